"""Western name shapes that need no cue: initials (J. Robertson, Siobhan I. Okafor), particles (Aoife van
der Berg), FAMILY, Given (GARCÍA, Camille), booking records (ZHAO/MINGYUE), Malay bin / binti, spaced-out letters
(J o n a t h a n  L e e), display names spelled by their e-mail address, and @mentions.

Each shape is found from its literal (a dot, a comma, a slash, @) and confirmed with the word lists.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.core import MEDIUM, STRONG, _Hit, _offsets_of
from detectors.recognizers.names.latin_words import (
    _EN_COMMON_WORDS, _EN_NAME, _EN_NOT_PEOPLE, _EN_WORD_NAMES, _LATIN_ACCENTED, _LO, _NOT_FAMILY, _NOT_PERSON_NEXT,
    _PINYIN_SURNAMES, _PINYIN_WORD, _ROMAN_SURNAMES, _SURNAME_ENDINGS, _UP, _pinyin_given_word, _pinyin_sur,
    _surname_shaped,
)
from detectors.recognizers.names.romanised import KOREAN_SURNAMES


# What may follow a name written as a field (a CSV cell, an e-mail header, a form value).
_FIELD_END = re.compile(r"[ \t]*(?:[,，;:：<(（\t|]|\n|$)")


# A booking record writes SURNAME/GIVEN in capitals (ZHAO/MINGYUE, SUZUKI/KENTA).
# Found from the slash (a literal, so ``re`` skips in C); the surname is read backwards from it.
_PNR_RE = re.compile(r"/(?P<g>[A-Z]{2,14})(?![A-Za-z0-9/])")
# An initial and a listed family name (J. Robertson, M. Gonzalez).
# Starts at the dot (a literal, found in C), the initial is checked behind it.
_INITIAL_RE = re.compile(rf"\.(?<=(?<![A-Za-z0-9.])[A-Z]\.)[ ]?(?P<l>{_EN_NAME})(?![A-Za-z.])")
# A Malay bin / binti and the father's name after it; the given names before it are read backwards (_WORD_BEFORE).
_MALAY_RE = re.compile(rf" bin(?:ti)? (?:{_EN_NAME})(?: {_EN_NAME})?(?![A-Za-z])")
_WORD_BEFORE = re.compile(rf"(?<![A-Za-z]){_EN_NAME} ?\Z")
# A chat mention of a Latin-script name (@Lily Chen, @Jason); code annotations (@Override) name no one.
_EN_AT_RE = re.compile(rf"(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME})?)")


# Letters spaced out one by one, words apart by two or more spaces (J o n a t h a n  L e e): an evasion that
# hides a name from every word list. Two to four words of up to 20 letters (bounded: a long run of spaced
# capitals costs linear time, not one pass per capital), each word's letters single-spaced.
_SPACED_LATIN = re.compile(r"(?<![A-Za-z])[A-Z](?: [a-zA-Z]){1,19}(?: {2,4}[A-Z](?: [a-zA-Z]){1,19}){1,3}(?![A-Za-z])")


# Where a spaced-out word ends and the next begins ("n  L"): a literal two spaces first, so ``re`` skips in C
# over text that has none, instead of trying the whole pattern at every capital letter.
_SPACED_BREAK = re.compile(r"  (?: {0,2})(?=[A-Z] [a-zA-Z])")


def _spaced_latin_runs(text: str) -> Iterator[re.Match[str]]:
    """`_SPACED_LATIN` matches, tried only at the start of the spaced word before each word break."""
    done = 0
    for b in _SPACED_BREAK.finditer(text):
        k = b.start() - 1
        if k < done or not text[k].isascii() or not text[k].isalpha():
            continue
        steps = 0
        while k >= 2 and text[k - 1] == " " and _lone_letter(text, k - 2) and steps < 20:
            k -= 2
            steps += 1
        m = _SPACED_LATIN.match(text, k)
        if m is not None:
            done = m.end()
            yield m


def _lone_letter(text: str, i: int) -> bool:
    """An ASCII letter with no letter on its left (the J of `J o n`, not the l of `call`)."""
    ch = text[i]
    return ch.isascii() and ch.isalpha() and (i == 0 or not text[i - 1].isalpha())


def _spaced_latin(text: str) -> Iterator[_Hit]:
    """A spaced-out name counts when its collapsed words read as one: a listed given name first or a listed
    family name last, every word capitalised the way names are."""
    firsts, lasts = lexicon.world_first_names(), lexicon.en_last_names()
    for m in _spaced_latin_runs(text):
        words = [w.replace(" ", "") for w in re.split(" {2,}", m.group())]
        if not all(w[0].isupper() and (w[1:].islower() or w.isupper()) for w in words):
            continue
        names = [w.capitalize() for w in words]
        if names[0] in firsts or names[-1] in lasts or names[0] in _PINYIN_SURNAMES:
            yield _Hit(m.start(), m.end(), MEDIUM)


_INITIAL_DOT = re.compile(r"\.(?<=(?<![A-Za-z0-9.&])[A-Z]\.)(?=[ ]?[A-Z])")
_INITIAL_SUR = re.compile(rf"\.(?<=(?<![A-Za-z0-9.&])[A-Z]\.)[ ]?(?P<s>[{_UP}][{_LO}]{{1,11}}(?:'[a-z]{{1,6}})?)(?![A-Za-z{_LO[3:]}'])(?!\.[A-Za-z])")
# A family name in capitals, a comma and a given name (GARCÍA, Camille; VAN DER BERG, Marcus; LU, Dan), as
# directories, badges and passports write it. Found from the comma; the family name is read backwards.
_COMMA_AFTER_CAPS = re.compile(rf",(?<=[{_UP}'],)[ ](?=[{_UP}][{_LO}])")
_CAPS_FAMILY_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'\-])(?:[{_UP}][{_UP}'\-]*[ ]){{0,2}}[{_UP}][{_UP}'\-]+\Z")
_GIVEN_AFTER = re.compile(rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?![A-Za-z{_LO[3:]}'])")
_PARTICLES = frozenset("van von der den de dem het la le da di du dos das del della ter ten mac mc st".split())
# A European family name with a particle (Aoife van der Berg, Tobias von Hagen, Maria da Silva); found from
# the particle, the given name is read backwards. Only texts holding one of the particles are searched.
_PARTICLE_RE = re.compile(
    rf"[ ](?:[vV]an(?:[ ](?:der|den|de|het))?|[vV]on(?:[ ]der)?|[dD]e(?:[ ]la)?|[dD][aiu]|[dD]os|[dD]as|"
    rf"[dD]el(?:la)?|[lL][ae]|[tT]e[rn])[ ](?P<l>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?![A-Za-z{_LO[3:]}])"
)
_PARTICLE_TAIL = re.compile(
    r"[ ](?:[vV]an(?:[ ](?:der|den|de|het))?|[vV]on(?:[ ]der)?|[dD]e(?:[ ]la)?|[dD][aiu]|[dD]os|[dD]as|"
    r"[dD]el(?:la)?|[lL][ae]|[tT]e[rn])\Z"
)
_NAME_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'\-])(?P<f>{_EN_NAME})\Z")
# A given name, a middle initial and a family name (Siobhan I. Okafor, Renee G. Wilcox); found from the dot.
_MIDDLE_INITIAL = re.compile(rf"\.(?<=[ ][A-Z]\.)[ ](?P<l>(?:Mc|Mac|O'|D')?{_EN_NAME})(?![A-Za-z{_LO[3:]}])")


def _initials(text: str) -> Iterator[_Hit]:
    """J. Ye, O. Kowalski, G. Schäfer: an initial before a pinyin family name or a word shaped like a family
    name (a listed one is _other_latin's); and Siobhan I. Okafor, a middle initial (see _middle_initial). One
    scan of the text's initials (a capital and a dot, found from the dot) for both."""
    wide = lexicon.world_first_names()
    for d in _INITIAL_DOT.finditer(text):
        m = _INITIAL_SUR.match(text, d.start())
        if m is None:
            continue
        fam = m.group("s")
        if fam.capitalize() in _ROMAN_SURNAMES and fam not in _EN_COMMON_WORDS or _surname_shaped(fam, ""):
            yield _Hit(m.start() - 1, m.end(), MEDIUM)
        hit = _middle_initial(text, d.start(), wide)
        if hit is not None:
            yield hit


def _family_comma_given(text: str) -> Iterator[_Hit]:
    """GARCÍA, Camille / VAN DER BERG, Marcus / LU, Dan: a family name in capitals, a comma, a given name."""
    if ", " not in text:
        return
    first, wide, last = lexicon.en_first_names(), lexicon.world_first_names(), lexicon.en_last_names()
    for c in _COMMA_AFTER_CAPS.finditer(text):
        fam = _CAPS_FAMILY_BEFORE.search(text, max(0, c.start() - 30), c.start())
        given = _GIVEN_AFTER.match(text, c.end())
        if fam is None or given is None:
            continue
        words = fam.group().split(" ")
        g = given.group()
        if any(w in _NOT_FAMILY for w in words) or g in _EN_NOT_PEOPLE:
            continue
        if _caps_family(words, last) and (g in wide or g.partition("-")[0] in wide or _pinyin_sur(words[-1]) and _pinyin_given_word(g)):
            yield _Hit(fam.start(), given.end(), STRONG)
        elif len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha() and g in first and g not in _EN_WORD_NAMES:
            yield _Hit(fam.start(), given.end(), MEDIUM)  # MOREIRA, Tiago: a listed given name vouches for it


def _caps_family(words: list[str], last: frozenset[str]) -> bool:
    """Family-name words in capitals: a listed or romanised family name, one shaped like one (MÜLLER,
    MCALLISTER, O'BRIEN), or one after a particle (VAN DER BERG, DA SILVA)."""
    if len(words) > 1:
        return all(w.lower() in _PARTICLES for w in words[:-1])
    w = words[0]
    cap = w.capitalize()
    if cap in last or cap in _ROMAN_SURNAMES:
        return True
    if w.startswith(("MC", "MAC", "O'", "D'")) and len(w) > 4:
        return True
    return len(w) >= 4 and (cap.lower().endswith(_SURNAME_ENDINGS) or not _LATIN_ACCENTED.isdisjoint(w))


def _particle_names(text: str, gaps: list[int]) -> Iterator[_Hit]:
    """Aoife van der Berg, Tobias von Hagen: a given name of the world list, a particle, a family name."""
    wide = lexicon.world_first_names()
    for m in _particle_matches(text, gaps):
        f = _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if f is None:
            continue
        given = f.group("f")
        if (given in wide or given.partition("-")[0] in wide) and given not in _EN_WORD_NAMES:
            yield _Hit(f.start("f"), m.end(), STRONG)


def _particle_matches(text: str, gaps: list[int]) -> Iterator[re.Match[str]]:
    """_PARTICLE_RE tried only where a particle stands before one of _latin_gaps's gaps (a blank, then a
    capital): a pattern that starts with a blank would be tried at every space of the text."""
    for g in gaps:
        if not text[g - 1 : g].isalpha():
            continue
        tail = _PARTICLE_TAIL.search(text, max(0, g - 9), g)
        if tail is not None and (m := _PARTICLE_RE.match(text, tail.start())) is not None:
            yield m


def _middle_initial(text: str, dot: int, wide: frozenset[str]) -> _Hit | None:
    """Siobhan I. Okafor: a given name of the world list, a middle initial and any capitalised family name."""
    m = _MIDDLE_INITIAL.match(text, dot)
    if m is None:
        return None
    f = _NAME_BEFORE.search(text, max(0, m.start() - 22), m.start() - 2)
    if f is None or text[f.end() : m.start() - 1] != " ":
        return None
    given = f.group("f")
    if (given in wide or given.partition("-")[0] in wide) and given not in _EN_WORD_NAMES:
        if not _NOT_PERSON_NEXT.match(text, m.end()):
            return _Hit(f.start("f"), m.end(), STRONG)
    return None


def _other_latin(text: str, first: frozenset[str], last: frozenset[str]) -> Iterator[_Hit]:
    """Booking-record names, initials and @mentions: forms with their own shape, each confirmed by a
    listed surname or given name."""
    for m in _PNR_RE.finditer(text):
        k = m.start()
        while k > 0 and m.start() - k < 12 and "A" <= text[k - 1] <= "Z":
            k -= 1
        if m.start() - k < 2 or (k > 0 and text[k - 1].isalnum()):
            continue
        sur = text[k : m.start()].capitalize()
        giv = m.group("g").capitalize()
        if sur in last or sur in KOREAN_SURNAMES or (sur in _PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(giv)):
            yield _Hit(k, m.end(), MEDIUM)
    for m in _INITIAL_RE.finditer(text):
        if m.group("l") in last and not _NOT_PERSON_NEXT.match(text, m.end()):
            yield _Hit(m.start() - 1, m.end(), MEDIUM)
    for m in _MALAY_RE.finditer(text) if " bin" in text else ():
        # Nurul Huda binti Ahmad: the given names before bin / binti, the father's name after it
        k = m.start()
        for _ in range(3):
            w = _WORD_BEFORE.search(text, max(0, k - 20), k)
            if w is None:
                break
            k = w.start()
        if k < m.start() and text[k : m.start()].split()[0] in lexicon.world_first_names():
            yield _Hit(k, m.end(), MEDIUM)
    for at in _offsets_of(text, "@＠"):
        if at > 0 and text[at - 1].isalnum():
            if (named := _named_by_address(text, at)) is not None:
                yield named
            continue  # an e-mail address
        at_m = _EN_AT_RE.match(text, at + 1)
        if at_m is None:
            continue
        words = at_m.group("n").split(" ")
        if words[0] not in first:
            continue
        keep = 1 if len(words) > 1 and not (words[1] in last or words[1] in _PINYIN_SURNAMES) else len(words)
        yield _Hit(at_m.start("n"), at_m.start("n") + len(" ".join(words[:keep])), STRONG)


# A word of a display name before an e-mail address (Jennie, Kratochvíl, O'Neil).
_NAME_WORD = re.compile(_EN_NAME)
# The local part of an address, searched from 40 characters before its @ (the leftmost run reaching it).
_LOCAL_PART = re.compile(r"[A-Za-z0-9._-]+@")
# Words of team and role mailboxes (Billing Team <billing.team@…>, Help Desk <help.desk@…>), which are no one.
_MAILBOX_WORDS = frozenset(
    "team support service services sales billing help desk info admin noreply no reply customer care hr ops "
    "operations security finance accounts payable receivable marketing news newsletter notifications alerts "
    "jobs careers press media contact hello office reception orders shop store web webmaster "
    "postmaster abuse "
    "legal compliance privacy feedback dev devops platform system systems bot automation mail center centre "
    "group partners procurement purchasing it data cloud api account".split()
)


def _ascii_fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _named_by_address(text: str, at: int) -> _Hit | None:
    """Jennie Svensson <jennie.svensson@…>, Pavel Soukup (psoukup@…): a display name that the address next to
    it spells (first and family name, or an initial and the family name) is a person, listed or not; a team
    or product name (Acme Support <support@…>) spells one word of it at most. Only the bracketed form is read,
    and it is ruled out after one short search: a text may hold thousands of addresses."""
    local = _LOCAL_PART.search(text, max(0, at - 40), at + 1)
    k = local.start() if local is not None else at
    j = k - 7 if text.endswith("mailto:", 0, k) else k
    if k == at or j <= 0 or text[j - 1] not in "<(（":
        return None  # only a display name's form, Name <address> or Name (address); not 邮箱：a@b, not at a@b
    addr = text[k:at].lower()
    j -= 1
    while j > 0 and k - j < 12 and text[j - 1] in " \t\u3000\"'":
        j -= 1
    raw = text[max(0, j - 60) : j].replace('"', " ").replace("“", " ").split(" ")[-3:]
    while raw and _NAME_WORD.fullmatch(raw[0]) is None:
        raw = raw[1:]  # Contact Dušan Kratochvíl: the name is the last words
    if len(raw) < 2 or any(_NAME_WORD.fullmatch(w) is None for w in raw):
        return None
    dotted = addr.replace("_", ".").replace("-", ".")
    parts = set(dotted.split("."))
    joined = dotted.replace(".", "")
    for drop in range(len(raw) - 1):
        words = [_ascii_fold(w) for w in raw[drop:]]
        if not all(words) or not _MAILBOX_WORDS.isdisjoint(words):
            continue
        first, family = words[0], words[-1]
        spelled = (first + family, first[0] + family, family + first[0], family + first)
        if (first in parts and family in parts) or joined in spelled:
            length = len(" ".join(raw[drop:]))
            return _Hit(j - length, j, STRONG)
    return None


def _tabular(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a field of its own in a record: a CSV / TSV / table cell (the line holds two or
    more separators) or a header value followed by ``<address>``?"""
    after = _FIELD_END.match(text, end)
    if after is None or not _field_start(text, start):
        return False
    if text.startswith("<", end) or text.startswith(" <", end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return sum(line.count(c) for c in ",\t|") >= 2


def _field_start(text: str, start: int) -> bool:
    """Does a field begin at ``start`` (line start, after a comma, tab, bar or colon)?"""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in "\n,，\t|:：;"


# Family, Given in title case where only a display name stands: in quotes before an address ("Foster, Hannah"
# <hf@…>), before an address in angle brackets, or inside a <name> element. Found from the address or the
# closing tag (literals re skips to in C), then read backwards.
_DISPLAY_END = re.compile(r"<[^<>\s@]{1,64}@|</name>")
_DISPLAY_BEFORE = re.compile(
    rf"(?:(?<=\")|(?<=<name>)|(?<=[:;,][ ])|(?<=^)|(?<=\n))(?P<f>{_EN_NAME}), (?P<g>[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?)"
    rf"\"?[ \t]*\Z",
    re.M,
)
# A citation's author: Family, I. (APA / Harvard), found from its ", I." and read backwards for the family name.
_CITE_INITIALS = re.compile(r", (?:[A-Z]\.[ -]?){1,3}(?![A-Za-z])")
_CITE_FAMILY = re.compile(rf"(?<![A-Za-z{_LO[3:]}])(?:Mc|Mac|O'|D')?(?P<f>{_EN_NAME})\Z")
# What joins two authors of one citation, or closes the author list with its year.
_CITE_JOIN = re.compile(r",?[ ]?(?:&|and)?[ ]?")
_CITE_YEAR = re.compile(r"[ ]?\((?:19|20)\d\d[a-z]?\)")


def _display_family_given(text: str) -> Iterator[_Hit]:
    """Foster, Hannah <hf@…>: the display name of an address, family name first. The address vouches for the
    position; a family name (listed, romanised or shaped like one) or a listed given name confirm it."""
    if ", " not in text or ("@" not in text and "</name>" not in text):
        return
    first, wide, last = lexicon.en_first_names(), lexicon.world_first_names(), lexicon.en_last_names()
    for e in _DISPLAY_END.finditer(text):
        m = _DISPLAY_BEFORE.search(text, max(0, e.start() - 64), e.start())
        if m is None:
            continue
        fam, g = m.group("f"), m.group("g")
        if fam in _EN_NOT_PEOPLE or g in _EN_NOT_PEOPLE or fam in first and fam not in last:
            continue
        if not (fam in last or fam in _ROMAN_SURNAMES or _surname_shaped(fam, g) or g in first and len(fam) >= 3):
            continue  # Hargrove, Nathan <…>: the address and a listed given name vouch for an unlisted family name
        if g in wide or g.partition("-")[0] in wide or _pinyin_sur(fam) and _pinyin_given_word(g):
            yield _Hit(m.start(), m.end("g"), STRONG)


def _cited_authors(text: str) -> Iterator[_Hit]:
    """Huang, M., Tang, Q. & Feng, R. (2021): authors of a citation. One author is taken only beside another
    or before the year in brackets (then its family name must be listed or romanised)."""
    if ", " not in text:
        return
    last = lexicon.en_last_names()
    found: list[tuple[int, int, str]] = []
    for c in _CITE_INITIALS.finditer(text):
        m = _CITE_FAMILY.search(text, max(0, c.start() - 32), c.start())
        if m is not None and m.group("f") not in _EN_NOT_PEOPLE:
            end = c.end() - (1 if text[c.end() - 1] in " -" else 0)
            found.append((m.start(), end, m.group("f")))
    for i, (s, e, f) in enumerate(found):
        joined = any(
            (j := _CITE_JOIN.fullmatch(text, a[1], b[0])) is not None and j.end() > a[1]
            for a, b in ((found[i - 1], found[i]) if i else (None, None),
                         (found[i], found[i + 1]) if i + 1 < len(found) else (None, None))
            if a is not None and b is not None
        )
        listed = f in last or f in _ROMAN_SURNAMES or _surname_shaped(f, "")
        # two authors joined vouch for each other (Ramsey, K. & Dunbar, L.); one alone needs the year and a list
        if joined or listed and _CITE_YEAR.match(text, e):
            yield _Hit(s, e, MEDIUM)
