"""Round 10 blind corpus: the PERSON forms still missed after round 9, and the false alarms they invite.

Why: the hold-out's PERSON recall (0.87) is held back by forms the earlier rounds did not write: word-like
names in prose with no cue at all (见到了安然, 和林森聊了聊), 、-lists of minority names (Uyghur, Tibetan, Yi,
Mongolian, Hui; with and without the middle dot), Hong Kong romanisation (Leung Chi-keung, Chi-keung Leung,
LEUNG Chi Keung, Peter Leung Chi-keung), Taiwanese Wade-Giles (Tsai Ming-hsien), names padded with two
spaces or spaced out in a table cell or a numbered list with no label, historic and public figures in
prose, names in CSV / Markdown / JSON rows under headers other than 姓名, English first names next to a
Chinese surname (Kevin 李, 李 Kevin), e-mail signature blocks and WeChat chat-history headers. About a third
of the documents have no gold: the same shapes with words that start with a surname character (把钱转到,
钱包, 于是, 文件, 方便, 常用, 江边, 石头, 金额...), form labels spaced like names (金  额, 单  价), romanised
Hong Kong and Taiwan place names (Wong Tai Sin, Ho Man Tin, Pan-chiao), brand names before a Chinese noun
(Python 程序, Visa 金卡) and team sign-offs.

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on it:
the name as written (an English first name written next to the Chinese surname is part of it); surname +
title or 老 / 小 + surname whole (tag `honorific`); full name + title: the name only; public and historic
figures are people. Values come from Faker (zh_CN, zh_TW, en_US) and hand-made lists that reuse none of
rounds 7 and 9; the output follows only the seed.

    python -m bench.eval.blind.round10_people       # writes bench/eval/corpus/blind-round10p.jsonl
    python -m bench.eval.blind.build --round10p     # the same, wired like the other rounds
"""
from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from faker import Faker

from bench.eval.blind.build import check_generated, interleave
from bench.eval.blind.round7_people import Doc

SEED = 101010
SPLIT = "round10p"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round10p.jsonl"
POS_COPIES = 6
NEG_COPIES = 6

ZH = Faker("zh_CN")
TW = Faker("zh_TW")
EN = Faker("en_US")

# ------------------------------------------------------------------------------------------------ name pools
WORDLIKE = ["安然", "林森", "田园", "江海", "高雅", "白桦", "宁远", "石坚", "苗壮", "柳青", "杨柳", "韩冰",
            "洪亮", "常春", "方舟", "夏阳", "和煦", "章程", "武功", "成功", "钱多", "牛犇", "华山", "金城"]
MINORITY_DOT = ["买合木提·依明", "努尔比亚·阿不力孜", "艾克拜尔·吾拉木", "祖丽皮亚·热合曼",
                "阿布来提·买买提明", "叶尔兰·努尔达吾列提", "古再丽努尔·阿不都", "麦尔旦·艾山"]
MINORITY_NODOT = ["洛桑丹增", "次旦卓玛", "旦增尼玛", "拉巴次仁", "边巴顿珠", "阿苏拉则", "吉克木牛",
                  "曲比阿乌", "海来阿木", "宝音图", "乌日娜", "额尔德尼", "那顺巴雅尔", "萨仁高娃", "古丽米拉",
                  "麦麦提敏", "阿依达娜", "包苏日娜"]
HUI = ["马福林", "马占海", "白寿彝", "纳文华", "丁国栋", "哈宝成", "回海燕", "马秀兰"]
HK_SUR = ["Chan", "Wong", "Cheung", "Lau", "Leung", "Ho", "Tsang", "Yip", "Kwok", "Ng", "Tse", "Chow", "Lam",
          "Mak", "Fung", "Lo", "Yeung", "Chu", "Siu", "Tang", "Kwan", "Choi"]
HK_SYL = ["Siu", "Ka", "Wing", "Chi", "Hoi", "Pui", "Mei", "Sze", "Yuk", "Kin", "Tsz", "Wai", "Man", "Fung",
          "Yan", "Ling", "Keung", "Lok", "Shan", "Hin", "Kwan", "Chun", "Hiu", "Tung", "Yee", "Nga", "Ming"]
TW_SUR = ["Lin", "Chen", "Huang", "Chang", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Kuo",
          "Hung", "Tseng", "Chiu", "Chou", "Chien", "Lai", "Kao"]
TW_SYL = ["Chih", "Hao", "Yi", "Ting", "Shu", "Fen", "Ming", "Hsien", "Chia", "Wei", "Ya", "Chien", "Hung",
          "Wen", "Chun", "Hsin", "Yu", "Pei", "Tzu", "Jung", "Kuan", "Hsiang", "Mei", "Ling", "Po", "Jui"]
EN_FIRST = ["Kevin", "Jessica", "Tony", "Amy", "Vincent", "Cherry", "Jacky", "Winnie", "Ivan", "Sandy", "Ray",
            "Tina", "Oscar", "Coco", "Henry", "Joyce", "Alan", "Queenie", "Derek", "Shirley"]
HISTORIC = ["屈原", "司马迁", "王阳明", "张衡", "祖冲之", "钱学森", "袁隆平", "屠呦呦", "林则徐", "郑和", "詹天佑",
            "李时珍", "华罗庚", "梅兰芳", "徐悲鸿", "诸葛亮", "岳飞", "文天祥", "范仲淹", "欧阳修"]
SPEECH = ["说", "提到", "觉得", "问", "回答", "笑着说", "补了一句"]
TITLE_SUR = ["总", "工", "姐", "哥", "老师", "经理", "主任", "女士", "先生", "律师"]
DEPTS = ["平台架构组", "用户增长部", "财务共享中心", "合规办", "华南销售部", "交付二部", "数据安全组", "客户成功部"]

# negatives' material: words and phrases that start with a surname character, nobody's name
SURNAME_PHRASES = ["请把钱转到对公账户", "钱包里只剩两百", "于是大家又改了一版", "文件已经上传到共享盘",
                   "方便的话明天再聊", "常用联系人里没有这个号", "江边那家店关门了", "石头剪刀布决定谁请客",
                   "金额和发票对不上", "马上就到楼下", "程序跑了一晚上", "周末要值班", "高兴得睡不着",
                   "和平路那边堵车", "白天太热没出门", "黄金周机票涨价", "毛巾和牙刷都带了", "向上反映过两次",
                   "何时能发货还不确定", "单价又涨了五毛", "车辆年检到期了", "宁可晚点也别出错", "许多人还不知道",
                   "柳絮飘得到处都是", "戴上安全帽再进场", "孔雀开屏了", "熊猫基地人太多", "时间来不及了"]
SPACED_LABELS = ["金  额", "单  价", "备  注", "合  计", "时  间", "项  目", "经  办", "审  核", "方  式",
                 "周  期", "毛  重", "车  号", "日  期", "签  字", "小  计", "数  量"]
ROMAN_PLACES = ["Wong Tai Sin", "Ho Man Tin", "Sham Shui Po", "Tin Shui Wai", "Kwai Chung", "Tsuen Wan",
                "Lok Fu", "Chai Wan", "Tai Po", "Sha Tin", "Pan-chiao", "Hsin-chu", "Chung-li", "Tan-shui",
                "Kwun Tong", "Fo Tan", "Yau Tong", "Siu Sai Wan"]
BRAND_NOUNS = ["Python 程序", "Visa 金卡", "Office 高级版", "Java 方法", "Linux 常用命令", "Excel 文件",
               "Apple 官方店", "Tesla 车主群", "Chrome 书签", "Zoom 会议号", "Kindle 电子书", "Steam 钱包"]
TEAMS = ["客户成功团队", "人力资源部", "IT 服务台", "财务共享中心", "平台运维组", "品牌市场部"]


def zh(r: random.Random) -> str:
    """A Chinese full name: Faker mostly, otherwise word-like, minority or Hui."""
    k = r.random()
    if k < 0.6:
        return ZH.name()
    if k < 0.75:
        return r.choice(WORDLIKE)
    if k < 0.9:
        return r.choice(MINORITY_DOT + MINORITY_NODOT)
    return r.choice(HUI)


def honor(r: random.Random) -> str:
    s = ZH.last_name()
    k = r.random()
    if k < 0.15:
        return "老" + s
    if k < 0.3:
        return "小" + s
    return s + r.choice(TITLE_SUR)


def hk(r: random.Random) -> str:
    """A Hong Kong name in one of the ways it is written: surname first or last, hyphen, upper case, English name."""
    s = r.choice(HK_SUR)
    a, b = r.sample(HK_SYL, 2)
    k = r.random()
    if k < 0.3:
        return f"{s} {a}-{b.lower()}"
    if k < 0.5:
        return f"{a}-{b.lower()} {s}"
    if k < 0.65:
        return f"{s.upper()} {a} {b}"
    if k < 0.8:
        return f"{r.choice(EN_FIRST)} {s} {a}-{b.lower()}"
    if k < 0.9:
        return f"{s} {a}-{b.lower()} {r.choice(EN_FIRST)}"
    return f"{s} {a} {b}"


def tw(r: random.Random) -> str:
    """A Taiwanese name in Wade-Giles, as on a passport or a business card."""
    s = r.choice(TW_SUR)
    a, b = r.sample(TW_SYL, 2)
    k = r.random()
    if k < 0.5:
        return f"{s} {a}-{b.lower()}"
    if k < 0.75:
        return f"{a}-{b.lower()} {s}"
    return f"{s.upper()} {a.upper()}-{b.upper()}"


def en_zh(r: random.Random) -> str:
    """An English first name written next to the Chinese surname, either order, with or without a space."""
    f, s = r.choice(EN_FIRST), ZH.last_name()
    return r.choice([f"{f} {s}", f"{s} {f}", f"{f}{s}", f"{s}{f}"])


def date(r: random.Random) -> str:
    return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"


def spaced2(name: str, sp: str) -> str:
    """A two-character name padded to the width of three (张  伟), a longer one spaced character by character."""
    return name[0] + sp * 2 + name[1] if len(name) == 2 else sp.join(name)


# -------------------------------------------------------------------------------------------------- positives
def wordlike_prose(r: random.Random) -> Doc:
    d = Doc("wordlike_no_cue")
    a, b = r.sample(WORDLIKE, 2)
    d.t(r.choice(["帮我把这段日记改通顺：\n", "润色一下：\n", ""]))
    d.t(r.choice(["昨天在地铁站见到了", "下班路上碰到了", "周六去医院看了看"])).p(a).t("，")
    d.t(r.choice(["她瘦了好多", "他说最近在准备考研", "聊了半个小时"])).t("。晚上又和").p(b)
    d.t(r.choice(["聊了聊", "吃了顿饭", "通了个电话"])).t("，").p(b).t(r.choice(SPEECH)).t("下个月想换工作。\n")
    return d


def minority_list(r: random.Random) -> Doc:
    d = Doc("minority_list")
    d.t(r.choice(["把这份名单按拼音排序：\n", "帮我核对获奖名单有没有重复：\n", ""]))
    d.t(r.choice(["民族团结进步先进个人：", "本期双语教师培训学员：", "驻村工作队队员："]))
    pool = MINORITY_DOT + MINORITY_NODOT + HUI
    names = r.sample(pool, r.randint(4, 6))
    for i, x in enumerate(names):
        if i:
            d.t("、")
        if x in HUI:
            d.p(x)
        else:
            d.p(x, "minority")
    d.t(r.choice(["。\n", "等同志。\n", "（排名不分先后）\n"]))
    return d


def hk_email(r: random.Random) -> Doc:
    d = Doc("hk_email")
    a, b, c = hk(r), hk(r), hk(r)
    d.t(r.choice(["Please make this email more concise:\n\n", "幫我把這封郵件改短一點：\n\n"]))
    d.t("Dear team,\n\nFurther to our meeting, ").p(a).t(r.choice([" will take over the Kowloon Bay account",
                                                                  " has agreed to chair the steering group"]))
    d.t(", and ").p(b).t(" will handle the tenancy renewal with the landlord in ").d("place_name", r.choice(ROMAN_PLACES))
    d.t(".\n\nRegards,\n").p(c).t("\nSenior Manager, Operations\n")
    return d


def hk_form(r: random.Random) -> Doc:
    d = Doc("hk_form_rows")
    d.t("幫我核對下面的登記資料有沒有漏填：\n")
    for _ in range(r.randint(2, 3)):
        d.t("Name (English): ").p(hk(r)).t(f" | Tel: 5{r.randint(1000000, 9999999)} | Dept: ")
        d.t(r.choice(["Finance", "IT", "Admin", "Legal"])).t("\n")
    return d


def tw_card(r: random.Random) -> Doc:
    d = Doc("tw_business_card")
    a, b = tw(r), tw(r)
    d.t(r.choice(["名片掃描結果，幫我整理成聯絡人：\n", "請幫我把這兩張名片翻成中文：\n"]))
    d.p(a).t("\n" + r.choice(["Sales Director", "R&D Manager", "Project Engineer"]) + "\n")
    d.t(f"Mobile: +886-9{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}\n---\n")
    d.p(b).t("\n" + r.choice(["Account Executive", "Purchasing Specialist"]) + "\n")
    d.t("Office: ").d("place_name", r.choice(ROMAN_PLACES[10:14])).t(" Branch\n")
    return d


def tw_chat(r: random.Random) -> Doc:
    d = Doc("tw_mixed_chat")
    a = tw(r)
    n = TW.name()
    d.t("幫我回這則訊息：\n「").p(n).t("，明天跟").p(a).t(r.choice(["約在新竹見面，你方便嗎？」\n", "的會議改到下午三點。」\n"]))
    return d


def spaced_table(r: random.Random) -> Doc:
    d = Doc("spaced_cells")
    sp = r.choice([" ", "\u3000"])
    d.t("排班表复制出来格式乱了，帮我对齐：\n| 日期 | 早班 | 晚班 |\n|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        d.t(f"| {date(r)} | ")
        d.p(spaced2(ZH.name(), sp), "spaced_name")
        d.t(" | ")
        d.p(spaced2(ZH.name(), sp), "spaced_name")
        d.t(" |\n")
    return d


def spaced_list(r: random.Random) -> Doc:
    d = Doc("spaced_numbered_list")
    d.t(r.choice(["名单是从 PDF 里复制的，字中间多了空格：\n", "帮我去掉下面名字里的空格：\n"]))
    for i in range(r.randint(3, 4)):
        n = ZH.name()
        d.t(f"{i + 1}. ").p(" ".join(n), "spaced_name").t(" - " + r.choice(["前端", "测试", "产品", "运营", "设计"]) + "\n")
    return d


def historic(r: random.Random) -> Doc:
    d = Doc("historic_prose")
    a, b = r.sample(HISTORIC, 2)
    d.t(r.choice(["帮我写一段研学旅行的导语：", "给初二学生出两道阅读题："]))
    d.p(a).t(r.choice(["一生坎坷，", "少年时便立下大志，", "的故事家喻户晓，"]))
    d.t(r.choice(["后人常拿他和", "老师讲课时喜欢把他与"])).p(b).t(r.choice(["相提并论。", "放在一起比较。"]))
    d.t("请结合").p(a).t("的经历谈谈你的看法。\n")
    return d


def csv_rows(r: random.Random) -> Doc:
    d = Doc("csv_owner")
    head = r.choice(["工号,处理人,状态", "ticket,assignee,status", "设备编号,使用人,部门"])
    d.t("把这个 CSV 转成 Markdown 表格：\n" + head + "\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{r.randint(10000, 99999)},").p(zh(r)).t("," + r.choice(["已完成", "处理中", "待分配", "closed"]) + "\n")
    return d


def md_table(r: random.Random) -> Doc:
    d = Doc("markdown_owner")
    d.t("| 任务 | 负责 | 截止 |\n|:--|:--|:--|\n")
    for _ in range(r.randint(2, 3)):
        d.t("| " + r.choice(["接口压测", "数据迁移", "合同续签", "等保测评", "灰度发布"]) + " | ")
        if r.random() < 0.3:
            d.p(honor(r), "honorific")
        else:
            d.p(zh(r))
        d.t(f" | {date(r)} |\n")
    d.t("帮我按截止日期排序。\n")
    return d


def json_rows(r: random.Random) -> Doc:
    d = Doc("json_people")
    d.t("接口返回值，帮我看看为什么前端没显示：\n[")
    for i in range(r.randint(2, 3)):
        if i:
            d.t(", ")
        key = r.choice(["owner", "creator", "operator", "approver"])
        d.t(f'{{"id": {r.randint(100, 999)}, "{key}": "').p(zh(r) if r.random() < 0.7 else en_zh(r)).t('", ')
        d.t(f'"dept": "{r.choice(DEPTS)}"}}')
    d.t("]\n")
    return d


def en_first_chat(r: random.Random) -> Doc:
    d = Doc("english_first_name")
    a, b = en_zh(r), en_zh(r)
    d.t(r.choice(["帮我写个周报：", "整理一下这段聊天："]))
    d.t("这周").p(a).t(r.choice(["把报价单发给客户了", "在跟进广州那个项目", "去深圳出差"])).t("，")
    d.p(b).t(r.choice(["负责", "在做"])).t(r.choice(["合同评审", "新版本的测试", "渠道对账"])).t("。下周一跟").p(a)
    d.t("再碰一下。\n")
    return d


def signature(r: random.Random) -> Doc:
    d = Doc("email_signature")
    n = zh(r) if r.random() < 0.6 else en_zh(r)
    d.t(r.choice(["帮我把这封邮件翻成英文：\n", "这封邮件语气合适吗？\n"]))
    d.t("您好，\n附件是" + r.choice(["第三季度的对账单", "修改后的合同", "测试报告"]) + "，请查收。\n\n")
    d.t(r.choice(["祝好\n", "Best regards,\n", "谢谢！\n--\n"]))
    d.p(n).t("\n" + r.choice(["高级客户经理", "产品运营", "法务专员", "Solution Architect"]))
    d.t(" | " + r.choice(DEPTS) + "\n电话：").g("CN_LANDLINE", f"021-{r.randint(5000, 6999)}{r.randint(1000, 9999)}")
    d.t("\n")
    return d


def wechat_header(r: random.Random) -> Doc:
    d = Doc("wechat_history_header")
    a, b = ZH.name(), zh(r)
    d.t(r.choice(["这是转发的聊天记录，帮我总结：\n", "帮我看看他们吵什么：\n"]))
    d.p(a).t("和").p(b).t("的聊天记录\n")
    d.p(a).t(f" {r.randint(9, 11)}:{r.randint(10, 59)}\n")
    d.t(r.choice(["合同你看了吗\n", "报价是不是太高了\n"]))
    d.p(b).t(f" {r.randint(12, 18)}:{r.randint(10, 59)}\n")
    d.t(r.choice(["还没，晚上看\n", "我觉得还行\n"]))
    return d


def group_header(r: random.Random) -> Doc:
    d = Doc("wechat_group_header")
    a, b = zh(r), ZH.name()
    d.t("群聊：" + r.choice(["周末徒步群", "三期业主群", "项目冲刺群"]) + f"（{r.randint(20, 300)}）\n")
    d.p(a).t("：").t(r.choice(["明天几点集合？", "电梯又坏了", "今晚要加班吗"])).t("\n")
    d.p(b).t("：@").p(a).t(" " + r.choice(["八点，地铁口", "已经报修了", "不用，回去吧"])) .t("\n")
    d.t("帮我把群里的意思总结一句。\n")
    return d


def public_figure_news(r: random.Random) -> Doc:
    d = Doc("public_figure_news")
    a = ZH.name()
    d.t("把这段新闻缩成一句话：")
    d.t(r.choice(["在昨天的颁奖礼上，", "据媒体报道，", "发布会现场，"])).p(a)
    d.t(r.choice(["凭借新片拿下最佳导演", "宣布将退役", "回应了外界的质疑"])).t("，")
    d.t("主持人").p(ZH.name()).t(r.choice(["现场追问了两次。\n", "称这是近年最动人的一刻。\n"]))
    return d


def hui_prose(r: random.Random) -> Doc:
    d = Doc("minority_prose")
    a, b = r.sample(MINORITY_NODOT, 2)
    d.t("帮我写个表扬信：").p(a).t(r.choice(["连续三个月", "今年以来"])).t("坚持到牧区巡诊，").p(b)
    d.t(r.choice(["主动替她顶班", "帮她整理病历"])).t("。\n")
    return d


def fullname_title(r: random.Random) -> Doc:
    d = Doc("name_then_title")
    a = ZH.name()
    d.t("请把这条通知改成英文：").p(a).t(r.choice(["律师", "教授", "博士", "主任医师"]))
    d.t(f"将于{date(r)}来访，请").p(honor(r), "honorific").t("安排会议室，并通知").p(hk(r) if r.random() < 0.5 else tw(r))
    d.t("参加。\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    wordlike_prose, minority_list, hk_email, hk_form, tw_card, tw_chat, spaced_table, spaced_list, historic,
    csv_rows, md_table, json_rows, en_first_chat, signature, wechat_header, group_header, public_figure_news,
    hui_prose, fullname_title,
]


# -------------------------------------------------------------------------------------------------- negatives
def neg_surname_phrases(r: random.Random) -> Doc:
    d = Doc("neg_surname_phrases")
    a, b, c = r.sample(SURNAME_PHRASES, 3)
    d.t(r.choice(["帮我回这条微信：\n", "改得客气一点：\n", ""]))
    d.d("surname_word", a).t("，").d("surname_word", b).t("。").d("surname_word", c).t("，你看怎么办？\n")
    return d


def neg_chat(r: random.Random) -> Doc:
    d = Doc("neg_chat_words")
    d.t("客服：您好，" + r.choice(["请把钱转到", "请把文件发到", "请把照片传到"]))
    d.t(r.choice(["我们的对公账户", "这个邮箱", "工单附件里"])) .t("。\n用户：")
    d.d("surname_word", r.choice(SURNAME_PHRASES)).t("，")
    d.d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n帮我判断用户情绪。\n")
    return d


def neg_spaced_form(r: random.Random) -> Doc:
    d = Doc("neg_spaced_labels")
    a, b, c = r.sample(SPACED_LABELS, 3)
    d.t("发票模板的表头是这样的，帮我做成 Excel：\n")
    d.t("| ").d("spaced_label", a).t(" | ").d("spaced_label", b).t(" | ").d("spaced_label", c).t(" |\n|---|---|---|\n")
    d.t(f"| {r.randint(100, 999)}.00 | {r.randint(1, 20)} | 无 |\n")
    return d


def neg_roman_places(r: random.Random) -> Doc:
    d = Doc("neg_roman_places")
    a, b = r.sample(ROMAN_PLACES, 2)
    d.t("Please rewrite: The shuttle now stops at ").d("place_name", a).t(" and ").d("place_name", b)
    d.t(r.choice([" on weekdays only.", " until the MTR works finish."]))
    d.t(" Contact the Facilities Team for details.\n")
    return d


def neg_brands(r: random.Random) -> Doc:
    d = Doc("neg_brand_nouns")
    a, b = r.sample(BRAND_NOUNS, 2)
    d.t("帮我写个教程开头：今天讲讲").d("brand", a).t("和").d("brand", b).t("的用法，")
    d.t(r.choice(["新手也能看懂。\n", "十分钟上手。\n"]))
    return d


def neg_team_signoff(r: random.Random) -> Doc:
    d = Doc("neg_team_signoff")
    d.t("这封邮件帮我检查错字：\n各位同事：\n系统将于本周六凌晨维护，期间").d("surname_word", "常用")
    d.t("功能暂停使用。\n\n" + r.choice(["祝好\n", "Best regards,\n", "谢谢！\n--\n"]) + r.choice(TEAMS) + "\n")
    return d


def neg_csv(r: random.Random) -> Doc:
    d = Doc("neg_csv_status")
    d.t("把这个 CSV 转成表格：\n模块,负责部门,状态\n")
    for _ in range(3):
        d.t(r.choice(["文件服务", "支付网关", "消息推送", "报表中心"]) + "," + r.choice(DEPTS) + ",")
        d.t(r.choice(["正常", "高负载", "维护中", "待上线"]) + "\n")
    return d


def neg_json(r: random.Random) -> Doc:
    d = Doc("neg_json_owner")
    d.t('帮我格式化：{"owner": "' + r.choice(DEPTS) + '", "creator": "system", "approver": "' + r.choice(TEAMS))
    d.t('", "remark": "' + r.choice(["金额已核对", "方便时处理", "常规巡检", "江边站点"]) + '"}\n')
    return d


def neg_history(r: random.Random) -> Doc:
    d = Doc("neg_history_prose")
    d.t("帮我写一段导游词：" + r.choice(["明清两代", "唐宋以来", "元朝初年"]) + "，这里是")
    d.d("place_name", r.choice(["江南", "岭南", "关中", "巴蜀"])).t("的商贸重镇，")
    d.t(r.choice(["石板路两旁全是老字号", "黄金地段的宅院保存完好", "白墙黑瓦的民居连成一片"])).t("。\n")
    return d


def neg_wechat_system(r: random.Random) -> Doc:
    d = Doc("neg_wechat_header")
    d.t(r.choice(["群聊的聊天记录\n", "与文件传输助手的聊天\n", "微信团队\n"]))
    d.t(f"{r.randint(9, 11)}:{r.randint(10, 59)} 你撤回了一条消息\n")
    d.t("这是什么意思？\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_surname_phrases, neg_chat, neg_spaced_form, neg_roman_places, neg_brands, neg_team_signoff, neg_csv,
    neg_json, neg_history, neg_wechat_system,
]


def _generate(fs: list[Callable[[random.Random], Doc]], r: random.Random, seen: set[str]) -> list[Doc]:
    out: list[Doc] = []
    for f in fs:
        for _ in range(30):
            doc = f(r)
            text = "".join(doc.parts)
            if text not in seen:
                seen.add(text)
                out.append(doc)
                break
    return out


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-10 people record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    ZH.seed_instance(seed)
    TW.seed_instance(seed + 1)
    EN.seed_instance(seed + 2)
    pos = [f for f in POSITIVES for _ in range(POS_COPIES)]
    neg = [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    r.shuffle(pos)
    r.shuffle(neg)
    seen: set[str] = set()
    docs = interleave(_generate(pos, r, seen), _generate(neg, r, seen))
    out: list[dict[str, Any]] = []
    for doc in docs:
        rec = doc.record(f"{SPLIT}-{len(out):05d}") | {"split": SPLIT}   # Doc writes round 7's split
        check_generated(rec)
        out.append(rec)
    return out


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "PERSON", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
