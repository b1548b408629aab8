"""Short runs in running text with no label: a run standing alone, after a preposition (和 / 跟 / 找),
before a clause verb (说 / 负责 / 明天), two coordinated subjects, 老王 / 小李 forms, 叫 + name, and surname + a
doubled given name (叶朵朵).

These are the weakest frames, so they share the checks that keep ordinary words out (a particle that is also a
surname, a quoted term, a verb's complement).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.anchors import _ISOLATED_RE, _PREP_RE, _VERB_RE
from detectors.recognizers.names.core import (
    AMBIGUOUS, MEDIUM, STRONG, WEAK, _Hit, _MORPHEME_SURNAMES, _PREP_SURNAMES, _SINGLE, _SUR, _TOP_SURNAMES,
    _char_class, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import (
    FOLLOW, _FOLLOW_WORDS, _INNER_SPEECH, _NOT_NAME_TAGS, _QUOTES, _TRIGGER_FIRST,
)
from detectors.recognizers.names.minority import TRANSLIT
from detectors.recognizers.names.plausible import (
    _PARTICLE_GIVEN, _after_name_word, _cell_name, _clean_break, _glued, _listed_person, _name_ends,
    _particle_given, _plain_word, best_name, plausible, role_noun,
)


_LAOXIAO_RES = [re.compile(rf"(?P<n>{c}{_SUR})") for c in "老小"]  # split by first character, see fields._KEY_RES
_ADDRESSED = re.compile(r"(?:找|问|叫|请|让|给|跟|联系|告诉|通知|麻烦|@|＠|、)$")
# Never people, whatever comes before them.
_LAOXIAO_HARD = frozenset(["小时", "小于", "老师", "老公", "小区", "小组", "小计", "小米", "小麦", "小车", "小费", "老家"])
# 老 / 小 + surname-character words that are ordinary words, not 老王 / 小李 forms.
_LAOXIAO_WORDS = {"小时", "老师", "小麦", "老公", "小于", "小康", "小孔", "小路", "小区", "小米", "小牛", "小史", "老母", "小车", "老区", "小楼", "小国", "老祖", "小农", "小包", "老翁", "小费", "小门", "小曲", "小花", "小鹿", "老练", "小钱", "小丘", "小童", "老庄", "小房", "小商", "小龙", "老成", "小将", "小平", "老家", "老乡", "小计", "小组", "小吃", "老总", "小和", "老于", "小方", "小白", "小成", "小文", "小时候", "小伙", "老人", "老年", "小雨", "小山", "小江", "小金", "小石", "小巷", "小生", "小满", "小暑", "小寒", "小雪", "老百姓"}
# What a person (not a thing) does right after being named at the head of a clause: 小和那边我去说, 老向已经看过.
_AGENT_AFTER = ("那边", "这边", "替我", "替你", "帮我", "帮忙", "已经", "负责", "你好", "您好", "在吗", "说", "回复")
# Where a clause (and so its subject) starts: punctuation, a line break, or 的 closing a modifier (财务的老向).
_CLAUSE_OPEN = frozenset("，,。！？!?：:；;（(、 \t\n的")


# Of those, the ones no ordinary word (小时, 小于, 老师) is ever followed by: 小于那边 can only be a person (but
# 老师你好, 老公在吗).
_AGENT_ONLY = ("那边", "这边", "替我", "替你")


def _laoxiao_subject(text: str, start: int, end: int, after: tuple[str, ...] = _AGENT_AFTER) -> bool:
    """收到，小和那边我去说 / 财务的老向已经看过: a 老 / 小 form that is also a word (小和, 老于) opens a clause and an
    agent's verb follows it at once, so it is someone being talked about."""
    return (start == 0 or text[start - 1] in _CLAUSE_OPEN) and text.startswith(after, end)


def _shift(text: str, start: int, limit: int) -> int:
    """Skip a leading 和 / 由 when a surname follows it (明天和李总监, 由陈荣负责)."""
    if text[start] in _PREP_SURNAMES and start + 1 < limit and _sur_len(text, start + 1):
        return start + 1
    return start


def _inner_trigger(text: str, start: int, end: int) -> int:
    """Where a clause word (明天, 表示) begins inside the candidate rather than after it, or -1."""
    for k in range(start + 2, end):
        if text[k] in _TRIGGER_FIRST and (
            text.startswith(_FOLLOW_WORDS, k) or text.startswith(_INNER_SPEECH, k)
        ):
            return k
    return -1


def _left_word(text: str, start: int) -> bool:
    """店长老谢: the character before ``start`` already closes a word with the one before it."""
    entry = lexicon.words().get(text[start - 2 : start]) if start >= 2 else None
    return entry is not None and entry.freq >= 10


# Adverbs that follow two coordinated subjects (张三和李四都同意了, 王五与赵六一起去).
_DISTRIBUTIVE = ("都", "也", "一起", "一同", "均", "分别", "各自", "两人", "俩", "二人")


def _coordinated(text: str, c: int) -> list[_Hit] | None:
    """孙某某和李某都同意了: two names joined by 和 / 与 / 跟 / 同 at the start of a clause, the second
    followed by a distributive adverb. Both are read at label strength: the frame is as specific as a
    label, so a name that is also a famous person's dictionary entry is still a name here."""
    b = c + 1
    if not (
        text.startswith(_DISTRIBUTIVE, b + 2) or text.startswith(_DISTRIBUTIVE, b + 3)
        or text.startswith(_DISTRIBUTIVE, b + 4)
    ):
        return None  # checked first: 和 is common, the adverb after a name is not
    b_end = best_name(text, b, STRONG)
    if b_end < 0 or not text.startswith(_DISTRIBUTIVE, b_end):
        return None
    for k in (c - 2, c - 3, c - 4):
        if k >= 0 and (k == 0 or not _is_cjk(text[k - 1])) and best_name(text, k, STRONG) == c:
            admin = lexicon.admin_short_names()
            if text[k:c] in admin or text[b:b_end] in admin:
                return None  # 张家口和…都: a city is no person, whatever jieba's tag (round 14n)
            return [_Hit(k, c, MEDIUM), _Hit(b, b_end, MEDIUM)]
    return None


# A verb that introduces a name: 她叫文慧, 一个叫龙飞的人, 律师叫于平，.
_NAMED_RE = re.compile(rf"叫(?:做)?(?=(?P<n>{_SUR}))")


def _named(text: str, start: int) -> int:
    """End of the name that 叫 introduces at ``start`` when it is closed at once (punctuation, 的, a clause
    word), even when it is also a word; -1 otherwise (叫车来, 叫外卖)."""
    for end in (start + 3, start + 2):
        name = text[start:end]
        if len(name) < end - start or not _cell_name(name) or name in lexicon.admin_short_names():
            continue
        closed = end == len(text) or not _is_cjk(text[end]) or text[end] == "的"
        if not (closed or _after_name_word(text, end)):
            continue
        tag = lexicon.words().tag_of(name)
        if tag is None and best_name(text, start, WEAK) == end:
            return end
        if tag is not None and not tag.startswith(_NOT_NAME_TAGS):
            return end
    return -1


# Complements of a verb after the object of 把 (转到, 发给, 改成, 放进, 寄回): they never follow a name directly.
_COMPLEMENTS = frozenset("到给在成进回入走掉完")


def _run_hit(text: str, rx: re.Pattern[str], m: re.Match[str], strength: int) -> list[_Hit] | None:
    """The name of a short run found on its own (_ISOLATED_RE), after a preposition (_PREP_RE) or before a
    clause word (_VERB_RE), or None."""
    if rx is _PREP_RE and m.end() - m.start() == 1 and text[m.start()] in "和与跟同":
        pair = _coordinated(text, m.start())
        if pair:
            return pair
    start = m.start("n")
    if rx is _ISOLATED_RE and text[start] in _MORPHEME_SURNAMES:
        return None  # /库名, 水费: standing alone these are words; as names they need a label, a title or a verb
    if rx is _ISOLATED_RE and _quoted_modifier(text, start, m.end("n")):
        return None  # “金点子”合理化建议: a quoted term before the noun it names
    clause_name = rx is _VERB_RE and text[start] in AMBIGUOUS and _clause_start_name(text, start, m.end("n"))
    if rx is not _ISOLATED_RE and not clause_name:
        start = _shift(text, start, m.end("n"))
        if text[start] in AMBIGUOUS and _sur_len(text, start) == 1:
            return None
        if text[start] in _PREP_SURNAMES and _sur_len(text, start) == 1:
            nxt = lexicon.words().get(text[start + 1 : start + 3])
            if (nxt is not None and nxt.freq >= 100 and not nxt.tag.startswith("nr")) or role_noun(
                text[start + 1 : start + 3]
            ):
                return None  # 合同由客服负责, 和业内人士: the preposition before a common word, not 由 + a given name
    if rx is _VERB_RE and text[start - 1 : start] in ("老", "小", "阿"):
        return None  # 老李明天: the 老 form is found on its own
    cut = _inner_trigger(text, start, m.end("n")) if rx is _VERB_RE else -1
    if cut > 0:
        # 张伟明天请假: the name ends where the clause word 明天 begins
        e = best_name(text[start:cut], 0, strength)
        if e > 0 and start + e == cut and not _glued(text, start):
            return [_Hit(start, cut, strength)]
        return None
    end = -2  # best_name(text, start, strength), once it is needed
    if rx is _VERB_RE and start > 0 and _is_cjk(text[start - 1]) and text[start - 1] not in FOLLOW:
        end = best_name(text, start, strength)
        if end < 0 or all(c in TRANSLIT for c in text[start:end]):
            return None  # 法兰克福出差: inside a transliterated place name
    if rx is _VERB_RE and start > 0 and text[start - 1] in "去到在赴往飞回从至经由":
        return None  # 去陆家嘴出差, 在陆家嘴加班: a place
    if rx is _PREP_RE and text[start] == "阿":
        end = _a_name(text, start)
    if end == -2:
        end = best_name(text, start, strength)
    if rx is _PREP_RE and end > 0 and text[m.start()] in "把将" and text[end : end + 1] in _COMPLEMENTS:
        # 请把钱转到, 把文件发给: after the object of 把 comes a verb and its complement; the run's last
        # character is that verb, so a name one character shorter, or none
        end = end - 1 if end - start > 2 and plausible(text[start : end - 1], strength) else -1
    if rx is _VERB_RE and end > m.end("n") and best_name(text[: m.end("n")], start, strength) == m.end("n"):
        end = m.end("n")  # 李荣坦言: the longer reading took the clause word's first character (李荣坦)
    if end > 0 and (rx is _PREP_RE or end == m.end("n")) and not _glued(text, start):
        rare_given = lexicon.given_weights().get(text[end - 1], 0) < 50
        if rx is _ISOLATED_RE and rare_given and _plain_word(text[start:end]):
            return None  # "安防", "金工": a rare dictionary word standing alone, as in a list of job names
        return [_Hit(start, end, strength)]
    if rx is _ISOLATED_RE and end != m.end("n") and _isolated_particle_name(text, start, m.end("n")):
        return [_Hit(start, m.end("n"), strength)]  # • 蒋嘉和, 1. 杜子和（: a run nothing reads on from
    if end < 0 and rx is not _ISOLATED_RE and _listed_person(text[start : start + 2]) and not _glued(text, start) and (
        m.end("n") == start + 2 if rx is _VERB_RE else _name_ends(text, start + 2)
    ):
        return [_Hit(start, start + 2, strength)]  # 联系李娜。, 李强说: a name jieba lists for a famous namesake
    return None


def _isolated_particle_name(text: str, start: int, end: int) -> bool:
    """A run standing alone (a list item, a line of its own, a tab cell) that is a surname and a given name
    holding 和 / 于 (杜子和, 潘和煦): with nothing before or after it, 和 / 于 joins nothing."""
    sl = _sur_len(text, start)
    value = text[start:end]
    if end < len(text) and text[end] not in _ISOLATED_CLOSE:
        return False  # Python 程序和Tesla: a run between words of another script is running text
    head = lexicon.words().get(value[:-1])
    if value[-1] in _PARTICLE_GIVEN and head is not None and head.freq >= 50 and not head.tag.startswith("nr"):
        return False  # 程序和, 方法和: a word, then the conjunction
    lead = lexicon.words().get(value[: sl + 1]) if 0 < sl < len(value) else None
    if lead is not None and value[sl] in _PARTICLE_GIVEN and lead.freq >= 1000 and not lead.tag.startswith("nr"):
        return False  # 关于三（2）班: the preposition 关于 and a class, not 关 + 于三 (round 17)
    return (
        sl > 0 and end - start == sl + 2 and not (sl == 1 and (text[start] in AMBIGUOUS or text[start] in _PREP_SURNAMES))
        and _particle_given(value[sl:]) and value not in lexicon.words()
    )


# What closes a list item, a cell or a line that holds a name only.
_ISOLATED_CLOSE = frozenset("\n\r\t（(，,、；;。|")


def _quoted_modifier(text: str, start: int, end: int) -> bool:
    """Is the run [start, end) a term in quotation marks written straight before a noun (“金点子”建议)? A name
    in quotes is followed by a particle, a verb that follows names or punctuation, not by the noun it names."""
    if start == 0 or text[start - 1] not in "“\"" or end + 1 >= len(text) or text[end] not in "”\"":
        return False
    nxt = lexicon.words().get(text[end + 1 : end + 3])
    return nxt is not None and (nxt.tag[:1] in ("n", "a") or nxt.tag == "vn") and not nxt.tag.startswith(("nr", "ns"))


def _a_name(text: str, start: int) -> int:
    """同阿玲一齐返, 给阿强打电话: 阿 + one character after a preposition or a verb of addressing is a name when
    it is no word (阿姨, 阿里) and the clause goes on at once; the end, or -1."""
    end = start + 2
    if end > len(text) or not plausible(text[start:end], MEDIUM) or text[start : end + 1] in lexicon.words():
        return -1
    return end if _name_ends(text, end) or _clean_break(text, end) else -1


def _clause_start_name(text: str, start: int, limit: int) -> bool:
    """10:02 于某发现…, 于某某您好: a surname that is also a particle (于, 和, 文 ...) heading a clause, with a
    clause word right after the name, is the person's surname; unless the given part is a time word, adverb,
    a verb or a very common word (和平时, 于近期, 和大家), or the whole is a word (于是, 文件)."""
    if start > 0 and (_is_cjk(text[start - 1]) or text[start - 1] in _QUOTES):
        return False
    if text[start] in _PREP_SURNAMES and text[start + 1 : start + 2] in _TOP_SURNAMES:
        return False  # 和李某说: the conjunction before one of the commonest surnames
    end = best_name(text, start, MEDIUM)
    if end < 0 or end > limit or not (_after_name_word(text, end) or text[end : end + 1] in ("是", "说")):
        return False
    given = lexicon.words().get(text[start + 1 : end])
    if given is None or given.tag.startswith("nr"):
        return True
    return not (given.tag.startswith(_NOT_NAME_TAGS) or given.freq >= 1000)


def _inner_verb_matches(text: str, m: re.Match[str]) -> Iterator[re.Match[str]]:
    """The run one character into a _VERB_RE match that ends where it ends: a match that starts one character
    early (我司赵雅楠下午: 司 is also a surname) must not hide the name after it."""
    k = m.start("n") + 1
    if m.end("n") - k >= 2 and text[k] in _SINGLE:
        inner = _VERB_RE.match(text, k)
        if inner is not None and inner.end("n") == m.end("n"):
            yield inner
    # 王华及姜帆负责: the run took the name before 及 / 与 too; the name after the joining word is the subject
    a, b = m.start("n") + 1, m.end("n") - 2
    run = text[a:b]  # two or three characters
    if "及" not in run and "与" not in run:
        return
    for j in range(a + 1, b + 1):
        if text[j - 1] in "及与" and text[j] in _SINGLE:
            inner = _VERB_RE.match(text, j)
            if inner is not None and inner.end("n") == m.end("n"):
                yield inner


# 丹丹, 婷婷: characters parents double in a given name (surname + AA, 叶朵朵); a doubled character after a
# surname that is no dictionary word (白花花, 冷冰冰, 常常 are words) is a name.
_DOUBLED_GIVEN = frozenset(
    "婷晶丹菲莹欢乐楠佳媛琳露倩明亮萌圆笑童彤瑶朵甜丁冰静芳玲娜洋阳龙鹏涛飞雪燕洁丽妮婉悦月晨宁蕾蓉薇璐茜嘉颖帅"
    "贝宝豆妞雯欣昕航凯浩蓓蒙恬莎思奕依"
)
# 一一 (韦一一) is looked for with str.find: 一 is too common a character to lead the scan.
_DOUBLED_PAIR_RE = re.compile(f"(?P<x>{_char_class(_DOUBLED_GIVEN)})(?P=x)")


def _doubled_names(text: str) -> Iterator[_Hit]:
    """Surname + a doubled given-name character (韦一一, 叶朵朵, 王蕾蕾), standing apart from the words around it."""
    starts = [m.start() for m in _DOUBLED_PAIR_RE.finditer(text)]
    p = text.find("一一")
    while p >= 0:
        starts.append(p)
        p = text.find("一一", p + 2)
    for b in starts:
        s = b - 1
        if s < 0 or text[s] not in _SINGLE or text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES:
            continue
        if text[s : b + 2] in lexicon.words() or text[b + 2 : b + 3] == text[b]:
            continue  # 白花花, 冷冰冰 are words; 哈哈哈 is laughter
        pair = lexicon.words().get(text[b : b + 2])
        if pair is not None and pair.tag.startswith(("d", "a", "z", "m")) and pair.freq >= 300 and not _name_ends(
            text, b + 2
        ):
            continue  # 王明明白白, 逐一一对应: the doubled word runs on into the clause
        if _glued(text, s):
            continue  # the surname joins the word before it
        yield _Hit(s, b + 2, MEDIUM)
