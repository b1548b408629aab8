"""Exchange bookkeeping: the cheaper spellings keep exactly the values the audit record had before."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from proxy.exchange import Exchange, record_time, request_id_from, summarize


def test_record_time_is_the_strftime_format() -> None:
    start = datetime(2026, 11, 30, 9, 5, 7, 123456, tzinfo=timezone.utc)
    for step in (timedelta(0), timedelta(microseconds=1), timedelta(seconds=59, microseconds=876544),
                 timedelta(days=400)):
        when = start + step
        assert record_time(when) == when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    whole = datetime(2026, 1, 1, tzinfo=timezone.utc)   # isoformat drops zero microseconds unless asked
    assert record_time(whole) == "2026-01-01T00:00:00.000000Z"


def test_generated_request_ids_are_random_hex() -> None:
    ids = {request_id_from(None) for _ in range(200)}
    assert len(ids) == 200
    assert all(re.fullmatch(r"req_[0-9a-f]{32}", i) for i in ids)
    assert request_id_from("client-chosen-id-1") == "client-chosen-id-1"
    assert request_id_from("bad id") != "bad id"


def test_record_without_findings() -> None:
    assert summarize([], [], [], None) == ()
    ex = Exchange("req_test0001", "openai.chat", "openai", "127.0.0.1")
    record = ex.to_record()
    assert record.findings == () and record.time == ex.wall_start.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
