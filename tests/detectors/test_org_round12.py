"""ORG, round 12g: public bodies and institutions in official text (synthetic context only).

A notice names one body acting with another (某局会同某局, 由某厅牵头); a certificate or a letterhead puts a verb
straight before the name (兹证明…, 抬头写…); a division's name may begin with a stop character (于都县, 和平区) and
a stop character may end a dictionary word right before a division (六十日内向某省…局); the line of work of a body
can be a verb to the segmenter (行政执法, 发展和改革); detachments and brigades, a bureau's local office, a Hong Kong
law firm, a residents' committee by its short name, a campus in brackets and an accounting firm in English are
names too; a numbered courtroom is a room of its court."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import OrgRecognizer

REC = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("近日，嘉兴市市场监督管理局会同嘉兴市南湖区教育局开展检查。", ["嘉兴市市场监督管理局", "嘉兴市南湖区教育局"]),
        ("由江苏省卫生健康委员会牵头会同南通市应急管理局推进。", ["江苏省卫生健康委员会", "南通市应急管理局"]),
        ("兹证明绍兴翠岭纺织有限公司在我行开户。", ["绍兴翠岭纺织有限公司"]),
        ("信封抬头写绵阳市公安局涪城分局城郊派出所。", ["绵阳市公安局涪城分局城郊派出所"]),
    ],
)
def test_a_verb_before_a_body_is_no_part_of_it(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("材料报送赣州市于都县民政局。", ["赣州市于都县民政局"]),
        ("可在六十日内向福建省市场监督管理局申请复议。", ["福建省市场监督管理局"]),
        ("天津市和平区人民法院受理了此案。", ["天津市和平区人民法院"]),
    ],
)
def test_stop_characters_at_a_division(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("请与南通市城市管理行政执法局联系。", ["南通市城市管理行政执法局"]),
        ("经南通市发展和改革委员会批准。", ["南通市发展和改革委员会"]),
        ("湖南省衡阳市消防救援支队到场处置。", ["湖南省衡阳市消防救援支队"]),
        ("事故由绵阳市公安局交通警察支队涪城大队处理。", ["绵阳市公安局交通警察支队涪城大队"]),
        ("南通市崇川区市场监督管理局任港市场监督管理所立案。", ["南通市崇川区市场监督管理局任港市场监督管理所"]),
        ("本函由恆泰律師行代為發出。", ["恆泰律師行"]),
        ("通知：任港街道春晖社区居委会将组织体检。", ["任港街道春晖社区居委会"]),
        ("请到绵阳市中心医院（南院区）复查。", ["绵阳市中心医院（南院区）"]),
        ("The audit was done by Brightholm Certified Public Accountants last year.", ["Brightholm Certified Public Accountants"]),
    ],
)
def test_more_forms_of_public_bodies_and_institutions(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


def test_a_numbered_courtroom_is_no_part_of_the_court() -> None:
    assert orgs_in("应到处所：绵阳市中级人民法院第三法庭") == ["绵阳市中级人民法院"]


@pytest.mark.parametrize(
    "text",
    ["生产大队的老会计还记得这件事。", "消防支队长到场指挥。", "由市公安局会同市教育局开展检查。", "请向有关部门反映。",
     "The Certified Public Accountants exam is held twice a year."],
)
def test_generic_units_stay_out(text: str) -> None:
    assert orgs_in(text) == []


def test_a_village_office_under_its_divisions_is_an_org_as_a_heading_and_an_address_as_a_venue() -> None:
    """Round 13a: a committee's name heading or signing a notice is the organisation (the labeling conventions' ORG,
    as rounds 5 and 12g label it); after a place label (地点：) it is where something happens, an address."""
    text = "江西省赣州市于都县禾丰镇上坪村村委会"
    assert [(f.type, text[f.start : f.end]) for f in scan(text)] == [("ORG", text)]
    venue = "地点：" + text
    assert [(f.type, venue[f.start : f.end]) for f in scan(venue)] == [("ADDRESS", text)]
