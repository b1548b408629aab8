"""Issue 3 evasion gaps: digit look-alikes, base64 of base64, HTTP Basic credentials, landlines split over a
line break, internationalised e-mail addresses. Each value is found over exactly what the user wrote, and the
look-alike forms that are ordinary text stay unflagged."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

import detectors

GUANQIA = str(Path(sys.executable).parent / "guanqia")
KEY = "sk-proj-Qm7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0Ae"
ID_CARD = "11010519491231002X"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


def _b64(s: str, layers: int = 1) -> str:
    for _ in range(layers):
        s = base64.b64encode(s.encode()).decode()
    return s


# -- 1. digit look-alikes inside numbers -------------------------------------------------------------------

@pytest.mark.parametrize("written, entity_type", [
    ("138OO138000", "CN_PHONE"),                      # Latin capital O for 0
    ("138oo138000", "CN_PHONE"),                      # lower-case o
    ("138\u041e\u041e138000", "CN_PHONE"),            # Cyrillic О
    ("138\u039f\u039f138000", "CN_PHONE"),            # Greek Ο
    ("13800l38000", "CN_PHONE"),                      # l for 1
    ("13800I38000", "CN_PHONE"),                      # I for 1
    ("13800|38000", "CN_PHONE"),                      # | for 1
    ("138 OO13 8000", "CN_PHONE"),                    # grouped
    ("l3800138000", "CN_PHONE"),                      # the leading 1 as l: a phone's exact length
    ("l38 0013 8000", "CN_PHONE"),
    ("O10-8765 4321", "CN_LANDLINE"),                 # an area code's 0 as O
    ("187l862l\u041e58", "CN_PHONE"),                 # digits broken into pieces shorter than four
    ("l974206031l", "CN_PHONE"),
    ("+86 138-OO13-8000", "CN_PHONE"),
    ("11O1O519491231OO2X", "CN_ID_CARD"),
    ("6222 O212 3456 7894", "BANK_CARD"),
    ("010-8765 432l", "CN_LANDLINE"),
])
def test_letters_that_look_like_digits_inside_a_number(written: str, entity_type: str) -> None:
    text = f"请帮我记一下：{written}，谢谢"
    assert _found(text) == [(entity_type, written)]


@pytest.mark.parametrize("text", [
    "ISO9001 and ISO14001 certified; part no. SO1380013800",
    "Hello13800l38000 is one identifier in code",                  # glued to a word: a name, not a number
    "the loop ran 1O1O1O1O1O1O times",                              # more letters than a number has
    "buffer_pool2 size 1000000l; long x = 1380013800l;",            # C long literals
    "the path /opt/l1380013800O/bin is a directory",
])
def test_look_alike_letters_in_words_and_codes_are_not_numbers(text: str) -> None:
    assert [t for t, _v in _found(text) if t in ("CN_PHONE", "CN_ID_CARD", "BANK_CARD", "CN_LANDLINE")] == []


@pytest.mark.parametrize("written", ["O239457608", "I132741319"])
def test_an_id_whose_letter_prefix_looks_like_a_digit_keeps_it(written: str) -> None:
    text = f"台湾客户身份证字号 {written}，手机 13800138000 {written}"
    assert _found(text) == [("TW_ID", written), ("CN_PHONE", "13800138000"), ("TW_ID", written)]


def test_a_markdown_table_of_phones_keeps_its_cells() -> None:
    text = "|13800138000|13900139000|\n| I | 13700137000 |\n|I36OO136000|VIP|"
    assert _found(text) == [("CN_PHONE", v) for v in ("13800138000", "13900139000", "13700137000", "I36OO136000")]


def test_a_word_before_the_number_stays_outside_the_span() -> None:
    text = "Call 138 OO13 8000 or No. 139OO139000"
    assert _found(text) == [("CN_PHONE", "138 OO13 8000"), ("CN_PHONE", "139OO139000")]


# -- 2. base64 of base64 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("secret, entity_type", [
    (f"OPENAI_API_KEY={KEY}", "API_KEY"),
    (f"身份证 {ID_CARD}", "CN_ID_CARD"),
    ("客户手机 13812345678，请回电", "CN_PHONE"),
])
@pytest.mark.parametrize("layers", [2, 3])
def test_a_secret_encoded_twice_is_found_over_the_outer_blob(secret: str, entity_type: str, layers: int) -> None:
    blob = _b64(secret, layers)
    text = f"解码这个: {blob} 谢谢"
    found = detectors.scan(text)
    assert [(f.type, text[f.start:f.end]) for f in found] == [(entity_type, blob)]
    assert found[0].detector.startswith("base64:")


def test_a_blob_inside_decoded_text_is_decoded_too() -> None:
    inner = _b64(f"DEEPSEEK_API_KEY={KEY}")
    blob = _b64(f'{{"name": "deploy", "env": "{inner}"}}')
    text = f"config: {blob}"
    assert _found(text) == [("API_KEY", blob)]


def test_decoding_stops_after_three_layers() -> None:
    blob = _b64(f"OPENAI_API_KEY={KEY}", 4)
    assert _found(f"blob {blob}") == []


def test_base64_of_harmless_base64_is_not_a_finding() -> None:
    blob = _b64("Hello team, the quarterly report is attached. Regards.", 2)
    assert _found(f"blob {blob}") == []


# -- 3. HTTP Basic credentials -----------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Authorization: Basic {t}",
    "authorization: basic {t}",
    "Proxy-Authorization: Basic {t}",
    "curl -H 'Authorization: Basic {t}' https://api.example.com/v1",
    '{{"headers": {{"Authorization": "Basic {t}"}}}}',
])
def test_http_basic_credentials_are_a_password(header: str) -> None:
    token = _b64("zhangwei:Tr0ub4dor&3")
    text = header.format(t=token)
    found = detectors.scan(text)
    assert [(f.type, text[f.start:f.end]) for f in found if f.type != "SOURCE_CODE"] == [("PASSWORD", token)]


def test_short_basic_credentials_are_found_too() -> None:
    token = _b64("ops:Pa55wd!")
    assert len(token) < 24  # below the base64 blob pass's minimum run
    assert _found(f"Authorization: Basic {token}") == [("PASSWORD", token)]


def test_an_api_key_sent_as_basic_user_is_an_api_key() -> None:
    token = _b64("sk_live_4eC39HqLyjWDarjtT1zdp7dcQk9Wz8:")  # Stripe's style: the key as user, no password
    assert _found(f"Authorization: Basic {token}") == [("API_KEY", token)]


@pytest.mark.parametrize("text", [
    "Authorization: Basic <base64(user:password)>",
    "Authorization: Basic $BASIC_AUTH",
    "Authorization: Basic " + _b64("user:password"),                   # the documentation placeholder
    "Authorization: Basic " + _b64("admin:changeme"),
    "Authorization: Basic " + _b64("just-a-user-no-colon"),
    "Authorization: Basic " + base64.b64encode(bytes(range(200, 218))).decode(),   # binary, not user:pass
    "Basic income is a policy; basic auth needs TLS. Basic training starts Monday.",
])
def test_basic_auth_placeholders_and_prose_are_not_findings(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("password", ["Tr0ub4dor3", "*y-prgB-81E", "Dp5_&D7M5kZc"])
def test_password_in_a_url_userinfo_is_found(password: str) -> None:
    text = f"curl https://zhangwei:{password}@api.example.com/v1/items"
    assert _found(text) == [("PASSWORD", password)]


def test_an_address_in_a_url_query_is_still_an_email() -> None:
    assert _found("http://example.com?to=zhang.wei@example.com") == [("EMAIL", "zhang.wei@example.com")]


# -- 4. landline split over a line break -------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "010-\n8765 4321",
    "010-\n87654321",
    "(0755)\n2345 6789",
    "（021）\n6543-2100",
    "0571-\r\n8765432",
    "010-8765\n4321",
])
def test_landline_broken_over_two_lines(written: str) -> None:
    text = f"请拨打办公室座机 {written} 联系"
    assert _found(text) == [("CN_LANDLINE", written)]


def test_area_code_alone_on_a_line_needs_a_phone_word() -> None:
    assert _found("联系电话\n0571\n83456789") == [("CN_LANDLINE", "0571\n83456789")]
    assert _found("批次\n0571\n83456789\n0572\n93456781") == []


def test_only_one_line_break_joins_a_landline() -> None:
    assert _found("座机分组：\n0755-\n2345\n6789\n0571-\n8888\n1234") == []


# -- 5. internationalised e-mail addresses ----------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "张伟@例子.公司",
    "zhang.wei@例子.中国",
    "欧阳娜娜@示例.网络",
    "zhang.wei@xn--fsqu00a.xn--fiqs8s",
    "zhang.wei@xn--fsqu00a.cn",
    "李雷@example.com",
    "用户.二@例子.com",
])
def test_internationalised_email_addresses(written: str) -> None:
    text = f"请发邮件至{written}，谢谢"
    assert _found(text) == [("EMAIL", written)]


def test_local_parts_in_other_alphabets() -> None:
    text = "写信给josé.garcía@correo.es或müller@beispiel.de"
    assert _found(text) == [("EMAIL", "josé.garcía@correo.es"), ("EMAIL", "müller@beispiel.de")]


def test_ascii_address_after_chinese_prose_keeps_its_span() -> None:
    assert _found("请发到zhang@example.com谢谢") == [("EMAIL", "zhang@example.com")]


@pytest.mark.parametrize("text", [
    "转发@人民日报：今天天气很好",
    "回复@张三.会议改到下午三点",
    "价格@5.99元，数量@100件",
    "@所有人 明天开会.谢谢",
])
def test_mentions_and_prices_are_not_email_addresses(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "EMAIL"] == []


# -- through the CLI ---------------------------------------------------------------------------------------

def test_cli_finds_every_gap_with_original_offsets() -> None:
    token = _b64("zhangwei:Tr0ub4dor&3")
    blob = _b64(f"OPENAI_API_KEY={KEY}", 2)
    text = (f"手机 138OO138000\n座机 010-\n8765 4321\n邮箱 张伟@例子.公司\n"
            f"Authorization: Basic {token}\nblob {blob}\n")
    res = subprocess.run([GUANQIA, "scan", "--show-values"], input=text.encode(), capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr
    got = [(f["type"], text[f["start"]:f["end"]]) for f in json.loads(res.stdout)]
    assert got == [("CN_PHONE", "138OO138000"), ("CN_LANDLINE", "010-\n8765 4321"), ("EMAIL", "张伟@例子.公司"),
                   ("PASSWORD", token), ("API_KEY", blob)]


# -- fingerprints: the disguised value and the plain one are the same value --------------------------------

def test_disguised_values_fingerprint_like_the_plain_ones() -> None:
    assert detectors.canonical_value("CN_PHONE", "138OO138000") == "13800138000"
    assert detectors.canonical_value("CN_LANDLINE", "010-\n8765 4321") == detectors.canonical_value(
        "CN_LANDLINE", "010-87654321")
    blob = _b64(f"OPENAI_API_KEY={KEY}", 2)
    assert detectors.canonical_value("API_KEY", blob) == detectors.canonical_value("API_KEY", KEY)


# -- spaced-out cloud key ids with few digits ------------------------------------------------------------------

@pytest.mark.parametrize(("key", "after"), [
    ("AKIAZXCVBNMLKJHGFDS7", " please rotate it"),  # one digit, at the very end
    ("ASIA3QWERTYPLKMNBVCX", ""),
    ("LTAI5tWqErTyUiOpAsDf", " 用完就删"),
])
def test_spaced_key_id_with_few_digits(key: str, after: str) -> None:
    spaced = " ".join(key)
    assert _found(f"the key is {spaced}{after}") == [("API_KEY", spaced)]


@pytest.mark.parametrize("text", [
    "A K I A B C D E F G H I J K L M N O P Q R S T U V W X Y Z: the alphabet after AKIA",
    "L T A I 1 2 is a row label",
])
def test_spaced_letters_after_a_key_prefix_are_no_key(text: str) -> None:
    assert [k for k, _v in _found(text) if k == "API_KEY"] == []
