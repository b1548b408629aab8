"""Round 14o blind corpus: organisation forms earlier rounds did not cover well, and the look-alikes next to them.

Why: issue 3 asks ORG F1 >= 0.90 and the hold-out's ORG recall (0.918) trails its precision; earlier ORG rounds
(9o, 10o, 11k, 12g, 13a, 13d) wrote companies with their legal form, brands with a region, foreign legal forms,
bank branches, public bodies and their sub-bureaus. This round writes what they held little of: institutions
whose name has no legal suffix (研究院, 事务所, 工作室, 合作社, 基金会, 协会, 商会, 中心), long branch chains
(…银行股份有限公司…分行营业部, …有限公司华南区分公司), brackets in every position and width ((中国), （北京）,
(集团)), Sino-foreign joint ventures, Hong Kong / Taiwanese names in traditional characters, English legal forms,
a Chinese name with its English name beside it, numbered schools and hospitals (第三人民医院, 第二十七中学),
market-regulation and public-security sub-bureaus with their offices, a defined short name after the full name
(以下简称“…”), contract headers (甲方：/ 乙方：), invoices (购买方名称), JSON / CSV exports, a name running
straight into a verb or a date (…公司表示, …研究院于2025年), and lists joined by 、/ 和 / 与. It was written from
the labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it.

Labelling judgements (each from the README's ORG row, "the full organisation name as written"; where the README
does not settle a case it says so):

- ORG runs from the place that begins the name (province, city, district as written) to its last unit: the
  legal form, a bracketed region or 集团 inside the name, a branch chain written with its parent (…分行营业部,
  …分公司, 华南区分公司, 证券营业部), a sub-bureau with its office (…市场监督管理局…分局…市场监督管理所). A
  bracketed partnership form after the name belongs to it (rounds 5 and 10o).
- Institutions whose kind is their legal form are full names without 有限公司: a 研究院 / 研究所, a law or
  accounting firm (事务所), a farmers' cooperative (…专业合作社), a foundation, association or chamber of
  commerce (基金会, 协会, 商会), a public service centre (…市…中心), a hospital or school by its number
  (…市第三人民医院, …市第二十七中学). They are gold when the place or 字号 that makes them particular is
  written with them.
- A 字号 + industry word or + 集团 without a legal form (星澜科技, 恒拓集团, 浙江恒拓集团) is the short name
  people use for a company: the README does not settle it; round 13d made brand + 集团 / 公司 optional, so these
  are optional (not scored either way). A 工作室 with a place before it (杭州市西湖区青藤设计工作室, the
  registered name of an individual business) is gold; 字号 + 工作室 alone is optional for the same reason.
- The short name defined after a full name (以下简称“星澜科技”) and its later uses are optional: they point to
  the same organisation but are not its full name; a role defined the same way (以下简称“甲方”) is a generic
  reference: decoy.
- A Chinese name and its English name written side by side are two spans, each the full name in its script; the
  brackets between them belong to neither. A leading "the" is not part of an English name.
- A joint venture's description before its name (中外合资, 中德合资企业) is not part of the name.
- Generic references (本公司, 贵司, 该行, 我院, 本会, 该中心, 总部, 各分公司, 华东区分公司 without its parent),
  department names alone (财务部, 人力资源部, 法务部), place + generic noun (北京市区, 上海地区, 杭州市内,
  深圳市场), kinds of organisation alone (律师事务所, 行业协会, 合作社, 基金会), placeholders (XX有限公司,
  ××研究院), product names, brand names alone and ordinal words that are not schools (第三季度, 第二十七届) are
  decoys (`org_generic`, `department`, `place_name`, `placeholder_name`, `product_name`, `brand_name`,
  `ordinal`).
- People (contacts, legal representatives), phones, credit codes and addresses present are labeled too.

Places are real divisions; every 字号, English word and person is invented (hand-made lists, Faker zh_CN /
en_US for people); the output follows only the seed. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round14o     # writes bench/eval/corpus/blind-round14o.jsonl
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 140229
R = random.Random(SEED)
ZH = Faker("zh_CN")
EN = Faker("en_US")
ZH.seed_instance(SEED)
EN.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

ORG = partial(gold, "ORG")
USCC = "{{CN_USCC:@@USCC@@}}"

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn


def dk(kind: str, v: str) -> str:
    """A decoy of `kind`."""
    return f"[[{kind}:{v}]]"


def opt(v: str) -> str:
    """An ORG span the conventions do not settle (not scored either way)."""
    return ORG(v, "opt")


# ------------------------------------------------------------------------------------------------ pools
# (province, city, districts); real divisions
PLACES = [("浙江省", "绍兴市", ["越城区", "柯桥区", "上虞区", "诸暨市"]), ("江苏省", "常州市", ["天宁区", "钟楼区", "武进区"]),
          ("福建省", "漳州市", ["芗城区", "龙文区", "漳浦县"]), ("山东省", "烟台市", ["芝罘区", "莱山区", "福山区"]),
          ("广东省", "广州市", ["天河区", "越秀区", "番禺区"]), ("广东省", "珠海市", ["香洲区", "金湾区", "斗门区"]),
          ("湖南省", "岳阳市", ["岳阳楼区", "云溪区", "华容县"]), ("河北省", "保定市", ["竞秀区", "莲池区", "满城区"]),
          ("安徽省", "合肥市", ["蜀山区", "包河区", "庐阳区"]), ("四川省", "绵阳市", ["涪城区", "游仙区", "江油市"]),
          ("江西省", "九江市", ["浔阳区", "濂溪区", "庐山市"]), ("辽宁省", "大连市", ["中山区", "沙河口区", "甘井子区"]),
          ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区"]), ("贵州省", "遵义市", ["红花岗区", "汇川区", "播州区"]),
          ("", "上海市", ["静安区", "长宁区", "杨浦区"]), ("", "北京市", ["西城区", "通州区", "昌平区"])]
TRADE = ["澄岚", "拓衡", "禾溪", "翎越", "沐川", "青釉", "瀚岱", "晟泓", "嘉屹", "睿桐", "曜澜", "朗岳", "铂舟",
         "栎阳", "霁川", "峰岚", "蔚启", "森禾", "汀兰", "启岱", "弈衡", "澜屿"]
INDUSTRY = ["科技", "信息技术", "网络科技", "新材料", "智能装备", "生物科技", "供应链管理", "建筑工程", "环境工程",
            "物流", "商贸", "企业管理咨询", "文化传播", "电子", "医疗器械", "食品", "精密机械"]
FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]
INST_FIELDS = ["智能制造", "数字经济", "新能源", "海洋生物", "先进材料", "生态农业", "工业设计", "集成电路"]
STUDIO_FIELDS = ["设计", "摄影", "影视", "软件开发", "室内设计", "动画"]
COOP_FIELDS = ["茶叶", "蔬菜", "果蔬", "水产养殖", "中药材", "花卉苗木", "生猪养殖"]
ASSOC_FIELDS = ["软件行业", "物流与采购", "跨境电子商务", "餐饮行业", "建筑业", "注册会计师", "家具行业"]
FOUND_FIELDS = ["青少年发展", "乡村教育", "慈善", "文化发展", "助学", "生态保护"]
CENTRE_KINDS = ["公共资源交易中心", "疾病预防控制中心", "职业技能鉴定中心", "人才发展服务中心", "产品质量检验检测中心",
                "大数据发展中心"]
BANKS = ["招商银行股份有限公司", "中国民生银行股份有限公司", "兴业银行股份有限公司", "中信银行股份有限公司",
         "上海浦东发展银行股份有限公司", "华夏银行股份有限公司"]
BROKERS = ["证券股份有限公司", "证券有限责任公司"]
INSURERS = ["财产保险股份有限公司", "人寿保险股份有限公司"]
REGIONS = ["华南区", "华东区", "华北区", "西南区", "华中区"]
ROADS = ["解放路", "人民中路", "建设大道", "文化路", "新华路", "中山北路", "滨江大道", "环城东路", "胜利街", "朝阳路"]
CN_NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十四", "十九", "二十三",
           "二十七", "三十五", "四十一"]
SCHOOL_KINDS = ["中学", "中学", "高级中学", "实验小学", "小学", "职业高级中学"]
HOSP_KINDS = ["人民医院", "人民医院", "医院", "中医医院"]
TW_TRADE = ["鈺晟", "聯鼎", "昱宏", "富岱", "榮泰", "晶茂", "崇豐", "瑞陞"]
TW_IND = ["科技", "電子", "光電", "精密工業", "實業", "生技", "國際"]
HK_TRADE = ["廣泰", "永裕", "德興隆", "恒昌", "利豐源", "嘉泰"]
HK_IND = ["貿易", "國際", "實業", "投資", "發展", "物流"]
EN_WORDS = ["Ashgrove", "Bramwell", "Cobalt Ridge", "Dunmore", "Elmstead", "Fenwick", "Glenhaven", "Holloway",
            "Ironbridge", "Kingsmere", "Larchfield", "Mossbank", "Northcote", "Pemberton", "Queensbury", "Rosedale"]
EN_TRADES = ["Trading", "Logistics", "Analytics", "Robotics", "Foods", "Packaging", "Precision Parts", "Software",
             "Marine Services", "Biotech", "Textiles", "Capital Partners", "Medical Devices"]
EN_FORMS = ["Ltd.", "Co., Ltd.", "Co., Ltd.", "GmbH", "Inc.", "LLC", "Pte. Ltd.", "S.A.", "Limited", "Corp."]
PINYIN = {"澄岚": "Chenglan", "拓衡": "Tuoheng", "禾溪": "Hexi", "翎越": "Lingyue", "沐川": "Muchuan", "青釉": "Qingyou",
          "瀚岱": "Handai", "晟泓": "Shenghong", "嘉屹": "Jiayi", "睿桐": "Ruitong", "曜澜": "Yaolan", "朗岳": "Langyue",
          "铂舟": "Bozhou", "栎阳": "Liyang", "霁川": "Jichuan", "峰岚": "Fenglan", "蔚启": "Weiqi", "森禾": "Senhe",
          "汀兰": "Tinglan", "启岱": "Qidai", "弈衡": "Yiheng", "澜屿": "Lanyu"}
EN_IND = {"科技": "Technology", "信息技术": "Information Technology", "网络科技": "Network Technology",
          "新材料": "New Materials", "智能装备": "Intelligent Equipment", "生物科技": "Biotechnology",
          "供应链管理": "Supply Chain Management", "建筑工程": "Construction Engineering",
          "环境工程": "Environmental Engineering", "物流": "Logistics", "商贸": "Trading",
          "企业管理咨询": "Management Consulting", "文化传播": "Culture Communication", "电子": "Electronics",
          "医疗器械": "Medical Devices", "食品": "Foods", "精密机械": "Precision Machinery"}
CITY_PINYIN = {"绍兴": "Shaoxing", "常州": "Changzhou", "漳州": "Zhangzhou", "烟台": "Yantai", "广州": "Guangzhou",
               "珠海": "Zhuhai", "岳阳": "Yueyang", "保定": "Baoding", "合肥": "Hefei", "绵阳": "Mianyang",
               "九江": "Jiujiang", "大连": "Dalian", "昆明": "Kunming", "遵义": "Zunyi", "上海": "Shanghai",
               "北京": "Beijing"}
FOREIGN = ["克莱德", "博瑞斯", "霍尔曼", "艾德蒙", "施密特", "维尔纳", "菲利普斯", "马丁"]
JV_DESC = ["中外合资", "中德合资", "中日合资", "中美合资", "中外合作"]
VERBS = ["表示", "称", "发布公告称", "回应称", "透露", "宣布", "于{date}成立", "于{date}完成工商变更", "将于下月起调整价格",
         "今日宣布", "近日中标", "2025年营收同比增长12%"]

# decoy pools
GENERIC = ["本公司", "贵司", "该行", "我院", "总部", "本会", "该中心", "我所", "贵协会", "该研究院", "本社", "各分公司",
           "我行", "贵院", "该基金会", "集团总部", "本工作室", "对方公司", "母公司", "该事务所"]
DEPTS = ["财务部", "人力资源部", "法务部", "市场部", "采购部", "行政部", "审计部", "风控部", "研发中心", "客服中心",
         "信息技术部", "董事会办公室"]
PLACE_NOUNS = ["北京市区", "上海地区", "杭州市内", "深圳市场", "广州片区", "华南地区", "成都市中心", "长三角地区",
               "苏州工业园区", "重庆主城区", "武汉三镇", "珠三角"]
KINDS = ["律师事务所", "会计师事务所", "行业协会", "合作社", "基金会", "研究院", "商会", "工作室", "子公司",
         "分公司", "营业部", "三甲医院", "重点中学"]
PLACEHOLDERS = ["XX有限公司", "××研究院", "XXX科技有限公司", "某某律师事务所", "××市第×人民医院", "XX银行XX支行",
                "ABC Co., Ltd.", "Company Name Ltd."]
PRODUCTS = ["钉钉", "企业微信", "用友U8", "金蝶云星空", "WPS Office", "Excel", "SAP S/4HANA", "飞书多维表格", "腾讯会议"]
BRANDS = ["华为", "海尔", "格力", "娃哈哈", "蒙牛", "伊利", "Nike", "Siemens", "Bosch", "安踏", "联想"]
ORDINALS = ["第三季度", "第二十七届", "第一百二十期", "第三批", "第十二次", "第五十一条", "第二中队", "第三方",
            "第一时间", "第四季度"]


def city() -> tuple[str, str, str]:
    """(province, city, district) of one real division."""
    prov, c, dists = pick(PLACES)
    return prov, c, pick(dists)


def short(c: str) -> str:
    return c[:-1]


def date() -> str:
    return f"{R.randint(2024, 2026)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def person() -> str:
    return P(ZH.name())


def phone() -> str:
    from bench.eval import values
    return PHONE(values.cn_mobile(R))


def company_name(region: bool = False) -> str:
    """An invented company's full name (place, 字号, industry, legal form)."""
    prov, c, _ = city()
    head = pick([c, short(c), prov + c if prov else c, ""])
    t, ind = pick(TRADE), pick(INDUSTRY)
    if region:
        return f"{t}{ind}（{short(c)}）有限公司"
    return f"{head}{t}{ind}{pick(FORMS)}"


def company() -> str:
    return ORG(company_name())


def bracketed_name() -> str:
    """Brackets inside the name: a region, 中国, 集团, full or half width."""
    prov, c, _ = city()
    t, ind = pick(TRADE), pick(INDUSTRY)
    form = turn("bracket", [
        f"{t}{ind}（中国）有限公司", f"{t}{ind}(中国)有限公司", f"{t}（{short(c)}）{ind}有限公司",
        f"{t}({short(c)}){ind}有限公司", f"{t}控股（集团）有限公司", f"{short(c)}{t}实业(集团)有限公司",
        f"{t}建设集团（{short(c)}）有限公司", f"{short(c)}{t}{ind}（集团）股份有限公司",
    ])
    return form


def institution() -> str:
    """An institution whose kind is its form (no 有限公司)."""
    prov, c, d = city()
    t = pick(TRADE)
    return turn("inst", [
        f"{c}{t}{pick(INST_FIELDS)}研究院", f"{prov or c}{pick(INST_FIELDS)}研究院",
        f"{prov or c}{t}律师事务所", f"{c}{t}会计师事务所（特殊普通合伙）", f"{c}{d}{t}{pick(STUDIO_FIELDS)}工作室",
        f"{c}{d}{t}{pick(COOP_FIELDS)}专业合作社", f"{prov or c}{t}{pick(FOUND_FIELDS)}基金会",
        f"{c}{pick(FOUND_FIELDS)}基金会", f"{prov or c}{pick(ASSOC_FIELDS)}协会", f"{c}{pick(ASSOC_FIELDS)}协会",
        f"{c}{pick(['温州', '福建', '潮汕', '青年', '女企业家', '湖南'])}商会", f"{c}{pick(CENTRE_KINDS)}",
        f"{c}{d}{pick(CENTRE_KINDS)}", f"{prov or c}{t}资产评估事务所", f"{c}{t}税务师事务所有限公司",
    ])


def numbered() -> str:
    prov, c, d = city()
    n = pick(CN_NUMS)
    return turn("num", [f"{c}第{n}人民医院", f"{c}第{n}{pick(SCHOOL_KINDS)}", f"{c}{d}第{n}{pick(SCHOOL_KINDS)}",
                        f"{prov + short(c) if prov else c}第{n}中学", f"{c}第{n}{pick(HOSP_KINDS)}", f"{c}{d}第{n}人民医院"])


def branch_chain() -> str:
    prov, c, d = city()
    t, ind = pick(TRADE), pick(INDUSTRY)
    road = pick(ROADS)
    return turn("branch", [
        f"{pick(BANKS)}{short(c)}分行营业部", f"{pick(BANKS)}{short(c)}{road[:2]}支行营业室",
        f"{t}{ind}有限公司{pick(REGIONS)}分公司", f"{c}{t}{ind}有限公司{short(c)}分公司第二营业部",
        f"{t}{pick(BROKERS)}{short(c)}{road}证券营业部", f"{t}{pick(INSURERS)}{short(c)}中心支公司",
        f"{t}{pick(INSURERS)}{short(c)}分公司{d}支公司", f"{pick(BANKS)}{short(c)}分行",
    ])


def bureau() -> str:
    prov, c, d = city()
    ds = d[:-1] if len(d) > 2 else d
    return turn("bureau", [
        f"{c}市场监督管理局{ds}分局", f"{c}市场监督管理局{ds}分局{pick(['城东', '城西', '新城', '开发区'])}市场监督管理所",
        f"{c}公安局{ds}分局", f"{c}公安局{ds}分局{pick(['北门', '江滨', '湖滨', '新桥'])}派出所",
        f"国家税务总局{c}{d}税务局", f"{c}生态环境局{ds}分局", f"{c}自然资源和规划局{ds}分局",
    ])


def hk_tw() -> str:
    return turn("hktw_name", [
        f"{pick(HK_TRADE)}{pick(HK_IND)}有限公司", f"{pick(TW_TRADE)}{pick(TW_IND)}股份有限公司",
        f"{pick(TW_TRADE)}聯合會計師事務所", f"{pick(HK_TRADE)}會計師事務所有限公司",
        f"{pick(TW_TRADE)}{pick(TW_IND)}股份有限公司台中分公司", f"香港{pick(HK_TRADE)}{pick(HK_IND)}集團有限公司",
        f"{pick(TW_TRADE)}國際法律事務所", f"{pick(HK_TRADE)}律師行",
    ])


def english_name() -> str:
    w = pick(EN_WORDS)
    return turn("en", [
        f"{w} {pick(EN_TRADES)} {pick(EN_FORMS)}", f"{w} {pick(EN_TRADES)} Co., Ltd.", f"{w} & Partners LLC",
        f"{w} {pick(EN_TRADES)} (Asia) Pte. Ltd.", f"{w} {pick(EN_TRADES)} GmbH", f"{w} Holdings Inc.",
        f"{w} {pick(EN_TRADES)} S.A.", f"{w} {pick(EN_TRADES)} Limited",
    ])


def bilingual() -> tuple[str, str]:
    """(Chinese full name, English full name) of one invented company."""
    prov, c, _ = city()
    t, ind = pick(TRADE), pick(INDUSTRY)
    sc = short(c)
    return (f"{c}{t}{ind}有限公司", f"{CITY_PINYIN[sc]} {PINYIN[t]} {EN_IND[ind]} Co., Ltd.")


def jv() -> str:
    prov, c, _ = city()
    return turn("jv_name", [f"{short(c)}{pick(FOREIGN)}{pick(INDUSTRY)}有限公司", f"{pick(TRADE)}{pick(FOREIGN)}（{short(c)}）汽车零部件有限公司",
                       f"{short(c)}{pick(TRADE)}{pick(FOREIGN)}精密机械有限公司", f"{pick(FOREIGN)}{pick(TRADE)}（{short(c)}）化工有限公司"])


def any_org() -> str:
    return pick([company_name, institution, numbered, branch_chain, bureau, bracketed_name, hk_tw, english_name,
                 jv])()


def address() -> str:
    prov, c, d = city()
    return A(f"{prov}{c}{d}{pick(ROADS)}{R.randint(1, 399)}号{pick(['', f'{R.randint(2, 28)}楼', f'{R.randint(1, 12)}幢{R.randint(101, 1802)}室'])}")


def generic(v: str | None = None) -> str:
    return dk("org_generic", v or pick(GENERIC))


def dept(v: str | None = None) -> str:
    return dk("department", v or pick(DEPTS))


def place_noun() -> str:
    return dk("place_name", pick(PLACE_NOUNS))


def kind() -> str:
    return dk("org_generic", pick(KINDS))


def placeholder() -> str:
    return dk("placeholder_name", pick(PLACEHOLDERS))


def product() -> str:
    return dk("product_name", pick(PRODUCTS))


def brand() -> str:
    return dk("brand_name", pick(BRANDS))


def ordinal() -> str:
    return dk("ordinal", pick(ORDINALS))


# ------------------------------------------------------------------------------------------------ positives
def no_suffix() -> Doc:
    i1, i2 = institution(), institution()
    t = pick(TRADE)
    form = turn("no_suffix", [
        f"关于举办产业论坛的通知\n主办单位：{ORG(i1)}\n协办单位：{ORG(i2)}\n联系人：{person()} {phone()}",
        f"{ORG(i1)}与{ORG(i2)}签署战略合作协议，双方将在人才培养方面开展合作。",
        f"帮我给{ORG(i1)}写一封感谢信，感谢他们上个月的捐赠，落款是{ORG(i2)}。",
        f"会员单位名单更新：新增{ORG(i1)}，{ORG(i2)}因未缴会费暂停资格。",
        f"{opt(t + pick(['科技', '集团', '智能']))}和{ORG(i1)}一起做的那个项目结项了吗？{person()}问了好几次。",
        f"本次审计由{ORG(i1)}承办，项目负责人{person()}，电话{phone()}。",
        f"请把{ORG(i1)}的资质证明发给我，评审专家来自{ORG(i2)}。",
    ])
    return "no_suffix", form, None


def branches() -> Doc:
    b1, b2 = branch_chain(), branch_chain()
    form = turn("branches", [
        f"收款账户\n户名：{company()}\n开户行：{ORG(b1)}\n账号：{{{{BANK_CARD:@@CUP@@}}}}",
        f"本次授信由{ORG(b1)}提供，担保方为{ORG(b2)}。",
        f"{ORG(b1)}负责人{person()}已签字，请{ORG(b2)}于周五前回函。",
        f"转账回单\n付款人开户行：{ORG(b1)}\n收款人开户行：{ORG(b2)}\n金额：¥{R.randint(1000, 99999)}.00",
        f"各位同事：{ORG(b1)}自{date()}起迁址办公，新地址{address()}。",
        f"投诉对象：{ORG(b1)}\n投诉人：{person()}\n联系电话：{phone()}\n事由：理财产品销售未充分揭示风险。",
    ])
    return "branches", form, None


def brackets() -> Doc:
    a, b = bracketed_name(), bracketed_name()
    form = turn("brackets", [
        f"中标候选人公示\n第一名：{ORG(a)}\n第二名：{ORG(b)}",
        f"{ORG(a)}（以下简称“{opt(a.split('（')[0].split('(')[0])}”）与{ORG(b)}的合并已获批准。",
        f"合同相对方为{ORG(a)}，法定代表人{person()}。",
        f"请核对开票信息：名称 {ORG(a)}，税号 {USCC}。",
        f"今年的供应商大会由{ORG(a)}主办，{ORG(b)}协办。",
        f"{ORG(a)}{pick(['表示', '称', '回应称'])}，将继续加大在华投资。",
    ])
    return "brackets", form, None


def joint_venture() -> Doc:
    a, b = jv(), jv()
    desc = pick(JV_DESC)
    form = turn("jv", [
        f"{desc}企业{ORG(a)}于{date()}成立，注册资本1200万美元。",
        f"{ORG(a)}（{desc}）本月起扩建二期厂房，{person()}任项目经理。",
        f"该项目由{desc}的{ORG(a)}与{ORG(b)}共同投资。",
        f"外商投资企业年报名单：{ORG(a)}、{ORG(b)}。",
        f"请起草一份给{ORG(a)}的函，说明{desc}合同第12条的修改意见。",
    ])
    return "joint_venture", form, None


def hk_tw_doc() -> Doc:
    a, b = hk_tw(), hk_tw()
    form = turn("hktw", [
        f"致：{ORG(a)}\n敬啟者：茲就貴公司來函所述事宜，本所委託{ORG(b)}處理。\n聯絡人：{P(ZH.name())}",
        f"本公司已委任{ORG(a)}為核數師，並由{ORG(b)}擔任法律顧問。",
        f"台灣客戶{ORG(a)}下單了，請{ORG(b)}協助報關。",
        f"報價單\n客戶名稱：{ORG(a)}\n供應商：{ORG(b)}\n有效期：30日",
        f"{ORG(a)}於{date()}召開股東常會，會議由{P(ZH.name())}主持。",
    ])
    return "hk_tw", form, None


def english_doc() -> Doc:
    a, b = english_name(), english_name()
    form = turn("english", [
        f"Please send the signed NDA to {ORG(a)} and cc {P(EN.first_name() + ' ' + EN.last_name())}.",
        f"Vendor: {ORG(a)}\nBill to: {ORG(b)}\nTerms: Net 30",
        f"我们和{ORG(a)}的合同下周到期，续约还是换成{ORG(b)}？",
        f"The agreement between {ORG(a)} and {ORG(b)} was signed on 12 March 2026.",
        f"{ORG(a)}, a subsidiary of {ORG(b)}, announced a new plant in Vietnam.",
        f"翻译成中文：{ORG(a)} has appointed {P(EN.first_name() + ' ' + EN.last_name())} as managing director.",
        f"供应商清单：{ORG(a)}；{ORG(b)}；{company()}",
    ])
    return "english", form, None


def bilingual_doc() -> Doc:
    zh, en = bilingual()
    form = turn("bilingual", [
        f"{ORG(zh)}\n{ORG(en)}\n地址：{address()}",
        f"甲方：{ORG(zh)}（{ORG(en)}）",
        f"Company: {ORG(en)} / {ORG(zh)}",
        f"{ORG(zh)} {ORG(en)}\n电话：{phone()}",
        f"乙方名称（中英文）：{ORG(zh)}，{ORG(en)}",
    ])
    return "bilingual", form, None


def schools() -> Doc:
    a, b = numbered(), numbered()
    form = turn("schools", [
        f"{P(ZH.last_name() + '老师', 'honorific')}调到{ORG(a)}了，以前在{ORG(b)}教数学。",
        f"患者{person()}，男，56岁，由{ORG(a)}转入{ORG(b)}。",
        f"{ORG(a)}与{ORG(b)}结成帮扶对子，每学期互派教师。",
        f"体检报告出具单位：{ORG(a)}\n体检人：{person()}",
        f"孩子今年考上了{ORG(a)}，{ORG(b)}的分数线差了3分。",
        f"获奖名单：一等奖 {person()}（{ORG(a)}），二等奖 {person()}（{ORG(b)}）",
    ])
    return "schools", form, None


def government() -> Doc:
    a, b = bureau(), bureau()
    form = turn("gov", [
        f"行政处罚决定书\n作出机关：{ORG(a)}\n当事人：{company()}\n统一社会信用代码：{USCC}",
        f"{ORG(a)}会同{ORG(b)}开展联合执法检查。",
        f"你单位的申请已转{ORG(a)}办理，请留意短信通知。",
        f"举报受理回执\n受理单位：{ORG(a)}\n举报人：{person()}\n联系电话：{phone()}",
        f"{ORG(a)}于{date()}对辖区内商户进行了抽检。",
    ])
    return "government", form, None


def abbrev() -> Doc:
    zh, en = bilingual()
    t = [k for k in TRADE if k in zh][0]
    ind = [k for k in sorted(INDUSTRY, key=len, reverse=True) if k in zh][0]
    ab = t + ind[:2]
    other = company_name()
    form = turn("abbrev", [
        f"{ORG(zh)}（以下简称“{opt(ab)}”）与{ORG(other)}（以下简称“{generic('乙方')}”）就技术服务事宜达成如下协议：",
        f"根据{ORG(zh)}（以下简称“{opt(ab)}”或“{generic('公司')}”）章程，{opt(ab)}董事会由五名董事组成。",
        f"{ORG(zh)}(以下简称\"{opt(ab)}\")拟收购{ORG(other)}51%股权。",
        f"委托方：{ORG(zh)}（下称“{opt(ab)}”）\n受托方：{ORG(other)}",
    ])
    return "abbrev", form, None


def contract() -> Doc:
    a, b = any_org(), any_org()
    form = turn("contract", [
        f"技术服务合同\n甲方：{ORG(a)}\n乙方：{ORG(b)}\n签订日期：{date()}",
        f"甲方（委托方）：{ORG(a)}\n法定代表人：{person()}\n乙方（受托方）：{ORG(b)}\n联系电话：{phone()}",
        f"甲方: {ORG(a)}\n乙方: {ORG(b)}\n丙方（担保方）：{company()}",
        f"【甲方】{ORG(a)}\n【乙方】{ORG(b)}",
        f"出租方（甲方）：{ORG(a)}\n承租方（乙方）：{ORG(b)}\n租赁物地址：{address()}",
    ])
    return "contract", form, None


def invoice() -> Doc:
    a, b = company_name(), pick([company_name, institution, bracketed_name, jv])()
    form = turn("invoice", [
        f"电子发票（增值税专用发票）\n购买方名称：{ORG(a)}\n纳税人识别号：{USCC}\n销售方名称：{ORG(b)}",
        f"购买方信息\n名称：{ORG(a)}\n统一社会信用代码/纳税人识别号：{USCC}\n销售方信息\n名称：{ORG(b)}",
        f"开票抬头：{ORG(a)}\n税号：{USCC}\n开户银行：{ORG(branch_chain())}",
        f"收据\n今收到{ORG(a)}交来服务费人民币伍仟元整。\n收款单位（盖章）：{ORG(b)}",
    ])
    return "invoice", form, None


def export() -> Doc:
    a, b, c = any_org(), any_org(), company_name()
    p1, p2 = ZH.name(), ZH.name()
    form = turn("export", [
        f"导出数据如下：\n" + json.dumps({"supplier": "§A", "contact": "§P"}, ensure_ascii=False).replace("§A", ORG(a)).replace("§P", P(p1)),
        f"[{{\"org_name\": \"{ORG(a)}\", \"city\": \"烟台\"}}, {{\"org_name\": \"{ORG(b)}\", \"city\": \"大连\"}}]",
        f"单位名称,联系人,电话\n{ORG(a)},{P(p1)},{phone()}\n{ORG(b)},{P(p2)},{phone()}",
        f"customer_id\tcompany\tlevel\n10231\t{ORG(a)}\tA\n10232\t{ORG(c)}\tB",
        f"- name: {ORG(a)}\n  type: supplier\n- name: {ORG(b)}\n  type: partner",
        f"| 序号 | 单位 | 金额 |\n|---|---|---|\n| 1 | {ORG(a)} | 12000 |\n| 2 | {ORG(b)} | 8600 |",
    ])
    return "export", form, None


def verbs() -> Doc:
    a = any_org()
    v = pick(VERBS).format(date=date())
    b = pick([company_name, institution, bracketed_name])()
    form = turn("verbs", [
        f"{ORG(a)}{v}。",
        f"据悉，{ORG(a)}{v}，{ORG(b)}暂未回应。",
        f"记者从{ORG(a)}获悉，该项目已进入试运行阶段。",
        f"{ORG(b)}{v}，相关负责人{person()}接受了采访。",
        f"昨天{ORG(a)}来电，说{ORG(b)}已经付款了。",
        f"{ORG(a)}2026年第一季度实现营业收入3.2亿元。",
    ])
    return "verbs", form, None


def lists() -> Doc:
    a, b, c = any_org(), any_org(), any_org()
    form = turn("lists", [
        f"参会单位：{ORG(a)}、{ORG(b)}、{ORG(c)}。",
        f"{ORG(a)}和{ORG(b)}入围了终审。",
        f"本标准起草单位：{ORG(a)}、{ORG(b)}与{ORG(c)}。",
        f"感谢{ORG(a)}、{ORG(b)}及{ORG(c)}的大力支持！",
        f"联合发起单位包括{ORG(a)}，{ORG(b)}，以及{ORG(c)}。",
        f"{ORG(a)}与{ORG(b)}、{ORG(c)}组成联合体参加投标。",
    ])
    return "lists", form, None


def mixed_chat() -> Doc:
    a, b = any_org(), any_org()
    form = turn("chat", [
        f"{P(ZH.name())}：{ORG(a)}的报价出来了\n{P(ZH.name())}：比{ORG(b)}便宜多少？",
        f"[语音转文字] 喂，我是{ORG(a)}的，你们{dept()}的发票还没寄过来。",
        f"群公告：本周五下午{ORG(a)}来访，由{dept('行政部')}负责接待。",
        f"帮我查一下{ORG(a)}是不是{ORG(b)}的全资子公司。",
    ])
    return "chat", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (no_suffix, 12), (branches, 9), (brackets, 9), (joint_venture, 6), (hk_tw_doc, 7), (english_doc, 9),
    (bilingual_doc, 7), (schools, 8), (government, 7), (abbrev, 6), (contract, 7), (invoice, 6), (export, 8),
    (verbs, 9), (lists, 8), (mixed_chat, 5),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_generic() -> Doc:
    form = turn("neg_generic", [
        f"{generic('贵司')}来函已收悉，{generic('本公司')}将于三个工作日内答复，请联系{dept()}。",
        f"{generic('该行')}的理财经理说要{generic('总部')}审批，{generic('我行')}这边没有权限。",
        f"{generic('我院')}与{generic('贵院')}的合作协议已到期，请{dept('董事会办公室')}跟进。",
        f"{generic('本会')}会员大会定于下月召开，请{generic('各分公司')}推选代表。",
        f"{generic('该中心')}暂停对外服务，咨询请联系{generic('我所')}。",
        f"{generic('母公司')}要求{generic('各分公司')}把报表发到{dept('财务部')}。",
        f"{generic('该事务所')}出具的审计报告被{generic('对方公司')}质疑。",
        f"请{generic('该基金会')}补充提交年度工作报告，{generic('本社')}收到后审核。",
    ])
    return "neg_generic", form, None


def neg_dept() -> Doc:
    form = turn("neg_dept", [
        f"报销流程：提交给{dept()}初审，再由{dept()}复核，最后{dept()}付款。",
        f"组织架构调整：{dept()}并入{dept()}，{dept()}单独设立。",
        f"周会纪要：{dept()}汇报了{ordinal()}的预算执行情况，{dept()}提出意见。",
        f"新员工入职请先到{dept('人力资源部')}报到，再去{dept('信息技术部')}领电脑。",
        f"{dept('研发中心')}和{dept('客服中心')}的协作流程需要梳理。",
    ])
    return "neg_dept", form, None


def neg_place() -> Doc:
    form = turn("neg_place", [
        f"{place_noun()}的房价比{place_noun()}高多少？",
        f"我们在{place_noun()}和{place_noun()}都有客户，下季度重点拓展{place_noun()}。",
        f"{place_noun()}今天限行，去{place_noun()}的同事注意。",
        f"写一份{place_noun()}餐饮市场的调研提纲，对比{place_noun()}。",
        f"周末从{place_noun()}开车去{place_noun()}要多久？",
    ])
    return "neg_place", form, None


def neg_kinds() -> Doc:
    form = turn("neg_kinds", [
        f"找{kind()}还是{kind()}做尽调比较合适？",
        f"成立{kind()}需要什么条件？和{kind()}有什么区别？",
        f"合同模板里的{placeholder()}记得替换成真实名称，{placeholder()}也要改。",
        f"请填写：单位名称 {placeholder()}，开户行 {placeholder()}。",
        f"孩子想考{kind()}，附近有哪些{kind()}？",
        f"我们打算注册一家{kind()}，顺便咨询{kind()}的年检要求。",
    ])
    return "neg_kinds", form, None


def neg_products() -> Doc:
    form = turn("neg_products", [
        f"公司从{product()}换到{product()}了，审批流怎么迁移？",
        f"{brand()}和{brand()}的售后哪个好？想买台空调。",
        f"{product()}导出的报表能直接导入{product()}吗？",
        f"年会抽奖：一等奖{brand()}手机，二等奖{brand()}运动鞋。",
        f"{brand()}{ordinal()}财报说了什么？{brand()}呢？",
    ])
    return "neg_products", form, None


def neg_ordinals() -> Doc:
    form = turn("neg_ordinals", [
        f"{ordinal()}的目标已完成，{ordinal()}再议。",
        f"根据合同{ordinal()}，{generic('贵司')}应在{ordinal()}付款。",
        f"{ordinal()}运动会报名开始了，{ordinal()}名单已公布。",
        f"请{ordinal()}把资料发给{dept()}。",
    ])
    return "neg_ordinals", form, None


def neg_templates() -> Doc:
    form = turn("neg_templates", [
        f"甲方：{placeholder()}\n乙方：{placeholder()}\n（以下简称“{generic('甲方')}”“{generic('乙方')}”）",
        "购买方名称：\n纳税人识别号：\n销售方名称：\n（请按营业执照填写全称）",
        f'{{"org_name": "", "dept": "{dept()}", "region": "{place_noun()}"}}',
        "单位名称,联系人,电话\n（此处填写）,,\n",
        f"开户行：{placeholder()}\n户名：同{generic('本公司')}营业执照名称",
    ])
    return "neg_templates", form, None


def neg_english() -> Doc:
    form = turn("neg_english", [
        f"Our company will reply within five business days; please contact {dept('Finance Department')}.",
        "The bank said head office must approve it, and the branch has no authority.",
        f"Compare {brand()} and {brand()} on after-sales service.",
        f"Please replace {placeholder()} with the legal name of your company.",
        "Each subsidiary should send its report to the group headquarters by Friday.",
    ])
    return "neg_english", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_generic, 9), (neg_dept, 7), (neg_place, 7), (neg_kinds, 9), (neg_products, 7), (neg_ordinals, 6),
    (neg_templates, 6), (neg_english, 5),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
