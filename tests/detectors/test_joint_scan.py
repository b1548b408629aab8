"""PERSON's joint scan gives each member's own matches (checked while trying to speed it up, eleventh round).

Why: `anchors._joint_scan` finds the starts of nine patterns from one pass of their union and re-matches each
member in Python; a faster prefilter for that pass (one tried in the eleventh speed round: the members' first
two characters instead of their whole patterns) is correct only if this equality holds, so it is pinned here on
random text built from the characters the members reason about (labels, titles, surnames, verbs, punctuation).
"""

from __future__ import annotations

import random

from detectors.recognizers.names import anchors, core, cues


def _texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _joint_reference(text: str) -> list[list[int]]:
    """What _joint_scan stands for: each member's own finditer (every matching place for the overlapping ones)."""
    out: list[list[int]] = []
    for k, (rx, _first, _start) in enumerate(anchors._JOINT):
        if k in anchors._JOINT_OVERLAPPING:
            out.append([q for q in range(len(text)) if rx.match(text, q)])
        else:
            out.append([m.start() for m in rx.finditer(text)])
    return out


def test_joint_scan_is_each_members_finditer() -> None:
    labels = cues.LABELS.split("|")[:40] + anchors.TITLES_BEFORE.split("|")[:20] + cues.TITLES.split("|")[:20]
    sur = sorted(core._SUR_CHARS)[:60]
    rng = random.Random(14)
    follow = ["说", "表示", "负责", "的电话", "你好", "：", "此致\n", "丹增", "和", "找", "请", "获得", "任命", "笔下的", "等同志"]
    alphabet = labels + sur + follow + list("明华伟芳静丽强 ，。\n:：a1")
    seen = [0] * len(anchors._JOINT)
    for text in _texts(alphabet, 3000, 16, seed=rng.randint(0, 10**6)):
        got = anchors._joint_scan(text)
        assert got == _joint_reference(text), text
        for k, starts in enumerate(got):
            seen[k] += len(starts)
    assert all(seen), seen  # every member matched somewhere: the equality was tested on matches, not on nothing
