"""Gold-span markup for the generated rounds (build.py's `{{TYPE|tag,tag:value}}`), written once.

Why: each round's generator had its own one-line P / I / E / D / K ... helpers, the same lines over again.
"""

from __future__ import annotations

from functools import partial


def gold(kind: str, value: str, *tags: str) -> str:
    """`value` marked as a gold span of `kind`; empty tags are dropped, `opt` makes the span optional."""
    written = ",".join(t for t in tags if t)
    return "{{" + kind + ("|" + written if written else "") + ":" + value + "}}"


PASSWORD = partial(gold, "PASSWORD")
IP = partial(gold, "IP_ADDRESS")
EMAIL = partial(gold, "EMAIL")
DSN = partial(gold, "DB_CONNECTION_STRING")
API_KEY = partial(gold, "API_KEY")
ADDRESS = partial(gold, "ADDRESS")
PERSON = partial(gold, "PERSON")
PHONE = partial(gold, "CN_PHONE")
