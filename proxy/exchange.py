"""Exchange: the one mutable, per-request record of what happened; it becomes exactly one AuditRecord."""

from __future__ import annotations

import os
import re
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Sequence

import orjson

from audit.merkle import leaf_hash
from audit.record import AuditRecord, FindingSummary
from audit.store import Leaf
from detectors.finding import Finding
from policies.decision import Decision

if TYPE_CHECKING:
    from proxy.answer_guard import AnswerReport
    from proxy.auth import Client
    from proxy.protocols.base import Call
    from proxy.routing import Target

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")


_FRESH_TAILS: deque[str] = deque()
"""The random parts of request ids, made ahead ID_BATCH at a time from one read of the OS's random source."""
ID_BATCH = 256
os.register_at_fork(after_in_child=_FRESH_TAILS.clear)  # a forked child must never hand out its parent's ids


def request_id_from(header: str | None) -> str:
    """Propagate a well-formed `x-request-id`; anything else is replaced (it ends up in logs)."""
    if header and _REQUEST_ID.fullmatch(header):
        return header
    return fresh_request_id()


def fresh_request_id() -> str:
    """"req_", the time in ms (12 hex digits) and 80 random bits from the OS (20 hex digits).

    Time first, as UUIDv7 (RFC 9562) does, so that ids made later sort later: the audit log's
    `records_request` index then grows at its end, and a commit dirties one page of it instead of one
    random page per record (the commit writes every dirty page to the WAL; docs/benchmarks.md, ninth
    round). 80 random bits per millisecond keep ids unguessable and collisions out of reach. One
    `getrandom` call per request cost more than the rest of this function on a VM; the bits are read
    ID_BATCH ids at a time instead. popleft/extend are atomic, so threads never share an id."""
    try:
        tail = _FRESH_TAILS.popleft()
    except IndexError:
        block = os.urandom(10 * ID_BATCH).hex()
        _FRESH_TAILS.extend(block[at:at + 20] for at in range(20, len(block), 20))
        tail = block[:20]
    return f"req_{time.time_ns() // 1_000_000:012x}{tail}"


@dataclass(eq=False, slots=True)
class Exchange:
    request_id: str
    endpoint: str
    protocol: str
    client_addr: str
    started: float = field(default_factory=time.perf_counter)
    wall_ns: int = field(default_factory=time.time_ns)
    """Wall-clock start in ns since the epoch: the record's `time` (read as an int, formatted once)."""
    client: Client | None = None
    call: Call | None = field(default=None, repr=False)
    findings: list[list[Finding]] = field(default_factory=list, repr=False)
    """Per segment, offsets into that segment's text."""
    finding_values: list[str] = field(default_factory=list, repr=False)
    """Fingerprints of each finding (flattened order), computed once; never raw values."""
    finding_classes: list[str] = field(default_factory=list)
    decision: Decision | None = None
    target: Target | None = None
    rerouted_from: str = ""
    attempts: list[str] = field(default_factory=list)
    upstream_status: int = 0
    status: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    streamed: bool = False
    error_code: str = ""
    trace_id: str = ""
    span_id: str = ""
    stage_ms: dict[str, float] = field(default_factory=dict)
    audited: bool = False
    answer: AnswerReport | None = None
    """Set when `direction: response` rules inspect the answer; filled in as the answer passes."""

    @property
    def wall_start(self) -> datetime:
        """The start as a UTC datetime, truncated to the microsecond (as datetime.now would give it)."""
        return datetime.fromtimestamp(self.wall_ns // 1_000_000_000, timezone.utc).replace(
            microsecond=self.wall_ns // 1000 % 1_000_000)

    @property
    def flat_findings(self) -> list[tuple[int, Finding]]:
        return [(i, f) for i, seg in enumerate(self.findings) for f in seg]

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0

    def to_record(self) -> AuditRecord:
        """The audit record: counts, classes and fingerprints of what was found, never the values."""
        return AuditRecord(**self._fields())

    def to_leaf(self) -> Leaf:
        """`Leaf.from_record(self.to_record())`, the same bytes, hash and columns, without the record.

        Once per request: with nothing found (the common case) the canonical bytes are written straight
        from `_fields`, already in their key order, instead of building the ~40-field record and then
        reading it back into a dict for orjson (about half the time; docs/benchmarks.md, fourteenth round).
        Findings take the record's path, which owns their encoding."""
        fields = self._fields()
        if fields["findings"] or fields["response_findings"]:
            return Leaf.from_record(AuditRecord(**fields))
        body = orjson.dumps(fields)
        return Leaf(body, leaf_hash(body), fields["time"], fields["tenant"], fields["vendor"],
                    fields["region"], fields["action"], fields["rule"], fields["request_id"], "", "")

    def _fields(self) -> dict[str, Any]:
        """Every AuditRecord field by name, in the canonical encoding's key order (sorted: audit/record.py;
        a test holds this order and the bytes to `canonical_bytes`).

        Each optional part (client, call, target, decision, answer) is looked at once, and the findings
        summary is skipped when nothing was found (the common case): this runs once per request."""
        d = self.decision
        call = self.call
        t = self.target
        client = self.client
        vendor = t.vendor if t else None
        answer = self.answer
        policy = d.policy if d else None
        return {
            "action": str(d.action) if d else ("error" if self.error_code else ""),
            "attempts": tuple(self.attempts),
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "client_addr": self.client_addr,
            "completion_tokens": self.completion_tokens,
            "endpoint": self.endpoint,
            "error_class": self.error_code,
            "findings": summarize(self.flat_findings, self.finding_classes, self.finding_values, d)
            if any(self.findings) else (),
            "jurisdiction": vendor.jurisdiction if vendor else "",
            "key_id": client.key_id if client else "",
            "latency_ms": round((time.perf_counter() - self.started) * 1000.0, 3),
            "model_requested": call.model if call else "",
            "model_routed": t.model if t else "",
            "opaque_parts": call.opaque if call else 0,
            "policy_id": policy.id if policy else "",
            "policy_sha256": policy.sha256 if policy else "",
            "policy_version": policy.version if policy else "",
            "prompt_tokens": self.prompt_tokens,
            "protocol": self.protocol,
            "region": vendor.region if vendor else "",
            "request_id": self.request_id,
            "rerouted_from": self.rerouted_from,
            "response_action": answer.action if answer else "",
            "response_findings": answer.summary() if answer else (),
            "response_rule": answer.rule if answer else "",
            "rule": d.rule if d else "",
            "shadow": d.shadow if d else False,
            "shadow_action": d.shadow_action if d else "",
            "shadow_rule": d.shadow_rule if d else "",
            "span_id": self.span_id,
            "status": self.status,
            "streamed": self.streamed,
            "tenant": client.tenant if client else "",
            "time": record_time_ns(self.wall_ns),
            "trace_id": self.trace_id,
            "upstream_status": self.upstream_status,
            "vendor": vendor.name if vendor else "",
        }


_second: tuple[int, str] = (-1, "")
"""The last whole second record_time_ns formatted and its "%Y-%m-%dT%H:%M:%S" text, swapped as one
tuple so that a reader in another thread never pairs one second with another's text."""


def record_time_ns(ns: int) -> str:
    """`ns` since the epoch as the record's "%Y-%m-%dT%H:%M:%S.%fZ" (UTC, microseconds truncated, as
    datetime.now gives them). Requests arrive many a second, so the part up to the second is formatted
    once per second; the rest is integer arithmetic."""
    global _second
    second, micro = divmod(ns // 1000, 1_000_000)
    cached = _second
    if cached[0] != second:
        cached = _second = (second, datetime.fromtimestamp(second, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{cached[1]}.{micro:06d}Z"


def record_time(when: datetime) -> str:
    """`when` (UTC) as the record's "%Y-%m-%dT%H:%M:%S.%fZ": isoformat is three times cheaper than
    strftime, and its first 26 characters are the same digits."""
    return when.isoformat(timespec="microseconds")[:26] + "Z"


def summarize(flat: Sequence[tuple[int, Finding]], classes: Sequence[str], fingerprints: Sequence[str],
              decision: Decision | None) -> tuple[FindingSummary, ...]:
    if not flat:
        return ()
    counts: Counter[str] = Counter()
    cls: dict[str, str] = {}
    actions: dict[str, str] = {}
    prints: dict[str, set[str]] = defaultdict(set)
    for n, (_, f) in enumerate(flat):
        counts[f.type] += 1
        cls[f.type] = classes[n] if n < len(classes) else ""
        if n < len(fingerprints) and fingerprints[n]:
            prints[f.type].add(fingerprints[n])
        if decision is not None and n < len(decision.treatments):
            act = "block" if decision.action == "block" else str(decision.treatments[n].action)
            if decision.shadow:
                act = "allow"
            prev = actions.get(f.type)
            actions[f.type] = act if prev in (None, "allow") else prev
    return tuple(
        FindingSummary(type=t, data_class=cls[t], count=counts[t], action=actions.get(t, ""),
                       fingerprints=tuple(sorted(prints[t])))
        for t in sorted(counts))
