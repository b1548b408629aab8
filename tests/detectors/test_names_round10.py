"""Names the tenth round found missing: romanised Hong Kong and Taiwanese names, spaced cells, public figures, lists.

Each case holds a rule of how the name is written, not a string of the round-10 corpus. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Going forward, Mok Wing-kei will chair the committee.", ["Mok Wing-kei"]),
        ("Name: Hoi-yan Szeto | Dept: Legal", ["Hoi-yan Szeto"]),
        ("Please ask Jacky Poon Chun-hei to countersign.", ["Jacky Poon Chun-hei"]),
        ("Please ask Poon Chun-hei Jacky to countersign.", ["Poon Chun-hei Jacky"]),
        ("Regards,\nTsz-lok Au\nOperations", ["Tsz-lok Au"]),
        ("Kao Jui-hsiang\nPurchasing Manager", ["Kao Jui-hsiang"]),
        ("持卡人 HSIEH PEI-LING 已签字", ["HSIEH PEI-LING"]),
        ("明天跟Chuang Yu-ting约在台中见面。", ["Chuang Yu-ting"]),
        ("passport name: TSENG Hsin-yi", ["TSENG Hsin-yi"]),
    ],
)
def test_a_hyphenated_romanised_given_name_beside_a_family_name_is_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The Wi-fi Lin router and a Hi-fi Wang amplifier.",
        "Set-up Wang takes ten minutes; Co-op Chan is closed.",
        "Set the Content-Type header and the X-Request-Id.",
        "The shuttle stops at Wong Tai Sin and Ho Man Tin.",
        "Use the kebab-case names: user-id, Page-Size, Max-Age.",
    ],
)
def test_hyphenated_words_and_places_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("| 3月5日 | 童  欣 | 宋\u3000\u3000阳 |", ["童  欣", "宋\u3000\u3000阳"]),
        ("| 周二 | 姜\u3000玉\u3000珍 |", ["姜\u3000玉\u3000珍"]),
        ("白班\t许  琳\t夜班", ["许  琳"]),
        ("值班表\n蔡  勇\n", ["蔡  勇"]),
    ],
)
def test_a_name_padded_to_fill_a_cell_is_found_without_a_label(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "| 金  额 | 单  价 | 备  注 | 合  计 |",
        "| 毛  重 | 车  号 | 房  号 | 时  间 | 项  目 |",
        "| 江  边 | 石  头 | 方  便 | 文  件 |",
        "严  禁  烟  火",
    ],
)
def test_form_labels_padded_like_names_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "客服：您好，请把钱转到我们的对公账户。",
        "请把钱包放进抽屉，把文件发给法务。",
        "用户：宁可晚点也别出错。",
        "客户：宁肯多等一天。",
    ],
)
def test_a_verb_phrase_after_ba_and_an_adverb_after_a_label_are_not_people(text: str) -> None:
    assert _people(text) == []


def test_the_verb_after_a_name_led_by_ba_is_left_out() -> None:
    assert _people("麻烦把邓海涛转到三号窗口。") == ["邓海涛"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("驻村工作队队员：祖力皮亚·吐尔逊、那顺乌力吉、吉克阿呷、包其其格。",
         ["祖力皮亚·吐尔逊", "那顺乌力吉", "吉克阿呷", "包其其格"]),
        ("他连续两天替班，乌力吉主动帮她整理病历。", ["乌力吉"]),
    ],
)
def test_minority_names_in_a_list_of_people_and_before_a_person_predicate(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "参会：张伟、李娜、阿司匹林、财务部",
        "涉及城市：喀什、阿克苏、乌鲁木齐、和田、克拉玛依",
        "品牌：伊利、蒙牛、阿里巴巴",
        "乌鲁木齐连续三天降雪，阿里巴巴一直在招人，伊斯坦布尔一直很堵。",
    ],
)
def test_lists_of_things_and_places_in_transliteration_are_not_people(text: str) -> None:
    assert [p for p in _people(text) if p not in ("张伟", "李娜")] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("请结合林则徐的经历谈谈看法。", ["林则徐"]),
        ("华罗庚少年时家境贫寒。", ["华罗庚"]),
        ("欧阳修一生提携后进。", ["欧阳修"]),
        ("课上讲了辛弃疾的词。", ["辛弃疾"]),
        ("孟庆华的作品入选了年展。", ["孟庆华"]),
    ],
)
def test_a_name_before_words_said_only_of_a_life_is_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "公司的经历和王国的故事都写进了年鉴。",
        "平凡的一生也值得记录，我这一生没后悔过。",
        "同学们讲了自己的经历，他们的故事很感人。",
        "金融的故事、江湖的故事、常年的经历、管理的思想。",
    ],
)
def test_words_before_life_words_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("| 事项 | 负责 | 截止 |\n|:--|:--|:--|\n| 等保测评 | 柳青 | 5月8日 |\n| 灰度发布 | 数据平台组 | 5月9日 |", ["柳青"]),
        ("工单,处理人,状态\n20391,安然,已完成\n20392,客服组,待分配", ["安然"]),
        ("ticket,assignee,status\n7,武功,closed", ["武功"]),
    ],
)
def test_a_person_column_of_a_task_table_vouches_for_its_cells(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_task_table_without_a_person_column_names_no_one() -> None:
    assert _people("| 模块 | 状态 | 优先级 |\n|--|--|--|\n| 文件服务 | 高负载 | 高 |\n| 常规巡检 | 正常 | 中 |") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("发布会现场，郑丽娟凭借新片拿下最佳女主角。", ["郑丽娟"]),
        ("颁奖礼后，霍建军回应了外界的质疑。", ["霍建军"]),
        ("高明和方舟的聊天记录\n高明 9:48\n报价发了吗", ["高明", "方舟", "高明"]),
        ("与江海的聊天记录\n江海 10:02\n到了", ["江海", "江海"]),
    ],
)
def test_public_figures_in_news_and_the_people_a_chat_history_is_titled_by(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "公司回应称将整改，官方回应了质疑，华为荣获大奖。",
        "群聊的聊天记录\n你撤回了一条消息",
        "和文件传输助手的聊天记录",
        "我和客服的聊天记录删了。",
    ],
)
def test_organisations_in_news_and_untitled_chat_histories_name_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("晚上又和白桦聊了聊，白桦觉得该换工作了。", ["白桦", "白桦"]),
        ("周末跟石坚吃了顿饭。", ["石坚"]),
        ("上午，洪建民觉得方案还要改。", ["洪建民"]),
    ],
)
def test_a_word_like_name_with_whom_time_is_spent_and_who_thinks_is_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "和客户聊了聊，跟供应商吃了顿饭，和同事约了，和银行通了个电话。",
        "他觉得不错，公司觉得可以，客服觉得不行，全家觉得好，项目觉得难。",
        "天气暖和聊了一下午。",
    ],
)
def test_roles_and_words_in_the_same_frames_are_not_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("这周Vivian 屈在跟进，下周找她。", ["Vivian 屈"]),
        ("周一跟Derek蔡碰一下。", ["Derek蔡"]),
        ("毛 Queenie负责测试。", ["毛 Queenie"]),
        ('{"approver": "Sandy 龚"}', ["Sandy 龚"]),
    ],
)
def test_an_english_given_name_next_to_a_chinese_surname_is_one_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kevin 和 Amy 周末加班。", ["Kevin", "Amy"]),
        ("Henry 门口等你。", ["Henry"]),
        ("Kevin 周末休息。", ["Kevin"]),
    ],
)
def test_a_word_after_an_english_given_name_stays_out_of_it(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_list_of_people_keeps_a_given_name_with_a_unit_character() -> None:
    assert _people("先进个人：次仁旺堆、乌力吉、鲁国栋。") == ["次仁旺堆", "乌力吉", "鲁国栋"]


def test_a_greeting_does_not_cut_a_hong_kong_name_after_its_english_name() -> None:
    assert _people("Regards,\nAlan Mok Wing-kei\nSenior Manager") == ["Alan Mok Wing-kei"]
