"""ORG names as people write them (issue 3, places round): each test states a rule on new synthetic text —
a brand beginning with 和 after its place, words jieba tags as adverbs or locatives at a name's head, school
prefixes (市立), traditional school suffixes, sole traders and Japanese companies, English banks with their
region and branch — and the local bodies of an unnamed place, which are generic references.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.org import OrgRecognizer

ORG = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ORG.analyze(text, ["ORG"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 和 right after a place's unit begins the brand when no dictionary word follows it
        ("请审核无锡市新吴区和锐精工机械有限公司的报价。", ["无锡市新吴区和锐精工机械有限公司"]),
        # ... but is a conjunction before a word (和华为): the place is not the company's
        ("成都市和腾讯科技有限公司签了框架协议", ["腾讯科技有限公司"]),
        # 经 (by) before a body is not part of its name
        ("通知\n经合肥市蜀山区人民政府同意，现公布如下", ["合肥市蜀山区人民政府"]),
        # words tagged adverb or locative at the head of a name (首都, 西部, 南方)
        ("转诊至首都儿科研究所附属儿童医院", ["首都儿科研究所附属儿童医院"]),
        ("他在西部黄金股份有限公司上班", ["西部黄金股份有限公司"]),
        ("已与南方航空物流股份有限公司对接", ["南方航空物流股份有限公司"]),
        # 市立 / 國立 school prefixes and traditional school suffixes
        ("高雄市立前鎮高級中學\n家長日通知", ["高雄市立前鎮高級中學"]),
        ("主辦：臺中市立文華高級中等學校\n", ["臺中市立文華高級中等學校"]),
        # sole traders (商行) and Japanese companies before or after 株式会社
        ("收款方：晋江市安海镇顺兴五金商行\n", ["晋江市安海镇顺兴五金商行"]),
        ("本协议由株式会社中村精工所与宁波甬达贸易有限公司签订", ["株式会社中村精工所", "宁波甬达贸易有限公司"]),
        ("供应商为松田电机株式会社。", ["松田电机株式会社"]),
        # English: Plc, a bank's region in brackets with its legal form, and its branch
        ("Wire it to Ashford Mercantile Bank Plc today.", ["Ashford Mercantile Bank Plc"]),
        ("Beneficiary bank: Morland Bank (China) Limited, Suzhou Branch.",
         ["Morland Bank (China) Limited, Suzhou Branch"]),
        ("Account held at Kestrel Savings Bank Limited, Kowloon Branch",
         ["Kestrel Savings Bank Limited, Kowloon Branch"]),
        # a partnership's form in brackets, partnerships, unions
        ("审计机构：天衡会计师事务所（特殊普通合伙）\n", ["天衡会计师事务所（特殊普通合伙）"]),
        ("领投方：杭州云栖创新投资合伙企业（有限合伙）", ["杭州云栖创新投资合伙企业（有限合伙）"]),
        ("指导单位：中华全国总工会", ["中华全国总工会"]),
        # notaries, customs, sole traders' shops
        ("材料已由南京市钟山公证处公证。", ["南京市钟山公证处"]),
        ("货物在青岛海关查验", ["青岛海关"]),
        ("供货方：昆明市官渡区顺达建材经营部\n", ["昆明市官渡区顺达建材经营部"]),
        # an institute under its academy is one name
        ("她在中国科学院植物研究所做博士后", ["中国科学院植物研究所"]),
        # German, Japanese and Italian legal forms
        ("Supplier: Albrecht Feinmechanik KG", ["Albrecht Feinmechanik KG"]),
        ("Partner: Hoshino Seiki K.K.", ["Hoshino Seiki K.K."]),
        ("Buyer: Ferretti Tessuti S.p.A.", ["Ferretti Tessuti S.p.A."]),
    ],
)
def test_organisation_names(text: str, expected: list[str]) -> None:
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "情况已收悉。经区环保局现场核查，噪声未超标。",  # the district's bureau: place unsaid
        "拟任命刘某同志为县财政局副局长，赵某同志为县审计局副局长。",
        "12月5日，市第二实验小学举行运动会。",
        "全市中小学下周一起推迟半小时到校。",
        "各区县人民政府负责落实，市民政局给予指导。",
        "片区内将新建2所学校，园区管委会负责招商。",  # 片区 / 园区 are no division
        "本公司与贵司的合作已获该银行批准。",
        "工会主席说本单位工会下周组织体检。",  # a union of no named body
        "先去公证处，海关那边周末不办。",
        "如有异议请于7日内向村委会反映。",  # a village office of no named village
        "PLEASE SIGN THIS AS SOON AS YOU CAN",  # capitals in English prose
    ],
)
def test_generic_bodies_are_not_names(text: str) -> None:
    assert orgs_in(text) == []
