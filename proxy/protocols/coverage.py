"""Fail-closed coverage: every string a call would send upstream is inspected, known field or not.

Adapters name the text-bearing fields they know. Vendors keep adding fields (`extra_body` keys,
DashScope's `input`, a new content-part attribute), and a field no adapter knows would otherwise be
forwarded uninspected. So after an adapter has parsed a call, every string leaf of the body that no
segment covers becomes a segment of kind "extra" — unless it is a parameter from a fixed vocabulary
(`"role": "user"`, `"type": "text"`) or lives inside a part already counted as opaque (image bytes).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from proxy.protocols._dataurl import looks_like_text
from proxy.protocols.base import Call, Segment

Path = tuple[str | int, ...]

PARAMETER_KEYS = frozenset({
    "model", "role", "type", "id", "object", "tool_call_id", "call_id", "tool_use_id", "tool_choice",
    "encoding_format", "media_type", "detail", "format", "service_tier", "reasoning_effort", "effort",
    "modalities", "voice", "status", "truncation", "verbosity", "cache_control", "ttl", "stop_reason",
    "finish_reason", "previous_response_id", "container", "anthropic_version", "api_version",
})
"""Keys whose values are identifiers or enumerations, skipped only while the value looks like one."""

OPAQUE_CONTAINERS = frozenset({
    "image_url", "input_audio", "audio", "image", "file", "file_data", "file_id", "file_url", "source",
})
"""Subtrees of media parts; adapters count those parts in `Call.opaque`, which policy rules govern."""

VENDOR_SEALED = frozenset({"signature", "encrypted_content"})
"""Values the vendor produced and expects back byte for byte (Anthropic thinking signatures, Responses
encrypted reasoning): not user text, and rewriting them would break the conversation. Left alone only while
they look sealed (see `looks_sealed`): the key alone is no proof, and a client can put anything under it."""

_SEALED_SHAPE = re.compile(r"[A-Za-z0-9+/_\-]{16,}={0,2}")

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.:\-]{0,63}")


def cover_unknown_fields(call: Call) -> Call:
    """Add an "extra" segment for every uninspected string leaf of the body (in place; returns `call`)."""
    covered: set[Path] = {("model",)}
    for segment in call.segments:
        path = segment.path
        covered.update(path[:k] for k in range(1, len(path) + 1))
    leaves: list[tuple[Path, str]] = []
    _leaves(call.body, (), leaves)
    for path, text in leaves:
        if path not in covered and text.strip():
            call.segments.append(Segment(path, text, "extra"))
    return call


def _leaves(value: Any, path: Path, out: list[tuple[Path, str]]) -> None:
    """Append the string leaves under `value` to `out`, in document order (a list, not nested
    generators: this walks every request body)."""
    if isinstance(value, dict):
        sealed_block = value.get("type") == "redacted_thinking"
        for key, item in value.items():
            if (key in VENDOR_SEALED or (sealed_block and key == "data")) and looks_sealed(item):
                continue
            if key in OPAQUE_CONTAINERS and isinstance(item, (dict, list)) and _is_media(value, key, item):
                continue
            if key in OPAQUE_CONTAINERS and isinstance(item, str) and _media_reference(item):
                continue
            if isinstance(item, str):
                if key in PARAMETER_KEYS and _IDENTIFIER.fullmatch(item):
                    continue
                out.append(((*path, key), item))
            elif isinstance(item, (dict, list)):
                _leaves(item, (*path, key), out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                out.append(((*path, index), item))
            elif isinstance(item, (dict, list)):
                _leaves(item, (*path, index), out)


def looks_sealed(value: object) -> bool:
    """Ciphertext or a signature: base64 of bytes that are not text. Plain text, or text merely base64-encoded,
    under a sealed key is inspected like any unknown field (fail closed: the key is the client's to choose)."""
    if not isinstance(value, str) or _SEALED_SHAPE.fullmatch(value) is None:
        return False
    raw = value.rstrip("=").replace("-", "+").replace("_", "/")
    try:
        data = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True)
    except (binascii.Error, ValueError):
        return True  # not even base64 of whole bytes: no text can hide in it
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    printable = sum(1 for ch in decoded if ch.isprintable() or ch in "\n\r\t")
    return printable < 0.9 * len(decoded)


_URL = re.compile(r"(?:https?|s3|gs|oss|cos|file)://\S+|data:[\w.+\-]+/[\w.+\-]+[;,]\S*")


def _media_reference(value: str) -> bool:
    """A string under a media key that is media or points at it: a URL or data URL, a file id, base64 bytes. Any
    other string there (words, a phone number) is text a client put under that key, and is inspected."""
    return (_URL.fullmatch(value) is not None or _IDENTIFIER.fullmatch(value) is not None
            or looks_sealed(value))


def _is_media(parent: dict[str, Any], key: str, item: Any) -> bool:
    """A media subtree, not a text document: Anthropic's `{"type": "document", "source": {"type":
    "text", "data": ...}}` carries plain text under `source` and must be inspected, and so does a
    chat `file` holding an inline text file (its data is a segment; its other keys are walked here)."""
    if key == "source" and isinstance(item, dict) and item.get("type") in ("text", "content"):
        return False
    if key == "file" and isinstance(item, dict) and looks_like_text(item.get("file_data")):
        return False
    return True
