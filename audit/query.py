"""Query filters over audit records, shared by `guanqia audit query`, /audit/records and the stores.

Times are compared as the records store them (RFC 3339 UTC, microseconds, "Z"): `since` is inclusive,
`until` exclusive. Inputs may be any ISO 8601 date or date-time; they are normalised to that form
(naive times are UTC). Paging is by log index: the cursor is the decimal index of the last record
returned, so pages stay stable while the log grows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime

COLUMNS = ("tenant", "vendor", "region", "action", "rule", "request_id")


@dataclass(frozen=True)
class QueryFilters:
    since: str | None = None
    until: str | None = None
    tenant: str | None = None
    vendor: str | None = None
    region: str | None = None
    action: str | None = None
    rule: str | None = None
    entity_type: str | None = None
    data_class: str | None = None
    request_id: str | None = None

    def normalized(self) -> QueryFilters:
        return QueryFilters(**{
            f.name: normalize_time(getattr(self, f.name)) if f.name in ("since", "until")
            and getattr(self, f.name) else getattr(self, f.name)
            for f in fields(self)})


def normalize_time(value: str) -> str:
    """Any ISO 8601 date or date-time as the record time format; ValueError if unparsable."""
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or time: {value!r}") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return -1
    if not cursor.isdigit():
        raise ValueError("cursor must be the decimal index returned as next_cursor")
    return int(cursor)


def where_clause(filters: QueryFilters, after: int,
                 placeholder: Callable[[int], str], contains: str,
                 cursor_column: str = "idx") -> tuple[str, list[object]]:
    """SQL WHERE text and arguments; `contains` formats a substring test, e.g. "instr({col}, {arg}) > 0".
    `cursor_column` is how the cursor's condition names idx ("+idx" keeps SQLite from walking from it)."""
    f = filters.normalized()
    parts: list[str] = []
    args: list[object] = []

    def arg(value: object) -> str:
        args.append(value)
        return placeholder(len(args))

    parts.append(f"{cursor_column} > {arg(after)}")
    if f.since:
        parts.append(f"time >= {arg(f.since)}")
    if f.until:
        parts.append(f"time < {arg(f.until)}")
    for col in COLUMNS:
        value = getattr(f, col)
        if value is not None:
            parts.append(f"{col} = {arg(value)}")
    if f.entity_type is not None:
        parts.append(contains.format(col="entity_types", arg=arg("," + f.entity_type + ",")))
    if f.data_class is not None:
        parts.append(contains.format(col="data_classes", arg=arg("," + f.data_class + ",")))
    return " AND ".join(parts), args
