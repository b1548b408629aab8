"""A bounded fuzz of the HTTP layer (hypothesis): random and near-valid JSON bodies, random headers, to every
endpoint of one running proxy. Invariants, whatever is sent:

- never a 5xx, except the fail-closed `inspection-failed` refusal;
- every error is in the caller's protocol shape (OpenAI or Anthropic) with a request id;
- nothing reaches a vendor without going through inspection: every vendor request carries the request id of
  an audited exchange, and a phone number placed in any message text, content-part attribute or vendor-extra
  field never reaches a US vendor (default policy: personal data abroad redacted), nor comes back in an echo.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.adversarial.support import records
from tests.support.proxy_thread import AUDITOR_KEY, CLIENT_KEY, ProxyThread

PHONE = "13812345678"
ANTHROPIC_PATHS = ("/v1/messages", "/v1/messages/count_tokens")
PATHS = ("/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/embeddings", *ANTHROPIC_PATHS)
MODELS_BY_PATH = {   # models whose vendor serves the path, so forwarded bodies can be checked
    "/v1/chat/completions": ("fake-us", "fake-us", "fake-cn", "echo-us", "echo-cn"),
    "/v1/embeddings": ("fake-us", "fake-us", "fake-cn", "echo-us", "echo-cn"),
    "/v1/completions": ("echo-us", "echo-us", "echo-cn"),
    "/v1/responses": ("echo-us", "echo-us", "echo-cn"),
    "/v1/messages": ("claude-x", "claude-x", "echo-us", "echo-cn"),
    "/v1/messages/count_tokens": ("echo-us", "echo-cn"),
}
ODD_MODELS = ("no-such-model", "", "fake-us ", "*", "../fake-us", "claude-x", "fake-us")
US_VENDOR_MODELS = ("fake-us", "claude-x")


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyThread]:
    gq = ProxyThread(tmp_path_factory.mktemp("fuzz")).start()
    try:
        yield gq
    finally:
        gq.stop()


no_digits = st.text(alphabet=st.characters(blacklist_categories=("Nd", "No", "Nl", "Cs")), max_size=12)
junk_json = st.recursive(st.none() | st.booleans() | st.integers(-5, 5) | no_digits,
                         lambda inner: st.lists(inner, max_size=3) | st.dictionaries(no_digits, inner, max_size=3),
                         max_leaves=8)
text_with_phone = st.builds(lambda a, b, with_phone: f"{a}{' ' + PHONE + ' ' if with_phone else ''}{b}",
                            no_digits, no_digits, st.booleans())
part = st.one_of(
    st.builds(lambda t: {"type": "text", "text": t}, text_with_phone),
    st.builds(lambda t, n: {"type": "text", "text": t, "x_note": n}, text_with_phone, text_with_phone),
    st.builds(lambda t, k: {"type": k, "text": t}, text_with_phone, st.sampled_from(["input_text", "output_text"])),
    st.builds(lambda j: {"type": "image_url", "image_url": {"url": "https://img.example/a.png"}, "x": j}, junk_json),
    junk_json,
)
content = st.one_of(text_with_phone, text_with_phone, text_with_phone, st.lists(part, max_size=3), junk_json)
message = st.fixed_dictionaries(
    {"role": st.sampled_from(["user"] * 8 + ["system", "assistant", "developer", "tool"]) | st.just("bogus"),
     "content": content})
messages = st.lists(message, min_size=1, max_size=3)
TEXT_FIELD = {
    "/v1/chat/completions": ("messages", messages),
    "/v1/messages": ("messages", messages),
    "/v1/messages/count_tokens": ("messages", messages),
    "/v1/completions": ("prompt", text_with_phone | st.lists(text_with_phone, min_size=1, max_size=3)),
    "/v1/responses": ("input", text_with_phone | messages),
    "/v1/embeddings": ("input", text_with_phone | st.lists(text_with_phone, min_size=1, max_size=3)),
}


def near_valid(path: str) -> st.SearchStrategy[Any]:
    """The endpoint's own text field (phones inside), plus randomly chosen known options."""
    field, texts = TEXT_FIELD[path]
    models = MODELS_BY_PATH[path] * 4 + ODD_MODELS
    required: dict[str, st.SearchStrategy[Any]] = {"model": st.sampled_from(models), field: texts}
    if path == "/v1/messages":
        required["max_tokens"] = st.integers(1, 50)
    return st.fixed_dictionaries(
        required, optional={"stream": st.sampled_from([True, False] * 4 + ["yes"]), "temperature": junk_json,
                            "x_extra_flag": junk_json,
                            "x_vendor_extra": text_with_phone | st.dictionaries(no_digits, text_with_phone, max_size=2)
                            | st.lists(text_with_phone, max_size=2)})


def body_for(path: str) -> st.SearchStrategy[Any]:
    valid = near_valid(path)
    return st.one_of(*[valid] * 8, junk_json, valid.map(lambda b: {k: v for k, v in b.items() if k != "model"}))


# Repeats weight the draw towards requests that get past the front door.
CONTENT_TYPES = ("application/json",) * 6 + ("application/json; charset=utf-8", "text/plain", "",
                                              "multipart/form-data", "APPLICATION/JSON")
ENCODINGS = ("",) * 8 + ("identity", "gzip", "gzip", "br", "x-unknown", "gzip, gzip")
AUTHS = (("Authorization", f"Bearer {CLIENT_KEY}"),) * 6 + (
    ("x-api-key", CLIENT_KEY), ("Authorization", "Bearer nope"), ("Authorization", f"Bearer {AUDITOR_KEY}"), ("", ""))


def error_shape(path: str, r: httpx.Response) -> None:
    assert r.headers.get("x-request-id"), "every answer names its request id"
    assert r.headers["content-type"].startswith("application/json"), r.headers["content-type"]
    data = r.json()
    if path in ANTHROPIC_PATHS:
        assert data["type"] == "error" and isinstance(data["error"]["message"], str), data
    else:
        assert isinstance(data["error"]["message"], str) and data["error"]["message"], data


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), data=st.data(), raw=st.sampled_from([False] * 9 + [True]),
       ctype=st.sampled_from(CONTENT_TYPES), encoding=st.sampled_from(ENCODINGS), auth=st.sampled_from(AUTHS),
       garbage=st.binary(max_size=40))
def test_http_layer_invariants(proxy: ProxyThread, path: str, data: st.DataObject, raw: bool, ctype: str,
                               encoding: str, auth: tuple[str, str], garbage: bytes) -> None:
    payload = data.draw(body_for(path), label="body")
    sent = garbage if raw else json.dumps(payload, ensure_ascii=False).encode()
    if encoding.startswith("gzip") and not raw:
        sent = gzip.compress(sent)
    headers = {"anthropic-version": "2023-06-01"}
    if ctype:
        headers["content-type"] = ctype
    if encoding:
        headers["content-encoding"] = encoding
    if auth[0]:
        headers[auth[0]] = auth[1]
    before = len(proxy.vendor.seen)
    r = httpx.post(f"{proxy.url}{path}", content=sent, headers=headers, timeout=30)
    r.read()
    event(f"status {r.status_code}")
    if r.status_code >= 500:
        error_shape(path, r)
        code = r.json()["error"].get("code") if path not in ANTHROPIC_PATHS else None
        assert code == "inspection-failed" or (code is None and "inspect" in r.json()["error"]["message"]), r.text
    elif r.status_code >= 400:
        error_shape(path, r)
    new = proxy.vendor.seen[before:]
    event(f"forwarded {bool(new)}")
    for seen in new:
        assert seen.headers["x-request-id"] == r.headers["x-request-id"], "a vendor call outside this exchange"
        if seen.body.get("model") in US_VENDOR_MODELS or seen.path == "/v1/messages":
            assert PHONE not in json.dumps(seen.body, ensure_ascii=False), "a phone reached a US vendor"
    if new or r.status_code == 200:
        assert r.headers["x-request-id"] in records(proxy), "forwarded or answered without an audit record"
    if r.status_code == 200 and isinstance(payload, dict) and payload.get("model") == "echo-us":
        assert PHONE not in r.text, "the echo shows a phone left for the US unredacted"
