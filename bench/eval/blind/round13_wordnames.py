"""Round 13n blind corpus: people whose surname or given name is an ordinary word, in running text, and look-alikes.

Why: hold-out PERSON recall is 0.903, and the misses that earlier rounds saw keep coming back to one shape: a
name made of characters that are also words. Surnames that are particles, prepositions or common morphemes (于,
和, 高, 文, 白, 马, 石, 常, 安, 江, 方, 向, 时, 原, 连, 万, 金, 明, 华 ...), given names that are words (建国,
海洋, 伟明, 光明, 国庆), whole names that are words (高峰, 文静, 白雪, 安宁, 方圆, 向阳, 金华 -- also a city),
honorific references built on them (老马, 小方, 于老, 方工, 万总, 白姐, 阿明), names at a clause start after a
conjunction or list punctuation (林某与贾某), after 由 (由于海洋负责), in 从 ... 到 ... frames, and names followed by
a verb or adverb whose first character could continue the name (李娜安排, 刘洋向, 王磊时常, 张伟明天). Written from
the labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it:

- PERSON is the name as written. Surname + title and 老 / 小 + surname are labeled whole (tag `honorific`), and so
  are surname + 老 (于老, an elder's title), surname + 工 / 总 / 姐 / 哥 and 阿 + surname; 阿 + a given-name
  character (阿明, 阿珍) is a name as written, as in the dev sample. A full name with a title before or after it
  is the name only. Historical and literary figures are names (rounds 9-12): 于谦, 文天祥, 白居易, 江姐, 阿Q.
  A bare surname (我姓万) is optional.
- No gold: the same characters as words (于是, 和平路, 高质量, 文件, 明天, 万元, 方向, 向他, 时间, 常规, 原因 ...),
  place names (金华市, 石家庄, 常州, 连云港, 万州 ...), brands and shops that carry a person's name or look like
  one (张小泉剪刀, 王老吉, 李宁, 江小白, 方太, 文和友 ...: brands are not PERSON under the conventions), words that
  look like honorifics (小时, 小高层, 老江湖, 对方总是, 浙江总部, 加工, 空姐, 阿姨, 阿里, 高老庄), placeholders
  without a surname (某某, 某某某, XXX), masked names (林某, 于某某: a masked value, as in round 7), role nouns.
  These are decoys in the documents with gold too.

Names are invented (hand-made pools of word surnames and word given names, Faker zh_CN given names, seeded);
historical and literary figures are public figures. About a third of the documents have no gold; the output
follows only the seed.

    python -m bench.eval.blind.build --round13n     # writes bench/eval/corpus/blind-round13n.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import PERSON, PHONE

SEED = 130613
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# ------------------------------------------------------------------------------------------------ name pools
WORD_SUR = ["于", "和", "高", "文", "白", "马", "石", "常", "安", "江", "方", "向", "时", "原", "连", "万", "金",
            "明", "华", "宁", "成", "全", "路", "田", "钱", "关", "温", "夏", "易", "应", "尚", "齐", "毛", "包",
            "谷", "左", "严", "简", "鲁", "牛", "花", "车", "古", "云", "雷", "甘", "邢", "解", "查"]
COMMON_SUR = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "林", "何", "郭",
              "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈",
              "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "潘", "杜", "戴"]
WORD_GIVEN = ["伟明", "建国", "海洋", "国庆", "建军", "春风", "文华", "天明", "光辉", "红旗", "长江", "志强", "永安",
              "新民", "东升", "晓东", "宇航", "建设", "建华", "平安", "丽华", "海燕", "金凤", "玉兰", "春生", "大海",
              "明亮", "英才", "华夏", "成功", "胜利", "卫东", "向前", "跃进", "振兴", "富强", "光荣", "家乐", "思源",
              "立新", "晨光", "秋实", "春雨", "安康", "国强", "海军", "长城", "红梅", "金山", "银河", "飞跃", "建业",
              "德华", "美华", "光明", "文明", "和平", "新华", "朝阳", "东方", "海峰", "雪松", "青山", "远方"]
GIVEN1 = ["明", "华", "和", "平", "安", "文", "方", "强", "伟", "静", "兰", "红", "军", "勇", "涛", "洋", "磊",
          "丽", "敏", "杰", "峰", "霞", "鹏", "婷", "刚", "娜", "芳", "浩", "琳", "斌"]
WORD_NAME2 = ["和丽", "明华", "金华", "高峰", "文静", "白雪", "安宁", "方圆", "向阳", "时光", "常青", "江涛", "万里",
              "石磊", "马丽", "连胜", "原野", "于洋", "高翔", "白云", "金鑫", "夏天", "田野", "路遥", "江波", "万军",
              "于波", "方正", "华明", "明亮", "文涛", "安然", "常乐", "向荣", "宁静", "全胜"]
# honorific forms each surname takes naturally (老时 / 小时, 小路, 高工, 全总 ... are words or titles, not people)
OLD_YOUNG = ["于", "高", "文", "马", "石", "常", "安", "江", "方", "向", "连", "万", "金", "宁", "田", "关", "温",
             "夏", "易", "齐", "谷", "左", "严", "简", "鲁", "古", "云", "雷", "甘", "邢"]
GONG = ["马", "石", "方", "江", "向", "连", "万", "安", "常", "于", "田", "夏", "温", "关", "严", "鲁", "谷"]
ZONG = ["万", "高", "方", "江", "文", "连", "安", "时", "常", "白", "于", "和", "马", "石", "金", "华", "成", "夏",
        "温", "齐", "严", "向"]
JIE = ["方", "白", "马", "安", "常", "万", "和", "于", "石", "文", "高", "连", "金", "夏", "田", "江", "温", "向"]
ELDER = ["于", "万", "文", "石", "常", "方", "江", "高", "钱", "夏", "白"]
A_GIVEN = ["明", "华", "文", "强", "伟", "芳", "杰", "珍", "兰", "宁", "安", "和", "平", "亮", "坤", "彬"]
A_SUR = ["陈", "梁", "江", "方", "万", "高", "黄", "林", "石", "马"]
TITLES_AFTER = ["经理", "女士", "先生", "老师", "主任", "师傅", "律师", "医生", "处长", "科长", "总监", "会计"]

DEPTS = ["研发中心", "财务部", "市场部", "人力资源部", "华北大区", "客服中心", "采购部", "法务部", "运营部", "质量部",
         "信息技术部", "行政部", "西北分公司", "数据平台部", "供应链管理部", "审计部", "品牌部", "安全环保部"]
ROOMS = ["三楼小会议室", "A座1205", "线上腾讯会议", "总部大会议室", "B栋多功能厅", "研发楼402"]
TOPICS = ["新版本上线", "年度预算", "供应商评估", "数据迁移", "客户投诉整改", "招聘计划", "仓库盘点", "合同续签",
          "系统压测", "展会筹备", "安全检查", "质量回溯"]
QUOTES = ["只要方向对了，慢一点也没关系", "质量是企业的生命", "这次能按期交付靠的是整个团队",
          "明年还要继续扩大产能", "客户的事没有小事", "我们会把经验推广到其他门店", "数据安全必须放在第一位",
          "越是困难的时候越要沉住气"]
PLACES = ["金华市", "和平区", "石家庄", "常州", "安阳", "江门", "连云港", "万州", "高邮", "文昌", "白山", "马鞍山",
          "明光", "华阴", "宁德", "原平", "向阳区", "方城县", "时代广场", "江宁", "于都", "和田", "金山区", "高新区"]
WORDS = ["于是", "高质量", "文件", "明天", "万元", "方向", "时间", "常规", "原因", "连续", "安排", "白天", "马上",
         "石油", "江湖", "高兴", "文化", "安全", "时候", "常常", "原来", "连忙", "万一", "向来", "方便", "关于",
         "金额", "全部", "成本", "路线", "夏季", "温度", "简单", "古代", "云端", "齐全", "严格", "左右", "车间",
         "花费", "牛奶", "包装", "田地", "谷歌", "甘心", "解决", "查询", "华丽", "明确", "宁可", "原则", "高度",
         "文字", "和谐", "万分", "时常", "方案", "连夜"]
BRANDS = [("张小泉", "剪刀"), ("王老吉", "凉茶"), ("李宁", "运动鞋"), ("江小白", "白酒"), ("方太", "油烟机"),
          ("文和友", "小龙虾"), ("马大姐", "奶糖"), ("老干妈", "辣酱"), ("周黑鸭", "鸭脖"), ("王小卤", "虎皮凤爪"),
          ("阿香婆", "香辣酱"), ("白象", "方便面"), ("金龙鱼", "食用油"), ("石头", "扫地机器人"), ("万家乐", "热水器"),
          ("老板", "灶具"), ("小天鹅", "洗衣机"), ("安踏", "跑鞋"), ("马应龙", "药膏"), ("高露洁", "牙膏"),
          ("陈克明", "挂面"), ("常熟阿诺", "电动牙刷"), ("向日葵", "远程控制软件"), ("时光", "相册App")]
ROLE_NOUNS = ["客服", "前台", "值班经理", "门卫大爷", "保洁阿姨", "快递小哥", "物业管家", "司机师傅", "收银员",
              "店长", "技术支持", "值班护士"]


@dataclass(frozen=True)
class Name:
    """An invented name: its written value, its surname (for honorific forms) and span tags."""
    value: str
    surname: str

    def g(self) -> str:
        return PERSON(self.value)


def _given() -> str:
    g = ZH.first_name()
    return g if len(g) <= 2 else g[:2]


def name(kind: str | None = None) -> Name:
    """A full Chinese name of one of the shapes this round covers."""
    kind = kind or pick(["wordsur", "wordsur", "wordsur", "wordgiven", "wordgiven", "both", "word2", "plain"])
    if kind == "wordsur":
        s = pick(WORD_SUR)
        return Name(s + (_given() if R.random() < 0.7 else pick(GIVEN1)), s)
    if kind == "wordgiven":
        s = pick(COMMON_SUR)
        return Name(s + pick(WORD_GIVEN), s)
    if kind == "both":
        s = pick(WORD_SUR)
        return Name(s + pick(WORD_GIVEN), s)
    if kind == "word2":
        v = pick(WORD_NAME2)
        return Name(v, v[0])
    s = pick(COMMON_SUR)
    return Name(s + _given(), s)


# two-character pairs that read first as a word: a reader would not take them for a person without a cue
NOT_TWO = {"和平", "文明", "文静", "安静", "原文", "金华", "华丽", "宁静", "成文", "全文", "温和", "温文", "严明",
           "简明", "花红", "古文", "查明", "高强", "明明", "白兰", "安平", "平安", "明华", "文华", "和和", "高明"}


def two(kind: str | None = None) -> Name:
    """A two-character name (surname + one character), the shape a following verb can swallow a character of."""
    while True:
        s = pick(COMMON_SUR + WORD_SUR if kind is None else (WORD_SUR if kind == "word" else COMMON_SUR))
        v = s + pick(GIVEN1)
        if v not in NOT_TWO:
            return Name(v, s)


def names(n: int, kind: str | None = None) -> list[Name]:
    """n different names (the same value twice would be one person)."""
    out: list[Name] = []
    while len(out) < n:
        x = name(kind)
        if all(x.value != y.value and x.surname != y.surname for y in out):
            out.append(x)
    return out


def hon(form: str | None = None, s: str | None = None) -> str:
    """An honorific reference built on a word surname, labeled whole."""
    form = form or pick(["old", "young", "gong", "zong", "jie", "title", "title", "elder", "a_sur", "ge"])
    if form in ("old", "young"):
        v = ("老" if form == "old" else "小") + (s if s in OLD_YOUNG else pick(OLD_YOUNG))
    elif form == "gong":
        v = (s if s in GONG else pick(GONG)) + "工"
    elif form == "zong":
        v = (s if s in ZONG else pick(ZONG)) + "总"
    elif form == "jie":
        v = (s if s in JIE else pick(JIE)) + "姐"
    elif form == "ge":
        v = (s if s in JIE else pick(JIE)) + "哥"
    elif form == "elder":
        v = (s if s in ELDER else pick(ELDER)) + "老"
    elif form == "a_sur":
        v = "阿" + pick(A_SUR)
    else:
        v = (s or pick(WORD_SUR)) + pick(TITLES_AFTER)
    return PERSON(v, "honorific")


def a_name() -> str:
    """阿 + a given-name character: a person's everyday name (the dev sample labels 阿荣)."""
    return PERSON("阿" + pick(A_GIVEN))


def masked(s: str | None = None, n: int | None = None) -> str:
    """A surname with 某 / 某某 standing for one person: a masked name, a decoy like a masked phone number (the
    conventions list masked values as decoys; round 7 labels 张某 / 李某某 the same way)."""
    s = s or pick(WORD_SUR + COMMON_SUR)
    return dk("masked_name", s + "某" * (n or pick([1, 2, 2])))


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def w(v: str | None = None) -> str:
    """A word whose first character is also a surname."""
    return dk("surname_word", v or pick(WORDS))


def place(v: str | None = None) -> str:
    return dk("place_name", v or pick(PLACES))


def brand(b: tuple[str, str] | None = None) -> str:
    b = b or pick(BRANDS)
    return dk("brand_name", b[0]) + b[1]


def role() -> str:
    return dk("job_title", pick(ROLE_NOUNS))


def phone() -> str:
    v = values.cn_mobile(R)
    return PHONE(v) if R.random() < 0.7 else PHONE(f"{v[:3]} {v[3:7]} {v[7:]}", "grouped")


def date() -> str:
    return f"{R.randint(2025, 2027)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def md() -> str:
    return f"{R.randint(1, 12)}月{R.randint(1, 28)}日"


def md_range() -> str:
    m, d = R.randint(1, 12), R.randint(1, 24)
    return f"{m}月{d}日-{m}月{d + R.randint(1, 4)}日"


def clock(n: int) -> list[str]:
    """n chat timestamps in order."""
    t = R.randint(8 * 60, 17 * 60)
    out = []
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += R.randint(0, 6)
    return out


def hm() -> str:
    return f"{R.randint(8, 18):02d}:{R.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}"


def money() -> str:
    return f"{R.randint(2, 98)}{w('万元')}"


# ------------------------------------------------------------------------------------------------ positives
def minutes() -> Doc:
    a, b, c, d = names(4)
    form = turn("minutes", [
        f"会议纪要\n时间：{date()} {hm()}\n地点：{pick(ROOMS)}\n参会：{a.g()}、{b.g()}、{hon()}、{c.g()}\n记录：{d.g()}\n"
        f"一、{a.g()}通报了{pick(TOPICS)}进展，{b.g()}补充说明了延期的{w('原因')}。\n"
        f"二、{hon()}提出{w('时间')}节点要前移，{c.g()}同意。\n三、下次会议由{d.g()}召集。",
        f"周例会记录：{hon('old')}说{w('明天')}的评审改到下午，{hon('young')}负责通知；{hon('gong')}汇报了测试情况，"
        f"{w('连续')}三天没有严重缺陷。{a.g()}与{b.g()}会后对一下{w('文件')}。",
        f"项目复盘会\n从{a.g()}到{b.g()}，大家都认为延期的{w('原因')}在于需求变更太频繁。{c.g()}向大家道歉，"
        f"表示下次一定提前评审。",
        f"纪要补充：由{PERSON('于' + pick(WORD_GIVEN))}负责对接供应商，{b.g()}和{c.g()}配合；{hon('zong')}时常出差，"
        f"相关事项抄送{d.g()}即可。",
        f"部门会议\n主持：{hon('zong')}\n出席：{a.g()}、{b.g()}、{c.g()}（请假）\n决议：\n1. {a.g()}安排周末值班；\n"
        f"2. {b.g()}原计划下周出差，改为月底；\n3. {w('常规')}事项按{w('文件')}执行。",
        f"董事会会议记录（摘要）\n{a.g()}董事长主持会议。{b.g()}向会议报告了上半年经营情况，净利润{money()}。"
        f"{c.g()}就下一步发展{w('方向')}发言，{d.g()}表示赞同。",
        f"帮我把这段会议记录整理成要点：今天开会{hon()}先讲了{pick(TOPICS)}，然后{a.g()}和{hon()}吵起来了，"
        f"{w('于是')}{b.g()}提议休会十分钟。最后{hon('old')}拍板按原方案走。",
        f"例会纪要（{md()}）\n• {a.g()}：{pick(TOPICS)}已完成80%，{w('明天')}提测\n• {b.g()}：服务器扩容等{hon('gong')}确认\n"
        f"• {c.g()}：{w('高质量')}完成客户演示\n待办：{d.g()}跟进预算审批",
        f"季度经营分析会\n{a.g()}首先通报了收入情况，{b.g()}、{c.g()}分别汇报了{place()}和{place()}两地的市场表现。"
        f"{hon('zong')}指出，{pick(QUOTES)}。",
        f"周会纪要：{hon('young')}、{hon('young')}和{a.g()}负责{pick(TOPICS)}；{b.g()}{w('连续')}加了两周班，"
        f"建议调休。{c.g()}提醒大家注意{w('安全')}。",
        f"讨论记录：\n{a.g()}：我觉得{w('方向')}没问题，就是{w('时间')}太赶。\n{b.g()}：同意，{w('原来')}的排期太乐观了。\n"
        f"{hon('jie')}：那就往后挪一周。",
        f"{md()}晨会：{hon('elder')}到会指导。{a.g()}、{b.g()}与{c.g()}汇报了{pick(TOPICS)}，{hon('elder')}要求"
        f"把{w('常规')}检查做扎实。",
    ])
    return "minutes", form, None


def chat() -> Doc:
    a, b, c = names(3)
    n1 = pick(OLD_YOUNG)
    t = clock(4)
    form = turn("chat", [
        f"[{t[0]}] {hon('old', n1)}：今天谁去{place('金华市')}出差？\n[{t[1]}] {a_name()}：我去，{w('明天')}一早出发\n"
        f"[{t[2]}] {hon('young')}：记得带上盖章的{w('文件')}\n[{t[3]}] {a.g()}：我也一起",
        f"{a.g()}：{b.g()}，合同你看完了吗？\n{b.g()}：还没，{w('时间')}太紧了\n{hon('jie')}：别急，我找{c.g()}帮你看\n"
        f"{a.g()}：好的，谢谢",
        f"群聊记录帮我总结一下：\n{hon('young')}：{w('马上')}到\n{hon('ge')}：我在{place()}堵车\n{a.g()}：那我们先开始，"
        f"{w('常规')}流程走一遍\n{b.g()}：好",
        f"刚才{hon('zong')}打电话说方案可以，{w('于是')}我就把报价发给{hon('young')}了，他说{w('明天')}回复。",
        f"@{a.g()} @{b.g()} {w('明天')}上午十点对齐一下{w('方向')}，{hon()}也来。",
        f"{a_name()}：周五聚餐定在哪？\n{a_name()}：{place()}那家吧\n{hon('old')}：我{w('白天')}有会，晚点到\n"
        f"{a.g()}：收到",
        f"工作群\n{a.g()}：谁有{hon('gong')}的电话？\n{b.g()}：{phone()}\n{a.g()}：谢了，我{w('马上')}打",
        f"私信：{hon('jie')}，{w('关于')}报销的事我问过{a.g()}了，她说{w('金额')}超过五千要{hon('zong')}签字。",
        f"{hon('old')}：这个需求谁提的？\n{hon('young')}：{a.g()}提的，{w('原因')}是客户投诉\n{hon('old')}：让{a.g()}来一下",
        f"班级群通知：{a.g()}家长、{b.g()}家长请于{md()}前交回回执。{c.g()}同学{w('连续')}三天未打卡，请家长关注。",
        f"{a.g()}：今天{w('车间')}停电，{b.g()}说下午来电\n{hon('gong')}：那我先把设备关了\n"
        f"{c.g()}：注意{w('安全')}",
        f"“{hon('young')}，你{w('明天')}能替我一下班吗？”“可以啊，你找{hon('old')}说一声就行。”",
    ])
    return "chat", form, None


def hr_note() -> Doc:
    a, b, c = names(3)
    form = turn("hr", [
        f"员工档案备注：{a.g()}，{pick(DEPTS)}，入职三年，{w('连续')}两年绩效A。直属上级{b.g()}评价：踏实肯干。",
        f"HR备忘：{a.g()}申请调岗至{pick(DEPTS)}，{b.g()}同意放人；{hon()}面谈后于{md()}生效。",
        f"转正审批：{a.g()}试用期表现良好，导师{b.g()}建议按时转正，{hon('zong')}已签字。",
        f"请假登记\n{a.g()}　事假　{md()}　{w('原因')}：家中有事\n{b.g()}　年假　{md_range()}\n审批人：{hon()}",
        f"离职交接单：{a.g()}的工作由{b.g()}接手，交接清单见附件{w('文件')}。{c.g()}负责监交。",
        f"面试反馈：候选人{a.g()}思路清晰，对我们的业务{w('方向')}理解到位；二面面试官{b.g()}建议录用，"
        f"薪资由{hon('jie')}沟通。",
        f"帮我写一段入职欢迎词：欢迎{a.g()}加入{pick(DEPTS)}！{a.g()}此前在{place()}工作多年，擅长数据分析。",
        f"绩效面谈记录\n被面谈人：{a.g()}\n面谈人：{hon()}\n要点：{a.g()}本季度{w('连续')}完成目标，"
        f"但{w('文字')}材料偏弱，建议向{b.g()}学习。",
        f"年假余额核对：{a.g()} 5天，{b.g()} 3天，{c.g()} 7天。如有疑问请联系{hon('jie')}。",
        f"人事提醒：{a.g()}、{b.g()}的劳动合同将于{md()}到期，请{hon('zong')}确认是否续签。",
        f"考勤异常说明：{a.g()}{md()}未打卡，{w('原因')}是外出拜访客户，{b.g()}可以作证。",
        f"内推登记：推荐人{a.g()}（{pick(DEPTS)}），被推荐人{b.g()}，岗位：数据工程师。",
    ])
    return "hr_note", form, None


def news() -> Doc:
    a, b, c, d = names(4)
    form = turn("news", [
        f"本报讯 从{a.g()}到{b.g()}，这支平均年龄不到三十岁的团队用两年{w('时间')}证明了自己。"
        f"{c.g()}介绍，项目{w('原计划')}三年完成。",
        f"据{a.g()}回忆，{date()}那天，{b.g()}{w('连夜')}赶到现场。{c.g()}向记者表示：“{pick(QUOTES)}。”",
        f"{place()}一家企业的负责人{a.g()}告诉记者，订单增长很快，{w('于是')}他们决定扩建厂房。{b.g()}则认为，"
        f"{pick(QUOTES)}。",
        f"记者了解到，{a.g()}和{b.g()}都是{place()}人，同事们时常提起他们。",
        f"{a.g()}安排好手头的工作后，当天就赶回了{place()}。",
        f"新闻通稿：{a.g()}、{b.g()}与{c.g()}共同出席签约仪式。{d.g()}表示，双方将在{w('高质量')}发展方面深化合作。",
        f"通讯员{a.g()}报道：{md()}，公司举行“安全生产月”启动仪式，{b.g()}宣读倡议书，{hon('zong')}作动员讲话。",
        f"在{place()}举行的颁奖典礼上，{a.g()}获得年度创新奖。{a.g()}向评委表示感谢，并说：“{pick(QUOTES)}。”",
        f"{a.g()}时常对年轻人说，{pick(QUOTES)}。这句话，{b.g()}一直记在心里。",
        f"退休工程师{a.g()}被大家亲切地称为“{PERSON(a.surname + '老', 'honorific')}”。{w('白天')}在车间带徒弟，晚上整理技术笔记。",
        f"简讯：{a.g()}当选为工会主席，{b.g()}、{c.g()}当选为副主席。{w('万一')}有异议，可在五日内反映。",
        f"这篇稿子帮我改一下：{a.g()}原本在{place()}做销售，后来跟着{hon('zong')}创业，如今已是公司副总。",
    ])
    return "news", form, None


def cs_transcript() -> Doc:
    a, b = names(2)
    s = pick(WORD_SUR)
    sir = pick(["先生", "女士"])
    form = turn("cs", [
        f"客服：您好，我是客服{hon('young')}，工号{R.randint(1000, 9999)}，请问有什么可以帮您？\n"
        f"客户：我姓{PERSON(s, 'opt')}，上周买的{brand()}还没到。\n客服：{PERSON(s + sir, 'honorific')}您好，"
        f"麻烦提供一下订单号。",
        f"【通话记录】\n坐席：{a.g()}\n来电人：{PERSON(s + sir, 'honorific')}\n诉求：{money()}退款一直未到账，"
        f"{w('原因')}不明\n处理：已转{hon('gong')}核实，{w('明天')}回电",
        f"在线客服对话\n访客：你好，我找{PERSON(s + '经理', 'honorific')}\n客服{a_name()}：您好，"
        f"{PERSON(s + '经理', 'honorific')}今天在外面，{w('马上')}帮您转给{a.g()}可以吗？",
        f"工单备注：用户{a.g()}反映{w('连续')}三天无法登录，已由{b.g()}远程处理；{hon()}跟进回访。",
        f"投诉处理记录\n客户：{a.g()}，手机{phone()}\n问题：{brand()}使用三个月后故障\n处理人：{hon()}\n"
        f"结果：同意换货，运费由我方承担。",
        f"客服质检：坐席{a.g()}在通话中多次打断客户，{hon('jie')}已约谈；坐席{b.g()}服务规范，建议表扬。",
        f"用户留言：上次接待我的是{hon('young')}，态度特别好，麻烦转告{hon('zong')}表扬一下她。",
        f"回访记录：{PERSON(s + sir, 'honorific')}表示问题已解决，对{a.g()}的处理比较满意。",
        f"坐席：请问您是{a.g()}本人吗？\n客户：不是，我是他同事，他让我帮忙问一下。\n坐席：好的，"
        f"为了您的账户{w('安全')}，需要本人来电。",
        f"售后群\n{a_name()}：这单是谁接的？\n{a.g()}：我接的，客户是{PERSON(s + sir, 'honorific')}\n"
        f"{a_name()}：好，你跟一下",
    ])
    return "cs_transcript", form, None


def case_note() -> Doc:
    s1, s2 = R.sample(WORD_SUR, 2)
    x, y = masked(s1), masked(s2)
    c = name()
    form = turn("case", [
        f"案情摘要：{x}与{y}系同事关系。{date()}，{x}向{y}借款{money()}，"
        f"约定三个月内归还。",
        f"调解记录：{masked(s1, 1)}与{masked(s2, 1)}因停车位发生纠纷，经{c.g()}调解，双方达成一致。",
        f"由{masked('于', 2)}提出申请，{y}同意，{md()}办理了过户手续。",
        f"处分决定（公示版）\n{x}，{pick(DEPTS)}员工，{w('连续')}旷工五日，给予记过处分。经办人：{c.g()}",
        f"这段判决书帮我提炼要点：被告人{x}伙同{y}盗窃电缆，{w('金额')}较大。",
        f"信访登记：来访人{x}反映其与邻居{y}的宅基地纠纷，接待人{c.g()}已登记。",
    ])
    return "case_note", form, None


HISTORIC = [
    ("于谦", "《石灰吟》", "粉骨碎身浑不怕，要留清白在人间"),
    ("文天祥", "《正气歌》", "天地有正气，杂然赋流形"),
    ("白居易", "《卖炭翁》", "可怜身上衣正单，心忧炭贱愿天寒"),
    ("马致远", "《天净沙·秋思》", "夕阳西下，断肠人在天涯"),
    ("高适", "《别董大》", "莫愁前路无知己，天下谁人不识君"),
    ("方孝孺", "《深虑论》", "虑天下者，常图其所难而忽其所易"),
    ("江淹", "《别赋》", "黯然销魂者，唯别而已矣"),
    ("万斯同", "《明史稿》", "史之难为久矣"),
]
DEEDS = [("常遇春", "冲锋陷阵"), ("石达开", "转战千里"), ("向警予", "投身妇女解放"), ("连横", "编撰《台湾通史》"),
         ("于成龙", "清廉自守"), ("安金藏", "剖腹明志"), ("华罗庚", "推广优选法"), ("时传祥", "甘当掏粪工人"),
         ("包拯", "铁面无私"), ("关汉卿", "为民请命写杂剧"), ("白求恩", "救死扶伤"), ("钱学森", "冲破阻挠回国")]


def essay() -> Doc:
    h = pick(HISTORIC)
    d1, d2 = R.sample(DEEDS, 2)
    form = turn("essay", [
        f"帮我写演讲稿开头：{PERSON(h[0])}在{h[1]}中写道“{h[2]}”。{w('于是')}，我想到了我们身边的普通人。",
        f"从{PERSON(d1[0])}{d1[1]}，到{PERSON(d2[0])}{d2[1]}，历史一再告诉我们：信念的力量是无穷的。",
        f"读书笔记：{PERSON(h[0])}的{h[1]}，{w('文字')}朴素而情感真挚。老师说{PERSON(h[0])}写作{w('时常')}推敲到深夜。",
        f"语文作业：结合{PERSON('鲁迅')}笔下的{PERSON('阿Q')}，谈谈你对“精神胜利法”的理解。",
        f"党课讲稿：{PERSON('江姐', 'honorific')}在狱中坚贞不屈的故事，我们从小就听过。今天再读，依然热泪盈眶。",
        f"主题班会素材：{PERSON(d1[0])}的故事告诉我们什么？请结合{PERSON(d2[0])}{d2[1]}的事例展开。",
        f"“{h[2]}。”{PERSON(h[0])}的这句诗，{w('常常')}被用来形容坚守。",
        f"企业文化墙文案：学习{PERSON(d1[0])}{d1[1]}的精神，学习{PERSON(d2[0])}{d2[1]}的担当。",
    ])
    return "essay", form, None


VERB_AFTER = ["安排好了{x}", "向客户道歉了", "时常加班到深夜", "原本打算辞职", "高度评价了这个方案", "连夜改完了方案",
              "万分感谢大家的帮助", "常年驻外", "方才到达现场", "和客户吵了一架", "于上周离职", "明天出差",
              "明确表示反对", "全部签完了", "成功拿下了订单", "关心的只是进度", "马上就到", "原来是学财务的",
              "白天要带孩子", "全程参与了验收", "向来很准时", "连续三个月拿了销冠", "高兴得跳了起来", "文字功底很好"]


def verb_after() -> Doc:
    a, b = two(), two()
    while b.surname == a.surname:
        b = two()
    c = name("wordgiven")
    va, vb = R.sample(VERB_AFTER, 2)
    x = pick(["周末的值班", "车", "会议室", "合同"])
    form = turn("verb", [
        f"{a.g()}{va.format(x=x)}，{b.g()}{vb.format(x=x)}。",
        f"听说{a.g()}{va.format(x=x)}？{hon()}说{b.g()}{vb.format(x=x)}。",
        f"帮我润色：{date()}，{a.g()}{va.format(x=x)}；同一天，{c.g()}{vb.format(x=x)}。",
        f"周报：本周{a.g()}{va.format(x=x)}，{b.g()}{vb.format(x=x)}，{c.g()}请假两天。",
        f"{a.g()}和{b.g()}都{pick(['同意', '参加了培训', '在线'])}，{c.g()}{va.format(x=x)}。",
        f"我也是后来才听{b.g()}说的：{a.g()}{va.format(x=x)}。",
        f"{a.g()}和{PERSON('和' + _given())}负责{x}，{b.g()}{vb.format(x=x)}。",
    ])
    return "verb_after", form, None


def word_given() -> Doc:
    xs = names(4, "wordgiven")
    ys = names(2, "both")
    g = [x.g() for x in xs + ys]
    form = turn("wg", [
        f"表彰名单：{g[0]}、{g[1]}、{g[2]}和{g[3]}四位同志被评为先进工作者。",
        f"{pick(DEPTS)}经理{g[0]}、副经理{g[4]}出席会议，{g[1]}作总结发言。",
        f"值班表\n周一 {g[0]}\n周二 {g[1]}\n周三 {g[4]}\n周四 {g[2]}\n周五 {g[5]}",
        f"{g[0]}同志、{g[4]}同志：请于{md()}前提交述职报告。",
        f"采购部{g[1]}与供应商代表{g[5]}就价格问题进行了沟通，{g[2]}列席。",
        f"请把这句话翻成英文：{g[4]}和{g[0]}是我们团队最早的两位成员。",
        f"项目组：组长{g[0]}，组员{g[4]}、{g[1]}、{g[5]}。",
        f"感谢{g[4]}、{g[5]}在展会期间的辛苦付出！",
    ])
    return "word_given", form, None


def word_name() -> Doc:
    v1, v2 = R.sample(WORD_NAME2, 2)
    a = PERSON(v1)
    b = PERSON(v2)
    form = turn("wn", [
        f"经理{a}表示，下季度要加强回款管理；副经理{b}补充说，{pick(QUOTES)}。",
        f"联系人：{a}，电话{phone()}；备用联系人：{b}。",
        f"{a}同志、{b}同志：请于{md()}到人力资源部领取证书。",
        f"新同事{a}今天入职，工位在{b}旁边，大家多关照。",
        f"{a}老师您好，我是{b}的家长，想请假一天。",
        f"请{a}、{b}两位同学课后到办公室来一趟。",
    ])
    return "word_name", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (minutes, 16), (chat, 16), (hr_note, 14), (news, 15), (cs_transcript, 13), (case_note, 8), (essay, 10),
    (verb_after, 12), (word_given, 8), (word_name, 6),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_words() -> Doc:
    form = turn("neg_words", [
        f"{w('于是')}我们决定{w('明天')}再讨论，{w('原因')}是{w('文件')}还没批下来。",
        f"公司地址在{place('和平区')}{dk('place_name', '和平路')}附近，{w('方便')}的话{w('白天')}来。",
        f"今年的目标是{w('高质量')}发展，{w('安全')}生产{w('常规')}检查不能少。",
        f"预算超了{money()}，{w('原来')}的{w('方案')}要调整，{w('方向')}不变。",
        f"请{w('向他')}说明一下{w('时间')}安排，{w('万一')}来不及就顺延。",
        f"{w('明天')}{place('金华市')}有暴雨，{w('连续')}三天橙色预警，外勤人员注意{w('安全')}。",
        f"{w('关于')}{w('石油')}价格，{w('常常')}有人问我{w('原因')}，其实{w('简单')}说就是供需。",
        f"合同{w('金额')}{w('全部')}核对完毕，{w('文字')}部分由法务再看一遍。",
        f"{w('高兴')}的是，{w('夏季')}用电高峰前{w('车间')}的改造{w('全部')}完成了。",
        f"帮我把这段话改通顺：{w('时常')}有客户{w('向来')}不看说明书，{w('于是')}投诉就多了。",
        f"{w('明确')}一下：{w('原则')}上{w('严格')}按{w('文件')}执行，{w('宁可')}慢一点也不要出错。",
        f"这个{w('方案')}我{w('万分')}认同，{w('成本')}也在{w('左右')}浮动范围内。",
    ])
    return "neg_words", form, None


def neg_brands() -> Doc:
    b1, b2, b3 = R.sample(BRANDS, 3)
    form = turn("neg_brands", [
        f"帮我列个采购清单：{brand(b1)}、{brand(b2)}、{brand(b3)}。",
        f"门店调研：{brand(b1)}和{brand(b2)}的销量{w('连续')}两个月上涨。",
        f"年货福利：每人一箱{dk('brand_name', '王老吉')}凉茶，一瓶{dk('brand_name', '老干妈')}，外加{brand(b3)}。",
        f"{brand(b1)}的售后{w('时常')}联系不上，{w('于是')}我改买了{brand(b2)}。",
        f"晚上去{dk('brand_name', '文和友')}还是吃{dk('brand_name', '周黑鸭')}？我都行。",
        f"厨房装修清单：{dk('brand_name', '方太')}油烟机、{dk('brand_name', '老板')}灶具、{dk('brand_name', '万家乐')}热水器。",
        f"推荐一把好用的剪刀，{dk('brand_name', '张小泉')}的怎么样？",
        f"直播间今晚上架{brand(b1)}，{w('明天')}上架{brand(b2)}。",
    ])
    return "neg_brands", form, None


def neg_places() -> Doc:
    p1, p2, p3 = R.sample(PLACES, 3)
    form = turn("neg_places", [
        f"出差路线：{place(p1)}—{place(p2)}—{place(p3)}，共四天。",
        f"{place(p1)}和{place(p2)}两地的分公司{w('连续')}三年盈利。",
        f"物流中转仓设在{place(p1)}，{w('白天')}发往{place(p2)}，夜间发往{place(p3)}。",
        f"下周的展会在{place(p1)}，{w('时间')}还没定，{w('原因')}是场馆在装修。",
        f"{place('石家庄')}、{place('常州')}、{place('连云港')}三个城市入选了试点名单。",
        f"客户分布：{place(p1)} 32家，{place(p2)} 18家，{place(p3)} 9家。",
        f"从{place(p1)}到{place(p2)}坐高铁要多久？",
    ])
    return "neg_places", form, None


def neg_lookalikes() -> Doc:
    form = turn("neg_look", [
        f"这台机器开机要两{w('小时')}，{w('小时候')}我家也有一台。",
        f"新楼盘是{w('小高层')}，交房{w('时间')}待定。",
        f"他是个{w('老江湖')}了，{w('老马识途')}，这事交给他放心。",
        f"实验用的{w('小白鼠')}到了，{role()}签收的。",
        f"{w('那时总是')}加班到深夜，现在好多了。",
        f"合同{w('对方总是')}拖着不签，{w('浙江总部')}也没给回复。",
        f"{w('加工')}厂{w('施工')}期间，{w('员工')}一律走侧门。",
        f"招聘{w('小时工')}若干名，{w('空姐')}制服的展示区需要人手。",
        f"{w('阿姨')}说{w('阿里')}的快递到了，{w('阿胶')}放前台。",
        f"{w('古老')}的{w('高老庄')}景区，{w('养老')}公寓就在旁边。",
        f"{w('原总经理')}已经退休，新任{role()}下周到岗。",
        f"{w('老师')}们辛苦了，{w('小朋友')}们放学请排队。",
        f"{w('老百姓')}最关心的是{w('小区')}的停车问题。",
        f"{w('大姐')}，这件{w('白色')}的{w('上衣')}还有{w('小号')}吗？",
    ])
    return "neg_lookalikes", form, None


def neg_placeholders() -> Doc:
    form = turn("neg_ph", [
        f"模板：甲方代表{dk('placeholder_name', '某某')}，乙方代表{dk('placeholder_name', '某某某')}，签字后生效。",
        f"请在姓名栏填写{dk('placeholder_name', 'XXX')}的格式示例，不要写真实姓名。",
        f"案例分析里的当事人都用{dk('placeholder_name', '某某')}代替，{w('原因')}是保护隐私。",
        f"{dk('placeholder_name', '某人')}在群里发了个链接，{w('于是')}大家都点了，结果是钓鱼网站。",
        f"通知模板：{dk('placeholder_name', '××')}同志，您的申请已受理。",
    ])
    return "neg_placeholders", form, None


def neg_frames() -> Doc:
    form = turn("neg_frames", [
        f"排序规则：{w('从高到低')}，{w('从左到右')}。",
        f"{w('从文件到系统')}，{w('全部')}流程都要留痕。",
        f"{w('从原材料到成品')}，质量把关要一环扣一环。",
        f"{w('由于海洋温度')}升高，今年的渔获量明显下降。",
        f"{w('由于时间')}关系，今天的会就开到这里。",
        f"{w('和客户')}沟通时要注意语气，{w('向上级')}汇报要简洁。",
        f"{w('明天')}到下周三，{w('车间')}停产检修。",
    ])
    return "neg_frames", form, None


def neg_roles() -> Doc:
    form = turn("neg_roles", [
        f"{role()}说{w('明天')}停水，{role()}已经贴了通知。",
        f"麻烦{role()}把{w('文件')}送到三楼，{w('马上')}要用。",
        f"{role()}{w('连续')}三天没来，{w('原因')}不明。",
        f"客服：您好，请问有什么可以帮您？\n客户：我的快递{w('时间')}显示已签收，但我没收到。\n客服：我{w('马上')}帮您查。",
        f"今天{role()}{w('向他')}道歉了，{w('于是')}这事就算了。",
    ])
    return "neg_roles", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_words, 11), (neg_brands, 8), (neg_places, 7), (neg_lookalikes, 12), (neg_placeholders, 5),
    (neg_frames, 7), (neg_roles, 5),
]



def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
