"""Rare surnames (庹, 禄, 笪 ...) that start few ordinary words are surnames to the name rules.

Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经办人：庹建新，请于周五前回复。", "庹建新"),
        ("户主禄永华，妻子在外地务工。", "禄永华"),
        ("联系人：笪明辉 电话另行通知", "笪明辉"),
        ("感谢蹇文静老师的耐心讲解。", "蹇文静"),
    ],
)
def test_rare_surname_names_are_found(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize("text", ["福禄寿三星摆件已售罄。", "她的衣服钮扣掉了一颗。", "蓟县的山路很难走。"])
def test_words_with_those_characters_are_not_names(text: str) -> None:
    assert _people(text) == []
