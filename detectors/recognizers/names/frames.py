"""Names held by a document's structure rather than by a sentence (fifteenth round): a label then a department
then the name (面谈人：人力资源部 某某), a dash sign-off with its department (——行政部 某某), an org-chart branch
(├─ 某某（副总经理）), a post with a colon (董事会秘书：某某（兼）), git trailers and @author tags, 老某 as a
field's whole value (审核：老周), and chat system lines (「某某」邀请「某某」加入了群聊, 某某撤回了一条消息).

In each frame the position alone says "a person", so the value counts when it reads as a whole field value
(fields._field_value: surname + given name, no place, role or label) even when it is also a word; each frame is
found from a literal that ordinary prose rarely holds, so text without one costs a few searches in C.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import fastre, lexicon, substring
from detectors.recognizers.names.core import CJK, STRONG, _Hit, _RUN, _SUR, _is_cjk
from detectors.recognizers.names.cues import TITLES, _LABEL_SET
from detectors.recognizers.names.fields import _field_value, _he_given, _office_word
from detectors.recognizers.names.plausible import _cell_name, role_noun

_GAP = "[ \t\u3000]"
# A department, office or team written before a person in a field or a sign-off (人力资源部, 研发中心, 二组).
_DEPT = rf"[{CJK}]{{1,10}}?(?:部|中心|科|处|室|组|办|队|车间|分公司|事业部|办公室)"
_NAME = rf"(?P<n>{_SUR}{_RUN}{{1,3}})"
# 面谈人：人力资源部 某某 / 报修人：工程部 某某，分机…: the label is checked on the characters before the colon.
_DEPT_FIELD_RE = re.compile(rf"[:：]{_GAP}*{_DEPT}{_GAP}+{_NAME}(?![{CJK}])")
# ——行政部 某某 at a line's end: a sign-off under a notice (a bare ——某某 is anchors._SIGNATURE_RE's).
_DASH_SIGN_RE = re.compile(rf"(?:——|—|--){_GAP}*{_DEPT}{_GAP}+{_NAME}{_GAP}*(?=\r?\n|$)")
# ├─ 某某（副总经理） / └── 某某 at a line's end: a branch of an org-chart tree.
_BRANCH_RE = re.compile(rf"[├└┣┗][─━—-]+{_GAP}*{_NAME}(?=[（(]|{_GAP}*(?:\r?\n|$))")
# A post and a colon (董事会秘书：某某（兼）, 财务总监：某某): any word that ends in a title.
# Found from the colon (a pattern that starts with ~150 titles is tried at every character), the title checked
# on the characters before it.
_COLON_NAME_RE = re.compile(rf"[:：]{_GAP}*{_NAME}")
_TITLE_ENDS = tuple(TITLES.split("|"))
# git trailers and doc-comment tags that name an author (Co-authored-by: 某某 <mail>, @author 某某).
_TRAILER_KEYS = ("Co-authored-by", "Signed-off-by", "Reviewed-by", "Acked-by", "Tested-by", "Reported-by",
                 "Suggested-by", "Helped-by", "Co-Authored-By", "Signed-Off-By", "Reviewed-By", "co-authored-by",
                 "signed-off-by", "reviewed-by", "@author", "@maintainer", "@owner")
_AT_TAGS = tuple(k for k in _TRAILER_KEYS if k.startswith("@"))
_GAP_CHARS = " \t\u3000"
# Literals first (no (?i)), so ``re`` skips to their first characters in C.
_TRAILER_RE = re.compile(rf"(?:{'|'.join(_TRAILER_KEYS)}){_GAP}*:?{_GAP}*{_NAME}(?![{CJK}])")
# 老某 / 小某 as a field's whole value (审核：老周, 经办人：小李).
_ELDER_VALUE_RE = re.compile(rf"[:：]{_GAP}*(?P<n>[老小]{_SUR})(?={_GAP}*(?:\r?\n|$|[，,；;（(]))")
# Labels a review or hand-over block writes before 老某 that are no person label elsewhere.
_REVIEW_LABELS = ("审核", "复核", "经办", "审批", "制单", "批准", "签发", "作者")

# An approval flow's step: the approver's role, the name, the step's state (2. 部门负责人 某某 审批中).
_APPROVAL_STATES = ("已同意", "审批中", "待审批", "已驳回", "已拒绝", "已审批", "已通过", "未审批", "已签字", "待签字",
                    "已退回", "处理中", "已处理", "已转交")
# Found from the state (substring.alternation); the role, the gap and the name are read on the characters before it.
_APPROVAL_BACK_RE = re.compile(rf"[{CJK}]{_GAP}+{_NAME}{_GAP}+$")
# A news byline (本报讯（记者 某某 通讯员 某某）): each role word, a gap, the name.
_BYLINE_ROLES = ("记者", "通讯员", "特约记者", "见习记者", "实习记者", "摄影", "责任编辑", "责编")
_BYLINE_RE = re.compile(rf"(?:{'|'.join(_BYLINE_ROLES)}){_GAP}+{_NAME}(?=[{_GAP[1:-1]}）)\n])")

# Chat system lines: the cue after a member's name (某某撤回了一条消息), and the cue before one (你已添加了某某).
_CHAT_AFTER = ("撤回了一条消息", "加入了群聊", "修改群名为", "已成为新群主", "拍了拍", "退出了群聊", "移出了群聊",
               "邀请", "开启了", "将群名")
_CHAT_AFTER_RE = re.compile(
    rf"(?:^|\n|」|”|\"|{_GAP})[「“\"]?(?P<n>{_SUR}{_RUN}{{1,3}})[」”\"]?{_GAP}*(?:{'|'.join(_CHAT_AFTER)})", re.M
)
_CHAT_BEFORE_RE = re.compile(rf"(?:你已添加了|邀请|拍了拍){_GAP}*[「“\"]?(?P<n>{_SUR}{_RUN}{{1,3}})[」”\"]?"
                             rf"(?=[、，,]|{_GAP}*(?:加入|，|$|\n)|[」”\"])")
_CHAT_GATE = ("撤回了", "群聊", "群名", "群主", "拍了拍", "你已添加了")


def _whole(value: str, places: bool = False) -> bool:
    """Does ``value``, bounded by the frame on both sides, read as a whole name (a field value)? ``places``:
    the frame rules a place out (a member invited to a chat, a person under a department), so a name that is
    also a county's short name (向阳, 金华) counts."""
    if not (2 <= len(value) <= 4 and all(_is_cjk(c) for c in value)) or _office_word(value):
        return False
    if _field_value(value, 0, "") == len(value) or _he_given(value):
        return True
    return places and _cell_name(value) and not role_noun(value) and value not in _LABEL_SET and (
        value not in lexicon.admin_names()
    )


def _label_before(text: str, colon: int) -> bool:
    """Does a person label (or a review label) end right before the colon at ``colon``?"""
    for n in range(2, 8):
        if colon - n < 0:
            break
        word = text[colon - n : colon]
        if word in _LABEL_SET or word.endswith(_REVIEW_LABELS) or word.endswith("人"):
            return True
    return False


def _bounded(text: str, m: re.Match[str], places: bool = False, offset: int = 0) -> Iterator[_Hit]:
    """The frame's name cut to its whole value: the longest prefix that ends where a field may end. ``offset``:
    where ``text`` (a window) starts in the scanned text."""
    s, e = m.start("n"), m.end("n")
    for end in range(e, s + 1, -1):
        if _whole(text[s:end], places) and (end == e or not _is_cjk(text[end])):
            yield _Hit(s + offset, end + offset, STRONG)
            return


def _positions(text: str, *needles: str) -> Iterator[int]:
    """Every place any of ``needles`` starts in ``text``, in no particular order (str.find runs in C)."""
    for needle in needles:
        k = text.find(needle)
        while k >= 0:
            yield k
            k = text.find(needle, k + 1)


def _frame_names(text: str) -> Iterator[_Hit]:
    """Every fifteenth-round frame's names in ``text``."""
    n = len(text)
    for colon in _positions(text, "：", ":"):  # str.find skips to colons faster than a regex class scan
        k = colon + 1
        while k < n and text[k] in _GAP_CHARS:
            k += 1
        if k == n or not _is_cjk(text[k]):
            continue  # every colon frame's value starts with a Chinese character (most colons: digits, ASCII)
        m = _DEPT_FIELD_RE.match(text, colon)
        if m is not None and _label_before(text, colon):
            yield from _bounded(text, m, places=True)
        m = _COLON_NAME_RE.match(text, colon)
        if m is not None and text.endswith(_TITLE_ENDS, 0, colon):
            yield from _bounded(text, m)
        m = _ELDER_VALUE_RE.match(text, colon)
        if m is not None and _label_before(text, colon):
            entry = lexicon.words().get(m.group("n"))
            if entry is None or entry.tag.startswith("nr") or entry.freq < 50:
                yield _Hit(m.start("n"), m.end("n"), STRONG)
    if "—" in text or "--" in text:
        for m in _DASH_SIGN_RE.finditer(text):
            yield from _bounded(text, m, places=True)
    if "├" in text or "└" in text or "┣" in text or "┗" in text:
        for m in _BRANCH_RE.finditer(text):
            yield from _bounded(text, m)
    for at in _positions(text, "@", "-by", "-By"):  # @author / @maintainer / @owner, or a trailer's -by
        if text[at] == "@" and not text.startswith(_AT_TAGS, at):
            continue  # an e-mail address or a chat mention, not a doc-comment tag
        for m in _TRAILER_RE.finditer(text, max(0, at - 12), at + 16):
            yield from _bounded(text, m, places=True)
    # the states and the byline roles found word by word from their first characters (substring): their
    # alternations start with a class of Chinese characters, which `re` tests at every character of the text
    for st, _state in substring.alternation(text, _APPROVAL_STATES):
        w = max(0, st - 12)
        back = _APPROVAL_BACK_RE.search(text[w:st])
        if back is not None:
            yield from _bounded(text[w:st], back, places=True, offset=w)
    for m in fastre.finditer_at(_BYLINE_RE, text, substring.starts(text, _BYLINE_ROLES)):
        yield from _bounded(text, m, places=True)
    if ("群" in text or "撤" in text or "拍" in text or "添" in text) and any(g in text for g in _CHAT_GATE):
        # one-character finds first (memchr speed); a two-character `in` scans the text ~20 times slower
        for m in _CHAT_AFTER_RE.finditer(text):
            if _whole(m.group("n"), places=True):
                yield _Hit(m.start("n"), m.end("n"), STRONG)
        for m in _CHAT_BEFORE_RE.finditer(text):
            if _whole(m.group("n"), places=True):
                yield _Hit(m.start("n"), m.end("n"), STRONG)
