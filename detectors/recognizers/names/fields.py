"""Names that a field holds: a value after a person label (申请人：平凡), a keyed value in JSON or YAML
("name": "吴红霞", contact: 左岸), the courtesy title after a relation (客户高原先生), a transliterated value
running to the field's end, and 回 read as a surname only inside a field.

A field ends right after its value, so a value that is also a word still counts; these are the rules that
decide where a field's value is whole.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import fastre, lexicon
from detectors.recognizers.names.core import MEDIUM, STRONG, _Hit, _RUN, _SUR, _is_cjk, _sur_len
from detectors.recognizers.names.cues import FOLLOW, _LABEL_SET, _NOT_NAME_TAGS
from detectors.recognizers.names.minority import TRANSLIT
from detectors.recognizers.names.plausible import _cell_name, _given_ok, _starts_title, role_noun
from detectors.recognizers.names.titled import _COURTESY


# A quoted value after ``:`` or ``=`` whose key names a person ("name": "吴红霞", name='张旭'); the
# regex finds the value (``:`` is rare), the key is checked on the few characters before it.
_KEY_BODY = rf"[ \t]*[\"'](?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})[\"']"
_KEY_RE = re.compile(rf"[:=]{_KEY_BODY}")
# The same in YAML and plain key: value exports, unquoted, the value alone up to the line's end (contact: 左岸)
_YAML_KEY_RE = re.compile(rf":[ \t]+(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})[ \t]*(?=\r?\n|$)")
_KEY_NAME_RE = re.compile(
    r"(?i)(?:name|full_?name|real_?name|user_?name|customer_?name|contact_?name|contact|holder|payee|"
    r"recipient|receiver|signer|owner|姓名|名字|联系人|收件人|客户姓名|"
    # who did what to a record, in API payloads and exports
    r"applicant|reviewer|approver|assignee|reporter|author|creator|operator|handler|sender|editor|employee|"
    r"patient|student|teacher|manager|leader|consignee|nick_?name|display_?name|legal_?person|"
    r"申请人|审批人|负责人|经办人|处理人)[\"']?\s*$"
)
# _KEY_RE split by first character (fastre.by_literal / merged), as chat._AT_RES and running._LAOXIAO_RES split
# theirs: a match holds none of the other first characters, so the merged matches are the pattern's own.
_KEY_RES = fastre.by_literal(_KEY_BODY, ":=")


def _running_text(text: str, start: int, end: int) -> bool:
    """员工：全靠大家, @所有人：周报已发: the value after a label is an ordinary word that runs on into a
    sentence (no field end, particle or title after it), so the label heads an utterance, not a name."""
    if end >= len(text) or not _is_cjk(text[end]) or text[end] in FOLLOW or _starts_title(text, end):
        return False
    entry = lexicon.words().get(text[start:end])
    return entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr")


# The last characters of offices and bureaus (公证处, 派出所, 税务局, 卫生院): a labelled value that is a dictionary
# word ending in one names an institution that acts as a witness or a party, not a person.
_OFFICE_ENDS = frozenset("处所局院部科室站厅会")


def _office_word(value: str) -> bool:
    """见证人：公证处, 承办人：派出所: the value is an office's common noun, not a surname and a given name."""
    if len(value) < 3 or value[-1] not in _OFFICE_ENDS:
        return False
    entry = lexicon.words().get(value)
    return entry is not None and not entry.tag.startswith("nr")


def _translit_tail(text: str, start: int, end: int) -> int:
    """A labelled transliterated name runs to the field's end (联系人：古丽娜尔，): the surname-and-given
    reading stops after three characters, but four or five transliteration characters closed by a
    non-Chinese character are one name."""
    if end >= len(text) or not _is_cjk(text[end]):
        return end
    k = start
    while k < len(text) and k - start < 6 and _is_cjk(text[k]):
        k += 1
    if 4 <= k - start <= 5 and (k == len(text) or not _is_cjk(text[k])) and all(c in TRANSLIT for c in text[start:k]):
        return k
    return end


# Labels whose value may be a company, a wallet or an account rather than a person.
_PAYEE_LABELS = frozenset("收款方 付款方 转账至 转账给 汇款给 付款给 转给 汇给 户名 开户名 账户名 开户人 收款人 付款人 抄送".split())


def _before_courtesy(text: str, start: int) -> int:
    """End of a name of two or three characters that 先生 / 女士 / 小姐 follows at once (客户高原先生), or -1:
    after a relation word, the courtesy title vouches for the name even when it is also a word."""
    for end in (start + 2, start + 3):
        if text.startswith(_COURTESY, end) and _cell_name(text[start:end]):
            tag = lexicon.words().tag_of(text[start:end])
            if tag is None or not tag.startswith(_NOT_NAME_TAGS):
                return end
    return -1


def _he_given(value: str) -> bool:
    """杨和平, 郑永和: 和 is a conjunction in running text, hence no given-name character to the general rules, but
    a whole field value of surname + 和平 / 永和 is a name."""
    sl = _sur_len(value, 0)
    given = value[sl:]
    return bool(sl) and len(given) == 2 and "和" in given and _given_ok(given.replace("和", ""), STRONG)


def _field_value(text: str, start: int, label: str) -> int:
    """End of a whole field value after a person label (申请人：平凡, 姓名：和平安 性别：男) that reads as
    surname + given name though it is also a word: the field ends right after it, so no sentence runs
    through it, as in a table cell. -1 when the value is not such a run."""
    k, n = start, len(text)
    while k < n and k - start < 5 and _is_cjk(text[k]):
        k += 1
    if not 2 <= k - start <= 4 or (k < n and _is_cjk(text[k])) or label in _PAYEE_LABELS:
        return -1
    value = text[start:k]
    if not (_cell_name(value) or _he_given(value)) or role_noun(value) or value in _LABEL_SET:
        return -1
    if value in lexicon.admin_short_names() or value in lexicon.admin_names():
        return -1
    return k


# Parties to a case or a hearing: written straight before a verb (被告答辩, 原告起诉) they act, no name follows.
_PARTIES = frozenset(("原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人", "申诉人", "第三人"))


def _label_opens_clause(text: str, start: int, end: int, label: str, sep: str) -> bool:
    """审判员：原告陈述, 被告答辩: a speaker's line that opens with a party's role (原告, 被告) is what the speaker
    says, and a party written straight before a verb (答辩, 起诉) is the party acting, not a name."""
    role = text[start : start + 2]
    if sep and (role in _LABEL_SET or role_noun(role)) and end - start <= 3 and _is_cjk(text[end : end + 1]):
        return True
    if sep or label not in _PARTIES:
        return False
    entry = lexicon.words().get(text[start:end])
    return entry is not None and entry.tag.startswith("v") and not entry.tag.startswith("nr")


# What may stand right before a field's value (委托代理人：, a CSV cell, a 、-list item, a chat prefix [10:21], a quoted
# reply's > )
_FIELD_OPEN = frozenset(":：,，\t、]】|>\n")
_FIELD_CLOSE = frozenset(":：,，\t、|\n \u3000;；)）<")


# how common in given names each character after 回 must be: a lone one (回寄, 回填) must be a frequent one
_HUI_GIVEN_WEIGHT = {3: 30, 2: 80}


def _hui_field_names(text: str) -> Iterator[_Hit]:
    """回建平, 回振东: 回 is a surname of the Hui, but far more often the start of a word (回复, 回款), so it is
    read as one only where a field holds the name alone: after a label's colon, a cell edge, a 、 or a chat
    prefix, and before the field's end; the three characters must be no dictionary word and the given name
    must read as one."""
    weights = lexicon.given_weights()
    at = text.find("回")
    while at >= 0:
        k = at - 1
        while k >= 0 and text[k] in " \t\u3000":
            k -= 1
        if k < 0 or text[k] in _FIELD_OPEN:
            for n in (3, 2):
                e = at + n
                if e > len(text) or not all(_is_cjk(c) for c in text[at + 1 : e]):
                    continue
                if e < len(text) and text[e] not in _FIELD_CLOSE:
                    continue
                value = text[at:e]
                need = _HUI_GIVEN_WEIGHT[n]
                if (
                    lexicon.words().get(value) is None and lexicon.words().get(value[:2]) is None
                    and _given_ok(value[1:], MEDIUM) and min(weights.get(c, 0) for c in value[1:]) >= need
                ):
                    yield _Hit(at, e, MEDIUM)
                break
        at = text.find("回", at + 1)
