"""Round 12g blind corpus: organisations and addresses in official and institutional text, and look-alikes.

Why: issue 3 asks ORG and ADDRESS recall on the hold-out to rise; earlier rounds wrote companies, brands and
shipping addresses, but official text names bodies in chains and joint actions (an agency 会同 / 联合 / 牵头
another), writes the office's address in a letterhead or a two-line form field, and the institutions people deal
with (courts, procuratorates, 派出所, 街道办事处, residents' and villagers' committees, schools, hospitals with
branch campuses, research institutes, foundations, associations, law and accounting firms, state-owned groups and
their subsidiaries, bank branches and 营业部, Hong Kong / Taiwanese / English names). This round was written from
the labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it:

- ORG is the full name as written, from the place that begins it (province, city, district as written) to its
  last unit: a sub-bureau, a 派出所 under its 分局, a branch campus (东院区, 分院) written as part of the name, a
  partnership form in brackets, a bank's 分行 / 支行 / 营业部. Bodies named one after another (A会同B、C) are
  each their own span. A body of an unnamed place (市市场监管局, 区公安分局), a generic reference (本公司, 该局,
  贵院, 有关部门, 辖区派出所) and an agency word used as an adjective (公安部门, 法院系统, 市场监管领域) are not.
- ADDRESS runs from the highest administrative unit written down to the finest (号, 号楼, 栋, 单元, 室, 层, 座,
  组, a village without a house number); the postcode, a label before it and a phone number or contact after
  it are no part of it. An address continued on the next line of a form is one span with the line break and
  the indentation inside it (tag `linebreak`). Road names that are words or people's names (幸福路, 张衡路) are
  ordinary roads. A city, district, town, road or park named alone is no address.
- Phones, landlines, people (contacts, legal representatives, judges) and credit codes present in a document
  are labeled too.

Places are real divisions; every organisation, road, building, village and person is invented (hand-made lists,
Faker zh_CN for people); the output follows only the seed. About 30 % of the documents have no gold.

    python -m bench.eval.blind.build --round12g     # writes bench/eval/corpus/blind-round12g.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 120707
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]

ORG = partial(gold, "ORG")
TEL = partial(gold, "CN_LANDLINE")

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# --- places: real divisions (province, city, [county-level units], area code, postcode prefix) -------------------
PLACES: list[tuple[str, str, list[str], str, str]] = [
    ("浙江省", "湖州市", ["吴兴区", "南浔区", "德清县", "安吉县"], "0572", "313"),
    ("江苏省", "扬州市", ["广陵区", "邗江区", "江都区", "宝应县"], "0514", "225"),
    ("安徽省", "芜湖市", ["镜湖区", "鸠江区", "弋江区", "南陵县"], "0553", "241"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区", "秭归县"], "0717", "443"),
    ("山东省", "潍坊市", ["奎文区", "潍城区", "寿光市", "青州市"], "0536", "261"),
    ("河南省", "洛阳市", ["涧西区", "洛龙区", "偃师区", "宜阳县"], "0379", "471"),
    ("四川省", "乐山市", ["市中区", "五通桥区", "峨眉山市", "夹江县"], "0833", "614"),
    ("江西省", "赣州市", ["章贡区", "南康区", "于都县", "瑞金市"], "0797", "341"),
    ("福建省", "泉州市", ["丰泽区", "鲤城区", "晋江市", "安溪县"], "0595", "362"),
    ("湖南省", "株洲市", ["天元区", "芦淞区", "醴陵市", "攸县"], "0731", "412"),
    ("广东省", "佛山市", ["南海区", "顺德区", "禅城区", "高明区"], "0757", "528"),
    ("", "天津市", ["河西区", "南开区", "滨海新区", "武清区"], "022", "300"),
    ("", "重庆市", ["渝中区", "江北区", "沙坪坝区", "綦江区"], "023", "400"),
    ("陕西省", "宝鸡市", ["渭滨区", "金台区", "岐山县", "凤翔区"], "0917", "721"),
    ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区", "柳江区", "融安县"], "0772", "545"),
]
RURAL = [p for p in PLACES if any(c.endswith("县") for c in p[2])]

# --- invented names ------------------------------------------------------------------------------------------------
WORD_ROADS = ["幸福路", "长寿路", "光明大道", "胜利街", "友谊路", "和平路", "团结路", "建设大道", "文明路", "振兴路",
              "富强路", "创业大道", "学府路", "青年路", "丰收路", "平安大街", "迎宾大道", "朝阳路"]
PERSON_ROADS = ["张衡路", "李冰路", "祖冲之路", "郭守敬路", "蔡伦路", "中山北路", "逸仙路", "秋瑾路", "鲁迅中路",
                "志丹路", "左权路", "靖宇街", "黄兴路", "仲恺路"]
PLAIN_ROADS = ["滨江大道", "金山路", "新华西路", "东风路", "工业大道", "科苑路", "龙腾路", "云栖路", "凤凰街",
               "锦绣大道", "望江东路", "白沙路"]
BUILDINGS = ["汇智大厦", "国贸中心", "科创大厦", "智慧谷", "创新广场", "时代商务中心", "云栖大厦", "金融港",
             "星海大厦", "锦程国际", "嘉和广场", "明珠大厦"]
PARKS = ["高新技术产业开发区", "经济技术开发区", "工业园区", "临港产业园", "软件园"]
TOWNS = ["禾丰镇", "青石镇", "梅岭乡", "白沙镇", "柳塘乡", "金坑镇", "双溪镇", "石门乡", "东岭镇", "桃源乡"]
VILLAGES = ["上坪村", "石桥村", "杨柳村", "新塘村", "东湾村", "龙井村", "下洋村", "荷花村", "岭背村", "高田村"]
STREETS = ["望湖街道", "城南街道", "东港街道", "凤鸣街道", "清源街道", "桥西街道", "新河街道", "文昌街道"]
COMMUNITIES = ["翠苑社区", "锦华社区", "南苑社区", "和睦社区", "春晖社区", "枫林社区"]
BRANDS = ["澜沧", "青禾", "瀚宇", "鼎峰", "望川", "汇岭", "苍梧", "曜石", "星澜", "崇德", "云岫", "嘉树", "弘毅",
          "恒润", "博远", "沐阳"]
TRADES = ["交通投资", "城市建设", "能源", "水务", "文化旅游", "港口物流", "国有资本运营", "医药", "建工", "农业发展"]
SUB_TRADES = ["工程管理", "物业服务", "供应链", "新材料", "检测认证", "置业", "环境科技", "燃气"]
BANKS = ["华岳银行", "东海商业银行", "长淮银行", "南岭银行", "中原汇通银行", "锦江银行"]
UNIS = ["江淮理工大学", "西岭医科大学", "东陵师范大学", "南屏大学", "北湖科技大学", "楚原大学"]
INSTITUTES = ["作物", "植物保护", "土壤肥料", "畜牧兽医", "茶叶", "蚕桑"]
CAS_INSTITUTES = ["长岭光学精密机械", "云梦地理", "北溟海洋", "青峦生态环境", "星原材料"]
CAMPUSES = ["东院区", "南院区", "北院区", "新城院区", "滨江院区"]
MINISTRIES = ["公安部", "教育部", "国家市场监督管理总局", "国家卫生健康委员会", "国家金融监督管理总局",
              "应急管理部", "民政部", "交通运输部"]
CITY_BODIES = ["市场监督管理局", "公安局", "生态环境局", "交通运输局", "卫生健康委员会", "教育局",
               "住房和城乡建设局", "应急管理局", "人力资源和社会保障局", "商务局", "农业农村局",
               "发展和改革委员会", "城市管理行政执法局", "人民政府", "民政局", "消防救援支队"]
DIST_BODIES = ["市场监督管理局", "公安分局", "教育局", "卫生健康局", "人民政府", "应急管理局", "民政局",
               "城市管理局", "消防救援大队", "司法局"]
PROV_BODIES = ["药品监督管理局", "通信管理局", "市场监督管理局", "教育厅", "卫生健康委员会", "公安厅"]
# Hong Kong / Taiwan / English
HK_BRANDS = ["恆毅", "瑞峰", "德輝", "祥安", "信達", "嘉華里"]
HK_PLACES = [("香港九龍觀塘", ["開源道", "偉業街", "鴻圖道"]), ("香港九龍旺角", ["彌敦道", "亞皆老街", "西洋菜南街"]),
             ("香港新界沙田", ["安心街", "沙田鄉事會路", "源禾路"]), ("香港灣仔", ["告士打道", "港灣道", "軒尼詩道"]),
             ("香港中環", ["德輔道中", "皇后大道中", "干諾道中"])]
HK_BUILDINGS = ["瑞峰中心", "德輝商業大廈", "祥安大廈", "恆毅廣場", "信達中心"]
TW_PLACES = [("臺北市", ["信義區", "大安區", "中山區"], ["忠孝東路四段", "敦化南路二段", "松仁路", "民生東路三段"]),
             ("新北市", ["板橋區", "新莊區"], ["文化路一段", "中正路", "縣民大道二段"]),
             ("臺中市", ["西屯區", "南屯區"], ["臺灣大道三段", "文心路一段", "市政北二路"]),
             ("高雄市", ["前鎮區", "苓雅區"], ["成功二路", "中山二路", "四維三路"])]
TW_BRANDS = ["宏碩", "聯鈞", "璟德", "永昇", "華燁", "晶遠"]
EN_WORDS = ["Harbourcrest", "Silverpine", "Kestrelmoor", "Lanfield", "Eastgate", "Brookvale", "Ashcombe", "Northmere"]

TITLES = ["局长", "主任", "科长", "副局长", "所长", "院长", "书记"]


# --- small helpers ---------------------------------------------------------------------------------------------------
def place() -> tuple[str, str, list[str], str, str]:
    return pick(PLACES)


def person() -> str:
    return P(ZH.name())


def mobile() -> str:
    return pick(["138", "139", "135", "150", "151", "158", "186", "187", "177", "199", "133", "182"]) \
        + f"{R.randrange(0, 10 ** 8):08d}"


def landline(code: str) -> str:
    n = f"{R.randrange(2, 9)}{R.randrange(0, 10 ** 6):06d}" if len(code) == 4 else f"{R.randrange(2, 9)}{R.randrange(0, 10 ** 7):07d}"
    return pick([f"{code}-{n}", f"{code}-{n}", f"({code}){n}", f"（{code}）{n}"])


def postcode(p: tuple[str, str, list[str], str, str]) -> str:
    return f"{p[4]}{R.randrange(0, 1000):03d}"


def year() -> str:
    return str(pick([2025, 2026]))


def day() -> str:
    return f"{year()}年{R.randrange(1, 13)}月{R.randrange(1, 29)}日"


def road() -> str:
    return turn("road", WORD_ROADS + PERSON_ROADS + PLAIN_ROADS)


def short(city: str) -> str:
    return city[:-1]


def prov_short(prov: str) -> str:
    """广西壮族自治区 -> 广西, 浙江省 -> 浙江, 天津市 -> 天津."""
    return prov[:2] if prov.endswith("自治区") else prov[:-1]


def head(p: tuple[str, str, list[str], str, str], province: bool | None = None) -> str:
    """The divisions an address or a body begins with: province (sometimes left out), city, county-level unit."""
    prov, city, dists, _, _ = p
    with_prov = province if province is not None else R.random() < 0.6
    return (prov if with_prov else "") + city + pick(dists)


def finest() -> str:
    """What follows the house number: nothing, a building and room, a floor, a unit (the address ends there)."""
    return turn("finest", [
        "", "", f"{R.randrange(1, 12)}号楼", f"{R.randrange(1, 20)}栋{R.randrange(1, 4)}单元{R.randrange(1, 18)}0{R.randrange(1, 5)}室",
        f"{pick(BUILDINGS)}{pick('ABC')}座{R.randrange(3, 28)}层", f"{pick(BUILDINGS)}{R.randrange(5, 31)}楼",
        f"{R.randrange(1, 9)}幢{R.randrange(2, 16)}层", f"{pick(BUILDINGS)}{R.randrange(3, 25)}0{R.randrange(1, 9)}室",
        f"{R.randrange(2, 20)}楼{R.randrange(1, 20)}0{R.randrange(1, 9)}室",
    ])


def street_addr(p: tuple[str, str, list[str], str, str] | None = None, province: bool | None = None) -> str:
    p = p or place()
    return f"{head(p, province)}{road()}{R.randrange(1, 999)}号{finest()}"


def park_addr(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    """An address inside an industrial park or development zone, down to a building and often a room."""
    p = p or place()
    prov, city, dists, _, _ = p
    k = turn("park", range(4))
    unit = pick([f"{R.randrange(1, 12)}号厂房", f"{pick(BUILDINGS)}{pick('ABCD')}座{R.randrange(2, 20)}0{R.randrange(1, 9)}室",
                 f"{short(city)}{pick(['科创', '智造', '数字经济'])}产业园{R.randrange(1, 9)}号楼{R.randrange(1, 6)}层",
                 f"{R.randrange(1, 12)}栋"])
    if k == 0:
        return f"{prov}{city}{pick(PARKS)}{road()}{R.randrange(1, 3000)}号{unit}"
    if k == 1:
        return f"{prov}{city}{pick(dists)}{pick(TOWNS[:5])[:-1]}{pick(['工业园区', '工业集中区'])}{road()}{R.randrange(1, 300)}号{unit}"
    if k == 2:
        return f"{city}{pick(dists)}{road()}{R.randrange(1, 999)}号{unit}"
    return f"{prov}{city}{short(city)}{pick(['高新区', '经开区'])}{road()}{R.randrange(1, 999)}号{unit}"


def rural_addr() -> str:
    """A rural address: county, town or township, village, and a village group (and sometimes a house number)."""
    prov, city, dists, _, _ = pick(RURAL)
    county = next(c for c in dists if c.endswith("县"))
    tail = turn("rural", [f"{pick(['一', '二', '三', '四', '五', '六', '七'])}组", f"{R.randrange(1, 12)}组",
                          f"{R.randrange(1, 12)}组{R.randrange(1, 60)}号", "",
                          f"{pick(['东', '西', '后'])}{pick(['坑', '垅', '湾'])}组"])
    return f"{prov}{city}{county}{pick(TOWNS)}{pick(VILLAGES)}{tail}"


def hk_addr() -> str:
    area, roads = pick(HK_PLACES)
    return f"{area}{pick(roads)}{R.randrange(1, 400)}號{pick(HK_BUILDINGS)}{R.randrange(2, 30)}樓" \
        + pick(["", f"{R.randrange(1, 20):02d}室", f"{pick('ABCDE')}室"])


def tw_addr() -> str:
    city, dists, roads = pick(TW_PLACES)
    lane = pick(["", f"{R.randrange(10, 300)}巷"])
    return f"{city}{pick(dists)}{pick(roads)}{lane}{R.randrange(1, 300)}號" \
        + pick(["", f"{R.randrange(2, 20)}樓", f"{R.randrange(2, 20)}樓之{R.randrange(1, 9)}"])


# --- organisations ----------------------------------------------------------------------------------------------
def city_body(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, dists, _, _ = p or place()
    k = turn("city_body", range(5))
    if k == 0:
        return f"{city}{pick(CITY_BODIES)}"
    if k == 1:
        return f"{city}{pick(dists)}{pick(DIST_BODIES)}"
    if k == 2:
        return f"{prov or city}{pick(PROV_BODIES)}" if prov else f"{city}{pick(CITY_BODIES)}"
    if k == 3:
        return f"{prov}{city}{pick(CITY_BODIES)}"
    return f"{city}市场监督管理局{pick(dists)[:-1]}分局"


def market_bureau(p: tuple[str, str, list[str], str, str]) -> str:
    prov, city, dists, _, _ = p
    return turn("market", [f"{city}市场监督管理局", f"{city}{pick(dists)}市场监督管理局", f"{city}市场监管局",
                           f"{prov}{city}{pick(dists)}市场监督管理局", f"{city}市场监督管理局{pick(dists)[:-1]}分局",
                           f"{city}{pick(dists)}市场监督管理局{pick(STREETS)[:-2]}市场监督管理所"])


def court(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, dists, _, _ = p or place()
    return turn("court", [f"{city}中级人民法院", f"{city}{pick(dists)}人民法院", f"{prov or city}高级人民法院",
                          f"{prov}{city}{pick(dists)}人民法院", f"{city}{pick(dists)}人民法院{pick(TOWNS)[:-1]}人民法庭"])


def procuratorate(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, dists, _, _ = p or place()
    return turn("procuratorate", [f"{city}{pick(dists)}人民检察院", f"{city}人民检察院", f"{prov or city}人民检察院",
                                  f"{prov}{city}{pick(dists)}人民检察院"])


def police_station(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, dists, _, _ = p or place()
    d = pick(dists)
    return turn("police", [f"{city}公安局{d[:-1]}分局{pick(STREETS)[:-2]}派出所", f"{city}{d}公安局{pick(TOWNS)[:-1]}派出所",
                           f"{city}公安局{d[:-1]}分局{pick(STREETS)[:-2]}派出所", f"{city}公安局交通警察支队{d[:-1]}大队"])


def street_office(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, dists, _, _ = p or place()
    d = pick(dists)
    return turn("street_office", [f"{city}{d}{pick(STREETS)}办事处", f"{d}{pick(STREETS)}办事处",
                                  f"{city}{d}{pick(STREETS)}{pick(COMMUNITIES)}居民委员会",
                                  f"{d}{pick(STREETS)}{pick(COMMUNITIES)}居民委员会", f"{pick(STREETS)}{pick(COMMUNITIES)}居委会"])


def village_committee() -> str:
    _, city, dists, _, _ = pick(RURAL)
    county = next(c for c in dists if c.endswith("县"))
    return turn("village", [f"{county}{pick(TOWNS)}{pick(VILLAGES)}村民委员会", f"{city}{county}{pick(TOWNS)}人民政府",
                            f"{pick(TOWNS)}{pick(VILLAGES)}村民委员会", f"{county}{pick(TOWNS)}{pick(VILLAGES)}村委会"])


def hospital(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, dists, _, _ = p or place()
    return turn("hospital", [f"{city}第一人民医院", f"{pick(UNIS)}附属第二医院", f"{city}中医院{pick(CAMPUSES)}",
                             f"{pick(UNIS)}附属医院{pick(CAMPUSES)}", f"{city}人民医院{pick(dists)[:-1]}分院",
                             f"{city}妇幼保健院", f"{city}中心医院（{pick(CAMPUSES)}）", f"{city}{pick(dists)}人民医院",
                             f"{pick(UNIS)}第一附属医院"])


def school(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, dists, _, _ = p or place()
    return turn("school", [f"{city}第{pick(['一', '二', '三', '七', '十一'])}中学", f"{city}{pick(dists)}实验小学",
                           f"{prov_short(prov or city)}{pick(BRANDS)}职业技术学院", pick(UNIS),
                           f"{pick(UNIS)}{pick(['计算机科学与技术学院', '公共卫生学院', '法学院', '继续教育学院'])}",
                           f"{city}{pick(dists)}{pick(['第二', '实验', '城南'])}幼儿园"])


def institute(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, _, _, _ = p or place()
    b = pick(BRANDS)
    return turn("institute", [f"{prov or city}农业科学院{pick(INSTITUTES)}研究所", f"中国科学院{pick(CAS_INSTITUTES)}研究所",
                              f"{city}{b}产业技术研究院", f"{prov or city}{b}慈善基金会", f"{b}公益基金会",
                              f"{city}软件行业协会", f"{prov or city}{pick(['医疗器械', '物流与采购', '建筑业'])}协会",
                              f"{short(city)}{b}律师事务所", f"{b}会计师事务所（特殊普通合伙）",
                              f"{b}会计师事务所（特殊普通合伙）{short(city)}分所", f"{city}律师协会",
                              f"{prov or city}{b}律师事务所"])


def auditor(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, _, _, _ = p or place()
    b = pick(BRANDS)
    return pick([f"{b}会计师事务所（特殊普通合伙）", f"{b}会计师事务所（特殊普通合伙）{short(city)}分所",
                 f"{short(city)}{b}会计师事务所有限公司"])


def funder(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, _, _, _ = p or place()
    return pick([f"{prov or city}{pick(BRANDS)}慈善基金会", f"{pick(BRANDS)}公益基金会", f"{prov or city}自然科学基金委员会"])


def research(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    prov, city, _, _, _ = p or place()
    return pick([f"{prov or city}农业科学院{pick(INSTITUTES)}研究所", f"中国科学院{pick(CAS_INSTITUTES)}研究所",
                 f"{city}{pick(BRANDS)}产业技术研究院", pick(UNIS)])


def soe(p: tuple[str, str, list[str], str, str] | None = None) -> tuple[str, str]:
    """(group, subsidiary) of a state-owned group."""
    prov, city, dists, _, _ = p or place()
    b = pick(BRANDS)
    group = turn("group", [f"{prov_short(prov or city)}{b}{pick(TRADES)}集团有限公司", f"{city}{pick(TRADES)}集团有限公司",
                           f"中国{b}{pick(TRADES)}集团有限公司", f"{short(city)}{b}投资控股集团有限公司"])
    sub = turn("subsidiary", [f"{group}{short(city)}分公司", f"{short(city)}{b}{pick(SUB_TRADES)}有限公司",
                              f"{group[:-6]}第{pick(['一', '三', '五'])}工程有限公司", f"{group[:-4]}{pick(SUB_TRADES)}有限公司"])
    return group, sub


def company(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, _, _, _ = p or place()
    return f"{short(city)}{pick(BRANDS)}{pick(SUB_TRADES)}{pick(['有限公司', '股份有限公司'])}"


def bank(p: tuple[str, str, list[str], str, str] | None = None) -> str:
    _, city, dists, _, _ = p or place()
    b = pick(BANKS)
    return turn("bank", [f"{b}{short(city)}分行", f"{b}股份有限公司{short(city)}{pick(dists)[:-1]}支行",
                         f"{b}{short(city)}分行营业部", f"{short(city)}农村商业银行股份有限公司{pick(TOWNS)[:-1]}支行",
                         f"{b}{short(city)}{pick(dists)}支行", f"{short(city)}银行股份有限公司营业部",
                         f"{b}{short(city)}{pick(STREETS)[:-2]}支行"])


def hk_org() -> str:
    b = pick(HK_BRANDS)
    return turn("hk_org", [f"{b}集團有限公司", f"{b}（香港）有限公司", f"香港{b}商會", f"{b}律師行",
                           f"{b}會計師事務所有限公司", f"{b}國際控股有限公司"])


def tw_org() -> str:
    b = pick(TW_BRANDS)
    return turn("tw_org", [f"{b}科技股份有限公司", f"財團法人{b}文教基金會", f"{b}聯合會計師事務所", f"{b}法律事務所",
                           f"臺灣{b}電子股份有限公司", f"社團法人臺灣{b}協會"])


def en_org() -> str:
    w = pick(EN_WORDS)
    return turn("en_org", [f"{w} Holdings Limited", f"{w} Capital (Hong Kong) Limited", f"{w} & Partners LLP",
                           f"{w} Certified Public Accountants", f"{w} Bank Limited, Shanghai Branch",
                           f"{w} Foundation", f"{w} University Hospital"])


def account_no() -> str:
    """A corporate settlement account number: 12-14 or 21-22 digits, never a card-shaped 15-19."""
    n = pick([12, 13, 14, 21, 22])
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


# --- documents with gold -----------------------------------------------------------------------------------------
def joint_action() -> Doc:
    """A notice where one body leads and others join (会同 / 联合 / 牵头 / 配合)."""
    p = place()
    a, b, c = market_bureau(p), city_body(p), city_body(p)
    while c == b:
        c = city_body(p)
    topic = pick(["校园食品安全专项整治", "电动自行车充电安全排查", "预付式消费领域专项治理", "燃气安全隐患排查",
                  "医疗美容行业规范", "农村集体“三资”清查"])
    form = turn("joint", [
        f"帮我提炼这条通报的要点：\n近日，{ORG(a)}会同{ORG(b)}、{ORG(c)}开展{topic}行动，共检查经营主体{R.randrange(40, 900)}家。",
        f"根据{ORG(pick(MINISTRIES))}部署，{ORG(a)}联合{ORG(b)}于{day()}起开展为期三个月的{topic}。",
        f"本次{topic}由{ORG(b)}牵头，{ORG(a)}、{ORG(c)}配合，各街道（乡镇）做好属地排查。",
        f"关于开展{topic}的通知\n各有关单位：\n经研究，{ORG(a)}与{ORG(b)}决定联合开展{topic}。\n联系人：{person()}，电话：{TEL(landline(p[3]))}\n\n{ORG(a)}\n{ORG(b)}\n{day()}",
        f"请把下面这句改得正式一些：{ORG(b)}牵头会同{ORG(c)}和{ORG(a)}，对辖区内的{topic}做了一次摸底。",
        f"【工作动态】{ORG(a)}、{ORG(b)}、{ORG(c)}三部门联合印发《关于加强{topic}的若干措施》。",
    ])
    return "joint_action", form, None


def penalty_decision() -> Doc:
    """An administrative penalty decision: the bureau, the party, its credit code, domicile and representative."""
    p = place()
    bureau = market_bureau(p)
    party = company(p) if R.random() < 0.6 else soe(p)[1]
    addr = turn("pen_addr", [street_addr(p), park_addr(p)])
    sep = pick(["：", "："])
    form = (f"{pick(['帮我总结这份处罚决定书：', '这份文书里当事人违反了哪条规定？'])}\n{ORG(bureau)}\n行政处罚决定书\n"
            f"{short(p[1])}市监处罚〔{year()}〕{R.randrange(10, 400)}号\n"
            f"当事人{sep}{ORG(party)}\n统一社会信用代码{sep}{{{{CN_USCC:@@USCC@@}}}}\n"
            f"{pick(['住所', '住所（经营场所）', '经营场所'])}{sep}{A(addr)}\n法定代表人{sep}{person()}\n"
            f"……如不服本决定，可在收到本决定书之日起六十日内向{ORG(pick([p[1] + '人民政府', (p[0] or p[1]) + '市场监督管理局']))}申请行政复议。")
    return "penalty_decision", form, None


def court_doc() -> Doc:
    """Court and procuratorate documents: the court, its address, parties, judges, a summons' contact line."""
    p = place()
    c, pr = court(p), procuratorate(p)
    addr = street_addr(p)
    form = turn("court_doc", [
        f"帮我看看这张传票要注意什么：\n{ORG(c)}\n传　票\n被传唤人：{person()}\n应到处所：{ORG(c)}第{pick(['一', '三', '六'])}法庭（{A(addr)}）\n"
        f"承办人：{person()}　联系电话：{TEL(landline(p[3]))}",
        f"原告{ORG(company(p))}与被告{ORG(company(p))}买卖合同纠纷一案，{ORG(c)}于{day()}立案。"
        f"原告委托诉讼代理人{person()}，{ORG(short(p[1]) + pick(BRANDS) + '律师事务所')}律师。",
        f"{ORG(c)}诉讼服务中心地址：{A(addr)}，乘车可至{pick(WORD_ROADS)}站下车。咨询电话：{TEL(landline(p[3]))}",
        f"案件已移送{ORG(procuratorate(p))}审查起诉，请于{R.randrange(1, 13)}月{R.randrange(1, 29)}日前到{ORG(pr)}{pick(['控告申诉检察部', '案件管理中心'])}"
        f"（{A(addr)}）提交材料。",
        f"审判长　{person()}\n审判员　{person()}\n人民陪审员　{person()}\n{day()}\n书记员　{person()}\n（本件与原本核对无异，{ORG(c)}）",
    ])
    return "court_doc", form, None


def police_community() -> Doc:
    """派出所, 街道办事处, 居委会 and 村委会: certificates, notices and contact lines with their addresses."""
    p = place()
    form = turn("police_comm", [
        f"帮我写一份情况说明，抬头写{ORG(police_station(p))}。\n我叫{person()}，住{A(street_addr(p))}，"
        f"{day()}晚在{pick(WORD_ROADS)}附近丢失钱包一个。",
        f"户籍证明\n兹证明{person()}，户籍登记地址为{A(street_addr(p))}。\n特此证明。\n{ORG(police_station(p))}（盖章）\n{day()}",
        f"居住证明\n{person()}自{year()}年{R.randrange(1, 13)}月起居住在{A(street_addr(p, True))}。\n"
        f"{ORG(street_office(p))}\n经办人：{person()}　电话：{TEL(landline(p[3]))}",
        f"通知：{ORG(street_office(p))}将于本周六在{pick(COMMUNITIES)}活动室开展义诊，由{ORG(hospital(p))}医生坐诊。",
        f"{ORG(village_committee())}\n关于{pick(['土地流转', '危房改造', '低保评议'])}结果的公示\n"
        f"经村民代表大会评议，{person()}（住{A(rural_addr())}）符合条件。公示期七天，如有异议请联系{person()}，{PHONE(mobile())}。",
        f"请帮我把这个地址补全邮编：{A(rural_addr())}，收件人{person()}，{PHONE(mobile())}",
        f"证　明\n{person()}同志系我村村民，家住{A(rural_addr())}，家庭经济困难，情况属实。\n{ORG(village_committee())}\n{day()}",
    ])
    return "police_community", form, None


def hospital_school() -> Doc:
    """Hospitals with branch campuses, schools and universities, with their addresses."""
    p = place()
    h = hospital(p)
    form = turn("hosp_school", [
        f"帮我写个就诊提醒：{ORG(h)}位于{A(street_addr(p))}，门诊时间8:00-17:00。",
        f"转诊单\n转出医院：{ORG(hospital(p))}\n转入医院：{ORG(hospital(p))}\n患者：{person()}\n经治医生：{person()}",
        f"{ORG(h)}（地址：{A(street_addr(p))}）自下月起开设夜间门诊，咨询电话{TEL(landline(p[3]))}。",
        f"录取通知书邮寄地址：{A(street_addr(p))}\n学校：{ORG(school(p))}\n招生办联系人：{person()}老师　{TEL(landline(p[3]))}",
        f"{ORG(school(p))}与{ORG(hospital(p))}签署医教协同合作协议，双方将共建实习基地。",
        f"请帮我把这段简介翻译成英文：{ORG(school(p))}创办于{R.randrange(1950, 2005)}年，校本部位于{A(street_addr(p, True))}，"
        f"另设{pick(['南湖', '东岭', '江北'])}校区。",
        f"家长您好，{ORG(school(p))}{year()}年秋季开学报到地点调整为{A(street_addr(p))}，请相互转告。",
    ])
    return "hospital_school", form, None


def institutions() -> Doc:
    """Research institutes, foundations, associations, law and accounting firms."""
    p = place()
    i1, i2 = institute(p), institute(p)
    form = turn("inst", [
        f"审计报告由{ORG(auditor(p))}出具，签字注册会计师：{person()}、{person()}。",
        f"{ORG(i1)}与{ORG(i2)}联合发布《{year()}年度行业发展报告》。",
        f"本项目资助方：{ORG(funder(p))}\n项目承担单位：{ORG(research(p))}\n通讯地址：{A(park_addr(p))}\n项目负责人：{person()}",
        f"律师函\n致：{ORG(company(p))}\n{ORG(short(p[1]) + pick(BRANDS) + '律师事务所')}受{person()}委托，就贵司拖欠货款一事致函如下……\n"
        f"地址：{A(street_addr(p))}　电话：{TEL(landline(p[3]))}",
        f"感谢{ORG(i1)}对本次{pick(['助学', '义诊', '乡村阅读'])}活动的支持，捐赠物资已送达{ORG(school(p))}。",
        f"会员单位名单：{ORG(i1)}、{ORG(company(p))}、{ORG(i2)}",
    ])
    return "institutions", form, None


def soe_group() -> Doc:
    """A state-owned group and its subsidiaries: announcements, bid notices, org charts."""
    p = place()
    g, s = soe(p)
    form = turn("soe", [
        f"{ORG(g)}关于{ORG(s)}{pick(['增资扩股', '股权划转', '更名'])}的公告\n经{ORG(short(p[1]) + '市人民政府国有资产监督管理委员会')}批复同意……",
        f"招标公告\n招标人：{ORG(s)}\n招标代理机构：{ORG(company(p))}\n地址：{A(park_addr(p))}\n联系人：{person()}　电话：{PHONE(mobile())}",
        f"把组织架构整理成表格：\n{ORG(g)}\n├─ {ORG(s)}\n├─ {ORG(soe(p)[1])}\n└─ 集团总部各部门",
        f"{ORG(s)}为{ORG(g)}的全资子公司，注册地址：{A(street_addr(p))}。",
        f"新闻稿：{day()}，{ORG(g)}与{ORG(pick(UNIS))}签订校企合作协议，集团董事长{person()}出席。",
    ])
    return "soe_group", form, None


def bank_doc() -> Doc:
    """Bank branches in account blocks, letters and notices."""
    p = place()
    b = bank(p)
    form = turn("bank_doc", [
        f"收款单位：{ORG(company(p))}\n开户行：{ORG(b)}\n账号：{account_no()}",
        f"开户银行：{ORG(b)}　账号：{account_no()}\n行号：{R.randrange(100000000000, 999999999999)}",
        f"资信证明\n兹证明{ORG(company(p))}在我行开立基本存款账户。\n{ORG(b)}（公章）\n{day()}",
        f"{ORG(b)}营业网点迁址公告：自{day()}起，迁至{A(street_addr(p))}营业，原址停止对外服务。",
        f"对公账户信息：户名 {ORG(soe(p)[0])}，开户行 {ORG(b)}，账号 {account_no()}。",
        f"{ORG(b)}地址：{A(street_addr(p))}，客户经理{person()}，{PHONE(mobile())}",
    ])
    return "bank_doc", form, None


def hk_tw_en() -> Doc:
    """Hong Kong and Taiwanese names and addresses in traditional characters; English names."""
    form = turn("hktw", [
        f"請幫我核對以下資料：\n公司名稱：{ORG(hk_org())}\n註冊地址：{A(hk_addr())}\n聯絡人：{person()}",
        f"賣方：{ORG(tw_org())}\n地址：{A(tw_addr())}\n代表人：{P(pick(['陳', '林', '黃', '張']) + pick(['志明', '淑芬', '家豪', '怡君', '建宏']))}",
        f"这份合同的甲方是{ORG(hk_org())}，注册地址{A(hk_addr())}，乙方是{ORG(company())}。",
        f"Please translate into Chinese: {ORG(en_org())} has appointed {ORG(en_org())} as its auditor for the year.",
        f"收件人：{ORG(tw_org())}\n{A(tw_addr())}\n聯絡人：{P(pick(['王', '李', '吳', '蔡']) + pick(['雅婷', '俊傑', '冠宇', '佩珊']))}",
        f"本基金由{ORG(tw_org())}捐助成立，辦公地址設於{A(tw_addr())}。",
        f"Beneficiary bank: {ORG(pick(EN_WORDS) + ' Bank Limited, Hong Kong Branch')}\nBeneficiary: {ORG(hk_org())}\nAddress: {A(hk_addr())}",
    ])
    return "hk_tw_en", form, None


def address_forms() -> Doc:
    """Addresses in one line with a phone or contact, split over two lines of a form, stopping at 号 or a room."""
    p = place()
    code = p[3]
    a_line = street_addr(p)
    form = turn("addr_form", [
        f"地址、电话：{A(a_line)} {TEL(landline(code))}",
        f"单位地址：{A(street_addr(p))}　邮编：{postcode(p)}　联系人：{person()}　电话：{TEL(landline(code))}",
        f"通讯地址：{A(a_line)}（{postcode(p)}）\n联系电话：{PHONE(mobile())}",
        f"{person()} {PHONE(mobile())} {A(street_addr(p, True))}",
        f"收货信息：{A(park_addr(p))}，{person()}收，{PHONE(mobile())}",
        f"申请单位：{ORG(company(p))}\n单位地址：{A(head(p, True) + chr(10) + '          ' + road() + str(R.randrange(1, 999)) + '号' + finest(), 'linebreak')}",
        f"| 项目 | 内容 |\n|---|---|\n| 办公地址 | {A(street_addr(p))} |\n| 联系电话 | {TEL(landline(code))} |",
        f"住　　所：{A(p[0] + p[1] + chr(10) + '　　　　　' + pick(p[2]) + road() + str(R.randrange(1, 999)) + '号' + finest(), 'linebreak')}\n邮政编码：{postcode(p)}",
        f"企业住所：{A(park_addr(p))}；生产地址：{A(park_addr(p))}",
        f"{ORG(company(p))}\n注册地址　{A(head(p) + road() + str(R.randrange(1, 999)) + '号' + chr(10) + '　　　　　' + pick(BUILDINGS) + str(R.randrange(3, 25)) + '0' + str(R.randrange(1, 9)) + '室', 'linebreak')}",
        f"邮寄地址：{A(rural_addr())}，邮编{postcode(p)}，联系人{person()}（{PHONE(mobile())}）",
        f"{{\"orgName\": \"{ORG(company(p))}\", \"regAddress\": \"{A(street_addr(p))}\", \"tel\": \"{TEL(landline(code))}\"}}",
        f"发票抬头：{ORG(company(p))}\n税号：{{{{CN_USCC:@@USCC@@}}}}\n地址电话：{A(park_addr(p))}{pick([' ', '，', '　'])}{TEL(landline(code))}\n"
        f"开户行及账号：{ORG(bank(p))} {account_no()}",
    ])
    return "address_forms", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (joint_action, 14), (penalty_decision, 8), (court_doc, 10), (police_community, 13), (hospital_school, 12),
    (institutions, 10), (soe_group, 9), (bank_doc, 10), (hk_tw_en, 12), (address_forms, 22),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    """Generic references, bodies of unnamed places, agency words as adjectives, places and roads alone, placeholders."""
    p = place()
    prov, city, dists, _, _ = p
    d = pick(dists)
    out = [
        ("neg_generic", "请[[org_generic:本公司]]各部门于本周五前将自查报告报送[[org_generic:有关部门]]。"),
        ("neg_generic", "[[org_generic:该局]]已于上月完成整改验收，[[org_generic:贵院]]的复函我们已收悉。"),
        ("neg_generic", "经[[org_generic:市市场监管局]]会同[[org_generic:市公安局]]、[[org_generic:市卫健委]]联合检查，未发现重大隐患。"),
        ("neg_generic", "由[[org_generic:区教育局]]牵头，[[org_generic:区卫生健康局]]配合，做好开学前校园食品安全检查。"),
        ("neg_generic", "如对处罚决定不服，可向[[org_generic:上一级市场监督管理部门]]申请复议，或向[[org_generic:人民法院]]提起诉讼。"),
        ("neg_generic", "请到[[org_generic:户籍所在地派出所]]开具证明，或向[[org_generic:辖区街道办事处]]咨询。"),
        ("neg_generic", "本证明须加盖[[org_generic:村民委员会]]公章方为有效，复印件无效。"),
        ("neg_generic", "[[org_generic:贵行]]出具的资信证明已收到，[[org_generic:该支行]]的印鉴与预留不符，请核实。"),
        ("neg_generic", "[[org_generic:我院]]东院区门诊楼改造期间，请患者前往[[org_generic:本院]]南院区就诊。"),
        ("neg_generic", "[[org_generic:贵所]]出具的审计报告第12页数据有误，请[[org_generic:该会计师事务所]]更正后重新报送。"),
        ("neg_generic", "经[[org_generic:集团公司]]批准，[[org_generic:各子公司]]自下月起统一使用新的采购平台。"),
        ("neg_generic", "本次活动得到[[org_generic:基金会]]和[[org_generic:行业协会]]的大力支持。"),
        ("neg_generic", "[[org_generic:检察机关]]依法提起公诉后，[[org_generic:法院]]将在十五日内决定是否受理。"),
        ("neg_generic", "各学校要主动对接[[org_generic:属地卫生健康部门]]，建立[[org_generic:校医院]]与[[org_generic:定点医院]]的转诊通道。"),
        ("neg_generic", "Please send the signed copy to [[org_generic:our Hong Kong office]] and copy [[org_generic:the auditors]]."),
        ("neg_generic", "如需开具证明，请携带身份证原件到[[org_generic:本局]]政务服务窗口办理，或拨打[[hotline:12345]]。"),
        ("neg_adjective", "近年来，[[org_generic:公安部门]]持续加大[[org_generic:市场监管领域]]违法犯罪的打击力度。"),
        ("neg_adjective", "[[org_generic:法院系统]]信息化建设成效明显，[[org_generic:检察系统]]也在推进智慧检务。"),
        ("neg_adjective", "这类案件通常由[[org_generic:市场监管部门]]立案，涉嫌犯罪的移送[[org_generic:公安机关]]。"),
        ("neg_adjective", "[[org_generic:银行业金融机构]]应当落实反洗钱义务，[[org_generic:证券公司]]亦然。"),
        ("neg_adjective", "投诉举报请拨打[[hotline:12315]]，消费纠纷也可以找[[org_generic:消协]]调解。"),
        ("neg_place", f"今年[[place_name:{city}{d}]]新增就业岗位两万余个，[[place_name:{prov or city}]]整体经济运行平稳。"),
        ("neg_place", f"明天从[[place_name:{city}]]出发去[[place_name:{pick(TOWNS)}]]，顺路看看[[place_name:{pick(VILLAGES)}]]的茶园。"),
        ("neg_place", "受强降雨影响，[[place_name:幸福路]]、[[place_name:张衡路]]部分路段积水，请绕行。"),
        ("neg_place", "[[place_name:中山北路]]沿线的梧桐树今年秋天特别好看，[[place_name:逸仙路]]也不错。"),
        ("neg_place", f"[[place_name:{short(city)}高新技术产业开发区]]今年引进项目三十余个，[[place_name:临港产业园]]二期开工。"),
        ("neg_place", "地铁2号线[[landmark:光明大道站]]B口出来右转，走到[[place_name:李冰路]]就看到了。"),
        ("neg_place", "会议定在3号上午，地点另行通知；材料请于5号前交到3号楼。"),
        ("neg_place", "香港[[place_name:觀塘]]和[[place_name:旺角]]的寫字樓租金今年都有下調。"),
        ("neg_place", "臺北[[place_name:信義區]]的夜景很美，[[place_name:敦化南路]]的林蔭道也值得走走。"),
        ("neg_place", f"[[place_name:{pick(STREETS)}]]辖区内共有{R.randrange(5, 20)}个社区，常住人口约{R.randrange(3, 12)}万。"),
        ("neg_place", "The Hong Kong office moved to [[place_name:Kwun Tong]] last year; Taipei stays in [[place_name:Xinyi]]."),
        ("neg_placeholder", "甲方：[[placeholder_name:××市××区人民法院]]\n地址：____省____市____区____路____号"),
        ("neg_placeholder", "开户行：[[placeholder_name:XX银行XX支行]]\n账号：（请填写）"),
        ("neg_placeholder", "委托单位：[[placeholder_name:【单位全称】]]\n受托律所：[[placeholder_name:XX律师事务所]]"),
        ("neg_placeholder", "证明单位（盖章）：[[placeholder_name:＿＿＿＿派出所]]\n经办人：＿＿＿＿"),
        ("neg_placeholder", "落款请写[[placeholder_name:某某市某某局]]全称，不要写简称。"),
        ("neg_placeholder", "{\"orgName\": \"${ORG_NAME}\", \"regAddress\": \"${REG_ADDRESS}\", \"tel\": null}"),
        ("neg_template", "通知模板：\n[[org_generic:各区县（市）人民政府]]，[[org_generic:市直各单位]]：\n现将有关事项通知如下……\n[[org_generic:市人民政府办公室]]"),
        ("neg_template", "住所：与营业执照一致\n邮政编码：六位数字\n联系电话：座机请加区号"),
        ("neg_template", "地址填写示例：省 + 市 + 区（县）+ 街道（乡镇）+ 门牌号，不要只写小区名。"),
        ("neg_template", "| 单位 | 地址 |\n|---|---|\n| [[org_generic:总部]] | 见官网 |\n| [[org_generic:分公司]] | 见营业执照 |"),
        ("neg_template", "问：居委会和街道办有什么区别？\n答：[[org_generic:居委会]]是群众性自治组织，[[org_generic:街道办事处]]是区政府的派出机关。"),
        ("neg_template", "村民小组是村民委员会下设的自治单位，一般按自然村划分，如一组、二组。"),
        ("neg_template", "Dear Sir/Madam, please find enclosed the form for [[org_generic:the Bank]]. Our address is on the letterhead."),
        ("neg_template", "分行、支行、营业部有什么区别？营业部一般设在分行本部，支行设在各区县。"),
        ("neg_template", "会计师事务所分普通合伙和特殊普通合伙两种，律师事务所也可以是个人所。"),
        ("neg_template", f"快递显示已到[[place_name:{city}]]转运中心，预计明天派送，单号 SF{R.randrange(10 ** 11, 10 ** 12)}。"),
        ("neg_template", "这个小区是3栋2单元501室，楼下就是菜鸟驿站，放那儿就行。"),
        ("neg_template", "[[org_generic:贵司]]地址变更后请同步更新开票信息；[[org_generic:本公司]]地址不变。"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()
