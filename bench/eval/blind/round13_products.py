"""Round 13d blind corpus: ORG / PERSON / ADDRESS precision next to products, brands, shops, titles and places.

Why: earlier rounds measured recall on organisations and people; consumer text (e-commerce reviews, product
reviews, marketing copy, procurement lists, expense reports, chat) is full of words our ORG / PERSON / ADDRESS
finders may take for one: product and model names (华为Mate 60 Pro, 小米SU7, 比亚迪汉EV, 茅台飞天53度), apps and
services (微信支付, 钉钉, 12306), brands written alone, shop signs (老王烧烤, 张记面馆, 李宁专卖店), titles of
works in 《》, dishes named after people (东坡肉, 宫保鸡丁), dynasties and schools of thought, project and
product codenames (鸿蒙系统, 天宫计划), government programmes, generic references (本公司, 贵司, 该银行, 总部,
分公司 alone), place names that are not addresses (杭州西湖, 浦东机场T2, 北京南站) and Latin-script brands and
products (Apple, Tesla Model Y, Coca-Cola). Real organisations, people and addresses are written in the same
documents, so recall is measured too. Written from the labeling conventions only (/work/shared/eval/README.md),
before the detectors were run on it:

- ORG is the full organisation name as written: a company with its legal form (有限公司, 股份有限公司, 有限责任
  公司, a bracketed place inside the name), a branch written with its parent (…有限公司杭州分公司), a bank branch
  (…银行股份有限公司…支行), an English company with its legal form (Apple Inc., Tesla, Inc., Microsoft
  Corporation). A brand written alone (小米, 华为, Apple, Coca-Cola), a product or model, an app or service, a
  shop sign (a trade name without a legal form: 张记面馆, 李宁专卖店, 小米之家), a generic reference and a
  codename are not organisations: they are decoys. Brand + 集团 / 公司 without a legal form (小米集团, 华为公司)
  is not settled by the conventions: such spans are optional (not scored either way).
- PERSON is the name as written (reviewers, buyers, contacts, speakers in chat); 王总 / 李姐 / 小张 forms whole.
  A brand, shop or dish that contains a surname or a famous person's name (李宁, 王老吉-like brands, 老王烧烤,
  东坡肉, 左宗棠鸡) is no person: decoys.
- ADDRESS is a street address from the highest unit written down to the finest (号, 栋, 单元, 室, 层); a city,
  district, station, airport terminal, scenic spot or shopping street alone is a decoy (`place_name`).
- CN_PHONE next to contacts is labeled as the conventions say.

Organisations are invented (hand-made 字号 and industries) or the public legal names of well-known companies
(the forms the brief names); people are Faker zh_CN / en_US; places are real divisions with invented roads. The
output follows only the seed. About 43 % of the documents have no gold.

    python -m bench.eval.blind.build --round13d     # writes bench/eval/corpus/blind-round13d.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, PERSON as P, PHONE, gold

SEED = 130413
R = random.Random(SEED)
ZH = Faker("zh_CN")
EN = Faker("en_US")
ZH.seed_instance(SEED)
EN.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

ORG = partial(gold, "ORG")

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn


def dk(kind: str, v: str) -> str:
    """A decoy of `kind`."""
    return f"[[{kind}:{v}]]"


# ------------------------------------------------------------------------------------------------ decoy pools
PHONES = ["华为Mate 60 Pro", "小米14 Ultra", "荣耀Magic6", "Redmi K70", "vivo X100", "OPPO Find X7", "华为nova 12"]
CARS = ["小米SU7", "比亚迪汉EV", "比亚迪宋PLUS DM-i", "比亚迪秦PLUS", "理想L9", "问界M7", "红旗H9", "五菱宏光MINIEV",
        "极氪001"]
LIQUOR = ["茅台飞天53度", "五粮液普五", "国窖1573", "剑南春水晶剑", "汾酒青花20"]
APPLIANCES = ["美的空调KFR-35GW", "海尔冰箱BCD-470", "格力云佳1.5匹", "方太油烟机EMD20", "九阳豆浆机D2",
              "苏泊尔电饭煲", "小天鹅洗衣机TG100", "老板电器大吸力烟机"]
DAILY = ["云南白药牙膏", "农夫山泉550ml", "康师傅红烧牛肉面", "白象汤好喝", "周大福传承系列金手镯", "安踏C202",
         "李宁韦德之道10", "波司登羽绒服", "云南白药气雾剂", "片仔癀珍珠霜"]
PRODUCTS = PHONES + CARS + LIQUOR + APPLIANCES + DAILY
CATEGORIES = [PHONES, CARS, LIQUOR, APPLIANCES, DAILY]
BRANDS = ["小米", "华为", "比亚迪", "茅台", "五粮液", "美的", "海尔", "格力", "李宁", "安踏", "方太", "九阳",
          "苏泊尔", "蜜雪冰城", "瑞幸", "喜茶", "海底捞", "农夫山泉", "娃哈哈", "同仁堂", "王致和", "陈李济",
          "片仔癀", "杜康", "海天", "李锦记", "三只松鼠", "良品铺子", "百雀羚", "钟薛高", "周大生", "老凤祥",
          "周生生", "老干爹", "张一元", "吴裕泰", "杨国福", "张亮麻辣烫", "谭鸭血", "曾三鲜"]
APP_KINDS = {"pay": ["微信支付", "支付宝", "云闪付", "Apple Pay"],
             "travel": ["12306", "铁路12306", "携程", "飞猪", "去哪儿"],
             "ride": ["滴滴出行", "高德打车", "曹操出行", "T3出行"],
             "work": ["钉钉", "飞书", "企业微信", "腾讯会议"],
             "food": ["美团外卖", "饿了么", "大众点评", "美团"],
             "shop": ["淘宝", "拼多多", "京东", "闲鱼", "得物", "小红书", "抖音", "天猫"]}
APPS = [a for v in APP_KINDS.values() for a in v]
SNACK_BRANDS = ["三只松鼠", "良品铺子", "农夫山泉", "娃哈哈", "钟薛高", "王致和", "海天", "李锦记", "百草味", "蜜雪冰城"]
OS_NAMES = ["鸿蒙系统", "澎湃OS", "HarmonyOS NEXT", "ColorOS", "OriginOS", "MagicOS"]
FOOD_SHOPS = ["老王烧烤", "张记面馆", "刘姐麻辣烫", "陈记肠粉", "王家小馆", "小杨生煎", "魏家凉皮", "吴记酱骨",
              "老孙家泡馍", "蔡林记热干面", "周记粥铺", "胖哥俩肉蟹煲", "何师烧烤", "马记牛肉拉面", "黄记煌三汁焖锅",
              "郑记油条", "老杨家羊肉汤", "沈阿姨小笼包"]
OTHER_SHOPS = ["李宁专卖店", "老李修车铺", "阿强理发店", "老周五金店", "小米之家", "华为授权体验店", "赵一鸣零食",
               "安踏工厂店", "老凤祥银楼", "海尔专卖店"]
ONLINE_SHOPS = ["小米官方旗舰店", "华为官方旗舰店", "美的京东自营旗舰店", "李宁官方旗舰店", "良品铺子天猫旗舰店",
                "三只松鼠旗舰店", "九阳厨房电器旗舰店", "苏泊尔官方旗舰店", "周大福官方旗舰店", "格力官方旗舰店"]
SHOPS = FOOD_SHOPS + OTHER_SHOPS
WORKS = ["《三体》", "《流浪地球2》", "《繁花》", "《平凡的世界》", "《白鹿原》", "《活着》", "《漫长的季节》",
         "《孤勇者》", "《家有儿女》", "《武林外传》", "《金粉世家》", "《黄河大合唱》", "《常回家看看》", "《安和桥》",
         "《平凡之路》", "《白蛇传》", "《围城》", "《狂飙》", "《长安三万里》", "《满江红》", "《高山下的花环》",
         "《向往的生活》", "《明朝那些事儿》", "《万历十五年》", "《人世间》", "《山海情》"]
DISHES = ["宫保鸡丁", "东坡肉", "麻婆豆腐", "左宗棠鸡", "文思豆腐", "宋嫂鱼羹", "李鸿章杂烩", "夫妻肺片",
          "佛跳墙", "叫花鸡", "太白鸭", "东坡肘子", "贵妃鸡", "西湖醋鱼", "龙井虾仁", "担担面", "过桥米线",
          "杨枝甘露", "王八炖鸡", "霸王别姬", "张飞牛肉", "孔府一品锅"]
ERAS = ["唐朝", "宋代", "明清", "儒家", "法家", "道家思想", "程朱理学", "阳明心学", "桐城派", "扬州八怪",
        "竹林七贤", "梅派", "汉代", "魏晋风度", "北宋", "晚清", "诸子百家", "墨家"]
PROJECTS = ["鸿蒙系统", "天宫计划", "盘古大模型", "通义千问", "文心一言", "混元大模型", "昇腾910B", "麒麟9000S",
            "澎湃OS", "北斗导航系统", "嫦娥六号", "天问一号", "神舟十八号", "长征五号", "玄武计划", "青龙项目",
            "星火计划", "磐石工程"]
CONSUMER_PROGRAMMES = ["以旧换新", "家电下乡", "消费券", "绿色智能家电补贴", "新能源汽车下乡"]
PROGRAMMES = ["以旧换新", "乡村振兴战略", "一带一路倡议", "西部大开发", "东数西算工程", "希望工程", "千万工程",
              "双减政策", "家电下乡", "个税专项附加扣除", "消费券", "长护险试点", "春风行动", "百万英才计划"]
GENERIC = ["本公司", "贵司", "该银行", "总部", "分公司", "我司", "贵行", "本店", "该店", "厂家", "商家", "集团总部",
           "子公司", "该平台", "官方客服", "售后部门", "物业公司", "供应商", "该公司", "贵单位", "总公司", "办事处"]
PLACES = ["杭州西湖", "浦东机场T2", "北京南站", "虹桥火车站", "三里屯", "南京路步行街", "外滩", "宽窄巷子", "鼓浪屿",
          "黄山风景区", "首都机场T3", "深圳湾", "白云机场", "中关村", "陆家嘴", "洪崖洞", "颐和园", "夫子庙",
          "滕王阁", "岳麓山", "张家界", "九寨沟", "黄鹤楼", "西湖区", "成都东站", "广州南站", "春熙路"]
LATIN = ["Apple", "Tesla Model Y", "Coca-Cola", "Nike", "Starbucks", "IKEA", "Uniqlo", "Dyson V12", "Sony WH-1000XM5",
         "Nintendo Switch", "MacBook Air M3", "AirPods Pro", "Kindle", "ChatGPT", "Zoom", "Microsoft Teams", "Excel",
         "Lululemon", "Adidas Samba", "New Balance 990", "iPhone 15 Pro", "Tesla", "Costa", "Pepsi", "Costco"]

# ------------------------------------------------------------------------------------------------ gold pools
# public legal names of well-known companies (the forms the brief names), paired with the brand written alone
LEGAL = [("小米", "小米科技有限责任公司"), ("华为", "华为终端有限公司"), ("华为", "华为技术有限公司"),
         ("比亚迪", "比亚迪汽车工业有限公司"), ("茅台", "贵州茅台酒股份有限公司"), ("五粮液", "宜宾五粮液股份有限公司"),
         ("云南白药", "云南白药集团股份有限公司"), ("美的", "美的集团股份有限公司"), ("海尔", "海尔智家股份有限公司"),
         ("支付宝", "支付宝（中国）网络技术有限公司"), ("微信支付", "财付通支付科技有限公司"),
         ("美团", "北京三快在线科技有限公司"), ("李宁", "李宁（中国）体育用品有限公司"), ("淘宝", "浙江淘宝网络有限公司"),
         ("格力", "珠海格力电器股份有限公司"), ("同仁堂", "北京同仁堂股份有限公司")]
LATIN_LEGAL = [("Apple", "Apple Inc."), ("Tesla", "Tesla, Inc."), ("Coca-Cola", "The Coca-Cola Company"),
               ("Microsoft Teams", "Microsoft Corporation"), ("Nike", "Nike, Inc."), ("Starbucks", "Starbucks Corporation"),
               ("Dyson V12", "Dyson Technology Limited"), ("Sony WH-1000XM5", "Sony Group Corporation")]
INVENTED_LATIN = ["Northwind Trading Co., Ltd.", "Bluefield Analytics LLC", "Harbor & Pine Logistics Inc.",
                  "Shenzhen Lumiere Electronics Co., Ltd.", "Redwood Kitchenware Limited", "Silverline Audio GmbH",
                  "Orchard Lane Foods Pte. Ltd.", "Kestrel Mobility Corp."]
CITIES = [("浙江省", "杭州市", ["西湖区", "滨江区", "余杭区", "拱墅区"]), ("广东省", "深圳市", ["南山区", "福田区", "宝安区"]),
          ("江苏省", "南京市", ["鼓楼区", "江宁区", "建邺区"]), ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]),
          ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]), ("北京市", "", ["朝阳区", "海淀区", "丰台区"]),
          ("上海市", "", ["浦东新区", "徐汇区", "闵行区"]), ("福建省", "厦门市", ["思明区", "湖里区"]),
          ("山东省", "青岛市", ["市南区", "崂山区", "李沧区"]), ("陕西省", "西安市", ["雁塔区", "未央区", "碑林区"]),
          ("湖南省", "长沙市", ["岳麓区", "天心区"]), ("天津市", "", ["南开区", "河西区"])]
ROADS = ["云栖路", "望江东路", "枫林路", "荷塘街", "丰乐路", "金桂路", "学府大道", "滨湖路", "锦绣路", "松涛路",
         "长青路", "紫荆街", "梧桐巷", "青石桥路", "白沙路", "星河大道", "柳营路", "银杏街", "兴业路", "晴川大道"]
ESTATES = ["绿城桂花苑", "万科城市花园", "阳光水岸", "金地名京", "碧桂园天玺", "云栖小区", "保利香槟国际", "翠湖天地"]
TOWERS = ["星辰大厦", "汇金中心", "创智天地", "环球港", "天安数码城", "未来科技城A区", "中诚国际广场"]
TRADE = ["云栖", "禾木", "青藤", "星澜", "恒拓", "瑞丰", "景行", "致远", "嘉沃", "锦程", "拓芯", "澜图", "骏驰",
         "优品", "安瑞", "朗悦", "众禾", "知味", "鲸川", "启明星", "森邻", "栖木"]
INDUSTRY = ["科技", "电子商务", "贸易", "商贸", "电器销售", "餐饮管理", "文化传媒", "酒店管理", "供应链管理",
            "家居用品", "食品", "信息技术", "汽车销售服务", "酒业", "办公设备", "日用品"]
FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]
BANKS = ["中国工商银行股份有限公司", "中国建设银行股份有限公司", "招商银行股份有限公司", "中国农业银行股份有限公司",
         "交通银行股份有限公司", "上海浦东发展银行股份有限公司"]
HON_AFTER = ["总", "经理", "姐", "哥", "老师", "女士", "先生", "主管", "师傅"]


def city() -> tuple[str, str, str]:
    """(province, city or '', district) of a real division."""
    prov, c, dists = pick(CITIES)
    return prov, c, pick(dists)


def short_city(prov: str, c: str) -> str:
    return (c or prov)[:-1]


def company(with_city: bool | None = None) -> str:
    """An invented company name with its legal form, as written in invoices and contracts."""
    prov, c, _ = city()
    head = short_city(prov, c) if (with_city if with_city is not None else R.random() < 0.7) else ""
    name = f"{head}{pick(TRADE)}{pick(INDUSTRY)}{pick(FORMS)}"
    if R.random() < 0.12:
        name = f"{pick(TRADE)}{pick(INDUSTRY)}（{short_city(prov, c)}）有限公司"
    return name


def org() -> str:
    return ORG(company())


def branch_org() -> str:
    prov, c, _ = city()
    return ORG(f"{pick(TRADE)}{pick(INDUSTRY)}有限公司{short_city(prov, c)}分公司")


def bank() -> str:
    prov, c, _ = city()
    return ORG(f"{pick(BANKS)}{short_city(prov, c)}{pick(ROADS)[:2]}支行")


def address() -> str:
    prov, c, d = city()
    top = pick([f"{prov}{c}{d}", f"{prov}{c}{d}", f"{c or prov}{d}"])
    road = f"{pick(ROADS)}{R.randint(1, 999)}号"
    tail = pick(["", f"{pick(ESTATES)}{R.randint(1, 30)}幢{R.randint(1, 4)}单元{R.randint(1, 28)}0{R.randint(1, 4)}室",
                 f"{pick(TOWERS)}{R.randint(2, 40)}层", f"{R.randint(1, 12)}栋{R.randint(1, 30)}0{R.randint(1, 6)}",
                 f"{pick(ESTATES)}{R.randint(1, 20)}号楼{R.randint(1, 3)}0{R.randint(1, 8)}室"])
    return A(f"{top}{road}{tail}")


def person() -> str:
    return P(ZH.name())


def hon() -> str:
    s = ZH.last_name()
    if len(s) == 2:
        return P(s + pick(HON_AFTER), "honorific")
    form = pick(["after", "after", "old", "young"])
    v = s + pick(HON_AFTER) if form == "after" else ("老" if form == "old" else "小") + s
    return P(v, "honorific")


def english() -> str:
    return P(f"{EN.first_name()} {EN.last_name()}")


def phone() -> str:
    return PHONE(values.cn_mobile(R))


def date() -> str:
    return f"{R.randint(2025, 2026)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def money() -> str:
    return f"{R.randint(12, 9999)}.{R.randint(0, 99):02d}"


_RECENT: dict[int, list[str]] = {}


def fresh(pool: list[str]) -> str:
    """A value of `pool` not among its last three draws, so one document does not name the same thing twice."""
    recent = _RECENT.setdefault(id(pool), [])
    while True:
        v = pick(pool)
        if v not in recent or len(pool) <= 3:
            break
    recent.append(v)
    del recent[:-3]
    return v


def prod(pool: list[str] | None = None) -> str:
    return dk("product_name", fresh(pool or PRODUCTS))


def same_kind() -> tuple[str, str]:
    """Two different products of one category (a comparison reads as one)."""
    pool = pick([PHONES, CARS, LIQUOR, APPLIANCES])
    return prod(pool), prod(pool)


def brand(pool: list[str] | None = None) -> str:
    return dk("brand_name", fresh(pool or BRANDS))


def app(kind: str | None = None) -> str:
    return dk("app_name", fresh(APP_KINDS[kind] if kind else APPS))


def os_name() -> str:
    return dk("project_name", fresh(OS_NAMES))


def shop(pool: list[str] | None = None) -> str:
    return dk("shop_name", fresh(pool or FOOD_SHOPS))


def work() -> str:
    return dk("work_title", fresh(WORKS))


def dish() -> str:
    return dk("dish_name", fresh(DISHES))


def era() -> str:
    return dk("era_name", fresh(ERAS))


def project() -> str:
    return dk("project_name", fresh(PROJECTS))


def programme(pool: list[str] | None = None) -> str:
    return dk("programme", fresh(pool or PROGRAMMES))


def generic(v: str | None = None) -> str:
    return dk("org_generic", v or pick(GENERIC))


def place() -> str:
    return dk("place_name", fresh(PLACES))


def latin() -> str:
    return dk("latin_brand", fresh(LATIN))


def legal() -> tuple[str, str]:
    """(brand decoy, full legal name gold) of one company."""
    b, full = pick(LEGAL)
    return dk("brand_name", b), ORG(full)


def latin_legal() -> tuple[str, str]:
    b, full = pick(LATIN_LEGAL)
    return dk("latin_brand", b), ORG(full)


# ------------------------------------------------------------------------------------------------ positives
def order_review() -> Doc:
    p = prod()
    form = turn("order_review", [
        f"帮我写一条好评，150字左右：\n商品：{p}\n店铺：{shop(ONLINE_SHOPS)}\n收货人：{person()} {phone()}\n"
        f"收货地址：{address()}\n物流很快，客服{hon()}回复及时。",
        f"订单详情（复制自{app('shop')}）\n商品名称：{p} 1件\n实付：¥{money()}\n收货信息：{person()}，{phone()}，{address()}\n"
        f"卖家：{org()}",
        f"买家评价：{p}用了一周，比之前那台{brand()}的好用多了。顺便说下，{shop(OTHER_SHOPS)}的{hon()}上门安装很专业。"
        f"\n——来自{person()}的追评",
        f"这个差评帮我改得客气一点：收到的{p}外包装破损，联系{generic('商家')}三天没人理，{generic('官方客服')}"
        f"说要找{generic('厂家')}。发货方是{org()}，我的地址{address()}，电话{phone()}。",
        f"退货申请\n商品：{p}\n原因：与描述不符\n寄回地址：{address()}\n联系人：{person()}\n"
        f"退款原路返回{app('pay')}。",
        f"追评：{p}在{place()}附近的{shop(OTHER_SHOPS)}买的，老板{hon()}人很实在，发票开的是{org()}。",
        f"[{app('shop')}晒单] {person()}：{p}到手了！包装还是那么用心，赠品有一支{prod(DAILY)}。",
    ])
    return "ecommerce_review", form, None


def product_blog() -> Doc:
    p1, p2 = same_kind()
    b, full = legal()
    form = turn("blog", [
        f"评测｜{p1} 上手两周\n作者：{person()}\n先说结论：续航比{p2}强，系统是{os_name()}。"
        f"本文样机由{org()}提供，不影响评测结论。",
        f"帮我润色这篇测评开头：{p1}发布后，{b}的股价涨了不少。招股书里的主体是{full}，"
        f"不过大家平时只叫它“{b}”。",
        f"对比一下{p1}和{p2}，从外观、续航、{os_name()}生态三方面写，署名{person()}（数码区UP主）。",
        f"{p1}深度体验 | 文/{person()}\n去{place()}拍了一组样张，夜景比{latin()}更自然。"
        f"感谢{full}市场部{hon()}提供借测机。",
        f"【开箱】{p1}到了！{b}这次把{os_name()}升级了，{brand()}粉丝应该会喜欢。"
        f"经销商是{org()}，地址在{address()}。",
        f"写个视频脚本：开场说“大家好，我是{person()}”，然后对比{p1}和{p2}的屏幕，"
        f"最后感谢赞助商{org()}。",
    ])
    return "product_review", form, None


def marketing() -> Doc:
    o = org()
    form = turn("marketing", [
        f"{o}（以下简称“{generic('本公司')}”）隆重推出{prod()}，即日起参加{programme(CONSUMER_PROGRAMMES)}补贴。"
        f"咨询热线请联系{hon()}：{phone()}。",
        f"帮我改一下这段宣传文案：{generic('我司')}作为{brand()}华东区授权经销商，现推出{prod()}限时优惠。"
        f"落款：{o}  联系人：{person()}",
        f"招商文案：{o}诚邀加盟！{generic('总部')}位于{address()}，已在{place()}、{place()}开设门店。"
        f"加盟热线：{phone()}（{hon()}）",
        f"双十一预热海报文案：{prod()}直降800，{app('shop')}下单再送{prod(DAILY)}。活动主办：{o}",
        f"新品发布会邀请函\n尊敬的{person()}先生：\n{o}定于{date()}在{place()}举办{prod()}发布会，"
        f"诚邀莅临。\n会务联系人：{person()} {phone()}",
        f"写一条朋友圈文案：{generic('本店')}新到一批{prod()}，正品{brand()}，支持{app('pay')}和{app('pay')}。"
        f"店主{hon()}，微信同号{phone()}。营业执照主体：{o}",
    ])
    return "marketing_copy", form, None


def procurement() -> Doc:
    a, b = prod(), prod()
    form = turn("procure", [
        f"2026年行政采购清单\n| 品名 | 数量 | 供应商 |\n| {a} | 3 | {org()} |\n| {b} | 10 | {org()} |\n"
        f"| {prod()} | 2 | {generic('供应商')}待定 |\n申请人：{person()}  审批：{hon()}",
        f"采购申请单\n物品：{a}×5、{b}×2\n用途：{generic('分公司')}新办公室\n收货地址：{address()}\n"
        f"收货人：{person()} {phone()}",
        f"询价记录：{a}，{org()}报价¥{money()}；{dk('brand_name', pick(BRANDS))}官方渠道报价¥{money()}；"
        f"{app('shop')}企业购报价¥{money()}。经办：{person()}",
        f"帮我整理成表格：年会奖品 一等奖{a} 二等奖{b} 三等奖{prod()}，统一从{org()}采购，"
        f"对接人{hon()}。",
        f"合同摘要\n甲方：{org()}\n乙方：{org()}\n标的：{a} 20台\n交货地点：{address()}\n"
        f"乙方联系人：{person()}",
        f"关于采购{a}的请示\n{generic('集团总部')}：\n因业务需要，拟向{org()}采购{a}若干，"
        f"参照{programme(CONSUMER_PROGRAMMES)}政策申请补贴。\n{person()}\n{date()}",
    ])
    return "procurement", form, None


def expense() -> Doc:
    form = turn("expense", [
        f"差旅报销单\n报销人：{person()}\n{date()} {app('travel')}火车票 {place()}→{place()} ¥{money()}\n"
        f"{date()} {app('food')}午餐（{shop()}）¥{money()}\n{date()} {app('ride')}打车 ¥{money()}\n"
        f"开票单位：{org()}",
        f"帮我核对一下这几张发票：\n1. 销售方：{org()}，品名：{prod()}，金额{money()}\n"
        f"2. 销售方：{ORG(pick(LEGAL)[1])}，品名：{app('work')}会员，金额{money()}\n经办人：{hon()}",
        f"招待费说明：{date()}在{shop()}宴请客户{person()}一行，点了{dish()}、{dish()}，"
        f"用{app('pay')}付款¥{money()}。",
        f"报销事由：参加{place()}展会，住宿发票抬头为{org()}，同行{person()}、{person()}。",
        f"我的报销被退回了，理由是{dk('app_name', '美团外卖')}的小票不能报。发票应开给{org()}，"
        f"税号找财务{hon()}要。",
        f"费用明细\n- {app('travel')}机票 首都机场T3→{place()}：¥{money()}\n- 酒店：{org()}\n"
        f"- 团队晚餐 {shop()}：¥{money()}\n提交人：{english()} / {person()}",
    ])
    return "expense_report", form, None


def chat() -> Doc:
    a, b = person(), hon()
    form = turn("chat", [
        f"{a}：周末去看车了，{prod(CARS)}和{prod(CARS)}纠结中\n{b}：我上个月订了{dk('product_name', '小米SU7')}，"
        f"交付在{place()}那家{dk('shop_name', '小米之家')}\n{a}：{dk('brand_name', '比亚迪')}的保值率怎么样？",
        f"[群聊] {a}：年会奖品定了吗？\n{b}：{prod(APPLIANCES)}两台，{prod(LIQUOR)}五箱，已经让{org()}报价\n"
        f"{a}：记得走{app('work')}审批",
        f"{a}: 谁有{app('work')}的会议号？\n{b}: 我发{app('work')}群里了\n{a}: 好，顺便叫上{person()}，"
        f"他在{generic('总部')}那边",
        f"{b}：晚上去{shop()}还是{shop()}？\n{a}：想吃{dish()}，{shop()}那家的{dish()}一般\n"
        f"{b}：行，我用{app('food')}订位",
        f"{a}：{generic('贵司')}上次说的{prod()}还有货吗？\n{b}：有的，{org()}仓库里还有20台，"
        f"发到{address()}？\n{a}：对，收件人写我",
        f"客服对话\n用户：我买的{prod(PHONES)}屏幕有坏点\n客服{hon()}：您好，请提供订单号，{generic('售后部门')}会联系您\n"
        f"用户：我叫{a}，手机{phone()}",
    ])
    return "chat", form, None


def latin_mix() -> Doc:
    b, full = latin_legal()
    form = turn("latin", [
        f"Summarise this for the team: {full} reported record revenue; {dk('latin_brand', 'iPhone 15 Pro')} "
        f"sales in China were flat. Our reseller {ORG(fresh(INVENTED_LATIN))} expects a better Q4. — {english()}",
        f"我在{place()}的{dk('latin_brand', 'Apple')} Store买了{dk('latin_brand', 'AirPods Pro')}，"
        f"发票上写的是{full}。同事{person()}说{latin()}也在打折。",
        f"Vendor list: {ORG(fresh(INVENTED_LATIN))} (laptops), {ORG(fresh(INVENTED_LATIN))} (coffee). "
        f"Please avoid buying {latin()} or {latin()} on personal cards. Approver: {english()}",
        f"帮我翻译：{full}旗下的{b}在中国由{org()}代理，联系人{english()}。",
        f"Test drive booked: {dk('latin_brand', 'Tesla Model Y')} at the {place()} showroom. "
        f"The contract party is {ORG('Tesla, Inc.')}'s local entity, {ORG('特斯拉汽车（北京）有限公司')}. Driver: {P(ZH.name())}",
        f"Newsletter: {english()} left {ORG(fresh(INVENTED_LATIN))} to join {full}. "
        f"Fun fact: the office fridge is still full of {dk('latin_brand', 'Coca-Cola')}.",
    ])
    return "latin_brands", form, None


def restaurant() -> Doc:
    s = shop()
    form = turn("restaurant", [
        f"点评：{s}的{dish()}很正宗，{dish()}偏咸。老板{hon()}说下个月搬到{address()}。",
        f"帮我写一段探店文案：{s}，招牌{dish()}、{dish()}，人均80。地址：{address()}，电话{phone()}。",
        f"发票问题：在{s}吃的饭，开票单位显示{org()}，菜品写的是{dish()}和{dish()}，能报销吗？",
        f"团建订餐：{date()}晚，{s}，包间12人，菜单{dish()}、{dish()}、{dish()}。负责人{person()}。",
        f"{s}加盟合同\n甲方（品牌方）：{org()}\n乙方：{person()}\n经营地址：{address()}",
        f"周末在{place()}附近发现一家{s}，{dish()}做得比{shop()}好。同行的{hon()}也说值得再去。",
    ])
    return "restaurant", form, None


def culture() -> Doc:
    form = turn("culture", [
        f"读书会书单：{work()}、{work()}、{work()}。主持：{person()}；场地赞助：{org()}。",
        f"帮我写一段推荐语：{work()}讲的是{era()}的故事，作者{person()}。出版方：{org()}。",
        f"观影报告：看完{work()}，想起{era()}和{era()}的那些争论。——{person()}",
        f"年会节目单：1. 合唱{work()} 2. 小品《{generic('分公司')}的一天》 3. 朗诵{work()}。统筹：{hon()}",
        f"{work()}版权采购申请，授权方{org()}，用途：{project()}内部宣传片。申请人：{person()}",
        f"公众号推文：跟着{work()}去{place()}，品{dish()}、游{place()}。撰稿：{person()}",
    ])
    return "culture", form, None


def travel() -> Doc:
    form = turn("travel", [
        f"行程单：{date()} {place()}出发，{place()}入住。酒店：{org()}，地址{address()}。入住人：{person()}",
        f"帮我规划三天：去过{place()}了，这次想去{place()}和{place()}。住在朋友{person()}家，{address()}。",
        f"接机安排：{place()}到达，{org()}司机{hon()}举牌接，送至{address()}。",
        f"出差申请：{person()}，{date()}赴{place()}拜访{org()}，用{app('travel')}订了车票，从{place()}出发。",
        f"民宿预订确认\n房东：{hon()} {phone()}\n地址：{address()}\n附近：{place()}、{place()}步行可达",
    ])
    return "travel", form, None


def payment() -> Doc:
    form = turn("payment", [
        f"转账回单\n付款方：{org()}\n收款方：{org()}\n开户行：{bank()}\n用途：{prod()}货款\n"
        f"经办：{person()}",
        f"{generic('该银行')}的{app('pay')}绑卡一直失败，客服说要去{bank()}柜台办。我叫{person()}，预约在{date()}。",
        f"帮我写个邮件给财务：{org()}的货款已经通过{app('pay')}付了，对方开户行是{bank()}，请{hon()}核对。",
        f"代扣协议：{person()}同意{org()}通过{app('pay')}按月扣款，用于{prod()}分期。",
        f"{generic('贵行')}好，我是{org()}的出纳{person()}，想咨询{app('pay')}企业版的开通流程。",
    ])
    return "payment", form, None


def subsidy() -> Doc:
    form = turn("subsidy", [
        f"{programme(CONSUMER_PROGRAMMES)}补贴申请\n申请人：{person()} {phone()}\n购买商品：{prod()}\n销售门店：{org()}\n"
        f"安装地址：{address()}",
        f"帮我查一下：在{shop(OTHER_SHOPS + ONLINE_SHOPS)}买的{prod(APPLIANCES)}能不能参加{programme(CONSUMER_PROGRAMMES)}？开票的是{org()}。",
        f"通知：{programme(CONSUMER_PROGRAMMES)}活动延长至年底，{brand()}、{brand()}全系参与。详询{branch_org()}，{hon()}。",
        f"{person()}反映：{programme(CONSUMER_PROGRAMMES)}的补贴款迟迟未到，购买的是{prod(APPLIANCES)}，经销商{org()}说要等{generic('总部')}审核。",
    ])
    return "subsidy", form, None


def brand_legal() -> Doc:
    b, full = legal()
    form = turn("brand_legal", [
        f"{b}只是品牌名，合同主体要写全称{full}。{generic('贵司')}盖章页请{hon()}确认。",
        f"开票信息\n名称：{full}\n备注：{b}旗舰店订单\n经办：{person()}",
        f"帮我改成正式公文：我们跟{b}谈好了，对方签约主体是{full}，由{branch_org()}具体执行。",
        f"投诉信\n{full}：\n本人{person()}于{date()}购买贵品牌{prod()}，出现故障，{generic('售后部门')}至今未处理。",
        f"供应商准入材料：{full}（品牌：{b}），联系人{person()}，{phone()}；另一家为{org()}。",
        f"{b}的员工内购群里说{prod()}打七折，但要用{full}的工号。{hon()}，这个能帮我问问吗？",
    ])
    return "brand_legal", form, None


def opt_group() -> Doc:
    b = pick(["小米", "华为", "比亚迪", "美的", "海尔", "格力"])
    form = turn("opt_group", [
        f"{ORG(b + '集团', 'opt')}发布了{prod()}，{person()}在发布会上说会用上{os_name()}。",
        f"听说{ORG(b + '公司', 'opt')}在招人，{hon()}内推了我，面试地点在{address()}。",
        f"{ORG(b + '集团', 'opt')}旗下的{org()}中标了我们的采购项目，对接人{person()}。",
    ])
    return "brand_group", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (order_review, 10), (product_blog, 8), (marketing, 9), (procurement, 9), (expense, 9), (chat, 8),
    (latin_mix, 8), (restaurant, 7), (culture, 6), (travel, 5), (payment, 5), (subsidy, 4), (brand_legal, 6),
    (opt_group, 3),
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_review() -> Doc:
    p = prod()
    form = turn("neg_review", [
        f"{p}用了半个月，续航比上一代好，{os_name()}也流畅。唯一不满意的是充电器要另买。",
        f"帮我写个中评：{p}做工不错，但是{generic('商家')}发货太慢，{app('shop')}上催了三次。",
        f"差评：{p}开箱就有划痕，{generic('官方客服')}让找{generic('厂家')}，{generic('厂家')}又让找{generic('商家')}。",
        f"{p}和{prod()}哪个更值得买？{brand()}和{brand()}的售后哪家好？预算五千以内。",
        f"晒单：在{shop(OTHER_SHOPS)}买的{p}，比{app('shop')}便宜两百，老板还送了{prod(DAILY)}。",
        f"这款{p}适合送长辈吗？{brand()}的售后口碑怎么样？",
        f"总结一下{app('shop')}上关于{p}的评论：好评集中在外观，差评集中在{generic('售后部门')}响应慢。",
        f"已经在{app('shop')}申请退款了，{p}原封未动，{generic('该店')}说三个工作日处理。",
    ])
    return "neg_review", form, None


def neg_compare() -> Doc:
    form = turn("neg_compare", [
        f"{dk('product_name', '小米SU7')}、{dk('product_name', '比亚迪汉EV')}和{dk('latin_brand', 'Tesla Model Y')}"
        f"三台车的续航对比做成表格。",
        f"{latin()}和{latin()}比，哪个更适合通勤？{brand()}有没有同价位的替代品？",
        f"列出{prod(PHONES)}、{prod(PHONES)}、{prod(PHONES)}的优缺点，每个不超过50字。",
        f"Which is better value: {latin()} or {latin()}? Also compare with {dk('brand_name', '华为')}.",
        f"写一篇推文：国货崛起，{brand()}、{brand()}、{brand()}都在出海，{latin()}的份额被蚕食。",
        f"{dk('brand_name', '茅台')}和{dk('brand_name', '五粮液')}今年的批价走势，顺带说说{prod(LIQUOR)}。",
        f"做一份家电选购指南，推荐{prod(APPLIANCES)}和{prod(APPLIANCES)}，注意参加{programme(CONSUMER_PROGRAMMES)}。",
        f"帮我比较{app('shop')}、{app('shop')}和{app('food')}的会员权益。",
        f"{brand()}今天发布了新品，{brand()}随即宣布降价，{latin()}则按兵不动。",
        f"听说{brand()}要收购{brand()}？还是只是战略合作？",
    ])
    return "neg_compare", form, None


def neg_food() -> Doc:
    form = turn("neg_food", [
        f"推荐几家好吃的：{shop()}、{shop()}、{shop()}，最好有{dish()}。",
        f"今晚吃什么？{dish()}、{dish()}还是{dish()}？或者去{shop()}。",
        f"{shop()}的{dish()}是招牌，{shop()}的性价比更高，两家都在{place()}附近。",
        f"菜单翻译成英文：{dish()}、{dish()}、{dish()}、{dish()}。",
        f"探店笔记：{shop()}排队一小时，{dish()}一般，还不如楼下{shop()}。",
        f"{dish()}的由来是什么？和{era()}有关系吗？",
        f"帮我写个{shop()}的招牌文案，主打{dish()}，要有烟火气。",
        f"外卖点了{shop()}的{dish()}，用{app('food')}红包减了十块。",
    ])
    return "neg_food", form, None


def neg_culture() -> Doc:
    form = turn("neg_culture", [
        f"推荐三本书：{work()}、{work()}、{work()}，写一句推荐理由。",
        f"{work()}和{work()}哪个更适合改编成剧本？",
        f"{era()}和{era()}的思想有什么区别？举例说明。",
        f"帮我写一篇关于{work()}的读后感，联系{era()}的历史背景。",
        f"年会节目：合唱{work()}，小品改编自{work()}，结尾放{work()}的片段。",
        f"{work()}里的台词哪句最出圈？顺便说说{work()}的配乐。",
        f"写一段关于{era()}文人的介绍，可以提到{dish()}这道菜的传说。",
    ])
    return "neg_culture", form, None


def neg_generic() -> Doc:
    form = turn("neg_generic", [
        f"{generic('贵司')}上次提供的报价偏高，{generic('我司')}希望再优惠5%，请{generic('贵司')}尽快回复。",
        f"{generic('该银行')}的手续费比{generic('总部')}说的高，能不能让{generic('分公司')}去沟通一下？",
        f"根据{generic('本公司')}规定，{generic('子公司')}的采购须报{generic('集团总部')}审批。",
        f"{generic('贵单位')}来函收悉，{generic('我司')}将在五个工作日内答复。",
        f"请{generic('办事处')}把{prod()}的库存报给{generic('总公司')}，{generic('供应商')}下周到货。",
        f"{generic('物业公司')}通知：本周六停水，请各户提前储水。",
        f"{generic('该公司')}的产品线包括{prod()}和{prod()}，但{generic('该平台')}上只卖前者。",
        f"写一封催款函：{generic('贵司')}尚欠{generic('我司')}货款，请于月底前结清。",
    ])
    return "neg_generic", form, None


def neg_travel() -> Doc:
    form = turn("neg_travel", [
        f"去过{place()}、{place()}，这次想去{place()}，帮我排个两日游。",
        f"从{place()}到{place()}怎么走最快？坐地铁还是打车？",
        f"{place()}到{place()}的高铁多久一班？我用{app('travel')}买不到票。",
        f"攻略：上午{place()}，中午在{place()}吃{dish()}，下午{place()}看日落。",
        f"Flight lands at {dk('place_name', '浦东机场T2')} at 7am, then train from {dk('place_name', '虹桥火车站')}.",
        f"{place()}附近有什么适合带娃的地方？{place()}人太多了。",
        f"出差回来，在{place()}转机，顺便买了{prod()}。",
    ])
    return "neg_travel", form, None


def neg_apps() -> Doc:
    form = turn("neg_apps", [
        f"{app('pay')}和{app('pay')}哪个付款更方便？{app('pay')}能不能绑信用卡？",
        f"公司从{app('work')}换成{app('work')}了，日程和审批要怎么迁移？",
        f"{app('travel')}买票显示候补，{app('travel')}上也没有，还有别的办法吗？",
        f"帮我写一个{app('work')}机器人的使用说明，支持在{app('work')}群里发通知。",
        f"用{app('pay')}付款时提示风险交易，是不是{generic('该平台')}风控的问题？",
        f"{app('shop')}的会员和{app('food')}的会员能合并吗？",
        f"报销只认{app('travel')}电子发票，{app('food')}订单截图不行。",
    ])
    return "neg_apps", form, None


def neg_programme() -> Doc:
    form = turn("neg_programme", [
        f"{programme()}和{programme()}的政策要点，各写三条。",
        f"{project()}进展到哪一步了？和{project()}是什么关系？",
        f"写一篇评论：{programme()}对家电消费的拉动，以{prod(APPLIANCES)}为例。",
        f"{project()}的发布时间线整理一下，从{project()}到{project()}。",
        f"参加{programme()}需要什么材料？买{prod(APPLIANCES)}能补多少？",
        f"{project()}和{dk('latin_brand', 'ChatGPT')}比有哪些差距？",
    ])
    return "neg_programme", form, None


def neg_list() -> Doc:
    form = turn("neg_list", [
        f"采购清单（草稿）\n1. {prod()} ×2\n2. {prod()} ×6\n3. {prod()} ×1\n{generic('供应商')}：待比价",
        f"费用明细\n- {app('ride')}打车 ¥{money()}\n- {shop()}工作餐 ¥{money()}\n- {app('travel')}火车票 {place()}→{place()} ¥{money()}",
        f"年会奖品：一等奖{prod()}，二等奖{prod()}，三等奖{latin()}，参与奖{brand()}礼盒。",
        f"办公室零食补货：{brand(SNACK_BRANDS)}坚果、{brand(SNACK_BRANDS)}饮料、{dk('latin_brand', 'Coca-Cola')}两箱。",
        f"| 品名 | 数量 | 单价 |\n| {prod()} | 4 | {money()} |\n| {prod()} | 1 | {money()} |\n| {latin()} | 2 | {money()} |",
        f"报销说明：{place()}展会期间，在{shop()}和{shop()}用餐，已用{app('pay')}付款。",
    ])
    return "neg_list", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_review, 10), (neg_compare, 9), (neg_food, 9), (neg_culture, 7), (neg_generic, 9), (neg_travel, 7),
    (neg_apps, 7), (neg_programme, 5), (neg_list, 7),
]



def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
