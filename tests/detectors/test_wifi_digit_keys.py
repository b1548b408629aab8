"""A Wi-Fi key made of digits only, given after its network's name and a slash (routers' default keys).

Only strong-looking keys were read from `network / key` before; `TP-LINK_5A2C / 20963317` went unredacted. A
date or a mobile number after the slash, or digits after another separator, stay what they were.
"""

from __future__ import annotations

import pytest

from detectors import scan


@pytest.mark.parametrize(("text", "value"), [
    ("会议室 WiFi：TP-LINK_5A2C / 20963317", "20963317"),
    ("仓库无线网 ChinaNet-Hq7r／5730192846（别外传）", "5730192846"),
])
def test_a_digit_key_after_a_slash_is_a_password(text: str, value: str) -> None:
    assert [(f.type, text[f.start:f.end]) for f in scan(text) if f.type == "PASSWORD"] == [("PASSWORD", value)]


@pytest.mark.parametrize("text", [
    "WiFi 改造验收 / 20240917",
    "WiFi 报修 / 13764021598",
    "WiFi 设备数，3F 12 台，共 20963317",
])
def test_dates_phones_and_counts_are_not(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PASSWORD"] == []
