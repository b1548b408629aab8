"""JSON helpers shared by the adapters: strict loading, copy-on-write edits at paths, string leaves.

Errors name the field (a path like `messages[2].content`), never a value from the body.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, Mapping, Sequence

import orjson

from proxy.errors import BadRequest
from proxy.protocols import _dataurl
from proxy.protocols._jsontext import decode_embedded
from proxy.protocols.base import Call, JsonObject, Segment

Path = tuple[str | int, ...]

SCHEMA_KEYWORDS = frozenset({"type"})
"""Keys whose string values are a fixed vocabulary ("object", "function", "text"), not free text.
Only identifier-like values are skipped, so a phone number hidden in a `type` is still inspected."""

_VOCABULARY = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,63}")

EMBEDDED = "$json"
"""Path step into a JSON document held in a string field (tool-call arguments, tool results):
("messages", 1, "tool_calls", 0, "function", "arguments", "$json", "city")."""

DATA_URL = "$data"
"""Last path step of the text decoded from a base64 data URL held in a string field (a text file
part): ("messages", 0, "content", 1, "file", "file_data", "$data"). Rebuild encodes it back."""


def load_object(body: bytes) -> JsonObject:
    """Decode a request body; raise `invalid-json` (also for a body that is not a JSON object).

    orjson reads integers beyond 64 bits as floats, losing digits; a body with such a number is read
    again by the stdlib, so what goes upstream means what the client sent."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        value = _load_fallback(body)
    else:
        if _has_huge_number(value):
            value = _load_fallback(body)
    if not isinstance(value, dict):
        raise BadRequest("invalid-json", "the request body must be a JSON object")
    return value


def _has_huge_number(value: Any) -> bool:
    """A float at or beyond 2**64 in magnitude (cost grows with the number of nodes, not bytes)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif type(node) is float and not -1.8e19 < node < 1.8e19:
            return True
    return False


def _load_fallback(body: bytes) -> Any:
    # orjson refuses integers beyond 64 bits, which JSON allows; the stdlib decides the rest.
    try:
        text = body.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadRequest("invalid-json", "the request body is not valid UTF-8 JSON") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def load_answer(body: bytes) -> Any:
    """Decode an upstream answer; None when it is not JSON (then it is passed on untouched)."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def dumps(value: Any) -> bytes:
    """Compact JSON, key order kept, non-ASCII unescaped."""
    try:
        return orjson.dumps(value)
    except TypeError:  # integers beyond 64 bits, lone surrogates: the stdlib writes both
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        try:
            return text.encode()
        except UnicodeEncodeError:
            return json.dumps(value, separators=(",", ":")).encode()


def field_name(path: Sequence[str | int]) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def require_str(body: JsonObject, key: str) -> str:
    value = body.get(key)
    if value is None:
        raise BadRequest("missing-field", f"missing required field: {key}")
    if not isinstance(value, str) or not value:
        raise BadRequest("invalid-field", f"field {key} must be a non-empty string")
    return value


def require_present(body: JsonObject, key: str) -> Any:
    """A required field whose shape its walker checks (`prompt`, `input`); null counts as present."""
    if key not in body:
        raise BadRequest("missing-field", f"missing required field: {key}")
    return body[key]


def require_list(body: JsonObject, key: str) -> list[Any]:
    value = body.get(key)
    if value is None:
        raise BadRequest("missing-field", f"missing required field: {key}")
    if not isinstance(value, list):
        raise BadRequest("invalid-field", f"field {key} must be an array")
    return value


def invalid(path: Sequence[str | int], expected: str) -> BadRequest:
    return BadRequest("invalid-field", f"field {field_name(path)} must be {expected}")


def optional_bool(body: JsonObject, key: str) -> bool:
    value = body.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise invalid((key,), "a boolean")
    return value


def objects_in(value: Any) -> list[JsonObject]:
    """The objects of a JSON array (other items skipped); [] when `value` is not an array."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def string_leaves(value: Any, path: Path, skip_keys: frozenset[str] = SCHEMA_KEYWORDS,
                  ) -> Iterator[tuple[Path, str]]:
    """Every string value under `value` (object keys are not visited), depth first, in order."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in skip_keys and _is_vocabulary(item):
                continue
            if isinstance(item, str):
                yield (*path, key), item
            elif isinstance(item, (dict, list)):
                yield from string_leaves(item, (*path, key), skip_keys)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (str, dict, list)):
                yield from string_leaves(item, (*path, index), skip_keys)


def _is_vocabulary(value: Any) -> bool:
    if isinstance(value, str):
        return _VOCABULARY.fullmatch(value) is not None
    return isinstance(value, list) and all(isinstance(v, str) and _VOCABULARY.fullmatch(v) for v in value)


def _key_label(path: Path) -> str:
    """The nearest object key above a leaf (list indexes and the `$json` step skipped); "" at the top."""
    for step in reversed(path):
        if isinstance(step, str) and step != EMBEDDED:
            return step[:64]
    return ""


def get_path(root: Any, path: Path) -> Any:
    node = root
    for key in path:
        node = node[key]
    return node


def with_edits(root: JsonObject, edits: Sequence[tuple[Path, Any]]) -> JsonObject:
    """A copy of `root` with the edits applied; only containers on edited paths are copied."""
    out = dict(root)
    fresh = {id(out)}
    for path, value in edits:
        node: Any = out
        for key in path[:-1]:
            child = node[key]
            if id(child) not in fresh:
                child = dict(child) if isinstance(child, dict) else list(child)
                node[key] = child
                fresh.add(id(child))
            node = child
        node[path[-1]] = value
    return out


def rebuild_body(call: Call, texts: Mapping[int, str], model: str) -> bytes:
    """Shared `rebuild`: changed segments' texts at their paths, the upstream model, compact JSON.

    Segments inside an embedded JSON document are applied to that document, which is then written
    back into its string field (compact, non-ASCII unescaped: the same value, new spelling); the text
    of a data URL (`DATA_URL`) is encoded back into its envelope."""
    segments = call.segments
    edits: list[tuple[Path, Any]] = [(("model",), model)]
    embedded: dict[Path, list[tuple[Path, Any]]] = {}
    for index, text in texts.items():
        segment = segments[index]
        if text == segment.text:
            continue
        path = segment.path
        cut = embedded_at(call.body, path) if EMBEDDED in path else -1
        if cut >= 0:
            embedded.setdefault(path[:cut], []).append((path[cut + 1:], text))
        elif path[-1] == DATA_URL and isinstance(outer := get_path(call.body, path[:-1]), str):
            edits.append((path[:-1], _dataurl.encode_text(outer, text)))
        else:
            edits.append((path, text))
    for outer, inner in embedded.items():
        document = json.loads(get_path(call.body, outer))
        document = with_edits(document, inner) if isinstance(document, dict) else _list_edits(document, inner)
        edits.append((outer, dumps(document).decode()))
    return dumps(with_edits(call.body, edits))


def embedded_at(body: JsonObject, path: Path) -> int:
    """Index of the EMBEDDED step that enters a string field (-1 if "$json" is just a key name)."""
    node: Any = body
    for index, step in enumerate(path):
        if isinstance(node, str):
            return index if step == EMBEDDED else -1
        node = node[step]
    return -1


def _list_edits(root: list[Any], edits: Sequence[tuple[Path, Any]]) -> list[Any]:
    edited: list[Any] = with_edits({"": root}, [(("", *path), value) for path, value in edits])[""]
    return edited


def open_request(body: bytes) -> tuple[JsonObject, str, SegmentList]:
    """How every adapter's `parse` starts: the decoded body, its required `model`, no segments yet."""
    obj = load_object(body)
    return obj, require_str(obj, "model"), SegmentList()


class SegmentList:
    """Collects segments and the opaque count while an adapter walks a body."""

    __slots__ = ("segments", "opaque")

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.opaque = 0

    def text(self, path: Path, value: Any, kind: str = "text") -> None:
        """A field that must be a string when present."""
        if value is None:
            return
        if not isinstance(value, str):
            raise invalid(path, "a string")
        if value:
            self.segments.append(Segment(path, value, kind))

    def leaves(self, value: Any, path: Path, kind: str, skip: frozenset[str] = SCHEMA_KEYWORDS) -> None:
        """Every string leaf of a JSON value (tool schemas, metadata). Pass `skip=frozenset()` for
        values that are data rather than schema (tool_use inputs), so no `type` value is skipped."""
        for leaf_path, text in string_leaves(value, path, skip):
            if text:
                self.segments.append(Segment(leaf_path, text, kind, _key_label(leaf_path)))

    def inline_file(self, file: Any, path: Path, kind: str) -> None:
        """A file part's object (chat `file`, Responses `input_file`): its `file_data` is inspected
        when it is a base64 data URL of a UTF-8 text type (with the `filename`); a file held
        elsewhere (`file_id`, `file_url`) or data of any other kind is one opaque part."""
        if not isinstance(file, dict):
            self.opaque += 1
            return
        data = file.get("file_data")
        text = _dataurl.decode_text(data) if isinstance(data, str) else None
        if text is not None:
            if text:
                self.segments.append(Segment((*path, "file_data", DATA_URL), text, kind))
            self.text((*path, "filename"), file.get("filename"), kind)
        if text is None or file.get("file_id") or file.get("file_url"):
            self.opaque += 1

    def json_text(self, path: Path, value: Any, kind: str) -> None:
        """A string field that usually holds JSON (tool-call arguments, tool results).

        When it holds an object or array written with escapes (`\\u5f20`, as `json.dumps` does by
        default), its decoded string leaves are the segments, so detectors see the real characters;
        otherwise the field is one segment as written."""
        if value is None:
            return
        if isinstance(value, (dict, list)):  # some OpenAI-compatible vendors send arguments as objects
            self.leaves(value, path, kind, frozenset())
            return
        if not isinstance(value, str):
            raise invalid(path, "a string")
        if "\\" in value:
            document = decode_embedded(value)
            if document is not None:
                self.leaves(document, (*path, EMBEDDED), kind, frozenset())
                return
        self.text(path, value, kind)
