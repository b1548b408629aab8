"""The shared shape of `restore_body`: read usage, restore texts in place, re-encode only on change.

An answer whose texts needed no restoring goes back byte for byte as the vendor sent it.
"""

from __future__ import annotations

from typing import Any, Callable

from proxy.errors import BadRequest
from proxy.protocols._json import (
    DATA_URL, EMBEDDED, Path, SegmentList, dumps, embedded_at, get_path, load_answer,
)
from proxy.protocols._jsontext import restore_json_text
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


def restore_walked(root: JsonObject, walk: Callable[[SegmentList], None], restorer: Restorer) -> bool:
    """Restore in place the text fields a request walker finds under `root` (`walk` lists them with
    paths from `root`); True when any changed.

    For answer parts shaped like request parts (server-tool results, shell and patch calls): the
    answer is restored exactly where the request would have been inspected. A field holding escaped
    JSON is restored as JSON text; a part the walker refuses is left as the vendor sent it."""
    out = SegmentList()
    try:
        walk(out)
    except BadRequest:
        return False
    fields: dict[Path, bool] = {}
    """Field path -> it holds JSON text."""
    for segment in out.segments:
        path = segment.path
        cut = embedded_at(root, path) if EMBEDDED in path else -1
        if cut >= 0:
            fields[path[:cut]] = True
        elif path[-1] != DATA_URL or not isinstance(get_path(root, path[:-1]), str):
            fields.setdefault(path, False)
    changed = False
    for path, json_text in fields.items():
        parent = get_path(root, path[:-1])
        value = parent[path[-1]]
        restored = restore_json_text(value, restorer) if json_text else restorer.restore(value)
        if restored != value:
            parent[path[-1]] = restored
            changed = True
    return changed
