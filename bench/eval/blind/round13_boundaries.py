"""Round 13a blind corpus: where an address starts and stops, and the names of local government and public services.

Why: on the hold-out ADDRESS is found (overlap F1 0.946) but its span often starts or stops in the wrong place
(exact F1 0.818). This round writes addresses the way people type them into delivery notes, chat, rental
contracts, court and government service notices: a verb or preposition right before the address (寄到, 搬至, 住在,
位于, 地址为), words that carry the sentence on right after it (…号楼下, …室内, …号的快递, …东门, …路口往东), the
finer parts people add after the house number (B座, 12F, 1单元, 之三, 附1号, 甲2号, 地下一层, 弄, 号院), rural
chains (县 / 镇 / 村 / 组 / 号), addresses without their province, city or district, and addresses inside
English sentences. Beside them the public bodies of a town or city a citizen deals with: 政务服务中心,
不动产登记中心, 住房公积金管理中心, 社会保险事业管理中心, courts and their 诉讼服务中心, 人民法庭, 街道办事处,
社区居民委员会 (also those named 和… / 同…), 村民委员会, a company's 办事处 in a city, a government's office in the
capital, and organisations whose names begin with a place or a road (某市和平路小学, 某路派出所).

Written from the labeling conventions only (/work/shared/eval/README.md) before any detector was run on it:

- ADDRESS runs from the highest administrative unit written (中国 included when written) down to the finest
  unit written: 号, 号楼, 栋 / 幢, 单元, 室, a bare room number, 层 / 楼 / F, 座, 组, a Taiwanese-style 之N, 附N号,
  a basement floor. A verb, preposition or label before it is no part of it; so are the words after the finest
  unit (楼下, 内, 的, 门口, 东门, 旁边, 往东, 收, a postcode, a phone, a name). A road with its house number is an
  address even when no division is written. A city, district, town, road, estate, landmark or intersection
  alone is no address.
- ORG is the full name as written, from the place that begins it to its last unit. A court's 诉讼服务中心 or
  立案庭 is a service window of the court: the court alone is labeled (as in round 12g). A named town's or city's
  政务服务中心, 不动产登记中心 (and its 分中心), 住房公积金管理中心 (and its 管理部) are public bodies and are
  labeled whole. A 村民委员会 / 居民委员会 heading a notice, signing it or acting in a sentence is an ORG, with
  the divisions written before it. A village named before 村委会旁边 / 门口 as the place where something is is
  an ADDRESS ending at the village. A company's or government's 办事处 is part of its name. The bare words
  (政务服务中心, 不动产登记中心, 村委会, 办事处, 本院, 该中心) are generic references.
- Phones, landlines and people present in a document are labeled too.

Places are real divisions; every road, estate, building, village, organisation and person is invented (hand-made
lists, Faker zh_CN for people); the output follows only the seed. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round13a     # writes bench/eval/corpus/blind-round13a.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 130117
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]
Place = tuple[str, str, list[str], str, str]

ORG = partial(gold, "ORG")
TEL = partial(gold, "CN_LANDLINE")

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# --- places: real divisions (province, city, [county-level units], area code, postcode prefix) ----------------------
PLACES: list[Place] = [
    ("河北省", "保定市", ["竞秀区", "莲池区", "满城区", "涞水县", "定兴县"], "0312", "071"),
    ("山西省", "晋中市", ["榆次区", "太谷区", "祁县", "平遥县"], "0354", "030"),
    ("辽宁省", "鞍山市", ["铁东区", "铁西区", "立山区", "台安县"], "0412", "114"),
    ("吉林省", "吉林市", ["船营区", "昌邑区", "丰满区", "永吉县"], "0432", "132"),
    ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区", "铁锋区", "龙江县"], "0452", "161"),
    ("江苏省", "盐城市", ["亭湖区", "盐都区", "大丰区", "射阳县"], "0515", "224"),
    ("浙江省", "台州市", ["椒江区", "黄岩区", "路桥区", "天台县"], "0576", "318"),
    ("安徽省", "安庆市", ["迎江区", "大观区", "宜秀区", "怀宁县"], "0556", "246"),
    ("安徽省", "黄山市", ["屯溪区", "黄山区", "徽州区", "歙县"], "0559", "245"),
    ("福建省", "漳州市", ["芗城区", "龙文区", "龙海区", "漳浦县"], "0596", "363"),
    ("江西省", "九江市", ["浔阳区", "濂溪区", "柴桑区", "修水县"], "0792", "332"),
    ("山东省", "济宁市", ["任城区", "兖州区", "邹城市", "汶上县"], "0537", "272"),
    ("湖北省", "襄阳市", ["襄城区", "樊城区", "襄州区", "南漳县"], "0710", "441"),
    ("湖南省", "岳阳市", ["岳阳楼区", "云溪区", "君山区", "华容县"], "0730", "414"),
    ("广东省", "江门市", ["蓬江区", "江海区", "新会区", "台山市"], "0750", "529"),
    ("贵州省", "遵义市", ["红花岗区", "汇川区", "播州区", "湄潭县"], "0851", "563"),
    ("云南省", "曲靖市", ["麒麟区", "沾益区", "马龙区", "陆良县"], "0874", "655"),
    ("甘肃省", "天水市", ["秦州区", "麦积区", "甘谷县", "武山县"], "0938", "741"),
    ("", "北京市", ["海淀区", "丰台区", "石景山区", "大兴区"], "010", "100"),
    ("", "上海市", ["闵行区", "徐汇区", "普陀区", "嘉定区"], "021", "200"),
]
RURAL = [p for p in PLACES if any(c.endswith("县") for c in p[2])]

# --- invented names ------------------------------------------------------------------------------------------------
ROADS = ["青年路", "和兴路", "和顺街", "同心路", "建设北路", "人民东路", "解放路东段", "新华南路", "朝晖路", "金桥大道",
         "玉兰路", "枫林大道", "槐荫路", "学院路", "光华街", "育才路", "东环路", "滨河北路", "长虹路", "福安街",
         "柳营路", "银杏大道", "凤凰山路", "迎春街", "文汇路", "永安大街", "清河路", "工农路", "和平西路", "同德路"]
ESTATES = ["春江苑", "丽景湾", "桂香园", "盛世华庭", "枫丹小区", "和美嘉园", "翠湖天地", "阳光水岸", "金域蓝湾",
           "锦绣华城", "同心家园", "书香名邸", "润园", "和谐家园", "碧水苑", "御景华府"]
BUILDINGS = ["星河国际", "天汇广场", "科创大厦", "中天大厦", "金鹰国际", "瑞丰商务中心", "汇金中心", "东方广场",
             "时代财富中心", "鼎盛大厦", "恒基写字楼", "新世纪商城"]
STREETS = ["新华街道", "东城街道", "城西街道", "湖滨街道", "向阳街道", "光明街道", "北关街道", "龙泉街道"]
COMMUNITIES = ["和兴社区", "和平社区", "同德社区", "和园社区", "同心社区", "及第社区", "翠竹社区", "南关社区",
               "锦华社区", "梧桐社区"]
TOWNS = ["杨庄镇", "白马镇", "石塘镇", "柳河乡", "马家镇", "高桥镇", "清泉乡", "黄土岭乡", "和平镇", "东关镇"]
VILLAGES = ["李家村", "河东村", "和庄村", "三岔村", "上湾村", "同乐村", "枣林村", "后营村", "大坪村", "青龙村"]
HUTONGS = ["槐花胡同", "井儿胡同", "砖塔胡同", "羊肉胡同"]
BRANDS = ["瑞禾", "远帆", "汇川", "晟达", "明远", "嘉禾", "泰和", "聚源", "恒信", "和畅", "同舟", "博雅"]
TRADES = ["物流", "建材", "医疗器械", "农业科技", "食品", "家居", "环保工程", "电子商务", "物业服务", "餐饮管理"]
LANDMARKS = ["菜鸟驿站", "快递柜", "便利店", "公交站", "药店", "超市", "小学", "银行"]
EN_NAMES = ["Kevin", "Lisa", "Tom", "Amy", "Jason", "Cindy", "Eric", "Grace"]

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]


# --- small helpers ---------------------------------------------------------------------------------------------------
def place() -> Place:
    return pick(PLACES)


def person() -> str:
    return P(ZH.name())


def mobile() -> str:
    return pick(["138", "139", "135", "150", "152", "158", "186", "187", "177", "199", "133", "181", "173"]) \
        + f"{R.randrange(0, 10 ** 8):08d}"


def landline(code: str) -> str:
    n = f"{R.randrange(2, 9)}{R.randrange(0, 10 ** 6):06d}" if len(code) == 4 else f"{R.randrange(2, 9)}{R.randrange(0, 10 ** 7):07d}"
    return pick([f"{code}-{n}", f"{code}-{n}", f"({code}){n}", f"（{code}）{n}", f"{code} {n}"])


def postcode(p: Place) -> str:
    return f"{p[4]}{R.randrange(0, 1000):03d}"


def day() -> str:
    return f"{pick([2025, 2026])}年{R.randrange(1, 13)}月{R.randrange(1, 29)}日"


def short(city: str) -> str:
    return city[:-1]


def district(p: Place, county: bool = False) -> str:
    ds = [d for d in p[2] if d.endswith("县")] if county else p[2]
    return pick(ds or p[2])


def head(p: Place) -> str:
    """The divisions an address begins with, as people leave them out: all, city + district, district, city, none."""
    prov, city, _, _, _ = p
    k = turn("head", range(6))
    if k == 0:
        return f"{prov}{city}{district(p)}"
    if k == 1:
        return f"{city}{district(p)}"
    if k == 2:
        return district(p)
    if k == 3:
        return city
    if k == 4:
        return f"{prov}{city}{district(p)}{pick(STREETS)}"
    return ""


def number() -> str:
    return str(R.choice([R.randrange(1, 40), R.randrange(1, 300), R.randrange(100, 1500)]))


def room() -> str:
    return f"{R.randrange(1, 33)}0{R.randrange(1, 9)}"


def finest() -> str:
    """What follows the house number, down to the finest unit written (the address ends there)."""
    k = turn("finest", range(18))
    if k == 0:
        return ""
    if k == 1:
        return f"{R.randrange(1, 20)}号楼{R.randrange(1, 6)}单元{room()}室"
    if k == 2:
        return f"{pick(ESTATES)}{R.randrange(1, 30)}栋{R.randrange(1, 5)}单元{room()}"
    if k == 3:
        return f"{pick(BUILDINGS)}{pick('ABCD')}座{R.randrange(3, 30)}层"
    if k == 4:
        return f"{pick(BUILDINGS)}{R.randrange(3, 40)}F"
    if k == 5:
        return f"附{R.randrange(1, 9)}号"
    if k == 6:
        return f"之{pick(CN)}"
    if k == 7:
        return f"{pick(BUILDINGS)}地下一层"
    if k == 8:
        return f"{pick(ESTATES)}{R.randrange(1, 20)}幢{room()}室"
    if k == 9:
        return f"{pick(BUILDINGS)}{pick('AB')}座{room()}"
    if k == 10:
        return f"{R.randrange(1, 12)}号楼"
    if k == 11:
        return f"{pick(ESTATES)}{pick(['一', '二', '三'])}期{R.randrange(1, 20)}栋{room()}室"
    if k == 12:
        return f"{pick(BUILDINGS)}负一楼"
    if k == 13:
        return f"{R.randrange(1, 9)}-{R.randrange(1, 4)}-{room()}"
    if k == 14:
        return f"{pick(BUILDINGS)}{R.randrange(2, 30)}楼{room()}室"
    if k == 15:
        return f"{R.randrange(2, 25)}F"
    if k == 16:
        return f"{pick(ESTATES)}{R.randrange(1, 30)}栋{R.randrange(1, 3)}单元"
    return f"{pick(BUILDINGS)}{pick('AB')}座{R.randrange(2, 30)}F"


def road_number() -> str:
    """A road and its house number in the forms the mainland writes: plain, Beijing's 甲 / 乙, a hutong, a lane."""
    k = turn("road_number", range(8))
    if k == 0:
        return f"{pick(ROADS)}{pick(['甲', '乙'])}{number()}号"
    if k == 1:
        return f"{pick(HUTONGS)}{pick(['甲', '乙', ''])}{R.randrange(1, 60)}号"
    if k == 2:
        return f"{pick(ROADS)}{R.randrange(100, 2000)}弄{R.randrange(1, 80)}号"
    if k == 3:
        return f"{pick(ROADS)}{number()}号院"
    return f"{pick(ROADS)}{number()}号"


def street_addr(p: Place | None = None, full: bool | None = None) -> str:
    """An urban address: the divisions written (some left out), the road and number, then the finer parts."""
    p = p or place()
    h = f"{p[0]}{p[1]}{district(p)}" if full else head(p)
    rn = road_number()
    tail = finest()
    if rn.endswith("号院") and tail.startswith(("附", "之")):
        tail = ""
    if rn.endswith("号院") and not tail:
        tail = f"{R.randrange(1, 12)}号楼"
    return f"{h}{rn}{tail}"


def rural_addr(p: Place | None = None) -> str:
    """A rural chain: (province) (city) county, town, village, and a group and often a house number."""
    p = p or pick(RURAL)
    prov, city, _, _, _ = p
    county = district(p, county=True)
    top = turn("rural_top", [f"{prov}{city}{county}", f"{city}{county}", county, f"{prov}{county}"])
    tail = turn("rural_tail", [f"{R.randrange(1, 12)}组{R.randrange(1, 90)}号", f"{pick(CN)}组", f"{R.randrange(1, 15)}组",
                               f"{pick(CN)}组{R.randrange(1, 60)}号", f"{R.randrange(1, 200)}号",
                               f"{pick(['东', '西', '前', '后'])}{pick(['头', '沟', '岭'])}组{R.randrange(1, 40)}号"])
    return f"{top}{pick(TOWNS)}{pick(VILLAGES)}{tail}"


def community_addr(p: Place | None = None) -> str:
    """An address that names its street office and community before the road (某街道和兴社区…)."""
    p = p or place()
    return f"{p[1]}{district(p)}{pick(STREETS)}{pick(COMMUNITIES)}{pick(ROADS)}{number()}号{finest()}"


def any_addr(p: Place | None = None) -> str:
    p = p or place()
    return turn("any_addr", [street_addr(p), street_addr(p), street_addr(p, True), rural_addr() if p in RURAL else street_addr(p),
                             community_addr(p)])


# --- organisations ----------------------------------------------------------------------------------------------
def company(p: Place | None = None) -> str:
    _, city, _, _, _ = p or place()
    return f"{short(city)}{pick(BRANDS)}{pick(TRADES)}{pick(['有限公司', '股份有限公司', '有限责任公司'])}"


def court(p: Place) -> str:
    prov, city, _, _, _ = p
    d = district(p)
    return turn("court", [f"{city}{d}人民法院", f"{city}中级人民法院", f"{prov}{city}{d}人民法院", f"{d}人民法院",
                          f"{city}{d}人民法院{pick(TOWNS)[:-1]}人民法庭"])


def service_body(p: Place) -> str:
    """The public service bodies of a city or district a citizen deals with."""
    _, city, _, _, _ = p
    d = district(p)
    return turn("service", [f"{city}{d}政务服务中心", f"{city}政务服务中心", f"{d}政务服务中心", f"{city}不动产登记中心",
                            f"{city}不动产登记中心{d}分中心", f"{city}{d}不动产登记中心", f"{city}住房公积金管理中心",
                            f"{city}住房公积金管理中心{d[:-1]}管理部", f"{city}{d}社会保险事业管理中心",
                            f"{city}{d}行政审批服务局", f"{city}{d}医疗保障局", f"{city}{d}退役军人事务局"])


def street_office(p: Place) -> str:
    _, city, _, _, _ = p
    d = district(p)
    return turn("street_office", [f"{city}{d}{pick(STREETS)}办事处", f"{d}{pick(STREETS)}办事处",
                                  f"{d}人民政府{pick(STREETS)}办事处", f"{city}{d}{pick(['人民路', '解放路', '和平路', '建设路'])}街道办事处"])


def community_org(p: Place) -> str:
    d = district(p)
    return turn("community", [f"{d}{pick(STREETS)}{pick(COMMUNITIES)}居民委员会", f"{pick(STREETS)}{pick(COMMUNITIES)}居委会",
                              f"{p[1]}{d}{pick(STREETS)}{pick(COMMUNITIES)}居民委员会", f"{pick(STREETS)}{pick(COMMUNITIES)}居民委员会"])


def village_org(p: Place | None = None) -> str:
    p = p or pick(RURAL)
    county = district(p, county=True)
    return turn("village_org", [f"{county}{pick(TOWNS)}{pick(VILLAGES)}村民委员会", f"{p[1]}{county}{pick(TOWNS)}{pick(VILLAGES)}村委会",
                                f"{pick(TOWNS)}{pick(VILLAGES)}村民委员会", f"{county}{pick(TOWNS)}{pick(VILLAGES)}村委会"])


def office_org(p: Place) -> str:
    """An office one body keeps in another city: a company's 办事处, a government's office in the capital."""
    prov, city, _, _, _ = p
    c = f"{pick(BRANDS)}{pick(TRADES)}{pick(['有限公司', '股份有限公司'])}"
    return turn("office", [f"{short(city)}{c}黄山办事处", f"{short(city)}{c}驻{pick(['上海', '武汉', '成都', '西安'])}办事处",
                           f"{prov or city}人民政府驻北京办事处", f"{city}人民政府驻深圳办事处", f"{short(city)}{c}{pick(['华东', '西南', '华北'])}办事处",
                           f"黄山{pick(BRANDS)}旅游开发有限公司"])


def place_named_org(p: Place) -> str:
    """Organisations whose names begin with a place or a road."""
    _, city, _, _, _ = p
    d = district(p)
    return turn("place_named", [f"{city}和平路小学", f"{city}公安局{d[:-1]}分局{pick(['解放路', '人民路', '同心路', '和兴路'])}派出所",
                                f"{city}{d}{pick(['青年路', '学院路', '育才路'])}小学", f"{short(city)}{pick(BRANDS)}物业服务有限公司",
                                f"{city}第{pick(['一', '二', '三'])}人民医院", f"{city}{d}和平镇人民政府",
                                f"{city}中山路街道社区卫生服务中心", f"{city}{d}人民检察院"])


# --- documents with gold -----------------------------------------------------------------------------------------
def delivery() -> Doc:
    """Delivery notes and courier chat: a verb before the address, words that carry the sentence on after it."""
    p = place()
    a = any_addr(p)
    name, ph = person(), PHONE(mobile())
    form = turn("delivery", [
        f"麻烦寄到{A(a)}，{name}收，{ph}",
        f"快递员您好，我的快递请送到{A(a)}楼下的{pick(LANDMARKS)}，谢谢",
        f"收件地址改一下：{A(a)}（{postcode(p)}）\n收件人：{name}\n电话：{ph}",
        f"【派件通知】您的包裹已派送至{A(a)}门口，签收人：{name}。如有疑问请联系{ph}",
        f"外卖备注：送到{A(a)}，到了打电话{ph}，别敲门孩子在睡觉",
        f"师傅，{A(a)}的快递帮我放{pick(LANDMARKS)}就行，我是{name}",
        f"地址为{A(a)}，收货人{name} {ph}，工作日白天不在家",
        f"发货单\n客户：{name}\n手机：{ph}\n送货地址：{A(a)}\n备注：{pick(['易碎品轻放', '周末送货', '货到付款'])}",
        f"寄件人：{name} {ph}\n寄件地址：{A(a)}\n物品：文件",
        f"请把退货寄回{A(a)}，注明订单号，收件人写{name}就行",
        f"亲，已经帮您改好了，新地址{A(a)}，{name}，{ph}，今天下午发出～",
        f"{name}，{ph}，{A(a)}",
        f"快递放{A(a)}东门的快递柜了，取件码{R.randrange(100000, 999999)}",
        f"到付件，送{A(a)}，联系{name}{ph}",
        f"合同原件请寄往{A(a)}，{name}（{ph}）",
        f"{A(a)}的快递到了没？{name}说昨天就显示签收了",
    ])
    return "delivery", form, None


def chat() -> Doc:
    """Chat about moving, meeting and visiting: 住在 / 搬至 / 位于 before, 附近 / 这边 / 吧 after."""
    p = place()
    a = any_addr(p)
    form = turn("chat", [
        f"我们上周搬到{A(a)}了，周末过来吃饭呀",
        f"A：你现在住哪？\nB：住在{A(a)}，离地铁挺近的",
        f"下午三点在{A(a)}楼下见，我穿红色外套",
        f"我家在{A(a)}，你导航过来就行，到了给我打电话",
        f"新店开业啦！地址：{A(a)}，欢迎大家来玩～",
        f"他租的房子位于{A(a)}，月租两千八",
        f"面试地点在{A(a)}前台，报我名字{person()}就行",
        f"@{P(ZH.name())} 材料我已经放在{A(a)}的前台了，你下班去拿一下",
        f"老地方改了哈，现在是{A(a)}这边，别走错",
        f"公司已迁至{A(a)}，原地址不再接收信件。",
        f"我爸妈住{A(a)}，冬天暖气不太好",
        f"群公告：本周六团建集合地点{A(a)}门口，8点准时出发",
        f"你把东西送到{A(a)}就可以了，我让{person()}下楼接",
        f"要不约{A(a)}对面那家咖啡馆？",
        f"店在{A(a)}，从{pick(ROADS)}路口往东走五十米就到",
        f"他上个月搬至{A(a)}，新地址记一下",
        f"导航到{A(a)}往西一百米，有个小门",
    ])
    return "chat", form, None


def court_doc() -> Doc:
    """Court notices: the court, its 诉讼服务中心 and 人民法庭, its address, the parties' addresses."""
    p = place()
    c = court(p)
    addr = street_addr(p, True)
    form = turn("court_doc", [
        f"{ORG(c)}\n公　告\n{person()}：本院受理原告{ORG(company(p))}诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。"
        f"请于公告期满后到本院诉讼服务中心（{A(addr)}）领取。",
        f"请问{ORG(c)}诉讼服务中心在哪？我要去立案。\n——在{A(addr)}，工作日上午九点开门。",
        f"{ORG(c)}诉讼服务中心地址变更通知：自{day()}起迁至{A(addr)}，咨询电话{TEL(landline(p[3]))}。",
        f"原告：{person()}，住{A(any_addr(p))}。\n被告：{ORG(company(p))}，住所地{A(street_addr(p))}。\n法定代表人：{person()}",
        f"{ORG(c)}\n传　票\n被传唤人：{person()}\n工作单位或住址：{A(any_addr(p))}\n应到处所：本院第{pick(CN)}法庭",
        f"执行通知书\n被执行人{person()}，男，住{A(rural_addr())}。本院依据已经发生法律效力的判决书，责令你履行下列义务……\n{ORG(c)}",
        f"您好，我们是{ORG(c)}，您的案件已分到{pick(['立案庭', '民一庭', '执行局'])}，请带身份证原件到{A(addr)}办理。",
        f"送达地址确认书\n受送达人：{person()}\n送达地址：{A(any_addr(p))}\n邮政编码：{postcode(p)}\n联系电话：{PHONE(mobile())}",
        f"{ORG(court(p))}与{ORG(court(p))}在{A(addr)}联合举办诉源治理座谈会。",
    ])
    return "court_doc", form, None


def gov_service() -> Doc:
    """Government service notices: service centres, registries, funds, and where to go."""
    p = place()
    s = service_body(p)
    addr = street_addr(p)
    form = turn("gov", [
        f"{ORG(s)}关于调整窗口服务时间的公告\n自{day()}起，办事大厅（{A(addr)}）周六上午照常办公。",
        f"问：{pick(['公积金提取', '不动产证过户', '社保转移', '营业执照变更'])}去哪办？\n答：{ORG(s)}，地址{A(addr)}，带好身份证。",
        f"温馨提示：{ORG(s)}已搬迁至{A(addr)}，原址停止办公。咨询电话：{TEL(landline(p[3]))}",
        f"我今天去{ORG(s)}办事，排了两个小时，它在{A(addr)}，停车特别难",
        f"办理地点：{ORG(s)}{pick(['一楼', '二楼东侧', '3号窗口', '综合受理区'])}\n办理时间：工作日9:00-17:00\n联系人：{person()}",
        f"{ORG(s)}\n告知书\n申请人{person()}：你于{day()}提交的申请材料不全，请补正后重新提交。",
        f"根据{ORG(service_body(p))}的通知，{ORG(service_body(p))}自下月起实行“一窗通办”。",
        f"业务咨询请联系{ORG(s)}，电话{TEL(landline(p[3]))}，或到{A(addr)}现场咨询。",
        f"帮我把这段写成短信：各位业主，{ORG(s)}将于本周三在{A(community_addr(p))}设点集中办理不动产登记，请带齐材料。",
    ])
    return "gov_service", form, None


def grassroots() -> Doc:
    """Street offices, residents' and villagers' committees: headings, signatures, actors, and places near them."""
    p = place()
    rp = pick(RURAL)
    form = turn("grassroots", [
        f"{ORG(community_org(p))}\n关于开展{pick(['垃圾分类', '消防安全', '独居老人走访'])}工作的通知\n各位居民：……\n联系人：{person()}　{PHONE(mobile())}",
        f"{ORG(village_org(rp))}\n关于{pick(['宅基地审批', '低保评议', '土地承包'])}结果的公示\n经村民代表会议讨论，{person()}（{A(rural_addr(rp))}）符合条件。",
        f"证　明\n兹有我社区居民{person()}，现住{A(community_addr(p))}，情况属实。\n特此证明。\n{ORG(community_org(p))}\n{day()}",
        f"情况说明\n{person()}系我村村民，家住{A(rural_addr(rp))}。\n{ORG(village_org(rp))}（盖章）",
        f"{ORG(street_office(p))}联合{ORG(community_org(p))}开展夏季防汛演练。",
        f"今天{ORG(community_org(p))}来敲门登记电动车，说要统一装充电桩",
        f"集合地点：{A(rural_addr(rp).rsplit('村', 1)[0] + '村')}村委会门口，早上七点发车。",
        f"{ORG(street_office(p))}\n关于{A(community_addr(p))}加装电梯的公示\n公示期五个工作日，如有异议请向{ORG(community_org(p))}反映。",
        f"我家老房子就在{A(rural_addr(rp).rsplit('村', 1)[0] + '村')}村委会旁边，门口有棵大槐树",
        f"【通知】{ORG(community_org(p))}定于本周六上午在社区活动室开展免费义诊，由{ORG(place_named_org(p))}医生坐诊。",
    ])
    return "grassroots", form, None


def rental() -> Doc:
    """Rental contracts and listings: 坐落于 / 位于, the landlord's and tenant's addresses, units after the number."""
    p = place()
    a = street_addr(p, pick([True, False]))
    form = turn("rental", [
        f"房屋租赁合同\n出租方（甲方）：{person()}\n承租方（乙方）：{person()}\n第一条 甲方将其所有的位于{A(a)}的房屋出租给乙方居住使用。",
        f"一、房屋坐落于{A(a)}，建筑面积{R.randrange(40, 160)}平方米。",
        f"租房信息：{A(a)}，两室一厅，精装修，月租{R.randrange(12, 60)}00元，联系{person()}{PHONE(mobile())}",
        f"甲方：{ORG(company(p))}\n住所：{A(street_addr(p))}\n乙方：{person()}\n身份证住址：{A(any_addr(p))}",
        f"本合同所称房屋位于{A(a)}（以下简称“该房屋”），房屋用途为{pick(['住宅', '办公', '商铺'])}。",
        f"我租的{A(a)}这套，房东说下个月要涨房租，你们那边行情怎么样",
        f"商铺出租：{A(a)}，临街，适合做餐饮，面积{R.randrange(30, 200)}平",
        f"退租确认单\n房屋地址：{A(a)}\n退租日期：{day()}\n押金退还：{R.randrange(2, 9)}000元",
        f"乙方应于入住前将{A(head(p) + pick(ROADS) + number() + '号' + pick(ESTATES) + str(R.randrange(1, 30)) + '栋' + room() + '室')}内的家具清点完毕，如有损坏照价赔偿。",
        f"Listing: {A(a)}, 2BR, furnished, RMB {R.randrange(30, 90)}00/month. Contact {P(pick(EN_NAMES))}",
    ])
    return "rental", form, None


def rural() -> Doc:
    """Rural chains with their groups and house numbers; a village where something is."""
    rp = pick(RURAL)
    a = rural_addr(rp)
    form = turn("rural", [
        f"户口本上的地址是{A(a)}，身份证上也是这个",
        f"收货地址：{A(a)}，到了镇上打电话，{person()}{PHONE(mobile())}",
        f"我老家{A(a)}，过年回去",
        f"申请人：{person()}\n家庭住址：{A(a)}\n申请事项：危房改造补助",
        f"化肥送到{A(a)}就行，路不好走，车开到村口我来接",
        f"被告{person()}，住{A(a)}，现下落不明。",
        f"邮寄地址：{A(a)}　邮编：{postcode(rp)}",
        f"{A(a)}的{person()}反映，村里的自来水管冬天冻裂了。",
    ])
    return "rural", form, None


def bare_road() -> Doc:
    """Addresses with no division written: a road and house number, then finer parts."""
    rn = road_number()
    tail = finest() or f"{R.randrange(1, 30)}号楼"
    a = f"{rn}{tail}" if not rn.endswith("号院") else f"{rn}{R.randrange(1, 12)}号楼"
    form = turn("bare_road", [
        f"新办公室在{A(a)}，明天开始去那边上班",
        f"地址：{A(a)}\n联系人：{person()}",
        f"样品寄到{A(a)}，写我名字就行",
        f"我住{A(a)}，离你公司不远",
        f"店铺地址：{A(a)}（{pick(['近地铁口', '公交站旁', '农贸市场对面'])}）",
        f"开会地点改到{A(a)}的会议室了",
        f"{A(a)}的房子卖了吗？",
    ])
    return "bare_road", form, None


def mixed() -> Doc:
    """English-Chinese mixed text: a Chinese address inside an English sentence, English units after it."""
    p = place()
    a = street_addr(p, pick([True, False]))
    en = pick(EN_NAMES)
    form = turn("mixed", [
        f"Hi {P(en)}, pls ship the samples to {A(a)}, thx!",
        f"Delivery address: {A(a)}\nContact: {person()} {PHONE(mobile())}",
        f"我们的 new office 在 {A(a)}，welcome to visit",
        f"Our Shanghai team moved to {A(street_addr(PLACES[-1], True))} last month.",
        f"FYI 发票寄到 {A(a)}, attention {P(en)}",
        f"Meeting venue: {A(a)}, 2pm sharp. 到了给我打电话 {PHONE(mobile())}",
        f"Please update my address to {A(a)} in the HR system. Thanks, {P(en)}",
        f"Return to sender: {ORG(company(p))}, {A(street_addr(p))}",
        f"Pickup at {A(a)} lobby, the courier will call you.",
        f"Billing address: {A(a)}; shipping address same as billing.",
    ])
    return "mixed", form, None


def orgs_with_places() -> Doc:
    """Organisations whose names begin with a place or a road; a company's or government's 办事处."""
    p = place()
    o, q = office_org(p), place_named_org(p)
    form = turn("orgs_places", [
        f"{ORG(o)}负责{pick(['项目对接', '招商联络', '片区客户维护'])}工作，联系人{person()}",
        f"致{ORG(o)}：贵处来函收悉，现就有关事项答复如下……",
        f"孩子转学到{ORG(q)}了，离家近一点",
        f"{ORG(q)}的{pick([P('王老师'), '民警', '医生'])}说明天再去一趟",
        f"派驻人员名单\n单位：{ORG(o)}\n地址：{A(street_addr(place(), True))}\n负责人：{person()}",
        f"感谢{ORG(q)}和{ORG(place_named_org(p))}对本次活动的支持！",
        f"{ORG(o)}因业务调整撤销，相关工作移交{ORG(company(p))}。",
        f"联系单\n发往：{ORG(q)}\n事由：{pick(['协查', '走访', '核实住址'])}\n经办人：{person()}",
    ])
    return "orgs_places", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (delivery, 16), (chat, 14), (court_doc, 12), (gov_service, 16), (grassroots, 15), (rental, 11), (rural, 8),
    (bare_road, 7), (mixed, 9), (orgs_with_places, 10),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    """Places that are not addresses, roads and landmarks alone, dates with 号, generic public bodies, templates."""
    p = place()
    _, city, dists, _, _ = p
    d = pick(dists)
    out = [
        ("neg_place", "去过杭州两次，西湖边人太多了，下次想去[[place_name:台州]]看看海。"),
        ("neg_place", "会议定于北京时间10:00开始，请提前五分钟入会。"),
        ("neg_place", "他一开口就是一口上海话，我一句都没听懂。"),
        ("neg_place", "我是[[place_name:保定]]人，在[[place_name:天水]]上的大学，现在在[[place_name:北京]]工作。"),
        ("neg_place", "下周去黄山看日出，顺便去[[place_name:屯溪老街]]逛逛。"),
        ("neg_place", "江浙沪包邮，新疆西藏不发货，偏远地区请先联系客服。"),
        ("neg_place", f"今天[[place_name:{city}]]小雨转阴，[[place_name:{d}]]局部有雷阵雨。"),
        ("neg_place", "离[[place_name:九江]]还有三十公里，下个服务区停一下。"),
        ("neg_place", "这家店的岳阳烧烤和遵义羊肉粉都挺正宗的。"),
        ("neg_place", "He grew up in Qiqihar and moved to Shanghai after college."),
        ("neg_place", "I've been to Hangzhou twice; the food in Xiangyang is spicier."),
        ("neg_landmark", "[[place_name:南京路步行街]]周末人太多了，我们改去[[place_name:人民东路]]那边吧。"),
        ("neg_landmark", "在[[place_name:青年路]]和[[place_name:建设北路]]交叉口等你，路口有个红绿灯。"),
        ("neg_landmark", "[[place_name:和兴路]]在修地铁，早高峰堵得厉害，建议绕[[place_name:同心路]]。"),
        ("neg_landmark", "坐地铁3号线到[[landmark:学院路站]]，C口出来往东走两百米。"),
        ("neg_landmark", "公交18路和22路都到[[landmark:天汇广场]]，下车就是。"),
        ("neg_landmark", "我在[[landmark:中天大厦]]楼下等你，你到了说一声。"),
        ("neg_landmark", "[[place_name:东城街道]][[place_name:和兴社区]]今年新建了两个口袋公园。"),
        ("neg_landmark", "[[place_name:和平镇]][[place_name:李家村]]的桃花开了，周末好多人去拍照。"),
        ("neg_date", "快递说3号到，结果5号才送来，10号还要再寄一个。"),
        ("neg_date", "下周二（18号）交材料，20号之前出结果。"),
        ("neg_date", "这个月15号发工资，房租是每月1号交。"),
        ("neg_building", "5号楼下面新开了个快递柜，取件很方便。"),
        ("neg_building", "3栋2单元的电梯又坏了，物业说明天来修。"),
        ("neg_building", "会议室在12F，出电梯左转；B座的访客请走东门。"),
        ("neg_building", "1203室内禁止吸烟，违者罚款两百元。"),
        ("neg_building", "地下一层停车场满了，请停到地面。"),
        ("neg_building", "之前住的那套是1单元601，现在换到了3单元。"),
        ("neg_generic", "去[[org_generic:不动产登记中心]]排了一上午队，材料还是没带齐。"),
        ("neg_generic", "营业执照变更可以在[[org_generic:政务服务中心]]一站式办理，也可以网上办。"),
        ("neg_generic", "请到[[org_generic:本院诉讼服务中心]]领取判决书，或申请邮寄送达。"),
        ("neg_generic", "开证明要先找[[org_generic:村委会]]盖章，再去[[org_generic:镇政府]]。"),
        ("neg_generic", "有问题可以找[[org_generic:居委会]]，[[org_generic:社区]]的网格员也能帮忙。"),
        ("neg_generic", "我们公司在黄山有个[[org_generic:办事处]]，平时就两个人。"),
        ("neg_generic", "[[org_generic:该中心]]自成立以来累计办件十万余件，群众满意率99%。"),
        ("neg_generic", "公积金提取请到[[org_generic:住房公积金管理中心]]各管理部窗口办理。"),
        ("neg_generic", "[[org_generic:街道办]]说这事归[[org_generic:区里]]管，[[org_generic:区里]]又说归[[org_generic:街道]]管。"),
        ("neg_generic", "本案由[[org_generic:本院]]立案庭负责登记立案，[[org_generic:人民法庭]]不再受理。"),
        ("neg_generic", "驻京办撤销以后，原来的工作人员都回省里了。"),
        ("neg_generic", "[[org_generic:市政务服务中心]]和[[org_generic:区政务服务中心]]的业务范围不一样，别跑错了。"),
        ("neg_generic", "Please bring your ID to [[org_generic:the district service centre]]; the registry office is closed on Mondays."),
        ("neg_template", "地址：________省________市________区________路________号"),
        ("neg_template", "收货地址：请填写详细地址（省/市/区/街道/门牌号），例如：某某路某某号某某小区X栋X单元X室"),
        ("neg_template", "{\"address\": \"${RECEIVER_ADDRESS}\", \"name\": \"${RECEIVER_NAME}\", \"zip\": null}"),
        ("neg_template", "收货地址：上海市闵行区******（已隐藏）"),
        ("neg_template", "房屋坐落：____________________，建筑面积：______平方米。"),
        ("neg_template", "出具单位：[[placeholder_name:××县××镇××村民委员会]]（盖章）"),
        ("neg_template", "地址写到门牌号就行，不用写小区名，楼栋号和房号写在备注里。"),
        ("neg_misc", "这款台灯是B座同事推荐的，12F的会议室也在用。"),
        ("neg_misc", "二组和三组的同学下午去实验室，一组留在教室。"),
        ("neg_misc", "版本号 v3.12.1，构建号 2026.11.3，补丁号 之三 已合并。"),
        ("neg_misc", "上海话和苏州话有点像，广东话就完全不一样了。"),
        ("neg_misc", "这套《北京历史地图集》第3册第12页讲的就是胡同的变迁。"),
        ("neg_misc", "新华南路上那家面馆关门了，听说搬到别的区去了。"),
        ("neg_misc", "我在[[org_generic:黄山办事处]]待了三年，后来调回总部。"),
        ("neg_misc", "三岔村到枣林村要翻一座山，骑摩托车四十分钟。"),
        ("neg_misc", "Beijing time is eight hours ahead of London in winter."),
        ("neg_misc", "我们去[[place_name:平遥古城]]玩了三天，又去[[place_name:乔家大院]]看了看。"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()
