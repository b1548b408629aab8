"""English organisation names (`_english`): "X of Y" names (Bank of China), public bodies by function,
names that end in a legal form (Acme Widgets Co., Ltd.), names in capitals (KWONG HING TRADING COMPANY LIMITED)
and institutions by their kind (Ridgewell International School).

Anchored on Latin words, not on the Chinese suffixes: a pass of its own, gated by a capital letter.
"""
from __future__ import annotations

import re

from detectors.recognizers.org.english_forms import (
    _CAPS_SET, _EN_BODY_OF_RE, _EN_GENERIC_ONLY, _EN_INST_GENERIC, _EN_INST_RE, _EN_LEAD, _EN_MORE,
    _EN_STATUTE, _EN_SUFFIX_ANY, _EN_TRIGGER_AT, _HEAD_SET, _KIND_SET, _Taken, _around, _en_names, _en_of,
    _en_placeholder, _with_words_before,
)


def _english(text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in _en_of(text):
        start = _with_words_before(text, m)  # Agricultural Bank of China
        end = m.end("n")
        more = _EN_MORE.match(text, end)  # Bank of Ningbo, Hangzhou Branch; Bank of China (Hong Kong) Limited
        if more is not None and more.end() > end and not more.group().endswith(")"):
            end = more.end()
        out.append((start, end, 0.75))
    heads: list[tuple[int, int]] = []
    kinds: list[tuple[int, int]] = []
    forms: list[tuple[int, int]] = []
    for w in _EN_TRIGGER_AT.finditer(text):
        word = w.group()
        if word in _HEAD_SET:
            heads.append(w.span())
        if word in _KIND_SET:
            kinds.append(w.span())
        if word in _CAPS_SET:
            forms.append(w.span())
    if heads:
        taken = _Taken(out)
        for m in _around(text, heads, _EN_BODY_OF_RE, 0, 240, "n"):
            start = _with_words_before(text, m)  # Cyberspace Administration of
            if m.group("n").endswith(_EN_STATUTE):
                continue
            if not taken.overlaps(start, m.end("n")):
                out.append((start, m.end("n"), 0.7))
                taken.take(m.end("n"))
    if _EN_SUFFIX_ANY.search(text):
        _en_legal_names(text, out)
    if forms:
        _en_caps_names(text, forms, out)
    if kinds:
        taken = _Taken(out)
        for m in _around(text, kinds, _EN_INST_RE, 160, 8, "n"):
            lead = _EN_LEAD.match(m.group("n"))
            start = m.start("n") + (lead.end() if lead else 0)
            name_words = text[start : m.end("n")].split(" ")[:-1]
            if name_words[-1:] == ["Law"]:
                name_words = name_words[:-1]  # the kind is "Law Offices": its "Law" is no word of the name
            if not name_words or all(w in _EN_INST_GENERIC for w in name_words):
                continue
            end = m.end("n")
            more = _EN_MORE.match(text, end)  # Samsung Electronics Co., Ltd.; Some Airlines Corporation Limited
            if more is not None and more.end() > end and not more.group().endswith(")"):
                end = more.end()
                if text[end - 1 : end] != "." and text[end : end + 1] == "." and text[end - 3 : end] in ("Ltd", "Inc"):
                    end += 1
            if not taken.overlaps(start, end):
                out.append((start, end, 0.7))
                taken.take(end)
    return out


# A name written all in capitals, as shipping documents, remittances and Hong Kong registers write it
# (KWONG HING TRADING COMPANY LIMITED, BANK OF CHINA (HONG KONG) LIMITED, LION HARBOUR LOGISTICS PTE LTD).
# A word may be an abbreviation with its dot (IMP. & EXP., INT'L., MFG.), as exporters write their names, and "&"
# stands between two words (IMP. & EXP.).
_CAPS_WORD = r"[A-Z][A-Z0-9&'\-]*+(?:(?<=[A-Z]{2})\.(?=[ ]))?"
_CAPS_RE = re.compile(
    rf"(?P<n>[A-Z](?<![A-Za-z0-9.].)[A-Z0-9&'\-]*+(?:[ ](?:{_CAPS_WORD}|&|\([A-Z][A-Z .]{{1,20}}\))){{0,8}}?)"
    r",?[ ](?P<f>CO\.,?[ ]?LTD\.?|CO\.,?[ ]LIMITED|COMPANY[ ]LIMITED|PTE\.?[ ]LTD\.?|PRIVATE[ ]LIMITED|SDN\.?[ ]BHD\.?"
    r"|LIMITED|LTD\.?|INCORPORATED|INC\.?|CORPORATION|CORP\.|LLC|L\.L\.C\.|LLP|PLC|GMBH|S\.A\.|B\.V\.|N\.V\.|BERHAD)"
    r"(?![A-Za-z0-9])(?![ ][A-Z]{2,})"
)
# Words that end a name read leftwards from its form (LIABILITY IS LIMITED, TERMS FOR THE COMPANY LIMITED).
_CAPS_STOP = frozenset("IS ARE WAS WERE BE BEEN NOT THE A AN TO FOR BY WITH IN ON AT AS OR FROM THIS THAT OUR YOUR "
                       "THEIR ITS ANY ALL NO IF".split())
# Forms that are also ordinary words of a heading (LIMITED WARRANTY): the name before them needs two words.
_CAPS_WEAK_FORMS = frozenset({"LIMITED", "CORPORATION", "INCORPORATED", "COMPANY LIMITED"})


def _en_caps_names(text: str, forms: list[tuple[int, int]], out: list[tuple[int, int, float]]) -> None:
    """Append names in capitals that end in a legal form in capitals (at one of ``forms``) and overlap no name of
    ``out``."""
    taken = _Taken(out)
    for m in _around(text, forms, _CAPS_RE, 200, 16, "f"):
        words = m.group("n").split(" ")
        cut = max((i + 1 for i, w in enumerate(words) if w in _CAPS_STOP), default=0)
        words = words[cut:]
        if words and words[0] in ("OF", "AND", "&"):
            continue
        if not words or (m.group("f") in _CAPS_WEAK_FORMS and len(words) < 2):
            continue
        start = m.end("n") - len(" ".join(words))
        if _en_placeholder(text[start : m.end()]) or taken.overlaps(start, m.end()):
            continue
        out.append((start, m.end(), 0.7))
        taken.take(m.end())


# "and" inside an English name joins its words after two of them at least (Some City Maternal and Child Health
# Hospital, Some City Vocational and Technical College); after the first word it joins two names of a list (Acme
# and Beta Trading Ltd.). Searched only before a name found right after " and ".
_EN_AND_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z'\-]*+(?: [A-Z][A-Za-z'\-]*+)+ and $")


def _en_legal_names(text: str, out: list[tuple[int, int, float]]) -> None:
    """Append the English names that end in a legal form (Acme Widgets Co., Ltd.) and start in no name of ``out``;
    run before the names by kind, so that Samsung Electronics Co., Ltd. is taken whole by its legal form."""
    taken = _Taken(out)
    for m in _en_names(text):
        name = m.group("n")
        lead = _EN_LEAD.match(name)
        start = m.start("n") + (lead.end() if lead else 0)
        if taken.covers(start):
            continue
        joined = _EN_AND_BEFORE.search(text, max(0, start - 60), start) if text.endswith(" and ", 0, start) else None
        if joined is not None:
            lead = _EN_LEAD.match(joined.group())
            words = joined.group()[lead.end() if lead else 0 :]
            last = words[:-5].rsplit(" ", 1)[-1]
            # two words at least before "and", the last no form or kind (Some AG and Other SE: a list)
            if words.count(" ") >= 3 and not _EN_SUFFIX_ANY.fullmatch(last) and last not in _KIND_SET:
                start -= len(words)  # Some City Maternal and Child Health Hospital
        body = text[start : m.end("n")]
        if not body or _EN_GENERIC_ONLY.match(body) or " " not in body.strip() or _en_placeholder(body):
            continue
        end = m.end("n")
        more = _EN_MORE.match(text, end)
        if more is not None and more.end() > end:
            # a bracketed region alone (The Bank (Demo)) stays out: a legal form or branch must follow it
            if more.group().endswith(("Branch", "branch")) or not more.group().endswith(")"):
                end = more.end()
                body = text[start:end]
        if text[end - 1 : end] != "." and text[end : end + 1] == "." and re.search(r"(?:Inc|Ltd|Corp|Co)$", body):
            end += 1
        out.append((start, end, 0.75))
        taken.take(end)
