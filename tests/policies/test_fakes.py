"""Fakes: same type, valid format, deterministic per key, layout of the original kept."""

from __future__ import annotations

import ipaddress
import re

import pytest

from policies import fakes

KEY = b"tenant key"


def fake(kind: str, value: str, key: bytes = KEY, attempt: int = 0) -> str:
    out = fakes.fake(kind, value, value, key, attempt)
    assert out is not None
    return out


def test_deterministic_per_key_and_value() -> None:
    assert fake("CN_PHONE", "13812345678") == fake("CN_PHONE", "13812345678")
    assert fake("CN_PHONE", "13812345678") != fake("CN_PHONE", "13812345678", key=b"other tenant")
    assert fake("CN_PHONE", "13812345678") != fake("CN_PHONE", "13812345678", attempt=1)


@pytest.mark.parametrize(("kind", "value", "shape"), [
    ("CN_PHONE", "+86 138-1234-5678", r"\+86 1[3-9]\d-\d{4}-\d{4}"),
    ("CN_LANDLINE", "010-87654321", r"010-[2-8]\d{7}"),
    ("CN_LANDLINE", "0755 2345 6789", r"0755 [2-8]\d{3} \d{4}"),
    ("CN_PASSPORT", "E12345678", r"[EG]\d{8}"),
    ("CN_LICENSE_PLATE", "京A12345", r"[\u4e00-\u9fff][A-HJ-NP-Z][0-9A-HJ-NP-Z]{5}"),
    ("CN_LICENSE_PLATE", "粤BD12345", r"[\u4e00-\u9fff][A-HJ-NP-Z][0-9A-HJ-NP-Z]{6}"),
    ("PERSON", "欧阳娜娜", r"[\u4e00-\u9fff]{4}"),
    ("PERSON", "Zhang Wei", r"[A-Z][a-z]+ [A-Z][a-z]+"),
    ("EMAIL", "zhang.wei@corp.cn", r"[a-z]+\.[a-z]+\d\d@example\.(com|cn)"),
    ("ADDRESS", "北京市海淀区中关村大街1号", r".+[市].+[路街道]\d+号"),
    ("ORG", "北京某某科技有限公司", r".+有限公司"),
    ("CN_ID_CARD", "110105490101001", r"\d{15}"),
])
def test_shapes(kind: str, value: str, shape: str) -> None:
    out = fake(kind, value)
    assert re.fullmatch(shape, out), out
    assert out != value


def test_ip_addresses_are_private_or_unique_local() -> None:
    v4 = ipaddress.ip_address(fake("IP_ADDRESS", "203.0.113.7"))
    v6 = ipaddress.ip_address(fake("IP_ADDRESS", "2001:db8::1"))
    assert v4.version == 4 and v4.is_private
    assert v6.version == 6 and v6 in ipaddress.ip_network("fd00::/8")


def test_types_without_a_generator_return_none() -> None:
    assert fakes.fake("API_KEY", "sk-x", "sk-x", KEY) is None
    assert fakes.fake("CUSTOM_THING", "x", "x", KEY) is None
