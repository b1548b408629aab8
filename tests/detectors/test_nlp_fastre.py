"""The fast-scan rewrites find exactly what the look-behind patterns they replace find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.nlp import fastre, trie
from detectors.recognizers import address, names

CJK = names.CJK
TEXT = st.text(alphabet="张王李欧阳老小总经理女士、·：: 　a1号路栋Mr.DearBankof", max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_finditer_where_equals_the_look_behind_pattern(text: str) -> None:
    body = r"[张王李][^、\s]{1,3}"
    flat = re.compile(rf"(?<![{CJK}]){body}")
    fast = fastre.finditer_where(re.compile(body), text, fastre.not_after(f"[{CJK}]"))
    assert [m.span() for m in fast] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_overlapping_finditer_where_equals_a_zero_width_look_ahead(text: str) -> None:
    words = ["总经理", "经理", "女士", "总"]
    flat = re.compile(rf"(?<=[{CJK}])(?=(?P<t>{trie.pattern(words)}))")
    fast = fastre.finditer_where(re.compile(trie.pattern(words)), text, fastre.after(f"[{CJK}]"), overlapping=True)
    assert [(m.start(), m.group()) for m in fast] == [(m.start(), m.group("t")) for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_finditer_gated_equals_finditer(text: str) -> None:
    rx = re.compile(r"(?<![A-Za-z])(?:Mr\.?|Dear) ?[A-Z][a-z]*")
    gate = re.compile(r"Mr|Dear")
    assert [m.span() for m in fastre.finditer_gated(rx, gate, text)] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_name_and_address_scans_equal_their_look_behind_forms(text: str) -> None:
    run = f"[{CJK}]"
    isolated = re.compile(rf"(?<![{CJK}])(?P<n>{names._SUR}{run}{{1,3}})(?![{CJK}])")
    assert [m.span() for m in names._ISOLATED_RE.finditer(text)] == [m.span() for m in isolated.finditer(text)]
    spaced = re.compile(rf"{run}(?:[ \u3000]{run})+")
    assert [(m.start() - 1, m.end()) for m in names._SPACED_RE.finditer(text)] == \
        [m.span() for m in spaced.finditer(text)]
    anchor = re.compile(rf"(?<=[{CJK}])(?:{address.NUM}|{address.CN_NUM})\s?(?:号院|号楼|号|號|弄|巷|段|组|組|栋|棟|幢|里|排|队|隊)")
    assert list(address._anchors(text)) == [m.span() for m in anchor.finditer(text)]


def test_a_prefix_tree_starts_with_literals_so_re_can_skip() -> None:
    """Each top-level branch starts with its own literal (no [...] class): what lets ``re`` skip to
    the first characters instead of trying every position."""
    body = trie.pattern(["厂", "局", "公司", "公安局"])
    assert body == "(?:公(?:安局|司)|厂|局)"
