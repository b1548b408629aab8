"""Attacks on the HTTP layer: request smuggling and oversized headers on a raw socket, SSRF through model
names and Host headers, and attempts to reach the audit and scan APIs without the right role."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxy.config import EMBEDDED_DEFAULT
from tests.support.raw_vendor import Raw, RawVendor, ok_json
from tests.support.proxy_thread import AUDITOR_KEY, CLIENT_KEY, SECURITY_KEY, ProxyThread

PHONE = "13812345678"
BODY = json.dumps({"model": "fake-us", "messages": [{"role": "user", "content": f"请回电 {PHONE}"}]}).encode()
HEAD = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: guanqia\r\nAuthorization: Bearer {CLIENT_KEY}\r\n"
        "Content-Type: application/json\r\n")


def chunked(body: bytes) -> bytes:
    return f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"


def send_raw(gq: ProxyThread, data: bytes) -> bytes:
    host, port = gq.url.removeprefix("http://").split(":")
    out = b""
    with socket.create_connection((host, int(port)), timeout=3) as sock:
        sock.sendall(data)
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except TimeoutError:
            pass    # a keep-alive connection the server left open: everything it had to say was said
    return out


def statuses(raw: bytes) -> list[int]:
    """Status codes of every response on the connection (a body need not end with a newline)."""
    return [int(code) for code in re.findall(rb"HTTP/1\.[01] (\d{3}) ", raw)]


# -- smuggling and oversized headers -------------------------------------------------------------------

SMUGGLING = {
    "content-length-and-chunked": (HEAD + f"Content-Length: {len(BODY)}\r\nTransfer-Encoding: chunked\r\n\r\n")
    .encode() + chunked(BODY),
    "two-different-content-lengths": (HEAD + f"Content-Length: {len(BODY)}\r\nContent-Length: 5\r\n\r\n").encode()
    + BODY,
    "obfuscated-transfer-encoding": (HEAD + "Transfer-Encoding: xchunked\r\n\r\n").encode() + chunked(BODY),
    "chunked-then-identity": (HEAD + "Transfer-Encoding: chunked, identity\r\n\r\n").encode() + chunked(BODY),
    "space-before-colon": (HEAD + "Transfer-Encoding : chunked\r\n\r\n").encode() + chunked(BODY),
    "negative-content-length": (HEAD + "Content-Length: -1\r\n\r\n").encode() + BODY,
    "signed-content-length": (HEAD + f"Content-Length: +{len(BODY)}\r\n\r\n").encode() + BODY,
    "obsolete-line-folding": (HEAD + f"X-Fold: a\r\n b\r\nContent-Length: {len(BODY)}\r\n\r\n").encode() + BODY,
    "bare-lf-line-endings": (HEAD.replace("\r\n", "\n") + f"Content-Length: {len(BODY)}\n\n").encode() + BODY,
    "cl-te-with-smuggled-second-request": (HEAD + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n")
    .encode() + b"0\r\n\r\n" + (HEAD + f"Content-Length: {len(BODY)}\r\n\r\n").encode() + BODY,
}


@pytest.mark.parametrize("name", sorted(SMUGGLING))
def test_ambiguous_framing_is_400_and_nothing_is_forwarded(gq: ProxyThread, name: str) -> None:
    out = send_raw(gq, SMUGGLING[name])
    assert statuses(out)[:1] == [400], out[:200]
    assert 200 not in statuses(out)
    assert gq.vendor.seen == []


@pytest.mark.parametrize("headers", [
    "X-Big: " + "a" * 20_000 + "\r\n",
    "".join(f"X-H{i}: v\r\n" for i in range(300)),
    f"Authorization-Padding: {'b' * 17_000}\r\n",   # over the default limits.max_header_bytes (16 KiB) too
])
def test_oversized_headers_are_refused_and_nothing_is_forwarded(gq: ProxyThread, headers: str) -> None:
    out = send_raw(gq, (HEAD + headers + f"Content-Length: {len(BODY)}\r\n\r\n").encode() + BODY)
    assert statuses(out)[:1] in ([400], [431]), out[:200]
    assert gq.vendor.seen == []


def test_pipelined_second_request_is_inspected_like_the_first(gq: ProxyThread) -> None:
    one = (HEAD + f"Content-Length: {len(BODY)}\r\n\r\n").encode() + BODY
    out = send_raw(gq, one + one.replace(b"Host: guanqia", b"Host: guanqia\r\nConnection: close"))
    assert statuses(out) == [200, 200]
    assert len(gq.vendor.seen) == 2
    for seen in gq.vendor.seen:
        assert seen.body["messages"][0]["content"] == "请回电 [CN_PHONE_1]"


# -- SSRF --------------------------------------------------------------------------------------------------

@pytest.fixture
def azure(tmp_path: Path, raw: RawVendor) -> Iterator[ProxyThread]:
    """An Azure OpenAI vendor (deployment in the URL path) behind a glob route, plus a catch-all echo."""
    vendors: dict[str, Any] = {**EMBEDDED_DEFAULT["vendors"], "azure-eu": {
        "protocol": "azure-openai", "base_url": f"{raw.url}/openai", "api_version": "2024-10-21",
        "region": "cn-mainland", "jurisdiction": "CN", "timeouts": {"connect": 2, "first_byte": 2, "total": 5}}}
    routes = [{"model": "gpt-*", "to": ["azure-eu"]}, {"model": "*", "to": ["echo-cn"]}]
    gq = ProxyThread(tmp_path, vendors=vendors, routes=routes).start()
    try:
        yield gq
    finally:
        gq.stop()


COMPLETION = json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
    {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}]}).encode()


def request_line_and_host(raw_request: bytes) -> tuple[str, str]:
    lines = raw_request.split(b"\r\n")
    host = next(line for line in lines if line.lower().startswith(b"host:"))
    return lines[0].decode("latin-1"), host.split(b":", 1)[1].strip().decode()


def test_azure_deployment_url_is_built_from_the_model_name(azure: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([ok_json(COMPLETION)]))
    r = httpx.post(f"{azure.url}/v1/chat/completions", headers={"Authorization": f"Bearer {CLIENT_KEY}"},
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}, timeout=10)
    assert r.status_code == 200
    line, host = request_line_and_host(raw.requests[-1])
    assert line == "POST /openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21 HTTP/1.1"
    assert host == f"127.0.0.1:{raw.port}"


@pytest.mark.parametrize("model", ["gpt-../../../admin", "gpt-x/../../../../etc/passwd", "gpt-x?api-version=evil&x=",
                                   "gpt-x#frag"])
def test_model_names_cannot_walk_the_azure_url(azure: ProxyThread, raw: RawVendor, model: str) -> None:
    raw.scripts.append(Raw([ok_json(COMPLETION)]))
    r = httpx.post(f"{azure.url}/v1/chat/completions", headers={"Authorization": f"Bearer {CLIENT_KEY}"},
                   json={"model": model, "messages": [{"role": "user", "content": "hi"}]}, timeout=10)
    raw.scripts.clear()
    if raw.requests:
        line, _ = request_line_and_host(raw.requests[-1])
        path = line.split(" ")[1]
        assert path.startswith("/openai/deployments/") and path.endswith("/chat/completions?api-version=2024-10-21")
        assert "/../" not in path and path.count("?") == 1 and "#" not in path
    else:
        assert r.status_code in (400, 404)


@pytest.mark.parametrize("model", ["http://evil.example/v1", "//evil.example/x", "https://169.254.169.254/latest",
                                   "fake-cn@evil.example", "../../fake-cn"])
def test_url_like_model_names_never_reach_another_host(gq: ProxyThread, model: str) -> None:
    r = httpx.post(f"{gq.url}/v1/chat/completions", headers={"Authorization": f"Bearer {CLIENT_KEY}"},
                   json={"model": model, "messages": [{"role": "user", "content": "hi"}]}, timeout=10)
    assert r.status_code == 404 and r.json()["error"]["code"] == "model-not-found", r.text
    assert gq.vendor.seen == []


def test_host_and_forwarding_headers_do_not_steer_the_vendor_call(gq: ProxyThread) -> None:
    tricks = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https",
              "X-Original-URL": "http://evil.example/v1", "Forwarded": "host=evil.example",
              "X-Guanqia-Upstream": "http://evil.example"}
    body = {"model": "fake-cn", "base_url": "http://evil.example", "api_base": "http://evil.example",
            "messages": [{"role": "user", "content": "hi"}]}
    r = httpx.post(f"{gq.url}/v1/chat/completions", json=body, timeout=10,
                   headers={"Authorization": f"Bearer {CLIENT_KEY}", **tricks})
    assert r.status_code == 200
    seen = gq.vendor.seen[-1]
    assert seen.headers["Host"] == gq.vendor_url.removeprefix("http://")
    for name in tricks:
        if name != "Host":
            assert name not in seen.headers, f"{name} was forwarded"
    assert CLIENT_KEY not in str(dict(seen.headers))


# -- auth bypass on the audit and scan APIs ---------------------------------------------------------------

AUDIT = "/audit/records"
SCAN = "/v1/guanqia/scan"


def call(gq: ProxyThread, path: str, headers: list[tuple[str, str]] | None = None, query: str = "") -> httpx.Response:
    url = f"{gq.url}{path}{query}"
    if path == SCAN:
        return httpx.post(url, json={"text": f"电话 {PHONE}"}, headers=headers or [], timeout=10)
    return httpx.get(url, headers=headers or [], timeout=10)


def test_the_right_roles_get_in(gq: ProxyThread) -> None:
    assert call(gq, AUDIT, [("Authorization", f"Bearer {AUDITOR_KEY}")]).status_code == 200
    assert call(gq, SCAN, [("Authorization", f"Bearer {SECURITY_KEY}")]).status_code == 200
    assert call(gq, AUDIT, [("authorization", f"bearer {AUDITOR_KEY}")]).status_code == 200  # RFC 9110: no case


BYPASS: dict[str, tuple[str, list[tuple[str, str]], str]] = {
    "audit-no-key": (AUDIT, [], ""),
    "audit-client-key": (AUDIT, [("Authorization", f"Bearer {CLIENT_KEY}")], ""),
    "audit-security-key": (AUDIT, [("Authorization", f"Bearer {SECURITY_KEY}")], ""),
    "audit-key-in-query": (AUDIT, [], f"?api_key={AUDITOR_KEY}"),
    "audit-key-in-query-2": (AUDIT, [], f"?key={AUDITOR_KEY}&access_token={AUDITOR_KEY}"),
    "audit-basic-scheme": (AUDIT, [("Authorization", f"Basic {AUDITOR_KEY}")], ""),
    "audit-token-scheme": (AUDIT, [("Authorization", f"Token {AUDITOR_KEY}")], ""),
    "audit-no-scheme": (AUDIT, [("Authorization", AUDITOR_KEY)], ""),
    "audit-bearer-no-space": (AUDIT, [("Authorization", f"Bearer{AUDITOR_KEY}")], ""),
    "audit-key-with-suffix": (AUDIT, [("Authorization", f"Bearer {AUDITOR_KEY}x")], ""),
    "audit-key-prefix": (AUDIT, [("Authorization", f"Bearer {AUDITOR_KEY[:-1]}")], ""),
    "audit-key-upper": (AUDIT, [("Authorization", f"Bearer {AUDITOR_KEY.upper()}")], ""),
    "audit-client-then-auditor-xapikey": (AUDIT, [("Authorization", f"Bearer {CLIENT_KEY}"),
                                                  ("x-api-key", AUDITOR_KEY)], ""),
    "audit-bad-scheme-then-xapikey": (AUDIT, [("Authorization", "Basic Zm9vOmJhcg=="), ("x-api-key", AUDITOR_KEY)], ""),
    "audit-double-authorization": (AUDIT, [("Authorization", f"Bearer {CLIENT_KEY}"),
                                           ("Authorization", f"Bearer {AUDITOR_KEY}")], ""),
    "audit-cookie": (AUDIT, [("Cookie", f"api_key={AUDITOR_KEY}")], ""),
    "scan-no-key": (SCAN, [], ""),
    "scan-client-key": (SCAN, [("Authorization", f"Bearer {CLIENT_KEY}")], ""),
    "scan-auditor-key": (SCAN, [("x-api-key", AUDITOR_KEY)], ""),
    "scan-key-in-query": (SCAN, [], f"?api_key={SECURITY_KEY}"),
    "scan-double-authorization": (SCAN, [("Authorization", f"Bearer {CLIENT_KEY}"),
                                         ("Authorization", f"Bearer {SECURITY_KEY}")], ""),
}


@pytest.mark.parametrize("name", sorted(BYPASS))
def test_auth_bypass_attempts_are_refused(gq: ProxyThread, name: str) -> None:
    path, headers, query = BYPASS[name]
    r = call(gq, path, headers, query)
    assert r.status_code in (400, 401, 403), f"{name}: {r.status_code} {r.text[:200]}"
    assert "error" in r.json() and PHONE not in r.text and "records" not in r.json()
    for key in (AUDITOR_KEY, SECURITY_KEY, CLIENT_KEY):
        assert key not in r.text


@pytest.mark.parametrize("path", ["/audit/records/", "/AUDIT/records", "//audit/records", "/audit/./records",
                                  "/audit/%72ecords", "/audit/records;x", "/audit/records%00", "/v1/../audit/records"])
def test_path_tricks_do_not_reach_the_audit_api_unauthenticated(gq: ProxyThread, path: str) -> None:
    r = httpx.get(f"{gq.url}{path}", timeout=10)
    assert r.status_code in (400, 401, 403, 404), f"{path}: {r.status_code}"
    assert "records" not in r.text or r.status_code != 200


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"])
def test_other_methods_do_not_reach_the_audit_api(gq: ProxyThread, method: str) -> None:
    r = httpx.request(method, f"{gq.url}{AUDIT}", timeout=10)
    assert r.status_code in (401, 403, 405), f"{method}: {r.status_code}"
