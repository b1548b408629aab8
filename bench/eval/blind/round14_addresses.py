"""Round 14a blind corpus: where an address starts and stops, in forms rounds 8, 10a, 11s, 12g and 13a did not write.

Why: on the hold-out ADDRESS is found (overlap F1 0.946) but its exact span is right far less often (exact F1
0.818): span edges are wrong more often than addresses are missed. Round 13a wrote verbs before an address and
words after it in delivery notes and chat; this round writes the other edges people type:

- what precedes: 收货地址： / 住址： / 家住 / 寄至 / 位于 / 地址在 / 搬到了 / 在 + address + 上班 / 导航到 / 现居住于;
- what follows: a postcode (glued, after 邮编, in brackets), 收, 附近, 的 + noun, 旁边, 门口, 东侧, a phone, a bracket
  with a landmark, an English comma before `Tel` / `Attn`;
- units after 号 written in English or mixed (`Room 1203`, `Unit 5B`, `Building 4, Room 301`), 1203室, B座, 地下一层,
  负一楼, 门卫室, 地下室, 3号楼2单元501;
- addresses starting at the district or at the road; rural chains (乡 / 镇 / 村 / 组 / 社 / 号); Hong Kong in
  traditional characters (九龍 … 樓 … 室, 邨 … 樓, 地下); Taiwan (縣 / 市 … 路 … 段 … 巷 … 弄 … 號 … 樓 / 樓之N);
  Chinese places in English word order; addresses broken across lines, in table cells, JSON and CSV fields;
  house numbers in Chinese numerals (三十八号).

Written from the labeling conventions only (/work/shared/eval/README.md) before any detector was run on it:

- ADDRESS runs from the highest administrative unit written (中国 / 香港 included when written) down to the finest
  unit written; the label or verb before it (收货地址：, 住址, 寄至, 位于, 地址在, 搬到了, 在) is no part of it, nor are
  the words after it (附近, 旁边, 门口, 东侧, 的 + noun, 收, 上班, a postcode, a phone, a bracketed landmark). A road
  with its house number is an address even with no division written. A city, district, town, road, estate,
  landmark or intersection alone, or 北京市朝阳区 with no street, is no address.
- Judgement calls, written down here: an English unit right after a Chinese house number (`…88号 Room 1203`,
  `…88号Unit 5B`, `…88号 Building 4, Room 301`) is the finest unit written and belongs to the address; so do
  门卫室 and 地下室 written straight after the number or building (rooms: 室), 负一楼 / 地下一层 (basement floors)
  and Hong Kong's 地下 (the ground floor); 东侧 / 西侧 (a side, like 东门) do not. In English word order the span
  runs from the finest unit (`Room 1203`) to the highest division written, the postcode and the country (China,
  P.R.C.) left out (as rounds 10a and 11s). Sichuan's village 社 is a village group like 组. An address wrapped
  onto a second line of the same field is one span, the line break inside it. Where a table, CSV or JSON record
  splits the address into province / city / district / detail fields, each field is its own value: the detail
  field (road and number down to the unit) is the address, the province, city and district cells are places
  alone; a single address field is labeled whole. A Taiwanese postcode glued before the city is left out.
  Chinese-numeral house numbers are tagged `cn_numeral`.
- Phones, landlines and people present in a document are labeled too.

Places are real divisions; every road, estate, building, village, organisation and person is invented (hand-made
lists, Faker zh_CN for people); the output follows only the seed. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round14a     # writes bench/eval/corpus/blind-round14a.jsonl
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE

SEED = 140211
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]
Place = tuple[str, str, list[str], str]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

# --- places: real divisions (province, city, [county-level units], postcode prefix); municipalities have no province
PLACES: list[Place] = [
    ("四川省", "绵阳市", ["涪城区", "游仙区", "三台县", "盐亭县"], "621"),
    ("河南省", "洛阳市", ["西工区", "老城区", "涧西区", "栾川县", "嵩县"], "471"),
    ("陕西省", "宝鸡市", ["渭滨区", "金台区", "陈仓区", "眉县"], "721"),
    ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区", "柳江区", "融安县"], "545"),
    ("内蒙古自治区", "包头市", ["昆都仑区", "青山区", "固阳县"], "014"),
    ("浙江省", "绍兴市", ["越城区", "柯桥区", "上虞区", "新昌县"], "312"),
    ("江苏省", "扬州市", ["广陵区", "邗江区", "江都区", "宝应县"], "225"),
    ("山东省", "潍坊市", ["潍城区", "奎文区", "寿光市", "临朐县"], "261"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区", "秭归县"], "443"),
    ("福建省", "泉州市", ["鲤城区", "丰泽区", "晋江市", "安溪县"], "362"),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区", "通州区"], "100"),
    ("", "重庆市", ["渝北区", "南岸区", "九龙坡区", "垫江县"], "400"),
]
RURAL = [p for p in PLACES if any(c.endswith("县") for c in p[2])]

ROADS = ["锦绣路", "长兴路", "临江东路", "文昌街", "振华北路", "友谊大道", "桃源路", "安澜街", "兴隆大街", "凤鸣路",
         "迎宾大道", "双拥路", "青云街", "建国西路", "柳荫路", "滨河南路"]
ESTATES = ["锦园小区", "翡翠城", "世纪花园", "馨怡家园", "紫薇苑", "江岸华府", "康乐新村", "御景湾"]
BUILDINGS = ["恒泰大厦", "金融港", "万象中心", "海岸城", "天元大厦", "新世界广场", "银座中心", "国贸大厦"]
TOWNS = ["青石镇", "龙泉镇", "新店乡", "桥头镇", "白沙乡", "河口镇", "双河乡", "永安镇"]
VILLAGES = ["柳树村", "王岗村", "石门村", "红星村", "下坝村", "杨湾村", "新民村", "黄泥村"]
LANDMARKS = ["地铁站", "人民医院", "第三中学", "农贸市场", "加油站", "公交总站", "邮政所", "体育馆"]
NOUNS = ["仓库", "门店", "那套房子", "办公室", "样板间", "老房子"]
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

HK = [("九龍", "深水埗", ["長沙灣道", "福華街", "汝州街"]), ("九龍", "油麻地", ["上海街", "窩打老道"]),
      ("香港島", "銅鑼灣", ["怡和街", "禮頓道"]), ("新界", "荃灣", ["青山公路", "眾安街"]), ("新界", "大埔", ["寶鄉街", "廣福道"])]
HK_BUILDINGS = ["長匯工業大廈", "寶隆商業中心", "富豪閣", "永興大廈", "華利中心"]
HK_ESTATES = [("新界", "沙田", "禾輋邨", ["豐和樓", "信和樓"]), ("九龍", "黃大仙", "竹園南邨", ["碧竹樓", "松竹樓"]),
              ("新界", "屯門", "兆康苑", ["兆安閣", "兆麟閣"])]
TW = [("臺北市", "中山區", ["南京東路", "民生東路"], "104"), ("新竹市", "東區", ["光復路", "建功路"], "300"),
      ("臺南市", "東區", ["長榮路", "東門路"], "701"), ("高雄市", "苓雅區", ["四維三路", "光華一路"], "802"),
      ("彰化縣", "員林市", ["中山路", "三民街"], "510"), ("宜蘭縣", "羅東鎮", ["公正路", "中正北路"], "265"),
      ("花蓮縣", "吉安鄉", ["中央路", "南昌路"], "973")]
EN_PLACES = [("Fucheng District", "Mianyang", "Sichuan", "Jiuzhou Avenue"), ("Xigong District", "Luoyang", "Henan", "Zhongzhou Road"),
             ("Yuecheng District", "Shaoxing", "Zhejiang", "Jiefang North Road"), ("Chaoyang District", "Beijing", "", "Jianguo Road"),
             ("Kuiwen District", "Weifang", "Shandong", "Shengli East Street"), ("Fengze District", "Quanzhou", "Fujian", "Tian'an Road"),
             ("Xiling District", "Yichang", "Hubei", "Yiling Avenue"), ("Yubei District", "Chongqing", "", "Jinkai Avenue")]
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


def number() -> str:
    return str(R.choice([R.randrange(1, 40), R.randrange(1, 300), R.randrange(100, 1500)]))


def room() -> str:
    return f"{R.randrange(1, 33)}0{R.randrange(1, 9)}"


def cn_number(n: int) -> str:
    """1..199 in Chinese numerals as house numbers are spoken (十五, 三十八, 一百零六, 一百二十)."""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += digits[ones]
    return out


def division_head(p: Place) -> str:
    """The divisions written before the road: all, city + district, district alone, none."""
    prov, city, dists, _ = p
    d = pick(dists)
    return turn("head", [f"{prov}{city}{d}", f"{city}{d}", d, "", f"{prov}{city}{d}"])


def unit() -> str:
    """A finer part after the house number in Chinese (may be nothing)."""
    return turn("unit", ["", f"{R.randrange(1, 20)}号楼{R.randrange(1, 6)}单元{room()}", f"{pick(ESTATES)}{R.randrange(1, 30)}栋{room()}室",
                         f"{pick(BUILDINGS)}{pick('ABC')}座{R.randrange(3, 30)}层", f"{room()}室", f"{pick(BUILDINGS)}负一楼",
                         f"{R.randrange(1, 9)}-{R.randrange(1, 4)}-{room()}", f"{pick(ESTATES)}{R.randrange(1, 20)}幢{R.randrange(1, 4)}单元"])


def addr(p: Place | None = None, head: str | None = None) -> str:
    """An urban address: divisions (some left out), road and number, a finer part."""
    p = p or place()
    h = division_head(p) if head is None else head
    return f"{h}{pick(ROADS)}{number()}号{unit()}"


def full_addr(p: Place | None = None) -> str:
    p = p or place()
    return addr(p, f"{p[0]}{p[1]}{pick(p[2])}")


# --- documents with gold -----------------------------------------------------------------------------------------
def lead_in() -> Doc:
    """Labels, verbs and prepositions right before the address."""
    p = place()
    a = addr(p)
    name, ph = person(), PHONE(mobile())
    form = turn("lead_in", [
        f"收货地址：{A(a)}\n收货人：{name}\n联系电话：{ph}",
        f"姓名：{name}\n住址：{A(full_addr(p))}\n电话：{ph}",
        f"本人{name}，家住{A(a)}，因{pick(['房屋漏水', '邻居噪音', '物业收费'])}问题向贵单位反映。",
        f"样品已寄至{A(a)}，请{name}注意查收。",
        f"该房屋位于{A(full_addr(p))}，建筑面积{R.randrange(60, 140)}平方米。",
        f"公司地址在{A(a)}，坐地铁过来比较方便。",
        f"我们家上个月搬到了{A(a)}，以后快递都寄这边。",
        f"我老公在{A(addr(p))}上班，中午可以帮忙取一下。",
        f"导航到{A(a)}就行，车可以停路边。",
        f"申请人{name}，现居住于{A(full_addr(p))}，联系电话{ph}。",
        f"通讯地址：{A(a)}\n联系人：{name}",
        f"注册地址：{A(full_addr(p))}\n经营范围：{pick(['技术服务', '货物进出口', '日用百货销售'])}",
        f"办公地点：{A(a)}（工作日9:00-18:00）",
        f"户籍地址：{A(full_addr(p))}；现住址：{A(addr(p))}",
        f"寄件人{name}，寄自{A(a)}，{ph}",
        f"我现在租在{A(a)}，离单位二十分钟。",
    ])
    return "lead_in", form, None


def follow() -> Doc:
    """Words, numbers and brackets right after the address."""
    p = place()
    a = addr(p)
    name, ph = person(), PHONE(mobile())
    pc = postcode(p)
    form = turn("follow", [
        f"地址：{A(a)} {pc}",
        f"请寄到{A(a)}，邮编{pc}，{name}收。",
        f"{A(a)}（邮编：{pc}）",
        f"寄{A(a)}{name}收{ph}",
        f"我在{A(a)}附近，你到了打我电话",
        f"{A(a)}的{pick(NOUNS)}下周要交钥匙了",
        f"就在{A(a)}旁边那个{pick(LANDMARKS)}，很好找",
        f"外卖放{A(a)}门口就行，谢谢",
        f"取货点：{A(a)}东侧，{pick(['早8点到晚6点', '全天'])}",
        f"{A(a)}{ph}{name}",
        f"{A(a)}（{pick(LANDMARKS)}对面）",
        f"Ship to: {A(a)}, Attn: {P(pick(EN_NAMES))}",
        f"Address: {A(a)}, Tel: {ph}",
        f"{A(a)}[{pick(['工作日送货', '请电话联系', '放快递柜'])}]",
        f"送货地址：{A(a)}，收货人：{name}，电话：{ph}",
        f"{A(a)}，{pc}，{name}",
    ])
    return "follow", form, None


def units() -> Doc:
    """Units after the house number, in English, mixed or Chinese."""
    p = place()
    base = f"{division_head(p)}{pick(ROADS)}{number()}号"
    r = room()
    tail = turn("units_tail", [
        f" Room {r}", f"Room {r}", f" Unit {R.randrange(1, 9)}{pick('ABC')}", f" Building {R.randrange(1, 9)}, Room {r}",
        f"{r}室", f"{pick(BUILDINGS)}{pick('ABCD')}座", f"{pick(BUILDINGS)}地下一层", f"{pick(BUILDINGS)}负一楼",
        "门卫室", f"{R.randrange(1, 20)}栋地下室", f"{R.randrange(1, 20)}号楼{R.randrange(1, 6)}单元{r}",
        f"{pick(BUILDINGS)} {R.randrange(3, 30)}F", f" Tower {pick('AB')} {R.randrange(3, 30)}F", f"{pick(BUILDINGS)}{pick('AB')}座{r}",
        f"{pick(ESTATES)}{R.randrange(1, 20)}栋{R.randrange(1, 4)}单元{r}室", f"{R.randrange(1, 12)}号楼{R.randrange(2, 20)}层{r}",
    ])
    a = base + tail
    name = person()
    form = turn("units", [
        f"收件地址：{A(a)}，{name}",
        f"麻烦送到{A(a)}，谢谢",
        f"Delivery: {A(a)}",
        f"地址 {A(a)}\n电话 {PHONE(mobile())}",
        f"新办公室地址：{A(a)}，欢迎来访。",
        f"快件放{A(a)}，{name}会去拿。",
    ])
    return "units", form, None


def no_head() -> Doc:
    """Addresses that start at the district or at the road."""
    p = place()
    d = pick(p[2])
    a = turn("no_head_addr", [f"{d}{pick(ROADS)}{number()}号{unit()}", f"{pick(ROADS)}{number()}号{unit()}",
                              f"{d}{pick(ROADS)}{number()}号", f"{pick(ROADS)}{number()}号{pick(ESTATES)}{R.randrange(1, 20)}栋{room()}"])
    form = turn("no_head", [
        f"就在{A(a)}，{pick(['二楼', '一进门'])}左手边",
        f"明早九点{A(a)}集合，别迟到。",
        f"新地址：{A(a)}",
        f"房源：{A(a)}，两室一厅，月租{R.randrange(15, 45)}00元",
        f"钥匙在{A(a)}的信箱里",
        f"上门地址{A(a)}，联系{person()}",
    ])
    return "no_head", form, None


def rural() -> Doc:
    """Rural chains: county, town or township, village, group or 社, house number."""
    p = pick(RURAL)
    prov, city, dists, _ = p
    county = pick([d for d in dists if d.endswith("县")])
    top = turn("rural_top", [f"{prov}{city}{county}", f"{city}{county}", county, f"{prov}{city}{county}"])
    tail = turn("rural_tail", [f"{R.randrange(1, 12)}组{R.randrange(1, 90)}号", f"{pick(CN)}组", f"{R.randrange(1, 9)}社",
                               f"{R.randrange(1, 9)}社{R.randrange(1, 60)}号", f"{R.randrange(1, 200)}号", f"{pick(CN)}组{R.randrange(1, 60)}号"])
    a = f"{top}{pick(TOWNS)}{pick(VILLAGES)}{tail}"
    name = person()
    form = turn("rural", [
        f"户籍地：{A(a)}",
        f"{name}，男，汉族，住{A(a)}。",
        f"化肥送到{A(a)}，到了给{name}打电话{PHONE(mobile())}",
        f"老家是{A(a)}，过年才回去。",
        f"申请人住址：{A(a)}\n申请事项：宅基地确权",
        f"农资订单\n收货人：{name}\n地址：{A(a)}\n备注：送货上门",
    ])
    return "rural", form, None


def hong_kong() -> Doc:
    """Hong Kong addresses in traditional characters."""
    k = turn("hk_kind", range(3))
    if k == 0:
        area, dist, roads = pick(HK)
        a = (f"{pick(['香港', ''])}{area}{dist}{pick(roads)}{R.randrange(1, 400)}號{pick(HK_BUILDINGS)}"
             f"{R.randrange(2, 30)}樓{R.randrange(1, 20):02d}室")
    elif k == 1:
        area, dist, est, blocks = pick(HK_ESTATES)
        a = f"{pick(['香港', ''])}{area}{dist}{est}{pick(blocks)}{R.randrange(2, 30)}樓{R.randrange(1, 30):02d}室"
    else:
        area, dist, roads = pick(HK)
        a = f"{area}{dist}{pick(roads)}{R.randrange(1, 400)}號地下"
    form = turn("hk", [
        f"收貨地址：{A(a)}，聯絡人{P(pick(['陳', '黃', '梁', '何']) + pick(['嘉欣', '志明', '家樂', '詠琪']))}",
        f"請寄到{A(a)}，謝謝！",
        f"我哋間舖喺{A(a)}，歡迎嚟搵我哋。",
        f"通訊地址：{A(a)}\n聯絡人：{P(pick(['陳', '黃', '梁', '何']) + pick(['嘉欣', '志明', '家樂', '詠琪']))}",
        f"公司已搬到{A(a)}，請更新記錄。",
    ])
    return "hong_kong", form, None


def taiwan() -> Doc:
    """Taiwanese addresses: county or city, district / township, road, section, lane, alley, number, floor."""
    city, dist, roads, pc = pick(TW)
    sec = turn("tw_sec", ["", f"{pick('一二三')}段"])
    lane = turn("tw_lane", ["", f"{R.randrange(2, 300)}巷", f"{R.randrange(2, 300)}巷{R.randrange(1, 30)}弄"])
    floor = turn("tw_floor", ["", f"{R.randrange(2, 20)}樓", f"{R.randrange(2, 20)}樓之{R.randrange(1, 6)}", f"之{R.randrange(1, 6)}"])
    a = f"{city}{dist}{pick(roads)}{sec}{lane}{R.randrange(1, 400)}號{floor}"
    form = turn("tw", [
        f"收件地址：{pc}{A(a)}",
        f"我家住在{A(a)}，晚上七點後在家。",
        f"地址：{A(a)}（{pc}）",
        f"寄件人：{P(pick(['林', '陳', '張']) + pick(['怡君', '志豪', '雅婷']))}\n寄件地址：{pc} {A(a)}",
        f"門市位於{A(a)}，週一公休。",
    ])
    return "taiwan", form, None


def english() -> Doc:
    """Chinese places in English word order: finest unit first, the highest division last."""
    dist, city, prov, road = pick(EN_PLACES)
    pre = turn("en_pre", ["", f"Room {room()}, ", f"Unit {R.randrange(1, 9)}{pick('ABC')}, Building {R.randrange(1, 20)}, ",
                          f"{R.randrange(2, 30)}F, Tower {pick('AB')}, ", f"Apt. {room()}, "])
    no = R.randrange(1, 999)
    core = turn("en_core", [f"No. {no} {road}", f"{no} {road}", f"No.{no}, {road}"])
    top = f"{dist}, {city}" + (f", {prov}" if prov and R.random() < 0.6 else "")
    a = f"{pre}{core}, {top}"
    tail = turn("en_tail", ["", f" {R.randrange(100000, 999999)}", ", China", f", {R.randrange(100000, 999999)}, P.R.C.", f" {R.randrange(100000, 999999)}, China"])
    form = turn("english", [
        f"Shipping address: {A(a)}{tail}",
        f"Please send the invoice to {A(a)}{tail}. Thanks, {P(pick(EN_NAMES))}",
        f"Our office is at {A(a)}{tail}.",
        f"Consignee: {P(pick(EN_NAMES) + ' Wang')}\nAddress: {A(a)}{tail}\nTel: {PHONE(mobile())}",
        f"Venue: {A(a)}{tail} (5 min walk from the metro)",
    ])
    return "english", form, None


def layout() -> Doc:
    """Addresses broken across lines, in table cells, JSON and CSV fields."""
    p = place()
    prov, city, dists, _ = p
    d = pick(dists)
    detail = f"{pick(ROADS)}{number()}号{unit()}"
    name, ph = ZH.name(), mobile()
    k = turn("layout", range(8))
    if k == 0:
        text = f"收货地址：{A(f'{prov}{city}{d}' + chr(10) + detail, 'linebreak')}\n收货人：{P(name)}"
    elif k == 1:
        text = (f"| 省份 | 城市 | 区县 | 详细地址 | 收件人 |\n|---|---|---|---|---|\n"
                f"| {prov or city} | {city} | {d} | {A(detail)} | {P(name)} |")
    elif k == 2:
        rec = json.dumps({"name": "@N@", "phone": "@T@", "address": "@A@"}, ensure_ascii=False)
        text = rec.replace("@N@", P(name)).replace("@T@", PHONE(ph)).replace("@A@", A(full_addr(p)))
    elif k == 3:
        rec = json.dumps({"province": prov or city, "city": city, "district": d, "detail": "@D@", "zip": postcode(p)},
                         ensure_ascii=False)
        text = rec.replace("@D@", A(detail))
    elif k == 4:
        text = f"姓名,电话,地址,邮编\n{P(name)},{PHONE(ph)},{A(full_addr(p))},{postcode(p)}"
    elif k == 5:
        text = f"省,市,区,详细地址,联系人\n{prov or city},{city},{d},{A(detail)},{P(name)}"
    elif k == 6:
        text = f"地址：{A(f'{city}{d}{pick(ROADS)}' + chr(10) + f'{number()}号{unit()}', 'linebreak')}\n电话：{PHONE(ph)}"
    else:
        text = f"收件人\t电话\t地址\n{P(name)}\t{PHONE(ph)}\t{A(addr(p))}"
    return "layout", text, None


def numerals() -> Doc:
    """House numbers and units written in Chinese numerals."""
    p = place()
    h = division_head(p)
    n = cn_number(R.randrange(1, 200))
    tail = turn("cn_tail", ["", f"{cn_number(R.randrange(1, 20))}号楼", f"{pick(ESTATES)}{cn_number(R.randrange(1, 20))}栋",
                            f"{cn_number(R.randrange(1, 10))}单元", f"{pick(BUILDINGS)}{cn_number(R.randrange(2, 30))}楼"])
    a = f"{h}{pick(ROADS)}{n}号{tail}"
    form = turn("numerals", [
        f"地址是{A(a, 'cn_numeral')}，你记一下",
        f"我家在{A(a, 'cn_numeral')}，进门右拐",
        f"来{A(a, 'cn_numeral')}找我，电话{PHONE(mobile())}",
        f"会场设在{A(a, 'cn_numeral')}。",
    ])
    return "numerals", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (lead_in, 16), (follow, 16), (units, 16), (no_head, 10), (rural, 10), (hong_kong, 8), (taiwan, 8), (english, 10),
    (layout, 10), (numerals, 8),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def neg_place() -> Doc:
    """A division, a district or 北京市朝阳区 with no street."""
    p = place()
    prov, city, dists, _ = p
    d = pick(dists)
    form = turn("neg_place", [
        f"我们公司在[[place_name:{city}{d}]]，具体位置到时候发你。",
        f"收货地址：[[place_name:{prov}{city}{d}]]（详细地址请补充）",
        f"他户口在[[place_name:{city}]]，现在住[[place_name:{d}]]那一片。",
        f"这次调研覆盖[[place_name:{city}]]的[[place_name:{dists[0]}]]、[[place_name:{dists[1]}]]两个区县。",
        f"搬到了[[place_name:{city}{d}]]，离公司远了点。",
        f"位于[[place_name:{prov}{city}]]东部，交通便利。",
        f"在[[place_name:{d}]]上班的话，租房建议找地铁沿线。",
        f"住址：[[place_name:{city}{d}]]，其余不详。",
    ])
    return "neg_place", form, None


def neg_road() -> Doc:
    """A road, an intersection, an estate or a landmark without a house number."""
    r1, r2 = R.sample(ROADS, 2)
    form = turn("neg_road", [
        f"[[place_name:{r1}]]在修路，绕[[place_name:{r2}]]走吧。",
        f"地址在[[place_name:{r1}]]那边，具体门牌号我忘了。",
        f"我们约在[[place_name:{r1}]]和[[place_name:{r2}]]交叉口，路口东北角。",
        f"[[landmark:{pick(BUILDINGS)}]]门口新开了一家奶茶店。",
        f"他住[[place_name:{pick(ESTATES)}]]，具体几栋不清楚。",
        f"到[[landmark:{pick(LANDMARKS)}]]旁边下车，往前走一百米。",
        f"[[place_name:{r1}]]东侧的停车场周末免费。",
        f"寄至[[landmark:{pick(BUILDINGS)}]]前台，前台会代收。",
    ])
    return "neg_road", form, None


def neg_label() -> Doc:
    """Address labels with nothing, a placeholder or a reference after them."""
    form = turn("neg_label", [
        "注册地址：\n经营地址：\n（以上信息待补充）",
        "公司名称：________\n注册地址：________\n法定代表人：________",
        "收货地址：同上",
        "住址：详见身份证复印件",
        "办公地点：线上（腾讯会议）",
        "通讯地址：（未填写）",
        "{\"address\": \"\", \"detail\": null, \"zip\": \"\"}",
        "寄件地址：与注册地址一致",
        "地址：略",
        "Address: N/A",
        "户籍地址：见附件二",
        "省,市,区,详细地址\n,,,",
    ])
    return "neg_label", form, None


def neg_number() -> Doc:
    """号 and Chinese numerals that are not house numbers; rooms and floors without a place."""
    form = turn("neg_number", [
        "三十八号选手请到后台候场。",
        f"{R.randrange(1, 12)}月{R.randrange(1, 28)}号下午开会，地点待定。",
        f"会议改到{room()}室，Room {room()}留给面试。",
        "负一楼停车场在做保洁，请停地面。",
        "门卫室收快递到晚上八点，地下室的储物间别放易燃物。",
        f"B座{R.randrange(3, 30)}层东侧的会议室有投影。",
        f"第{cn_number(R.randrange(2, 30))}号文件已经下发，请各部门学习。",
        f"{R.randrange(2, 9)}号楼{R.randrange(1, 6)}单元的电梯在维修。",
        f"Room {room()}, Building {R.randrange(1, 9)} is where the training is held.",
        f"排号到{R.randrange(20, 90)}号了，前面还有五个人。",
    ])
    return "neg_number", form, None


def neg_foreign() -> Doc:
    """Places in English alone, Hong Kong and Taiwan districts and roads alone."""
    dist, city, prov, road = pick(EN_PLACES)
    form = turn("neg_foreign", [
        f"Our team is based in {dist}, {city}.",
        f"{road} is closed for the marathon this Sunday.",
        f"We visited {city}, {prov or 'China'} last spring.",
        "我哋喺[[place_name:深水埗]]食咗碗雲吞麵，之後去咗[[place_name:旺角]]行街。",
        "[[place_name:新竹市東區]]今天停水，[[place_name:光復路]]一帶影響最大。",
        "下週去[[place_name:臺南]]玩，想住[[place_name:中西區]]附近。",
        "The Hong Kong office moved from Kowloon to Tsuen Wan.",
        "[[place_name:宜蘭縣羅東鎮]]的夜市很好逛。",
    ])
    return "neg_foreign", form, None


def neg_rural() -> Doc:
    """A town, a village or a village group alone."""
    form = turn("neg_rural", [
        f"[[place_name:{pick(TOWNS)}]]今年的脐橙丰收了。",
        f"[[place_name:{pick(VILLAGES)}]]和[[place_name:{pick(VILLAGES)}]]之间修了一条水泥路。",
        f"三组和五组的村民明天开会。",
        f"他是[[place_name:{pick(TOWNS)}]]人，在外打工十几年。",
        f"去[[place_name:{pick(VILLAGES)}]]的班车一天两趟。",
        f"二社的地已经分好了，四社还在量。",
    ])
    return "neg_rural", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_place, 9), (neg_road, 9), (neg_label, 12), (neg_number, 10), (neg_foreign, 8), (neg_rural, 6),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
