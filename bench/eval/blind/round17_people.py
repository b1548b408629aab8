"""Round 17p blind corpus: PERSON in long, realistic documents, in the forms rounds 4-16 wrote few of.

Why: hold-out PERSON F1 is 0.941 with recall 0.911 and precision fine; the earlier people rounds lifted their own
corpora, so the misses left are other forms. This round writes whole documents (work updates, onboarding mails,
case notes, CRM logs, Jira activity, git history, DingTalk approvals, school notices, PDF and OCR text) in which
one person is named several ways, and the ways are the ones earlier rounds held few of:

- names in running prose with no cue word at all: the subject of a sentence (某某昨天把合同寄出去了), the object
  of 给 / 让 / 跟 / 找 / 问 / 叫 / 带 / 帮 / 替 / 陪 (你先找某某拿钥匙, 问问某某), a possessive (某某的报销单), a
  name before a particle or a group word (某某那边, 某某他们, 某某呢, 某某俩);
- the given name alone after a first full mention (新同事某晓东 ... 晓东之前在 ...), as a vocative (晓东：见字如面),
  a child's given name before 妈妈 / 爸爸 / 家长 (梓萱妈妈), and honorific second mentions (小某, 老某, 某总) in the
  same document;
- names a PDF's hard wrap cuts in two inside running text, and OCR text with a space between every character or a
  stray space inside a name (王 建华);
- rare surnames (禤, 冼, 亓, 逯, 缑, 訾, 覃, 笪, 蒯, 单, 查, 区, 解 ...) and rare given-name characters (喆, 垚, 淼,
  珺, 玥, 祎, 翀, 燊, 暐, 堃, 彧, 赟 ...);
- rows of a table without a header line (TSV, CSV, Markdown, fixed-width), attendance and check-in exports;
- English titles and roles written before a Chinese name inside Chinese text (Dr. 某某, CEO 某某, HR 某某, PM 某某);
- pinyin in English text in every order and case (Zhang Xiaoming, ZHANG Xiaoming, Xiaoming Zhang, Zhang Xiao-ming,
  Xiao-Ming Zhang, ZHANG XIAOMING), airline-style ZHANG/XIAOMING, and git blame / review lines;
- Hong Kong and Taiwan documents in traditional characters, with HK honorifics (陳生, 黃太, 李小姐) and Cantonese
  romanisations next to the Chinese name (陳家偉 (Chan Ka-wai));
- minors in school and kindergarten notices, patients and their families in narrative case notes, customers in
  CRM follow-up notes, assignees and reporters in Jira activity streams, DingTalk approval flows and read lists.

Labelling judgements, from the conventions (/work/shared/eval/README.md) and the earlier rounds' docstrings,
written before any detector was run on this corpus:

- PERSON is the name as written. A given name used alone is a name as written (round 7), tag `given_name`; a
  child's given name before 妈妈 / 爸爸 / 家长 is the given name only. Surname + title and 老 / 小 + surname are
  labeled whole (tag `honorific`), and so are the HK forms surname + 生 / 太 (陳生, 黃太), which are surname +
  title. A full name with a title after it is the name only; an English title or role before it (Dr., CEO, HR,
  PM) is not part of it. Mr / Ms / Miss + a surname alone is optional (rounds 13e / 15e).
- A name a wrap cuts is one span with the line break inside (tag `linebreak`); a name with spaces inside is one
  span with them (tag `spaced_name`). The builder's norm drops the whitespace.
- Pinyin names are one span in any order and case (tag `pinyin`); ZHANG/XIAOMING is one span, the MR / MS after
  it is not part of it; a Cantonese romanisation in brackets after the Chinese name is a second span (tag `hk`).
- A name in a git blame line, a Jira activity line or a DingTalk flow is labeled; user handles, bot accounts,
  branch names, hashes and time stamps are not.
- Historical figures standing alone are written neither as gold nor as decoys (round 16n), only inside road,
  brand, dish and title names, which are decoys.
- No gold (decoys), also inside the documents with gold: the same prose shapes with words (手段高明, 于是, 文明,
  找方法, 问清楚, 跟进, 让利, 给予), word names used as words (四季常青, 齐心协力, 任重道远), places and roads
  named after people (张衡路, 祖冲之路, 中山路), brands and assistants that look like 小 / 老 + a surname (小米,
  小鹏, 小度, 小爱同学, 老乡鸡), shops and brands holding a full name (杨国福麻辣烫, 张亮麻辣烫, 马应龙), masked
  names (王**, 张*明), English titles alone and look-alikes (CEO 致辞, Dr. Martens, PM2.5), pinyin words and Hong
  Kong places in English text (Feng Shui, Tai Chi, Sai Kung, Tai Po), OCR text spaced for layout, words a wrap
  cuts in two, and unassigned / bot / system values in Jira, git and DingTalk.

Names are invented: Faker zh_CN / zh_TW, seeded, and hand-made pools of rare surnames, rare given-name characters,
children's given names, word names, pinyin syllables and Hong Kong romanisations that reuse none of round 16n's,
combined at random. About a third of the documents have no gold; the output follows only the seed.

    python -m bench.eval.blind.build --round17p     # writes bench/eval/corpus/blind-round17p.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import EMAIL, PERSON, PHONE

SEED = 170317
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)
TW = Faker("zh_TW")
TW.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

RARE_SUR = ["禤", "冼", "佘", "亓", "靳", "逯", "鄢", "甄", "缑", "隗", "郜", "蒯", "訾", "覃", "揭", "眭", "钭",
            "阚", "晏", "仉", "厍", "笪", "琚", "邝", "蔺", "庹", "殳", "滕", "邸", "谯", "昝", "芮", "扈", "单",
            "查", "区", "盖", "解", "仇", "乜", "郄", "禚", "湛", "阙"]
RARE_GIVEN = ["喆", "垚", "淼", "犇", "昇", "珺", "玥", "祎", "翀", "燊", "煜", "暐", "堃", "彧", "赟", "旻", "玙",
              "昶", "骞", "璟", "晞", "琤", "瑄", "翊", "珩", "歆", "苡", "芃", "沄", "頔", "弢", "湉", "昉", "晧",
              "筠"]
PLAIN_GIVEN = ["宇", "晨", "涛", "敏", "静", "磊", "婷", "杰", "芳", "军", "丽", "强", "欣", "悦", "凯", "莉", "峰",
               "琳", "博", "雯"]
KID_GIVEN = ["子涵", "梓萱", "一诺", "浩宇", "欣怡", "诗涵", "雨桐", "沐阳", "梓轩", "若汐", "语桐", "铭泽",
             "思睿", "可馨", "芷若", "宇轩", "依诺", "锦程", "奕辰", "嘉懿", "梓睿", "书瑶", "俊熙", "沐晨",
             "皓轩", "一鸣", "悦溪", "晏清"]
MODERN_GIVEN = ["子墨", "浩然", "雨萱", "思远", "俊杰", "晓东", "文博", "嘉怡", "志远", "明轩", "佳琪", "宇航",
                "梦瑶", "天佑", "家豪", "诗琪", "晨曦", "博文", "雅琴", "振华", "晓雯", "立新", "海峰", "静怡",
                "鹏飞", "少卿", "慧敏", "国栋", "春晖", "亚楠"]
WORD_NAMES = ["高明", "常青", "江波", "向东", "方正", "马力", "夏至", "白露", "齐心", "任重"]
PY_SUR = ["Qin", "Jiang", "Pan", "Ding", "Wei", "Du", "Ye", "Lu", "Tian", "Yu", "Shen", "Cai", "Peng", "Xiao",
          "Cheng", "Ren", "Yao", "Fu", "Kong", "Xue", "Hou", "Duan", "Hao", "Shao", "Qiu", "Gu", "Meng", "Dai",
          "Jia", "Tao"]
PY_GIVEN = [("Zi", "han"), ("Yu", "xuan"), ("Hao", "ran"), ("Jin", "yu"), ("Shi", "yun"), ("Qiu", "yue"),
            ("Ming", "ze"), ("Ruo", "lan"), ("Zhen", "yu"), ("Yan", "qiu"), ("Han", "wen"), ("Shu", "yi"),
            ("Ke", "xin"), ("Tian", "you"), ("Xue", "lian"), ("Wei", "dong"), ("Guo", "qing"), ("Si", "yuan"),
            ("Jia", "rui"), ("Yi", "ning"), ("Chen", "xi"), ("Le", "tian"), ("Qing", "he"), ("Mu", "bai")]
HK_SUR = [("陳", "Chan"), ("黃", "Wong"), ("梁", "Leung"), ("張", "Cheung"), ("劉", "Lau"), ("何", "Ho"),
          ("吳", "Ng"), ("鄭", "Cheng"), ("麥", "Mak"), ("蕭", "Siu"), ("葉", "Yip"), ("郭", "Kwok")]
HK_GIVEN = [("家", "Ka"), ("偉", "Wai"), ("嘉", "Ka"), ("詠", "Wing"), ("志", "Chi"), ("明", "Ming"),
            ("慧", "Wai"), ("敏", "Man"), ("俊", "Chun"), ("傑", "Kit"), ("淑", "Suk"), ("儀", "Yee"),
            ("浩", "Ho"), ("欣", "Yan"), ("樂", "Lok"), ("思", "Sze"), ("穎", "Wing"), ("朗", "Long")]
DEPTS = ["产品部", "运营中心", "财务部", "人事行政部", "研发二组", "测试组", "市场部", "采购部", "法务部",
         "客户成功部", "数据平台组", "渠道部", "品控部", "售后服务部", "基础架构组"]
TOPICS = ["季度复盘", "上线排期", "供应商对账", "合同续签", "客户回访", "预算调整", "库存盘点", "招聘面试",
          "团建方案", "系统切换", "投标文件", "年度审计"]
MAIL_DOMAINS = ["example.com", "corp.example.cn", "mail.example.org", "example.net"]


# ------------------------------------------------------------------------------------------------ values
def _plain_given() -> str:
    if R.random() < 0.5:
        return pick(MODERN_GIVEN)
    while True:
        g = ZH.first_name()
        if len(g) == 2:
            return g


def _sur() -> str:
    while True:
        s = ZH.last_name()
        if len(s) == 1:
            return s


def full() -> str:
    """A three-character name: a single-character surname and a two-character given name."""
    return _sur() + _plain_given()


def rare() -> str:
    """A rare surname, or a rare given-name character, or both."""
    roll = R.random()
    sur = pick(RARE_SUR) if roll < 0.75 else _sur()
    if roll < 0.35:
        given = _plain_given() if R.random() < 0.5 else pick(PLAIN_GIVEN)
    else:
        a = pick(RARE_GIVEN)
        given = a if R.random() < 0.3 else pick([a + pick(PLAIN_GIVEN), pick(PLAIN_GIVEN) + a])
    return sur + given


def kid() -> str:
    return _sur() + pick(KID_GIVEN)


def some(n: int, make: Callable[[], str] = full) -> list[str]:
    """n different names with different surnames and different given names (none can stand for another)."""
    out: list[str] = []
    while len(out) < n:
        v = make()
        if all(v[0] != o[0] and v[1:] != o[1:] for o in out) and v not in out:
            out.append(v)
    return out


def py_name(form: int | None = None) -> str:
    s = pick(PY_SUR)
    g1, g2 = pick(PY_GIVEN)
    forms = [f"{s} {g1}{g2}", f"{s.upper()} {g1}{g2}", f"{g1}{g2} {s}", f"{g1}{g2} {s.upper()}",
             f"{s} {g1} {g2.title()}", f"{s} {g1}-{g2}", f"{g1}-{g2.title()} {s}", f"{s.upper()} {g1.upper()}{g2.upper()}"]
    return forms[form if form is not None else R.randrange(len(forms))]


def hk_pair() -> tuple[str, str]:
    """A Hong Kong name in traditional characters and its Cantonese romanisation (Chan Ka-wai)."""
    (s, sr), (g1, r1), (g2, r2) = pick(HK_SUR), *R.sample(HK_GIVEN, 2)
    return s + g1 + g2, f"{sr} {r1}-{r2.lower()}"


def tw() -> str:
    while True:
        n = TW.name()
        if len(n) == 3:
            return n


def phone() -> str:
    return PHONE(values.cn_mobile(R))


def mail(local: str | None = None) -> str:
    return EMAIL(f"{local or ZH.user_name()}@{pick(MAIL_DOMAINS)}")


def date() -> str:
    return f"{R.randint(2025, 2026)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def md() -> str:
    return f"{R.randint(1, 12)}月{R.randint(1, 28)}日"


def ymd() -> str:
    return f"{R.randint(2025, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def hm() -> str:
    return f"{R.randint(8, 21):02d}:{R.randint(0, 59):02d}"


def hexs(n: int) -> str:
    return _DRAWS.chars("0123456789abcdef", n)


# ------------------------------------------------------------------------------------------------ markup
def P(v: str, *tags: str) -> str:
    return PERSON(v, *tags)


def G(v: str, *tags: str) -> str:
    """A given name used alone."""
    return PERSON(v, "given_name", *tags)


def H(v: str) -> str:
    return PERSON(v, "honorific")


def RA(v: str) -> str:
    return PERSON(v, "rare")


def W(v: str) -> str:
    return PERSON(v, "word_name")


def PY(v: str) -> str:
    return PERSON(v, "pinyin")


def SP(v: str) -> str:
    return PERSON(v, "spaced_name")


def OPT(v: str) -> str:
    return PERSON(v, "opt")


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def sw(v: str) -> str:
    return dk("surname_word", v)


def nw(v: str) -> str:
    return dk("name_word", v)


def pl(v: str) -> str:
    return dk("place_name", v)


def br(v: str) -> str:
    return dk("brand_name", v)


def masked(v: str) -> str:
    return dk("masked_name", v)


def jt(v: str) -> str:
    return dk("job_title", v)


def elder(name: str) -> str:
    """老 + surname or 小 + surname: how colleagues name someone after the first mention."""
    return pick(["老", "小"]) + name[0]


def boss(name: str) -> str:
    return name[0] + pick(["总", "工", "姐", "哥", "老师", "经理", "主任"])


# ------------------------------------------------------------------------------------------------ prose
def cue_less(n: str, used: set[int]) -> str:
    """One sentence naming `n` with no label, title or speech verb (a subject, an object, a possessive), of a
    template not in `used` (so a document does not repeat one)."""
    m = P(n)
    forms = [
        f"{m}昨天下午把终版合同发到群里了",
        f"{m}上周五已经把样品寄出去了",
        f"你先找{m}拿一下机房钥匙",
        f"回头问问{m}报销单交了没有",
        f"这事得让{m}再核对一遍",
        f"记得给{m}回个电话",
        f"周三我跟{m}一起去现场",
        f"{m}的电脑还没装好打印机驱动",
        f"把{m}的工牌权限先停掉",
        f"{m}那边已经同意按原价结算",
        f"{m}他们几个今晚加班",
        f"叫{m}下来签收一下快递",
        f"明天带{m}去熟悉一下仓库",
        f"帮{m}把差旅单补上",
        f"下午我替{m}去开评审会",
        f"{m}请了三天年假",
        f"{m}今天早上九点就到了",
        f"和{m}确认过了，周四可以发货",
        f"这个方案{m}觉得还要再改",
        f"我刚看到{m}的留言",
        f"{m}呢？会议马上开始了",
        f"{m}这个月的绩效还没打",
        f"顺便陪{m}去一趟银行",
    ]
    i = R.choice([k for k in range(len(forms)) if k not in used])
    used.add(i)
    return forms[i]


def word_sentences(n: int) -> list[str]:
    """n different sentences with surname-led words where a cue-less name could stand."""
    return R.sample([
        f"这个办法确实{sw('高明')}", f"{sw('于是')}大家决定延期", f"请注意{sw('文明')}用语", f"先{sw('找方法')}再找原因",
        f"会前把需求{sw('问清楚')}", f"销售要持续{sw('跟进')}", f"这次促销{sw('让利')}不少", f"公司{sw('给予')}适当补贴",
        f"新版{sw('程序')}已上线", f"款项请{sw('按时')}结清", f"{sw('方便')}的话回个消息", f"报价{sw('常规')}三天内有效",
        f"{nw('齐心')}协力完成任务", f"我们{nw('任重')}道远", f"厂区四季{nw('常青')}",
        f"{sw('高层')}会议改到周四", f"{sw('金额')}以发票为准", f"{sw('陆续')}收到客户反馈",
    ], n)


def word_sentence() -> str:
    return word_sentences(1)[0]


# ------------------------------------------------------------------------------------------------ positives
def prose_update() -> Doc:
    """A weekly work update: names as subjects, objects and possessives with no cue word."""
    names = some(4)
    w = pick(WORD_NAMES)
    used: set[int] = set()
    parts = [cue_less(n, used) for n in names]
    parts.insert(R.randrange(len(parts) + 1), f"{W(w)}{pick(['明天出差', '下午请假', '负责对接物流', '刚入职一周'])}")
    parts.insert(R.randrange(len(parts) + 1), word_sentence())
    head = pick([f"【{pick(TOPICS)}】本周进展同步：", "各位，简单说几件事：", f"{md()}工作记录", "周报（草稿）"])
    body = "；\n".join(f"{i + 1}. {p}" for i, p in enumerate(parts)) if R.random() < 0.5 else "。".join(parts)
    return "prose_update", f"{head}\n{body}。", None


def prose_objects() -> Doc:
    """An instruction message in which every person is the object of a verb or preposition."""
    a, b, c, d = some(4)
    text = pick([
        f"小伙伴们，明天搬家的分工：先找{P(a)}领纸箱，打包完问问{P(b)}贴什么标签；大件让{P(c)}联系搬运，"
        f"电脑的事跟{P(d)}说。{word_sentence()}。",
        f"麻烦你三件事：给{P(a)}发一下报价，让{P(b)}把发票开了，再跟{P(c)}约个时间看样品。{P(d)}的意见我晚点转你。",
        f"新人第一周安排：周一跟{P(a)}熟悉系统，周二找{P(b)}办门禁，周三陪{P(c)}去客户现场，周四问{P(d)}要培训资料。"
        f"{word_sentence()}。",
        f"客户那边急着要，你让{P(a)}今晚把数据跑出来，明早给{P(b)}过目，有问题直接找{P(c)}。{P(d)}出差了，别等他。",
        f"昨天我帮{P(a)}改了简历，又替{P(b)}值了个班，晚上还陪{P(c)}吃了饭，结果忘了给{P(d)}回消息。",
    ])
    return "prose_objects", text, None


def followup() -> Doc:
    """A long text that names one person in full, then by given name, then by an honorific."""
    a, b, c = some(3)
    ga, gb = a[1:], b[1:]
    dept = pick(DEPTS)
    text = turn("followup", [
        f"欢迎新同事{P(a)}加入{dept}！\n{G(ga)}毕业于某理工大学，之前做了四年供应链数据分析，喜欢跑步和摄影。"
        f"{G(ga)}的工位在A区12号，入职导师是{P(b)}。\n这周{G(ga)}会先熟悉报表系统，有问题大家多帮帮{H(elder(a))}。"
        f"{word_sentence()}。",
        f"项目复盘（{pick(TOPICS)}）\n这次上线最大的功臣是{P(a)}。凌晨两点告警时，{G(ga)}第一个发现数据库连接数打满，"
        f"和{P(b)}一起定位到连接池配置。{G(gb)}随后回滚了配置，{G(ga)}补写了监控规则。\n复盘结论由{P(c)}整理，"
        f"{H(boss(c))}要求下周前把改进项落实。",
        f"人物专访｜仓库里的“活地图”\n{P(a)}在{dept}干了十一年。同事们都叫她{H(elder(a))}，新来的叫她{H(a[0] + '姐')}。"
        f"“{G(ga)}对每个货架都熟，”搭档{P(b)}说，“你报个编号，她闭着眼都能找到。”\n今年{G(ga)}带出了三个徒弟，"
        f"其中{G(gb)}已经能独立负责夜班盘点。",
        f"关于{P(a)}同学实习期表现的反馈\n{G(ga)}实习三个月，主要参与了客服知识库整理。{G(ga)}做事细致，"
        f"交给{G(ga)}的任务基本都能提前完成。带教人{P(b)}建议转正，{H(boss(c))}同意后请人事办理。",
        f"会议纪要\n{P(a)}介绍了新版排班规则，{P(b)}提出夜班补贴标准需要再算一遍。{G(ga)}回应说补贴按市里最新标准，"
        f"{G(gb)}认为还要看财务预算。最后{P(c)}拍板：先试行一个月，由{G(ga)}每周汇报。",
        f"{P(a)}：\n  你好！上次说的培训名额已经报上了，{G(gb)}那边我也打过招呼。等{P(c)}把课表发来，我再转给你。"
        f"\n  对了，{G(ga)}，你上回借的投影仪记得还给行政。\n{G(gb)}",
    ])
    return "followup", text, None


def vocative() -> Doc:
    """Letters and chats that address someone by the given name alone."""
    a, b, c = some(3)
    ga, gb = a[1:], b[1:]
    text = turn("vocative", [
        f"{G(ga)}：\n  见字如面。你寄来的资料收到了，{P(c)}也看过，说思路很好。下个月我去你那边出差，到时候再细聊。\n"
        f"  代问{G(gb)}好。\n{date()}",
        f"亲爱的{G(ga)}：\n祝你生日快乐！这是部门同事一起准备的小礼物，{P(b)}挑的蛋糕，{P(c)}写的贺卡。",
        f"{G(ga)}，你好！我是{P(b)}，{P(c)}介绍我来找你的，想请教一下报关流程。方便的时候回我一下，谢谢。",
        f"[10:02] {P(b)}: {G(ga)}你看一下这个截图\n[10:05] {P(a)}: 看了，是缓存没清\n[10:06] {P(b)}: 好嘞，"
        f"那我跟{G(c[1:])}说一声",
        f"{G(ga)}、{G(gb)}：\n  周六的团建改到室内了，地点另行通知。请你们俩统计一下人数，周四前报给{P(c)}。",
    ])
    return "vocative", text, None


def _wrap(pieces: list[tuple[str, ...]], width: int) -> str:
    """Hard-wrap text at `width` characters as a PDF export does, cutting names; a cut name's span gets the
    `linebreak` tag. Pieces are ("t", text), ("p", name, *tags) and ("d", kind, text)."""
    out: list[str] = []
    col = 0
    for piece in pieces:
        kind, val = piece[0], piece[1] if piece[0] != "d" else piece[2]
        written: list[str] = []
        for ch in val:
            if ch == "\n":
                col = 0
                written.append(ch)
                continue
            if col == width:
                written.append("\n")
                col = 0
            written.append(ch)
            col += 1
        s = "".join(written)
        if kind == "t":
            out.append(s)
        elif kind == "p":
            tags = list(piece[2:]) + (["linebreak"] if "\n" in s.strip() else [])
            if s.startswith("\n"):   # the wrap fell just before the name: the line break is outside it
                out.append("\n")
                s = s[1:]
            out.append(PERSON(s, *tags))
        else:
            if s.startswith("\n"):
                out.append("\n")
                s = s[1:]
            out.append(dk(piece[1], s))
    return "".join(out)


def pdf_wrap() -> Doc:
    """Formal text exported from a PDF with hard line breaks every N characters, names cut by the breaks."""
    a, b, c, d = some(4)
    r = rare()
    t: Callable[[str], tuple[str, ...]] = lambda s: ("t", s)
    p: Callable[..., tuple[str, ...]] = lambda s, *tags: ("p", s, *tags)
    variants: list[list[tuple[str, ...]]] = [
        [t("会议纪要\n"), t(f"{date()}下午，"), p(a), t("主持召开了"), t(pick(TOPICS)), t("专题会，"), p(b), t("、"),
         p(c), t("、"), p(r, "rare"), t("参加。会议听取了"), p(b), t("关于前期工作的汇报，"), p(c),
         t("就预算缺口作了补充说明。会议要求由"), p(d), t("牵头，十个工作日内拿出整改方案，"), p(r, "rare"),
         t("负责跟踪落实。")],
        [t("情况说明\n"), t("本人"), p(a), t("，系"), t(pick(DEPTS)), t("员工。"), t(date()), t("，我与同事"), p(b),
         t("在整理库房时发现两箱货物标签错误，当即报告给主管"), p(c), t("。经"), p(c), t("同意，由"), p(d),
         t("重新贴标并登记。特此说明。\n说明人："), p(a), t(f"\n{date()}")],
        [t("推荐信\n兹推荐"), p(a), t("同志参加今年的优秀青年评选。该同志入职以来，先后配合"), p(b), t("完成了两期系统"
         "改造，协助"), p(r, "rare"), t("建立了客户回访机制，工作认真负责。特此推荐。\n推荐人："), p(c),
         t("　　审核人："), p(d)],
        [t("调查笔录（摘录）\n问：你和"), p(b), t("是什么关系？\n答：我们是同事，"), p(b), t("是我的组长。\n问：当天还有谁在场？\n"
         "答：还有"), p(c), t("和"), p(r, "rare"), t("，后来"), p(d), t("也来了。\n被询问人："), p(a)],
        [t("关于表彰"), t(pick(TOPICS)), t("工作中表现突出人员的通报\n在本次工作中，"), p(a), t("主动放弃休假，连续值守"),
         t("九天；"), p(b), t("带领小组提前完成了全部数据核对；"), p(c), t("、"), p(d), t("克服人手不足的困难，"
         "保障了现场秩序。经研究，决定对以上同志予以通报表扬。特此通报。")],
    ]
    pieces = turn("pdf_wrap", variants)
    best = ""
    for _ in range(12):
        width = R.randint(14, 30)
        best = _wrap(pieces, width)
        if "linebreak" in best:
            break
    return "pdf_wrap", best, None


def ocr() -> Doc:
    """OCR of scanned forms: every character spaced, or a stray space inside a name."""
    a, b, c = some(3)
    r = rare()

    def sp(n: str) -> str:
        return SP(" ".join(n))

    def stray(n: str) -> str:
        return SP(n[0] + " " + n[1:]) if R.random() < 0.6 else SP(n[:2] + " " + n[2:])
    text = turn("ocr", [
        f"入 职 登 记 表\n姓 名 ： {sp(a)}     性 别 ： 女\n部 门 ： {' '.join(pick(DEPTS))}\n紧 急 联 系 人 ： {sp(b)}"
        f"\n备 注 ： 无",
        f"收 款 收 据\n今 收 到 {sp(a)} 交 来 押 金 {R.randint(1, 9)} 千 元 整 。\n经 手 人 ： {sp(c)}",
        f"（扫描件识别结果）\n本合同由{stray(a)}（甲方）与{stray(b)}（乙方）于{date()}签订，见证人{P(c)}。",
        f"OCR结果：\n兹 证 明 {sp(r)} 同 志 系 我 单 位 正 式 职 工 ，\n特 此 证 明 。\n经 办 ： {sp(a)}",
        f"识别文本（第2页）\n……经查，{stray(a)}于当日已将款项转给{stray(b)}，{P(c)}对此知情。",
        f"请 假 条\n{sp(a)} 因 家 中 有 事 ， 请 假 两 天 ， 工 作 已 交 接 给 {sp(b)} 。\n批 准 人 ： {sp(c)}",
    ])
    return "ocr", text, None


def rare_doc() -> Doc:
    """Rare surnames and rare given-name characters in ordinary enterprise text."""
    a, b, c = some(3, rare)
    d = full()
    text = turn("rare", [
        f"本月优秀员工：{RA(a)}、{RA(b)}、{P(d)}。\n{RA(a)}独立完成了华东区的渠道梳理，{RA(b)}的客户满意度连续三个月第一。",
        f"交接清单\n移交人：{RA(a)}\n接收人：{RA(b)}\n监交人：{RA(c)}\n移交内容：服务器账号、合同原件、未结工单。",
        f"{RA(a)}下周调去{pick(DEPTS)}，手上的项目先交给{RA(b)}。有事找{RA(b)}或者{P(d)}。",
        f"面试安排\n{hm()} {RA(a)}（Java开发）面试官：{P(d)}\n{hm()} {RA(b)}（测试）面试官：{RA(c)}",
        f"感谢{RA(a)}、{RA(b)}两位同事在{pick(TOPICS)}中的付出！{RA(c)}的那份分析报告也写得很扎实。",
        f"{RA(a)}：这版PPT我改完了\n{RA(b)}：收到，我让{RA(c)}再看一遍\n{P(d)}：辛苦",
        f"报销审批：申请人{RA(a)}，部门负责人{RA(b)}，财务复核{P(d)}。{word_sentence()}。",
        f"{RA(a)}的父亲{RA(a[0] + pick(PLAIN_GIVEN) + pick(PLAIN_GIVEN))}今天来公司送材料，前台让他在一楼等{RA(b)}。",
    ])
    return "rare", text, None


def headerless() -> Doc:
    """Rows of a table pasted without its header line."""
    names = some(4)
    w = pick(WORD_NAMES)
    names[R.randrange(4)] = w
    mark = [W(n) if n == w else P(n) for n in names]
    depts = R.sample(DEPTS, 4)
    text = turn("headerless", [
        "\n".join(f"{i + 1}\t{m}\t{pick(['男', '女'])}\t{R.randint(1975, 2002)}-{R.randint(1, 12):02d}\t{d}\t"
                  f"{pick(['在职', '试用', '离职'])}" for i, (m, d) in enumerate(zip(mark, depts))),
        "\n".join(f"{m},{pick(['男', '女'])},{R.randint(22, 58)},{d},{phone()}" for m, d in zip(mark, depts)),
        "\n".join(f"| {R.randint(100, 999)} | {m} | {d} | {pick(['已完成', '进行中', '未开始'])} |"
                  for m, d in zip(mark, depts)),
        "\n".join(f"{m}    {d}    {R.randint(1000, 9999)}.00    {pick(['已打款', '待审核'])}" for m, d in zip(mark, depts)),
        "粘贴自表格：\n" + "\n".join(f"{md()}\t{m}\t{pick(['早班', '中班', '晚班'])}" for m in mark),
        "\n".join(f"{m}\t{R.randint(60, 100)}\t{R.randint(60, 100)}\t{R.randint(60, 100)}" for m in mark),
    ])
    return "headerless", text, None


def en_titles() -> Doc:
    """English titles and roles before a Chinese name inside Chinese text."""
    a, b, c, d = some(4)
    text = turn("en_titles", [
        f"今天下午三点 Dr. {P(a)} 来做分享，题目是《慢病随访的数据化》，主持人是 HR {P(b)}。",
        f"本次发布会流程：CEO {P(a)} 致辞 → CTO {P(b)} 讲解产品 → PM {P(c)} 演示。{word_sentence()}。",
        f"项目组：PM {P(a)}，Dev {P(b)}、{P(c)}，QA {P(d)}。每周二站会。",
        f"HR{P(a)}说offer下周发，BD {P(b)}那边客户还在谈，Sales {P(c)}请假了。",
        f"请 VP {P(a)} 审批，抄送 Finance {P(b)}。Miss {OPT(c[0])} 已经确认过金额。",
        f"Prof. {P(a)} 和 Dr.{P(b)} 将于周五到访，接待由 Mr. {OPT(c[0])} 负责。",
        f"Leader {P(a)} 让我们先出方案，Owner {P(b)}，Reviewer {P(c)}。",
    ])
    return "en_titles", text, None


def pinyin_doc() -> Doc:
    """Pinyin names in English text, in every order and case."""
    a, b, c = py_name(), py_name(), py_name()
    s1, s2 = pick(PY_SUR).upper(), pick(PY_SUR).upper()
    g1, g2 = ("".join(pick(PY_GIVEN)).upper() for _ in range(2))
    text = turn("pinyin", [
        f"Hi all,\nPlease welcome {PY(a)}, who joins the Shanghai team as a data analyst. {PY(b)} will be "
        f"{pick(['her', 'his'])} buddy for the first month. Questions about access go to {PY(c)}.\nThanks,\nHR",
        f"Meeting notes ({ymd()})\nAttendees: {PY(a)}, {PY(b)}, {PY(c)}\n- {PY(a)} walked through the Q3 numbers.\n"
        f"- Action: {PY(b)} to update the forecast by Friday.",
        f"PASSENGER LIST\n1. {PY(s1 + '/' + g1)} MS\n2. {PY(s2 + '/' + g2)} MR\nFLIGHT MU{R.randint(100, 999)} "
        f"{ymd()}",
        f"Dear {PY(a)},\nThank you for your application. Your interview with {PY(b)} is confirmed for {ymd()} at "
        f"{hm()}. {PY(c)} from HR will send the agenda.",
        f"Reviewer comments\n{PY(a)}: the sample size in section 3 is too small.\n{PY(b)}: agree with {PY(a)}; "
        f"please also cite the 2021 survey.",
        f"Travel approval: {PY(a)} (traveller), approved by {PY(b)}. Booked by {PY(c)}. Ticket {PY(s1 + '/' + g1)}.",
    ])
    return "pinyin", text, "en"


def git_log() -> Doc:
    """git log, blame and review lines naming Chinese and pinyin authors."""
    a, b, c = some(3)
    pa, pb = py_name(0), py_name(2)
    text = turn("git", [
        f"commit {dk('hash', hexs(40))}\nAuthor: {P(a)} <{mail()}>\nDate:   Tue {ymd()} "
        f"{hm()}:12 +0800\n\n    fix: 修复导出报表时分页错误\n\n    Reviewed-by: {P(b)}\n    Tested-by: {P(c)}",
        f"$ git blame -L 40,43 src/report.py\n{dk('hash', hexs(8))} ({P(a)} {ymd()} {hm()}:01 +0800 40)     rows = "
        f"load()\n{dk('hash', hexs(8))} ({P(b)} {ymd()} {hm()}:44 +0800 41)     rows = dedupe(rows)\n"
        f"{dk('hash', hexs(8))} ({PY(pa)} {ymd()} {hm()}:09 +0800 42)     return paginate(rows)",
        f"PR #{R.randint(100, 999)} 优化库存同步\n{PY(pa)} requested changes\n{P(a)} 回复：已按意见修改\n"
        f"{PY(pb)} approved these changes\n{P(b)} merged commit {dk('hash', hexs(7))} into main",
        f"* {dk('hash', hexs(7))} - feat: 新增发票校验 ({P(a)}, 3 days ago)\n* {dk('hash', hexs(7))} - chore: "
        f"升级依赖 ({P(b)}, 5 days ago)\n* {dk('hash', hexs(7))} - fix: 空指针 ({PY(pa)}, 6 days ago)",
        f"{P(a)} 合并了分支 feature/refund 到 main\n{P(b)} 在 !{R.randint(10, 99)} 中评论：这里要加幂等校验\n"
        f"{P(c)} 关闭了议题 #{R.randint(100, 999)}",
    ])
    return "git", text, None


def jira() -> Doc:
    """A Jira issue with its activity stream."""
    a, b, c = some(3)
    key = f"{pick(['OPS', 'CRM', 'PAY', 'WMS'])}-{R.randint(100, 9999)}"
    text = turn("jira", [
        f"[{key}] 登录页偶发白屏\n经办人：{P(a)}\n报告人：{P(b)}\n活动：\n{P(b)} 创建了此问题 - {ymd()}\n"
        f"{P(b)} 将经办人从 {P(a)} 更改为 {P(c)}\n{P(c)} 将状态从 待处理 更改为 处理中\n{P(c)} 评论：已定位，"
        f"是CDN缓存问题，麻烦{P(b)}帮忙回归。",
        f"{key} 导出超时\nAssignee: {P(a)}\nReporter: {P(b)}\nWatchers: {P(c)}, {P(b)}\n{P(a)} logged 2h\n"
        f"{P(a)} changed the status to Done",
        f"【{key}】退款金额不一致\n处理人：{P(a)} → {P(b)}\n{P(a)}：这个是财务口径问题，转给{G(b[1:])}看看。\n"
        f"{P(b)}：收到，已和{P(c)}确认，周三修复。",
        f"Sprint {R.randint(10, 40)} 看板\n待办：{key}（{P(a)}）\n进行中：{pick(['OPS', 'CRM'])}-{R.randint(100, 999)}"
        f"（{P(b)}）\n已完成：{pick(['PAY', 'WMS'])}-{R.randint(100, 999)}（{P(c)}）",
    ])
    return "jira", text, None


def dingtalk() -> Doc:
    """DingTalk approvals, DING messages, read lists and attendance exports."""
    a, b, c, d, e = some(5)
    text = turn("dingtalk", [
        f"【审批】{P(a)}提交的请假申请\n请假类型：年假\n开始时间：{ymd()}\n时长：2天\n审批流程：\n发起申请 {P(a)} "
        f"{ymd()} {hm()}\n部门主管 {P(b)} 已同意\n人事 {P(c)} 审批中\n抄送人：{P(d)}、{P(e)}",
        f"DING 消息\n发送人：{P(a)}\n内容：明早九点{pick(TOPICS)}会议，请准时参加\n已读 3 人：{P(b)}、{P(c)}、{P(d)}\n"
        f"未读 1 人：{P(e)}",
        f"考勤日报 {ymd()}\n{P(a)}  上班 08:52 正常  下班 18:05 正常\n{P(b)}  上班 09:17 迟到  下班 18:30 正常\n"
        f"{P(c)}  外勤打卡 10:02\n{P(d)}  缺卡",
        f"{P(a)} 发起了日程：{pick(TOPICS)}讨论\n参与人：{P(b)}、{P(c)}、{P(d)}\n{P(c)} 已接受\n{P(d)} 已拒绝："
        f"与客户会议冲突",
        f"【日志】{P(a)}的日报\n今日完成：和{P(b)}对齐接口字段；给{P(c)}演示了新版后台。\n明日计划：找{P(d)}要测试账号。",
    ])
    return "dingtalk", text, None


def wechat_long() -> Doc:
    """A WeChat group export in which messages mention members by given name, honorific and @."""
    a, b, c, d = some(4)
    ga, gc = a[1:], c[1:]
    text = turn("wechat", [
        f"群聊：{pick(TOPICS)}小组\n—— {ymd()} ——\n{P(a)} {hm()}\n@{P(b)} 明天让{G(gc)}带一下投影仪\n{P(b)} {hm()}\n"
        f"好，我跟{H(elder(c))}说\n{P(c)} {hm()}\n收到\n{P(d)} {hm()}\n{G(ga)}，发票开好了吗\n{P(a)} {hm()}\n开好了",
        f"{P(a)}：「{P(b)}：报价单在群文件」\n- - - - - - - - - - - - - - -\n收到，我让{G(gc)}核一下\n"
        f"{P(c)}：核完了，没问题\n{P(d)}：那我发给客户了",
        f"[{hm()}] {P(a)}: 明天谁去机场接{H(boss(b))}？\n[{hm()}] {P(c)}: 我去，{P(d)}跟我一起\n"
        f"[{hm()}] {P(a)}: 好，{G(gc)}记得带上接机牌",
        f"{P(a)}撤回了一条消息\n{P(b)}: {G(ga)}你刚发的是啥\n{P(a)}: 发错群了😂\n{P(c)}: 哈哈，{G(ga)}又来了",
    ])
    return "wechat", text, None


def particles() -> Doc:
    """Names followed by particles and group words that could read as part of them."""
    a, b, c, d = some(4)
    text = turn("particles", [
        f"{P(a)}啊，他早就下班了。你找{P(b)}吧，{P(b)}今天值班。",
        f"是{P(a)}吗？我是{P(b)}，{P(c)}让我打给你的。",
        f"{P(a)}呢？说好十点到的。{P(b)}他们已经在会议室了。",
        f"{P(a)}俩口子周末请大家吃饭，{P(b)}一家也来。",
        f"就{P(a)}吧，{P(a)}做事靠谱。{P(b)}这个人太急了。",
        f"{P(a)}这边没问题，{P(b)}那边还要再确认，{P(c)}这周不在。",
        f"我和{P(a)}、{P(b)}仨人一组，{P(c)}跟{P(d)}一组。",
    ])
    return "particles", text, None


def traditional() -> Doc:
    """Hong Kong and Taiwan documents in traditional characters, honorifics and Cantonese romanisations."""
    (h1, r1), (h2, r2) = hk_pair(), hk_pair()
    while h2[0] == h1[0]:
        h2, r2 = hk_pair()
    t1, t2 = tw(), tw()
    while t2[0] == t1[0]:
        t2 = tw()
    text = turn("traditional", [
        f"會議記錄\n出席：{P(h1, 'tw')}（{P(r1, 'hk')}）、{P(h2, 'tw')}（{P(r2, 'hk')}）\n{P(h1, 'tw')}表示下季預算需要"
        f"重新分配，{H(h2[0] + '生')}同意，但要求先向董事會報告。",
        f"客戶跟進：今日致電{H(h1[0] + '太')}，{H(h1[0] + '太')}話下星期先決定。佢先生{P(h1, 'tw')}亦都有興趣，"
        f"約咗{H(h2[0] + '生')}週四睇樓。",
        f"{P(t1, 'tw')}昨天把報價單寄給{P(t2, 'tw')}了，{G(t2[1:], 'tw')}說下週回覆。{sw('於是')}我們先排生產。",
        f"各位同仁好：\n本週五的教育訓練由{P(t1, 'tw')}主講，{P(t2, 'tw')}協助。有問題請洽{H(t2[0] + '小姐')}。",
        f"Dear {P(r1, 'hk')},\n多謝你昨日嘅回覆。{P(h2, 'tw')}（{P(r2, 'hk')}）會跟進份合約，有咩問題可以直接搵{H(h2[0] + '生')}。",
        f"{P(t1, 'tw')}的退休歡送會訂在週五，由{P(t2, 'tw')}負責聯絡。大家都很{sw('高興')}。",
    ])
    return "traditional", text, None


def school() -> Doc:
    """School and kindergarten notices naming minors and their parents."""
    k1, k2, k3 = some(3, kid)
    t = full()
    g1, g2 = k1[1:], k2[1:]
    cls = f"{pick(['一', '二', '三', '四', '五'])}（{R.randint(1, 8)}）班"
    text = turn("school", [
        f"{cls}家长群通知：\n今天{G(g1, 'minor')}在体育课上扭到了脚，已经由校医处理，请{G(g1, 'minor')}妈妈放学后到门卫室接一下。"
        f"另外{P(k2, 'minor')}的校服落在教室了。\n——班主任 {P(t)}",
        f"幼儿园成长记录（{md()}）\n{G(g1, 'minor')}今天午睡很好，吃饭主动，下午和{G(g2, 'minor')}一起搭积木。"
        f"{G(g1, 'minor')}爸爸请记得带备用衣物。\n记录：{H(t[0] + '老师')}",
        f"关于{cls}{P(k1, 'minor')}同学获奖的喜报\n在区里的作文比赛中，{P(k1, 'minor')}荣获一等奖，{P(k2, 'minor')}、"
        f"{P(k3, 'minor')}获二等奖。指导老师：{P(t)}。",
        f"{G(g1, 'minor')}家长您好，{G(g1, 'minor')}这周的作业有三次没交，麻烦在家督促一下。{P(k2, 'minor')}的家长"
        f"请明天来一趟学校。",
        f"春游分组\n第一组：{P(k1, 'minor')}、{P(k2, 'minor')}、{P(k3, 'minor')}\n带队：{P(t)}\n"
        f"请{G(g2, 'minor')}爸爸确认是否随队。",
        f"接送登记\n学生：{P(k1, 'minor')}　{cls}\n接送人：{P(t)}（外婆）\n联系电话：{phone()}",
    ])
    return "school", text, None


def medical() -> Doc:
    """Narrative case notes: patients, families and doctors named in prose."""
    a, b, c, d = some(4)
    age = R.randint(28, 88)
    text = turn("medical", [
        f"入院记录\n患者{P(a)}，{pick(['男', '女'])}，{age}岁，因“反复胸闷2年，加重3天”于{date()}入院。患者之子{P(b)}代诉"
        f"病史。入院后经{H(c[0] + '主任')}查房，考虑冠心病可能，请{P(d)}医师会诊。",
        f"护理交班\n{R.randint(1, 40)}床{P(a)}，神志清，精神可，夜间睡眠差。家属{P(b)}陪护。\n{R.randint(1, 40)}床"
        f"{P(c)}，术后第二天，引流通畅。\n交班人：{P(d)}",
        f"病程记录 {ymd()}\n今日{P(c)}主任医师查房：{P(a)}血压控制尚可，继续原方案。已向{P(a)}及其妻子{P(b)}交代病情，"
        f"家属表示理解。记录者：{P(d)}",
        f"门诊随访\n{P(a)}今日复诊，自述咳嗽明显好转。{P(a)}的女儿{P(b)}询问能否停药，{H(c[0] + '医生')}建议再服一周。",
        f"出院小结\n{P(a)}住院{R.randint(3, 20)}天，病情好转出院。出院带药已交{P(b)}（配偶）。随访医生：{P(c)}。",
    ])
    return "medical", text, None


def crm() -> Doc:
    """CRM follow-up notes on individual customers."""
    a, b, c = some(3)
    honor = a[0] + pick(["先生", "女士", "总", "姐", "哥"])
    text = turn("crm", [
        f"客户跟进记录\n{md()} 电话回访{P(a)}，{H(honor)}表示对上次的安装服务比较满意，但希望延长质保。\n{md()} "
        f"{H(honor)}的妻子{P(b)}来电，说下周想到店看新款。\n下次跟进：{P(c)}",
        f"商机备注：{P(a)}是{P(b)}介绍来的，预算三十万左右。{G(a[1:])}比较在意交付周期，周四让{P(c)}带样品上门。",
        f"{md()} 到店客户：{P(a)}（老客户），陪同：{P(b)}。{H(honor)}想把合同从个人名下转到家人名下，已请法务"
        f"{P(c)}确认流程。客户手机{dk('masked_phone', '138****' + str(R.randint(1000, 9999)))}。",
        f"投诉工单\n客户{P(a)}反映快递破损，要求补发。客服{P(b)}已致歉并登记，转交售后{P(c)}处理。{H(honor)}要求"
        f"三天内回复。",
        f"客户画像：{P(a)}，{R.randint(28, 60)}岁，喜欢户外运动，上次买的是自行车配件。{G(a[1:])}的朋友{P(b)}也在看"
        f"同款。负责顾问：{P(c)}",
    ])
    return "crm", text, None


def word_subject() -> Doc:
    """Word names as the subject of a sentence, next to the same words used as words."""
    w1, w2 = R.sample(WORD_NAMES, 2)
    a = full()
    text = turn("word_subject", [
        f"{W(w1)}昨天把报价发过来了，{W(w2)}说还要再压一压。{word_sentence()}。",
        f"你去问问{W(w1)}，{W(w1)}对这个客户最熟。{P(a)}不在的话找{W(w2)}也行。",
        f"{W(w1)}的报销单在我这儿，{W(w2)}的还没交。{word_sentence()}。",
        f"今晚{W(w1)}值班，{W(w2)}和{P(a)}明早接班。",
    ])
    return "word_subject", text, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (prose_update, 9), (prose_objects, 7), (followup, 10), (vocative, 6), (pdf_wrap, 9), (ocr, 7),
    (rare_doc, 9), (headerless, 7), (en_titles, 7), (pinyin_doc, 8), (git_log, 6), (jira, 6), (dingtalk, 6),
    (wechat_long, 5), (particles, 6), (traditional, 7), (school, 8), (medical, 6), (crm, 6), (word_subject, 5),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_prose() -> Doc:
    parts = word_sentences(4)
    return "neg_prose", pick(["本周小结：", "补充几点：", "备忘：", ""]) + "；".join(parts) + "。", None


def neg_objects() -> Doc:
    form = turn("neg_objects", [
        f"遇到问题先{sw('找原因')}，再{sw('问清楚')}需求，最后{sw('给出')}方案，别{sw('让步')}太多。",
        f"请{sw('跟进')}客户反馈，必要时{sw('给予')}补偿，{sw('和解')}协议由法务起草。",
        f"{sw('找回')}密码请点击登录页的链接，{sw('问卷')}链接见群公告。",
        f"这个价格已经很{sw('让利')}了，{sw('和气')}生财嘛。",
        f"带上工牌去{sw('帮忙')}布置会场，{sw('替换')}下来的旧桌椅放仓库。",
    ])
    return "neg_objects", form, None


def neg_places() -> Doc:
    form = turn("neg_places", [
        f"地铁2号线在{pl('张江高科')}换乘，{pl('张衡路')}和{pl('祖冲之路')}路口有共享单车。",
        f"团建候选：{pl('黄山')}、{pl('武夷山')}、{pl('丽江')}，预算每人两千。",
        f"物流路线：{pl('龙岩')} → {pl('石狮')} → {pl('常熟')}，预计三天。",
        f"{pl('中山路')}封路施工，请绕行{pl('逸仙路')}。",
        f"酒店在{pl('马鞍山')}，会场在{pl('高邮')}，往返有班车。",
        f"本季度{pl('周口')}、{pl('安阳')}、{pl('任丘')}三个城市的销量上涨。",
    ])
    return "neg_places", form, None


def neg_brands() -> Doc:
    form = turn("neg_brands", [
        f"年会奖品：{br('小米')}手环、{br('小度')}音箱、{br('小鹏')}车模各十个。",
        f"“{br('小爱同学')}，明天几点开会？”——会议室里的智能音箱又被叫醒了。",
        f"午饭订了{br('老乡鸡')}，晚饭是{dk('shop_name', '杨国福麻辣烫')}。",
        f"采购清单：{br('马应龙')}药膏两支、{br('周黑鸭')}礼盒三份、{br('李宁')}跑鞋一双。",
        f"楼下新开了一家{dk('shop_name', '张亮麻辣烫')}，旁边是{br('老凤祥')}。",
        f"推广渠道：{dk('app_name', '小红书')}、抖音、{dk('app_name', '高德地图')}开屏。",
    ])
    return "neg_brands", form, None


def neg_wrap() -> Doc:
    t: Callable[[str], tuple[str, ...]] = lambda s: ("t", s)
    d: Callable[[str, str], tuple[str, ...]] = lambda k, s: ("d", k, s)
    pieces = turn("neg_wrap", [
        [t("关于加强办公区"), d("surname_word", "文明"), t("管理的通知\n近期发现部分区域卫生较差，"), d("surname_word", "于是"),
         t("行政部决定自下周起实行责任区制度，各部门负责人须每日检查，发现问题及时整改，确保环境整洁有序。")],
        [t("会议纪要\n会议讨论了第三季度的预算执行情况，认为整体进度"), d("surname_word", "正常"),
         t("，但差旅费用偏高。会议要求各部门"), d("surname_word", "严格"), t("控制非必要出差，"),
         d("surname_word", "金额"), t("超过五千元的须提前报批。")],
        [t("情况说明\n因供应商原因，本批次原材料到货延迟约一周。采购部已与对方沟通，对方承诺"),
         d("surname_word", "优先"), t("安排生产，并"), d("surname_word", "给予"), t("一定的价格补偿。特此说明。")],
    ])
    best = ""
    for _ in range(12):
        best = _wrap(pieces, R.randint(14, 30))
        if any("\n" in seg for seg in best.split("[[")[1:]):
            break
    return "neg_wrap", best, None


def neg_ocr() -> Doc:
    form = turn("neg_ocr", [
        "欢 迎 光 临\n营 业 时 间 ： 周 一 至 周 日",
        "收 款 收 据\n金 额 ： 壹 仟 元 整\n事 由 ： 押 金",
        "申 请 表\n申 请 事 项 ： 办 公 用 品\n备 注 ： 无",
        "（扫描件识别结果）\n本合同一式两份，甲乙双方各执一份，自签字盖章之日起生效。",
        "OCR结果：\n特 此 通 知 。\n行 政 部",
    ])
    return "neg_ocr", form, None


def neg_table() -> Doc:
    depts = R.sample(DEPTS, 3)
    form = turn("neg_table", [
        "\n".join(f"{i + 1}\t{dk('department', d)}\t{R.randint(5, 60)}\t{pick(['达标', '未达标'])}" for i, d in enumerate(depts)),
        "\n".join(f"{pl(c)},{R.randint(100, 999)},{R.randint(10, 99)}%" for c in R.sample(["金华", "常德", "岳阳", "丽水", "宜宾"], 3)),
        "\n".join(f"| {R.randint(100, 999)} | {p} | 已完成 |" for p in R.sample(["打印纸", "硒鼓", "文件夹", "白板笔"], 3)),
        "\n".join(f"{md()}\t{pick(['早班', '中班', '晚班'])}\t{dk('department', d)}" for d in depts),
    ])
    return "neg_table", form, None


def neg_en_titles() -> Doc:
    form = turn("neg_en_titles", [
        f"年会第一项：{jt('CEO')} 致辞，第二项：{jt('HR')} 部门颁奖。",
        f"冬季福利：{br('Dr. Martens')} 靴子团购，今天截止。",
        f"今天 {dk('metric', 'PM2.5')} 超标，户外活动取消。",
        f"请 {jt('PM')} 更新排期，{jt('QA')} 补充用例，{jt('Dev')} 周五前提测。",
        f"本次 {jt('VP')} 述职会议改到周四，{jt('Leader')} 们请提前准备。",
    ])
    return "neg_en_titles", form, None


def neg_pinyin() -> Doc:
    form = turn("neg_pinyin", [
        f"Team building: a {dk('term', 'Tai Chi')} class in the morning and {dk('term', 'Dim Sum')} for lunch.",
        f"The office layout follows {dk('term', 'Feng Shui')} advice; the {dk('term', 'Kung Fu')} club meets on Fridays.",
        f"Site visits: {pl('Sai Kung')} on Monday, {pl('Tai Po')} on Tuesday, {pl('Ma On Shan')} on Wednesday.",
        f"Dinner at {pl('Wangfujing')}, then a walk to {pl('Qianmen')}.",
    ])
    return "neg_pinyin", form, "en"


def neg_traditional() -> Doc:
    form = turn("neg_traditional", [
        f"{sw('於是')}大家決定延後一週，客戶也很{sw('高興')}。",
        f"門市搬到{pl('和平東路')}，舊址改為倉庫。",
        f"請注意{sw('文明')}用語，遊戲裡的{sw('王國')}系統下週更新。",
        f"各位同仁：本週五下午進行消防演練，請準時集合。",
    ])
    return "neg_traditional", form, None


def neg_school() -> Doc:
    form = turn("neg_school", [
        "各位家长：本周五下午举行运动会，请给孩子准备运动鞋和水壶。",
        "小朋友们，明天记得带上画笔哦！",
        "同学们：期中考试安排已发到班级群，请认真复习。",
        f"请{dk('placeholder', 'XXX')}同学家长于周五前交回回执（模板示例）。",
    ])
    return "neg_school", form, None


def neg_medical() -> Doc:
    form = turn("neg_medical", [
        "入院记录\n患者，男，67岁，因反复咳嗽1月入院。既往体健。",
        f"护理交班\n{R.randint(1, 40)}床患者神志清，夜间睡眠可。家属陪护。",
        f"病程记录\n今日主任医师查房，患者{masked('王**')}病情平稳，继续观察。",
    ])
    return "neg_medical", form, None


def neg_crm() -> Doc:
    form = turn("neg_crm", [
        f"客户{masked('王**')}来电咨询退换货，已登记，手机尾号{R.randint(1000, 9999)}。",
        f"回访客户{masked('张*明')}，对服务满意。",
        "客户（未留姓名）反映门店排队时间过长，已转门店经理。",
        f"本月新增客户{R.randint(20, 90)}位，其中老客户转介绍占三成。",
    ])
    return "neg_crm", form, None


def neg_jira() -> Doc:
    form = turn("neg_jira", [
        f"[{pick(['OPS', 'CRM'])}-{R.randint(100, 999)}] 定时任务失败\n经办人：未分配\n报告人：系统监控",
        "Assignee: Unassigned\nReporter: jira-bot\nStatus: Open",
        f"commit {dk('hash', hexs(40))}\nAuthor: dependabot[bot]\n\n    chore(deps): bump lodash",
        f"Merge branch 'release/{R.randint(1, 9)}.{R.randint(0, 9)}' into main",
        f"* {dk('hash', hexs(7))} - ci: 调整流水线缓存 (github-actions, 2 days ago)",
    ])
    return "neg_jira", form, None


def neg_dingtalk() -> Doc:
    form = turn("neg_dingtalk", [
        "【审批】请假申请\n审批流程：发起申请 → 部门主管 → 人事\n状态：待提交",
        "DING 消息\n发送人：系统通知\n内容：明早九点全员大会",
        "考勤日报\n今日全员打卡正常，无迟到早退。",
    ])
    return "neg_dingtalk", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_prose, 10), (neg_objects, 5), (neg_places, 6), (neg_brands, 6), (neg_wrap, 4), (neg_ocr, 5),
    (neg_table, 4), (neg_en_titles, 5), (neg_pinyin, 4), (neg_traditional, 4), (neg_school, 4),
    (neg_medical, 3), (neg_crm, 4), (neg_jira, 5), (neg_dingtalk, 3),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
