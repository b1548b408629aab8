"""Round 11 blind corpus: PERSON and ORG in the document kinds and layouts earlier rounds did not write.

Why: on the hold-out PERSON recall (0.87) and ORG recall (0.91) did not move in rounds 9 and 10; the misses
come from whole kinds of documents, not from one more name form. This round writes those kinds: e-mail
threads with quoted replies and signatures, meeting minutes (参会人员 / 记录人), contract party blocks (甲方 /
乙方 / 法定代表人 / 委托代理人), court judgments (原告 / 被告 / 委托诉讼代理人 / 审判员), CSV / TSV / JSON / YAML exports
with person and organisation columns under varied headers, chat exports (WeChat, DingTalk, Feishu) with speaker
prefixes and timestamps, résumés, news items, press releases, invoices and purchase orders (购买方 / 销售方), org
charts, acknowledgements, English business letters with Chinese names in English order, and government
notices naming ministries and bureaus (商务部, 国家网信办, 某市市场监督管理局). About a third of the documents have
no gold: the same layouts filled with generic references (本公司, 贵司, 该行, 对方公司, 本院), roles instead of
names, surname-like words, place names and product names.

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on it:
PERSON as written (surname + title or 老 / 小 + surname whole, tag `honorific`; full name + title: the name
only; Mr. / Ms. + surname alone: the surname, optional); ORG the full name as written (ministries and bureaus
included, the common short name of a ministry such as 国家网信办 too); phones, e-mails, addresses and credit codes
present in a document are labeled as well. Values come from Faker (zh_CN, zh_TW, en_US) and hand-made lists
that reuse none of the earlier rounds' lists; the output follows only the seed.

    python -m bench.eval.blind.round11_kinds        # writes bench/eval/corpus/blind-round11k.jsonl
    python -m bench.eval.blind.build --round11k     # the same, wired like the other rounds
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

from bench.eval.blind.build import unique_records
from bench.eval.blind.checks import Maker
from bench.eval.blind.round7_people import Doc

SEED = 111111
SPLIT = "round11k"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round11k.jsonl"
POS_COPIES = 6
NEG_COPIES = 6

ZH = Faker("zh_CN")
TW = Faker("zh_TW")
EN = Faker("en_US")
MK = Maker(str(SEED))

# ------------------------------------------------------------------------------------------------ people
WORDLIKE = ["秦川", "邱实", "苏醒", "景明", "乐天", "易安", "丁香", "严谨", "余晖", "冷峻", "左岸", "甘霖", "殷勤",
            "蓝天", "贺岁", "乔木"]
HUI_HUI = ["回建平", "回丽娜", "回振东", "回小军", "回德胜", "回玉梅"]
HISTORIC3 = ["黄宗羲", "顾炎武", "王安石", "苏东坡", "徐光启", "郭守敬", "宋应星", "左宗棠", "曾国藩", "谭嗣同",
             "柳宗元", "陆九渊"]
HISTORIC2 = ["沈括", "张骞", "蔡伦", "魏源", "韩愈", "陆游"]
PY_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu",
          "Gao", "Lin", "He", "Guo", "Ma", "Luo"]
PY_GIVEN = ["Haoran", "Yuxuan", "Zihan", "Jiayi", "Minghui", "Shuang", "Ruoxi", "Tianyu", "Xinyi", "Kaiwen",
            "Lijuan", "Jianhua", "Zhiyong", "Xiaofeng", "Yanping", "Guoqiang"]
TITLE_SUR = ["总", "经理", "女士", "先生", "律师", "会计", "科长", "处长", "老师", "工"]
TITLE_AFTER = ["经理", "总监", "律师", "会计师", "主任", "工程师", "董事长", "副总经理"]

# ------------------------------------------------------------------------------------------------ organisations
CN_BRANDS = ["琮璟", "翊鸿", "璞瑞", "骁腾", "桐岭", "岱川", "谦益", "景澄", "启岚", "知微", "荣拓", "卓衡", "映雪",
             "涵渊", "鸿钧", "清樾"]
CN_TRADES = ["电子商务", "工程咨询", "冷链物流", "食品", "建材", "软件", "检测技术", "光电", "包装材料", "教育科技",
             "人力资源服务", "医药", "环保科技", "智能装备"]
CN_FORMS = ["有限公司", "有限公司", "股份有限公司", "有限责任公司"]
CITIES = [("上海市", "上海", ["长宁区", "杨浦区", "普陀区"]), ("北京市", "北京", ["丰台区", "石景山区", "通州区"]),
          ("广东省深圳市", "深圳", ["宝安区", "罗湖区", "光明区"]), ("浙江省宁波市", "宁波", ["鄞州区", "海曙区"]),
          ("江苏省无锡市", "无锡", ["滨湖区", "梁溪区"]), ("四川省绵阳市", "绵阳", ["涪城区", "游仙区"]),
          ("湖南省长沙市", "长沙", ["岳麓区", "开福区"]), ("福建省厦门市", "厦门", ["思明区", "湖里区"])]
ROADS_NEW = ["金钟路", "淞沪路", "丰北路", "西溪路", "滨海大道", "梁溪路", "天府大道", "麓谷大道", "仙岳路", "湘江中路"]
LATIN_BRANDS = ["Corvanta", "Mirellix", "Aldoria", "Trevolo", "Syntara", "Vantorra", "Elsmere", "Ostrova"]
EN_TRADES2 = ["Instruments", "Holdings", "Robotics", "Foods", "Packaging", "Consulting"]
EN_FORMS2 = ["Co., Ltd.", "Ltd.", "Inc.", "Limited", "GmbH", "LLC"]
MINISTRIES = ["中华人民共和国商务部", "商务部", "国家网信办", "国家互联网信息办公室", "工业和信息化部", "财政部",
              "国家市场监督管理总局", "中国人民银行", "国家外汇管理局", "生态环境部", "国家药品监督管理局", "海关总署",
              "人力资源和社会保障部", "国家税务总局", "国家发展和改革委员会", "国家数据局"]
BUREAU_UNITS = ["市场监督管理局", "人力资源和社会保障局", "生态环境局", "商务局", "数据资源管理局", "税务局",
                "应急管理局"]
BANKS2 = ["中国光大银行", "华夏银行", "广发银行", "中国民生银行", "上海浦东发展银行", "北京银行", "宁波银行"]

# ------------------------------------------------------------------------------------------------ negatives' material
GENERIC = ["本公司", "贵司", "我司", "该行", "对方公司", "本院", "贵单位", "该局", "上述公司", "供货方", "采购方",
           "母公司", "本所"]
ROLES = ["财务负责人", "项目经理", "各部门负责人", "法务同事", "销售代表", "行政专员", "记录人员", "审批人",
         "值班人员", "客户代表"]
SURNAME_WORDS = ["高效", "安全", "周到", "钱款", "齐全", "方案", "包装", "冯唐易老", "常规", "严格", "宋体",
                 "杨梅", "毛利", "袁大头", "沈阳仓", "黎明时分", "江景房", "柏油路"]
PLACE_NAMES = ["淮海路", "徐家汇", "陆家嘴", "钱塘江", "临港新片区", "苏州河", "梁溪", "绵阳", "马鞍山", "武夷山"]
PRODUCTS = ["钉钉", "飞书", "企业微信", "WPS 表格", "腾讯会议", "石墨文档", "金山文档", "Outlook", "Teams"]


def zh_name(r: random.Random) -> tuple[str, tuple[str, ...]]:
    """A Chinese full name and its tags: Faker mostly, otherwise word-like, the Hui surname 回, a Taiwanese one."""
    k = r.random()
    if k < 0.62:
        return ZH.name(), ()
    if k < 0.74:
        return r.choice(WORDLIKE), ()
    if k < 0.84:
        return r.choice(HUI_HUI), ("minority",)
    return TW.name(), ()


def honor(r: random.Random) -> str:
    s = ZH.last_name()
    k = r.random()
    if k < 0.12:
        return "老" + s
    if k < 0.22:
        return "小" + s
    return s + r.choice(TITLE_SUR)


def py_name(r: random.Random) -> str:
    """A Chinese name in pinyin, given name first (English order), sometimes surname in capitals."""
    s, g = r.choice(PY_SUR), r.choice(PY_GIVEN)
    k = r.random()
    if k < 0.6:
        return f"{g} {s}"
    if k < 0.8:
        return f"{g} {s.upper()}"
    return f"{s} {g}"


def cn_org(r: random.Random) -> tuple[str, str, str]:
    """(full company name, city as written, city short) for an invented mainland company."""
    city, short, _ = r.choice(CITIES)
    b, t, f = r.choice(CN_BRANDS), r.choice(CN_TRADES), r.choice(CN_FORMS)
    k = r.random()
    if k < 0.45:
        return f"{short}{b}{t}{f}", city, short
    if k < 0.7:
        return f"{b}{t}（{short}）{f}", city, short
    if k < 0.85:
        return f"{city.split('省')[-1]}{b}{t}{f}", city, short
    return f"{b}{t}{f}", city, short


def en_org(r: random.Random) -> str:
    return f"{r.choice(LATIN_BRANDS)} {r.choice(EN_TRADES2)} {r.choice(EN_FORMS2)}"


def bureau(r: random.Random) -> str:
    city, short, dists = r.choice(CITIES)
    c = city.split("省")[-1]
    return r.choice([f"{c}{r.choice(BUREAU_UNITS)}", f"{c}{r.choice(dists)}{r.choice(BUREAU_UNITS)}"])


def court(r: random.Random) -> str:
    city, _, dists = r.choice(CITIES)
    c = city.split("省")[-1]
    return r.choice([f"{c}{r.choice(dists)}人民法院", f"{c}中级人民法院"])


def bank_branch(r: random.Random) -> str:
    _, short, dists = r.choice(CITIES)
    return f"{r.choice(BANKS2)}{short}{r.choice(dists)[:-1]}支行"


def address(r: random.Random) -> str:
    city, _, dists = r.choice(CITIES)
    return (f"{city}{r.choice(dists)}{r.choice(ROADS_NEW)}{r.randint(1, 999)}号"
            + r.choice([f"{r.randint(1, 30)}楼", f"{r.randint(1, 12)}栋{r.randint(101, 2808)}室", f"{r.choice('ABC')}座{r.randint(3, 28)}层"]))


def mobile(r: random.Random) -> str:
    return r.choice(["138", "139", "135", "150", "186", "177", "199", "158", "187"]) + f"{r.randint(0, 99999999):08d}"


def landline(r: random.Random) -> str:
    return r.choice(["021-", "010-", "0755-", "0574-", "0510-"]) + f"{r.randint(5000, 8999)}{r.randint(1000, 9999)}"


def email_of(r: random.Random, dom: str | None = None) -> str:
    u = r.choice(PY_GIVEN).lower() + "." + r.choice(PY_SUR).lower()
    return f"{u}@{dom or r.choice(LATIN_BRANDS).lower() + '.com'}"


def when(r: random.Random) -> str:
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def hm(r: random.Random) -> str:
    return f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}"


def person(d: Doc, r: random.Random) -> Doc:
    n, tags = zh_name(r)
    return d.p(n, *tags)


# -------------------------------------------------------------------------------------------------- positives
def email_thread(r: random.Random) -> Doc:
    d = Doc("email_thread")
    a, _ = zh_name(r)
    b = ZH.name()
    org = cn_org(r)[0]
    d.t(r.choice(["帮我回复这封邮件，语气正式一点：\n\n", "总结一下这个邮件往来：\n\n"]))
    d.t("发件人: ").p(b).t(" <").g("EMAIL", email_of(r)).t(">\n")
    d.t(f"发送时间: {when(r)} {hm(r)}\n收件人: ").p(a).t("\n主题: 回复: 框架协议续签\n\n")
    d.t(r.choice(["价格没问题，", "合同条款我们法务看过了，"])).t("请").p(honor(r), "honorific").t("安排盖章。\n\n")
    d.t("> 在 " + when(r) + "，").p(a).t(" 写道：\n> 附件是修订后的报价，请查收。\n> \n> ").p(a).t("\n> ")
    d.g("ORG", org).t("\n\n--\n").p(b).t(" | " + r.choice(["采购部", "供应链中心", "战略合作部"]) + "\n")
    d.g("ORG", cn_org(r)[0]).t("\n手机：").g("CN_PHONE", mobile(r)).t("\n")
    return d


def minutes(r: random.Random) -> Doc:
    d = Doc("meeting_minutes")
    d.t(r.choice(["把这份会议纪要整理成待办清单：\n", "帮我润色会议纪要：\n"]))
    d.t(f"会议时间：{when(r)} 14:00\n会议地点：三楼小会议室\n主持人：")
    person(d, r).t("\n参会人员：")
    for i in range(r.randint(3, 5)):
        if i:
            d.t(r.choice(["、", "，", " "]))
        if r.random() < 0.25:
            d.p(honor(r), "honorific")
        else:
            person(d, r)
    d.t("\n列席：").g("ORG", cn_org(r)[0]).t("代表 ").p(ZH.name()).t("\n记录人：").p(ZH.name())
    d.t("\n一、议题：" + r.choice(["年度预算调整", "供应商准入", "数据出境评估"]) + "\n")
    return d


def contract_parties(r: random.Random) -> Doc:
    d = Doc("contract_parties")
    a, b = cn_org(r)[0], cn_org(r)[0]
    d.t(r.choice(["检查一下合同首部有没有缺项：\n", "把下面的合同首部翻译成英文：\n"]))
    d.t(r.choice(["甲方（委托方）：", "甲方："])).g("ORG", a).t("\n统一社会信用代码：").g("CN_USCC", MK.uscc())
    d.t("\n法定代表人：").p(ZH.name()).t("\n住所：").g("ADDRESS", address(r)).t("\n\n")
    d.t(r.choice(["乙方（受托方）：", "乙方："])).g("ORG", b).t("\n法定代表人：")
    n = ZH.name()
    d.p(n).t("\n委托代理人：")
    person(d, r).t("，联系电话：").g("CN_PHONE", mobile(r)).t("\n")
    return d


def judgment(r: random.Random) -> Doc:
    d = Doc("court_judgment")
    c = court(r)
    d.t("帮我提炼这份判决书的争议焦点：\n").g("ORG", c).t("\n民 事 判 决 书\n")
    d.t(f"（2025）{r.choice(['沪', '京', '粤', '浙'])}0{r.randint(101, 118)}民初{r.randint(1000, 29999)}号\n")
    d.t("原告：").g("ORG", cn_org(r)[0]).t("，住所地").g("ADDRESS", address(r)).t("。\n法定代表人：").p(ZH.name())
    d.t("，" + r.choice(["总经理", "董事长", "执行董事"]) + "。\n委托诉讼代理人：").p(ZH.name()).t("，")
    d.g("ORG", r.choice(CN_BRANDS) + "律师事务所").t("律师。\n被告：")
    n = ZH.name()
    d.p(n).t(f"，男，{r.randint(1965, 1998)}年{r.randint(1, 12)}月生，汉族。\n")
    d.t("……\n审判长　").p(ZH.name()).t("\n审判员　").p(ZH.name()).t("\n书记员　").p(ZH.name()).t("\n")
    return d


def csv_export(r: random.Random) -> Doc:
    d = Doc("csv_export")
    sep = r.choice([",", "\t"])
    head = r.choice([("联系人", "所属单位"), ("客户名称", "对接人"), ("contact_name", "company"),
                     ("经办人", "往来单位"), ("申请人", "工作单位")])
    person_first = head[0] in ("联系人", "contact_name", "经办人", "申请人")
    d.t(r.choice(["这是CRM导出的数据，帮我去重：\n", "把这个表按单位汇总：\n"]))
    d.t(sep.join(["序号", head[0], head[1], "手机"]) + "\n")
    for i in range(r.randint(2, 4)):
        d.t(f"{i + 1}{sep}")
        org = cn_org(r)[0] if r.random() < 0.8 else en_org(r)
        if person_first:
            person(d, r).t(sep).g("ORG", org)
        else:
            d.g("ORG", org).t(sep)
            person(d, r)
        d.t(sep).g("CN_PHONE", mobile(r)).t("\n")
    return d


def json_export(r: random.Random) -> Doc:
    d = Doc("json_export")
    pk = r.choice(["legalPerson", "contactName", "handler", "signatory", "fr_name"])
    ok = r.choice(["companyName", "entName", "supplier", "customer", "org_name"])
    d.t("接口返回的数据里哪些字段要脱敏？\n{\n  \"code\": 0,\n  \"data\": [\n")
    for i in range(r.randint(1, 3)):
        d.t(f'    {{"{ok}": "').g("ORG", cn_org(r)[0]).t(f'", "{pk}": "')
        person(d, r).t(f'", "regCapital": "{r.randint(50, 5000)}万元"}}' + ("," if i < 2 else "") + "\n")
    d.t("  ]\n}\n")
    return d


def yaml_export(r: random.Random) -> Doc:
    d = Doc("yaml_export")
    d.t("这个供应商配置文件格式对吗？\nsuppliers:\n")
    for _ in range(r.randint(1, 2)):
        d.t("  - name: ").g("ORG", cn_org(r)[0] if r.random() < 0.6 else en_org(r)).t("\n")
        d.t("    " + r.choice(["owner", "contact", "account_manager"]) + ": ")
        if r.random() < 0.4:
            d.p(py_name(r))
        else:
            person(d, r)
        d.t("\n    email: ").g("EMAIL", email_of(r)).t("\n    level: " + r.choice(["A", "B", "C"]) + "\n")
    return d


def chat_export(r: random.Random) -> Doc:
    d = Doc("chat_export")
    app = r.choice(["wechat", "dingtalk", "feishu"])
    a, _ = zh_name(r)
    b = ZH.name()
    d.t(r.choice(["帮我总结这段群聊：\n", "这段聊天里谁答应了什么？\n"]))
    for i in range(r.randint(3, 4)):
        who = a if i % 2 == 0 else b
        if app == "wechat":
            d.p(who).t(f" {when(r)} {hm(r)}\n")
        elif app == "dingtalk":
            d.t(f"[{hm(r)}] ").p(who).t("：")
        else:
            d.p(who).t(f"  {r.randint(1, 12)}月{r.randint(1, 28)}日 {hm(r)}\n")
        d.t(r.choice(["合同今天能寄出吗", "我问一下财务", "发票抬头写错了", "好的收到", "明天上午十点开会",
                      "客户那边还没回复"]))
        if i == 1:
            d.t("，" + r.choice(["找", "抄送"])).p(honor(r), "honorific")
        d.t("\n")
    return d


def resume(r: random.Random) -> Doc:
    d = Doc("resume")
    d.t("帮我优化这份简历：\n")
    n, tags = zh_name(r)
    d.t(r.choice(["姓　　名：", "个人简历\n", "Name: "])).p(n, *tags).t("\n电话：").g("CN_PHONE", mobile(r))
    d.t("  邮箱：").g("EMAIL", email_of(r, r.choice(["163.com", "qq.com", "outlook.com"]))).t("\n工作经历\n")
    d.t(f"{r.randint(2015, 2019)}.07 - 至今  ").g("ORG", cn_org(r)[0]).t("  " + r.choice(["高级工程师", "财务主管", "产品经理"]))
    d.t(f"\n{r.randint(2011, 2014)}.09 - {r.randint(2015, 2019)}.06  ").g("ORG", cn_org(r)[0] if r.random() < 0.6 else en_org(r))
    d.t("\n证明人：").p(ZH.name()).t("（前直属上级）\n")
    return d


def news(r: random.Random) -> Doc:
    d = Doc("news_item")
    org = cn_org(r)[0]
    d.t("把这条新闻压缩到50字：\n")
    d.t(r.choice(["本报讯", "记者从", "近日，"])).g("ORG", bureau(r)).t("获悉，").g("ORG", org)
    d.t(r.choice(["完成B轮融资", "新厂房正式投产", "入选省级专精特新企业名单"])).t("。该公司董事长")
    d.p(ZH.name()).t(r.choice(["表示", "介绍", "在接受采访时说"])).t("，")
    d.t(r.choice(["将继续加大研发投入。", "明年产能将翻一番。"]))
    if r.random() < 0.5:
        h = r.choice(HISTORIC3)
        d.t("他最喜欢的一句话出自").p(h).t("。")
    d.t("\n")
    return d


def press_release(r: random.Random) -> Doc:
    d = Doc("press_release")
    a, b = cn_org(r)[0], en_org(r)
    d.t("帮我把新闻稿翻译成英文：\n【新闻稿】").g("ORG", a).t("与").g("ORG", b).t("签署战略合作协议\n")
    d.t(f"{when(r)}，双方在{r.choice(['上海', '深圳', '宁波'])}举行签约仪式。").g("ORG", a).t("总裁")
    d.p(ZH.name()).t("与").g("ORG", b).t(" CEO ").p(EN.name()).t("出席。\n媒体联系：")
    d.p(ZH.name()).t("，").g("EMAIL", email_of(r)).t("\n")
    return d


def invoice(r: random.Random) -> Doc:
    d = Doc("invoice_po")
    buyer, seller = cn_org(r)[0], cn_org(r)[0]
    d.t(r.choice(["核对一下这张发票信息：\n", "把采购订单转成表格：\n"]))
    d.t("购买方名称：").g("ORG", buyer).t("\n纳税人识别号：").g("CN_USCC", MK.uscc()).t("\n")
    d.t("销售方名称：").g("ORG", seller).t("\n开户行及账号：").g("ORG", bank_branch(r))
    d.t(f" {r.randint(1000, 9999)}{r.randint(10000000, 99999999)}\n")
    d.t("收款人：").p(ZH.name()).t("  复核：").p(ZH.name()).t("  开票人：").p(ZH.name()).t("\n")
    return d


def org_chart(r: random.Random) -> Doc:
    d = Doc("org_chart")
    d.t("把组织架构画成树状图：\n").g("ORG", cn_org(r)[0]).t("\n")
    d.t("├─ 总经理：").p(ZH.name()).t("\n")
    for dept in r.sample(["财务中心", "研发中心", "营销中心", "人力行政部", "供应链部"], r.randint(2, 3)):
        d.t(f"│  ├─ {dept}　")
        if r.random() < 0.3:
            d.p(honor(r), "honorific")
        else:
            person(d, r)
        d.t("\n")
    d.t("└─ 董事会秘书　").p(ZH.name()).t("\n")
    return d


def acknowledgements(r: random.Random) -> Doc:
    d = Doc("acknowledgements")
    d.t("润色论文的致谢部分：\n致谢\n感谢我的导师").p(ZH.name()).t(r.choice(["教授", "研究员", "老师"]))
    d.t("的悉心指导。感谢").g("ORG", r.choice(["北辰大学", "青州理工大学", "云岭师范大学"]) + r.choice(["计算机学院", "化学化工学院"]))
    d.t("的").p(ZH.name()).t("、").p(r.choice(WORDLIKE)).t("在实验上的帮助。本研究得到")
    d.g("ORG", r.choice(["国家自然科学基金委员会", "科学技术部", "教育部"])).t("资助。最后感谢")
    d.g("ORG", cn_org(r)[0]).t("提供的测试数据。\n")
    return d


def en_letter(r: random.Random) -> Doc:
    d = Doc("english_letter")
    a, b = py_name(r), py_name(r)
    d.t("Please proofread this letter:\n\nDear " + r.choice(["Mr.", "Ms."]) + " ").g("PERSON", r.choice(PY_SUR), optional=True)
    d.t(",\n\n")
    d.t("Thank you for meeting our team in Shanghai. As discussed with ").p(a).t(", ")
    d.g("ORG", en_org(r)).t(" will deliver the first batch to ").g("ORG", cn_org(r)[0]).t(" by the end of next month.")
    d.t(" Our colleague ").p(b).t(" will follow up on the letter of credit.\n\nYours sincerely,\n")
    d.p(EN.name()).t("\nHead of Sales, ").g("ORG", en_org(r)).t("\n")
    return d


def gov_notice(r: random.Random) -> Doc:
    d = Doc("government_notice")
    m1, m2 = r.sample(MINISTRIES, 2)
    d.t("帮我把这份通知的要点列出来：\n关于开展" + r.choice(["数据安全专项检查", "外贸企业稳岗补贴申报", "个人信息保护合规审计"]))
    d.t("的通知\n各有关单位：\n根据").g("ORG", m1).t("、").g("ORG", m2).t(r.choice(["联合印发的", "部署的"]))
    d.t("工作方案，现将有关事项通知如下。请于" + f"{r.randint(1, 12)}月{r.randint(1, 28)}日前将材料报送")
    d.g("ORG", bureau(r)).t("。\n联系人：").p(ZH.name()).t("，电话：").g("CN_LANDLINE", landline(r)).t("\n")
    d.g("ORG", bureau(r)).t("\n" + f"2025年{r.randint(1, 12)}月{r.randint(1, 28)}日\n")
    return d


def english_order_prose(r: random.Random) -> Doc:
    d = Doc("english_order_names")
    d.t(r.choice(["帮我把这段会议记录翻成中文：", "Summarise this for the weekly report: "]))
    d.p(py_name(r)).t(" from ").g("ORG", en_org(r)).t(" presented the Q3 numbers; ").p(py_name(r))
    d.t(" asked whether the ").d("place_name", r.choice(["Ningbo", "Wuxi", "Xiamen"])).t(" plant can ship earlier. ")
    d.p(py_name(r)).t(" will confirm with ").g("ORG", cn_org(r)[0]).t(" by Friday.\n")
    return d


def historic_prose(r: random.Random) -> Doc:
    d = Doc("historic_three_char")
    a, b = r.sample(HISTORIC3, 2)
    d.t(r.choice(["给高中生出一道材料作文题：", "帮我写一段读书笔记的开头："]))
    d.p(a).t(r.choice(["曾说", "晚年写道", "主张"])).t("，学问贵在经世致用；").p(b)
    d.t(r.choice(["则更看重", "一生践行的是", "反复强调"])).t("知行合一。另外，").p(r.choice(HISTORIC2))
    d.t("的事迹也可以作为素材。\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    email_thread, minutes, contract_parties, judgment, csv_export, json_export, yaml_export, chat_export, resume,
    news, press_release, invoice, org_chart, acknowledgements, en_letter, gov_notice, english_order_prose,
    historic_prose,
]


# -------------------------------------------------------------------------------------------------- negatives
def neg_email(r: random.Random) -> Doc:
    d = Doc("neg_email_generic")
    d.t("帮我回这封邮件：\n主题：回复: 对账差异\n\n您好，\n").d("org_generic", r.choice(GENERIC))
    d.t("已收到").d("org_generic", r.choice(["贵司", "对方公司", "贵单位"])).t("的对账单，").d("surname_word", r.choice(SURNAME_WORDS))
    d.t("问题请联系我们的" + r.choice(ROLES) + "。\n\n> 在周三，客服团队 写道：\n> 请核对附件。\n\n--\n")
    d.t(r.choice(["财务共享中心", "客户服务部", "供应链管理部"]) + "\n")
    return d


def neg_minutes(r: random.Random) -> Doc:
    d = Doc("neg_minutes_roles")
    d.t("整理会议纪要：\n会议时间：" + when(r) + "\n参会人员：" + "、".join(r.sample(ROLES, 3)) + "\n")
    d.t("记录人：" + r.choice(["会务组", "办公室", "项目秘书"]) + "\n议题：").d("place_name", r.choice(PLACE_NAMES))
    d.t("仓库搬迁，").d("surname_word", r.choice(SURNAME_WORDS)).t("为先。\n")
    return d


def neg_contract_template(r: random.Random) -> Doc:
    d = Doc("neg_contract_template")
    d.t("这个合同模板怎么填？\n甲方：").d("placeholder_name", r.choice(["＿＿＿＿＿＿有限公司", "XX科技有限公司", "【甲方名称】"]))
    d.t("\n法定代表人：＿＿＿＿\n乙方：").d("placeholder_name", r.choice(["【乙方全称】", "××××有限公司", "__________"]))
    d.t("\n委托代理人：＿＿＿＿\n第一条 ").d("org_generic", r.choice(["甲方", "供货方", "采购方"])).t("应按期付款。\n")
    return d


def neg_judgment(r: random.Random) -> Doc:
    d = Doc("neg_judgment_generic")
    d.t("这段话什么意思？\n").d("org_generic", "本院").t("认为，原告与被告之间的买卖合同关系合法有效，")
    d.d("org_generic", r.choice(["被告公司", "上述公司", "该公司"])).t("应当按约支付货款。原告的诉讼请求，")
    d.d("org_generic", "本院").t("予以支持。审判员独任审理。\n")
    return d


def neg_csv(r: random.Random) -> Doc:
    d = Doc("neg_csv_products")
    d.t("把这个表转成Markdown：\n产品名称\t供应渠道\t产地\t单价\n")
    for _ in range(3):
        d.d("product", r.choice(["钉钉会员", "飞书专业版", "WPS会员", "石墨文档企业版"])).t("\t" + r.choice(["直销", "代理", "线上"]) + "\t")
        d.d("place_name", r.choice(PLACE_NAMES)).t(f"\t{r.randint(10, 999)}.00\n")
    return d


def neg_json(r: random.Random) -> Doc:
    d = Doc("neg_json_config")
    d.t('帮我校验这个JSON：{"companyName": "${COMPANY_NAME}", "contactName": null, "signatory": "')
    d.t(r.choice(["TBD", "待定", "N/A"]) + '", "channel": "').d("product", r.choice(PRODUCTS)).t('", "region": "')
    d.d("place_name", r.choice(PLACE_NAMES)).t('"}\n')
    return d


def neg_chat(r: random.Random) -> Doc:
    d = Doc("neg_chat_system")
    d.t("这段记录什么意思？\n[" + hm(r) + "] 系统消息：你已加入群聊\n")
    d.t("[" + hm(r) + "] ").d("product", r.choice(["钉钉", "飞书", "企业微信"])).t("助手：会议将在10分钟后开始\n")
    d.t("[" + hm(r) + "] 群公告：").d("surname_word", r.choice(SURNAME_WORDS)).t("第一，").d("org_generic", r.choice(GENERIC))
    d.t("不会索要验证码。\n")
    return d


def neg_invoice(r: random.Random) -> Doc:
    d = Doc("neg_invoice_generic")
    d.t("发票开具说明：购买方名称填写").d("org_generic", r.choice(["贵司全称", "本公司全称", "采购方全称"]))
    d.t("，销售方为").d("org_generic", r.choice(["我司", "本公司"])).t("，开户行请咨询").d("org_generic", "该行")
    d.t("柜台。备注栏写").d("place_name", r.choice(PLACE_NAMES)).t("项目。\n")
    return d


def neg_notice(r: random.Random) -> Doc:
    d = Doc("neg_notice_generic")
    d.t("帮我润色通知：各部门：根据上级主管部门要求，").d("org_generic", r.choice(["我司", "本单位", "本公司"]))
    d.t("将开展" + r.choice(["消防演练", "安全检查", "数据清理"]) + "。请各位").d("surname_word", r.choice(["严格", "高效", "周到"]))
    d.t("落实，有问题找" + r.choice(ROLES) + "。\n" + r.choice(["行政部", "综合办公室", "安全管理委员会"]) + "\n")
    return d


def neg_en_letter(r: random.Random) -> Doc:
    d = Doc("neg_english_letter")
    d.t("Please proofread:\n\nDear Customer,\n\nThank you for choosing our services. Our team in ")
    d.d("place_name", r.choice(["Ningbo", "Wuxi", "Xiamen", "Mianyang"])).t(" will contact you via ")
    d.d("product", r.choice(["Teams", "Outlook", "WeChat Work"])).t(" shortly.\n\nBest regards,\nCustomer Success Team\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_email, neg_minutes, neg_contract_template, neg_judgment, neg_csv, neg_json, neg_chat, neg_invoice, neg_notice,
    neg_en_letter,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-11 record, validated; the order and values follow only the seed."""
    global MK
    r = random.Random(seed)
    ZH.seed_instance(seed)
    TW.seed_instance(seed + 1)
    EN.seed_instance(seed + 2)
    MK = Maker(str(seed))
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    return unique_records(plan, r, SPLIT)


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "PERSON", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
