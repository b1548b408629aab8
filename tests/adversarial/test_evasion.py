"""Redaction evasion: the same value written so a naive regex misses it. Each case goes through the proxy
to a US vendor under the default policy, and the test checks what the vendor received."""

from __future__ import annotations

import base64
import json
import urllib.parse
from typing import Any

import pytest

from tests.adversarial.support import luhn, post, records, treatment
from tests.support.proxy_thread import ProxyThread

PHONE = "13812345678"
DIGITS = "0123456789"
FULLWIDTH = str.maketrans(DIGITS, "０１２３４５６７８９")
CN_NUMERALS = str.maketrans(DIGITS, "〇一二三四五六七八九")
API_KEY = "sk-proj-Qm7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0Ae"
ID_CARD = "11010519491231002X"


def sent_to_vendor(gq: ProxyThread, content: Any, model: str = "fake-us") -> str:
    r = post(gq, "/v1/chat/completions", {"model": model, "messages": [{"role": "user", "content": content}]})
    assert r.status_code == 200, r.text
    return json.dumps(gq.vendor.seen[-1].body["messages"], ensure_ascii=False)


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


SPELLINGS = {
    "full-width": PHONE.translate(FULLWIDTH),
    "zero-width-space": "138\u200b1234\u200b5678",
    "zero-width-joiner": "1\u200d3\u200d8\u200d1\u200d2\u200d3\u200d4\u200d5\u200d6\u200d7\u200d8",
    "word-joiner-and-bom": "138\u20601234\ufeff5678",
    "spaced": "138 1234 5678",
    "dashed": "138-1234-5678",
    "country-code": "+86 138 1234 5678",
    "chinese-numerals": PHONE.translate(CN_NUMERALS),
    "yao-for-one": PHONE.translate(CN_NUMERALS).replace("一", "幺"),
    "percent-encoded": urllib.parse.quote(f"phone={PHONE}"),
    "fully-percent-encoded": "".join(f"%{ord(c):02X}" for c in PHONE),
    "literal-u-escapes": "".join(f"\\u{ord(c):04x}" for c in PHONE),
}


@pytest.mark.parametrize("name", sorted(SPELLINGS))
def test_phone_spellings_are_redacted(gq: ProxyThread, name: str) -> None:
    spelled = SPELLINGS[name]
    sent = sent_to_vendor(gq, f"请回电 {spelled} 谢谢")
    assert spelled not in sent and "[CN_PHONE_1]" in sent, sent


def test_dotted_phone_is_redacted(gq: ProxyThread) -> None:
    sent = sent_to_vendor(gq, "请回电 138.1234.5678 谢谢")
    assert "138.1234.5678" not in sent


def test_u_escapes_inside_tool_arguments_are_decoded_and_redacted(gq: ProxyThread) -> None:
    plain = json.dumps({"phone": PHONE, "card": luhn("621226220100123456")})
    arguments = "".join(f"\\u{ord(c):04x}" if c.isdigit() else c for c in plain)   # valid JSON, digits escaped
    assert PHONE not in arguments
    assert json.loads(arguments)["phone"] == PHONE
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": "查"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
                                                               "function": {"name": "f", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"}]})
    assert r.status_code == 200
    args = json.loads(gq.vendor.seen[-1].body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert PHONE not in json.dumps(args) and args["phone"] == "[CN_PHONE_1]"
    assert args["card"].startswith("[BANK_CARD_")


@pytest.mark.parametrize("first, second", [("请回电 1381234", "5678 谢谢"), ("请回电 13812", "345678"),
                                           ("138", "1234")])
def test_phone_glued_across_two_messages_is_redacted(gq: ProxyThread, first: str, second: str) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": first}, {"role": "user", "content": second + ("5678" if second == "1234" else "")}]})
    assert r.status_code == 200
    assert PHONE not in digits_only(json.dumps(gq.vendor.seen[-1].body["messages"]))


def test_phone_split_across_two_content_parts_is_redacted(gq: ProxyThread) -> None:
    sent = sent_to_vendor(gq, [{"type": "text", "text": "请回电 138 1234"}, {"type": "text", "text": "5678 谢谢"}])
    assert PHONE not in digits_only(sent)


def test_phone_split_across_two_messages_is_redacted(gq: ProxyThread) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": "我的手机是 138 1234"}, {"role": "user", "content": "5678，记下来"}]})
    assert r.status_code == 200
    assert PHONE not in digits_only(json.dumps(gq.vendor.seen[-1].body["messages"]))


def test_id_card_split_across_two_messages_is_caught(gq: ProxyThread) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": f"身份证 {ID_CARD[:12]}"}, {"role": "user", "content": f"{ID_CARD[12:]} 号"}]})
    assert r.status_code == 200
    sent = [m["content"] for m in gq.vendor.seen[-1].body["messages"]]
    assert sent == ["身份证 [CN_ID_CARD_1]", " 号"]


# -- homoglyphs ----------------------------------------------------------------------------------------

def test_email_with_a_cyrillic_homoglyph_is_redacted_whole(gq: ProxyThread) -> None:
    email = "zh\u0430ng.wei@corp-example.cn"       # Cyrillic а
    sent = sent_to_vendor(gq, f"邮件 {email}")
    assert "[EMAIL_1]" in sent and "zh\u0430" not in sent and "ng.wei" not in sent


def test_api_key_with_a_greek_homoglyph_is_redacted(gq: ProxyThread) -> None:
    key = API_KEY.replace("Q", "\u0391", 1).replace("A", "\u0391")   # Greek Α for Latin A
    sent = sent_to_vendor(gq, f"OPENAI_API_KEY={key}", model="fake-cn")
    assert key[12:] not in sent


def test_plain_api_key_is_redacted_even_in_china(gq: ProxyThread) -> None:
    sent = sent_to_vendor(gq, f"OPENAI_API_KEY={API_KEY}", model="fake-cn")
    assert API_KEY not in sent and API_KEY[8:] not in sent


# -- encoded blobs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("secret", [f"OPENAI_API_KEY={API_KEY}", f"身份证 {ID_CARD}"])
def test_base64_blob_holding_a_key_or_id_does_not_leave_intact(gq: ProxyThread, secret: str) -> None:
    blob = base64.b64encode(secret.encode()).decode()
    r = post(gq, "/v1/chat/completions", {"model": "fake-us",
                                          "messages": [{"role": "user", "content": f"解码这个: {blob}"}]})
    assert r.status_code in (200, 403)
    assert r.status_code == 403 or blob not in json.dumps(gq.vendor.seen[-1].body)


def test_base64_blob_is_audited_as_what_it_holds(gq: ProxyThread) -> None:
    """A blob holding a key is audited as the key it holds (H8 closed: it used to be forwarded with no
    finding), and the key does not leave, even to a mainland vendor."""
    blob = base64.b64encode(f"OPENAI_API_KEY={API_KEY}".encode()).decode()
    r = post(gq, "/v1/chat/completions", {"model": "fake-cn", "messages": [{"role": "user", "content": blob}]})
    assert r.status_code in (200, 403)
    found = treatment(records(gq)[r.headers["x-request-id"]])
    assert [(t, n) for t, n, _action in found] == [("API_KEY", 1)] and found[0][2] != "allow"
    assert r.status_code == 403 or blob not in json.dumps(gq.vendor.seen[-1].body)


# -- issue 3 gaps: look-alike digits, base64 of base64, Basic credentials, split landlines, IDN e-mail ------

def test_phone_with_letter_o_for_zero_is_redacted(gq: ProxyThread) -> None:
    spelled = "138OO138000"
    sent = sent_to_vendor(gq, f"手机 {spelled}，尽快联系")
    assert spelled not in sent and "[CN_PHONE_1]" in sent, sent


def test_key_encoded_twice_does_not_leave(gq: ProxyThread) -> None:
    blob = base64.b64encode(base64.b64encode(f"OPENAI_API_KEY={API_KEY}".encode())).decode()
    r = post(gq, "/v1/chat/completions", {"model": "fake-cn", "messages": [{"role": "user", "content": blob}]})
    assert r.status_code in (200, 403)
    found = treatment(records(gq)[r.headers["x-request-id"]])
    assert [(t, n) for t, n, _action in found] == [("API_KEY", 1)] and found[0][2] != "allow"
    assert r.status_code == 403 or blob not in json.dumps(gq.vendor.seen[-1].body)


def test_basic_credentials_in_a_pasted_request_do_not_leave(gq: ProxyThread) -> None:
    token = base64.b64encode(b"zhangwei:Tr0ub4dor&3").decode()
    r = post(gq, "/v1/chat/completions", {"model": "fake-cn", "messages": [
        {"role": "user", "content": f"curl -H 'Authorization: Basic {token}' https://api.example.com/v1 为什么 401"}]})
    assert r.status_code in (200, 403)
    found = treatment(records(gq)[r.headers["x-request-id"]])
    assert ("PASSWORD", 1) in [(t, n) for t, n, _action in found]
    assert r.status_code == 403 or token not in json.dumps(gq.vendor.seen[-1].body)


def test_landline_split_across_two_messages_is_redacted(gq: ProxyThread) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": "我的座机是 010-"}, {"role": "user", "content": "8765 4321，工作日都在"}]})
    assert r.status_code == 200
    assert "87654321" not in digits_only(json.dumps(gq.vendor.seen[-1].body["messages"]))


def test_email_with_a_chinese_domain_is_redacted(gq: ProxyThread) -> None:
    sent = sent_to_vendor(gq, "请发邮件至张伟@例子.公司，谢谢")
    assert "例子.公司" not in sent and "[EMAIL_1]" in sent, sent
