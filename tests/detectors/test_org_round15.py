"""ORG, round 15o: organisation kinds the earlier rounds held few of (synthetic names, none from the round's corpus).
A person's role or a deal's unit before a name (中标候选人, 收款单位, 承接主体) and a kind of ownership (外商独资企业)
end it, as do a day of the week, 以, 系 and 用; public institutions (档案馆, 融媒体中心) and registered individual
businesses (…区…便利店, …经营部) are names under their full place only; a party committee's department, a
cooperative's 联合社 and a legal name's branch before a clause word close the chain; English names hold "and" after
two words; a name wrapped over a line or spaced out character by character is one name. Look-alikes (shop signs
alone, a place and a kind, list "and", two names with a verb of motion between) stay out."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import find_orgs


def orgs_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # roles and deal units before the name, even in a field's value
        ("评标结果：第二中标候选人黔南州城乡规划设计研究院，报价", ["黔南州城乡规划设计研究院"]),
        ("项目公示：承接主体达州市通川区松溪社会工作服务中心，金额", ["达州市通川区松溪社会工作服务中心"]),
        ("培训费已付，收款单位六盘水职业技术学院。", ["六盘水职业技术学院"]),
        ("中外合资企业澜涛（南宁）精密部件有限公司于昨日投产", ["澜涛（南宁）精密部件有限公司"]),
        # a day of the week, 以, 系 and 用 open no name
        ("周四大理大学药学院来公司参观", ["大理大学药学院"]),
        ("补贴标准以毕节市医疗保障局公布的为准", ["毕节市医疗保障局"]),
        ("兹证明李晓东同志系遵义医科大学口腔医学院学生", ["遵义医科大学口腔医学院"]),
        # public institutions of a place by their kind
        ("资料已报送遵义市档案馆", ["遵义市档案馆"]),
        ("贵州省群众艺术馆与达州市通川区融媒体中心联合主办", ["贵州省群众艺术馆", "达州市通川区融媒体中心"]),
        # registered individual businesses and social service units under their full place
        ("销售方名称：六盘水市钟山区禾岚便利店", ["六盘水市钟山区禾岚便利店"]),
        ("之前找达州市通川区刘记汽车维修服务部修的", ["达州市通川区刘记汽车维修服务部"]),
        ("商户：毕节市七星关区松溪日用品经营部", ["毕节市七星关区松溪日用品经营部"]),
        ("由贵阳市云岩区禾岚青少年活动中心承办", ["贵阳市云岩区禾岚青少年活动中心"]),
        # chains: a party committee's department, a cooperative's 联合社
        ("通知抄送中共遵义市委员会组织部。", ["中共遵义市委员会组织部"]),
        ("仁怀市松溪茶叶专业合作社联合社召开大会", ["仁怀市松溪茶叶专业合作社联合社"]),
        # a legal name's branch before a clause word is closed; a chain of branches is one name
        ("北京松溪律师事务所遵义分所受贵州禾岚建材有限公司委托", ["北京松溪律师事务所遵义分所", "贵州禾岚建材有限公司"]),
        ("禾岚人寿保险股份有限公司贵州分公司遵义中心支公司于本月迁址", ["禾岚人寿保险股份有限公司贵州分公司遵义中心支公司"]),
        # English: "and" inside a name after two words; a kind before "and" ends the name of a list
        ("He joined Zunyi Maternal and Child Health Hospital last year.", ["Zunyi Maternal and Child Health Hospital"]),
        ("Guiyang Vocational and Technical College and Bank of Zunyi signed it.",
         ["Guiyang Vocational and Technical College", "Bank of Zunyi"]),
        # wrapped over a line: a split legal form, a place line, a branch line
        ("收款单位 遵义市禾岚建材有\n         限公司\n金额 ¥800", ["遵义市禾岚建材有\n         限公司"]),
        ("供应商名称：贵州省\n肿瘤医院\n联系人：", ["贵州省\n肿瘤医院"]),
        ("| 松溪联合会计师事务所\n  遵义分所 | 王 |", ["松溪联合会计师事务所\n  遵义分所"]),
        # spaced out character by character; one space before the legal form
        ("付款方：遵 义 禾 岚 建 材 有 限 公 司，金额", ["遵 义 禾 岚 建 材 有 限 公 司"]),
        ("客户：贵阳松溪信息技术 有限公司", ["贵阳松溪信息技术 有限公司"]),
    ],
)
def test_round15_forms(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "楼下禾岚便利店今天关门了",  # a shop sign alone
        "上次在松溪建材经营部买的瓷砖",  # an individual business's sign without its place
        "遵义市便利店越来越多",  # a place and a kind, no name
        "在贵阳市云岩区开了一家花店",  # a counted shop
        "请联系银行客户服务中心",  # a service centre of no place
        "用智慧医院小程序挂号",  # a verb and a concept
        "今 天 我 们 去 公 园 散 步",  # spaced text that names nothing
        "我们有\n限公司的模板",  # a split legal form with no name before it
    ],
)
def test_round15_lookalikes(text: str) -> None:
    assert orgs_in(text) == []


def test_english_list_and_after_the_first_word_stays_a_list() -> None:
    assert orgs_in("Talks between Acme and Beta Trading Ltd. resumed.") == ["Beta Trading Ltd."]


def test_two_names_with_a_verb_of_motion_between_are_not_merged() -> None:
    assert orgs_in("下周一遵义医科大学口腔医学院来公司宣讲") == ["遵义医科大学口腔医学院"]


def test_spaced_name_is_one_org_finding() -> None:
    text = "供应商：贵 阳 松 溪 信 息 技 术 有 限 公 司"
    found = [(f.type, text[f.start : f.end]) for f in scan(text)]
    assert ("ORG", "贵 阳 松 溪 信 息 技 术 有 限 公 司") in found


@pytest.mark.parametrize(("text", "want"), [("材料已送贵阳出入境边防检查站", ["贵阳出入境边防检查站"]),
                                            ("前方高速公路检查站临检", [])])
def test_inspection_stations_need_their_place(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want
