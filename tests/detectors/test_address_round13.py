"""ADDRESS, round 13a: where an address starts and stops in delivery notes, chat, contracts and notices
(synthetic values, none from the round's corpus).

A verb before the address (派送至, 迁至, 住所地) is no part of it, nor are the words that carry the sentence on after
it (楼下, 对面那家, a clause after a comma); the finer parts after the house number (之三, an estate whose name opens
with 和) are; a number of a window or a line is no house number; a village committee is an address only where
something happens at it."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.address import find_addresses


def addresses_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("包裹已转运至文峰路327号院2号楼3单元1101室门口", ["文峰路327号院2号楼3单元1101室"]),
        ("被申请人住所地青松路61号翡翠城9栋2单元702。", ["青松路61号翡翠城9栋2单元702"]),
        ("办公室已迁至南平市延平区滨江中路412号，电话另告", ["南平市延平区滨江中路412号"]),
        ("原地址为东湖路19号，现已变更为西湖路73号", ["东湖路19号", "西湖路73号"]),
    ],
)
def test_what_comes_before_the_address_is_left_out(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("样品请寄咸宁市咸安区温泉路88号之五，多谢", ["咸宁市咸安区温泉路88号之五"]),
        ("地址：长乐路207号和悦华庭3栋1单元602\n电话另告", ["长乐路207号和悦华庭3栋1单元602"]),
        ("东西送到宜春市袁州区锦绣大道45号和园小区二期6栋1803室就行", ["宜春市袁州区锦绣大道45号和园小区二期6栋1803室"]),
    ],
)
def test_finer_parts_after_the_house_number_are_kept(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("我在咸宁市通山县南林桥镇石门村38号楼下等你", ["咸宁市通山县南林桥镇石门村38号"]),
        ("约在萍乡市安源区跃进北路16号锦江苑4栋2单元对面那家面馆", ["萍乡市安源区跃进北路16号锦江苑4栋2单元"]),
        ("住在抚州市临川区赣东大道9号旁边的小区", ["抚州市临川区赣东大道9号"]),
        # an estate's building keeps its 楼 before 下面: only a house number on a road gives it up
        ("东西放在跃进北路16号锦江苑6号楼下面", ["跃进北路16号锦江苑6号楼"]),
    ],
)
def test_words_that_carry_the_sentence_on_are_left_out(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    "text",
    ["办理地点：鹰潭市月湖区社会保险事业管理中心2号窗口", "坐地铁4号线到终点站", "病人转到了住院部5号床"],
)
def test_numbers_of_windows_lines_and_beds_are_no_house_numbers(text: str) -> None:
    assert addresses_in(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("上饶市铅山县永平镇和溪村村委会\n关于土地流转的公示", "ORG"),
        ("开会地点：上饶市铅山县永平镇和溪村村委会\n主持人：村主任", "ADDRESS"),
    ],
)
def test_a_village_committee_heading_is_an_org_and_a_venue_is_an_address(text: str, kind: str) -> None:
    name = "上饶市铅山县永平镇和溪村村委会"
    assert [(f.type, text[f.start : f.end]) for f in scan(text) if f.type in ("ORG", "ADDRESS")] == [(kind, name)]
