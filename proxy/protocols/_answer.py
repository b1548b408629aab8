"""The shared shape of `restore_body`: read usage, restore texts in place, re-encode only on change.

An answer whose texts needed no restoring goes back byte for byte as the vendor sent it.
"""

from __future__ import annotations

from typing import Any, Callable

from proxy.protocols._json import dumps, load_answer
from proxy.protocols.base import JsonObject, Restorer, Usage

UsageReader = Callable[[Any], Usage | None]
"""Reads the answer's `usage` object (`openai_usage`, `anthropic_usage`); None when absent."""
AnswerRestorer = Callable[[JsonObject, Restorer], bool]
"""Restores every text field of a decoded answer in place; True when any changed."""


def restore_answer(body: bytes, restorer: Restorer | None, read_usage: UsageReader,
                   restore: AnswerRestorer, decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
    """`decoded`: `body` already decoded by the caller (who checked it is an object), not decoded again."""
    answer = load_answer(body) if decoded is None else decoded
    if not isinstance(answer, dict):
        return body, Usage()
    usage = read_usage(answer.get("usage")) or Usage()
    if restorer is None:
        return body, usage
    return (dumps(answer) if restore(answer, restorer) else body), usage
