"""The Latin-script scan: where two-word Latin names can start, and _latin_hits, which runs every Latin
form (titled, cued, Western and pinyin pairs, romanised forms) over a text.

The pair starts are computed once here and shared by the forms that read them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import fastre, lexicon
from detectors.recognizers.names.core import MEDIUM, STRONG, WEAK, _Hit, _search_at
from detectors.recognizers.names.latin_cued import (
    _CJK_ANY, _EN_TITLE_GATE, _EN_TITLE_RE, _after_cue, _cued, _given_in_chinese,
)
from detectors.recognizers.names.latin_words import (
    _EN_HONORIFICS, _EN_NAME, _EN_NOT_PEOPLE, _EN_SYLLABLE_WORDS, _EN_WORD_NAMES, _HK_SURNAMES, _LATIN_ACCENTED,
    _EN_COMMON_WORDS, _LO, _NOT_PERSON_NEXT, _PINYIN_SURNAMES, _PINYIN_WORD, _ROMANISED_PLACES, _ROMAN_SURNAMES,
    _SG_SURNAMES, _UP,
    _pinyin_given_word, _pinyin_sur, _surname_shaped, _two_syllables, _wide_pair,
)
from detectors.recognizers.names.romanised import (
    KOREAN_SURNAMES, _APOSTROPHE_PAIR, _CAPS_PINYIN, _EN_PINYIN_THREE, _GIVEN_CAPS_SUR, _HK_PLACES, _HK_THIRD,
    _KOREAN_GIVEN, _PINYIN_RE, _SPLIT_GIVEN, _SUR_INITIAL, _VIET_MIDDLE, _VIET_SURNAMES, _apostrophe_pair,
    _caps_pinyin, _given_caps, _nicknamed, _split_given,
)
from detectors.recognizers.names.western import (
    _cited_authors, _display_family_given, _family_comma_given, _initials, _other_latin, _particle_names, _tabular,
)


# The gap after the first word of a two-word Latin name (_EN_RE, _PINYIN_RE): a space or tab after a letter,
# a capital after the blanks. One literal first, so ``re`` skips to spaces and tabs in C.
_LATIN_GAPS = [re.compile(rf"{c}(?<=[A-Za-z{_LO[3:]}]{c})[ \t]*[{_UP}]") for c in " \t"]
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'") | _LATIN_ACCENTED
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") | _LATIN_ACCENTED
# Both start where no letter or digit precedes, checked after the first letter (see _ISOLATED_RE).
_EN_RE = re.compile(
    rf"(?P<n>(?P<f>[{_UP}](?<![A-Za-z0-9].)[{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?)(?:[ \t]+[A-Z]\.)?[ \t]+"
    rf"(?P<l>(?:Mc|Mac|O'|D'|Di|De|Le|La)?{_EN_NAME})"
    rf"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV|MD|PhD|DDS|DVM|Esq\.)(?![A-Za-z]))?)(?![A-Za-z{_LO[3:]}])"
)


def _latin_hits(text: str, stamped: bool | None = None) -> Iterator[_Hit]:
    first, last = lexicon.en_first_names(), lexicon.en_last_names()
    for m in fastre.finditer_gated(_EN_TITLE_RE, _EN_TITLE_GATE, text):
        group = "n" if m.group("n") else "m"
        words = [w for w in m.group(group).split() if w.rstrip(".") not in _EN_HONORIFICS]
        if not words:
            continue
        titled = len(words) < len(m.group(group).split())
        if group == "m" and not (titled or words[0] in first or words[-1] in last):
            continue  # Dear Mr. Sato: the honorific vouches for a surname no list holds
        yield _Hit(m.start(group), m.end(group), STRONG)
    yield from _cued(text, first, last, stamped)
    yield from _other_latin(text, first, last)
    yield from _given_in_chinese(text, first, bool(_CJK_ANY.search(text)))
    wide = lexicon.world_first_names()
    gaps = _latin_gaps(text)
    yield from _after_cue(text, first, gaps)
    starts = _latin_pair_starts(text, gaps)
    yield from _latin_round13(text, starts, gaps)
    pos = 0
    for s in starts:
        # a refused pair must not hide the pair after it (Customer Ethan Brooks: "Customer Ethan", then
        # "Ethan Brooks"), so only an accepted match moves ``pos`` past its words
        if s < pos:
            continue
        if (pair := _EN_RE.match(text, s)) is None:
            if text[s + 1 : s + 2].isupper() and (caps := _CAPS_PAIR.match(text, s)) is not None:
                g, f_ = caps.group("f").capitalize(), caps.group("l").capitalize()
                if g in first and f_ in last and g not in _EN_WORD_NAMES and g not in _EN_NOT_PEOPLE:
                    yield _Hit(s, caps.end(), MEDIUM)  # SOFIA ROSSI: a badge or a form in capitals
                    pos = caps.end()
            continue
        f, l_ = pair.group("f"), pair.group("l")
        # Emily Zhou: a Western given name with a Chinese family name; Sophie Laurent, in a CSV cell or
        # a header: a listed given name and any family name, when the two are a field of their own;
        # Daniel Whitfield: a listed given name and a word shaped like a family name
        if f not in wide:
            f = f.partition("-")[0]  # Jean-Luc, Mary-Kate: the first of a hyphenated given name
            if f not in wide:
                continue
        if (
            l_ in last or l_ in first or (l_ in _PINYIN_SURNAMES and l_ not in ("He", "Ho", "Bi"))
            or f in first and (_surname_shaped(l_, f) or _tabular(text, pair.start(), pair.end()))
            or _wide_pair(pair.group("f"), l_, wide)
            or f in first and f not in _EN_WORD_NAMES and l_ in _ROMAN_SURNAMES and l_ not in _EN_SYLLABLE_WORDS
        ):
            if _NOT_PERSON_NEXT.match(text, pair.end()):
                continue
            if _DIGIT_BEFORE.search(text, max(0, pair.start() - 3), pair.start()):
                continue  # 12 Baker Street: a house number, on the same line
            yield _Hit(pair.start(), pair.end(), MEDIUM)
            pos = pair.end()
    pos = 0
    while (pm := _search_at(_PINYIN_RE, text, starts, pos)) is not None:
        # a refused pair must not hide the pair after it (Did Li Na: "Did Li", then "Li Na")
        pos = pm.start("b")
        a, b = pm.group("a"), pm.group("b")
        end = pm.end()
        if a in KOREAN_SURNAMES and _KOREAN_GIVEN.fullmatch(b):
            yield _Hit(pm.start(), end, MEDIUM)  # Park Ji-hoon: a Korean name
            pos = end
            continue
        third = _HK_THIRD.match(text, end)
        if a in _VIET_SURNAMES and b in _VIET_MIDDLE and third:
            yield _Hit(pm.start(), third.end(), MEDIUM)  # Nguyen Van Minh: family, middle, given name
            pos = third.end()
            continue
        if f"{a} {b}" in _HK_PLACES:
            continue
        if third and a.capitalize() in _HK_SURNAMES and len(b) <= 5:
            yield _Hit(pm.start(), third.end(), MEDIUM)  # Wong Kar Yee: Hong Kong romanisation, three syllables
            pos = third.end()
            continue
        if third and a in _SG_SURNAMES and _sg_syllable(b) and _sg_syllable(third.group("c")) and not (
            _NOT_PERSON_NEXT.match(text, third.end())
        ):
            yield _Hit(pm.start(), third.end(), MEDIUM)  # Teo Wee Kiat: Singapore / Malaysia, three syllables
            pos = third.end()
            continue
        if third and a.isupper() and len(a) > 1 and _PINYIN_WORD.fullmatch(third.group("c")):
            end = third.end()  # CHAN Tai Man: the Hong Kong order, surname in capitals then two syllables
        if b.isupper():
            # Xiaofeng HU: the English order with the family name in capitals (a passport, a letterhead); only
            # a two-syllable given name in title case before a listed surname, never two capitalised words
            if not (a[1:].islower() and len(a) >= 4 and b.capitalize() in _PINYIN_SURNAMES
                    and a not in _PINYIN_SURNAMES and _two_syllables(a)):
                continue
        sur, giv = (a, b) if a.capitalize() in _PINYIN_SURNAMES else (b, a)
        if sur.capitalize() not in _PINYIN_SURNAMES:
            continue
        if not _PINYIN_WORD.fullmatch(giv):
            continue
        if not _PINYIN_WORD.fullmatch(sur) and sur.capitalize() not in _PINYIN_SURNAMES:
            continue
        if _NOT_PERSON_NEXT.match(text, pm.end()) or f"{a} {b}" in _ROMANISED_PLACES:
            continue
        yield _Hit(pm.start(), end, WEAK if a.capitalize() not in _PINYIN_SURNAMES else MEDIUM)  # WU Hao too
        pos = end


def _sg_syllable(w: str) -> bool:
    """A Hokkien / Teochew / Hakka given-name syllable as Singapore writes it (Boon, Hwee, Kiat, Ah): short, no
    common English word, and no English-only ending (-r, -s, -l, -d: Car, Lines, Hall, Road)."""
    return len(w) <= 5 and w not in _EN_COMMON_WORDS and w[-1] not in "rsldfvzx"


_CAPS_PAIR = re.compile(r"(?P<f>[A-Z]{2,12})[ \t]+(?P<l>[A-Z]{2,14})(?![A-Za-z])")
_DIGIT_BEFORE = re.compile(r"\d[ \t]*\Z")


def _latin_gaps(text: str) -> list[int]:
    """Offsets (sorted) of the blanks of _LATIN_GAPS: a space or tab after a letter, a capital after it."""
    return sorted(m.start() for rx in _LATIN_GAPS for m in rx.finditer(text))


def _latin_pair_starts(text: str, gaps: list[int] | None = None) -> list[int]:
    """Every place a match of _EN_RE or _PINYIN_RE can start (sorted): a capital with no ASCII letter or digit
    before it, inside the letters, hyphens and apostrophes just before a gap of _LATIN_GAPS."""
    out: list[int] = []
    for g in _latin_gaps(text) if gaps is None else gaps:
        k = g
        while k > 0 and text[k - 1] in _WORD_CHARS:
            k -= 1
        if ("A" <= text[k] <= "Z" or text[k] in _LATIN_ACCENTED and text[k].isupper()) and (
            k == 0 or text[k - 1] not in _ALNUM
        ):
            out.append(k)
        token = text[k:g]
        if "-" in token or "'" in token:  # inside a token only a capital after - or ' has no letter before
            out.extend(i for i in range(k + 1, g) if text[i - 1] in "-'" and text[i].isupper())
    return out


def _latin_round13(text: str, starts: list[int], gaps: list[int]) -> Iterator[_Hit]:
    """The round-13e forms (romanised.py, western.py) that start at a Latin pair start; the rest are found from
    their literals."""
    first, wide = lexicon.en_first_names(), lexicon.world_first_names()
    for s in starts:
        e = text.find(" ", s)
        if e < 0:
            continue
        word = text[s:e]
        if word in wide and word not in _EN_WORD_NAMES and (m := _EN_PINYIN_THREE.match(text, s)):
            if m.group("s") in _PINYIN_SURNAMES and _pinyin_given_word(m.group("g")) and m.group("g") not in first:
                yield _Hit(s, m.end(), STRONG)  # Tony Wang Xiaoming
                continue
        # `word` is what the patterns' first group would hold, so the word tests run first (a capitalised
        # word that is no family name, the common case, costs no pattern)
        family = _pinyin_sur(word)
        if family and (m := _SPLIT_GIVEN.match(text, s)) and _split_given(m):
            yield _Hit(s, m.end(), STRONG)  # Yang Meng Qi
            continue
        if (m := _GIVEN_CAPS_SUR.match(text, s)) and _given_caps(text, m):
            yield _Hit(s, m.end(), MEDIUM)  # Jun DING
            continue
        if word.isupper() and (m := _CAPS_PINYIN.match(text, s)) and _caps_pinyin(text, m):
            yield _Hit(s, m.end(), MEDIUM)  # HE BOYANG
            continue
        if family and word[1:].islower() and (m := _SUR_INITIAL.match(text, s)):
            yield _Hit(s, m.end(), MEDIUM)  # Xiong R.
            continue
        if "'" in text[s : s + 24] and (m := _APOSTROPHE_PAIR.match(text, s)) and _apostrophe_pair(m):
            yield _Hit(s, m.end(), MEDIUM)  # Xin'ai Niu, Fu Jia'en
    yield from _nicknamed(text, first)
    yield from _initials(text)
    yield from _family_comma_given(text)
    yield from _display_family_given(text)
    yield from _cited_authors(text)
    yield from _particle_names(text, gaps)


_HAS_LATIN = re.compile(rf"[{_UP}][{_LO}]|[A-Z]/[A-Z]")
