"""Round 15a blind corpus: every clause of the ADDRESS convention, in forms rounds 8, 10a, 13a and 14a did not write.

Why: on the hold-out ADDRESS is P 0.981, R 0.912, overlap F1 0.946 but exact F1 0.836: an address is missed about one
time in eleven and its span edges disagree with the gold more often still. Rounds 13a and 14a wrote the words before
and after an address; this round writes the shapes of the address itself that the earlier rounds held few of:

- an estate with its building, unit and room and no house number (某路某某小区3栋2单元502室, 某区某某苑二期7幢);
- compounds: 号院, 大院, 园区, 产业园, 工业园 with their buildings, factory buildings and floors;
- shopping malls and office towers: 某某广场B座2008, 某某中心写字楼15层, 某某城3楼L3-08号铺, with or without a road;
- rural chains with Chinese-numeral groups (某镇某村三组15号, 第五村民小组, 某自然村, 某屯);
- Hong Kong and Macau in traditional characters (工業大廈7樓B室, 花園第3座15樓D, 地舖) and in English (Flat B, 12/F,
  G/F, Shop 5, Taipa, Macau); Taiwan with 里 / 鄰, 巷 / 弄, B1 and 地下1樓, and in English (5F., No. 100, ... Dist.);
- fully English mainland addresses with Lane / Yard / Industrial Park / Bldg / Rm, postcode and country after them;
- an address after a company name (某公司地址位于…, 某公司（地址）, 乙方…住所：…) or in brackets;
- addresses split over two lines, in HTML and Markdown table cells, in a signature block, a vertical form;
- 交叉口 / 路口 / 东北角 / 对面 / 交汇处 descriptions around or inside an address;
- 期 / 区 / 苑 / 里 / 弄 / 巷 / 胡同 forms; ranges and lists of house numbers (1-5号, 12至18号, 12、14号);
- floors written 负一层, 负二层, B1, B1层, B2-15, L3, 夹层.

Written from the labeling conventions only (/work/shared/eval/README.md) before any detector was run on it:

- ADDRESS runs from the highest administrative unit written (香港 / 澳門 / 中国 included when written) down to the
  finest unit written (号 / 栋 / 单元 / 室 / 层 / 座 / 组, a shop 铺 number, a floor written B1 / 负一层 / 夹层); a
  postcode, a country after an English address, the label or company name before it and the words after it (附近,
  对面, 门口, 旁, a bracketed landmark, 收件人 …) are no part of it. A road with its house number is an address with
  no division written; an estate, compound, mall or tower with a building, unit, room or floor under it is an address
  with or without a road (some division or road is always written with it here). City, district, road, estate,
  building, scenic spot, station or metro-station names alone are not addresses, nor is an intersection alone.
- Judgement calls, written down here: a description of where on a road the building stands (某路与某路交叉口东北角,
  某路与某街交汇处) between the divisions and the building is inside the address when a building with its units
  follows (it is how the writer locates the building); after the finest unit, 对面 / 路口往南 … are not. A range or
  list of house numbers (12-18号, 12至18号, 12、14号) is one address. A Hong Kong or Macau address in English runs from
  the finest unit to the last place written (Kowloon, Hong Kong, Macau included); a mainland one in English stops
  before the postcode and the country (China, P.R. China). A Taiwanese 里 / 鄰 between the district and the road is
  part of the address. A basement or mezzanine floor (负一层, B1, B1层, 夹层, 地下1樓) and a shop number after it are the
  finest units written. In a vertical form whose province, city and district fields are filled apart from the detail
  field, the detail field alone is the address (as in round 14a); a value wrapped onto a second line is one span with
  the line break in it.
- Organisations, phones and people present in a document are labeled too.

Places are real divisions; every road, estate, building, park, village, organisation and person is invented
(hand-made lists, Faker zh_CN for people); the output follows only the seed. About a third of the documents have no
gold.

    python -m bench.eval.blind.build --round15a     # writes bench/eval/corpus/blind-round15a.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 150111
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]
Place = tuple[str, str, list[str], str]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn


def O(value: str) -> str:  # noqa: N802 - the markup helpers are upper-case
    return gold("ORG", value)


# --- places: real divisions (province, city, [county-level units], postcode prefix); municipalities have no province
PLACES: list[Place] = [
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区", "浏阳市", "宁乡市"], "410"),
    ("江西省", "南昌市", ["东湖区", "青山湖区", "红谷滩区", "进贤县"], "330"),
    ("安徽省", "合肥市", ["蜀山区", "包河区", "庐阳区", "肥西县"], "230"),
    ("辽宁省", "大连市", ["中山区", "沙河口区", "甘井子区", "庄河市"], "116"),
    ("贵州省", "贵阳市", ["南明区", "云岩区", "观山湖区", "修文县"], "550"),
    ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区", "宜良县"], "650"),
    ("河北省", "保定市", ["竞秀区", "莲池区", "涿州市", "定兴县"], "071"),
    ("广东省", "佛山市", ["禅城区", "南海区", "顺德区", "高明区"], "528"),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区", "香坊区", "宾县"], "150"),
    ("甘肃省", "兰州市", ["城关区", "七里河区", "安宁区", "榆中县"], "730"),
    ("", "上海市", ["浦东新区", "徐汇区", "闵行区", "崇明区"], "200"),
    ("", "天津市", ["和平区", "河西区", "南开区", "蓟州区"], "300"),
]
RURAL = [p for p in PLACES if any(c.endswith("县") for c in p[2])]

ROADS = ["金桂路", "清泉街", "望岳路", "银杏大道", "明德路", "和煦路", "翠微街", "春晖路", "北辰西路", "凌云路", "松涛街",
         "福安大道", "汇川路", "沁园路", "朝晖街", "云栖东路"]
ESTATES = ["枫丹小区", "金桂苑", "悦澜府", "书香雅苑", "翠湖花园", "溪岸名邸", "南苑新村", "锦绣家园", "蓝湾小区", "丽景华庭"]
COMPOUNDS = ["机械厂大院", "水文站大院", "农机公司大院", "粮食局大院", "电力宿舍大院"]
PARKS = ["智谷产业园", "光电产业园", "星创科技园区", "软件产业园", "数字经济产业园", "金湾工业园", "滨江工业园", "创业园区"]
MALLS = ["汇金广场", "星河国际中心", "融创时代广场", "嘉禾购物中心", "银泰城", "万和广场", "天悦大厦", "君泰国际中心"]
TOWERS = ["华茂中心写字楼", "鼎盛商务楼", "环宇写字楼", "国信大厦", "联合金融中心", "开元商务中心"]
TOWNS = ["青龙镇", "花桥镇", "马鞍镇", "大坪乡", "梅溪乡", "石塘镇", "黄土岭乡", "柏树镇"]
VILLAGES = ["枣林村", "高桥村", "罗家湾村", "东坡村", "上坪村", "塘湾村", "新屋村", "桂花村"]
HAMLETS = ["下屋", "张家坳", "刘家冲", "大塘", "杨树湾", "石板坡"]
OLD_LANES = ["仁爱里", "福荫里", "积善里", "安乐里"]
ALLEYS = ["桂香巷", "石板巷", "水井巷", "仓前巷"]
HUTONGS = ["柳条胡同", "报房胡同", "砂锅胡同", "前铁匠胡同"]
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
PHASES = ["一", "二", "三", "四"]
LANDMARKS = ["地铁站", "人民医院", "实验中学", "农贸市场", "加油站", "公交总站", "工商银行", "体育馆"]

ORG_HEADS = ["明拓", "恒川", "瑞知", "凯森", "佳禾", "博远", "云帆", "嘉信", "锐达", "泓景"]
ORG_LINES = ["信息科技", "电子科技", "机械制造", "物流", "食品", "环保科技", "医疗器械", "建筑工程"]

HK = [("九龍", "觀塘", ["瑞興街", "開源道"]), ("九龍", "旺角", ["洗衣街", "花園街"]), ("香港島", "北角", ["景福道", "渣華道"]),
      ("香港島", "灣仔", ["莊士敦道", "軒尼詩道"]), ("新界", "將軍澳", ["唐德街", "寶琳北路"]), ("新界", "元朗", ["恆隆道", "教育路"])]
HK_BUILDINGS = ["興業工廠大廈", "海峰閣", "永昌商業大廈", "金豐中心", "昌明大樓", "寶華花園"]
MACAU = [("氹仔", ["海安路", "布拉干薩街"]), ("新口岸", ["德昌里", "友誼大馬路"]), ("花地瑪堂區", ["永康街", "黑沙環馬路"])]
MACAU_BUILDINGS = ["嘉麗花園", "金輝大廈", "海濱新村", "利安閣"]
HK_EN = [("Kwun Tong", "Kowloon", "Shui Wo Street"), ("Mong Kok", "Kowloon", "Fa Yuen Street"),
         ("North Point", "Hong Kong", "King Fung Road"), ("Wan Chai", "Hong Kong", "Lockhart Road"),
         ("Tseung Kwan O", "New Territories", "Tong Tak Street"), ("Yuen Long", "New Territories", "Hang Lung Road")]
HK_EN_BUILDINGS = ["Hing Yip Building", "Golden Court", "Wing Cheong Commercial Building", "Harbour Point", "Po Wah Mansion"]
MO_EN = [("Taipa", "Rua de Braganca"), ("Taipa", "Estrada Governador Albano"), ("NAPE", "Avenida da Amizade")]
TW = [("臺中市", "西屯區", ["中科路", "福安路"], "407"), ("新北市", "板橋區", ["文化路", "民族路"], "220"),
      ("桃園市", "中壢區", ["中央西路", "延平路"], "320"), ("高雄市", "前鎮區", ["成功二路", "中華五路"], "806"),
      ("臺北市", "大安區", ["復興南路", "和平東路"], "106"), ("屏東縣", "屏東市", ["自由路", "廣東路"], "900")]
TW_LI = ["福安里", "長安里", "文化里", "興中里", "光明里"]
TW_EN = [("Xitun Dist.", "Taichung City", "Zhongke Rd."), ("Banqiao Dist.", "New Taipei City", "Wenhua Rd."),
         ("Zhongli Dist.", "Taoyuan City", "Yanping Rd."), ("Da'an Dist.", "Taipei City", "Heping E. Rd.")]
EN_PLACES = [("Yuelu District", "Changsha", "Hunan", "Wangyue Road"), ("Shushan District", "Hefei", "Anhui", "Mingde Street"),
             ("Shahekou District", "Dalian", "Liaoning", "Songtao Street"), ("Guandu District", "Kunming", "Yunnan", "Chunhui Road"),
             ("Pudong New Area", "Shanghai", "", "Jingui Road"), ("Minhang District", "Shanghai", "", "Huichuan Road"),
             ("Hexi District", "Tianjin", "", "Lingyun Road"), ("Nanhai District", "Foshan", "Guangdong", "Qinyuan Road")]
EN_ESTATES = ["Jinqiao Garden", "Lanwan Residence", "Cuihu Garden", "Shuxiang Court"]
EN_PARKS = ["Zhigu Industrial Park", "Guangdian Industrial Park", "Xingchuang Science Park"]
EN_TOWERS = ["Huamao Tower", "Dingsheng Plaza", "Huanyu Center", "Junction Tower"]
EN_NAMES = ["Kevin", "Lisa", "Tom", "Amy", "Jason", "Cindy", "Eric", "Grace"]


# --- small helpers ---------------------------------------------------------------------------------------------------
def place() -> Place:
    return pick(PLACES)


def person() -> str:
    return P(ZH.name())


def mobile() -> str:
    return pick(["138", "139", "135", "150", "152", "158", "186", "187", "177", "199", "133", "181", "173"]) \
        + f"{R.randrange(0, 10 ** 8):08d}"


def postcode(p: Place) -> str:
    return f"{p[3]}{R.randrange(0, 1000):03d}"


def number() -> int:
    return R.choice([R.randrange(1, 40), R.randrange(1, 300), R.randrange(100, 1200)])


def room() -> str:
    return f"{R.randrange(1, 33)}0{R.randrange(1, 9)}"


def org() -> str:
    return f"{pick(ORG_HEADS)}{pick(ORG_LINES)}有限公司"


def head(p: Place) -> str:
    """The divisions written before the rest: all, city + district, district alone, province + city + district."""
    prov, city, dists, _ = p
    d = pick(dists)
    return turn("head", [f"{prov}{city}{d}", f"{city}{d}", d, f"{prov}{city}{d}", f"{city}{d}"])


def street(p: Place | None = None) -> str:
    """An urban address with a house number and maybe a tower floor."""
    p = p or place()
    return f"{head(p)}{pick(ROADS)}{number()}号" + turn("street_tail", ["", f"{pick(MALLS)}{R.randrange(3, 30)}层", f"{room()}室"])


# --- documents with gold -----------------------------------------------------------------------------------------
def estate_only() -> Doc:
    """An estate with its building, unit and room, no house number."""
    p = place()
    h = head(p)
    est = pick(ESTATES)
    b, u = R.randrange(1, 30), R.randrange(1, 6)
    a = turn("estate_addr", [
        f"{h}{pick(ROADS)}{est}{b}栋{u}单元{room()}室",
        f"{h}{est}{b}号楼{room()}",
        f"{h}{pick(ROADS)}{est}{pick(PHASES)}期{b}栋{room()}",
        f"{h}{est}{pick(['A', 'B', 'C'])}区{b}幢{u}单元{room()}",
        f"{h}{pick(ROADS)}{est}{b}栋{u}单元",
        f"{h}{est}{b}-{u}-{room()}",
        f"{h}{pick(ROADS)}{est}{b}号楼{u}单元{room()}室",
        f"{h}{est}{pick(PHASES)}期{b}号楼",
    ])
    name, ph = person(), PHONE(mobile())
    form = turn("estate", [
        f"收货地址：{A(a)}\n收货人：{name}\n电话：{ph}",
        f"我住{A(a)}，快递放门口就行。",
        f"房屋坐落：{A(a)}，建筑面积{R.randrange(60, 140)}平方米。",
        f"业主{name}（{A(a)}）反映楼道灯不亮，请物业处理。",
        f"上门维修地址：{A(a)}，联系人{name}，{ph}",
        f"租赁房屋位于{A(a)}，租期一年。",
    ])
    return "estate_only", form, None


def compound() -> Doc:
    """号院, 大院, 园区, 产业园, 工业园 with their buildings."""
    p = place()
    h = head(p)
    b = R.randrange(1, 20)
    a = turn("compound_addr", [
        f"{h}{pick(ROADS)}{R.randrange(1, 60)}号院{b}号楼{R.randrange(1, 5)}单元{room()}",
        f"{h}{pick(ROADS)}{pick(COMPOUNDS)}{b}号楼{room()}",
        f"{h}{pick(PARKS)}{b}号楼{R.randrange(2, 20)}层",
        f"{h}{pick(ROADS)}{number()}号{pick(PARKS)}{pick('ABCD')}{b}栋",
        f"{h}{pick(PARKS)}{b}号厂房",
        f"{h}{pick(PARKS)}{pick('ABC')}区{b}栋{R.randrange(2, 12)}楼",
        f"{h}{pick(ROADS)}{R.randrange(1, 60)}号院{b}号楼",
        f"{h}{pick(COMPOUNDS)}{b}栋{R.randrange(1, 4)}单元{room()}室",
    ])
    name = person()
    form = turn("compound", [
        f"公司地址：{A(a)}\n联系人：{name}",
        f"面试地点：{A(a)}，请携带简历。",
        f"货送到{A(a)}，卸货找{name}。",
        f"我们厂在{A(a)}，从东门进来。",
        f"发票邮寄地址：{A(a)} {name} {PHONE(mobile())}",
        f"新仓库设在{A(a)}，下周开始收货。",
    ])
    return "compound", form, None


def tower() -> Doc:
    """Shopping malls and office towers, with and without a road."""
    p = place()
    h = head(p)
    m, t = pick(MALLS), pick(TOWERS)
    a = turn("tower_addr", [
        f"{h}{pick(ROADS)}{number()}号{m}{pick('AB')}座{R.randrange(5, 30)}0{R.randrange(1, 9)}",
        f"{h}{m}{pick('ABCD')}座{R.randrange(5, 30)}0{R.randrange(1, 9)}室",
        f"{h}{pick(ROADS)}{t}{R.randrange(3, 30)}层",
        f"{h}{pick(ROADS)}{number()}号{t}{R.randrange(3, 30)}楼{room()}",
        f"{h}{m}{R.randrange(1, 5)}楼{R.randrange(1, 60)}号铺",
        f"{h}{t}{pick('AB')}座{R.randrange(3, 30)}层",
        f"{h}{m}T{R.randrange(1, 4)}栋{R.randrange(3, 40)}层",
        f"{h}{pick(ROADS)}{number()}号{m}L{R.randrange(1, 5)}-{R.randrange(1, 40):02d}号铺",
    ])
    name = person()
    form = turn("tower", [
        f"办公地址：{A(a)}",
        f"新店开业！地址：{A(a)}，欢迎光临。",
        f"{name}，明天下午两点在{A(a)}开会。",
        f"请把合同寄到{A(a)}，{name}收。",
        f"我们搬到了{A(a)}，电梯上来右手边。",
        f"Office: {A(a)}",
    ])
    return "tower", form, None


def rural() -> Doc:
    """Rural chains with Chinese-numeral groups, 村民小组, 自然村, 屯."""
    p = pick(RURAL)
    prov, city, dists, _ = p
    county = pick([d for d in dists if d.endswith("县")])
    top = turn("rural_top", [f"{prov}{city}{county}", f"{city}{county}", county, ""])
    town, village = pick(TOWNS), pick(VILLAGES)
    tail = turn("rural_tail", [f"{pick(CN)}组{R.randrange(1, 80)}号", f"第{pick(CN)}村民小组", f"{pick(HAMLETS)}组{R.randrange(1, 60)}号",
                               f"{pick(HAMLETS)}自然村{R.randrange(1, 60)}号", f"{pick(CN)}组", f"{pick(HAMLETS)}屯{R.randrange(1, 60)}号"])
    a = f"{top}{town}{village}{tail}"
    name = person()
    form = turn("rural", [
        f"被告{name}，住{A(a)}。",
        f"收货地址：{A(a)}（到了村口打电话）",
        f"户籍所在地：{A(a)}",
        f"{name}，家住{A(a)}，系该村村民。",
        f"快递寄到{A(a)}，{name}收，{PHONE(mobile())}",
    ])
    return "rural", form, None


def hk_macau() -> Doc:
    """Hong Kong and Macau in traditional characters."""
    k = turn("hk_kind", range(5))
    if k == 0:
        area, dist, roads = pick(HK)
        a = f"{pick(['香港', '']) if area != '香港島' else ''}{area}{dist}{pick(roads)}{R.randrange(1, 300)}號{pick(HK_BUILDINGS)}{R.randrange(2, 30)}樓{pick('ABCDEF')}室"
    elif k == 1:
        area, dist, roads = pick(HK)
        a = f"{area}{dist}{pick(roads)}{R.randrange(1, 300)}號地舖"
    elif k == 2:
        dist, roads = pick(MACAU)
        a = f"澳門{dist}{pick(roads)}{R.randrange(1, 300)}號{pick(MACAU_BUILDINGS)}第{R.randrange(1, 8)}座{R.randrange(2, 30)}樓{pick('ABCDEF')}"
    elif k == 3:
        dist, roads = pick(MACAU)
        a = f"澳門{dist}{pick(roads)}{R.randrange(1, 300)}號{pick(MACAU_BUILDINGS)}{R.randrange(2, 30)}樓{pick('ABCD')}座"
    else:
        area, dist, roads = pick(HK)
        a = f"{'香港' if area != '香港島' else ''}{area}{dist}{pick(roads)}{(lo := R.randrange(1, 300))}-{lo + R.choice([2, 4, 6])}號{pick(HK_BUILDINGS)}{R.randrange(2, 30)}字樓"
    who = P(pick(["陳", "黃", "梁", "何", "區"]) + pick(["嘉欣", "志明", "家樂", "詠琪", "俊傑"]))
    form = turn("hk", [
        f"收件地址：{A(a)}\n收件人：{who}",
        f"我哋新寫字樓喺{A(a)}，得閒過嚟飲茶。",
        f"如有查詢，請親臨{A(a)}。",
        f"通訊地址：{A(a)}（請勿郵寄現金）",
        f"送貨去{A(a)}，搵{who}簽收。",
    ])
    return "hk_macau", form, None


def hk_english() -> Doc:
    """Hong Kong and Macau in English: finest unit first, the territory last."""
    k = turn("hk_en_kind", range(5))
    if k < 4:
        dist, area, road = pick(HK_EN)
        pre = [f"Flat {pick('ABCDEFG')}, {R.randrange(2, 40)}/F, ", f"Shop {R.randrange(1, 30)}, G/F, ",
               f"Unit {R.randrange(1, 30)}0{R.randrange(1, 9)}, {R.randrange(4, 20)}th Floor, ", f"Room {R.randrange(1, 30)}0{R.randrange(1, 9)}, "][k]
        a = f"{pre}{pick(HK_EN_BUILDINGS)}, {R.randrange(1, 300)} {road}, {dist}, {area}"
    else:
        dist, road = pick(MO_EN)
        a = f"Flat {R.randrange(2, 30)}{pick('ABCD')}, {pick(['Golden Court', 'Lei On Mansion'])}, {R.randrange(1, 300)} {road}, {dist}, Macau"
    form = turn("hk_en", [
        f"Delivery address: {A(a)}",
        f"Please courier the documents to {A(a)}. Attn: {P(pick(EN_NAMES) + ' Chan')}",
        f"Our Hong Kong office has moved to {A(a)} with effect from 1 March.",
        f"Registered office: {A(a)}",
        f"Shipping to: {A(a)} (ring the bell twice)",
        f"Name: {P(pick(EN_NAMES) + ' Leung')}\nAddress: {A(a)}",
    ])
    return "hk_english", form, None


def taiwan() -> Doc:
    """Taiwanese addresses with 里 / 鄰, lanes and alleys, basement floors; and in English."""
    k = turn("tw_kind", range(5))
    if k == 4:
        dist, city, road = pick(TW_EN)
        fl = pick(["", f"{R.randrange(2, 15)}F., ", f"{R.randrange(2, 15)}F.-{R.randrange(1, 5)}, ", "B1, "])
        lane = pick(["", f"Ln. {R.randrange(2, 300)}, ", f"Aly. {R.randrange(1, 20)}, Ln. {R.randrange(2, 300)}, "])
        a = f"{fl}No. {R.randrange(1, 300)}, {lane}{pick(['', 'Sec. 2, ', 'Sec. 1, '])}{road}, {dist}, {city}"
        tail = pick(["", f" {R.randrange(100, 999)}", f" {R.randrange(100, 999)}, Taiwan (R.O.C.)", ", Taiwan"])
        form = turn("tw_en", [f"Address: {A(a)}{tail}", f"Ship to {A(a)}{tail}, attn. {P(pick(EN_NAMES) + ' Lin')}"])
        return "taiwan", form, None
    city, dist, roads, pc = pick(TW)
    if k == 0:
        a = f"{city}{dist}{pick(TW_LI)}{R.randrange(1, 30)}鄰{pick(roads)}{R.randrange(1, 300)}號{R.randrange(2, 15)}樓"
    elif k == 1:
        a = f"{city}{dist}{pick(roads)}{pick('一二三')}段{R.randrange(2, 300)}巷{R.randrange(1, 30)}弄{R.randrange(1, 90)}號B1"
    elif k == 2:
        a = f"{city}{dist}{pick(roads)}{R.randrange(1, 300)}號地下1樓"
    else:
        a = f"{city}{dist}{pick(TW_LI)}{pick(roads)}{R.randrange(1, 300)}號之{R.randrange(1, 6)}"
    form = turn("tw", [
        f"收件地址：{pc}{A(a)}",
        f"本店位於{A(a)}，捷運站步行五分鐘。",
        f"戶籍地址：{A(a)}",
        f"寄件人：{P(pick(['林', '陳', '張', '吳']) + pick(['怡君', '志豪', '雅婷', '冠宇']))}，地址：{A(a)}",
    ])
    return "taiwan", form, None


def english() -> Doc:
    """Mainland addresses written fully in English, with Lane / Yard / parks / Bldg / Rm, postcode and country after."""
    dist, city, prov, road = pick(EN_PLACES)
    no = R.randrange(1, 999)
    top = f"{dist}, {city}" + (f", {prov}" if prov else "")
    a = turn("en_addr", [
        f"Room {room()}, No. {no} {road}, {top}",
        f"Rm {room()}, Bldg {R.randrange(1, 20)}, {pick(EN_ESTATES)}, {no} {road}, {top}",
        f"Floor {R.randrange(3, 30)}, {pick(EN_TOWERS)}, No.{no} {road}, {top}",
        f"Unit {R.randrange(1, 9)}, Building {R.randrange(1, 12)}, {pick(EN_PARKS)}, No. {no} {road}, {top}",
        f"No. {R.randrange(1, 60)}, Lane {no}, {road}, {top}",
        f"Building {R.randrange(1, 12)}, Yard {R.randrange(1, 60)}, {road}, {top}",
        f"{R.randrange(3, 30)}F, {pick(EN_TOWERS)}, {no} {road}, {top}",
        f"Apt {room()}, Building {R.randrange(1, 20)}, {pick(EN_ESTATES)}, {road} No. {no}, {top}",
    ])
    pc = f"{R.randrange(100000, 999999)}"
    tail = turn("en_tail", ["", f" {pc}", f" {pc}, China", f", {pc}, P.R. China", ", China", f" {pc}, PRC"])
    form = turn("english", [
        f"Ship to: {A(a)}{tail}",
        f"Bill to:\n{O(pick(['Mintuo Information Technology Co., Ltd.', 'Hengchuan Logistics Co., Ltd.', 'Ruizhi Electronics Co., Ltd.']))}\n{A(a)}{tail}",
        f"Hi {P(pick(EN_NAMES))}, the sample goes to {A(a)}{tail}. Thanks!",
        f"Venue: {A(a)}{tail}",
        f"Mailing address: {A(a)}{tail}\nPhone: {PHONE(mobile())}",
    ])
    return "english", form, None


def org_address() -> Doc:
    """An address after a company name or in brackets after it."""
    p = place()
    a = street(p)
    o = O(org())
    form = turn("org_addr", [
        f"{o}地址位于{A(a)}，交通便利。",
        f"{o}（{A(a)}）诚聘销售经理三名。",
        f"{o}，地址：{A(a)}，电话：{PHONE(mobile())}",
        f"乙方：{o}\n住所：{A(a)}\n法定代表人：{person()}",
        f"{o}坐落于{A(a)}，员工{R.randrange(20, 200)}人。",
        f"本合同由{o}（住所地：{A(a)}）与甲方签订。",
        f"{o}注册地址为{A(a)}，经营范围包括技术服务。",
        f"开票信息\n名称：{o}\n地址、电话：{A(a)} {PHONE(mobile())}",
    ])
    return "org_address", form, None


def layout() -> Doc:
    """Addresses split over two lines, in HTML and Markdown tables, signature blocks and vertical forms."""
    p = place()
    prov, city, dists, _ = p
    d = pick(dists)
    detail = f"{pick(ROADS)}{number()}号{pick(TOWERS)}{R.randrange(3, 30)}层"
    name = ZH.name()
    k = turn("layout", range(7))
    if k == 0:
        text = f"收货地址\n{A(f'{prov}{city}{d}{detail}')}\n收货人\n{P(name)}"
    elif k == 1:
        text = f"<tr><td>{P(name)}</td><td>{PHONE(mobile())}</td><td>{A(f'{city}{d}{detail}')}</td></tr>"
    elif k == 2:
        text = f"| 项目 | 内容 |\n|---|---|\n| 联系人 | {P(name)} |\n| 地址 | {A(f'{d}{pick(ROADS)}{pick(ESTATES)}{R.randrange(1, 20)}栋{room()}室')} |"
    elif k == 3:
        text = f"{P(name)}\n{O(org())}\n{A(f'{prov}{city}{d}{detail}')}\nM: {PHONE(mobile())}"
    elif k == 4:
        text = f"省份：{prov or city}\n城市：{city}\n区县：{d}\n详细地址：{A(detail)}\n邮编：{postcode(p)}"
    elif k == 5:
        a = f"{city}{d}{pick(ROADS)}{number()}号\n{pick(MALLS)}{pick('AB')}座{room()}"
        text = f"寄件地址：{A(a, 'linebreak')}\n寄件人：{P(name)}"
    else:
        a = f"{prov}{city}{d}\n{pick(ROADS)}{pick(ESTATES)}{R.randrange(1, 20)}栋{R.randrange(1, 5)}单元{room()}"
        text = f"住址：{A(a, 'linebreak')}\n电话：{PHONE(mobile())}"
    return "layout", text, None


def crossing() -> Doc:
    """交叉口 / 路口 / 东北角 / 对面 / 交汇处 around or inside an address."""
    p = place()
    h = head(p)
    r1, r2 = R.sample(ROADS, 2)
    k = turn("cross", range(7))
    if k == 0:
        text = f"地址：{A(f'{h}{r1}与{r2}交叉口东北角{pick(TOWERS)}{R.randrange(3, 25)}层')}"
    elif k == 1:
        text = f"门店在{A(f'{h}{r1}{number()}号')}（{r2}路口），营业到晚十点。"
    elif k == 2:
        text = f"我家就在{A(f'{h}{r1}{number()}号')}，{pick(MALLS)}对面。"
    elif k == 3:
        text = f"项目部设在{A(f'{h}{r1}与{r2}交汇处{pick(ESTATES)}{R.randrange(1, 20)}栋{room()}')}。"
    elif k == 4:
        text = f"取件点：{A(f'{h}{r1}{number()}号')}，{r2}路口往南50米。"
    elif k == 5:
        text = f"约在{A(f'{h}{r1}{number()}号{pick(MALLS)}')}西南角见面。"
    else:
        text = f"诊所搬到了{A(f'{h}{r1}{number()}号{room()}室')}，{pick(LANDMARKS)}斜对面。"
    return "crossing", text, None


def lanes() -> Doc:
    """期 / 区 / 苑 / 里 / 弄 / 巷 / 胡同 forms."""
    p = place()
    h = head(p)
    a = turn("lane_addr", [
        f"{h}{pick(ESTATES)}{pick(PHASES)}期{R.randrange(1, 30)}栋{R.randrange(1, 4)}单元{room()}",
        f"{h}{pick(ROADS)}{R.randrange(100, 2000)}弄{R.randrange(1, 80)}号{room()}室",
        f"{h}{pick(['望湖', '丽泽', '春晓'])}苑{pick(PHASES)}区{R.randrange(1, 30)}号楼{room()}",
        f"{h}{pick(OLD_LANES)}{R.randrange(1, 40)}号",
        f"{h}{pick(OLD_LANES)}{R.randrange(1, 12)}号楼{R.randrange(1, 4)}门{room()}",
        f"{h}{pick(ROADS)}{pick(ALLEYS)}{R.randrange(1, 60)}号",
        f"{h}{pick(ROADS)}{R.randrange(2, 90)}巷{R.randrange(1, 40)}号",
        f"{h}{pick(HUTONGS)}{R.randrange(1, 80)}号院",
        f"{h}{pick(HUTONGS)}{R.randrange(1, 80)}号",
        f"{h}{pick(ROADS)}{R.randrange(100, 2000)}弄{R.randrange(1, 80)}支弄{R.randrange(1, 30)}号",
    ])
    form = turn("lanes", [
        f"通讯地址：{A(a)}",
        f"老房子在{A(a)}，现在出租。",
        f"寄到{A(a)}，{person()}收",
        f"走访对象住{A(a)}，独居老人。",
        f"地址 {A(a)}\n联系人 {person()}",
    ])
    return "lanes", form, None


def ranges() -> Doc:
    """Ranges and lists of house numbers."""
    p = place()
    h = head(p)
    lo = R.randrange(1, 60)
    hi = lo + R.choice([2, 4, 6, 8])
    a = turn("range_addr", [
        f"{h}{pick(ROADS)}{lo}-{hi}号",
        f"{h}{pick(ROADS)}{lo}-{hi}号{pick(MALLS)}",
        f"{h}{pick(ROADS)}{lo}至{hi}号",
        f"{h}{pick(ROADS)}{lo}、{hi}号",
        f"{h}{pick(ROADS)}{lo}-{hi}号{R.randrange(2, 6)}楼",
        f"{h}{pick(ROADS)}{lo}号-{hi}号",
    ])
    form = turn("ranges", [
        f"经营场所：{A(a)}",
        f"该地块位于{A(a)}，现状为空置门面。",
        f"店铺地址：{A(a)}，整租。",
        f"{O(org())}经营地址：{A(a)}",
    ])
    return "ranges", form, None


def floors() -> Doc:
    """Basement and mezzanine floors: 负一层, 负二层, B1, B1层, B2-15, 夹层."""
    p = place()
    h = head(p)
    base = f"{h}{pick(ROADS)}{number()}号{pick(MALLS)}"
    tail = turn("floor_tail", [
        f"负一层{R.randrange(1, 80)}号铺", "负二层", "B1层", f"B1-{R.randrange(1, 90):03d}号", f"B2-{R.randrange(1, 40)}商铺",
        "夹层", f"负一层B{R.randrange(10, 99)}", f"B1层{R.randrange(101, 160)}室",
    ])
    a = base + tail
    form = turn("floors", [
        f"店铺地址：{A(a)}，停车两小时免费。",
        f"到{A(a)}来取货，{person()}在店里。",
        f"新门店：{A(a)}",
        f"仓储点设在{A(a)}，出电梯左转。",
    ])
    return "floors", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (estate_only, 11), (compound, 10), (tower, 10), (rural, 9), (hk_macau, 9), (hk_english, 7), (taiwan, 9),
    (english, 10), (org_address, 10), (layout, 8), (crossing, 8), (lanes, 9), (ranges, 6), (floors, 8),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def neg_city() -> Doc:
    """Cities and districts alone in travel and work talk."""
    prov, city, dists, _ = place()
    d = pick(dists)
    form = turn("neg_city", [
        f"下个月去[[place_name:{city}{d}]]出差，顺便看看老同学。",
        f"[[place_name:{prov or city}]]的夏天太热了，我们还是去[[place_name:{pick(PLACES)[1]}]]吧。",
        f"他在[[place_name:{d}]]买了房，离公司挺远。",
        f"这批货发[[place_name:{city}]]，具体地址等客户确认。",
        f"工作地点：[[place_name:{city}{d}]]（可远程）",
        f"我们在[[place_name:{city}]]、[[place_name:{d}]]都有门店。",
        f"籍贯：[[place_name:{prov or city}]]",
        f"[[place_name:{city}{d}]]今晚有雷阵雨，出门记得带伞。",
    ])
    return "neg_city", form, None


def neg_scenic() -> Doc:
    """Scenic spots, stations and metro stations in travel talk."""
    form = turn("neg_scenic", [
        "先去[[landmark:岳麓山]]，下午逛[[landmark:橘子洲]]，晚上吃小龙虾。",
        f"坐地铁{R.randrange(1, 6)}号线到[[landmark:五一广场站]]，从{R.randrange(1, 8)}号口出来就是。",
        "我们在[[landmark:长沙南站]]碰头，高铁九点开。",
        f"航班在[[landmark:T{R.randrange(1, 3)}航站楼]]，提前两小时到。",
        "[[landmark:滇池]]边上的海鸥很多，[[landmark:翠湖公园]]也值得去。",
        f"从[[landmark:火车站北广场]]出来，坐{R.randrange(1, 90)}路公交。",
        "这次去[[landmark:外滩]]和[[landmark:豫园]]，住[[landmark:人民广场]]附近。",
        f"{R.randrange(1, 12)}号线[[landmark:科技园站]]B出口有共享单车。",
        "[[landmark:老街古镇]]周末人太多了，建议工作日去。",
    ])
    return "neg_scenic", form, None


def neg_road() -> Doc:
    """Roads and intersections without a house number in running text."""
    r1, r2 = R.sample(ROADS, 2)
    form = turn("neg_road", [
        f"沿着[[place_name:{r1}]]一直往北，过了[[place_name:{r2}]]右转。",
        f"[[place_name:{r1}]]和[[place_name:{r2}]]交叉口东北角有家便利店。",
        f"[[place_name:{r1}]]与[[place_name:{r2}]]交汇处在修地铁，绕行吧。",
        f"[[place_name:{r1}]]上的梧桐树都是几十年的老树了。",
        f"他家住[[place_name:{r1}]]那一带，具体门牌号不清楚。",
        f"[[place_name:{r1}]]路口往南50米，路东就是。",
        f"[[place_name:{r1}]]东段今晚封闭施工。",
        f"我在[[place_name:{r2}]]对面的公交站等你。",
    ])
    return "neg_road", form, None


def neg_building() -> Doc:
    """Buildings, malls, towers, estates and parks named alone."""
    form = turn("neg_building", [
        f"周末去[[landmark:{pick(MALLS)}]]看电影吧。",
        f"我在[[landmark:{pick(TOWERS)}]]上班，中午一起吃饭？",
        f"[[landmark:{pick(MALLS)}]]门口新开了一家奶茶店。",
        f"[[place_name:{pick(ESTATES)}]]的物业费又涨了。",
        f"[[place_name:{pick(PARKS)}]]今年新引进了二十多家企业。",
        f"[[place_name:{pick(ESTATES)}]]{pick(PHASES)}期明年交房。",
        f"约在[[landmark:{pick(MALLS)}]]见，到了打电话。",
        f"[[place_name:{pick(COMPOUNDS)}]]里的老房子要拆迁了。",
        f"听说[[landmark:{pick(TOWERS)}]]楼下的咖啡不错。",
    ])
    return "neg_building", form, None


def neg_number() -> Doc:
    """Numbers with 号, 期, 区, floors and shop codes that name no place."""
    form = turn("neg_number", [
        f"{R.randrange(1, 20)}-{R.randrange(21, 40)}号展位已经订满了。",
        f"地下停车场在B{R.randrange(1, 4)}，电梯直达。",
        "负一层的美食广场今天打折。",
        f"{pick(PHASES)}期工程预计年底竣工。",
        f"请{R.randrange(1, 90)}至{R.randrange(91, 120)}号考生到三楼候考。",
        f"夹层玻璃的报价单发你了，{R.randrange(2, 9)}号前回复。",
        f"A区{R.randrange(1, 30)}栋的电梯在维修，请走楼梯。",
        f"第{R.randrange(1, 20)}、{R.randrange(21, 40)}号文件已下发各单位。",
        f"B{R.randrange(1, 3)}-{R.randrange(10, 99)}号车位出租，月租{R.randrange(3, 9)}00元。",
    ])
    return "neg_number", form, None


def neg_regional() -> Doc:
    """Hong Kong, Macau and Taiwan places alone, in Chinese and English."""
    form = turn("neg_regional", [
        "We stayed two nights in [[place_name:Causeway Bay]] and took the ferry to [[place_name:Macau]].",
        "我哋喺[[place_name:觀塘]]返工，放工去[[place_name:旺角]]食嘢。",
        "[[place_name:氹仔]]嘅葡國菜好正，[[place_name:官也街]]好多人。",
        "Meet me at [[landmark:Kowloon Tong station]], exit B.",
        "[[landmark:臺北車站]]人好多，我們改在[[place_name:西門町]]見。",
        "[[place_name:Taipa Village]] is lovely in the evening.",
        "[[place_name:高雄市前鎮區]]今天停電兩小時。",
        "Our Taiwan team sits in [[place_name:Xitun District]], [[place_name:Taichung]].",
    ])
    return "neg_regional", form, None


def neg_label() -> Doc:
    """A company or address label with no address after it."""
    form = turn("neg_label", [
        "本公司位于市中心，交通便利，欢迎来访。",
        "公司地址：待定（装修中）",
        "Registered office: to be confirmed",
        "收货地址：自提",
        "经营场所：线上经营，无实体店",
        "地址：同营业执照",
        "住所：________",
    ])
    return "neg_label", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_city, 8), (neg_scenic, 9), (neg_road, 8), (neg_building, 9), (neg_number, 9), (neg_regional, 8), (neg_label, 7),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
