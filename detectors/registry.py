"""Custom detectors from YAML specs: keyword lists, patterns with check digits, or any Presidio recognizer.

Spec forms (one dict each; `source` names the file in every error message):

    {type: EMPLOYEE_ID, patterns: [{regex: "EMP-\\d{6}", score: 0.9}], context: [工号], validate: luhn}
    {type: PROJECT_CODENAME, keywords: [Falcon, 青龙计划], score: 0.9}
    {class: "some_package.recognizers:IbanRecognizer", args: {supported_language: en}}

Pattern and keyword detectors become `ViewRecognizer`s, so they match on the normalized view (full-width,
zero-width and escape evasions undone) like the built-ins. `class:` imports a third-party recognizer by its
explicit path (no subclass discovery) and must yield a presidio `EntityRecognizer`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern

from detectors import checks
from detectors.recognizers.base import ViewRecognizer, compact

__all__ = ["CustomPatternRecognizer", "build_recognizers"]

_DIGITS_ONLY = (checks.luhn, checks.iso7064_mod11_2)
_TYPE_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
_KNOWN_KEYS = {"type", "keywords", "patterns", "validate", "context", "score", "class", "args", "name"}


class CustomPatternRecognizer(ViewRecognizer):
    """A YAML-defined pattern or keyword detector; `validate` names a rule in `detectors.checks.VALIDATORS`."""

    def __init__(self, entity_type: str, patterns: Sequence[Pattern], *, name: str, context: Sequence[str] = (),
                 validator: Callable[[str], bool] | None = None, flags: int = 0) -> None:
        self._validator = validator
        super().__init__(entity_type, patterns, name=name, context=context, flags=flags)

    def validate_result(self, pattern_text: str) -> bool | None:
        if self._validator is None:
            return None
        value = compact(pattern_text)
        if self._validator in _DIGITS_ONLY:  # CU4242424242: the check covers the digits, not the prefix
            value = "".join(c for c in value if c.isdigit())
        return bool(self._validator(value))


def build_recognizers(specs: list[dict[str, Any]], source: str) -> list[EntityRecognizer]:
    """Recognizers for `specs`; ValueError (naming `source` and the spec index) on any bad spec."""
    if not isinstance(specs, list):
        raise ValueError(f"{source}: detectors must be a list, got {type(specs).__name__}")
    return [_build_one(spec, source, i) for i, spec in enumerate(specs)]


def _build_one(spec: Any, source: str, index: int) -> EntityRecognizer:
    where = f"{source}: detectors[{index}]"
    if not isinstance(spec, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(spec).__name__}")
    unknown = set(spec) - _KNOWN_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if "class" in spec:
        return _load_class(spec, where)
    entity_type = spec.get("type")
    if not isinstance(entity_type, str) or not _TYPE_NAME.match(entity_type):
        raise ValueError(f"{where}: 'type' must be an UPPER_SNAKE entity name, got {entity_type!r}")
    where = f"{where} ({entity_type})"
    context = _str_list(spec.get("context", []), where, "context")
    score = _score(spec.get("score", 0.85), where)
    validator = None
    if "validate" in spec:
        name = spec["validate"]
        if name not in checks.VALIDATORS:
            raise ValueError(f"{where}: unknown validate {name!r}; expected one of "
                             f"{', '.join(sorted(checks.VALIDATORS))}")
        validator = checks.VALIDATORS[name]
    has_kw, has_pat = "keywords" in spec, "patterns" in spec
    if has_kw == has_pat:
        raise ValueError(f"{where}: give exactly one of 'keywords' or 'patterns'")
    label = str(spec.get("name") or f"custom:{entity_type}")
    if has_kw:
        words = _str_list(spec["keywords"], where, "keywords")
        if not words:
            raise ValueError(f"{where}: 'keywords' is empty")
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        rx = rf"(?<![A-Za-z0-9_])(?:{alternation})(?![A-Za-z0-9_])"
        return CustomPatternRecognizer(entity_type, [Pattern("keywords", rx, score)], name=label, context=context,
                                       validator=validator, flags=re.IGNORECASE)
    raw = spec["patterns"]
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{where}: 'patterns' must be a non-empty list")
    pats: list[Pattern] = []
    for j, p in enumerate(raw):
        if not isinstance(p, Mapping) or not isinstance(p.get("regex"), str):
            raise ValueError(f"{where}: patterns[{j}] needs a 'regex' string")
        try:
            re.compile(p["regex"])
        except re.error as exc:
            raise ValueError(f"{where}: patterns[{j}] regex does not compile: {exc}") from None
        if re.compile(p["regex"]).match(""):
            raise ValueError(f"{where}: patterns[{j}] regex matches the empty string")
        pats.append(Pattern(str(p.get("name", f"p{j}")), p["regex"], _score(p.get("score", score), where)))
    return CustomPatternRecognizer(entity_type, pats, name=label, context=context, validator=validator)


def _load_class(spec: Mapping[str, Any], where: str) -> EntityRecognizer:
    path = spec["class"]
    if not isinstance(path, str) or ":" not in path:
        raise ValueError(f"{where}: 'class' must be 'package.module:ClassName', got {path!r}")
    module_name, _, attr = path.partition(":")
    args = spec.get("args", {}) or {}
    if not isinstance(args, Mapping):
        raise ValueError(f"{where}: 'args' must be a mapping")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"{where}: cannot import {module_name!r}: {exc}") from None
    factory = getattr(module, attr, None)
    if factory is None:
        raise ValueError(f"{where}: {module_name!r} has no attribute {attr!r}")
    try:
        rec = factory(**dict(args))
    except TypeError as exc:
        raise ValueError(f"{where}: cannot build {path}: {exc}") from None
    if not isinstance(rec, EntityRecognizer):
        raise ValueError(f"{where}: {path} did not produce a presidio EntityRecognizer")
    return rec


def _str_list(value: Any, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: '{key}' must be a list of non-empty strings")
    return list(value)


def _score(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < float(value) <= 1.0:
        raise ValueError(f"{where}: score must be a number in (0, 1], got {value!r}")
    return float(value)
