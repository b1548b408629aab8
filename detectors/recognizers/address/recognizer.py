"""`find_addresses` (the anchored pass, each anchor walked left, from a crowd's floor when it is crowded, and
right; then the English, coded, rural and spaced-out passes, each behind its gate), addresses spaced out character
by character (found in the run closed up), and the Presidio `AddressRecognizer`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import lexicon
from detectors.nlp.density import NONE, with_floors
from detectors.nlp.textview import TextView
from detectors.recognizers.address.anchors import (
    CJK, _CN_NUM_CHARS, _CROWD_LIMIT, _CROWD_PASSES, _MAX_LEFT, _ORDINAL_NOUNS, _RANGE_JOINS, _SPACES,
    _anchor_matches, _range_start,
)
from detectors.recognizers.address.coded import _coded_buildings
from detectors.recognizers.address.english import _EN_ROAD_WORDS, _english, _taiwan_english
from detectors.recognizers.address.extend import (
    _FLOOR_LETTER, _ROOM_AFTER_NUMBER, _SUB_NUMBER, _TRAILING_ROOM, _extend, _finest_after,
)
from detectors.recognizers.address.rural import _rural
from detectors.recognizers.address.walk import _estate_building, _left_start, _may_take, _road_ok
from detectors.recognizers.address.words import (
    _BUILDING_END, _GENERIC_PLACES, _HOUSE_ROAD_ENDS, _ROOM_LEFT, _is_cjk,
)


def _left_start_above(text: str, floor: int, anchor: int) -> tuple[int, bool]:
    """`_left_start` as if the text began at ``floor``: the walk of a house number after padding or in a crowd
    (see detectors.nlp.density) reads no further back, so its work is bounded by the gap and not by _MAX_LEFT.
    The slice runs a few characters past the anchor, as far as `_is_stop`'s dictionary look-up reads."""
    start, known = _left_start(text[floor : anchor + 4], anchor - floor)
    return floor + start, known


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every street address in ``text``."""
    view = TextView.of(text)
    return [(*view.span(s, e), score) for s, e, score in _find(view.text)]


_LETTERED_ROAD_ENDS = frozenset("路街道巷弄")
"""Road words a lettered house number may follow (义乌商城大道L198号, 工人北路A12号: market and industrial-park
numbering)."""


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
            if t[a_end - 1] not in "栋棟幢座" and t[a_end - 2 : a_end] not in ("号楼", "號樓") and not (
                    t[a_end - 1] in "号號" and a_start >= 3 and t[a_start - 2] in _LETTERED_ROAD_ENDS):
                continue  # B1层, A8号: only a building is lettered so (某某城T2栋), or a house on a road (商城大道L198号)
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
