"""A plain answer's headers: the vendor's forwarded ones, one Content-Type, our request id."""

from __future__ import annotations

from multidict import CIMultiDict

from proxy.exchange import Exchange
from proxy.relay import _answer_headers
from proxy.upstream import Answer


def _answer(*pairs: tuple[str, str]) -> Answer:
    return Answer(200, CIMultiDict(pairs), False)


def test_the_vendors_content_type_and_forwarded_headers_stay_and_our_id_is_added() -> None:
    ex = Exchange("req_headers01", "openai.chat", "openai", "")
    vendor = _answer(("Content-Type", "application/json; charset=utf-8"), ("x-ratelimit-remaining", "7"))
    headers = _answer_headers(ex, vendor)
    assert headers.getall("content-type") == ["application/json; charset=utf-8"]
    assert headers["X-RateLimit-Remaining"] == "7" and headers["x-request-id"] == "req_headers01"
    assert "x-request-id" not in vendor.headers            # the answer's own headers are not changed


def test_an_answer_without_content_type_is_json_and_a_doubled_one_is_sent_once() -> None:
    ex = Exchange("req_headers02", "openai.chat", "openai", "")
    assert _answer_headers(ex, _answer())["Content-Type"] == "application/json"
    doubled = _answer(("content-type", "application/json"), ("Content-Type", "text/plain"))
    assert _answer_headers(ex, doubled).getall("Content-Type") == ["application/json"]
