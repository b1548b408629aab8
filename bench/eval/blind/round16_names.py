"""Round 16n blind corpus: Chinese PERSON forms from enterprise document kinds earlier rounds held few of.

Why: hold-out PERSON F1 is 0.939 (recall 0.907) after fifteen rounds; the misses are name forms no earlier round
wrote in numbers. This round writes them inside the documents they come from:

- a full name that is also a place or an ordinary word (金华, 黎明, 江山, 林海, 杜鹃, 万里) after a role label
  (委托诉讼代理人 / 联系人 / 对接人 / 报销人 / 押运员 / 推荐人), as a chat speaker (某某：好的), and as the last
  item of a list line (参会人员：某某、某某、黎明 + line break);
- the second and later appointees of a notice (拟提任某某同志为…，某某同志为…);
- lower-case pinyin names (zhang haitao), Hong Kong names in capitals after a label (CHAN TAI MAN), four-part
  Hong Kong names with an English name (CHAN Tai Man Peter / Peter CHAN Tai Man), initials with a family name
  (Q.H. Rice);
- document kinds: court judgments and enforcement papers (被告人 / 辩护人 / 申请执行人 / 代理审判员 / 法官助理),
  medical records (患者 / 主治医师 / 家属 / 床号 + name / 处方医师), HR 花名册 tables and TSV exports, award and
  exam lists (names separated by spaces, full-width spaces or 、), meeting minutes (主持 / 记录 / 出席 / 列席 /
  缺席), insurance and bank forms (投保人 / 被保险人 / 受益人 / 户名 / 代办人), school notices (学生 / 家长 /
  某某同学 / 带队老师), WeChat exports (sender + time lines), e-mail threads with Chinese signatures, logistics
  (收件人 / 派件员 / 签收人), property (业主 / 管家 / 租户 / 房东), police reports (报警人 / 民警 / 当事人 /
  目击者), names inside JSON tool-call arguments (also with \\uXXXX escapes), CSV rows, SQL and YAML lists;
- names with 师傅 / 阿姨 / 大姐 / 姐 / 老师 / 同学, two-character names written with a space (王 芳),
  traditional-character names (陳志明) after traditional labels, and names glued to digits (某某138…, 3号床某某).

Labelling judgements, from the conventions only (/work/shared/eval/README.md), written before any detector was
run on this corpus:

- PERSON is the name as written. Surname + 师傅 / 阿姨 / 大姐 / 姐 / 老师 is labeled whole (tag `honorific`), as
  王总 / 李女士 are; a full name followed by a title (某某同学, 某某老师, 某某师傅, 某某主任医师, 某某同志) is the
  name only; a title or role before a name (班主任 / 民警 / 被告人 / 辩护人) is not part of it.
- A full name that is also a word or a place is labeled where the position says "a person" (tag `word_name`).
  The same strings used as words, places, plants or landmarks are decoys (`name_word`, `place_name`,
  `landmark`).
- Pinyin names are labeled as written, lower case included (tag `pinyin`); Hong Kong names in capitals and
  four-part names with the English name first or last are one span each (tag `hk`); initials with a family
  name are one span (`Q.H. Rice`, tag `initials`); `Dr` before it is not part of it.
- A name with a space inside (王 芳) is one span with the space (tag `spaced_name`, norm without it); a name
  written as JSON \\uXXXX escapes is one span (tag `json_escape`, norm the characters).
- A phone number right after a name is its own CN_PHONE span, the name ending before the digits; e-mail
  addresses in mail headers are EMAIL spans.
- No gold (decoys): placeholders and non-person values after person labels (联系人：前台, 受益人：法定,
  业主：（空置）), departments, masked names (王某, 李某某, 张某甲), role speakers in chats (客服：, 甲方：),
  lists of places and departments, capitals that are statuses or Hong Kong districts, abbreviations with dots
  (Q.C., U.S., P.S.), pinyin words and places, bare 师傅 / 阿姨 / 老师, brands, apps, products, dishes, shops
  and book titles holding a surname or a character's name (李宁, 王老吉, 曹操出行, 东坡肉, 孔乙己酒家,
  《红楼梦》), surname-led words (王国, 高兴, 于是, 和平, 文明, 石油). Historical and fictional figures standing
  alone are written neither as gold nor as decoys (earlier rounds label them as names; the conventions say
  nothing), only inside such brand, dish, shop and title names.

Names are invented: Faker zh_CN / zh_TW, seeded, and hand-made pools of word names, Hong Kong romanisations,
pinyin syllables and English family names, combined at random. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round16n     # writes bench/eval/corpus/blind-round16n.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import EMAIL, PERSON, PHONE

SEED = 160916
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)
TW = Faker("zh_TW")
TW.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# Full names that are also a place or an ordinary word.
WORD_NAMES = ["黎明", "江山", "金华", "常德", "安康", "白云", "华山", "石林", "高原", "方圆", "向阳", "林海",
              "杜鹃", "钟山", "汪洋", "万里", "高峰", "武昌", "秦川", "雷鸣", "岳阳", "田野", "江河", "关山",
              "丁香", "夏雨", "白雪", "宁静", "文静", "严明", "余晖", "蓝天", "叶子", "朱红", "金星", "洪涛"]
HK_SUR = ["CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "LEE", "HO", "NG", "CHOW", "TSANG", "YIP", "KWOK", "LAM",
          "TANG", "FUNG", "MAK", "SIU", "LO", "YEUNG", "TSE", "CHIU", "CHUNG", "KWAN", "LAI", "POON", "TAM",
          "YUEN", "CHOI"]
HK_GIVEN = ["TAI", "MAN", "SIU", "MING", "KA", "YAN", "WAI", "KEUNG", "CHI", "HUNG", "MEI", "LING", "KWOK",
            "WING", "HOI", "CHUN", "KIT", "SZE", "YEE", "FAI", "KIN", "LOK", "PUI", "SHAN", "TSZ", "HIN", "YIU",
            "KAM", "SUK", "CHING", "HANG", "YUK"]
EN_GIVEN = ["Peter", "Kelvin", "Cindy", "Winnie", "Alan", "Gigi", "Raymond", "Jacky", "Vivian", "Eric", "Karen",
            "Dennis", "Joyce", "Terence", "Queenie", "Ivan", "Sammi", "Wilson", "Janice", "Marco"]
PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
          "gao", "lin", "he", "guo", "luo", "song", "zheng", "xie", "han", "tang", "feng", "dong", "cao", "yuan"]
PY_GIVEN = ["wei", "fang", "na", "min", "jing", "lei", "yang", "jie", "qiang", "jun", "xiaoming", "haitao",
            "yuting", "jiahui", "zihan", "wenjie", "ruoxi", "zhiyuan", "mengqi", "junhao", "shuang", "kaiwen",
            "yifan", "lu", "tingting", "xinyi", "hao", "bo"]
EN_SUR = ["Rice", "Foster", "Grant", "Miller", "Hughes", "Carter", "Bennett", "Porter", "Wallace", "Fletcher",
          "Warren", "Hayes", "Wong", "Chen", "Lau", "Zhang", "Tsang", "Morgan", "Reid", "Palmer"]
DEPTS = ["财务部", "人力资源部", "市场部", "研发中心", "采购部", "法务部", "客服中心", "信息技术部", "行政部",
         "审计部", "品牌部", "供应链部", "质量部", "工程部", "安保部", "销售一部", "仓储部"]
POSTS = ["副部长", "部长", "副主任", "主任", "经理", "副经理", "主管", "总监", "副总监", "科长", "副科长"]
EN_POSTS = ["Finance Manager", "HR Director", "Project Lead", "Senior Engineer", "Account Manager",
            "Operations Supervisor", "Compliance Officer"]
TOPICS = ["年度预算", "系统迁移", "供应商评审", "合同续签", "安全检查", "仓库盘点", "招聘计划", "数据治理",
          "成本核算", "办公室搬迁", "季度对账", "消防演练", "新员工培训", "渠道返利"]
MAIL_DOMAINS = ["example.com", "corp.example.cn", "mail.example.org", "example.net"]


def zh() -> str:
    return ZH.name()


def word() -> str:
    return pick(WORD_NAMES)


def some(n: int, make: Callable[[], str] = zh) -> list[str]:
    """n different names with different first characters (so no two can be read as one)."""
    out: list[str] = []
    while len(out) < n:
        v = make()
        if v not in out and all(v[0] != o[0] for o in out):
            out.append(v)
    return out


def P(v: str) -> str:
    return PERSON(v)


def W(v: str) -> str:
    return PERSON(v, "word_name")


def H(v: str) -> str:
    return PERSON(v, "honorific")


def T(v: str) -> str:
    return PERSON(v, "tw")


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def phone() -> str:
    return PHONE(values.cn_mobile(R))


def mail() -> str:
    return EMAIL(f"{ZH.user_name()}@{pick(MAIL_DOMAINS)}")


def date() -> str:
    return f"{R.randint(2025, 2027)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def ymd() -> str:
    return f"{R.randint(2025, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def hm() -> str:
    return f"{R.randint(8, 21):02d}:{R.randint(0, 59):02d}"


def birth() -> str:
    return f"{R.randint(1958, 1999)}年{R.randint(1, 12)}月{R.randint(1, 28)}日出生"


def hk_caps() -> str:
    g = R.sample(HK_GIVEN, 2)
    return f"{pick(HK_SUR)} {g[0]} {g[1]}"


def hk_mixed() -> str:
    g = R.sample(HK_GIVEN, 2)
    return f"{pick(HK_SUR)} {g[0].title()} {g[1].title()}"


def hk4() -> str:
    """Family name in capitals, two given syllables and the English name, either first or last."""
    en = pick(EN_GIVEN)
    return f"{hk_mixed()} {en}" if R.random() < 0.6 else f"{en} {hk_mixed()}"


def py() -> str:
    return f"{pick(PY_SUR)} {pick(PY_GIVEN)}"


def initials() -> str:
    a, b = R.sample("ABCDEFGHJKLMNPQRSTWY", 2)
    return f"{a}.{b}. {pick(EN_SUR)}" if R.random() < 0.75 else f"{a}. {b}. {pick(EN_SUR)}"


def spaced() -> str:
    n = zh()
    while len(n) != 2:
        n = zh()
    return n[0] + pick([" ", "\u3000"]) + n[1]


def SP(v: str) -> str:
    return PERSON(v, "spaced_name")


def HK(v: str) -> str:
    return PERSON(v, "hk")


def PY(v: str) -> str:
    return PERSON(v, "pinyin")


def IN(v: str) -> str:
    return PERSON(v, "initials")


def JE(v: str) -> str:
    return PERSON("".join(f"\\u{ord(c):04x}" for c in v), "json_escape")


# ------------------------------------------------------------------------------------------------ decoys
def sw(v: str) -> str:
    return dk("surname_word", v)


def nw(v: str) -> str:
    return dk("name_word", v)


def pl(v: str) -> str:
    return dk("place_name", v)


def lm(v: str) -> str:
    return dk("landmark", v)


def dep(v: str) -> str:
    return dk("department", v)


def jt(v: str) -> str:
    return dk("job_title", v)


def masked(v: str) -> str:
    return dk("masked_name", v)


SW_PHRASES = [
    f"大家都很{sw('高兴')}", f"{sw('于是')}决定延期一周", f"双方同意{sw('和平')}协商解决", f"{sw('文明')}施工评比结果已公布",
    f"{sw('石油')}化工板块营收增长", f"游戏里的{sw('王国')}系统很复杂", f"客户称赞服务{sw('周到')}", f"新版{sw('程序')}已上线",
]


# ------------------------------------------------------------------------------------------------ positives
def word_label() -> Doc:
    a, b = some(2, word)
    c = zh()
    form = turn("word_label", [
        f"委托诉讼代理人：{W(a)}，系原告之子。\n委托诉讼代理人：{P(c)}，律师。",
        f"联系人：{W(a)}\n联系电话：{phone()}\n备注：工作日9:00-18:00，{pick(SW_PHRASES)}。",
        f"对接人：{W(a)}（{pick(DEPTS)}）\n需求提交日期：{date()}",
        f"申请人：{W(a)}    部门：{pick(DEPTS)}    申请事项：{pick(TOPICS)}",
        f"报销人：{W(a)}\n审批人：{W(b)}\n金额：{R.randint(200, 9000)}.00元",
        f"项目负责人：{W(a)}；技术负责人：{P(c)}。",
        f"受理人：{W(a)}　受理时间：{ymd()} {hm()}",
        f"押运员：{W(a)}  驾驶员：{W(b)}  出车时间：{hm()}",
        f"推荐人：{W(a)}\n被推荐人：{P(c)}\n推荐岗位：{pick(DEPTS)}{pick(POSTS)}",
        f"代理人：{W(a)}，与委托人关系：朋友。",
    ])
    return "word_label", form, None


def chat_word() -> Doc:
    a, b = some(2, word)
    c = zh()
    form = turn("chat_word", [
        f"{W(a)}：好的，我下午把表发你\n{P(c)}：收到\n{W(a)}：记得抄送财务",
        f"{W(a)}: 会议改到三点了\n{W(b)}: 好\n{P(c)}: 👌",
        f"【群聊】{pick(TOPICS)}项目组\n{W(a)}：谁有上次的模板？\n{W(b)}：我有，私发你",
        f"{P(c)}：{W(b)}，你那边进度怎么样？\n{W(b)}：差不多了，明天能交",
        f"{W(a)}：@{W(b)} 报价单改好了吗\n{W(b)}：改好了，在群文件里",
        f"{jt('客服')}：您好，请问有什么可以帮您？\n{W(a)}：我的订单一直没发货\n{jt('客服')}：请稍等",
        f"{W(a)}：[图片]\n{W(a)}：这是现场照片\n{P(c)}：收到，我去处理",
    ])
    return "chat_word", form, None


def list_end() -> Doc:
    a, b, c = some(3)
    w, w2 = some(2, word)
    form = turn("list_end", [
        f"参会人员：{P(a)}、{P(b)}、{W(w)}\n会议地点：三楼会议室",
        f"抄送：{P(a)}；{P(b)}；{W(w)}\n主题：{pick(TOPICS)}安排",
        f"本周值班人员：{P(a)} {P(b)} {W(w)}\n如有调整请提前告知。",
        f"项目组成员：{P(a)}，{W(w2)}，{P(b)}，{W(w)}\n组长：{P(c)}",
        f"请以下同事于周五前提交材料：{P(a)}、{P(b)}和{W(w)}。",
        f"签到：\n{P(a)}\n{P(b)}\n{W(w)}",
        f"培训讲师：{P(a)}\n学员：{P(b)}、{P(c)}、{W(w)}\n地点：二楼培训室",
    ])
    return "list_end", form, None


def appoint2() -> Doc:
    a, b, c = some(3)
    w = word()
    d1, d2, d3 = R.sample(DEPTS, 3)
    p1, p2, p3 = (pick(POSTS) for _ in range(3))
    form = turn("appoint2", [
        f"经党委会研究，拟提任{P(a)}同志为{d1}{p1}，{P(b)}同志为{d2}{p2}。",
        f"拟提任{P(a)}同志为{d1}{p1}（试用期一年），{W(w)}同志为{d2}{p2}（试用期一年）。",
        f"拟任命{P(a)}为{d1}{p1}，{P(b)}为{d2}{p2}，{P(c)}为{d3}{p3}。",
        f"现将拟提任人选公示如下：{P(a)}同志，拟任{d1}{p1}；{W(w)}同志，拟任{d2}{p2}。",
        f"拟推荐{P(a)}同志为{R.randint(2025, 2026)}年度先进工作者人选，{P(b)}同志为优秀共产党员人选。",
        f"拟调整{P(a)}同志任{d1}{p1}，{P(b)}同志任{d2}{p2}，免去其原职务。",
        f"拟聘{P(a)}同志为{d1}{p1}，{P(b)}、{P(c)}同志为{d2}{p2}。",
    ])
    return "appoint2", form, None


def pinyin_lower() -> Doc:
    a, b, c = py(), py(), py()
    form = turn("pinyin", [
        f"负责人: {PY(a)}\n截止日期: {ymd()}",
        f"git log --author=\"{PY(a)}\" --since=2.weeks",
        f"hi {PY(a)}，附件是本月的对账单，请查收。",
        f"| owner | {PY(a)} |\n| status | in progress |",
        f"签到表\n1. {PY(a)}\n2. {PY(b)}\n3. {PY(c)}",
        f"reviewer: {PY(a)}, approver: {PY(b)}",
        f"感谢 {PY(a)} 和 {PY(b)} 的支持，本周上线顺利。",
    ])
    return "pinyin", form, None


def hk_caps_doc() -> Doc:
    a, b = hk_caps(), hk_caps()
    t = TW.name()
    form = turn("hk_caps", [
        f"Name: {HK(a)}\nDate of Birth: see attached",
        f"英文姓名：{HK(a)}\n中文姓名：{T(t)}",
        f"Account Name: {HK(a)}\nCurrency: HKD",
        f"持卡人：{HK(a)}\n卡片有效期：0{R.randint(1, 9)}/{R.randint(27, 31)}",
        f"Applicant: {HK(a)}   Date: {ymd()}",
        f"收款人 Payee：{HK(a)}\n付款人 Payer：{HK(b)}",
        f"Passenger Name: {HK(a)}\nFlight: CX{R.randint(100, 999)}",
        f"Insured: {HK(a)}\nPolicy No.: {dk('order_no', 'HK' + str(R.randint(10**7, 10**8 - 1)))}",
    ])
    return "hk_caps", form, "mixed"


def hk_four() -> Doc:
    a, b = hk4(), hk4()
    form = turn("hk_four", [
        f"Attendees: {HK(a)} (Finance), {HK(b)} (HR)",
        f"Prepared by: {HK(a)}\nDate: {ymd()}",
        f"致：{HK(a)}\n事由：{pick(TOPICS)}",
        f"Regards,\n{HK(a)}\n{pick(EN_POSTS)}",
        f"Contact person: {HK(a)}\nReviewer: {HK(b)}",
        f"申请人 Applicant：{HK(a)}\n职位 Position：{pick(EN_POSTS)}",
    ])
    return "hk_four", form, "mixed"


def initials_doc() -> Doc:
    a, b = initials(), initials()
    form = turn("initials", [
        f"Reviewed by {IN(a)}\nApproved by {IN(b)}",
        f"参考文献\n[1] {IN(a)}, {IN(b)}. Supply chain risk in practice. 2021.",
        f"cc: {IN(a)}; {IN(b)}",
        f"Dr {IN(a)} 将于周三到访，请安排接待。",
        f"— {IN(a)}, Chief Engineer",
        f"报告作者：{IN(a)}（外聘顾问）",
    ])
    return "initials", form, None


def court() -> Doc:
    a, b, c, d = some(4)
    w = word()
    form = turn("court", [
        f"被告人{P(a)}，男，{birth()}，汉族，初中文化。\n辩护人{P(b)}，律师。",
        f"申请执行人：{P(a)}，女，{birth()}。\n被执行人：{W(w)}，男，{birth()}。",
        f"代理审判员　{P(a)}\n人民陪审员　{P(b)}\n法官助理　{P(c)}\n书　记　员　{P(d)}",
        f"公诉人{P(a)}、{P(b)}出庭支持公诉，被告人{W(w)}及其辩护人{P(d)}到庭参加诉讼。",
        f"原告：{W(w)}，男，{birth()}，汉族。\n被告：{P(a)}，女，{birth()}。",
        f"执行员：{P(a)}\n书记员：{P(b)}",
        f"法定代表人：{P(a)}，总经理。\n委托诉讼代理人：{W(w)}，公司法务。",
    ])
    return "court", form, None


def medical() -> Doc:
    a, b, c = some(3)
    w = word()
    form = turn("medical", [
        f"患者：{P(a)}　性别：女　年龄：{R.randint(20, 85)}岁\n主治医师：{P(b)}\n家属：{P(c)}（儿子）",
        f"{R.randint(1, 40)}床 {P(a)} 男 {R.randint(20, 85)}岁 诊断：肺部感染 责任护士：{P(b)}",
        f"主诉：反复咳嗽两周。\n接诊医生：{P(a)}\n陪同家属：{W(w)}（配偶）",
        f"处方医师：{P(a)}　审核药师：{P(b)}　调配：{W(w)}",
        f"手术知情同意书\n患者姓名：{W(w)}\n术者：{P(b)}\n患者家属签字：{P(c)}",
        f"查房记录：{P(a)}主任医师查房后指示继续抗感染治疗。",
        f"会诊医师：{P(a)}（心内科）\n申请医师：{P(b)}",
    ])
    return "medical", form, None


def hr_roster() -> Doc:
    a, b, c = some(3)
    w = word()
    d = pick(DEPTS)
    form = turn("hr_roster", [
        "| 序号 | 姓名 | 性别 | 部门 | 入职日期 |\n|---|---|---|---|---|\n"
        f"| 1 | {P(a)} | 男 | {d} | {ymd()} |\n| 2 | {W(w)} | 女 | {d} | {ymd()} |\n"
        f"| 3 | {P(b)} | 女 | {d} | {ymd()} |",
        f"工号\t姓名\t岗位\n0{R.randint(100, 999)}\t{P(a)}\t{pick(POSTS)}\n0{R.randint(100, 999)}\t{W(w)}\t{pick(POSTS)}",
        f"员工花名册（{d}）\n1　{P(a)}　男　{pick(POSTS)}\n2　{W(w)}　女　{pick(POSTS)}\n3　{P(b)}　男　{pick(POSTS)}",
        f"姓名：{W(w)}  性别：男  民族：汉  学历：本科\n入职部门：{d}",
        f"离职交接单\n离职人员：{P(a)}\n交接人：{W(w)}\n部门负责人签字：{P(b)}",
        f"转正审批表 | 员工：{W(w)} | 直属上级：{P(a)} | 结果：通过",
        f"考勤异常名单：{P(a)}（迟到2次）、{P(b)}（缺卡1次）、{W(w)}（早退1次）",
    ])
    return "hr_roster", form, None


def award_list() -> Doc:
    a, b, c, d = some(4)
    w = word()
    form = turn("award", [
        f"{R.randint(2024, 2026)}年度优秀员工名单\n一等奖：{P(a)} {W(w)}\n二等奖：{P(b)} {P(c)} {P(d)}",
        f"获奖名单（排名不分先后）：{P(a)}、{W(w)}、{P(b)}、{P(c)}",
        f"技能竞赛成绩公示\n第一名 {P(a)} 96分\n第二名 {W(w)} 93分\n第三名 {P(b)} 90分",
        f"录取名单：\n{P(a)}　{P(b)}　{W(w)}　{P(c)}",
        f"恭喜以下同事通过中级会计师考试：{P(a)} {W(w)} {P(b)}",
        f"优秀学员：{P(a)}（{pick(DEPTS)}）、{W(w)}（{pick(DEPTS)}）",
    ])
    return "award", form, None


def minutes() -> Doc:
    a, b, c, d, e = some(5)
    w = word()
    form = turn("minutes", [
        f"会议纪要\n主持：{P(a)}\n记录：{W(w)}\n出席：{P(b)}、{P(c)}、{P(d)}\n列席：{P(e)}",
        f"出席人员：{P(a)} {P(b)} {W(w)}\n列席人员：{P(c)}\n会议议题：{pick(TOPICS)}",
        f"与会人员：{W(w)}、{P(a)}、{P(b)}；因故缺席：{P(c)}。",
        f"主持人：{P(a)}  记录人：{P(b)}\n一、{P(c)}汇报了{pick(TOPICS)}进展。",
        f"缺席：{P(a)}（病假）、{W(w)}（出差）\n纪要整理：{P(b)}",
    ])
    return "minutes", form, None


def insurance() -> Doc:
    a, b = some(2)
    w = word()
    form = turn("insurance", [
        f"投保人：{P(a)}\n被保险人：{P(b)}（与投保人关系：子女）\n身故受益人：{W(w)}（配偶）",
        f"户名：{W(w)}\n开户行：见回单\n用途：货款",
        f"被保险人{P(a)}于{date()}在外地出差期间摔伤，报案人{W(w)}。",
        f"理赔申请人：{P(a)}  出险人：{P(b)}  与申请人关系：母女",
        f"业务员：{P(a)}（工号{R.randint(10000, 99999)}）\n客户：{W(w)}",
        f"开户人姓名：{P(a)}\n代办人：{W(w)}\n代办原因：本人住院",
    ])
    return "insurance", form, None


def school() -> Doc:
    a, b, c = some(3)
    w = word()
    form = turn("school", [
        f"学生：{P(a)}\n班级：三年级（2）班\n家长：{P(b)}\n联系电话：{phone()}",
        f"{P(a)}同学在本次期中考试中进步明显，特此表扬。",
        f"{P(a)}家长您好，请于本周五前提交体检表。——班主任{P(b)}",
        f"请假条\n学生姓名：{W(w)}\n请假事由：发烧\n家长签字：{P(a)}",
        f"各位家长：明天春游，请为孩子准备午餐。带队老师：{P(a)}、{W(w)}。",
        f"三（1）班 {P(a)}、{W(w)}、{P(b)} 三位同学未交作业。",
    ])
    return "school", form, None


def wechat_export() -> Doc:
    a = zh()
    w = word()
    form = turn("wechat", [
        f"—————  {date()}  —————\n{W(w)} {hm()}\n好的\n{P(a)} {hm()}\n明天见",
        f"[{ymd()} {hm()}:{R.randint(10, 59)}] {W(w)}: 收到\n[{ymd()} {hm()}:{R.randint(10, 59)}] {P(a)}: 发票抬头别写错",
        f"聊天记录导出 | 群：{pick(TOPICS)}小组\n{P(a)}（{hm()}）：材料齐了吗\n{W(w)}（{hm()}）：还差一份",
        f"{W(w)}  {ymd()} {hm()}\n[语音] 12\"\n{P(a)}  {ymd()} {hm()}\n听不了，打字吧",
        f"以下为“{W(w)}”与“{P(a)}”的聊天记录\n{ymd()} {hm()} 对方：文件收到了吗",
    ])
    return "wechat", form, None


def email_sig() -> Doc:
    a, b = some(2)
    w = word()
    d = pick(DEPTS)
    form = turn("email", [
        f"From: {P(a)} <{mail()}>\nTo: {P(b)} <{mail()}>\nSubject: Re: {pick(TOPICS)}\n\n好的，收到。\n\n{P(a)}\n{d} | {pick(POSTS)}",
        f"发件人：{W(w)} <{mail()}>\n收件人：{P(a)}\n主题：{pick(TOPICS)}\n\n请查收附件。\n\n祝好\n{W(w)}",
        f"在 {ymd()} {hm()}，\"{P(a)}\" <{mail()}> 写道：\n> 附件已更新",
        f"此致\n敬礼\n\n{W(w)}\n{d}\n手机：{phone()}",
        f"-----原始邮件-----\n发件人：\"{P(a)}\"<{mail()}>\n发送时间：{ymd()} {hm()}\n收件人：{W(w)}",
    ])
    return "email", form, None


def logistics() -> Doc:
    a, b = some(2)
    w = word()
    form = turn("logistics", [
        f"收件人：{W(w)} {phone()}\n寄件人：{P(a)}\n物品：文件",
        f"收货人{P(a)}（{phone()}）\n备注：放门卫",
        f"派件员：{W(w)}，电话{phone()}，已签收，签收人：{P(a)}",
        f"提货人：{P(a)}  押车：{W(w)}  件数：{R.randint(2, 40)}",
        f"运单备注：请联系{W(w)}，{phone()}",
    ])
    return "logistics", form, None


def property_doc() -> Doc:
    a, b, c = some(3)
    w = word()
    form = turn("property", [
        f"业主：{W(w)}\n房号：{R.randint(1, 20)}-{R.randint(1, 4)}-{R.randint(101, 2803)}\n报修内容：卫生间漏水",
        f"业主{P(a)}反映楼上噪音，管家{W(w)}已上门沟通。",
        f"租户：{P(a)}\n房东：{W(w)}\n租期：一年",
        f"业主委员会委员：{P(a)}、{P(b)}、{W(w)}",
    ])
    return "property", form, None


def police() -> Doc:
    a, b, c = some(3)
    w = word()
    form = turn("police", [
        f"报警人：{P(a)}，男，{R.randint(20, 70)}岁，称其电动车被盗。",
        f"民警{P(a)}、{W(w)}到场后，当事人{P(b)}与{P(c)}情绪稳定。",
        f"接警员：{P(a)}\n出警人员：{W(w)}、{P(b)}\n处理结果：调解",
        f"据目击者{W(w)}反映，事发时一辆白色轿车驶离现场。",
        f"违法嫌疑人{P(a)}，男，{birth()}，已被依法传唤。",
        f"值班民警 {W(w)} 于{hm()}受理报案。",
    ])
    return "police", form, None


def json_csv() -> Doc:
    a, b = some(2)
    w = word()
    d = pick(DEPTS)
    form = turn("json_csv", [
        '{"name": "send_email", "arguments": "{\\"to_name\\": \\"' + P(a) + '\\", \\"subject\\": \\"'
        + pick(TOPICS) + '\\"}"}',
        '{"tool": "create_ticket", "args": {"assignee": "' + P(a) + '", "reporter": "' + W(w) + '"}}',
        '{"type": "function", "function": {"name": "book_meeting", "arguments": "{\\"attendee\\": \\"'
        + JE(a) + '\\", \\"room\\": \\"A301\\"}"}}',
        f"id,name,dept\n1001,{P(a)},{d}\n1002,{W(w)},{d}\n1003,{P(b)},{pick(DEPTS)}",
        '{"contacts": [{"name": "' + P(a) + '", "role": "owner"}, {"name": "' + W(w) + '", "role": "viewer"}]}',
        f"INSERT INTO staff (name, dept) VALUES ('{P(a)}', '{d}'), ('{W(w)}', '{pick(DEPTS)}');",
        f"approvers:\n  - {P(a)}\n  - {W(w)}\nnotify: true",
    ])
    return "json_csv", form, None


def honorific() -> Doc:
    s1, s2 = R.sample(["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "郭"], 2)
    a, b = some(2)
    form = turn("honorific", [
        f"{H(s1 + '师傅')}，空调外机明天上午来装，麻烦您带好工具。",
        f"保洁{H(s1 + '阿姨')}说三楼茶水间的水池堵了。",
        f"{H(s1 + '大姐')}，您上次说的那份材料我放您桌上了。",
        f"{P(a)}老师，您好！我是{P(b)}的家长。",
        f"感谢{H(s1 + '老师')}和{P(a)}同学的帮助。",
        f"请{H(s1 + '师傅')}下午把车开到东门，{H(s2 + '姐')}要去机场。",
        f"{P(a)}师傅修好了电梯，{H(s2 + '阿姨')}已经打扫完了。",
    ])
    return "honorific", form, None


def spaced_doc() -> Doc:
    a, b = spaced(), spaced()
    form = turn("spaced", [
        f"签收人：{SP(a)}\n日期：{ymd()}",
        f"班主任：{SP(a)}\n副班主任：{SP(b)}",
        f"经 办 人：{SP(a)}",
        f"主治医师 {SP(a)}　护士 {SP(b)}",
    ])
    return "spaced", form, None


def traditional() -> Doc:
    a, b, c = TW.name(), TW.name(), TW.name()
    form = turn("trad", [
        f"聯絡人：{T(a)}\n電話：請見附件",
        f"負責人：{T(a)}，職稱：經理。",
        f"申請人 {T(a)} 先生於{date()}提出申請。",
        f"經手人：{T(a)}　覆核：{T(b)}",
        f"與會者：{T(a)}、{T(b)}、{T(c)}",
        f"{T(a)}：好的，我明天交\n{T(b)}：收到",
    ])
    return "trad", form, None


def digits() -> Doc:
    a, b = some(2)
    form = turn("digits", [
        f"收件人{P(a)}{phone()}",
        f"联系人：{P(a)}{phone()}，{pick(DEPTS)}",
        f"{R.randint(1, 30)}号床{P(a)}，今日出院。",
        f"工号{dk('employee_no', 'A' + str(R.randint(1000, 9999)))}{P(a)}，{pick(DEPTS)}。",
        f"NO.{R.randint(1, 30)} {P(a)} {R.randint(60, 99)}分\nNO.{R.randint(31, 60)} {P(b)} {R.randint(60, 99)}分",
        f"{P(a)}/{phone()}/{pick(DEPTS)}",
    ])
    return "digits", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (word_label, 9), (chat_word, 7), (list_end, 7), (appoint2, 7), (pinyin_lower, 6), (hk_caps_doc, 7),
    (hk_four, 6), (initials_doc, 6), (court, 6), (medical, 6), (hr_roster, 6), (award_list, 6), (minutes, 5),
    (insurance, 5), (school, 6), (wechat_export, 5), (email_sig, 5), (logistics, 5), (property_doc, 4),
    (police, 5), (json_csv, 7), (honorific, 6), (spaced_doc, 4), (traditional, 5), (digits, 5),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_labels() -> Doc:
    form = turn("neg_labels", [
        f"联系人：前台\n联系电话：{dk('hotline', '400-820-' + str(R.randint(1000, 9999)))}",
        "委托诉讼代理人：无\n第三人：无",
        "对接人：待分配\n需求状态：排队中",
        f"收件人：{dep(pick(DEPTS))}\n寄件人：{dep('行政部')}",
        "业主：（空置）\n房号：见附件",
        "患者：（未登记）\n主治医师：值班医生",
        "投保人：同被保险人\n身故受益人：法定",
        "申请人：本人\n审批人：系统自动",
        "报警人：匿名\n出警人员：值班组",
        "家长签字：__________\n学生签字：__________",
    ])
    return "neg_labels", form, None


def neg_words() -> Doc:
    pool = [
        f"{nw('黎明')}时分，从{pl('金华')}发往{pl('常德')}的货车已经出发",
        f"早{nw('高峰')}期间地铁限流，请错峰出行",
        f"这片{nw('林海')}一望无际",
        f"年会主题是“{nw('江山')}如画，{nw('万里')}同心”",
        f"请出示{nw('安康')}码后进入",
        f"办公室挂着一幅“{nw('宁静')}致远”",
        f"公司就像{nw('汪洋')}大海中的一条船",
        f"{nw('田野')}调查报告已归档",
        f"{nw('向阳')}的那间会议室下午很热",
        f"{nw('蓝天')}保卫战考核指标已下达",
        f"夕阳{nw('余晖')}洒在厂区",
        f"会场响起{nw('雷鸣')}般的掌声",
        f"一夜{nw('白雪')}覆盖了停车场",
        f"车队从{lm('白云机场')}出发",
    ] + SW_PHRASES
    a, b = R.sample(pool, 2)
    return "neg_words", f"{a}。{b}。", None


def neg_chat() -> Doc:
    form = turn("neg_chat", [
        f"{jt('客服')}：您好，请问有什么可以帮您？\n我：订单一直没发货\n{jt('客服')}：请稍等",
        "甲方：报价太高了\n乙方：可以再谈",
        f"{jt('主持人')}：请下一位发言\n{jt('记者')}：请问新厂什么时候投产？",
        "系统消息：群公告已更新\n群助手：今日签到人数 32",
        "A：你到了吗\nB：马上，堵车",
        f"{jt('老板')}：明天开会\n我：收到",
        "文件传输助手：[文件] 报价单.xlsx",
    ])
    return "neg_chat", form, None


def neg_lists() -> Doc:
    form = turn("neg_lists", [
        f"覆盖城市：{pl('金华')}、{pl('常德')}、{pl('岳阳')}\n配送时效：次日达",
        f"参会单位：{dep('财务部')}、{dep('法务部')}、{dep('审计部')}\n会议地点：三楼会议室",
        f"评选结果：一等奖 {dep('研发中心')} 二等奖 {dep('市场部')} 三等奖 {dep('客服中心')}",
        f"本周值班部门：{dep('安保部')} {dep('工程部')} {dep('行政部')}\n如有调整请提前告知。",
        f"团建路线：{lm('华山')}、{lm('钟山')}、{lm('石林')}\n报名截止：周五",
        f"花卉采购：{nw('丁香')}、{nw('杜鹃')}、牡丹\n数量：各20盆",
    ])
    return "neg_lists", form, None


def neg_appoint() -> Doc:
    form = turn("neg_appoint", [
        "拟提任人选名单另行公示。",
        "拟提任同志须经考察合格，公示期满无异议后办理任职手续。",
        "拟任命人选公示期为五个工作日，如有异议请向组织部反映。",
        "拟聘人员须于报到时提交学历证明。",
    ])
    return "neg_appoint", form, None


def neg_caps() -> Doc:
    form = turn("neg_caps", [
        "STATUS: PENDING REVIEW\nACCOUNT TYPE: SAVINGS",
        f"Branch: {pl('KWUN TONG')}\nDistrict: {pl('SHAM SHUI PO')}",
        "TO WHOM IT MAY CONCERN\nRE: PAYMENT CONFIRMATION",
        "Payee: SEE ATTACHED LIST\nAmount: HKD 12,000",
        "Remarks: NO SIGNATURE REQUIRED",
        "Passenger Name: (AS SHOWN ON PASSPORT)",
    ])
    return "neg_caps", form, "en"


def neg_initials() -> Doc:
    form = turn("neg_initials", [
        "Q.C. report 已上传，A.M. 十点复核。",
        "P.S. 附件里有 U.S. 和 E.U. 两版合同模板。",
        "S.O.P. 第3版请各组学习。",
        "Ph.D. 候选人面试安排见 H.R. 通知。",
    ])
    return "neg_initials", form, None


def neg_pinyin() -> Doc:
    form = turn("neg_pinyin", [
        "jia you！明天 xie xie 大家",
        f"行程：{pl('shanghai hongqiao')} → {pl('beijing nan')}",
        f"git checkout {dk('code_identifier', 'feature/zhifu-huidiao')}",
        "拼音输入测试：ni hao shi jie",
    ])
    return "neg_pinyin", form, None


def neg_court() -> Doc:
    form = turn("neg_court", [
        f"原告{masked('王某')}，被告{masked('李某某')}，案由：买卖合同纠纷。",
        "代理审判员　（空缺）\n书　记　员　（待定）",
        f"被告人{masked('张某甲')}与{masked('张某乙')}系兄弟关系。",
        f"申请执行人：{masked('刘某')}；被执行人：{dk('org_generic', '某公司')}。",
    ])
    return "neg_court", form, None


def neg_medical() -> Doc:
    form = turn("neg_medical", [
        "患者，男，65岁，因胸闷3天入院。",
        "主治医师：值班医生\n家属：已告知病情",
        f"{R.randint(1, 40)}床患者今日出院，请护士站做好登记。",
        f"患者{masked('陈某')}，女，32岁，术后恢复良好。",
    ])
    return "neg_medical", form, None


def neg_brand() -> Doc:
    form = turn("neg_brand", [
        f"{dk('brand_name', '李宁')}运动鞋、{dk('brand_name', '王老吉')}凉茶、{dk('brand_name', '张小泉')}剪刀都在本次采购清单里。",
        f"打车用{dk('app_name', '曹操出行')}，报销时附上行程单。",
        f"{dk('product_name', '金华火腿')}礼盒12份，{lm('岳阳楼')}景区门票8张。",
        f"午餐：{dk('dish_name', '东坡肉')}、{dk('dish_name', '宫保鸡丁')}、米饭。",
        f"读书会本月书目：{dk('work_title', '《红楼梦》')}、{dk('work_title', '《平凡的世界》')}。",
        f"{dk('shop_name', '孔乙己酒家')}订了晚上的包间。",
        f"{dk('brand_name', '周大福')}金饰和{dk('brand_name', '老干妈')}辣酱作为年会奖品。",
    ])
    return "neg_brand", form, None


def neg_json() -> Doc:
    form = turn("neg_json", [
        '{"name": "send_email", "arguments": "{\\"to_group\\": \\"财务部\\", \\"subject\\": \\"月度对账\\"}"}',
        '{"assignee": null, "reporter": "system", "status": "open"}',
        f"city,sales\n{pl('金华')},1200\n{pl('常德')},980",
        f'{{"product": "{dk("product_name", "向阳花籽油")}", "qty": 20}}',
    ])
    return "neg_json", form, None


def neg_honorific() -> Doc:
    form = turn("neg_honorific", [
        "请师傅下午上门，谢谢。",
        "保洁阿姨今天请假，卫生间暂停使用。",
        "各位老师、同学们：本周五下午举行运动会。",
        "快递小哥说明天再送。",
        "这位大姐，您排队了吗？",
    ])
    return "neg_honorific", form, None


def neg_digits() -> Doc:
    form = turn("neg_digits", [
        f"工号{dk('employee_no', 'A' + str(R.randint(1000, 9999)))}已停用。",
        "NO.7 文件柜钥匙在前台。",
        f"{R.randint(1, 30)}号床位已空，可安排新入院患者。",
    ])
    return "neg_digits", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_labels, 10), (neg_words, 12), (neg_chat, 7), (neg_lists, 6), (neg_appoint, 4), (neg_caps, 6),
    (neg_initials, 4), (neg_pinyin, 4), (neg_court, 4), (neg_medical, 4), (neg_brand, 7), (neg_json, 4),
    (neg_honorific, 5), (neg_digits, 3),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
