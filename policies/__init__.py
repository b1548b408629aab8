"""Policies: YAML rules that decide, per finding, tenant and destination, what may leave and how.

`load(path)` and `load_builtin()` return a compiled `Policy` (engine.py); `transform.apply` carries a
decision out on the text; `reload.PolicyHolder` swaps policies safely under load.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from policies.engine import Policy
from policies.errors import PolicyError
from policies.schema import PolicyDoc, parse
from policies.yamlio import loads, read

BUILTIN_NAME = "builtin/default.yaml"


def load(path: str | Path) -> Policy:
    """Read, validate and compile a policy file; PolicyError names file:line:column on any mistake."""
    p = Path(path)
    data, raw = read(p)
    return _compile(parse(raw, str(p)), data)


def load_bytes(data: bytes, source: str) -> Policy:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{source}: not UTF-8 (byte {exc.start})") from None
    return _compile(parse(loads(text, source), source), data)


def load_builtin() -> Policy:
    """The shipped default policy (policies/builtin/default.yaml), used when the config says `builtin`."""
    data = resources.files("policies").joinpath(BUILTIN_NAME).read_bytes()
    return load_bytes(data, f"builtin:{BUILTIN_NAME}")


def _compile(doc: PolicyDoc, data: bytes) -> Policy:
    return Policy(doc, data, _recognizers(doc))


def _recognizers(doc: PolicyDoc) -> list[Any]:
    """Presidio recognizers for the policy's custom detectors (built by detectors.registry).

    Built one spec at a time so a registry error names the detector's own file:line:column."""
    if not doc.detectors:
        return []
    from detectors.registry import build_recognizers
    out: list[Any] = []
    for spec, where in zip(doc.detectors, doc.detector_where):
        try:
            out.extend(build_recognizers([_registry_spec(spec)], doc.source))
        except ValueError as exc:
            detail = str(exc).removeprefix(f"{doc.source}: ").removeprefix("detectors[0] ")
            raise PolicyError(f"{where}: invalid detector: {detail}") from None
        except Exception as exc:  # a third-party recognizer that fails to build is an invalid policy
            raise PolicyError(f"{where}: invalid detector: building it raised {type(exc).__name__}") from None
    return out


def _registry_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The registry's spec keys (data_class and description are policy-side only)."""
    return {k: v for k, v in spec.items() if k not in ("data_class", "description")}


__all__ = ["Policy", "PolicyError", "load", "load_builtin", "load_bytes"]
