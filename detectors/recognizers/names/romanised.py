"""East Asian names in Latin script beyond plain pinyin pairs: Korean (Park Ji-hoon), Vietnamese (Nguyen
Van Minh), Hong Kong and Taiwanese hyphenated given names (Chan Siu-fung, Chih-hao Lin), and the round-13e
pinyin forms (Tony Wang Xiaoming, Yang Meng Qi, Jun DING, HE BOYANG, Xin'ai Niu, Xiaoming (Tony) Wang).

Round 13e: multinational teams in China write names these ways; each form is found from a literal or from the
pair starts _latin_hits already computed, so text without the form costs one search in C.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.core import STRONG, _Hit
from detectors.recognizers.names.latin_words import (
    _EN_SYLLABLE_WORDS, _EN_WORD_NAMES, _LO, _NOT_FAMILY, _ONE_SYL, _PINYIN_SURNAMES, _ROMANISED_PLACES,
    _ROMAN_SURNAMES, _UP, _pinyin_given_word, _pinyin_sur, _two_syllables,
)


# The pair ends where the Latin word does, also right before a Chinese character (请和Zhang Wei确认): ``\b`` would
# see no boundary there, as Chinese characters are word characters to ``re``.
_PINYIN_RE = re.compile(
    r"(?P<a>[A-Z](?<![A-Za-z0-9].)(?:[a-z]{0,9}|[A-Z]{1,9}))[ ]+"
    r"(?P<b>[A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,6})?|[A-Z]{2,5})(?![A-Za-z0-9_])"
)


# Korean family names in their usual romanisations; a Korean given name is two syllables, written
# hyphenated (Park Ji-hoon, Lee Min-jung), which no English or pinyin name is.
KOREAN_SURNAMES = frozenset(
    "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han "
    "Shin Shim Oh "
    "Seo Suh Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Go Ko Moon Mun Yang Son Bae Baek Paik "
    "Heo Nam Noh Roh "
    "Ha Kwak Sung Cha Joo Woo Min Jin Ji Eom Chae Won Chun Bang Gong Hyun Yeo Byun Byeon Kil Gil Do Pyo Seok".split()
)
# Vietnamese names are written family, middle, given (Tran Van Duc, Nguyen Thi Lan); the middle names are few.
_VIET_SURNAMES = frozenset(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Truong Mai".split()
)
_VIET_MIDDLE = frozenset("Van Thi Duc Huu Ngoc Minh Thanh Quoc Xuan Dinh Cong Anh Thu".split())
_HK_PLACES = frozenset(
    ["Wong Tai", "Ho Man", "Ho Chi", "Lai Chi", "Lee Kum", "Lau Fau", "Chai Wan", "Tong Fuk", "Tang Lung",
     "Lam Tin", "Tai Po", "Chan Tai", "Wan Chai", "Ho Sheung", "Lo Wu", "Kwan Tai"]
)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
# A given name of two syllables joined by a hyphen (Siu-fung, Chih-hao, WEI-CHIA): how Hong Kong, Taiwan and
# Korea write it, and what no English word looks like once a romanised family name stands beside it.
# Found from the hyphen (a literal, so ``re`` skips to it in C); the first syllable is read backwards from it.
_HYPHEN_GIVEN_RE = re.compile(r"-(?<=[A-Za-z]-)(?P<b>[a-z]{1,6}|[A-Z]{1,6}|[A-Z][a-z]{1,5})(?![A-Za-z0-9\-])")
_SYLLABLE_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])(?:[A-Z][a-z]{0,5}|[A-Z]{1,6})\Z")
# One syllable of Cantonese, Wade-Giles or pinyin romanisation (Keung, Hsiang, Chih, Tzu, Sze, Nga).
_ROMAN_SYL = re.compile(r"(?i)(?:tsz|ts|tz|ch|sh|hs|ng|kw|gw|sz|[bcdfghjklmnpqrstwxyz])?(?:[aeiouy]{1,3}|ü)(?:ng|n|m|p|t|k|h)?|t?sz|ng")
# Hyphenated English words whose halves also read as romanised syllables (Wi-fi Lin is a network, not a person).
_HYPHEN_WORDS = frozenset(
    "wi-fi hi-fi lo-fi co-op set-up to-do no-go so-so yo-yo tie-in sit-in pin-up pop-up hang-up lay-up "
    "mix-up sun-up tip-off top-up win-win bye-bye ping-pong hip-hop ku-band wi-fi6 re-run re-up".split()
)
_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])(?P<w>[A-Z][a-z]{1,9}|[A-Z]{2,6})[ ]\Z")
_LATIN_WORD_AFTER = re.compile(r"[ ](?P<w>[A-Z][a-z]{1,9}|[A-Z]{2,6})(?![A-Za-z0-9\-])")


def _roman_family(word: str, upper: bool) -> bool:
    """A romanised family name in the case of the given name beside it (Chan Siu-fung, LIN CHIH-HAO, LIN Chih-hao)."""
    if upper and not word.isupper():
        return False
    return word.capitalize() in _ROMAN_SURNAMES and (word.isupper() or word[1:].islower())


def _hyphen_romanised(text: str) -> Iterator[_Hit]:
    """Hong Kong and Taiwanese names with a hyphenated given name, family name first or last (Chan Siu-fung,
    Chih-hao Lin, HUANG WEI-CHIA), with the English name written before or after (Peter Chan Tai-man,
    Chan Tai-man Peter). Both syllables of the given name must read as romanised Chinese."""
    first = lexicon.en_first_names()
    for m in _HYPHEN_GIVEN_RE.finditer(text):
        head = _SYLLABLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if head is None or head.group().isupper() != m.group("b").isupper() and len(m.group("b")) > 1:
            continue  # Siu-fung, WEI-CHIA; not Content-Type
        s, e = head.start(), m.end()
        g = text[s:e]
        if g.lower() in _HYPHEN_WORDS or not all(_ROMAN_SYL.fullmatch(x) for x in g.split("-")):
            continue
        upper = g.isupper()
        before = _LATIN_WORD_BEFORE.search(text, max(0, s - 11), s)
        after = _LATIN_WORD_AFTER.match(text, e)
        if before and _roman_family(before.group("w"), upper):
            s = before.start("w")
            lead = _LATIN_WORD_BEFORE.search(text, max(0, s - 11), s)
            if lead and lead.group("w") in first and lead.group("w") not in _EN_WORD_NAMES:
                s = lead.start("w")  # Peter Chan Tai-man
            elif after and after.group("w") in first and after.group("w") not in _EN_WORD_NAMES:
                e = after.end()  # Chan Tai-man Peter
        elif after and not upper and _roman_family(after.group("w"), False) or after and upper and _roman_family(
            after.group("w"), True
        ):
            e = after.end()  # Siu-fung Chan, CHIH-HAO LIN
        else:
            continue
        yield _Hit(s, e, STRONG)  # over a greeting's two-word reading (Regards, Alan Cheung | Fung-chun)


# A pinyin name with an apostrophe between two syllables of the given name (Xin'ai Niu, Fu Jia'en, SHI XIN'AI).
_APOSTROPHE_PAIR = re.compile(
    r"(?P<a>[A-Z][a-z]{0,8}(?:'[a-z]{1,6})?|[A-Z]{2,10}(?:'[A-Z]{1,6})?)[ ]"
    r"(?P<b>[A-Z][a-z]{0,8}(?:'[a-z]{1,6})?|[A-Z]{2,10}(?:'[A-Z]{1,6})?)(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A nickname in brackets or quotes between a given and a family name: Xiaoming (Tony) Wang, Jiaqi "Amy" Zheng.
_NICKNAME_RES = [
    (o, re.compile(rf"{re.escape(o)}(?P<n>[A-Z][a-z]{{1,11}}){re.escape(c)}[ ](?P<s>[A-Z][a-z]{{1,9}}|[A-Z]{{2,10}})(?![A-Za-z])"))
    for o, c in (("(", ")"), ('"', '"'), ("“", "”"), ("'", "'"))
]
_GIVEN_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'])(?P<g>[{_UP}][{_LO}]{{1,11}}(?:'[a-z]{{1,6}})?)[ ]\Z")
# An English name, a pinyin family name and a pinyin given name (Tony Wang Xiaoming, Echo Xiao Lei).
_EN_PINYIN_THREE = re.compile(
    r"(?P<f>[A-Z][a-z]{1,11})[ ](?P<s>[A-Z][a-z]{1,9})[ ](?P<g>[A-Z][a-z]{1,10}(?:'[a-z]{1,6})?)"
    r"(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A family name and a given name written as two syllables (Yang Meng Qi, ZHANG Xiao Ming).
_SPLIT_GIVEN = re.compile(
    r"(?P<s>[A-Z][a-z]{1,9}|[A-Z]{2,10})[ ](?P<a>[A-Z][a-z]{0,5})[ ](?P<b>[A-Z][a-z]{0,5})"
    r"(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A one-syllable given name before a family name in capitals (Jun DING, Kai SONG).
_GIVEN_CAPS_SUR = re.compile(r"(?P<g>[A-Z][a-z]{1,5})[ ](?P<s>[A-Z]{2,9})(?![A-Za-z'\-])(?![ ]+[A-Z])")
# A pinyin name all in capitals (HE BOYANG, SHI XIN'AI): neither word beside another word in capitals.
_CAPS_PINYIN = re.compile(r"(?P<s>[A-Z]{2,9})[ ](?P<g>[A-Z]{2,12}(?:'[A-Z]{1,6})?)(?![A-Za-z'\-])(?![ ]+[A-Z]{2})")
_CAPS_WORD_BEFORE = re.compile(r"[A-Z]{2,}[ ,/&]*\Z")
# A pinyin family name and an initial (Xiong R.), and an initial before a family name (J. Ye, G. Schäfer).
_SUR_INITIAL = re.compile(r"(?P<s>[A-Z][a-z]{1,9})[ ](?P<i>[A-Z])\.(?![A-Za-z.])")


def _apostrophe_pair(m: re.Match[str]) -> bool:
    """One word a pinyin family name, the other two pinyin syllables joined by an apostrophe."""
    a, b = m.group("a"), m.group("b")
    if ("'" in a) == ("'" in b):
        return False
    given, fam = (a, b) if "'" in a else (b, a)
    return fam.capitalize() in _PINYIN_SURNAMES and _two_syllables(given.replace("'", ""))


def _split_given(m: re.Match[str]) -> bool:
    a, b = m.group("a"), m.group("b")
    return (
        _pinyin_sur(m.group("s")) and all(_ONE_SYL.fullmatch(x) and x not in _EN_SYLLABLE_WORDS for x in (a, b))
        and f"{m.group('s').capitalize()} {a}" not in _ROMANISED_PLACES
    )


def _given_caps(text: str, m: re.Match[str]) -> bool:
    g = m.group("g")
    return (
        _ONE_SYL.fullmatch(g) is not None and g not in _EN_SYLLABLE_WORDS and g not in _EN_WORD_NAMES
        and m.group("s").capitalize() in _PINYIN_SURNAMES
        and not _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _caps_pinyin(text: str, m: re.Match[str]) -> bool:
    s, g = m.group("s"), m.group("g")
    return (
        (_pinyin_sur(s) or s.capitalize() in _PINYIN_SURNAMES and _two_syllables(g.replace("'", "")))
        and _pinyin_given_word(g) and s not in _NOT_FAMILY and g not in _NOT_FAMILY
        and f"{s.capitalize()} {g.capitalize()}" not in _ROMANISED_PLACES
        and not _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _nicknamed(text: str, first: frozenset[str]) -> Iterator[_Hit]:
    """Xiaoming (Tony) Wang, Jiaqi "Amy" Zheng: a listed English nickname between a given and a family name."""
    wide, last = lexicon.world_first_names(), lexicon.en_last_names()
    for opener, rx in _NICKNAME_RES:
        if opener not in text:
            continue
        for m in rx.finditer(text):
            g = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if g is None or m.group("n") not in first:
                continue
            given, fam = g.group("g"), m.group("s")
            family_ok = fam.capitalize() in _ROMAN_SURNAMES or fam in last
            if family_ok and (_pinyin_given_word(given) or given in wide):
                yield _Hit(g.start("g"), m.end(), STRONG)


_HK_THIRD = re.compile(r"[ ](?P<c>[A-Z][a-z]{1,5})(?![A-Za-z0-9_])(?![ ]?[A-Z][a-z])")
