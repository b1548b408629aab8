"""The suffix words a Chinese organisation name ends in (有限公司, 银行, 医院, 局 ...), the legal forms among them,
branches and campuses after them, the public-body stems a weak suffix needs, the listed bank names, and the limits
of the walk back from a suffix.

The lowest layer: the tables every other module of the Chinese pass reads, and nothing else.
"""
from __future__ import annotations

import re

from detectors.nlp import trie

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "分公司", "子公司", "公司", "集团", "控股",
    "银行", "信用社", "信用合作社", "证券", "保险", "基金会", "大学", "学院", "职业技术学院", "中学", "小学", "学校",
    "幼儿园", "医院", "卫生院", "卫生服务中心", "疾病预防控制中心", "妇幼保健院", "诊所", "研究院", "研究所", "研究中心",
    "科学院", "实验室", "事务所", "委员会", "协会", "学会", "商会", "联合会", "合作社", "出版社", "报社", "电视台",
    "广播电台", "法院", "检察院", "派出所", "公安局", "税务局", "管理局", "监督管理局", "管理委员会", "办事处",
    "工作室", "俱乐部", "酒店", "宾馆", "药房", "药店", "律师事务所", "会计师事务所", "厂", "局", "厅",
    "医疗中心", "体检中心", "检测中心", "保健院", "疗养院", "福利院", "养老院", "图书馆", "博物馆", "纪念馆",
    "有限公司", "人民政府", "交易所", "红十字会", "紅十字會",
    # traditional forms (Taiwan, Hong Kong): 事務所, 銀行, 醫院 ...
    "事務所", "律師事務所", "會計師事務所", "銀行", "醫院", "大學", "學院", "協會", "委員會", "基金會", "診所",
    "法院", "集團", "研究所", "有限責任公司", "股份有限公司", "學校", "中學", "小學", "醫學院", "大學附屬醫院",
    # sole traders, Japanese companies
    "商行", "株式会社", "株式會社", "製作所", "制作所", "合伙企业", "合夥企業", "工会", "總工會",
    "公证处", "公證處", "海关", "批发部", "经营部", "门市部",
    # Hong Kong law firms (某某律師行); residents' and villagers' committees by their short names
    "律師行", "律师行", "居委会", "居委會", "村委会", "村委會",
    # units of the police, fire and rescue services and the armed police (某市消防救援支队, 某区交警大队)
    "支队", "支隊", "大队", "大隊",
    # a city's bureau for one district (某市某区公安分局): the district before it makes it specific
    "公安分局", "税务分局", "稅務分局",
    # short forms people write for law firms and schools attached to a university (金杜律所, 人大附中)
    "律所", "附中", "附小",
    # the public service bodies of a city, district, town or community (某区政务服务中心, 某市不动产登记中心, 某市住房
    # 公积金管理中心, 某街道便民服务中心): a named place before them makes them specific, a bare unit (市, 区) does not
    "政务服务中心", "行政服务中心", "便民服务中心", "党群服务中心", "不动产登记中心", "公积金管理中心", "住房公积金管理中心",
    "社会保险事业管理中心", "社会保险服务中心", "医疗保障服务中心", "就业服务中心", "公共资源交易中心", "退役军人服务中心",
    "婚姻登记处", "车辆管理所",
    # a community's health station under its street (某区某街道社区卫生服务站) and a city's charity federation (某市慈善
    # 总会): the place before them makes them specific, as for 卫生服务中心 and 红十字会
    "卫生服务站", "衛生服務站", "慈善总会", "慈善總會",
    # a named place's public institutions by what they do (某市职业技能鉴定中心, 某区大数据发展中心): _specific asks a
    # place or a name before them, so 发展中心 / 鉴定中心 alone name nothing
    "发展中心", "鉴定中心", "检验中心", "监测中心", "指导中心", "评审中心", "认证中心", "交易中心",
    # public institutions and registered individual businesses that are names only under the full place written
    # before them (see _PLACE_LED): 某省档案馆, 某区融媒体中心, 某市某区某某养老服务中心, 某县某某餐饮店
    "档案馆", "檔案館", "科技馆", "文化馆", "艺术馆", "美术馆", "融媒体中心", "服务中心", "活动中心", "康复中心",
    "托育中心", "店", "馆", "服务部", "维修部", "超市",
    # border and port inspection stations (某某出入境边防检查站): a place before them makes them specific
    "检查站", "檢查站",
)
# Suffixes that name something only when the name opens with a division's full name (宜昌市, 西陵区): a public
# institution of that place by its kind (河南省档案馆, 某区融媒体中心), and, with a trade name of two characters or
# more between (_PLACE_NAMED), a registered individual business or a social service unit (某市某区某某便利店, 某县
# 某镇某某快餐店, 某市某某养老服务中心: the name on its licence). A shop sign alone (某某便利店, 张记面馆) names a shop,
# not an organisation, and 服务中心 / 店 / 馆 after anything else are ordinary words (客户服务中心, 书店, 饭馆).
_PLACE_NAMED = frozenset({"服务中心", "活动中心", "康复中心", "托育中心", "店", "馆", "服务部", "维修部", "超市", "经营部",
                          "门市部", "批发部"})
_PLACE_LED = _PLACE_NAMED | {"档案馆", "檔案館", "科技馆", "文化馆", "艺术馆", "美术馆", "融媒体中心"}
_UNIT_NEAR = re.compile(r"[省市区县州旗镇乡區縣鎮鄉]")

# Bodies named by their chain of places (某县某镇某村村委会, 某区某街道某社区党群服务中心): the name starts at the first
# division of the chain before them, whatever words the village, street or community is named with.
_CHAIN_NAMED = frozenset({"居委会", "居委會", "村委会", "村委會", "政务服务中心", "行政服务中心", "便民服务中心", "党群服务中心"})
BRANCHES = ("分局", "分行", "支行", "营业部", "分理处", "储蓄所", "分公司", "办事处", "分院", "分所", "分店", "分校", "校区",
            "中心", "事业部", "分行營業部", "營業部", "研究所", "研究院", "研究中心", "实验室",
            # the offices under a public body (某区税务局第一税务所, 某某公安分局某某派出所, 某区人民法院某某法庭)
            "税务所", "稅務所", "派出所", "人民法庭", "法庭",
            # a bureau's local office (某区市场监督管理局某某市场监督管理所, 某县司法局某某司法所), a detachment's
            # brigades and squadrons (某市公安局交通警察支队某某大队)
            "市场监督管理所", "市场监管所", "司法所", "大队", "大隊", "中队", "中隊",
            # a fund centre's office for one district (某市住房公积金管理中心某某管理部)
            "管理部",
            # a hospital's campus (某某医院之江院区)
            "院区", "院區",
            # a foreign company's representative office, an insurer's sales office (某某株式会社上海代表处, 某某财产
            # 保险股份有限公司某区营销服务部)
            "代表处", "代表處", "营销服务部", "營銷服務部")
# A partnership's form in brackets is part of its name: 某某会计师事务所（特殊普通合伙）, 某某投资合伙企业（有限合伙）.
_PARTNERSHIP = re.compile(r"[（(](?:特殊普通合伙|普通合伙|有限合伙|特殊普通合夥|普通合夥|有限合夥|筹|籌|筹备|籌備)[）)]")
# A hospital's or school's campus in brackets after its name is part of it: 某市中心医院（东院区）, 某某中学（北校区）.
# Residents' and villagers' committees by their short names: the stem must be the name of the community or village.
_COMMITTEES = frozenset({"居委会", "居委會", "村委会", "村委會"})
_COURTROOM = re.compile(r"第[一二三四五六七八九十百0-9０-９]{1,3}(?:法庭|审判庭|審判庭)")
# A court's or procuratorate's service windows (某区人民法院诉讼服务中心, 执行指挥中心): where the public meets the court,
# not a body of its own; the court alone is the name.
_COURT_WINDOW = re.compile(r"(?:诉讼服务|訴訟服務|执行指挥|執行指揮|信访接待|信訪接待|检察服务|檢察服務|12368诉讼服务)中心")
# The working departments of a party committee (中共某市委员会宣传部, 共青团某市委员会办公室).
_PARTY_DEPT = re.compile(r"(?:宣传部|宣傳部|组织部|組織部|统战部|統戰部|统一战线工作部|政法委员会|政法委員會|"
                         r"纪律检查委员会|紀律檢查委員會|机构编制委员会办公室|政策研究室|办公室|辦公室)")
_CAMPUS = re.compile(r"[（(][一-鿿]{1,6}(?:院区|院區|校区|校區|分院|总院|總院|本部)[）)]")
_SUFFIX_RE = re.compile(
    trie.pattern(SUFFIXES)
    # 银行卡, 公司账户, 医院门口: the suffix word used as an ordinary noun modifier; but a legal form is a name's
    # end whatever follows it (某某有限公司账户 is the account of that company)
    + "(?:(?<=有限公司)|(?<=责任公司)|(?<=責任公司)|(?!卡|账|帐|流水|转账|利率|存款|贷款|系统|卡号|名称|地址|门口|附近|里面|旁边|对面"
    + "|[东南西北中]?(?:路|街|大道|大街|巷)|胡同|站|大厦|小区|社区))"
)
# 转出医院：, 公司：: a suffix word right before a colon is mostly a field label. A name is taken there only when
# it is a legal form (致某某有限公司：) or a specific name that opens its line or list item (1. 某市妇幼保健院：).
_COLONS = (":", "：")
# A branch or department after a name (某银行杭州分行营业部, 某某股份有限公司信用卡中心); 营业部 may follow
# 分行 directly, and 支行 a 中心 (中国人民银行某某中心支行), 总会 a 红十字会.
_BRANCH_RE = re.compile(rf"[{CJK}]{{2,10}}?(?:{'|'.join(BRANCHES)})|(?:营业部|營業部|营业室|營業室|支行|分行|总会|總會|联合社|聯合社)"
                        # a campus by its side (某某职业技术学院东校区), a chain's store by its road (某某大药房连锁有限公司
                        # 中山北路店)
                        rf"|[东南西北新老][校院]区|[{CJK}]{{1,6}}?(?:路|街|大道)店")

# 局 / 厅 / 厂 are short and common in ordinary words (格局, 大厅, 工厂): they need a public-body stem.
_WEAK_SUFFIX = {"局", "厅", "厂", "证券", "保险", "控股", "学校", "公司", "集团", "人民政府", "支队", "支隊", "大队", "大隊"}
# A public body's stem: a named division (two characters before its unit: 五华区, not 片区 or 园区), the state,
# or the body's line of work at its end.
_BODY_STEM = re.compile(
    rf"[{CJK}]{{2}}(?:省|市|县|州|(?<![片园城社小景校厂辖地郊山营矿街])区)|(?:国家|中国|中华人民共和国)|"
    r"(?:管理|税务|公安|卫生|教育|统计|财政|商务|海关|气象|交通|民政|环境|生态|文化|旅游|监督|监管|邮政|铁路|电力|烟草|人社|社保|医保|药品|市场|"
    r"自然资源|自然资源和规划|住房|水利|农业)$"
)
# A stem that is nothing but a line of work (社保局, 市场监督管理局, 工商局): the local body of a place left unsaid.
_LINE_ONLY = re.compile(
    r"(?:管理|税务|公安|卫生|教育|统计|财政|商务|海关|气象|交通|民政|环境|生态|文化|旅游|监督|监管|邮政|铁路|电力|烟草|人社|社保|医保|"
    r"药品|市场|自然资源|住房|水利|农业|工商|城管|市场监督|市场监督管理|质量监督|人力资源|人力资源和社会保障|住房和城乡建设)"
)
_MAX_LEFT = 24
_CROWD_LIMIT = 8
"""A suffix with more than this many others within _MAX_LEFT characters before it (the eval corpora hold 4 at
most) is walked only from a floor near it (银行银行…, see detectors.nlp.density)."""
_CROWD_PASSES = 2
"""How many rejected suffixes with a name before them (平安 in 平安保险公司) a crowded walk may cross."""
_MERGE_SPAN = 48
"""No organisation name runs on for more characters than this (a name is merged into the one before it only
within it)."""
# Bank names are facts; their stems (招商, 兴业) are ordinary words, so they are listed.
BANKS = (
    "中国工商银行 工商银行 中国建设银行 建设银行 中国农业银行 农业银行 中国银行 交通银行 中国邮政储蓄银行 邮储银行 "
    "招商银行 兴业银行 浦发银行 上海浦东发展银行 民生银行 中国民生银行 光大银行 中国光大银行 中信银行 华夏银行 "
    "平安银行 广发银行 北京银行 上海银行 江苏银行 宁波银行 南京银行 杭州银行 渤海银行 浙商银行 恒丰银行 徽商银行 "
    "国家开发银行 中国进出口银行 中国农业发展银行 汇丰银行 渣打银行 花旗银行 东亚银行 星展银行 中国人民银行 "
    "深圳发展银行 广州银行 重庆银行 成都银行 长沙银行 贵阳银行 西安银行 郑州银行 青岛银行 苏州银行 厦门银行 "
    "微众银行 网商银行 农村商业银行 农商银行 村镇银行 台新银行 国泰世华银行 中国信托商业银行 玉山银行"
)
_BANK_NAMES = frozenset(BANKS.split())
# Listed names that are kinds of bank, each named by its place (某某农村商业银行, 某某村镇银行).
_BANK_KINDS = frozenset({"农村商业银行", "农商银行", "村镇银行"})


def _bank_start(text: str, end: int, floor: int = 0) -> int:
    """Start of a listed bank name ending at ``end`` (longest first) and starting at ``floor`` or after, or -1."""
    for k in range(10, 3, -1):
        if end - k >= floor and text[end - k : end] in _BANK_NAMES:
            return end - k
    return -1


_LEGAL = {"股份有限公司", "有限责任公司", "有限公司", "集团公司", "合伙企业", "合夥企業", "事务所", "律师事务所", "会计师事务所", "事務所",
          "律師事務所", "會計師事務所", "有限責任公司", "商行", "株式会社", "株式會社", "製作所", "制作所"}
