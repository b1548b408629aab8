"""Sans-IO server-sent events: bytes chunks in, `SseEvent`s out (and back to bytes).

The decoder follows the WHATWG event-stream grammar (CR, LF or CRLF line ends; `:` comments;
`data`/`event`/`id`/`retry` fields; one optional space after the colon; a leading BOM is dropped),
with two deliberate differences that suit a proxy which must not lose what upstream sent:

* an event is dispatched when any field was seen (not only `data`), so an `event:`-only or
  `retry:`-only block is forwarded instead of silently dropped;
* `id` is the id field of *this* event (not the sticky "last event id"), so re-encoding an event
  reproduces the block upstream sent.

Lines are split on the bytes CR and LF, which never occur inside a multi-byte UTF-8 sequence, so
each complete line is decoded on its own and a chunk boundary anywhere (inside a character, between
CR and LF) is harmless. Invalid UTF-8 becomes U+FFFD.
"""

from __future__ import annotations

import re
from typing import Iterable

from proxy.protocols.base import SseEvent

__all__ = ["SseDecoder", "encode_events", "encode_comment", "decode_all"]

_EOL = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"


class SseDecoder:
    """Incremental decoder: call `feed(chunk)` per chunk and `close()` at end of stream."""

    __slots__ = ("_buf", "_skip_lf", "_started", "_data", "_event", "_id", "_retry", "_seen")

    def __init__(self) -> None:
        self._buf = b""
        self._skip_lf = False
        """The previous chunk ended with CR: a LF at the start of the next one belongs to it."""
        self._started = False
        self._data: list[str] = []
        self._event = ""
        self._id = ""
        self._retry: int | None = None
        self._seen = False

    def feed(self, chunk: bytes) -> list[SseEvent]:
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        buf = self._buf + chunk if self._buf else chunk
        if not self._started:
            if len(buf) < 3 and _BOM.startswith(buf):
                self._buf = buf
                return []
            self._started = True
            if buf.startswith(_BOM):
                buf = buf[3:]
        events: list[SseEvent] = []
        if not self._seen and b"\r" not in buf:
            self._buf = self._blocks(buf, events)
            return events
        pos = 0
        end = len(buf)
        for match in _EOL.finditer(buf):
            self._line(buf[pos:match.start()], events)
            pos = match.end()
            if pos == end and match.group() == b"\r":
                self._skip_lf = True
        self._buf = buf[pos:]
        return events

    def _blocks(self, buf: bytes, events: list[SseEvent]) -> bytes:
        """The common case, LF line ends and nothing pending: whole blocks at a time, and a block that is
        one `data: ` line (what vendors send) becomes an event without the line-by-line machinery.
        Returns the incomplete tail, which the next feed sees again from its start."""
        blocks = buf.split(b"\n\n")
        tail = blocks.pop()
        for block in blocks:
            if block[:6] == b"data: " and b"\n" not in block:
                events.append(SseEvent(block[6:].decode("utf-8", "replace")))
                continue
            for line in block.split(b"\n"):
                self._line(line, events)
            self._dispatch(events)
        return tail

    def take_plain(self, chunk: bytes) -> tuple[bytes, int, bytes]:
        """Split off the leading plain events of `chunk` as the very bytes they arrived in.

        A plain event is one `data: ` line that is neither `[DONE]` nor mentions `"usage"` (the only
        data-only events a rewriter without a restorer looks at), in valid UTF-8 with LF line ends: what
        `feed` would decode and `SseEvent.encode` write back byte for byte. Returns (their bytes, how many,
        the rest): the rest starts at an event boundary and goes to `feed` as usual. When nothing can be
        split off, the state is untouched and the rest is `chunk` itself.
        """
        if self._seen or self._skip_lf:
            return b"", 0, chunk
        buf = self._buf + chunk if self._buf else chunk
        if not self._started:
            if len(buf) < 3 or buf.startswith(_BOM):
                return b"", 0, chunk
        if b"\r" in buf:
            return b"", 0, chunk
        end = count = 0
        while (stop := buf.find(b"\n\n", end)) >= 0:
            if buf[end:end + 6] != b"data: " or buf.find(b"\n", end, stop) >= 0 or buf[end + 6:stop] == b"[DONE]" \
                    or buf.find(b'"usage"', end, stop) >= 0:
                break
            end, count = stop + 2, count + 1
        if not count:
            return b"", 0, chunk
        plain = buf[:end]
        try:
            plain.decode("utf-8")   # invalid UTF-8 goes through `feed`, which substitutes U+FFFD
        except UnicodeDecodeError:
            return b"", 0, chunk
        self._started = True
        self._buf = b""
        return plain, count, buf[end:]

    def close(self) -> list[SseEvent]:
        """End of stream: an unterminated last line and a last event without blank line still count."""
        events: list[SseEvent] = []
        if self._buf:
            buf = self._buf
            if not self._started and buf.startswith(_BOM):
                buf = buf[3:]
            self._buf = b""
            for line in _EOL.split(buf) if buf else ():  # the block fast path may leave whole lines
                self._line(line, events)
        self._dispatch(events)
        return events

    def _line(self, raw: bytes, events: list[SseEvent]) -> None:
        if not raw:
            self._dispatch(events)
            return
        line = raw.decode("utf-8", "replace")
        if line[0] == ":":
            return
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._seen = True
        elif name == "event":
            self._event = value
            self._seen = True
        elif name == "id":
            if "\0" not in value:
                self._id = value
                self._seen = True
        elif name == "retry":
            if value.isascii() and value.isdigit():
                self._retry = int(value)
                self._seen = True
        # any other field name is ignored, as the standard says

    def _dispatch(self, events: list[SseEvent]) -> None:
        if not self._seen:
            return
        events.append(SseEvent(data="\n".join(self._data), event=self._event, id=self._id,
                               retry=self._retry))
        self._data = []
        self._event = ""
        self._id = ""
        self._retry = None
        self._seen = False


def decode_all(chunks: Iterable[bytes]) -> list[SseEvent]:
    """Decode a whole stream (tests, echo checks)."""
    decoder = SseDecoder()
    events: list[SseEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.close())
    return events


def encode_events(events: Iterable[SseEvent]) -> bytes:
    """Wire bytes for events, LF line ends, each block ended by a blank line."""
    return b"".join(event.encode() for event in events)


def encode_comment(text: str = "") -> bytes:
    """A comment block (keep-alive); clients ignore it. `text` must not contain line breaks."""
    if "\n" in text or "\r" in text:
        raise ValueError("sse-comment-multiline")
    return f":{text}\n\n".encode()
