"""Chinese street addresses (ADDRESS), mainland and Taiwanese forms, from the highest
administrative unit written down to the finest (号 / 栋 / 单元 / 室 / 层 / 座 / 组).

Why anchored on the house number: a place name alone (上海市浦东新区, 中山路) is not an address,
so every address must contain a road or village followed by a number with its unit. The regex
finds that anchor cheaply; the span then grows left over known administrative names (compiled
from python-stdnum's division list) or, failing that, over the road name up to a stop word, and
right over estate names, buildings, units and rooms.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import lexicon, segment, traditional, trie
from detectors.nlp.density import NONE, with_floors
from detectors.nlp.textview import TextView

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NUM = r"[0-9０-９]{1,5}(?:[-－—之][0-9０-９]{1,5})?"  # 18-20号, and Taiwan's 789之1號
CN_NUM = "[一二三四五六七八九十百零〇两]{1,6}"  # up to 一百八十九 and 二百零八之一 (house numbers said in words)
# A house number (group ``a``) after a Chinese character. The character is matched, not looked behind
# at: a pattern that starts with a look-behind makes ``re`` enter the matcher at every position, one
# that starts with a character class lets it skip in C to the next Chinese character.
_ANCHOR = re.compile(
    rf"[{CJK}](?P<a>(?:{NUM}|{CN_NUM})\s?(?:号院|号楼|号|號|弄|巷|段|组|組|栋|棟|幢|里|排|队|隊|室|层|層|楼|樓|F))"
)
_NUM_FIRST = "0-9０-９"
_CN_NUM_CHARS = "一二三四五六七八九十百零〇两"
assert NUM.startswith(f"[{_NUM_FIRST}]{{1,5}}") and CN_NUM.startswith(f"[{_CN_NUM_CHARS}]{{1,6}}")
_ANCHOR_AT_NUMBER = re.compile(
    rf"(?P<a>[{_NUM_FIRST}{_CN_NUM_CHARS}](?<=[{CJK}A-Z \u3000\n、].)"
    rf"(?:(?<=[{_NUM_FIRST}])[{_NUM_FIRST}]{{0,4}}{NUM[len(_NUM_FIRST) + 7:]}"
    rf"|(?<=[{_CN_NUM_CHARS}])[{_CN_NUM_CHARS}]{{0,5}})"
    rf"\s?(?:号院|号楼|号|號|弄|巷|段|组|組|栋|棟|幢|里|排|队|隊|室|层|層|楼|樓|F|社(?![区區会會团團员員])))"
)
"""`_ANCHOR` found from the number's first character (a digit or numeral: far rarer in Chinese prose than a
Chinese character, so `re` skips further in C), the Chinese character before it looked behind at (or a Chinese character and one space before digits: 文三路 478 号,
as people who space digits from Chinese write it, or a road and a line break: 安澜街 / 329号 wrapped in a form). 社 is
Sichuan's village group (某村3社), taken only after a village (see `_find`). A tower lettered before its number
(某某城T2栋) is read from its digit, the capital looked behind at (`_anchor_matches` wants a Chinese character before it);
`_find` keeps it only for a building (栋 / 幢 / 座 / 号楼). Group ``a`` and the match end are the same; the search resumes
one character later (see `_anchors`)."""
_UNIT = (r"(?:塔|号楼|号院|号库|号仓库|号仓|号厂房|号车间|号商铺|号铺|號舖|号|號|栋|棟|幢|座|单元|單元|层|層|字楼|字樓|楼|樓|室|户|戶|F|f|"
         r"组|組|支弄|弄|巷|期|区|門|门|商铺|商舖|铺|舖|间|房|舍|库|仓)")
"""Units after a number. A shop or factory building numbered 号 (58号铺, 3号厂房), Hong Kong's 字樓 floor (8字樓) and a
Shanghai branch lane (44支弄) are written whole; a longer unit comes before its prefix (号仓库 before 号仓, 号 last of them)."""
_EXTEND = re.compile(
    rf"(?:\s?(?:之|[-－]))?(?:[ ]?(?P<name>[{CJK}A-Za-z]{{2,14}}?)[ ]?)?"
    rf"(?:\s?(?:第|[甲乙丙丁特])?(?:{NUM}|[A-Za-z]|{CN_NUM}|[A-Za-z]{NUM})\s?{_UNIT})+"
)
# After the house number: a building, estate or campus name (嘉里中心, 长虹花园, 某大学南校区) with an
# optional unit number written bare or dash-joined (理工科技大厦1106, 长虹花园8-1-502), and the
# building-unit-room triple written with dashes straight after 号 (18号4-2-301).
BUILDINGS = (
    "大厦|大廈|大楼|大樓|中心|广场|廣場|花园|花園|公寓|小区|社区|校区|园区|家园|新村|苑|城|府|公馆|写字楼|商务楼|"
    "宿舍|邨|樓|阁|閣|村|园|院"
)
# Wider set for the name after a house number only: a named building (光华楼, 东四教学楼), the institution or
# hotel that stands there (江南大学, 某某大酒店), a warehouse. After 号 they are the finest unit written.
_AFTER_NUMBER = BUILDINGS + "|楼|市场|商场|商店|商城|礼堂|剧院|大学|大學|学院|學院|医院|醫院|酒店|宾馆|飯店|饭店|中学|小学|仓库|库|住院部|门诊部|馆"
_ROOM_NUM = r"[A-Za-z]?[0-9０-９]{1,5}(?:[-－][A-Za-z]?[0-9０-９]{1,5}){0,2}(?![0-9０-９年月日元万])"
_BUILDING_WORD = re.compile(_AFTER_NUMBER)
_ROOM_AFTER = re.compile(_ROOM_NUM + "(?:室|房(?![间間]))?")  # 某某科技城3-A1206室: the room word with its number
# Words that may follow a building named after a house number without being part of it: where at the
# building (门口, 南门, 附近), what happens there (举行, 集合), a particle (的, 了, 吗).
_AFTER_PLACE = (
    "门口", "門口", "门前", "楼下", "里面", "里", "内", "东门", "南门", "西门", "北门", "正门",
    "大门", "举行", "舉行", "举办", "集合", "见面", "碰头", "报到", "上班", "办公", "开会", "参加", "取件", "签收",
    "的", "了", "吗", "呢", "吧", "对吗", "是", "和", "或", "及", "等", "附", "见", "嗎", "對嗎",
    "夹层", "夾層", "东北角", "西北角", "东南角", "西南角", "東北角", "東南角",
)
_NOT_DATE = r"(?!(?:19|20)[0-9]{2}[-－](?:0?[1-9]|1[0-2])[-－])"  # 2023-11-05 written after an address is a date
_DASH_UNITS = re.compile(
    rf"[-－]?{_NOT_DATE}[0-9０-９]{{1,4}}[-－][A-Za-z]?[0-9０-９]{{1,4}}(?:[-－][0-9０-９]{{1,5}})?(?![0-9０-９年月日])(?:室|房|户|戶)?"
)
# An estate of any name after the house number, then its building-unit-room triple (金地格林小镇16-3-1501室): the
# three dash-joined numbers say it is an estate, whatever word ends its name.
_NAMED_TRIPLE = re.compile(
    rf"[{CJK}A-Za-z]{{2,12}}?{_NOT_DATE}[0-9０-９]{{1,4}}[-－][0-9０-９]{{1,4}}[-－][0-9０-９]{{1,5}}(?![0-9０-９年月日])(?:室|房|户|戶)?"
)
# Words that make the building before them a landmark the address is near, not the place at the address
# (88号万达广场附近, 某大厦对面): the address ends at its house number.
_NEAR_WORDS = ("附近", "旁边", "旁邊", "对面", "對面", "斜对面", "周边", "周邊", "一带", "隔壁")
# What carries the sentence on after an address (…1单元对面那家咖啡馆, …号楼下的超市, …门口往东): never the first words
# of a building's name after it.
_NOT_NAME_START = _NEAR_WORDS + ("楼下", "樓下", "楼上", "樓上", "门口", "門口", "往东", "往西", "往南", "往北", "那家",
                                 "这家", "那边", "这边", "那里", "这里")
# Words after a number with 号 that make it the number of something else (3号窗口, 2号线, 5号床): not a house number.
_ORDINAL_NOUNS = ("窗口", "窗", "线", "線", "柜台", "櫃檯", "站台", "床", "车厢", "車廂", "通道", "展位", "摊位", "攤位",
                  "诊室", "診室", "包厢", "包廂", "包间", "包間", "机位", "機位", "候车室")
# Road words after which N号楼下 is the house number and 楼下 "downstairs" (某路5号楼下), not a building 5号楼.
_HOUSE_ROAD_ENDS = ("路", "街", "道", "巷", "弄", "胡同", "村", "屯", "组", "組", "段", "里")
# Before a room number (1012室) the text must end in a building or estate word (顯祥樓, 某某邨).
_ROOM_LEFT = "樓楼閣阁邨苑座廈厦"
_BUILDING_END = re.compile(rf"(?:{BUILDINGS}|[A-Za-z]座|[东南西北中A-Za-z0-9一二三]塔|塔楼)$")  # 某某中心北塔35层
# What a dash-joined unit number may follow: a house number or the last character of a building word.
_DASH_AFTER = frozenset("号號园園苑区區城村院府邨楼樓厦廈心场場寓舍")
_SUB_NUMBER = re.compile(rf"之(?:{NUM}|[一二三四五六七八九十]{{1,2}})(?:\s?(?:{NUM})?\s?(?:楼|樓|层|層|室|F))?|附{NUM}[号號]")
# Not a number that runs on with a dash and digits (32楼027-31602359: a landline written straight after the floor).
_TRAILING_ROOM = re.compile(
    rf"(?:[-－])?[A-Z]?{NUM}[A-Za-z]?(?![0-9０-９A-Za-z])(?![-－][0-9０-９])(?!\s?(?:{_UNIT}|[年月日元万人个次]))"
)
# A bare room number straight after the house number (七莘路3088弄25号1202): three or four digits, so a
# count or a phone number is never taken.
_ROOM_AFTER_NUMBER = re.compile(r"[0-9０-９]{3,4}(?![0-9０-９A-Za-z.\-－—~～/:])(?!\s?(?:[年月日元万人个次号號]))")
# A wing letter after a floor (15楼B).
_FLOOR_LETTER = re.compile(r"[A-Za-z](?![A-Za-z0-9０-９])")
ROAD_ENDS = (
    "路", "街", "道", "巷", "弄", "里", "村", "屯", "庄", "莊", "胡同", "段", "坊", "院", "园", "苑", "湾", "社区",
    "小区", "镇", "乡", "组", "營", "营", "寨", "堡", "岗", "坝", "沟", "场", "厂", "口", "桥", "湖", "山", "城",
    "大厦", "广场", "中心", "花园", "公寓", "新村", "工业区", "园区", "开发区", "街道", "宿舍", "家属院", "家属区", "大院",
)
ADMIN_UNITS = "省市区县镇乡旗盟州"
# A road-end word written alone names no place (园区8号楼 is a building of some park).
_GENERIC_PLACES = frozenset(ROAD_ENDS) | {"校区", "厂区", "景区", "片区", "院子", "楼里", "村里", "这里", "那里"}
# Words that end the left context: what precedes an address, never inside it.
STOP_CHARS = set("在喺到于至是的了住址寄送往去来从为和与及把被给请将由我你他她它们:：，,。；;、 \t\n()（）\"'“”‘’「」")
LABEL_TAIL = re.compile(
    r"^(?:(?:(?:住所|所在|户籍|经营|注册|居住|送达|出生)地|地址|住址|住所|住处|位于|位在|地点|收货|收件|寄回|寄往|寄到|送到|发往|迁至|搬到|户籍|籍贯|现居|居住|家住|公司|单位|办公)[是为]?)+"
)
# Place labels that may follow other words before a road written without its divisions (被申请人住所地, 收件人地址为).
_INNER_LABEL = re.compile(r"(?:(?:住所|所在|户籍|经营|注册|居住|送达|出生)地|地址|住址)[是为]?")
_MAX_LEFT = 40
_CROWD_LIMIT = 8
"""A house number with more than this many others within _MAX_LEFT characters before it (the eval corpora hold 5
at most) is walked only from a floor near it (路1号路1号…, see detectors.nlp.density)."""
_CROWD_PASSES = 2
"""How many rejected house numbers with a name before them (北京市朝阳区八里 in …八里庄路19号) a crowded walk may
cross."""
_COUNTRIES = frozenset({"中国", "中國", "台湾", "台灣", "臺灣"})
_COUNTRY_NAMES = ("中华人民共和国", "中華人民共和國")
# Between the divisions of one address people write a space, a comma or a line break (广东省 深圳市 南山区,
# 南山区，科技南路): only straight after a division word.
_PART_SEPARATORS = " ,，\n"
_DIVISION_MARKS = "-－/／|｜\u3000"
"""Marks some forms and exports write between the divisions (北京市-朝阳区-建国路88号, an ideographic space): only straight
after a division."""
_DIVISION_ENDS = set("省市区县州盟旗镇乡道區縣鎮鄉")
# Verbs that 至 ("to") follows (寄至, 迁至, 派送至, 转至): 至 after them ends the text before an address; elsewhere it may
# open a name (至善路) or join a range of numbers (1至5号).
_TO_VERBS = frozenset("寄送迁遷搬运運转轉移发發调調改派驶駛飞飛")
# Conjunctions that also sit inside road and estate names (留和路, 联和工业区).
_JOINERS = "和与及"
_STOP_WORDS = {"于是", "由于", "对于", "关于", "为了", "因为", "作为", "认为", "住在", "位于", "来自", "寄到", "送到", "我们", "他们", "你们", "她们", "地址", "住址"}


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_stop(text: str, k: int) -> bool:
    ch = text[k]
    if ch not in STOP_CHARS:
        return False
    if ch == "至":
        # 寄至, 迁至, 派送至: "to", whatever verb it closes; not in 1至5号 (a range of numbers) nor opening a word of a
        # name (至善路)
        return k > 0 and text[k - 1] in _TO_VERBS
    return not (lexicon.inside_word(text, k) and text[k - 1 : k + 1] not in _STOP_WORDS and text[k : k + 2] not in _STOP_WORDS)


@functools.cache
def _ethnic_shorts() -> frozenset[str]:
    """Short forms of autonomous divisions, written without their peoples' names (广西 for 广西壮族自治区, 黔东南
    for 黔东南苗族侗族自治州): people write them so before the city (广西南宁市, 新疆乌鲁木齐市)."""
    out = set()
    for name in lexicon.admin_names():
        m = _ETHNIC_NAME.match(name)
        if m:
            out.add(m.group(1))
    return frozenset(out)


@functools.cache
def _short_names() -> frozenset[str]:
    """Short forms of divisions: the lexicon's (石家庄, 裕华) and the autonomous ones' (广西, 黔东南), one set."""
    return lexicon.admin_short_names() | _ethnic_shorts()


_PEOPLES = ("壮族|回族|维吾尔|苗族|侗族|白族|朝鲜族|藏族|彝族|土家族|蒙古族|傣族|景颇族|哈尼族|布依族|黎族|羌族|瑶族|"
            "哈萨克|哈萨克族|柯尔克孜|傈僳族|纳西族|拉祜族|佤族|畲族|仡佬族|满族|水族")
_ETHNIC_NAME = re.compile(rf"^(.{{2,4}}?)(?:{_PEOPLES})+自治[区州]$")


# Development zones, which people write after a city as if they were districts (成都高新区, 苏州工业园区).
_ZONE = re.compile("高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|保税区|自贸区")


def _admin_at(run: str, p: int, nested: int = 0) -> int:
    """Length of the administrative name starting at ``run[p]`` (0 when none). A short form
    (上海, 广州) counts when a unit character or another division follows it (上海浦东新区, and two
    short forms in a row: 广东深圳南山区)."""
    if nested and (zone := _ZONE.match(run, p)) is not None:
        return zone.end() - p  # 成都高新区, 广州经开区: a development zone written where a district would be
    if run[p : p + 2] not in lexicon.admin_heads():
        return 0
    names = lexicon.admin_names()
    shorts = _short_names()
    for k in range(min(9, len(run) - p), 1, -1):
        piece = run[p : p + k]
        if piece in names:
            return k
        if piece in shorts and p + k < len(run):
            if run[p + k] in ADMIN_UNITS:
                return k + 1
            if nested < 2 and _admin_at(run, p + k, nested=nested + 1):
                return k
            if nested < 2 and run[p + k] == " " and _admin_at(run, p + k + 1, nested=nested + 1):
                return k  # 北京 北京市 朝阳区, 浙江 杭州市: the province as shops' address forms write it
    return 0


@functools.cache
def _tw_divisions() -> frozenset[str]:
    """Taiwan's cities, counties and townships without their unit (板橋, 大里, 阿里山): detectors/data."""
    path = Path(__file__).resolve().parents[2] / "data" / "tw_divisions.txt"
    rows = path.read_text(encoding="utf-8").splitlines()
    return frozenset(r for r in rows if r and not r.startswith("#"))


def _tw_start(text: str, lo: int, anchor: int) -> int:
    """Start of a Taiwanese address (its house number written 號) at the first city, county or township in
    ``text[lo:anchor]`` with only the road after it (大里中興路, 關山縣和平街: 和 inside a road name), or -1."""
    names = _tw_divisions()
    last = lo - 1  # the last stop word before the number (和 / 與 inside a road name are none): the name is after it
    for q in range(anchor - 1, lo - 1, -1):
        if text[q] not in _JOINERS and _is_stop(text, q):
            last = q
            break
    for p in range(last + 1, anchor - 2):
        if text[p : p + 2] in names or text[p : p + 3] in names:
            return p
    return -1


def _name_split_at(text: str, k: int) -> bool:
    """Does the line break at ``k`` cut a division's name in two (北京市朝阳 | 区, 浙江 | 省杭州市)?"""
    names = lexicon.admin_names()
    for a in range(1, 5):
        for b in range(1, 5):
            if k - a >= 0 and text[k - a : k] + text[k + 1 : k + 1 + b] in names:
                return True
    return False


def _after_spaced_division(text: str, k: int) -> bool:
    """Is the space at ``k`` one of an address written with a space between every part: the word before it (up to
    ten Chinese characters) follows another space, after a division (深圳市 南山区 科技园 | 科苑路15号)?"""
    j = k - 1
    while j >= 0 and k - 1 - j < 10 and _is_cjk(text[j]):
        j -= 1
    return j >= 1 and j < k - 1 and text[j] == " " and text[j - 1] in _DIVISION_ENDS


def _chain_start(text: str, run: str, idx: range | list[int]) -> int:
    """Where in ``run`` (the text before a house number, ``idx`` its offsets in ``text``) the chain of known
    divisions starts that runs on to the road without a stop word, or -1."""
    heads = lexicon.admin_heads()
    for p in range(len(run) - 1):
        if run[p : p + 2] not in heads:
            continue  # _admin_at's own first test, without the call (most positions start no name)
        k = _admin_at(run, p)
        if not k:
            continue
        q = p + k
        ok = True
        divisions = 1
        while q < len(run):
            k2 = _admin_at(run, q)
            if k2:
                q += k2
                divisions += 1
                continue
            if run[q] == "\n" and run[q - 1] in _DIVISION_ENDS and q + 1 < len(run) and run[q + 1] in _INDENT:
                q += 1  # a line break after a division, then the next line's indentation (skipped below)
                while q < len(run) and run[q] in _INDENT:
                    q += 1
                continue
            if _is_stop(text, idx[q]):
                sep = run[q] in _PART_SEPARATORS and (
                    run[q - 1] in _DIVISION_ENDS or run[q] == " " and _admin_at(run, q + 1) > 0
                    # 深圳市 南山区 科技园 科苑路: every part spaced, after two divisions written so
                    or run[q] == " " and divisions >= 2 and _is_cjk(run[q - 1]) and q + 1 < len(run) and _is_cjk(run[q + 1])
                )
                if sep and (run[q] == " " or divisions >= 2):
                    q += 1
                    continue
                # 留和路, 联和工业区: 和 / 与 inside a road or estate name; not 北京市和上海市 (a place after it)
                joiner = run[q] in _JOINERS and q < len(run) - 1 and _is_cjk(run[q - 1])
                if joiner and not _admin_at(run, q + 1):
                    q += 1
                    continue
                ok = False
                break
            q += 1
        if ok:
            return p
    return -1


def _left_start(text: str, anchor: int) -> tuple[int, bool]:
    """Start of the address whose road part ends at ``anchor``, and whether an administrative
    name was recognised (which raises confidence). Stop words (住在, 寄到) end the address unless
    they sit inside an administrative name (呼和浩特市)."""
    i = anchor
    breaks: list[int] = []
    while i > 0 and anchor - i < _MAX_LEFT:
        ch = text[i - 1]
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in "·・":  # _is_cjk, inlined: hot
            i -= 1
            continue
        if ch in _INDENT and anchor > i and _is_cjk(text[i]) and (w := _wrap_back(text, i)) < i and w >= 1 \
                and text[w - 1] in _DIVISION_ENDS:
            i = w  # 湖北省宜昌市秭归县 / (indented) 朝阳路785号: a form's field wrapped after a division
            continue
        if ch == "\n" and anchor > i >= 2 and _is_cjk(text[i]) and _is_cjk(text[i - 2]) and _name_split_at(text, i - 1):
            breaks.append(i - 1)  # 北京市朝阳\n区: a line break inside a division's name
            i -= 1
            continue
        if ch.isdigit():
            j = i - 1
            while j > 0 and i - j < 4 and text[j - 1].isdigit():
                j -= 1
            if j > 0 and _is_cjk(text[j - 1]):
                i = j  # 龍安里12鄰, 3期: a number between Chinese characters
                continue
            break
        if ch.isascii() and ch.isalpha() and i < anchor and text[i] in "区區座栋棟幢" and i >= 2 and _is_cjk(text[i - 2]):
            i -= 1  # 万达广场B区3号楼
            continue
        if ch in _PART_SEPARATORS and anchor > i >= 2 and _is_cjk(text[i]) and (
            text[i - 2] in _DIVISION_ENDS or (ch == " " and text[i - 3 : i - 1] in lexicon.admin_short_names())
            or (ch == " " and _after_spaced_division(text, i - 1)) or (ch == " " and text[i - 3 : i - 1] in _COUNTRIES)
        ):
            i -= 1  # 广东省 深圳市 南山区 / 南山区，科技路 / 北京 北京市: a separator after a division continues it
            continue
        if ch in _DIVISION_MARKS and anchor > i >= 2 and _is_cjk(text[i]) and text[i - 2] in _DIVISION_ENDS:
            i -= 1  # 北京市-朝阳区-建国路, 北京市/朝阳区/…: a form's mark between the divisions
            continue
        break
    idx = [k for k in range(i, anchor) if k not in breaks] if breaks else range(i, anchor)
    run = "".join(text[k] for k in idx) if breaks else text[i:anchor]
    p = _chain_start(text, run, idx)
    if p != 0 and (folded := traditional.fold(run)) is not run:
        p2 = _chain_start(text, folded, idx)  # 廣東省深圳市: a mainland division written in traditional characters
        if p2 >= 0 and (p < 0 or p2 < p):
            p, run = p2, folded
    if p >= 0:
        for back in range(1, min(p, 8) + 1):
            zone = _ZONE.match(run, p - back)
            if zone is not None and zone.end() > p:
                p -= back  # 高新区 read from its 新区: the zone's whole name
                break
        if run.endswith(_COUNTRY_NAMES, 0, p):
            p -= 7  # 中华人民共和国北京市…: the country's full name, written first, too
        elif p >= 2 and run[p - 2 : p] in _COUNTRIES:
            p -= 2  # the country written first (中国, 台灣) belongs to the chain
        elif p >= 3 and run[p - 1] == " " and run[p - 3 : p - 1] in _COUNTRIES:
            p -= 3  # 中国 北京市…: also when a space follows it
        return idx[p], True
    if "號" in text[anchor : anchor + 8]:
        tw = _tw_start(text, i, anchor)
        if tw >= 0:
            return tw, True
    # No known division: the road name back to the nearest stop word or label.
    start = anchor
    while start > i and anchor - start < 16 and not _is_stop(text, start - 1):
        start -= 1
    closed = max(text.rfind("号", start, anchor), text.rfind("號", start, anchor))
    if closed >= 0:
        start = closed + 1  # a house number closes the address before: the road name starts after it
    if anchor - start == 1 and start - 1 > i and text[start - 1] in _JOINERS:
        start -= 1  # 留和路: a road name of one character after the joiner has it inside
        while start > i and anchor - start < 16 and not _is_stop(text, start - 1):
            start -= 1
    label = None
    for m in LABEL_TAIL.finditer(text[start:anchor]):
        label = m
    if label is not None and label.start() == 0:
        start += label.end()
    for inner in _INNER_LABEL.finditer(text, start, anchor - 2):
        start = inner.end()  # 被申请人住所地青松路61号: a place label after the party's role, not only first
    start = _after_lead(text, start, anchor)
    return start, any(u in text[start:anchor] for u in ADMIN_UNITS)


def _left_start_above(text: str, floor: int, anchor: int) -> tuple[int, bool]:
    """`_left_start` as if the text began at ``floor``: the walk of a house number after padding or in a crowd
    (see detectors.nlp.density) reads no further back, so its work is bounded by the gap and not by _MAX_LEFT.
    The slice runs a few characters past the anchor, as far as `_is_stop`'s dictionary look-up reads."""
    start, known = _left_start(text[floor : anchor + 4], anchor - floor)
    return floor + start, known


@functools.cache
def _heads_re() -> re.Pattern[str]:
    """The first two characters of any administrative name (lexicon.admin_heads), searched for in C."""
    return re.compile(trie.pattern(lexicon.admin_heads()))


def _may_take(text: str, floor: int, a_start: int, a_end: int) -> bool:
    """Could the walk above ``floor`` make the house number ``text[a_start:a_end]`` an address? False only when
    it would be turned away (a test in C, not a walk: crafted text such as 1号甲乙1号甲乙… makes every fourth
    character a crowded house number). The address's left part is a tail of the window above the floor: it is
    known only with a division name (its first two characters) or unit character in the window, and every test
    of `_road_ok` that holds for the tail holds for the whole window."""
    window = text[floor:a_start]
    if any(u in window for u in ADMIN_UNITS) or _heads_re().search(window) is not None:
        return True
    unit = text[a_end - 1]
    if unit in "层層楼樓F" and text[a_end - 2 : a_end] not in ("号楼", "號樓"):
        return False  # a floor needs a known place
    if unit == "室":
        return window[-1:] != "" and window[-1] in _ROOM_LEFT
    return _road_ok(window)


# Before a road written without its divisions, what the writer says about it: a verb (改成, 说, 放), a
# pronoun (我家) or a place word (楼下). jieba's tags of the words before the road name tell them apart.
_LEAD_TAGS = frozenset({"v", "r", "rr", "s", "p", "c", "u", "uj", "y", "d"})
_LEAD_CHARS = frozenset("说放寄送填改搬住发交拿取找到去来在是把给往趟至")


def _after_lead(text: str, start: int, anchor: int) -> int:
    """Start of the road name in ``text[start:anchor]`` once the words before it that are no part of a name
    are dropped; the three characters nearest the number (文三路, 解放路) are always kept."""
    if anchor - start <= 3:
        return start
    kept = 0
    for tok in segment.iter_backward(text, start, anchor):
        if kept >= 3:
            if tok.tag in _LEAD_TAGS or (not tok.tag and tok.text in _LEAD_CHARS):
                return tok.end
        kept += len(tok.text)
    return start


def _road_ok(left: str) -> bool:
    """Does the text before the number end like a road, village or estate?"""
    if left[-1:] in ("甲", "乙", "丙", "丁", "特"):
        left = left[:-1]  # 北三环西路甲18号: Beijing's lettered house numbers; 特8号
    if len(left) < 2:
        return False
    if left.endswith(ROAD_ENDS):
        return True
    if len(left) >= 3 and left[-2] in "路街道" and left[-1] in "东南西北中":
        return True  # 皇后大道中, 解放路东
    if len(left) >= 3 and left[-1] == "条" and left[-2] in _CN_NUM_CHARS + "头" and "第" not in left[-4:-1]:
        return True  # 东四十条, 北新桥头条: Beijing's numbered lanes (第一条 is an article of a text)
    if len(left) >= 4 and left[-2].isascii() and left[-2].isalnum() and left[-1] in "区區座栋棟幢":
        return True  # 万达广场B区
    if len(left) >= 4 and left[-2] in _CN_NUM_CHARS and left[-1] in "区區期":
        return True  # 望京西园三区, 某某花园二期: a numbered zone or phase of an estate
    # a village written without 村 (程庄, 杜楼) directly after a town or township
    tail = left[-6:]
    return any(u in tail[:-1] for u in "镇乡村")


# The spaces people put between the parts of an address: ASCII, and the ideographic space of a Chinese keyboard.
_SPACES = (" ", "\u3000")


_UNIT_AFTER_BUILDING = re.compile(r"\s?(?:[0-9０-９]{1,2}\s?(?:单元|單元)|[0-9０-９]{3,4}(?![0-9０-９])\s?(?:室|房)?)")


def _estate_building(t: str, left: str, a_start: int, a_end: int) -> bool:
    """An estate of any name under a known division, then its building and a unit or room (某市某区溪山郡8栋1单元
    1504室): the building number with a unit or room after it says it is an address, whatever word ends the
    estate's name (郡, 邸, 台 ...)."""
    if not (t[a_end - 1] in "栋棟幢" or t[a_end - 2 : a_end] in ("号楼", "號樓")):
        return False
    if len(left) < 4 or not all(_is_cjk(c) for c in left[-2:]):
        return False
    return _UNIT_AFTER_BUILDING.match(t, a_end) is not None


def _anchor_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of house numbers (12号, 三栋, 5-3弄; group ``a``) right after a Chinese character, as
    ``finditer`` of ``(?<=[CJK])number unit`` gives them: the search resumes at the last character
    of the previous number (its unit, 号 in 88号3栋), which may be the next one's Chinese character."""
    pos = 1  # _ANCHOR's match starts at pos at the earliest, its group at pos + 1
    search = _ANCHOR_AT_NUMBER.search
    while (m := search(text, pos)) is not None:
        a = m.start()
        prev = text[a - 1]
        # after a space only digits, and only with a Chinese character before the space (文三路 478 号); after a line
        # break only digits, and only with a road word ending the line before (安澜街 / 329号1806室)
        if "A" <= prev <= "Z":
            if a >= 2 and _is_cjk(text[a - 2]) and text[a] not in _CN_NUM_CHARS:
                yield m  # 某某城T2栋: a tower lettered before its number (kept by `_find` for a building only)
        elif (prev not in _SPACES and prev != "\n") or (text[a] not in _CN_NUM_CHARS and a >= 2 and (
                _is_cjk(text[a - 2]) if prev != "\n" else text[a - 2] in _WRAP_ROAD_ENDS)):
            yield m
        pos = m.end()


_WRAP_ROAD_ENDS = frozenset("路街道巷弄")
"""Road words after which a form may wrap the house number onto the next line."""


_RANGE_JOINS = "至、"
"""What joins the first number of a range or list of house numbers to the last (某路23至27号, 某路57、63号)."""


def _range_start(t: str, a_start: int) -> int:
    """Start of the first number of a range whose last number starts at ``a_start`` (after `_RANGE_JOINS`): the
    digits before the joiner, after a Chinese character other than 第 (第11、25号文件 numbers documents)."""
    j = a_start - 1
    k = j
    while k > 0 and j - k < 5 and t[k - 1].isdigit():
        k -= 1
    return k if k < j and k > 0 and _is_cjk(t[k - 1]) and t[k - 1] != "第" else a_start


def _anchors(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the house numbers of `_anchor_matches`."""
    return (m.span("a") for m in _anchor_matches(text))


def _building_ok(t: str, start: int, end: int) -> bool:
    """A building name is taken only whole: no stop word in it, and the address does not run on
    into more Chinese text after it (嘉里中心 then a line break, 中信广场公寓 then 2单元) unless that
    text says where at the building or what happens there (上海某某广场门口, 某某教学楼举行)."""
    # a stop character inside a word of the name is none (来福士广场, 在水一方花园: 来福 and 在水一方 are words)
    if any(c in STOP_CHARS and _is_stop(t, k) and not _inner_joiner(t, start, k) for k, c in enumerate(t[start:end], start)) \
            or t.startswith(_NEAR_WORDS, end) or t.startswith(_NOT_NAME_START, start):
        return False
    return (
        end == len(t)
        or not _is_cjk(t[end])
        or _EXTEND.match(t, end) is not None
        or t.startswith(_AFTER_PLACE, end)
    )


def _building(t: str, end: int) -> int:
    """End of the building, estate or campus name written right after ``end`` (a house number), or -1.
    The longest acceptable name wins: 中关村大厦, not 中关村 (村 is also a building word)."""
    if end >= len(t) or not (_is_cjk(t[end]) or t[end].isascii() and t[end].isalpha()):
        return -1  # most addresses end at punctuation or a line break
    ends = []
    for w in _BUILDING_WORD.finditer(t, end + 2, min(len(t), end + 18)):
        name = t[end : w.start()]
        if len(name) > 14 or not all(_is_cjk(c) or c.isascii() and c.isalpha() for c in name):
            break
        room = _ROOM_AFTER.match(t, w.end())
        ends.append(room.end() if room else w.end())
    for stop in reversed(ends):
        if _building_ok(t, end, stop):
            return stop
    return -1


# A building named in brackets after the house number (88号（某某大厦）15层); a landmark said to be near (（近地铁站）,
# （某某宾馆旁）) is no building of the address.
_BRACKETED_BUILDING = re.compile(rf"[（(](?![近邻临靠])[{CJK}A-Za-z0-9]{{2,14}}(?<![旁边边侧近])[）)]")


# A building numbered with # (5#楼, 3#), as estates and sites write it; a room number may follow it straight.
_HASH_BUILDING = re.compile(r"[0-9０-９]{1,3}[#＃](?:(?:楼|樓|栋|棟|幢)|(?=[0-9０-９]{3,4}(?![0-9０-９])))(?:[0-9０-９]{3,4}(?![0-9０-９]))?")


# A building name after the house number, then a unit code: tower / block letters with digits, dash-joined, ending
# in a room number or a floor (望京SOHO T2-B-1203, 某某中心 B-2302, 某某MALL S3-1606, 某某天地 T1-12F). The dash is
# required, so a name followed by a bare number (a date, a price) is never taken.
_UNIT_CODE = re.compile(
    rf"[ \u3000]?(?P<name>[{CJK}A-Za-z]{{2,14}}?)[ \u3000]?[A-Z][0-9]{{0,2}}-(?:[A-Z0-9]{{1,2}}-)?"
    rf"(?:[0-9]{{3,4}}|[0-9]{{1,2}}F)(?![0-9A-Za-z\-])"
)

_CODE_ONLY = re.compile(r"[ \u3000]?[A-Z][0-9]{0,2}-(?:[A-Z0-9]{1,2}-)?(?:[0-9]{3,4}|[0-9]{1,2}F)(?![0-9A-Za-z\-])")
"""The same unit code right after a building word already taken (某某中心B-2211)."""


def _unit_name_ok(t: str, ext: re.Match[str]) -> bool:
    """Is the name before the units of an extension a building's (某某大厦3层, 某某天街3栋), not the next address
    after a verb (1号搬到某区某路88号: a stop word inside)?"""
    a, b = ext.span("name")
    if a < 0 or STOP_CHARS.isdisjoint(t[a:b]):
        return True  # most building names hold no stop character: no dictionary look-up
    lettered = _LETTERED_BUILDING.match(t, b) is not None
    return not any(_is_stop(t, k) and not _inner_joiner(t, a, k, -1 if lettered else b)
                   and not _joiner_opens_estate(t, a, k, b) for k in range(a, b))


_LETTERED_BUILDING = re.compile(r"[A-Za-z0-9]{1,2}(?:座|栋|棟|幢)")
"""A block lettered or numbered right after a name (颐和国际A座, 中和商务3栋): the name is a building's, whatever word
ends it, so a joiner inside it (和, 与, 及 between Chinese characters) is part of the name."""


def _names_building(t: str, ext: re.Match[str]) -> bool:
    """Is the name of an extension (when it has one) a building's: ending in a building word (财富大厦B座12楼), not a
    clause that ends in a road (现已变更为城南路66号)?"""
    a, b = ext.span("name")
    return a < 0 or (_BUILDING_END.search(t, a, b) is not None and _unit_name_ok(t, ext))


def _joiner_opens_estate(t: str, a: int, k: int, b: int) -> bool:
    """Is ``t[k]`` a joiner (和, 与, 及) that opens the name of an estate or building written straight after the house
    number, with its units after the name (某路45号和美嘉园27栋2单元)? A conjunction joins two addresses or numbers;
    it is never followed by a building word and then the units of one building."""
    return k == a and k > 0 and t[k - 1] in "号號" and t[k] in _JOINERS and _BUILDING_END.search(t, a, b) is not None


def _inner_joiner(t: str, a: int, k: int, b: int = -1) -> bool:
    """Is ``t[k]`` a joiner (和, 与, 及) inside a building's name that starts at ``a`` (嘉和广场, 泰和大厦): not its first
    character, between Chinese characters, and the name (ending at ``b`` when given) ends in a building word?"""
    if t[k] not in _JOINERS or k <= a or not (_is_cjk(t[k - 1]) and k + 1 < len(t) and _is_cjk(t[k + 1])):
        return False
    return b < 0 or _BUILDING_END.search(t, a, b) is not None


def _extend(t: str, end: int) -> int:
    """Grow an address right from its house number over buildings, units and rooms."""
    for _ in range(8):
        ext = _EXTEND.match(t, end)
        if ext and ext.end() > end and _unit_name_ok(t, ext):
            end = ext.end()
            continue
        dash = _DASH_UNITS.match(t, end)
        if dash and t[end - 1] in _DASH_AFTER:
            end = dash.end()
            continue
        bld = _building(t, end)
        if bld > end:
            end = bld
            continue
        triple = _NAMED_TRIPLE.match(t, end) if t[end - 1] in "号號" else None
        if triple and not any(c in STOP_CHARS for c in triple.group()):
            end = triple.end()
            continue
        code = _UNIT_CODE.match(t, end) if t[end - 1] in "号號" else None
        if code is not None and STOP_CHARS.isdisjoint(code.group("name")):
            end = code.end()  # 6号 某某SOHO T2-B-1203: a building and its unit code
            continue
        code = _CODE_ONLY.match(t, end) if _is_cjk(t[end - 1]) and t[end - 1] not in "号號" else None
        if code is not None:
            end = code.end()
            continue
        hashed = _HASH_BUILDING.match(t, end) if t[end - 1] in _DASH_AFTER else None
        if hashed is not None:
            end = hashed.end()  # 1222号5#楼2单元301, 129号3#502: a building numbered with #
            continue
        if t[end : end + 1] in ("（", "(") and t[end - 1] in "号號":
            inner = _BRACKETED_BUILDING.match(t, end)
            ext = _EXTEND.match(t, inner.end()) if inner is not None else None
            if ext is not None and ext.end() > ext.start():
                end = ext.end()  # 5002号（某某大厦）45层: the building in brackets, then its floor
                continue
        if t[end : end + 1] in ("\n", "，", ",") and t[end - 1] in "号號":
            # 27号 / 中关村大厦8层 wrapped onto the next line (indented as a form's field is) or after a comma: a
            # building with its floor or room continues it
            nxt = _wrapped(t, end) if t[end] == "\n" else end + 1
            ext = _EXTEND.match(t, nxt)
            if ext is None or not _is_cjk(ext.group()[0]) or _BUILDING_WORD.search(ext.group()) is None \
                    or not _names_building(t, ext):  # 28号，现已变更为城南路66号: a clause, then the next address
                bld = _building(t, nxt)
                ext = _EXTEND.match(t, bld) if bld > end else None
            if ext is not None and ext.end() > ext.start():
                end = ext.end()
                continue
        break
    return end


# Finer parts written in English after a Chinese address (…88号 Room 1203, …号Unit 5B, …号 Building 4, Room 301,
# …号 Tower A 8F), as mixed-language text gives them: the finest unit written, so part of the address.
_EN_UNIT_AFTER = re.compile(
    r"[ \u3000]?(?:(?:Building|Bldg\.?|Block|Tower)[ ]?[A-Z0-9]{1,3}(?:,?[ ]?(?:[0-9]{1,2}F|"
    r"(?:Room|Rm\.?|Unit|Flat|Suite|Apt\.?)[ ]?[A-Z]?[0-9]{1,5}[A-Z]?))?"
    r"|(?:Room|Rm\.?|Unit|Flat|Suite|Apt\.?)[ ]?[A-Z]?[0-9]{1,5}[A-Z]?)(?![A-Za-z0-9])"
)
# Rooms named for their use, and the basement room, straight after the number or building (…88号门卫室, …7栋地下室).
_NAMED_ROOM = re.compile("门卫室|門衛室|传达室|傳達室|收发室|收發室|值班室|地下室")
# Hong Kong's ground floor after the number (…381號地下, …號地下A舖): written 地下, it is the floor of the address.
_HK_GROUND = re.compile(r"地(?:下(?:[A-Z0-9]{1,3}[號号]?[舖铺])?|[舖铺])")  # 地下, 地下A舖, 地舖 (a ground-floor shop)


# A basement floor written with B after the number (…41號B1, …88号B2层): the floor of the address.
_BASEMENT = re.compile(r"B[1-5](?:层|層|楼|樓|F)?(?![0-9A-Za-z\-－])")
_MEZZANINE = ("夹层", "夾層")
# What a number with 号 names when it is not a house number on a road (某产业园3号厂房, 某广场12号商铺): part of it.
_NUMBERED_PLACES = ("厂房", "廠房", "商铺", "商舖", "铺", "舖", "车间", "車間", "仓库", "倉庫", "库房", "庫房")


def _finest_after(t: str, end: int) -> int:
    """End of the address once a finest unit written in another way follows it: English units, a named room, Hong
    Kong's 地下 and 地舖, a basement written B1 or a mezzanine (夹层), a shop or factory building the number names (see
    above); ``end`` when none does."""
    if end >= len(t) or not _is_cjk(t[end - 1]):
        return end
    if t[end - 1] in "号號栋棟幢座" and (room := _NAMED_ROOM.match(t, end)) is not None:
        return room.end()
    if t[end - 1] == "號" and (ground := _HK_GROUND.match(t, end)) is not None:
        return ground.end()
    if t[end] == "B" and t[end - 1] in "号號" and (floor := _BASEMENT.match(t, end)) is not None:
        return floor.end()
    if t.startswith(_MEZZANINE, end) and (t[end - 1] in "号號" or _BUILDING_END.search(t, max(0, end - 4), end)):
        return end + 2
    if t[end - 1] in "号號" and t.startswith(_NUMBERED_PLACES, end):
        k = end - 1
        while k > 0 and t[k - 1].isdigit():
            k -= 1
        if k < end - 1 and t[k - 1] not in "路街道巷弄里":
            return next(end + len(w) for w in _NUMBERED_PLACES if t.startswith(w, end))  # not after a road (某路88号商铺出租)
    if t[end] in "BRUTFSA \u3000" and (en := _EN_UNIT_AFTER.match(t, end)) is not None:
        return en.end()
    return end


_INDENT = " \u3000\t"
_MAX_INDENT = 16


def _wrapped(t: str, k: int) -> int:
    """Where the next line starts after the line break at ``k`` once its indentation (spaces, ideographic
    spaces, tabs; at most _MAX_INDENT) is skipped: a form's field continued on the next line is indented."""
    j = k + 1
    while j < len(t) and j - k <= _MAX_INDENT and t[j] in _INDENT:
        j += 1
    return j


def _wrap_back(t: str, i: int) -> int:
    """Start of the line break and indentation that end just before ``i`` (``i`` when there is none, or more
    than _MAX_INDENT of it)."""
    j = i
    while j > 0 and i - j <= _MAX_INDENT and t[j - 1] in _INDENT:
        j -= 1
    return j - 1 if j > 0 and t[j - 1] == "\n" and j < i else i


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every street address in ``text``."""
    view = TextView.of(text)
    return [(*view.span(s, e), score) for s, e, score in _find(view.text)]


def _find(t: str) -> list[tuple[int, int, float]]:
    """`find_addresses` on a text with no invisible characters (offsets into ``t``)."""
    out: list[tuple[int, int, float]] = []
    last_end = -1
    for _, a_start, a_end, floor in with_floors(_anchor_matches(t), _MAX_LEFT, _CROWD_LIMIT, _CROWD_PASSES, "a"):
        if a_start < last_end:
            continue
        wrapped = t[a_start - 1] == "\n"
        a_start -= t[a_start - 1] in _SPACES or wrapped  # the road ends before the space (文三路 478 号) or line break
        if t[a_end - 1] in "号號" and t.startswith(_ORDINAL_NOUNS, a_end):
            continue  # 3号窗口, 2号线: the number of a window or a line, not of a house
        if "A" <= t[a_start - 1] <= "Z":
            if t[a_end - 1] not in "栋棟幢座" and t[a_end - 2 : a_end] not in ("号楼", "號樓"):
                continue  # B1层, A8号: only a building is lettered so (某某城T2栋)
            a_start -= 1
        elif t[a_start - 1] in _RANGE_JOINS:
            a_start = _range_start(t, a_start)
        if floor != NONE and (
            (a_start - floor < 2 and not (t[a_end - 1] == "室" and t[a_start - 1] == "邨"))
            or not _may_take(t, floor, a_start, a_end)
        ):
            continue  # one character or none above the floor (no road: _road_ok needs two), or nothing to take
        if last_end > 0 and a_start - last_end < _MAX_LEFT:
            floor = max(floor, last_end)  # 从某区某路1号搬到某区某路88号: the address before ends this one's walk
        start, known = _left_start(t, a_start) if floor == NONE else _left_start_above(t, floor, a_start)
        left = t[start:a_start]
        if wrapped and not known:
            continue  # 道路 / 3号文件: a number wrapped after its road only under a known division
        if left in _GENERIC_PLACES:
            continue  # 园区8号楼, 小区3栋: a building of a place not named
        if t[a_end - 1] in "层層楼樓F" and t[a_end - 2 : a_end] not in ("号楼", "號樓"):
            # 某市某区某某大厦35楼: a floor is an anchor only in a building named after a known place, and only
            # written in digits (广州天河城一楼 is where in a mall, said in words)
            if not (known and _BUILDING_END.search(left)) or t[a_start] in _CN_NUM_CHARS:
                continue
        elif t[a_end - 1] == "室":
            # 某某邨某某樓1012室 (Hong Kong estates): a room needs a building before it and a district or road
            if not (left[-1:] and left[-1] in _ROOM_LEFT and (known or any(c in left for c in "區区道街路邨村"))):
                continue
        elif not _road_ok(left) and not (known and _estate_building(t, left, a_start, a_end)):
            continue
        elif t[a_end - 1] == "社" and not left.endswith("村"):
            continue  # 某村3社: a village group only straight after the village
        if t[a_end - 2 : a_end] in ("号楼", "號樓") and t[a_end : a_end + 1] in "下上" and left.endswith(_HOUSE_ROAD_ENDS):
            a_end -= 1  # 某路52号楼下: the house number, then 楼下 (downstairs); 某小区5号楼下 keeps its building
        end = _extend(t, a_end)
        sub = _SUB_NUMBER.match(t, end)
        if sub:
            end = sub.end()  # Taiwanese 85號之3
        if t[end - 1 : end] in ("座", "楼", "樓", "层", "層", "栋", "棟", "幢", "F", "单", "元", "塔", "门", "門"):
            # an address written with spaces (文一西路1500号 6幢 401) may space its room number too
            spaced = t[end : end + 1] in _SPACES and any(c in _SPACES for c in t[start:end])
            room = _TRAILING_ROOM.match(t, end + spaced) or (
                _FLOOR_LETTER.match(t, end) if t[end - 1] in "楼樓层層" and t[end - 2].isdigit() else None
            )
            if room:
                end = room.end()
        elif t[end - 1 : end] in ("号", "號"):
            room = _ROOM_AFTER_NUMBER.match(t, end)
            if room:
                end = room.end()
        end = _finest_after(t, end)
        score = 0.85 if known else 0.7
        out.append((start, end, score))
        last_end = end
    if any(w in t for w in _EN_ROAD_WORDS):
        taken = [(a, b) for a, b, _ in out]
        out.extend((a, b, 0.7) for a, b in _english(t) if not any(x < b and a < y for x, y in taken))
        if "No." in t and "Dist" in t:
            taken = [(a, b) for a, b, _ in out]
            tw = [(a, b) for a, b in _taiwan_english(t) if not any(x < b and a < y for x, y in taken)]
            out.extend((a, b, 0.7) for a, b in tw)
        out.sort()
    if ("-" in t or "座" in t) and ("区" in t or "县" in t or "區" in t or "-" in t and "市" in t):
        taken = [(a, b) for a, b, _ in out]
        out.extend((a, b, 0.75) for a, b in _coded_buildings(t, taken))
        out.sort()
    if "村" in t or "屯" in t or "寨" in t:
        taken = [(a, b) for a, b, _ in out]
        out.extend((a, b, 0.75) for a, b in _rural(t, taken))
        out.sort()
    if " " in t and _SPACED_GATE.search(t) is not None:
        taken = [(a, b) for a, b, _ in out]
        out.extend((a, b, 0.7) for a, b in _spaced_out(t) if not any(x < b and a < y for x, y in taken))
        out.sort()
    return out


# An address spaced out character by character (北 京 市 朝 阳 区 建 国 路 8 8 号), as forms and evasive writers
# do: found in the run closed up, its span mapped back over the spaces. Searched from a space between two Chinese
# characters (a literal first: ``re`` skips to spaces in C), with two more spaced characters after it.
_SPACED_GATE = re.compile(rf" (?<=[{CJK}] )(?=[{CJK}0-9０-９] [{CJK}0-9０-９] )")
_MIN_SPACED = 8
"""The fewest characters a spaced run must hold to be read (no address is shorter)."""


def _run_char(ch: str) -> bool:
    return _is_cjk(ch) or ch.isdigit() or (ch.isascii() and ch.isalpha())


def _spaced_out(t: str) -> Iterator[tuple[int, int]]:
    """Spans of addresses written with one space between every character."""
    pos = 0
    while (g := _SPACED_GATE.search(t, pos)) is not None:
        a = g.start() - 1
        while a >= 2 and t[a - 1] == " " and _run_char(t[a - 2]):
            a -= 2
        b = g.start() + 1
        while b + 2 < len(t) and t[b + 1] == " " and _run_char(t[b + 2]):
            b += 2
        pos = b + 1
        if (b - a) // 2 + 1 < _MIN_SPACED:
            continue
        closed = t[a : b + 1 : 2]
        for s, e, _ in _find(closed):
            yield a + 2 * s, a + 2 * (e - 1) + 1


# A village group named rather than numbered (某村东垅组, 某村王家组); not a working group or a party group of the
# village (村工作组, 村党组), nor its 小组 (村民小组 is listed whole).
_NAMED_GROUP = rf"村(?!小组|工作组|党组|巡查组)[{CJK}]{{1,3}}?[组組]"
# A rural address ends at its village or village group, which has no house number: a town or township,
# then a village name and its unit (伏唐村, 那汉屯, 大鱼塘村民小组, 村委会 for the village office).
_RURAL = re.compile(rf"[镇鎮乡鄉](?P<v>[{CJK}]{{1,8}}?(?:村民小组|村民小組|村委会|村委會|{_NAMED_GROUP}|村|屯|寨))"
                    rf"(?:(?![{CJK}])|(?=(?:村委[会會])?(?:旁|附近|对面|對面|门口|門口)|村口|附近))")
"""A village under its town; it ends before punctuation, or before a landmark at it (某村村委会旁边, 某村附近: the
village); 某村村委会 on its own is the place itself."""
_COUNTY_UNITS = set("县縣区區市旗")


def _towns(t: str) -> Iterator[re.Match[str]]:
    """``_RURAL.finditer(t)`` in text order, tried only at each 镇 / 乡 (str.find runs in C)."""
    found = []
    for ch in "镇鎮乡鄉":
        i = t.find(ch)
        while i >= 0:
            m = _RURAL.match(t, i)
            if m is not None:
                found.append(m)
            i = t.find(ch, i + 1)
    found.sort(key=lambda m: m.start())
    pos = 0
    for m in found:
        if m.start() >= pos:
            yield m
            pos = m.end()


def _rural(t: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Villages written under their full chain of divisions (某省某县某镇某村): the chain must start at
    a known division and hold a county-level one, so a village or town name alone is not an address."""
    for m in _towns(t):
        town_end, end = m.start("v"), m.end("v")
        v = m.group("v")
        if any(c in STOP_CHARS for c in v[_opening_joiner(t, town_end):]) or any(a < end and m.start() < b for a, b in taken):
            continue
        start, known = _left_start(t, town_end)
        chain = t[start:town_end]
        if v.endswith(("村委会", "村委會")) and _VENUE_BEFORE.search(t, max(0, start - 8), start) is None:
            continue  # 某县某镇某村村委会 heading a notice or signing it names the committee (an ORG), not a place
        if known and len(chain) >= 6 and any(c in _COUNTY_UNITS for c in chain[:-1]):
            yield start, end


# What says that the village office after it is where something is (地点：某村村委会, 在某村村委会): a place label or a
# verb of place right before the address.
_VENUE_BEFORE = re.compile(r"(?:地点|地址|住址|位置|场所|在|到|至|住|于|往|去|来|位于)[：:]?[ \u3000]*$")


def _opening_joiner(t: str, k: int) -> int:
    """1 when the village name at ``k`` (right after its town) opens with 和 / 与 / 及 that is part of it (某镇和庄村:
    no dictionary word and no place name after the joiner), else 0."""
    if t[k] not in _JOINERS or t[k + 1 : k + 3] in lexicon.words() or _admin_at(t, k + 1):
        return 0
    return 1


# A building under its divisions with a unit code and no road (某市某区某某SOHO T2-B-1203, 某区某某中心B座2003): the
# code is found from its '-' or 座, the building name before it (with Latin letters, or ending in a building word:
# 中心, 大厦, 广场 …) and a chain of known divisions before the name (two, or one ending in 区 / 县); a code alone, or
# after a word that names no building (某区会议 A-1203), is no address.
_CODE_AT = re.compile(r"(?:[A-Z][0-9]{0,2}-(?:[A-Z0-9]{1,2}-)?(?:[0-9]{3,4}|[0-9]{1,2}F)|[A-Z]座[0-9]{3,4})室?"
                      r"(?![0-9A-Za-z\-])")


def _coded_at(t: str, i: int) -> re.Match[str] | None:
    """The unit code whose first '-' or 座 is at ``i`` (its letter one to three characters before)."""
    for s in range(max(0, i - 3), i):
        if t[s].isupper() and (s == 0 or not (t[s - 1].isdigit() or t[s - 1] == "-")):
            m = _CODE_AT.match(t, s)
            if m is not None:
                return m
    return None


# An estate's building-unit-room triple written straight after its name, no house number (某市某区丽景华庭15-5-1402).
_TRIPLE = re.compile(r"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?:室|房|户|戶)?(?![0-9A-Za-z\-])")


def _triple_at(t: str, i: int) -> re.Match[str] | None:
    """The triple whose first '-' is at ``i``, its first number written right after a Chinese character."""
    s = i
    while s > 0 and i - s < 3 and t[s - 1].isdigit():
        s -= 1
    if s == i or s == 0 or not _is_cjk(t[s - 1]):
        return None
    return _TRIPLE.match(t, s)


def _coded_buildings(t: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of buildings with a unit code under a chain of divisions (see `_CODE_AT`), and of estates with their
    triple (see `_TRIPLE`). Tried from each 区 / 县 (and 市, for a triple) with a '-' or 座 within the next 21
    characters (区 is far rarer than '-' in dates and numbers)."""
    hits: set[tuple[int, int]] = set()
    for unit in "区县區縣市":
        j = t.find(unit)
        while j >= 0:
            for ch in "-座":
                i = t.find(ch, j + 1, j + 22)
                if i < 0:
                    continue
                before = t[max(0, i - 3) : i]
                # a capital letter first: no dates
                m = _coded_at(t, i) if before != before.lower() and unit != "市" else None
                triple = m is None and ch == "-" and (m := _triple_at(t, i)) is not None
                if m is not None:
                    hit = _coded_span(t, m, any_name=triple)
                    if hit is not None and not any(a < hit[1] and hit[0] < b for a, b in taken):
                        hits.add(hit)
            j = t.find(unit, j + 1)
    return iter(sorted(hits))


# Where on a crossing a building stands, written between the divisions and the building (某路与某路交叉口东南角, 某街和某路
#交汇处): the roads are joined by 与 / 和, the crossing word ends them, a corner or side may follow.
_CROSSING = re.compile(rf"^[{CJK}]{{1,8}}?[路街道][与和及][{CJK}]{{1,8}}?[路街道](?:交叉口|交汇处|交匯處|交界处|路口)"
                       r"(?:[东南西北東]{1,2}(?:角|侧|側))?")


def _coded_span(t: str, m: re.Match[str], any_name: bool = False) -> tuple[int, int] | None:
    """The address ending in the unit code ``m``: divisions, then a building name, then the code. With ``any_name``
    (a triple), the name may end in any word (郡, 庭, 邸 ...): three numbers say it is an estate."""
    heads = lexicon.admin_heads()
    s = m.start()
    k = s - 1 if s > 0 and t[s - 1] in _SPACES else s
    lo = k
    while lo > 0 and k - lo < 30 and (_is_cjk(t[lo - 1]) or t[lo - 1].isascii() and t[lo - 1].isalpha()):
        lo -= 1
    seg = t[lo:k]
    for p in range(len(seg) - 1):
        if seg[p : p + 2] not in heads or not (n := _admin_at(seg, p)):
            continue
        q, count = p + n, 1
        while q < len(seg) and (n := _admin_at(seg, q)):
            q, count = q + n, count + 1
        name = seg[q:]
        if (cross := _CROSSING.search(name)) is not None and STOP_CHARS.isdisjoint(name[cross.end():]):
            name = name[cross.end():]  # 某路与某路交叉口东南角某某中心A座2301: the building is after the crossing
        building = any_name or any(c.isascii() for c in name) or _BUILDING_END.search(name) is not None
        if 2 <= len(name) <= 14 and building and (count >= 2 or seg[q - 1] in "区县區縣") \
                and STOP_CHARS.isdisjoint(name):
            return lo + p - (2 if seg[max(0, p - 2) : p] in _COUNTRIES else 0), m.end()
        return None
    return None


# Chinese addresses written in English (No. 18 Fuxing West Road, Xuhui District, Shanghai): optional room,
# building and estate parts, a house number and a road, then comma-separated places. Only an address that
# names a Chinese division is one; a US street address is optional in the labeling conventions.
# Abbreviated division and road words keep their dot (Chaoyang Dist., Beijing); any other word's dot ends a
# sentence, not a part.
_EN_WORD = r"(?:N\.T\.|(?:Dist|Rd|Ave|Blvd|Prov)\.|[A-Z][A-Za-z'\-]*|\d{1,3}(?:st|nd|rd|th))"
_EN_PART = rf"{_EN_WORD}(?:[ ]{_EN_WORD}){{0,4}}"
_EN_ROAD = r"(?:Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Highway|Expressway|Dajie|Dadao|Hutong|Lu\b|Jie\b)"
"""Road words, English or pinyin as mainland addresses are often romanised (Jianguomenwai Dajie, Huaihai Zhong Lu).
Flat alternatives only: a nested group (`(?:Lu|Jie)\b`) turns off `re`'s first-character scan (0.13 -> 0.73 ms
per 64 KB for the gate's finditer)."""
# Room, floor and block parts; an estate or building name may follow them (Flat 3A, Block 2, Some Gardens, ...).
_EN_ROOM = r"(?:Room|Rm\.?|Unit|Flat|Suite|Shop|Apt\.?|Apartment)[ ]?[A-Z0-9][A-Za-z0-9\-]*,?[ ]+"
_EN_FLOOR = r"(?:\d{1,3}(?:st|nd|rd|th)[ ]Floor|Floor[ ]\d{1,3}|(?:\d{1,3}|G|UG|LG)/F|\d{1,3}F),?[ ]+"
_EN_BLOCK = r"(?:Block|Tower|Building|Bldg\.?)[ ]?[A-Z0-9][A-Za-z0-9\-]*,?[ ]+"
# The core starts at the house number (a digit or "No.", so ``re`` skips through other text quickly); the
# room / floor / block / estate parts before it are matched backwards from the core's start, only when
# a core is found.
_PT_ROAD = r"(?:Rua|Avenida|Av\.|Estrada|Travessa|Calçada|Calcada|Largo|Beco|Praceta)"
_EN_CORE = re.compile(
    rf"(?:(?:No\.[ ]?\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?,?|\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?)[ ]+(?:{_EN_PART}[ ])?{_EN_ROAD}"
    rf"(?:[ ](?:North|South|East|West|Central|Middle))?"
    # the number after the road, as a Chinese address orders them (Jianguomenwai Avenue No. 1)
    rf"|{_EN_WORD}(?:[ ]{_EN_WORD}){{0,2}}[ ]{_EN_ROAD}(?:[ ](?:North|South|East|West|Central|Middle))?,?[ ]No\.[ ]?\d{{1,5}}[A-Z]?"
    # a numbered lane or compound off the road (Lane 532, Some Road; Yard 42, Some Road), as 某路532弄 / 某路42号院 read
    rf"|(?:Lane|Yard)[ ]\d{{1,5}}[A-Z]?,[ ]+(?:{_EN_PART}[ ])?{_EN_ROAD}(?:[ ](?:North|South|East|West|Central|Middle))?"
    # Macau's Portuguese street names, the road word first (178 Rua de Braganca, 12 Avenida da Amizade)
    rf"|\d{{1,5}}[A-Z]?[ ]+{_PT_ROAD}[ ](?:(?:de|da|do|dos|das)[ ])?{_EN_PART})"
    rf"(?:,[ ]+{_EN_PART}){{1,5}}"
)
_EN_PREFIX = re.compile(
    rf"(?:(?:(?:(?:{_EN_ROOM}){{1,2}}(?:{_EN_FLOOR})?|{_EN_FLOOR})(?:{_EN_BLOCK})?|{_EN_BLOCK})(?:{_EN_PART},[ ]+)?"
    # the house number before a lane (No. 23, Lane 532, ...; Taiwan's 5F., No. 8, Alley 3, Lane 12, ...)
    rf"|(?:{_EN_ROOM}|\d{{1,3}}F\.?(?:-\d{{1,2}})?,[ ]+)?No\.[ ]?\d{{1,5}}[A-Z]?(?:-\d{{1,3}})?,[ ]+(?:(?:Alley|Aly\.)[ ]\d{{1,4}},[ ]+)?)$"
)
_EN_ROAD_GATE = re.compile(_EN_ROAD[:-1] + "|Rua |Avenida |Estrada |Travessa )")  # one flat group: see _EN_ROAD
_EN_ROAD_WORDS = ("Road", "Rd", "Street", "St.", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Highway", "Expressway",
                  "Dajie", "Dadao", "Hutong", " Lu", " Jie", "Rua ", "Avenida ", "Estrada ", "Travessa ")
# Words that make the places after a road Chinese: a division word or a province-level name.
CN_PLACES_EN = frozenset(
    "District|Dist.|New Area|County|Province|Prov.|Prefecture|Hong Kong|Kowloon|New Territories|Macau|Macao|Taiwan|China|PRC|"
    "Beijing|Shanghai|Tianjin|Chongqing|Hebei|Shanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|"
    "Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Guangxi|"
    "Inner Mongolia|Tibet|Ningxia|Xinjiang|Taipei|Kaohsiung|Taichung|N.T.".split("|")
)


# The country after an English address's province: no part of the address (People's Republic is the part that
# the address pattern takes of "People's Republic of China").
_EN_COUNTRY = frozenset({"China", "CHINA", "PRC", "P.R.C.", "P.R. China", "PR China", "People's Republic of China",
                         "People's Republic"})


_EN_COUNTRY_STARTS = ("P.R.C", "P.R. China", "P. R. China", "PR China", "PRC")
"""The country as written after the last division, where the core pattern reads only its first letter (`P`)."""


def _english(t: str) -> Iterator[tuple[int, int]]:
    """Spans of English-written Chinese addresses, cut after the last place that names a division."""
    last = 0
    for g in _EN_ROAD_GATE.finditer(t):
        if g.start() < last:
            continue
        # the core holds the road word: search only the window around it (road words are rare)
        m = _EN_CORE.search(t, max(last, g.start() - 80), g.end() + 240)
        if m is None or not m.start() <= g.start() < m.end():
            continue
        last = m.end()
        start = m.start()
        if start > 0 and (t[start - 1].isalnum() or t[start - 1] == "."):
            continue
        parts = m.group().split(", ")
        cut = 0
        pos = start
        for i, part in enumerate(parts):
            if part in _EN_COUNTRY or i > 0 and t.startswith(_EN_COUNTRY_STARTS, pos):
                break  # the country after the province is left out, as a Chinese address leaves out 中国
            pos += len(part)
            if i > 0 and any(w in part for w in CN_PLACES_EN):
                cut = pos
            elif cut and len(part.split(" ")) <= 2:
                cut = pos  # the city after its district (Xuanwu District, Nanjing)
            elif cut:
                break
            pos += 2
        if cut:
            pre = _EN_PREFIX.search(t, max(0, start - 100), start)
            yield (pre.start() if pre else start), cut


# Taiwanese addresses in English run from the smallest unit up: floor, number, lane / alley, section, road,
# district, city (12F, No. 100, Sec. 2, Roosevelt Rd., Zhongzheng Dist., Taipei City); the postcode after the
# city is left out.
_TW_WORDS = r"[A-Z][A-Za-z'\-]*(?:[ ](?:[A-Z][A-Za-z'\-]*|[NSEW]\.))*"
_TW_EN = re.compile(
    r"(?:(?:\d{1,2}F(?:-\d{1,2})?\.?|\d{1,2}/F|Rm\.?[ ]?\d{1,5}),?[ ])?"
    r"No\.[ ]?\d{1,5}(?:-\d{1,3})?,[ ](?:(?:Aly|Alley|Ln|Lane)\.?[ ]\d{1,4},[ ])*(?:Sec\.[ ]?\d,[ ])?"
    rf"{_TW_WORDS}[ ](?:Rd|St|Road|Street|Blvd|Ave|Avenue)\.?,[ ]{_TW_WORDS}[ ](?:Dist\.|District|Township)"
    rf"(?:,[ ]{_TW_WORDS}(?:[ ](?:City|County))?)?"
)


def _taiwan_english(t: str) -> Iterator[tuple[int, int]]:
    """Spans of Taiwanese addresses written in English, found from each "No." (rare in prose)."""
    i = t.find("No.")
    while i >= 0:
        lo = max(0, i - 16)
        m = _TW_EN.search(t, lo, i + 200)
        if m is not None and m.start() <= i < m.end() and (m.start() == 0 or not t[m.start() - 1].isalnum()):
            yield m.start(), m.end()
            i = t.find("No.", m.end())
        else:
            i = t.find("No.", i + 3)


class AddressRecognizer(EntityRecognizer):
    """Presidio recognizer for Chinese street addresses; needs no NLP pre-pass."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], name="zh_address", supported_language="zh")

    def load(self) -> None:
        """Warm the administrative-division lists."""
        lexicon.admin_names()
        lexicon.admin_short_names()
        lexicon.admin_heads()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return ADDRESS spans as code-point offsets into ``text``."""
        if entities and "ADDRESS" not in entities:
            return []
        return [RecognizerResult("ADDRESS", s, e, score) for s, e, score in find_addresses(text)]
