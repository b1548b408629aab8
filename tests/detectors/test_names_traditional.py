"""Names written in traditional characters (Taiwan, Hong Kong) are found by the same rules as mainland ones.

All names are synthetic (Faker zh_TW style)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import detectors
from detectors.nlp import traditional


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("聯絡人：黃嘉儀，電話另行通知。", "黃嘉儀"),       # traditional label, traditional given-name character
        ("感謝吳佩珊的協助，文件已收到。", "吳佩珊"),       # traditional thanks cue
        ("黃嘉儀同學請於週五前繳交報告。", "黃嘉儀"),       # name before a title
        ("張簡雅婷您好，附件是本月帳單。", "張簡雅婷"),     # Taiwanese compound surname kept whole
        ("經辦人：蕭婉儀　分機另洽", "蕭婉儀"),
    ],
)
def test_traditional_names_are_found_whole(text: str, name: str) -> None:
    assert _people(text) == [name]


def test_offsets_point_into_what_the_user_wrote() -> None:
    text = "聯絡人：黃\u200b嘉儀，謝謝。"
    [f] = [f for f in detectors.scan(text) if f.type == "PERSON"]
    assert text[f.start : f.end] == "黃\u200b嘉儀"


@pytest.mark.parametrize(
    "text",
    [
        "歡迎光臨本店，營業時間為上午十點至晚上九點。",
        "於是我們決定延後會議，請各部門重新確認時間。",
        "這個問題已經轉給後端團隊處理，預計明天上線。",
    ],
)
def test_traditional_prose_without_people_has_no_person(text: str) -> None:
    assert _people(text) == []


def test_mainland_text_is_not_copied() -> None:
    text = "联系人：王小明，电话另行通知。"
    assert traditional.fold(text) is text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF), max_size=60))
def test_fold_never_moves_an_offset(text: str) -> None:
    folded = traditional.fold(text)
    assert len(folded) == len(text)
    assert all((a == b) or "\u3400" <= a <= "\u9fff" for a, b in zip(text, folded))
