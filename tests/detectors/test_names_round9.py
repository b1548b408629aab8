"""Names in running text (round 9): reported speech, hand-overs, judgment signatures, lists, names that are words.

Each case holds a rule of the language, not a string of the round-9 corpus. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("据郝文斌透露，新厂房下月封顶。", ["郝文斌"]),
        ("谈到转型，温佩玲坦言压力不小。", ["温佩玲"]),
        ("对此，邵立军补充说，试点只在两个门店。", ["邵立军"]),   # 补充 ends the name inside the run
        ("易小川回忆说，那年冬天特别冷。", ["易小川"]),
        ("柯明坦言，这次是运气好。", ["柯明"]),                   # 柯明坦 would take 坦言's first character
        ("樊静则认为，问题出在排产。", ["樊静"]),
    ],
)
def test_a_name_before_a_speech_verb_is_found(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "据业内人士透露，新品下月发布。",
        "负责人坦言，今年的目标很难完成。",
        "专家回忆说，当时的条件非常艰苦。",
    ],
)
def test_a_role_before_a_speech_verb_is_not_a_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("审　判　长　　闵　　涛\n审　判　员　　诸　葛　亮\n书　记　员　　柴　　蓉\n", ["闵　　涛", "诸　葛　亮", "柴　　蓉"]),
        ("审判长  邢  凯\n人民陪审员  庞 晓 梅\n法官助理  韦  珊\n", ["邢  凯", "庞 晓 梅", "韦  珊"]),
        ("姓 名： 詹 立 新    性 别： 男", ["詹 立 新"]),          # the label is spaced like the name
    ],
)
def test_names_padded_in_signature_blocks_and_spaced_forms(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "门口贴着：请 按 时 签 到",          # spaced-out sentences: 时 closes 按时
        "横幅写的是 文 明 出 行",
        "会议室  三  楼\n茶水间  二  楼\n",   # padded, but no label before
        "目录\n第一章　　总　　则\n第二章　　附　　则\n",
    ],
)
def test_spaced_text_that_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("联系人：才建勋，电话另告。", ["才建勋"]),
        ("审批人：水秀芝", ["水秀芝"]),
        ("经办人：库丽娜", ["库丽娜"]),
        ("请操女士下午来取件。", ["操女士"]),
        ("名单：韦冬、答小雨、琚明远。", ["韦冬", "答小雨", "琚明远"]),
    ],
)
def test_surnames_that_are_also_everyday_words_in_a_name_frame(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "刚才说的数据库库存不足，才发现水费没交，请回答一下。",
        "他操作失误，水平有限，答案不对，库房已满。",
        "连接串格式：mysql://用户:密码@主机/库名",
        "这才是重点，人才难得。",
    ],
)
def test_those_characters_in_ordinary_words_are_not_names(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("欢迎乌日娜加入运维组！", ["乌日娜"]),
        ("排班改了，明天由巴特尔朝鲁负责巡检。", ["巴特尔朝鲁"]),
        ("拟任命买买提艾力同志为车间主任。", ["买买提艾力"]),
        ("获奖名单：龚雪、古丽米拉、鲍春生。", ["龚雪", "古丽米拉", "鲍春生"]),
        ("会上，苏和毕力格表示支持。", ["苏和毕力格"]),
    ],
)
def test_transliterated_names_without_the_dot_in_a_person_frame(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "布洛芬和阿莫西林能一起吃吗？",
        "美国西部：加利福尼亚、内华达、亚利桑那。",
        "下周去乌鲁木齐和克拉玛依出差。",
        "麦当劳和肯德基的套餐哪个划算？",
    ],
)
def test_transliterated_drugs_places_and_brands_are_not_names(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "合同由客服负责归档。",            # 由 + a role: the preposition, not the surname 由
        "门禁卡由保安统一发放。",
        "这批货和业内同行的报价差不多。",
        "维修由物业负责。",
    ],
)
def test_a_preposition_before_a_role_or_common_word_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("退货单先转交给舒畅跟进。", ["舒畅"]),                       # 舒畅 is also "comfortable"
        ("三号线的巡检由高远接任。", ["高远"]),
        ("江山下周出差，报表交给余晖。", ["江山", "余晖"]),             # a place name before 出差: a person
        ("钟声今天请病假。", ["钟声"]),
    ],
)
def test_word_like_names_in_a_hand_over_or_a_person_only_predicate(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "这个问题交给技术处理。",
        "费用由银行负责结算。",
        "一切交给时间。",
        "华东区由上海负责。",
        "由本人签字确认。",
    ],
)
def test_hand_overs_to_things_places_and_roles(text: str) -> None:
    assert _people(text) == []


def test_because_before_a_title_is_no_hand_over() -> None:
    assert _people("由于主任出差，例会改期。") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("有事联系王平。", ["王平"]),          # jieba lists 王平 as a famous person, so the word check calls it a word
        ("合同我交给李俊了，他会处理。", ["李俊"]),
        ("您好，胡佳为您服务。", ["胡佳"]),
    ],
)
def test_common_names_jieba_lists_for_a_famous_namesake(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["我们和陆军一起演练。", "早晚高峰时段请错峰出行。", "把钥匙交给胡同口的保安。"])
def test_listed_words_stay_words(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("麻烦转告褚　晓　东处理一下。", ["褚　晓　东"]),   # 东处 is no common word: 东 stays in the name
        ("褚 晓 明天到。", ["褚 晓"]),                        # 明 opens 明天: the run's last character is dropped
    ],
)
def test_a_spaced_name_keeps_its_last_character_unless_it_opens_a_word(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_spaced_letter_closing_is_no_name() -> None:
    assert _people("敬祝 商祺\n") == []     # 敬祝 and 商祺 are words: the run's ends belong to them


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"applicant":"\\u5b59\\u5f66\\u658c","status":"\\u5f85\\u5ba1"}', ["\\u5b59\\u5f66\\u658c"]),
        ('{"reviewer": "傅晓峰", "score": 4}', ["傅晓峰"]),
        ("assignee='阎丽君'", ["阎丽君"]),
    ],
)
def test_record_keys_that_hold_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_record_keys_with_no_person_value() -> None:
    assert _people('{"operator":"系统","handler":"自动"}') == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("下周龚婉婷休产假，工作由我接手。", ["龚婉婷"]), ("昨天邱文斌是不是没来？", ["邱文斌"])],
)
def test_leave_and_questions_after_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_question_about_a_thing_names_nobody() -> None:
    assert _people("这个方案是不是太贵了？周末是不是要加班？") == []
