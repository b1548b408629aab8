"""Realistic fake values for pseudonymization: same type, valid format and check digits, deterministic.

A fake is drawn from a generator seeded with HMAC(tenant key, type, value), so the same value gets the
same fake within a tenant (answers stay coherent across turns) while another tenant, or anyone without
the key, cannot link or reverse it. Digits of the original's layout (spaces, dashes, +86) are kept so the
fake reads like the original. Types without a generator return None (the caller uses a placeholder).
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Callable

from stdnum import luhn
from stdnum.cn import ric, uscc

_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182",
                    "183", "185", "186", "187", "188", "189", "191", "198", "199")
# Administrative division codes (GB/T 2260) of a few urban districts.
_REGIONS = ("110101", "110105", "310104", "310106", "440305", "440106", "330106", "510107", "420106",
            "320102", "610103", "350102")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红文辉鹏宇晨浩然欣怡子涵梓轩一诺思远"
_EN_FIRST = ("Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Drew")
_EN_LAST = ("Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Moore", "Clark", "Lewis", "Walker")
_PINYIN = ("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma")
_PROVINCES = "京沪粤浙苏川鄂湘鲁豫闽皖津渝陕"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_CITIES = ("北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "成都市武侯区",
           "武汉市洪山区", "南京市鼓楼区")
_STREETS = ("建设路", "人民路", "中山路", "解放大道", "文化路", "新华街", "长江路", "科技园路")
_BRANDS = ("华辰", "瑞丰", "恒远", "嘉禾", "启明", "锦程", "远航", "星河")
_INDUSTRIES = ("科技", "信息技术", "贸易", "咨询", "电子", "物流")


def seed_rng(key: bytes, entity_type: str, canonical: str, attempt: int) -> random.Random:
    digest = hmac.new(key, f"fake\0{entity_type}\0{canonical}\0{attempt}".encode(), hashlib.sha256).digest()
    return random.Random(int.from_bytes(digest, "big"))


def fake(entity_type: str, value: str, canonical: str, key: bytes, attempt: int = 0) -> str | None:
    """A fake for `value` of `entity_type`, or None when the type has no realistic generator."""
    gen = _GENERATORS.get(entity_type)
    if gen is None:
        return None
    return gen(value, seed_rng(key, entity_type, canonical, attempt))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _lay_out(original: str, compact: str) -> str:
    """Put `compact`'s characters where the original's last len(compact) alphanumerics were."""
    slots = [i for i, c in enumerate(original) if c.isascii() and c.isalnum()]
    if len(slots) < len(compact):
        return compact
    chars = list(original)
    for i, c in zip(slots[len(slots) - len(compact):], compact):
        chars[i] = c
    return "".join(chars)


def _phone(value: str, rng: random.Random) -> str:
    return _lay_out(value, rng.choice(_MOBILE_PREFIXES) + _digits(rng, 8))


def _landline(value: str, rng: random.Random) -> str:
    digits = [c for c in value if c.isdigit()]
    if len(digits) < 7:
        return _lay_out(value, _digits(rng, len(digits)))
    keep = 0
    if digits[0] == "0":   # area code: 010 and 02X are three digits, the others (0755, 0571, ...) four
        keep = 3 if digits[1] in "12" else 4
    rest = str(rng.randint(2, 8)) + _digits(rng, len(digits) - keep - 1)
    return _lay_out(value, "".join(digits[:keep]) + rest)


def _id_card(value: str, rng: random.Random) -> str:
    # GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence, MOD 11-2 check character.
    # Redraw until stdnum accepts it: it also checks the division code existed at the birth date.
    for _ in range(64):
        birth = f"{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = rng.choice(_REGIONS) + birth + _digits(rng, 3)
        full = body + ric.calc_check_digit(body + "?")   # stdnum expects the check slot present
        if ric.is_valid(full):
            break
    if sum(1 for c in value if c.isalnum()) == 15:   # legacy 15-digit form: 2-digit year, no check character
        return _lay_out(value, body[:6] + body[8:14] + body[14:17])
    return _lay_out(value, full)


def _bank_card(value: str, rng: random.Random) -> str:
    n = sum(1 for c in value if c.isdigit())
    n = n if 16 <= n <= 19 else 16
    body = "62" + _digits(rng, n - 3)   # UnionPay IIN range
    return _lay_out(value, body + luhn.calc_check_digit(body))


def _uscc(value: str, rng: random.Random) -> str:
    # GB 32100-2015: registration dept + type, region, 9-char organization code, check character.
    org = _digits(rng, 8)
    weights = (3, 7, 9, 10, 5, 8, 4, 2)   # GB 11714 organization code check
    c = 11 - sum(int(d) * w for d, w in zip(org, weights)) % 11
    org += "X" if c == 10 else "0" if c == 11 else str(c)
    body = "91" + rng.choice(_REGIONS) + org
    return _lay_out(value, body + uscc.calc_check_digit(body))


def _passport(value: str, rng: random.Random) -> str:
    return _lay_out(value, rng.choice("EG") + _digits(rng, 8))


def _email(value: str, rng: random.Random) -> str:
    local = f"{rng.choice(_PINYIN)}.{rng.choice(_PINYIN)}{rng.randint(10, 99)}"
    return f"{local}@example.{rng.choice(('com', 'cn'))}"


def _person(value: str, rng: random.Random) -> str:
    if any("\u4e00" <= c <= "\u9fff" for c in value):
        n = max(1, min(3, len(value) - 1))
        return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(n))
    return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"


def _ip(value: str, rng: random.Random) -> str:
    if ":" in value:   # RFC 4193 unique local address
        groups = ":".join(f"{rng.randrange(65536):x}" for _ in range(3))
        return f"fd{rng.randrange(256):02x}:{groups}::{rng.randrange(1, 65536):x}"
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"   # RFC 1918


def _plate(value: str, rng: random.Random) -> str:
    n = 6 if len(value.replace("·", "").replace(" ", "")) >= 8 else 5   # new-energy plates have 6
    tail = "".join(rng.choice("0123456789" + _PLATE_LETTERS) for _ in range(n))
    return rng.choice(_PROVINCES) + rng.choice(_PLATE_LETTERS) + tail


def _address(value: str, rng: random.Random) -> str:
    return f"{rng.choice(_CITIES)}{rng.choice(_STREETS)}{rng.randint(1, 999)}号"


def _org(value: str, rng: random.Random) -> str:
    return f"{rng.choice(_CITIES)[:2]}{rng.choice(_BRANDS)}{rng.choice(_INDUSTRIES)}有限公司"


_GENERATORS: dict[str, Callable[[str, random.Random], str]] = {
    "CN_PHONE": _phone, "CN_LANDLINE": _landline, "CN_ID_CARD": _id_card, "BANK_CARD": _bank_card,
    "CN_USCC": _uscc, "CN_PASSPORT": _passport, "EMAIL": _email, "PERSON": _person, "IP_ADDRESS": _ip,
    "CN_LICENSE_PLATE": _plate, "ADDRESS": _address, "ORG": _org,
}
