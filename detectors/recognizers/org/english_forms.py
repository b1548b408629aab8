"""The shared pieces of the English passes: legal forms (Co., Ltd., Inc., LLC), the "Bank of" and body
patterns (Ministry of ..., Administration for ...), kind words (School, Authority, Airlines), the trigger words
found in one pass, capitalised words joined before a name, template placeholders, and `_Taken` (overlap questions
by bisection).

Apart from `english` so that its passes and the brand pass read them without one long module.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from detectors.nlp import trie

_EN_SUFFIX = (
    r"(?:Co\.,?\s*Ltd\.?|Co\.|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Plc|N\.A\.|"
    # legal forms in capitals, as invoices and shipping documents write the whole name (ACME TRADING CO., LTD.)
    # (with their dots: LIMITED or CORPORATION in capitals is as often a heading's word)
    r"CO\.,?\s*LTD\.?|LTD\.|INC\.|CORP\.|"
    r"Corp\.?|Corporation|"
    # German limited partnerships with a GmbH as partner (Some Logistik GmbH & Co. KG): one form, not GmbH alone
    r"Company|GmbH[ ]&[ ]Co\.[ ]KGaA|GmbH[ ]&[ ]Co\.[ ]KG|GmbH|KGaA|AG|KG|K\.K\.|S\.p\.A\.|S\.r\.l\.|S\.A\.|SE|N\.V\.|B\.V\.|Pty\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|"
    r"Hospital|College|Academy|Group|Holdings|Holding|Bank|University|Institute|Foundation|Partners|"
    r"Technologies|Technology|Consulting|Solutions|Systems|Capital|Ventures|Labs|Associates|"
    # a family firm (Parsons and Sons, Hale & Sons)
    r"(?:and|&)[ ]Sons)"
)
# A word of an English name; a region in brackets sits inside it (Acme Trading (Shanghai) Co., Ltd.), also as
# dotted initials (Some Enterprises (H.K.) Limited).
# Possessive runs (*+, ++): what follows a word is a space or comma and what follows spaces a letter, so giving
# characters back never helps a match; it only cost time at every capitalised word of English prose.
_EN_WORD = r"(?:[A-Z][A-Za-z0-9&'\-\u00c0-\u024f]*+|&|\([A-Z][A-Za-z]{1,15}(?:[ ][A-Z][A-Za-z]{1,15}){0,2}\)|\((?:[A-Z]\.){2,3}\))"
# Both start where no letter or digit precedes, checked after the first letter, (?<![A-Za-z0-9].), not
# before it: a leading look-behind makes ``re`` enter the matcher at every position, a leading class or
# branch of literals lets it skip to the first letters in C.
_NA = "(?<![A-Za-z0-9].)"
_EN_RE = re.compile(
    rf"(?P<n>[A-Z]{_NA}[A-Za-z0-9&'\-\u00c0-\u024f]*+(?:[ ]++{_EN_WORD}){{0,5}}?(?:,?[ ]++{_EN_SUFFIX})+)(?![A-Za-z])"
)
_EN_OF_RE = re.compile(
    rf"(?P<n>(?:B{_NA}ank|U{_NA}niversity|I{_NA}nstitute|C{_NA}ollege|A{_NA}cademy) of(?: the)?(?: [A-Z][A-Za-z]+){{1,4}})"
)
# Capitalised words before "Bank of", joined by "and" (Industrial and Commercial Bank of China).
_EN_LEFT_WORD = re.compile(r"((?:[A-Z][a-z]+ (?:and |& )?){1,3})$")
_EN_SUFFIX_ANY = re.compile(_EN_SUFFIX)
# What may follow a name ending in "Bank" or "Group": its region in brackets and legal form (Bank (China)
# Limited), and the branch (, Shanghai Branch).
_EN_MORE = re.compile(
    rf"(?:[ ]\([A-Z][A-Za-z]{{1,15}}(?:[ ][A-Z][A-Za-z]{{1,15}}){{0,2}}\))?(?:,?[ ]{_EN_SUFFIX}(?![A-Za-z]))*"
    r"(?:,?[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:Branch|Sub-branch|Sub-Branch)(?![A-Za-z]))?"
)
_EN_LEAD = re.compile(r"^(?:(?:The|A|An|At|In|On|For|From|With|To|By|Contact|Call|Email|Dear|Hi|Summarize|Please|Our|Their|Your|My|This|That)\s+)+")
_EN_GENERIC_ONLY = re.compile(rf"^(?:{_EN_SUFFIX}[ ,]*)+$")

# Words of an English template's blank (Company Name Inc., ABC Co., Ltd., [Your Company] Limited).
_EN_PLACEHOLDER_WORDS = frozenset({"ABC", "XYZ", "XXX", "XX", "Company", "Name", "Your", "Sample", "Example",
                                   "Placeholder"})


def _en_placeholder(body: str) -> bool:
    """Is the English name a template's blank: nothing but placeholder words before its legal form?"""
    words = _EN_SUFFIX_ANY.sub(" ", body).replace(",", " ").split()
    return bool(words) and all(w.strip("[]()") in _EN_PLACEHOLDER_WORDS for w in words)


def _en_of(text: str) -> Iterator[re.Match[str]]:
    """Bank of China, University of Hong Kong ..."""
    return _EN_OF_RE.finditer(text)


def _en_names(text: str) -> Iterator[re.Match[str]]:
    """Capitalised words ending in a company form (Acme Widgets Co., Ltd.)."""
    return _EN_RE.finditer(text)


# Public bodies and institutions named by their function: the Ministry of Commerce, State Administration of
# Foreign Exchange, Shanghai Municipal Administration for Market Regulation, Red Cross Society of China; the words
# after "of" / "for" run on through "of the" and "and" (Ministry of Commerce of the People's Republic of China).
_EN_BODY_HEADS = ("Ministry", "Administration", "Bureau", "Commission", "Association", "Society", "Federation",
                  "Council", "Chamber", "Organization", "Organisation", "Agency", "Committee")
_EN_BODY_OF_RE = re.compile(
    "(?P<n>(?:" + "|".join(f"{h[0]}(?<![A-Za-z0-9].){h[1:]}" for h in _EN_BODY_HEADS) + ")"
    r" (?:of|for)(?: the)? [A-Z][A-Za-z'\-]+(?:(?: of(?: the)?| for(?: the)?| and)? [A-Z][A-Za-z'\-]+){0,6})"
)
# A statute named after a body (Administration of Justice Act) is no body.
_EN_STATUTE = ("Act", "Law", "Regulations", "Rules", "Ordinance", "Measures", "Provisions")
# Organisations whose last word is their kind or trade: Ridgewell International School, Hong Kong Monetary
# Authority, Companies Registry, Ashford Lin Law Offices, China Southern Airlines, Samsung Electronics. At least
# one word before it must be more than a kind, a function or a trade (Primary School, Certificate Authority, Tax
# Bureau, Consumer Electronics, Life Insurance name no particular organisation). A kind followed by "of" is a
# unit of the name before it (Some University School of Public Health): left to that name.
_EN_KINDS = ("School", "Accountants", "Authority", "Registry", "Commission", "Bureau", "Law Offices", "Law Office", "Law Firm",
             "Association", "Society", "Council", "Federation", "Organization", "Organisation", "Agency",
             "Committee", "Airlines", "Airways", "Motors", "Industries", "Enterprises", "Electronics",
             "Pharmaceuticals", "Pharma", "Securities", "Insurance", "Networks", "Communications", "Telecom",
             "Energy", "Studios", "Laboratories", "Medical Center", "Medical Centre", "Clinic")
_EN_INST_RE = re.compile(
    r"(?P<n>[A-Z](?<![A-Za-z0-9].)[A-Za-z'\-]*+(?: [A-Z][A-Za-z'\-]*+| &){0,5}? "
    "(?:" + "|".join(sorted(_EN_KINDS, key=len, reverse=True)) + r"))(?![A-Za-z]| of )"
)
_EN_INST_GENERIC = frozenset(
    "The A An Our Your Their This That Each Every Any Local Central Regional National State Federal City County "
    "Municipal Provincial Public Private High Middle Primary Secondary Junior Senior Elementary Grammar Summer "
    "Sunday Night Boarding Graduate Business Law Medical Language Driving International Certificate Root "
    "Certified Chartered Intermediate Issuing Port Tax Health Data Land Housing Regulatory Supervisory Competent Relevant Statutory "
    "Registration Trade Securities Monetary Financial Transport Planning Education Election Electoral Fair "
    "Competition Immigration Labour Labor Customs Police Fire Water Power Energy Civil Aviation Maritime & "
    "Company Corporate Patent Trademark Marriage Births Deaths Court Legal Independent Joint "
    "Student Students Parent Parents Advisory Steering Organizing Organising Executive Standing Audit Ethics "
    "Review Investment Travel Advertising Marketing News Press Employment Recruitment Consumer Digital Mobile "
    "Home Personal Industrial Heavy Auto Car Renewable Clean Social New Modern General Life Property Casualty "
    "Commercial Retail Wholesale Domestic Foreign Overseas Global Specialty Fine Chemical Nuclear Solar Wind "
    "Green Smart Wireless Optical Dental Eye Pet Veterinary Family Walk-in Urgent Outpatient Research Testing "
    "Clinical Sports Film Music Recording Game Games Animation Design Professional Trade Industry Industries "
    "Manufacturing Motor Electric Electrical Electronic Generic Branded Major Leading Top Big Small Large "
    "Budget Low-cost Regional Charter Cargo Freight Insurance Reinsurance Mutual Enterprise Software Network".split()
)


# The words that trigger the English passes by body, kind and capitals. One ``re`` pass finds them all; each
# full pattern is tried only in a window around an occurrence of its words (a full pass of a pattern that starts
# at every capital letter, or a substring test per word, cost more than the whole English pass before them).
_CAPS_FORMS = ("LIMITED", "LTD", "INCORPORATED", "INC", "CORPORATION", "CORP", "LLC", "L.L.C.", "LLP", "PLC", "GMBH",
               "S.A.", "B.V.", "N.V.", "BERHAD", "BHD")
# A prefix tree, not the flat longest-first alternation: the same word wins at each place (the longest there), and
# `re` tests one branch per letter instead of each of ~70 words at every capital (0.23 -> 0.19 ms per 64 KB of mixed
# text, 0.45 -> 0.28 dense).
_EN_TRIGGER_AT = re.compile(trie.pattern({*_EN_KINDS, *_EN_BODY_HEADS, *_CAPS_FORMS}))
_KIND_SET, _HEAD_SET, _CAPS_SET = frozenset(_EN_KINDS), frozenset(_EN_BODY_HEADS), frozenset(_CAPS_FORMS)


def _around(text: str, at: list[tuple[int, int]], pattern: re.Pattern[str], back: int, ahead: int,
            group: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` whose ``group`` holds one of the occurrences ``at``, in text order, without
    overlaps; each searched for in [occurrence - back, occurrence end + ahead) only."""
    last = 0
    for a, b in at:
        if a < last:
            continue
        for m in pattern.finditer(text, max(last, a - back), min(len(text), b + ahead)):
            if m.start(group) <= a < m.end(group):
                last = m.end()
                yield m
                break


class _Taken:
    """The names found by earlier passes, for overlap questions by bisection: one English pass may find thousands
    of names in a long text, and a scan of all earlier names for each one cost quadratic time. Names a pass adds
    come in text order, so only the farthest end among them is kept (``last``)."""

    def __init__(self, out: list[tuple[int, int, float]]) -> None:
        spans = sorted((s, e) for s, e, _ in out)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))
        self.last = -1

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) overlap an earlier name or one this pass took?"""
        i = bisect_left(self.starts, end)
        return start < self.last or (i > 0 and self.reach[i - 1] > start)

    def covers(self, pos: int) -> bool:
        """Does an earlier name or one this pass took cover ``pos``?"""
        i = bisect_right(self.starts, pos)
        return pos < self.last or (i > 0 and self.reach[i - 1] > pos)

    def contains(self, start: int, end: int) -> bool:
        """Does an earlier name hold all of [start, end) and more?"""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end and (self.reach[i - 1] > end or self.starts[i - 1] < start)

    def take(self, end: int) -> None:
        self.last = max(self.last, end)


_EN_LIST_AND = re.compile(r"(?:College|University|Hospital|School|Institute|Academy|Bank|Group|Company|Corporation|"
                          r"Limited|Bureau|Court|Station|Library|Press|Foundation|Association) (?:and|&) ")


def _with_words_before(text: str, m: re.Match[str]) -> int:
    """Where an English name matched as group "n" starts once the capitalised words just before it join it
    (up to 40 characters; a leading article or preposition stays out, and "and" / "&" means a list, not a name)."""
    left = _EN_LEFT_WORD.search(text, max(0, m.start() - 40), m.start())
    if left is not None:
        lead = _EN_LEAD.match(left.group())
        words = left.group()[lead.end() if lead else 0 :]
        # Some College and Bank of X: a kind or legal form before "and" ends the name before, so the list's next
        # name starts after that "and" (Industrial and Commercial Bank of China keeps its words)
        for joint in _EN_LIST_AND.finditer(words):
            words = words[joint.end() :]
        if words and not words.startswith(("and ", "& ")):
            return m.start() - len(words)
    return m.start("n")
