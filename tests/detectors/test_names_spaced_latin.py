"""Latin names spaced out letter by letter (J o n a t h a n  L e e), an evasion that hides a name from every
word list, are found with the span the user wrote. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Applicant: J o n a t h a n  L e e\nEmployer: 海川物流", "J o n a t h a n  L e e"),
        ("Please call M a r y  S m i t h tomorrow.", "M a r y  S m i t h"),
        ("姓名：W A N G  X I A O M I N G", "W A N G  X I A O M I N G"),
    ],
)
def test_spaced_out_names_are_found(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize("text", ["N O T E  T H I S", "T O  D O  L I S T", "R E A D  M E first", "A B C  D E F"])
def test_spaced_out_words_are_not_names(text: str) -> None:
    assert _people(text) == []
