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


def scanned_orgs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "ORG"]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please remit to Bank of Qingdao, Laoshan Branch before Friday.", ["Bank of Qingdao, Laoshan Branch"]),
        ("Approval came from the Ministry of Ecology and Environment last week.", ["Ministry of Ecology and Environment"]),
        (
            "Filed with the National Administration of Financial Regulation and the Tianjin Municipal Bureau of Commerce.",
            ["National Administration of Financial Regulation", "Tianjin Municipal Bureau of Commerce"],
        ),
        ("Her son goes to Larchmont Bilingual School now.", ["Larchmont Bilingual School"]),
        ("The licence was issued by the Macao Monetary Authority.", ["Macao Monetary Authority"]),
        ("We instructed Penrose Zhou Law Offices in Xiamen.", ["Penrose Zhou Law Offices"]),
    ],
)
def test_english_public_bodies_schools_and_law_offices(text: str, expected: list[str]) -> None:
    """A body named by its function (Ministry of ..., ... Bureau of ...), an institution named by its kind
    (... School, ... Authority, ... Law Offices), and a bank's branch after a comma are whole organisations."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Certificate Authority signs the server certificate.",
        "He went to Primary School and then to High School in Wuxi.",
        "The Administration of Justice Act was amended in 2019.",
        "Our Law Firm handles cross-border cases; the Tax Bureau replied on Monday.",
    ],
)
def test_a_kind_or_function_alone_is_no_english_body(text: str) -> None:
    """Generic words before School / Authority / Bureau, and a statute named after a body, name no organisation."""
    assert orgs_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "合同模板：甲方填写XX有限公司，乙方填写××科技有限公司。",
        "示例抬头：ＸＸ商贸有限公司",
        "This Agreement is made between ABC Co., Ltd. and Company Name Inc. (the Parties).",
        "Invoice to: [Company Name] Limited",
    ],
)
def test_template_blanks_name_no_organisation(text: str) -> None:
    """Placeholders of a template (XX有限公司, ××公司, ABC Co., Ltd.) are no organisation of anybody."""
    assert orgs_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他在广西沐禾物流公司做仓管。", ["广西沐禾物流公司"]),
        ("供货方为宁夏澄明农业科技有限公司。", ["宁夏澄明农业科技有限公司"]),
        ("病人已转到黔东南州人民医院。", ["黔东南州人民医院"]),
        ("延边曜石贸易公司的报价最低。", ["延边曜石贸易公司"]),
    ],
)
def test_autonomous_regions_and_prefectures_by_their_short_name(text: str, expected: list[str]) -> None:
    """广西, 宁夏, 延边, 黔东南州: the short forms of autonomous divisions begin names like any province."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工资已存入恒宇銀行有限公司戶口。", ["恒宇銀行有限公司"]),
        ("请把货款汇入沐禾科技有限公司账户。", ["沐禾科技有限公司"]),
        ("本案对方当事人为凌越智能装备股份有限公司。", ["凌越智能装备股份有限公司"]),
    ],
)
def test_transfer_verbs_and_party_labels_end_the_name(text: str, expected: list[str]) -> None:
    """存入 / 汇入 before a name and 当事人为 are not part of it; 账户 after a legal form does not hide it."""
    assert orgs_in(text) == expected


def test_a_founder_named_company_is_one_org() -> None:
    """A company named after its founder is an organisation, not a person (scanner keeps the ORG)."""
    text = "乙方：佛山市郭志刚五金制品有限公司\n联系人：何丽萍"
    assert scanned_orgs(text) == ["佛山市郭志刚五金制品有限公司"]


def test_a_region_in_dotted_initials_stays_in_an_english_name() -> None:
    """Hong Kong companies write their region as initials: (H.K.) sits inside the name like (Shanghai)."""
    assert orgs_in("Tenant: Sun Kee Garment (H.K.) Limited, 5/F") == ["Sun Kee Garment (H.K.) Limited"]


def test_a_school_of_a_university_leaves_the_university_name_whole() -> None:
    """"School of ..." after a university is a unit of it: the university is found, not "University School"."""
    assert orgs_in("I write for Lanzhou University School of Pharmacy.") == ["Lanzhou University"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Jade River Conservation Society of Yunnan sent a letter.", ["Jade River Conservation Society of Yunnan"]),
        ("Members of the Ningbo Mould Makers Association voted.", ["Ningbo Mould Makers Association"]),
        ("Book it on Lanting Airways or Qiantang Airlines.", ["Lanting Airways", "Qiantang Airlines"]),
        ("The supplier is Haoyun Electronics Co., Ltd. in Dongguan.", ["Haoyun Electronics Co., Ltd."]),
        ("Claims go to Ankang Life Insurance by email.", ["Ankang Life Insurance"]),
    ],
)
def test_english_names_ending_in_their_kind_or_trade(text: str, expected: list[str]) -> None:
    """Societies, associations, airlines, trades (Electronics, Insurance) close a name; a legal form after
    the trade belongs to it."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She sits on the Audit Committee and the Student Council.",
        "Consumer Electronics sales fell; Life Insurance premiums rose.",
        "Go to a Walk-in Clinic or call the Travel Agency.",
    ],
)
def test_generic_kinds_and_trades_are_no_english_org(text: str) -> None:
    """A kind or trade after only generic words (Audit Committee, Consumer Electronics) names no organisation."""
    assert orgs_in(text) == []


def test_a_legal_name_is_taken_whole_before_its_kind_word() -> None:
    """Enterprises is a kind, but the legal name around it (region in initials, Limited) is the organisation."""
    assert orgs_in("Landlord: Tai Shing Enterprises (H.K.) Limited") == ["Tai Shing Enterprises (H.K.) Limited"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BENEFICIARY: TAK WING GARMENT COMPANY LIMITED\nA/C NO.", ["TAK WING GARMENT COMPANY LIMITED"]),
        ("CONSIGNEE: MERLION BAY FINTECH PTE LTD", ["MERLION BAY FINTECH PTE LTD"]),
        ("PAY TO BANK OF EAST ASIA (CHINA) LIMITED", ["BANK OF EAST ASIA (CHINA) LIMITED"]),
    ],
)
def test_names_in_capitals_with_their_legal_form(text: str, expected: list[str]) -> None:
    """Shipping documents and remittances write the whole name in capitals, LIMITED included."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    ["OUR LIABILITY IS LIMITED.", "TERMS AND CONDITIONS LIMITED WARRANTY", "TIME LIMITED OFFER", "ABC CO., LTD."],
)
def test_capital_headings_are_no_org(text: str) -> None:
    """LIMITED in a heading's sentence, or a template's ABC, names no organisation."""
    assert orgs_in(text) == []


def test_many_english_names_cost_linear_time() -> None:
    """Thousands of names by kind in one text: the overlap question is a bisection, not a scan of every name."""
    text = "Rowan School " * 20000
    assert len(orgs_in(text)) == 20000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合同乙方为Copperleaf Robotics（苏州）有限公司。", ["Copperleaf Robotics（苏州）有限公司"]),
        ("我们和Windmere Foods公司谈过了", ["Windmere Foods公司"]),
        ("请联系 ask me 公司", []),
    ],
)
def test_an_english_brand_before_a_chinese_form_is_one_name(text: str, expected: list[str]) -> None:
    """Capitalised English words before 公司 / （苏州）有限公司 are the brand of one name; lower-case prose is not."""
    assert orgs_in(text) == expected
