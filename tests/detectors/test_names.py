"""PERSON recognizer: what a reviewer expects found (and not found) in Chinese and mixed prompts."""
from __future__ import annotations

import itertools

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import EntityRecognizer

from detectors.recognizers.names import PersonRecognizer

REC = PersonRecognizer()


def names_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["PERSON"])]


def test_is_a_presidio_recognizer_for_chinese() -> None:
    assert isinstance(REC, EntityRecognizer)
    assert REC.supported_entities == ["PERSON"]
    assert REC.supported_language == "zh"
    assert REC.analyze("客户姓名：黄军", ["ORG"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客户姓名：黄军\n手机：19848479876", ["黄军"]),
        ("用户 李秀云，电话 17672011461", ["李秀云"]),
        ("合同寄到哪？收件人骆丽丽", ["骆丽丽"]),
        ("紧急联系人：庞刚（父亲）", ["庞刚"]),
        ('{"name": "吴红霞", "id_no": "x"}', ["吴红霞"]),
        ("魏坤：@张娜 你把严老师的手机号发我一下", ["魏坤", "张娜", "严老师"]),
        ("麻烦王总确认一下合同。", ["王总"]),
        ("李女士您好，您的快递已到。", ["李女士"]),
        ("张伟经理已经批准了。", ["张伟"]),
        ("老王说这周要加班。", ["老王"]),
        ("小李，你把报表发我。", ["小李"]),
        ("出行人：欧阳娜娜，护照号 E12345678", ["欧阳娜娜"]),
        ("姓名：司马光明", ["司马光明"]),
        ("出行人：买买提·艾尼瓦尔，往来港澳通行证", ["买买提·艾尼瓦尔"]),
        ("香港同事米热古丽·买买提的身份证", ["米热古丽·买买提"]),
        ("姓名：賴志明\n性别：男", ["賴志明"]),
        ("昨天和张建华一起去开会。", ["张建华"]),
        ("这个需求由邵秀华负责。", ["邵秀华"]),
        ("请通知霍欢参加周五的评审。", ["霍欢"]),
        ("Summarize the call with Peter Cohen of Bullock Technologies Inc.", ["Peter Cohen"]),
        ("Dear Matthew Jones, thanks for your email.", ["Matthew Jones"]),
        ("Please ask Zhang Wei to review the PR.", ["Zhang Wei"]),
        ("Dear Mr. Blake Cobb, thanks for the call.", ["Mr. Blake Cobb"]),
        ("请联系我们的客户经理王小明（电话见附件）。", ["王小明"]),
        ("总经理张建国、副总经理李红出席了签约仪式。", ["张建国", "李红"]),
        ("会议纪要：出席人员有周杰、吴婷、郑浩，缺席：王芳。", ["周杰", "吴婷", "郑浩", "王芳"]),
        ("张伟明天请假，他手上的工作由刘洋暂时接手。", ["张伟", "刘洋"]),
        ("皇甫秀梅表示同意。", ["皇甫秀梅"]),
        ("收件人：申屠局长", ["申屠局长"]),
        ("联系人：乌兰·其其格", ["乌兰·其其格"]),
        ("车辆登记信息\n车主：聂丹\n号牌号码", ["聂丹"]),
        ("25  转账至 颜 兵 3572984", ["颜 兵"]),
        ("对接人 徐 俊老师（一五八零三）", ["徐 俊"]),
    ],
)
def test_finds_names_in_context(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_spaced_name_is_one_span() -> None:
    assert names_in("入职信息\n姓名：贾 秀 荣\n性别：女") == ["贾 秀 荣"]


def test_zero_width_inside_name_is_covered_in_original_offsets() -> None:
    text = "收件人李\ufeff成\n刘秀英：顺便把他身份证号给我"
    assert names_in(text) == ["李\ufeff成", "刘秀英"]


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😀😀 姓名：周晨"
    (result,) = REC.analyze(text, ["PERSON"])
    assert (result.start, result.end) == (6, 8)


@pytest.mark.parametrize(
    "text",
    [
        "A：下周去鼓浪屿出差，顺便去成都看看。\nB：成功的事情怎么样了？",
        "A：牛市，基本搞定了。",
        "B：好的，杨树就这么定。",
        "B：好的，江山就这么定。",
        "A：邓氏，还在等审批。",
        "明年包装的讨论很顺利，龙头部门会在粤港澳大湾区设立办公室。",
        "今天周末的讨论很顺利，白天部门会在西安设立办公室。",
        "这台服务器的高性能计算集群很稳定。",
        "于是我们决定和平解决，文件已经上传。",
        "方向明确之后，向前推进时间表。",
        "地铁3号线在上海站停运，3月5号恢复。",
        "本公司和贵司的合作很顺利。",
        "客户满意度调查已经完成，用户信息已脱敏。",
        "小时候我住在北京。",
        "于是我们决定先做一个小范围的试点。",
        "A：下周去法兰克福出差，顺便去陆家嘴看看。",
        "开户行：浦发银行长沙天心支行",
        "寄到河北省石家庄市长安区南京东路19号",
        "原军官证号：成字第9802564号",
        "2024-11-08  消费 深圳星辰建设工程股份有限公司",
        "The Sun Will Rise tomorrow at Kennedy Park.",
    ],
)
def test_ordinary_words_and_places_are_not_names(text: str) -> None:
    assert names_in(text) == []


def test_faker_names_after_labels_are_found() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(20240501)
    labels = ["姓名：", "联系人：", "收件人", "客户：", "经办人：", "负责人："]
    total = found = 0
    for i in range(300):
        name = fake.name()
        text = f"{labels[i % len(labels)]}{name}\n手机：请见附件"
        total += 1
        found += names_in(text) == [name]
    assert found / total >= 0.97


def test_faker_names_in_running_text_are_found() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(7)
    frames = ["{}说这个方案不行。", "感谢{}的支持！", "这个需求由{}负责。", "{}的手机号是多少？"]
    total = found = 0
    for i in range(200):
        name = fake.name()
        text = frames[i % len(frames)].format(name)
        total += 1
        found += name in names_in(text)
    assert found / total >= 0.9


def test_frequent_words_starting_with_a_surname_are_rarely_flagged() -> None:
    # jieba's most frequent words that begin with a surname character, in a chat line where an
    # isolated short run is exactly where a name could be
    from detectors.nlp import lexicon

    surnames, _ = lexicon.surnames()
    words = lexicon.words()
    common = [
        w
        for w in words._packed
        if len(w) == 2 and w[0] in surnames and words[w].freq >= 1000
    ]
    assert len(common) > 300
    flagged = [w for w in common if names_in(f"A：{w}，基本搞定了。")]
    assert len(flagged) / len(common) <= 0.01, flagged[:20]


# any code point, lone surrogates and controls included, biased towards the characters that matter
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=()),
        st.sampled_from("王李张欧阳司马老小总经理姓名：收件人@·路号室栋有限公司医院 \n\u200b\ufeff0123456789"),
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_scans_with_valid_non_overlapping_offsets(text: str) -> None:
    results = sorted(REC.analyze(text, ["PERSON"]), key=lambda r: r.start)
    for r in results:
        assert 0 <= r.start < r.end <= len(text)
    for a, b in itertools.pairwise(results):
        assert a.end <= b.start


def test_a_one_megabyte_single_line_scans() -> None:
    from detectors.recognizers.address import AddressRecognizer
    from detectors.recognizers.org import OrgRecognizer

    unit = "客户姓名：黄军，地址：河北省石家庄市裕华区人民路718号，单位：南京市第一人民医院，王总说好。"
    text = unit * (1024 * 1024 // len(unit.encode()) + 1)
    for rec, kind in ((REC, "PERSON"), (AddressRecognizer(), "ADDRESS"), (OrgRecognizer(), "ORG")):
        results = rec.analyze(text, [kind])
        assert len(results) >= text.count("黄军") if kind == "PERSON" else len(results) == text.count(unit)
        assert all(0 <= r.start < r.end <= len(text) for r in results)
