"""PERSON in English text (issue 3, fifth round): names with no Mr / Ms before them, quoted e-mail headers,
shipping and ticket labels, later mentions by the given or the family name alone, accented, prefixed,
Vietnamese, Hong Kong and Malay names. Every example is new synthetic text written for these tests (names
from Faker's en_US lists or made up); the negatives are the same shapes written by things that are not people.
"""
from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors.nlp import lexicon
from detectors.recognizers.names import find_names
from detectors.recognizers.names.latin_words import _EN_NOT_PEOPLE, _EN_WORD_NAMES


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word before the name must not hide it (Vendor Brandon: refused, then Brandon Holt)
        ("Escalated by Vendor Brandon Holt (b.holt@example.net) on Friday.", ["Brandon Holt"]),
        # a phone number ending the line above does not make the name a street address
        (
            "Emergency contacts:\n0755 2231 0098\nRebecca Hughes\u3000rebecca.hughes@example.org",
            ["Rebecca Hughes"],
        ),
        # a listed given name and an unlisted word shaped like a family name
        ("Thanks for introducing me to Gavin Ashford at Brightwater Freight.", ["Gavin Ashford"]),
        ("Trevor Lindgren and Colleen Petrovic will review it.", ["Trevor Lindgren", "Colleen Petrovic"]),
        ("Please loop in Derek O'Malley and Megan McCandless.", ["Derek O'Malley", "Megan McCandless"]),
        # hyphenated given names
        ("Minutes by Jean-Marc Moreau and Mary-Ellen Fletcher.", ["Jean-Marc Moreau", "Mary-Ellen Fletcher"]),
        # a listed given name before a person's verb, or after a cue word, with no family name at all
        ("Colleen approved the rollout plan yesterday.", ["Colleen"]),
        ("The budget is fine; Trevor's concern was the timeline.", ["Trevor"]),
        ("Please ping Derek about the certificate, and cc Megan.", ["Derek", "Megan"]),
        ("The incident was acknowledged by Brandon at 02:10.", ["Brandon"]),
        # a quoted reply's headers
        (
            "Earlier thread:\n> From: Trevor Haldorsen\n> Sent: Monday\n> Please check the invoice.",
            ["Trevor Haldorsen"],
        ),
        # shipping and ticket labels
        (
            "Ship to: Colleen Okafor, 88 Harbour Rd\nRequested by: Megan Fletcher",
            ["Colleen Okafor", "Megan Fletcher"],
        ),
    ],
)
def test_english_names_without_an_honorific(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the given name alone after the full name (before it too, within a few paragraphs)
        (
            "We met Gavin Ashford on Tuesday.\nNext step: Gavin sends the addendum.",
            ["Gavin Ashford", "Gavin"],
        ),
        (
            "The alert was acknowledged by Trevor.\n> From: Trevor Haldorsen\n> Done.",
            ["Trevor", "Trevor Haldorsen"],
        ),
        # the family name alone after an honorific or an initial
        ("Ms. Okonkwo owns the account; Okonkwo signs next week.", ["Ms. Okonkwo", "Okonkwo"]),
        (
            "Attendees: K. Thornton, L. Brennan\nThornton confirmed the pilot.",
            ["K. Thornton", "L. Brennan", "Thornton"],
        ),
        # a given name found once (a vocative) names that person again
        ("Colleen, meet Gao Yutong from the Wuxi plant. Yutong, Colleen runs our QA team.",
         ["Colleen", "Gao Yutong", "Yutong", "Colleen"]),
        # pinyin order: the family name alone
        (
            "Shop owner Wang Lihua, 61, opened at dawn. \"Rain keeps people home,\" said Wang.",
            ["Wang Lihua", "Wang"],
        ),
    ],
)
def test_later_mentions_by_one_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contact: Jürgen Vogel, Einkauf\nJürgen asked for samples.", ["Jürgen Vogel", "Jürgen"]),
        ("Our host was José Ibáñez from the Valencia office.", ["José Ibáñez"]),
        ("Reviewer notes from Søren Kierkegaard-Lund are attached.", ["Søren Kierkegaard-Lund"]),
        ("Reference check for Omar Al-Rashidi: no concerns.", ["Omar Al-Rashidi"]),
        ("Our auditor Anna Wiśniewska signed the report.", ["Anna Wiśniewska"]),
    ],
)
def test_accented_and_prefixed_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Site staff\nPham Thi Hoa (Da Nang)\nLe Van Tam (Hue)", ["Pham Thi Hoa", "Le Van Tam"]),
        ("Directors: Leung Wai Kit, Tse Hoi Ying", ["Leung Wai Kit", "Tse Hoi Ying"]),
        ("Trainer: Siti Aminah binti Yusof (Penang)", ["Siti Aminah binti Yusof"]),
        # a badge list in capitals: a listed given name and a listed family name
        (
            "Badges to reprint:\nMEGAN FLETCHER - Orbis Labs\nTREVOR HUGHES - Kestrel GmbH",
            ["MEGAN FLETCHER", "TREVOR HUGHES"],
        ),
        # places and brands of the same shape stay unflagged
        (
            "We toured Wong Tai Sin temple, then flew to Ho Chi Minh City; Lee Kum Kee sauce at Lai Chi Kok.",
            [],
        ),
    ],
)
def test_asian_names_in_latin_script(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a display name that its own address spells, listed or not
        ("From: Ingrid Vesterholt <ingrid.vesterholt@example.no>\nSubject: pallets", ["Ingrid Vesterholt"]),
        ("Escalate to Radim Soukal (rsoukal@example.cz) if it recurs.", ["Radim Soukal"]),
        ("To: \"Ingrid Vesterholt\" <ivesterholt@example.no>", ["Ingrid Vesterholt"]),
        ("Contact: Dorota Kwiecień <dorota.kwiecien@example.pl>", ["Dorota Kwiecień"]),
        # team and role mailboxes, and a name the address does not spell
        ("From: Billing Team <billing.team@example.com>\nCc: Help Desk <help.desk@example.com>", []),
        ("Sent by Orbis Freight <dispatch@orbis.example>", []),
    ],
)
def test_names_spelled_by_their_address(text: str, expected: list[str]) -> None:
    assert names(text) == expected


PROSE_WITHOUT_PEOPLE = [
    "On Monday the Redis cluster failed over; Kafka consumers lagged until Spring Boot restarted them.",
    "Big Data teams in Hong Kong and New York moved the Grace Period check into the Billing Service.",
    "Every Season the Reason for a new Version is the same: Python Software Foundation policy.",
    "Install Visual Studio Code, then open the Command Palette and run Developer Reload Window.",
    "Victoria Harbour and Austin Texas are examples of place names, not people.",
    "The MacBook Pro ships with macOS; the Surface Laptop runs Windows Hello.",
    "Sort by Last Modified, then click Save Changes and Close Window.",
    "See Also: Data Field, Primary Key, Foreign Key and Unique Constraint in the Reference Manual.",
    "WARNING: DO NOT EDIT. GENERATED FILE. HTTP POST REQUEST BODY MUST BE JSON.",
    "Grace will apply to late payments. Iris is the classic flower dataset; Jackson parses the JSON.",
    "Load it with Pandas, then call Julia.run() and send the result to Redis.",
]


@pytest.mark.parametrize("text", PROSE_WITHOUT_PEOPLE)
def test_capitalised_english_words_are_not_names(text: str) -> None:
    assert names(text) == []


def test_faker_names_in_tickets_and_follow_ups() -> None:
    """Faker en_US full names (listed given name, listed family name) after a capitalised label word, then
    the given name alone: each full name is found, and so is the later given name."""
    fake = Faker("en_US")
    Faker.seed(20261130)
    rng = random.Random(5)
    first, last = lexicon.en_first_names(), lexicon.en_last_names()
    checked = 0
    while checked < 40:
        given, family = fake.first_name(), fake.last_name()
        if given not in first or family not in last or given in _EN_WORD_NAMES or given in _EN_NOT_PEOPLE:
            continue  # a given name that is also a word (April, Will) is no name on its own
        label = rng.choice(["Customer", "Vendor", "Analyst", "Driver"])
        text = f"Ticket 4471 opened by {label} {given} {family} yesterday.\nUpdate: {given} replied today."
        assert names(text) == [f"{given} {family}", given], text
        checked += 1
