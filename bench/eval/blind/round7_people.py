"""Round 7 blind corpus: people's names in the enterprise text people really paste, and text that only looks like it.

Why: PERSON is the weakest big type on the hold-out (recall 0.858, and six of 74 documents without gold draw a
finding). Earlier rounds lean on short prompts; the real world sends meeting minutes, mail threads with signatures
and cc lists, group chats, HR / CRM exports, tickets, contract parties, court notices, news, org charts, rotas,
spreadsheet pastes and git logs, with names that are ordinary words (文静, 周全, 夏天, 平安), surnames that are
function words (于, 和), honorifics, titles glued to names, pinyin / English / Taiwanese / minority names. Written
from the labeling conventions only (/work/shared/eval/README.md), before reading the name recognizer:

- a full name, a given name used alone, a pinyin or English name: the name as written;
- surname + title or 老 / 小 + surname (王总, 李女士, 老王, 小张, 和姐): whole, tag `honorific`;
- full name + title (张伟经理): the name only; a bare surname: optional;
- 某某 / X某, job titles alone, brands and places that look like names, surname-like words: decoys.

More than a third of the documents have no gold at all and are full of those traps. Values come from Faker
(zh_CN, zh_TW, en_US) and hand-made lists; the output follows only the seed.

    python -m bench.eval.blind.round7_people        # writes bench/eval/corpus/blind-round7.jsonl
    python -m bench.eval.blind.build --round7       # the same, wired like the other rounds
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from faker import Faker

from bench.eval.blind.build import check_generated, lang_of

SEED = 70717
SPLIT = "round7"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round7.jsonl"
POS_COPIES = 7
NEG_COPIES = 7


class Doc:
    """A document under construction: text pieces, gold spans and decoys with code-point offsets."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, Any]] = []
        self.decoys: list[dict[str, Any]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def g(self, typ: str, value: str, *tags: str, optional: bool = False) -> Doc:
        """A gold span whose written value is exactly `value`."""
        span: dict[str, Any] = {"type": typ, "start": self.pos, "end": self.pos + len(value)}
        if tags:
            span["tags"] = list(tags)
        if optional:
            span["optional"] = True
        self.spans.append(span)
        return self.t(value)

    def p(self, value: str, *tags: str) -> Doc:
        return self.g("PERSON", value, *tags)

    def d(self, kind: str, value: str) -> Doc:
        """A decoy: looks like a name (or a place, a brand), is not."""
        self.decoys.append({"kind": kind, "start": self.pos, "end": self.pos + len(value)})
        return self.t(value)

    def record(self, doc_id: str) -> dict[str, Any]:
        text = "".join(self.parts)
        return {"id": doc_id, "split": SPLIT, "kind": self.kind, "lang": lang_of(text), "hard": False, "tags": [],
                "text": text, "spans": sorted(self.spans, key=lambda s: (s["start"], -s["end"])),
                "decoys": sorted(self.decoys, key=lambda x: x["start"])}


# ----------------------------------------------------------------------------------------------- name pools
ZH = Faker("zh_CN")
TW = Faker("zh_TW")
EN = Faker("en_US")

WORDLIKE_FULL = ["夏天", "张弛", "周全", "高峰", "江河", "方圆", "常青", "宁静", "向阳", "金鑫", "白雪", "石磊",
                 "黎明", "马力", "高洁", "安宁", "任重", "钱程", "文静", "田野", "柳絮", "华夏", "林立",
                 "于洋", "和平", "齐心", "连胜", "万里", "甘甜", "雷鸣", "沈默", "温暖", "司南"]
WORDLIKE_GIVEN = ["文静", "平安", "建国", "建军", "国强", "志强", "海燕", "春花", "秋菊", "晓东", "思远", "子涵",
                  "和平", "卫东", "红旗", "光明", "永和", "胜利", "国庆", "建华", "爱民", "振兴", "丽华", "桂英"]
ODD_SURNAMES = ["于", "和", "应", "万", "向", "史", "成", "全", "时", "花", "才", "仇", "单", "查", "区", "朴",
                "那", "牛", "苗", "党", "易", "甘", "门", "水"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "尉迟", "令狐", "公孙", "端木", "夏侯",
            "长孙", "宇文", "司徒", "南宫", "西门", "呼延"]
MINORITY = ["阿依古丽·买买提", "热依拉·吐尔逊", "买买提江·阿布都拉", "巴特尔", "乌云其木格", "次仁拉姆",
            "扎西多吉", "阿卜杜热合曼·艾则孜", "吉克曲布", "阿西阿呷", "达瓦卓玛", "那日苏", "哈斯朝鲁",
            "格日勒图", "努尔兰·哈力别克", "迪丽娜尔·艾山", "古丽巴哈尔·阿不都", "索朗旺姆", "木呷拉哈",
            "孟和巴雅尔"]
PINYIN = ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Fan", "Zhao Lei", "Huang Min",
          "Zhou Jie", "Wu Hao", "Xu Jing", "Sun Li", "Ma Chao", "Zhu Ying", "Hu Bin", "Guo Qiang", "He Xin",
          "Gao Yan", "Lin Tao", "Luo Ping", "Zheng Hui", "Liang Yu", "Song Jia", "Xie Ming", "Tang Lei",
          "Han Xue", "Feng Kai", "Deng Yi", "Cao Rui", "Peng Bo", "Ouyang Lin", "Yu Wenbo", "Shen Yiran"]
GIVEN_ZH = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "杰", "涛", "超", "明", "霞", "平", "刚", "桂英",
            "文博", "美玲", "佳怡", "志刚", "晓燕", "海波", "丽娟", "建平", "子轩", "梓涵", "浩然", "欣怡",
            "雨桐", "宇航", "思琪", "俊杰", "婷婷", "一鸣", "嘉怡", "天佑", "若曦", "明哲"]
TITLES_AFTER_SURNAME = ["总", "经理", "女士", "先生", "老师", "姐", "哥", "工", "主任", "律师", "医生", "阿姨",
                        "师傅", "处", "局", "主管", "总监", "博士", "教授", "董"]
TITLES_AFTER_NAME = ["经理", "总监", "老师", "女士", "先生", "主任", "律师", "医生", "工程师", "副总裁", "助理",
                     "同学", "教授", "处长", "院长", "书记", "专员"]
DEPTS = ["财务部", "人力资源部", "市场部", "研发中心", "运维组", "法务部", "采购部", "客服中心", "行政部",
         "销售一部", "数据平台部", "质量管理部", "供应链部", "品牌部"]

SURNAME_WORDS = ["王国", "高兴", "于是", "和平", "文明", "常常", "周全", "周末", "方向", "金融", "石油", "马上",
                 "江湖", "黄金", "白天", "高度", "向来", "安全", "平安", "和谐", "许多", "许可", "成本", "关于",
                 "任何", "任务", "应该", "包括", "单位", "曾经", "程度", "陆续", "时间", "司机", "解决", "雷达",
                 "车辆", "高速", "毛利", "钱包", "全面", "管理", "连续", "范围", "计划", "余额", "左右", "路线",
                 "方便", "明白", "齐全", "严格", "施工", "毕业", "尤其", "夏季", "万一", "于今", "和气", "高峰",
                 "常规", "文件", "江南", "林业", "何况", "易于", "成效", "向上", "秦岭", "龙头", "余量", "章程",
                 "韩流", "黎明", "柏油", "宁可", "苗头", "欧洲", "时刻", "水平", "花费", "门店", "党建", "信任"]
SURNAME_PHRASES = ["王国维护", "高兴地", "于是大家", "和平时期", "文明城市", "常常加班", "考虑周全", "周末值班",
                   "方向明确", "金融服务", "石油化工", "马上处理", "黄金周", "高度重视", "安全生产", "平安出行",
                   "许多客户", "关于印发", "任何人", "应该说", "包括但不限于", "单位名称", "曾经提到",
                   "时间节点", "解决方案", "高速公路", "毛利率", "全面推进", "连续三年", "余额不足", "左右为难",
                   "明白了", "严格执行", "毕业季", "尤其是", "万一出错", "和气生财", "向上汇报", "龙头企业",
                   "宁可多等", "水平提升", "门店巡检", "党建引领", "信任关系", "江南水乡", "秦岭以南", "成本核算"]
PLACES = ["金华", "林芝", "万宁", "周口", "高邮", "黄石", "武威", "余姚", "常熟", "汤阴", "和田", "于田", "文昌",
          "龙华", "邢台", "宁德", "华容", "石林", "马鞍山", "丽江", "安康", "常州", "吉林", "贺州", "邵阳", "白山",
          "黄山", "江华", "钟祥", "武夷山", "汪清", "向阳街道", "金山", "高州", "明光", "石狮", "韩城", "乐山",
          "秦皇岛", "杜集", "方城", "宋庄", "章丘", "岳阳", "柳州", "晋城", "凌源", "常德", "安吉", "兰溪"]
BRANDS = ["周大福", "王老吉", "张小泉", "李锦记", "老干妈", "谭木匠", "马应龙", "张裕", "杜康", "周黑鸭",
          "陈克明", "李宁", "王致和", "六必居", "杨国福", "张亮麻辣烫", "曹操出行", "孔乙己", "小米", "老凤祥"]
PRODUCTS = ["金融云", "和家亲", "于小菓", "白云山", "江小白", "华夏银行卡", "高德地图", "石头扫地机",
            "东方甄选", "安居客", "明月镜片", "平安好医生", "文心一言", "常山药业", "万家乐", "宁德时代电池"]
JOB_TITLES = ["总经理", "副总经理", "财务总监", "部门经理", "项目经理", "技术负责人", "HRBP", "法务专员",
              "客服主管", "值班长", "店长", "班组长", "产品经理", "测试工程师", "运维工程师", "首席执行官"]


def zh_name(r: random.Random) -> str:
    """A Chinese full name: mostly Faker, sometimes a word-like, odd-surname or compound one."""
    k = r.random()
    if k < 0.55:
        return ZH.name()
    if k < 0.70:
        return r.choice(WORDLIKE_FULL)
    if k < 0.85:
        return r.choice(ODD_SURNAMES) + r.choice(GIVEN_ZH)
    if k < 0.93:
        return ZH.last_name() + r.choice(WORDLIKE_GIVEN)
    return r.choice(COMPOUND) + r.choice(GIVEN_ZH)


def honorific(r: random.Random, surname: str | None = None) -> str:
    """Surname + title, or 老 / 小 + surname."""
    s = surname or (r.choice(ODD_SURNAMES) if r.random() < 0.35 else ZH.last_name())
    k = r.random()
    if k < 0.2:
        return "老" + s
    if k < 0.4:
        return "小" + s
    return s + r.choice(TITLES_AFTER_SURNAME)


def surname_of(name: str) -> str:
    for c in COMPOUND:
        if name.startswith(c):
            return c
    return name[0]


def given_of(name: str) -> str:
    return name[len(surname_of(name)):]


def en_name(r: random.Random) -> str:
    return EN.first_name() + " " + EN.last_name()


def pinyin(r: random.Random) -> str:
    v = r.choice(PINYIN)
    k = r.random()
    if k < 0.25:
        last, first = v.split(" ")
        return f"{first} {last}"
    if k < 0.4:
        last, first = v.split(" ")
        return f"{last.upper()} {first}"
    return v


def email_of(r: random.Random, local_src: str) -> str:
    local = "".join(ch for ch in local_src.lower() if ch.isalpha() or ch == ".") or "user"
    dom = r.choice(["example.com", "corp.example.cn", "mail.example.net", "example.org"])
    return f"{local}@{dom}"


def org(r: random.Random) -> str:
    return ZH.company()


# ----------------------------------------------------------------------------------------------- positives
def meeting_minutes(r: random.Random) -> Doc:
    d = Doc("meeting_minutes")
    a, b, c, e = zh_name(r), zh_name(r), zh_name(r), zh_name(r)
    t1, t2 = r.choice(TITLES_AFTER_NAME), r.choice(TITLES_AFTER_NAME)
    d.t(r.choice(["帮我把会议纪要整理成待办清单：\n", "请润色这份会议纪要：\n", ""]))
    d.t(f"【{r.choice(['周例会', '项目复盘会', '季度经营分析会', '上线评审会'])}】{r.randint(1, 12)}月{r.randint(1, 28)}日 "
        f"{r.choice(['3楼大会议室', '线上腾讯会议', '二号会议室'])}\n主持：").p(a).t(t1 + "\n参会：")
    d.p(b).t(t2 + "、").p(c).t("、").p(h1 := honorific(r)).t("、").p(e).t("\n记录：").p(f := zh_name(r)).t("\n")
    d.t("一、").p(a).t(f"通报了上月进展，{r.choice(SURNAME_PHRASES)}，整体符合预期。\n")
    d.t("二、").p(h1).t("提出接口联调需要延期一周，").p(c).t(f"表示同意，{r.choice(['由', '请'])}").p(e)
    d.t(f"牵头，{r.choice(['周五前', '下周三前', '月底前'])}给出方案。\n三、其他：")
    if r.random() < 0.5:
        d.p(honorific(r)).t("提醒各位注意")
        d.d("surname_word", r.choice(SURNAME_WORDS)).t("问题。\n")
    else:
        d.t("下次会议地点在").d("place_name", r.choice(PLACES)).t("分公司，由").p(given_of(f) if len(given_of(f)) == 2 else f)
        d.t("负责订会议室。\n")
    return d


def email_thread(r: random.Random) -> Doc:
    d = Doc("email_thread")
    a, b = zh_name(r), en_name(r)
    py = pinyin(r)
    cc1, cc2 = zh_name(r), zh_name(r)
    d.t(r.choice(["帮我总结这个邮件往来：\n", "Please summarise this thread:\n", "下面的邮件帮我回一封：\n"]))
    d.t("From: ").p(py).t(" <").g("EMAIL", email_of(r, py.replace(" ", "."))).t(">\nTo: ").p(b).t(" <")
    d.g("EMAIL", email_of(r, b.replace(" ", "."))).t(">\nCc: ").p(cc1).t("; ").p(cc2).t("; ").p(pinyin(r))
    d.t("\nSubject: Re: 合同续签\n\n").p(b.split(" ")[0]).t("，你好：\n附件是修改后的报价单，")
    d.t(r.choice(["法务那边", "我们财务"])).t("的").p(honorific(r)).t("已经看过。如有问题可以直接联系")
    d.p(cc1).t(f"，她{r.choice(['下周', '明天'])}在").d("place_name", r.choice(PLACES)).t("出差。\n\nBest regards,\n")
    d.p(a).t(" | ").t(r.choice(JOB_TITLES)).t("\n").g("ORG", org(r)).t("\nM: ").g("CN_PHONE", ZH.phone_number())
    d.t("\n\n-----Original Message-----\nFrom: ").p(b).t("\nSent: Monday\n\nHi ").p(a[-2:] if len(a) == 3 else a)
    d.t(", could you loop in ").p(EN.first_name()).t(" from procurement?\n")
    return d


def group_chat(r: random.Random) -> Doc:
    d = Doc("group_chat")
    app = r.choice(["微信群", "钉钉群", "企业微信群", "飞书群"])
    ppl = [zh_name(r) for _ in range(3)]
    d.t(f"{r.choice(['这是', '以下是'])}{app}聊天记录，帮我提炼谁要做什么：\n")
    hh = r.choice(["和姐", "于总", "小于", "老于", "和总", "万工", "向姐", "小和"])
    for i in range(r.randint(4, 6)):
        who = ppl[i % 3]
        d.t(f"[{r.randint(8, 22):02d}:{r.randint(0, 59):02d}] ").p(who).t("：")
        k = (i + r.randint(0, 3)) % 5
        if k == 0:
            d.t("@").p(ppl[(i + 1) % 3]).t(" 方案发你了，看下")
        elif k == 1:
            d.t("收到，").p(hh, "honorific").t("那边我去说")
        elif k == 2:
            d.t(f"{r.choice(SURNAME_PHRASES)}，别忘了周报")
        elif k == 3:
            d.t("今天").d("place_name", r.choice(PLACES)).t("下雨，晚点到")
        else:
            d.p(g := r.choice(WORDLIKE_GIVEN)).t(f"{r.choice(['请假了', '说明天回', '在开会'])}")
        d.t("\n")
    if r.random() < 0.5:
        d.t("「").p(ppl[1]).t("」邀请「").p(zh_name(r)).t("」加入了群聊\n")
    return d


def approval_flow(r: random.Random) -> Doc:
    d = Doc("approval_flow")
    a, b, c = zh_name(r), zh_name(r), zh_name(r)
    d.t("钉钉审批详情，帮我看卡在哪一步：\n审批编号：").d("order_no", f"20261{r.randint(1000000, 9999999)}")
    d.t(f"\n发起人：").p(a).t(f"（{r.choice(DEPTS)}）\n申请事项：{r.choice(['差旅报销', '采购申请', '用印申请', '请假'])}\n")
    d.t("审批流程：\n1. 直属上级 ").p(b).t(" 已同意\n2. 部门负责人 ").p(c).t(" 审批中\n3. 财务 ").p(honorific(r))
    d.t(" 待审批\n抄送：").p(zh_name(r)).t("、").p(zh_name(r)).t("\n")
    return d


def hr_record(r: random.Random) -> Doc:
    d = Doc("hr_record")
    a, mgr = zh_name(r), zh_name(r)
    d.t("员工档案字段核对：\n姓名：").p(a).t(f"\n性别：{r.choice(['男', '女'])}\n部门：{r.choice(DEPTS)}\n直属上级：")
    d.p(mgr).t(r.choice(["", "（经理）", " 总监"])).t("\n紧急联系人：").p(zh_name(r)).t(f"（{r.choice(['配偶', '父亲', '母亲'])}）")
    d.g("CN_PHONE", ZH.phone_number()).t(f"\n籍贯：").d("place_name", r.choice(PLACES)).t("\n备注：由").p(honorific(r))
    d.t("办理入职，").d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n")
    return d


def crm_record(r: random.Random) -> Doc:
    d = Doc("crm_record")
    o = org(r)
    a = zh_name(r)
    d.t("CRM 客户跟进记录，帮我写下一步计划：\n客户：").g("ORG", o).t("\n关键联系人：").p(a)
    d.t(f"（{r.choice(JOB_TITLES)}）\n决策人：").p(h := honorific(r, surname_of(a) if r.random() < 0.3 else None))
    d.t(f"\n{r.randint(1, 12)}/{r.randint(1, 28)} 电话拜访").p(surname_of(a) + r.choice(["总", "经理", "女士"]))
    d.t("，对方关注").d("product", r.choice(PRODUCTS)).t("的价格。\n")
    d.t(f"{r.randint(1, 12)}/{r.randint(1, 28)} ").p(zh_name(r)).t("陪同上门演示，").p(h).t("表示下月立项。\n")
    d.t("负责销售：").p(zh_name(r)).t("\n")
    return d


def cs_ticket(r: random.Random) -> Doc:
    d = Doc("cs_ticket")
    a = zh_name(r)
    d.t("工单内容帮我分类并写回复：\n工单号：").d("order_no", f"CS{r.randint(10**9, 10**10 - 1)}")
    d.t("\n客户姓名：").p(a).t("\n联系电话：").g("CN_PHONE", ZH.phone_number())
    d.t(f"\n问题描述：{r.choice(['购买的', '收到的'])}").d("brand_name", r.choice(BRANDS))
    d.t(f"{r.choice(['礼盒', '套装', '产品'])}有破损，要求退货。\n处理人：").p(zh_name(r)).t(f"（工号 {r.randint(10000, 99999)}）\n")
    d.t("跟进记录：已致电").p(surname_of(a) + r.choice(["先生", "女士"])).t("，")
    d.d("surname_word", r.choice(SURNAME_PHRASES)).t("，客户同意换货。\n")
    return d


def contract_parties(r: random.Random) -> Doc:
    d = Doc("contract_parties")
    o = org(r)
    d.t("帮我审一下合同首页：\n甲方：").g("ORG", o).t("\n法定代表人：").p(zh_name(r)).t("\n乙方：").p(b := zh_name(r))
    d.t("\n身份证号码：见附件\n甲方联系人：").p(zh_name(r)).t(r.choice(["", "经理", "（项目经理）"]))
    d.t("\n乙方授权代表：").p(pinyin(r) if r.random() < 0.3 else zh_name(r)).t("\n第一条 甲方委托乙方")
    d.t("在").d("place_name", r.choice(PLACES)).t("开展市场推广服务……\n")
    d.t("乙方（签字）：").p(b).t("\n")
    return d


def court_notice(r: random.Random) -> Doc:
    d = Doc("court_notice")
    a, b = zh_name(r), zh_name(r)
    d.t("请把这份法律文书的当事人信息提取出来：\n原告：").p(a).t(f"，{r.choice(['男', '女'])}，汉族。\n")
    d.t("委托诉讼代理人：").p(c := zh_name(r)).t("，律师。\n被告：").p(b).t("。\n")
    d.t("本院受理后，依法适用简易程序，由审判员").p(zh_name(r)).t("独任审判，公开开庭进行了审理。原告")
    d.p(a).t("及其委托诉讼代理人").p(c).t("到庭参加诉讼，被告").p(b).t("经传票传唤未到庭。\n")
    d.t("案外人").d("masked_name", r.choice(["张某", "李某某", "王某", "陈某某", "刘某"])).t("的证言不予采信。\n")
    d.t("书记员　").p(zh_name(r)).t("\n")
    return d


def news_prose(r: random.Random) -> Doc:
    d = Doc("news_prose")
    a = zh_name(r)
    d.t("帮我把这篇稿子压缩到一百字：\n本报讯（记者 ").p(zh_name(r)).t(" 通讯员 ").p(zh_name(r)).t("）")
    d.d("place_name", r.choice(PLACES)).t(f"市{r.choice(['第三届', '首届'])}数字经济大会昨日开幕。")
    d.t(f"{r.choice(['市委常委、副市长', '市工信局局长', '大会组委会主任'])}").p(a).t("在致辞中表示，")
    d.d("surname_word", r.choice(SURNAME_PHRASES)).t("是今年工作的重点。")
    d.t("来自").d("place_name", r.choice(PLACES)).t("的企业家").p(zh_name(r)).t("介绍了经验。")
    d.p(surname_of(a) + r.choice(["市长", "局长", "主任"])).t("最后强调，要")
    d.d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n")
    return d


def org_chart(r: random.Random) -> Doc:
    d = Doc("org_chart")
    d.t("把这个组织架构转成表格：\n总经理 ").p(zh_name(r)).t("\n")
    for dept in r.sample(DEPTS, 3):
        d.t(f"├─ {dept}  负责人：").p(zh_name(r)).t("\n│   ├─ ").p(zh_name(r)).t(f"（{r.choice(JOB_TITLES)}）\n")
        d.t("│   └─ ").p(zh_name(r)).t("\n")
    d.t("└─ 董事会秘书：").p(zh_name(r)).t("（兼）\n")
    return d


def shift_rota(r: random.Random) -> Doc:
    d = Doc("shift_rota")
    d.t(r.choice(["值班表帮我检查有没有人连上两个夜班：\n", "下周排班，帮我统计每人班次：\n"]))
    d.t("日期\t白班\t夜班\t备班\n")
    pool = [zh_name(r) for _ in range(5)]
    for day in ["周一", "周二", "周三", "周四", "周五"]:
        d.t(day + "\t")
        a, b, c = r.sample(pool, 3)
        d.p(a).t("\t").p(b).t("\t")
        if r.random() < 0.3:
            d.p(honorific(r, surname_of(c))).t("\n")
        else:
            d.p(c).t("\n")
    d.t("注：").p(r.choice(pool)).t("周末调休。\n")
    return d


def excel_paste(r: random.Random) -> Doc:
    d = Doc("excel_paste")
    d.t("从 Excel 复制的，帮我按地区汇总：\n序号\t姓名\t地区\t产品\t金额\n")
    for i in range(1, r.randint(4, 7)):
        d.t(f"{i}\t").p(zh_name(r)).t("\t").d("place_name", r.choice(PLACES)).t("\t").d("product", r.choice(PRODUCTS))
        d.t(f"\t{r.randint(1, 99) * 100}\n")
    return d


def git_log(r: random.Random) -> Doc:
    d = Doc("git_log")
    d.t("Write release notes from this git log:\n")
    for _ in range(r.randint(2, 4)):
        nm = pinyin(r) if r.random() < 0.6 else en_name(r)
        d.t(f"commit {''.join(r.choice('0123456789abcdef') for _ in range(12))}\nAuthor: ").p(nm).t(" <")
        d.g("EMAIL", email_of(r, nm.replace(" ", "."))).t(f">\n\n    {r.choice(['fix: null check in order sync', 'feat: export to xlsx', 'chore: bump deps'])}\n")
        if r.random() < 0.4:
            co = zh_name(r)
            d.t("    Co-authored-by: ").p(co).t("\n")
        d.t("\n")
    d.t("/**\n * @author ").p(zh_name(r)).t("\n * 审核：").p(honorific(r)).t("\n */\n")
    return d


def mixed_english(r: random.Random) -> Doc:
    d = Doc("mixed_english")
    a = en_name(r)
    d.t("Hi ").p(a.split(" ")[0]).t("，上次说的 PoC 请和 ").p(pinyin(r)).t(" 对一下，她在").d("place_name", r.choice(PLACES))
    d.t("办公室。Also please cc ").p(en_name(r)).t(" and ").p(zh_name(r)).t(f"。Thanks!\n— ").p(zh_name(r))
    d.t(r.choice([" (", "（"])).p(pinyin(r)).t(r.choice([")\n", "）\n"]))
    return d


def taiwan_doc(r: random.Random) -> Doc:
    d = Doc("taiwan")
    a, b = TW.name(), TW.name()
    d.t("請幫我潤飾這封信：\n").p(a).t(r.choice(["先生您好：\n", "小姐您好：\n", "經理您好：\n"]))
    d.t("感謝您上週撥冗參加說明會，本公司").g("ORG", TW.company()).t("誠摯邀請您參與下一季的合作。")
    d.t("相關細節請洽業務").p(b).t("，或").p(TW.last_name() + r.choice(["小姐", "先生", "經理"])).t("。\n")
    d.t("敬祝 商祺\n").p(TW.name()).t(" 敬上\n")
    return d


def minority_doc(r: random.Random) -> Doc:
    d = Doc("minority")
    a, b = r.sample(MINORITY, 2)
    d.t("帮我把获奖名单按部门排列：\n").t(f"{r.choice(DEPTS)}：").p(a).t("、").p(zh_name(r)).t("\n")
    d.t(f"{r.choice(DEPTS)}：").p(b).t("、").p(r.choice(COMPOUND) + r.choice(GIVEN_ZH)).t("\n")
    d.t("颁奖嘉宾：").p(r.choice(MINORITY)).t(r.choice(["", "副总经理", "女士"])).t("\n")
    return d


def wordlike_prose(r: random.Random) -> Doc:
    d = Doc("wordlike_names")
    a, b = r.sample(WORDLIKE_FULL, 2)
    g = r.choice(WORDLIKE_GIVEN)
    d.t("这段工作周报帮我改得简洁些：\n本周").p(a).t(f"{r.choice(['完成了报价单', '去客户现场部署', '负责招标文件'])}，")
    d.p(b).t(r.choice(["请了两天假", "在跟进回款", "调去了新项目组"])).t("。")
    d.p(g).t(f"{r.choice(['说下周', '表示月底'])}交付测试报告，").t("考虑到").d("surname_word", r.choice(SURNAME_WORDS))
    d.t(f"因素，请").p(honorific(r)).t("再确认一次。\n")
    return d


def odd_surname_chat(r: random.Random) -> Doc:
    d = Doc("odd_surname")
    s1, s2 = r.sample(["于", "和", "应", "万", "向", "才", "单", "查", "那", "时", "全", "成"], 2)
    n1, n2 = s1 + r.choice(GIVEN_ZH), s2 + r.choice(GIVEN_ZH)
    d.t("帮我看看这段对话里谁答应了什么：\n").p(n1).t("：明天的评审我去不了，").p("小" + s1, "honorific")
    d.t("替我去吧？\n").p(n2).t("：可以，").p(s2 + r.choice(["姐", "哥", "总"]), "honorific").t("那边我来通知。")
    d.d("surname_word", r.choice(["于是", "和平", "应该", "万一", "向来", "才能", "单位", "查询", "能力", "那么", "明白"]))
    d.t("就这么定了。\n").p(n1).t("：好的，谢谢").p(given_of(n2)).t("\n")
    return d


def name_with_title(r: random.Random) -> Doc:
    d = Doc("name_title")
    d.t("帮我把致谢名单改成正式格式：\n感谢")
    for i in range(r.randint(3, 5)):
        d.p(zh_name(r)).t(r.choice(TITLES_AFTER_NAME))
        d.t("、" if i < 2 else "以及")
    d.p(zh_name(r)).t(r.choice(TITLES_AFTER_NAME)).t("对本项目的支持。特别感谢").p(honorific(r)).t("和")
    d.p(honorific(r)).t("。\n")
    return d


def medical_note(r: random.Random) -> Doc:
    d = Doc("medical")
    a = zh_name(r)
    d.t("病程记录帮我规范一下：\n患者").p(a).t(f"，{r.choice(['男', '女'])}，{r.randint(20, 80)}岁，因“反复咳嗽2周”入院。")
    d.t("主治医师：").p(zh_name(r)).t("；管床医生：").p(surname_of(zh_name(r)) + "医生", "honorific")
    d.t("。家属").p(zh_name(r)).t(f"（{r.choice(['女儿', '儿子', '配偶'])}）陪同。既往在").d("place_name", r.choice(PLACES))
    d.t("当地医院就诊。\n")
    return d


def family_notice(r: random.Random) -> Doc:
    d = Doc("school_notice")
    kid = zh_name(r)
    d.t("家长群通知帮我改通顺：\n各位家长好，明天秋游，请").p(kid).t("、").p(zh_name(r)).t("的家长带好雨具。")
    d.p(kid[-2:] if len(kid) == 3 else kid).t("妈妈报名了志愿者。有问题找").p(surname_of(zh_name(r)) + "老师", "honorific")
    d.t("或者").p(zh_name(r)).t("老师。\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    meeting_minutes, email_thread, group_chat, approval_flow, hr_record, crm_record, cs_ticket, contract_parties,
    court_notice, news_prose, org_chart, shift_rota, excel_paste, git_log, mixed_english, taiwan_doc, minority_doc,
    wordlike_prose, odd_surname_chat, name_with_title, medical_note, family_notice,
]


# ----------------------------------------------------------------------------------------------- negatives
def _sw(d: Doc, r: random.Random) -> Doc:
    return d.d("surname_word", r.choice(SURNAME_PHRASES))


def neg_news(r: random.Random) -> Doc:
    d = Doc("neg_news")
    d.t("帮我把这篇新闻压缩成三句话：\n")
    d.d("place_name", r.choice(PLACES)).t("讯 今年以来，").d("place_name", r.choice(PLACES)).t("坚持")
    _sw(d, r).t("，")
    d.d("surname_word", r.choice(SURNAME_WORDS)).t("领域改革持续深化。")
    d.t("业内人士表示，").d("surname_word", r.choice(SURNAME_WORDS)).t("和").d("surname_word", r.choice(SURNAME_WORDS))
    d.t("仍是下一阶段的关键，").d("place_name", r.choice(PLACES)).t("、").d("place_name", r.choice(PLACES))
    d.t("等地将").d("surname_word", r.choice(["马上", "陆续", "全面"])).t("推开试点。\n")
    return d


def neg_policy(r: random.Random) -> Doc:
    d = Doc("neg_policy")
    d.t("请总结这份通知的要点：\n").d("surname_word", "关于印发").t(f"《{r.choice(['安全生产', '信息安全', '差旅费'])}管理办法》的通知\n")
    d.t("各部门：\n为进一步规范管理，").d("surname_word", r.choice(SURNAME_PHRASES)).t("，现将有关事项通知如下：\n")
    d.t("一、各单位负责人要").d("surname_word", "高度重视").t("，").d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n")
    d.t("二、总经理办公室负责解释，具体由").d("job_title", r.choice(JOB_TITLES)).t("组织落实。\n")
    d.t("三、本办法自发布之日起施行。\n")
    return d


def neg_template(r: random.Random) -> Doc:
    d = Doc("neg_template")
    d.t("这个合同模板里的占位符帮我统一一下格式：\n甲方：").d("placeholder_name", r.choice(["某某公司", "XX有限公司", "________"]))
    d.t("\n法定代表人：").d("masked_name", r.choice(["某某", "XXX", "张某", "王某某"])).t("\n乙方：")
    d.d("masked_name", r.choice(["李某", "某某某", "X某", "刘某某"])).t("\n联系人：（签字）\n")
    d.t("第一条 乙方应").d("surname_word", r.choice(["严格", "全面", "及时"])).t("履行义务，甲方的")
    d.d("job_title", r.choice(JOB_TITLES)).t("负责验收。\n")
    return d


def neg_court_anon(r: random.Random) -> Doc:
    d = Doc("neg_court_anon")
    d.t("这份裁判文书已经匿名化了，帮我概括案情：\n被告人").d("masked_name", a := r.choice(["张某", "王某某", "陈某", "黄某某"]))
    d.t(f"，男，{r.randint(1970, 2000)}年出生于").d("place_name", r.choice(PLACES)).t("。")
    d.t(f"{r.randint(2020, 2025)}年{r.randint(1, 12)}月，被告人").d("masked_name", a).t("伙同").d("masked_name", r.choice(["李某", "赵某某", "刘某"]))
    d.t("在").d("place_name", r.choice(PLACES)).t("一带实施盗窃，").d("surname_word", r.choice(["于是", "随后", "马上"]))
    d.t("被公安机关抓获。审判长、审判员、书记员均已签名。\n")
    return d


def neg_product(r: random.Random) -> Doc:
    d = Doc("neg_product")
    d.t("帮我写一段商品对比文案：\n")
    for _ in range(3):
        d.d("brand_name", r.choice(BRANDS)).t(f"{r.choice(['礼盒', '旗舰款', '经典款', '家庭装'])}，产地").d("place_name", r.choice(PLACES))
        d.t(f"，售价 {r.randint(19, 999)} 元；")
    d.t("\n另外").d("product", r.choice(PRODUCTS)).t("和").d("product", r.choice(PRODUCTS)).t("也在促销。\n")
    return d


def neg_org_titles(r: random.Random) -> Doc:
    d = Doc("neg_org_titles")
    d.t("这是组织架构模板，名字还没填，帮我调整层级：\n")
    for t in r.sample(JOB_TITLES, 5):
        d.t("- ").d("job_title", t).t(f"：{r.choice(['待定', '空缺', '（由集团委派）', 'TBD'])}\n")
    d.t("各部门负责人向").d("job_title", "总经理").t("汇报，").d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n")
    return d


def neg_rota_roles(r: random.Random) -> Doc:
    d = Doc("neg_rota_roles")
    d.t("排班规则帮我写成表格：\n日期\t白班\t夜班\n")
    for day in ["周一", "周二", "周三", "周四"]:
        d.t(f"{day}\t{r.choice(['A组', 'B组', 'C组'])}\t{r.choice(['A组', 'B组', 'C组'])}\n")
    d.t("值班长由").d("job_title", r.choice(["班组长", "值班长", "店长"])).t("轮流担任，").d("surname_word", "周末")
    d.t("由").d("place_name", r.choice(PLACES)).t("仓补位，").d("surname_word", r.choice(SURNAME_PHRASES)).t("。\n")
    return d


def neg_git(r: random.Random) -> Doc:
    d = Doc("neg_git")
    d.t("Summarise this log for the changelog:\n")
    for _ in range(3):
        d.t("commit ").d("git_sha", "".join(r.choice("0123456789abcdef") for _ in range(40)))
        d.t(f"\nAuthor: {r.choice(['dependabot[bot]', 'github-actions[bot]', 'renovate[bot]', 'ci-runner'])}\n\n")
        d.t(f"    {r.choice(['Bump lodash from 4.17.20 to 4.17.21', 'Update Spring Boot', 'Merge branch main into release', 'fix: 金华仓库存同步'])}\n\n")
    d.t("// 注释：").d("surname_word", r.choice(SURNAME_PHRASES)).t("，见 ").d("place_name", r.choice(PLACES)).t(" 节点配置\n")
    return d


def neg_travel(r: random.Random) -> Doc:
    d = Doc("neg_travel")
    d.t("帮我排个五天的行程：\n第一天 ").d("place_name", r.choice(PLACES)).t(" → ").d("place_name", r.choice(PLACES))
    d.t("\n第二天 游览").d("place_name", r.choice(["黄山", "武夷山", "石林", "乐山大佛", "丽江古城"])).t("，")
    _sw(d, r).t("\n第三天 ").d("place_name", r.choice(PLACES)).t("吃").d("brand_name", r.choice(BRANDS)).t("\n")
    d.t("第四天 返回，").d("surname_word", r.choice(["高速", "路线", "时间"])).t("看天气。\n")
    return d


def neg_cs_anon(r: random.Random) -> Doc:
    d = Doc("neg_cs_anon")
    d.t("客服话术帮我改得更礼貌：\n“您好，这里是").d("brand_name", r.choice(BRANDS)).t("官方客服，请问有什么可以帮您？”\n")
    d.t("“亲，您的订单已从").d("place_name", r.choice(PLACES)).t("仓发出，").d("surname_word", r.choice(["马上", "明天", "陆续"]))
    d.t("就到，").d("surname_word", r.choice(SURNAME_PHRASES)).t("。”\n“如需发票请联系").d("job_title", r.choice(["客服主管", "店长"]))
    d.t("。”\n")
    return d


def neg_excel(r: random.Random) -> Doc:
    d = Doc("neg_excel")
    d.t("Excel 粘贴过来的，帮我算各地区合计：\n地区\t门店\t产品\t销量\n")
    for _ in range(r.randint(4, 6)):
        d.d("place_name", r.choice(PLACES)).t("\t").d("place_name", r.choice(PLACES) + "店").t("\t")
        d.d("product", r.choice(PRODUCTS)).t(f"\t{r.randint(10, 900)}\n")
    return d


def neg_prose_words(r: random.Random) -> Doc:
    d = Doc("neg_prose_words")
    d.t("帮我改改这段年终总结的文字：\n今年团队")
    for _ in range(4):
        d.d("surname_word", r.choice(SURNAME_PHRASES)).t(r.choice(["，", "；", "，同时"]))
    d.t("在").d("place_name", r.choice(PLACES)).t("落地了").d("product", r.choice(PRODUCTS)).t("项目，")
    d.d("surname_word", r.choice(["高兴", "欣慰", "明白"])).t("地看到").d("surname_word", r.choice(["和谐", "方向", "成效"]))
    d.t("。\n")
    return d


def neg_english(r: random.Random) -> Doc:
    d = Doc("neg_english")
    d.t(r.choice(["Rewrite this paragraph:\n", "Fix the grammar:\n"]))
    d.t(f"The {r.choice(['Sales', 'Platform', 'Data'])} team met in ").d("place_name", r.choice(["Hangzhou", "Shenzhen", "Chengdu", "Suzhou"]))
    d.t(" on Monday to review the Apple Pay rollout and the Jira backlog. Customer Success will update the ")
    d.d("product", r.choice(["Salesforce", "HubSpot", "Notion"])).t(" dashboard by Friday; the Head of Finance signs off.\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_news, neg_policy, neg_template, neg_court_anon, neg_product, neg_org_titles, neg_rota_roles, neg_git,
    neg_travel, neg_cs_anon, neg_excel, neg_prose_words, neg_english,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-7 record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    for i, f in enumerate((ZH, TW, EN)):
        f.seed_instance(seed + i)
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    r.shuffle(plan)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in plan:
        for _ in range(20):
            rec = f(r).record(f"{SPLIT}-{len(out):05d}")
            if rec["text"] not in seen:
                break
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
