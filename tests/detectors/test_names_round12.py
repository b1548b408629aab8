"""PERSON, round 12g: the subject of a certificate (兹证明某某，…) and the client in a lawyer's letter (受某某委托)."""
from __future__ import annotations

import pytest

from detectors import scan


def people_in(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("户籍证明\n兹证明郑晓燕，户籍登记地址见附件。", ["郑晓燕"]),
        ("本所受秦海波委托，就贵司欠款一事致函如下。", ["秦海波"]),
        ("我们受何静委托办理此事。", ["何静"]),
    ],
)
def test_certificate_and_client_names(text: str, want: list[str]) -> None:
    assert people_in(text) == want


@pytest.mark.parametrize("text", ["本所受公司委托，特此函告。", "受上级委托，现通知如下。", "兹证明如下事项属实。"])
def test_no_name_in_the_frame(text: str) -> None:
    assert people_in(text) == []
