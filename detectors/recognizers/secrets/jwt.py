"""JSON Web Tokens: three base64url parts whose header decodes to JSON with an "alg" (an unsecured token has an
empty third part), also when a log or a pasted header wrapped one over lines.

Its own module: a JWT is its own entity type, proved by decoding its header rather than by entropy or a name.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.secrets.wrapped_tokens import joined_token


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_JWT_CHARS = _B64URL | {"."}
_JWT_WHOLE = re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}")


_JWT_START = r"eyJ(?<![A-Za-z0-9_\-]eyJ)"
"""``(?<![A-Za-z0-9_\-])eyJ`` with the look-behind after the literal: `re` then skips to each eyJ in C instead of
entering the pattern at every position (two passes of 0.8 ms over 64 KB)."""


def jose_header(token: str) -> bool:
    """`token` is a JWT's header alone (base64url of a JSON object with an "alg"): it only says how a token is
    signed, so it is neither a JWT nor a key (a log that cut the token after its first part)."""
    if not token.startswith("eyJ") or "." in token or len(token) > 600:
        return False
    try:
        obj = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and "alg" in obj


class JwtRecognizer(ViewRecognizer):
    """JSON Web Token: three base64url parts whose header decodes to JSON with an "alg"; an unsecured token
    (RFC 7519 section 6: "alg": "none") has an empty third part."""

    def __init__(self) -> None:
        super().__init__("JWT", patterns(
            ("jwt", _JWT_START + r"[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}", 0.8),
            ("jwt_unsecured", _JWT_START + r"[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.(?![A-Za-z0-9_\-])", 0.8),
        ), trigger=r"eyJ")

    def match_view(self, view: View) -> list[Hit]:
        """The base patterns, then tokens broken over lines (a log wrapped at 76 columns, a pasted header)."""
        hits = super().match_view(view)
        text = view.text
        if "\n" not in text:
            return hits
        at = text.find("eyJ")
        while at >= 0:
            end = at + 3
            if at == 0 or text[at - 1] not in _B64URL:
                joined, end = joined_token(text, at, _JWT_CHARS, lambda t: t.count(".") < 2)
                if "\n" in text[at:end] and _JWT_WHOLE.fullmatch(joined) \
                        and not _JWT_WHOLE.fullmatch(joined, 0, text.find("\n", at) - at) \
                        and self.validate_result(joined) is not False:
                    os_, oe = view.to_original(at, end)
                    hits.append(Hit("JWT", os_, oe, 0.8, f"{self.name}:split"))
            at = text.find("eyJ", max(end, at + 3))
        return hits

    def validate_result(self, pattern_text: str) -> bool | None:
        head = pattern_text.split(".", 1)[0]
        try:
            obj = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return False
        if not (isinstance(obj, dict) and "alg" in obj):
            return False
        return not pattern_text.endswith(".") or str(obj["alg"]).lower() == "none"
