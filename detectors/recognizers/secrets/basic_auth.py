"""HTTP Basic credentials (`Authorization: Basic <base64 of user:password>`, in any header, curl, JSON or log form)
and the registry logins in Docker's config.json (`"auth": "<base64>"`): decoded, then reported whole as PASSWORD,
as API_KEY when the pair holds a vendor key, and not at all for placeholders.

Its own module because it decodes rather than matches: the token's text says nothing, its base64 content does.
"""

from __future__ import annotations

import base64
import binascii
import re

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.anchors import _TOKEN_CHAR
from detectors.recognizers.secrets.value_shapes import is_placeholder
from detectors.recognizers.secrets.vendor_keys import _VENDOR_EACH


_BASIC = re.compile(r"[Bb](?:asic|ASIC)[ \t]+(?P<v>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=_\-])")
"""HTTP Basic credentials (RFC 7617): the scheme word, then base64 of user:password. Matched only where
`str.find` saw the word (see `_basic_hits`): a regex scan for it costs more than everything else here."""


def _basic_credential(token: str) -> str | None:
    """The entity type of a Basic token: API_KEY when a vendor key is inside it, PASSWORD for a real password,
    None when it is not base64 of user:password text or only a placeholder."""
    if len(token) % 4:
        return None
    try:
        pair = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    user, sep, password = pair.partition(":")
    if not sep or not pair.isprintable():
        return None
    if any(rx.search(pair) for _name, rx in _VENDOR_EACH):
        return "API_KEY"
    if len(password) < 3 or is_placeholder(password) or not user.strip() or " " in user:
        return None
    return "PASSWORD"


def _basic_hits(view: View, detector: str) -> list[Hit]:
    """Findings for `Authorization: Basic <token>` (any header or prose form): the token only, like a JWT
    without its `Bearer`. The word is found with `str.find` (C speed); the pattern runs only where it is."""
    text = view.text
    hits: list[Hit] = []
    for word in ("asic", "ASIC"):
        at = text.find(word, 1)
        while at > 0:
            m = _BASIC.match(text, at - 1)
            at = text.find(word, at + 4)
            if m is None or (m.start() > 0 and text[m.start() - 1] in _TOKEN_CHAR):
                continue
            hit = _basic_hit(view, m, detector)
            if hit is not None:
                hits.append(hit)
    return hits


_DOCKER_AUTH = re.compile(r"\"auth\"[ \t]*:[ \t]*\"(?P<v>[A-Za-z0-9+/]{8,}={0,2})\"")
"""A registry login in Docker's config.json (`"auths": {"host": {"auth": "<base64 of user:password>"}}`)."""


def _docker_auth_hits(view: View, detector: str) -> list[Hit]:
    """The `auth` values of Docker / Podman / Helm registry configurations, read like `Basic` tokens."""
    text = view.text
    hits: list[Hit] = []
    at = text.find('"auth"')
    while at >= 0:
        m = _DOCKER_AUTH.match(text, at)
        if m is not None:
            hit = _basic_hit(view, m, detector)
            if hit is not None:
                hits.append(hit)
        at = text.find('"auth"', at + 6)
    return hits


def _basic_hit(view: View, m: re.Match[str], detector: str) -> Hit | None:
    """The finding for one `Basic <token>` match, or None when the token is not a credential."""
    kind = _basic_credential(m.group("v"))
    if kind is None:
        return None
    os_, oe = view.to_original(*m.span("v"))
    return Hit(kind, os_, oe, 0.95 if kind == "API_KEY" else 0.85, f"{detector}:basic_auth")
