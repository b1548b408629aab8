"""SendGrid API keys (`SG.` + 22 + `.` + 43 URL-safe base64 characters) are API keys wherever they appear."""

from __future__ import annotations

import pytest

from detectors import scan

KEY = "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"
assert len(KEY) == 69


@pytest.mark.parametrize("text", [f"邮件服务用的是 {KEY}，别提交到 git", f"mail:\n  provider: sendgrid\n  apikey {KEY}\n"])
def test_a_sendgrid_key_is_an_api_key_by_its_shape(text: str) -> None:
    got = [(f.type, text[f.start:f.end], f.detector) for f in scan(text)]
    assert got == [("API_KEY", KEY, "ApiKeyRecognizer:sendgrid")]


def test_lookalikes_are_not() -> None:
    assert scan("SG.Xq4Lm9Tz2Wv7Rk1Pn5Hd8B is a short id, SG.config.load() is code") == []
