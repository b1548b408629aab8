"""The gated scans of the names package find exactly what the plain patterns find.

Why: find_names tries several patterns only at places a cheaper scan finds (a literal-first pattern, a
second-character check, str.endswith); a gate that missed a place would silently drop a name.
"""
from __future__ import annotations

import random

from detectors.nlp import fastre
from detectors.recognizers.names import anchors, core, cues, latin, latin_cued, minority, romanised, spaced

PIECES = [
    "王", "李", "张伟", "欧阳", "阿", "客户", "经理", "总", "工作", "收件人", "联系人", "寄", "致", "和", "说", "明天", "谢谢", "此致",
    "：", ":", "=", " ", "  ", "\t", "\n", "\u3000", "·", "•", "、", "“", "1", "０", "CEO", "同事", "表示", "扎西",
    "次仁", "巴特尔", "和李", "被王明", "通知", "此致\n", "谢谢！\n", "敬礼\n", "祝好，", "扎西次仁", "旦增", "图门", "John", "Smith",
    "Li", "Na", "Mr.", "Dear", "Hi", "Name", "name", "-", "'", "O'Neil", "Mary-Jane", "A", "Q.", "@", "x9",
    "Zhang", "Wei", "HE", "Kim", "Ji-hoon", "转账至", "司机", "龙", "飞",
    "秀英", "帮", "或者", "。", "1. ",
]


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(20261130)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_gated_scans_match_plain_scans() -> None:
    for text in _texts():
        _check_scans(text)


def _check_scans(text: str) -> None:
    joint = anchors._joint_scan(text)
    plain = {
        anchors._J_LABEL: anchors._LABEL_RE.finditer(text),
        anchors._J_TITLE_BEFORE: anchors._TITLE_BEFORE_RE.finditer(text),
        anchors._J_TITLE_AFTER: fastre.finditer_overlapping(anchors._TITLE_AFTER_CJK_RE, text),
        anchors._J_PREP: anchors._PREP_RE.finditer(text),
        anchors._J_ISOLATED: anchors._ISOLATED_RE.finditer(text),
        anchors._J_VERB: anchors._VERB_RE.finditer(text),
        anchors._J_SIGNATURE: anchors._SIGNATURE_RE.finditer(text),
        anchors._J_TIBETAN: anchors._TIBETAN_GATE_RE.finditer(text),
        anchors._J_NARR: anchors._NARR_RE.finditer(text),
        anchors._J_BARE: anchors._BARE_RE.finditer(text),
    }
    assert sorted(plain) == list(range(len(anchors._JOINT)))
    for k, matches in plain.items():
        if k == anchors._J_TIBETAN:
            assert joint[k] == [m.start() for m in matches]
        else:
            assert _spans(anchors._joint_matches(k, text, joint[k])) == _spans(matches), k
    assert _spans(spaced._spaced_runs(text)) == _spans(spaced._SPACED_RE.finditer(text))
    starts = latin._latin_pair_starts(text)
    assert _spans(core._matches_at(latin._EN_RE, text, starts)) == _spans(latin._EN_RE.finditer(text))
    for pos in range(len(text) + 1):
        found = romanised._PINYIN_RE.search(text, pos)
        gated = core._search_at(romanised._PINYIN_RE, text, starts, pos)
        assert (found and found.span()) == (gated and gated.span())
    colons = [c for c in core._offsets_of(text, ":：") if c > 0 and text[c - 1] in latin_cued._LABEL_LAST
              and latin_cued._LATIN_AFTER_COLON.match(text, c + 1)]
    assert [c for c in latin_cued._label_colons(text) if latin_cued._LATIN_AFTER_COLON.match(text, c + 1)] == colons


def test_joint_members_first_characters() -> None:
    """Each member's first characters hold every word its pattern starts with (the joint scan tries a member
    only after one of them)."""
    first = {k: f for k, (_, f, _) in enumerate(anchors._JOINT)}
    assert {w[0] for w in cues.LABELS.split("|")} <= first[anchors._J_LABEL]
    assert {w[0] for w in anchors.TITLES_BEFORE.split("|")} <= first[anchors._J_TITLE_BEFORE]
    assert {w[0] for w in cues.TITLES.split("|")} <= first[anchors._J_TITLE_AFTER]
    assert set(core._SUR[1:-1]) <= first[anchors._J_ISOLATED] == first[anchors._J_VERB]
    assert set(anchors.TIBETAN_GATE) == first[anchors._J_TIBETAN]


def _minority_plain(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    last = 0
    for d in minority._DOT_RE.finditer(text):
        for p in range(max(last, d.start() - 6), d.start() - 1):
            m = minority._MINORITY_RE.match(text, p)
            if m is not None:
                out.append(m.span())
                last = m.end()
                break
    return out


def test_minority_runs_and_spaced_context() -> None:
    for text in _texts(1000):
        _check_minority_and_context(text)


def _check_minority_and_context(text: str) -> None:
    assert [m.span() for m in minority._minority_runs(text)] == _minority_plain(text)
    for i in range(len(text) + 1):
        window = text[max(0, i - 10) : i]
        assert spaced._spaced_context(window) == (spaced._SPACED_CONTEXT.search(window) is not None)
