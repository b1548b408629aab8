"""Administrative place look-ups at a position (浙江, 北京市, 市北区; the country names): a company or a public
body is named after its registered place, so the walk, its checks and the brand-region pass all ask where a place
begins or ends.
"""
from __future__ import annotations

import functools
from pathlib import Path

from detectors.nlp import lexicon


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


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _place_at(text: str, p: int) -> bool:
    """Does an administrative name (浙江, 北京市) begin at ``p``?"""
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(text[p : p + k] in shorts or text[p : p + k] in names for k in (2, 3, 4))


def _short_place_ends(text: str, k: int) -> bool:
    """Does a division's short name (曲靖, 黄山) end right before ``k``?"""
    shorts = lexicon.admin_short_names()
    return text[k - 2 : k] in shorts or text[k - 3 : k] in shorts


def _full_place_at(text: str, p: int) -> bool:
    """Does a full administrative name (市北区, 县城 is none) begin at ``p``?"""
    names = lexicon.admin_names()
    return any(text[p : p + k] in names for k in (3, 4, 2))


def _bracketed_division(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a division's name alone in brackets (某某（保定）化工有限公司: jieba reads some places,
    保定, 江都, as verbs)?"""
    word = text[start:end]
    return (text[start - 1 : start] in ("（", "(") and text[end : end + 1] in ("）", ")")
            and (word in lexicon.admin_short_names() or word in lexicon.admin_names()))


def _is_place_word(word: str) -> bool:
    """Is ``word`` a division's name, full or short (遵义, 保定市)?"""
    return word in lexicon.admin_short_names() or word in lexicon.admin_names()


def _place_ends(text: str, lo: int, p: int) -> bool:
    """Does an administrative name (广西, 南宁市) end at ``p``, starting at ``lo`` or after?"""
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(p - k >= lo and (text[p - k : p] in shorts or text[p - k : p] in names) for k in (2, 3, 4))


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
