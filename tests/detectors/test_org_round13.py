"""ORG, round 13a: the public bodies of a town or city a citizen deals with (synthetic names, none from the round's
corpus). Service centres, registries and funds named by their place are organisations; a court's service window is
no part of the court's name; committees and service centres are named from their chain of places; a place before
和 may begin a brand or a village; a determiner character that begins a place's name is kept; bare references and
ordinary words stay out."""
from __future__ import annotations

import pytest

from detectors.recognizers.org import find_orgs


def orgs_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("请到萍乡市湘东区政务服务中心二楼办理。", ["萍乡市湘东区政务服务中心"]),
        ("宜春市不动产登记中心袁州分中心发布公告", ["宜春市不动产登记中心袁州分中心"]),
        ("经抚州市住房公积金管理中心东乡管理部审核", ["抚州市住房公积金管理中心东乡管理部"]),
        ("新余市渝水区社会保险事业管理中心通知", ["新余市渝水区社会保险事业管理中心"]),
        ("鹰潭市公共资源交易中心发布招标公告", ["鹰潭市公共资源交易中心"]),
        ("吉安市吉州区婚姻登记处周六不办公", ["吉安市吉州区婚姻登记处"]),
        ("景德镇市珠山区医疗保障局\n告知书", ["景德镇市珠山区医疗保障局"]),
        ("铅山县人民政府办公室关于印发方案的通知", ["铅山县人民政府办公室"]),
        ("萍乡市安源区城市管理和综合行政执法局开展整治", ["萍乡市安源区城市管理和综合行政执法局"]),
    ],
)
def test_public_service_bodies_named_by_their_place(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("请到新余市分宜县人民法院诉讼服务中心领取。", ["新余市分宜县人民法院"]),
        ("上饶市信州区人民检察院检察服务中心接待来访", ["上饶市信州区人民检察院"]),
    ],
)
def test_a_courts_service_window_is_no_part_of_its_name(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("上饶市铅山县永平镇上湾村村委会（盖章）", ["上饶市铅山县永平镇上湾村村委会"]),
        ("永平镇和溪村村民委员会\n公示", ["永平镇和溪村村民委员会"]),
        ("新余渝水区城北街道和丰社区居民委员会出具证明", ["新余渝水区城北街道和丰社区居民委员会"]),
        ("萍乡市湘东区峡山口街道下埠社区党群服务中心组织义诊", ["萍乡市湘东区峡山口街道下埠社区党群服务中心"]),
        ("上饶和顺达物流有限公司", ["上饶和顺达物流有限公司"]),
        ("萍乡市湘东区峡山口街道办事处联合下埠社区居民委员会开展演练", ["萍乡市湘东区峡山口街道办事处", "下埠社区居民委员会"]),
    ],
)
def test_names_from_their_chain_of_places(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("贵州省黔南布依族苗族自治州都匀市人民法院\n公告", ["贵州省黔南布依族苗族自治州都匀市人民法院"]),
        ("贵阳市云岩区市场监督管理局\n行政处罚决定书", ["贵阳市云岩区市场监督管理局"]),
    ],
)
def test_a_place_that_begins_with_a_determiner_character_is_kept(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "我在景德镇办事处干了两年，去年调回总部。",
        "今天萍乡市阴转小雨，芦溪县局部有阵雨。",
        "到政务服务中心排号，再去不动产登记中心交材料。",
        "请到区政务服务中心或市不动产登记中心咨询。",
        "公积金提取可以到住房公积金管理中心窗口办理。",
        "萍乡和宜春的分公司下个月合并。",
    ],
)
def test_bare_references_and_ordinary_words_stay_out(text: str) -> None:
    assert orgs_in(text) == []
