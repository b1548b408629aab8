"""`find_orgs` (every pass, each behind its gate, merged) and the Presidio `OrgRecognizer`.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import lexicon, substring, traditional
from detectors.nlp.textview import TextView
from detectors.recognizers.org.brands import _DOT_GATE, _brand_regions, _domain_names
from detectors.recognizers.org.chinese import _chinese
from detectors.recognizers.org.english import _english
from detectors.recognizers.org.english_forms import _Taken
from detectors.recognizers.org.fixed_forms import (
    _NUMBERED_SCHOOL, _bank_short_branches, _kk_first, _korean, _numbered_schools, _partnership_funds,
    _stores,
)
from detectors.recognizers.org.layout import _SPACED_GATE, _spaced_out, _wrapped
from detectors.recognizers.org.listed import _LISTED_GATE, _with_listed_bodies
from detectors.recognizers.org.partners import _partner_firms


def find_orgs(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every organisation name in ``text``."""
    view = TextView.of(text)
    # the walk's labels, stop words and dictionary are simplified: Taiwan and Hong Kong text is read through the
    # one-to-one fold (same length, so offsets stay), as the name rules read it (委託 is 委托, 貴公司 贵公司)
    found = _chinese(traditional.fold(view.text))
    if "\n" in view.text:
        found = _wrapped(view.text, found)
    if " " in view.text and _SPACED_GATE.search(view.text) is not None:
        _add(found, _spaced_out(traditional.fold(view.text)))
    if any(substring.contains(view.text, w) for w in ("店）", "店)", "厅）", "廳）")):
        found.extend(s for s in _stores(view.text) if not any(a < s[1] and s[0] < b for a, b, _ in found))
    if substring.contains(view.text, "株式"):
        found.extend(s for s in _kk_first(view.text) if not any(a < s[1] and s[0] < b for a, b, _ in found))
    if re.search(r"[A-Z]", view.text):
        # an English brand before a Chinese form (Bluewater Capital公司) is part of the longer name
        chinese = _Taken(found)
        found.extend(n for n in _english(view.text) if not chinese.contains(n[0], n[1]))
        _add(found, _partner_firms(view.text))  # Adkins-Stephenson; Dorsey, Robinson and Clark
    if ("伙" in view.text or "夥" in view.text) \
            and any(substring.contains(view.text, w) for w in ("合伙）", "合伙)", "合夥）", "合夥)")):
        _add(found, _partnership_funds(view.text))
    if ("주" in view.text or "㈜" in view.text) and ("주식회사" in view.text or "(주)" in view.text or "㈜" in view.text):
        _add(found, _korean(view.text))
    if _NUMBERED_SCHOOL.search(view.text) is not None:
        _add(found, _numbered_schools(view.text))
    if "行" in view.text:
        _add(found, _bank_short_branches(view.text))
    if _LISTED_GATE.search(view.text) is not None:
        found = _with_listed_bodies(view.text, found)
    if _DOT_GATE.search(view.text) is not None:
        _add(found, _domain_names(view.text))
    _add(found, _brand_regions(view.text))  # its region-word search is the gate (no word: no name, no walk)
    return [(*view.span(s, e), score) for s, e, score in sorted(found)]


def _add(found: list[tuple[int, int, float]], names: list[tuple[int, int, float]]) -> None:
    """Adds to ``found`` the ``names`` of a later pass that overlap none found before it (the overlap index is
    built only when the pass found any: most find none in a prompt)."""
    if names:
        taken = _Taken(found)
        found.extend(n for n in names if not taken.overlaps(n[0], n[1]))


class OrgRecognizer(EntityRecognizer):
    """Presidio recognizer for organisation names; needs no NLP pre-pass."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ORG"], name="zh_org", supported_language="zh")

    def load(self) -> None:
        """Nothing to warm: the suffix tables are compiled at import."""
        lexicon.admin_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return ORG spans as code-point offsets into ``text``."""
        if entities and "ORG" not in entities:
            return []
        return [RecognizerResult("ORG", s, e, score) for s, e, score in find_orgs(text)]
