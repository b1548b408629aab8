"""Base64 blobs that hold text: find the runs worth decoding and decode them, cheaply.

Why: a key or an ID card pasted as base64 (``T1BFTkFJX0FQSV9LRVk9c2stcHJvai0…``) is the same secret, and
no pattern sees it. The scanner decodes each candidate run, scans the decoded text, and reports what it finds
there as a finding over the whole blob (see `Scanner.hits`), so redaction removes the blob.

Cost guards, so the scanner stays linear and cheap on text full of identifiers, hashes and images:
- a candidate is a run of >= 24 base64 characters (standard or url-safe alphabet, not both; optional ``=``
  padding; 76-column line wrapping allowed) whose length is a possible base64 length (not 1 mod 4) and which
  mixes upper case, lower case and digits (so words, identifiers, hex digests and numbers never get here);
- at most `MAX_BLOB` characters of a run are decoded, and at most `MAX_TOTAL` characters per text;
- the decoded bytes must be UTF-8 with at least 95 % printable characters: random data, images and hashes
  decode to binary and are dropped without scanning.

Base64 of base64 (a secret encoded twice, or a config whose values are encoded and then the whole file again):
runs inside a decoded text are decoded the same way, up to `MAX_LAYERS` decodings deep, and their texts are
appended to the outer one, so the scanner sees every layer. Inner decodings draw on the same `MAX_TOTAL`
budget (each layer is 3/4 of the one around it), so the cost stays linear.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["MAX_BLOB", "MAX_LAYERS", "MAX_TOTAL", "Blob", "blobs", "decode_blob"]

MAX_BLOB = 64 * 1024
"""Characters of one run that are decoded (a prefix of a longer run: enough for any pasted secret)."""
MAX_TOTAL = 256 * 1024
"""Characters decoded per text, across all runs."""
MIN_RUN = 24
MAX_LAYERS = 3
"""Decodings of one blob, outermost included: base64 of base64 of base64 is still read, a fourth layer not."""
_LAYER_SEP = "\n\n"

_RUN = re.compile(r"[A-Za-z0-9+/_\-][A-Za-z0-9+/_\-]{23,}(?:\r?\n[A-Za-z0-9+/_\-]{4,})*={0,2}")
"""A run of base64 characters; a single class starts the pattern (`{24,}` alone would not count as one), so `re`
skips non-candidates character by character in C (no look-behind: the leftmost match of a greedy class already
starts at the run's start)."""
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_DIGIT = re.compile(r"[0-9]")
_URLSAFE = str.maketrans("-_", "+/")


class Blob(NamedTuple):
    """A decoded run: [start, end) in the scanned text and the text it decodes to."""

    start: int
    end: int
    decoded: str


_CLASS_BYTES = bytes(0x61 if chr(b) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
                     else 0x20 for b in range(256))
"""UTF-8 bytes to b"a" (a base64 character) or b" " (anything else: every byte of a non-ASCII character too)."""
_LONG_RUN = b"a" * MIN_RUN


def _runs(text: str) -> Iterator[re.Match[str]]:
    """``_RUN.finditer(text)``, tried only where a run of MIN_RUN base64 characters starts.

    A match starts where such a run starts (its greedy class takes the whole run; what follows a match is no
    base64 character, or a run after its '='). The runs are found on the text's UTF-8 bytes mapped by
    `_CLASS_BYTES`, with `bytes.find` (C speed), where `re` would try the pattern at every word of prose.
    """
    raw = text.encode("utf-8", "surrogatepass")
    mapped = raw.translate(_CLASS_BYTES)
    at = mapped.find(_LONG_RUN)
    byte_pos = char_pos = 0
    done = 0
    while at >= 0:
        char_pos += len(raw[byte_pos:at].decode("utf-8", "surrogatepass"))
        byte_pos = at
        if char_pos >= done:
            m = _RUN.match(text, char_pos)
            if m is not None:
                yield m
                done = m.end()
        end = mapped.find(b" ", at)
        if end < 0:
            return
        at = mapped.find(_LONG_RUN, end)


def blobs(text: str) -> Iterator[Blob]:
    """Every base64 run in `text` that decodes to mostly printable UTF-8 (see module docstring); `decoded`
    holds the text of every layer inside it."""
    budget = [MAX_TOTAL]
    for m in _runs(text):
        if budget[0] <= 0:
            return
        run = m.group()
        decoded = _decode(run)
        if decoded is None:
            continue
        budget[0] -= min(len(run), MAX_BLOB)
        yield Blob(m.start(), m.end(), _unwrap(decoded, MAX_LAYERS - 1, budget))


def decode_blob(value: str) -> str | None:
    """The text `value` decodes to (with the layers inside it) when the whole of it is one base64 blob of
    text, else None."""
    m = _RUN.fullmatch(value.strip())
    decoded = _decode(m.group()) if m else None
    return None if decoded is None else _unwrap(decoded, MAX_LAYERS - 1, [MAX_TOTAL])


def _unwrap(decoded: str, layers: int, budget: list[int]) -> str:
    """`decoded` followed by the decoded text of each base64 run inside it, `layers` decodings deep at most.

    `budget` (a one-element list shared with the caller) counts the characters decoded against MAX_TOTAL.
    Plain decoded text (the usual case) costs one C-level search that finds no run.
    """
    if layers <= 0 or len(decoded) < MIN_RUN:
        return decoded
    inner: list[str] = []
    for m in _RUN.finditer(decoded):
        if budget[0] <= 0:
            break
        run = m.group()
        text = _decode(run)
        if text is None:
            continue
        budget[0] -= min(len(run), MAX_BLOB)
        inner.append(_unwrap(text, layers - 1, budget))
    return _LAYER_SEP.join([decoded, *inner]) if inner else decoded


def _decode(run: str) -> str | None:
    """The text a candidate run stands for, or None when it is not base64 of text."""
    if "\n" in run:
        run = run.replace("\r", "").replace("\n", "")
    core = run.rstrip("=")
    pad = len(run) - len(core)
    if len(core) % 4 == 1 or (pad and len(run) % 4):
        return None
    if ("+" in core or "/" in core) and ("-" in core or "_" in core):
        return None  # both alphabets at once: a path, a slug, an identifier
    if not (_DIGIT.search(core) and _UPPER.search(core) and _LOWER.search(core)):
        return None
    capped = len(core) > MAX_BLOB
    if capped:
        core = core[:MAX_BLOB]
    core = core.translate(_URLSAFE) + "=" * (-len(core) % 4)
    try:
        data = binascii.a2b_base64(core, strict_mode=True)
    except (binascii.Error, ValueError):
        return None
    text = _utf8(data, capped)
    if text is None or len(text) < 8:
        return None
    if text.isprintable():
        return text
    bad = sum(1 for c in text if not c.isprintable() and c not in "\t\n\r")
    return None if bad * 20 > len(text) else text


def _utf8(data: bytes, capped: bool) -> str | None:
    """Strict UTF-8; a capped prefix may end inside a character, so up to 3 trailing bytes may go."""
    for cut in range(4 if capped else 1):
        try:
            return (data[:len(data) - cut] if cut else data).decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None
