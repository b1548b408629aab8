"""Round 13e blind corpus: English-language and mixed Chinese / English documents of multinational teams in
China, and names written with spaces (or a dot) between their characters.

Why: on the hold-out, recall on English documents (0.914) and mixed documents (0.911) trails Chinese ones
(0.943), and names with spaces between their characters (`spaced_name`) are found 7 of 9 times. This round
writes the documents such teams write: English e-mails and Slack / Teams threads that name Chinese colleagues
in pinyin (Zhang Wei, Wei ZHANG, ZHANG Wei, Zhang W., Xiaoming "Tony" Wang, Tony Wang Xiaoming, Hong Kong and
Taiwanese hyphenated romanisation), Western names (titles, initials, O'Brien, van der Berg, McDonald,
Jean-Luc), English company names (Co., Ltd. / Co Ltd / Inc. / GmbH, the region in brackets, all capitals on an
invoice), Chinese addresses in English order, credentials in English prose, CVs, invoices, meeting notes,
support tickets and code-review comments that mix the two languages; and Chinese text whose names are spaced
out (张 伟, 王　小　明, 欧 阳 娜 娜) or split by a dot that is not a minority-name separator (李·明).

Written from the labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it:

- PERSON is the name as written, in any order and case, with its initials, nickname in quotes or brackets,
  particles and apostrophes (Wei ZHANG, Xiaoming "Tony" Wang, Pieter van der Berg, Sean O'Brien); a title
  before it (Mr., Ms., Dr., Prof.) or a role after it is not part of it. Mr. / Ms. + a surname alone and a
  bare given name or nickname (Hi Wei, thanks Tony) are optional, as the conventions make a bare surname.
  A spaced-out name is one span with its spaces (tag `spaced_name`); a compound surname keeps its tag.
- ORG is the full name as written with its legal form and bracketed region (Lanxin Technology (Suzhou) Co.,
  Ltd.); a leading "the" is not part of it. Placeholders (ABC Co., Ltd., XYZ Inc.) and generic references
  (the Supplier, our Shanghai office, Customer Service Team) are decoys.
- ADDRESS for a Chinese place in English order runs from the finest unit written (Room, Unit, Flat, Floor,
  Building) to the highest administrative unit written; the postcode and the country are left out. An address a
  signature block spreads over two lines is one span (tag `linebreak`). US and other foreign addresses are
  optional. A district, city, park or road alone is a place name (decoy), not an address.
- Phones, landlines, e-mails, passwords, API keys and credit codes in these documents are labeled as usual.
- No gold (about a third of the documents): English words that are also pinyin surnames or given names (Long,
  Young, Bill To, Mark, Grace period, Li-ion), months and weekdays (May, June, Sun), products and tools (Apple,
  Jenkins, Alexa), job titles, salutations (Dear Sir / Madam), place names alone (Pudong, Wangfujing),
  placeholders and generic references, initials in code, and Chinese text spaced out for emphasis (欢 迎 光 临,
  王 者 荣 耀, 周 一 至 周 五) rather than to hide a name.

Names are invented (Faker en_US seeded and hand-made pools that reuse none of the earlier rounds' pinyin given
names); the output follows only the seed.

    python -m bench.eval.blind.build --round13e     # writes bench/eval/corpus/blind-round13e.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS, API_KEY, EMAIL, IP, PASSWORD, PERSON, PHONE, gold

SEED = 130513
R = random.Random(SEED)
EN = Faker("en_US")
ZH = Faker("zh_CN")
EN.seed_instance(SEED)
ZH.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]
_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

ORG = partial(gold, "ORG")
TEL = partial(gold, "CN_LANDLINE")
USCC = partial(gold, "CN_USCC")

# ------------------------------------------------------------------------------------------------ name pools
PY_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
          "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
          "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng",
          "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Qian", "Fu", "Fang", "Bai", "Kong", "Qin",
          "Qiu", "Shi", "Hou", "Lei", "Long", "Hao", "Gu", "Meng", "Xiong", "Mo", "Kang", "Tan", "Lyu", "Niu"]
PY_COMPOUND = ["Ouyang", "Sima", "Zhuge", "Shangguan", "Huangfu", "Dongfang", "Gongsun", "Linghu"]
PY_GIVEN = [("Yun", "fei"), ("Shu", "yi"), ("Kai", "wen"), ("Ruo", "xi"), ("Zhen", "yu"), ("Meng", "qi"),
            ("Chen", "xi"), ("Jing", "wen"), ("Bo", "yang"), ("Xiao", "tong"), ("Yi", "chen"), ("Si", "qi"),
            ("Jun", "jie"), ("Hao", "nan"), ("Yu", "xuan"), ("Jia", "hui"), ("Zhi", "wei"), ("Guang", "hui"),
            ("Shao", "hua"), ("Yong", "qiang"), ("Hui", "min"), ("Xue", "feng"), ("Qian", "qian"), ("Zi", "xuan"),
            ("Wen", "hao"), ("Jia", "qi"), ("Jia", "'en"), ("Xin", "'ai"), ("Ya", "nan"), ("Dong", "mei"),
            ("Na",), ("Jie",), ("Qiang",), ("Jun",), ("Bin",), ("Yan",), ("Dan",), ("Ying",), ("Peng",),
            ("Xin",), ("Rui",), ("Kai",), ("Lei",), ("Tao",), ("Min",), ("Hong",)]
NICKS = ["Tony", "Kevin", "Jason", "Vivian", "Cindy", "Eric", "Grace", "Frank", "Alice", "Helen", "Leo", "Jack",
         "Sunny", "Coco", "Rachel", "Steven", "Ivy", "Echo", "Nancy", "Bruce", "Jerry", "Amy", "Lily", "Judy",
         "Oscar", "Winnie", "Sherry", "Ken", "Daisy", "Vincent"]
HK_SUR = ["Chan", "Wong", "Cheung", "Lau", "Leung", "Lee", "Ho", "Ng", "Tsang", "Yeung", "Kwok", "Tam", "Fung",
          "Lam", "Chow", "Yip", "Mak", "Tse", "Choi", "Lo"]
HK_GIVEN = ["Tai-man", "Ka-ho", "Siu-ming", "Wing-yan", "Chi-keung", "Hoi-ying", "Man-kit", "Pui-shan", "Ka-lok",
            "Wai-lun", "Sze-wing", "Yuk-ling", "Kin-wah", "Oi-lam"]
TW_SUR = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh",
          "Kuo", "Hung", "Chiu", "Tseng", "Kao"]
TW_GIVEN = ["Chih-wei", "Yu-ting", "Chien-hung", "Shu-fen", "Ya-ting", "Chun-hao", "Hsin-yi", "Po-han",
            "Mei-ling", "Kuan-yu", "Pei-shan", "Tzu-hsuan", "Wen-chieh", "Yi-hsuan"]
W_FIRST = ["Sean", "Fiona", "Pieter", "Jean-Luc", "Anne-Marie", "Hans-Peter", "Marie-Claire", "Jan-Willem",
           "Siobhan", "Declan", "Ingrid", "Matthias", "Camille", "Giulia", "Rafael", "Aoife", "Lars", "Henrik",
           "Olivia", "Marcus", "Priya", "Dmitri", "Sophie", "Tobias"]
W_LAST = ["O'Brien", "van der Berg", "McDonald", "O'Sullivan", "de Vries", "MacKenzie", "McAllister", "D'Angelo",
          "von Hagen", "Dubois", "Müller", "Schäfer", "García", "Fitzgerald", "da Silva", "le Roux", "Van Houten",
          "DiMarco", "Kowalski", "Lindqvist", "Okafor", "Nakamura", "Ferreira", "Brennan"]
TITLES_BEFORE = ["Mr.", "Ms.", "Dr.", "Mr", "Ms", "Mrs.", "Prof."]
ROLES = ["Project Manager", "Head of Procurement", "Senior Software Engineer", "Finance Director", "QA Lead",
         "Account Manager", "HR Business Partner", "Supply Chain Manager", "Sales Director, East China",
         "Product Owner", "IT Operations", "Legal Counsel", "Country Manager, Greater China", "Office Manager"]


@dataclass(frozen=True)
class Pinyin:
    """An invented mainland name in pinyin, with an English nickname some people use."""
    sur: str
    given: tuple[str, ...]
    nick: str

    @property
    def g(self) -> str:
        return "".join(self.given)

    def form(self, f: str) -> str:
        """The name in one of the ways an English document writes a Chinese name."""
        s, g, n = self.sur, self.g, self.nick
        return {
            "sg": f"{s} {g}", "gs": f"{g} {s}", "SG": f"{s.upper()} {g}", "gS": f"{g} {s.upper()}",
            "sI": f"{s} {g[0]}.", "Is": f"{g[0]}. {s}", "nq": f'{g} "{n}" {s}', "np": f"{g} ({n}) {s}",
            "ns": f"{n} {s}", "nsg": f"{n} {s} {g}", "comma": f"{s.upper()}, {g}",
            "split": f"{s} {' '.join(p.strip(chr(39)).capitalize() for p in self.given)}",
            "SGG": f"{s.upper()} {g.upper()}",
        }[f]


def py() -> Pinyin:
    sur = pick(PY_COMPOUND) if R.random() < 0.08 else pick(PY_SUR)
    return Pinyin(sur, pick(PY_GIVEN), pick(NICKS))


PY_FORMS = ["sg", "sg", "gs", "gs", "SG", "gS", "sI", "Is", "nq", "np", "ns", "nsg", "split", "SGG"]


def pn(p: Pinyin | None = None, f: str | None = None) -> str:
    """A pinyin name as gold, compound surnames tagged."""
    p = p or py()
    v = p.form(f or pick(PY_FORMS))
    return PERSON(v, "compound_surname") if p.sur in PY_COMPOUND else PERSON(v)


def hk() -> str:
    s, g = pick(HK_SUR), pick(HK_GIVEN)
    f = pick(["sg", "SG", "gs", "nsg", "sp", "gS"])
    v = {"sg": f"{s} {g}", "SG": f"{s.upper()} {g.replace('-', ' ').title()}", "gs": f"{g.title()} {s}",
         "nsg": f"{pick(NICKS)} {s} {g}", "sp": f"{s} {g.replace('-', ' ').title()}",
         "gS": f"{g} {s.upper()}"}[f]
    return PERSON(v)


def tw() -> str:
    s, g = pick(TW_SUR), pick(TW_GIVEN)
    f = pick(["gs", "gs", "sg", "Gs", "nsg", "SG"])
    v = {"gs": f"{g} {s}", "sg": f"{s} {g}", "Gs": f"{g.title()} {s}", "nsg": f"{pick(NICKS)} {s}",
         "SG": f"{s.upper()} {g.title()}"}[f]
    return PERSON(v)


def western(f: str | None = None) -> str:
    """A Western name: hand-made particles and hyphens half the time, Faker's names otherwise."""
    if R.random() < 0.5:
        first, last = pick(W_FIRST), pick(W_LAST)
    else:
        first, last = EN.first_name(), EN.last_name()
    f = f or pick(["fl", "fl", "fl", "fml", "Fl", "LF"])
    v = {"fl": f"{first} {last}", "fml": f"{first} {EN.random_uppercase_letter()}. {last}",
         "Fl": f"{first[0]}. {last}", "LF": f"{last.upper()}, {first}"}[f]
    return PERSON(v)


def anyone() -> str:
    """A person of a multinational team: mostly mainland colleagues, then Western, HK and TW ones."""
    return pick([pn, pn, pn, pn, western, western, hk, tw])()


def mr_sur() -> str:
    """Mr. / Ms. + a surname alone: the surname, optional."""
    return f"{pick(['Mr.', 'Ms.', 'Mr', 'Ms', 'Mrs.'])} " + PERSON(pick(PY_SUR + ['O\'Brien', 'McDonald', 'Schäfer']), "opt")


def first_only() -> str:
    """A bare given name or nickname in a greeting: optional."""
    return PERSON(pick(NICKS + ["".join(g) for g in PY_GIVEN]), "opt")


# Chinese names for the spaced evasion and the mixed documents
CN_SUR = ["张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁"]
CN_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "令狐", "皇甫", "东方", "尉迟", "公孙"]
CN_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
            "小明", "子涵", "雨桐", "浩然", "思琪", "梓萱", "俊杰", "欣怡", "宇轩", "晓东", "海燕", "建军", "丽娜",
            "娜娜", "文博", "一鸣", "佳怡", "志强", "晨曦", "诗雨", "嘉豪"]


def cn_name() -> tuple[str, str]:
    """(name, surname): a Chinese name for the mixed documents."""
    if R.random() < 0.12:
        s = pick(CN_COMPOUND)
    else:
        s = pick(CN_SUR)
    return s + pick(CN_GIVEN), s


def cn() -> str:
    v, s = cn_name()
    return PERSON(v, "compound_surname") if len(s) == 2 else PERSON(v)


SPACES = [" ", " ", " ", "　", "  ", "\u3000\u3000", "\u00a0"]
DOTS = ["·", "•", "・", "．", "-"]


def spaced(v: str | None = None, mode: str | None = None) -> str:
    """A Chinese name spaced out to slip past a filter (or by OCR), one span with its spaces."""
    if v is None:
        v, s = cn_name()
    else:
        s = next((c for c in CN_COMPOUND if v.startswith(c)), v[0])
    mode = mode or pick(["all", "all", "all", "sur", "dot"])
    if mode == "all":
        w = pick(SPACES).join(v)
    elif mode == "sur":
        w = v[:len(s)] + pick(SPACES) + v[len(s):]
    else:
        w = pick(DOTS).join(v) if len(v) <= 3 else v[:len(s)] + pick(DOTS) + v[len(s):]
    tags = ["spaced_name"] + (["compound_surname"] if len(s) == 2 else [])
    return PERSON(w, *tags)


def spaced_latin() -> str:
    """A pinyin name spaced out letter by letter or with doubled gaps."""
    p = py()
    mode = pick(["letters", "letters", "double", "caps"])
    if mode == "letters":
        v = " ".join(p.sur) + "  " + " ".join(p.g)
    elif mode == "double":
        v = f"{p.sur}   {p.g}"
    else:
        v = " ".join(p.sur.upper()) + "  " + " ".join(p.g.upper())
    return PERSON(v, "spaced_name")


# ------------------------------------------------------------------------------------------------ organisations
PY_BRANDS = ["Lanxin", "Haoyue", "Ruifeng", "Yunjing", "Jinhuan", "Tengsheng", "Mingkai", "Shuoyuan", "Qiaolan",
             "Hexin", "Zhaoyang", "Weilan", "Kunpeng", "Xinghai", "Baichuan", "Yaoguang", "Tianmu", "Jiahe"]
CITIES = ["Shanghai", "Shenzhen", "Suzhou", "Hangzhou", "Beijing", "Guangzhou", "Chengdu", "Wuxi", "Ningbo",
          "Xiamen", "Dongguan", "Tianjin", "Hefei", "Wuhan"]
TRADES = ["Technologies", "Technology", "Electronics", "Trading", "Precision Machinery", "Information Technology",
          "Biotech", "Logistics", "New Energy", "Medical Devices", "Network Technology", "Automotive Parts",
          "Semiconductor", "Supply Chain Management", "Intelligent Equipment"]
W_BRANDS = ["Norvik", "Castellan", "Brightline", "Greyhaven", "Kessler", "Aldermoor", "Vantor", "Quorvia",
            "Heliant", "Marrowind", "Tessaly", "Obernau", "Fairbrook", "Lindqvist", "Pellmoor", "Drayfield"]
W_TRADES = ["Automation", "Consulting", "Analytics", "Industrial", "Systems", "Instruments", "Components",
            "Software", "Materials", "Labs", "Capital", "Foods"]
W_FORMS = ["GmbH", "Inc.", "Inc", "Ltd", "Ltd.", "Limited", "LLC", "AG", "B.V.", "S.A.", "Pte. Ltd.", "Pty Ltd",
           "Corp.", "PLC", "S.p.A.", "AB", "GmbH & Co. KG", "LLP", "K.K."]
PARTNERS = ["Hartley", "Brennan", "Okafor", "Whitcombe", "Ferreira", "Ashdown"]
CN_LEGAL = ["Co., Ltd.", "Co., Ltd.", "Co.,Ltd.", "Co Ltd", "Co., Ltd", "Co. Ltd.", "Company Limited", "Co., LTD."]


def cn_company() -> str:
    """A mainland company in English, in the word orders their letterheads and invoices use."""
    b, c, t, lf = pick(PY_BRANDS), pick(CITIES), pick(TRADES), pick(CN_LEGAL)
    v = pick([f"{c} {b} {t} {lf}", f"{b} {t} ({c}) {lf}", f"{b} ({c}) {t} {lf}", f"{b} {t} {lf}",
              f"{c} {b} {t} {lf}".upper(), f"{b} {t} {lf}"])
    return ORG(v)


def w_company() -> str:
    v = pick([f"{pick(W_BRANDS)} {pick(W_TRADES)} {pick(W_FORMS)}", f"{pick(W_BRANDS)} {pick(W_FORMS)}",
              f"{pick(W_BRANDS)} {pick(W_TRADES)} (China) Co., Ltd.",
              f"{pick(W_BRANDS)} {pick(W_TRADES)} ({pick(CITIES)}) Co., Ltd.",
              f"{pick(W_BRANDS)} & {pick(PARTNERS)} {pick(['LLP', 'Ltd', 'GmbH'])}"])
    return ORG(v)


def company() -> str:
    return pick([cn_company, cn_company, w_company])()


CN_BRANDS = ["蓝昕", "浩月", "瑞丰达", "云境", "金寰", "腾晟", "明楷", "硕远", "桥岚", "禾信"]
CN_TRADES = ["电子科技", "信息技术", "精密机械", "国际贸易", "生物医药", "供应链管理", "智能装备", "新能源科技"]


def cn_company_zh() -> str:
    city = pick(["上海", "深圳", "苏州", "杭州", "北京", "广州", "成都", "无锡"])
    return ORG(f"{city}{pick(CN_BRANDS)}{pick(CN_TRADES)}有限公司")


# ------------------------------------------------------------------------------------------------ addresses
EN_ROADS = ["Chenhui Road", "Longyao Road", "Yishan Road", "Kejiyuan Road", "Xiangjiang Avenue", "Gaoxin 4th Road",
            "Huashan Road", "Tongpu Road", "Qinghe Middle Street", "Jiangbin West Avenue", "Shuangta Street",
            "Yunhe East Road", "Dongxin Road", "Zhangheng Road", "Wuyi Road", "Baiyun Avenue North", "Xingye Street",
            "Jinji Lake Avenue", "Fengtai Science Park Road", "Zhongguancun East Road"]
EN_AREAS = [("Pudong New Area", "Shanghai", ""), ("Minhang District", "Shanghai", ""),
            ("Xuhui District", "Shanghai", ""), ("Haidian District", "Beijing", ""),
            ("Chaoyang District", "Beijing", ""), ("Nanshan District", "Shenzhen", "Guangdong Province"),
            ("Longgang District", "Shenzhen", "Guangdong"), ("Binjiang District", "Hangzhou", "Zhejiang"),
            ("Gusu District", "Suzhou", "Jiangsu Province"), ("Tianhe District", "Guangzhou", "Guangdong"),
            ("Gaoxin District", "Chengdu", "Sichuan"), ("Jiangbei District", "Ningbo", "Zhejiang Province"),
            ("Huli District", "Xiamen", "Fujian"), ("Xinwu District", "Wuxi", "Jiangsu"),
            ("Hongshan District", "Wuhan", "Hubei Province"), ("Shushan District", "Hefei", "Anhui")]
POSTCODES = {"Shanghai": "200", "Beijing": "100", "Shenzhen": "518", "Hangzhou": "310", "Suzhou": "215",
             "Guangzhou": "510", "Chengdu": "610", "Ningbo": "315", "Xiamen": "361", "Wuxi": "214", "Wuhan": "430",
             "Hefei": "230"}
TOWERS = ["Tower A", "Tower B", "Block C", "Building 5", "Building 12", "Bldg. 3", "Block 2", "Tower 1"]
PLAZAS = ["Huirong Plaza", "Jinqiao Center", "Tianan Cyber Park", "Xinhua Science Tower", "Kerun Business Center",
          "Lingyun Innovation Park", "Ruian Square"]


def finest() -> str:
    return pick([f"Room {R.randrange(2, 30)}{R.randrange(1, 20):02d}", f"Unit {R.randrange(2, 30)}{R.randrange(1, 12):02d}",
                 f"Suite {R.randrange(2, 30)}{R.randrange(1, 12):02d}", f"{R.randrange(2, 40)}F",
                 f"Floor {R.randrange(2, 40)}", f"Rm. {R.randrange(1, 19)}0{R.randrange(1, 9)}",
                 f"Flat {R.randrange(2, 30)}{pick('ABCDEF')}"])


def en_addr_parts() -> tuple[list[str], str, str]:
    """(parts from finest to city or province, city, postcode) of a Chinese address written in English."""
    area, city, prov = pick(EN_AREAS)
    road = pick(EN_ROADS)
    no = pick([f"No. {R.randrange(1, 1999)} {road}", f"{R.randrange(1, 999)} {road}", f"No.{R.randrange(1, 800)}, {road}"])
    parts = [finest()]
    if R.random() < 0.6:
        parts.append(pick(TOWERS) + (", " + pick(PLAZAS) if R.random() < 0.4 else ""))
    parts += [no, area, city]
    if prov:
        parts.append(prov)
    return parts, city, POSTCODES[city] + f"{R.randrange(0, 999):03d}"


def en_addr(two_lines: bool = False, post: bool | None = None, country: bool | None = None) -> str:
    """A gold English-order address; the postcode and the country, when written, stay outside the span."""
    parts, city, pc = en_addr_parts()
    post = R.random() < 0.6 if post is None else post
    country = R.random() < 0.4 if country is None else country
    if two_lines:
        k = max(1, len(parts) - 2)
        v = ", ".join(parts[:k]) + "\n" + ", ".join(parts[k:])
        a = ADDRESS(v, "linebreak")
    else:
        a = ADDRESS(", ".join(parts))
    tail = (" " + pc if post else "") + (pick([", China", ", P.R. China", ", PRC", " China"]) if country else "")
    return a + tail


def us_addr() -> str:
    return ADDRESS(f"{R.randrange(100, 9999)} {EN.street_name()} {pick(['Street', 'Ave', 'Blvd', 'Drive'])}, "
                   f"Suite {R.randrange(100, 1999)}, {EN.city()}, {EN.state_abbr()}", "opt") + f" {EN.zipcode()}"


def cn_addr_zh() -> str:
    city, dist = pick([("上海市", "浦东新区"), ("北京市", "海淀区"), ("深圳市", "南山区"), ("苏州市", "工业园区"),
                       ("杭州市", "滨江区"), ("广州市", "天河区")])
    road = pick(["晨晖路", "龙耀路", "科技园路", "湘江大道", "星湖街", "同普路", "双塔街"])
    return ADDRESS(f"{city}{dist}{road}{R.randrange(1, 999)}号{R.randrange(1, 20)}栋{R.randrange(2, 30)}0{R.randrange(1, 9)}室")


# ------------------------------------------------------------------------------------------------ contact values
def mobile(intl: bool | None = None) -> str:
    v = values.cn_mobile(R)
    intl = R.random() < 0.6 if intl is None else intl
    if intl:
        form = pick(["+86 {a} {b} {c}", "+86-{a}-{b}-{c}", "+86 {v}", "(+86) {a}-{b}-{c}", "+86{v}", "0086 {v}"])
        return PHONE(form.format(a=v[:3], b=v[3:7], c=v[7:], v=v), "intl")
    form = pick(["{v}", "{a} {b} {c}", "{a}-{b}-{c}"])
    return PHONE(form.format(a=v[:3], b=v[3:7], c=v[7:], v=v), *(["grouped"] if "{a}" in form else []))


def landline() -> str:
    area, num = values.cn_landline(R)
    form = pick(["+86 {a} {n}", "+86-{a}-{n}", "({z}) {n}", "{z}-{n}", "+86 ({a}) {n}"])
    return TEL(form.format(a=area[1:], z=area, n=num))


def mail(local: str | None = None, domain: str | None = None) -> str:
    local = local or pick([f"{pick(PY_SUR).lower()}.{''.join(pick(PY_GIVEN)).lower().replace(chr(39), '')}",
                           f"{EN.first_name().lower()}.{EN.last_name().lower()}",
                           f"{pick(NICKS).lower()}.{pick(PY_SUR).lower()}",
                           f"{''.join(pick(PY_GIVEN)).lower().replace(chr(39), '')}{R.randrange(1, 99)}"])
    domain = domain or pick([f"{pick(PY_BRANDS).lower()}-tech.com", f"{pick(W_BRANDS).lower()}.de",
                             f"{pick(PY_BRANDS).lower()}.com.cn", f"{pick(W_BRANDS).lower()}.com",
                             "163.com", "qq.com", "outlook.com", "gmail.com"])
    return EMAIL(f"{local}@{domain}")


def uscc() -> str:
    return USCC(values.cn_uscc(R))


def pwd() -> str:
    return PASSWORD(values.password(R, pick(["zhangwei", "liuyang", "chenjie", "wangfang", ""])))


def key(vendor: str) -> str:
    return API_KEY(values.api_key(R, vendor))


def date_en() -> str:
    return pick([f"{pick(MONTHS)} {R.randrange(1, 29)}, 2026", f"{R.randrange(1, 29)} {pick(MONTHS)} 2026",
                 f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


JINGAN, MCD, WENDYS, JACKD, BAOAN = "Jing'an", "McDonald's", "Wendy's", "Jack Daniel's", "Bao'an"


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def job() -> str:
    return dk("job_title", pick(["the Project Manager", "our Account Manager", "the CFO", "the Head of Legal",
                                "the Site Manager", "the Finance Director", "the QA Lead", "the Country Manager"]))


def place() -> str:
    return dk("place_name", pick(["Pudong", "Lujiazui", "Zhangjiang", "Nanshan District", "Qianhai", "Suzhou Industrial Park",
                                 "Wangfujing", "Xintiandi", "Jing'an", "Futian", "Hongqiao", "Binjiang"]))


def generic_org() -> str:
    return dk("generic_org", pick(["the Supplier", "the Company", "our Shanghai office", "the vendor", "the Bank",
                                  "Customer Service Team", "the Buyer", "our HQ", "the landlord", "the Shenzhen team"]))


# ------------------------------------------------------------------------------------------------ positives
def email_en() -> Doc:
    a, b, c = pn(), anyone(), pn()
    sig = (f"\n\nBest regards,\n{pn(f=pick(['sg', 'gs', 'SG', 'nq', 'nsg']))}\n{pick(ROLES)} | {company()}\n"
           f"{en_addr()}\nM: {mobile(True)} | E: {mail()}")
    form = turn("email", [
        f"From: {a} <{mail()}>\nTo: {b}\nCc: {c}; {western()}\nSubject: Re: PO {R.randrange(4500000, 4599999)} delivery\n\n"
        f"Hi {first_only()},\n\nThe goods left the {place()} warehouse this morning. {job()} will confirm the ETA by {pick(MONTHS)} {R.randrange(1, 29)}.{sig}",
        f"Please tidy up this email before I send it:\n\nDear {mr_sur()},\n\nThank you for meeting with {pn()} and me last "
        f"{pick(['Monday', 'Tuesday', 'Thursday'])}. As discussed, {company()} will send the revised quotation to "
        f"{western()} by end of week.{sig}",
        f"Subject: Introduction - {pn(f='nq')}\n\nHi all,\n\nPlease welcome {pn()} who joins the {pick(['Shanghai', 'Shenzhen', 'Suzhou'])} "
        f"team as {pick(ROLES)} from {date_en()}. {pn(f='ns')} reports to {western()} and sits on floor {R.randrange(5, 30)}. "
        f"You can reach {pick(['him', 'her'])} at {mail()} or {mobile()}.\n\nThanks,\n{hk()}",
        f"Forwarding the contact below as requested.\n\n---------- Forwarded message ---------\nFrom: {tw()} <{mail()}>\n"
        f"Date: {date_en()}\nSubject: Site visit\n\nWe will visit {company()} on {pick(['Wednesday', 'Friday'])}. Our driver "
        f"{pn(f='sg')} ({mobile(False)}) will pick you up at the lobby of {en_addr(post=False, country=False)}.",
        f"can you make this sound more professional? \"hey {first_only()}, {western()} from legal said the NDA with "
        f"{company()} is still not signed, pls chase {pn(f='sI')} again. thx\"",
        f"Hi {pn(f='gs')},\n\nI'm {western()}, {pick(ROLES)} at {w_company()}. {pn(f='sg')} gave me your address. "
        f"We'd like to visit your plant at {en_addr()} in {pick(MONTHS)}. Could you share a contact on site?\n\nKind regards,\n"
        f"{western('fl')}\nTel: {landline()}",
        f"Out-of-office reply: I am on leave until {date_en()}. For urgent matters please contact {pn()} ({mail()}) "
        f"or {western()} ({landline()}).",
        f"Translate to Chinese: \"Dear {pn(f='SG')}, your visa invitation letter from {company()} has been sent by courier "
        f"to {en_addr(country=True)}. Please let {hk()} know when it arrives.\"",
    ])
    return "email_en", form, None


def chat_thread() -> Doc:
    a, b, c, d = pn(f="sg"), pn(f="ns"), western("fl"), pn(f="gs")
    ts = lambda: f"{R.randrange(8, 19):02d}:{R.randrange(0, 60):02d}"  # noqa: E731
    form = turn("chat", [
        f"[{ts()}] {a}: @{b} can you check the failed build? {dk('tool_name', 'Jenkins')} job #{R.randrange(1000, 9999)} is red again\n"
        f"[{ts()}] {b}: on it. 我看下 log\n[{ts()}] {c}: thanks both. {d} is OOO today fyi",
        f"#proj-{pick(['atlas', 'phoenix', 'orion', 'kite'])}\n{c}  {ts()}\nwho owns the vendor onboarding for {company()}?\n"
        f"{a}  {ts()}\nthat's {pn(f='ns')}, cc {pn(f='gS')}\n{b}  {ts()}\n+1, contact on their side is {western()} {mail()}",
        f"Teams chat export\n{a} ({ts()}): {cn()} 说 {pick(['Monday', 'Tuesday'])} 的 demo 改到 {pick(['Thursday', 'Friday'])} 了\n"
        f"{c} ({ts()}): Got it. Can {cn()} share the deck?\n{d} ({ts()}): 我来发，稍等",
        f"Slack thread, can you summarise it?\n{a}: customer {pn(f='sg')} called again, says the invoice from {company()} is wrong\n"
        f"{c}: what's their number?\n{a}: {mobile()}\n{d}: I'll loop in {job()}",
        f"{a} 09:14\n@channel reminder: expense claims due {pick(MONTHS)} {R.randrange(1, 29)}\n{b} 09:20\n"
        f"👍 also {pn(f='nsg')} from finance says receipts must show {company()} as buyer\n{c} 09:31\n"
        f"noted. {mr_sur()} from procurement asked the same",
        f"[{ts()}] {c}: who's on call tonight?\n[{ts()}] {a}: {pn(f='Is')}, backup {tw()}\n"
        f"[{ts()}] {b}: pls don't page {d} after 11pm, {pick(['she', 'he'])}'s in {dk('place_name', 'Chengdu')} this week",
        f"DM with {western()}\n> are you at the {dk('place_name', 'Xuhui')} office tomorrow?\nyes, room 3 with {pn(f='sg')} and "
        f"{pn(f='np')}. ping {b} if the door code doesn't work",
    ])
    return "chat_thread", form, None


def cv() -> Doc:
    p = py()
    nm = pn(p, pick(["sg", "gs", "SG", "np", "nsg", "comma", "split"]))
    uni = pick(["Fudan University", "Tongji University", "Zhejiang University", "Sun Yat-sen University",
                "University of Manchester", "Shanghai Jiao Tong University", "Wuhan University", "Nanyang Technological University"])
    form = turn("cv", [
        f"CURRICULUM VITAE\n\n{nm}\n{mobile()} | {mail()}\n{en_addr(post=True, country=False)}\n\nEXPERIENCE\n"
        f"2021-now  {pick(ROLES)}, {company()}\n2017-2021  Engineer, {company()}\n\nEDUCATION\n"
        f"2013-2017  B.Eng., {ORG(uni)}\n\nREFERENCES\n{western()}, {pick(ROLES)}, {w_company()}",
        f"Please review my resume summary:\nName: {nm}\nNationality: Chinese\nPhone: {mobile(True)}\nEmail: {mail()}\n"
        f"Address: {en_addr()}\nCurrent employer: {company()} ({date_en()} - present)\nLanguages: Mandarin (native), English (fluent)",
        f"Candidate profile - {nm}\n- {R.randrange(5, 15)} years in {pick(['supply chain', 'embedded software', 'finance', 'sales'])}\n"
        f"- Last role: {pick(ROLES)} at {company()}\n- Referred by {pn()}\nInterviewers: {western()}, {pn(f='SG')}",
        f"帮我把这份英文简历翻成中文：\n{nm}\nTel: {mobile()}\nE-mail: {mail()}\nWork Experience:\n"
        f"{company()} | {pick(ROLES)} | 2019 - present\nEducation: {ORG(uni)}, Master of Science",
        f"Reference check notes\nCandidate: {nm}\nReferee: {western()} ({pick(ROLES)}, {w_company()}), {landline()}\n"
        f"Comments: reliable, led the {dk('place_name', 'Suzhou')} plant migration with {pn()}.",
    ])
    return "cv", form, None


def invoice() -> Doc:
    buyer, seller = cn_company(), w_company()
    form = turn("invoice", [
        f"COMMERCIAL INVOICE\nInvoice No.: {dk('invoice_no', f'INV-2026-{R.randrange(10000, 99999)}')}\n"
        f"Seller: {seller}\n{us_addr()}\n{dk('name_word', 'Bill To')}: {buyer}\n{en_addr()}\nAttn: {pn()}\n"
        f"Tel: {mobile(True)}\nTerms: Net 30",
        f"PROFORMA INVOICE\nShipper: {buyer}\nAdd: {en_addr(country=True)}\nConsignee: {seller}\n"
        f"Contact: {western()}\nNotify party: {company()}\nPayment: T/T in advance",
        f"Please check the buyer info on this fapiao request:\nCompany name: {buyer}\nTax ID (USCC): {uscc()}\n"
        f"Address & tel: {en_addr(post=False, country=False)} {landline()}\nBank: {ORG(pick(['Bank of Communications', 'China Merchants Bank', 'Industrial Bank']) + ' ' + pick(CITIES) + ' Branch')}\n"
        f"Contact: {pn()} ({mail()})",
        f"PURCHASE ORDER {dk('order_no', f'PO{R.randrange(45000000, 45999999)}')}\nVendor: {seller}\nShip to: {buyer}, "
        f"{en_addr(post=True, country=False)}\nRequested by: {pn(f='gS')}\nApproved by: {western()}",
        f"Invoice query from {company()}: {mr_sur()} says invoice {dk('invoice_no', f'{R.randrange(10**7, 10**8)}')} lists "
        f"the wrong entity. Please reissue to {buyer}, Attn {pn()}, {en_addr(two_lines=False)}.",
        f"Credit note\nTo: {buyer}\nFrom: {seller}\nReason: damaged goods reported by {pn(f='sg')} on {date_en()}\n"
        f"Contact for questions: {western()} <{mail()}>",
    ])
    return "invoice", form, None


def minutes() -> Doc:
    xs = [pn(f="sg"), western(), pn(f="gs"), hk(), pn(f="ns")]
    form = turn("minutes", [
        f"Meeting notes - weekly sync ({date_en()})\nAttendees: {xs[0]}, {xs[1]}, {xs[2]}, {xs[3]}\nApologies: {xs[4]}\n\n"
        f"1. Q3 forecast - {pn(f='sI')} to update by Friday\n2. Office move to {en_addr(post=False, country=False)}\n"
        f"AOB: {job()} to share the new seating plan.",
        f"MoM | Kick-off with {company()}\nParticipants:\n- {xs[0]} (PM)\n- {xs[1]} ({pick(ROLES)})\n- {western()} (client)\n"
        f"Action items:\n- [ ] {pn(f='Is')}: send SOW draft\n- [ ] {xs[2]}: book {dk('place_name', 'Hongqiao')} venue",
        f"帮我整理会议纪要：\n参会：{xs[0]}、{xs[1]}、{cn()}\n结论：{company()} 的合同由 {xs[2]} 跟进，{cn()} 负责付款\n下次会议：{date_en()}",
        f"Notes from the steering committee\nChair: {western('fml')}\nMinutes: {xs[2]}\nDecisions: {xs[3]} will lead the "
        f"{dk('place_name', 'Greater Bay Area')} rollout; budget sign-off by {job()}.\nNext: {pick(['Monday', 'Tuesday'])} {date_en()}",
        f"1:1 notes {xs[1]} / {xs[0]}\n- career: interested in the {dk('place_name', 'Shenzhen')} role\n- feedback from {xs[4]}: "
        f"strong on delivery\n- follow-up: intro to {pn(f='nq')}",
        f"Retro - sprint {R.randrange(20, 80)}\nWhat went well: {xs[0]} fixed the deploy script; {xs[3]} paired with {xs[1]}\n"
        f"To improve: fewer late changes from {generic_org()}",
    ])
    return "minutes", form, None


def ticket() -> Doc:
    form = turn("ticket", [
        f"Ticket #{R.randrange(100000, 999999)} | Priority: High\nCustomer: {pn()} ({company()})\nPhone: {mobile()}\n"
        f"Email: {mail()}\nIssue: device not powering on after firmware update. Ship replacement to {en_addr()}.",
        f"Support request\nName: {western()}\nCompany: {w_company()}\nShipping address: {en_addr(two_lines=True)}\n"
        f"Contact number: {mobile(True)}\nDescription: wrong voltage adapter received (EU plug, need CN).",
        f"RMA {dk('order_no', f'RMA-{R.randrange(10000, 99999)}')} opened by {pn(f='SG')} for {company()}. "
        f"Pickup at {en_addr(post=False)}. Agent: {western('fl')}",
        f"Hi {dk('salutation', 'Customer Service Team')}, my name is {pn(f='gs')} and my order still hasn't arrived. "
        f"I live at {en_addr(country=False)}. My phone is {mobile()}. Thanks!",
        f"Escalation: {mr_sur()} from {company()} called three times about the outage. Callback number {landline()}, "
        f"alt contact {pn()} {mobile(False)}.",
        f"客户工单：\nCustomer name: {pn(f='sg')} / {cn()}\nTel: {mobile()}\nAddr: {en_addr()}\n问题：发票抬头写错了，应为 {cn_company_zh()}",
    ])
    return "ticket", form, None


def code_review() -> Doc:
    form = turn("review", [
        f"commit 3f{R.randrange(10**9, 10**10)}\nAuthor: {pn(f='sg')} <{mail()}>\nDate:   {pick(['Mon', 'Tue', 'Wed'])} "
        f"{pick(['Mar', 'Apr', 'Jun'])} {R.randrange(1, 29)} 10:2{R.randrange(0, 9)} 2026 +0800\n\n    fix: null check in OrderService\n\n"
        f"    Reviewed-by: {western()} <{mail()}>\n    Co-authored-by: {pn(f='gs')} <{mail()}>",
        f"PR #{R.randrange(100, 9999)} review comments\n@{cn()} 这里的 `{dk('code_identifier', 'Long.parseLong')}` 没处理空字符串\n"
        f"> {pn(f='ns')}: good catch, will fix\n{western()}: LGTM after that. 记得把测试里的 password `{pwd()}` 删掉",
        f"Code review from {pn(f='sg')}:\n- line 42: 不要把 {dk('code_identifier', 'i, j, k')} 当变量名\n- line 88: hard-coded "
        f"AWS key {key('aws')} must go to Secrets Manager\n- cc {western()}",
        f"git log --format='%an %ae' | sort -u\n{pn(f='sg')} {mail()}\n{western('fl')} {mail()}\n{pn(f='gs')} {mail()}\n{hk()} {mail()}",
        f"CODEOWNERS 里加上 {pn(f='sg')} 和 {western()}，{cn()} 已经离职了，把他从 reviewer 里去掉。",
        f"Bug report: login fails for user {pn(f='sg')} ({mail()}) from IP {IP(values.ipv4(R, private=False))}. "
        f"Repro by {tw()}. Note: {dk('code_identifier', 'TODO(jk)')} left in AuthFilter.java",
    ])
    return "code_review", form, None


def hk_tw_names() -> Doc:
    form = turn("hktw", [
        f"Hong Kong office contacts:\n{hk()} - Finance, {landline()}\n{hk()} - Admin, {mail()}\n{hk()} - IT",
        f"Taipei team roster: {tw()}, {tw()}, {tw()}. Manager: {western()}",
        f"Dear {hk()},\n\nThank you for your application. Please attend an interview at {ORG(w_company_name())} on {date_en()}.\n\n"
        f"Yours sincerely,\n{tw()}",
        f"Beneficiary name: {hk()}\nBank: {ORG('Hang Seng Bank')}\nRemarks: refund of deposit, approved by {pn()}",
        f"請幫我把英文名字對一下：{tw()} 是 {PERSON(pick(['陳志偉', '林雅婷', '黃建宏', '蔡淑芬']))} 嗎？還有 {tw()} 是誰？",
        f"Panel: {hk()} (HKU), {tw()} (NTU), {pn()} (Fudan), moderated by {western()}.",
    ])
    return "hk_tw", form, None


def w_company_name() -> str:
    return f"{pick(W_BRANDS)} {pick(W_TRADES)} {pick(['Limited', 'Ltd.', 'Company Limited'])}"


def spaced_cn() -> Doc:
    a, b = spaced(), spaced()
    form = turn("spaced", [
        f"帮我查一下 {a} 的工号，他上周刚入职。",
        f"收件人：{spaced(mode='all')}\n电话：{mobile(False)}\n地址：{cn_addr_zh()}",
        f"OCR 识别结果：\n姓 名：{a}\n性 别：男\n工作单位：{cn_company_zh()}",
        f"群里有人发：加我微信，找 {a}，兼职日结。",
        f"联系人 {spaced(cn_name()[0] if R.random() < 0.5 else pick(CN_COMPOUND) + pick(CN_GIVEN), 'all')} {mobile(False)}，周末也可以打。",
        f"把名单里的 {a}、{b} 两人删掉，{cn()} 保留。",
        f"客户投诉 {a} 态度不好，工号 {R.randrange(1000, 9999)}，请 {cn()} 核实。",
        f"扫描件上签名是 {spaced(mode='dot')}，和系统里登记的 {cn()} 对不上。",
        f"借款人：{a}\n担保人：{b}\n借款金额：伍万元整",
        f"Please remove {a} from the mailing list; {pn()} will replace {pick(['him', 'her'])}.",
        f"申请表（复印件）\n申 请 人：{spaced(mode='sur')}\n联系电话：{mobile(False)}",
        f"这位 {spaced(mode='dot')} 同学的成绩单请寄到学院办公室。",
        f"Applicant name as typed on the form: {spaced_latin()} (please normalise)",
        f"帮我看看这个是不是骗子：自称 {spaced_latin()} 的人要我转账，电话 {mobile(False)}",
    ])
    return "spaced", form, None


def mixed_zh() -> Doc:
    form = turn("mixed", [
        f"跟 {western()} 确认一下，{company()} 的报价单什么时候能发过来？他邮箱是 {mail()}。",
        f"{pn(f='ns')} 今天请假，有事找 {cn()} 或者 {western()}。",
        f"客户 {mr_sur()} 的收货地址是 {cn_addr_zh()}，电话 {mobile(False)}，英文名 {pn(f='gs')}。",
        f"老板让 {pn(f='nsg')} 负责对接 {w_company()}，对方联系人是 {western()}，下周三来 {dk('place_name', '张江')} 参观。",
        f"请把这段翻成英文：{cn()}，{company()}采购经理，负责华东区供应商管理。",
        f"明天 {western()} 和 {pn(f='sg')} 一起去 {en_addr(post=False, country=False)} 拜访客户。",
        f"这个 PR 是 {pn(f='Is')} 提的，{cn()} review 过了，{western()} 说可以合。",
        f"签证邀请函上要写：Invitee: {western()}, Passport holder of Germany; Inviting company: {company()}, "
        f"{en_addr()}; Contact: {pn()} {mobile(True)}",
    ])
    return "mixed_zh", form, None


def letter() -> Doc:
    t = pick(["Mr.", "Ms.", "Dr.", "Prof."])
    form = turn("letter", [
        f"{company()}\n{en_addr(two_lines=True)}\n\n{date_en()}\n\n{t} {western()}\n{w_company()}\n{us_addr()}\n\n"
        f"Dear {mr_sur()},\n\nRe: Renewal of distribution agreement\n\nWe are pleased to confirm ...\n\nYours faithfully,\n{pn(f='SG')}\nGeneral Manager",
        f"TO WHOM IT MAY CONCERN\n\nThis is to certify that {pn()} (passport holder) has been employed by {company()} "
        f"as {pick(ROLES)} since {date_en()}.\n\n{western()}\nHR Director",
        f"Letter of authorisation\nWe, {company()}, registered at {en_addr()}, hereby authorise {pn(f='SG')} "
        f"to sign on our behalf. Unified social credit code: {uscc()}.",
        f"Reference letter: I have known {t} {pn(f='gs')} for five years at {w_company()}. Please contact me at "
        f"{mail()} or {mobile(True)}.\n{western('fml')}",
        f"Dear {dk('salutation', 'Sir/Madam')},\n\nI write on behalf of {company()} regarding the lease of {en_addr(post=False)}. "
        f"{t} {western()} will handle the handover.\n\nSincerely,\n{tw()}",
    ])
    return "letter", form, None


def credentials() -> Doc:
    form = turn("creds", [
        f"Hey {first_only()}, the staging DB password is {pwd()} and the user is app_rw. Don't share it outside the team.",
        f"For the Wi-Fi in meeting room 3 use password {pwd()} (ask {pn()} if it changes).",
        f"can you help me debug? I log in as {mail()} with password {pwd()} and get 401",
        f"New hire setup for {western()}: laptop login temp password {pwd()}, VPN account same as email {mail()}.",
        f"The OpenAI key is {key('openai_proj')}, rotate it after the demo. -- {pn(f='sg')}",
        f"{pn(f='ns')}: my GitHub token {key('github')} expired, can someone regenerate?",
        f"The router admin at {IP(values.ipv4(R, private=True))} uses admin / {pwd()}. Pls change it, {pn(f='gs')}.",
        f"记一下：服务器 root password is {pwd()}，{cn()} 明天要用。",
    ])
    return "credentials", form, None


def directory() -> Doc:
    rows = "\n".join(f"{anyone()}, {pick(ROLES)}, {mail()}" for _ in range(3))
    form = turn("dir", [
        f"Name, Title, Email\n{rows}",
        f"| Name | Company | Phone |\n|---|---|---|\n| {pn()} | {company()} | {mobile()} |\n| {western()} | {w_company()} | {landline()} |",
        f'[{{"name": "{pn(f="sg")}", "org": "{company()}"}}, {{"name": "{western()}", "org": "{w_company()}"}}]',
        f"Conference badges to print:\n{pn(f='SG')} - {company()}\n{western()} - {w_company()}\n{hk()} - {w_company()}",
        f"Emergency contacts (Shanghai office)\nFloor warden: {pn()} {mobile(False)}\nFirst aider: {western()} {mobile(False)}\n"
        f"Building management: {dk('generic_org', 'the landlord')} {dk('hotline', '400-820-' + str(R.randrange(1000, 9999)))}",
    ])
    return "directory", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (email_en, 13), (chat_thread, 11), (cv, 8), (invoice, 9), (minutes, 9), (ticket, 9), (code_review, 9),
    (hk_tw_names, 7), (spaced_cn, 17), (mixed_zh, 9), (letter, 7), (credentials, 8), (directory, 6),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_words() -> Doc:
    form = turn("neg_words", [
        f"{dk('surname_word', 'Long')} story short, the shipment is delayed. {dk('surname_word', 'Young')} engineers in the team "
        f"will cover the night shift.",
        f"{dk('name_word', 'Bill To')}: same as shipping\n{dk('name_word', 'Ship To')}: see attached\nPlease {dk('name_word', 'mark')} "
        f"the invoice as paid once the wire arrives.",
        f"The {dk('name_word', 'Grace')} period for the payment is 15 days. {dk('name_word', 'Will')} you sign the amendment by then?",
        f"{dk('surname_word', 'He')} said the {dk('surname_word', 'Li')}-ion batteries must ship as dangerous goods.",
        f"Could you play the {dk('surname_word', 'song')} at the annual dinner? The {dk('surname_word', 'Long')} Table at "
        f"{dk('place_name', 'Xintiandi')} is booked.",
        f"Reminder: the {dk('surname_word', 'Young')} Professionals Network meets every {dk('month_name', 'Thursday')} in "
        f"{dk('place_name', JINGAN)}.",
        f"How {dk('surname_word', 'long')} does customs clearance take in {dk('place_name', 'Qianhai')}? Last time it took "
        f"a {dk('surname_word', 'long')} week.",
        f"Guests should say \"{dk('surname_word', 'Ni hao')}\" and then toast with \"{dk('surname_word', 'Gan bei')}\"!",
        f"Office hours: {dk('month_name', 'Mon')}–{dk('month_name', 'Fri')} 9:00–18:00, closed {dk('month_name', 'Sun')}.",
    ])
    return "neg_words", form, None


def neg_months() -> Doc:
    form = turn("neg_months", [
        f"The audit moved from {dk('month_name', 'May')} to {dk('month_name', 'June')}; {dk('month_name', 'April')} is fully booked.",
        f"{dk('month_name', 'August')} sales beat target; {dk('month_name', 'June')} was flat.",
        f"Please submit timesheets before {dk('month_name', 'May')} 5. Public holiday from {dk('month_name', 'May')} 1 to 5.",
        f"Our fiscal year ends in {dk('month_name', 'March')}. The board meets in {dk('month_name', 'April')} and "
        f"{dk('month_name', 'October')}.",
        f"The {dk('month_name', 'Summer')} sale starts {dk('month_name', 'Monday')}. {dk('name_word', 'Joy')}ful deals in all stores!",
    ])
    return "neg_months", form, None


def neg_products() -> Doc:
    form = turn("neg_products", [
        f"My {dk('brand_name', 'Apple')} laptop won't connect to the {dk('brand_name', 'Huawei')} router. Also tried a "
        f"{dk('brand_name', 'Dell')} monitor.",
        f"The {dk('tool_name', 'Jenkins')} pipeline calls {dk('tool_name', 'Sentry')} and posts to {dk('tool_name', 'Jira')}.",
        f"Ask {dk('brand_name', 'Alexa')} or {dk('brand_name', 'Siri')} to set a timer; the {dk('brand_name', 'Tesla')} "
        f"charger is in the garage.",
        f"We went on a cruise down the {dk('place_name', 'Amazon River')} and then ordered souvenirs on {dk('brand_name', 'Amazon')}.",
        f"Lunch options near the office: {dk('brand_name', MCD)}, {dk('brand_name', 'Lee Kum Kee')} noodle bar, "
        f"{dk('brand_name', WENDYS)}.",
        f"Buy a {dk('brand_name', 'Ford')} Focus or a {dk('brand_name', 'Lincoln')} Navigator? The {dk('brand_name', JACKD)} "
        f"is for the party.",
        f"Deploy with {dk('tool_name', 'Kubernetes')} and {dk('tool_name', 'Grafana')}; {dk('tool_name', 'Hudson')} is deprecated.",
    ])
    return "neg_products", form, None


def neg_roles() -> Doc:
    form = turn("neg_roles", [
        f"Dear {dk('salutation', 'Sir/Madam')},\n\nPlease find attached our catalogue.\n\nBest regards,\n{dk('salutation', 'Customer Service Team')}",
        f"Hi team,\n\n{job()} will share the budget next week. {job()} has approved the travel.\n\nThanks,\n{dk('job_title', 'HR Business Partner')}",
        f"To whom it may concern: {generic_org()} confirms that {generic_org()} has received the goods.",
        f"Dear {dk('salutation', 'Valued Customer')},\nYour order has shipped from {place()}.\n-- {dk('salutation', 'The Support Team')}",
        f"Dear {dk('salutation', 'Hiring Manager')},\nI am applying for the {dk('job_title', 'Senior Software Engineer')} role "
        f"posted by {generic_org()}.",
        f"Job opening: {dk('job_title', 'Supply Chain Manager')}, based in {place()}. Reports to {job()}.",
    ])
    return "neg_roles", form, None


def neg_places() -> Doc:
    form = turn("neg_places", [
        f"Our offices are in {dk('place_name', 'Shanghai')}, {dk('place_name', 'Shenzhen')} and {dk('place_name', 'Chengdu')}.",
        f"Hotel options near {place()}: walkable to {dk('place_name', 'Wangfujing Street')} and the {dk('place_name', 'Zhongshan Road')} metro.",
        f"The team moved from {place()} to {place()} last year.",
        f"Flight from {dk('place_name', 'Hongqiao')} to {dk('place_name', BAOAN)}, then taxi to {dk('place_name', 'Nanshan District, Shenzhen')}.",
        f"Team outing: {dk('place_name', 'West Lake')}, {dk('place_name', 'Hangzhou')}, bus leaves from {dk('place_name', 'Lujiazui')}.",
        f"We're hiring in {dk('place_name', 'Suzhou Industrial Park')} and {dk('place_name', 'Tsim Sha Tsui')}.",
    ])
    return "neg_places", form, None


def neg_placeholders() -> Doc:
    form = turn("neg_ph", [
        f"Template: Seller: {dk('placeholder', 'ABC Co., Ltd.')}  Buyer: {dk('placeholder', 'XYZ Inc.')}  Date: ____",
        f"Fill in the company name (e.g. {dk('placeholder', 'ABC Technology Co., Ltd.')}) and the address (e.g. "
        f"{dk('placeholder', 'Room XXX, No. XX Road, XX District')}).",
        f"Name: [Your Name]\nCompany: [Company Name]\nTitle: {dk('job_title', 'Project Manager')}",
        f"In the example, {dk('placeholder', 'Party A')} sells to {dk('placeholder', 'Party B')}; {generic_org()} pays within 30 days.",
        f"Replace {dk('placeholder', '<<FULL_NAME>>')} and {dk('placeholder', '${customer_name}')} before sending.",
    ])
    return "neg_ph", form, None


def neg_code() -> Doc:
    form = turn("neg_code", [
        f"```java\n{dk('code_identifier', '@Override')}\npublic {dk('code_identifier', 'Long')} getId() {{ return {dk('code_identifier', 'Long.valueOf')}(id); }}\n```",
        f"```python\nfor {dk('code_identifier', 'i, j, k')} in product(range(3), repeat=3):\n    ma = moving_average(x, {dk('code_identifier', 'win=5')})\n```",
        f"Complexity is {dk('code_identifier', 'O(n log n)')}; see {dk('code_identifier', 'RFC 7519')} and the {dk('code_identifier', 'A/B')} results.",
        f"git remote add origin {dk('email_like', 'git@github.com:acme/infra.git')} && git push -u origin main",
        f"<ul>\n  <{dk('code_identifier', 'li')}>Home</li>\n  <li>About</li>\n</ul>\nlocale: {dk('code_identifier', 'zh-Hans')}, {dk('code_identifier', 'he-IL')}",
        f"class {dk('code_identifier', 'Young')}Generation(GC): pass  # J. K. wrote the {dk('code_identifier', 'GcPolicy')} spec",
        f"ERROR {dk('timestamp', '2026-03-14T09:12:44+08:00')} OrderService: user_id={R.randrange(10**5, 10**6)} not found",
    ])
    return "neg_code", form, None


def neg_spaced() -> Doc:
    form = turn("neg_spaced", [
        f"门口横幅写着“{dk('spaced_words', '欢 迎 光 临')}”，字有点歪。",
        f"营业时间：{dk('spaced_words', '周 一 至 周 五')} 9:00-18:00",
        f"海报标题：{dk('spaced_words', '王 者 荣 耀')} 线下赛 报名中",
        f"宣传栏：{dk('spaced_words', '安 全 生 产')}，人 人 有 责",
        f"团建路线：{dk('spaced_words', '张 家 界')} 三日游，{dk('spaced_words', '黄 金 周')} 前出发",
        f"表格模板：\n姓 名：________\n电 话：________\n单 位：________",
        f"我 {dk('spaced_words', '马 上')} 到，{dk('spaced_words', '高 兴')} 见到大家！",
        f"PPT 标题：{dk('spaced_words', '新 年 快 乐')}，副标题：{dk('spaced_words', '林 业 局')}年终总结",
    ])
    return "neg_spaced", form, None


def neg_mixed() -> Doc:
    form = turn("neg_mixed", [
        f"帮我把这句翻成英文：{dk('job_title', '项目经理')}说{dk('month_name', 'May')}的需求要延期到{dk('month_name', 'June')}。",
        f"{dk('brand_name', 'Apple')} 的发布会在{dk('surname_word', '周二')}，{dk('place_name', '浦东')}的门店排长队。",
        f"这个 bug 是 {dk('tool_name', 'Jenkins')} 触发的，跟 {dk('generic_org', 'the vendor')} 没关系。",
        f"Please ask {job()} to approve. 我已经和 {generic_org()} 沟通过了。",
        f"Q: What does \"{dk('surname_word', 'guanxi')}\" mean?\nA: Relationships and networks in Chinese business culture.",
        f"{dk('place_name', 'Pudong')} 机场 T2 到 {dk('place_name', 'Hongqiao')} 要一个多小时，{dk('surname_word', 'long')} way to go。",
    ])
    return "neg_mixed", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_words, 9), (neg_months, 5), (neg_products, 7), (neg_roles, 6), (neg_places, 6), (neg_placeholders, 5),
    (neg_code, 7), (neg_spaced, 8), (neg_mixed, 6),
]



def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
