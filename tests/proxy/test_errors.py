"""Every error case of the proxy path, over real HTTP, in the caller's protocol, with a request id."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Any, Iterator

import anthropic
import httpx
import openai
import pytest

from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, OTHER_TENANT_KEY, VENDOR_KEY, ProxyThread

CHAT = {"model": "fake-cn", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture
def http(gq: ProxyThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gq.url, timeout=30, headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as client:
        yield client


def openai_error(response: httpx.Response) -> dict[str, Any]:
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers.get("x-request-id"), "every answer carries the request id"
    error = response.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    return error  # type: ignore[no-any-return]


def test_malformed_json_is_400_in_openai_shape(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", content=b'{"model": "fake-cn", "messages": [',
                  headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert openai_error(r)["code"] == "invalid-json"


def test_missing_messages_is_400(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json={"model": "fake-cn"})
    assert r.status_code == 400
    assert "messages" in openai_error(r)["message"]


def test_bad_key_is_401_and_names_no_key(gq: ProxyThread) -> None:
    r = httpx.post(f"{gq.url}/v1/chat/completions", json=CHAT, headers={"Authorization": "Bearer sk-wrong-123"})
    assert r.status_code == 401
    assert "sk-wrong-123" not in r.text
    openai_error(r)
    missing = httpx.post(f"{gq.url}/v1/chat/completions", json=CHAT)
    assert missing.status_code == 401


def test_sdk_sees_authentication_error(gq: ProxyThread) -> None:
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key="sk-not-a-key", max_retries=0) as client:
        with pytest.raises(openai.AuthenticationError):
            client.chat.completions.create(**CHAT)  # type: ignore[call-overload]


def test_model_not_allowed_for_client_is_403(gq: ProxyThread) -> None:
    r = httpx.post(f"{gq.url}/v1/chat/completions", json=CHAT,
                   headers={"Authorization": f"Bearer {OTHER_TENANT_KEY}"})
    assert r.status_code == 403
    assert openai_error(r)["code"] == "model-not-allowed"


def test_unknown_model_is_404(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json={**CHAT, "model": "no-such-model"})
    assert r.status_code == 404
    assert openai_error(r)["code"] == "model-not-found"


def test_body_over_limit_is_413(http: httpx.Client, gq: ProxyThread) -> None:
    big = {"model": "fake-cn", "messages": [{"role": "user", "content": "x" * 1_200_000}]}
    r = http.post("/v1/chat/completions", json=big)
    assert r.status_code == 413
    openai_error(r)
    assert gq.vendor.seen == []


def test_unsupported_content_type_is_415(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", content=b"<model>fake-cn</model>", headers={"content-type": "application/xml"})
    assert r.status_code == 415
    openai_error(r)


def test_unknown_content_encoding_is_refused_never_forwarded(http: httpx.Client, gq: ProxyThread) -> None:
    r = http.post("/v1/chat/completions", content=b"\x00\x01garbage",
                  headers={"content-type": "application/json", "content-encoding": "x-secret-zip"})
    assert r.status_code == 415
    openai_error(r)
    assert gq.vendor.seen == []


@pytest.mark.parametrize("encoding,compress", [("gzip", gzip.compress), ("deflate", zlib.compress)])
def test_compressed_body_is_decoded_and_inspected(http: httpx.Client, gq: ProxyThread, encoding: str,
                                                  compress: Any) -> None:
    body = json.dumps({"model": "fake-us", "messages": [
        {"role": "user", "content": "my key is sk-proj-Abcdefghijklmnopqrstuvwx0123456789ABCDEFGH"}]}).encode()
    r = http.post("/v1/chat/completions", content=compress(body),
                  headers={"content-type": "application/json", "content-encoding": encoding})
    assert r.status_code == 200, r.text
    sent = json.dumps(gq.vendor.seen[-1].body)
    assert "sk-proj-Abcdefghijklmnopqrstuvwx0123456789ABCDEFGH" not in sent, "credential redacted after decoding"


def test_corrupt_gzip_is_400(http: httpx.Client, gq: ProxyThread) -> None:
    r = http.post("/v1/chat/completions", content=b"\x1f\x8b\x08\x00garbage",
                  headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert r.status_code == 400
    assert gq.vendor.seen == []


def test_upstream_unreachable_is_502(gq: ProxyThread, tmp_path: Path) -> None:
    with httpx.Client(base_url=gq.url, headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as client:
        r = client.post("/v1/chat/completions", json={**CHAT, "model": "dead-only"})
    assert r.status_code == 502
    assert openai_error(r)["code"] == "upstream-unreachable"


def test_upstream_first_byte_timeout_is_504(gq: ProxyThread, http: httpx.Client) -> None:
    gq.vendor.push(Script(delay=4))
    r = http.post("/v1/chat/completions", json={**CHAT, "model": "slow-cn"})
    assert r.status_code == 504
    assert openai_error(r)["code"] == "upstream-timeout"


def test_vendor_error_passes_through_without_credential(gq: ProxyThread, http: httpx.Client) -> None:
    leaked = json.dumps({"error": {"message": f"Incorrect API key provided: {VENDOR_KEY}. Check it.",
                                   "type": "invalid_request_error", "code": "invalid_api_key"}}).encode()
    gq.vendor.push(Script(status=400, body=leaked))
    r = http.post("/v1/chat/completions", json=CHAT)
    assert r.status_code == 400
    assert "Incorrect API key provided" in r.text
    assert VENDOR_KEY not in r.text
    assert VENDOR_KEY not in "\n".join(gq.log_lines)


def test_anthropic_errors_use_anthropic_shape(gq: ProxyThread) -> None:
    r = httpx.post(f"{gq.url}/v1/messages", headers={"x-api-key": CLIENT_KEY, "anthropic-version": "2023-06-01"},
                   json={"model": "claude-x", "max_tokens": 10})
    assert r.status_code == 400
    body = r.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    with anthropic.Anthropic(base_url=gq.url, api_key="sk-bad", max_retries=0) as client:
        with pytest.raises(anthropic.AuthenticationError):
            client.messages.create(model="claude-x", max_tokens=10, messages=[{"role": "user", "content": "hi"}])


def test_request_id_is_propagated_or_generated(http: httpx.Client, gq: ProxyThread) -> None:
    r = http.post("/v1/chat/completions", json=CHAT, headers={"x-request-id": "trace-abc-12345"})
    assert r.headers["x-request-id"] == "trace-abc-12345"
    assert gq.vendor.seen[-1].headers["x-request-id"] == "trace-abc-12345"
    generated = http.post("/v1/chat/completions", json=CHAT, headers={"x-request-id": "bad id\twith tab"})
    assert generated.headers["x-request-id"].startswith("req_")


def test_unknown_path_is_404_in_openai_shape(http: httpx.Client) -> None:
    r = http.get("/v1/nothing-here")
    assert r.status_code == 404
    openai_error(r)


def test_known_path_with_another_method_is_405_in_openai_shape(http: httpx.Client) -> None:
    r = http.get("/v1/chat/completions", headers={"x-request-id": "trace-405-abcdef"})
    assert r.status_code == 405
    assert r.headers["x-request-id"] == "trace-405-abcdef"
    assert openai_error(r)["code"] == "method-not-allowed"
    assert http.post("/healthz").status_code == 405
    assert http.get("/").status_code == 404


def test_ops_refusals_answer_in_openai_shape_with_a_request_id(http: httpx.Client) -> None:
    r = http.get("/v1/models", headers={"Authorization": "Bearer sk-not-a-key", "x-request-id": "trace-401-abcdef"})
    assert r.status_code == 401
    assert r.headers["x-request-id"] == "trace-401-abcdef"
    assert openai_error(r)["code"] == "invalid-api-key"
