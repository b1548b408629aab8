"""Latin-script names after a cue: an honorific (Mr. / Dr.), an e-mail header, a greeting or closing, an
English or Chinese form label (Full name:, 联系人：Daniel Okafor), a chat speaker, a vocative line, a sign-off,
a lower-case cue (ask Priya), a given name inside Chinese text (和Kevin确认), and an English name in brackets
after a found name.

The cue vouches for the words after it, so a listed given name or family name among them is enough.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon, trie
from detectors.recognizers.names.chat import _CHAT_TIME, _stamped
from detectors.recognizers.names.core import CJK, MEDIUM, STRONG, _Hit
from detectors.recognizers.names.cues import LABELS
from detectors.recognizers.names.latin_words import (
    _EN_NAME, _EN_NOT_PEOPLE, _EN_WORD_NAMES, _LO, _NOT_PERSON_NEXT, _PINYIN_SURNAMES, _PROSE_NOT_PEOPLE, _UP,
    _pinyin_given,
)


# Where a match of _EN_TITLE_RE can start: its honorifics (with the dot or space after them) and lead words,
# not after a letter or digit (checked after the first letter, so ``re`` skips to the first letters in C).
_NA = "(?<![A-Za-z0-9].)"
_EN_TITLE_GATE = re.compile(
    rf"M{_NA}(?:rs?|s|iss|x)\.?\s|D{_NA}(?:r\.?\s|ear)|P{_NA}rof(?:essor)?\.?\s|A{_NA}ttn|N{_NA}ame|n{_NA}ame|C{_NA}ontact|"
    rf"S{_NA}igned|R{_NA}egards"
)
_EN_TITLE_RE = re.compile(
    rf"(?=[MDPACNnSRcHhT])(?<![A-Za-z0-9])(?P<n>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?)\.?\s+{_EN_NAME}(?:\s+{_EN_NAME})?)|"
    rf"(?<![A-Za-z0-9])(?:Dear|Attn:?|Name\s*[:=]|name\"?\s*:\s*\"|Contact\s*:|Signed,?|Regards,?\s*\n?)\s*(?P<m>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?{_EN_NAME}(?:\s+{_EN_NAME})?)"
)
# Cues that the capitalised words after them name a person: e-mail headers, greetings and closings,
# English form labels. (A match needs a listed given or family name among its words, see _cued.)
_EN_NAMES = rf"{_EN_NAME}(?:[ ]{_EN_NAME}){{0,2}}"
_EN_HEADERS = (
    "From To Cc CC Bcc Reply-To Sender Organiser Organizer Attendee Attendees Owner Assignee "
    "Reviewer Reporter "
    "Author Requester Approver"
).split()
_EN_GREETINGS = (
    "Hi|Hello|Hey|Dear|Thanks|Thank you|Cheers|Best|Regards|Best regards|Kind regards|Warm regards|Sincerely|"
    "Many thanks"
).split("|")
_EN_LABELS = (
    "Full name|First name|Name|Applicant|Passenger|Guest|Patient|Customer|Client|Referee|Employee|Candidate|"
    "Cardholder|Account holder|Beneficiary|Recipient|Attendee|Contact person|Emergency contact|Signed by|"
    "Prepared by|Approved by|Interviewer|Interviewee|Speaker|Presenter|Moderator|Host|Tenant|Landlord|Driver|"
    "Courier|Buyer|Seller|Agent|Supervisor|Manager|Point of contact|Ship to|Bill to|Deliver to|Sold to|"
    "Consignee|Shipper|Requested by|Reported by|Submitted by|Reviewed by|Assigned to|Checked by|Witness|"
    "Addressee|Insured|Policyholder|Student|Teacher|Physician|Doctor|Nurse|Caller|Visitor|Member|Owner"
).split("|")
# Each starts with its literals (the look-behind comes after the first letter), so ``re`` skips to them in C.
# A quoted reply writes its headers after > marks (> From: Marcus Lindqvist).
_EN_HEADER_RE = re.compile(
    rf"\n(?:>[ \t]*)*(?:{trie.pattern(_EN_HEADERS)})[ \t]*:[ \t]*(?P<n>{_EN_NAMES})"
)
# Greetings and closings (group g) and English form labels in one pattern: one scan of the text.
_EN_GREET_RE = re.compile(
    rf"(?P<c>{trie.pattern(_EN_GREETINGS + _EN_LABELS, after_first='(?<![A-Za-z].)')})"
    rf"(?P<sep>[,!]?[ \t]*\n?[ \t]*|[ \t]*[:：][ \t]*)(?P<n>{_EN_NAMES})"
)
_GREETINGS = frozenset(_EN_GREETINGS)

# A chat speaker at the start of a line (Amy: / HR-Amy: / Jenny Wu:), named by a listed given name.
# A full-width colon is written without a space after it (Jason：好的), an ASCII one with one.
_EN_SPEAKER_BODY = rf"[ \t>*]*(?:[A-Z]{{2,5}}[-_ ])?(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME})?)[ \t]*(?::[ \t]|：)"
_EN_SPEAKER_RE = re.compile(rf"\n{_EN_SPEAKER_BODY}")
_STAMPED_EN_SPEAKER_RE = re.compile(rf"\n{_CHAT_TIME}{_EN_SPEAKER_BODY}")
# After a Chinese person label: 宾客：Tanaka Hiroshi, 联系人：Daniel Okafor. The colon and the capital
# are found first (rare, a C scan), then the label is checked on the few characters before the colon.
_ZH_LABEL_WORDS = sorted(set(LABELS.split("|")) | lexicon.role_nouns())
_LABEL_LAST = frozenset({w[-1] for w in _ZH_LABEL_WORDS} | set("0123456789"))
_LATIN_AFTER_COLON = re.compile(
    rf"[ \t]*(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME}){{1,2}}(?:,?[ ](?:Jr\.|Sr\.|II|III|MD|PhD|DDS))?)(?![A-Za-z])"
)
# Colons where _cued may find a Latin name after a Chinese label: a label's last character before the colon,
# a capital after it. One pattern per colon, each starting with its literal (see _SPACED_GATES).
_LABEL_COLONS = [
    re.compile(f"{c}(?<=[{''.join(map(re.escape, sorted(_LABEL_LAST)))}]{c})(?=[ \t]*[A-Z])") for c in ":："
]


def _label_colons(text: str) -> Iterator[int]:
    """The offsets of ``_offsets_of(text, ":：")`` (every ``:``, then every ``：``) that a label's last
    character precedes and a capital follows (across blanks): _cued's first checks skip the others."""
    for rx in _LABEL_COLONS:
        for m in rx.finditer(text):
            yield m.start()


_ZH_LABEL_END = re.compile(
    rf"(?:{trie.pattern(_ZH_LABEL_WORDS)})(?:[0-9]{{1,2}})?$"
)
# Words of company names (甲方：Molina Holdings LLP is a party, not a person).
_EN_COMPANY_WORDS = frozenset(
    "Holdings Holding Capital Trading Systems Consulting Logistics Technologies Technology Group Inc "
    "Ltd Co Corp "
    "LLC LLP GmbH Partners Solutions Ventures Labs Bank Company Associates Limited Industries International "
    "Enterprises Services Media Global Networks Software".split()
)


_CJK_ANY = re.compile(f"[{CJK}]")
# A capitalised word on its own (not inside a longer word, an identifier or a number) with a Chinese character
# before it (across a space or @) or after it (across spaces or a colon); checked after the first letter.
# Verbs of people that follow a given name in English prose (Daniel approved, Priya will), and the possessive.
_PERSON_VERBS = (
    "approved approves asked asks said says wrote writes replied replies confirmed confirms agreed agrees "
    "mentioned sent sends will would can could should joined joins left called calls emailed "
    "suggested suggests "
    "thinks thought noted reported requested signed reviewed reviews owns leads told tells explained added "
    "promised wants needs"
).split()
# A capitalised word on its own (not inside a longer word, an identifier or a number) with a Chinese character
# before it (across a space or @) or after it (across spaces or a colon), or a person's verb after it (group
# v); checked after the first letter.
_EN_WORD_RE = re.compile(
    rf"[A-Z](?<![A-Za-z0-9_].)"
    rf"(?:(?<=[{CJK}].)|(?<=[{CJK}][ \t@＠].)|(?=[a-z]{{1,11}}(?![A-Za-z0-9_])"
    rf"(?:[ \t:：]*[{CJK}]|(?P<v>['’]s\b|[ ](?:{trie.pattern(_PERSON_VERBS)})\b))))"
    r"[a-z]{1,11}(?![A-Za-z0-9_])"
)
# The same without the Chinese branches, for text with no Chinese in it.
_EN_SUBJECT_RE = re.compile(
    rf"[A-Z](?<![A-Za-z0-9_].)(?=[a-z]{{1,11}}(?P<v>['’]s\b|[ ](?:{trie.pattern(_PERSON_VERBS)})\b))"
    r"[a-z]{1,11}"
)
# Lower-case words after which a given name is the person addressed or named (ask Priya, cc Tom, to Wei).
_PERSON_CUES = frozenset(
    "ask asked ping pinged tell told cc thank thanks thanked remind reminded invite invited meet met "
    "call called "
    "email emailed contact contacted with by and from to".split()
)


def _given_in_chinese(text: str, first: frozenset[str], cjk: bool = True) -> Iterator[_Hit]:
    """An English given name standing alone inside Chinese text (和Kevin确认, 让 Lily 跟进, Tom 说): Chinese
    writers name colleagues by their English names, and a listed given name with Chinese on one side of
    it, across a space or a colon, is a person; one inside code (Tom.java, Jason()) is not. In English prose
    a listed given name before a person's verb (Daniel approved, Priya's draft) is one too."""
    n = len(text)
    for m in (_EN_WORD_RE if cjk else _EN_SUBJECT_RE).finditer(text):
        word = m.group()
        if word not in first or word in _EN_WORD_NAMES or word in _EN_NOT_PEOPLE:
            continue
        if m.group("v") and word in _PROSE_NOT_PEOPLE:
            continue
        s, e = m.span()
        if (e < n and text[e] in "./\\_(=-<>[{") or (s > 0 and text[s - 1] in "./\\_-#$<"):
            continue
        yield _Hit(s, e, MEDIUM)


def _after_cue(text: str, first: frozenset[str], gaps: list[int]) -> Iterator[_Hit]:
    """A listed given name after a lower-case cue (ask Priya, cc Tom, thanks to Wei, acknowledged by Marcus),
    found at the gaps of _LATIN_GAPS (a letter, a blank, a capital) the pair scan finds anyway."""
    n = len(text)
    for g in gaps:
        k = g
        while k > 0 and "a" <= text[k - 1] <= "z" and g - k < 10:
            k -= 1
        if k == g or (k > 0 and text[k - 1].isalnum()) or text[k:g] not in _PERSON_CUES:
            continue
        m = _GIVEN_AFTER_CUE.match(text, g + 1)
        if m is None:
            continue
        word = m.group("n")
        if word in first and word not in _PROSE_NOT_PEOPLE and not (m.end() < n and text[m.end()] == "."
                                                                    and text[m.end() + 1 : m.end() + 2].isalnum()):
            yield _Hit(m.start("n"), m.end("n"), MEDIUM)


_GIVEN_AFTER_CUE = re.compile(r"[ \t]*(?P<n>[A-Z][a-z]{2,11})(?![A-Za-z0-9_@(/\-]|[ ][A-Z])")


def _at_lines(rx: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of group ``n`` of a pattern that starts with a newline, at every line start:
    the first line is matched as if a newline preceded it. (A literal first lets ``re`` skip to newlines
    in C, where ``(?m)^`` would make it try every position.)"""
    head = rx.match("\n" + text[:400])
    if head is not None:
        yield head.start("n") - 1, head.end("n") - 1, head.group("n")
    for m in rx.finditer(text):
        yield m.start("n"), m.end("n"), m.group("n")


# The second word of an English form label that starts with a given name (Bill To:, Mark As:), never a surname.
_LABEL_TAIL = frozenset("To From By Of For As At Via No Date Name Number".split())
# A listed given name heading a line and addressed with a comma (Sophie, meet Zhou Wen / Kevin，麻烦看下).
_EN_VOCATIVE_RE = re.compile(rf"\n[ \t]*(?P<n>{_EN_NAME})[,，][ \t]*(?=[a-z{CJK}])")
_CLOSING_LINE = re.compile(r"(?i)(?:thanks|thank you|best|regards|best regards|kind regards|cheers|br)[,!.]?")


def _sign_off(text: str, first: frozenset[str]) -> Iterator[_Hit]:
    """A message signed with a given name alone on its last line, after a blank line or a closing (…\n\nKelly,
    Thanks,\nTom): the name must be a listed given name and not also a word (May, Will)."""
    body = text.rstrip()
    cut = body.rfind("\n")
    if cut < 0:
        return
    name = body[cut + 1 :].strip()
    if name not in first or name in _EN_WORD_NAMES:
        return
    before = body[:cut].rstrip(" \t")
    prev = before[before.rfind("\n") + 1 :].strip()
    if before.endswith("\n") or _CLOSING_LINE.fullmatch(prev):
        start = body.rfind(name)
        yield _Hit(start, start + len(name), MEDIUM)


def _cued(
    text: str, first: frozenset[str], last: frozenset[str], stamped: bool | None = None
) -> Iterator[_Hit]:
    """Latin-script names after a cue (a header, a greeting, a label) or as a chat speaker."""
    def listed(words: list[str]) -> bool:
        return words[0] in first or any(w in last or w in _PINYIN_SURNAMES or w in first for w in words[1:])

    for m in _EN_GREET_RE.finditer(text):
        words = m.group("n").split(" ")
        if m.group("c") not in _GREETINGS:
            if ":" not in m.group("sep") and "：" not in m.group("sep"):
                continue
            # Full name: Daniel Okafor - an English form label; Buyer: Mitchell Group is a company, its last word
            # a company's (a given name that is also a family name heads many firms)
            if listed(words) and not _NOT_PERSON_NEXT.match(text, m.end("n")) \
                    and words[-1].rstrip(".,") not in _EN_COMPANY_WORDS:
                yield _Hit(m.start("n"), m.end("n"), STRONG)
            continue
        # Hi Jason / Thanks, Priya: the given name must be listed (or a two-syllable pinyin given name,
        # Hi Wenhua); the words after it are kept when listed
        if words[0] not in first and not (
            _pinyin_given(words[0]) and len(words) == 1 and text.startswith((",", "，", "!", "\n"), m.end("n"))
        ):
            continue
        keep = 1
        while keep < len(words) and (words[keep] in last or words[keep] in _PINYIN_SURNAMES or words[keep] in first):
            keep += 1
        yield _Hit(m.start("n"), m.start("n") + len(" ".join(words[:keep])), MEDIUM)
    for start, end, name in _at_lines(_EN_HEADER_RE, text):
        words = name.split(" ")
        if listed(words) and not _NOT_PERSON_NEXT.match(text, end):
            yield _Hit(start, end, STRONG)
    yield from _sign_off(text, first)
    for start, end, name in _at_lines(_EN_VOCATIVE_RE, text):
        if name in first and name not in _EN_WORD_NAMES:
            yield _Hit(start, end, MEDIUM)
    if stamped is None:
        stamped = _stamped(text)
    for start, end, name in _at_lines(_STAMPED_EN_SPEAKER_RE if stamped else _EN_SPEAKER_RE, text):
        words = name.split(" ")
        if words[0] in first and not (len(words) == 1 and words[0] in _EN_WORD_NAMES) and words[-1] not in _LABEL_TAIL:
            yield _Hit(start, end, STRONG)
    for colon in _label_colons(text):
        if colon == 0 or text[colon - 1] not in _LABEL_LAST:
            continue
        value = _LATIN_AFTER_COLON.match(text, colon + 1)
        if value is None or not _ZH_LABEL_END.search(text, max(0, colon - 8), colon):
            continue
        words = value.group("n").split(" ")
        if any(w.rstrip(".,") in _EN_COMPANY_WORDS for w in words) or _NOT_PERSON_NEXT.match(text, value.end("n")):
            continue
        if any(w in first or w in last or w in _PINYIN_SURNAMES for w in words):
            yield _Hit(value.start("n"), value.end("n"), STRONG)


# A person's English name in brackets right after their name (Xie Hao (Steven), 张伟（David）).
_BRACKETED_EN = re.compile(rf"[ \t]?[(（](?P<n>[{_UP}][{_LO}]+)[)）]")


def _bracketed_english(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """A listed English given name in brackets straight after a found name is the same person's English name
    (a word name such as May or Will is not)."""
    first = lexicon.en_first_names()
    for h in found:
        m = _BRACKETED_EN.match(text, h.end)
        if m is not None and m.group("n") in first and m.group("n") not in _EN_WORD_NAMES:
            yield _Hit(m.start("n"), m.end("n"), h.strength)
