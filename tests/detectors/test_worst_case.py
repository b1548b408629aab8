"""Crafted input (a suffix or house number repeated, a weak suffix without a body) costs the ORG and ADDRESS
recognizers bounded work per character: counted as walks, not timed (the speed figures live in
bench/detect/worst_case.py). And the caps never touch real text: a list of banks, a chain of divisions. Padding
made of anchors hides no value: tests/detectors/test_crowd_padding.py."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import random
import re

import pytest

from detectors.nlp import lexicon, segment
from detectors.recognizers.base import Hit
from detectors.scanner import CONTAINERS, SPECIFICITY, Scanner
from detectors.nlp.density import NONE, with_floors
from detectors.recognizers import address, org
from detectors.recognizers.address import recognizer as address_recognizer
from detectors.recognizers.org import chinese as org_chinese, stems as org_stems


@contextmanager
def counting(module: Any, name: str) -> Iterator[list[int]]:
    """Count the calls of ``module.name`` (a left walk) while the block runs."""
    calls = [0]
    real: Callable[..., Any] = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    setattr(module, name, wrapped)
    try:
        yield calls
    finally:
        setattr(module, name, real)


def walks(module: Any, name: str, finder: Callable[[str], object], text: str) -> int:
    with counting(module, name) as calls:
        finder(text)
    return calls[0]


def walked(module: Any, name: str, finder: Callable[[str], object], text: str) -> tuple[int, int]:
    """(walks, characters within their reach) of ``module.name`` (``_left`` / ``_left_start``, called with the
    text and the anchor) while ``finder`` scans ``text``: a crowded anchor's walk is handed the text above its
    floor, so its reach is the anchor's offset in that slice; any walk reaches _MAX_LEFT characters at most."""
    calls = [0, 0]
    real: Callable[..., Any] = getattr(module, name)

    def wrapped(text: str, anchor: int, *args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        calls[1] += min(anchor, module._MAX_LEFT)
        return real(text, anchor, *args, **kwargs)

    setattr(module, name, wrapped)
    try:
        finder(text)
    finally:
        setattr(module, name, real)
    return calls[0], calls[1]


# Runs of anchors: back to back (padding), one character apart, and spaced so that each is crowded but none is
# padding (every anchor walked, each over a bounded number of gaps).
ORG_RUNS = ["银行", "医院", "区局", "公司", "有限公司", "银行甲", "银行甲乙", "甲乙市局", "平安保险公司"]
ADDRESS_RUNS = ["路1号", "1号", "路1号楼", "街3栋", "1号甲乙", "甲乙路1号", "北京市海淀区某路1号"]


@pytest.mark.parametrize("unit", ORG_RUNS)
def test_org_walks_stay_linear_on_a_run_of_suffixes(unit: str) -> None:
    small, large = unit * 250, unit * 2000
    _, reach_small = walked(org_chinese, "_left", org.find_orgs, small)
    _, reach_large = walked(org_chinese, "_left", org.find_orgs, large)
    assert reach_large <= (org_chinese._CROWD_LIMIT + 1) * len(large)  # each character within reach of 9 walks at most
    assert reach_large / len(large) <= 1.05 * reach_small / len(small)  # 8x the text: 8x the walking, not more


@pytest.mark.parametrize("unit", ["局", "厅", "厂", "甲局乙厅"])
def test_weak_suffix_without_a_body_is_never_walked(unit: str) -> None:
    assert walks(org_chinese, "_left", org.find_orgs, unit * 3000) == 0


def test_org_walks_grow_linearly_with_anchors_spread_out() -> None:
    """Eight suffixes then a walk's length of name characters: every anchor is examined, so the walks grow
    with the text (linearly: never more than one walk per anchor)."""
    unit = "银行" * 8 + "甲" * 24
    n_small = walks(org_chinese, "_left", org.find_orgs, unit * 50)
    n_large = walks(org_chinese, "_left", org.find_orgs, unit * 200)
    assert n_small <= 8 * 50 and n_large <= 8 * 200
    assert n_large == pytest.approx(4 * n_small, rel=0.05)


@pytest.mark.parametrize("unit", ADDRESS_RUNS)
def test_address_walks_stay_linear_on_a_run_of_house_numbers(unit: str) -> None:
    small, large = unit * 250, unit * 2000
    _, reach_small = walked(address_recognizer, "_left_start", address.find_addresses, small)
    _, reach_large = walked(address_recognizer, "_left_start", address.find_addresses, large)
    assert reach_large <= (address_recognizer._CROWD_LIMIT + 1) * len(large)
    assert reach_large / len(large) <= 1.05 * reach_small / len(small)


class _CountingSearch:
    """A compiled pattern whose ``search`` adds up the characters it is asked to search."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searched = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        self.searched += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def test_weak_suffix_precheck_searches_a_bounded_window_after_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """局 after filler, long after one name: the public-body precheck searched back to that name for every 局
    (quadratic: 80,000 characters took two minutes)."""
    counter = _CountingSearch(org_chinese._BODY_STEM)
    text = "华为技术有限公司" + "局甲甲甲" * 1000
    for module in (org_chinese, org_stems):  # the modules that search with it
        monkeypatch.setattr(module, "_BODY_STEM", counter)
    found = org.find_orgs(text)
    assert [text[s:e] for s, e, _ in found] == ["华为技术有限公司"]
    assert counter.searched <= 1000 * org_chinese._MERGE_SPAN


def test_lists_of_real_names_are_not_capped() -> None:
    banks = "、".join(["工商银行", "农业银行", "中国银行", "建设银行", "交通银行", "招商银行", "兴业银行", "浦发银行",
                      "民生银行", "光大银行", "中信银行", "华夏银行"])
    text = f"开户行可选：{banks}。"
    found = [text[s:e] for s, e, _ in org.find_orgs(text)]
    assert found == banks.split("、")
    addrs = "；".join(f"上海市浦东新区张杨路{n}号" for n in range(1, 13))
    assert len(address.find_addresses(f"送货地址：{addrs}。")) == 12


def test_public_bodies_still_found_after_the_precheck() -> None:
    text = "请联系北京市海淀区公安局，或者国家税务总局，以及深圳市南山区人民法院。"
    found = [text[s:e] for s, e, _ in org.find_orgs(text)]
    assert "北京市海淀区公安局" in found and "国家税务总局" in found


def _floors(text: str) -> list[tuple[int, int]]:
    """(start, floor) of each anchor (``ab`` or ``abc``) of ``text``, window 40, limit 8, two passes."""
    return [(s, f) for _, s, _, f in with_floors(re.finditer("abc|ab", text), window=40, limit=8, passes=2)]


def test_floors_stop_at_padding_and_bound_a_crowd() -> None:
    # ab ab ab ab (back to back), a name, abc: from the fourth on, each walk stops at the padding before it
    assert _floors("x" + "ab" * 4 + "y" * 11 + "abc") == [(1, NONE), (3, NONE), (5, NONE), (7, 7), (20, 9)]
    # anchors 2 characters long, 2 apart: never padding; from the ninth on each has 8 others within the window,
    # is crowded, and crosses two anchors: its floor is the end of the third anchor back
    spread = _floors("x" + "abyy" * 12)
    assert [f for _, f in spread[:8]] == [NONE] * 8
    assert [f for _, f in spread[8:]] == [s - 3 * 4 + 2 for s, _ in spread[8:]]
    # padding out of the window no longer floors a walk
    assert _floors("x" + "ab" * 4 + "y" * 60 + "ab")[-1] == (69, NONE)


def test_segment_tail_check_gives_the_dictionary_walk() -> None:
    """The one-lookup shortcut (no word ends here) yields the same tokens as trying every length."""
    get, tags = lexicon.words().packed()

    def reference(text: str) -> list[segment.Token]:
        out, j = [], len(text)
        while j > 0:
            for k in range(min(4, j), 1, -1):
                v = get(text[j - k : j])
                if v is not None:
                    out.append(segment.Token(text[j - k : j], j - k, j, tags[v & 63]))
                    j -= k
                    break
            else:
                out.append(segment.Token(text[j - 1 : j], j - 1, j, ""))
                j -= 1
        return out

    for text in ("北京某某科技发展有限公司", "甲甲甲甲银行银行", "中华人民共和国国家市场监督管理总局", "a1华为x"):
        assert segment.backward(text, 0, len(text)) == reference(text)


def test_overlap_resolution_keeps_the_greedy_choice() -> None:
    """The coverage-array resolution (linear in the hits' length; its speed is bench/detect/worst_case.py's)
    keeps what the greedy order says: strongest first, each kept unless it overlaps one kept before it (after
    the names inside an organisation's name are dropped)."""
    rng = random.Random(5)
    types = ["CN_PHONE", "EMAIL", "PERSON", "ORG", "ADDRESS", "SOURCE_CODE", "API_KEY"]
    for _ in range(200):
        hits = []
        for _ in range(rng.randint(0, 40)):
            s = rng.randrange(0, 300)
            score = rng.choice([0.6, 0.7, 0.85, 1.0])
            hits.append(Hit(rng.choice(types), s, s + rng.randint(1, 40), score, "t"))
        # a PERSON inside a longer ORG is the organisation's (a company named after its founder)
        orgs = [h for h in hits if h.entity_type == "ORG"]
        hits = [h for h in hits if h.entity_type != "PERSON" or not any(
            o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in orgs)]
        plain = sorted((h for h in hits if h.entity_type not in CONTAINERS),
                       key=lambda h: (-h.score, h.start - h.end, SPECIFICITY.index(h.entity_type), h.start))
        expected: list[Hit] = []
        for h in plain:
            if all(h.end <= k.start or k.end <= h.start for k in expected):
                expected.append(h)
        got = [h for h in Scanner._resolve(hits) if h.entity_type not in CONTAINERS]
        assert got == sorted(expected, key=lambda h: (h.start, h.end))
