"""The words and characters an address is read by: building and road words, administrative units, stop
characters and words, field labels, words that say near rather than at (附近, 对面), and the helpers for a name
wrapped onto the next line of a form (its indentation skipped).

The lowest layer, shared by the anchor, the walks both ways and the side passes.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon

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

# Words that make the building before them a landmark the address is near, not the place at the address
# (88号万达广场附近, 某大厦对面): the address ends at its house number.
_NEAR_WORDS = ("附近", "旁边", "旁邊", "对面", "對面", "斜对面", "周边", "周邊", "一带", "隔壁")
# What carries the sentence on after an address (…1单元对面那家咖啡馆, …号楼下的超市, …门口往东): never the first words
# of a building's name after it.
_NOT_NAME_START = _NEAR_WORDS + ("楼下", "樓下", "楼上", "樓上", "门口", "門口", "往东", "往西", "往南", "往北", "那家",
                                 "这家", "那边", "这边", "那里", "这里")

# Road words after which N号楼下 is the house number and 楼下 "downstairs" (某路5号楼下), not a building 5号楼.
_HOUSE_ROAD_ENDS = ("路", "街", "道", "巷", "弄", "胡同", "村", "屯", "组", "組", "段", "里")
# Before a room number (1012室) the text must end in a building or estate word (顯祥樓, 某某邨).
_ROOM_LEFT = "樓楼閣阁邨苑座廈厦"
_BUILDING_END = re.compile(rf"(?:{BUILDINGS}|[A-Za-z]座|[东南西北中A-Za-z0-9一二三]塔|塔楼)$")  # 某某中心北塔35层

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
