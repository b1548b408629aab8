"""YAML with positions: every mapping and list remembers where each of its entries was written.

Errors in policy files must name `file:line:column` (OPA's habit), so the loader keeps the PyYAML marks
of every key and list item next to the plain Python values. Scalars stay plain `str`/`int`/`bool`; their
position is looked up in the container that holds them (`Marked.where(key)`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from policies.errors import PolicyError


class MarkedDict(dict[str, Any]):
    """A mapping that knows the line and column (1-based) of itself, each key and each value."""

    source: str = ""
    line: int = 0
    column: int = 0
    key_marks: dict[str, tuple[int, int]]
    value_marks: dict[str, tuple[int, int]]

    def where(self, key: str | None = None, *, value: bool = True) -> str:
        """`file:line:column` of the value of `key` (or of the key itself, or of the mapping)."""
        if key is not None:
            marks = self.value_marks if value else self.key_marks
            if key in marks:
                line, col = marks[key]
                return f"{self.source}:{line}:{col}"
        return f"{self.source}:{self.line}:{self.column}"


class MarkedList(list[Any]):
    source: str = ""
    line: int = 0
    column: int = 0
    item_marks: list[tuple[int, int]]

    def where(self, index: int | None = None) -> str:
        if index is not None and 0 <= index < len(self.item_marks):
            line, col = self.item_marks[index]
            return f"{self.source}:{line}:{col}"
        return f"{self.source}:{self.line}:{self.column}"


def _loader_for(source: str) -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):  # type: ignore[misc]
        """SafeLoader whose containers carry marks; duplicate keys are errors (a silent override misleads)."""

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> MarkedDict:
        loader.flatten_mapping(node)
        out = MarkedDict()
        out.source, out.line, out.column = source, node.start_mark.line + 1, node.start_mark.column + 1
        out.key_marks, out.value_marks = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            where = f"{source}:{key_node.start_mark.line + 1}:{key_node.start_mark.column + 1}"
            if not isinstance(key, str):
                raise PolicyError(f"{where}: expected a text key, got {type(key).__name__}")
            if key in out:
                raise PolicyError(f"{where}: duplicate key {key!r}")
            out[key] = loader.construct_object(value_node, deep=True)
            out.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out.value_marks[key] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
        return out

    def construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> MarkedList:
        out = MarkedList(loader.construct_object(child, deep=True) for child in node.value)
        out.source, out.line, out.column = source, node.start_mark.line + 1, node.start_mark.column + 1
        out.item_marks = [(c.start_mark.line + 1, c.start_mark.column + 1) for c in node.value]
        return out

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_sequence)
    return Loader


def loads(text: str, source: str) -> Any:
    """Parse YAML text; syntax errors become PolicyError naming source:line:column."""
    try:
        return yaml.load(text, Loader=_loader_for(source))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        raise PolicyError(f"{where}: invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: invalid YAML: {exc}") from None


def read(path: Path) -> tuple[bytes, Any]:
    """The file's bytes (for the sha256 every decision carries) and its parsed, marked content."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return data, loads(text, str(path))
