"""Round 15o blind corpus: organisation kinds fourteen rounds wrote little of, in enterprise text, and their look-alikes.

Why: on the hold-out ORG recall (0.918) trails precision (0.975). Rounds 9o, 10o, 12g, 13d and 14o wrote companies
with and without a legal form, branch chains, brackets, HK / TW and English names, numbered schools and hospitals,
courts, 派出所, sub-bureaus, research institutes, law firms, cooperatives, foundations and associations. This round
writes the organisations people deal with that those rounds held few of: a university's colleges and schools
(…大学计算机科学与技术学院, …职业技术学院), schools and kindergartens named by their place or road (…实验小学,
…路小学, …中心幼儿园, …外国语学校), design and survey institutes and provincial geological teams (…设计研究院,
…地质大队), a law or accounting firm's 分所, patent and IP agencies, rural banks and credit cooperatives
(…农村商业银行股份有限公司…支行, …村镇银行, …信用合作联社…信用社, 社区支行), foreign companies' China entities with
a Latin brand part (Kavio（宜昌）网络科技有限公司, Kavio湖北移动通信有限公司), registered individual businesses
(…区…便利店 / 经营部 / 商行 / 服务部 / 门市部), collective economic cooperatives and 民办非企业 units (…股份经济合作社,
…社会工作服务中心, …职业培训学校), public institutions and media (档案馆, 图书馆, 博物馆, 广播电视台, 日报社,
出版社, 融媒体中心, 社区卫生服务中心), government bodies by their line of work (人力资源和社会保障局, 住房和城乡建设局,
发展和改革委员会, 卫生健康委员会, 镇人民政府, 消防救援支队…大队, 交通警察支队…大队), party and mass organisations
(中共…委员会宣传部, 共青团…委员会, 总工会, 妇女联合会, 人大常委会, 政协), hospitals by their speciality
(妇幼保健院, 肿瘤医院, 口腔医院, 精神卫生中心), names wrapped over a line in a fixed-width table or a pasted PDF,
and English institution names in sentences (Bank of …, … University, … Municipal Bureau of …). It was written from
the labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it.

Labelling judgements (the README's ORG row, "the full organisation name as written"; consistent with 12g and 14o):

- ORG runs from the place that begins the name to its last unit. A college, school or graduate school of a
  university written with it (…大学外国语学院) is a unit of the chain like a bank's 支行, so it is inside the span;
  so are a firm's 分所, a bank's 社区支行 and a brigade's 大队. A clinical department or office written after its
  body in a separate field (科室：心内科) is no part of it; a job title after it (…医院院长, …大学教授) is not either.
- A registered individual business written with its place (宜昌市西陵区瑞屿便利店, the name on its licence) is
  gold, as 14o made a place-led 工作室 gold; a shop sign without its place (瑞屿便利店, 楼下那家张记面馆) is a
  decoy (`shop_name`), as round 13d made bare shop signs.
- Public institutions and mass organisations are full names when the place that makes them particular is written
  (宜昌市档案馆, 共青团宜昌市委员会). The body's kind alone (档案馆, 总工会, 人民法院, 税务机关, 派出所, 社区卫生服务中心)
  is a generic reference: decoy.
- A name wrapped across a line in a table cell or a pasted PDF is one span with the line break and indentation
  inside it (tag `linebreak`), as 12g does for addresses.
- English: the full name as written (Bank of Yichang, Luoyang Normal University, Baoji Municipal Bureau of Commerce);
  a leading "the" is no part of it.
- A publication's title in 《》 (《宜昌日报》), a road, metro station or area named after an institution (学院路,
  大学城, 人民医院站), an app or online service of a body (…银行手机银行, 个人所得税APP), a degree or major
  (计算机科学与技术专业), job titles (律所合伙人, 幼儿园园长) and placeholders are decoys (`work_title`, `place_name`,
  `product_name`, `department`, `job_title`, `placeholder_name`).
- People, phones, credit codes and addresses present are labeled too.

Places are real divisions; every 字号, Latin brand, English word and person is invented (hand-made lists, Faker
zh_CN / en_US for people); the output follows only the seed. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round15o     # writes bench/eval/corpus/blind-round15o.jsonl
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 150417
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


def wrapped(v: str, at: int, indent: str) -> str:
    """`v` wrapped after `at` characters onto an indented next line: one ORG span tagged linebreak."""
    return ORG(v[:at] + "\n" + indent + v[at:], "linebreak")


# ------------------------------------------------------------------------------------------------ pools
# (province, city, districts, county); real divisions
PLACES = [("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区"], "秭归县"),
          ("河南省", "洛阳市", ["涧西区", "老城区", "洛龙区"], "栾川县"),
          ("陕西省", "宝鸡市", ["渭滨区", "金台区", "陈仓区"], "凤翔县"),
          ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区", "柳南区"], "融安县"),
          ("山西省", "晋中市", ["榆次区", "太谷区"], "平遥县"),
          ("江苏省", "南通市", ["崇川区", "通州区", "海门区"], "如东县"),
          ("浙江省", "台州市", ["椒江区", "黄岩区", "路桥区"], "天台县"),
          ("福建省", "泉州市", ["鲤城区", "丰泽区", "洛江区"], "安溪县"),
          ("吉林省", "吉林市", ["船营区", "昌邑区", "丰满区"], "永吉县"),
          ("甘肃省", "天水市", ["秦州区", "麦积区"], "甘谷县"),
          ("内蒙古自治区", "包头市", ["昆都仑区", "青山区", "东河区"], "固阳县"),
          ("山东省", "潍坊市", ["奎文区", "潍城区", "坊子区"], "临朐县"),
          ("湖南省", "株洲市", ["荷塘区", "芦淞区", "天元区"], "攸县"),
          ("江西省", "赣州市", ["章贡区", "南康区"], "于都县"),
          ("四川省", "宜宾市", ["翠屏区", "南溪区", "叙州区"], "江安县"),
          ("", "重庆市", ["渝中区", "江北区", "沙坪坝区"], "巫山县"),
          ("", "天津市", ["和平区", "河西区", "南开区"], "蓟州区")]
TOWNS = ["城关镇", "新集镇", "白沙镇", "太平镇", "清溪镇", "马坊镇", "龙泉镇", "石门镇", "柳林乡", "高桥镇"]
STREETS = ["东风", "南湖", "新华", "滨江", "青年路", "和平里", "光明", "工农", "桥东", "长安"]
VILLAGES = ["王家湾村", "李家庄村", "石桥村", "大柳树村", "河口村", "新丰村", "团结村"]
TRADE = ["瑞屿", "泓锦", "觅野", "星垣", "朔风", "溪禾", "九桉", "川沐", "柏屹", "耘田", "锦棠", "念岚", "昕澄",
         "知岸", "澜庭", "昊川", "砚溪", "栖梧", "青岑", "晞禾", "拾穗", "颂岚"]
INDUSTRY = ["信息技术", "网络科技", "智能科技", "新能源", "环保科技", "供应链", "医药科技", "电子商务", "文化传媒",
            "精密制造", "食品", "建材"]
LATIN = ["Kavio", "Zenlo", "Mivra", "Tornex", "Olvana", "Brivo", "Quellix", "Nuvant", "Sorelle", "Darvix"]
FOREIGN = ["贝克曼", "罗森塔尔", "斯特林", "瓦格纳", "埃斯特", "诺德曼", "卡尔森", "布鲁克斯"]
ROADS = ["解放路", "人民路", "建设路", "胜利路", "中山路", "光华路", "文昌路", "东湖路", "北京路", "桃源路"]
CN_NUMS = ["一", "二", "三", "五", "七", "八", "十", "十二", "十五"]
COLLEGES = ["计算机科学与技术学院", "外国语学院", "经济与管理学院", "材料科学与工程学院", "马克思主义学院", "医学院",
            "化学化工学院", "继续教育学院", "研究生院", "国际教育学院", "土木建筑工程学院", "信息工程学院"]
MAJORS = ["计算机科学与技术专业", "工商管理硕士", "临床医学专业", "会计学专业", "土木工程专业", "英语专业",
          "软件工程专业"]
UNI_KINDS = ["大学", "师范大学", "理工大学", "科技大学", "财经大学", "医科大学", "农业大学"]
COLLEGE_KINDS = ["职业技术学院", "理工学院", "师范学院", "工程职业学院", "幼儿师范高等专科学校", "卫生职业学院"]
SCHOOL_KINDS = ["实验小学", "实验中学", "外国语学校", "中心小学", "实验幼儿园", "中心幼儿园", "机关幼儿园",
                "育才中学", "实验学校"]
DESIGN = ["建筑设计研究院有限公司", "市政工程设计研究院", "交通规划设计院有限公司", "勘察测绘研究院",
          "水利水电勘测设计研究院", "城乡规划设计研究院"]
ACAD_FIELDS = ["农业科学院", "林业科学研究院", "社会科学院", "环境科学研究院"]
INST_UNITS = ["植物保护研究所", "作物研究所", "经济研究所", "农产品质量标准研究所", "生态研究所"]
FIRMS = ["律师事务所", "会计师事务所（特殊普通合伙）", "税务师事务所有限责任公司", "专利代理事务所（普通合伙）",
         "知识产权代理有限公司", "资产评估有限公司"]
BANKS = ["中国工商银行股份有限公司", "中国建设银行股份有限公司", "中国农业银行股份有限公司", "交通银行股份有限公司",
         "中国银行股份有限公司"]
SHOP_KINDS = ["便利店", "日用品经营部", "五金商行", "汽车维修服务部", "农资门市部", "美容美发店", "食品批发部",
              "电脑维修部", "餐饮店", "建材经营部", "烟酒商行", "快餐店"]
NONPROFIT = ["社会工作服务中心", "养老服务中心", "职业培训学校", "康复中心", "托育中心", "青少年活动中心",
             "文化艺术培训学校"]
PUBLIC = ["档案馆", "图书馆", "博物馆", "广播电视台", "急救中心", "科技馆", "文化馆", "群众艺术馆"]
GOV_LINES = ["人力资源和社会保障局", "住房和城乡建设局", "农业农村局", "交通运输局", "文化和旅游局", "应急管理局",
             "退役军人事务局", "医疗保障局", "商务局", "教育局"]
COMMITTEES = ["发展和改革委员会", "卫生健康委员会", "教育委员会", "经济和信息化委员会"]
PARTY = ["宣传部", "组织部", "统战部", "政法委员会"]
HOSP = ["中心医院", "妇幼保健院", "肿瘤医院", "儿童医院", "精神卫生中心", "传染病医院", "口腔医院", "中西医结合医院"]
HOSP_DEPTS = ["心内科", "急诊科", "儿科", "放射科", "检验科", "口腔颌面外科", "神经内科", "产科"]
CITY_PINYIN = {"宜昌": "Yichang", "洛阳": "Luoyang", "宝鸡": "Baoji", "柳州": "Liuzhou", "晋中": "Jinzhong",
               "南通": "Nantong", "台州": "Taizhou", "泉州": "Quanzhou", "吉林": "Jilin", "天水": "Tianshui",
               "包头": "Baotou", "潍坊": "Weifang", "株洲": "Zhuzhou", "赣州": "Ganzhou", "宜宾": "Yibin",
               "重庆": "Chongqing", "天津": "Tianjin"}
EN_INST = ["University", "Normal University", "University of Technology", "Vocational and Technical College",
           "Central Hospital", "Maternal and Child Health Hospital", "Academy of Agricultural Sciences",
           "Municipal Bureau of Commerce", "Intermediate People's Court", "Foreign Languages School",
           "Municipal Human Resources and Social Security Bureau", "Public Library", "Radio and Television Station"]

# decoy pools
GENERIC = ["本公司", "该银行", "各级人民法院", "有关部门", "税务机关", "公安机关", "当地派出所", "所在学校", "原单位",
           "用人单位", "上级主管部门", "各高校", "属地市场监管部门", "开户银行", "主管税务机关", "人民法院",
           "劳动争议仲裁委员会", "社区卫生服务中心", "个体工商户", "民办非企业单位", "街道办事处", "居委会",
           "幼儿园", "档案馆", "总工会", "事业单位", "设计院", "律所", "村镇银行", "信用社", "出版社", "电视台"]
JOBS = ["律所合伙人", "银行客户经理", "大学教授", "中学教师", "幼儿园园长", "医院院长", "派出所所长", "街道办主任",
        "设计院总工", "档案馆馆员", "出版社编辑", "会计师事务所审计助理"]
PLACES_NOT = ["学院路", "大学城", "人民医院站", "法院街", "科技园", "高新区", "师范学院路口", "档案馆路", "银行大厦",
              "图书馆站", "博物馆广场", "体育中心站"]
APPS = ["手机银行", "个人所得税APP", "国家政务服务平台", "学信网", "智慧医院小程序", "掌上公积金", "电子社保卡",
        "网上办事大厅"]
TITLES = ["《宜昌日报》", "《洛阳晚报》", "《南通大学学报》", "《中国档案》", "《农业科学研究》", "《人民法院报》"]
PLACEHOLDERS = ["XX大学XX学院", "××市第×中学", "XX农村商业银行XX支行", "某某社会工作服务中心", "XX便利店",
                "××市××局", "【单位名称】", "（学校名称）"]


def place() -> tuple[str, str, str, str]:
    """(province, city, district, county) of one real division."""
    prov, c, dists, county = pick(PLACES)
    return prov, c, pick(dists), county


def short(c: str) -> str:
    return c[:-1]


def pshort(p: str) -> str:
    """A province's short form (湖北省 -> 湖北, 广西壮族自治区 -> 广西)."""
    for tail in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省"):
        if p.endswith(tail):
            return p[: -len(tail)]
    return p


def date() -> str:
    return f"{R.randint(2024, 2026)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def person() -> str:
    return P(ZH.name())


def en_person() -> str:
    return P(EN.first_name() + " " + EN.last_name())


def phone() -> str:
    from bench.eval import values
    return PHONE(values.cn_mobile(R))


def address() -> str:
    prov, c, d, _ = place()
    return A(f"{prov}{c}{d}{pick(ROADS)}{R.randint(1, 399)}号{pick(['', f'{R.randint(2, 20)}楼', f'{R.randint(1, 9)}栋{R.randint(101, 1502)}室'])}")


def company_name() -> str:
    _, c, _, _ = place()
    return f"{pick([c, short(c)])}{pick(TRADE)}{pick(INDUSTRY)}有限公司"


# ------------------------------------------------------------------------------------------------ org makers
def university() -> str:
    prov, c, _, _ = place()
    return turn("uni", [f"{short(c)}{pick(UNI_KINDS)}", f"{pshort(prov) or short(c)}{pick(UNI_KINDS)}",
                        f"{c}{pick(COLLEGE_KINDS)}", f"{pshort(prov) or short(c)}{pick(COLLEGE_KINDS)}"])


def college() -> str:
    """A university with one of its colleges or schools."""
    prov, c, _, _ = place()
    return f"{pick([short(c), pshort(prov) or short(c)])}{pick(UNI_KINDS)}{pick(COLLEGES)}"


def school() -> str:
    prov, c, d, county = place()
    return turn("school", [f"{c}{pick(SCHOOL_KINDS)}", f"{c}{d}{pick(SCHOOL_KINDS)}", f"{c}{d}{pick(ROADS)}小学",
                           f"{county}{pick(TOWNS)}中心小学", f"{c}{d}{pick(TRADE)}幼儿园", f"{d}{pick(ROADS)}幼儿园",
                           f"{county}{pick(['第一', '第二', '城关'])}初级中学"])


def institute() -> str:
    prov, c, d, _ = place()
    return turn("inst", [f"{prov or c}{pick(DESIGN)}", f"{c}{pick(DESIGN)}",
                         f"{prov or c}{pick(ACAD_FIELDS)}{pick(INST_UNITS)}",
                         f"{prov or c}地质矿产勘查开发局第{pick(CN_NUMS)}地质大队",
                         f"{c}{pick(TRADE)}工程咨询有限公司", f"{prov or c}{pick(['测绘', '地震', '气象'])}科学研究所"])


def firm(kind: str = "any") -> str:
    """A law, accounting, tax or IP firm; `kind` narrows it to a law firm or an accounting firm."""
    prov, c, _, _ = place()
    t = pick(TRADE)
    if kind == "law":
        return turn("firm_law", [f"{pick(['北京', '上海'])}{t}律师事务所{short(c)}分所", f"{pshort(prov) or short(c)}{t}律师事务所",
                                 f"{c}{t}律师事务所"])
    if kind == "audit":
        return turn("firm_audit", [f"{t}会计师事务所（特殊普通合伙）{short(c)}分所", f"{t}联合会计师事务所{short(c)}分所",
                                   f"{c}{t}会计师事务所有限公司", f"{short(c)}{t}会计师事务所（普通合伙）"])
    return turn("firm", [f"{pick(['北京', '上海'])}{t}律师事务所{short(c)}分所", f"{t}会计师事务所（特殊普通合伙）{short(c)}分所",
                         f"{c}{t}{pick(FIRMS)}", f"{pshort(prov) or short(c)}{t}律师事务所",
                         f"{short(c)}{t}{pick(FIRMS)}", f"{t}联合会计师事务所{short(c)}分所"])


def bank() -> str:
    prov, c, d, county = place()
    return turn("bank", [f"{short(c)}农村商业银行股份有限公司{d}支行", f"{short(c)}{pick(TRADE)}村镇银行股份有限公司",
                         f"{county}农村信用合作联社{pick(TOWNS)[:-1]}信用社",
                         f"中国邮政储蓄银行股份有限公司{c}{d}支行", f"{pick(BANKS)}{short(c)}{pick(ROADS)}社区支行",
                         f"{pick(BANKS)}{short(c)}{d}支行营业部", f"{pick(BANKS)}{county}支行",
                         f"{county}农村商业银行股份有限公司{pick(TOWNS)[:-1]}分理处"])


def foreign_cn() -> str:
    prov, c, _, _ = place()
    lt, fr, ind = pick(LATIN), pick(FOREIGN), pick(INDUSTRY)
    return turn("m_foreign", [f"{lt}（{short(c)}）{ind}有限公司", f"{lt}{pshort(prov) or short(c)}移动通信有限公司",
                            f"{lt}{ind}（{short(c)}）有限公司", f"{short(c)}{lt}{ind}有限公司",
                            f"{fr}（中国）投资有限公司", f"{fr}管理咨询（{short(c)}）有限公司",
                            f"{lt}（中国）投资有限公司{short(c)}分公司", f"{fr}{lt}医疗器械（{short(c)}）有限公司"])


def shop() -> str:
    """A registered individual business with its place (the licence name)."""
    prov, c, d, county = place()
    t = pick(TRADE)
    return turn("shop", [f"{c}{d}{t}{pick(SHOP_KINDS)}", f"{d}{t}{pick(SHOP_KINDS)}", f"{county}{t}{pick(SHOP_KINDS)}",
                         f"{c}{d}{ZH.last_name()}记{pick(['餐饮店', '快餐店', '面馆'])}",
                         f"{county}{pick(TOWNS)}{t}{pick(SHOP_KINDS)}"])


def coop() -> str:
    prov, c, d, county = place()
    t = pick(TRADE)
    return turn("coop", [f"{county}{pick(TOWNS)}{pick(VILLAGES)}股份经济合作社", f"{county}{t}农机专业合作社联合社",
                         f"{c}{d}{t}{pick(NONPROFIT)}", f"{c}{t}{pick(NONPROFIT)}",
                         f"{county}供销合作社联合社", f"{c}{d}{t}{pick(['公益服务中心', '志愿服务协会'])}"])


def public_inst() -> str:
    prov, c, d, _ = place()
    return turn("m_public", [f"{c}{pick(PUBLIC)}", f"{prov or c}{pick(['图书馆', '博物馆', '档案馆'])}",
                           f"{short(c)}日报社", f"{pshort(prov) or short(c)}人民出版社", f"{short(c)}{pick(UNI_KINDS)}出版社",
                           f"{c}{d}融媒体中心", f"{c}{d}{pick(STREETS)}街道社区卫生服务中心",
                           f"{pshort(prov) or short(c)}广播电视台"])


def gov() -> str:
    prov, c, d, county = place()
    return turn("gov", [f"{c}{pick(GOV_LINES)}", f"{c}{d}{pick(GOV_LINES)}", f"{county}{pick(GOV_LINES)}",
                        f"{prov or c}{pick(COMMITTEES)}", f"{c}{pick(COMMITTEES)}", f"{county}{pick(TOWNS)}人民政府",
                        f"{c}消防救援支队{d}大队", f"{c}公安局交通警察支队{d}大队"])


def party() -> str:
    prov, c, d, county = place()
    return turn("party", [f"中共{c}委员会{pick(PARTY)}", f"共青团{c}委员会", f"{c}总工会", f"{c}{d}妇女联合会",
                          f"{c}{d}人民代表大会常务委员会", f"中国人民政治协商会议{c}委员会", f"中共{county}委员会",
                          f"{c}{pick(['工商业联合会', '科学技术协会', '残疾人联合会'])}"])


def hospital() -> str:
    prov, c, d, _ = place()
    return turn("hosp", [f"{c}{pick(HOSP)}", f"{prov or c}{pick(['肿瘤医院', '妇幼保健院', '精神卫生中心', '口腔医院'])}",
                         f"{c}{d}{pick(['中医院', '妇幼保健院', '中心医院'])}",
                         f"{short(c)}{pick(['大学', '医科大学'])}附属口腔医院", f"{c}{pick(['第一', '第二'])}{pick(HOSP)}"])


def en_inst() -> str:
    _, c, _, _ = place()
    cp = CITY_PINYIN[short(c)]
    return turn("en_inst", [f"Bank of {cp}", f"{cp} {pick(EN_INST)}", f"{cp} {pick(EN_INST)}",
                            f"{pick(LATIN)} Mobile Telecommunications Co., Ltd.", f"{cp} Rural Commercial Bank",
                            f"{cp} Institute of Architectural Design", f"{cp} Daily Press Group"])


def any_org() -> str:
    return pick([college, university, school, institute, firm, bank, foreign_cn, shop, coop, public_inst, gov, party,
                 hospital])()


# decoys
def generic(v: str | None = None) -> str:
    return dk("org_generic", v or pick(GENERIC))


def job(v: str | None = None) -> str:
    return dk("job_title", v or pick(JOBS))


def place_not(v: str | None = None) -> str:
    return dk("place_name", v or pick(PLACES_NOT))


def app() -> str:
    return dk("product_name", pick(APPS))


def title() -> str:
    return dk("work_title", pick(TITLES))


def major() -> str:
    return dk("department", pick(MAJORS))


def placeholder() -> str:
    return dk("placeholder_name", pick(PLACEHOLDERS))


# ------------------------------------------------------------------------------------------------ positives
def universities() -> Doc:
    a, b, u = college(), college(), university()
    form = turn("universities", [
        f"背景调查表\n候选人：{person()}\n毕业院校：{ORG(a)}\n专业：{major()}\n证明人：{person()} {phone()}",
        f"兹证明{person()}同志系{ORG(a)}2026届本科毕业生，{major()}，学号20221043。\n特此证明。\n{ORG(a)}（盖章）",
        f"作者单位：{ORG(a)}，{ORG(u)}",
        f"校企合作协议\n甲方：{ORG(u)}\n乙方：{ORG(company_name())}\n甲方联系人：{person()}，{phone()}",
        f"下周三{ORG(a)}来公司做校招宣讲，{ORG(b)}那边改到周五了。",
        f"{ORG(u)}与{ORG(company_name())}共建联合实验室揭牌仪式于{date()}举行。",
        f"报销事由：参加{ORG(a)}主办的学术会议，会务费1200元，收款单位{ORG(u)}。",
    ])
    return "universities", form, None


def schools() -> Doc:
    a, b = school(), school()
    form = turn("schools", [
        f"【家长群】各位家长好，{ORG(a)}秋季开学报到时间为9月1日上午8点，请带好户口本。——{person()}老师",
        f"收据\n今收到{person()}同学保育费及伙食费共计3680元。\n收款单位：{ORG(a)}\n经手人：{person()}",
        f"我们家娃从{ORG(a)}转到{ORG(b)}了，手续还挺麻烦的",
        f"教师调动审批表\n姓名：{person()}\n原单位：{ORG(a)}\n调入单位：{ORG(b)}",
        f"{ORG(a)}开展消防演练，{ORG(gov())}派员现场指导。",
        f"员工子女入学证明：兹有我司员工{person()}之子就读于{ORG(a)}，特此证明。",
    ])
    return "schools", form, None


def institutes() -> Doc:
    a, b = institute(), institute()
    form = turn("institutes", [
        f"招标公告\n项目名称：滨江片区排水管网改造工程\n设计单位：{ORG(a)}\n勘察单位：{ORG(b)}\n招标人：{ORG(gov())}",
        f"中标结果公示：第一中标候选人{ORG(a)}，投标报价386.5万元；第二中标候选人{ORG(b)}。",
        f"{ORG(a)}高级工程师{person()}带队对厂区地基进行了复勘。",
        f"合同编号HT-2026-0318\n委托方：{ORG(company_name())}\n受托方：{ORG(a)}\n项目负责人：{person()}",
        f"请把{ORG(a)}出的那份评估报告转给法务，{ORG(b)}的意见也一起附上。",
    ])
    return "institutes", form, None


def firms() -> Doc:
    a, b = firm(), firm()
    law, audit = firm("law"), firm("audit")
    form = turn("firms", [
        f"律师函\n致：{ORG(company_name())}\n{ORG(law)}受{ORG(company_name())}委托，就贵司拖欠货款一事致函如下：",
        f"审计报告\n……\n{ORG(audit)}\n中国注册会计师：{person()}\n{date()}",
        f"商标注册申请由{ORG(a)}代理，代理人{person()}，联系电话{phone()}。",
        f"咱们年审换成{ORG(a)}吧，{ORG(b)}去年的报价太高了。",
        f"授权委托书\n委托人：{ORG(company_name())}\n受托人：{person()}，{ORG(law)}律师",
    ])
    return "firms", form, None


def banks() -> Doc:
    a, b = bank(), bank()
    form = turn("banks", [
        f"收款信息\n户名：{ORG(company_name())}\n开户行：{ORG(a)}\n账号：{{{{BANK_CARD:@@CUP@@}}}}",
        f"存款证明\n兹证明{person()}在我行存款余额为人民币伍拾万元整。\n{ORG(a)}\n{date()}",
        f"工资卡统一在{ORG(a)}办理，不方便的同事可以去{ORG(b)}，带身份证原件。",
        f"贷款合同\n贷款人：{ORG(a)}\n借款人：{ORG(shop())}（经营者：{person()}）",
        f"{ORG(a)}营业时间调整为周一至周五9:00-17:00，咨询电话{phone()}。",
        f"电子回单\n付款方开户行：{ORG(a)}\n收款方开户行：{ORG(b)}\n用途：货款",
    ])
    return "banks", form, None


def foreign() -> Doc:
    a, b = foreign_cn(), foreign_cn()
    form = turn("foreign", [
        f"劳动合同\n用人单位：{ORG(a)}\n统一社会信用代码：{USCC}\n劳动者：{person()}",
        f"外商独资企业{ORG(a)}于{date()}完成增资，注册资本增至5000万美元。",
        f"Hi all, {ORG(a)}的对账单已经发过来了，请{person()}核对后回复{ORG(b)}。",
        f"供应商准入名单：{ORG(a)}；{ORG(b)}；{ORG(company_name())}",
        f"{ORG(a)}宣布将其华南区售后业务整体转由{ORG(b)}承接。",
        f"offer letter\n公司：{ORG(a)}\n岗位：高级算法工程师\n入职日期：{date()}\n联系人：{person()}",
    ])
    return "foreign", form, None


def shops() -> Doc:
    a, b = shop(), shop()
    form = turn("shops", [
        f"增值税普通发票\n销售方名称：{ORG(a)}\n纳税人识别号：{USCC}\n货物名称：办公用品\n金额：¥426.00",
        f"营业执照\n名称：{ORG(a)}\n类型：个体工商户\n经营者：{person()}\n经营场所：{address()}",
        f"报销单\n事由：团队聚餐\n商户：{ORG(a)}\n金额：682元\n报销人：{person()}",
        f"打印机坏了，之前是找{ORG(a)}修的，电话{phone()}，你问问还修不修。",
        f"零星采购明细\n1. 劳保手套 {ORG(a)} 240元\n2. 工具箱 {ORG(b)} 380元",
        f"投诉：{ORG(a)}出售过期食品，消费者{person()}要求赔偿。",
    ])
    return "shops", form, None


def coops() -> Doc:
    a, b = coop(), coop()
    form = turn("coops", [
        f"民办非企业单位登记证书\n名称：{ORG(a)}\n业务主管单位：{ORG(gov())}\n法定代表人：{person()}",
        f"政府购买服务项目公示：承接主体{ORG(a)}，服务内容为社区居家养老，金额48万元。",
        f"捐赠收据\n兹收到{ORG(company_name())}捐赠物资一批。\n受赠单位：{ORG(a)}",
        f"{ORG(a)}召开成员代表大会，{person()}当选理事长。",
        f"今年的土地流转费由{ORG(a)}统一发放，{ORG(b)}负责农机调度。",
    ])
    return "coops", form, None


def public() -> Doc:
    a, b = public_inst(), public_inst()
    form = turn("public", [
        f"{ORG(a)}记者{person()}今天来采访，安排在三楼会议室，请行政准备茶水。",
        f"版权页\n出版发行：{ORG(a)}\n责任编辑：{person()}\n印刷：{ORG(company_name())}",
        f"档案查阅申请已提交{ORG(a)}，预计5个工作日内回复。",
        f"{ORG(a)}联合{ORG(b)}推出“城市记忆”系列展览。",
        f"体检机构：{ORG(a)}\n体检日期：{date()}\n员工：{person()}",
        f"感谢{ORG(a)}对本次公益活动的报道，{ORG(b)}也做了转载。",
    ])
    return "public", form, None


def government() -> Doc:
    a, b = gov(), gov()
    form = turn("government", [
        f"关于开展安全生产大检查的通知\n发文单位：{ORG(a)}\n抄送：{ORG(b)}，{ORG(party())}",
        f"政府采购公告\n采购人：{ORG(a)}\n采购代理机构：{ORG(company_name())}\n联系人：{person()} {phone()}",
        f"您反映的问题已转{ORG(a)}办理，{ORG(b)}将于15个工作日内答复。",
        f"{ORG(a)}于{date()}对我司进行了现场检查，提出整改意见三条。",
        f"社保缴费基数调整以{ORG(a)}公布的标准为准。",
        f"{ORG(a)}、{ORG(b)}联合印发《关于促进就业的若干措施》。",
    ])
    return "government", form, None


def parties() -> Doc:
    a, b = party(), party()
    form = turn("parties", [
        f"{ORG(a)}、{ORG(b)}联合举办青年职工技能大赛，我司{person()}获二等奖。",
        f"政审函\n{ORG(a)}：\n兹有{person()}同志拟录用为我单位工作人员，请协助提供其现实表现材料。",
        f"表彰决定由{ORG(a)}作出，颁奖仪式在{ORG(public_inst())}举行。",
        f"{ORG(a)}副主席{person()}一行到我司调研。",
        f"会议通知已发至{ORG(a)}和{ORG(b)}，请各单位报送参会名单。",
    ])
    return "parties", form, None


def hospitals() -> Doc:
    a, b = hospital(), hospital()
    form = turn("hospitals", [
        f"病假证明\n就诊医院：{ORG(a)}\n科室：{dk('department', pick(HOSP_DEPTS))}\n患者：{person()}\n建议休息七天。",
        f"门诊病历\n医疗机构：{ORG(a)}　科别：{dk('department', pick(HOSP_DEPTS))}\n姓名：{person()}",
        f"员工{person()}在{ORG(a)}住院，工会已派人探望，后续转{ORG(b)}康复。",
        f"{ORG(a)}与{ORG(b)}组建医联体，专家每周下沉坐诊。",
        f"团体体检供应商比选：{ORG(a)}报价每人420元，{ORG(b)}报价每人385元。",
    ])
    return "hospitals", form, None


def tables() -> Doc:
    """Names wrapped over a line in a fixed-width table or a pasted PDF."""
    a, b, c = company_name(), any_org(), foreign_cn()
    ia = max(4, len(a) - 3)
    ib = max(4, len(b) - 4)
    ic = max(4, len(c) - 5)
    form = turn("tables", [
        f"序号  单位名称                金额\n1     {wrapped(a, ia, '      ')}      12,000.00\n2     {ORG(any_org())}  8,600.00",
        f"供应商名称：{wrapped(b, ib, '')}\n联系人：{person()}",
        f"中标人：{wrapped(c, ic, '')}（联合体牵头人）",
        f"| 单位 | 联系人 |\n| {wrapped(b, ib, '  ')} | {person()} |",
        f"收款单位 {wrapped(a, ia, '         ')}\n收款金额 ¥3,200.00",
    ])
    return "tables", form, None


def english() -> Doc:
    a, b = en_inst(), en_inst()
    form = turn("english", [
        f"Dear {en_person()},\nThis is to confirm that {P(EN.first_name() + ' ' + EN.last_name())} has worked at {ORG(a)} since 2019.",
        f"Remittance advice: beneficiary bank {ORG('Bank of ' + CITY_PINYIN[short(place()[1])])}, account name {ORG(pick(LATIN) + ' (' + CITY_PINYIN[short(place()[1])] + ') Network Technology Co., Ltd.')}",
        f"She studied at {ORG(a)} and later joined {ORG(b)}",
        f"The inspection was carried out by the {ORG(a)} on 3 March.",
        f"请把这句翻译成中文：{ORG(a)} and {ORG(b)} signed a cooperation agreement.",
        f"Reference letter issued by {ORG(a)}, contact {en_person()}.",
    ])
    return "english", form, None


def exports() -> Doc:
    a, b = any_org(), any_org()
    form = turn("exports", [
        "{" + f"\"employer\": \"{ORG(a)}\", \"school\": \"{ORG(college())}\", \"status\": \"verified\"" + "}",
        f"2026-03-02 10:21:33 INFO kyc.check org=\"{ORG(a)}\" result=PASS\n2026-03-02 10:21:34 WARN kyc.check org=\"{ORG(b)}\" result=REVIEW",
        f"单位类型,单位名称\n学校,{ORG(school())}\n医院,{ORG(hospital())}\n银行,{ORG(bank())}",
        f"- org: {ORG(a)}\n  kind: customer\n- org: {ORG(b)}\n  kind: partner",
        f"<Party role=\"buyer\">{ORG(a)}</Party><Party role=\"seller\">{ORG(b)}</Party>",
    ])
    return "exports", form, None


def news() -> Doc:
    a, b, c = any_org(), any_org(), any_org()
    form = turn("news", [
        f"近日，{ORG(a)}与{ORG(b)}签署战略合作框架协议，{ORG(c)}相关负责人出席。",
        f"据{ORG(a)}消息，{ORG(b)}已于上周完成整改。",
        f"{ORG(a)}今年以来累计服务群众1.2万人次。",
        f"记者从{ORG(a)}获悉，{ORG(b)}新址将于年底启用。",
        f"获评先进集体名单：{ORG(a)}、{ORG(b)}、{ORG(c)}。",
    ])
    return "news", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (universities, 9), (schools, 8), (institutes, 7), (firms, 7), (banks, 8), (foreign, 8), (shops, 8), (coops, 7),
    (public, 8), (government, 8), (parties, 7), (hospitals, 7), (tables, 7), (english, 8), (exports, 6), (news, 6),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_generic() -> Doc:
    form = turn("neg_generic", [
        f"如对处罚决定不服，可向{generic('人民法院')}提起诉讼，或向{generic('上级主管部门')}申请复议。",
        f"{generic('该银行')}称需{generic('开户银行')}出具证明，{generic('本公司')}已去函。",
        f"劳动者可以向{generic('劳动争议仲裁委员会')}申请仲裁，{generic('用人单位')}应当配合。",
        f"请向{generic('主管税务机关')}申报，逾期由{generic('税务机关')}依法处理。",
        f"丢了身份证先去{generic('当地派出所')}挂失，再到{generic('街道办事处')}开证明。",
        f"{generic('各级人民法院')}应当依法保障当事人诉权，{generic('有关部门')}予以配合。",
        f"孩子在{generic('所在学校')}的表现由{generic('原单位')}出具鉴定。",
        f"{generic('个体工商户')}和{generic('民办非企业单位')}的年报截止日期是6月30日。",
        f"{generic('事业单位')}招聘考试报名开始了，{generic('各高校')}应届生均可报名。",
        f"附近有没有{generic('社区卫生服务中心')}？还是直接去{generic('村镇银行')}旁边那个诊所？",
    ])
    return "neg_generic", form, None


def neg_jobs() -> Doc:
    form = turn("neg_jobs", [
        f"我姐是{job('律所合伙人')}，我哥是{job('银行客户经理')}。",
        f"面试官问我为什么从{job('中学教师')}转行做产品经理。",
        f"招聘：{job('会计师事务所审计助理')}若干名，{job('设计院总工')}一名。",
        f"{job('医院院长')}和{job('派出所所长')}都来参加了座谈会。",
        f"她以前是{job('幼儿园园长')}，后来当了{job('出版社编辑')}。",
        f"{job('大学教授')}兼任{job('档案馆馆员')}的情况多吗？",
    ])
    return "neg_jobs", form, None


def neg_places() -> Doc:
    form = turn("neg_places", [
        f"在{place_not('学院路')}下车，往{place_not('大学城')}方向走五分钟。",
        f"地铁2号线{place_not('人民医院站')}B口出，{place_not('银行大厦')}对面。",
        f"公司搬到{place_not('科技园')}了，离{place_not('高新区')}管委会不远。",
        f"{place_not('图书馆站')}到{place_not('博物馆广场')}坐几站？",
        f"约在{place_not('师范学院路口')}见，{place_not('法院街')}那边在修路。",
        f"{place_not('体育中心站')}附近停车难，建议从{place_not('档案馆路')}绕行。",
    ])
    return "neg_places", form, None


def neg_products() -> Doc:
    form = turn("neg_products", [
        f"用{app()}就能查，或者登录{app()}。",
        f"{app()}提示系统维护，{app()}也打不开。",
        f"今天的{title()}头版讲的就是这个，{title()}也转了。",
        f"投稿{title()}要多久？{title()}的审稿周期呢？",
        f"新员工培训资料里的{app()}操作指南已更新，{app()}部分下周补。",
    ])
    return "neg_products", form, None


def neg_majors() -> Doc:
    form = turn("neg_majors", [
        f"招聘要求：{major()}或{major()}优先，本科及以上学历。",
        f"我是{major()}毕业的，能转{major()}吗？",
        f"{major()}和{major()}哪个就业好？",
        f"简历筛选规则：{major()}加分，{major()}需笔试。",
    ])
    return "neg_majors", form, None


def neg_templates() -> Doc:
    form = turn("neg_templates", [
        f"毕业院校：{placeholder()}\n工作单位：{placeholder()}\n（请按毕业证书填写全称）",
        f"开户行：{placeholder()}\n户名：同{generic('本公司')}营业执照名称",
        "受理单位：\n承办人：\n联系电话：\n（以上由受理机关填写）",
        f"示例：{placeholder()}；注意不要写成{placeholder()}。",
        f'{{"employer": "", "school": "{placeholder()}", "bank": null}}',
    ])
    return "neg_templates", form, None


def neg_english() -> Doc:
    form = turn("neg_english", [
        "Please ask your bank for a statement; the university will not accept screenshots.",
        "The court may dismiss the claim if the local police station has no record.",
        "Our hospital partners include several maternity clinics and a children's ward.",
        "Each school district sets its own enrollment rules; ask the education bureau.",
        "The design institute and the law firm both sent invoices this week.",
    ])
    return "neg_english", form, None


def shop_sign() -> str:
    return dk("shop_name", pick([f"{pick(TRADE)}{pick(SHOP_KINDS)}", f"{ZH.last_name()}记{pick(['面馆', '快餐店', '烧烤'])}"]))


def neg_shops() -> Doc:
    form = turn("neg_shops", [
        f"楼下{shop_sign()}关门了，去{shop_sign()}买吧。",
        f"午饭订{shop_sign()}还是{shop_sign()}？",
        f"报销时写“{shop_sign()}”不行，要写发票上的全称。",
        f"{shop_sign()}老板说明天到货，{shop_sign()}那边缺货。",
        f"团建地点备选：{shop_sign()}，{shop_sign()}。",
        f"上次在{shop_sign()}修的电脑又坏了。",
    ])
    return "neg_shops", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_generic, 14), (neg_jobs, 6), (neg_places, 6), (neg_products, 8), (neg_majors, 6), (neg_templates, 8),
    (neg_english, 5), (neg_shops, 7),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
