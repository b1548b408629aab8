"""Text files sent inline as base64 data URLs (`data:text/plain;base64,...` in a file part).

A file part is opaque unless its bytes are plainly text: a text media type, UTF-8 (declared or
implied), strict base64. Then the decoded text is inspected like any other segment, and a changed
text is written back in the same envelope (same media type and parameters, base64 again). Anything
else — a PDF, an image, another charset, percent-encoded data, bytes that are not UTF-8 — stays
opaque, so the policy decides about it.
"""

from __future__ import annotations

import base64
import binascii

TEXT_TYPES = frozenset({"application/json", "application/x-ndjson", "application/xml", "application/yaml",
                        "application/x-yaml"})
"""Non-`text/*` media types whose bytes are text."""

_UTF8 = frozenset({"utf-8", "utf8"})


def _head(value: str) -> str | None:
    """The `data:<type>;...;base64,` prefix when `value` is a base64 data URL of a UTF-8 text type."""
    if value[:5].lower() != "data:":
        return None
    comma = value.find(",")
    if comma < 0:
        return None
    params = value[5:comma].split(";")
    if params[-1].strip().lower() != "base64":
        return None
    media = params[0].strip().lower()
    if not (media.startswith("text/") or media in TEXT_TYPES):
        return None
    for param in params[1:-1]:
        name, _, arg = param.partition("=")
        if name.strip().lower() == "charset" and arg.strip().strip('"').lower() not in _UTF8:
            return None
    return value[:comma + 1]


def looks_like_text(value: object) -> bool:
    """A base64 data URL of a UTF-8 text type, judged by its head alone (the data is not decoded)."""
    return isinstance(value, str) and _head(value) is not None


def decode_text(value: str) -> str | None:
    """The text a base64 text data URL holds; None when it is not one (the part stays opaque)."""
    head = _head(value)
    if head is None:
        return None
    try:
        return base64.b64decode(value[len(head):], validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def encode_text(original: str, text: str) -> str:
    """`text` in the envelope of `original` (a value `decode_text` accepted)."""
    head = _head(original)
    if head is None:
        raise ValueError("not a text data URL")
    return head + base64.b64encode(text.encode("utf-8")).decode("ascii")
