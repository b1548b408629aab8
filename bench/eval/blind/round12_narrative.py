"""Round 12p blind corpus: people's names in narrative text (news, bulletins, award lists, essays), and look-alikes.

Why: issue 3 asks PERSON recall on running text. Earlier people rounds leaned on chat, forms and prose cues;
enterprise and public text also names people in news and company bulletins (a name before 被评为 / 获得 /
表示 / 指出 / 介绍说 / 荣获 / 当选), appointment notices, commendation and award lists, 、/ 和 / 及 lists,
consignee lines (a name, 收, a phone), essays and reports that cite historical and literary figures, titles
on either side of a name, names in parentheses, names a form wraps across a line break, English and pinyin
names in bilingual bulletins, and honorific forms (王总, 李女士, 老王). Written from the labeling conventions
only (/work/shared/eval/README.md), before the detectors were run on it:

- PERSON is the name as written: Chinese (3-character names, compound surnames, given names that are also
  words, names containing 和 / 平 / 明 / 华), pinyin and English names; historical and literary figures are
  names too. Surname + title or 老 / 小 + surname is labeled whole (tag `honorific`); a full name with a title
  before or after it (经理张三, 张三经理, 张三同志) is the name only; 收 after a consignee's name is not part
  of it; a name a form wraps across a line break is one span with the line break inside (tag `linebreak`).
- CN_PHONE on consignee lines is labeled as the conventions say (the number, grouping included).
- No gold: role nouns and job titles without a name (门卫, 保安, 前台, 保洁阿姨, 值班经理), surname-like words
  (王国, 高兴, 于是, 和平, 周末, 文件, 金融), place names, brand names that look like names, award lists of
  teams, essays that name only works and dynasties. These are decoys in the documents with gold too.

Names are invented (Faker zh_CN / en_US seeded, and hand-made pools of compound surnames, word-like given
names and pinyin); historical and literary figures are public figures as in rounds 9-11. About 30 % of the
documents have no gold; the output follows only the seed.

    python -m bench.eval.blind.build --round12p     # writes bench/eval/corpus/blind-round12p.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import PERSON, PHONE

SEED = 120612
R = random.Random(SEED)
ZH = Faker("zh_CN")
EN = Faker("en_US")
ZH.seed_instance(SEED)
EN.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# ------------------------------------------------------------------------------------------------ name pools
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "皇甫", "尉迟", "令狐", "端木", "夏侯", "公孙", "司徒",
            "申屠", "闻人", "澹台", "宗政", "濮阳", "淳于", "钟离", "轩辕", "东方", "南宫", "长孙", "呼延"]
COMPOUND_GIVEN = ["思远", "雨桐", "明轩", "婉清", "子墨", "若兰", "嘉禾", "一凡", "文渊", "晓峰", "锦程", "静怡",
                  "华", "明", "平", "和", "振华", "明月"]
WORD_GIVEN = ["建国", "和平", "光明", "国华", "明华", "平安", "志明", "永华", "和顺", "安平", "春华", "新华",
              "振华", "德明", "明亮", "海平", "正和", "学明", "长平", "益民", "晓华", "秋平", "向阳", "立新"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
            "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
            "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎"]
ODD_SURNAMES = ["和", "华", "平", "明", "文", "金", "于", "万", "时", "常", "成", "全", "向", "史", "宁", "甘"]
ODD_GIVEN = ["晓明", "国平", "一鸣", "丽华", "小和", "海明", "建华", "玉平", "秋月", "志远", "慧敏", "书和"]
SHORT = ["何平", "王华", "于明", "陈和", "华明", "李平", "高华", "周明", "和丽", "林平", "金华", "明华"]
PINYIN_SUR = ["Zhang", "Wang", "Li", "Zhao", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao",
              "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong",
              "Cao", "Deng", "Shen", "Zeng", "Peng", "Su", "Jiang", "Cai", "Ding", "Xue", "Ye", "Pan", "Du", "Tian"]
PINYIN_GIVEN = ["Minghua", "Heping", "Jianguo", "Xiaoming", "Yuting", "Zihan", "Haoran", "Jiayi", "Wenjie", "Lihua",
                "Guoping", "Shuang", "Lei", "Fang", "Tao", "Yifan", "Xinyi", "Zhiqiang", "Chunmei", "Haiyan",
                "Ping", "Hua", "Qiming", "Ruolan"]
PINYIN_COMPOUND = ["Ouyang", "Sima", "Shangguan", "Zhuge", "Murong", "Situ", "Duanmu", "Xiahou"]
HON_AFTER = ["总", "女士", "先生", "经理", "老师", "主任", "工", "姐", "哥", "总监", "律师", "医生", "处长", "师傅"]


@dataclass(frozen=True)
class Name:
    """An invented name: its written value, surname (for honorifics) and span tags."""
    value: str
    surname: str
    tags: tuple[str, ...] = ()

    def g(self) -> str:
        return PERSON(self.value, *self.tags)


def name(kind: str | None = None) -> Name:
    """A full Chinese name from one of the shapes this round covers; Faker's own names most of the time."""
    kind = kind or pick(["faker", "faker", "faker", "faker", "word", "word", "compound", "odd", "short"])
    if kind == "faker":
        v = ZH.name()
        sur = next((c for c in COMPOUND if v.startswith(c)), v[0])
        return Name(v, sur, ("compound_surname",) if len(sur) == 2 else ())
    if kind == "word":
        s = pick(SURNAMES)
        return Name(s + pick(WORD_GIVEN), s)
    if kind == "compound":
        s = pick(COMPOUND)
        return Name(s + pick(COMPOUND_GIVEN), s, ("compound_surname",))
    if kind == "odd":
        s = pick(ODD_SURNAMES)
        return Name(s + pick(ODD_GIVEN), s)
    v = pick(SHORT)
    return Name(v, v[0])


def names(n: int) -> list[Name]:
    """n different full names."""
    out: list[Name] = []
    while len(out) < n:
        x = name()
        if all(x.value != y.value for y in out):
            out.append(x)
    return out


def hon(n: Name | None = None) -> str:
    """Surname + title or 老 / 小 + surname, labeled whole."""
    s = (n or name(pick(["faker", "faker", "compound", "odd"]))).surname
    form = pick(["after", "after", "after", "old", "young"])
    v = s + pick(HON_AFTER) if form == "after" or len(s) == 2 else ("老" if form == "old" else "小") + s
    return PERSON(v, "honorific")


def pinyin(form: str | None = None) -> str:
    """A pinyin name in one of the orders bilingual text uses."""
    form = form or pick(["sg", "sg", "gs", "SG", "compound"])
    sur = pick(PINYIN_COMPOUND) if form == "compound" else pick(PINYIN_SUR)
    given = pick(PINYIN_GIVEN)
    v = {"sg": f"{sur} {given}", "gs": f"{given} {sur}", "SG": f"{sur.upper()} {given}"}.get(form, f"{sur} {given}")
    return PERSON(v)


def english() -> str:
    return PERSON(f"{EN.first_name()} {EN.last_name()}")


def phone() -> str:
    v = values.cn_mobile(R)
    form = pick(["plain", "plain", "space", "dash"])
    if form == "space":
        return PHONE(f"{v[:3]} {v[3:7]} {v[7:]}", "grouped")
    if form == "dash":
        return PHONE(f"{v[:3]}-{v[3:7]}-{v[7:]}", "grouped")
    return PHONE(v)


def date() -> str:
    return f"{R.randint(2025, 2027)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


DEPTS = ["研发中心", "财务部", "市场部", "人力资源部", "华东大区", "客服中心", "采购部", "法务合规部", "运营管理部",
         "质量部", "信息技术部", "行政部", "西南分公司", "数据平台部", "供应链管理部", "审计部"]
HONOURS = ["“年度优秀员工”", "“十佳青年”", "“技术创新标兵”", "“优秀共产党员”", "“三八红旗手”", "“服务之星”",
           "“安全生产先进个人”", "“金牌讲师”", "“优秀项目经理”", "“最美志愿者”"]
AWARDS = ["年度技术创新一等奖", "“五一劳动奖章”", "季度销售冠军", "优秀论文奖", "“青年岗位能手”称号",
          "全国职业技能大赛银奖", "客户满意度金奖", "专利发明奖"]
POSTS = ["工会主席", "新一届团委书记", "职工代表大会主席团成员", "党支部书记", "青年联合会副主席", "董事会秘书"]
TITLES = ["总经理", "副总裁", "财务总监", "项目经理", "董事长", "技术总监", "人力资源经理", "部门经理", "主任医师",
          "首席架构师", "销售总监", "副院长", "总工程师", "办公室主任"]
SAY = ["表示", "指出", "介绍说", "强调", "透露", "坦言"]
QUOTES = ["今年的增长主要来自新客户", "安全生产没有小事", "数字化转型还要再提速", "这份荣誉属于整个团队",
          "下一步将加大研发投入", "客户体验是我们的生命线", "项目比原计划提前两周上线", "明年要继续控制成本"]

# decoys written next to names (and alone in the documents without gold)
ROLE_NOUNS = ["门卫", "保安", "前台", "保洁阿姨", "值班经理", "门卫大爷", "保安队长", "前台小姐姐", "宿管阿姨",
              "值班主任", "快递小哥", "物业管家"]
SURNAME_WORDS = ["王国", "高兴", "于是", "和平", "周末", "文件", "金融", "高峰", "常规", "林业", "明年", "华丽",
                 "平安", "方向", "马上", "江湖", "安全", "许多", "黄金", "程序"]
PLACES = ["黄山", "华山", "常州", "江宁", "和平区", "金华", "明光", "平湖", "高邮", "文昌", "周庄", "于都",
          "海宁", "宁波", "温州", "马鞍山"]
BRANDS = ["李宁", "周大福", "王老吉", "张小泉", "马应龙", "华为", "海尔", "格力", "老干妈", "陈克明", "周黑鸭", "王守义"]
BRAND_NOUNS = {"李宁": "运动鞋", "周大福": "金店", "王老吉": "凉茶", "张小泉": "剪刀", "马应龙": "痔疮膏",
               "华为": "手机", "海尔": "冰箱", "格力": "空调", "老干妈": "辣酱", "陈克明": "挂面", "周黑鸭": "鸭脖",
               "王守义": "十三香"}


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def role() -> str:
    return dk("job_title", pick(ROLE_NOUNS))


def sw() -> str:
    return dk("surname_word", pick(SURNAME_WORDS))


def brand(b: str | None = None) -> str:
    b = b or pick(BRANDS)
    return dk("brand_name", b) + BRAND_NOUNS[b]


# ------------------------------------------------------------------------------------------------ positives
def news_verb() -> Doc:
    a, b, c = names(3)
    form = turn("news", [
        f"【公司新闻】{date()}，2026年度表彰大会在总部举行。{pick(DEPTS)}{a.g()}被评为{pick(HONOURS)}，"
        f"{pick(DEPTS)}{b.g()}获得{pick(AWARDS)}。{pick(TITLES)}{c.g()}{pick(SAY)}：“{pick(QUOTES)}。”",
        f"记者从集团获悉，来自{pick(DEPTS)}的{a.g()}荣获{pick(AWARDS)}，这也是该部门连续第三年获此殊荣。"
        f"{a.g()}{pick(SAY)}，{pick(QUOTES)}。",
        f"{a.g()}当选为{pick(POSTS)}。{b.g()}、{c.g()}当选为委员。会上，{b.g()}{pick(SAY)}，{pick(QUOTES)}。",
        f"帮我把这段新闻稿改得简洁一点：\n在昨天的季度经营分析会上，{b.g()}{pick(SAY)}，{pick(QUOTES)}；"
        f"{c.g()}则{pick(SAY)}，{pick(QUOTES)}。{dk('surname_word', '明年')}起，各部门要按新方案执行。",
        f"据{a.g()}介绍，{pick(QUOTES)}。{b.g()}表示，下一步将与{c.g()}团队共同推进。",
        f"本报讯 {date()}，{a.g()}获得{pick(AWARDS)}。{pick(DEPTS)}负责人{b.g()}指出，{pick(QUOTES)}。",
        f"在{dk('place_name', pick(PLACES))}召开的行业年会上，{a.g()}荣获{pick(AWARDS)}，{b.g()}被评为{pick(HONOURS)}。",
        f"简讯：{a.g()}同志当选{pick(POSTS)}，{b.g()}同志被评为{pick(HONOURS)}。\n{role()}表示会做好会场保障。",
    ])
    return "news_verb", form, None


def appointment() -> Doc:
    a, b, c = names(3)
    form = turn("appoint", [
        f"关于{a.g()}等同志职务任免的通知\n各部门：\n经公司研究决定：\n任命{a.g()}为{pick(DEPTS)}总监；\n"
        f"聘任{b.g()}为{pick(DEPTS)}副经理；\n{c.g()}不再担任{pick(DEPTS)}经理职务。\n特此通知。",
        f"人事任命公告\n兹任命{a.g()}同志为{pick(DEPTS)}负责人，任期三年，自{date()}起生效。\n"
        f"原负责人{b.g()}调任{pick(DEPTS)}。",
        f"帮我润色这份通知：经董事会决议，同意{a.g()}辞去{pick(TITLES)}职务，由{b.g()}接任。{c.g()}任董事会秘书。",
        f"{dk('surname_word', '文件')}要求：{date()}起，{pick(DEPTS)}日常工作由{a.g()}主持，{b.g()}协助。",
        f"试用期考核结果公示\n{a.g()}、{b.g()}考核合格，予以转正；{c.g()}延长试用期一个月。\n公示期五个工作日。",
    ])
    return "appointment", form, None


def award_list() -> Doc:
    xs = names(7)
    g = [x.g() for x in xs]
    form = turn("award", [
        f"2026年度先进个人表彰名单\n一、优秀员工（4人）\n{g[0]}、{g[1]}、{g[2]}、{g[3]}\n"
        f"二、优秀管理者（2人）\n{g[4]}（{pick(DEPTS)}）、{g[5]}（{pick(DEPTS)}）",
        f"技能比武获奖名单：\n特等奖：{g[0]}\n一等奖：{g[1]}、{g[2]}\n二等奖：{g[3]}、{g[4]}、{g[5]}",
        f"表彰决定\n对在抗洪抢险中表现突出的{g[0]}、{g[1]}、{g[2]}等同志给予通报表扬，"
        f"授予{g[3]}{pick(HONOURS)}称号。",
        f"帮我把下面的获奖名单排成表格：\n1. {g[0]} {pick(DEPTS)} 高级工程师\n2. {g[1]} {pick(DEPTS)} 主管\n"
        f"3. {g[2]} {pick(DEPTS)} 专员\n4. {g[3]} {pick(DEPTS)} 经理",
        f"获奖者：{g[0]}（一等奖），{g[1]}（二等奖），{g[2]}、{g[3]}（三等奖）。优秀组织奖：{pick(DEPTS)}。",
        f"“金点子”合理化建议评选结果：{g[0]}的《仓储流程优化》获一等奖，{g[1]}、{g[2]}的《报销单据电子化》获二等奖。",
    ])
    return "award_list", form, None


def joined_list() -> Doc:
    xs = names(4)
    g = [x.g() for x in xs]
    form = turn("join", [
        f"参加本次培训的有{g[0]}、{g[1]}和{g[2]}三人，{g[3]}因出差请假。",
        f"项目组成员：{g[0]}、{g[1]}及{g[2]}，{g[3]}任组长。",
        f"出席会议的有{g[0]}、{g[1]}、{g[2]}等同志，会议由{g[3]}主持。",
        f"{g[0]}和{g[1]}负责前期调研，{g[2]}及{g[3]}负责方案撰写，{dk('surname_word', '周末')}前提交初稿。",
        f"会议纪要\n时间：{date()}\n参会：{g[0]}、{g[1]}、{g[2]}\n记录：{g[3]}\n"
        f"议题：{dk('surname_word', '周末')}值班安排。",
        f"请{g[0]}、{g[1]}与{g[2]}于下周一前把材料交到{role()}。",
        f"感谢{g[0]}、{g[1]}和{g[2]}对本书出版的帮助。",
    ])
    return "joined_list", form, None


def consignee() -> Doc:
    a, b = names(2)
    form = turn("consignee", [
        f"收货信息：{a.g()} 收 {phone()}",
        f"合同原件请寄到公司前台，{a.g()}收，电话{phone()}。",
        f"快递单：\n寄件人：{a.g()}  {phone()}\n收件人：{b.g()}收  联系电话：{phone()}",
        f"麻烦把发票寄给{hon(a)}收，{phone()}，谢谢。",
        f"{a.g()}（收） {phone()}",
        f"帮我把这条地址信息整理一下格式：{b.g()}收 {phone()}，放{role()}就行",
        f"样品寄出了，{a.g()}收，手机{phone()}，单号见截图。",
        f"To: {pinyin()} 收\nTel: {phone()}",
    ])
    return "consignee", form, None


HISTORIC_WORKS = [
    ("范仲淹", "《岳阳楼记》", "先天下之忧而忧，后天下之乐而乐"),
    ("欧阳修", "《醉翁亭记》", "醉翁之意不在酒"),
    ("诸葛亮", "《出师表》", "鞠躬尽瘁，死而后已"),
    ("文天祥", "《过零丁洋》", "人生自古谁无死，留取丹心照汗青"),
    ("于谦", "《石灰吟》", "粉骨碎身浑不怕，要留清白在人间"),
    ("陶渊明", "《饮酒》", "采菊东篱下，悠然见南山"),
    ("柳宗元", "《江雪》", "孤舟蓑笠翁，独钓寒江雪"),
    ("王维", "《山居秋暝》", "明月松间照，清泉石上流"),
    ("孟浩然", "《春晓》", "夜来风雨声，花落知多少"),
    ("朱自清", "《匆匆》", "燕子去了，有再来的时候"),
    ("司马光", "《资治通鉴》", "才者，德之资也；德者，才之帅也"),
    ("贾思勰", "《齐民要术》", "顺天时，量地利，则用力少而成功多"),
]
HISTORIC_DEEDS = [("岳飞", "精忠报国"), ("海瑞", "清廉刚正"), ("戚继光", "抗击倭寇"), ("华罗庚", "推广统筹方法"),
                  ("竺可桢", "坚持记录物候"), ("蔡元培", "倡导兼容并包"), ("黄道婆", "改进纺织技术"),
                  ("毕昇", "发明活字印刷"), ("华佗", "创制麻沸散"), ("孙思邈", "提倡大医精诚"),
                  ("张居正", "推行考成法"), ("李时珍", "遍尝百草")]
AUTHORS = [("沈从文", "《边城》"), ("钱钟书", "《围城》"), ("老舍", "《茶馆》"), ("巴金", "《家》"),
           ("萧红", "《呼兰河传》"), ("冰心", "《繁星》")]
RED_CHAMBER = ["林黛玉", "贾宝玉", "王熙凤", "薛宝钗", "史湘云", "贾探春"]
AUTHOR_CHARACTER = [("鲁迅", "孔乙己"), ("鲁迅", "闰土"), ("施耐庵", "武松"), ("施耐庵", "林冲"), ("施耐庵", "宋江")]


def historic(v: str) -> str:
    return PERSON(v, "compound_surname") if v[:2] in COMPOUND else PERSON(v)


def citation() -> Doc:
    w = pick(HISTORIC_WORKS)
    d1, d2 = R.sample(HISTORIC_DEEDS, 2)
    au = pick(AUTHORS)
    ch1, ch2 = R.sample(RED_CHAMBER, 2)
    ac = pick(AUTHOR_CHARACTER)
    form = turn("cite", [
        f"帮我写一篇关于责任担当的演讲稿开头。可以引用{historic(w[0])}在{w[1]}中的“{w[2]}”。",
        f"正如{historic(w[0])}所言，“{w[2]}”。在{dk('surname_word', '和平')}年代，我们更要把责任扛在肩上。",
        f"廉政教育学习报告\n从{historic(d1[0])}{d1[1]}，到{historic(d2[0])}{d2[1]}，历史告诉我们：为政者须守住底线。",
        f"读书分享会纪要：{pick(DEPTS)}的{name().g()}分享了{historic(au[0])}的{au[1]}，"
        f"认为书中人物的命运折射出时代的变迁。",
        f"作文题：读{historic(au[0])}{au[1]}有感。要求：结合{historic(d1[0])}{d1[1]}的事例，不少于800字。",
        f"《红楼梦》中，{historic(ch1)}与{historic(ch2)}的性格截然不同，请结合原文谈谈你的理解。",
        f"{historic(w[0])}在{w[1]}里写道：“{w[2]}。”这句话至今仍被广泛引用。",
        f"语文课件：{historic(ac[0])}笔下的{historic(ac[1])}是一个怎样的人？请结合课文分析。",
        f"学习心得：{historic(d1[0])}的故事告诉我，{pick(QUOTES)}。——{pick(DEPTS)} {name().g()}",
        f"企业文化手册第三章：以{historic(d1[0])}为镜，学习其{d1[1]}的精神；以{historic(d2[0])}为范，"
        f"学习其{d2[1]}的毅力。",
    ])
    return "citation", form, None


def title_name() -> Doc:
    a, b, c = names(3)
    t1, t2 = R.sample(TITLES, 2)
    form = turn("title", [
        f"经与{pick(DEPTS)}{t1}{a.g()}确认，方案已定稿，请{b.g()}{t2}审批。",
        f"{t1}{a.g()}出席了签约仪式，{b.g()}{t2}代表公司致辞。",
        f"请把这封邮件翻译成英文：{a.g()}{t1}您好，附件是{b.g()}整理的报价单，请过目。",
        f"出席嘉宾：\n{t1} {a.g()}\n{t2} {b.g()}\n{c.g()} 教授",
        f"会后，{a.g()}先生与{b.g()}女士就合作细节进行了交流。",
        f"本次活动由{t1}{a.g()}发起，{c.g()}同志具体负责。{role()}负责签到。",
        f"{a.g()}博士、{b.g()}研究员和{c.g()}高级工程师组成评审组。",
    ])
    return "title_name", form, None


def parens() -> Doc:
    a, b, c = names(3)
    form = turn("parens", [
        f"本项目由{pick(DEPTS)}（负责人：{a.g()}）牵头，{pick(DEPTS)}（{b.g()}）配合。",
        f"审批人（{a.g()}）已同意，请经办人（{b.g()}）尽快办理。",
        f"如有疑问请联系{pick(DEPTS)}（{a.g()}，{phone()}）。",
        f"注：第二作者（{a.g()}）为通讯作者。",
        f"值班安排：周一（{a.g()}）、周二（{b.g()}、{c.g()}）、周三（{hon()}）",
        f"感谢技术支持团队 ({pinyin()}, {english()}) 的帮助。",
        f"合同由乙方代表（{a.g()}）签字，见证人({b.g()})。",
    ])
    return "parens", form, None


def linebreak() -> Doc:
    a = name(pick(["faker", "compound", "word", "compound"]))
    k = len(a.surname) if R.random() < 0.6 else max(1, len(a.value) - 1)
    wrapped = PERSON(a.value[:k] + "\n" + a.value[k:], "linebreak", *a.tags)
    b = name()
    form = turn("wrap", [
        f"把这张表里的信息整理成一行：\n申请人：{wrapped}    性别：女\n部门：{pick(DEPTS)}",
        f"从 PDF 复制出来的，帮我去掉多余换行：\n本合同由甲方代表{wrapped}与乙方代表{b.g()}共同签署。",
        f"登记表\n姓 名 | {wrapped}\n职 务 | {pick(TITLES)}",
        f"经办人签字：{wrapped}\n日期：{date()}",
        f"获奖通知（扫描件识别结果）：\n经评审，{wrapped}同志\n荣获{pick(AWARDS)}。",
    ])
    return "linebreak_form", form, None


def bilingual() -> Doc:
    a, b = names(2)
    form = turn("bilingual", [
        f"Congratulations to {pinyin()} and {english()} on being named Employees of the Year!\n"
        f"祝贺{a.g()}和{b.g()}荣获年度优秀员工！",
        f"{a.g()}（{pinyin()}），{pick(DEPTS)}负责人，表示：“{pick(QUOTES)}。”\n"
        f"{pinyin('SG')}, head of the team, said the project was delivered early.",
        f"Award winners / 获奖名单: {pinyin()} (R&D), {english()} (Sales), {pinyin('gs')} (Finance).",
        f"New appointment: {english()} has been appointed Chief Financial Officer. 新任首席财务官将与{a.g()}完成交接。",
        f"Speaker 主讲人: Dr. {english()}\nHost 主持人: {pinyin()}（{a.g()}）",
        f"Newsletter | 简讯\n{pinyin('compound')} was elected chair of the staff union. {b.g()}当选职工代表。",
    ])
    return "bilingual", form, "mixed"


def honorific() -> Doc:
    a, b = names(2)
    form = turn("hon", [
        f"会议纪要：{hon()}表示下季度预算要压缩，{hon()}指出华南区回款偏慢。",
        f"{hon()}反映{dk('surname_word', '周末')}寄的快递一直没到，已转交{a.g()}跟进。",
        f"{hon()}和{hon()}负责布置会场，{role()}负责引导车辆。",
        f"请{hon()}审核后转{hon()}签字。",
        f"客户回访：{hon()}对服务比较满意，{hon()}建议增加夜间客服。",
        f"这个月的团建由{hon()}牵头，{a.g()}和{hon()}协助。",
        f"帮我写一段致谢：感谢{hon()}、{hon()}一直以来的指导，也感谢同事{b.g()}的帮助。",
    ])
    return "honorific", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (news_verb, 13), (appointment, 9), (award_list, 11), (joined_list, 11), (consignee, 11), (citation, 13),
    (title_name, 11), (parens, 10), (linebreak, 8), (bilingual, 11), (honorific, 11),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_roles() -> Doc:
    form = turn("neg_roles", [
        f"{role()}表示，晚上十点以后外来车辆一律不得入内。",
        f"据{role()}介绍，快递统一放在一楼，由{role()}代收。",
        f"{role()}被评为本月“服务之星”，{role()}获得全勤奖。",
        f"通知：{role()}指出近期有陌生人尾随进入，请大家刷卡后随手关门。",
        f"收件人：行政部{role()}收（代收）",
        f"昨晚{role()}发现三楼漏水，{role()}立即通知了物业。",
        f"帮我写一句感谢的话，送给小区的{role()}和{role()}。",
    ])
    return "neg_roles", form, None


def neg_words() -> Doc:
    form = turn("neg_words", [
        f"{dk('surname_word', '金融')}事业部荣获年度最佳团队，{dk('surname_word', '于是')}大家决定{dk('surname_word', '周末')}聚餐庆祝。",
        f"{dk('surname_word', '文件')}指出，各单位要在{dk('surname_word', '明年')}一季度前完成自查。",
        f"我很{dk('surname_word', '高兴')}地宣布：{dk('place_name', '和平区')}获得“文明城区”称号。",
        f"这款游戏叫《冰雪{dk('surname_word', '王国')}》，{dk('surname_word', '于是')}我就买了。",
        f"{dk('surname_word', '和平')}与发展仍是时代主题，{dk('surname_word', '金融')}安全被评为年度关键词。",
        f"{dk('surname_word', '周末')}值班表已更新，{dk('surname_word', '高峰')}时段增派人手。",
        f"报告表示，{dk('surname_word', '黄金')}价格{dk('surname_word', '马上')}会回调，{dk('surname_word', '许多')}机构持谨慎态度。",
    ])
    return "neg_words", form, None


def neg_places() -> Doc:
    p1, p2 = R.sample(PLACES, 2)
    form = turn("neg_places", [
        f"{dk('place_name', p1)}被评为国家级旅游度假区，{dk('place_name', p2)}获得“最佳营商环境城市”称号。",
        f"去年{dk('place_name', p1)}荣获全国文明城市，今年{dk('place_name', p2)}当选为“美丽乡村示范县”。",
        f"出差路线：上海—{dk('place_name', p1)}—{dk('place_name', p2)}，共三天。",
        f"{dk('place_name', p1)}和{dk('place_name', p2)}两地的销售额同比增长两成。",
    ])
    return "neg_places", form, None


def neg_brands() -> Doc:
    b1, b2, b3 = R.sample(BRANDS, 3)
    form = turn("neg_brands", [
        f"帮我写个购物清单：{brand(b1)}、{brand(b2)}、{brand(b3)}。",
        f"{brand(b1)}获得年度消费者喜爱品牌，{brand(b2)}当选“最受欢迎国货”。",
        f"门店调研：{brand(b1)}和{brand(b2)}的客流明显增加。",
        f"员工福利发放：每人一箱{dk('brand_name', '王老吉')}凉茶，外加一瓶{dk('brand_name', '老干妈')}辣酱。",
    ])
    return "neg_brands", form, None


def neg_teams() -> Doc:
    d1, d2, d3 = R.sample(DEPTS, 3)
    form = turn("neg_teams", [
        f"优秀团队表彰名单：\n一等奖：{d1}\n二等奖：{d2}、{d3}\n优秀组织奖：{dk('place_name', pick(PLACES))}办事处",
        f"参加本次培训的有{d1}、{d2}和{d3}的新员工。",
        f"获奖单位：{d1}（一等奖），{d2}（二等奖）。{dk('job_title', '值班经理')}负责颁奖现场秩序。",
        f"会议纪要\n参会部门：{d1}、{d2}及{d3}\n议题：{dk('surname_word', '周末')}加班费核算",
    ])
    return "neg_teams", form, None


def neg_essay() -> Doc:
    form = turn("neg_essay", [
        "唐宋八大家的散文各有所长，明清小说则更贴近市井生活。",
        "作文题：读《红楼梦》有感。要求：不少于800字，题目自拟。",
        f"{dk('surname_word', '华丽')}的辞藻不如真情实感，这是古人写文章的心得。",
        "读书分享会纪要：本期共读《资治通鉴》选段，大家讨论了汉代的盐铁政策。",
        "演讲稿开头：历史是最好的老师，从丝绸之路到海上贸易的航线图，我们看到了开放的力量。",
        "廉政教育报告：以案为鉴，守住底线；本次共通报典型案例三起，当事人姓名略。",
    ])
    return "neg_essay", form, None


def neg_titles() -> Doc:
    t1, t2 = R.sample(TITLES, 2)
    form = turn("neg_titles", [
        f"{t1}表示，{pick(QUOTES)}；{t2}指出，{pick(QUOTES)}。",
        f"经研究决定，{pick(DEPTS)}{t1}一职暂时空缺，由{t2}代为履职。",
        f"请各部门{t1}于{date()}前提交述职报告，{dk('job_title', '值班经理')}负责汇总。",
        f"New appointment: the Chief Financial Officer will join in January. 新任{t1}将于一月到岗。",
        f"Congratulations to the Sales Team on being named Team of the Year! 祝贺{pick(DEPTS)}荣获年度最佳团队！",
    ])
    return "neg_titles", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_roles, 8), (neg_words, 8), (neg_places, 6), (neg_brands, 6), (neg_teams, 7), (neg_essay, 6),
    (neg_titles, 10),
]



def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
