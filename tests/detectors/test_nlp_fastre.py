"""The fast-scan rewrites find exactly what the look-behind patterns they replace find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.nlp import fastre, trie
from detectors.recognizers.address import anchors as address_anchors
from detectors.recognizers.org import english_forms as org_english
from detectors.recognizers.names import anchors, chat, core, minority, spaced

CJK = core.CJK
RUN = f"[{CJK}]"
TEXT = st.text(alphabet="张王李欧阳老小总经理女士、·：: 　a1号路栋@＠=\"'\nMr.DearBankofUniversityInc", max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_overlapping_scan_equals_a_zero_width_look_ahead(text: str) -> None:
    words = ["总经理", "经理", "女士", "总"]
    flat = re.compile(rf"(?<=[{CJK}])(?=(?P<t>{trie.pattern(words)}))")
    fast = fastre.finditer_overlapping(re.compile(trie.pattern(words, after_first=f"(?<=[{CJK}].)")), text)
    assert [(m.start(), m.group()) for m in fast] == [(m.start(), m.group("t")) for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_gated_scan_equals_finditer(text: str) -> None:
    rx = re.compile(r"(?<![A-Za-z])(?:Mr\.?|Dear) ?[A-Z][a-z]*")
    gate = re.compile(r"Mr|Dear")
    assert [m.span() for m in fastre.finditer_gated(rx, gate, text)] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_merged_literal_scans_equal_the_class_pattern(text: str) -> None:
    body = rf"(?P<n>{RUN}{{1,3}})"
    flat = re.compile(rf"[@＠]{body}")
    assert [m.span() for m in fastre.merged(fastre.by_literal(body, "@＠"), text)] == \
        [m.span() for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_name_scans_equal_their_look_behind_forms(text: str) -> None:
    isolated = re.compile(rf"(?<![{CJK}])(?P<n>{core._SUR}{RUN}{{1,3}})(?![{CJK}])")
    assert [m.span() for m in anchors._ISOLATED_RE.finditer(text)] == [m.span() for m in isolated.finditer(text)]
    spaced_run = re.compile(rf"{RUN}(?:[ \u3000]{RUN})+")
    assert [(m.start() - 1, m.end()) for m in spaced._SPACED_RE.finditer(text)] == \
        [m.span() for m in spaced_run.finditer(text)]
    speaker = re.compile(rf"(?m)^[ \t>*#【\[]*(?P<n>(?:阿|{core._SUR}){RUN}{{1,3}})[\]】]?\s*[:：]")
    assert [m.span("n") for m in chat._speakers(text)] == [m.span("n") for m in speaker.finditer(text)]
    dotted = minority._MINORITY_RE
    assert [m.span() for m in minority._minority_runs(text)] == [m.span() for m in dotted.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_address_and_organisation_scans_equal_their_look_behind_forms(text: str) -> None:
    # after a Chinese character or 、 (某路57、63号); after one space, only digits and only with a Chinese character
    # before the space (文三路 478 号); after a capital letter, only digits and only with a Chinese character before
    # the letter (某某城T2栋); after a line break, only digits and only after a road word (安澜街 / 329号)
    num, cn_num = address_anchors.NUM, address_anchors.CN_NUM
    anchor = re.compile(
        rf"(?:(?<=[{CJK}、])(?:{num}|{cn_num})|(?<=[{CJK}][ \u3000]){num}"
        rf"|(?<=[{CJK}][A-Z]){num}|(?<=[路街道巷弄]\n){num})"
        r"\s?(?:号院|号楼|号|號|弄|巷|段|组|組|栋|棟|幢|里|排|队|隊)"
    )
    assert list(address_anchors._anchors(text)) == [m.span() for m in anchor.finditer(text)]
    en_of = re.compile(
        r"(?<![A-Za-z0-9])(?P<n>(?:Bank|University|Institute|College|Academy) of(?: the)?(?: [A-Z][A-Za-z]+){1,4})"
    )
    assert [m.span() for m in org_english._en_of(text)] == [m.span() for m in en_of.finditer(text)]


def test_a_prefix_tree_starts_with_literals_so_re_can_skip() -> None:
    """Each top-level branch starts with its own literal (no [...] class): what lets ``re`` skip to
    the first characters instead of trying every position."""
    assert trie.pattern(["厂", "局", "公司", "公安局"]) == "(?:公(?:安局|司)|厂|局)"
    assert trie.pattern(["厂", "公司"], after_first="(?<=X.)") == "(?:公(?<=X.)司|厂(?<=X.))"
