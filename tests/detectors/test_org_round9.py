"""ORG, round 9: brackets inside and around names, and the mask-and-rescan invariant near them.

A region or legal form in brackets (（深圳）, （特殊普通合伙）) is part of a name; a stray bracket, or a bracket
group around symbols or masked text, is not, so a name found after masking never reaches back over the mask.
Synthetic names only.
"""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import OrgRecognizer

REC = OrgRecognizer()
MASK = "\u2588"


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


def rescan_overlaps(text: str) -> list[str]:
    """Mask every finding of ``scan``, scan again, and return the ORG values found over a masked ORG."""
    first = scan(text)
    masked = list(text)
    for f in first:
        masked[f.start : f.end] = MASK * (f.end - f.start)
    again_text = "".join(masked)
    orgs = [f for f in first if f.type == "ORG"]
    return [
        again_text[g.start : g.end]
        for g in scan(again_text)
        if g.type == "ORG" and any(g.start < f.end and f.start < g.end for f in orgs)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乙方：恒远贸易（深圳）有限公司", ["恒远贸易（深圳）有限公司"]),
        ("审计机构为立衡会计师事务所（特殊普通合伙）。", ["立衡会计师事务所（特殊普通合伙）"]),
        ("出卖人：Nordlicht（天津）机电有限公司", ["Nordlicht（天津）机电有限公司"]),
    ],
)
def test_a_bracketed_region_or_form_stays_in_the_name(text: str, expected: list[str]) -> None:
    """A short group of name characters in brackets belongs to the name around it."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("）澄明信息有限公司", ["澄明信息有限公司"]),
        ("编号%%%//K7)澄明信息有限公司", ["澄明信息有限公司"]),
        ("备注(%#!)澄明信息有限公司", ["澄明信息有限公司"]),
        ("付款方 ████)澄明信息有限公司", ["澄明信息有限公司"]),
    ],
)
def test_a_stray_bracket_or_symbols_in_brackets_end_the_name(text: str, expected: list[str]) -> None:
    """A closing bracket without its opener, or around what is no name, is where the name starts."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "澄明信息有限公司%%%//A123456(3)澄明信%E5息)有限\ufeff公司室",
        "澄明信息有限公司））a＠b．cn瑞丰物流有限）公司",
    ],
)
def test_masked_findings_are_not_found_again(text: str) -> None:
    """Masking what a scan found and scanning again finds no organisation over a masked one (fuzz invariant)."""
    assert rescan_overlaps(text) == []
