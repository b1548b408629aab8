"""AuditRecord: one flat record per request, made of primitives only (no Finding/Decision types, no values).

The canonical byte encoding (the Merkle leaf) is specified and implemented below `AuditRecord`.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter
from typing import Any, Callable

import orjson


@dataclass(frozen=True, slots=True)
class FindingSummary:
    """Findings of one entity type in one request: counts and keyed fingerprints, never values."""

    type: str
    data_class: str
    count: int
    action: str
    """Treatment applied to this type ("allow", "redact", "pseudonymize", "block"...)."""
    fingerprints: tuple[str, ...] = ()
    """Keyed HMAC-SHA256 (hex, truncated to 32 chars) of each distinct normalized value."""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    time: str
    """RFC 3339 UTC with microseconds, e.g. "2026-11-24T10:00:00.123456Z"."""
    request_id: str
    tenant: str
    key_id: str
    client_addr: str
    endpoint: str
    """Protocol endpoint, e.g. "openai.chat", "anthropic.messages"."""
    protocol: str
    """"openai" or "anthropic"."""
    model_requested: str
    vendor: str = ""
    model_routed: str = ""
    region: str = ""
    jurisdiction: str = ""
    rerouted_from: str = ""
    """Vendor the policy rerouted away from, if any."""
    action: str = ""
    rule: str = ""
    policy_id: str = ""
    policy_version: str = ""
    policy_sha256: str = ""
    shadow: bool = False
    """The whole policy is in shadow mode: `action` was decided and audited, not enforced."""
    findings: tuple[FindingSummary, ...] = ()
    opaque_parts: int = 0
    upstream_status: int = 0
    status: int = 0
    """HTTP status returned to the client."""
    latency_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    streamed: bool = False
    error_class: str = ""
    """Stable kebab-case error code, empty on success."""
    attempts: tuple[str, ...] = field(default=())
    """Vendors tried in order (failover), e.g. ("echo-us", "echo-cn")."""
    trace_id: str = ""
    span_id: str = ""
    shadow_action: str = ""
    """With rules marked `shadow: true`: what `action` would have been had they been enforced."""
    shadow_rule: str = ""
    response_action: str = ""
    """What the policy's `direction: response` rules did to the answer ("allow", "redact", "block");
    empty when no response rule applied (answers not inspected)."""
    response_rule: str = ""
    response_findings: tuple[FindingSummary, ...] = ()
    """What the answer held, per entity type: distinct values and their fingerprints, never the values.
    Not part of what left: `findings` is the outbound side."""


def _direct_init(cls: type) -> Callable[..., None]:
    """An `__init__` for a frozen, slotted dataclass that stores each argument through its slot.

    The one dataclasses generates stores every field with `object.__setattr__(self, name, value)` (the
    way round `frozen`), which looks the name up on the type again for each field: building the ~40
    fields of an AuditRecord, once per request, took twice as long as it does through the slots' own
    descriptors. Same parameters, defaults and annotations; instances are still frozen afterwards.
    """
    names = [f.name for f in fields(cls)]
    params = [f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in fields(cls)]
    if any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: default_factory fields need the generated __init__")
    scope: dict[str, Any] = {f"_set_{n}": cls.__dict__[n].__set__ for n in names}
    scope.update({f"_default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING})
    body = "".join(f"    _set_{n}(self, {n})\n" for n in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}", scope)  # noqa: S102 - our field names only
    init: Callable[..., None] = scope["__init__"]
    init.__annotations__ = dict(cls.__init__.__annotations__)  # type: ignore[misc]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    return init


FindingSummary.__init__ = _direct_init(FindingSummary)  # type: ignore[method-assign]
AuditRecord.__init__ = _direct_init(AuditRecord)  # type: ignore[method-assign]


# --- Canonical encoding -------------------------------------------------------------------------
#
# The Merkle leaf of a record is its canonical bytes:
#
#   * a JSON object holding every field of AuditRecord (no field omitted, defaults included);
#   * `findings` and `response_findings` are arrays of objects holding every field of FindingSummary,
#     in the record's order;
#     tuples are arrays; booleans are true/false; integers are decimal; `latency_ms` is the shortest
#     round-tripping decimal of the float (orjson's encoder);
#   * keys sorted by Unicode code point at every level, no insignificant whitespace, UTF-8 without
#     escaping non-ASCII (orjson OPT_SORT_KEYS), no trailing newline.
#
# Example (abbreviated): {"action":"redact","attempts":["deepseek"],"bytes_in":512,...,"time":"2026-11-24T10:00:00.123456Z",...}
#
# Verifiers never re-encode a record: they hash the stored bytes. Decoding is only for reading, so a record
# written by an older version (fewer fields) still verifies and decodes with defaults.

_RECORD_FIELDS: tuple[str, ...] = tuple(AuditRecord.__dataclass_fields__)
_FINDING_FIELDS: tuple[str, ...] = tuple(FindingSummary.__dataclass_fields__)
_SUMMARY_FIELDS = ("findings", "response_findings")


def record_to_dict(record: AuditRecord) -> dict[str, Any]:
    """The record as plain JSON types (the shape of the canonical encoding)."""
    out = {name: getattr(record, name) for name in _RECORD_FIELDS}
    for key in _SUMMARY_FIELDS:
        out[key] = [{name: getattr(f, name) for name in _FINDING_FIELDS} for f in getattr(record, key)]
    return out


_SORTED_RECORD_FIELDS = tuple(sorted(_RECORD_FIELDS))
_SORTED_FINDING_FIELDS = tuple(sorted(_FINDING_FIELDS))
_record_values = attrgetter(*_SORTED_RECORD_FIELDS)
_finding_values = attrgetter(*_SORTED_FINDING_FIELDS)
_SUMMARY_AT = tuple(_SORTED_RECORD_FIELDS.index(k) for k in _SUMMARY_FIELDS)


def canonical_bytes(record: AuditRecord) -> bytes:
    """The record's canonical bytes (see the format above): the data of its Merkle leaf.

    The same bytes as `orjson.dumps(record_to_dict(record), option=OPT_SORT_KEYS)` (a test pins it),
    built in half the time: the dicts are made in sorted key order by C-level attrgetters, so orjson
    writes them as they come instead of sorting every key of every record on the request path. The
    zips need no `strict`: each attrgetter returns exactly one value per name of the tuple it zips with.
    """
    values = list(_record_values(record))
    for at in _SUMMARY_AT:
        if values[at]:
            values[at] = [dict(zip(_SORTED_FINDING_FIELDS, _finding_values(f))) for f in values[at]]
    return orjson.dumps(dict(zip(_SORTED_RECORD_FIELDS, values)))


def record_from_dict(data: dict[str, Any]) -> AuditRecord:
    """Inverse of `record_to_dict`; unknown keys are an error (they would be silently dropped otherwise)."""
    unknown = set(data) - set(_RECORD_FIELDS)
    if unknown:
        raise ValueError(f"unknown record field {min(unknown)!r}")
    fields = dict(data)
    for key in _SUMMARY_FIELDS:
        findings = []
        for item in fields.get(key, ()):
            extra = set(item) - set(_FINDING_FIELDS)
            if extra:
                raise ValueError(f"unknown finding field {min(extra)!r}")
            f = dict(item)
            f["fingerprints"] = tuple(f.get("fingerprints", ()))
            findings.append(FindingSummary(**f))
        fields[key] = tuple(findings)
    fields["attempts"] = tuple(fields.get("attempts", ()))
    return AuditRecord(**fields)


def record_from_bytes(data: bytes) -> AuditRecord:
    """Decode canonical bytes; raises ValueError when they are not a record."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise ValueError("not JSON") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")  # noqa: TRY004 - one error type for "not a record"
    try:
        return record_from_dict(obj)
    except TypeError as exc:
        raise ValueError(f"not a record: {exc}") from None
