"""Period reports: what left, to whom, under which treatment — signed and reproducible from the log.

A report covers the records with `since <= time < until` among the first N records of the log, where N
is the size of a signed checkpoint that the report embeds. Anyone holding the log (or an export) and the
verifier key recomputes the same report from the same records and compares (`audit verify-report`).

Definitions (per record, from its fields only):

* forwarded: a vendor received the request (`upstream_status` > 0).
* a finding *reached* a vendor when the request was forwarded and the finding was not masked: its
  action is "allow" (or empty), or the decision was a shadow (evaluated but not enforced).
* statement "no <class> data reached a vendor outside <home region>": holds when no finding of that
  data class reached a vendor whose region differs from the home region.

The signed report is a signed note (audit/signing.py) whose text is the report as canonical JSON
(sorted keys, compact) and one newline: format "guanqia-audit-report/1".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import orjson

from audit.checkpoint import Checkpoint, open_checkpoint
from audit.query import normalize_time
from audit.record import AuditRecord, record_from_bytes
from audit.signing import NoteError, Signer, Verifier, open_note, sign_note

FORMAT = "guanqia-audit-report/1"
DEFAULT_CLASSES = ("sensitive_personal",)


def build(records: Iterable[tuple[int, AuditRecord]], *, since: str, until: str, checkpoint_note: bytes,
          origin: str, home_region: str, classes: Iterable[str] = DEFAULT_CLASSES) -> dict[str, Any]:
    """The report over `records` (already limited to the period and the checkpoint's size)."""
    cp = Checkpoint.parse_text(checkpoint_note.decode().rsplit("\n\n", 1)[0] + "\n")
    totals: Counter[str] = Counter()
    left: Counter[tuple[str, str, str, str]] = Counter()
    left_requests: Counter[tuple[str, str, str, str]] = Counter()
    treated: Counter[tuple[str, str]] = Counter()
    seen_classes: set[str] = set()
    first = last = None
    for idx, r in records:
        first = idx if first is None else first
        last = idx
        totals["requests"] += 1
        forwarded = r.upstream_status > 0
        totals["forwarded"] += forwarded
        totals["blocked"] += r.action == "block"
        totals["rerouted"] += bool(r.rerouted_from) or r.action == "reroute"
        totals["redacted"] += r.action == "redact"
        totals["pseudonymized"] += r.action == "pseudonymize"
        totals["errors"] += bool(r.error_class)
        totals["shadow"] += r.shadow
        totals["shadow_rules"] += bool(r.shadow_rule)
        totals["answers_redacted"] += r.response_action == "redact"
        totals["answers_blocked"] += r.response_action == "block"
        keys_this_request: set[tuple[str, str, str, str]] = set()
        for f in r.findings:
            cls = f.data_class or "unclassified"
            seen_classes.add(cls)
            treated[(cls, f.action or "allow")] += f.count
            if forwarded and (f.action in ("", "allow") or r.shadow):
                key = (cls, r.vendor, r.region, r.jurisdiction)
                left[key] += f.count
                keys_this_request.add(key)
        for key in keys_this_request:
            left_requests[key] += 1
    statements = []
    for cls in sorted(set(classes) | seen_classes):
        violations = sum(n for (c, _, region, _), n in left_requests.items() if c == cls and region != home_region)
        statements.append({"data_class": cls, "outside_region": home_region, "holds": violations == 0,
                           "requests_violating": violations,
                           "text": f"No {cls} data reached a vendor outside {home_region}." if violations == 0
                           else f"{cls} data reached a vendor outside {home_region} in {violations} requests."})
    return {
        "format": FORMAT,
        "origin": origin,
        "period": {"since": since, "until": until},
        "checkpoint": {"size": cp.size, "note": checkpoint_note.decode()},
        "records": {"first_index": first, "last_index": last, "count": totals["requests"]},
        "totals": {k: totals[k] for k in ("requests", "forwarded", "blocked", "redacted", "pseudonymized",
                                          "rerouted", "errors", "shadow", "shadow_rules",
                                          "answers_redacted", "answers_blocked")},
        "left": [{"data_class": c, "vendor": v, "region": rg, "jurisdiction": j, "findings": n,
                  "requests": left_requests[(c, v, rg, j)]} for (c, v, rg, j), n in sorted(left.items())],
        "treated": [{"data_class": c, "action": a, "findings": n} for (c, a), n in sorted(treated.items())],
        "statements": statements,
    }


def canonical(report: dict[str, Any]) -> str:
    return orjson.dumps(report, option=orjson.OPT_SORT_KEYS).decode() + "\n"


def sign(report: dict[str, Any], signer: Signer) -> bytes:
    return sign_note(canonical(report), [signer])


def open_report(note: bytes, verifiers: list[Verifier]) -> tuple[dict[str, Any], Checkpoint]:
    """The report and its verified checkpoint; raises NoteError if either signature fails."""
    text, _ = open_note(note, verifiers)
    try:
        report = orjson.loads(text)
    except orjson.JSONDecodeError:
        raise NoteError("report is not JSON") from None
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        raise NoteError(f"not a {FORMAT} report")
    cp = open_checkpoint(report["checkpoint"]["note"].encode(), verifiers, report.get("origin"))
    return report, cp


def in_period(rows: Iterable[tuple[int, bytes | None]], since: str, until: str,
              size: int) -> Iterable[tuple[int, AuditRecord]]:
    s, u = normalize_time(since), normalize_time(until)
    for idx, body in rows:
        if idx >= size or body is None:
            continue
        r = record_from_bytes(body)
        if s <= r.time < u:
            yield idx, r
