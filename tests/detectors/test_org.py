"""ORG recognizer: named organisations are found whole; generic references are not."""
from __future__ import annotations

import itertools

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.recognizers.org import OrgRecognizer

REC = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("前雇主：南京市第一人民医院\n工号：80517515", ["南京市第一人民医院"]),
        ("开户行：中国建设银行上海中关村支行", ["中国建设银行上海中关村支行"]),
        ('"company": "方正科技科技有限公司", "addr"', ["方正科技科技有限公司"]),
        ('"company": "飞海科技贸易有限责任公司"', ["飞海科技贸易有限责任公司"]),
        ("毕业于北京大学，现在在华为技术（深圳）有限公司工作。", ["北京大学", "华为技术（深圳）有限公司"]),
        ("他在阿里巴巴集团工作。", ["阿里巴巴集团"]),
        ("中国工商银行股份有限公司北京分行", ["中国工商银行股份有限公司北京分行"]),
        ("招商银行潮州分行", ["招商银行潮州分行"]),
        ("北京市公安局朝阳分局", ["北京市公安局朝阳分局"]),
        ("Summarize the call with Peter Cohen of Bullock Technologies Inc.. Contact:", ["Bullock Technologies Inc."]),
        ("with Matthew Jones of Hayes Consulting LLC. Contact", ["Hayes Consulting LLC"]),
        ("供应商是Acme Widgets Co., Ltd.，合同", ["Acme Widgets Co., Ltd."]),
        ("Works at Bank of China now", ["Bank of China"]),
        ("寄件方：电子科技大学  客服：010-12345678", ["电子科技大学"]),
        ("开户银行：中国民生银行济南分行", ["中国民生银行济南分行"]),
        ('"company": "广州市妇女儿童医疗中心"', ["广州市妇女儿童医疗中心"]),
        ("前雇主：天开科技有限公司，合同编号HT-1", ["天开科技有限公司"]),
        ("工作单位：合肥理工大学。", ["合肥理工大学"]),
        ("本次审计由普华永道中天会计师事务所负责。", ["普华永道中天会计师事务所"]),
        ("委托北京市金杜律师事务所出具法律意见书。", ["北京市金杜律师事务所"]),
        ("患者转诊至四川大学华西医院。", ["四川大学华西医院"]),
        ("后在中国科学院上海生命科学研究院读博。", ["中国科学院上海生命科学研究院"]),
        ("国家市场监督管理总局发布新规。", ["国家市场监督管理总局"]),
        ("Alibaba Group Holding Limited reported results.", ["Alibaba Group Holding Limited"]),
    ],
)
def test_finds_named_organisations(text: str, expected: list[str]) -> None:
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本公司和贵司的合作很顺利。",
        "该银行最近的季度问题已经解决。",
        "我在一家科技公司上班，下班去医院看病。",
        "我们公司的母公司在上海。",
        "这个格局不错，大厅里有工厂的模型。",
        "今年集团的业绩很好。",
        "客户要求退到银行卡 6214 8300 0000 0000",
        "地址：黑龙江省哈尔滨市香坊区学院路329号9号楼",
        "地址：内蒙古自治区呼和浩特市赛罕区大学西街235号",
        "开户银行：",
        "供应商：████████）有限公司",        # a name already masked is not re-detected
        "（████）有限公司与***公司",
    ],
)
def test_generic_references_are_not_organisations(text: str) -> None:
    assert orgs_in(text) == []


def test_faker_companies_are_found_exactly() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(3)
    frames = ["工作单位：{}。", "合同甲方为{}，乙方为个人。", "我在{}工作。", '"company": "{}"']
    total = exact = 0
    for i in range(300):
        company = fake.company()
        total += 1
        exact += orgs_in(frames[i % len(frames)].format(company)) == [company]
    assert exact / total >= 0.95


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=()),
        st.sampled_from("省市区县镇村路街巷弄号號栋单元室层楼座组之银行支行有限公司大学医院（）:：0123456789 \n\u200b"),
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_scans_with_valid_non_overlapping_offsets(text: str) -> None:
    results = sorted(REC.analyze(text, ["ORG"]), key=lambda r: r.start)
    for r in results:
        assert 0 <= r.start < r.end <= len(text)
    for a, b in itertools.pairwise(results):
        assert a.end <= b.start
