"""ORG, round 8: exact spans of names in contracts, letters and lists, and generic references left alone.

Each case is a language rule (a legal form closes a name, a determiner before the suffix makes it generic, a
colon after a name that heads its line is no field label ...), written with synthetic names.
"""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import OrgRecognizer

REC = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


def scanned_orgs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "请贵司在三个工作日内回复本公司的函件。",
        "开一家有限公司需要多少注册资本？",
        "我们刚成立了一家有限责任公司。",
        "房子离市图书馆走路十分钟。",
        "请尽快联系该银行的客户经理。",
    ],
)
def test_generic_reference_after_prose_is_no_org(text: str) -> None:
    """A determiner or counted noun right before the suffix (回复本公司, 一家有限公司) names no organisation."""
    assert orgs_in(text) == []


def test_capital_in_a_name_is_not_a_determiner() -> None:
    """本 also ends nouns that begin names: 资本 stays in 某某资本有限公司."""
    assert orgs_in("投资方为红杉资本有限公司。") == ["红杉资本有限公司"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲方：星辰企业管理咨询有限公司（下称甲方）", ["星辰企业管理咨询有限公司"]),
        ("乙方：远航机构服务有限公司", ["远航机构服务有限公司"]),
        ("单位：云图信息技术有限公司", ["云图信息技术有限公司"]),
    ],
)
def test_label_nouns_inside_a_name_do_not_cut_it(text: str, expected: list[str]) -> None:
    """企业 / 机构 / 单位 are labels only with their colon; inside a name they are part of it."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("致青岛市嘉禾餐饮管理有限责任公司：本公司已于上周寄出对账单。", ["青岛市嘉禾餐饮管理有限责任公司"]),
        ("海创网络有限公司：请于周五前回复。", ["海创网络有限公司"]),
        ("参会单位：\n1. 郑州市妇幼保健院：负责接待\n2. 南开大学附属医院：负责讲座", ["郑州市妇幼保健院", "南开大学附属医院"]),
        ("转出医院：北京某区", []),
        ("就诊医院：郑州市妇幼保健院", ["郑州市妇幼保健院"]),
    ],
)
def test_name_before_a_colon(text: str, expected: list[str]) -> None:
    """A legal name or a specific name heading its line is kept before a colon; a field label is not."""
    assert orgs_in(text) == expected


def test_legal_form_closes_a_name_before_the_next() -> None:
    """某某律师事务所受某某有限公司委托: two names, the verb between them in neither."""
    text = "正和（深圳）律师事务所受保定市星辰餐饮管理股份有限公司委托，就贵司拖欠货款一事致函如下。"
    assert orgs_in(text) == ["正和（深圳）律师事务所", "保定市星辰餐饮管理股份有限公司"]
    text = "华信会计师事务所（特殊普通合伙）受南宁鑫达建设工程有限公司杭州分公司委托"
    assert orgs_in(text) == ["华信会计师事务所（特殊普通合伙）", "南宁鑫达建设工程有限公司杭州分公司"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乙方：保定市正和餐饮管理有限公司", ["保定市正和餐饮管理有限公司"]),
        ("呼和浩特市人力资源和社会保障局\n关于开展年度检查的通知", ["呼和浩特市人力资源和社会保障局"]),
        ("我昨天去杭州市人力资源和社会保障局办事。", ["杭州市人力资源和社会保障局"]),
        ("北京市住房和城乡建设委员会发布通知", ["北京市住房和城乡建设委员会"]),
    ],
)
def test_he_inside_a_name(text: str, expected: list[str]) -> None:
    """和 before a bracket or a trade, or in a public body's line of work, is part of the name."""
    assert orgs_in(text) == expected


def test_he_between_two_names_still_splits() -> None:
    assert orgs_in("上海市和华为公司") == ["华为公司"]


def test_group_with_legal_form_and_region() -> None:
    """集团 followed by 有限公司 makes a legal name: a rare verb as its brand (启明) stays in it."""
    assert orgs_in("3、启明电子（乌鲁木齐）集团有限公司 —— 北京") == ["启明电子（乌鲁木齐）集团有限公司"]


def test_legal_field_value_wins_over_a_surname_like_brand() -> None:
    """蓝鲸 looks like surname + given name; as the start of a labelled legal name it is the ORG's."""
    text = "甲方：蓝鲸供应链管理（福州）集团有限公司\n统一社会信用代码：见附件"
    assert scanned_orgs(text) == ["蓝鲸供应链管理（福州）集团有限公司"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("原告北京百度网讯科技有限公司诉被告上海某某网络科技有限公司不正当竞争纠纷一案",
         ["北京百度网讯科技有限公司", "上海某某网络科技有限公司"]),
        ("出租方深圳市星辰物业管理有限公司与承租方签订本合同", ["深圳市星辰物业管理有限公司"]),
        ("被执行人杭州云图贸易有限公司名下财产", ["杭州云图贸易有限公司"]),
    ],
)
def test_party_role_before_a_name_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """原告 / 出租方 / 被执行人 name the party's role in a judgment or contract, like 甲方."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国人民银行杭州中心支行", ["中国人民银行杭州中心支行"]),
        ("中国红十字会总会", ["中国红十字会总会"]),
        ("深圳证券交易所发布公告", ["深圳证券交易所"]),
        ("该交易所的规则", []),
    ],
)
def test_exchanges_red_cross_and_central_sub_branches(text: str, expected: list[str]) -> None:
    """交易所 and 红十字会 are institutional forms; 支行 after 中心 and 总会 after a society are their branches."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请到社保局办理", []),
        ("市场监督管理局的电话是12315", []),
        ("深圳市市场监督管理局发布通知", ["深圳市市场监督管理局"]),
        ("杭州市社保局", ["杭州市社保局"]),
    ],
)
def test_line_of_work_alone_is_a_generic_body(text: str, expected: list[str]) -> None:
    """社保局 with no place is the local body of a place left unsaid, like 区城管局."""
    assert orgs_in(text) == expected


def test_measure_word_before_a_name_is_no_part_of_it() -> None:
    assert orgs_in("去了趟北京协和医院") == ["北京协和医院"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("畢業於國立臺灣大學電機系", ["國立臺灣大學"]),
        ("就讀於臺北市立建國高級中學", ["臺北市立建國高級中學"]),
    ],
)
def test_traditional_verbs_before_a_name(text: str, expected: list[str]) -> None:
    """畢業於 / 就讀於 are 毕业于 / 就读于 in traditional characters: labels, not part of the name."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("感謝您參加說明會，本公司台灣鐵高資訊有限公司誠摯邀請您", ["台灣鐵高資訊有限公司"]),
        ("我司杭州云图科技有限公司将派员到场", ["杭州云图科技有限公司"]),
        ("本院北京协和医院", ["北京协和医院"]),
        ("我行杭州分行", []),
    ],
)
def test_generic_reference_in_apposition_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    """本公司 + the company's name: the name starts after the generic reference."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELLER: SHENZHEN HUAXIN ELECTRONICS CO., LTD.", ["SHENZHEN HUAXIN ELECTRONICS CO., LTD."]),
        ("We signed with ACME TECHNOLOGY CO., LTD. yesterday.", ["ACME TECHNOLOGY CO., LTD."]),
        ("Payment via Citibank N.A. Shanghai Branch.", ["Citibank N.A. Shanghai Branch"]),
        ("THIS AGREEMENT IS LIMITED TO THE PARTIES", []),
        ("IMPORTANT NOTICE FROM THE CORPORATION", []),
    ],
)
def test_english_legal_forms_in_capitals(text: str, expected: list[str]) -> None:
    """Invoices write whole names in capitals; only the dotted forms count (LIMITED is also a heading's word)."""
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京总公司要求各部门自查", []),
        ("上海分公司的同事", []),
        ("一家日本公司", []),
        ("腾讯旗下子公司", []),
        ("外地医院", []),
        ("星辰科技上海分公司", ["星辰科技上海分公司"]),
        ("北京医院", ["北京医院"]),
    ],
)
def test_place_and_generic_company_noun(text: str, expected: list[str]) -> None:
    """A place (or 旗下) before 总公司 / 分公司 / 公司 names no company; a brand does, and 北京医院 is a hospital."""
    assert orgs_in(text) == expected
