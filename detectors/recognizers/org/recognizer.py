"""Organisation names (ORG): companies, bank branches, hospitals, universities, public bodies, and
English company names (… Inc., Co., Ltd., LLC).

Why suffix-anchored: an organisation name almost always ends in its legal or institutional form
(有限公司, 银行…支行, 医院, 大学). The regex finds the suffix; the name grows left over the
characters before it up to a stop word or a label (公司名称：, 开户行：), and a generic reference
(本公司, 贵司, 该银行, 一家科技公司) is dropped because nothing specific is left of the name.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import lexicon, segment, substring, traditional, trie
from detectors.nlp.density import NONE, with_floors
from detectors.nlp.textview import TextView
from detectors.recognizers.address.recognizer import CN_PLACES_EN
from detectors.recognizers.names import TRANSLIT

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


def _places_len(text: str, p: int, end: int) -> int:
    """Length of the run of divisions' full names (宜昌市西陵区) that begins at ``p`` and ends by ``end``."""
    names = lexicon.admin_names()
    q = p
    while q < end:
        k = next((k for k in (7, 6, 5, 4, 3, 2) if q + k <= end and text[q : q + k] in names), 0)
        if not k:
            break
        q += k
    return q - p
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
            "院区", "院區")
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
_BRANCH_RE = re.compile(rf"[{CJK}]{{2,10}}?(?:{'|'.join(BRANCHES)})|(?:营业部|營業部|营业室|營業室|支行|分行|总会|總會|联合社|聯合社)")
STOP_CHARS = set("在到于是的了和与及把被给请将向从为由让对跟等或我你他她它们:：，,。；;、!！?？ \t\n\"'“”‘’「」《》<>=")
STOP_CHARS |= set("於與給請將從為讓對們")  # the same words in traditional characters (畢業於, 與)
LABEL_RE = re.compile(
    r"(?:公司名称|单位名称|机构名称|企业名称|工作单位|所在单位|前雇主|雇主|开户行|开户银行|发卡行|收款行|银行名称|"
    r"供应商|客户|甲方|乙方|丙方|委托方|受托方|合作方|原告|被告|上诉人|被上诉人|申请人|被申请人|被执行人|第三人(?!民)|"
    r"当事人|當事人|买方|卖方|出租方|承租方|出租人|承租人|借款人|贷款人|担保人|收款方|付款方|买受人|出卖人|就职于|任职于|毕业于|就读于|供职于|就職於|任職於|畢業於|就讀於|供職於|来自|加入|入职|离职|就职|任职|"
    r"毕业|就读)(?:是|为|:|：)?"
    # nouns that also end or sit inside names (某某企业管理咨询有限公司): labels only with their separator
    r"|(?:名称|企业|机构|单位)(?:是|为|:|：)"
)
DETERMINERS = re.compile(r"^(?:本|该|贵|敝|我|你|他|她|我们|你们|他们|这|那|此|其|某|各|每|一家|这家|那家|哪家|任何|所有|其他|其它|另一|另|同一|全|整个|一个|这个|那个|多家|几家|两家|各家)")


def _undetermined(stem: str) -> str:
    """The stem without a leading determiner (本公司, 该局, 各区), unless that character begins a place's name (贵州省,
    本溪市, 全椒县, 那曲市): a determiner never opens a division's name, so the place is kept whole."""
    if stem[:1] in _DET_FIRST and _place_at(stem, 0):
        return stem
    return DETERMINERS.sub("", stem)
GENERIC = {
    "科技", "网络", "信息", "贸易", "物流", "快递", "保险", "投资", "咨询", "上市", "外资", "国有", "民营", "私营", "合资",
    "大型", "小型", "中型", "知名", "当地", "本地", "跨国", "互联网", "软件", "医药", "地产", "房地产", "商业", "股份",
    "总", "子", "分", "母", "空壳", "皮包", "新", "老", "大", "小", "原", "前", "现", "国内", "国外", "海外", "外国",
    "美国", "集团", "控股", "商业银行", "人民", "综合", "专科", "私立", "公立", "三甲", "附属", "重点", "名牌",
    "定点", "指定", "合作", "银行", "医科", "理工", "师范", "管理", "税务", "公安", "市场", "建筑", "技术", "发展",
    "外地", "异地", "外省", "智慧", "数字",
    # the words of legal forms themselves, as prose explains them (KG是两合公司, 有限合伙企业里…)
    "两合", "兩合", "有限", "普通", "特殊普通", "一人", "一人有限", "独资", "獨資", "个人独资", "国有独资", "外商独资",
    "中外合资", "合伙", "合夥", "有限合伙", "普通合伙",
}
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

_EN_SUFFIX = (
    r"(?:Co\.,?\s*Ltd\.?|Co\.|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Plc|N\.A\.|"
    # legal forms in capitals, as invoices and shipping documents write the whole name (ACME TRADING CO., LTD.)
    # (with their dots: LIMITED or CORPORATION in capitals is as often a heading's word)
    r"CO\.,?\s*LTD\.?|LTD\.|INC\.|CORP\.|"
    r"Corp\.?|Corporation|"
    # German limited partnerships with a GmbH as partner (Some Logistik GmbH & Co. KG): one form, not GmbH alone
    r"Company|GmbH[ ]&[ ]Co\.[ ]KGaA|GmbH[ ]&[ ]Co\.[ ]KG|GmbH|KGaA|AG|KG|K\.K\.|S\.p\.A\.|S\.r\.l\.|S\.A\.|SE|N\.V\.|B\.V\.|Pty\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|"
    r"Hospital|College|Academy|Group|Holdings|Holding|Bank|University|Institute|Foundation|Partners|"
    r"Technologies|Technology|Consulting|Solutions|Systems|Capital|Ventures|Labs|Associates)"
)
# A word of an English name; a region in brackets sits inside it (Acme Trading (Shanghai) Co., Ltd.), also as
# dotted initials (Some Enterprises (H.K.) Limited).
# Possessive runs (*+, ++): what follows a word is a space or comma and what follows spaces a letter, so giving
# characters back never helps a match; it only cost time at every capitalised word of English prose.
_EN_WORD = r"(?:[A-Z][A-Za-z0-9&'\-\u00c0-\u024f]*+|&|\([A-Z][A-Za-z]{1,15}(?:[ ][A-Z][A-Za-z]{1,15}){0,2}\)|\((?:[A-Z]\.){2,3}\))"
# Both start where no letter or digit precedes, checked after the first letter, (?<![A-Za-z0-9].), not
# before it: a leading look-behind makes ``re`` enter the matcher at every position, a leading class or
# branch of literals lets it skip to the first letters in C.
_NA = "(?<![A-Za-z0-9].)"
_EN_RE = re.compile(
    rf"(?P<n>[A-Z]{_NA}[A-Za-z0-9&'\-\u00c0-\u024f]*+(?:[ ]++{_EN_WORD}){{0,5}}?(?:,?[ ]++{_EN_SUFFIX})+)(?![A-Za-z])"
)
_EN_OF_RE = re.compile(
    rf"(?P<n>(?:B{_NA}ank|U{_NA}niversity|I{_NA}nstitute|C{_NA}ollege|A{_NA}cademy) of(?: the)?(?: [A-Z][A-Za-z]+){{1,4}})"
)
# Capitalised words before "Bank of", joined by "and" (Industrial and Commercial Bank of China).
_EN_LEFT_WORD = re.compile(r"((?:[A-Z][a-z]+ (?:and |& )?){1,3})$")
_EN_SUFFIX_ANY = re.compile(_EN_SUFFIX)
# What may follow a name ending in "Bank" or "Group": its region in brackets and legal form (Bank (China)
# Limited), and the branch (, Shanghai Branch).
_EN_MORE = re.compile(
    rf"(?:[ ]\([A-Z][A-Za-z]{{1,15}}(?:[ ][A-Z][A-Za-z]{{1,15}}){{0,2}}\))?(?:,?[ ]{_EN_SUFFIX}(?![A-Za-z]))*"
    r"(?:,?[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:Branch|Sub-branch|Sub-Branch)(?![A-Za-z]))?"
)
_EN_LEAD = re.compile(r"^(?:(?:The|A|An|At|In|On|For|From|With|To|By|Contact|Call|Email|Dear|Hi|Summarize|Please|Our|Their|Your|My|This|That)\s+)+")
_EN_GENERIC_ONLY = re.compile(rf"^(?:{_EN_SUFFIX}[ ,]*)+$")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _left(text: str, pos: int, legal: bool = False) -> int:
    """Start of the name whose suffix begins at ``pos``: after a label (甲方为, 开户行：) when
    there is one close by, else after the nearest stop word (在, 是, 的 ...)."""
    i = pos
    stop = -1
    while i > 0 and pos - i < _MAX_LEFT:
        ch = text[i - 1]
        if ch in "）)":
            opener = _bracket_open(text, i - 1)
            if opener < 0:
                break  # a stray bracket (示例)科技, ）公司) closes whatever came before: the name starts after it
            i = opener  # 某某（上海）, （特殊普通合伙）: a region or form in brackets is part of the name
            continue
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"  # _is_cjk, inlined
                or (ch.isalnum() and ch.isascii())):
            if ch == " " and _latin_gap(text, i - 1):
                i -= 1  # Northstar Logistics（深圳）有限公司: the space between two words of an English brand
                continue
            if ch == " " and i == pos and legal and i >= 2 and _is_cjk(text[i - 2]):
                i -= 1  # 某某网络科技 有限公司: one space before the legal form, as a form's column or a typist leaves it
                continue
            break
        if ch in "号號路街巷弄室楼樓栋幢层" and i >= 2 and text[i - 2].isdigit():
            break  # 珞喻路1037号华中科技大学: the number closes an address, the name starts after it
        if stop < 0 and ch in STOP_CHARS and not _full_place_at(text, i - 1):
            # 于都县, 和平区: a stop character that begins a division's name is none; one right before a division's
            # full name stops the name even when it ends a dictionary word (六十日内向陕西省…局: 内向)
            if (not _word_stop(text, i - 1) or _full_place_at(text, i)) and not _brand_he(text, i - 1):
                stop = i
        i -= 1
    run = text[i:pos]
    label = None
    for m in LABEL_RE.finditer(run):
        label = m
    if label is not None and legal and _glued_verb(text, i, i + label.start(), i + label.end(), pos):
        label = None
    if label is not None:
        start = i + label.end()
    else:
        start = stop if stop >= 0 and stop - 1 > i else i  # a leading 和 is the name's (和泰传媒)
    # A whole field value (乙方：成都某之联科技股份有限公司, 转入医院：首都某某大学附属医院) is one name:
    # only a verb that introduces an organisation cuts it.
    field = start == i and i > 0 and text[i - 1] in ":：\t" and pos - i <= 20
    walked = _walk(text, start, pos, legal, lead_only=field)
    if legal and walked > start:
        walked = _from_place(text, start, walked)
    if walked + 1 < pos and text[walked] in _LEAD_SINGLE and _place_at(text, walked + 1):
        walked += 1  # 来浙江大学某某医院: a one-character verb before the place the name begins with
    elif walked + 1 < pos and _lead_word_at(text, walked):
        walked += 1
    elif walked + 2 < pos and _lead_verb_at(text, walked):
        walked += 2  # 需用上海某某有限公司: a two-character verb before the place the name begins with
    return walked


def _glued_verb(text: str, lo: int, start: int, end: int, pos: int) -> bool:
    """Is the verb ``text[start:end]`` (来自, 加入 ...) right after a place and before a single character and the
    suffix at ``pos`` (台湾来自水股份有限公司)? A trade name has two characters at least, so the verb is part of it;
    with a longer name after it (杭州加入某某科技有限公司) it is the clause's verb."""
    return pos - end < 2 and text[start:end] in LEAD_VERBS and _place_ends(text, lo, start)


def _lead_verb_at(text: str, k: int) -> bool:
    """Is ``text[k:k+2]`` a dictionary verb with a place name right after it (需用上海…, 改用北京…)? A company's
    name begins at its registered place; the verb before it is the clause's."""
    entry = lexicon.words().get(text[k : k + 2])
    # 保定嘉禾物业: 保定 is also a verb, but a place itself, before a brand that is a county's name too
    return entry is not None and entry.tag.startswith("v") and _place_at(text, k + 2) and not _place_at(text, k)


# Prepositions that open a clause and never a name (议定：由某某研究院牵头, 被某某公司起诉).
_CLAUSE_PREPS = frozenset("由被经")
# Verbs whose result complement 成 may be read as the first character of the name after them (换成, 改成).
_CHANGE_VERBS = frozenset("换改变写当转签")


def _lead_word_at(text: str, k: int) -> bool:
    """Is ``text[k]`` a function character that opens the clause, not the name: a clause preposition (由, 被, 经)
    before a name of four characters or more, or the 成 of 换成 / 改成 before a place?"""
    ch = text[k]
    if ch in _CLAUSE_PREPS:
        return k + 5 <= len(text) and all(_is_cjk(c) for c in text[k + 1 : k + 5])
    return ch == "成" and k > 0 and text[k - 1] in _CHANGE_VERBS and _place_at(text, k + 1)


_BRACKET_SPAN = 16
"""The longest bracketed part of a name (a region, a partnership form, an English place) in characters."""


def _bracket_open(text: str, close: int) -> int:
    """Index of the opening bracket that matches the closing one at ``close``, when only name characters (Chinese,
    ASCII letters and digits, spaces) lie between them within _BRACKET_SPAN; else -1. Only such a group may sit
    inside a name: a stray bracket, or one around symbols or masked text (（%%%）, ████)), ends the walk, so the
    name never runs over what is not a name."""
    j = close - 1
    low = max(-1, close - 1 - _BRACKET_SPAN)
    while j > low:
        ch = text[j]
        if ch in "（(":
            return j if j < close - 1 else -1
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or (ch.isalnum() and ch.isascii())
                or ch in " ·&.-"):
            return -1
        j -= 1
    return -1


def _latin_gap(text: str, k: int) -> bool:
    """Is the space at ``k`` one between two words of an English brand before a Chinese legal form: a
    capitalised word (or a number) before it, a letter or digit after it (Northstar Logistics（深圳）有限公司)?"""
    if k < 1 or k + 1 >= len(text) or not (text[k + 1].isascii() and text[k + 1].isalnum()):
        return False
    j = k
    while j > 0 and text[j - 1].isascii() and text[j - 1].isalnum():
        j -= 1
    return j < k and (text[j].isupper() or text[j].isdigit())


# One-character verbs that may sit right before an organisation's place name (来, 去, 到 ...).
_LEAD_SINGLE = set("来去到回往赴在于从给向找跟和与用转交报送寄")


def _place_at(text: str, p: int) -> bool:
    """Does an administrative name (浙江, 北京市) begin at ``p``?"""
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(text[p : p + k] in shorts or text[p : p + k] in names for k in (2, 3, 4))


def _brand_he(text: str, k: int) -> bool:
    """Is the 和 at ``k`` part of a name, not a conjunction (上海市和华为)? The first character of a brand after a
    place (苏州工业园区和达精密: after a division's unit, when no dictionary word follows it); the last one of a brand
    before its region in brackets or its line of business (正和（深圳）律师事务所, 某市正和餐饮管理有限公司: a
    conjunction joins two names, never a name and a bracket or a trade); or inside the fixed name of a public
    body's line of work (人力资源和社会保障局)."""
    if text[k] != "和" or k == 0:
        return False
    if text[k - 1] in "市区县區縣":
        return text[k + 1 : k + 3] not in lexicon.words() and text[k + 1 : k + 4] not in lexicon.words()
    if (text[k - 1] in "镇乡鎮鄉" or text[k - 2 : k] == "街道" or _short_place_ends(text, k)) \
            and text[k + 1 : k + 3] not in lexicon.words() and text[k + 1 : k + 4] not in lexicon.words() \
            and not _place_at(text, k + 1):
        return True  # 曲靖和畅物流, 马家镇和庄村, 某街道和兴社区: a brand, village or community after its place; not 曲靖和昆明
    if _is_cjk(text[k - 1]) and text[k - 1] not in STOP_CHARS and text[k - 1] not in _STOP_SINGLE:
        if text[k + 1 : k + 2] in ("（", "(") or text[k + 1 : k + 3] in INDUSTRY:
            return True
    return any(text.startswith(w, k - len(h)) for h, w in _BODY_AND_AT.get(text[k - 2 : k], ()))


# Lines of work whose official name holds 和 (人力资源和社会保障局, 住房和城乡建设厅): facts, like the bank names.
_BODY_AND = ("人力资源和社会保障", "住房和城乡建设", "工业和信息化", "文化和旅游", "自然资源和规划", "卫生和计划生育",
             "商务和投资促进", "科学技术和工业信息化", "民族和宗教事务", "新闻出版和广电", "发展和改革", "教育和体育",
             "文化广电和旅游", "广播电视和旅游", "经济和信息化", "农业和农村", "交通和运输", "审批和政务服务",
             "城市管理和综合行政执法", "城市管理和综合执法", "大数据和政务服务", "卫生健康和体育")
# The two characters before 和 -> (the words' part before 和, the word): one dict look-up per 和.
_BODY_AND_AT: dict[str, list[tuple[str, str]]] = {}
for _w in _BODY_AND:
    _h = _w[: _w.index("和")]
    _BODY_AND_AT.setdefault(_h[-2:], []).append((_h, _w))


def _short_place_ends(text: str, k: int) -> bool:
    """Does a division's short name (曲靖, 黄山) end right before ``k``?"""
    shorts = lexicon.admin_short_names()
    return text[k - 2 : k] in shorts or text[k - 3 : k] in shorts


# Posts written straight after 人民政府办公室 (办公室主任, 办公室秘书): the office then names a post of the government.
_OFFICE_POSTS = ("主任", "副主任", "秘书", "秘書", "科员", "工作人员")
# Verbs between two bodies' names (联合, 配合 ...; and LEAD_VERBS: 会同, 牵头): a chain of places never holds one.
_CHAIN_VERBS = frozenset({"联合", "聯合", "配合", "协同", "協同", "组织", "組織"})
# What ends the name of a village or community before its committee (某村村民委员会, 某社区居民委员会).
_COMMUNITY_ENDS = frozenset({"村民", "居民"})


def _chain_start(text: str, start: int, pos: int, floor: int) -> int:
    """Start of a committee's name (村委会, 居委会, 村民委员会) at the first division before it, when only its chain of
    places lies between (江西省赣州市于都县禾丰镇上坪村村委会: the walk stopped at 上, a locative): a village or
    community is named by its county, town or street, and a stop character there either begins a division's name
    (于都县) or is part of the village's (和庄村)."""
    for p in range(max(floor, pos - _MAX_LEFT), start):
        if not _is_cjk(text[p]) or not _place_at(text, p):
            continue
        if any(v in text[p:start] for v in _CHAIN_VERBS) or any(v in text[p:start] for v in LEAD_VERBS):
            continue  # 某区某街道办事处联合某社区居委会: one body acting with another
        if all(_is_cjk(c) and (c not in STOP_CHARS or _full_place_at(text, k) or _brand_he(text, k))
               for k, c in enumerate(text[p:start], p)):
            return p
    return start


# Social organisations, named by their place and their field (某市物流与采购协会, 某省注册会计师协会): the field is
# often a verb or two fields joined by 与 / 和, which end an ordinary walk.
_SOCIETIES = frozenset({"协会", "協會", "学会", "學會", "商会", "商會", "联合会", "聯合會", "促进会", "研究会"})
_SOCIETY_REACH = 12


def _society_start(text: str, start: int, pos: int, floor: int) -> int:
    """Start of a society's name at the full division written before it (九江市物流与采购协会: the walk stopped at
    采购 or 与), when its field between is only words: nouns or verbs, and at most one 与 / 和 / 及 inside, never at
    its ends; no clause word, time, pronoun or introducing verb."""
    for p in range(start - 1, max(floor, pos - _SOCIETY_REACH) - 1, -1):  # the nearest division: 甲市和乙市某协会
        if not _full_place_at(text, p):
            continue
        joins = 0
        prev_end = -1
        for tok in segment.iter_backward(text, p, pos):
            if tok.text in "与和及":
                joins += 1
                if prev_end < 0 or tok.start == p:
                    return start
                continue
            if not all(_is_cjk(c) for c in tok.text) or tok.text in LEAD_VERBS or tok.text in _CHAIN_VERBS:
                return start
            if tok.start > p and _full_place_at(text, tok.start):
                return start  # 甲市和乙市某协会: the second place begins the name
            if tok.tag and tok.tag[0] not in "nvj" or not tok.tag and tok.text in _STOP_SINGLE:
                return start
            prev_end = tok.end
        if joins > 1:
            return start
        names = lexicon.admin_names()
        while True:  # 辽宁省大连市…协会: the province written straight before the city
            k = next((k for k in (3, 4, 2) if p - k >= floor and text[p - k : p] in names), 0)
            if not k:
                return p
            p -= k
    return start


def _acts(part: str) -> bool:
    """Does ``part`` (what follows a name, read as its branch) hold a verb by which one body acts with another
    (某局某分局会同某市公安局某分局, 联合)? Then it is the next body's name, not a branch of this one."""
    return any((part[k : k + 2] in LEAD_VERBS or part[k : k + 2] in _CHAIN_VERBS)
               and part[k + 2 : k + 3] not in ("社", "会", "會")  # 合作社联合社, 联合会: the noun, not the verb
               for k in range(len(part) - 1))


def _full_place_at(text: str, p: int) -> bool:
    """Does a full administrative name (市北区, 县城 is none) begin at ``p``?"""
    names = lexicon.admin_names()
    return any(text[p : p + k] in names for k in (3, 4, 2))


def _from_place(text: str, lo: int, start: int) -> int:
    """授权北京某某易才人力资源有限公司: a company name begins with its registered place, so when the walk
    stopped at a word inside the brand, the name starts at a place name a few characters before, if
    nothing but name characters lie between (no stop word, no introducing verb)."""
    for p in range(max(lo, start - 8), start):
        if not _place_at(text, p):
            continue
        between = text[p:start]
        if any(ch in STOP_CHARS and not _brand_he(text, p + k) for k, ch in enumerate(between)):
            return start
        if any(v in between for v in LEAD_VERBS):
            return start
        if any(
            ch in _LEAD_SINGLE and not lexicon.inside_word(text, p + 2 + k) and not _brand_he(text, p + 2 + k)
            for k, ch in enumerate(between[2:])
        ):
            return start  # 去北京: a verb before the place; but 来 in 未来 is part of the brand
        return p
    return start


def _walk(text: str, start: int, pos: int, legal: bool, lead_only: bool = False) -> int:
    """Walk back word by word from the suffix; a verb, adverb, pronoun or time word is not part of a
    name (only an introducing verb, with ``lead_only``)."""
    for tok in segment.iter_backward(text, start, pos):
        if tok.text == "注册" and text.find("师", tok.end + 1, tok.end + 4) > 0:
            continue  # 注册会计师协会, 注册税务师: the certified profession the body gathers, not the verb
        if lead_only:
            if tok.text in LEAD_VERBS or tok.text in _CLOCK_WORDS:
                return tok.end  # 公告：本周五下午某某律师行来访: a value that opens with a time is a sentence
            if len(tok.text) >= 2 and _party_word(text, tok.start, tok.end):
                return tok.end  # 公示：第一中标候选人某某研究院: the role before the name, even in a field
            continue
        if tok.text in INDUSTRY or tok.text in _NAME_WORDS:
            continue
        if legal and _glued_verb(text, start, tok.start, tok.end, pos):
            continue  # 台湾来自水股份有限公司: a verb glued between the place and the brand is the brand's first word
        if tok.text in LEAD_VERBS or tok.text in _VERB_MEASURES:
            return tok.end
        if len(tok.text) > 1 and (_bracketed_division(text, tok.start, tok.end) or tok.tag in _AFTER_PLACE_TAGS
                                  and tok.text[0] not in _DEICTIC and _place_ends(text, start, tok.start)):
            continue  # 某某（保定）化工: a region in brackets (保定 is also a verb); 合肥市青年商会, 某市自然资源局
        stops = tok.tag and (tok.tag in _STOP_TAGS or (tok.tag.startswith("v") and tok.tag != "vn"))
        # a brand under a legal form may be a rare verb or time word (天开科技, 普华永道中天); common
        # ones (收购, 加入, 今年) and function words still end the name
        # so may one right after a place, under any suffix (广西澄明物流公司: a place, then the brand)
        soft = (tok.tag.startswith("v") and (legal or _place_ends(text, start, tok.start))) or tok.tag in _SOFT_STOP_TAGS
        # but a day that points is no brand, however rare the word (下周三某某学院来公司)
        rare_brand_word = soft and lexicon.words()[tok.text].freq < 300 and tok.text not in _CLOCK_WORDS \
            and _WEEKDAY.search(tok.text) is None
        if stops and not rare_brand_word:
            if not legal and tok.tag[0] == "v" and len(tok.text) > 1 and _is_place_word(tok.text):
                continue  # 遵义医科大学: a place the dictionary also reads as a verb (遵义, 保定) begins the name
            return tok.end
        if tok.text == "讯" and tok.start > 0 and text[tok.start - 1] == "报":
            return tok.end  # 本报讯某市商务局获悉: a dateline, not the start of the bureau's name
        if _party_word(text, tok.start, tok.end):
            return tok.end  # 经销商武汉某某有限公司, 授权方某某有限公司, 全称某某有限公司: who the company is to the writer
        if not tok.tag and (tok.text in STOP_CHARS or tok.text in _STOP_SINGLE):
            if not _brand_he(text, tok.start) and not (tok.text == " " and _latin_gap(text, tok.start)):
                return tok.end
    return start


# Tags of set words (青年 t, 自然资源 l, idioms) that name a body's field when they follow its place directly.
_AFTER_PLACE_TAGS = frozenset({"t", "l", "i"})


# First characters of time words that point at a time (今年, 去年, 目前, 近日), never a body's field (青年, 中年).
_DEICTIC = frozenset("今去明前后近当目以现此这那昨上下本每同")


# Times of day and days that open a sentence, never a name (本周五下午某某来访).
_CLOCK_WORDS = frozenset({"上午", "下午", "晚上", "中午", "早上", "凌晨", "傍晚", "今天", "明天", "昨天", "今年", "去年", "明年",
                          "本周", "下周", "上周", "周末"})


def _bracketed_division(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a division's name alone in brackets (某某（保定）化工有限公司: jieba reads some places,
    保定, 江都, as verbs)?"""
    word = text[start:end]
    return (text[start - 1 : start] in ("（", "(") and text[end : end + 1] in ("）", ")")
            and (word in lexicon.admin_short_names() or word in lexicon.admin_names()))


def _is_place_word(word: str) -> bool:
    """Is ``word`` a division's name, full or short (遵义, 保定市)?"""
    return word in lexicon.admin_short_names() or word in lexicon.admin_names()


# Days of the week (周三, 星期五, 礼拜天): time words that point, never part of a brand.
_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]")


# A verb's measure (查一下, 去一趟, 打一次): it closes the clause's verb, so the name starts after it.
_VERB_MEASURES = frozenset({"一下", "一下子", "一趟"})


# What a company is to the writer, written right before its name without a separator: a trade role in 商
# (经销商, 供应商, 赞助商), a party in 方 after a verb (授权方, 合作方, 委托方), or the word for its name (全称).
_NAME_WORD_BEFORE = frozenset({"全称", "简称", "名称", "全稱", "簡稱", "名稱", "叫做", "名为", "名為"})


def _party_word(text: str, start: int, end: int) -> bool:
    """Is the token ``text[start:end]`` met walking back from a suffix a role or party word that ends before the
    name (经销商, 授权方, 全称) rather than the name's first word?"""
    word = text[start:end]
    if word in _NAME_WORD_BEFORE:
        return True
    if len(word) >= 3 and word[-1] in "商方" and word in lexicon.words():
        return True
    if len(word) >= 3 and word[-1] in "人者" and word in _ROLE_PERSONS():
        return True  # 第一中标候选人某某研究所, 联系人某某: a person's role before the body, never its name (机器人 is none)
    if word in _ROLE_UNITS and start >= 2:
        # 收款单位某某学院, 承接主体某某合作社: a unit named by what it does in the deal (a party's verb before 单位 /
        # 主体; 远航机构服务有限公司 keeps its 机构)
        if text[start - 2 : start] in _PARTY_VERBS:
            return True
    if word.endswith(("企业", "企業")) and (word[:-2].endswith(_OWNERSHIP) and len(word) > 2
                                          or text[max(0, start - 4) : start].endswith(_OWNERSHIP)):
        return True  # 外商独资企业某某（中国）投资有限公司: the kind of ownership described before the name
    # 授权方 segmented 授权 / 方: a lone 方 right after a two-character verb of the contract
    return word == "方" and start >= 2 and text[start - 2 : start] in _PARTY_VERBS


_ROLE_UNITS = frozenset({"单位", "單位", "主体", "主體", "机构", "機構"})
# Kinds of ownership written before a company's name (外商独资企业, 中外合资企业): a description, no part of it.
_OWNERSHIP = ("独资", "獨資", "合资", "合資", "合作", "民营", "民營", "国有", "國有", "私营", "私營", "外资", "外資")


@functools.cache
def _ROLE_PERSONS() -> frozenset[str]:
    """The role nouns of people (detectors/data/role_nouns.txt) that end in 人 / 者 and have three characters or more
    (候选人, 联系人, 申请者): the shorter ones and the rest (物业, 居民, 群众) also begin or sit inside names."""
    return frozenset(w for w in lexicon.role_nouns() if len(w) >= 3 and w[-1] in "人者")


_PARTY_VERBS = frozenset({"授权", "委托", "合作", "采购", "承租", "出租", "发包", "承包", "服务", "需求", "供货", "收货",
                          "发货", "付款", "收款", "招标", "投标", "中标", "转让", "受让", "担保", "许可", "授權", "委託",
                          # who a unit is in a notice or a receipt (承办单位, 受赠单位, 承接主体)
                          "承办", "主办", "协办", "承接", "受赠", "捐赠", "用人", "施工", "监理", "勘察", "建设", "发文"})


def _place_ends(text: str, lo: int, p: int) -> bool:
    """Does an administrative name (广西, 南宁市) end at ``p``, starting at ``lo`` or after?"""
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(p - k >= lo and (text[p - k : p] in shorts or text[p - k : p] in names) for k in (2, 3, 4))


# Line-of-business words jieba tags as verbs; inside a company name they are nouns.
INDUSTRY = frozenset(
    ["制造", "发展", "投资",
     # the line of work of public bodies (城市管理行政执法局, 消防救援支队, 发展和改革委员会): jieba tags some as verbs
     "执法", "行政执法", "综合执法", "保障", "退役", "登记", "监察", "督查", "督察", "仲裁", "调解", "救助", "救援", "应急", "改革", "规划",
     "促进", "审批", "建设", "开发", "管理", "服务", "经营", "生产", "设计", "咨询", "运输", "营销", "装饰", "印刷", "加工", "销售", "贸易", "工程", "物流", "科技", "信息", "传媒", "教育", "医药", "能源", "环保", "租赁", "安装", "维修", "培训", "策划", "推广", "检测", "认证", "供应", "实业", "控股", "电子", "商务", "智能", "网络", "技术", "置业", "餐饮", "出版", "广告", "文化", "旅游", "运营", "创新", "创意", "建材", "装备", "电气"]
)
# Verbs that introduce an organisation (委托北京市金杜律师事务所) but are tagged vn or nouns.
LEAD_VERBS = frozenset(
    [
        "委托", "聘请", "委任", "委派", "收购", "并购", "加入", "入职", "就职", "任职", "供职", "转诊", "转至", "前往",
        "来自", "联系", "通知", "起诉", "投诉", "签约", "合作", "对接", "拜访", "访问", "参观", "致电",
        "发函", "提交", "选择", "推荐", "代表", "隶属", "属于", "位于", "成立", "注册", "申请", "报考",
        "考入", "进入", "离开", "离职",
        # money paid into an organisation's account (月薪已存入某某银行有限公司戶口, 货款汇入某某有限公司)
        "存入", "汇入", "匯入", "转入", "轉入", "汇给", "匯給", "转给", "轉給", "付给", "付給",
        # one body acting with another (某局会同某局, 由某厅牵头), a certificate's or a letterhead's lead-in (兹证明某某
        # 有限公司, 抬头写某某派出所)
        "会同", "會同", "牵头", "牽頭", "证明", "證明", "写", "寫",
    ]
)
# Single characters (outside any dictionary word) that never sit inside a name.
_STOP_SINGLE = set("这那有做要会能可就都也又还很太再才只说想看去个每些其之而且至往吧呢吗啊呀着过您该本此某各并但却则即更最经致受离趟已须需询以系用")
# Words jieba tags as adverbs or locatives (首都 d, 西部 f) that begin many names (首都医科大学, 西部矿业).
_NAME_WORDS = frozenset(
    {"首都", "中央", "西部", "东部", "南部", "北部", "中部", "南方", "北方", "东方", "西方",
     "市立", "县立", "縣立", "省立", "区立", "區立", "国立", "國立", "私立",
     # disciplines that name a funding body (国家自然科学基金委员会); segmented as set phrases, which end a walk
     "自然科学", "社会科学", "哲学社会科学"}
)
# A name that begins with a bare unit (区民政局, 市第一中学, 县医院) is the local body of a place not written:
# a generic reference, like 本公司.
_UNIT_START = set("省市区县州镇乡區縣鎮鄉")
# Legal forms that may follow another suffix word in one name (某某集团有限公司, 某某证券股份有限公司).
_CHAIN_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "（", "(")
# A stem that ends in a determiner, a counted noun phrase or "under" (回复本公司, 开一家有限公司, 腾讯旗下子公司) names no
# particular organisation; but 本 also ends a few nouns that begin names (某某资本有限公司, 日本).
_GENERIC_TAIL = re.compile(r"(?:一家|这家|那家|哪家|每家|多家|几家|两家|各家|一个|这个|那个|旗下|下属|所属|[本该贵我此某各这那])$")
_TAIL_NOUNS = ("资本", "日本", "基本", "版本", "成本")
# The noun of a generic reference (本公司, 我行, 贵院) that the walk took as the start of the name after it.
_DET_CHARS = frozenset("本我贵貴该該敝")  # 敝: the humble "our" of letters (敝公司, 敝行)
_APPOSITIVE = re.compile(r"(?:公司|司|集团|集團|银行|銀行|行|医院|醫院|院|学校|學校|校|单位|單位|所)")
_LIST_MARK = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9]{1,3}[)）]|[-*•·])?[ \t]*(?:致)?$")


_GROUP_PARTS = frozenset({"公司", "分公司", "子公司", "集团公司", "集团", "集團"})
# A place and one of these nouns names no particular organisation (上海分公司, 黄山办事处: the office some company keeps
# there); a street office is named by its 街道 / 镇, which is no division's name alone.
_PLACE_GENERIC = _GROUP_PARTS | {"办事处", "辦事處"}
# First characters of DETERMINERS that also begin place names (贵州, 本溪, 全椒, 那曲, 其他 none).
_DET_FIRST = frozenset("本该贵敝我你他她这那此其某各每全另同任所多几两整一")


@functools.cache
def _countries() -> frozenset[str]:
    """Country names in Chinese (detectors/data/world_country_names.txt)."""
    path = Path(__file__).resolve().parents[2] / "data" / "world_country_names.txt"
    return frozenset(r for r in path.read_text(encoding="utf-8").splitlines() if r)


def _place_only(stem: str) -> bool:
    """Is the stem only a place (上海, 北京市, 日本), maybe with 总 / 分 / 子 after it?"""
    stem = stem.removesuffix("总").removesuffix("總").removesuffix("分").removesuffix("子")
    if len(stem) < 2:
        return False
    return stem in lexicon.admin_names() or stem in lexicon.admin_short_names() or stem in _countries()


def _generic_tail(stem: str) -> bool:
    """Does the stem end in a determiner (回复本公司, 开一家有限公司)? Then the name is a generic reference."""
    return _GENERIC_TAIL.search(stem) is not None and not stem.endswith(_TAIL_NOUNS)


def _heading(text: str, start: int, stem: str) -> bool:
    """Before a colon, is this name the heading of its line or list item (1. 某市妇幼保健院：, 致某某大学：),
    with a specific stem, rather than a field label (转出医院：)?"""
    if _LIST_MARK.search(text, max(0, start - 12), start) is None or not _specific(stem, False):
        return False
    return _place_at(text, start) or _SUFFIX_RE.search(stem) is not None  # 某市…医院, 某某大学附属医院


# The blanks of a template or a masked name (XX有限公司, ××市××区人民法院, ○○公司); X among other letters (Xbox) is none.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[XxＸｘ×✕*＊○□]{2,}(?![A-Za-z])")
# Words of an English template's blank (Company Name Inc., ABC Co., Ltd., [Your Company] Limited).
_EN_PLACEHOLDER_WORDS = frozenset({"ABC", "XYZ", "XXX", "XX", "Company", "Name", "Your", "Sample", "Example",
                                   "Placeholder"})


def _blank_before(text: str, start: int, end: int) -> bool:
    """Is there a template blank in the stem ``text[start:end]`` or right before it (ＸＸ商贸有限公司, where the
    walk stopped at the full-width ＸＸ)?"""
    blank = _PLACEHOLDER.search(text, max(0, start - 3), end)
    return blank is not None and blank.end() >= start


def _en_placeholder(body: str) -> bool:
    """Is the English name a template's blank: nothing but placeholder words before its legal form?"""
    words = _EN_SUFFIX_ANY.sub(" ", body).replace(",", " ").split()
    return bool(words) and all(w.strip("[]()") in _EN_PLACEHOLDER_WORDS for w in words)


_LEGAL_ENDS = tuple(_LEGAL)


def _complete(text: str, end: int) -> bool:
    """Does the name ending at ``end`` end in its legal form (有限公司, 律师事务所, （特殊普通合伙）)?"""
    tail = text[max(0, end - 10) : end]
    # 某某律师事务所包头分所受某某有限公司委托: a legal name's branch closes it as its form does, when a clause word
    # follows it (not 某某保险股份有限公司某分公司某区支公司, one chain)
    if tail.endswith(_BRANCH_ENDS) and (text[end : end + 1] in _STOP_SINGLE or text[end : end + 1] in STOP_CHARS) \
            and any(w in text[max(0, end - 24) : end] for w in _LEGAL_ENDS):
        return True
    return tail.endswith(_LEGAL_ENDS) or _PARTNERSHIP.search(tail) is not None and tail.endswith(("）", ")"))


_BRANCH_ENDS = ("分所", "分公司", "分行", "支行", "营业部", "營業部", "分理处", "分院", "分店")


# jieba tags that end a name when read leftwards from its suffix.
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "r", "rr", "rz", "rg", "d", "dg", "y", "e", "o",
              "t", "tg", "f", "ad", "l", "i", "q", "zg", "h", "k"}
_SOFT_STOP_TAGS = {"t", "tg", "f", "l", "i", "q"}
# Tags that make a stem specific: a place, a person or brand name, an abbreviation.
_NAMED_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "nrj"}


def _word_stop(text: str, i: int) -> bool:
    """A stop character that sits inside a word of the name (华为, 协和) does not stop it."""
    return lexicon.inside_word(text, i) and text[i - 1 : i + 1] not in _STOP_WORDS and text[i : i + 2] not in _STOP_WORDS


_STOP_WORDS = {"于是", "由于", "对于", "关于", "为了", "因为", "作为", "成为", "认为", "是在", "在于", "和在", "的是", "来自", "给我", "我们", "他们", "你们", "她们"}


def _specific(stem: str, legal: bool) -> bool:
    """Is anything specific left of the name once determiners and generic words are removed? A
    legal form (有限公司) makes any remaining stem a name; an institutional word (医院, 大学)
    needs a place, a brand or an unknown word in front of it (北京协和医院, not 创作医院)."""
    stem = _undetermined(stem)
    if len(stem) < 2 or stem in GENERIC:
        return False
    if all(ch in "本该贵我你他这那此其某各每一家个" for ch in stem):
        return False
    if legal:
        return True
    if _BODY_STEM.search(stem) or stem.startswith(("首都", "中央")):
        return True  # 国家市场监督管理总局, 深圳市南山区人民法院
    # two unknown words in a row or a named one: stop at the first (a long stem is walked only as far as
    # needed)
    unknown_run = 0
    for t in segment.iter_backward(stem, 0, len(stem)):
        if not t.tag:
            unknown_run += 1
            if unknown_run >= 2:
                return True
        else:
            unknown_run = 0
            if t.tag in _NAMED_TAGS:
                return True
    if any(ch.isascii() for ch in stem):
        return True
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(
        stem[i : i + k] in shorts or stem[i : i + k] in names
        for k in (2, 3, 4)
        for i in range(len(stem) - k + 1)
    )


# Ordinary words that end in a one-character suffix (大湾区布局 is a plan, not a bureau of 大湾区); none may be the
# end of a body's name (政局 ends 民政局, 全局 国家安全局, 设局 建设局, 工厂 化工厂: not listed).
_WORD_SUFFIX = frozenset("局厅廳厂廠")
_SUFFIX_WORDS = frozenset(
    "布局 格局 结局 結局 当局 當局 大局 饭局 飯局 骗局 騙局 开局 開局 出局 定局 时局 時局 僵局 残局 殘局 赌局 賭局 "
    "牌局 变局 變局 败局 敗局 棋局 终局 終局 迷局 困局 胜局 勝局 平局 破局 入局 搅局 攪局 "
    "大厅 大廳 客厅 客廳 餐厅 餐廳 展厅 展廳 门厅 門廳 舞厅 舞廳 歌厅 歌廳 前厅 前廳 "
    "出厂 出廠 进厂 進廠 回厂 回廠".split()
)


# Ordinary words that begin with a one-character suffix (怀宁县局部有雨: 局部 is "in places", not a bureau of 怀宁县).
_SUFFIX_OPENS = frozenset("局部 局势 局勢 局限 局促 厂房 廠房 厂家 廠家 厂商 廠商 厅堂 廳堂".split())
# The ends of a court's or procuratorate's name, before which a service window may be written.
_COURT_ENDS = frozenset({"法院", "法庭", "察院"})


# Single-character suffixes that also open the title of the body's head (局长, 院长, 厂长, 所长).
_HEAD_SUFFIX = frozenset([*"局厅院所厂校站部处行馆署店", "支队", "支隊", "大队", "大隊"])


def _body_near(text: str, pos: int, end: int, out: list[tuple[int, int, float]], floor: int = 0) -> bool:
    """Could the stem of the weak suffix ``text[pos:end]`` hold a public body's stem (_BODY_STEM)? The stem lies
    within _MAX_LEFT characters before ``pos`` and above the walk's ``floor``, or starts at the previous name when
    it merges with it (only when that name reaches into the walk and starts within _MERGE_SPAN of ``end``), so no
    match in that window means none in the stem: one search in C instead of the walk, for every 局 of a text.
    Bounded so: searching back to any earlier name made 局甲甲甲… after one name cost quadratic time."""
    low = max(0, pos - _MAX_LEFT, floor)
    if out and out[-1][0] < low < out[-1][1] and end - out[-1][0] <= _MERGE_SPAN:
        low = out[-1][0]
    return _BODY_STEM.search(text, low, pos) is not None


def _left_above(text: str, floor: int, pos: int, legal: bool) -> int:
    """`_left` as if the text began at ``floor``: the walk of a suffix after padding or in a crowd (see
    detectors.nlp.density) reads no further back, so its work is bounded by the gap and not by _MAX_LEFT. The
    slice runs a few characters past the suffix's start, as far as the dictionary and place look-ups read."""
    return floor + _left(text[floor : pos + 8], pos - floor, legal)


def _chinese(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    last_end = -1
    for m, m_start, _, floor in with_floors(_SUFFIX_RE.finditer(text), _MAX_LEFT, _CROWD_LIMIT, _CROWD_PASSES):
        if m_start < last_end:
            continue
        if floor != NONE and m_start - floor < 2 and not (out and out[-1][1] > floor):
            continue  # a stem of one character or none above the floor (and no name before to merge with)
        suffix = m.group()
        bank = _bank_start(text, m.end(), max(floor, 0)) if suffix == "银行" else -1
        if bank >= 0 and text[bank : m.end()] in _BANK_KINDS:
            bank = -1  # 浙江萧山农村商业银行: a kind of bank, named by the place before it (walked like any name)
        if suffix in _WORD_SUFFIX and (text[m.start() - 1 : m.end()] in _SUFFIX_WORDS
                                       or text[m.start() : m.end() + 1] in _SUFFIX_OPENS):
            continue  # 布局, 格局, 大厅, 局部: an ordinary word that ends or begins with the suffix character
        if suffix in _HEAD_SUFFIX and text.startswith(("长", "長"), m.end()):
            continue  # 区民政局局长, 院长: the character opens the title of the body's head, not a name
        weak = suffix in _WEAK_SUFFIX and suffix not in ("公司", "集团")
        if weak and not _body_near(text, m.start(), m.end(), out, floor):
            continue  # 局, 厅, 厂 with no public body's stem within reach: no walk needed to say no
        if suffix in _PLACE_LED and _UNIT_NEAR.search(text, max(0, m.start() - 16, floor), m.start()) is None:
            continue  # 书店, 饭馆, 客服中心 with no division's unit within reach: no walk needed to say no
        legal = suffix in _LEGAL or text.startswith(_CHAIN_FORMS, m.end())
        # 某某律师事务所受某某有限公司委托: a name that ends in its legal form is whole; the next one starts after
        # it, past the verb or preposition between them (one walk, from that end)
        closed = NONE
        if out and m.start() - out[-1][1] < _MAX_LEFT and _complete(text, out[-1][1]):
            closed = out[-1][1]
        if bank >= 0:
            start = bank
            if legal:
                walked = _left(text, bank, True) if bank > 0 else bank
                if walked < bank and _place_at(text, walked):
                    start = walked  # 深圳市前海微众银行股份有限公司: the bank's registered place before its name
        elif floor == NONE and closed == NONE:
            start = _left(text, m.start(), legal)
        else:
            start = _left_above(text, max(floor, closed), m.start(), legal)
        merge = bool(out) and start < out[-1][1]
        if merge and m.start() - out[-1][1] == 1 and text[m.start() - 1] in _LEAD_SINGLE:
            continue  # 某某学院来公司: a verb of motion between a name and a bare suffix word is no name of its own
        if merge and m.end() - out[-1][0] > _MERGE_SPAN:
            merge, start = False, out[-1][1]  # no organisation name runs on for 48 characters
        if merge:
            start = out[-1][0]
        # 本公司台灣某某股份有限公司, 本院北京某某医院: the generic reference before the name is no part of it
        det = start + 1 if text[start : start + 1] in _DET_CHARS else start if start and text[start - 1] in _DET_CHARS else -1
        gen = _APPOSITIVE.match(text, det, m.start()) if det >= 0 and not merge else None
        if gen and gen.end() < m.start():
            start = gen.end()
        if suffix in _SOCIETIES and start > m.start() - _SOCIETY_REACH:
            start = _society_start(text, start, m.start(), max(floor, out[-1][1] if out else 0, 0))
        if suffix in _CHAIN_NAMED or suffix in ("委员会", "委員會") and text[m.start() - 2 : m.start()] in _COMMUNITY_ENDS:
            low = max(floor, out[-1][1] if out else 0, 0)  # never back into the name before (某办事处联合某居委会)
            start = _chain_start(text, start, m.start(), low)  # 某县某镇上坪村村委会: the village under its chain
        stem = text[start : m.start()]
        # a whole field value (寄件方：电子科技大学  客服) names one organisation even when its stem
        # is made of ordinary words
        end0 = m.end()
        field = (start == 0 or text[start - 1] in "：:\"'「“\n\t ") and (end0 == len(text) or not (_is_cjk(text[end0]) or text[end0] in ":："))
        labelled = any(lm.end() == start for lm in LABEL_RE.finditer(text, max(0, start - 12), start))
        if not any(ch.isalnum() for ch in stem) or _blank_before(text, start, m.start()):
            continue  # （████）有限公司, ***公司, XX有限公司: a masked or placeholder name names nobody
        if not (bank >= 0 or _specific(stem, legal or field or labelled)) or _generic_tail(stem):
            continue
        if text[m.end() : m.end() + 1] in _COLONS and not (legal or bank >= 0 or _heading(text, start, stem)):
            continue  # 转出医院：, 公司：: a field label
        if suffix in _WEAK_SUFFIX and suffix not in ("公司", "集团") and (
            not _BODY_STEM.search(stem) or _LINE_ONLY.fullmatch(_undetermined(stem))
        ):
            continue
        if suffix in ("公司", "集团") and len(stem) < 2:
            continue
        if suffix in _COMMITTEES and (not all(_is_cjk(c) for c in stem) or stem[-1:] in STOP_CHARS or stem[-1:] in _LEAD_SINGLE):
            continue  # 请于7日内向村委会反映: the committee of a village or community named by no name
        if suffix in _PLACE_GENERIC and _place_only(_undetermined(stem)):
            continue  # 北京总公司, 上海分公司, 一家日本公司, 黄山办事处: a place and a generic noun name no organisation
        head = start + len(stem) - len(_undetermined(stem))
        if not merge and text[head : head + 1] in _UNIT_START and not _full_place_at(text, head):
            continue  # 区城管局, 全市中小学: the body of a place left unsaid
        if suffix in ("检查站", "檢查站") and not _place_at(text, head):
            continue  # 高速公路检查站: a checkpoint of no named place
        if suffix in _PLACE_LED:
            k = _places_len(text, head, m.start())
            rest = text[head + k : m.start()]
            if not k or merge or suffix in _PLACE_NAMED and (len(rest) < 2 or rest in lexicon.words()):
                continue  # 某某便利店, 客户服务中心, 宜昌市便利店: no place, or a place and a kind (便利) but no name
        end = m.end()
        # 中国建设银行上海中关村支行, 某某有限公司北京分公司; and 集团 + 有限公司 chains
        while True:
            nxt = _SUFFIX_RE.match(text, end)
            if nxt and nxt.group() in ("有限公司", "股份有限公司", "有限责任公司", "公司"):
                end = nxt.end()
                continue
            pf = _PARTNERSHIP.match(text, end) or _CAMPUS.match(text, end)
            if pf:
                end = pf.end()
                continue
            br = _BRANCH_RE.match(text, end)
            if br and _COURTROOM.fullmatch(br.group()):
                break  # 某某人民法院第三法庭: a numbered courtroom is a room of the court, not a tribunal of its own
            if br and text[end - 2 : end] in _COURT_ENDS and _COURT_WINDOW.fullmatch(br.group()):
                break  # 某某人民法院诉讼服务中心: the court's service window
            if text[end - 4 : end] == "人民政府" and text.startswith(("办公室", "辦公室"), end) \
                    and not text.startswith(_OFFICE_POSTS, end + 3):  # 人民政府办公室主任: a post of the government
                end += 3  # 某县人民政府办公室: the government's general office is a body of its own
                continue
            if text[end - 3 : end] in ("委员会", "委員會") and text[start : start + 2] in ("中共", "中国", "共青") \
                    and (pd := _PARTY_DEPT.match(text, end)) is not None:
                end = pd.end()  # 中共某市委员会宣传部: a department of a party committee is a body of its own
                continue
            if br and not any(c in "的是在了我你他她它们为与及" for c in br.group()) and not _acts(br.group()):
                end = br.end()
                continue
            break
        score = 0.8 if suffix not in _WEAK_SUFFIX or legal else 0.65  # 某某集团有限公司 is a legal name
        if suffix in ("村委会", "村委會") and end == m.end():
            score = 0.7  # 某县某乡某村村委会 under its divisions is also the village's address, which wins
        if legal and (field or labelled):
            score = 0.9  # a whole field value in its legal form: a surname-like brand in it (蓝鲸) is no person
        if merge:
            score = max(score, out.pop()[2])
        out.append((start, end, score))
        last_end = end
    return out


# A brand with its store in brackets, as a field value: 门店：某某鲜生（上海某某路店）.
_STORE_RE = re.compile(
    rf"(?:^|(?<=[:：\n\t ]))(?P<n>[{CJK}A-Za-z]{{2,10}}[（(][{CJK}A-Za-z0-9]{{2,14}}?(?:店|门店|門店|营业厅|營業廳)[）)])"
)


# A Japanese company written with its legal form first (株式会社山田製作所): the name runs to the next stop.
_KK_FIRST = re.compile(rf"株式[会會]社(?P<n>[{CJK}]{{2,10}}?)(?=[（(，,。；;、：:\s]|与|和|及|$)")


def _kk_first(text: str) -> list[tuple[int, int, float]]:
    """株式会社 + name; the name must not hold a stop word (株式会社的章程 is no name)."""
    out = []
    for m in _KK_FIRST.finditer(text):
        if not any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in m.group("n")):
            out.append((m.start(), m.end(), 0.75))
    return out


def _stores(text: str) -> list[tuple[int, int, float]]:
    """Brand-and-store names; the brand must be specific (not 本店, 该门店)."""
    out = []
    for m in _STORE_RE.finditer(text):
        brand = m.group("n").split("（")[0].split("(")[0]
        inner = m.group("n")[1:-1]
        if any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in inner if ch not in "（()"):
            continue  # 我去了那家店（很好吃的店）: a sentence, not a name
        if _specific(brand, True):
            out.append((m.start("n"), m.end("n"), 0.7))
    return out


def _en_of(text: str) -> Iterator[re.Match[str]]:
    """Bank of China, University of Hong Kong ..."""
    return _EN_OF_RE.finditer(text)


def _en_names(text: str) -> Iterator[re.Match[str]]:
    """Capitalised words ending in a company form (Acme Widgets Co., Ltd.)."""
    return _EN_RE.finditer(text)


# Public bodies and institutions named by their function: the Ministry of Commerce, State Administration of
# Foreign Exchange, Shanghai Municipal Administration for Market Regulation, Red Cross Society of China; the words
# after "of" / "for" run on through "of the" and "and" (Ministry of Commerce of the People's Republic of China).
_EN_BODY_HEADS = ("Ministry", "Administration", "Bureau", "Commission", "Association", "Society", "Federation",
                  "Council", "Chamber", "Organization", "Organisation", "Agency", "Committee")
_EN_BODY_OF_RE = re.compile(
    "(?P<n>(?:" + "|".join(f"{h[0]}(?<![A-Za-z0-9].){h[1:]}" for h in _EN_BODY_HEADS) + ")"
    r" (?:of|for)(?: the)? [A-Z][A-Za-z'\-]+(?:(?: of(?: the)?| for(?: the)?| and)? [A-Z][A-Za-z'\-]+){0,6})"
)
# A statute named after a body (Administration of Justice Act) is no body.
_EN_STATUTE = ("Act", "Law", "Regulations", "Rules", "Ordinance", "Measures", "Provisions")
# Organisations whose last word is their kind or trade: Ridgewell International School, Hong Kong Monetary
# Authority, Companies Registry, Ashford Lin Law Offices, China Southern Airlines, Samsung Electronics. At least
# one word before it must be more than a kind, a function or a trade (Primary School, Certificate Authority, Tax
# Bureau, Consumer Electronics, Life Insurance name no particular organisation). A kind followed by "of" is a
# unit of the name before it (Some University School of Public Health): left to that name.
_EN_KINDS = ("School", "Accountants", "Authority", "Registry", "Commission", "Bureau", "Law Offices", "Law Office", "Law Firm",
             "Association", "Society", "Council", "Federation", "Organization", "Organisation", "Agency",
             "Committee", "Airlines", "Airways", "Motors", "Industries", "Enterprises", "Electronics",
             "Pharmaceuticals", "Pharma", "Securities", "Insurance", "Networks", "Communications", "Telecom",
             "Energy", "Studios", "Laboratories", "Medical Center", "Medical Centre", "Clinic")
_EN_INST_RE = re.compile(
    r"(?P<n>[A-Z](?<![A-Za-z0-9].)[A-Za-z'\-]*+(?: [A-Z][A-Za-z'\-]*+| &){0,5}? "
    "(?:" + "|".join(sorted(_EN_KINDS, key=len, reverse=True)) + r"))(?![A-Za-z]| of )"
)
_EN_INST_GENERIC = frozenset(
    "The A An Our Your Their This That Each Every Any Local Central Regional National State Federal City County "
    "Municipal Provincial Public Private High Middle Primary Secondary Junior Senior Elementary Grammar Summer "
    "Sunday Night Boarding Graduate Business Law Medical Language Driving International Certificate Root "
    "Certified Chartered Intermediate Issuing Port Tax Health Data Land Housing Regulatory Supervisory Competent Relevant Statutory "
    "Registration Trade Securities Monetary Financial Transport Planning Education Election Electoral Fair "
    "Competition Immigration Labour Labor Customs Police Fire Water Power Energy Civil Aviation Maritime & "
    "Company Corporate Patent Trademark Marriage Births Deaths Court Legal Independent Joint "
    "Student Students Parent Parents Advisory Steering Organizing Organising Executive Standing Audit Ethics "
    "Review Investment Travel Advertising Marketing News Press Employment Recruitment Consumer Digital Mobile "
    "Home Personal Industrial Heavy Auto Car Renewable Clean Social New Modern General Life Property Casualty "
    "Commercial Retail Wholesale Domestic Foreign Overseas Global Specialty Fine Chemical Nuclear Solar Wind "
    "Green Smart Wireless Optical Dental Eye Pet Veterinary Family Walk-in Urgent Outpatient Research Testing "
    "Clinical Sports Film Music Recording Game Games Animation Design Professional Trade Industry Industries "
    "Manufacturing Motor Electric Electrical Electronic Generic Branded Major Leading Top Big Small Large "
    "Budget Low-cost Regional Charter Cargo Freight Insurance Reinsurance Mutual Enterprise Software Network".split()
)


# The words that trigger the English passes by body, kind and capitals. One ``re`` pass finds them all; each
# full pattern is tried only in a window around an occurrence of its words (a full pass of a pattern that starts
# at every capital letter, or a substring test per word, cost more than the whole English pass before them).
_CAPS_FORMS = ("LIMITED", "LTD", "INCORPORATED", "INC", "CORPORATION", "CORP", "LLC", "L.L.C.", "LLP", "PLC", "GMBH",
               "S.A.", "B.V.", "N.V.", "BERHAD", "BHD")
# A prefix tree, not the flat longest-first alternation: the same word wins at each place (the longest there), and
# `re` tests one branch per letter instead of each of ~70 words at every capital (0.23 -> 0.19 ms per 64 KB of mixed
# text, 0.45 -> 0.28 dense).
_EN_TRIGGER_AT = re.compile(trie.pattern({*_EN_KINDS, *_EN_BODY_HEADS, *_CAPS_FORMS}))
_KIND_SET, _HEAD_SET, _CAPS_SET = frozenset(_EN_KINDS), frozenset(_EN_BODY_HEADS), frozenset(_CAPS_FORMS)


def _around(text: str, at: list[tuple[int, int]], pattern: re.Pattern[str], back: int, ahead: int,
            group: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` whose ``group`` holds one of the occurrences ``at``, in text order, without
    overlaps; each searched for in [occurrence - back, occurrence end + ahead) only."""
    last = 0
    for a, b in at:
        if a < last:
            continue
        for m in pattern.finditer(text, max(last, a - back), min(len(text), b + ahead)):
            if m.start(group) <= a < m.end(group):
                last = m.end()
                yield m
                break


class _Taken:
    """The names found by earlier passes, for overlap questions by bisection: one English pass may find thousands
    of names in a long text, and a scan of all earlier names for each one cost quadratic time. Names a pass adds
    come in text order, so only the farthest end among them is kept (``last``)."""

    def __init__(self, out: list[tuple[int, int, float]]) -> None:
        spans = sorted((s, e) for s, e, _ in out)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))
        self.last = -1

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) overlap an earlier name or one this pass took?"""
        i = bisect_left(self.starts, end)
        return start < self.last or (i > 0 and self.reach[i - 1] > start)

    def covers(self, pos: int) -> bool:
        """Does an earlier name or one this pass took cover ``pos``?"""
        i = bisect_right(self.starts, pos)
        return pos < self.last or (i > 0 and self.reach[i - 1] > pos)

    def contains(self, start: int, end: int) -> bool:
        """Does an earlier name hold all of [start, end) and more?"""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end and (self.reach[i - 1] > end or self.starts[i - 1] < start)

    def take(self, end: int) -> None:
        self.last = max(self.last, end)


_EN_LIST_AND = re.compile(r"(?:College|University|Hospital|School|Institute|Academy|Bank|Group|Company|Corporation|"
                          r"Limited|Bureau|Court|Station|Library|Press|Foundation|Association) (?:and|&) ")


def _with_words_before(text: str, m: re.Match[str]) -> int:
    """Where an English name matched as group "n" starts once the capitalised words just before it join it
    (up to 40 characters; a leading article or preposition stays out, and "and" / "&" means a list, not a name)."""
    left = _EN_LEFT_WORD.search(text, max(0, m.start() - 40), m.start())
    if left is not None:
        lead = _EN_LEAD.match(left.group())
        words = left.group()[lead.end() if lead else 0 :]
        # Some College and Bank of X: a kind or legal form before "and" ends the name before, so the list's next
        # name starts after that "and" (Industrial and Commercial Bank of China keeps its words)
        for joint in _EN_LIST_AND.finditer(words):
            words = words[joint.end() :]
        if words and not words.startswith(("and ", "& ")):
            return m.start() - len(words)
    return m.start("n")


def _english(text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in _en_of(text):
        start = _with_words_before(text, m)  # Agricultural Bank of China
        end = m.end("n")
        more = _EN_MORE.match(text, end)  # Bank of Ningbo, Hangzhou Branch; Bank of China (Hong Kong) Limited
        if more is not None and more.end() > end and not more.group().endswith(")"):
            end = more.end()
        out.append((start, end, 0.75))
    heads: list[tuple[int, int]] = []
    kinds: list[tuple[int, int]] = []
    forms: list[tuple[int, int]] = []
    for w in _EN_TRIGGER_AT.finditer(text):
        word = w.group()
        if word in _HEAD_SET:
            heads.append(w.span())
        if word in _KIND_SET:
            kinds.append(w.span())
        if word in _CAPS_SET:
            forms.append(w.span())
    if heads:
        taken = _Taken(out)
        for m in _around(text, heads, _EN_BODY_OF_RE, 0, 240, "n"):
            start = _with_words_before(text, m)  # Cyberspace Administration of
            if m.group("n").endswith(_EN_STATUTE):
                continue
            if not taken.overlaps(start, m.end("n")):
                out.append((start, m.end("n"), 0.7))
                taken.take(m.end("n"))
    if _EN_SUFFIX_ANY.search(text):
        _en_legal_names(text, out)
    if forms:
        _en_caps_names(text, forms, out)
    if kinds:
        taken = _Taken(out)
        for m in _around(text, kinds, _EN_INST_RE, 160, 8, "n"):
            lead = _EN_LEAD.match(m.group("n"))
            start = m.start("n") + (lead.end() if lead else 0)
            name_words = text[start : m.end("n")].split(" ")[:-1]
            if name_words[-1:] == ["Law"]:
                name_words = name_words[:-1]  # the kind is "Law Offices": its "Law" is no word of the name
            if not name_words or all(w in _EN_INST_GENERIC for w in name_words):
                continue
            end = m.end("n")
            more = _EN_MORE.match(text, end)  # Samsung Electronics Co., Ltd.; Some Airlines Corporation Limited
            if more is not None and more.end() > end and not more.group().endswith(")"):
                end = more.end()
                if text[end - 1 : end] != "." and text[end : end + 1] == "." and text[end - 3 : end] in ("Ltd", "Inc"):
                    end += 1
            if not taken.overlaps(start, end):
                out.append((start, end, 0.7))
                taken.take(end)
    return out


# A name written all in capitals, as shipping documents, remittances and Hong Kong registers write it
# (KWONG HING TRADING COMPANY LIMITED, BANK OF CHINA (HONG KONG) LIMITED, LION HARBOUR LOGISTICS PTE LTD).
_CAPS_WORD = r"[A-Z][A-Z0-9&'\-]*+"
_CAPS_RE = re.compile(
    rf"(?P<n>[A-Z](?<![A-Za-z0-9.].)[A-Z0-9&'\-]*+(?:[ ](?:{_CAPS_WORD}|\([A-Z][A-Z .]{{1,20}}\))){{0,8}}?)"
    r",?[ ](?P<f>CO\.,?[ ]?LTD\.?|CO\.,?[ ]LIMITED|COMPANY[ ]LIMITED|PTE\.?[ ]LTD\.?|PRIVATE[ ]LIMITED|SDN\.?[ ]BHD\.?"
    r"|LIMITED|LTD\.?|INCORPORATED|INC\.?|CORPORATION|CORP\.|LLC|L\.L\.C\.|LLP|PLC|GMBH|S\.A\.|B\.V\.|N\.V\.|BERHAD)"
    r"(?![A-Za-z0-9])(?![ ][A-Z]{2,})"
)
# Words that end a name read leftwards from its form (LIABILITY IS LIMITED, TERMS FOR THE COMPANY LIMITED).
_CAPS_STOP = frozenset("IS ARE WAS WERE BE BEEN NOT THE A AN TO FOR BY WITH IN ON AT AS OR FROM THIS THAT OUR YOUR "
                       "THEIR ITS ANY ALL NO IF".split())
# Forms that are also ordinary words of a heading (LIMITED WARRANTY): the name before them needs two words.
_CAPS_WEAK_FORMS = frozenset({"LIMITED", "CORPORATION", "INCORPORATED", "COMPANY LIMITED"})


def _en_caps_names(text: str, forms: list[tuple[int, int]], out: list[tuple[int, int, float]]) -> None:
    """Append names in capitals that end in a legal form in capitals (at one of ``forms``) and overlap no name of
    ``out``."""
    taken = _Taken(out)
    for m in _around(text, forms, _CAPS_RE, 200, 16, "f"):
        words = m.group("n").split(" ")
        cut = max((i + 1 for i, w in enumerate(words) if w in _CAPS_STOP), default=0)
        words = words[cut:]
        if words and words[0] in ("OF", "AND", "&"):
            continue
        if not words or (m.group("f") in _CAPS_WEAK_FORMS and len(words) < 2):
            continue
        start = m.end("n") - len(" ".join(words))
        if _en_placeholder(text[start : m.end()]) or taken.overlaps(start, m.end()):
            continue
        out.append((start, m.end(), 0.7))
        taken.take(m.end())


# "and" inside an English name joins its words after two of them at least (Some City Maternal and Child Health
# Hospital, Some City Vocational and Technical College); after the first word it joins two names of a list (Acme
# and Beta Trading Ltd.). Searched only before a name found right after " and ".
_EN_AND_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z'\-]*+(?: [A-Z][A-Za-z'\-]*+)+ and $")


def _en_legal_names(text: str, out: list[tuple[int, int, float]]) -> None:
    """Append the English names that end in a legal form (Acme Widgets Co., Ltd.) and start in no name of ``out``;
    run before the names by kind, so that Samsung Electronics Co., Ltd. is taken whole by its legal form."""
    taken = _Taken(out)
    for m in _en_names(text):
        name = m.group("n")
        lead = _EN_LEAD.match(name)
        start = m.start("n") + (lead.end() if lead else 0)
        if taken.covers(start):
            continue
        joined = _EN_AND_BEFORE.search(text, max(0, start - 60), start) if text.endswith(" and ", 0, start) else None
        if joined is not None:
            lead = _EN_LEAD.match(joined.group())
            words = joined.group()[lead.end() if lead else 0 :]
            last = words[:-5].rsplit(" ", 1)[-1]
            # two words at least before "and", the last no form or kind (Some AG and Other SE: a list)
            if words.count(" ") >= 3 and not _EN_SUFFIX_ANY.fullmatch(last) and last not in _KIND_SET:
                start -= len(words)  # Some City Maternal and Child Health Hospital
        body = text[start : m.end("n")]
        if not body or _EN_GENERIC_ONLY.match(body) or " " not in body.strip() or _en_placeholder(body):
            continue
        end = m.end("n")
        more = _EN_MORE.match(text, end)
        if more is not None and more.end() > end:
            # a bracketed region alone (The Bank (Demo)) stays out: a legal form or branch must follow it
            if more.group().endswith(("Branch", "branch")) or not more.group().endswith(")"):
                end = more.end()
                body = text[start:end]
        if text[end - 1 : end] != "." and text[end : end + 1] == "." and re.search(r"(?:Inc|Ltd|Corp|Co)$", body):
            end += 1
        out.append((start, end, 0.75))
        taken.take(end)


def find_orgs(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every organisation name in ``text``."""
    view = TextView.of(text)
    # the walk's labels, stop words and dictionary are simplified: Taiwan and Hong Kong text is read through the
    # one-to-one fold (same length, so offsets stay), as the name rules read it (委託 is 委托, 貴公司 贵公司)
    found = _chinese(traditional.fold(view.text))
    if "\n" in view.text:
        found = _wrapped(view.text, found)
    if " " in view.text and _SPACED_GATE.search(view.text) is not None:
        _add(found, _spaced_out(traditional.fold(view.text)))
    if any(substring.contains(view.text, w) for w in ("店）", "店)", "厅）", "廳）")):
        found.extend(s for s in _stores(view.text) if not any(a < s[1] and s[0] < b for a, b, _ in found))
    if substring.contains(view.text, "株式"):
        found.extend(s for s in _kk_first(view.text) if not any(a < s[1] and s[0] < b for a, b, _ in found))
    if re.search(r"[A-Z]", view.text):
        # an English brand before a Chinese form (Bluewater Capital公司) is part of the longer name
        chinese = _Taken(found)
        found.extend(n for n in _english(view.text) if not chinese.contains(n[0], n[1]))
    if ("伙" in view.text or "夥" in view.text) \
            and any(substring.contains(view.text, w) for w in ("合伙）", "合伙)", "合夥）", "合夥)")):
        _add(found, _partnership_funds(view.text))
    if ("주" in view.text or "㈜" in view.text) and ("주식회사" in view.text or "(주)" in view.text or "㈜" in view.text):
        _add(found, _korean(view.text))
    if _NUMBERED_SCHOOL.search(view.text) is not None:
        _add(found, _numbered_schools(view.text))
    if "行" in view.text:
        _add(found, _bank_short_branches(view.text))
    if _LISTED_GATE.search(view.text) is not None:
        found = _with_listed_bodies(view.text, found)
    if _DOT_GATE.search(view.text) is not None:
        _add(found, _domain_names(view.text))
    _add(found, _brand_regions(view.text))  # its region-word search is the gate (no word: no name, no walk)
    return [(*view.span(s, e), score) for s, e, score in sorted(found)]


# A name wrapped onto the next line of a table cell or a pasted PDF (某某科技有\n      限公司, 某市某区\n  实验小学,
# 某某事务所\n  某地分所): the line break and the indentation are inside the one name.
_WRAP = re.compile(r"[ \t]*\n[ \t\u3000]*")
_WRAP_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# A line break between two characters of a legal form (有\n限公司, 有限\n公司): found from the break (a literal, so
# ``re`` skips to it in C) with a form's character after it; the one before is looked at in Python.
_SPLIT_FORM = re.compile(r"\n[ \t\u3000]*(?=[份有限责任公司])")
_FORM_CHARS = frozenset("股份有限责任公")
_WRAP_BRANCH = re.compile(rf"[{CJK}]{{2,6}}?(?:分所|分公司|分行|支行|营业部|營業部|分院|分店|分校)(?=$|[ \t\n|，,。；;）)])")
_CELL_START = frozenset(":：|\t ")


def _wrapped(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The names of ``found`` with their wrapped parts joined, and the names whose legal form is split by a line
    break (有\n限公司). Only line breaks are looked at: a few per text, each tested with string comparisons."""
    out = list(found)
    for br in _SPLIT_FORM.finditer(text):
        b, e = br.start(), br.end()
        while b > 0 and text[b - 1] in " \t":
            b -= 1
        if b == 0 or text[b - 1] not in _FORM_CHARS:
            continue
        left = text[max(0, b - 6) : b]
        for form in _WRAP_FORMS:
            cut = next((i for i in range(1, len(form)) if left.endswith(form[:i]) and text.startswith(form[i:], e)), 0)
            if not cut:
                continue
            pos = b - cut
            if any(a < e and pos < z for a, z, _ in out):
                break
            start = _left(text[:b] + text[e:], pos, True)
            stem = text[start:pos]
            if _specific(stem, True) and not _generic_tail(stem) and not _blank_before(text, start, pos):
                out.append((start, e + len(form) - cut, 0.8))
            break
    if not out:
        return out
    joined: list[tuple[int, int, float]] = []
    for start, end, score in sorted(out):
        # 某市某区 | 实验小学 on two lines: a line that holds only divisions (after a label or a cell's start) is the
        # place the name on the next line begins with
        head = text.rfind("\n", 0, start)
        if head >= 0 and not text[head + 1 : start].strip():
            prev = text[:head].rstrip(" \t")
            k = len(prev)
            while k > 0 and _is_cjk(prev[k - 1]):
                k -= 1
            run = prev[k:]
            if run and _places_len(run, 0, len(run)) == len(run) and (k == 0 or prev[k - 1] in _CELL_START) \
                    and not (joined and joined[-1][1] > k):
                start = k
        # 某某事务所 | 某地分所: a branch alone on the next line belongs to the legal name that ends this one
        nxt = _WRAP.match(text, end)
        if nxt is not None and "\n" in nxt.group() and _complete(text, end):
            wb = _WRAP_BRANCH.match(text, nxt.end())
            if wb is not None and _place_at(text, nxt.end()):
                end = wb.end()
        joined.append((start, end, score))
    return joined


# A name spaced out character by character (杭 州 某 某 科 技 有 限 公 司), as evasive writers and some forms do:
# found in the run closed up, its span mapped back over the spaces (as the address finder does). Searched from a
# space between two Chinese characters (a literal first: ``re`` skips to spaces in C), two spaced ones after it.
_SPACED_GATE = re.compile(rf" (?<=[{CJK}] )(?=[{CJK}] [{CJK}] )")
_MIN_SPACED = 4
"""The fewest characters a spaced run must hold to be read (某某银行)."""


def _spaced_out(text: str) -> list[tuple[int, int, float]]:
    """Names written with one space between every character of a run."""
    out: list[tuple[int, int, float]] = []
    pos = 0
    while (g := _SPACED_GATE.search(text, pos)) is not None:
        a = g.start() - 1
        while a >= 2 and text[a - 1] == " " and (_is_cjk(text[a - 2]) or text[a - 2] in "（()）"):
            a -= 2
        b = g.start() + 1
        while b + 2 < len(text) and text[b + 1] == " " and (_is_cjk(text[b + 2]) or text[b + 2] in "（()）"):
            b += 2
        pos = b + 1
        if (b - a) // 2 + 1 < _MIN_SPACED:
            continue
        closed = text[a : b + 1 : 2]
        out.extend((a + 2 * s, a + 2 * (e - 1) + 1, score) for s, e, score in _chinese(closed))
    return out


def _add(found: list[tuple[int, int, float]], names: list[tuple[int, int, float]]) -> None:
    """Adds to ``found`` the ``names`` of a later pass that overlap none found before it (the overlap index is
    built only when the pass found any: most find none in a prompt)."""
    if names:
        taken = _Taken(found)
        found.extend(n for n in names if not taken.overlaps(n[0], n[1]))


# Korean companies: the legal form 주식회사 before or after the name, or its short form (주) / ㈜ before it
# (삼성전자 주식회사, 주식회사 한빛, (주)한빛소프트). A particle glued to the name's end (가, 와, 는 ...) is no part of it.
_KO_NAME = "[\uac00-\ud7a3A-Za-z0-9&]{2,20}"
_KOREAN = re.compile(rf"{_KO_NAME}[ ]?주식회사|주식회사[ ]?{_KO_NAME}|(?:\(주\)|㈜)[ ]?{_KO_NAME}")
_KO_PARTICLES = ("에서", "으로", "가", "이", "와", "과", "는", "은", "를", "을", "의", "에", "로", "도")


def _korean(text: str) -> list[tuple[int, int, float]]:
    """Korean company names by their legal form."""
    out: list[tuple[int, int, float]] = []
    for m in _KOREAN.finditer(text):
        start, end = m.span()
        if not m.group().endswith("주식회사"):
            for p in _KO_PARTICLES:
                if m.group().endswith(p) and len(m.group()) - len(p) >= 5:
                    end -= len(p)
                    break
        out.append((start, end, 0.7))
    return out


# A city's middle school by its number, as everyone writes it (北京四中, 杭州二中, 衡水一中): a place, a numeral, 中;
# not 中心, 中学 (found by the suffix), 中午, 中院 (a court), 中旬 ...
# Searched from 中 (a literal: ``re`` skips to it in C) with the numeral looked behind at.
_NUMBERED_SCHOOL = re.compile(r"中(?<=[一二三四五六七八九十]中)(?![心间文国学學央部午旬期层型断止秋医药院级等途])")
_NUMERALS = frozenset("一二三四五六七八九十")


def _numbered_schools(text: str) -> list[tuple[int, int, float]]:
    """Place + numeral + 中; the place (2-4 characters, a division or its short form) opens the name."""
    out: list[tuple[int, int, float]] = []
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    for m in _NUMBERED_SCHOOL.finditer(text):
        i = m.start() - 1
        while i > 0 and m.start() - i < 3 and text[i - 1] in _NUMERALS:
            i -= 1
        for k in (4, 3, 2):
            place = text[i - k : i] if i >= k else ""
            if (place in names or place in shorts) and (i - k == 0 or not _is_cjk(text[i - k - 1])
                                                        or text[i - k - 1] in STOP_CHARS or text[i - k - 1] in _LEAD_SINGLE):
                out.append((i - k, m.end(), 0.65))
                break
    return out


# A fund named 某某投资中心 or 某某企业 is a partnership when its form in brackets follows (…中心（有限合伙）).
_FUND_FORM = re.compile(r"(?:中心|企业|企業)(?=[（(](?:特殊普通|普通|有限)合[伙夥][）)])")


def _partnership_forms(text: str) -> Iterator[re.Match[str]]:
    """``_PARTNERSHIP`` matches, found from 合伙 / 合夥 (``str.find`` in C) rather than from every bracket."""
    for word in ("合伙", "合夥"):
        pos = text.find(word)
        while pos >= 0:
            m = next((m for back in (3, 5) if (m := _PARTNERSHIP.match(text, max(0, pos - back)))), None)
            if m is not None:
                yield m
            pos = text.find(word, pos + 2)


def _partnership_funds(text: str) -> list[tuple[int, int, float]]:
    """Partnership funds whose name ends in 中心 / 企业 before the form: found from the form (rare), the name walked
    leftwards like any legal name."""
    out: list[tuple[int, int, float]] = []
    for m in _partnership_forms(text):
        head = _FUND_FORM.match(text, max(0, m.start() - 2))
        if head is None:
            continue
        start = _left(text, head.start(), True)
        stem = text[start : head.start()]
        if _specific(stem, True) and not _generic_tail(stem) and not _blank_before(text, start, head.start()):
            out.append((start, m.end(), 0.8))
    return out


# A bank's branch under the bank's short name, as account forms write it (工行深圳南山支行, 招行杭州分行营业部).
_BANK_SHORT = ("工行", "建行", "农行", "中行", "交行", "招行", "邮储", "浦发", "民生", "光大", "中信", "兴业", "华夏", "广发",
               "北京银行", "上海银行")
_BANK_SHORT_BRANCH = re.compile(
    "(?:" + "|".join(_BANK_SHORT) + rf")[{CJK}]{{2,10}}?(?:分行营业部|分行|支行|营业部|分理处)"
)


# Searched as literals (detectors.nlp.substring), not by a regex that tries every position of the text.
_BRANCH_WORDS = ("分行", "支行", "营业部", "分理处")


def _bank_short_branches(text: str) -> list[tuple[int, int, float]]:
    """Branches written under a bank's short name; the place between holds no stop word (建行说明天去支行 is none).
    Found from the branch words (literals, rare), the bank's short name looked for in the 16 characters before."""
    out: list[tuple[int, int, float]] = []
    for w_start, word in substring.alternation(text, _BRANCH_WORDS):
        w_end = w_start + len(word)
        if out and w_start < out[-1][1]:
            continue
        lo = max(0, w_start - 16, out[-1][1] if out else 0)
        if not any(b in text[lo:w_start] for b in _BANK_SHORT):
            continue
        m = next((m for m in _BANK_SHORT_BRANCH.finditer(text, lo, w_end + 3) if m.start() < w_end <= m.end()), None)
        if m is None:
            continue
        inner = m.group()[2:]
        if any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in inner) or (m.start() and _is_cjk(text[m.start() - 1])
                                                                          and text[m.start() - 1] not in STOP_CHARS):
            continue
        out.append((m.start(), m.end(), 0.7))
    return out


# Bodies whose names end in no suffix the walk knows (部, 署, 组织, 国务院) or whose stems are ordinary words
# (最高人民法院): the ministries and commissions of the State Council, the supreme court and procuratorate,
# news agencies, and international organisations. Facts, like the bank names.
LISTED_BODIES = (
    "外交部 国防部 教育部 科学技术部 工业和信息化部 国家民族事务委员会 公安部 国家安全部 民政部 司法部 财政部 "
    "人力资源和社会保障部 自然资源部 生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 "
    "国家卫生健康委员会 国家卫健委 退役军人事务部 应急管理部 审计署 海关总署 国务院 国务院办公厅 "
    "国家发展和改革委员会 国家发改委 国家市场监督管理总局 国家金融监督管理总局 国家互联网信息办公室 国家网信办 "
    "国务院国有资产监督管理委员会 国务院国资委 中国证券监督管理委员会 中国证监会 最高人民法院 最高人民检察院 "
    "全国人民代表大会常务委员会 全国人大常委会 全国人民代表大会 新华通讯社 新华社 中国新闻社 中新社 "
    "联合国 联合国教科文组织 联合国儿童基金会 世界卫生组织 世界贸易组织 世界知识产权组织 国际货币基金组织 "
    "国际劳工组织 国际标准化组织 世界银行 亚洲开发银行 亚洲基础设施投资银行 国际奥林匹克委员会 国际奥委会 "
    "经济合作与发展组织 上海合作组织 东南亚国家联盟 欧洲联盟 "
    "外交部 國防部 教育部 經濟部 財政部 法務部 內政部 衛生福利部 勞動部 數位發展部 行政院 立法院 司法院 監察院 考試院 "
    "金融監督管理委員會 金管會 世界衛生組織 聯合國 "
    "香港特別行政區政府 香港特别行政区政府 澳門特別行政區政府 澳门特别行政区政府"
).split()
# 教育部长 is a title and 教育部门 a department of any body: no listed name then.
# Listed names that are also a department of almost every company (商务部): the ministry only with the state's name.
_DEPARTMENT_TOO = frozenset({"商务部"})
# 商务部经理 and 某某公司商务部 are a company's department (so is any listed 部 after a company's name).
_LISTED_RE = re.compile(trie.pattern(sorted(set(LISTED_BODIES))) + "(?!长|長|门|門|经理|經理|主管|总监|總監|专员|專員|同事)")
# Every listed name holds one of these characters: a C-level search for them gates the pass.
_LISTED_GATE = re.compile("部|署|院|委|组织|組織|社|联|聯|银行|會|会|局|政府|办")


# What joins the bodies of one list (财政部、商务部, 商务部和海关总署, 商务部会同外交部)
_BODY_JOINERS = frozenset(["、", "和", "与", "與", "及", "以及", "，", ",", "会同", "會同", "联合", "聯合"])


def _listed_neighbour(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Does the listed name ``matches[i]`` stand in a list with another listed state body (not one that is
    also a company's department), joined only by a list word?"""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(matches) or matches[j].group() in _DEPARTMENT_TOO:
            continue
        a, b = (matches[j], matches[i]) if j < i else (matches[i], matches[j])
        if text[a.end() : b.start()] in _BODY_JOINERS:
            return True
    return False


def _with_listed_bodies(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """``found`` with the listed bodies of ``text`` added; a listed name replaces the shorter names inside it
    (国家发展和改革委员会 over 改革委员会), and one inside a longer name found already is left to it. A country's
    formal name written first (中华人民共和国商务部) belongs to the body. The names near a listed one are found by
    bisection (no name is longer than _MERGE_SPAN + a bracket), so a text full of listed names costs linear time."""
    spans = sorted(found)
    starts = [f[0] for f in spans]
    dropped: set[int] = set()
    added: list[tuple[int, int, float]] = []
    reach = _MERGE_SPAN + _BRACKET_SPAN
    matches = list(_LISTED_RE.finditer(text))
    for i, m in enumerate(matches):
        start, end = m.span()
        if text[start - 7 : start] == "中华人民共和国":
            start -= 7
        elif m.group() in _DEPARTMENT_TOO and _listed_neighbour(text, matches, i):
            pass  # 商务部、国家发展和改革委员会: named beside another state body, the ministry
        elif m.group() in _DEPARTMENT_TOO or (start and text[start - 1] in "司团團行厂廠店所" and text[end - 1] in "部處处"):
            continue  # 某某公司商务部: a department of the name before it; 商务部 alone is most often a company's
        near = range(bisect_left(starts, start - reach), bisect_left(starts, end))
        hits = [k for k in near if k not in dropped and spans[k][0] < end and start < spans[k][1]]
        if any(not (start <= spans[k][0] and spans[k][1] <= end) for k in hits):
            continue
        if added and added[-1][1] > start:
            continue
        dropped.update(hits)
        added.append((start, end, 0.8))
    return [f for k, f in enumerate(spans) if k not in dropped] + added


# A company named by its web domain (Brand.com, Brand.com Group, Brand.com, Inc.): a capitalised name, so a URL
# (www.brand.com, brand.cn/app) or an e-mail domain (after @) is none; a template's Example.com is none either.
_DOMAIN_NAME = re.compile(r"[A-Z](?<![A-Za-z0-9.@/_\-].)[A-Za-z0-9\-]{1,30}\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9.@/_\-]|\.[A-Za-z])")


# ".com", ".cn" or ".net" anywhere: one ``re`` pass led by the dot instead of three searches for Latin words.
_DOT_GATE = re.compile(r"\.(?:com|cn|net)")
# The top-level domain of a company's name (literals: searched for first, the name read leftwards from it).
_DOT_TLD = re.compile(r"\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9.@/_\-]|\.[A-Za-z])")


def _domain_names(text: str) -> list[tuple[int, int, float]]:
    """Brand.com names, with the legal forms and group word after them (see _EN_MORE)."""
    out: list[tuple[int, int, float]] = []
    for d in _DOT_TLD.finditer(text):
        j = d.start()
        while j > 0 and d.start() - j < 31 and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] == "-"):
            j -= 1
        m = _DOMAIN_NAME.match(text, j) if j < d.start() - 1 and text[j].isupper() else None
        if m is None or m.end() != d.end() or m.group().split(".")[0] in _EN_PLACEHOLDER_WORDS:
            continue
        end = m.end()
        more = _EN_MORE.match(text, end)
        if more is not None and more.end() > end and not more.group().endswith(")"):
            end = more.end()
            if text[end - 1 : end] != "." and text[end : end + 1] == "." and text[end - 3 : end] in ("Ltd", "Inc"):
                end += 1
        out.append((m.start(), end, 0.65))
    return out


# A foreign group's organisation in one country or region is named by its brand and the region (Google中国,
# 微软（中国）, Brand Greater China): no legal form follows, so the brand must be recognisable as one: a Latin
# word, a well-known group's Chinese name (facts, like the bank names), or a transliteration (3-4 characters
# used for foreign sounds that make no dictionary word).
_REGIONS_CJK = ("中国区", "中國區", "中国", "中國", "大中华区", "大中華區", "大中华", "大中華", "亚太区", "亞太區", "亚太", "亞太",
                "香港", "台湾", "台灣", "（中国）", "(中国)", "（中國）", "(中國)", "（香港）", "(香港)")
# What makes brand + region a market, an edition or a people rather than an organisation (苹果中国市场, Google中国版).
_REGION_NOT_ORG = re.compile(r"版|市场|市場|区域|區域|用户|用戶|特供|行货|行貨|境内|境內|制造|製造|风|風|元素|概念|籍|人|队|隊|赛|賽|大陆|大陸|地区|地區|游|遊|行(?!业)")
_BRAND_ZH = frozenset(
    "微软 谷歌 苹果 三星 西门子 宝马 奔驰 大众 丰田 本田 日产 索尼 松下 佳能 尼康 日立 东芝 夏普 英特尔 高通 戴尔 惠普 甲骨文 "
    "亚马逊 特斯拉 星巴克 麦当劳 沃尔玛 家乐福 宜家 耐克 阿迪达斯 可口可乐 百事 雀巢 联合利华 宝洁 欧莱雅 强生 辉瑞 罗氏 诺华 "
    "阿斯利康 拜耳 巴斯夫 博世 福特 通用电气 飞利浦 爱立信 诺基亚 思科 埃森哲 德勤 普华永道 安永 毕马威 麦肯锡 花旗 汇丰 渣打 "
    "高盛 摩根大通 瑞银 安联 友邦 保诚 现代 起亚 乐天 优衣库 资生堂 爱普生 富士通 施耐德 霍尼韦尔 空客 波音 达能 玛氏 "
    "微軟 蘋果 賓士 寶馬 豐田 英特爾 戴爾 惠普 亞馬遜 特斯拉 星巴克 麥當勞 沃爾瑪 宜家 耐吉 可口可樂 雀巢 寶僑 萊雅".split()
)
_LATIN_NOT_BRAND = frozenset(
    "GDP CPI PMI AI IT CEO CFO COO CTO HR PR VIP APP App API IP ID The This That In Of Made From To Visit Modern "
    "Ancient Imperial Mainland Greater South North East West Central Southern Northern Eastern Western Inner "
    "Team Study Doing Beyond Across About Rural Urban Outside Inside Whole All New Old Red Continental Republic "
    "Southeast Southwest Northeast Northwest Asia Pacific Hong Kong Taiwan Macau Macao Made Air Bank Inside "
    "And Or For With At On By Our Your Their My His Her Its We You They I Is Are Was Of Dear Hi Hello".split()
)
_PREV_CAPITAL = re.compile(r"[A-Z][A-Za-z]*[ ]$")
_EN_REGION = re.compile(r"[ ]?[（(](?:China|中国|中國)[）)]|[ ](?:Greater China|Asia Pacific|China)(?![A-Za-z])")


def _brand_regions(text: str) -> list[tuple[int, int, float]]:
    """Brand + region names (see _REGIONS_CJK); a market or edition after the region (_REGION_NOT_ORG) is none.
    Found from the region words (literals, by their first characters), the brand read leftwards from each."""
    out: list[tuple[int, int, float]] = []
    for i, token in substring.alternation(text, _REGION_TOKENS):
        r0 = i - 1 if text[i - 1 : i] in ("（", "(") else i
        before = text[r0 - 1 : r0]
        if r0 == i and before not in _BRAND_LAST and before not in TRANSLIT and text[r0 - 2 : r0 - 1] not in TRANSLIT \
                and not (before.isascii() and before.isalnum()) \
                and token not in ("China", "Asia Pacific"):
            continue  # 中国 after an ordinary character (发展中国, 中国中国…): no brand ends there; one test, no walk
        if token in ("China", "Asia Pacific"):
            if text[i - 2 : i] == " (":
                r0 = i - 2
            elif text[i - 9 : i] == " Greater " and token == "China":
                r0 = i - 9
            elif text[i - 1 : i] == " ":
                r0 = i - 1
            elif r0 == i:
                continue
        j = r0
        while j > 0 and r0 - j < 21 and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] in "&-"):
            j -= 1
        if j < r0:
            span = _latin_brand_region(text, j, r0)
        elif token not in ("China", "Asia Pacific"):
            span = _zh_brand_before(text, r0)
        else:
            span = None
        if span is not None and not (out and span[0] < out[-1][1]):
            out.append(span)
    return out


_BRAND_LAST = frozenset(b[-1] for b in _BRAND_ZH)
# Searched as literals (detectors.nlp.substring), not by a regex that tries every position of the text.
_REGION_TOKENS = ("中国", "中國", "大中华", "大中華", "亚太", "亞太", "香港", "台湾", "台灣", "China", "Asia Pacific")


def _latin_brand_region(text: str, j: int, r0: int) -> tuple[int, int, float] | None:
    """The Latin brand ``text[j:r0]`` with the region written from ``r0`` (中国, （中国）, " (China)", " China"), or
    None when it is no brand (a word of a sentence, a place, a handle or a URL)."""
    brand = text[j:r0]
    if not brand[0].isupper() or (j > 0 and text[j - 1] in ".@/_") or brand in _LATIN_NOT_BRAND \
            or (brand.isupper() and len(brand) < 2) or brand[-1] == "-":
        return None
    end = r0
    region = next((r for r in _REGIONS_CJK if text.startswith(r, end)), None)
    if region is not None:
        end += len(region)
    else:
        en = _EN_REGION.match(text, end)
        if en is None or brand in CN_PLACES_EN or _PREV_CAPITAL.search(text, max(0, j - 24), j):
            return None  # a place (Shanghai, China), or the last word of a longer capitalised phrase
        end = en.end()
    if _REGION_NOT_ORG.match(text, end):
        return None
    return j, end, 0.7


def _transliterated(brand: str, words: lexicon.Words) -> bool:
    """Is ``brand`` a foreign name written for its sound: all but one character used for foreign sounds, and no
    ordinary word (a person's or brand's name in the dictionary, 诺基亚, is one)?"""
    if sum(c in TRANSLIT for c in brand) < len(brand) - 1:
        return False
    entry = words.get(brand)
    return entry is None or entry.tag in ("nz", "nrt", "nt")


def _zh_brand_before(text: str, i: int) -> tuple[int, int, float] | None:
    """The name of a Chinese-written brand ending at ``i`` with its region starting there, or None. Before a
    region in brackets any specific name will do (某某（中国）); before a bare region only a listed group or a
    transliteration (Brand中国 and 发展中国 look alike)."""
    region = next((r for r in _REGIONS_CJK if text.startswith(r, i)), None)
    if region is None or i < 2 or not _is_cjk(text[i - 1]) or _REGION_NOT_ORG.match(text, i + len(region)):
        return None
    end = i + len(region)
    words = lexicon.words()
    if region[0] not in "（(":
        # only a listed group or a transliteration: tested on the characters before the region first (cheap),
        # then the longest candidate that the walk leaves whole
        cands = [k for k in (5, 4, 3, 2) if k <= i and all(_is_cjk(c) for c in text[i - k : i])
                 and (text[i - k : i] in _BRAND_ZH or (k >= 3 and _transliterated(text[i - k : i], words)
                                                         and not _place_only(text[i - k : i])))]
        if not cands:
            return None
        start = _walk(text, max(0, i - cands[0] - 3), i, False)
        k = next((k for k in cands if i - k >= start), 0)
        return (i - k, end, 0.7 if text[i - k : i] in _BRAND_ZH else 0.65) if k else None
    start = _left(text, i, True)
    start = _walk(text, start, i, False)  # a field's verbs (王林：昨晚看到某某（中国）) are no part of the brand
    stem = text[start:i]
    if len(stem) < 2:
        return None
    if region[0] in "（(":
        if len(stem) <= 8 and _specific(stem, False) and not _place_only(stem) and not _generic_tail(stem) \
                and DETERMINERS.match(stem) is None:
            return start, end, 0.65
        return None
    return None




class OrgRecognizer(EntityRecognizer):
    """Presidio recognizer for organisation names; needs no NLP pre-pass."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ORG"], name="zh_org", supported_language="zh")

    def load(self) -> None:
        """Nothing to warm: the suffix tables are compiled at import."""
        lexicon.admin_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return ORG spans as code-point offsets into ``text``."""
        if entities and "ORG" not in entities:
            return []
        return [RecognizerResult("ORG", s, e, score) for s, e, score in find_orgs(text)]
