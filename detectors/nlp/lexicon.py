"""Word lists compiled by ``detectors.data.build``, loaded once on first use.

The recognizers never run a segmenter over the whole text; they look candidate strings up here.
"""
from __future__ import annotations

import functools
from pathlib import Path
from collections.abc import Callable
from typing import NamedTuple

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    return [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln]


def _listed(name: str) -> list[str]:
    """The entries of a hand-written list: ``#`` lines are its explanation, not entries."""
    return [ln for ln in _lines(name) if not ln.startswith("#")]


class Entry(NamedTuple):
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
    for row in _lines("given_chars.txt"):
        ch, n = row.split("\t")
        out[ch] = int(n)
    return out


class Words:
    """jieba's dictionary words of 2-4 characters (frequency >= 10, or >= 3 when they start with a
    surname character). Stored packed (frequency * 64 + tag index) to load fast and stay small."""

    def __init__(self, packed: dict[str, int], tags: list[str]) -> None:
        self._packed = packed
        self._tags = tags

    def get(self, word: str) -> Entry | None:
        """The entry for ``word``, or None when it is not a dictionary word."""
        v = self._packed.get(word)
        return None if v is None else Entry(v >> 6, self._tags[v & 63])

    def tag_of(self, word: str) -> str | None:
        """Just the tag of ``word`` (None when it is not a word): the segmenter's hot path, no Entry built."""
        v = self._packed.get(word)
        return None if v is None else self._tags[v & 63]

    def packed(self) -> tuple[Callable[[str], int | None], list[str]]:
        """The packed table's ``get`` and the tag list (``tags[v & 63]``), for loops that look up many words:
        no method call per word."""
        return self._packed.get, self._tags

    def __contains__(self, word: object) -> bool:
        return word in self._packed

    def __getitem__(self, word: str) -> Entry:
        v = self._packed[word]
        return Entry(v >> 6, self._tags[v & 63])

    def __len__(self) -> int:
        return len(self._packed)


@functools.cache
def words() -> Words:
    """The compiled word list (see ``Words``)."""
    tags: list[str] = []
    index: dict[str, int] = {}
    packed: dict[str, int] = {}
    with open(DATA / "lexicon.txt", encoding="utf-8") as fh:
        for row in fh:
            w, f, t = row.rstrip("\n").split("\t")
            k = index.get(t)
            if k is None:
                k = index[t] = len(tags)
                tags.append(t)
            packed[w] = int(f) * 64 + k
    # Modern words jieba lacks (官网, 贵司); jieba's own entry wins where both have the word, unless jieba
    # has it only as a person (哈希 nrt, 陆家嘴 nr): the hand list exists to say such words are no names.
    person = {k for t, k in index.items() if t.startswith("nr")}
    for row in _listed("common_words.txt"):
        w, f, t = row.split("\t")
        if w in packed and (packed[w] & 63) not in person:
            continue
        k = index.get(t)
        if k is None:
            k = index[t] = len(tags)
            tags.append(t)
        packed[w] = int(f) * 64 + k
    return Words(packed, tags)


@functools.cache
def word_tails() -> frozenset[str]:
    """The last two characters of every word: where the text's two characters before a position are not
    in here, no word ends there (the segmenter's walk over text without words: one lookup a character)."""
    return frozenset(w[-2:] for w in words()._packed)


@functools.cache
def admin_names() -> frozenset[str]:
    """Province, prefecture and county names (full forms, e.g. 裕华区, 石家庄市)."""
    return frozenset(_lines("admin_names.txt"))


# The minority peoples whose names stand between a place and 自治区 / 自治州 / 自治县 (广西壮族自治区, 黔东南苗族侗族
# 自治州, 新疆维吾尔自治区): facts, longest first so 土家 is taken before 土.
_PEOPLES = tuple(sorted(
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
    key=len, reverse=True,
))


def _without_peoples(stem: str) -> str:
    """黔东南苗族侗族 -> 黔东南, 新疆维吾尔 -> 新疆: the place an autonomous division is called by in everyday
    text and in the names of its companies and bodies (广西某某有限公司, 黔东南州人民医院); the stem itself when
    less than two characters would be left (东乡族)."""
    place = stem
    while True:
        for people in _PEOPLES:
            for form in (people + "族", people):
                if place.endswith(form) and len(place) - len(form) >= 2:
                    place = place[: -len(form)]
                    break
            else:
                continue
            break
        else:
            return place


@functools.cache
def admin_short_names() -> frozenset[str]:
    """Administrative names without their unit suffix (石家庄, 裕华), at least two characters; an autonomous
    region or prefecture also by its place alone (广西, 宁夏, 延边) and a prefecture by its place and 州
    (黔东南州)."""
    out = set()
    for name in admin_names():
        for suffix in ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                stem = name[: -len(suffix)]
                out.add(stem)
                if suffix in ("自治区", "自治州"):  # not 自治县: a county's place alone is often a word (互助, 通道)
                    place = _without_peoples(stem)
                    out.add(place)
                    if suffix == "自治州":
                        out.add(place + "州")
                break
    return frozenset(out)


@functools.cache
def admin_heads() -> frozenset[str]:
    """The first two characters of every administrative name, full or short: a position whose two
    characters are not in here starts none, which one set lookup says (most positions of a text)."""
    return frozenset(n[:2] for n in admin_names() | admin_short_names() if len(n) >= 2)


@functools.cache
def en_first_names() -> frozenset[str]:
    """Given names in Latin script: Faker en_US plus the international ones of intl_first_names.txt."""
    return frozenset(_lines("en_first_names.txt")) | frozenset(_listed("intl_first_names.txt"))


@functools.cache
def world_first_names() -> frozenset[str]:
    """en_first_names plus the world locales' given names (detectors/data/build.py). Wider, so some
    are also words (Dev, Ops): for a given name next to a listed family name, not for one on its own."""
    return en_first_names() | frozenset(_lines("world_first_names.txt"))


@functools.cache
def en_last_names() -> frozenset[str]:
    """Latin-script family names (Faker en_US and the world locales of detectors/data/build.py)."""
    return frozenset(_lines("en_last_names.txt")) | frozenset(_lines("world_last_names.txt"))


def inside_word(text: str, i: int, min_freq: int = 30) -> bool:
    """Is ``text[i]`` part of a dictionary word of 2-4 characters (华为, 协和, 呼和浩特)?"""
    table = words()
    n = len(text)
    for k in (2, 3, 4):
        for a in range(max(0, i - k + 1), min(i, n - k) + 1):
            entry = table.get(text[a : a + k])
            if entry is not None and entry.freq >= min_freq:
                return True
    return False


@functools.cache
def pinyin_surnames() -> frozenset[str]:
    """Romanised surnames (Zhang, Ouyang, Cheung)."""
    return frozenset(_lines("pinyin_surnames.txt"))


@functools.cache
def role_nouns() -> frozenset[str]:
    """Role and relation nouns (顾客, 来电人, 家长) that head a line or a field but name nobody."""
    return frozenset(_listed("role_nouns.txt"))


@functools.cache
def tibetan_name_parts() -> frozenset[str]:
    """Elements of Tibetan personal names (扎西, 次仁): a name is usually two of them."""
    return frozenset(_listed("tibetan_name_parts.txt"))
