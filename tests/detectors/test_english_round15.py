"""Round 15e: names in English and mixed documents in the places round 13e did not write: a possessive after a
full name, a generational suffix without its dot, Singaporean / Malaysian Chinese names (family name and two
syllables), the Family, Given display name of an e-mail address or a <name> element, and cited authors
(Family, I.). Values here are not in bench/eval/corpus/blind-round15e.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive 's is not part of the name, and no longer hides it
        ("Send me Gordon Whitaker's slides before noon.", ["Gordon Whitaker"]),
        ("We merged Yvonne Castillo's branch.", ["Yvonne Castillo"]),
        # Jr / Sr without the dot
        ("Counsel: Harold Benton Jr, for the lessor.", ["Harold Benton Jr"]),
        # Singapore / Malaysian Chinese names: family name first, two given syllables
        ("The cheque was signed by Quek Boon Seng on Friday.", ["Quek Boon Seng"]),
        ("Please call Chua Hwee Leng at the Penang branch.", ["Chua Hwee Leng"]),
        # Family, Given as the display name of an address, or in a <name> element
        ('From: "Pemberton, Claire" <cp@mail.test>', ["Pemberton, Claire"]),
        ("Cc: Hargrove, Nathan <nhargrove@mail.test>", ["Hargrove, Nathan"]),
        ("<author><name>Whitlock, Joel</name></author>", ["Whitlock, Joel"]),
        ('To: "Qiao, Yunlong" <yq@mail.test>', ["Qiao, Yunlong"]),
        # cited authors: Family, initials, beside another author or before the year
        ("as reported by Ramsey, K. & Dunbar, L. (2019), demand fell",
         ["Ramsey, K.", "Dunbar, L."]),
        ("Earlier work (Kuang, H. J. (2018)) disagrees.", ["Kuang, H. J."]),
    ],
)
def test_round15_forms(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a comma list of words before an address, and organisation-like display names
        'From: "Billing, Support" <billing@mail.test>',
        "Reply to Sales, Marketing <team@mail.test>",
        # initials after a capitalised word that is no family name, and no year or second author
        "See Table, A. for details.",
        "Section 4, B. Results",
        # a possessive brand stays no person; three short words after a Singapore family name that are English
        "Tan Lines Ltd is closed.",
        "The Tan Car Park is full.",
    ],
)
def test_round15_look_alikes(text: str) -> None:
    assert names_in(text) == []
