"""Other mentions of people the text already names (coreference within one text): the same full name
again without a cue, the given name alone, 老 / 小 or a title with the surname, and for Latin-script names the
given or family name alone (Jessica, Robertson).

These run after the forms, on the hits they found, within a window around each first mention.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.bare import _bare, _given_alone
from detectors.recognizers.names.core import AMBIGUOUS, MEDIUM, STRONG, _Hit, _PREP_SURNAMES, _SINGLE, _is_cjk, _sur_len
from detectors.recognizers.names.cues import _QUOTES, _SPEECH_FIRST, _SPEECH_WORDS
from detectors.recognizers.names.latin_words import (
    _EN_HONORIFICS, _EN_NOT_PEOPLE, _EN_WORD_NAMES, _PINYIN_SURNAMES, _PINYIN_WORD, _surname_shaped,
)
from detectors.recognizers.names.plausible import _TITLE_START_RE, _glued, _name_ends, _starts_title, _word_ends
from detectors.recognizers.names.running import _ADDRESSED, _laoxiao_subject


def _latin_given(name: str, first: frozenset[str], last: frozenset[str]) -> str | None:
    """The given name of a two-word Latin name, as a later mention may use it alone: Jianguo of Wang
    Jianguo (pinyin, family name first), Jessica of Jessica Wang."""
    words = name.split(" ")
    if len(words) != 2:
        return None
    a, b = words
    if a in _PINYIN_SURNAMES and b not in _PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(b) and len(b) >= 4:
        return b
    if a in first and (b in last or b in _PINYIN_SURNAMES) and a not in _EN_WORD_NAMES:
        return a
    return None


# Family names that are also common English words: alone, they are the word (Young people, Price is).
_WORD_FAMILIES = frozenset(
    "Long Song Fang Tang Bang Ding Hang Young Black White Brown Green Gray Grey King Hill Wood Stone "
    "Rose Hall "
    "Little Page Price Cook Bell Ward Park Lane Case Best Hope Love Power Rich Early Strong Sharp "
    "Swift Field "
    "Banks Wells Summer Winter West North South East Street Mark Grant Chase Hunter Fisher Baker "
    "Carter Turner "
    "Parker Cooper Walker Miller Taylor Mason Porter Marsh Bush Noble Golden Hart Kind Moore More "
    "Read Reed Mills "
    "Jobs Gates Church Castle Bishop Knight Major Day Will Bill".split()
)


def _latin_family(words: list[str], titled: bool, last: frozenset[str]) -> str | None:
    """The family name of a Latin-script name, as a later mention may use it alone: Robertson of J. Robertson,
    Pavlov of Mr. Pavlov, Wang of Wang Lu (pinyin, family name first)."""
    if len(words) == 2 and words[0] in _PINYIN_SURNAMES and words[1] not in _PINYIN_SURNAMES:
        family = words[0]
    elif len(words) >= 2 or titled:
        family = words[-1]
    else:
        return None
    if len(family) < 4 or not family.isalpha() or not family[1:].islower() or family in _WORD_FAMILIES:
        return None
    known = family in last or family in _PINYIN_SURNAMES or _surname_shaped(family, words[0])
    return family if titled or known or (len(words) == 2 and words[0].endswith(".")) else None


def _latin_mentions(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """The given name or the family name alone (Wenhua, Jessica, Robertson) near a mention of that person's
    full name."""
    first, last, wide = lexicon.en_first_names(), lexicon.en_last_names(), lexicon.world_first_names()
    seeds: dict[str, list[int]] = {}
    for h in found:
        if not text[h.start].isupper() or _is_cjk(text[h.start]):
            continue
        name = text[h.start : h.end]
        if not name.isascii() and not name.replace(" ", "").isalpha():
            continue
        all_words = name.split()
        words = [w for w in all_words if w.rstrip(".") not in _EN_HONORIFICS]
        if not words:
            continue
        given = _latin_given(" ".join(words), first, last) if len(words) == 2 else None
        lead = words[0]
        if len(all_words) == 1 and lead in first and len(lead) >= 3:
            given = lead  # Sophie, meet …: a given name found once names that person again (… Sophie is)
        if given is None and 2 <= len(words) <= 3 and (lead in wide or h.strength >= STRONG and len(lead) >= 4):
            if lead.isalpha() and lead not in _EN_WORD_NAMES and lead not in _EN_NOT_PEOPLE:
                given = lead  # Daniel of Daniel Whitfield: the pair was found, so its given name is one
        if given in _EN_WORD_NAMES or given in _EN_NOT_PEOPLE:
            given = None
        family = _latin_family(words, len(words) < len(all_words), last)
        for variant in (given, family):
            if variant:
                seeds.setdefault(variant, []).append(h.start)
    if not seeds:
        return
    spans = sorted((h.start, h.end) for h in found)
    for word, s in _occurrences(text, seeds):
        e = s + len(word)
        if _word_char(text, s - 1) or _word_char(text, e):
            continue
        k = bisect.bisect_right(spans, (s, len(text)))
        if (k > 0 and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e):
            continue  # inside a name already found (Wei of ZHANG Wei), which keeps its own span
        yield _Hit(s, e, MEDIUM)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


# Characters after which a name starts a mention (找海洋, 谢谢和姐, 给晓云): verbs of addressing and conjunctions.
_MENTION_CUES = set("给叫让请问找跟和与及同谢对向被把由约是@＠、")


def _free_left(text: str, s: int) -> bool:
    """A name may start here: text start, punctuation or a cue before it (not a quote: “晓燕五金店” is a shop)."""
    return s == 0 or (not _is_cjk(text[s - 1]) and text[s - 1] not in _QUOTES) or text[s - 1] in _MENTION_CUES


def _free_right(text: str, e: int) -> bool:
    return (
        _name_ends(text, e) or (text[e : e + 1] in _SPEECH_FIRST and text.startswith(_SPEECH_WORDS, e))
        or _starts_title(text, e)
    )


def _loose_mention(text: str, s: int, e: int) -> bool:
    """May text[s:e], a string the text already uses as a name, be that name here? One side must be a
    name boundary (punctuation, a cue, a particle, a title), and neither side may glue it into a word
    (海洋经济, 高峰期: the name's last character starts a word with the next one)."""
    table = lexicon.words()
    left, right = _free_left(text, s), _free_right(text, e)
    if not (left or right):
        return False
    if not left:
        glue = table.get(text[s - 1 : s + 1])
        if glue is not None and glue.freq >= 50:
            return False
    if e < len(text) and _is_cjk(text[e]) and not _starts_title(text, e):
        for w in (text[e - 1 : e + 1], text[s : e + 1], text[s : e + 2]):
            entry = table.get(w)
            if entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr"):
                return False
    return True


# How far from a mention of a person another mention of them is looked for: second mentions follow the
# first within a few paragraphs (and a greeting or a speaker line may come just before it); a window keeps
# the search linear in the text (a ``str.count`` per name over the window, never a pattern compiled per text).
_MENTION_BEFORE, _MENTION_AFTER = 200, 600


def _windows(seeds: dict[str, list[int]], n: int) -> Iterator[tuple[str, int, int, int]]:
    """(variant, lo, hi, seeds inside): the merged windows around each variant's seed offsets (sorted)."""
    for variant, offsets in seeds.items():
        lo, hi, k = -1, -1, 0
        for p in offsets:
            a, b = max(0, p - _MENTION_BEFORE), min(n, p + _MENTION_AFTER)
            if a > hi:
                if hi > lo:
                    yield variant, lo, hi, k
                lo, k = a, 0
            hi = b
            k += 1
        if hi > lo:
            yield variant, lo, hi, k


def _occurrences(text: str, seeds: dict[str, list[int]]) -> Iterator[tuple[str, int]]:
    """Where each variant occurs in the windows around its seeds; a window holding no more occurrences than
    seeds (each seed holds its variant once) is skipped after one count."""
    for variant, lo, hi, k in _windows(seeds, len(text)):
        if text.count(variant, lo, hi) <= k:
            continue
        i = text.find(variant, lo, hi)
        while i >= 0:
            yield variant, i
            i = text.find(variant, i + 1, hi)


def _mentions(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """Other mentions of people the text already names (coreference within one text): the same full
    name again where no cue vouches for it (于涛发现 … 通知于涛), the two-character given name alone
    (于海洋 … 海洋此前), and the surname with a title (于海洋 … 约于总), which a surname that is also a
    preposition (于, 和) hides from the title rule."""
    names: dict[str, list[int]] = {}
    givens: dict[str, list[int]] = {}
    surnames: dict[str, list[int]] = {}
    for h in found:
        if not 2 <= h.end - h.start <= 4 or not _is_cjk(text[h.start]):
            continue
        name = text[h.start : h.end]
        if h.strength < MEDIUM and not _bare(name):
            continue  # a weak frame's name seeds others only when it reads as a name on its own (round 17)
        sl = _sur_len(name, 0)
        if not sl and len(name) == 2 and _given_alone(name):
            givens.setdefault(name, []).append(h.start)  # 可馨妈妈 … 今天可馨: a given name found alone (round 17)
            continue
        given = name[sl:]
        if not sl or not 1 <= len(given) <= 2 or not _is_cjk(given[-1]) or _TITLE_START_RE.match(given):
            continue
        names.setdefault(name, []).append(h.start)
        if len(given) == 2:
            givens.setdefault(given, []).append(h.start)
            if sl == 1 and (name[0] in _PREP_SURNAMES or name[0] in AMBIGUOUS):
                surnames.setdefault(name[0], []).append(h.start)  # the title rule finds the others
    if not names and not givens:
        return
    spans = sorted((h.start, h.end) for h in found)
    starts = [a for a, _ in spans]

    def taken(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s)
        return (k > 0 and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e)

    for word, s in _occurrences(text, names):
        e = s + len(word)
        if taken(s, e):
            continue
        if len(word) >= 3 and not _glued(text, s) or _loose_mention(text, s, e):
            yield _Hit(s, e, MEDIUM)
    for word, s in _occurrences(text, givens):
        e = s + 2
        other = s > 0 and text[s - 1] in _SINGLE and text[s - 1] not in _PREP_SURNAMES and not _word_ends(text, s)
        if not taken(s, e) and not other and _loose_mention(text, s, e):
            # 谢婷婷 may be another person; 谢谢婷婷 is 谢谢 + the given name, 由婷婷 由 + the given name
            yield _Hit(s, e, MEDIUM)
    yield from _laoxiao_mentions(text, found, taken)
    for sur, s in _occurrences(text, surnames):
        t = _TITLE_START_RE.match(text, s + len(sur))
        if t is None or not _starts_title(text, t.start()):
            continue
        e = t.end()
        if taken(s, e) or _glued(text, s):
            continue
        if text[s] in _PREP_SURNAMES and not (_free_left(text, s) or e == len(text) or not _is_cjk(text[e])):
            continue  # 我和老师说: the conjunction, not 和 the person
        yield _Hit(s, e, MEDIUM)


def _laoxiao_mentions(text: str, found: list[_Hit], taken: Callable[[int, int], bool]) -> Iterator[_Hit]:
    """于杰：…小于替我去吧: 老 / 小 + the surname of someone the text names, heading a clause with an agent's
    verb (or called by 找 / 请 / @), is a person even when it is also a word (小于, 小时), which the 老 / 小 rule
    alone leaves to the word."""
    surnames = {
        text[h.start] for h in found
        if h.strength >= MEDIUM and h.end - h.start >= 2 and text[h.start] in _SINGLE and _is_cjk(text[h.start + 1])
    }
    if not surnames:
        return
    for c in "老小":  # one fast single-character search each; 老 / 小 are rare next to the surnames
        s = text.find(c)
        while s >= 0:
            e = s + 2
            if text[s + 1 : e] in surnames and not taken(s, e):
                addressed = _ADDRESSED.search(text, max(0, s - 3), s) is not None
                if _laoxiao_subject(text, s, e) or (addressed and _free_right(text, e)):
                    yield _Hit(s, e, MEDIUM)
            s = text.find(c, s + 1)
