"""English firm names made of partners' family names and nothing else (Adkins-Stephenson; Dorsey, Robinson and
Clark; Baker & Lowe), as invoices, vendor lists, shipping papers and letters name companies.

Why a pass of its own: such a name has no legal form or kind word for the English passes to anchor on, and the
same words are people's family names. So it counts only where a company stands: every part a listed family name,
no given name or title before it (Mary Robinson-Davis is a person), no capitalised word after it (a longer name,
left to the other passes), and a company's slot before it: a field's value (Vendor: …, a CSV cell, a quote) or a
preposition that names a counterparty (at, with, from, between …). A citation's year after it (Jones, Smith and
Brown (2019)) makes it authors.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon

# A hyphen between two capitalised words (Adkins-Stephenson), and " and " / " & " before one (…, Robinson and Clark).
_HYPHEN_AT = re.compile(r"-[A-Z][a-z]")
_JOIN_AT = re.compile(r" (?:and|&) [A-Z][a-z]")
_WORD_AFTER = re.compile(r"[A-Z][a-z]+")
_WORD_BEFORE = re.compile(r"[A-Z][a-z]+$")
# "A, B and C" / "A, B, and C" / "A & B" read leftwards from the joining word.
_LIST_BEFORE = re.compile(r"(?:(?P<a>[A-Z][a-z]+), )?(?P<b>[A-Z][a-z]+),?$")
# Words before a name that make it a counterparty: a preposition of dealing, or the Indian and British "M/s" /
# "Messrs." of commercial letters.
_SLOT_WORDS = frozenset({"at", "with", "from", "by", "between", "and", "to", "for", "of", "via", "against", "vs",
                         "vs.", "v.", "m/s", "messrs", "messrs."})
# Characters a field's value or a cell starts after (Vendor: …, "…", a tab, a pipe, a comma of a CSV row).
_SLOT_CHARS = frozenset(":：\t,|(（[\n")
# Family names that are also compass points (North-South corridor): never a firm alone.
_NOT_PARTNERS = frozenset({"North", "South", "East", "West"})
_AFTER_NAME = re.compile(r"[ ](?:[A-Z]|\(\d|et al)|,[ ](?:19|20)\d\d|[-'][A-Za-z]")


def _partner_firms(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the partners' firm names of ``text``."""
    out: list[tuple[int, int, float]] = []
    if "-" in text:
        for m in _HYPHEN_AT.finditer(text):
            left = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            right = _WORD_AFTER.match(text, m.start() + 1)
            if left is None or right is None:
                continue
            _take(text, left.start(), right.end(), [left.group(), right.group()], out)
    if " and " in text or " & " in text:
        for m in _JOIN_AT.finditer(text):
            right = _WORD_AFTER.match(text, m.end() - 2)
            left = _LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if right is None or left is None:
                continue
            if left.group("a") is None and "&" not in m.group():
                continue  # Smith and Jones: two people as often as a firm; only "&" joins two partners
            words = [w for w in (left.group("a"), left.group("b"), right.group()) if w]
            _take(text, left.start(), right.end(), words, out)
    return out


def _take(text: str, start: int, end: int, words: list[str], out: list[tuple[int, int, float]]) -> None:
    """Append ``text[start:end]`` when its ``words`` are partners' family names in a company's slot."""
    last, first = lexicon.en_last_names(), lexicon.en_first_names()
    if any(w not in last or w in _NOT_PARTNERS for w in words) or all(w in first for w in words):
        return  # Jean-Marie, Anne-Marie: a given name of two parts
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
        return  # inside a longer token (Mary-Jane-Smith, x-Foo-Bar)
    if _AFTER_NAME.match(text, end) or (out and start < out[-1][1]):
        return
    if _in_slot(text, start):
        out.append((start, end, 0.7))


def _in_slot(text: str, start: int) -> bool:
    """Is the name at ``start`` where a company stands: a field's value or after a word of dealing?"""
    j = start
    while j > 0 and text[j - 1] in " \"'“‘":
        j -= 1
    if j == 0 or text[j - 1] in _SLOT_CHARS:
        return True
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "./"):
        k -= 1
    return j - k <= 8 and text[k:j].lower() in _SLOT_WORDS and (k == 0 or not text[k - 1].isalnum())
