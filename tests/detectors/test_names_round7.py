"""Names in enterprise text (round 7): rota words, posts after prepositions, mayors, 老 / 小 forms that are also
words, court and contract fields, 业务 before a name, clause words after a name.

Each case holds a rule from the language, not a string of the round-7 corpus. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "排班表：\n日期\t白班\t夜班\n周一\tA组\tB组\n周二\tB组\tA组",   # 白班 is the day shift
        "下月起实行常白班，倒班补贴取消。",
        "各班组长于周五前提交报表。",                                   # 班组 + 长, not 班 + 组长
        "请车间班组长到会议室开会。",
        "本周报销单由店长签字后交财务。",                               # 由 + the post, not 单由 + 店长
        "项目风险请及时向总经理报告。",                                 # 向 + the post, not 向总经理
        "值班长由副总经理指定。",
    ],
)
def test_shift_words_and_posts_after_prepositions_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("联系高教授就行。", ["高教授"]),                               # 高教 is a word, but 授 heads no post
        ("请黎总监与于经理在月底前完成交接。", ["黎总监", "于经理"]),  # after 与, 于 opens the noun phrase
        ("约于总下周吃饭。", ["于总"]),
    ],
)
def test_honorifics_next_to_those_words_stay(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_surname_before_shi_zhang_is_a_mayor_unless_a_place_runs_on() -> None:
    assert _people("会上，周市长强调要抓好安全生产。") == ["周市长"]
    assert _people("石家庄市长安区") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("好的，小和那边我来联系。", ["小和"]),
        ("办公室的老于已经到了。", ["老于"]),
    ],
)
def test_lao_xiao_words_heading_a_clause_with_an_agent_verb_are_people(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["一个小时已经过去了。", "小时候说过的话。", "误差小于已经公布的标准。"])
def test_lao_xiao_words_in_running_text_stay_words(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本案由审判员郑晓梅独任审判。", ["郑晓梅"]),
        ("乙方：周全\n签订日期：2026年3月1日", ["周全"]),               # a contract party field, word-like name
        ("主治医师：方圆；责任护士：待定", ["方圆"]),
        ("详情请洽业务郑柏宏。", ["郑柏宏"]),                           # 业务 (sales) before a name
        ("当天吴志斌陪同客户参观了生产线。", ["吴志斌"]),
    ],
)
def test_court_contract_and_visit_frames_vouch_for_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["乙方应于收到发票后付款。", "业务范围包括软件开发。", "主持召开专题会议。"])
def test_those_frames_in_running_text_find_nobody(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("附件是报价单，我们财务的和先生已经看过。", ["和先生"]),      # 的 closes the phrase before 和先生
        ("备注：由应医生办理入职手续。", ["应医生"]),
    ],
)
def test_ambiguous_surname_with_a_long_title_after_de_or_you(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_lao_xiao_with_the_surname_of_someone_named_is_that_person() -> None:
    assert _people("于杰：明天的评审我去不了，小于替我去吧？") == ["于杰", "小于"]
    assert _people("于杰说了，数值小于已经设定的阈值") == ["于杰"]
    assert _people("时磊：请假两小时，已经批了") == ["时磊"]


@pytest.mark.parametrize("text", ["// 注释：明白了，见 宋庄 节点配置", "集合地点改到 王庄 村委会门口", "导航就搜 李家屯 ，别搜错了"])
def test_surname_and_a_village_ending_is_a_place(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("户主：杨和平\n身份证号：见附件", ["杨和平"]),
        ("联系人：郑永和，电话另告", ["郑永和"]),
    ],
)
def test_a_whole_field_value_with_he_in_the_given_name_is_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_given_name_after_xiexie_is_the_named_person() -> None:
    text = "万伟：明天的评审我去不了\n时婷婷：可以，我来通知。\n万伟：好的，谢谢婷婷\n"
    assert _people(text) == ["万伟", "时婷婷", "万伟", "婷婷"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("被告覃璐经传票传唤未到庭。", ["覃璐"]),                      # 经 opens the next clause
        ("原告张丽经调解后撤诉。", ["张丽"]),
        ("被告人马小龙经审理查明", ["马小龙"]),
        ("联系人：刘经纬", ["刘经纬"]),                                 # 经 inside a given name stays
    ],
)
def test_jing_after_a_name_opens_a_clause(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_shuo_after_a_surname_character_is_the_verb() -> None:
    assert _people("跟进回款。春花说下周交付测试报告") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("请和Zhang Wei确认一下", ["Zhang Wei"]),                       # a Chinese character right after the pair
        ("有问题找Ho Ka Yan就得", ["Ho Ka Yan"]),
        ("(holder CHEUNG Wing Sze) ", ["CHEUNG Wing Sze"]),              # surname in capitals, three syllables
        ("请和 WU Hao 对一下", ["WU Hao"]),
    ],
)
def test_romanised_names_keep_every_syllable(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["在Hong Kong开会", "用Spring Boot开发", "部署到Red Hat上"])
def test_capitalised_pairs_glued_to_chinese_that_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("市委常委、副市长孙琳在致辞中表示", ["孙琳"]),
        ("县长王德明到村里调研。", ["王德明"]),
        ("感谢于磊医生的帮助。", ["于磊"]),                                 # thanked: 于 is no preposition
        ("收到，小于那边我去说。", ["小于"]),                               # 小于 + 那边: only a person
    ],
)
def test_government_posts_thanks_and_nabian_vouch_for_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["南京市长江大桥", "一个小时那边就到了", "我和于磊医生"])
def test_places_hours_and_conjunctions_stay(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("李市长表示", ["李市长"]), ("王市长最后强调", ["王市长"]), ("周县长强调", ["周县长"])],   # at the very start too
)
def test_mayors_at_the_start_of_a_text(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["收货地址：北京市雷市长寿齐齐哈尔街8座", "上海市淑兰县长寿合肥路Q座"])
def test_shi_zhang_opening_a_place_word_is_an_address(text: str) -> None:
    assert _people(text) == []


def test_a_word_like_name_between_names_in_a_tab_separated_row_is_a_name() -> None:
    text = "日期\t白班\t夜班\t备班\n周一\t何浩\t高峰\t冯凤兰\n周二\t薛建国\t田野\t郭丽丽\n"
    assert _people(text) == ["何浩", "高峰", "冯凤兰", "薛建国", "田野", "郭丽丽"]


@pytest.mark.parametrize(
    "text",
    ["1\t周玲\t万宁\t明月镜片\t8700", "何浩\t冯凤兰\t周末\t下午\t金华\t高峰期"],   # one name a row; places, time words
)
def test_row_cells_that_are_places_or_time_words_stay(text: str) -> None:
    assert [n for n in _people(text) if n not in ("周玲", "何浩", "冯凤兰")] == []


def test_a_word_like_name_closing_a_labelled_list_is_a_name() -> None:
    assert _people("参会：冯宁、温暖\n记录：李秀华") == ["冯宁", "温暖", "李秀华"]
    assert _people("联系人：张伟、高度重视") == ["张伟"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("到会：文欣妈妈、浩宇爸爸、方老师", ["文欣", "浩宇", "方老师"]),   # parents named after their child
        ("家委会决定由子涵妈妈负责采购奖品。", ["子涵"]),
        ("2. 苗苗妈妈 1份", ["苗苗"]),                                       # a reduplicated nickname
    ],
)
def test_a_child_named_before_mama_or_baba(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["二宝妈妈都很辛苦。", "全职妈妈的日常", "宝宝妈妈群里说", "我们家长都同意。", "新手爸爸看过来"])
def test_generic_parents_are_nobody(text: str) -> None:
    assert _people(text) == []
