"""Restoring pseudonyms inside JSON *text* (tool-call arguments), streamed or whole.

Tool-call arguments travel as a JSON document inside a JSON string (`"arguments": "{\\"city\\": ...}"`),
and Anthropic streams a tool's input as raw JSON fragments (`input_json_delta`). A real value put
back verbatim could break that document (a quote, a backslash, a newline in an address), and a
placeholder the model wrote as `\\u005b...` would be missed. So the text is lexed: only the decoded
contents of JSON strings go through the restorer, and what comes out is re-escaped. Text outside
strings (braces, numbers, keys' punctuation) passes through untouched. Placeholders never span two
strings, so each string closes its restore channel.
"""

from __future__ import annotations

import json

from proxy.protocols.base import Restorer, StreamRestorer

_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_ESCAPE = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEX = frozenset("0123456789abcdefABCDEF")


def escape(text: str) -> str:
    """`text` as the inside of a JSON string: quotes, backslashes, controls and lone surrogates escaped."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPE:
            out.append(_ESCAPE[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


class JsonTextStream:
    """A `StreamRestorer` over raw JSON text: feed fragments, get restored JSON text back."""

    __slots__ = ("_restorer", "_inner", "_escape", "_pending")

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer
        self._inner: StreamRestorer | None = None
        """Set while inside a JSON string."""
        self._escape = ""
        """An escape sequence cut by the end of a fragment (`\\`, `\\u4e`)."""
        self._pending: list[str] = []
        """Decoded string characters of the current fragment not yet fed to `_inner`."""

    def feed(self, delta: str) -> str:
        out: list[str] = []
        for ch in delta:
            inner = self._inner
            if inner is None:
                out.append(ch)
                if ch == '"':
                    self._inner = self._restorer.stream()
            elif self._escape:
                self._escape += ch
                self._take_escape()
            elif ch == "\\":
                self._escape = ch
            elif ch == '"':
                text = inner.feed("".join(self._pending)) + inner.flush()
                self._pending.clear()
                self._inner = None
                out.append(escape(text))
                out.append(ch)
            else:
                self._pending.append(ch)
        if self._inner is not None and self._pending:
            out.append(escape(self._inner.feed("".join(self._pending))))
            self._pending.clear()
        return "".join(out)

    def flush(self) -> str:
        """End of the channel: what is held back, and an unfinished escape as it was received."""
        inner = self._inner
        if inner is None:
            return ""
        self._inner = None
        text = escape(inner.feed("".join(self._pending)) + inner.flush()) + self._escape
        self._pending.clear()
        self._escape = ""
        return text

    def _take_escape(self) -> None:
        esc = self._escape
        kind = esc[1]
        if kind == "u":
            if len(esc) < 6:
                if len(esc) > 2 and esc[-1] not in _HEX:
                    self._pending.append(esc)  # malformed: keep the characters as they came
                    self._escape = ""
                return
            self._pending.append(chr(int(esc[2:], 16)))
        else:
            self._pending.append(_SIMPLE.get(kind, kind))
        self._escape = ""


def restore_json_text(text: str, restorer: Restorer) -> str:
    """Whole tool-call arguments restored; plain restore when the text is not JSON at all."""
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "{[\"":
        return restorer.restore(text)
    stream = JsonTextStream(restorer)
    return stream.feed(text) + stream.flush()


def decode_embedded(text: str) -> object | None:
    """The JSON value inside a string field when it is an object or array, else None."""
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "{[":
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None
