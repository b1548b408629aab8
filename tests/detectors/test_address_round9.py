"""ADDRESS, round 9: a Chinese address written in English ends at its highest division, not at the country.

Convention (bench/eval/blind/round9_orgs.py): the postcode and the country (China, PRC, P.R. China) are left
out, as 中国 and the postcode are left out of a Chinese address. Synthetic addresses only.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.address import AddressRecognizer

REC = AddressRecognizer()


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliver to Unit 3C, No. 57 Dongfeng Road, Tianhe District, Guangzhou, China.",
         ["Unit 3C, No. 57 Dongfeng Road, Tianhe District, Guangzhou"]),
        ("Office: Room 907, 12 Guanggu Avenue, Hongshan District, Wuhan, Hubei, PRC\nTel",
         ["Room 907, 12 Guanggu Avenue, Hongshan District, Wuhan, Hubei"]),
        ("No. 166 Yingbin Road, Yuhang District, Hangzhou, Zhejiang Province, People's Republic of China",
         ["No. 166 Yingbin Road, Yuhang District, Hangzhou, Zhejiang Province"]),
    ],
)
def test_the_country_after_an_english_address_is_left_out(text: str, expected: list[str]) -> None:
    assert addresses_in(text) == expected


def test_hong_kong_at_the_end_stays_in_the_address() -> None:
    """Hong Kong is the highest division of a Hong Kong address, not a country after it."""
    text = "Flat 9D, 20/F, Lok Fu Mansion, 33 Wang Tau Hom Road, Lok Fu, Kowloon, Hong Kong"
    assert addresses_in(text) == [text]
