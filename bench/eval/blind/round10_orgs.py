"""Round 10 blind corpus (ORG): the organisation forms rounds 8 and 9 did not cover.

Why: on the hold-out ORG recall is about 0.91. Probes show what is missed: a brand with its country or region as
the organisation (某品牌中国, 某品牌（中国）), names written as a domain (Xyz.com, Xyz.com Group), German,
Japanese and Korean legal forms (GmbH & Co. KG, AG, SE, K.K., 株式会社, Co., Ltd.), partnerships (合伙企业（有限合伙）),
branches of companies and banks (某某公司上海分公司, 某某银行深圳南山支行), and institutions named by a chain of
units (某某大学附属第一医院, 某某市人民检察院, 某某区市场监督管理局, 中国科学院某某研究所).

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on it:
ORG is the full name as written, region, legal form, branch and partnership form included; generic references
(本公司, 贵司, 该行, 对方公司), placeholders (XX有限公司, 某某银行某某支行), products and apps (某品牌手机, 某某Pay,
a URL), a country or market alone (中国市场, 中国区) and job titles are decoys. A brand named alone in prose (the
short name people use for a company they all know) is not a full name: it is labeled optional, neither found nor
missed. Styles: WeChat-style chat, support tickets, e-mail, contracts, meeting minutes, procurement tables, JSON
and YAML configs, news briefs, court and bureau notices. About 30% of the documents have no gold and use the
same shapes with generic references, products and places. Brands, places and people are invented (Faker zh_CN
and en_US for people; hand-made lists for brands); the output follows only the seed.

    python -m bench.eval.blind.round10_orgs         # writes bench/eval/corpus/blind-round10o.jsonl
    python -m bench.eval.blind.build --round10o     # the same, wired like the other rounds
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
from bench.eval.blind.round7_people import Doc

SEED = 100117
SPLIT = "round10o"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round10o.jsonl"
POS_COPIES = 9
NEG_COPIES = 7

ZH = Faker("zh_CN")
EN = Faker("en_US")

# ------------------------------------------------------------------------------------------------ invented names
LATIN_BRANDS = ["Veltrix", "Orinova", "Quanterra", "Lumexa", "Brightlane", "Zentiq", "Caspira", "Northvale",
                "Kyvora", "Solenne", "Tessaro", "Dravik", "Helionyx", "Marquell", "Avendra", "Pyrolux"]
CN_FOREIGN_BRANDS = ["维斯创", "欧瑞诺", "凯沃拉", "卢梅莎", "泽恩蒂", "索兰尼", "德拉维", "马奎尔", "艾文德", "赫利昂"]
REGIONS = ["中国", "中国区", "大中华区", "亚太", "香港", "台湾"]
DOMAIN_BRANDS = ["Shopverra", "Tripnest", "Buyhaven", "Farelio", "Dealquay", "Cartwell", "Stayzo", "Goodsmart"]
DE_WORDS = ["Brennecke", "Hallstein", "Wendelmann", "Kraushaar", "Obermeier", "Lindqvist", "Falkenrath", "Rosskopf"]
DE_TRADES = ["Maschinenbau", "Antriebstechnik", "Logistik", "Verpackung", "Messtechnik", "Kunststofftechnik",
             "Automation", "Elektronik"]
DE_FORMS = ["GmbH & Co. KG", "GmbH", "AG", "SE", "KG", "GmbH & Co. KGaA"]
JP_WORDS = ["Kisaragi", "Tsukimori", "Hanazono", "Mizusawa", "Shirakaba", "Aokawa", "Kurobane", "Yamabuki"]
JP_TRADES = ["Seiki", "Denki", "Shoji", "Kogyo", "Precision", "Chemical", "Trading", "Electronics"]
JP_FORMS = ["Co., Ltd.", "K.K.", "Corporation", "Inc."]
JP_KANJI = ["如月", "月森", "花園", "水沢", "白樺", "青川", "黒羽", "山吹"]
JP_KANJI_TRADES = ["精機", "電機", "商事", "工業", "化学", "製薬", "電子"]
KR_WORDS = ["Hanbit", "Daeyang", "Seorin", "Mirae Tech", "Haneul", "Gwangmyeong", "Saebyeok", "Jinseong"]
KR_TRADES = ["Electronics", "Chemical", "Heavy Industries", "Display", "Semiconductor", "Materials", "Cosmetics"]
CN_BRANDS = ["澄岳", "蔚衡", "栖梧", "拓垣", "禾川", "砚石", "岚曦", "朔风", "霁川", "汀兰", "晟澜", "鹿鸣", "泊远",
             "森屿", "苍穹", "曙岚", "叠翠", "溯源", "嘉茂", "恒湍"]
CN_TRADES = ["科技", "网络科技", "智能制造", "生物科技", "新能源", "供应链", "数字科技", "精密仪器", "环境工程",
             "信息技术", "商贸", "医疗科技", "文化传播"]
CITIES = [("上海市", "上海", "浦东"), ("北京市", "北京", "海淀"), ("深圳市", "深圳", "南山"), ("杭州市", "杭州", "滨江"),
          ("苏州市", "苏州", "工业园区"), ("广州市", "广州", "天河"), ("成都市", "成都", "高新"), ("武汉市", "武汉", "光谷"),
          ("南京市", "南京", "江宁"), ("西安市", "西安", "雁塔"), ("合肥市", "合肥", "蜀山"), ("青岛市", "青岛", "崂山")]
DISTRICTS = {"上海市": ["浦东新区", "闵行区", "徐汇区"], "北京市": ["海淀区", "朝阳区", "西城区"],
             "深圳市": ["南山区", "福田区", "龙岗区"], "杭州市": ["滨江区", "西湖区", "余杭区"],
             "苏州市": ["吴中区", "相城区", "姑苏区"], "广州市": ["天河区", "黄埔区", "海珠区"],
             "成都市": ["武侯区", "锦江区", "青羊区"], "武汉市": ["洪山区", "江岸区", "汉阳区"],
             "南京市": ["江宁区", "鼓楼区", "秦淮区"], "西安市": ["雁塔区", "碑林区", "未央区"],
             "合肥市": ["蜀山区", "包河区", "瑶海区"], "青岛市": ["崂山区", "市南区", "黄岛区"]}
BANKS = ["招商银行", "中国建设银行", "中国银行", "交通银行", "兴业银行", "中信银行", "浦发银行", "中国工商银行",
         "平安银行", "中国农业银行"]
UNIS = ["江城医科大学", "东岭大学", "滨海理工大学", "西江师范大学", "南屿大学", "中原医学院", "北川大学"]
SHORT_BRANDS = ["阿里", "腾讯", "华为", "字节", "美团", "京东", "网易", "百度", "小米", "拼多多"]
PRODUCTS = ["华为Mate手机", "微信支付", "支付宝", "钉钉", "飞书", "抖音", "淘宝", "美团外卖", "小米手环", "京东快递"]
EN_PRODUCTS = ["Google Docs", "Apple Pay", "Microsoft Teams", "Samsung Pay", "Office 365", "Chrome"]


def person(r: random.Random) -> str:
    return ZH.name() if r.random() < 0.8 else ZH.last_name() + r.choice(["总", "经理", "老师"])


# ------------------------------------------------------------------------------------------------ org forms
def brand_region(r: random.Random) -> str:
    """A brand with its country or region: the local organisation of a foreign group."""
    k = r.randrange(5)
    if k == 0:
        return r.choice(LATIN_BRANDS) + r.choice(["中国", "中国", "大中华区", "亚太"])
    if k == 1:
        return r.choice(CN_FOREIGN_BRANDS) + r.choice(["中国", "中国", "香港", "台湾"])
    if k == 2:
        return r.choice(CN_FOREIGN_BRANDS) + r.choice(["（中国）", "(中国)", "（香港）"])
    if k == 3:
        return r.choice(LATIN_BRANDS) + r.choice([" China", " Greater China", " Asia Pacific"])
    return r.choice(LATIN_BRANDS) + r.choice(["（中国）", "(China)", " (China)"])


def domain_org(r: random.Random) -> str:
    b = r.choice(DOMAIN_BRANDS)
    return r.choice([f"{b}.com", f"{b}.com Group", f"{b}.com, Inc.", f"{b}.com Limited", f"{b}.cn", f"{b}.com Group Limited"])


def de_org(r: random.Random) -> str:
    return f"{r.choice(DE_WORDS)} {r.choice(DE_TRADES)} {r.choice(DE_FORMS)}"


def jp_org(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(JP_WORDS)} {r.choice(JP_TRADES)} {r.choice(JP_FORMS)}"
    if k == 1:
        return f"株式会社{r.choice(JP_KANJI)}{r.choice(JP_KANJI_TRADES)}"
    if k == 2:
        return f"{r.choice(JP_KANJI)}{r.choice(JP_KANJI_TRADES)}株式会社"
    return f"{r.choice(JP_KANJI)}{r.choice(JP_KANJI_TRADES)}（上海）有限公司"


def kr_org(r: random.Random) -> str:
    return f"{r.choice(KR_WORDS)} {r.choice(KR_TRADES)} {r.choice(['Co., Ltd.', 'Co.,Ltd.', 'Corp.', 'Co., Ltd'])}"


def partnership(r: random.Random) -> str:
    city, short, _ = r.choice(CITIES)
    b = r.choice(CN_BRANDS)
    return r.choice([
        f"{city}{b}股权投资合伙企业（有限合伙）", f"{short}{b}创业投资中心（有限合伙）",
        f"宁波{b}投资管理合伙企业(有限合伙)", f"{b}{r.choice(['会计师事务所', '律师事务所'])}（特殊普通合伙）",
        f"{short}{b}企业管理咨询合伙企业（有限合伙）",
    ])


def company(r: random.Random) -> str:
    city, short, _ = r.choice(CITIES)
    return f"{r.choice([city, short, ''])}{r.choice(CN_BRANDS)}{r.choice(CN_TRADES)}{r.choice(['有限公司', '股份有限公司', '有限责任公司'])}"


def branch(r: random.Random) -> str:
    city, short, area = r.choice(CITIES)
    k = r.randrange(5)
    if k == 0:
        return f"{company(r)}{short}分公司"
    if k == 1:
        return f"{r.choice(BANKS)}{short}{area}支行"
    if k == 2:
        return f"{r.choice(BANKS)}股份有限公司{short}{r.choice(['分行', '分行营业部'])}"
    if k == 3:
        return f"{r.choice(BANKS)}{city}{r.choice(DISTRICTS[city])}{r.choice(['科技园', '东门', '金融城'])}支行"
    return f"{r.choice(CN_BRANDS)}{r.choice(CN_TRADES)}有限公司{short}{r.choice(['研发中心', '办事处', '第一分公司'])}"


def institution(r: random.Random) -> str:
    city, short, _ = r.choice(CITIES)
    dist = r.choice(DISTRICTS[city])
    k = r.randrange(7)
    if k == 0:
        return f"{r.choice(UNIS)}附属{r.choice(['第一', '第二', '第三', '口腔', '儿童', '肿瘤'])}医院"
    if k == 1:
        return f"{city}{r.choice(['人民检察院', '中级人民法院', '公证处'])}"
    if k == 2:
        return f"{city}{dist}{r.choice(['人民检察院', '市场监督管理局', '人民法院', '卫生健康委员会'])}"
    if k == 3:
        return f"中国科学院{r.choice(['长岭', '东湖', '滨海', '云岭'])}{r.choice(['物理', '化学', '生态', '光电技术'])}研究所"
    if k == 4:
        return f"{r.choice(UNIS)}{r.choice(['计算机学院', '医学院', '经济管理学院'])}"
    if k == 5:
        return f"{short}{dist}{r.choice(['税务局', '公安分局', '教育局'])}"
    return f"国家税务总局{city}{dist}税务局{r.choice(['第一税务所', '第二税务所', ''])}"


def any_org(r: random.Random) -> str:
    return r.choice([brand_region, domain_org, de_org, jp_org, kr_org, partnership, branch, institution])(r)


# ------------------------------------------------------------------------------------------------ documents with gold
def pos_chat_brand(r: random.Random) -> Doc:
    d = Doc("chat_brand_region")
    a = brand_region(r)
    d.p(ZH.name()).t("：").t(r.choice(["刚收到", "下午接到", "昨晚看到"])).g("ORG", a).t(r.choice(["的邮件", "发来的报价", "法务的回复"]))
    d.t("，说合同主体要换成").g("ORG", company(r)).t("。\n")
    d.p(ZH.name()).t("：好，我跟").g("ORG", r.choice(SHORT_BRANDS), optional=True).t("那边也同步一下。\n")
    return d


def pos_ticket_domain(r: random.Random) -> Doc:
    d = Doc("ticket_domain_org")
    o = domain_org(r)
    d.t(f"工单 #{r.randrange(100000, 999999)}\n客户：").g("ORG", o).t("\n问题：对方采购系统调用我们的接口超时，")
    d.t("需要").g("ORG", branch(r)).t("协助开具付款证明。\n处理人：").p(ZH.name()).t("\n")
    return d


def pos_email_de(r: random.Random) -> Doc:
    d = Doc("email_de_jp_kr")
    who = f"{EN.first_name()} {EN.last_name()}"
    a = r.choice([de_org, jp_org, kr_org])(r)
    b = r.choice([de_org, kr_org])(r)
    d.t("Dear ").p(who).t(",\n\nthe framework agreement between ").g("ORG", a).t(" and ").g("ORG", b)
    d.t(r.choice([" expires on 30 June.", " was signed last week.", " needs a new annex for the 2027 volumes."]))
    d.t(" Please route the invoices via ").g("ORG", brand_region(r)).t(".\n\nBest regards,\n").p(f"{EN.first_name()} {EN.last_name()}").t("\n")
    return d


def pos_contract_partnership(r: random.Random) -> Doc:
    d = Doc("contract_partnership")
    d.t("增资协议\n甲方：").g("ORG", partnership(r)).t("\n执行事务合伙人：").g("ORG", company(r)).t("\n乙方：")
    d.g("ORG", company(r)).t("\n丙方（目标公司）：").g("ORG", company(r)).t("\n鉴于").d("org_generic", "目标公司").t("拟增加注册资本……\n")
    return d


def pos_minutes(r: random.Random) -> Doc:
    d = Doc("minutes_institutions")
    d.t(f"{r.randrange(1, 12)}月{r.randrange(1, 28)}日协调会纪要\n参会单位：").g("ORG", institution(r)).t("、")
    d.g("ORG", institution(r)).t("、").g("ORG", branch(r)).t("\n会议议定：由").g("ORG", institution(r))
    d.t("牵头，").d("org_generic", "各参会单位").t("于月底前提交材料。\n记录人：").p(ZH.name()).t("\n")
    return d


def pos_table(r: random.Random) -> Doc:
    d = Doc("procurement_table")
    d.t("| 序号 | 供应商 | 联系人 | 金额（万元） |\n|---|---|---|---|\n")
    for i in range(1, r.randrange(3, 5)):
        d.t(f"| {i} | ").g("ORG", any_org(r)).t(" | ").p(ZH.name()).t(f" | {r.randrange(10, 900)}.{r.randrange(10, 99)} |\n")
    return d


def pos_json(r: random.Random) -> Doc:
    d = Doc("json_config")
    d.t('{"vendor": "').g("ORG", any_org(r)).t('", "billing_entity": "').g("ORG", r.choice([de_org, kr_org, domain_org])(r))
    d.t(f'", "region": "cn-east", "po": "PO-{r.randrange(10000, 99999)}"}}\n请帮我检查这个 JSON 的格式。\n')
    return d


def pos_yaml(r: random.Random) -> Doc:
    d = Doc("yaml_config")
    d.t("payee:\n  name: ").g("ORG", company(r)).t("\n  bank: ").g("ORG", branch(r) if r.random() < 0.5 else f"{r.choice(BANKS)}{r.choice(CITIES)[1]}分行")
    d.t(f"\n  account_suffix: \"{r.randrange(1000, 9999)}\"\ncounterparty: ").g("ORG", r.choice([jp_org, de_org, brand_region])(r)).t("\n")
    return d


def pos_news(r: random.Random) -> Doc:
    d = Doc("news_brief")
    a, b = brand_region(r), domain_org(r)
    d.t("【快讯】").g("ORG", a).t(r.choice(["今日宣布与", "与", "近日联合"])).g("ORG", b)
    d.t(r.choice(["达成战略合作", "成立合资公司", "签署采购协议"])).t("，双方将在").d("place_name", r.choice(["长三角", "粤港澳大湾区", "成渝地区"]))
    d.t("布局仓储网络。业内人士称，此举也是对").g("ORG", r.choice(SHORT_BRANDS), optional=True).t("等对手的回应。\n")
    return d


def pos_court(r: random.Random) -> Doc:
    d = Doc("court_notice")
    city, _, _ = r.choice(CITIES)
    dist = r.choice(DISTRICTS[city])
    court = f"{city}{dist}人民法院"
    d.g("ORG", court).t("\n公告\n").g("ORG", company(r)).t("：\n原告").g("ORG", r.choice([partnership, branch])(r))
    d.t("诉你方合同纠纷一案，本院已受理。公诉机关：").g("ORG", f"{city}{dist}人民检察院").t("。\n")
    return d


def pos_prose_jp_kr(r: random.Random) -> Doc:
    d = Doc("prose_foreign_forms")
    d.p(ZH.name()).t(r.choice(["上个月去", "今年刚跳槽到", "被派驻到"])).g("ORG", r.choice([jp_org, kr_org, de_org])(r))
    d.t("，负责和").g("ORG", r.choice([branch, institution])(r)).t("对接，").d("org_generic", "对方公司").t("流程比较慢。\n")
    return d


def pos_bank_branch_form(r: random.Random) -> Doc:
    d = Doc("bank_form")
    city, short, area = r.choice(CITIES)
    d.t("收款人名称：").g("ORG", company(r)).t("\n开户银行：").g("ORG", f"{r.choice(BANKS)}{short}{area}支行")
    d.t(f"\n账号尾号：{r.randrange(1000, 9999)}\n备注：请").d("org_generic", "贵司").t("财务核对后付款，联系人").p(ZH.name()).t("。\n")
    return d


def pos_email_en_domain(r: random.Random) -> Doc:
    d = Doc("email_en_domain")
    d.t("Hi ").p(EN.first_name()).t(",\n\nQuick update: ").g("ORG", domain_org(r)).t(" has moved its APAC billing to ")
    d.g("ORG", brand_region(r)).t(". Their tax counsel, ").g("ORG", r.choice([de_org, kr_org])(r))
    d.t(", will send the W-8 forms. Tickets are at ").d("url", f"https://www.{r.choice(DOMAIN_BRANDS).lower()}.com/support").t(".\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    pos_chat_brand, pos_ticket_domain, pos_email_de, pos_contract_partnership, pos_minutes, pos_table, pos_json,
    pos_yaml, pos_news, pos_court, pos_prose_jp_kr, pos_bank_branch_form, pos_email_en_domain,
]


# ------------------------------------------------------------------------------------------------ documents without gold
def neg_generic(r: random.Random) -> Doc:
    d = Doc("neg_generic_refs")
    d.d("org_generic", r.choice(["本公司", "我司", "本行"])).t("已收到").d("org_generic", r.choice(["贵司", "贵行", "贵单位"]))
    d.t("的来函，").d("org_generic", r.choice(["总公司", "分公司", "该支行"])).t("将于三个工作日内回复。\n")
    return d


def neg_products(r: random.Random) -> Doc:
    d = Doc("neg_products")
    a, b = r.sample(PRODUCTS, 2)
    d.t("用").d("product", a).t("付款还是").d("product", b).t("？").t(r.choice(["我手机上只装了后一个。", "报销只认发票。"]))
    d.t("另外").d("product", r.choice(EN_PRODUCTS)).t("今天又登不上了。\n")
    return d


def neg_market(r: random.Random) -> Doc:
    d = Doc("neg_market_region")
    d.t("今年").d("place_name", r.choice(["中国市场", "亚太市场", "大中华区", "华东区"])).t("的销量下滑了8%，")
    d.d("org_generic", r.choice(["总部", "集团", "母公司"])).t("要求").d("org_generic", r.choice(["中国区", "各区域公司"]))
    d.t("下季度拿出新方案。\n")
    return d


def neg_placeholders(r: random.Random) -> Doc:
    d = Doc("neg_placeholders")
    d.t("模板说明：甲方填写").d("placeholder_name", r.choice(["XX有限公司", "××投资合伙企业（有限合伙）", "某某科技有限公司"]))
    d.t("，开户行填写").d("placeholder_name", r.choice(["某某银行某某支行", "XX银行XX分行", "××银行××支行"]))
    d.t("，英文名称填写").d("placeholder_name", r.choice(["ABC GmbH & Co. KG", "XYZ Co., Ltd.", "Example.com Inc."])).t("。\n")
    return d


def neg_urls(r: random.Random) -> Doc:
    d = Doc("neg_urls")
    d.t("登录").d("url", f"www.{r.choice(DOMAIN_BRANDS).lower()}.com").t("后在个人中心下载发票，或者发邮件到客服邮箱，")
    d.t("别用").d("url", f"{r.choice(DOMAIN_BRANDS).lower()}.cn/app").t("那个链接，已经失效了。\n")
    return d


def neg_legal_terms(r: random.Random) -> Doc:
    d = Doc("neg_legal_terms")
    d.t("德国的GmbH和AG有什么区别？KG是两合公司，日本的株式会社相当于股份有限公司，有限合伙企业里普通合伙人承担无限责任。")
    d.t(r.choice(["帮我整理成表格。", "能再举个例子吗？", "我写论文要用。"])).t("\n")
    return d


def neg_institutions_generic(r: random.Random) -> Doc:
    d = Doc("neg_institutions_generic")
    d.d("org_generic", r.choice(["附属医院", "该医院", "这家医院"])).t("的号太难挂了，").d("org_generic", r.choice(["检察院", "法院"]))
    d.t("那边说材料要原件，").d("org_generic", r.choice(["市场监管局", "税务局", "研究所"])).t("下周才上班。\n")
    return d


def neg_titles(r: random.Random) -> Doc:
    d = Doc("neg_job_titles")
    d.t("招聘：").d("job_title", r.choice(["大中华区销售总监", "亚太区财务经理", "中国区法务专员"]))
    d.t("，要求熟悉").d("product", r.choice(["SAP", "Salesforce", "Oracle ERP"])).t("，有外企经验优先，base").d("place_name", r.choice(["上海", "深圳", "苏州"])).t("。\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_generic, neg_products, neg_market, neg_placeholders, neg_urls, neg_legal_terms, neg_institutions_generic,
    neg_titles,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-10 ORG record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    ZH.seed_instance(seed)
    EN.seed_instance(seed + 1)
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    return unique_records(plan, r, SPLIT)


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "ORG", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
