"""Word lists compiled by ``detectors.data.build``, loaded once on first use.

The recognizers never run a segmenter over the whole text; they look candidate strings up here.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    return [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln]


@dataclass(frozen=True)
class Entry:
    """A jieba dictionary word: how common it is and its part-of-speech tag."""

    freq: int
    tag: str


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    rows = _lines("surnames.txt")
    return frozenset(r for r in rows if len(r) == 1), frozenset(r for r in rows if len(r) == 2)


@functools.cache
def given_weights() -> dict[str, int]:
    """How often a character appears in given names (Faker name lists + jieba person entries)."""
    out: dict[str, int] = {}
    for row in _lines("given_chars.tsv"):
        ch, n = row.split("\t")
        out[ch] = int(n)
    return out


@functools.cache
def words() -> dict[str, Entry]:
    """Dictionary words that start with a surname character (or 老/小/阿)."""
    out: dict[str, Entry] = {}
    for row in _lines("lexicon.tsv"):
        w, f, t = row.split("\t")
        out[w] = Entry(int(f), t)
    return out


@functools.cache
def admin_names() -> frozenset[str]:
    """Province, prefecture and county names (full forms, e.g. 裕华区, 石家庄市)."""
    return frozenset(_lines("admin_names.txt"))


@functools.cache
def admin_short_names() -> frozenset[str]:
    """Administrative names without their unit suffix (石家庄, 裕华), at least two characters."""
    out = set()
    for name in admin_names():
        for suffix in ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                out.add(name[: -len(suffix)])
                break
    return frozenset(out)


@functools.cache
def en_first_names() -> frozenset[str]:
    """English given names (Faker en_US)."""
    return frozenset(_lines("en_first_names.txt"))


@functools.cache
def en_last_names() -> frozenset[str]:
    """English family names (Faker en_US)."""
    return frozenset(_lines("en_last_names.txt"))


def inside_word(text: str, i: int, min_freq: int = 30) -> bool:
    """Is ``text[i]`` part of a two-character dictionary word with a neighbour (华为, 协和)?"""
    table = words()
    for a, b in ((i - 1, i + 1), (i, i + 2)):
        if a >= 0 and b <= len(text):
            entry = table.get(text[a:b])
            if entry is not None and entry.freq >= min_freq:
                return True
    return False


@functools.cache
def pinyin_surnames() -> frozenset[str]:
    """Romanised surnames (Zhang, Ouyang, Cheung)."""
    return frozenset(_lines("pinyin_surnames.txt"))
