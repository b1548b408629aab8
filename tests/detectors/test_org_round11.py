"""ORG, round 11: state bodies in government notices and acknowledgements (synthetic context only).

商务部 is a company's department as often as the ministry: it is the ministry when a list names it beside
another state body; the short name 国家网信办 needs its own gate character; a funding body's name holds a
discipline (自然科学, 社会科学) that the segmenter reads as a set phrase."""
from __future__ import annotations

import pytest

from detectors.recognizers.org import OrgRecognizer
from detectors.recognizers.org.listed import LISTED_BODIES, _LISTED_GATE

REC = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("请按外交部、商务部的联合通知执行。", ["外交部", "商务部"]),
        ("商务部及海关总署发布了公告。", ["商务部", "海关总署"]),
        ("据国家网信办通报，三款应用被下架。", ["国家网信办"]),
        ("该课题由湖北省自然科学基金委员会资助。", ["湖北省自然科学基金委员会"]),
        ("感谢国家社会科学基金委员会的支持。", ["国家社会科学基金委员会"]),
    ],
)
def test_state_bodies_in_notices(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text",
    ["请联系商务部的小周确认报价。", "商务部、市场部和财务部一起开会。", "她在商务部经理的岗位上干了三年。"],
)
def test_a_company_department_named_shangwubu_is_no_ministry(text: str) -> None:
    assert orgs_in(text) == []


def test_every_listed_body_passes_the_gate() -> None:
    assert [b for b in LISTED_BODIES if _LISTED_GATE.search(b) is None] == []


def test_a_news_dateline_glued_to_a_bureau_is_no_part_of_its_name() -> None:
    assert orgs_in("本报讯泉州市丰泽区商务局近日发布通知。") == ["泉州市丰泽区商务局"]


def test_a_company_with_xun_in_its_name_keeps_it() -> None:
    assert orgs_in("华讯通达科技有限公司中标。") == ["华讯通达科技有限公司"]
