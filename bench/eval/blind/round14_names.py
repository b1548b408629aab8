"""Round 14n blind corpus: PERSON forms the earlier rounds held few of, and their look-alikes.

Why: hold-out PERSON F1 is 0.939 and PERSON is the type with the most misses. Rounds 7-13 covered labels,
titles, prose cues, word names and English mail; the forms below were thin or absent there:

- a bare full name with no cue word before a verb of speech (某某说 / 表示 / 认为 / 指出), the given name an
  ordinary word (立春, 卫国, 海波);
- names before 同志 / 老师 / 家 (a home) / 系 (is) / 等人; surname + 老 (an elder's title: 周老, 罗老);
- a name straight after a role word, no separator (财务林总, 同行某某, 住在朋友某某家, 会计某某);
- given names holding 和 / 于 / 文 / 明 (嘉和, 于晴, 文轩, 思明);
- compound surnames with unusual separators (尉迟．晓东, 欧阳·娜娜, 上官・婉清), minority names joined by · ・ ．
  (古丽米拉・吐尔逊), Tibetan and Mongolian names without a separator (索朗旺堆, 乌云高娃);
- traditional-character names in Taiwanese / Hong Kong text, with 先生 / 小姐;
- names in quoted speech and in dialogue scripts (某某：…), in bullet lists of attendees, in 姓名 | 部门 tables,
  as the sender line of WeChat / DingTalk chat exports, as the signature closing a letter, directly before a phone
  number or an ID number;
- English names with a middle initial, hyphenated surnames, Mc / O' surnames, and Chinese people's English names
  (David Zhang, Zhang Wei (David)).

Labelling judgements, from the conventions only (/work/shared/eval/README.md), written before any detector was
run on this corpus:

- PERSON is the name as written. A full name followed by a title (同志, 老师, 先生, 小姐, 经理) is the name only;
  surname + title and surname + 老 are labeled whole (tag `honorific`): 周老 is an elder's honorific, like 老王.
  A role word written before a name (财务, 同行, 会计, 朋友) is not part of it; 财务林总 -> 林总 (surname + title).
- 家 after a name (住在朋友某某家), 系 (某某系本村村民), 等人, 说 are not part of the name.
- A name written with a separator (尉迟．晓东, 阿依古丽·买买提, 欧阳・娜娜) is labeled whole, separator included
  (tags `compound_surname` / `minority`). A minority name without a separator is one span (tag `minority`).
- A traditional-character name is labeled like a simplified one; 陳先生 whole (honorific), 陳志明先生 -> 陳志明.
- In a chat export the sender line's name is labeled; timestamps are not. A signature's name is labeled, the date
  and the department under it are not.
- English: the whole name as written, middle initial included (Robert J. Halloway), hyphenated and Mc / O'
  surnames whole; `Zhang Wei (David)`: the bracketed English name is a second span (the person's English name
  as written), as a nickname in brackets is in round 13e.
- A phone number or ID number written right after a name is its own span (CN_PHONE / CN_ID_CARD), the name
  ending before the digits.
- Historical and fictional figures: the conventions say nothing about them, so this round writes none (neither
  gold nor decoy).
- No gold (decoys): words that start with a surname character (王国, 高兴, 于是, 和平, 文明, 明天, 周到, 程序 ...),
  place names made of surname characters (张家口, 王府井, 李家村, 周庄 ...), brands named after people (老干妈,
  张小泉, 王致和 ...: the conventions label people, not brands; round 13n treats them the same way), masked names
  (某某 with a surname: a masked value, as in rounds 7 and 13n), role nouns and groups (专家, 有关负责人, 同志们),
  system senders of chat exports, team signatures, hotlines.

Names are invented: Faker zh_CN / zh_TW / en_US, seeded, and hand-made pools of given names that are words,
minority name parts and compound surnames, combined at random. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round14n     # writes bench/eval/corpus/blind-round14n.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import PERSON, PHONE, gold

SEED = 141402
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)
TW = Faker("zh_TW")
TW.seed_instance(SEED)
EN = Faker("en_US")
EN.seed_instance(SEED)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# ------------------------------------------------------------------------------------------------ name pools
SUR = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "林", "何", "郭", "罗",
       "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
       "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任",
       "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱"]
# given names that are ordinary words: read alone, a reader takes them for the word
WORDY_GIVEN = ["立春", "秋菊", "卫国", "志远", "海波", "春燕", "冬梅", "爱民", "金城", "玉洁", "晓光", "国华", "新春",
               "小兵", "红英", "彩云", "雪梅", "大勇", "天宇", "光华", "建新", "保国", "兴旺", "永福", "丰收", "秀英",
               "桂芳", "援朝", "志刚", "向东", "建平", "春华", "国栋", "晓东", "红军", "海涛", "永红", "秋生"]
# given names holding 和 / 于 / 文 / 明
PARTICLE_GIVEN = ["嘉和", "子和", "和煦", "和顺", "于晴", "于飞", "于萱", "文轩", "文博", "雅文", "文瀚", "思文",
                  "明轩", "思明", "泽明", "明远", "晓明", "明哲", "文和"]
COMPOUND = ["尉迟", "欧阳", "上官", "司马", "诸葛", "皇甫", "令狐", "慕容", "公孙", "夏侯", "端木", "宇文", "澹台",
            "申屠", "闻人", "东方", "长孙", "南宫"]
ODD_SEPS = ["．", "·", "・", "•"]
UYGHUR_FIRST = ["阿依古丽", "古丽米拉", "迪丽拜尔", "热依汗", "努尔古丽", "帕丽旦", "艾克拜尔", "艾尼瓦尔", "吐尔洪",
                "阿不力米提", "麦麦提", "热合曼", "伊力哈木", "买尔旦", "阿曼古丽", "祖丽菲娅"]
UYGHUR_LAST = ["买买提", "吐尔逊", "阿不都", "艾海提", "司马义", "玉素甫", "肉孜", "依明", "卡德尔", "托合提",
               "热西提", "克里木"]
TIBETAN = ["次仁", "扎西", "多吉", "卓玛", "央金", "旺堆", "索朗", "拉姆", "尼玛", "平措", "顿珠", "德吉", "益西",
           "洛桑", "白玛", "达娃", "曲珍", "旦增"]
MONGOL = ["巴特尔", "乌云高娃", "哈斯额尔敦", "苏日娜", "额尔敦巴雅尔", "那仁格日勒", "宝音图", "阿拉坦仓",
          "朝鲁门", "图门吉日嘎拉", "斯琴图雅", "敖其尔"]
ELDER_SUR = ["周", "吴", "郑", "孙", "胡", "罗", "袁", "陆", "沈", "蒋", "邓", "黄"]
TITLE1 = ["总", "工", "姐", "哥", "经理", "主任", "会计", "律师", "医生", "师傅"]
ROLE_GLUE = ["财务", "人事", "销售", "采购", "技术", "行政", "法务", "运维", "前台", "仓管"]
EN_GIVEN_ZH = ["David", "Kevin", "Cindy", "Jason", "Vivian", "Tony", "Grace", "Eric", "Sandy", "Frank", "Ivy",
               "Leo", "Winnie", "Alan", "Joyce", "Steven"]
PINYIN_SUR = ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Xu", "Sun", "Zhu", "Guo", "He", "Luo", "Liang",
              "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Cao"]
PINYIN_GIVEN = ["Wei", "Jing", "Xiaoming", "Haibo", "Lina", "Yuxuan", "Zihan", "Jianguo", "Meiling", "Tao",
                "Xinyi", "Hao", "Qiang", "Yan", "Chunyan", "Zhiyuan"]
MC_O = ["McAllister", "McKenzie", "MacLeod", "McGrath", "O'Sullivan", "O'Donnell", "O'Hara", "McCarthy",
        "O'Malley", "MacDougall", "McNeil", "O'Keefe"]

DEPTS = ["财务部", "人力资源部", "市场部", "研发中心", "采购部", "法务部", "客服中心", "信息技术部", "行政部",
         "审计部", "品牌部", "供应链部", "质量部", "华南大区"]
TOPICS = ["年度预算", "系统迁移", "供应商评审", "新品发布", "合同续签", "安全检查", "仓库盘点", "招聘计划",
          "客户回访", "数据治理", "展会筹备", "成本核算"]
SAYS = ["说", "表示", "认为", "指出", "坦言", "强调", "提到", "透露"]
QUOTES = ["进度可以再快一点", "这个方案风险不大", "预算还要再压一压", "客户那边已经同意了", "下周一定能交付",
          "质量问题不能放过", "今年的目标完成了八成", "人手确实不够"]


def _given() -> str:
    g = ZH.first_name()
    return g if len(g) <= 2 else g[:2]


def zh() -> str:
    """A mainland full name: a common surname and a Faker given name."""
    return pick(SUR) + _given()


def wordy() -> str:
    """A full name whose given name is an ordinary word."""
    return pick(SUR) + pick(WORDY_GIVEN)


def particle() -> str:
    """A full name whose given name holds 和 / 于 / 文 / 明."""
    return pick(SUR) + pick(PARTICLE_GIVEN)


def compound(sep: str | None = None) -> str:
    """A compound surname and a given name, joined by an unusual separator or by none."""
    s = pick(COMPOUND)
    g = _given() if R.random() < 0.6 else pick(WORDY_GIVEN + ["娜娜", "婉清", "晓东", "子墨", "一鸣"])
    return s + (sep if sep is not None else pick(ODD_SEPS)) + g


def uyghur(sep: str | None = None) -> str:
    return pick(UYGHUR_FIRST) + (sep if sep is not None else pick(["·", "・", "．", "•"])) + pick(UYGHUR_LAST)


def tibetan() -> str:
    a, b = R.sample(TIBETAN, 2)
    return a + b


def mongol() -> str:
    return pick(MONGOL)


def en_name(kind: str | None = None) -> str:
    """An English name of one of the forms this round covers."""
    kind = kind or pick(["initial", "hyphen", "mco", "zh_en", "zh_en"])
    if kind == "initial":
        return f"{EN.first_name()} {R.choice('ABCDEFGHJKLMNPRSTW')}. {EN.last_name()}"
    if kind == "hyphen":
        a, b = EN.last_name(), EN.last_name()
        return f"{EN.first_name()} {a}-{b}" if a != b else f"{EN.first_name()} {a}-Reyes"
    if kind == "mco":
        return f"{EN.first_name()} {pick(MC_O)}"
    return f"{pick(EN_GIVEN_ZH)} {pick(PINYIN_SUR)}"


def P(v: str, *tags: str) -> str:
    return PERSON(v, *tags)


def H(v: str) -> str:
    return PERSON(v, "honorific")


def C(v: str) -> str:
    return PERSON(v, "compound_surname")


def M(v: str) -> str:
    return PERSON(v, "minority")


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def phone() -> str:
    v = values.cn_mobile(R)
    return PHONE(v) if R.random() < 0.6 else PHONE(f"{v[:3]} {v[3:7]} {v[7:]}", "grouped")


def idno() -> str:
    return gold("CN_ID_CARD", values.cn_id18(R))


def date() -> str:
    return f"{R.randint(2025, 2027)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def md() -> str:
    return f"{R.randint(1, 12)}月{R.randint(1, 28)}日"


def hm() -> str:
    return f"{R.randint(8, 21):02d}:{R.randint(0, 59):02d}"


def hms() -> str:
    return f"{hm()}:{R.randint(0, 59):02d}"


def ymd() -> str:
    return f"{R.randint(2025, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def some(n: int, make: Callable[[], str]) -> list[str]:
    """n different values from one maker."""
    out: list[str] = []
    while len(out) < n:
        v = make()
        if v not in out and all(v[0] != o[0] for o in out):
            out.append(v)
    return out


# ------------------------------------------------------------------------------------------------ positives
def speech() -> Doc:
    a, b, c = some(3, wordy)
    s1, s2 = R.sample(SAYS, 2)
    q1, q2 = R.sample(QUOTES, 2)
    form = turn("speech", [
        f"{P(a)}{s1}，{q1}。{P(b)}{s2}，{q2}。",
        f"会上{P(a)}{s1}{q1}，{P(b)}则{s2}{q2}。",
        f"关于{pick(TOPICS)}，{P(a)}{s1}：“{q1}。”",
        f"昨天开会的时候{P(a)}{s1}{q1}，我觉得有道理。",
        f"{P(a)}认为{q1}；{P(b)}表示同意，{P(c)}没有发言。",
        f"帮我整理下这段：{P(a)}说{q1}，{P(b)}说{q2}，最后大家决定再议。",
        f"采访中，{P(a)}{s1}，{q1}。",
        f"{date()}，{P(a)}{s1}，{q2}。",
    ])
    return "speech", form, None


def after_words() -> Doc:
    a, b, c = some(3, zh)
    d = wordy()
    form = turn("after", [
        f"{P(a)}同志：请于{md()}前到{pick(DEPTS)}报到。",
        f"请问{P(d)}老师今天在学校吗？我是{P(b)}的家长。",
        f"周末我住在朋友{P(a)}家，周一直接去公司。",
        f"{P(a)}系本村村民，{date()}因宅基地问题与邻居发生纠纷。",
        f"经查，{P(a)}、{P(b)}等人于{md()}在仓库内违规吸烟。",
        f"{P(d)}等人已经到了，{P(c)}还在路上。",
        f"兹证明{P(a)}系我公司员工，在{pick(DEPTS)}工作。",
        f"今晚在{P(a)}家吃饭，{P(b)}也来。",
        f"推荐{P(d)}同志为优秀党员候选人，{P(a)}同志为候补。",
        f"{P(a)}老师、{P(b)}老师：{pick(TOPICS)}的材料请周五前交。",
        f"当事人{P(a)}系{P(b)}之子，二人共同居住。",
    ])
    return "after_words", form, None


def elder() -> Doc:
    s1, s2 = R.sample(ELDER_SUR, 2)
    a = zh()
    form = turn("elder", [
        f"{H(s1 + '老')}今天到会指导，{P(a)}作了汇报。",
        f"请{H(s1 + '老')}给大家讲几句。",
        f"{H(s1 + '老')}和{H(s2 + '老')}都是厂里的老专家，退休后还常回来看看。",
        f"听{H(s1 + '老')}说，这台机床是八十年代进口的。",
        f"专家组由{H(s1 + '老')}牵头，成员有{P(a)}等。",
        f"{H(s1 + '老')}身体不错，每天还坚持写字。",
    ])
    return "elder", form, None


def role_glue() -> Doc:
    s = pick(SUR)
    a, b = some(2, zh)
    r = pick(ROLE_GLUE)
    t = pick(TITLE1)
    form = turn("glue", [
        f"{r}{H(s + t)}要我们周五前把发票交齐。",
        f"这次出差同行{P(a)}，住同一家酒店。",
        f"住在朋友{P(a)}家的那几天，我把方案改完了。",
        f"{r}{P(a)}说报销单缺了签字。",
        f"会计{P(a)}已经核对完账目，出纳{P(b)}负责付款。",
        f"上周和同行{P(a)}、{P(b)}一起去看了展会。",
        f"{r}{H(s + t)}刚打电话，说{md()}的会取消了。",
        f"司机{P(a)}明天早上七点来接。",
        f"我问了{r}{H(s + t)}，{pick(TOPICS)}还没批。",
    ])
    return "role_glue", form, None


def particle_names() -> Doc:
    a, b, c = some(3, particle)
    form = turn("particle", [
        f"{P(a)}负责{pick(TOPICS)}，{P(b)}配合。",
        f"新同事{P(a)}今天入职，{P(b)}带他熟悉环境。",
        f"值班安排：{P(a)}、{P(b)}、{P(c)}。",
        f"{P(a)}和{P(b)}下午去客户那边。",
        f"请{P(a)}把合同发给{P(b)}。",
        f"由{P(a)}主持，{P(b)}记录。",
        f"{P(a)}的报销单已经批了。",
        f"昨天{P(a)}请假，{P(b)}替他值班。",
    ])
    return "particle", form, None


def separators() -> Doc:
    c1, c2 = compound(), compound()
    u1, u2 = uyghur(), uyghur()
    form = turn("sep", [
        f"经办人：{C(c1)}\n复核：{C(c2)}",
        f"{C(c1)}同学被评为三好学生。",
        f"参会人员：{M(u1)}、{M(u2)}、{P(zh())}",
        f"{M(u1)}是我们新疆办事处的负责人，电话{phone()}。",
        f"感谢{C(c1)}和{M(u1)}两位老师的帮助！",
        f"申请人{M(u1)}，民族：维吾尔族，申请事项：社保转移。",
        f"项目负责人 {C(c1)}，技术负责人 {M(u2)}。",
        f"请{C(c1)}、{C(c2)}于{md()}前提交材料。",
        f"收件人：{M(u1)}\n电话：{phone()}",
    ])
    return "separators", form, None


def nosep_minority() -> Doc:
    t1, t2 = tibetan(), tibetan()
    m1 = mongol()
    form = turn("nosep", [
        f"牧民{M(t1)}说，今年的草场比去年好。",
        f"{M(t1)}和{M(m1)}代表本队参加了比赛。",
        f"联系人：{M(m1)}，电话{phone()}。",
        f"{M(t1)}、{M(t2)}、{M(m1)}三位同志被评为先进个人。",
        f"村医{M(t1)}每周巡诊两次。",
        f"今天由{M(m1)}带队，{M(t1)}负责后勤。",
        f"学生{M(t2)}的助学金已发放。",
        f"{M(m1)}老师的课很受欢迎。",
    ])
    return "nosep_minority", form, None


def traditional() -> Doc:
    a, b = TW.name_female(), TW.name_male()
    s = pick(["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾"])
    t = pick(["先生", "小姐"])
    form = turn("tw", [
        f"{P(b)}先生您好，您的訂單已出貨，預計三天內送達。",
        f"請聯絡{P(a)}小姐，分機{R.randint(100, 999)}。",
        f"{H(s + t)}表示，這次的服務非常滿意。",
        f"會議紀錄：{P(a)}、{P(b)}出席，{H(s + t)}請假。",
        f"感謝{P(a)}小姐的協助，後續由{P(b)}先生跟進。",
        f"{P(a)}說這份報告下週一前交。",
        f"敬啟者：\n{P(a)}先生於{md()}來電查詢保單狀態，請{H(s + '經理')}回覆。",
        f"聯絡人：{P(a)}　電話：{phone()}",
        f"親愛的{P(a)}小姐：\n感謝您參加本次活動。",
    ])
    return "traditional", form, None


def quoted() -> Doc:
    a, b, c = some(3, zh)
    w = wordy()
    form = turn("quoted", [
        f"她笑着说：“你去问问{P(a)}吧，他最清楚。”",
        f"“{P(a)}，你过来一下！”{P(b)}在门口喊。",
        f"老板原话是：“这件事让{P(w)}负责，{P(a)}协助。”",
        f"「{P(a)}今天不在，有事找{P(b)}。」",
        f"他回忆道：“那年是{P(a)}带我入的行。”",
        f"“{P(w)}说得对，”{P(c)}点点头，“就这么办。”",
    ])
    return "quoted", form, None


def script() -> Doc:
    a, b = some(2, zh)
    w = wordy()
    q1, q2 = R.sample(QUOTES, 2)
    form = turn("script", [
        f"{P(a)}：{q1}。\n{P(b)}：我不同意，{q2}。\n{P(a)}：那我们投票吧。",
        f"【访谈实录】\n主持人：请介绍一下自己。\n{P(w)}：大家好，我在{pick(DEPTS)}工作了十年。\n主持人：最难忘的事？\n"
        f"{P(w)}：{q1}。",
        f"第二场\n{P(a)}（推门进来）：人都到齐了吗？\n{P(b)}：还差{P(w)}。",
        f"庭审笔录（节选）\n审判员：原告陈述。\n{P(a)}：我和被告是同事关系。\n审判员：被告答辩。\n{P(b)}：{q2}。",
        f"{P(w)}：{q1}\n{P(a)}：收到\n{P(b)}：好的",
    ])
    return "script", form, None


def attendee_list() -> Doc:
    xs = [zh(), wordy(), particle(), zh()]
    bullet = pick(["- ", "• ", "* ", "· ", "1. "])
    lines = "\n".join(f"{bullet if bullet != '1. ' else f'{i + 1}. '}{P(x)}" for i, x in enumerate(xs))
    depts = R.sample(DEPTS, 4)
    lines2 = "\n".join(f"{bullet if bullet != '1. ' else f'{i + 1}. '}{P(x)}（{d}）" for i, (x, d) in
                       enumerate(zip(xs, depts)))
    form = turn("attend", [
        f"会议：{pick(TOPICS)}\n出席人员：\n{lines}",
        f"参会名单\n{lines2}",
        f"本次培训签到：\n{lines}\n共{len(xs)}人。",
        f"以下同事请于{md()}参加体检：\n{lines2}",
    ])
    return "attendee_list", form, None


def table() -> Doc:
    xs = [zh(), wordy(), compound(), particle()]
    ds = R.sample(DEPTS, 4)
    rows = "\n".join(f"| {P(x, 'compound_surname') if x[:2] in COMPOUND else P(x)} | {d} |" for x, d in zip(xs, ds))
    rows_ph = "\n".join(f"| {P(x, 'compound_surname') if x[:2] in COMPOUND else P(x)} | {d} | {phone()} |"
                        for x, d in zip(xs[:3], ds))
    tab = "\n".join(f"{P(x, 'compound_surname') if x[:2] in COMPOUND else P(x)}\t{d}" for x, d in zip(xs, ds))
    form = turn("table", [
        f"| 姓名 | 部门 |\n|---|---|\n{rows}",
        f"| 姓名 | 部门 | 手机 |\n| --- | --- | --- |\n{rows_ph}",
        f"姓名\t部门\n{tab}",
        f"年会抽奖名单\n| 姓名 | 部门 |\n|:--|:--|\n{rows}\n请以上同事到前台领奖。",
    ])
    return "table", form, None


def chat_export() -> Doc:
    a, b = some(2, zh)
    w = wordy()
    d = ymd()
    q1, q2 = R.sample(QUOTES, 2)
    form = turn("export", [
        f"{P(a)} {d} {hms()}\n{q1}\n\n{P(b)} {d} {hms()}\n收到，{q2}\n\n{P(w)} {d} {hms()}\n好",
        f"—————  {d}  —————\n{hm()} {P(a)}\n{q1}\n{hm()} {P(w)}\n{q2}",
        f"钉钉群聊记录导出\n{P(a)}({d} {hms()}):\n{q1}\n{P(b)}({d} {hms()}):\n[图片]\n",
        f"微信聊天记录\n{P(w)}  {hm()}\n明天几点出发？\n{P(a)}  {hm()}\n八点楼下见",
        f"[{d} {hms()}] {P(a)}: {q1}\n[{d} {hms()}] {P(b)}: 好的，我跟{P(w)}说一下",
    ])
    return "chat_export", form, None


def signature() -> Doc:
    a = pick([zh, wordy, particle])()
    form = turn("sig", [
        f"各位同事：\n{pick(TOPICS)}的材料已上传共享盘，请查收。\n\n{P(a)}\n{date()}",
        f"{H(pick(SUR) + '经理')}：\n您好！附件是本月的对账单，请核对。\n此致\n敬礼！\n{P(a)}\n{pick(DEPTS)}",
        f"感谢各位这一年的支持，明年继续努力！\n——{P(a)}",
        f"请假申请\n本人因家中有事，需请假两天（{md()}-{md()}），望批准。\n申请人：{P(a)}\n{date()}",
        f"老师您好，孩子今天发烧，请假一天，谢谢！\n{P(a)}（家长）",
        f"尊敬的客户：\n您的维修申请已受理，工程师将于三个工作日内上门。\n\n客服专员 {P(a)}\n{date()}",
    ])
    return "signature", form, None


def before_digits() -> Doc:
    a, b = some(2, zh)
    w = wordy()
    form = turn("digits", [
        f"{P(a)}{phone()}，{P(b)}{phone()}，有事直接打。",
        f"紧急联系人：{P(w)}{phone()}",
        f"收货人{P(a)} {phone()} 请放门卫室",
        f"乘车人：{P(a)}{idno()}\n乘车人：{P(b)}{idno()}",
        f"{P(w)} {idno()} 已完成实名认证",
        f"对接人{P(a)}{phone()}（工作日9-18点）",
        f"值班：{P(a)} {phone()}；备班：{P(w)} {phone()}",
    ])
    return "before_digits", form, None


def english() -> Doc:
    a, b = en_name("initial"), en_name("hyphen")
    c, d = en_name("mco"), en_name("zh_en")
    s, g = pick(PINYIN_SUR), pick(PINYIN_GIVEN)
    en = pick(EN_GIVEN_ZH)
    form = turn("en", [
        f"Hi team,\n{P(a)} will lead the review; {P(b)} joins from the London office.\nThanks,\n{P(d)}",
        f"Please welcome {P(c)} to the finance team, reporting to {P(a)}.",
        f"本周客户拜访：{P(d)}（华东区）、{P(c)}（新加坡）。",
        f"Attendees: {P(a)}, {P(b)}, {P(s + ' ' + g)} ({P(en)})",
        f"联系人：{P(s + ' ' + g)} ({P(en)})，邮件抄送{P(d)}。",
        f"Approved by {P(b)} on {ymd()}; reviewed by {P(c)}.",
        f"{P(d)}说下周的demo推迟，{P(a)}没有意见。",
        f"Best regards,\n{P(c)}\nRegional Sales Manager",
        f"The contract was signed by {P(a)} and countersigned by {P(d)}.",
    ])
    return "english", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (speech, 10), (after_words, 10), (elder, 6), (role_glue, 9), (particle_names, 8), (separators, 9),
    (nosep_minority, 8), (traditional, 9), (quoted, 6), (script, 5), (attendee_list, 4), (table, 4),
    (chat_export, 5), (signature, 6), (before_digits, 7), (english, 9),
]


# ------------------------------------------------------------------------------------------------ negatives
SURNAME_WORDS = ["王国", "高兴", "于是", "和平", "文明", "明天", "周到", "程序", "黄金", "江湖", "杨树", "孙子",
                 "金融", "常规", "林业", "宋体", "方案", "白天", "钱包", "马上", "石油", "叶子", "包括", "任何",
                 "武装", "安全"]
PLACES = ["张家口", "王府井", "李家村", "周庄", "赵县", "刘家峡", "陈家祠", "黄浦江", "马家堡", "钟楼", "何家湾",
          "孙家庄", "郑州", "吴江", "徐家汇", "石景山"]
BRANDS = [("老干妈", "辣椒酱"), ("张小泉", "剪刀"), ("王致和", "腐乳"), ("李锦记", "蚝油"), ("陈李济", "药丸"),
          ("杨国福", "麻辣烫"), ("周大福", "金饰"), ("谢馥春", "香粉"), ("王守义", "十三香"), ("马应龙", "药膏"),
          ("曾五香", "卤味"), ("刘一手", "火锅")]


def sw(v: str | None = None) -> str:
    return dk("surname_word", v or pick(SURNAME_WORDS))


def place(v: str | None = None) -> str:
    return dk("place_name", v or pick(PLACES))


def brand(b: tuple[str, str] | None = None) -> str:
    b = b or pick(BRANDS)
    return dk("brand_name", b[0]) + b[1]


def neg_words() -> Doc:
    form = turn("neg_words", [
        f"{sw('于是')}大家决定{sw('明天')}再议，{sw('方案')}先放一放。",
        f"这个{sw('王国')}的故事很长，孩子们听得很{sw('高兴')}。",
        f"世界{sw('和平')}、社会{sw('文明')}是我们共同的心愿。",
        f"服务很{sw('周到')}，{sw('程序')}也简单。",
        f"{sw('黄金')}价格{sw('马上')}要涨，{sw('钱包')}要捂紧。",
        f"{sw('白天')}在{sw('林业')}局开会，晚上改{sw('方案')}。",
        f"正文用{sw('宋体')}，{sw('包括')}附件在内{sw('任何')}地方都不要改字号。",
        f"{sw('明天')}上午{sw('石油')}公司来人检查{sw('安全')}。",
        f"他说{sw('明天')}再说，{sw('于是')}大家都散了。",
        f"专家认为{sw('金融')}风险总体可控。",
    ])
    return "neg_words", form, None


def neg_speech() -> Doc:
    form = turn("neg_speech", [
        f"{dk('job_title', '有关负责人')}表示，{pick(QUOTES)}。",
        f"{dk('job_title', '专家')}认为，{pick(QUOTES)}。",
        f"公司方面指出，{pick(QUOTES)}。",
        f"大家都说{pick(QUOTES)}，{sw('于是')}就这么定了。",
        f"{dk('job_title', '同志们')}，{pick(QUOTES)}！",
        f"据{dk('job_title', '知情人士')}透露，{pick(TOPICS)}已经启动。",
        f"{dk('job_title', '业内人士')}坦言，{pick(QUOTES)}。",
        f"官方强调，{pick(TOPICS)}要按{sw('程序')}办。",
    ])
    return "neg_speech", form, None


def neg_places() -> Doc:
    p1, p2, p3 = R.sample(PLACES, 3)
    form = turn("neg_places", [
        f"出差路线：{place(p1)}—{place(p2)}—{place(p3)}。",
        f"周末去{place('王府井')}逛逛，再去{place(p2)}吃饭。",
        f"{place('张家口')}的风电项目{sw('明天')}开工。",
        f"{place('李家村')}今年通了公交，{place(p1)}也在规划中。",
        f"从{place(p1)}到{place(p2)}自驾要四个小时。",
        f"{place('周庄')}、{place(p3)}两地的游客量都创了新高。",
        f"分公司设在{place(p1)}，仓库在{place(p2)}。",
    ])
    return "neg_places", form, None


def neg_brands() -> Doc:
    b1, b2, b3 = R.sample(BRANDS, 3)
    form = turn("neg_brands", [
        f"年货清单：{brand(b1)}、{brand(b2)}、{brand(b3)}。",
        f"{brand(('老干妈', '辣椒酱'))}配米饭，{sw('马上')}就能开吃。",
        f"厨房剪刀还是{brand(('张小泉', '的'))}好用。",
        f"超市里{brand(b1)}和{brand(b2)}都在打折。",
        f"直播间今晚上架{brand(b1)}，{sw('明天')}上架{brand(b2)}。",
        f"这家店的{brand(b3)}卖得最好。",
    ])
    return "neg_brands", form, None


def neg_layouts() -> Doc:
    d = ymd()
    form = turn("neg_layouts", [
        f"| 姓名 | 部门 |\n|---|---|\n| （待填） | {pick(DEPTS)} |\n| （待填） | {pick(DEPTS)} |",
        f"系统消息 {d} {hms()}\n群公告已更新\n\n系统消息 {d} {hms()}\n你已添加了新的群成员",
        f"各位同事：\n{pick(TOPICS)}的通知见附件。\n\n{pick(DEPTS)}\n{date()}",
        f"感谢您的来信！\n——客服团队 敬上",
        f"出席人员：\n- {pick(DEPTS)}全体\n- {pick(DEPTS)}负责人\n- 外部顾问一名",
        f"客服热线{dk('hotline', '400-820-' + str(R.randint(1000, 9999)))}，工作日9-18点。",
        f"主持人：请大家安静。\n观众：好！\n主持人：我们开始吧。",
        f"出差同行人员由{pick(DEPTS)}统一安排，住在朋友家的请提前报备。",
        f"{dk('masked_name', pick(SUR) + '某某')}系本案当事人，{dk('masked_name', pick(SUR) + '某')}为证人。",
        f"财务总监要求各部门{sw('明天')}前交预算。",
        f"{md()}同行业交流会，{pick(DEPTS)}派两人参加。",
    ])
    return "neg_layouts", form, None


def neg_english() -> Doc:
    form = turn("neg_english", [
        "Best regards,\nThe Support Team",
        "Flight lands at O'Hare at 6 pm; dinner at McDonald's near gate B.",
        "Attendees: Finance, Legal, IT (2 seats each).",
        "Approved by: ________  Date: ________",
        "Please review the PR before Friday. Thanks!",
        "Please mark the invoice as Paid and file it under Accounts Payable.",
    ])
    return "neg_english", form, "en"


def neg_traditional() -> Doc:
    form = turn("neg_tw", [
        "謝謝光臨，歡迎再來！本店營業時間為上午十點至晚上九點。",
        f"{dk('place_name', '王府井')}附近的飯店{sw('明天')}開始打折。",
        "親愛的會員您好，您的積分即將到期，請盡快兌換。",
        "本公司客服專線：週一至週五，先生小姐請留言。",
        f"{dk('brand_name', '周大福')}珠寶週年慶，全館八折。",
    ])
    return "neg_traditional", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_words, 10), (neg_speech, 8), (neg_places, 7), (neg_brands, 6), (neg_layouts, 11), (neg_english, 6),
    (neg_traditional, 5),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
