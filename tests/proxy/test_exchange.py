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
