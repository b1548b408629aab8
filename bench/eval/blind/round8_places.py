"""Round 8 blind corpus: organisation names and street addresses as business text really writes them.

Why: on the hold-out, ORG and ADDRESS are found but their exact spans are often too short or too long, and
generic references (本公司, 贵司, 该银行) still become ORG findings. This round is written from the labeling
conventions only (/work/shared/eval/README.md), before reading the org / address recognizers:

- ADDRESS runs from the highest administrative unit written down to the finest unit (号 / 栋 / 单元 / 室 / 层 /
  座 / 组), postcode excluded; landmarks after the address (附近, 旁, 对面) are not part of it; a city, district,
  road or landmark alone is no address.
- ORG is the full name as written (companies, bank branches, hospitals, universities, bureaus, law firms,
  English company names); a short name introduced by 以下简称 is optional; generic references are decoys.

Documents come from seeded templates with synthetic names and places: contracts, 开票信息, shipping labels,
chat, bank remittance notes, hospital and university letters, bureau notices, lawyer letters, English invoices,
supplier tables, Taiwanese and Hong Kong addresses; more than a third have no gold at all and are full of
generic references, place names alone, landmarks, brands and 公司 in prose.

    python -m bench.eval.blind.build --round8       # writes bench/eval/corpus/blind-round8.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from bench.eval.blind.build import interleave

SEED = 80817
R = random.Random(SEED)

# --- places: (province, [(city, [districts])]); municipalities have no province level -------------------------
PROVINCES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("", [("北京市", ["海淀区", "朝阳区", "丰台区", "东城区", "通州区", "昌平区"])]),
    ("", [("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "嘉定区"])]),
    ("", [("天津市", ["和平区", "南开区", "滨海新区", "西青区"])]),
    ("", [("重庆市", ["渝中区", "江北区", "渝北区", "沙坪坝区"])]),
    ("广东省", [("广州市", ["天河区", "越秀区", "番禺区", "白云区"]), ("深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
             ("东莞市", ["松山湖", "南城街道", "长安镇"]), ("佛山市", ["顺德区", "南海区", "禅城区"])]),
    ("浙江省", [("杭州市", ["西湖区", "滨江区", "余杭区", "上城区", "拱墅区"]), ("宁波市", ["鄞州区", "海曙区", "北仑区"]),
             ("温州市", ["鹿城区", "瓯海区", "乐清市"]), ("金华市", ["义乌市", "婺城区", "东阳市"])]),
    ("江苏省", [("南京市", ["鼓楼区", "玄武区", "江宁区", "建邺区"]), ("苏州市", ["工业园区", "姑苏区", "吴中区", "昆山市"]),
             ("无锡市", ["滨湖区", "梁溪区", "江阴市"])]),
    ("四川省", [("成都市", ["武侯区", "锦江区", "高新区", "郫都区", "双流区"]), ("绵阳市", ["涪城区", "游仙区"])]),
    ("湖北省", [("武汉市", ["洪山区", "江汉区", "武昌区", "东西湖区"]), ("宜昌市", ["西陵区", "夷陵区"])]),
    ("山东省", [("济南市", ["历下区", "市中区", "槐荫区"]), ("青岛市", ["市南区", "崂山区", "黄岛区"]),
             ("临沂市", ["兰山区", "沂南县", "费县"])]),
    ("河南省", [("郑州市", ["金水区", "中原区", "二七区", "郑东新区"]), ("洛阳市", ["洛龙区", "涧西区", "偃师区"])]),
    ("陕西省", [("西安市", ["雁塔区", "碑林区", "未央区", "长安区"])]),
    ("福建省", [("厦门市", ["思明区", "湖里区", "集美区"]), ("福州市", ["鼓楼区", "仓山区", "闽侯县"])]),
    ("湖南省", [("长沙市", ["岳麓区", "天心区", "开福区", "长沙县"])]),
    ("安徽省", [("合肥市", ["蜀山区", "包河区", "庐阳区"]), ("阜阳市", ["颍州区", "临泉县", "太和县"])]),
    ("河北省", [("石家庄市", ["裕华区", "长安区", "桥西区"]), ("保定市", ["竞秀区", "莲池区", "涿州市"])]),
    ("云南省", [("昆明市", ["五华区", "盘龙区", "官渡区"]), ("大理白族自治州", ["大理市", "宾川县"])]),
    ("广西壮族自治区", [("南宁市", ["青秀区", "西乡塘区", "兴宁区"]), ("桂林市", ["七星区", "秀峰区", "阳朔县"])]),
    ("新疆维吾尔自治区", [("乌鲁木齐市", ["天山区", "沙依巴克区", "新市区"])]),
    ("内蒙古自治区", [("呼和浩特市", ["赛罕区", "新城区"]), ("锡林郭勒盟", ["锡林浩特市"])]),
    ("黑龙江省", [("哈尔滨市", ["南岗区", "道里区", "香坊区"])]),
    ("辽宁省", [("大连市", ["甘井子区", "中山区", "金州区"]), ("沈阳市", ["和平区", "浑南区", "铁西区"])]),
]
ROADS = ["人民路", "中山路", "建设路", "解放大道", "科技园南路", "长江路", "文三路", "学院路", "滨河东路", "新华街",
         "和平里北街", "光明大道", "迎宾大道", "工业一路", "创业路", "花园街", "幸福路", "体育西路", "东风路", "青年大街",
         "高新四道", "金桥路", "天府三街", "望京东路", "南京西路", "珠江东路", "湖滨南路", "明珠大道", "兴业街", "朝阳北路",
         "经七路", "纬二路", "黄河路", "港城大道", "环城西路", "公园路", "复兴路", "振兴大街", "云栖路", "友谊路"]
TOWNS = ["城关镇", "杨桥镇", "桃源镇", "新兴镇", "青山乡", "岸堤镇", "白马镇", "河口乡", "石桥镇", "大营镇"]
VILLAGES = ["王庄村", "李家村", "杜楼村", "前进村", "东湖村", "马坊村", "小河村", "红旗村", "十里铺村", "张湾村"]
STREETS = ["五里墩街道", "福田街道", "西湖街道", "龙华街道", "东湖街道", "花园路街道", "中关村街道", "南湖街道"]
COMMUNITIES = ["幸福里社区", "阳光社区", "丽景社区", "翠湖社区", "新村社区", "和谐家园社区"]
ESTATES = ["阳光花园", "翠苑三区", "万科城市花园", "保利香槟国际", "绿地世纪城", "碧桂园凤凰城", "金地格林小镇",
           "华润城", "龙湖时代天街", "中海国际社区", "锦绣江南", "融创玖玺台", "世纪新城", "东方明珠花园"]
TOWERS = ["国贸大厦", "环球金融中心", "创新大厦", "科技园大厦", "时代广场", "财富中心", "万达广场", "海岸城",
          "软件园二期", "智慧谷产业园", "汇金中心", "星河WORLD", "SOHO现代城", "中央商务大厦"]
LANDMARKS = ["万达广场", "人民公园", "地铁站B口", "市图书馆", "工商银行网点", "体育中心", "老邮局", "中心小学",
             "肯德基", "农贸市场", "高铁站", "汽车南站", "加油站", "大润发超市"]

# --- Taiwan and Hong Kong (traditional characters, 段 / 巷 / 弄 / 樓 / 之) ----------------------------------------
TW_CITIES = [("臺北市", ["大安區", "信義區", "中山區", "內湖區"], ["忠孝東路", "復興南路", "敦化北路", "民生東路", "內湖路"]),
             ("新北市", ["板橋區", "新莊區", "中和區", "三重區"], ["文化路", "中正路", "中山路", "重新路"]),
             ("台中市", ["西屯區", "北屯區", "南屯區"], ["台灣大道", "文心路", "崇德路", "五權西路"]),
             ("高雄市", ["前鎮區", "苓雅區", "左營區"], ["中山二路", "四維三路", "博愛二路", "自由路"]),
             ("桃園市", ["中壢區", "桃園區"], ["中正路", "中華路", "環北路"]),
             ("臺南市", ["東區", "安平區"], ["東門路", "永華路"])]
HK_AREAS = [("香港", "九龍", ["尖沙咀", "旺角", "觀塘"], ["彌敦道", "廣東道", "亞皆老街", "開源道"]),
            ("香港", "新界", ["沙田", "荃灣", "將軍澳"], ["沙田正街", "青山公路", "唐德街"]),
            ("香港", "", ["中環", "灣仔", "銅鑼灣"], ["皇后大道中", "告士打道", "軒尼詩道", "德輔道中"])]
HK_TOWERS = ["新港中心", "中環中心", "時代廣場", "朗豪坊", "新城市廣場", "創紀之城", "合和中心"]

# --- organisations ----------------------------------------------------------------------------------------------
BRANDS = ["星辰", "瀚海", "远航", "云图", "金桥", "华信", "鼎泰", "启明", "蓝鲸", "恒通", "新瑞", "智联", "川流",
          "博远", "正和", "天衡", "汇丰源", "北辰", "青禾", "同创", "嘉禾", "鑫达", "润泽", "锐思", "海纳", "佳utf"]
BRANDS = [b for b in BRANDS if b.isascii() is False and "utf" not in b]
TRADES = ["科技", "信息技术", "网络科技", "电子商务", "贸易", "物流", "供应链管理", "建设工程", "医疗器械", "食品",
          "新材料", "智能装备", "文化传媒", "环保科技", "生物医药", "企业管理咨询", "软件", "电子", "餐饮管理", "物业服务"]
FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"]
BANKS = ["中国工商银行股份有限公司", "中国建设银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司",
         "招商银行股份有限公司", "交通银行股份有限公司", "中信银行股份有限公司", "兴业银行股份有限公司",
         "上海浦东发展银行股份有限公司", "中国民生银行股份有限公司", "平安银行股份有限公司", "宁波银行股份有限公司"]
BANKS_SHORT = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行", "中信银行",
               "兴业银行", "浦发银行", "民生银行", "平安银行", "北京银行", "杭州银行", "江苏银行"]
UNIVERSITIES = ["浙江大学", "南京大学", "武汉大学", "四川大学", "中山大学", "厦门大学", "山东大学", "吉林大学",
                "华中科技大学", "西安交通大学", "哈尔滨工业大学", "北京师范大学", "华东师范大学", "上海财经大学",
                "中国人民大学", "南开大学", "湖南师范大学", "郑州大学", "云南大学", "深圳职业技术学院"]
HOSPITALS_FIXED = ["北京协和医院", "复旦大学附属华山医院", "四川大学华西医院", "中山大学附属第一医院",
                   "浙江大学医学院附属邵逸夫医院", "华中科技大学同济医学院附属协和医院", "首都医科大学附属北京天坛医院",
                   "上海交通大学医学院附属瑞金医院", "郑州大学第一附属医院", "中南大学湘雅医院"]
EN_COMPANY_WORDS = ["Acme", "Bluewater", "Northstar", "Evergreen", "Silverline", "Redwood", "Brightpath", "Harbor",
                    "Summit", "Crescent", "Pioneer", "Lumina", "Vertex", "Oakridge", "Golden Bridge"]
EN_TRADES = ["Technology", "Trading", "Logistics", "Electronics", "Textile", "Medical Devices", "Software",
             "Industrial", "Foods", "Packaging"]
EN_FORMS = ["Co., Ltd.", "Co., Ltd.", "Limited", "Inc.", "LLC", "Pte. Ltd.", "GmbH", "Corporation"]
EN_CITIES = ["Shenzhen", "Ningbo", "Suzhou", "Xiamen", "Dongguan", "Hangzhou", "Qingdao", "Shanghai"]

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"]
GIVEN = ["建华", "秀英", "志强", "丽娟", "海燕", "伟", "敏", "静", "磊", "洋", "婷婷", "子涵", "宇航", "欣怡", "国栋",
         "晓峰", "雪梅", "俊杰", "文博", "佳琪"]
TW_GIVEN = ["淑芬", "雅婷", "宗翰", "家豪", "怡君", "冠宇", "志明", "美玲"]
HK_GIVEN = ["詠詩", "志偉", "嘉欣", "家樂", "美儀", "俊傑"]

GENERIC_ORG = ["本公司", "贵司", "我司", "该公司", "本行", "该行", "贵行", "我院", "本院", "总公司", "子公司",
               "分公司", "甲方公司", "乙方公司", "贵单位", "本单位", "本所", "我校", "贵校", "该银行", "该医院", "集团公司",
               "母公司", "合作方公司", "对方公司", "上级主管部门"]


def pick(seq: list) -> object:
    return R.choice(seq)


def person(pool: list[str] | None = None) -> str:
    return f"{{{{PERSON:{pick(SURNAMES)}{pick(pool or GIVEN)}}}}}"


def mobile() -> str:
    head = pick(["138", "139", "136", "150", "151", "158", "186", "187", "189", "177", "135", "159"])
    return f"{{{{CN_PHONE:{head}{R.randrange(10**7, 10**8)}}}}}"


def landline(city: str) -> str:
    codes = {"北京市": "010", "上海市": "021", "天津市": "022", "重庆市": "023", "广州市": "020", "深圳市": "0755",
             "杭州市": "0571", "南京市": "025", "成都市": "028", "武汉市": "027", "西安市": "029"}
    code = codes.get(city, "0" + str(R.randrange(311, 999)))
    return f"{{{{CN_LANDLINE:{code}-{R.randrange(2, 9)}{R.randrange(10**6, 10**7)}}}}}"


def account_no() -> str:
    """A corporate account number: 19-22 digits that fail Luhn so no checker can take it for a card."""
    while True:
        n = "".join(str(R.randrange(10)) for _ in range(R.choice([19, 20, 21, 22])))
        total = 0
        for i, c in enumerate(reversed(n)):
            d = int(c) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10:
            return n


def place() -> tuple[str, str, str]:
    prov, cities = pick(PROVINCES)
    city, districts = pick(cities)
    return prov, city, pick(districts)


def number() -> str:
    return str(R.choice([R.randrange(1, 30), R.randrange(30, 300), R.randrange(300, 2000)]))


def fine_unit() -> str:
    """The part after 号: building, unit, floor, room in one of the usual written forms."""
    k = R.randrange(9)
    if k == 0:
        return f"{pick(ESTATES)}{R.randrange(1, 30)}栋{R.randrange(1, 6)}单元{R.randrange(1, 33)}0{R.randrange(1, 6)}室"
    if k == 1:
        return f"{pick(ESTATES)}{R.randrange(1, 20)}号楼{R.randrange(1, 30)}0{R.randrange(1, 9)}室"
    if k == 2:
        return f"{pick(TOWERS)}{pick('ABCD')}座{R.randrange(3, 40)}层"
    if k == 3:
        return f"{pick(TOWERS)}{pick('ABC')}座{R.randrange(3, 30)}0{R.randrange(1, 9)}室"
    if k == 4:
        return f"{R.randrange(1, 12)}号楼{R.randrange(1, 6)}层"
    if k == 5:
        return f"{pick(TOWERS)}{R.randrange(5, 45)}楼"
    if k == 6:
        return f"{R.randrange(1, 9)}幢{R.randrange(1, 25)}0{R.randrange(1, 6)}室"
    if k == 7:
        return f"{pick(ESTATES)}{R.randrange(1, 30)}-{R.randrange(1, 4)}-{R.randrange(1, 30)}0{R.randrange(1, 4)}室"
    return ""


def street_address(levels: str = "auto") -> tuple[str, str]:
    """A mainland street address (plain text) and its city, with some higher levels left out."""
    prov, city, dist = place()
    mode = R.randrange(10) if levels == "auto" else {"full": 0, "city": 4, "district": 8}[levels]
    if mode < 4:
        head = prov + city + dist
    elif mode < 8:
        head = city + dist
    else:
        head = dist
    if R.random() < 0.15:
        head += pick(STREETS)
    body = f"{pick(ROADS)}{number()}号"
    if R.random() < 0.12:
        body = f"{pick(ROADS)}{number()}弄{R.randrange(1, 99)}号"
    return head + body + fine_unit(), city


def village_address() -> str:
    prov, city, dist = place()
    if not (dist.endswith("县") or dist.endswith("市")):
        dist = pick(["沂南县", "临泉县", "宾川县", "费县", "太和县", "闽侯县"])
        prov, city = {"沂南县": ("山东省", "临沂市"), "临泉县": ("安徽省", "阜阳市"), "宾川县": ("云南省", "大理白族自治州"),
                      "费县": ("山东省", "临沂市"), "太和县": ("安徽省", "阜阳市"), "闽侯县": ("福建省", "福州市")}[dist]
    head = R.choice([prov + city + dist, city + dist, prov + city + dist])
    tail = R.choice([f"{R.randrange(1, 12)}组{R.randrange(1, 80)}号", f"{R.randrange(1, 12)}组",
                     f"{R.randrange(1, 12)}组{R.randrange(1, 80)}号", f"{R.randrange(1, 200)}号"])
    return head + pick(TOWNS) + pick(VILLAGES) + tail


def community_address() -> str:
    prov, city, dist = place()
    head = R.choice([city + dist, prov + city + dist])
    return f"{head}{pick(STREETS)}{pick(COMMUNITIES)}{R.randrange(1, 40)}栋{R.randrange(1, 30)}0{R.randrange(1, 5)}室"


def tw_address() -> str:
    city, dists, roads = pick(TW_CITIES)
    sec = R.choice(["", "一段", "二段", "三段", "四段"])
    lane = R.choice(["", "", f"{R.randrange(10, 400)}巷", f"{R.randrange(10, 300)}巷{R.randrange(1, 20)}弄"])
    floor = R.choice(["", f"{R.randrange(2, 25)}樓", f"{R.randrange(2, 20)}樓之{R.randrange(1, 6)}", f"{R.randrange(2, 12)}F"])
    return f"{city}{pick(dists)}{pick(roads)}{sec}{lane}{R.randrange(1, 500)}號{floor}"


def hk_address() -> str:
    hk, region, areas, roads = pick(HK_AREAS)
    head = R.choice([hk + region, region, hk]) if region else R.choice([hk, "香港島"])
    tower = R.choice(["", pick(HK_TOWERS)])
    room = R.choice([f"{R.randrange(2, 40)}樓{pick('ABCDEF')}室", f"{R.randrange(2, 40)}樓{R.randrange(1, 30):02d}室",
                     f"{R.randrange(1, 3)}座{R.randrange(2, 40)}樓"])
    return f"{head}{pick(areas)}{pick(roads)}{R.randrange(1, 400)}號{tower}{room}"


def any_address() -> str:
    k = R.randrange(20)
    if k < 12:
        return street_address()[0]
    if k < 15:
        return village_address()
    if k < 17:
        return community_address()
    if k < 19:
        return tw_address()
    return hk_address()


def addr(text: str) -> str:
    return f"{{{{ADDRESS:{text}}}}}"


def trailer() -> str:
    """What people write right after an address: a landmark, a note, nothing."""
    return R.choice(["", "", "", f"（{pick(LANDMARKS)}对面）", f"，{pick(LANDMARKS)}旁边", f"（{pick(LANDMARKS)}附近）",
                     f" {pick(LANDMARKS)}斜对面", "，放门卫就行", "（工作日送）", f"，靠近{pick(LANDMARKS)}"])


def company(city: str | None = None) -> str:
    city = city or place()[1]
    k = R.randrange(8)
    short = city[:-1] if city.endswith("市") else city[:2]
    name = f"{pick(BRANDS)}{pick(TRADES)}"
    if k < 3:
        return f"{city}{name}{pick(FORMS)}"
    if k < 5:
        return f"{short}{name}{pick(FORMS)}"
    if k == 5:
        return f"{pick(BRANDS)}{pick(TRADES)}（{short}）{pick(FORMS)}"
    if k == 6:
        return f"{short}{name}{pick(FORMS)}{pick(['杭州', '成都', '武汉', '西安', '南京'])}分公司"
    return f"{pick(BRANDS)}{pick(TRADES)}{pick(FORMS)}"


def bank_branch(city: str | None = None) -> str:
    city = city or place()[1]
    short = city[:-1] if city.endswith("市") else city
    dist = R.choice(["海淀", "高新", "滨江", "城西", "科技园", "南山", "人民路", "开发区", "中关村", "东城"])
    k = R.randrange(5)
    if k < 2:
        return f"{pick(BANKS)}{short}{dist}支行"
    if k == 2:
        return f"{pick(BANKS_SHORT)}{short}{dist}支行"
    if k == 3:
        return f"{pick(BANKS_SHORT)}{short}分行"
    return f"{pick(BANKS)}{short}分行营业部"


def hospital(city: str | None = None) -> str:
    city = city or place()[1]
    k = R.randrange(5)
    if k == 0:
        return pick(HOSPITALS_FIXED)
    if k == 1:
        return f"{city}第{pick('一二三四五六')}人民医院"
    if k == 2:
        return f"{city}中医院"
    if k == 3:
        return f"{pick(UNIVERSITIES)}附属医院"
    return f"{city}妇幼保健院"


def bureau(city: str | None = None) -> str:
    city = city or place()[1]
    k = R.randrange(6)
    if k == 0:
        return f"{city}市场监督管理局"
    if k == 1:
        return f"国家税务总局{city}税务局"
    if k == 2:
        return f"{city}人力资源和社会保障局"
    if k == 3:
        return f"{city}{pick(['海淀区', '南山区', '西湖区', '武侯区', '天河区'])}人民法院"
    if k == 4:
        return f"{city}公安局{pick(['海淀', '南山', '西湖', '高新', '江北'])}分局"
    return f"{city}住房和城乡建设局"


def law_firm() -> str:
    city = place()[1]
    return R.choice([f"{city[:-1] if city.endswith('市') else city}{pick(BRANDS)}律师事务所",
                     f"{pick(['北京市', '上海市', '广东省', '浙江省'])}{pick(BRANDS)}律师事务所",
                     f"{pick(BRANDS)}（{pick(['深圳', '杭州', '上海'])}）律师事务所",
                     f"{pick(BRANDS)}会计师事务所（特殊普通合伙）"])


def en_company() -> str:
    k = R.randrange(3)
    if k == 0:
        return f"{pick(EN_CITIES)} {pick(EN_COMPANY_WORDS)} {pick(EN_TRADES)} {pick(EN_FORMS)}"
    return f"{pick(EN_COMPANY_WORDS)} {pick(EN_TRADES)} {pick(EN_FORMS)}"


def org(text: str) -> str:
    return f"{{{{ORG:{text}}}}}"


def generic() -> str:
    return f"[[org_generic:{pick(GENERIC_ORG)}]]"


def gen(word: str) -> str:
    return f"[[org_generic:{word}]]"


def with_postcode(address_markup: str) -> str:
    pc = f"{R.randrange(100, 850)}{R.randrange(0, 1000):03d}"
    return R.choice([f"{address_markup}，邮编{pc}", f"{pc} {address_markup}", f"{address_markup}（邮编：{pc}）",
                     f"{address_markup} {pc}", f"[{pc}]{address_markup}"])


def short_name(full: str) -> str:
    """The name people use after 以下简称: the trade-name part of a company name."""
    for b in BRANDS:
        if b in full:
            i = full.index(b)
            return full[i:i + len(b) + 2]
    return full[:4]


# --- documents with gold ----------------------------------------------------------------------------------------
def doc_contract() -> str:
    a_city, b_city = place()[1], place()[1]
    a, b = company(a_city), company(b_city)
    sa = short_name(a)
    intro = R.choice([f"（以下简称“{{{{ORG|opt:{sa}}}}}”或“甲方”）", "（以下简称“甲方”）", "（下称甲方）"])
    return (f"{pick(['技术服务合同', '采购合同', '房屋租赁合同', '软件开发合同', '物流服务协议'])}\n"
            f"甲方：{org(a)}{intro}\n统一社会信用代码：{{{{CN_USCC:@@USCC@@}}}}\n住所：{addr(street_address()[0])}\n"
            f"法定代表人：{person()}\n"
            f"乙方：{org(b)}\n住所地：{addr(street_address()[0])}\n联系人：{person()} 电话：{mobile()}\n"
            f"鉴于{gen('甲方公司')}拟委托{gen('乙方')}提供相关服务，双方经友好协商，达成如下条款。"
            f"{gen('乙方公司')}应在收到{gen('甲方')}书面通知后五个工作日内派员到场。")


def doc_invoice() -> str:
    city = place()[1]
    c = company(city)
    a = street_address(R.choice(["full", "city", "auto"]))[0]
    sep = R.choice([" ", "，", "  ", ""])
    return (f"开票信息{pick(['', '（增值税专用发票）', '如下，请核对'])}\n名称：{org(c)}\n纳税人识别号：{{{{CN_USCC:@@USCC@@}}}}\n"
            f"地址、电话：{addr(a)}{sep}{landline(city)}\n"
            f"开户行及账号：{org(bank_branch(city))} [[account_no:{account_no()}]]\n"
            f"{pick(['发票请寄至财务部。', '请在备注栏注明合同编号。', '', '麻烦开好后拍照发我。'])}")


def doc_shipping() -> str:
    a = any_address()
    mark = addr(a)
    if R.random() < 0.3:
        mark = with_postcode(mark)
    lines = [f"{pick(['收货人', '收件人', '联系人'])}：{person()}", f"{pick(['手机', '电话', '联系电话'])}：{mobile()}",
             f"{pick(['收货地址', '地址', '所在地区+详细地址', '详细地址'])}：{mark}{trailer()}"]
    if R.random() < 0.3:
        lines.append(f"寄件方：{org(company())}")
    if R.random() < 0.5:
        lines.insert(0, pick(["【顺丰速运】电子面单", "请按以下信息发货：", "订单备注", "快递单信息"]))
    return "\n".join(lines)


def doc_chat_address() -> str:
    a = any_address()
    who = person()
    return R.choice([
        f"{who}：到了吗？我家地址是{addr(a)}{trailer()}，到楼下给我打电话",
        f"客服：请问您的收货地址是？\n用户：{addr(a)}{trailer()}\n客服：好的，已为您修改。",
        f"{who}：快递放错了，正确地址 {addr(a)}，麻烦改一下",
        f"帮我把这个地址翻译成英文：{addr(a)}",
        f"用户反馈：订单改地址失败，新地址为「{addr(a)}」，原地址是{addr(any_address())}。",
        f"师傅你好，送到{addr(a)}{trailer()}，谢谢！",
    ])


def doc_bank() -> str:
    city = place()[1]
    br = bank_branch(city)
    c = company(city)
    return R.choice([
        f"请将货款汇入以下账户：\n户名：{org(c)}\n开户行：{org(br)}\n账号：[[account_no:{account_no()}]]\n"
        f"汇款后请将回单发至{gen('我司')}财务邮箱。",
        f"您好，{gen('我司')}在{org(br)}开立的基本户需要变更预留印鉴，请问{gen('贵行')}需要哪些材料？"
        f"{gen('该行')}客户经理说要法人到场。",
        f"Beneficiary: {org(c)}\nBank: {org(br)}\nAccount No.: [[account_no:{account_no()}]]\n"
        f"Bank address: {addr(street_address('city')[0])}",
        f"网点查询结果：{org(br)}，地址：{addr(street_address()[0])}{trailer()}，营业时间 9:00-17:00。",
    ])


def doc_hospital() -> str:
    city = place()[1]
    h = hospital(city)
    return R.choice([
        f"转诊单\n患者：{person()}\n转入医院：{org(h)}\n地址：{addr(street_address()[0])}\n"
        f"{gen('我院')}已完成初步检查，建议{gen('贵院')}进一步评估。",
        f"{person()}你明天去{org(h)}复查，挂号在门诊楼三层，{gen('医院')}停车难，建议坐地铁。",
        f"体检报告出具单位：{org(h)}\n地址：{addr(street_address('full')[0])}\n"
        f"如对结果有疑问，请致电{gen('本院')}体检中心。",
    ])


def doc_university() -> str:
    u = pick(UNIVERSITIES)
    return R.choice([
        f"会议通知\n主办单位：{org(u)}\n会议地点：{addr(street_address()[0])}\n"
        f"请各参会单位于11月20日前回执。{gen('我校')}将安排接站。",
        f"推荐信\n兹推荐{person()}同学攻读{org(u)}硕士研究生。该生在{gen('我校')}学习期间成绩优异。\n"
        f"推荐人单位：{org(pick(UNIVERSITIES))}",
        f"录取通知书邮寄地址：{addr(any_address())}\n收件人：{person()}\n寄件单位：{org(u)}",
    ])


def doc_bureau() -> str:
    city = place()[1]
    b = bureau(city)
    return R.choice([
        f"{org(b)}\n关于开展年度检查的通知\n各有关单位：请于12月31日前将材料报送至{addr(street_address('city')[0])}{trailer()}。"
        f"联系电话：{landline(city)}。{gen('本局')}将对逾期未报的单位依法处理。",
        f"行政处罚决定书\n当事人：{org(company(city))}\n住所：{addr(street_address()[0])}\n"
        f"作出决定机关：{org(b)}",
        f"我昨天去{org(b)}办事，窗口说要先在网上预约。他们的办事大厅在{addr(street_address('city')[0])}。",
    ])


def doc_lawyer() -> str:
    f = law_firm()
    c = company()
    return (f"律师函\n致：{org(c)}\n{org(f)}受{org(company())}委托，就{gen('贵司')}拖欠货款一事致函如下："
            f"请{gen('贵司')}在收到本函之日起七日内付清全部款项，否则{gen('本所')}将依法提起诉讼。\n"
            f"{gen('本所')}地址：{addr(street_address('full')[0])}\n承办律师：{person()}")


def doc_english() -> str:
    c = en_company()
    cn = company()
    a = street_address()[0]
    return R.choice([
        f"INVOICE\nSeller: {org(c)}\nBuyer: {org(cn)}\nShip to: {addr(a)}\nPayment: T/T 30 days",
        f"Dear Sir or Madam,\n\n{org(c)} confirms receipt of your PO. Goods will be shipped to our Chinese "
        f"partner {org(cn)} at {addr(a)}.\n\nBest regards",
        f"供应商：{org(c)}（{org(cn)}的全资子公司），请把样品寄到{addr(a)}{trailer()}。",
        f"Meeting with {org(c)} moved to Thursday; they asked {gen('the company')} legal team to review the NDA.",
    ])


def doc_table() -> str:
    rows = []
    for _ in range(R.randrange(2, 5)):
        rows.append((company(), street_address()[0]))
    if R.random() < 0.5:
        body = "\n".join(f"| {i + 1} | {org(n)} | {addr(a)} |" for i, (n, a) in enumerate(rows))
        return f"供应商名录\n| 序号 | 单位名称 | 注册地址 |\n|---|---|---|\n{body}"
    body = "\n".join(f"{org(n)},{addr(a)},{R.randrange(1, 90)}" for n, a in rows)
    return f"name,address,orders\n{body}"


def doc_list() -> str:
    items = []
    for i in range(R.randrange(2, 5)):
        k = R.randrange(4)
        if k == 0:
            items.append(f"{i + 1}. {org(hospital())}：{addr(street_address()[0])}")
        elif k == 1:
            items.append(f"{i + 1}. {org(bank_branch())}（{addr(street_address('city')[0])}）")
        elif k == 2:
            items.append(f"{i + 1}、{org(company())} —— {addr(street_address()[0])}")
        else:
            items.append(f"{i + 1}. {org(pick(UNIVERSITIES))}")
    return pick(["附近可办理的网点/单位：", "参会单位名单：", "以下单位已完成备案："]) + "\n" + "\n".join(items)


def doc_regional() -> str:
    if R.random() < 0.55:
        a = tw_address()
        return R.choice([
            f"收件人：{person(TW_GIVEN)}\n地址：{addr(a)}\n寄件人：{org(pick(['統一速達股份有限公司', '新竹物流股份有限公司', '台灣大哥大股份有限公司']))}",
            f"訂房確認\n飯店地址：{addr(a)}\n如需協助請聯絡{gen('本公司')}客服。",
            f"公司登記地址：{addr(a)}，負責人{person(TW_GIVEN)}。",
        ])
    a = hk_address()
    return R.choice([
        f"送貨地址：{addr(a)}\n聯絡人：{person(HK_GIVEN)}",
        f"僱主：{org(pick(['香港科技園公司', '香港鐵路有限公司', '新鴻基地產發展有限公司']))}\n住址：{addr(a)}",
        f"請寄到{addr(a)}，交俾{gen('本公司')}前台就得。",
    ])


def doc_generic_bug() -> str:
    """Gold next to the generic-reference sentences that used to be walked into prose."""
    c = company()
    return R.choice([
        f"{org(c)}：请{gen('贵司')}在三个工作日内回复{gen('本公司')}的函件。",
        f"致{org(c)}：{gen('本公司')}已于上周寄出对账单，请{gen('贵司')}财务部门核对后盖章回传。",
        f"{org(c)}通知：{gen('总公司')}决定撤销{gen('子公司')}的独立核算，{gen('分公司')}照常营业。",
        f"发件单位：{org(c)}\n收件单位：{org(company())}\n事由：{gen('我司')}与{gen('贵司')}的合作协议续签。",
    ])


POSITIVE: list[tuple[str, Callable[[], str], int]] = [
    ("contract", doc_contract, 18), ("invoice_info", doc_invoice, 16), ("shipping_label", doc_shipping, 24),
    ("chat", doc_chat_address, 16), ("bank", doc_bank, 12), ("hospital", doc_hospital, 8),
    ("university", doc_university, 7), ("bureau", doc_bureau, 8), ("lawyer_letter", doc_lawyer, 7),
    ("english_business", doc_english, 9), ("table", doc_table, 8), ("list", doc_list, 7),
    ("regional", doc_regional, 12), ("generic_mix", doc_generic_bug, 8),
]

# --- documents without gold -------------------------------------------------------------------------------------
def place_alone() -> str:
    prov, city, dist = place()
    return R.choice([f"[[place_name:{city}]]", f"[[place_name:{city}{dist}]]", f"[[place_name:{prov or city}]]",
                     f"[[place_name:{dist}]]", f"[[road_name:{pick(ROADS)}]]", f"[[place_name:{city}{pick(ROADS)}]]"])


NEG_SENTENCES: list[Callable[[], str]] = [
    lambda: f"请{gen('贵司')}在三个工作日内回复{gen('本公司')}的函件。",
    lambda: f"{gen('本公司')}将于下周一起调整作息时间，请各部门周知。",
    lambda: f"如{gen('贵司')}对报价有异议，请与{gen('我司')}销售部联系。",
    lambda: f"{gen('该行')}客户经理表示，{gen('贵行')}的审批流程还需要两周。",
    lambda: f"{gen('我院')}门诊部春节期间正常接诊，{gen('本院')}急诊24小时开放。",
    lambda: f"{gen('总公司')}要求各{gen('子公司')}在月底前上报预算。",
    lambda: f"{gen('甲方公司')}迟迟不验收，{gen('乙方')}的回款一直拖着。",
    lambda: f"{gen('该银行')}的理财产品收益率今年下降了不少。",
    lambda: f"我们{gen('公司')}今年年会定在{place_alone()}开，大家投票选酒店。",
    lambda: f"开一家{gen('有限公司')}需要多少注册资本？{gen('分公司')}和{gen('子公司')}有什么区别？",
    lambda: f"{gen('有限责任公司')}的股东以其认缴的出资额为限对公司承担责任，{gen('股份有限公司')}的股东以其认购的股份为限。",
    lambda: f"我下个月要调去{place_alone()}上班了，那边房租怎么样？",
    lambda: f"{place_alone()}和{place_alone()}哪个更适合养老？",
    lambda: f"早高峰{place_alone()}又堵成停车场了，绕{place_alone()}也不行。",
    lambda: f"约在[[landmark:{pick(LANDMARKS)}]]门口见，我穿蓝色外套。",
    lambda: f"新开的店就在[[landmark:{pick(TOWERS)}]]附近，[[landmark:{pick(LANDMARKS)}]]对面。",
    lambda: f"工作地点：{place_alone()}，薪资面议，五险一金。",
    lambda: f"刚换了[[brand:{pick(['华为Mate 70', '小米15', 'iPhone 16', 'OPPO Find X8', '荣耀Magic7'])}]]，拍照确实不错。",
    lambda: f"冰箱里还有[[brand:{pick(['农夫山泉', '元气森林', '娃哈哈', '可口可乐', '蒙牛纯牛奶'])}]]，自己拿。",
    lambda: f"这款[[brand:{pick(['海尔', '美的', '格力', '戴森', '苏泊尔'])}]]空调/家电在双十一便宜了三百。",
    lambda: f"这家{gen('公司')}的售后太差了，{gen('他们公司')}客服一直推诿。",
    lambda: f"{gen('上市公司')}年报显示，{gen('集团公司')}营收同比增长12%，{gen('母公司')}净利润持平。",
    lambda: f"请{gen('贵单位')}于本月底前将材料报送{gen('上级主管部门')}。",
    lambda: f"{gen('我校')}与{gen('贵校')}的交换生项目明年继续。",
    lambda: f"{place_alone()}的房价这两年跌了不少，{place_alone()}倒是挺稳。",
    lambda: f"去[[place_name:{pick(['西湖', '外滩', '鼓浪屿', '宽窄巷子', '夫子庙', '天安门广场', '中关村', '陆家嘴'])}]]玩的话，地铁最方便。",
    lambda: f"医生说要去{gen('大医院')}再查一下，{gen('社区医院')}没有这个设备。",
    lambda: f"{gen('各商业银行')}已下调存款利率，{gen('国有大行')}一年期降至1.1%。",
    lambda: f"{gen('物流公司')}说包裹在{place_alone()}中转，明天到。",
    lambda: f"{gen('本所')}律师将于周三到{gen('贵司')}取证。",
    lambda: f"{gen('该医院')}的专家号很难挂，{gen('那家医院')}的停车场也小。",
    lambda: f"{gen('贵公司')}的产品质量一直不错，{gen('我公司')}希望长期合作。",
    lambda: f"{gen('合作方公司')}要求先付30%预付款，{gen('对方公司')}法务还在审合同。",
    lambda: f"地址写到{place_alone()}就行吗？还要写门牌号吧。",
    lambda: f"[[place_name:{pick(['粤港澳大湾区', '长三角', '雄安新区', '海南自贸港', '成渝经济圈', '京津冀'])}]]的政策对{gen('中小企业')}很友好。",
    lambda: f"台北和高雄我都去过，[[place_name:{pick(['九份', '西門町', '墾丁', '日月潭'])}]]最好玩。",
    lambda: f"香港的[[place_name:{pick(['銅鑼灣', '尖沙咀', '旺角', '中環'])}]]购物很方便。",
    lambda: f"{gen('我司')}法务说，{gen('贵司')}提出的违约金条款不能接受。",
    lambda: f"The company will close the {pick(EN_CITIES)} office; our parent company has not announced the date.",
    lambda: f"请把“{gen('本公司')}”统一改成“{gen('我司')}”，把“{gen('贵公司')}”改成“{gen('贵司')}”。",
    lambda: f"{gen('该公司')}成立于2015年，总部位于{place_alone()}，主营跨境电商。",
    lambda: f"房子在{place_alone()}，离[[landmark:{pick(LANDMARKS)}]]走路十分钟。",
]


def doc_negative() -> str:
    n = R.randrange(2, 5)
    return "".join(make() for make in R.sample(NEG_SENTENCES, n))


def _docs() -> list[tuple[str, str, str | None]]:
    docs: list[tuple[str, str, str | None]] = []
    for kind, make, count in POSITIVE:
        for _ in range(count):
            docs.append((kind, make(), None))
    negatives = [("neg_" + pick(["letter", "chat", "notice", "prose", "hr"]), doc_negative(), None) for _ in range(95)]
    return interleave(docs, negatives)


DOCS: list[tuple[str, str, str | None]] = _docs()
