"""Private key blocks (PEM, OpenSSH, PGP), BEGIN line to END line, also with JSON escapes or split across string
literals, and when cut short or closed by a mismatched END line (fail closed).

Its own module: a block is found by its armour lines and its base64 body, a unit larger than any token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.secrets.value_shapes import is_placeholder


_PEM_LABEL = r"((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)"
_PEM_BEGIN = re.compile(r"-----BEGIN " + _PEM_LABEL + r"-----")
_PEM_SEP = r"(?:[ \t\r\n]|\\?\\[nrt]|\"[ \t]*\+?[ \t\r\n]*\")"
"""What may stand between the lines of a key: white space, JSON / C escapes (also escaped twice), and a string
closed and reopened (`"...\\n" + "MIIE..."`, or adjacent literals in Python and C)."""
_PEM_HEADERS = re.compile(r"(?:" + _PEM_SEP + r"*[A-Za-z][A-Za-z0-9\-]*:[ \t][^\r\n\\\"]*)*")
"""RFC 1421 / OpenPGP armour headers right under the BEGIN line (Proc-Type, DEK-Info, Version, Comment)."""
_PEM_RUN = re.compile(r"(?:" + _PEM_SEP + r"*[A-Za-z0-9+/=]+)*")
"""The key material: base64 lines and the separators between them, ending at the last base64 character."""
_PEM_END = re.compile(_PEM_SEP + r"*-----END " + _PEM_LABEL + r"-----")
_PEM_MIN_BODY = 8
"""Base64 characters under a BEGIN line that make it a key (a pasted key may be cut short, a marker has none)."""
_PEM_REACH = 16384
"""How far past a cut-short body the END line of the same block is looked for."""


def pem_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Private key blocks in `text` as (start, end): each BEGIN line with at least _PEM_MIN_BODY base64 characters
    right under it (after any armour headers), not a placeholder.

    A block ends at the END line right after its key material (whatever its label: a mismatched END is still
    the end of the key); when something else follows the material (`...`, a note, a broken END), at the END line
    of the same label further on, if one comes before the next BEGIN; without one, where the material ends, so a
    truncated key is still caught (fail closed). Whether a block is a key depends on the material right under
    its BEGIN line only, never on what comes after it: masking other findings can shorten that material but not
    make it longer or move an END line, so a rescan of a masked text finds nothing new.
    """
    for m in _PEM_BEGIN.finditer(text):
        headers = _PEM_HEADERS.match(text, m.end())
        assert headers is not None  # both patterns match the empty string
        run = _PEM_RUN.match(text, headers.end())
        assert run is not None
        material = re.sub(r"\\?\\[nrt]|[^A-Za-z0-9+/=]", "", run.group())
        if len(material) < _PEM_MIN_BODY or is_placeholder(material):
            continue
        end = run.end()
        adjacent = _PEM_END.match(text, end)
        if adjacent is not None:
            yield m.start(), adjacent.end()
            continue
        limit = min(len(text), end + _PEM_REACH)
        nxt = text.find("-----BEGIN ", end, limit)
        stop = nxt if nxt >= 0 else limit
        close = text.find("-----END " + m.group(1) + "-----", end, stop)
        yield m.start(), (close + len(m.group(1)) + 14 if close >= 0 else end)


class PrivateKeyRecognizer(ViewRecognizer):
    """PEM / OpenSSH / PGP private key blocks, BEGIN line to END line (also with JSON \\n escapes); a block cut
    short or with a mismatched END line is a key too (see `pem_blocks`)."""

    def __init__(self) -> None:
        super().__init__("PRIVATE_KEY", patterns(
            ("pem", r"-----BEGIN " + _PEM_LABEL + r"-----", 1.0),
        ), trigger=r"-----BEGIN")

    def match_view(self, view: View) -> list[Hit]:
        """Blocks found by `pem_blocks`, scored 1.0 (the BEGIN line names what it is)."""
        text = view.text
        if "-----BEGIN " not in text:
            return []
        return [Hit("PRIVATE_KEY", *view.to_original(s, e), 1.0, self.name) for s, e in pem_blocks(text)]
