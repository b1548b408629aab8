"""The PERSON recognizer: _chinese_hits runs the Chinese forms over one text, find_names runs every
form, filters and resolves their hits and adds the mentions, and PersonRecognizer wraps it for Presidio.

The only module that knows every form; the order of the passes here is part of the behaviour.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import fastre, lexicon, substring, traditional
from detectors.nlp.textview import TextView
from detectors.recognizers.names.anchors import (
    _ISOLATED_RE, _J_BARE, _J_ISOLATED, _J_LABEL, _J_NARR, _J_PREP, _J_SIGNATURE, _J_TIBETAN, _J_TITLE_AFTER,
    _J_TITLE_BEFORE, _J_VERB, _LABEL_RE, _PREP_RE, _SIGNATURE_RE, _TITLE_BEFORE_RE, _TITLES_BEFORE_SET, _VERB_RE,
    _joint_matches, _joint_scan,
)
from detectors.recognizers.names.chat import (
    _AT_RE, _AT_RES, _HISTORY, _SPEAKER_RE, _chat_history_names, _chat_speakers, _greeted_given_names, _kin_named,
    _speaker_given, _speaker_word, _speakers, _stamp_headers, _stamped,
)
from detectors.recognizers.names.core import AMBIGUOUS, MEDIUM, STRONG, WEAK, _Hit, _PREP_SURNAMES, _SCORE, _sur_len
from detectors.recognizers.names.cues import _LABEL_SET, _ROLE_SET
from detectors.recognizers.names import layout
from detectors.recognizers.names.bare import _bare_names, _hk_courtesy, _salutations, _subject_at
from detectors.recognizers.names.fields import (
    _KEY_NAME_RE, _KEY_RE, _KEY_RES, _YAML_KEY_RE, _before_courtesy, _field_value, _hui_field_names,
    _label_opens_clause, _office_word, _running_text, _translit_tail,
)
from detectors.recognizers.names.filters import (
    CLOSINGS, _class_word, _feature_name, _not_org_or_place, _party_side, _placeholder_name, _prose_false,
    _prose_trim, _resolve, _with_chinese_surname, _with_he,
)
from detectors.recognizers.names.latin import _HAS_LATIN, _latin_hits
from detectors.recognizers.names.latin_cued import _bracketed_english
from detectors.recognizers.names.lists import (
    _TABLE_GATE, _delimited_table, _enumeration, _list_items, _list_mates, _lists, _prose_list_head,
    _prose_list_tail, _row_mates, _spaced_table, _table,
)
from detectors.recognizers.names.mentions import _latin_mentions, _mentions
from detectors.recognizers.names.minority import _compound_dotted, _minority, _minority_runs, _steppe_names, _tibetan
from detectors.recognizers.names.narrative import (
    _biographies, _from_to_names, _joined_mates, _narrative_names, _unit_members, _wrapped_names,
)
from detectors.recognizers.names.plausible import (
    _clean_break, _countries, _glued, _name_ends, _plain_word, best_name, plausible, role_noun,
)
from detectors.recognizers.names.prose import _company_names, _handover_names, _prose_names
from detectors.recognizers.names.romanised import _hyphen_romanised
from detectors.recognizers.names.running import (
    _ADDRESSED, _AGENT_ONLY, _LAOXIAO_HARD, _LAOXIAO_RES, _LAOXIAO_WORDS, _NAMED_RE, _doubled_names,
    _inner_verb_matches, _isolated_particle_name, _laoxiao_subject, _left_word, _named, _run_hit,
)
from detectors.recognizers.names.frames import _frame_names
from detectors.recognizers.names.slots import _slot_false, _slot_hits, _slot_mates
from detectors.recognizers.names.spaced import _padded_cells, _padded_names, _spaced, _spaced_forms, _spaced_runs
from detectors.recognizers.names.titled import (
    _BED_RE, _CLASS_RE, _DEPT_RE, _MODIFIER_POSTS, _NOUN_POSTS, _modified_noun, _place_post, _post_glued, _titled,
    _word_name_after_post,
)
from detectors.recognizers.names.western import _spaced_latin


def _chinese_hits(text: str, stamped: bool | None = None) -> Iterator[_Hit]:
    """Every Chinese form's hits in ``text``, unfiltered and overlapping; ``stamped``: whether chat lines carry
    time stamps (find_names asks once)."""
    scans = _joint_scan(text)
    for rx, matches, strength in (
        (_LABEL_RE, _joint_matches(_J_LABEL, text, scans[_J_LABEL]), STRONG),
        (_SPEAKER_RE, _speakers(text, stamped), STRONG),
        (_AT_RE, fastre.merged(_AT_RES, text), STRONG), (_KEY_RE, fastre.merged(_KEY_RES, text), STRONG),
        (_YAML_KEY_RE, _YAML_KEY_RE.finditer(text), STRONG),
        (_SIGNATURE_RE, _joint_matches(_J_SIGNATURE, text, scans[_J_SIGNATURE]), STRONG),
    ):
        for m in matches:
            start = m.start("n")
            if (rx is _KEY_RE or rx is _YAML_KEY_RE) and not _KEY_NAME_RE.search(text, max(0, m.start() - 24), m.start()):
                continue
            if rx is _LABEL_RE:
                sep = m.group("sep")
                role = m.group("label") in _ROLE_SET
                if not sep and not role:
                    courtesy = _before_courtesy(text, start)
                    if courtesy > 0:
                        yield _Hit(start, courtesy, STRONG)  # 客户高原先生: the relation, a name, 先生
                    elif (
                        m.group("label") not in _TITLES_BEFORE_SET and _subject_at(text, start, True)
                        and not _post_glued(text, m.start(), start)
                    ):  # 财务复核傅玉华: a name on its own evidence (round 17); 客户某某 is the post rule's
                        yield _Hit(start, start + 3, MEDIUM)
                    continue  # 客户满意, 用户信息
                if m.start() > 0 and text[m.start() - 1] in "@＠":
                    continue  # @所有人: a mention of everyone, not a field label
                strength = STRONG if (role or ":" in sep or "：" in sep or "=" in sep) else MEDIUM
            end = best_name(text, start, strength)
            if rx is _SIGNATURE_RE and end != m.end("n") and _isolated_particle_name(text, start, m.end("n")):
                end = m.end("n")  # 此致 / 敬礼 then 钟和煦 on a line of its own
            if rx is _LABEL_RE and strength == STRONG and (":" in m.group("sep") or "：" in m.group("sep")):
                end = max(end, _field_value(text, start, m.group("label")))
            if end > 0 and rx is _LABEL_RE:
                if (
                    _running_text(text, start, end)
                    or _label_opens_clause(text, start, end, m.group("label"), m.group("sep"))
                    or _office_word(text[start:end])
                ):
                    continue  # 员工：全靠大家 - the label heads a sentence, not a name
                end = _translit_tail(text, start, end)
                yield from _enumeration(text, end, strength)
            if end > 0:
                if rx is _SPEAKER_RE and (
                    end != m.end("n") or text[start:end] in _LABEL_SET or _speaker_word(text[start:end])
                    or role_noun(text[start:end]) or not _speaker_given(text[start:end])
                ):
                    continue
                yield _Hit(start, end, strength)
    for m in _joint_matches(_J_TITLE_AFTER, text, scans[_J_TITLE_AFTER]):
        hit = _titled(text, m.start(), m.group())
        if hit is not None:
            yield hit
    for m in fastre.merged(_LAOXIAO_RES, text):
        word = m.group("n")
        table = lexicon.words()
        common = table.get(word)
        # after 找 / 联系 / @ a 老 / 小 form is a person even when it is also a word (联系小孔拿钥匙)
        addressed = _ADDRESSED.search(text, max(0, m.start() - 3), m.start()) is not None
        ordinary = word in _LAOXIAO_WORDS or word[1] in AMBIGUOUS or (common is not None and common.freq >= 500)
        if ordinary and not (
            word not in _LAOXIAO_HARD and (common is None or common.freq < 1000)
            and (addressed or _laoxiao_subject(text, m.start(), m.end()))
        ) and not _laoxiao_subject(text, m.start(), m.end(), _AGENT_ONLY):
            continue  # 小时, 小于, 小麦, 老公
        if (
            text[m.start() : m.end() + 1] in table or text[m.start() : m.end() + 2] in table
            or (_glued(text, m.start()) and not _left_word(text, m.start()))
        ):
            continue  # 小王子, 老马识途; 大小王 (but 店长老谢: 店长 is the word, 老谢 the person)
        tail = table.get(text[m.end() - 1 : m.end() + 1])
        if tail is not None and tail.freq >= 100 and not tail.tag.startswith("nr"):
            continue  # 小范围: 范围 is the word
        yield _Hit(m.start(), m.end(), MEDIUM)
    for rx, matches, strength in (
        (_ISOLATED_RE, _joint_matches(_J_ISOLATED, text, scans[_J_ISOLATED]), MEDIUM),
        (_PREP_RE, _joint_matches(_J_PREP, text, scans[_J_PREP]), WEAK),
    ):
        for m in matches:
            yield from _run_hit(text, rx, m, strength) or ()
    for m in _joint_matches(_J_VERB, text, scans[_J_VERB]):
        got = _run_hit(text, _VERB_RE, m, MEDIUM)
        if got is None:
            for inner in _inner_verb_matches(text, m):
                got = _run_hit(text, _VERB_RE, inner, MEDIUM)
                if got is not None:
                    break
        yield from got or ()
    for m in itertools.chain(
        _joint_matches(_J_TITLE_BEFORE, text, scans[_J_TITLE_BEFORE]),
        _CLASS_RE.finditer(text) if "班" in text else (),
        _BED_RE.finditer(text) if "床" in text else (),
        _DEPT_RE.finditer(text) if "部" in text else (),
    ):
        start = m.start("n")
        # a class or a bed number is as specific as a label: a famous person's dictionary name counts
        if m.re is _DEPT_RE and text[start] in _PREP_SURNAMES:
            continue  # 人事部于近期发布: after a department, 于 is the preposition
        if m.re is _TITLE_BEFORE_RE and _place_post(text, m.start(), m.group()):
            continue  # 南京市长江大桥: the place, then a place, not the mayor
        if m.re is _TITLE_BEFORE_RE and text[start] in "和与及同跟" and role_noun(text[start + 1 : start + 3]):
            continue  # 值班经理和保安队长: after a post, 和 joins a second role, not a surname
        end = best_name(text, start, STRONG if m.re is _CLASS_RE or m.re is _BED_RE else MEDIUM)
        post = m.group().rstrip()
        closed = end > 0 and (_name_ends(text, end) or _clean_break(text, end))
        if not closed and end - start == 3 and _subject_at(text, start, True):
            closed = True  # 家属马金凤陪护: a name on its own evidence needs no word after it to end it (round 17)
        if end - start == 3 and _sur_len(text, start) == 1 and not closed:
            if plausible(text[start : start + 2], MEDIUM) and _clean_break(text, start + 2):
                end, closed = start + 2, True  # 21床薛某术后: 术后 is the word, the name is two characters
        if end < 0 and post not in _NOUN_POSTS and post not in _MODIFIER_POSTS and m.re is _TITLE_BEFORE_RE:
            end = _word_name_after_post(text, start)
            if end > 0 and not _post_glued(text, m.start(), start):
                yield _Hit(start, end, MEDIUM)
            continue
        if closed and not _post_glued(text, m.start(), start) and not (
            _plain_word(text[start:end]) or (post in _NOUN_POSTS and text[start:end] in lexicon.words())
            or (post in _MODIFIER_POSTS and _modified_noun(text[start:end]))
        ):
            yield _Hit(start, end, MEDIUM)
    for m in _NAMED_RE.finditer(text) if "叫" in text else ():
        end = _named(text, m.start("n"))
        if end > 0:
            yield _Hit(m.start("n"), end, MEDIUM)
    for m in _lists(text) if "、" in text else ():
        parts = m.group().split("、")
        if text.startswith("、", m.end()) and m.end() + 1 < len(text) and _sur_len(text, m.end() + 1):
            parts.append(text[m.end() + 1 : m.end() + 5])  # the last name runs on into the text (…、白某某三人)
        yield from _list_items(text, m.start(), parts)
    for m in _spaced_runs(text):
        hit = _spaced(text, m.start() - 1, m.end())
        if hit is not None:
            yield hit
    for m in _minority_runs(text):
        yield from _minority(text, m.start(), m.end())
    yield from _compound_dotted(text)
    yield from _padded_names(text)
    yield from _steppe_names(text)
    yield from _handover_names(text)
    yield from _tibetan(text, scans[_J_TIBETAN])
    yield from _narrative_names(text, scans[_J_NARR])  # twelfth round: names in narrative text
    yield from _bare_names(text, scans[_J_BARE])  # seventeenth round: names with no cue word
    if "从" in text:
        yield from _from_to_names(text)  # thirteenth round: 从某某到某某
    if "|" in text and _TABLE_GATE.search(text):
        yield from _table(text)
    if substring.contains(text, "姓名"):
        yield from _spaced_table(text)
    yield from _delimited_table(text)


def find_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every person name in ``text``; offsets are into ``text``."""
    view = TextView.of(text)
    t = traditional.fold(view.text)  # same length: offsets into the fold are offsets into the view
    hk = t is not view.text  # traditional characters: Hong Kong forms of address (陳生) count
    found = _find(t, hk)
    blocks = layout.undone(t)
    if blocks:  # seventeenth round: wrapped paragraphs and spaced-out lines read again as written before the layout
        more = [
            _Hit(where[h.start], where[h.end - 1] + 1, h.strength) for block, where in blocks for h in _find(block, hk)
        ]
        found = _resolve(found + more)
    out = []
    for h in found:
        start, end = view.span(h.start, h.end)
        out.append((start, end, _SCORE[h.strength]))
    return out


def _find(t: str, hk: bool = False) -> list[_Hit]:
    """Every person name in ``t`` (a folded view of the text), resolved and filtered; ``hk``: the text was written
    in traditional characters."""
    stamped = _stamped(t)  # asked by three scans; one search
    hits = [
        h for h in _chinese_hits(t, stamped)
        if _not_org_or_place(t, h)
        and t[h.start : h.end] not in CLOSINGS
        and not _class_word(t, h.start)
    ]
    latin = _HAS_LATIN.search(t) is not None
    if latin:
        hits.extend(_latin_hits(t, stamped))
    if "  " in t or "\u3000" in t:
        hits.extend(_padded_cells(t))
    hits.extend(h for h in _biographies(t) if _not_org_or_place(t, h))
    if _HISTORY in t:
        hits.extend(_chat_history_names(t))
    if "和" in t or "跟" in t:
        hits.extend(_company_names(t))
    if "-" in t:  # HSIEH PEI-LING: names in capitals pass no Latin gate either
        hits.extend(_hyphen_romanised(t))
    if "  " in t:  # spaced-out letters need two spaces between words; all-caps ones pass no Latin gate
        hits.extend(_spaced_latin(t))
    hits.extend(_spaced_forms(t))  # thirteenth round: wide gaps, NBSPs, dots, a gap after the surname
    if substring.contains(t, "你好") or substring.contains(t, "您好"):
        hits.extend(_greeted_given_names(t))
    hits.extend(_kin_named(t))
    if "回" in t:
        hits.extend(_hui_field_names(t))
    if ":" in t:
        hits.extend(_stamp_headers(t))
    if "的" in t:
        hits.extend(_unit_members(t))
    hits.extend(_prose_names(t))  # eleventh round: names in prose
    hits.extend(h for h in _frame_names(t) if _not_org_or_place(t, h))  # fifteenth round: structural frames
    hits.extend(_slot_hits(t, latin))  # sixteenth round: slots a document reserves for a person
    hits.extend(_doubled_names(t))
    if "\n" in t:
        hits.extend(_wrapped_names(t))
        hits.extend(_salutations(t))  # seventeenth round: 晓东：, 亲爱的某某：
    if hk:
        hits.extend(_hk_courtesy(t))
    hits = [_prose_trim(t, h) for h in hits if not _prose_false(t, h)]
    found = _resolve(hits)
    if "方" in t:
        found = [h for h in found if not _party_side(t, h.start)]
    found = [h for h in found if h.strength == STRONG or not _feature_name(t, h.start, h.end)]
    if t.count("\n") >= 3:
        speakers = list(_chat_speakers(t, found, stamped))
        if speakers:
            found = _resolve(found + speakers)
    if "\t" in t:
        cells = list(_row_mates(t, found))
        if cells:
            found = _resolve(found + cells)
    if "、" in t:
        mates = list(_list_mates(t, found))
        mates.extend(_prose_list_tail(t, found))
        mates.extend(_prose_list_head(t, found))
        if mates:
            found = _resolve(found + mates)
    if "和" in t or "与" in t or "及" in t:
        joined = list(_joined_mates(t, found))
        if joined:
            found = _resolve(found + joined)
    slotted = list(_slot_mates(t, found))  # sixteenth round: speakers, list items, column cells beside names
    if slotted:
        found = _resolve(found + slotted)
    more = list(_mentions(t, found))
    if latin:
        more.extend(_latin_mentions(t, found))
        more.extend(_bracketed_english(t, found))
    if more:
        found = _resolve(found + more)
    if latin:
        found = [_with_chinese_surname(t, h) for h in found]
    if "张三" in t or "李四" in t or "王五" in t or "赵六" in t:
        found = [h for h in found if not _placeholder_name(t, h)]
    if "和" in t:
        found = [_with_he(t, h) if t[h.end : h.end + 1] == "和" else h for h in found]
    return [h for h in found if not _slot_false(t, h)]


class PersonRecognizer(EntityRecognizer):
    """Presidio recognizer for PERSON in Chinese and mixed text; needs no NLP pre-pass."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="zh_person", supported_language="zh")

    def load(self) -> None:
        """Warm the word lists so the first request does not pay for reading them."""
        _countries()
        traditional.warm()
        lexicon.words()
        lexicon.given_weights()
        lexicon.admin_names()
        lexicon.admin_short_names()
        lexicon.admin_heads()
        lexicon.en_first_names()
        lexicon.world_first_names()
        lexicon.en_last_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return PERSON spans as code-point offsets into ``text``."""
        if entities and "PERSON" not in entities:
            return []
        return [RecognizerResult("PERSON", s, e, score) for s, e, score in find_names(text)]
