"""Round 17o blind corpus: organisation names where enterprise prompts carry them, in forms sixteen rounds held few of.

Why: the hold-out's ORG is F1 0.946 (recall 0.918); rounds 9o, 10o, 12g, 14o and 15o lifted their own corpora
but not the hold-out much, so its misses are other forms. This round writes organisations inside the documents
people paste into an assistant, in the forms those rounds did not write:

- contract party blocks whose labels carry a role in brackets (出租方（甲方）：, 上诉人（原审被告）：,
  保证人（丙方）：), markdown-bold labels, and bilingual party lines (Party A: … / 甲方：…);
- tender and award notices (采购人 / 采购代理机构 / 中标供应商, a consortium "A（牵头人）与B组成的联合体",
  candidate tables), court judgments (a case named "A与B买卖合同纠纷一案", a law firm before 律师), legal
  opinions whose heading names the firm and the issuer, government notices naming "A等N家企业";
- annual-report subsidiary tables and related-party lists, supplier CSV / TSV exports with quoted names,
  electronic invoices and bank receipts (付款人户名 / 收款人开户行), SWIFT-style English remittance blocks,
  shipping documents in capitals (SHIPPER: … CO.,LTD.), offer letters, signatures, minutes, WeChat groups;
- company names in the style of Faker zh_CN (a 字号 that holds a place, a Latin part, digits or a word such as
  公司 / 国际 / 软件 before the suffix: 襄阳地平线科技有限公司, KMP软件信息有限公司, 云帆公司传媒有限公司) and
  of Faker en_US (Adkins-Stephenson, "Dorsey, Robinson and Clark", Berg Group, Miller and Sons, Wilson PLC);
- state organs by their modern names (国家税务总局…税务局 and its 稽查局, 海关, 国家金融监督管理总局…监管分局,
  中国人民银行…分行, 证监局, 公共资源交易中心, 仲裁委员会, 公证处, 不动产登记中心, 住房公积金管理中心…管理部,
  出入境边防检查站, 经济技术开发区管理委员会), insurers' 中心支公司 / 营销服务部, chain stores (…有限公司…店),
  representative offices (…株式会社上海代表处, … Shanghai Representative Office), a bank's 信用卡中心,
  clinics (…口腔门诊部有限公司, 社区卫生服务站), campuses, training schools, associations and their committees,
  charities, funds and partnerships (…股权投资管理中心（有限合伙）, …合伙企业（普通合伙）), HK ("Limited",
  股份代號), Taiwanese (財團法人 / 社團法人, 台北分公司) and Macau (一人有限公司) entities;
- a Chinese name with its English name in half- or full-width brackets on one line, either first; names with a
  Latin, digit, & or · part; names written with evasions (spaced characters, full-width Latin, zero-width
  characters, percent-encoding in a URL, JSON \\uXXXX escapes).

Labelling judgements, from the conventions only (/work/shared/eval/README.md) and consistent with rounds 9o-15o,
written before any detector was run on this corpus:

- ORG is the full name as written, from the place that begins it to its last unit (分行, 支行, 中心支公司,
  营销服务部, 证券营业部, …店, 代表处, 稽查局, 管理部, 校区); a role label before it, (盖章), a stock code, a
  role or short name defined after it, 律师 / 院长 after it and 等N家企业 are no part of it.
- A Chinese name and its English name side by side are two spans; the brackets between them belong to neither.
  A name in capitals is the name as written. "the" before an English name is not part of it.
- Faker en_US forms are company names (their legal form or the "and" / hyphen of a partnership marks them) where
  the position says "a company" (vendor, shipper, bill to, of …).
- Short names defined after the full name (以下简称“澄砚科技”, ("Chengyan")), 证券简称 and 字号 + industry
  without a legal form are optional (not scored), as in 14o. Brand + 集团 alone is optional too.
- A name written with evasions is one span (tags spaced_chars / fullwidth / zero_width / percent / json_escape,
  norm the plain name).
- Decoys (no organisation named): roles and generic references (甲方, 招标人, 发行人, 本行, 贵单位, 建设单位,
  the Company, the Borrower), departments alone (董事会办公室, 证券事务部, 采购中心), kinds of body alone (仲裁委员会,
  公证处, 海关), development zones, parks and buildings (…经济技术开发区, …大厦), stock codes and indices, products
  and fund products (…混合型证券投资基金), brands alone, events (…博览会, …杯大赛), laws and standards in 《》,
  project names, placeholders (【投标人名称】, XXXX有限公司, [Company Name] Co., Ltd.).
- People (contacts, legal representatives, judges), phones, credit codes, e-mail addresses and full addresses
  present are labeled too.

Places are real divisions; every 字号, Latin word, English name and person is invented (hand-made lists; Faker
zh_CN / en_US for people and English family names); the output follows only the seed. About a third of the
documents have no gold.

    python -m bench.eval.blind.build --round17o     # writes bench/eval/corpus/blind-round17o.jsonl
"""
from __future__ import annotations

import random
import urllib.parse
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, EMAIL, PERSON as P, PHONE, gold

SEED = 170417
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
    """An optional ORG span (a short name or a 字号 without a legal form)."""
    return ORG(v, "opt")


def EN_ORG(v: str) -> str:
    return ORG(v, "en")


# ------------------------------------------------------------------------------------------------ pools
# (province, city, districts, county); real divisions, other cities than round 15o's
PLACES = [("浙江省", "绍兴市", ["越城区", "柯桥区", "上虞区"], "新昌县"),
          ("安徽省", "芜湖市", ["镜湖区", "弋江区", "鸠江区"], "南陵县"),
          ("江西省", "九江市", ["浔阳区", "濂溪区", "柴桑区"], "修水县"),
          ("贵州省", "遵义市", ["红花岗区", "汇川区", "播州区"], "湄潭县"),
          ("云南省", "曲靖市", ["麒麟区", "沾益区", "马龙区"], "陆良县"),
          ("山东省", "临沂市", ["兰山区", "罗庄区", "河东区"], "沂水县"),
          ("河北省", "邯郸市", ["邯山区", "丛台区", "复兴区"], "涉县"),
          ("江苏省", "盐城市", ["亭湖区", "盐都区", "大丰区"], "射阳县"),
          ("福建省", "漳州市", ["芗城区", "龙文区", "龙海区"], "平和县"),
          ("广东省", "湛江市", ["赤坎区", "霞山区", "麻章区"], "遂溪县"),
          ("广东省", "肇庆市", ["端州区", "鼎湖区", "高要区"], "广宁县"),
          ("甘肃省", "兰州市", ["城关区", "七里河区", "安宁区"], "榆中县"),
          ("宁夏回族自治区", "银川市", ["兴庆区", "金凤区", "西夏区"], "永宁县"),
          ("湖南省", "常德市", ["武陵区", "鼎城区"], "桃源县"),
          ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区", "铁锋区"], "龙江县"),
          ("辽宁省", "鞍山市", ["铁东区", "铁西区", "立山区"], "台安县"),
          ("", "上海市", ["闵行区", "嘉定区", "浦东新区"], "崇明区"),
          ("", "北京市", ["海淀区", "朝阳区", "丰台区"], "密云区")]
CITY_PY = {"绍兴": "Shaoxing", "芜湖": "Wuhu", "九江": "Jiujiang", "遵义": "Zunyi", "曲靖": "Qujing", "临沂": "Linyi",
           "邯郸": "Handan", "盐城": "Yancheng", "漳州": "Zhangzhou", "湛江": "Zhanjiang", "肇庆": "Zhaoqing",
           "兰州": "Lanzhou", "银川": "Yinchuan", "常德": "Changde", "齐齐哈尔": "Qiqihar", "鞍山": "Anshan",
           "上海": "Shanghai", "北京": "Beijing"}
# 字号 (trade names), invented, with their pinyin
TRADE = {"澄砚": "Chengyan", "岚澈": "Lanche", "汀芷": "Tingzhi", "曜岩": "Yaoyan", "禾麓": "Helu", "栎川": "Lichuan",
         "苒楠": "Rannan", "漪岚": "Yilan", "翊鸿": "Yihong", "璟川": "Jingchuan", "煦和": "Xuhe", "沐垚": "Muyao",
         "朗峤": "Langqiao", "霁岚": "Jilan", "珩宇": "Hengyu", "骁驰": "Xiaochi", "沅芷": "Yuanzhi", "蔚澜": "Weilan",
         "启湉": "Qitian", "泊舟": "Bozhou", "芮衡": "Ruiheng", "峦启": "Luanqi"}
TRAD = ["澄硯", "嵐澈", "汀芷", "曜岩", "禾麓", "櫟川", "漪嵐", "翊鴻", "璟川", "煦和", "朗嶠", "霽嵐"]
# Faker-style 字号 that hold a place, a Latin part, digits or a word of their own (invented)
ODD_PREFIX = ["博川软件", "星联世纪", "新格瑞信息", "恒泰万通", "KMP软件", "数字365", "开发区创远", "襄阳地平线",
              "荆门亿维", "云帆公司", "汇鼎国际公司", "维拓电子", "时光盒数据", "蓝鲸计算机", "易迅达", "宜宾百纳",
              "创想100", "黄冈金石"]
ODD_SUFFIX = ["科技有限公司", "网络有限公司", "信息有限公司", "传媒有限公司", "贸易有限责任公司", "科技股份有限公司",
              "电子商务有限公司", "软件有限公司"]
# (Chinese industry, English industry)
INDUSTRY = [("智能科技", "Intelligent Technology"), ("新材料", "New Materials"), ("生物医药", "Biopharmaceutical"),
            ("供应链管理", "Supply Chain Management"), ("建设工程", "Construction Engineering"),
            ("物业服务", "Property Services"), ("进出口", "Import & Export"), ("国际贸易", "International Trading"),
            ("融资租赁", "Financial Leasing"), ("环境工程", "Environmental Engineering"),
            ("电力设备", "Electric Power Equipment"), ("汽车零部件", "Auto Parts"), ("包装材料", "Packaging Materials"),
            ("文化旅游", "Culture & Tourism"), ("精密机械", "Precision Machinery"), ("食品", "Foods")]
LATIN = ["Vexora", "Quintal", "Marlowe", "Tessaro", "Orvane", "Kelsing", "Brantis", "Luvero"]
JP = ["北辰", "丸荣", "三洋堂", "松原", "高砂"]
MIXED = ["365", "e家", "3D", "5G", "T&S", "一九八八", "i尚", "K·Line", "8号"]
ROADS = ["解放北路", "人民东路", "建设西路", "迎宾大道", "环城南路", "中山北路", "新华路", "长江路", "青年路", "滨河路"]
STREETS = ["府山", "北海", "城南", "东湖", "塔山", "稽山", "灵芝", "斗门"]
TW_CITY = ["臺北市", "新北市", "臺中市", "高雄市", "桃園市"]
ASSOC_FIELDS = ["软件", "物流", "跨境电子商务", "医疗器械", "建筑装饰", "人力资源服务", "数据安全"]
SOCIETIES = [("计算机学会", "人工智能专业委员会"), ("机械工程学会", "青年工作委员会"), ("药学会", "医院药学专业委员会"),
             ("会计学会", "管理会计专业委员会")]
EN_FIRMS = ["Technologies", "Consulting", "Holdings", "Logistics", "Trading", "Partners"]
EN_FORMS = ["Inc.", "LLC", "Corp.", "Ltd."]


def place() -> tuple[str, str, str, str]:
    """(province, city, district, county) of one real division."""
    prov, c, dists, county = pick(PLACES)
    return prov, c, pick(dists), county


def short(c: str) -> str:
    return c[:-1]


def pshort(p: str) -> str:
    for tail in ("回族自治区", "自治区", "省"):
        if p.endswith(tail):
            return p[: -len(tail)]
    return p


def dshort(d: str) -> str:
    """A district's short form (越城区 -> 越城, 浦东新区 -> 浦东)."""
    return d.removesuffix("新区").removesuffix("区")


def trade() -> tuple[str, str]:
    t = pick(list(TRADE))
    return t, TRADE[t]


def date() -> str:
    return f"{R.randint(2024, 2026)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def ymd() -> str:
    return f"{R.randint(2024, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def person() -> str:
    return P(ZH.name())


def en_person() -> str:
    return P(EN.first_name() + " " + EN.last_name())


def phone() -> str:
    return PHONE(values.cn_mobile(R))


def landline() -> str:
    area, num = values.cn_landline(R)
    return gold("CN_LANDLINE", f"{area}-{num}")


def mail(domain: str = "example.com") -> str:
    return EMAIL(f"{ZH.user_name()}@{domain}")


def address() -> str:
    prov, c, d, _ = place()
    return A(f"{prov}{c}{d}{pick(ROADS)}{R.randint(1, 399)}号"
             f"{pick(['', f'{R.randint(2, 20)}楼', f'{R.randint(1, 9)}幢{R.randint(101, 1502)}室'])}")


def money() -> str:
    return f"{R.randint(12, 980)}.{R.randint(0, 99):02d}万元"


def stock(market: str = "A") -> str:
    if market == "HK":
        return dk("stock_code", f"{R.randint(100, 9999):05d}")
    return dk("stock_code", f"{pick(['600', '603', '688', '300', '002'])}{R.randint(0, 999):03d}")


# ------------------------------------------------------------------------------------------------ org makers
def company() -> str:
    """A mainland company with its legal form, in the shapes registrations take."""
    prov, c, d, county = place()
    t, _ = trade()
    ind, _ = pick(INDUSTRY)
    return turn("company", [f"{c}{t}{ind}有限公司", f"{short(c)}{t}{ind}有限公司", f"{prov or c}{t}{ind}股份有限公司",
                            f"{t}{ind}（{short(c)}）有限公司", f"{c}{d}{t}{ind}有限公司", f"{t}{ind}集团有限公司",
                            f"{pshort(prov) or short(c)}{t}控股集团有限公司", f"{county}{t}{ind}有限责任公司",
                            f"{short(c)}{t}实业股份有限公司", f"{odd()}"])


def odd() -> str:
    """A Faker zh_CN-style name: a 字号 holding a place, Latin, digits or a word, then a suffix."""
    return f"{pick(ODD_PREFIX)}{pick(ODD_SUFFIX)}"


def bilingual() -> tuple[str, str]:
    """(Chinese name, English name) of one company."""
    _, c, _, _ = place()
    t, tp = trade()
    ind, ind_en = pick(INDUSTRY)
    cp = CITY_PY[short(c)]
    return turn("bilingual", [(f"{c}{t}{ind}有限公司", f"{cp} {tp} {ind_en} Co., Ltd."),
                              (f"{t}{ind}（{short(c)}）有限公司", f"{tp} {ind_en} ({cp}) Co., Ltd."),
                              (f"{short(c)}{t}{ind}股份有限公司", f"{cp} {tp} {ind_en} Corporation Limited"),
                              (f"{t}{ind}集团有限公司", f"{tp} {ind_en} Group Co., Ltd."),
                              (f"{c}{t}{ind}有限公司", f"{cp.upper()} {tp.upper()} {ind_en.upper()} CO.,LTD.")])


def faker_en() -> str:
    """An English company in the shapes of Faker en_US (a family name with a form, two or three partners)."""
    a, b, c = EN.last_name(), EN.last_name(), EN.last_name()
    return turn("faker_en", [f"{a}-{b}", f"{a}, {b} and {c}", f"{a} Group", f"{a} and Sons", f"{a} PLC", f"{a} Ltd",
                             f"{a} Inc", f"{a} LLC", f"{a} {pick(EN_FIRMS)} {pick(EN_FORMS)}"])


def caps_en() -> str:
    """An English name of a Chinese exporter as shipping papers write it."""
    _, c, _, _ = place()
    _, tp = trade()
    _, ind_en = pick(INDUSTRY)
    cp = CITY_PY[short(c)].upper()
    return turn("caps_en", [f"{cp} {tp.upper()} {ind_en.upper()} CO.,LTD.", f"{cp} {tp.upper()} IMP. & EXP. CO., LTD",
                            f"{tp.upper()} {ind_en.upper()} ({cp}) CO., LIMITED", f"{cp} {tp.upper()} INDUSTRIAL CO.,LTD"])


def law_firm() -> str:
    prov, c, _, _ = place()
    t, _ = trade()
    return turn("law", [f"{pshort(prov) or short(c)}{t}律师事务所", f"{c}{t}律师事务所", f"北京{t}律师事务所{short(c)}分所",
                        f"上海市{t}律师事务所"])


def court() -> str:
    prov, c, d, _ = place()
    return turn("court", [f"{c}中级人民法院", f"{c}{d}人民法院", f"{prov or c}高级人民法院", f"{c}{d}人民法院"])


def gov() -> str:
    prov, c, d, county = place()
    s = short(c)
    return turn("gov", [f"国家税务总局{c}{d}税务局", f"国家税务总局{c}税务局第一稽查局", f"国家税务总局{prov or c}税务局",
                        f"中华人民共和国{s}海关", f"国家金融监督管理总局{s}监管分局", f"中国人民银行{prov or c}分行",
                        f"中国证券监督管理委员会{pshort(prov) or s}监管局",
                        f"{c}公共资源交易中心", f"{s}仲裁委员会", f"{prov}{c}{pick(['', '第一', '第二'])}公证处",
                        f"{c}不动产登记中心", f"{c}住房公积金管理中心{dshort(d)}管理部", f"{s}出入境边防检查站",
                        f"{c}经济技术开发区管理委员会", f"{c}人民政府办公室", f"{county}社会保险事业管理局"])


def authority() -> str:
    """A body that decides on a company: tax, customs, financial and securities regulators, a zone's committee."""
    prov, c, d, _ = place()
    s = short(c)
    return turn("authority", [f"国家税务总局{c}{d}税务局", f"国家税务总局{c}税务局第一稽查局", f"中华人民共和国{s}海关",
                              f"国家金融监督管理总局{s}监管分局", f"中国证券监督管理委员会{pshort(prov) or s}监管局",
                              f"{c}经济技术开发区管理委员会"])


def arbitration() -> str:
    _, c, _, _ = place()
    return f"{short(c)}仲裁委员会"


def insurer() -> str:
    prov, c, d, _ = place()
    t, _ = trade()
    return turn("insurer", [f"{t}财产保险股份有限公司{c}中心支公司", f"{t}人寿保险股份有限公司{prov or c}分公司",
                            f"{t}财产保险股份有限公司{c}{d}营销服务部"])


def securities() -> str:
    _, c, _, _ = place()
    t, _ = trade()
    return turn("securities", [f"{t}证券股份有限公司{c}{pick(ROADS)}证券营业部", f"{t}证券有限责任公司{short(c)}分公司",
                               f"{t}期货有限公司{c}营业部"])


def bank() -> str:
    prov, c, d, county = place()
    t, _ = trade()
    return turn("bank", [f"{t}银行股份有限公司{c}分行", f"{t}银行股份有限公司{short(c)}{d}支行", f"{t}银行股份有限公司信用卡中心",
                         f"{short(c)}{t}农村商业银行股份有限公司{pick(STREETS)}支行", f"{t}银行{short(c)}分行营业部",
                         f"{t}银行股份有限公司{county}支行"])


def branch() -> str:
    """A store, a representative office or an office of a company, written with its parent."""
    prov, c, d, _ = place()
    t, tp = trade()
    ind, _ = pick(INDUSTRY)
    return turn("branch", [f"{pshort(prov) or short(c)}{t}大药房连锁有限公司{pick(ROADS)}店", f"{c}{t}超市有限公司第{R.randint(11, 98)}分店",
                           f"{pick(JP)}株式会社上海代表处", f"{pick(LATIN)} GmbH北京代表处",
                           f"{t}{ind}有限公司驻{c}办事处", f"{t}酒店管理有限公司{short(c)}{d}分店",
                           f"{c}{t}{ind}有限公司{d}分公司"])


def care() -> str:
    """Clinics, campuses, training schools and hospitals with a second name."""
    prov, c, d, county = place()
    t, _ = trade()
    return turn("care", [f"{c}{d}{t}口腔门诊部有限公司", f"{c}{d}{pick(STREETS)}街道社区卫生服务站", f"{c}{t}医院有限公司",
                         f"{short(c)}职业技术学院{pick(['东', '南', '北'])}校区", f"{c}{d}{t}培训学校有限公司",
                         f"{c}{t}教育科技有限公司", f"{county}{t}中医诊所"])


def society() -> str:
    prov, c, d, _ = place()
    t, _ = trade()
    soc, com = pick(SOCIETIES)
    return turn("society", [f"{prov or c}{pick(ASSOC_FIELDS)}行业协会", f"{c}慈善总会", f"{c}红十字会",
                            f"{prov or c}{soc}{com}", f"{c}{pick(ASSOC_FIELDS)}协会", f"{c}{t}公益基金会"])


def fund() -> str:
    _, c, d, _ = place()
    t, _ = trade()
    return turn("fund", [f"{c}{t}创业投资合伙企业（有限合伙）", f"{short(c)}{t}股权投资基金合伙企业（有限合伙）",
                         f"{t}私募基金管理有限公司", f"{c}{t}股权投资管理中心（有限合伙）",
                         f"{short(c)}{t}企业管理咨询合伙企业（普通合伙）", f"{short(c)}{t}产业投资基金有限公司"])


def mixed() -> str:
    """A name with a Latin, digit, & or · part."""
    _, c, _, _ = place()
    ind, _ = pick(INDUSTRY)
    t, _ = trade()
    return turn("mixed", [f"{c}{pick(MIXED)}{ind}有限公司", f"{short(c)}{pick(MIXED)}{t}{ind}有限公司",
                          f"{pick(LATIN)}·{t}（{short(c)}）{ind}有限公司", f"{c}{pick(LATIN)}&{t}{ind}有限公司"])


def hk() -> tuple[str, str]:
    """(name, 'hk' / 'tw' / 'mo') of a Hong Kong, Taiwanese or Macau entity."""
    t = pick(TRAD)
    _, tp = trade()
    return turn("hk", [(f"{t}國際（香港）有限公司", "hk"), (f"{tp} Holdings Limited", "hk"),
                       (f"{tp} (Asia) Company Limited", "hk"), (f"{tp} Trading (H.K.) Co., Limited", "hk"),
                       (f"財團法人{pick(TW_CITY)}{t}文教基金會", "tw"), (f"社團法人臺灣{pick(['數位物流', '長期照顧', '智慧製造'])}發展協會", "tw"),
                       (f"{t}科技股份有限公司臺中分公司", "tw"), (f"{t}國際有限公司", "tw"),
                       (f"澳門{t}貿易一人有限公司", "mo"), (f"{t}（澳門）有限公司", "mo"), (f"{t}建築置業有限公司", "mo")])


def any_org() -> str:
    return pick([company, company, law_firm, gov, insurer, bank, branch, care, society, fund, mixed])()


# decoys
def role(v: str) -> str:
    return dk("org_generic", v)


def dept(v: str | None = None) -> str:
    return dk("department", v or pick(["董事会办公室", "证券事务部", "采购中心", "财务共享中心", "法务合规部",
                                        "招投标管理办公室", "总经理办公室", "内控审计部", "供应链管理部"]))


# ------------------------------------------------------------------------------------------------ positives
def parties() -> Doc:
    a, b, c = company(), company(), any_org()
    zh, en = bilingual()
    form = turn("parties", [
        f"房屋租赁合同\n出租方（甲方）：{ORG(a)}\n统一社会信用代码：{USCC}\n承租方（乙方）：{ORG(b)}\n"
        f"法定代表人：{person()}\n住所：{address()}",
        f"**甲方：**{ORG(a)}\n**乙方：**{ORG(b)}\n**丙方（保证人）：**{ORG(c)}\n鉴于{role('甲方')}拟向{role('乙方')}采购设备……",
        f"Party A: {EN_ORG(en)}\n甲方：{ORG(zh)}\nParty B: {EN_ORG(faker_en())}\nAuthorized representative: {en_person()}",
        f"借款合同\n贷款人：{ORG(bank())}\n借款人：{ORG(a)}\n保证人（一）：{ORG(b)}\n保证人（二）：{person()}",
        f"三方协议\n委托方（以下称甲方）：{ORG(a)}\n受托方（以下称乙方）：{ORG(b)}\n监管方（以下称丙方）：{ORG(bank())}",
        f"技术服务合同\n需方：{ORG(a)}\n供方：{ORG(b)}\n签订地点：{short(place()[1])}\n签订时间：{date()}",
        f"补充协议\n本补充协议由以下双方于{date()}签订：\n（1）{ORG(a)}，一家依据中国法律设立的公司；\n（2）{ORG(b)}，"
        f"统一社会信用代码{USCC}。",
        f"担保人（丙方）：{ORG(c)}\n法定代表人/负责人：{person()}\n联系电话：{phone()}",
    ])
    return "parties", form, None


def tenders() -> Doc:
    a, b, c, g = company(), company(), company(), gov()
    form = turn("tenders", [
        f"中标结果公告\n一、项目编号：ZJSX-2026-0{R.randint(100, 999)}\n二、采购人：{ORG(g, 'gov')}\n三、采购代理机构：{ORG(a)}\n"
        f"四、中标供应商：{ORG(b)}，中标金额：{money()}",
        f"中标候选人公示\n| 排名 | 投标人 | 报价（万元） |\n|---|---|---|\n| 1 | {ORG(a)} | {R.randint(300, 900)}.00 |\n"
        f"| 2 | {ORG(b)} | {R.randint(300, 900)}.50 |\n| 3 | {ORG(c)} | {R.randint(300, 900)}.80 |",
        f"本项目接受联合体投标。{ORG(a)}（牵头人）与{ORG(b)}组成的联合体为第一中标候选人。",
        f"招标公告\n招标人：{ORG(care())}\n招标代理：{ORG(a)}\n联系人：{person()}　{landline()}",
        f"关于{ORG(a)}等3家供应商列入不良行为记录名单的公告\n经查，{ORG(b)}在投标中提供虚假材料……",
        f"询价结果：{ORG(a)}报价最低，{ORG(b)}次之，{ORG(c)}未按时递交报价单，作废标处理。",
        f"采购人名称：{ORG(g, 'gov')}\n地址：{address()}\n项目联系人：{person()}\n电话：{landline()}",
    ])
    return "tenders", form, None


def judgments() -> Doc:
    a, b, lf, c = company(), company(), law_firm(), court()
    form = turn("judgments", [
        f"{ORG(c)}\n民事判决书\n上诉人（原审被告）：{ORG(a)}，住所地{address()}。\n法定代表人：{person()}，该公司执行董事。\n"
        f"委托诉讼代理人：{person()}，{ORG(lf)}律师。\n被上诉人（原审原告）：{ORG(b)}。",
        f"原告{ORG(a)}与被告{ORG(b)}买卖合同纠纷一案，本院于{date()}立案后，依法适用简易程序。",
        f"申请执行人：{ORG(a)}\n被执行人：{ORG(b)}\n执行法院：{ORG(c)}\n执行标的：{money()}",
        f"第三人：{ORG(any_org())}，住所地{address()}。\n负责人：{person()}，该单位负责人。",
        f"{ORG(a)}、{ORG(b)}与{ORG(bank())}金融借款合同纠纷案件已审理终结。",
        f"仲裁申请人：{ORG(a)}\n被申请人：{ORG(b)}\n仲裁机构：{ORG(arbitration())}\n代理人：{person()}（{ORG(lf)}）",
    ])
    return "judgments", form, None


def opinions() -> Doc:
    a, lf = company(), law_firm()
    form = turn("opinions", [
        f"{ORG(lf)}\n关于{ORG(a)}首次公开发行股票并在创业板上市的\n法律意见书\n致：{ORG(a)}",
        f"致：{ORG(a)}\n{ORG(lf)}（以下简称“{role('本所')}”）接受{role('贵公司')}委托，就{role('贵公司')}"
        f"收购{ORG(company())}100%股权事宜出具本法律意见。",
        f"尽职调查清单（{ORG(a)}）\n1. 营业执照及历次变更\n2. 与{ORG(bank())}签署的授信协议\n3. 对{ORG(fund())}的出资凭证",
        f"经本所律师核查，发行人的控股股东为{ORG(fund())}，实际控制人为{person()}。",
        f"本法律意见书由{ORG(lf)}出具，经办律师：{person()}、{person()}。",
    ])
    return "opinions", form, None


def notices() -> Doc:
    g, a, b = gov(), company(), company()
    form = turn("notices", [
        f"{ORG(g, 'gov')}关于{ORG(a)}等{R.randint(3, 30)}家企业列入经营异常名录的公告",
        f"行政处罚决定书\n当事人：{ORG(a)}\n统一社会信用代码：{USCC}\n作出机关：{ORG(authority(), 'gov')}\n{date()}",
        f"根据《{dk('law_title', '中华人民共和国税收征收管理法')}》，{ORG(g, 'gov')}决定对{ORG(a)}处以罚款。",
        f"通知\n各有关单位：\n经研究，定于{date()}在{ORG(gov(), 'gov')}召开专题会议，请{ORG(a)}、{ORG(b)}派员参加。",
        f"{ORG(g, 'gov')}\n税务事项通知书\n纳税人名称：{ORG(a)}\n纳税人识别号：{USCC}",
        f"{ORG(g, 'gov')}、{ORG(gov(), 'gov')}联合开展专项检查，{ORG(a)}被责令限期整改。",
    ])
    return "notices", form, None


def subsidiaries() -> Doc:
    p, a, b, c = company(), company(), company(), hk()[0]
    listed = f"{pick([x[0] for x in PLACES if x[0]])}{trade()[0]}"
    form = turn("subsidiaries", [
        f"在子公司中的权益\n| 子公司名称 | 主要经营地 | 注册地 | 持股比例 |\n|---|---|---|---|\n| {ORG(a)} | {short(place()[1])} | "
        f"{short(place()[1])} | 100% |\n| {ORG(b)} | {short(place()[1])} | {short(place()[1])} | 51% |\n| {ORG(c)} | 香港 | 香港 | 100% |",
        f"报告期内，本公司全资子公司{ORG(a)}完成注销，控股子公司{ORG(b)}引入战略投资者{ORG(fund())}。",
        f"关联方名称\t关联关系\n{ORG(p)}\t控股股东\n{ORG(a)}\t同一控制下企业\n{ORG(fund())}\t持股5%以上股东",
        f"{ORG(listed + '股份有限公司')}2025年年度报告摘要\n证券代码：{stock()}　证券简称：{opt(listed[-2:] + '股份')}\n"
        f"公告编号：2026-0{R.randint(10, 99)}",
        f"前五名供应商：{ORG(a)}、{ORG(b)}、{ORG(company())}，合计采购额占比{R.randint(20, 60)}%。",
    ])
    return "subsidiaries", form, None


def exports() -> Doc:
    a, b, c = company(), company(), faker_en()
    form = turn("exports", [
        f"供应商编码,供应商名称,联系人,电话\nS0{R.randint(100, 999)},{ORG(a)},{person()},{phone()}\nS0{R.randint(100, 999)},"
        f"{ORG(b)},{person()},{phone()}",
        f"vendor_id,vendor_name,country\nV{R.randint(1000, 9999)},\"{EN_ORG(faker_en())}\",US\nV{R.randint(1000, 9999)},"
        f"\"{EN_ORG(faker_en())}\",UK\nV{R.randint(1000, 9999)},\"{ORG(a)}\",CN",
        f"序号\t客户名称\t应收余额\n1\t{ORG(a)}\t{money()}\n2\t{ORG(b)}\t{money()}\n3\t{ORG(any_org())}\t{money()}",
        f"帮我把这份合格供方名录按地区排序：\n1、{ORG(a)}\n2、{ORG(b)}\n3、{ORG(mixed())}\n4、{ORG(odd())}",
        f"INSERT INTO supplier (name, credit_code) VALUES ('{ORG(a)}', '{USCC}'), ('{ORG(odd())}', NULL);",
        f"customer: \"{EN_ORG(c)}\"\nbilling_entity: \"{ORG(a)}\"\npayment_terms: NET30",
    ])
    return "exports", form, None


def invoices() -> Doc:
    a, b = company(), company()
    swift = dk("swift_code", f"{pick(['CXYB', 'LNQB', 'TGVA'])}CN{pick(['BJ', 'SH', 'SZ'])}")
    form = turn("invoices", [
        f"电子发票（增值税专用发票）\n购买方信息\n名称：{ORG(a)}\n统一社会信用代码/纳税人识别号：{USCC}\n销售方信息\n"
        f"名称：{ORG(b)}\n统一社会信用代码/纳税人识别号：{USCC}",
        f"网上银行电子回单\n付款人户名：{ORG(a)}\n付款人开户行：{ORG(bank(), 'bank_branch')}\n收款人户名：{ORG(b)}\n"
        f"收款人开户行：{ORG(bank(), 'bank_branch')}\n金额：{money()}",
        f":50K:/{R.randint(10**11, 10**12 - 1)}\n{EN_ORG(caps_en())}\n:57A:{swift}\n"
        f":59:/{R.randint(10**9, 10**10 - 1)}\n{EN_ORG(faker_en())}\n:70:INV {R.randint(1000, 9999)}",
        f"BENEFICIARY: {EN_ORG(caps_en())}\nADVISING BANK: {EN_ORG('BANK OF ' + CITY_PY[short(place()[1])].upper() + ' CO., LTD.')}\n"
        f"APPLICANT: {EN_ORG(faker_en())}",
        f"报销单\n收款单位：{ORG(odd())}\n开户银行：{ORG(bank(), 'bank_branch')}\n事由：{ORG(a)}年度服务费",
    ])
    return "invoices", form, None


def shipping() -> Doc:
    a, b = caps_en(), faker_en()
    form = turn("shipping", [
        f"BILL OF LADING\nSHIPPER: {EN_ORG(a)}\nCONSIGNEE: {EN_ORG(b)}\nNOTIFY PARTY: {dk('org_generic', 'SAME AS CONSIGNEE')}\n"
        f"PORT OF LOADING: NINGBO",
        f"COMMERCIAL INVOICE\nSeller: {EN_ORG(a)}\nBuyer: {EN_ORG(b)}\nTerms: FOB Shanghai\nInvoice No.: {dk('invoice_no', 'CI' + str(R.randint(10**7, 10**8)))}",
        f"Packing list attached. Manufacturer: {EN_ORG(a)}; forwarder: {EN_ORG(faker_en())}.",
        f"Dear Sirs,\nWe, {EN_ORG(a)}, hereby confirm that the goods under PO {R.randint(10**5, 10**6)} were shipped to "
        f"{EN_ORG(b)} on {ymd()}.",
        f"M/s {EN_ORG(b)}\nAttn: {en_person()}\nRe: your order for {R.randint(2, 40)} pallets from {EN_ORG(a)}",
    ])
    return "shipping", form, "en"


def letters() -> Doc:
    zh, en = bilingual()
    fe = faker_en()
    form = turn("letters", [
        f"Hi {en_person()},\nThanks for the intro. We have been working with {EN_ORG(en)} for two years and would like to "
        f"bring in {EN_ORG(fe)} for the audit.\nBest,\n{en_person()}",
        f"Please find attached the NDA between {EN_ORG(fe)} and {EN_ORG(en)} ({ORG(zh)}). Kindly countersign and return.",
        f"Subject: Invoice dispute with {EN_ORG(fe)}\nOur China entity, {EN_ORG(en)}, has not received payment for Q3.",
        f"Reference letter\nTo whom it may concern,\n{en_person()} worked at {EN_ORG(fe)} from 2019 to 2024 as a buyer.",
        f"The meeting with {EN_ORG(fe)} is moved to Friday; {en_person()} from {EN_ORG(en)} will join remotely.",
        f"Can you summarise this? {EN_ORG(fe)} signed a distribution deal with {EN_ORG(faker_en())} covering Southeast Asia.",
    ])
    return "letters", form, None


def bilingual_docs() -> Doc:
    zh, en = bilingual()
    form = turn("bilingual_docs", [
        f"{ORG(zh)}({EN_ORG(en)})",
        f"供应商：{ORG(zh)}（{EN_ORG(en)}）\n联系人：{person()}",
        f"{EN_ORG(en)}（{ORG(zh)}）is our sole distributor in China.",
        f"乙方名称（中英文）：{ORG(zh)} / {EN_ORG(en)}",
        f"{person()} | 销售总监\n{ORG(zh)} | {EN_ORG(en)}\nM: {phone()}",
        f"本公司英文名称为{EN_ORG(en)}，中文名称为{ORG(zh)}。",
    ])
    return "bilingual_docs", form, None


def abbreviations() -> Doc:
    _, c, _, _ = place()
    t, tp = trade()
    ind, ind_en = pick(INDUSTRY)
    zh = f"{c}{t}{ind}有限公司"
    en = f"{CITY_PY[short(c)]} {tp} {ind_en} Co., Ltd."
    form = turn("abbreviations", [
        f"{ORG(zh)}（以下简称“{opt(t + ind)}”或“{role('公司')}”）拟与{ORG(company())}开展合作，{opt(t + ind)}负责技术实施。",
        f"{EN_ORG(en)} (\"{opt(tp)}\" or the \"{role('Company')}\") entered into a loan agreement with "
        f"{EN_ORG(faker_en())} (the \"{role('Lender')}\").",
        f"{ORG(zh)}（下称{opt(t + '公司')}）与{ORG(company())}签订框架协议，{opt(t + '公司')}负责供货。",
        f"据悉，{ORG(zh)}（{opt(t + ind)}）已完成B轮融资，由{ORG(fund())}领投。",
        f"{opt(t + '集团')}旗下{ORG(zh)}与{ORG(company())}达成和解。",
    ])
    return "abbreviations", form, None


def branches() -> Doc:
    a, b, i = branch(), branch(), insurer()
    form = turn("branches", [
        f"保单号：{dk('policy_no', 'PZAA' + str(R.randint(10**12, 10**13)))}\n承保机构：{ORG(i)}\n投保人：{ORG(company())}",
        f"门店对账：{ORG(a)}本月少开发票2张，{ORG(b)}已补齐。",
        f"开户营业部：{ORG(securities())}\n客户经理：{person()}",
        f"请{ORG(a)}负责人{person()}于{date()}前提交整改报告。",
        f"来访单位：{ORG(a)}\n来访人员：{person()}\n接待部门：{dept()}",
        f"出险后请拨打报案电话，理赔由{ORG(i)}受理。",
    ])
    return "branches", form, None


def care_docs() -> Doc:
    a, b = care(), care()
    form = turn("care_docs", [
        f"门诊收费票据\n收款单位：{ORG(a)}\n患者：{person()}\n金额：{R.randint(50, 900)}.00元",
        f"员工体检机构：{ORG(a)}，复查可去{ORG(b)}。",
        f"培训协议\n甲方：{ORG(company())}\n乙方：{ORG(a)}\n培训内容：叉车司机上岗培训",
        f"我家孩子报了{ORG(a)}的暑期班，你问的是{ORG(b)}吗？",
        f"实习单位：{ORG(a)}\n带教老师：{person()}\n实习时间：{ymd()}至{ymd()}",
    ])
    return "care_docs", form, None


def societies() -> Doc:
    a, f = society(), fund()
    assoc = f"{pick([x[1] for x in PLACES])}{pick(ASSOC_FIELDS)}协会"
    form = turn("societies", [
        f"关于推荐{ORG(company())}加入{ORG(assoc)}的函\n{ORG(assoc)}秘书处：\n经研究，同意推荐……",
        f"捐赠收据\n今收到{ORG(company())}捐赠款{money()}。\n收款单位：{ORG(a)}",
        f"合伙协议\n普通合伙人：{ORG(fund())}\n有限合伙人：{ORG(company())}\n本合伙企业名称：{ORG(f)}",
        f"基金管理人：{ORG(fund())}\n基金托管人：{ORG(bank(), 'bank_branch')}\n投资标的：{ORG(f)}",
        f"本次年会由{ORG(a)}主办，{ORG(society())}协办。",
        f"股东名册\n1. {ORG(f)}，认缴出资{money()}\n2. {person()}，认缴出资{money()}",
    ])
    return "societies", form, None


def regional() -> Doc:
    n, region = hk()
    tag = "en" if n.isascii() else region
    code = dk("stock_code", f"{R.randint(100, 9999):04d}")
    form = turn("regional", [
        f"{ORG(n, tag)}（股份代號：{code}）董事會公佈截至2025年12月31日止年度之經審核綜合業績。",
        f"收款人：{ORG(n, tag)}\n銀行：{ORG(pick(TRAD) + '銀行（香港）有限公司', 'hk')}\n備註：服務費",
        f"請把合同寄到{ORG(n, tag)}，聯絡人{P(ZH.name())}。",
        f"我司境外关联方{ORG(n, tag)}本月起负责海外结算，{ORG(company())}不再开具外币发票。",
        f"捐款單位：{ORG(n, tag)}\n受贈單位：{ORG(hk()[0])}",
    ])
    return "regional", form, None


def mixed_docs() -> Doc:
    a, b = mixed(), odd()
    form = turn("mixed_docs", [
        f"新增客户：{ORG(a)}、{ORG(b)}，请录入CRM。",
        f"发票抬头：{ORG(b)}\n税号：{USCC}",
        f"{ORG(a)}成立于2016年，主营业务为跨境电商代运营。",
        f"合同相对方：{ORG(a)}；担保方：{ORG(b)}",
        f"这两家哪家靠谱？{ORG(b)}还是{ORG(odd())}？",
    ])
    return "mixed_docs", form, None


def minutes() -> Doc:
    a, b, c = company(), any_org(), any_org()
    form = turn("minutes", [
        f"会议纪要\n时间：{date()}\n参会单位：{ORG(a)}、{ORG(b)}、{ORG(c)}\n主持：{person()}\n记录：{person()}",
        f"项目周例会\n出席：建设单位{ORG(a)}（{person()}）、监理单位{ORG(company())}（{person()}）、施工单位{ORG(company())}（{person()}）",
        f"一、{ORG(a)}汇报了二期工程进度；\n二、{ORG(b)}提出付款节点调整；\n三、会议决定由{dept()}牵头对接。",
        f"评审专家：{person()}（{ORG(care())}）、{person()}（{ORG(law_firm())}）、{person()}（{ORG(a)}）",
    ])
    return "minutes", form, None


def chats() -> Doc:
    a, b = company(), any_org()
    n1, n2 = ZH.name(), ZH.name()
    form = turn("chats", [
        f"{P(n1)}：发票抬头开{ORG(a)}，税号我私发你\n{P(n2)}：好的，收到",
        f"[{ymd()} 10:2{R.randint(0, 9)}] {P(n1)}：@{P(n2)} {ORG(b)}那边的对账单到了没\n[{ymd()} 10:3{R.randint(0, 9)}] {P(n2)}：还没，我催一下",
        f"{P(n1)}：明天去{ORG(b)}盖章，谁有空\n{P(n2)}：我去，顺路把{ORG(a)}的回单也拿了",
        f"群公告：本群为{ORG(a)}与{ORG(company())}项目对接群，请勿发广告。",
        f"{P(n1)}：刚接到{ORG(gov(), 'gov')}电话，让补交材料\n{P(n2)}：什么材料？",
        f"{P(n1)}：{ORG(b)}的{P(ZH.last_name() + '经理', 'honorific')}说款下周到\n{P(n2)}：行，那我先跟{ORG(a)}解释一下",
    ])
    return "chats", form, None


def signatures() -> Doc:
    zh, en = bilingual()
    form = turn("signatures", [
        f"--\n{person()}\n采购部 经理\n{ORG(zh)}\n电话：{landline()}\n邮箱：{mail()}",
        f"Best regards,\n{en_person()}\nAccount Manager | {EN_ORG(en)}\nMobile: {phone()}",
        f"此致\n敬礼\n\n{ORG(zh)}（盖章）\n{date()}",
        f"{en_person()}\n{EN_ORG(faker_en())}\nProcurement Lead\n{mail('example.org')}",
        f"{person()}\n{ORG(company())} · 法务部\n手机：{phone()}",
    ])
    return "signatures", form, None


def offers() -> Doc:
    a = company()
    form = turn("offers", [
        f"录用通知书\n{person()}先生：\n{ORG(a)}（以下简称“{role('公司')}”）很高兴通知您，您已被录用为高级工程师。",
        f"在职证明\n兹证明{person()}系我单位员工，于2021年入职，现任采购专员。\n特此证明。\n{ORG(a)}（公章）\n{date()}",
        f"离职证明\n{person()}自{date()}起与{ORG(a)}解除劳动关系。\n原用人单位：{ORG(a)}",
        f"社保缴费明细\n参保单位：{ORG(a)}\n单位编号：{dk('order_no', str(R.randint(10**9, 10**10)))}\n经办机构：{ORG(place()[3] + '社会保险事业管理局', 'gov')}",
        f"背景调查\n候选人：{person()}\n上家单位：{ORG(odd())}\n证明人：{person()}，{phone()}",
    ])
    return "offers", form, None


def news() -> Doc:
    a, b, c = company(), company(), any_org()
    form = turn("news", [
        f"【快讯】{ORG(a)}（{stock()}.SH）晚间公告，拟以{money()}收购{ORG(b)}51%股权。",
        f"据{ORG(a)}官方微信消息，公司与{ORG(c)}签署战略合作协议。",
        f"记者获悉，{ORG(gov(), 'gov')}近日约谈了{ORG(a)}、{ORG(b)}等企业负责人。",
        f"{ORG(a)}回应称，涉事产品系{ORG(b)}代工生产。",
        f"{date()}，{ORG(a)}在{ORG(c)}的见证下与{ORG(b)}完成签约。",
    ])
    return "news", form, None


def evasive() -> Doc:
    zh = company()
    _, en = bilingual()
    enc = urllib.parse.quote(zh)
    esc = "".join(f"\\u{ord(ch):04x}" for ch in zh)
    zw = zh[:3] + "\u200b" + zh[3:6] + "\u200b" + zh[6:]
    fw = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in en)
    form = turn("evasive", [
        f"企业名称：{ORG(' '.join(zh), 'spaced_chars')}",
        f"GET /api/v1/company/search?name={ORG(enc, 'percent')}&page=1",
        f'{{"customer": "{ORG(esc, "json_escape")}", "level": "A"}}',
        f"甲方：{ORG(zw, 'zero_width')}\n乙方：{ORG(company())}",
        f"Supplier: {ORG(fw, 'en', 'fullwidth')}",
        f"收款单位：{ORG(zw, 'zero_width')}（请核对）",
    ])
    return "evasive", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (parties, 8), (tenders, 7), (judgments, 6), (opinions, 5), (notices, 6), (subsidiaries, 5), (exports, 6),
    (invoices, 5), (shipping, 5), (letters, 6), (bilingual_docs, 6), (abbreviations, 5), (branches, 6),
    (care_docs, 5), (societies, 6), (regional, 6), (mixed_docs, 5), (minutes, 4), (chats, 6), (signatures, 5),
    (offers, 5), (news, 5), (evasive, 6),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_roles() -> Doc:
    form = turn("neg_roles", [
        f"{role('甲方')}应于合同签订后5个工作日内向{role('乙方')}支付预付款，{role('丙方')}承担连带保证责任。",
        f"{role('招标人')}有权拒绝{role('投标人')}的低于成本报价，{role('招标代理机构')}应当书面通知。",
        f"{role('发行人')}与{role('保荐机构')}签订了保荐协议，{role('本所')}对此无异议。",
        f"请{role('贵单位')}于本月底前将材料报送{role('我局')}，逾期视为放弃。",
        f"{role('建设单位')}、{role('监理单位')}和{role('施工单位')}三方应共同验收。",
        f"{role('本行')}将根据{role('借款人')}的信用状况调整授信额度，{role('保证人')}应予配合。",
        f"{role('采购人')}应当自中标通知书发出之日起30日内与{role('中标人')}签订合同。",
    ])
    return "neg_roles", form, None


def neg_depts() -> Doc:
    form = turn("neg_depts", [
        f"请{dept('证券事务部')}和{dept('董事会办公室')}核对公告稿。",
        f"{dept('采购中心')}本周暂停受理新供应商入库，{dept('财务共享中心')}照常付款。",
        f"报销流程：部门负责人审批后提交{dept('财务共享中心')}，超过5万元需{dept('总经理办公室')}审批。",
        f"{dept('法务合规部')}提示：合同模板已更新，请到{dept('招投标管理办公室')}领取。",
        f"{dept('内控审计部')}将于下周对{dept('供应链管理部')}开展专项审计。",
    ])
    return "neg_depts", form, None


def zone() -> str:
    _, c, _, _ = place()
    return dk("place_name", pick([f"{c}经济技术开发区", f"{short(c)}高新技术产业开发区", f"{short(c)}综合保税区",
                                  f"{short(c)}软件园", f"{c}临港工业园"]))


def building() -> str:
    t, _ = trade()
    return dk("building", pick([f"{t}国际金融中心", f"{t}大厦", f"{t}广场", f"{t}科创中心B座"]))


def neg_zones() -> Doc:
    form = turn("neg_zones", [
        f"新厂房选址在{zone()}，离{zone()}大概20分钟车程。",
        f"办公地点从{building()}搬到{building()}了，停车更方便。",
        f"{zone()}的企业所得税优惠政策和{zone()}比哪个好？",
        f"下午两点{building()}一楼大堂集合，去{zone()}参观。",
        f"入驻{zone()}需要什么条件？注册地址能挂在{building()}吗？",
    ])
    return "neg_zones", form, None


def neg_tickers() -> Doc:
    form = turn("neg_tickers", [
        f"今天{dk('index_name', '沪深300')}跌了1.2%，{stock()}和{stock()}逆势上涨。",
        f"持仓：{stock()}.SH 2000股，{stock('HK')}.HK 500股，{dk('stock_code', 'NASDAQ: ' + pick(['VXRA', 'QNTL', 'MRLW']))} 30股。",
        f"证券代码：{stock()}\n公告编号：2026-0{R.randint(10, 99)}\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。",
        f"帮我算一下{stock()}过去一年的最大回撤，基准用{dk('index_name', '中证500')}。",
    ])
    return "neg_tickers", form, None


def product() -> str:
    t, tp = trade()
    return dk("product_name", pick([f"{t}X5扫地机器人", f"{t}云盘", f"{tp} Pay", f"{t}稳健增利混合型证券投资基金A类",
                                    f"{t}智能门锁", f"{tp} Studio Pro", f"{t}成长1号私募证券投资基金"]))


def brand() -> str:
    return dk("brand_name", pick(list(TRADE)))


def neg_products() -> Doc:
    form = turn("neg_products", [
        f"{product()}和{product()}哪个性价比高？",
        f"定投{product()}三年了，收益一般，要不要换成{product()}？",
        f"{product()}登录不上，一直提示网络错误。",
        f"客户反馈{product()}的续航不如宣传的，{product()}倒是没问题。",
        f"我平时用{brand()}记账，同事推荐{brand()}。",
        f"{brand()}的售后电话打不通，{brand()}那边回复很快。",
    ])
    return "neg_products", form, None


def neg_events() -> Doc:
    _, c, _, _ = place()
    ind, _ = pick(INDUSTRY)
    t, _ = trade()
    ev = [f"第十届中国（{short(c)}）国际{ind}博览会", f"2026{t}杯创新创业大赛", f"{short(c)}{ind}产业发展论坛",
          f"第三届{short(c)}数字经济峰会"]
    form = turn("neg_events", [
        f"报名参加{dk('event_name', pick(ev))}的同事请于周五前提交材料。",
        f"{dk('event_name', pick(ev))}延期举办，具体时间另行通知。",
        f"帮我写一篇{dk('event_name', pick(ev))}的开幕致辞，300字左右。",
        f"展位费已付，{dk('event_name', pick(ev))}的布展时间是开幕前两天。",
    ])
    return "neg_events", form, None


def neg_laws() -> Doc:
    form = turn("neg_laws", [
        f"根据《{dk('law_title', '中华人民共和国公司法')}》第一百七十八条，董事不得兼任监事。",
        f"请对照《{dk('law_title', '政府采购货物和服务招标投标管理办法')}》检查这份招标文件。",
        f"合并范围的判断依据是《{dk('law_title', '企业会计准则第33号——合并财务报表')}》。",
        f"《{dk('law_title', '中华人民共和国招标投标法实施条例')}》对联合体投标有什么要求？",
    ])
    return "neg_laws", form, None


def neg_placeholders() -> Doc:
    form = turn("neg_placeholders", [
        f"投标函\n致：{dk('placeholder_name', '【采购人名称】')}\n投标人：{dk('placeholder_name', '【投标人名称】')}（盖章）",
        f"甲方：{dk('placeholder_name', '__________有限公司')}\n乙方：{dk('placeholder_name', '__________有限公司')}",
        f"示例：{dk('placeholder_name', 'XXXX科技有限公司')}（以下简称“{role('甲方')}”）",
        f"Party A: {dk('placeholder_name', '[Company Name] Co., Ltd.')}\nParty B: {dk('placeholder_name', '(Supplier Name)')}",
        f"开户行：{dk('placeholder_name', '××银行××支行')}\n户名：{dk('placeholder_name', '（单位全称）')}",
    ])
    return "neg_placeholders", form, None


def neg_english() -> Doc:
    form = turn("neg_english", [
        f"The {role('Borrower')} shall repay the loan in full; the {role('Lender')} may accelerate upon default.",
        f"This is a limited offer. Our group of companies has limited liability under local law.",
        f"The {role('Company')} and its subsidiaries (together, the \"{role('Group')}\") prepare consolidated accounts.",
        f"Please ask the {role('bank')} and the {role('forwarder')} to confirm the shipment date.",
        f"CONSIGNEE: {dk('placeholder_name', 'TO ORDER')}\nNOTIFY PARTY: {role('SAME AS CONSIGNEE')}",
    ])
    return "neg_english", form, "en"


def neg_kinds() -> Doc:
    form = turn("neg_kinds", [
        f"劳动合同纠纷先去{role('劳动人事争议仲裁委员会')}，商事纠纷可以约定{role('仲裁委员会')}。",
        f"公证书要去{role('公证处')}办，产权证去{role('不动产登记中心')}。",
        f"进口货物被{role('海关')}查验了，{role('税务局')}那边也要补材料。",
        f"投标保证金退还要找{role('公共资源交易中心')}，还是找{role('采购代理机构')}？",
        f"{role('住房公积金管理中心')}说提取需要{role('开户银行')}盖章。",
    ])
    return "neg_kinds", form, None


def neg_chat() -> Doc:
    form = turn("neg_chat", [
        f"{role('那家供应商')}又涨价了，{role('对方公司')}说原材料成本上去了。",
        f"{role('甲方爸爸')}又改需求了，{role('总包')}那边还不知道。",
        f"{role('物业')}说电梯维修到周五，{role('银行那边')}也在催。",
        f"上次{role('合作方')}的对账单金额不对，{role('代理商')}那边也有差异。",
    ])
    return "neg_chat", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_roles, 7), (neg_depts, 5), (neg_zones, 5), (neg_tickers, 4), (neg_products, 7), (neg_events, 4),
    (neg_laws, 4), (neg_placeholders, 5), (neg_english, 5), (neg_kinds, 5), (neg_chat, 4),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
