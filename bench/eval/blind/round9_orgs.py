"""Round 9 blind corpus: organisation names in English, bilingual, Hong Kong, Taiwan and Singapore styles, and
Chinese places written as English addresses.

Why: on the hold-out, ORG misses concentrate in English organisation names, and generic references still become
findings in a few documents without gold. This round is written from the labeling conventions only
(/work/shared/eval/README.md), before running the detectors on it:

- ORG is the full name as written, legal form included (Co., Ltd., Inc., LLC, GmbH, Pte. Ltd., 有限公司,
  股份有限公司), with its region in brackets (Acme Trading (Shanghai) Co., Ltd.) and its branch (Bank of China,
  Shanghai Branch; 某某银行杭州分行); a leading "the" in running text is not part of it. A company named
  after its founder (王记餐饮有限公司, Tan Brothers Engineering Pte Ltd) is one ORG, not a person.
- Generic references (本公司, 贵司, 某公司, the company, our bank, the university), placeholders in templates
  (XX有限公司, ××公司, 某某科技有限公司, ABC Co., Ltd.), product names, brand words alone and job titles are
  decoys: they name no particular organisation.
- ADDRESS in English for a Chinese place runs from the finest unit (Room, Unit, Floor) to the highest
  administrative unit written (the city or province); the postcode and the country (China, P.R.C.) are left out,
  as the postcode is in Chinese addresses.

Documents come from seeded templates with synthetic names: English emails and invoices, bilingual letterheads,
Chinese prose that names foreign companies, Hong Kong, Taiwan and Singapore company styles, bureaus of
autonomous regions and prefectures, hospitals, schools, law firms; about 30% have no gold at all.

    python -m bench.eval.blind.build --round9o      # writes bench/eval/corpus/blind-round9o.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from bench.eval.blind.build import interleave

SEED = 90211
R = random.Random(SEED)

# --- synthetic names ------------------------------------------------------------------------------------------
CN_BRANDS = ["澄明", "锦程", "沐禾", "晟睿", "泓毅", "凌越", "峻峰", "逸桥", "朗晴", "禾睿", "曜石", "乐邦", "青岚",
             "卓衡", "溪谷", "铂岩", "衡川", "安途", "致远星", "蓝湾", "启橙", "弘澜", "云杉", "沛霖"]
TW_BRANDS = ["宏昇", "鈺晶", "永昌", "聯碩", "瑞興", "富鼎", "昱泰", "榮曜", "晶華創", "泰豐源"]
HK_BRANDS = ["廣興", "永發", "德昌隆", "恒利", "裕豐", "嘉信", "利源", "泰和祥"]
CN_TRADES = ["科技", "信息技术", "网络科技", "电子", "贸易", "物流", "供应链管理", "精密机械", "新材料", "生物医药",
             "医疗器械", "食品", "文化传媒", "企业管理咨询", "软件", "智能装备", "环保工程", "跨境电商"]
TW_TRADES = ["科技", "電子", "精密工業", "國際貿易", "生技", "光電", "資訊", "實業"]
HK_TRADES = ["貿易", "國際", "實業", "投資", "物流", "工程", "發展"]
CN_FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"]

EN_WORDS = ["Kestrel", "Marlowe", "Ashford", "Bellhaven", "Quillon", "Thornbury", "Caldera", "Westmere", "Halcyon",
            "Ridgewell", "Norland", "Juniper", "Stonegate", "Corvid", "Larkspur", "Brightwater", "Silverfern",
            "Oakhurst", "Redcliff", "Windmere", "Copperleaf", "Eastvale"]
EN_TRADES = ["Trading", "Logistics", "Precision Components", "Biotech", "Analytics", "Software", "Textiles",
             "Medical Technology", "Semiconductor", "Packaging", "Foods", "Industrial", "Electronics",
             "Robotics", "Materials", "Marine Services", "Data Systems", "Pharmaceuticals"]
EN_FORMS = ["Co., Ltd.", "Co., Ltd.", "Ltd.", "Limited", "Inc.", "Inc.", "LLC", "GmbH", "Pte. Ltd.", "Corporation",
            "Corp.", "PLC", "B.V.", "Pty Ltd", "AG", "S.A."]
EN_REGIONS = ["Shanghai", "Shenzhen", "Suzhou", "Beijing", "Hong Kong", "China", "Asia Pacific", "Singapore"]
PINYIN_CITIES = ["Shenzhen", "Ningbo", "Suzhou", "Xiamen", "Dongguan", "Hangzhou", "Qingdao", "Foshan", "Wuxi",
                 "Chengdu"]
PINYIN_BRANDS = ["Hanhai", "Jincheng", "Muhe", "Shengrui", "Hongyi", "Lingyue", "Junfeng", "Yiqiao", "Langqing",
                 "Yaoshi", "Qinglan", "Zhuoheng", "Xigu", "Boyan"]
PINYIN_TRADES = ["Electronics", "Technology", "Trading", "Logistics", "Machinery", "New Materials", "Biomedical",
                 "Information Technology", "Supply Chain Management", "Precision Manufacturing"]

EN_BANKS = ["Bank of China", "Bank of Communications", "China Merchants Bank", "Industrial and Commercial Bank of China",
            "Agricultural Bank of China", "China Construction Bank", "Bank of Ningbo", "Bank of Shanghai",
            "China Minsheng Bank", "Shanghai Pudong Development Bank"]
EN_BANK_ENTITIES = ["HSBC Bank (China) Company Limited", "Standard Chartered Bank (Hong Kong) Limited",
                    "DBS Bank Ltd.", "Citibank, N.A.", "Bank of East Asia (China) Limited",
                    "Hang Seng Bank Limited", "OCBC Bank (Malaysia) Berhad", "United Overseas Bank Limited"]
EN_UNIVERSITIES = ["Zhejiang University", "Fudan University", "Tsinghua University", "Peking University",
                   "Sun Yat-sen University", "Wuhan University", "University of Hong Kong", "Nanyang Technological University",
                   "National University of Singapore", "University of Nottingham Ningbo China",
                   "Xi'an Jiaotong-Liverpool University", "Shanghai Jiao Tong University", "University of Macau",
                   "National Taiwan University", "University of Manchester", "University of Toronto"]
EN_HOSPITALS = ["Peking Union Medical College Hospital", "West China Hospital of Sichuan University",
                "Queen Mary Hospital", "Singapore General Hospital", "Shanghai East Hospital", "Guangdong Provincial People's Hospital",
                "Zhongshan Hospital, Fudan University", "Prince of Wales Hospital"]
EN_GOV = ["Shanghai Municipal Administration for Market Regulation", "Ministry of Commerce of the People's Republic of China",
          "Shenzhen Municipal Bureau of Human Resources and Social Security", "Hong Kong Monetary Authority",
          "Inland Revenue Department", "Companies Registry", "Monetary Authority of Singapore",
          "Accounting and Corporate Regulatory Authority", "Cyberspace Administration of China",
          "Beijing Municipal Public Security Bureau", "State Administration of Foreign Exchange"]
EN_SCHOOLS = ["Ridgewell International School", "Ashford College", "Westmere Academy", "Bellhaven Institute of Design",
              "Thornbury Grammar School"]
EN_LAW = ["Kingsbridge & Partners LLP", "Marlowe Chen & Associates", "Ashford Lin Law Offices", "Stonegate Legal LLP",
          "Westmere Tan LLC", "Halcyon Wong & Co."]

CN_PLACES = [("北京市", "北京", ["朝阳区", "海淀区", "东城区"]), ("上海市", "上海", ["浦东新区", "徐汇区", "静安区"]),
             ("深圳市", "深圳", ["南山区", "福田区", "宝安区"]), ("杭州市", "杭州", ["西湖区", "滨江区", "余杭区"]),
             ("成都市", "成都", ["武侯区", "高新区", "锦江区"]), ("苏州市", "苏州", ["工业园区", "吴中区", "姑苏区"]),
             ("武汉市", "武汉", ["洪山区", "江汉区", "武昌区"]), ("南京市", "南京", ["鼓楼区", "江宁区", "建邺区"]),
             ("厦门市", "厦门", ["思明区", "湖里区"]), ("宁波市", "宁波", ["鄞州区", "北仑区"])]
PROV_OF = {"深圳市": "广东省", "杭州市": "浙江省", "成都市": "四川省", "苏州市": "江苏省", "武汉市": "湖北省",
           "南京市": "江苏省", "厦门市": "福建省", "宁波市": "浙江省"}
# Autonomous regions and prefectures with the short forms business text uses before a company or body.
AUTONOMOUS = [("广西壮族自治区", "广西", "南宁市", ["青秀区", "西乡塘区"]), ("宁夏回族自治区", "宁夏", "银川市", ["金凤区", "兴庆区"]),
              ("新疆维吾尔自治区", "新疆", "乌鲁木齐市", ["天山区", "沙依巴克区"]), ("内蒙古自治区", "内蒙古", "呼和浩特市", ["赛罕区", "新城区"]),
              ("西藏自治区", "西藏", "拉萨市", ["城关区"])]
PREFECTURES = [("黔东南苗族侗族自治州", "黔东南州", "黔东南", "贵州省", "凯里市"), ("延边朝鲜族自治州", "延边州", "延边", "吉林省", "延吉市"),
               ("恩施土家族苗族自治州", "恩施州", "恩施", "湖北省", "恩施市"), ("大理白族自治州", "大理州", "大理", "云南省", "大理市"),
               ("西双版纳傣族自治州", "西双版纳州", "西双版纳", "云南省", "景洪市"), ("湘西土家族苗族自治州", "湘西州", "湘西", "湖南省", "吉首市"),
               ("甘孜藏族自治州", "甘孜州", "甘孜", "四川省", "康定市"), ("伊犁哈萨克自治州", "伊犁州", "伊犁", "新疆维吾尔自治区", "伊宁市")]
ROADS = ["人民路", "中山路", "建设路", "解放大道", "长江路", "学院路", "新华街", "光明大道", "迎宾大道", "工业一路", "花园街",
         "东风路", "金桥路", "友谊路", "滨江大道", "科苑南路", "文二路"]
EN_ROADS = [("Jianguo Road", "建国路"), ("Zhongshan Road", "中山路"), ("Keyuan South Road", "科苑南路"),
            ("Century Avenue", "世纪大道"), ("Wensan Road", "文三路"), ("Tianfu Avenue", "天府大道"),
            ("Jinqiao Road", "金桥路"), ("Huaihai Middle Road", "淮海中路"), ("Xinghu Street", "星湖街"),
            ("Renmin South Road", "人民南路"), ("Binjiang Avenue", "滨江大道"), ("Xueyuan Road", "学院路")]
EN_PLACES = [("Chaoyang District", "Beijing", ""), ("Haidian District", "Beijing", ""), ("Pudong New Area", "Shanghai", ""),
             ("Xuhui District", "Shanghai", ""), ("Nanshan District", "Shenzhen", "Guangdong"),
             ("Futian District", "Shenzhen", "Guangdong Province"), ("Xihu District", "Hangzhou", "Zhejiang"),
             ("Binjiang District", "Hangzhou", "Zhejiang Province"), ("Wuhou District", "Chengdu", "Sichuan"),
             ("Suzhou Industrial Park", "Suzhou", "Jiangsu"), ("Jiangning District", "Nanjing", "Jiangsu Province"),
             ("Siming District", "Xiamen", "Fujian")]
EN_TOWERS = ["Tower 2, China World Trade Center", "Building 5", "Block B, Innovation Plaza", "Tower A, Times Square",
             "Building 3, Software Park Phase II", "Jinmao Tower"]

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "宋"]
GIVEN = ["嘉怡", "浩然", "子轩", "雨桐", "明辉", "晓燕", "志刚", "慧敏", "俊峰", "思远", "梦洁", "宏伟", "丽萍", "天宇"]
EN_FIRST = ["Daniel", "Emily", "Oliver", "Sophie", "Marcus", "Hannah", "Lucas", "Grace", "Nathan", "Chloe", "Ethan", "Isla"]
EN_LAST = ["Hartley", "Whitmore", "Calloway", "Pemberton", "Ashby", "Fairclough", "Linwood", "Thorne", "Radcliffe", "Mercer"]
HK_PEOPLE = ["Chan Tai Man", "Wong Ka Yan", "Leung Chi Wai", "Cheung Wing Sze", "Lam Siu Fung"]
TITLES = ["Procurement Manager", "Chief Financial Officer", "Head of Legal", "Sales Director", "Account Manager",
          "Compliance Officer", "Operations Lead", "Managing Director"]


def pick(seq: list) -> object:
    return R.choice(seq)


def org(text: str) -> str:
    return f"{{{{ORG:{text}}}}}"


def addr(text: str) -> str:
    return f"{{{{ADDRESS:{text}}}}}"


def dec(kind: str, text: str) -> str:
    return f"[[{kind}:{text}]]"


def cn_person() -> str:
    return f"{{{{PERSON:{pick(SURNAMES)}{pick(GIVEN)}}}}}"


def en_person() -> str:
    return f"{{{{PERSON:{pick(EN_FIRST)} {pick(EN_LAST)}}}}}"


def mobile() -> str:
    head = pick(["138", "139", "150", "158", "186", "187", "189", "177", "135"])
    return f"{{{{CN_PHONE:{head}{R.randrange(10**7, 10**8)}}}}}"


def email(local: str, domain: str) -> str:
    return f"{{{{EMAIL:{local}@{domain}}}}}"


# --- organisation names ------------------------------------------------------------------------------------------
def en_company() -> str:
    k = R.randrange(6)
    if k == 0:
        return f"{pick(EN_WORDS)} {pick(EN_TRADES)} ({pick(EN_REGIONS)}) {pick(['Co., Ltd.', 'Limited', 'Pte. Ltd.'])}"
    if k == 1:
        return f"{pick(EN_WORDS)} & {pick(EN_WORDS)} {pick(EN_FORMS)}"
    return f"{pick(EN_WORDS)} {pick(EN_TRADES)} {pick(EN_FORMS)}"


def pinyin_company() -> str:
    """The English name a mainland company registers next to its Chinese one."""
    return f"{pick(PINYIN_CITIES)} {pick(PINYIN_BRANDS)} {pick(PINYIN_TRADES)} Co., Ltd."


def cn_company() -> str:
    city, short, _ = pick(CN_PLACES)
    name = f"{pick(CN_BRANDS)}{pick(CN_TRADES)}"
    k = R.randrange(5)
    if k < 2:
        return f"{city}{name}{pick(CN_FORMS)}"
    if k < 4:
        return f"{short}{name}{pick(CN_FORMS)}"
    return f"{pick(CN_BRANDS)}{pick(CN_TRADES)}（{short}）{pick(CN_FORMS)}"


def tw_company() -> str:
    return f"{pick(TW_BRANDS)}{pick(TW_TRADES)}{pick(['股份有限公司', '股份有限公司', '有限公司'])}"


def hk_company() -> str:
    return f"{pick(HK_BRANDS)}{pick(HK_TRADES)}{pick(['有限公司', '（香港）有限公司', '集團有限公司'])}"


def hk_en_company() -> str:
    word = pick(["Kwong Hing", "Wing Fat", "Tak Cheong", "Hang Lee", "Yue Fung", "Kar Shun", "Lee & Sons", "Tai Wo"])
    return f"{word} {pick(['Trading', 'Holdings', 'Engineering', 'Industrial', 'Garment', 'Enterprises'])} " \
           f"{pick(['Company Limited', 'Limited', 'Co. Ltd.', '(H.K.) Limited'])}"


def sg_company() -> str:
    word = pick(["Lion Harbour", "Tan Brothers", "Merlion Bay", "Straits Link", "Ng & Lim", "Raffles Quay"])
    return f"{word} {pick(['Logistics', 'Engineering', 'Trading', 'Holdings', 'Marine', 'Fintech'])} " \
           f"{pick(['Pte. Ltd.', 'Pte Ltd', 'Pte. Ltd', 'Private Limited'])}"


def founder_company() -> str:
    """A company named after its founder: the surname and given name inside are the brand."""
    s = pick(SURNAMES)
    k = R.randrange(5)
    if k == 0:
        return f"{s}记{pick(['餐饮', '食品', '茶业'])}{pick(['有限公司', '管理有限公司'])}"
    if k == 1:
        return f"{pick(['深圳市', '广州市', '东莞市', '佛山市'])}{s}{pick(GIVEN)}{pick(['五金制品', '服装', '电器'])}有限公司"
    if k == 2:
        return f"{s}氏{pick(['兄弟', '家族'])}{pick(['实业', '控股', '投资'])}有限公司"
    if k == 3:
        return f"老{s}家{pick(['餐饮管理', '食品', '家政服务'])}有限公司"
    return f"{pick(['杭州', '成都', '青岛'])}{s}{pick(GIVEN)}律师事务所"


def autonomous_org() -> str:
    """Bodies and companies of autonomous regions and prefectures, by full and by short name."""
    if R.random() < 0.5:
        full, short, city, _ = pick(AUTONOMOUS)
        k = R.randrange(5)
        if k == 0:
            return f"{full}{pick(['卫生健康委员会', '教育厅', '市场监督管理局', '人民医院', '高级人民法院'])}"
        if k == 1:
            return f"{short}{pick(CN_BRANDS)}{pick(CN_TRADES)}{pick(CN_FORMS)}"
        if k == 2:
            return f"{short}{pick(['大学', '医科大学', '师范大学', '财经学院'])}"
        if k == 3:
            return f"{city}{pick(CN_BRANDS)}{pick(CN_TRADES)}有限公司"
        return f"{short}{pick(['农村信用社', '北部湾银行' if short == '广西' else '银行'])}"
    full, short_z, short, prov, city = pick(PREFECTURES)
    k = R.randrange(5)
    if k == 0:
        return f"{full}{pick(['人民医院', '中级人民法院', '公安局', '教育局', '民族中学'])}"
    if k == 1:
        return f"{short_z}{pick(['人民医院', '中医院', '民族高级中学', '市场监督管理局'])}"
    if k == 2:
        return f"{short}{pick(CN_BRANDS)}{pick(CN_TRADES)}{pick(CN_FORMS)}"
    if k == 3:
        return f"{prov}{short}{pick(CN_BRANDS)}{pick(['农业', '旅游', '茶业'])}开发有限公司"
    return f"{city}{pick(['第一中学', '人民医院', '职业技术学校'])}"


def cn_body() -> str:
    city, short, dists = pick(CN_PLACES)
    k = R.randrange(6)
    if k == 0:
        return f"{city}{pick(dists)}市场监督管理局"
    if k == 1:
        return f"国家税务总局{city}{pick(dists)}税务局"
    if k == 2:
        return f"{city}{pick(dists)}人民法院"
    if k == 3:
        return f"{city}第{pick('一二三四五六七')}人民医院"
    if k == 4:
        return f"{city}第{pick('一二三四七九')}中学"
    return f"{city}{pick(dists)}{pick(['实验小学', '中心医院', '妇幼保健院'])}"


def cn_bureau() -> str:
    city, _, dists = pick(CN_PLACES)
    return R.choice([f"{city}{pick(dists)}市场监督管理局", f"国家税务总局{city}{pick(dists)}税务局", f"{city}生态环境局"])


def en_bank_branch() -> str:
    bank = pick(EN_BANKS)
    k = R.randrange(3)
    if k == 0:
        return bank
    if k == 1:
        return f"{bank}, {pick(['Shanghai', 'Shenzhen', 'Beijing', 'Hangzhou', 'Ningbo'])} Branch"
    return f"{bank} {pick(['Shanghai', 'Shenzhen', 'Suzhou', 'Xiamen'])} Branch"


def cn_bank_branch() -> str:
    city, short, _ = pick(CN_PLACES)
    bank = pick(["中国银行", "招商银行", "中国建设银行", "交通银行", "兴业银行", "宁波银行"])
    return R.choice([f"{bank}{short}分行", f"{bank}股份有限公司{short}{pick(['科技园', '高新', '城东', '滨江'])}支行"])


# --- addresses ---------------------------------------------------------------------------------------------------
def en_address() -> str:
    """A Chinese street address written in English, finest unit first, no postcode or country."""
    road, _ = pick(EN_ROADS)
    dist, city, prov = pick(EN_PLACES)
    no = R.randrange(1, 999)
    head = R.choice([f"Room {R.randrange(2, 30)}{R.randrange(1, 20):02d}, ", f"Unit {R.randrange(1, 9)}{pick('ABCDEF')}, ",
                     f"{R.randrange(2, 40)}/F, {pick(EN_TOWERS)}, ", f"Floor {R.randrange(2, 30)}, {pick(EN_TOWERS)}, ",
                     f"Room {R.randrange(1, 9)}0{R.randrange(1, 9)}, Building {R.randrange(1, 12)}, ", ""])
    street = R.choice([f"No. {no} {road}", f"{no} {road}"])
    tail = f", {dist}, {city}" + (f", {prov}" if prov else "")
    return f"{head}{street}{tail}"


def with_country(markup: str) -> str:
    pc = f"{R.randrange(100, 850)}{R.randrange(0, 1000):03d}"
    return R.choice([markup, f"{markup}, China", f"{markup} {pc}, P.R. China", f"{markup}, {pc}", f"{markup}, PRC"])


def cn_address() -> str:
    city, _, dists = pick(CN_PLACES)
    prov = PROV_OF.get(city, "")
    head = R.choice([prov + city, city, city]) + pick(dists)
    return f"{head}{pick(ROADS)}{R.randrange(1, 600)}号" + R.choice(
        ["", f"{R.randrange(2, 30)}层", f"{pick(['A', 'B', 'C'])}座{R.randrange(3, 28)}0{R.randrange(1, 9)}室",
         f"{R.randrange(1, 12)}栋{R.randrange(1, 30)}0{R.randrange(1, 6)}室"])


def hk_address_en() -> str:
    return (f"Flat {pick('ABCDEFGH')}, {R.randrange(2, 40)}/F, {pick(['Kwun Tong Plaza', 'Harbour Centre', 'Wing On House'])}, "
            f"{R.randrange(1, 300)} {pick(['Hoi Bun Road', 'Nathan Road', 'Hennessy Road', 'Des Voeux Road Central'])}, "
            f"{pick(['Kwun Tong, Kowloon', 'Mong Kok, Kowloon', 'Wan Chai', 'Central'])}, Hong Kong")


# --- documents with gold ------------------------------------------------------------------------------------------
def doc_en_email() -> str:
    a, b = en_company(), en_company()
    who, me = en_person(), en_person()
    return R.choice([
        f"Hi {who},\n\nFollowing our call, {org(a)} has agreed to take over the Q3 order from {org(b)}. "
        f"Please send the revised PO to me by Friday.\n\nBest regards,\n{me}\n{dec('job_title', pick(TITLES))}, {org(a)}",
        f"Dear {who},\n\nWe are pleased to confirm that {org(a)} will act as the exclusive distributor for "
        f"{org(b)} in Greater China. {dec('org_generic', 'The company')} will open a showroom in Shenzhen next spring.\n\nKind regards,\n{me}",
        f"{me} wrote: the audit of {org(a)} is done; {org(b)} still owes us the bank confirmation letter. "
        f"Can {dec('org_generic', 'our bank')} issue it directly?",
        f"FYI - {org(a)} acquired a minority stake in {org(b)} last week. Legal says {dec('org_generic', 'the company')} "
        f"must update the supplier record before the next payment run.",
    ])


def doc_en_invoice() -> str:
    seller, buyer = en_company(), R.choice([pinyin_company(), en_company()])
    return R.choice([
        f"COMMERCIAL INVOICE\nSeller: {org(seller)}\nBuyer: {org(buyer)}\nShip to: {with_country(addr(en_address()))}\n"
        f"Payment: T/T 30 days\nBeneficiary bank: {org(en_bank_branch())}",
        f"PROFORMA INVOICE No. PI-{R.randrange(10000, 99999)}\nFrom: {org(seller)}\nTo: {org(buyer)}\n"
        f"Delivery address: {with_country(addr(en_address()))}\nIncoterms: FOB {pick(PINYIN_CITIES)}",
        f"Remit to: {org(seller)}\nBank: {org(pick(EN_BANK_ENTITIES))}\nSWIFT: {pick(['BKCHCNBJ', 'HSBCHKHH', 'DBSSSGSG', 'SCBLHKHH'])}\n"
        f"Bill to: {org(buyer)}, {addr(en_address())}",
    ])


def doc_bilingual() -> str:
    city, short, _ = pick(CN_PLACES)
    brand, trade = pick(CN_BRANDS), pick(CN_TRADES)
    cn = f"{city}{brand}{trade}有限公司"
    en = pinyin_company()
    addr_cn = cn_address()
    return R.choice([
        f"{org(cn)}\n{org(en)}\n地址：{addr(addr_cn)}\nAddress: {with_country(addr(en_address()))}\n电话：{mobile()}",
        f"本协议由{org(cn)}（{org(en)}，以下简称“卖方”）与{org(en_company())}（以下简称“买方”）签订。",
        f"签约主体：{org(cn)}（英文名称：{org(en)}）\n注册地址：{addr(addr_cn)}",
        f"Supplier / 供应商: {org(en)} ({org(cn)})\nContact / 联系人: {cn_person()} {mobile()}",
    ])


def doc_cn_prose_en_org() -> str:
    a = R.choice([en_company(), pick(EN_BANK_ENTITIES), pick(EN_UNIVERSITIES)])
    return R.choice([
        f"我们和{org(a)}的框架合同下月到期，对方法务{cn_person()}说想续签三年。",
        f"{cn_person()}去年从{org(pick(EN_UNIVERSITIES))}毕业，现在在{org(en_company())}做数据分析。",
        f"客户要求把货款付到{org(pick(EN_BANK_ENTITIES))}的账户，{dec('org_generic', '我司')}财务需要先核实。",
        f"审计发现{org(en_company())}与{org(cn_company())}之间存在未披露的关联交易。",
        f"请把这份英文合同摘要一下：甲方是{org(a)}，乙方是{org(cn_company())}，标的是一批工业传感器。",
    ])


def doc_hk() -> str:
    return R.choice([
        f"僱主：{org(hk_company())}\n職位：{dec('job_title', pick(['會計主任', '行政經理', '倉務員']))}\n聯絡人：{{{{PERSON:{pick(['陳', '黃', '李', '梁'])}{pick(['家豪', '嘉欣', '志偉', '詠詩'])}}}}}",
        f"Employer: {org(hk_en_company())}\nAddress: {addr(hk_address_en())}\nContact: {{{{PERSON:{pick(HK_PEOPLE)}}}}}",
        f"本人{{{{PERSON:{pick(['陳', '黃', '李', '梁'])}{pick(['家樂', '美儀', '俊傑'])}}}}}現任職於{org(hk_company())}，"
        f"月薪已存入{org(pick(['香港上海滙豐銀行有限公司', '恒生銀行有限公司', '中國銀行（香港）有限公司', '東亞銀行有限公司']))}戶口。",
        f"{org(hk_en_company())} ({org(hk_company())}) has moved its office to {addr(hk_address_en())}.",
    ])


def doc_tw() -> str:
    return R.choice([
        f"買方：{org(tw_company())}\n賣方：{org(tw_company())}\n雙方同意依本合約條款辦理。",
        f"{{{{PERSON:{pick(['林', '陳', '黃', '張'])}{pick(['淑芬', '雅婷', '宗翰', '冠宇'])}}}}}畢業於{org(pick(['國立臺灣大學', '國立清華大學', '國立成功大學']))}，"
        f"目前任職於{org(tw_company())}研發部。",
        f"Vendor: {org(pick(['Hongsheng', 'Yujing', 'Liansuo', 'Fuding']) + ' ' + pick(['Technology', 'Electronics', 'Precision Industry']) + ' Co., Ltd.')} "
        f"({org(tw_company())})",
    ])


def doc_sg() -> str:
    c = sg_company()
    return R.choice([
        f"Please invoice {org(c)} (UEN {R.randrange(200000000, 202499999)}{pick('CDEKMNRWZ')}) and copy {en_person()} in finance.",
        f"{org(c)} has appointed {org(pick(EN_LAW))} as its legal adviser for the acquisition of {org(en_company())}.",
        f"新加坡子公司{org(c)}本月起由{cn_person()}担任董事，{dec('org_generic', '母公司')}不再派驻财务。",
    ])


def doc_gov() -> str:
    return R.choice([
        f"{org(cn_body())}\n关于开展年度检查的通知\n请各单位于12月20日前将材料报送{dec('org_generic', '本局')}综合科。",
        f"行政处罚决定书\n当事人：{org(cn_company())}\n作出决定机关：{org(cn_bureau())}",
        f"Notice from the {org(pick(EN_GOV))}: companies must file their annual returns before 31 March.",
        f"我们把备案材料交给了{org(pick(EN_GOV))}，{dec('org_generic', 'the regulator')} asked for a certified translation.",
        f"{org(autonomous_org())}\n关于做好冬季安全生产工作的通知\n各有关单位：……",
        f"转诊单\n转出医院：{org(pick(PREFECTURES)[1] + pick(['人民医院', '中医院']))}\n转入医院：{org(cn_body())}\n患者：{cn_person()}",
    ])


def doc_autonomous() -> str:
    a = autonomous_org()
    return R.choice([
        f"供应商：{org(a)}\n联系人：{cn_person()}\n电话：{mobile()}",
        f"{cn_person()}目前在{org(a)}工作，去年刚调过去。",
        f"会议纪要：{org(a)}与{org(autonomous_org())}就产业合作签署框架协议。",
        f"收款单位：{org(a)}\n开户行：{org(cn_bank_branch())}",
    ])


def doc_hospital_school() -> str:
    return R.choice([
        f"Referral letter\nPatient: {en_person()}\nReferred to: {org(pick(EN_HOSPITALS))}\nBy: Dr {en_person()}, "
        f"{org(pick(EN_HOSPITALS))}",
        f"My daughter got an offer from {org(pick(EN_SCHOOLS))} and another from {org(pick(EN_UNIVERSITIES))}.",
        f"{cn_person()}在{org(cn_body())}住院，{dec('org_generic', '医院')}说下周可以出院。",
        f"Transcript issued by {org(pick(EN_UNIVERSITIES))}, Office of the Registrar.",
        f"孩子转学到了{org(cn_body())}，{dec('org_generic', '学校')}要求补交体检表。",
    ])


def doc_law() -> str:
    firm = R.choice([pick(EN_LAW), f"{pick(CN_BRANDS)}律师事务所", f"{pick(['北京市', '上海市', '广东'])}{pick(CN_BRANDS)}律师事务所",
                     f"{pick(CN_BRANDS)}（{pick(['深圳', '杭州', '上海'])}）律师事务所"])
    return R.choice([
        f"律师函\n致：{org(cn_company())}\n{org(firm)}受{org(en_company())}委托，就{dec('org_generic', '贵司')}拖欠货款一事致函如下。",
        f"We act for {org(en_company())}. Our client instructs us that {org(cn_company())} has failed to deliver the goods. "
        f"\n{org(pick(EN_LAW))}",
        f"本案由{org(firm)}代理，对方当事人为{org(cn_company())}。",
    ])


def doc_founder() -> str:
    c = founder_company()
    return R.choice([
        f"甲方：{org(c)}\n乙方：{org(cn_company())}\n签订日期：2026年10月12日",
        f"我们刚和{org(c)}签了供货合同，对接人是{cn_person()}。",
        f"开票抬头：{org(c)}",
        f"Customer: {org(sg_company())}; consignee: {org(c)}",
    ])


def doc_en_address() -> str:
    a = en_address()
    return R.choice([
        f"Please ship the replacement unit to {with_country(addr(a))}. Contact: {en_person()}, {mobile()}.",
        f"Registered office: {with_country(addr(a))}",
        f"请把这个地址翻译成中文：{addr(a)}",
        f"Our new office: {addr(a)} (next to {dec('landmark', pick(['Line 2 Metro Exit C', 'the Starbucks', 'Gate 3']))}).",
        f"{org(pinyin_company())}\nAdd: {with_country(addr(a))}\nTel: {{{{CN_LANDLINE:+86 {pick([10, 20, 21, 22, 25, 27, 28, 29])} {R.randrange(2000, 9999)} {R.randrange(1000, 9999)}}}}}",
    ])


POSITIVE: list[tuple[str, Callable[[], str], int]] = [
    ("en_email", doc_en_email, 14), ("en_invoice", doc_en_invoice, 10), ("bilingual", doc_bilingual, 10),
    ("zh_prose_en_org", doc_cn_prose_en_org, 9), ("hk_org", doc_hk, 7), ("tw_org", doc_tw, 6), ("sg_org", doc_sg, 6),
    ("government", doc_gov, 9), ("autonomous", doc_autonomous, 8), ("hospital_school", doc_hospital_school, 7),
    ("law_firm", doc_law, 6), ("founder_named", doc_founder, 7), ("en_address", doc_en_address, 8),
]


# --- documents without gold -----------------------------------------------------------------------------------
def placeholder() -> str:
    return dec("placeholder_name", pick(["XX有限公司", "××公司", "某某科技有限公司", "XXX股份有限公司", "某某银行某某支行",
                                         "ABC Co., Ltd.", "XYZ Limited", "[Company Name] Ltd.", "Company Name Inc.",
                                         "某某大学", "××市××区人民法院", "某某律师事务所"]))


NEG_SENTENCES: list[Callable[[], str]] = [
    lambda: f"{dec('org_generic', 'The company')} reported a 12% rise in revenue, and {dec('org_generic', 'the group')} expects more.",
    lambda: f"Please ask {dec('org_generic', 'our bank')} whether the transfer has cleared.",
    lambda: f"{dec('org_generic', 'The university')} will close for the Lunar New Year from 26 January.",
    lambda: f"She works as a {dec('job_title', pick(TITLES))} at {dec('org_generic', 'a logistics company')} in Ningbo.",
    lambda: f"We need a {dec('job_title', pick(TITLES))} with five years of experience; {dec('org_generic', 'the company')} offers remote work.",
    lambda: f"The new {dec('product', pick(['iPhone 16 Pro', 'Galaxy S24 Ultra', 'Model Y', 'Surface Laptop 7', 'ThinkPad X1 Carbon']))} ships next week.",
    lambda: f"I bought an {dec('brand', 'Apple')} watch and a pair of {dec('brand', pick(['Nike', 'Adidas', 'New Balance']))} shoes.",
    lambda: f"We moved from {dec('product', 'Office 365')} to {dec('product', 'Google Workspace')} last year.",
    lambda: f"The {dec('product', pick(['Limited Edition', 'Group Policy', 'Holdings report', 'Systems Manager']))} settings were reset.",
    lambda: f"Bank holiday on Monday; {dec('org_generic', 'the bank')} branches will be closed.",
    lambda: f"请{dec('org_generic', '贵司')}在三个工作日内回复{dec('org_generic', '本公司')}的函件。",
    lambda: f"{dec('org_generic', '某公司')}的员工说{dec('org_generic', '他们公司')}今年不发年终奖。",
    lambda: f"合同模板里的甲方写{placeholder()}，乙方写{placeholder()}，签约时再替换。",
    lambda: f"示例：开票抬头填写{placeholder()}，税号填写统一社会信用代码。",
    lambda: f"Template: This Agreement is made between {placeholder()} and {placeholder()}.",
    lambda: f"他是{dec('org_generic', '一家外企')}的{dec('job_title', pick(['销售总监', '财务经理', '法务专员', '人事主管']))}，经常出差。",
    lambda: f"{dec('org_generic', '我行')}信用卡中心提醒您按时还款，{dec('org_generic', '本行')}不会索要验证码。",
    lambda: f"刚换了{dec('brand', pick(['华为Mate 70', '小米15', 'OPPO Find X8', '荣耀Magic7']))}，{dec('brand', pick(['微信', '支付宝', '抖音']))}打开特别快。",
    lambda: f"大学生就业率今年又创新低，{dec('org_generic', '医院')}门口的停车场也涨价了。",
    lambda: f"{dec('org_generic', '该医院')}的专家号很难挂，{dec('org_generic', '那家银行')}的排队也长。",
    lambda: f"The hospital discharged him on Friday; the clinic will follow up in two weeks.",
    lambda: f"{dec('org_generic', 'Our law firm')} handles mostly cross-border cases, and {dec('org_generic', 'the partners')} speak Mandarin.",
    lambda: f"Our CFO and the {dec('job_title', 'Head of Group Finance')} will join the call.",
    lambda: f"Sales of {dec('brand', pick(['Coca-Cola', 'Starbucks', 'Tesla', 'Uniqlo']))} drinks and clothes rose in Q2.",
    lambda: f"Read chapter 3 of {dec('product', pick(['University Physics', 'Corporate Finance', 'Principles of Economics']))} before Monday.",
    lambda: f"{dec('org_generic', '本公司')}将于下周一起调整作息时间，请{dec('org_generic', '各子公司')}周知。",
    lambda: f"{dec('org_generic', '该公司')}成立于2015年，主营跨境电商，{dec('org_generic', '母公司')}在香港。",
    lambda: f"请把“{dec('org_generic', '贵公司')}”统一改成“{dec('org_generic', '贵司')}”。",
    lambda: f"The {dec('org_generic', 'Hong Kong subsidiary')} and the {dec('org_generic', 'Singapore office')} share one auditor.",
    lambda: f"我是{dec('job_title', pick(['银行柜员', '大学老师', '医院护士', '律所合伙人', '公司前台']))}，上班很忙。",
    lambda: f"Ltd. and Inc. are legal forms; a Co., Ltd. is the usual English form of a Chinese 有限公司.",
    lambda: f"The {dec('org_generic', 'regulator')} fined {dec('org_generic', 'several banks')} for late reporting.",
    lambda: f"年会定在{dec('place_name', pick(['杭州', '三亚', '成都', '厦门']))}开，{dec('org_generic', '集团')}出差旅费。",
    lambda: f"Tech giants such as {dec('brand', 'Google')} and {dec('brand', 'Amazon')} are hiring again.",
]


def doc_negative() -> str:
    n = R.randrange(2, 4)
    return " ".join(make() for make in R.sample(NEG_SENTENCES, n))


def _docs() -> list[tuple[str, str, str | None]]:
    docs: list[tuple[str, str, str | None]] = []
    for kind, make, count in POSITIVE:
        for _ in range(count):
            docs.append((kind, make(), None))
    negatives = [("neg_" + pick(["email", "chat", "notice", "prose", "template"]), doc_negative(), None) for _ in range(46)]
    return interleave(docs, negatives)


DOCS: list[tuple[str, str, str | None]] = _docs()
