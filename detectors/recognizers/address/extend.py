"""What follows the anchor: estate names, buildings, units and rooms (某小区3栋2单元501室), coded and
lettered buildings, a number's sub-number (85號之3), basements and mezzanines, Hong Kong ground-floor shops and
named rooms, as far as the finest unit written.

One job, the right end of an address; the left end is `walk`.
"""
from __future__ import annotations

import re

from detectors.recognizers.address.anchors import CJK, CN_NUM, NUM, _UNIT
from detectors.recognizers.address.words import (
    STOP_CHARS, _AFTER_NUMBER, _BUILDING_END, _JOINERS, _NEAR_WORDS, _NOT_NAME_START, _is_cjk, _is_stop,
    _wrapped,
)

_EXTEND = re.compile(
    rf"(?:\s?(?:之|[-－]))?(?:[ ]?(?P<name>[{CJK}A-Za-z]{{2,14}}?)[ ]?)?"
    rf"(?:\s?(?:第|[甲乙丙丁特])?(?:{NUM}|[A-Za-z]|{CN_NUM}|[A-Za-z]{NUM})\s?{_UNIT})+"
)

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
