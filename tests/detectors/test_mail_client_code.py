"""A mail provider's client authorisation code (授权码) is the password an SMTP / IMAP client logs in with.

QQ Mail, 163 and other Chinese providers issue a 16-letter 授权码 for third-party clients; people paste it
next to SMTP settings. The same word before a licence key or an OAuth code is not a password.
"""

from __future__ import annotations

import pytest

from detectors import scan


@pytest.mark.parametrize(("text", "value"), [
    ("发信配置：smtp.example.cn:465，账号 ops@example.cn，SMTP授权码：wxbtqnzrmlpkhdvc", "wxbtqnzrmlpkhdvc"),
    ("Foxmail 客户端授权码 rmqzkvhwnptxlbsd，别外传", "rmqzkvhwnptxlbsd"),
    ("我把163邮箱的授权码改成了 jzxqvtnlwpmrkbhd", "jzxqvtnlwpmrkbhd"),
])
def test_a_mail_client_code_is_a_password(text: str, value: str) -> None:
    assert [(f.type, text[f.start:f.end]) for f in scan(text) if f.type == "PASSWORD"] == [("PASSWORD", value)]


@pytest.mark.parametrize("text", [
    "软件授权码：7QKD-M2XP-9LWT-4FZB，请在激活页输入",
    "OAuth 授权码模式：客户端拿到 code 后换取 access_token",
    "授权码：wxbtqnzrmlpkhdvc 已发给门店",
])
def test_other_authorisation_codes_are_not(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PASSWORD"] == []
