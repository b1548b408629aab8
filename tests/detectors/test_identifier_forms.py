"""Identity numbers and contact details as other people write them (issue 3, blind corpus): values spaced out one
character at a time, a Hong Kong ID without its brackets, a phone after an order word, spelled-out e-mail after
prose "at", a 学 plate; and the look-alikes that stay unflagged (+86 400 hotlines, format samples, a form's
name@example.com).

Values are synthetic (Faker, python-stdnum and the public check rules, fixed seed), not the blind corpus's."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from stdnum.cn import uscc

import detectors

fake = Faker("zh_CN")
Faker.seed(1130)
rng = random.Random(1130)


@pytest.fixture(autouse=True)
def _seeded(request: pytest.FixtureRequest) -> None:
    """Each test draws the same values however pytest-xdist splits the file."""
    rng.seed(f"1130:{request.node.name}")
    fake.seed_instance(f"1130:{request.node.name}")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


def _hkid() -> str:
    """A Hong Kong ID with a valid check digit (weights 8..2 over letter value and six digits, mod 11)."""
    letter = rng.choice("ABCDEGHKMPRTVYZ")
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1)))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def _org_code() -> str:
    """A GB 11714 organisation code (8 characters + check character)."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights))
    check = 11 - total % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def _uscc() -> str:
    while True:
        code = "91" + rng.choice(["110105", "310115", "440305", "330106"]) + _org_code()
        code += uscc.calc_check_digit(code)
        if uscc.is_valid(code):
            return code


def _spaced(value: str) -> str:
    return " ".join(value)


# -- values spaced out one character at a time -------------------------------------------------------------

def test_spaced_hong_kong_id() -> None:
    written = _spaced(_hkid())
    assert _found(f"HKID（分開寫）：{written}\n") == [("HK_ID", written)]


def test_spaced_credit_code() -> None:
    written = _spaced(_uscc())
    assert _found(f"乙方信用代码：{written}\n") == [("CN_USCC", written)]


def test_spaced_travel_permit() -> None:
    written = _spaced("C" + "".join(rng.choice("0123456789") for _ in range(8)))
    assert _found(f"往来港澳通行证：{written}") == [("CN_HK_MACAO_PERMIT", written)]


def test_spaced_ip_address() -> None:
    written = _spaced(fake.ipv4_private())
    assert _found(f"机器 {written} 上的服务") == [("IP_ADDRESS", written)]


@pytest.mark.parametrize("fullwidth", [False, True])
def test_spaced_phone_in_brackets_stays_whole(fullwidth: bool) -> None:
    phone = fake.phone_number()
    if fullwidth:
        phone = phone.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    written = _spaced(phone)
    assert _found(f"对接人（{written}）。") == [("CN_PHONE", written)]


@pytest.mark.parametrize("text", [
    "选项 A B C D E F G 任选其一",
    "评分 5 4 3 5 4 5 5 分",
    "x = 1 + 2 + 3 + 4 + 5",
])
def test_spaced_letters_and_scores_are_text(text: str) -> None:
    assert _found(text) == []


# -- Hong Kong ID without brackets -------------------------------------------------------------------------

def test_hong_kong_id_without_brackets_after_an_id_word() -> None:
    bare = _hkid().replace("(", "").replace(")", "")
    assert _found(f"閣下的保單已更新，身份證號碼 {bare}。") == [("HK_ID", bare)]
    assert _found(f"产品编号 {bare} 已入库") == []


# -- phones and landlines ----------------------------------------------------------------------------------

def test_phone_word_between_an_order_word_and_the_number() -> None:
    phone = fake.phone_number()
    assert _found(f"帮我查下物流，手机号是 {phone}") == [("CN_PHONE", phone)]
    assert _found(f"物流单号 {phone}") == []


def test_international_service_numbers_are_not_landlines() -> None:
    assert _found("海外请拨+86 400 610 2288，或 +86 800 820 6677") == []
    assert _found("北京办公室 +86 10 6552 8899") == [("CN_LANDLINE", "+86 10 6552 8899")]


# -- e-mail spelled out after prose "at" -------------------------------------------------------------------

def test_spelled_email_after_the_word_at() -> None:
    user = fake.user_name() + ".x"
    written = f"{user} at {fake.domain_word()} dot com"
    assert _found(f"ping me at {written} tomorrow") == [("EMAIL", written)]


def test_sample_mailbox_at_a_documentation_domain() -> None:
    assert _found("邮箱（如 name@example.com）、备用 user@example.invalid") == []
    real = fake.user_name() + "@example.com"
    assert _found(f"联系 {real}") == [("EMAIL", real)]


# -- licence plates ----------------------------------------------------------------------------------------

def test_learner_plate_suffix_after_five_characters() -> None:
    digits = "".join(rng.choice("0123456789") for _ in range(5))
    assert _found(f"教练车 粤B {digits}学，下午三点") == [("CN_LICENSE_PLATE", f"粤B {digits}学")]
    assert _found(f"车牌 粤B{digits}学生接送") == [("CN_LICENSE_PLATE", f"粤B{digits}")]


# -- format samples ----------------------------------------------------------------------------------------

def test_passport_format_sample_is_not_a_passport() -> None:
    assert _found("护照号码一般为字母E加8位数字，例如E12345678（样例）。") == []
    real = "E" + "".join(rng.choice("0123456789") for _ in range(8))
    assert _found(f"护照号码 {real}") == [("CN_PASSPORT", real)]
    assert _found("passport no. G12345678") == [("CN_PASSPORT", "G12345678")]  # no sample word: a number


# -- ssh logins are not mailboxes --------------------------------------------------------------------------

def test_ssh_login_is_not_an_email() -> None:
    host = f"bastion.{fake.domain_name()}"
    assert _found(f"ssh -p 2222 -i ~/.ssh/ops.pem deploy@{host}") == []
    assert _found(f"先 ssh-copy-id ops@{host}") == []
    real = f"{fake.user_name()}@{fake.domain_name()}"
    assert _found(f"ssh 连不上的话发邮件给 {real}") == [("EMAIL", real)]


# -- a phone with its first group spaced out and the rest grouped ------------------------------------------

@pytest.mark.parametrize("sep", [" ", "-"])
def test_phone_with_spaced_first_group(sep: str) -> None:
    head, mid, tail = "1" + rng.choice("3456789") + rng.choice("0123456789"), f"{rng.randrange(10**4):04d}", \
        f"{rng.randrange(10**4):04d}"
    spaced = sep.join(head)
    assert _found(f"客户留的号码：{spaced}-{mid}-{tail}，下午打") == [("CN_PHONE", f"{spaced}-{mid}-{tail}")]
    wide = " ".join(chr(ord(c) + 0xFEE0) for c in head)
    assert _found(f"加我 {wide}-{mid}-{tail}") == [("CN_PHONE", f"{wide}-{mid}-{tail}")]
    assert _found(f"工单 {spaced}-{mid}-{tail}9") == []  # twelve digits: no phone
