"""Prefix-tree alternations match exactly what the flat alternation matches, longest first."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.nlp.trie import pattern

WORDS = st.lists(st.text(alphabet="联系人络总经理姓名a.*", min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="联系人络总经理姓名a.* ", max_size=40))
def test_same_matches_as_the_longest_first_flat_alternation(words: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    tree = re.compile(pattern(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_an_empty_list_matches_nothing() -> None:
    assert re.search(pattern([]), "anything") is None
