"""Round 16j: values inside machine formats (blind-round16j), on values of their own (not the corpus's).

Each case names a text and the values the scan must report with their type, as written (escapes included);
the negatives must report nothing. The view is checked directly too: what an escape stands for, and where a
value's span ends when its escapes run on into the next value's.
"""

from __future__ import annotations

import json

import pytest

from detectors import scan
from detectors.normalize import normalize
from detectors.recognizers.base import header_cell
from detectors.recognizers.secrets.jwt import jose_header

ID = "31010419771004424X"
ID2 = "130102199507160010"
CARD = "6228485928613653960"
NAME = "邵文博"
ADDR = "江苏省南京市鼓楼区中山北路88号3栋1201室"


def _octal(s: str) -> str:
    return "".join(f"\\{b:03o}" for b in s.encode())


def _hexbytes(s: str) -> str:
    return "".join(f"\\x{b:02x}" for b in s.encode())


def _ascii(s: str) -> str:
    return json.dumps(s)[1:-1]


def _twice(s: str) -> str:
    return json.dumps(json.dumps(s)[1:-1])[1:-1]


POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # JSON escaped twice: a tool call's arguments dumped with ensure_ascii, then the body again
    ('{"arguments": "{\\"contact\\": \\"' + _twice(NAME) + '\\", \\"id\\": \\"' + ID + '\\"}"}',
     [("PERSON", _twice(NAME)), ("CN_ID_CARD", ID)]),
    ('{"arguments": "{\\"ship_to\\": \\"' + _twice(ADDR) + '\\"}"}', [("ADDRESS", _twice(ADDR))]),
    # an escaped zero-width space inside a phone (ensure_ascii keeps it as \u200b)
    ('{"mobile": "139\\u200b2207\\u200b4815"}', [("CN_PHONE", "139\\u200b2207\\u200b4815")]),
    ('{"mobile": "139\\u200d22074815"}', [("CN_PHONE", "139\\u200d22074815")]),
    # XML / HTML numeric character references
    ("<Contact><Name>" + "".join(f"&#x{ord(c):X};" for c in NAME) + "</Name></Contact>",
     [("PERSON", "".join(f"&#x{ord(c):X};" for c in NAME))]),
    ('<input name="addr" value="' + "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in ADDR) + '">',
     [("ADDRESS", "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in ADDR))]),
    ("<p>邮箱：wen.bo88&#64;example.cn</p>", [("EMAIL", "wen.bo88&#64;example.cn")]),
    # protobuf text format (octal UTF-8 bytes) and Python bytes repr (hex)
    ('owner {\n  name: "' + _octal(NAME) + '"\n  id_card: "' + ID2 + '"\n}',
     [("PERSON", _octal(NAME)), ("CN_ID_CARD", ID2)]),
    ('  line1: "' + _octal(ADDR[:9]) + "中山北路88号3栋1201室" + '"', [("ADDRESS", _octal(ADDR[:9]) + "中山北路88号3栋1201室")]),
    ("payload=b'" + _hexbytes("联系人" + NAME) + "'", [("PERSON", _hexbytes(NAME))]),
    # a spaced-out number right after an escape: the escape is a boundary, not glue
    ('{"content": "\\u8bf7\\u56de\\u7535\\uff1a1 5 8 2 2 0 7 4 8 1 5\\uff0c\\u8c22\\u8c22"}',
     [("CN_PHONE", "1 5 8 2 2 0 7 4 8 1 5")]),
    ("q=%E8%AF%B7%E5%9B%9E%E7%94%B5%EF%BC%9A1 5 8 2 2 0 7 4 8 1 5&x=1", [("CN_PHONE", "1 5 8 2 2 0 7 4 8 1 5")]),
    # percent runs: a value's span stops at its own last character
    ("GET /s?kw=%E9%82%B5%E6%96%87%E5%8D%9A%20025-84421907&p=2", [("PERSON", "%E9%82%B5%E6%96%87%E5%8D%9A"),
                                                              ("CN_LANDLINE", "025-84421907")]),
    # keys and values quoted with escaped quotes: JSON inside a JSON string
    ('{"arguments": "{\\"env\\": {\\"AWS_SECRET_ACCESS_KEY\\": \\"Zq8Lm2Xv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2X\\"}}"}',
     [("API_KEY", "Zq8Lm2Xv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2X")]),
    ('{"arguments": "{\\"host\\": \\"10.8.30.21\\", \\"password\\": \\"Kestrel_4471!\\"}"}',
     [("IP_ADDRESS", "10.8.30.21"), ("PASSWORD", "Kestrel_4471!")]),
    # a table's header gives its column's context further down than the context window
    ("姓名\t证件类型\t台胞证号码\t备注\n" + "\n".join(f"旅客{i}\t台胞证\t{n}\t无" for i, n in
                                              enumerate(["58120934", "60231877", "73392015"])),
     [("CN_HK_MACAO_PERMIT", "58120934"), ("CN_HK_MACAO_PERMIT", "60231877"), ("CN_HK_MACAO_PERMIT", "73392015")]),
    ("seq,passport_no,nationality,remark\n" + "\n".join(f"{i},{n},CHN,ok {'x' * 40}" for i, n in
                                                       enumerate(["E73920154", "G58120934", "EH6023187"])),
     [("CN_PASSPORT", "E73920154"), ("CN_PASSPORT", "G58120934"), ("CN_PASSPORT", "EH6023187")]),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE, ids=[str(i) for i in range(len(POSITIVE))])
def test_values_inside_payloads_are_found(text: str, want: list[tuple[str, str]]) -> None:
    got = {(f.type, text[f.start:f.end]) for f in scan(text)}
    for item in want:
        assert item in got, (item, sorted(got))


NEGATIVE: list[str] = [
    # a JWT's header alone is no key
    "token 在日志里被截断了，只剩：eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InJvdC0yMDI2In0",
    '{"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"}',
    # stand-in names of docs and test data
    '接口示例：\n{"name": "王五", "mobile": "<手机号>"}',
    "测试数据：姓名用赵六，手机号随便填",
    # escapes that are not text: lone continuation bytes, a byte run that is no UTF-8, a control reference
    'path: "\\200\\201\\202" and b"\\xff\\xfe" and &#0; and &#x110000;',
    # an escaped quote with nothing behind it
    '{"note": "he said \\"ok\\" at 20260314"}',
    # a header cell that names nothing: eight digits in a table stay numbers
    "date\tcount\n20260314\t12\n20260315\t9",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[str(i) for i in range(len(NEGATIVE))])
def test_look_alikes_inside_payloads_are_not_findings(text: str) -> None:
    assert [(f.type, text[f.start:f.end]) for f in scan(text)] == []


def test_a_real_zhang_san_without_a_sample_word_stays_a_name() -> None:
    text = "收件人：张三\n电话：13922074815"
    assert ("PERSON", "张三") in {(f.type, text[f.start:f.end]) for f in scan(text)}


@pytest.mark.parametrize(("written", "plain"), [
    ("\\\\u90b5\\\\u6587", "邵文"),
    ("\\\\\\\\u90b5", "邵"),
    ("\\\\ud83d\\\\ude00", "\U0001F600"),
    ("&#x90B5;&#25991;", "邵文"),
    ("\\351\\202\\265", "邵"),
    ("\\xe9\\x82\\xb5", "邵"),
    ('\\"k\\": \\"v\\"', '"k": "v"'),
    ("\\\\\\\"k\\\\\\\"", '"k"'),
    ("139\\u200b2207", "1392207"),
    ("139%E2%80%8B2207", "1392207"),
    ("&#x200B;", ""),
])
def test_the_view_undoes_the_escapes(written: str, plain: str) -> None:
    assert normalize(written).text == plain


@pytest.mark.parametrize("written", ["\\345\\274", "\\xe5\\xbc", "&#xD800;", "&#1114112;", "\\200\\201"])
def test_escapes_that_are_no_text_stay_as_written(written: str) -> None:
    assert normalize(written).text == written


def test_a_byte_run_maps_each_character_back_to_its_own_escapes() -> None:
    written = "%E9%82%B5%E6%96%87%20x"
    view = normalize(written)
    assert view.text == "邵文 x"
    assert view.to_original(0, 2) == (0, 18)
    assert view.to_original(1, 2) == (9, 18)
    assert view.to_original(0, 1) == (0, 9)


def test_header_cell_reads_the_column_of_a_value() -> None:
    text = "a,b,c\n1,2,3\n4,5,6"
    assert header_cell(text, text.rindex("5")) == "b"
    assert header_cell(text, text.rindex("6")) == "c"
    assert header_cell("a,b,c", 2) == ""  # the header itself
    assert header_cell("no table here\n12345678", 15) == ""
    md = "| 姓名 | 台胞证 |\n|---|---|\n| 某 | 58120934 |"
    assert header_cell(md, md.rindex("5")).strip() == "台胞证"


@pytest.mark.parametrize(("token", "header"), [
    ("eyJhbGciOiJIUzI1NiJ9", True),
    ("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9", True),
    ("eyJzdWIiOiIxMjMifQ", False),  # claims, not a header
    ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln", False),  # a whole token
    ("eyJhbGciOi!!", False),
])
def test_jose_header(token: str, header: bool) -> None:
    assert jose_header(token) is header
