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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ship to 27 Wenhua Rd., Jinshui Dist., Zhengzhou, Henan Prov. asap",
         ["27 Wenhua Rd., Jinshui Dist., Zhengzhou, Henan Prov."]),
        ("Room 1103, Unit 1, Building 4, Lanting Garden, 9 Xinyuan Road, Yanta District, Xi'an",
         ["Room 1103, Unit 1, Building 4, Lanting Garden, 9 Xinyuan Road, Yanta District, Xi'an"]),
    ],
)
def test_abbreviated_divisions_and_two_room_parts(text: str, expected: list[str]) -> None:
    """Dist. / Rd. / Prov. keep their dot inside the address; a room and a unit may both precede the building."""
    assert addresses_in(text) == expected


def test_a_sentence_end_after_the_city_is_no_part_of_it() -> None:
    assert addresses_in("We met at 18 Keyuan Road, Nanshan District, Shenzhen.") == [
        "18 Keyuan Road, Nanshan District, Shenzhen"]
