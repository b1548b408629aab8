"""Round 10 blind corpus (ADDRESS): where an address starts and where it ends, in the forms people write.

Why: on the hold-out, ADDRESS is found (overlap F1 0.93) but its exact span often differs from the gold (exact F1
0.80). This round measures the boundaries: addresses with and without their province and city, down to 号楼 /
栋 / 单元 / 室 / 层 / 座 / 组, estates with dash-joined building-unit-room numbers, postcodes before or after them,
landmarks after them (附近 / 对面 / 旁边 / 门口), people's names and phone numbers glued to them on shipping labels,
English-written mainland addresses, Hong Kong and Taiwanese addresses, addresses inside sentences, form fields,
JSON and tables.

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on it: the
span runs from the highest administrative unit written (a leading label such as 地址： is no part of it) down to
the finest unit written (a building name after the house number is finer than the number); the postcode is left
out wherever it stands; a landmark the address is near, and the words saying so, are left out; a city, district,
road, estate or landmark alone is no address. English-written addresses run from the finest unit to the highest
division written, the postcode and the country left out. About 30% of the documents have no gold and use the same
shapes with places alone, landmarks, dates written with 号, metro lines and building numbers without a place.
Places are real divisions; roads, estates, buildings, people and numbers are invented (Faker zh_CN for people);
the output follows only the seed.

    python -m bench.eval.blind.round10_addresses    # writes bench/eval/corpus/blind-round10a.jsonl
    python -m bench.eval.blind.build --round10a     # the same, wired like the other rounds
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

SEED = 100203
SPLIT = "round10a"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round10a.jsonl"
POS_COPIES = 9
NEG_COPIES = 8

ZH = Faker("zh_CN")

# (province, city, [districts], postcode prefix); municipalities have no province
PLACES: list[tuple[str, str, list[str], str]] = [
    ("", "北京市", ["海淀区", "朝阳区", "丰台区", "通州区"], "100"),
    ("", "上海市", ["闵行区", "浦东新区", "长宁区", "宝山区"], "200"),
    ("", "重庆市", ["九龙坡区", "南岸区", "渝北区"], "400"),
    ("浙江省", "杭州市", ["拱墅区", "萧山区", "临平区", "钱塘区"], "310"),
    ("浙江省", "绍兴市", ["越城区", "柯桥区"], "312"),
    ("江苏省", "常州市", ["武进区", "新北区", "天宁区"], "213"),
    ("江苏省", "南通市", ["崇川区", "通州区"], "226"),
    ("广东省", "东莞市", ["南城街道", "松山湖"], "523"),
    ("广东省", "珠海市", ["香洲区", "金湾区"], "519"),
    ("广东省", "深圳市", ["龙华区", "光明区", "坪山区"], "518"),
    ("山东省", "烟台市", ["芝罘区", "莱山区", "福山区"], "264"),
    ("河南省", "新乡市", ["红旗区", "牧野区"], "453"),
    ("湖南省", "株洲市", ["天元区", "芦淞区"], "412"),
    ("四川省", "绵阳市", ["涪城区", "游仙区"], "621"),
    ("福建省", "泉州市", ["丰泽区", "鲤城区", "晋江市"], "362"),
    ("江西省", "南昌市", ["红谷滩区", "青山湖区", "西湖区"], "330"),
    ("辽宁省", "大连市", ["沙河口区", "高新园区", "金州区"], "116"),
    ("陕西省", "咸阳市", ["秦都区", "渭城区"], "712"),
    ("安徽省", "芜湖市", ["镜湖区", "鸠江区"], "241"),
    ("贵州省", "贵阳市", ["观山湖区", "南明区", "云岩区"], "550"),
]
ROADS = ["文澜路", "秋涛北路", "启航大道", "锦绣东街", "龙腾路", "青枫路", "望湖南路", "海棠街", "云帆路", "兴旺大道",
         "松涛路", "银杏东路", "听潮路", "丹桂街", "北辰西路", "星海大道", "梧桐路", "翠屏南路", "长青街", "晨曦路"]
ESTATES = ["翠湖湾", "云栖苑", "金色家园", "枫林绿洲", "锦绣华庭", "阳光水岸", "书香名邸", "桂语江南", "和园",
           "绿城桂花园", "星河湾", "溪山郡"]
TOWERS = ["鼎诚大厦", "汇智中心", "星耀国际", "创智广场", "银河科技园", "天元大厦", "恒隆写字楼", "润泽商务中心"]
LANDMARKS = ["地铁站", "万象城", "人民医院", "老菜市场", "肯德基", "邮政网点", "公交总站", "体育馆"]
SUBDISTRICTS = ["新城街道", "东湖街道", "城南街道", "滨江街道", "湖滨街道"]
COUNTIES = [("河南省", "周口市", "郸城县", ["汲冢镇", "宁平镇"]), ("安徽省", "阜阳市", "临泉县", ["杨桥镇", "瓦店镇"]),
            ("山东省", "菏泽市", "曹县", ["青菏镇", "韩集镇"]), ("四川省", "南充市", "仪陇县", ["新政镇", "金城镇"]),
            ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇"])]
VILLAGES = ["王楼村", "前营村", "刘寨村", "大柳树村", "杏花村", "东岗村", "石桥村"]
HK = [("九龍", "旺角", ["彌敦道", "亞皆老街", "西洋菜南街"]), ("香港島", "灣仔", ["軒尼詩道", "告士打道", "駱克道"]),
      ("新界", "沙田", ["大涌橋路", "源禾路"]), ("九龍", "觀塘", ["開源道", "鴻圖道", "巧明街"])]
HK_BUILDINGS = ["恒輝大廈", "永利中心", "嘉業商業大廈", "德發工業大廈", "海濱廣場"]
TW = [("臺北市", "大安區", ["和平東路", "信義路", "羅斯福路"], "106"), ("新北市", "板橋區", ["文化路", "縣民大道"], "220"),
      ("臺中市", "西屯區", ["臺灣大道", "朝富路"], "407"), ("高雄市", "鼓山區", ["美術東二路", "明華路"], "804"),
      ("桃園市", "中壢區", ["中央西路", "環中東路"], "320")]
EN_PLACES = [("Linping District", "Hangzhou", "Zhejiang", "Wenlan Road"), ("Minhang District", "Shanghai", "", "Qitao Road"),
             ("Longhua District", "Shenzhen", "Guangdong", "Qihang Avenue"), ("Wujin District", "Changzhou", "Jiangsu", "Songtao Road"),
             ("Zhifu District", "Yantai", "Shandong", "Haitang Street"), ("Guanshanhu District", "Guiyang", "Guizhou", "Xinghai Avenue"),
             ("Tongzhou District", "Beijing", "", "Yunfan Road"), ("Xiangzhou District", "Zhuhai", "Guangdong Province", "Tingchao Road")]


# ------------------------------------------------------------------------------------------------ address parts
def unit_tail(r: random.Random) -> str:
    """What follows the house number, finest units last (may be nothing)."""
    k = r.randrange(9)
    b, u, f = r.randrange(1, 30), r.randrange(1, 6), r.randrange(2, 33)
    room = f"{f}{r.randrange(1, 9):02d}"
    return [
        "", f"{b}号楼{u}单元{room}室", f"{b}栋{u}单元{room}", f"{r.choice(TOWERS)}{f}层", f"{r.choice(TOWERS)}{r.choice('ABCD')}座{room}室",
        f"{r.choice(ESTATES)}{b}幢{room}室", f"{r.choice(ESTATES)}{b}-{u}-{room}", f"{f}楼", f"院{r.randrange(1, 12)}号楼{room}",
    ][k]


def mainland(r: random.Random, level: int | None = None) -> tuple[str, str, str]:
    """(address, city, postcode): level 0 province-first, 1 city-first, 2 district-first, 3 road-first."""
    prov, city, dists, pc = r.choice(PLACES)
    dist = r.choice(dists)
    lv = r.randrange(4) if level is None else level
    head = [prov + city + dist, city + dist, dist, ""][lv]
    if lv <= 1 and r.random() < 0.25:
        head += r.choice(SUBDISTRICTS)
    road = f"{r.choice(ROADS)}{r.randrange(1, 999)}号"
    return head + road + unit_tail(r), city, pc + f"{r.randrange(0, 999):03d}"


def estate_only(r: random.Random) -> str:
    """An estate address with no road: the estate under its district, then building, unit, room."""
    _, city, dists, _ = r.choice(PLACES)
    return f"{city}{r.choice(dists)}{r.choice(ESTATES)}{r.randrange(1, 30)}栋{r.randrange(1, 5)}单元{r.randrange(2, 30)}0{r.randrange(1, 6)}室"


def rural(r: random.Random) -> str:
    prov, city, county, towns = r.choice(COUNTIES)
    head = r.choice([prov + city + county, city + county, prov + county])
    return f"{head}{r.choice(towns)}{r.choice(VILLAGES)}{r.choice(['一', '二', '三', '五', '七'])}组"


def hong_kong(r: random.Random) -> str:
    area, dist, roads = r.choice(HK)
    return (f"{r.choice(['香港', ''])}{area}{dist}{r.choice(roads)}{r.randrange(1, 400)}號{r.choice(HK_BUILDINGS)}"
            f"{r.randrange(2, 30)}樓{r.choice(['', str(r.randrange(1, 20)) + '室', r.choice('ABCDEF') + '室'])}")


def taiwan(r: random.Random) -> tuple[str, str]:
    city, dist, roads, pc = r.choice(TW)
    sec = r.choice(["", f"{r.choice('一二三四')}段"])
    lane = r.choice(["", f"{r.randrange(2, 300)}巷", f"{r.randrange(2, 300)}巷{r.randrange(1, 30)}弄"])
    floor = r.choice(["", f"{r.randrange(2, 20)}樓", f"{r.randrange(2, 20)}樓之{r.randrange(1, 6)}"])
    return f"{city}{dist}{r.choice(roads)}{sec}{lane}{r.randrange(1, 400)}號{floor}", pc


def english(r: random.Random) -> tuple[str, str]:
    dist, city, prov, road = r.choice(EN_PLACES)
    pre = r.choice(["", f"Room {r.randrange(2, 30)}0{r.randrange(1, 9)}, ", f"Unit {r.randrange(1, 9)}{r.choice('ABC')}, Building {r.randrange(1, 20)}, ",
                    f"{r.randrange(2, 30)}F, Block {r.choice('ABC')}, ", f"Flat {r.randrange(1, 30)}0{r.randrange(1, 6)}, "])
    no = r.randrange(1, 999)
    core = r.choice([f"No. {no} {road}", f"{no} {road}"])
    tail = f", {dist}, {city}" + (f", {prov}" if prov else "")
    return pre + core + tail, f"{r.randrange(100, 800)}{r.randrange(0, 999):03d}"


# ------------------------------------------------------------------------------------------------ documents with gold
def pos_shipping_label(r: random.Random) -> Doc:
    d = Doc("shipping_label")
    a, _, pc = mainland(r, r.choice([0, 1]))
    d.t("收件人：").p(ZH.name()).t(" ").g("CN_PHONE", ZH.phone_number()).t("\n收货地址：").g("ADDRESS", a)
    d.t(r.choice(["\n", f"\n邮编：{pc}\n", f"（{pc}）\n", f" {pc}\n"])).t("备注：工作日白天送货\n")
    return d


def pos_oneline_label(r: random.Random) -> Doc:
    d = Doc("oneline_label")
    a, _, _ = mainland(r, r.choice([0, 1]))
    name = ZH.name()
    if r.random() < 0.5:
        d.p(name).t("，").g("CN_PHONE", ZH.phone_number()).t("，").g("ADDRESS", a).t("\n")
    else:
        d.g("ADDRESS", a).t(" ").p(name).t(" ").g("CN_PHONE", ZH.phone_number()).t("\n")
    d.t("帮我把上面这条拆成姓名、电话、地址三列。\n")
    return d


def pos_chat_near(r: random.Random) -> Doc:
    d = Doc("chat_landmark_after")
    a, _, _ = mainland(r, r.choice([1, 2, 3]))
    d.p(ZH.name()).t("：周六聚餐定在").g("ADDRESS", a).t(r.choice(["附近", "对面", "旁边", "门口"]))
    d.t("的那家火锅店，靠近").d("landmark", r.choice(LANDMARKS)).t("。\n").p(ZH.name()).t("：收到，我").d("date", f"{r.randrange(1, 12)}月{r.randrange(1, 28)}号").t("之前都有空。\n")
    return d


def pos_sentence_move(r: random.Random) -> Doc:
    d = Doc("sentence_moved")
    a, _, _ = mainland(r)
    d.t(r.choice(["我们家上个月搬到了", "公司已经迁到", "新仓库在", "麻烦把发票寄到"])).g("ADDRESS", a)
    d.t(r.choice(["，以后快递都寄这里。", "，原地址作废。", "，谢谢！", "，到了给我打电话。"])).t("\n")
    return d


def pos_form_fields(r: random.Random) -> Doc:
    d = Doc("form_fields")
    a, _, pc = mainland(r, 0)
    b = estate_only(r) if r.random() < 0.5 else rural(r)
    d.t("姓名：").p(ZH.name()).t("\n现住址：").g("ADDRESS", a).t(f"\n邮政编码：{pc}\n户籍地址：").g("ADDRESS", b).t("\n")
    return d


def pos_postcode_first(r: random.Random) -> Doc:
    d = Doc("postcode_first")
    a, _, pc = mainland(r, 0)
    d.t("寄：").t(pc).t(" ").g("ADDRESS", a).t("\n").p(ZH.name()).t("（收）\n")
    return d


def pos_english(r: random.Random) -> Doc:
    d = Doc("english_address")
    a, pc = english(r)
    d.t(r.choice(["Ship to: ", "Registered address: ", "Please deliver the samples to "])).g("ADDRESS", a)
    d.t(r.choice([f" {pc}, China", f", {pc}", ", P.R. China", f" {pc}", ""])).t(r.choice([".\n", "\n"]))
    d.t("Attn: ").p(ZH.name()).t("\n")
    return d


def pos_hk(r: random.Random) -> Doc:
    d = Doc("hong_kong_address")
    d.t(r.choice(["公司地址：", "通訊地址：", "請寄到"])).g("ADDRESS", hong_kong(r))
    d.t(r.choice(["，聯絡人", "。收件人"])).p(r.choice(["陳", "黃", "梁", "何"]) + r.choice(["嘉欣", "志明", "家樂", "詠琪"])).t("。\n")
    return d


def pos_tw(r: random.Random) -> Doc:
    d = Doc("taiwan_address")
    a, pc = taiwan(r)
    d.t(r.choice(["收件地址：", "地址：", "我家在"])).t(r.choice([pc, pc + " ", ""])).g("ADDRESS", a)
    d.t(r.choice(["，晚上七點後在家。", "\n", "，麻煩寄掛號。"])).t("\n")
    return d


def pos_json(r: random.Random) -> Doc:
    d = Doc("json_address")
    a, _, pc = mainland(r, 0)
    d.t('{"name": "').p(ZH.name()).t('", "address": "').g("ADDRESS", a).t(f'", "zip": "{pc}", "vip": true}}\n')
    d.t("这个用户的地址格式对吗？\n")
    return d


def pos_table(r: random.Random) -> Doc:
    d = Doc("address_table")
    d.t("门店 | 地址 | 营业时间\n")
    for i in range(r.randrange(2, 4)):
        a, _, _ = mainland(r, r.choice([1, 2]))
        d.t(f"{r.choice(['旗舰店', '一店', '二店', '社区店'])}{i + 1} | ").g("ADDRESS", a).t(f" | 10:00-2{r.randrange(0, 3)}:00\n")
    return d


def pos_spaced(r: random.Random) -> Doc:
    d = Doc("spaced_parts")
    prov, city, dists, _ = r.choice([p for p in PLACES if p[0]])
    a = f"{prov} {city} {r.choice(dists)} {r.choice(ROADS)}{r.randrange(1, 500)}号{unit_tail(r)}"
    d.t("地址: ").g("ADDRESS", a).t("\n电话: ").g("CN_PHONE", ZH.phone_number()).t("\n")
    return d


def pos_ticket_wrong(r: random.Random) -> Doc:
    d = Doc("ticket_address_change")
    a, _, _ = mainland(r, 1)
    b, _, _ = mainland(r, 1)
    d.t(f"工单 {r.randrange(10**7, 10**8)}：客户反映收货地址填错了，原地址").g("ADDRESS", a).t("，需改为").g("ADDRESS", b)
    d.t("。订单号").d("order_no", f"SO{r.randrange(10**11, 10**12)}").t("，请仓库拦截。\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    pos_shipping_label, pos_oneline_label, pos_chat_near, pos_sentence_move, pos_form_fields, pos_postcode_first,
    pos_english, pos_hk, pos_tw, pos_json, pos_table, pos_spaced, pos_ticket_wrong,
]


# ------------------------------------------------------------------------------------------------ documents without gold
def neg_places(r: random.Random) -> Doc:
    d = Doc("neg_places_alone")
    _, city, dists, _ = r.choice(PLACES)
    d.t("下周去").d("place_name", city + r.choice(dists)).t("出差，住在").d("landmark", r.choice(ROADS)).t("那边，离")
    d.d("landmark", r.choice(TOWERS)).t("不远。\n")
    return d


def neg_dates(r: random.Random) -> Doc:
    d = Doc("neg_dates_hao")
    d.t("会议改到").d("date", f"{r.randrange(1, 12)}月{r.randrange(1, 28)}号").t("下午，在").d("landmark", f"{r.randrange(2, 9)}号楼")
    d.t(f"{r.randrange(2, 9)}0{r.randrange(1, 9)}会议室，坐地铁").d("metro", f"{r.randrange(1, 15)}号线").t("到终点站。\n")
    return d


def neg_landmarks(r: random.Random) -> Doc:
    d = Doc("neg_landmarks")
    d.t("在").d("landmark", r.choice(LANDMARKS)).t("门口等你，或者").d("landmark", r.choice(ESTATES)).t("东门也行，")
    d.t(f"停车场B{r.randrange(1, 4)}层有位置。\n")
    return d


def neg_postcodes(r: random.Random) -> Doc:
    d = Doc("neg_postcode_question")
    _, city, _, pc = r.choice(PLACES)
    d.d("place_name", city).t(f"的邮编是{pc}{r.randrange(0, 999):03d}吗？还是按区分的？\n")
    return d


def neg_english(r: random.Random) -> Doc:
    d = Doc("neg_english_places")
    dist, city, _, road = r.choice(EN_PLACES)
    d.t(f"Our team is based in {city}; most of us live around {road}, and the new office will be in {dist} next year.\n")
    return d


def neg_rooms(r: random.Random) -> Doc:
    d = Doc("neg_rooms_alone")
    d.t(f"面试在{r.randrange(2, 20)}楼{r.randrange(1, 20):02d}室，带好身份证；").d("landmark", f"{r.choice('ABCD')}座")
    d.t(f"电梯只到{r.randrange(10, 30)}层，剩下走楼梯。\n")
    return d


def neg_tw_hk(r: random.Random) -> Doc:
    d = Doc("neg_tw_hk_places")
    city, dist, roads, _ = r.choice(TW)
    d.t("上次去").d("place_name", city + dist).t("吃的那家在").d("landmark", r.choice(roads)).t("上，")
    d.t("香港那邊我只去過").d("place_name", r.choice(["旺角", "灣仔", "沙田"])).t("。\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_places, neg_dates, neg_landmarks, neg_postcodes, neg_english, neg_rooms, neg_tw_hk,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-10 ADDRESS record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    ZH.seed_instance(seed)
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    return unique_records(plan, r, SPLIT)


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "ADDRESS", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
