"""Exchange bookkeeping: the cheaper spellings keep exactly the values the audit record had before."""

from __future__ import annotations

import os
import re
import time
from datetime import datetime, timedelta, timezone

from proxy.exchange import ID_BATCH, Exchange, record_time, record_time_ns, request_id_from, summarize


def test_record_time_is_the_strftime_format() -> None:
    start = datetime(2026, 11, 30, 9, 5, 7, 123456, tzinfo=timezone.utc)
    for step in (timedelta(0), timedelta(microseconds=1), timedelta(seconds=59, microseconds=876544),
                 timedelta(days=400)):
        when = start + step
        assert record_time(when) == when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    whole = datetime(2026, 1, 1, tzinfo=timezone.utc)   # isoformat drops zero microseconds unless asked
    assert record_time(whole) == "2026-01-01T00:00:00.000000Z"


def test_generated_request_ids_are_random_hex() -> None:
    ids = {request_id_from(None) for _ in range(3 * ID_BATCH)}     # across refills of the ids made ahead
    assert len(ids) == 3 * ID_BATCH
    assert all(re.fullmatch(r"req_[0-9a-f]{32}", i) for i in ids)
    assert request_id_from("client-chosen-id-1") == "client-chosen-id-1"
    assert request_id_from("bad id") != "bad id"
    assert len({i[16:] for i in ids}) == len(ids)                   # the random parts alone never repeat


def test_generated_request_ids_sort_by_time() -> None:
    """Made a few ms apart, ids sort in the order they were made (the audit index on them grows at its
    end) and start with the ms they were made in."""
    made: list[str] = []
    for _ in range(5):
        before = time.time_ns() // 1_000_000
        made.append(request_id_from(None))
        assert before <= int(made[-1][4:16], 16) <= time.time_ns() // 1_000_000
        time.sleep(0.002)
    assert made == sorted(made) and len(set(made)) == len(made)


def test_record_without_findings() -> None:
    assert summarize([], [], [], None) == ()
    ex = Exchange("req_test0001", "openai.chat", "openai", "127.0.0.1")
    record = ex.to_record()
    assert record.findings == () and record.time == ex.wall_start.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_record_time_from_ns_truncates_to_the_microsecond_as_datetime_now_does() -> None:
    base = 1_796_029_507_123_456_789                      # 2026-11-30T09:05:07.123456789Z
    for ns in (base, base + 999, base + 1_000, base - 123_456_789, base + 59_876_543_210, base + 86_400 * 10**9 * 400,
               0, 999):
        when = datetime.fromtimestamp(ns // 10**9, timezone.utc).replace(microsecond=ns // 1000 % 10**6)
        assert record_time_ns(ns) == when.strftime("%Y-%m-%dT%H:%M:%S.%fZ") == record_time(when)
    assert record_time_ns(base) == "2026-11-30T09:05:07.123456Z"
    assert record_time_ns(base + 1_000_000_000) == "2026-11-30T09:05:08.123456Z"   # the cached second moves on
    assert record_time_ns(base) == "2026-11-30T09:05:07.123456Z"                   # and back


def test_exchange_keeps_only_its_fields() -> None:
    ex = Exchange("req_test0001", "openai.chat", "openai", "127.0.0.1")
    before = datetime.now(timezone.utc)
    assert abs((ex.wall_start - before).total_seconds()) < 5
    try:
        ex.no_such_field = 1  # type: ignore[attr-defined]
    except AttributeError:
        pass
    else:
        raise AssertionError("a misspelt attribute would silently never reach the audit record")


def test_ids_made_ahead_are_never_shared_with_a_forked_child() -> None:
    request_id_from(None)                                 # the parent now holds ids made ahead
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                                          # the child reports its next id and leaves
        os.write(write, request_id_from(None).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 100).decode()
    os.close(read)
    os.close(write)
    ours = {request_id_from(None) for _ in range(2 * ID_BATCH)}
    assert re.fullmatch(r"req_[0-9a-f]{32}", child) and child not in ours


def _exchanges() -> list[Exchange]:
    """Exchanges as the request path leaves them: refused early, answered, shadowed, rerouted, with an
    answer report, with findings (the record's path) — every optional part present or absent."""
    from dataclasses import replace

    from detectors.finding import Finding
    from policies.decision import Action, Decision, PolicyRef, Treatment
    from proxy.answer_guard import AnswerReport
    from proxy.auth import Client
    from proxy.config import Vendor
    from proxy.protocols import ENDPOINTS
    from proxy.routing import Target

    bare = Exchange("req_early", "openai.chat", "openai", "")
    bare.error_code, bare.status = "invalid-api-key", 401
    adapter = ENDPOINTS["/v1/chat/completions"]
    call = adapter.parse(b'{"model": "m-1", "messages": [{"role": "user", "content": "hi"}], "stream": true}')
    done = Exchange("req_done", "openai.chat", "openai", "10.0.0.7")
    done.client = Client("key-a", "team-a", frozenset({"client"}), ("*",), ("*",))
    done.call = call
    done.target = Target(Vendor("vendor-a", "openai", "http://10.0.0.9/v1", "cn-mainland", "CN"), "up-model")
    done.decision = Decision(Action.ALLOW, "default", PolicyRef("pol", "7", "ab" * 32), shadow=True,
                             shadow_action="block", shadow_rule="r-shadow")
    done.attempts, done.rerouted_from = ["vendor-b", "vendor-a"], "vendor-b"
    done.upstream_status, done.status, done.streamed = 200, 200, True
    done.prompt_tokens, done.completion_tokens, done.bytes_in, done.bytes_out = 12, 34, 567, 8901
    done.trace_id, done.span_id = "1" * 32, "2" * 16
    reported = replace_exchange(done, "req_report")
    reported.answer = AnswerReport(action="allow", rule="resp-rule")
    found = replace_exchange(done, "req_found")
    found.findings = [[Finding("CN_PHONE", 0, 11, 1.0, "phone")]]
    found.finding_classes, found.finding_values = ["contact"], ["f" * 32]
    found.decision = replace(done.decision, action=Action.REDACT, treatments=(Treatment(Action.REDACT),))
    return [bare, done, reported, found]


def replace_exchange(ex: Exchange, request_id: str) -> Exchange:
    out = Exchange(request_id, ex.endpoint, ex.protocol, ex.client_addr)
    for name in Exchange.__dataclass_fields__:
        if name != "request_id":
            setattr(out, name, getattr(ex, name))
    out.attempts = list(ex.attempts)
    return out


def test_the_leaf_made_from_the_exchange_is_the_records_leaf(monkeypatch: object) -> None:
    """Exchange.to_leaf writes the canonical bytes itself when nothing was found: the same bytes, leaf
    hash and query columns as encoding its audit record, for every shape of exchange."""
    import dataclasses

    from audit.record import AuditRecord
    from audit.store import Leaf

    monkeypatch.setattr(time, "perf_counter", lambda: 1000.0)  # type: ignore[attr-defined]  # one latency_ms
    for ex in _exchanges():
        leaf = ex.to_leaf()
        assert leaf == Leaf.from_record(ex.to_record()), ex.request_id
        assert list(ex._fields()) == sorted(f.name for f in dataclasses.fields(AuditRecord))
