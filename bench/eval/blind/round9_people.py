"""Round 9 blind corpus: people's names in the sentence shapes the name recognizer has not been shown yet.

Why: PERSON recall is the largest gap left on the hold-out. Round 7 covered where names sit in enterprise
documents (headers, labels, signatures); this round covers how running text refers to people: after verbs and
prepositions with no title (交给刘洋处理, 由赵磊负责, 和陈静一起), before speech verbs (说 / 表示 / 认为 / 指出),
in 、-lists, as ordinary words (安宁, 田野, 高山), with rare single surnames (水, 才, 操, 母), Mongolian / Uyghur /
Yi / Tibetan names written without the middle dot, pinyin and English names inside English sentences, names
spaced out character by character (court judgments, forms) and names inside JSON with \\u escapes. Styles: news
reports, meeting minutes, WeChat group logs with system lines, HR e-mails, court and public announcements,
customer-service tickets, English business e-mail, mixed-script chat. About 30% of the documents have no gold
and use the same shapes with role nouns, places, products and words instead of people.

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on it:
the name as written; surname + title or 老 / 小 + surname whole (tag `honorific`); full name + title: the name
only; public and historic figures are people too. Values come from Faker (zh_CN, en_US) and hand-made lists
that do not reuse round 7's; the output follows only the seed.

    python -m bench.eval.blind.round9_people        # writes bench/eval/corpus/blind-round9p.jsonl
    python -m bench.eval.blind.build --round9p      # the same, wired like the other rounds
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

from bench.eval.blind.build import check_generated
from bench.eval.blind.round7_people import Doc

SEED = 90919
SPLIT = "round9p"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round9p.jsonl"
POS_COPIES = 7
NEG_COPIES = 6

ZH = Faker("zh_CN")
EN = Faker("en_US")

# ------------------------------------------------------------------------------------------------ name pools
WORDLIKE = ["安宁", "田野", "高山", "文静", "江山", "白云", "林海", "夏雨", "向东", "金星", "常乐", "白露",
            "方正", "齐鸣", "明月", "高远", "雷震", "柏林", "林涛", "钟声", "孔明", "路遥", "舒畅",
            "唐宁", "严谨", "余晖", "邹鹏", "晏平"]
RARE_SURNAME = ["水", "才", "操", "母", "禹", "宓", "冼", "麦", "蒯", "佘", "揭", "寇", "敖", "昝", "亓", "逄",
                "晏", "缪", "隗", "阙", "库", "琚", "桑", "綦", "覃", "来", "展", "答"]
GIVEN = ["建伟", "丽", "红梅", "志明", "慧", "思源", "子墨", "凯", "雅琴", "国华", "玉兰", "晨曦", "奕辰",
         "泽宇", "小燕", "庆丰", "宏亮", "佳琪", "文轩", "秀英", "德明", "亚楠", "一凡", "诗涵", "振华", "琳"]
MINORITY_NODOT = ["阿依古丽买买提", "乌兰托娅", "巴图孟和", "斯琴图雅", "吐尔洪艾买提", "阿不都热西提",
                  "苏和巴特尔", "吉克阿依", "沙马阿果", "其其格", "敖登格日乐", "阿力木江吐尔逊",
                  "帕提古丽", "朝鲁门", "阿牛木呷", "尼玛次仁", "白玛央金", "格桑卓嘎", "额尔敦", "热合曼江"]
MINORITY_DOT = ["阿依努尔·卡德尔", "艾力·努尔", "布仁·巴雅尔", "娜扎·艾则孜", "伊力哈木·肉孜"]
PINYIN_EN = ["Wang Wei", "Zhang San-feng", "Li Xiaoming", "Chen Yufei", "Liu Haoran", "Zhao Mingyu",
             "Huang Zixuan", "Sun Jiahui", "Zhou Tianyi", "Xu Kexin", "Ma Jun", "Hu Yiming", "Guo Jingjing",
             "Lin Zhiwei", "He Qian", "Luo Yiwen", "Jiang Hao", "Deng Chao", "Xiao Rui", "Tian Yu",
             "Ouyang Xue", "Qian Sheng", "Fang Lei", "Cui Ying"]
WESTERN_ZH = ["Kevin Zhang", "Lily Wang", "Jason Li", "Grace Chen", "Eric Liu", "Cindy Zhou", "Tony Huang",
              "Amy Xu", "Leo Sun", "Vivian Gao", "Frank Ma", "Iris Lin"]
HISTORIC = ["李白", "杜甫", "苏轼", "鲁迅", "王羲之", "李清照", "辛弃疾", "白居易", "孔子", "曹雪芹"]
TITLE_AFTER = ["老师", "经理", "律师", "主任", "医生", "同学", "工程师", "总监", "主管", "专员"]
TITLE_SUR = ["总", "姐", "哥", "工", "老师", "经理", "女士", "先生", "处", "师傅"]
SPEECH = ["说", "表示", "认为", "指出", "介绍", "坦言", "强调", "回忆说", "透露"]

# negatives' material: the same shapes, nobody's name
ROLES = ["财务", "法务", "物业", "前台", "客服", "行政", "采购", "运维", "保安", "项目组", "供应商", "甲方",
         "专家", "业内人士", "相关负责人", "工作人员", "店长", "值班经理", "技术支持", "审计组"]
WORDS_AS_WORDS = ["安宁的环境", "田野调查", "高山流水", "文静的性格", "大好江山", "蓝天白云", "林海雪原",
                  "夏雨绵绵", "一路向东", "金星凌日", "知足常乐", "白露时节", "方正字体", "百家齐鸣",
                  "明月当空", "志存高远", "雷震子", "柏林墙", "沙漠绿洲", "心情舒畅", "严谨细致",
                  "夕阳余晖", "程序员", "路遥知马力", "林涛阵阵"]
NAME_PLACES = ["安宁市", "高山镇", "向阳区", "和平路", "金星村", "江山市", "白云区", "林海街道", "常乐镇",
               "文昌阁", "巴彦淖尔", "阿拉善盟", "乌兰察布", "锡林郭勒", "阿克苏", "吐鲁番", "喀什噶尔",
               "凉山州", "昭觉县", "日喀则"]
PRODUCTS = ["白云山制药", "金星啤酒", "江山如画文旅", "林海雪原景区", "高山族风情园", "夏雨伞业",
            "明月镜片", "方正证券", "安宁花园小区", "舒畅牌纸巾"]
EN_WORDS = ["grace period", "May release", "June forecast", "bill of materials", "Jordan office", "Chase Bank",
            "Victoria Harbour venue", "Rose Garden booking", "Lincoln Center booking", "Washington Street warehouse",
            "Hunter valve order", "Amazon storefront", "Apple Pay rollout", "Page layout"]
DEPTS = ["华东大区", "品牌中心", "数据治理组", "渠道部", "风控部", "审计部", "结算中心", "交付一部", "招采办"]


def zh(r: random.Random) -> str:
    """A Chinese full name: Faker mostly, otherwise word-like, rare-surname or minority written without a dot."""
    k = r.random()
    if k < 0.5:
        return ZH.name()
    if k < 0.65:
        return r.choice(WORDLIKE)
    if k < 0.82:
        return r.choice(RARE_SURNAME) + r.choice(GIVEN)
    if k < 0.92:
        return r.choice(MINORITY_NODOT)
    return ZH.last_name() + r.choice(GIVEN)


def honor(r: random.Random) -> str:
    s = r.choice(RARE_SURNAME) if r.random() < 0.3 else ZH.last_name()
    k = r.random()
    if k < 0.15:
        return "老" + s
    if k < 0.3:
        return "小" + s
    return s + r.choice(TITLE_SUR)


def py(r: random.Random) -> str:
    return r.choice(PINYIN_EN) if r.random() < 0.7 else r.choice(WESTERN_ZH)


def date(r: random.Random) -> str:
    return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"


# -------------------------------------------------------------------------------------------------- positives
def news_report(r: random.Random) -> Doc:
    d = Doc("news_report")
    a, b, c = zh(r), zh(r), zh(r)
    d.t(r.choice(["帮我把这篇稿子压缩到200字：\n", "请校对下面的新闻稿：\n", ""]))
    d.t(f"本报讯（记者 ").p(ZH.name()).t(f" 通讯员 ").p(ZH.name()).t(f"）{date(r)}，")
    d.t(r.choice(["全市首个社区食堂正式开业", "新区数字经济产业园举行揭牌仪式", "一场暴雨让老旧小区积水严重"]))
    d.t("。据").p(a).t(r.choice(["介绍", "透露"])).t("，项目从立项到落地只用了四个月。")
    d.t(f"“过去吃饭要走两站路，现在下楼就行。”居民").p(b).t(r.choice(SPEECH)).t("。")
    d.t("街道办负责人").p(c).t(r.choice(["指出", "表示"])).t("，下一步将在").d("place_name", r.choice(NAME_PLACES))
    d.t("推广这一做法。\n")
    return d


def minutes_verbs(r: random.Random) -> Doc:
    d = Doc("meeting_minutes_verbs")
    a, b, c, e = zh(r), zh(r), zh(r), zh(r)
    d.t(r.choice(["把这段纪要改成待办表格：\n", "会议纪要如下，请列出责任人：\n"]))
    d.t(f"{date(r)}项目例会决定：\n1. 接口改造由").p(a).t("负责，")
    d.t(r.choice(["下周五前提测", "月底前完成联调"])).t("；\n2. 历史数据清洗交给").p(b).t("处理，")
    d.p(c).t("和").p(e).t("一起").t(r.choice(["评审方案", "对接供应商", "整理需求"])).t("；\n")
    d.t("3. 预算问题请").p(honor(r), "honorific").t("跟").p(zh(r)).t("再确认一次。\n")
    return d


def wechat_log(r: random.Random) -> Doc:
    d = Doc("wechat_log")
    p = [zh(r) for _ in range(3)]
    d.t("群聊记录，帮我看看大家最后定了什么：\n")
    d.p(p[0]).t("邀请").p(p[1]).t("、").p(p[2]).t("加入了群聊\n")
    d.p(p[1]).t(f"：{r.choice(['大家好', '我先拉个群', '人齐了吗'])}\n")
    d.p(p[2]).t("拍了拍").p(p[0]).t("\n")
    d.p(p[0]).t("：周六团建改到").d("place_name", r.choice(NAME_PLACES)).t("，").p(honor(r), "honorific").t("已经订好车了\n")
    d.p(p[2]).t("撤回了一条消息\n").p(p[1]).t("：@").p(p[2]).t(" 你带上相机\n")
    return d


def hr_email(r: random.Random) -> Doc:
    d = Doc("hr_email")
    a, b, c = zh(r), zh(r), zh(r)
    d.t(r.choice(["请把这封人事通知改得正式一点：\n", "帮我翻译成英文：\n"]))
    d.t("各位同事：\n经公司研究决定，").p(a).t(f"自{date(r)}起调任{r.choice(DEPTS)}负责人，")
    d.t("原岗位工作由").p(b).t("接任。请").p(a).t("与").p(b).t("在两周内完成交接，")
    d.t("有疑问可联系人力资源部").p(c).t("（分机").t(str(r.randint(8000, 8999))).t("）。\n人力资源部\n")
    return d


def court_spaced(r: random.Random) -> Doc:
    d = Doc("court_judgment_tail")
    sp = r.choice(["　", " "])
    d.t("帮我把判决书尾部整理成表格：\n……如不服本判决，可在判决书送达之日起十五日内提起上诉。\n\n")
    for role in ("审　判　长" if sp == "　" else "审判长", "审　判　员" if sp == "　" else "审判员",
                 "人民陪审员"):
        n = ZH.name() if r.random() < 0.7 else r.choice(RARE_SURNAME) + r.choice(GIVEN)
        d.t(role + sp * 2)
        if len(n) == 2:
            d.p(n[0] + sp * 2 + n[1], "spaced_name")
        else:
            d.p(sp.join(n), "spaced_name")
        d.t("\n")
    d.t(f"二〇二五年{r.choice(['三', '六', '九', '十一'])}月{r.choice(['八', '十二', '二十'])}日\n书记员" + sp * 2)
    d.p(sp.join(ZH.name()), "spaced_name").t("\n")
    return d


def announcement(r: random.Random) -> Doc:
    d = Doc("public_notice")
    a, b = zh(r), zh(r)
    d.t(r.choice(["这是我们单位的公示，帮我检查格式：\n", ""]))
    d.t("干部任前公示\n根据工作需要，拟提任").p(a).t("同志为").t(r.choice(DEPTS)).t("副主任，")
    d.p(b).t("同志为办公室主任。现予公示。\n").p(a).t(f"，{r.choice(['男', '女'])}，汉族，")
    d.t(f"{r.randint(1978, 1992)}年{r.randint(1, 12)}月生，大学学历。\n公示期间如有异议，请向组织部").p(honor(r), "honorific")
    d.t("反映。\n")
    return d


def cs_ticket(r: random.Random) -> Doc:
    d = Doc("cs_ticket_v2")
    a, b = zh(r), zh(r)
    d.t("工单号：").d("order_no", f"WO{r.randint(10**9, 10**10 - 1)}")
    d.t("\n问题描述：客户").p(a).t("反映" + r.choice(["发票抬头开错", "退款三天未到账", "快递显示签收但没收到"]))
    d.t("。\n处理记录：一线已安抚，转交给").p(b).t("跟进；").p(b).t(r.choice(SPEECH)).t("需要财务配合。\n")
    d.t("处理人：").p(honor(r), "honorific").t("\n")
    return d


def english_email(r: random.Random) -> Doc:
    d = Doc("english_email")
    a, b, c = py(r), py(r), py(r)
    while b == a:
        b = py(r)
    d.t("Proofread this email:\n\nHi ").p(a).t(",\n\nThanks for the call today. As agreed, ").p(b)
    d.t(" will send the revised quotation by Thursday, and I have asked ").p(c)
    d.t(" to review the data-processing addendum. ")
    d.t(r.choice(["Please also loop in ", "Could you cc "])).p(EN.first_name() + " " + EN.last_name())
    d.t(" from your legal team?\n\nBest regards,\n").p(py(r)).t("\nAccount Manager\n")
    return d


def mixed_chat(r: random.Random) -> Doc:
    d = Doc("mixed_chat")
    d.t("[Slack #proj-data]\n").p(py(r)).t(": 这个 PR 谁 review 一下？\n").p(py(r)).t(": 我来，不过要先跟 ")
    d.p(py(r)).t(" confirm 一下 schema\n").p(zh(r)).t(": @").p(r.choice(WESTERN_ZH)).t(" 昨天说这个表是")
    d.p(zh(r)).t("建的\n")
    return d


def enum_list(r: random.Random) -> Doc:
    d = Doc("enum_list")
    d.t(r.choice(["帮我把这份名单按姓氏笔画排序：\n", "下面是表彰通报，请润色：\n"]))
    d.t(r.choice(["年度优秀员工：", "经评选，以下同志获评先进个人：", "本期培训结业学员："]))
    n = r.randint(4, 7)
    names: list[str] = []
    while len(names) < n:
        x = zh(r)
        if x not in names:
            names.append(x)
    for i, x in enumerate(names):
        if i:
            d.t("、")
        d.p(x)
    d.t("。\n希望受表彰的同志再接再厉。\n")
    return d


def json_escape(r: random.Random) -> Doc:
    d = Doc("json_unicode")
    a, b = zh(r), zh(r)
    d.t("接口返回了这个，帮我看看字段对不对：\n{\"code\":0,\"data\":{\"applicant\":\"")
    _json_name(d, a)
    d.t("\",\"reviewer\":\"")
    _json_name(d, b)
    d.t(f"\",\"status\":\"\\u5df2\\u5ba1\\u6279\",\"ts\":{r.randint(1700000000, 1790000000)}}}}}\n")
    return d


def _json_name(d: Doc, name: str) -> None:
    esc = json.dumps(name)[1:-1]
    d.g("PERSON", esc, "json_escape")
    d.spans[-1]["norm"] = name


def spaced_form(r: random.Random) -> Doc:
    d = Doc("spaced_form")
    n = zh(r)
    d.t(r.choice(["OCR 识别出来的表格，帮我整理：\n", "扫描件文字如下：\n"]))
    d.t("姓 名： ").p(" ".join(n), "spaced_name").t("    性 别： ").t(r.choice(["男", "女"])).t("\n")
    d.t("紧急联系人： ").p(" ".join(ZH.name()), "spaced_name").t("   关系：").t(r.choice(["配偶", "父亲", "母亲"]))
    d.t("\n")
    return d


def wordlike_prose(r: random.Random) -> Doc:
    d = Doc("wordlike_names_prose")
    a, b = r.sample(WORDLIKE, 2)
    d.t(r.choice(["帮我写个请假交接说明：\n", "把这段话改得客气一点：\n"]))
    d.p(a).t(r.choice(["今天请病假", "这周去外地培训", "下午要去医院"])).t("，她手上的单子先交给").p(b).t("。")
    d.p(b).t(r.choice(["有问题随时找我", "周三前回复客户", "会在群里同步进度"])).t("。\n")
    return d


def rare_surname_chat(r: random.Random) -> Doc:
    d = Doc("rare_surname")
    a = r.choice(RARE_SURNAME) + r.choice(GIVEN)
    b = r.choice(RARE_SURNAME) + r.choice(GIVEN)
    d.t("帮我回复这个消息：\n“").p(a).t(r.choice(["昨天把合同寄出了", "说样品还没到", "明天来公司面试"]))
    d.t("，你跟").p(b).t("对一下时间。”\n")
    return d


def minority_nodot(r: random.Random) -> Doc:
    d = Doc("minority_nodot")
    a, b = r.sample(MINORITY_NODOT, 2)
    d.t(r.choice(["帮我写一段欢迎词：\n", "请把这条通知翻译成英文：\n"]))
    d.t("欢迎").p(a).t("加入").d("place_name", r.choice(NAME_PLACES)).t("项目组！").p(a)
    d.t("之前在分公司做了五年运维，以后和").p(b).t("搭档。另外").p(r.choice(MINORITY_DOT)).t("下周回来。\n")
    return d


def speech_verbs(r: random.Random) -> Doc:
    d = Doc("speech_verbs")
    a, b = zh(r), zh(r)
    d.t("把访谈纪要提炼成三条结论：\n").p(a).t(r.choice(SPEECH)).t("，渠道成本今年涨了两成；")
    d.p(b).t(r.choice(["则认为", "补充说", "不同意，她指出"])).t("，问题主要在库存周转。")
    d.p(honor(r), "honorific").t(r.choice(["最后表示", "总结说"])).t("，下季度先试点再推广。\n")
    return d


def reference_letter(r: random.Random) -> Doc:
    d = Doc("reference_letter")
    n = py(r)
    last = n.split(" ")[-1] if n in WESTERN_ZH else n.split(" ")[0]
    d.t("Please polish this reference letter:\n\nTo whom it may concern,\n\nI am pleased to recommend ")
    hon = r.choice(["Ms. ", "Mr. "])
    d.t(hon).p(n).t(", who worked in my team for three years. ")
    d.t(hon).g("PERSON", last, optional=True).t(" led our migration to the new billing system.\n\nSincerely,\n")
    d.p(EN.name()).t("\n")
    return d


def poem_class(r: random.Random) -> Doc:
    d = Doc("literature_class")
    h = r.choice(HISTORIC)
    d.t("给五年级学生讲").p(h).t(r.choice(["的诗", "的生平", "的作品"])).t("，帮我设计三个问题。")
    d.t("班上").p(ZH.name()).t("同学上次问").p(h).t("为什么被贬，我想顺便讲讲。\n")
    return d


def parent_group(r: random.Random) -> Doc:
    d = Doc("parent_group")
    kid, kid2 = ZH.name(), ZH.name()
    d.t("家长群消息，帮我回一句：\n").p(kid).t("妈妈：今天").p(kid2).t("是不是把").p(kid[1:] if len(kid) == 3 else kid)
    d.t("的水杯拿错了？\n").p(honor(r), "honorific").t("：明天我让孩子带回来\n")
    return d


def sales_weekly(r: random.Random) -> Doc:
    d = Doc("sales_weekly")
    a, b, c = zh(r), zh(r), zh(r)
    d.t("周报素材，帮我写成一段：本周").p(a).t("签下两单，").p(b).t("跟进的客户")
    d.d("product", r.choice(PRODUCTS)).t("还在比价；").p(c).t("休年假，客户暂由").p(a).t("代管。\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    news_report, minutes_verbs, wechat_log, hr_email, court_spaced, announcement, cs_ticket, english_email,
    mixed_chat, enum_list, json_escape, spaced_form, wordlike_prose, rare_surname_chat, minority_nodot,
    speech_verbs, reference_letter, poem_class, parent_group, sales_weekly,
]


# -------------------------------------------------------------------------------------------------- negatives
def neg_roles_verbs(r: random.Random) -> Doc:
    d = Doc("neg_roles_verbs")
    a, b, c = r.sample(ROLES, 3)
    d.t("会议决定：报销问题交给").t(a).t("处理，合同由").t(b).t("负责审核，").t(c).t("和")
    d.t(r.choice(ROLES)).t("一起排查。").t(r.choice(ROLES)).t(r.choice(SPEECH)).t("，月底前必须闭环。\n")
    return d


def neg_words(r: random.Random) -> Doc:
    d = Doc("neg_wordlike_words")
    w = r.sample(WORDS_AS_WORDS, 3)
    d.t("帮我续写这段散文：\n").d("surname_word", w[0]).t("让人放松，")
    d.t("我们在山里待了三天，").d("surname_word", w[1]).t("的景象至今难忘；").d("surname_word", w[2])
    d.t("，正是出发的好时候。\n")
    return d


def neg_places(r: random.Random) -> Doc:
    d = Doc("neg_name_places")
    a, b, c = r.sample(NAME_PLACES, 3)
    d.t(r.choice(["出差路线帮我排一下：", "物流线路："])).d("place_name", a).t(" → ").d("place_name", b)
    d.t(" → ").d("place_name", c).t("，每站停留一天，住宿标准按二类城市执行。\n")
    return d


def neg_wechat_system(r: random.Random) -> Doc:
    d = Doc("neg_wechat_system")
    lines = ["你撤回了一条消息", "群主已开启“群聊邀请确认”", "以上是打招呼的内容", "你已添加了对方，现在可以开始聊天了",
             "对方正在输入…", "你修改群名为“周末羽毛球”", "群公告已更新", "你领取了群红包", "对方已收款",
             "消息已发出，但被对方拒收了", "你被移出群聊", "该群已解散"]
    d.t(r.choice(["这些提示什么意思？\n", "手机一直弹这些，怎么回事：\n"]) + "\n".join(r.sample(lines, 3)) + "\n")
    return d


def neg_english(r: random.Random) -> Doc:
    d = Doc("neg_english_words")
    a, b = r.sample(EN_WORDS, 2)
    d.t("Rewrite politely:\n").t(f"The {a} is not the issue here. ").t(f"The {b} and the ")
    d.t(r.choice(["Procurement Team", "Customer Success Team", "Finance Department"]))
    d.t(" need the signed PO before we ship. Best regards, the Operations Desk\n")
    return d


def neg_dept_list(r: random.Random) -> Doc:
    d = Doc("neg_dept_list")
    d.t("涉及部门：" + "、".join(r.sample(ROLES, 4)) + "。\n覆盖城市：")
    for i, x in enumerate(r.sample(NAME_PLACES, 3)):
        if i:
            d.t("、")
        d.d("place_name", x)
    d.t("。\n")
    return d


def neg_json(r: random.Random) -> Doc:
    d = Doc("neg_json_unicode")
    role = r.choice(ROLES)
    esc = json.dumps(role)[1:-1]
    d.t("{\"dept\":\"" + esc + "\",\"status\":\"\\u5f85\\u5ba1\\u6838\",\"note\":\"\\u8bf7\\u5c3d\\u5feb\\u5904\\u7406\"}\n")
    d.t("这段 JSON 解出来是什么？\n")
    return d


def neg_spaced(r: random.Random) -> Doc:
    d = Doc("neg_spaced_words")
    w = r.choice(["请 按 时 提 交", "高 速 公 路", "安 全 第 一", "文 明 施 工", "严 禁 烟 火", "向 前 看"])
    d.t("海报上的字是竖排的：" + w + "，帮我改成横排。\n")
    return d


def neg_products(r: random.Random) -> Doc:
    d = Doc("neg_products")
    a, b = r.sample(PRODUCTS, 2)
    d.t("对比一下").d("product", a).t("和").d("product", b).t("的年报，哪个毛利更高？")
    d.t(r.choice(ROLES)).t(r.choice(SPEECH)).t("前者渠道更强。\n")
    return d


def neg_minutes_roles(r: random.Random) -> Doc:
    d = Doc("neg_minutes_roles")
    d.t(f"{date(r)}会议纪要\n参会：{'、'.join(r.sample(DEPTS, 3))}\n")
    d.t("一、甲方代表介绍了项目背景；二、乙方项目经理汇报进度；三、由监理单位牵头复核。\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_roles_verbs, neg_words, neg_places, neg_wechat_system, neg_english, neg_dept_list, neg_json, neg_spaced,
    neg_products, neg_minutes_roles,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-9 record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    ZH.seed_instance(seed)
    EN.seed_instance(seed + 1)
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    r.shuffle(plan)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in plan:
        for _ in range(30):
            rec = f(r).record(f"{SPLIT}-{len(out):05d}") | {"split": SPLIT}   # Doc writes round 7's split
            if rec["text"] not in seen:
                break
        else:
            continue   # a template with too little variety: fewer copies rather than a repeated text
        seen.add(rec["text"])
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
