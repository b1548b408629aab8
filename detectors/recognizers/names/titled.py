"""Names vouched for by a title or post: a title after the name (张伟经理, 王总, 李女士) and a post or a
record frame before it (客户经理王小明, 高二（3）班某某, 12床某某, 财务部某某).

Titles need their own checks (a post glued to a place, 原 meaning former, a preposition before a post), which
no other form uses.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon
from detectors.recognizers.names.core import (
    AMBIGUOUS, CJK, MEDIUM, STRONG, _COMPOUND, _Hit, _PREP_SURNAMES, _RUN, _SUR, _alts, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import FOLLOW, TITLES, _NOT_NAME_TAGS, _PROSE_OPEN, _TITLE_BLOCK
from detectors.recognizers.names.plausible import (
    _after_name_word, _cell_name, _glued, _is_word, _name_ends, _plain_word, _word_ends, best_name, plausible,
    role_noun,
)


_TITLE_AT_RE = re.compile(
    rf"(?<=[{CJK}])(?=[{''.join(sorted({t[0] for t in TITLES.split('|')}))}])(?=(?P<t>{_alts(TITLES)}))"
)
# A school class written before a pupil's name (高二（3）班某某, 三年级二班某某); found from 班, a literal.
_CLASS_RE = re.compile(rf"班(?<=[0-9０-９一二三四五六七八九十)）]班)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# A department written before one of its people (财务部某某负责, 发给行政部某某。); found from 部, needs a closing.
_DEPT_RE = re.compile(rf"部(?<=[{CJK}]部)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# A hospital bed written before a patient's name (12床某某, 3号床某某), a frame like a class; found from 床.
_BED_RE = re.compile(rf"床(?<=[0-9０-９号]床)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")


# Verbs of calling and meeting: after them 于 / 和 + a one-character title is a person (约于总, 找和姐), as no
# preposition or conjunction follows them.
_CALLS = frozenset("约找问请叫陪见谢")


def _word_given(given: str) -> bool:
    """光伏系统工程师: a "given name" that is a verb, an adverb ... or a very common noun (系统, 技术) is the word
    before the title, not part of a name (建国, 海洋 are place words jieba lists, and common given names)."""
    entry = lexicon.words().get(given)
    if entry is None or entry.tag.startswith("nr"):
        return False
    return entry.tag.startswith(_NOT_NAME_TAGS) or (entry.tag == "n" and entry.freq >= 5000)


_COURTESY_LEFT = ("感谢", "谢谢", "联系", "致电", "尊敬的", "亲爱的")


def _courtesy_opens(text: str, s: int, q: int, title: str) -> bool:
    """沈建成先生您好, 由黄进发先生跟进: a courtesy title (先生 / 女士 / 小姐) right after a three-character run that
    opens a clause or follows a word that calls someone is a full name, even when its given name is a word (建成,
    进发); a post (工程师) after such a run still leaves the word out (光伏系统工程师)."""
    if title not in _COURTESY or q != s + 3:
        return False
    return s == 0 or text[s - 1] in _PROSE_OPEN or text[s - 1] in _LINKS or text[s - 1] == "由" or text.endswith(
        _COURTESY_LEFT, 0, s
    )


def _titled(text: str, p: int, title: str) -> _Hit | None:
    """The person a title at ``p`` belongs to: a full name (张伟经理 -> 张伟) or, with a bare
    surname, the honorific as a whole (王总, 李女士)."""
    after = text[p + len(title) : p + len(title) + 1]
    if len(title) == 1 and after and after in _TITLE_BLOCK.get(title, ()):
        return None
    if title == "姨" and text[p - 1 : p] == "阿":
        return None  # 宿管阿姨: the title is 阿姨, found on its own
    glue = lexicon.words().get(text[p - 1 : p + 1])
    if glue is not None and glue.freq >= 1000 and not glue.tag.startswith("nr"):
        return None  # 银行长沙: 银行 is the word, not 银 + 行长
    if p > 0 and _title_glued(text, p - 1, p, title):
        return None  # 班组长, 车间班组长: the character before the title opens a word with it (班组 + 长)
    if title[0] in "市省县区镇乡村" and after and _is_cjk(after) and after not in FOLLOW and _place_tail(text, p + 1):
        return None  # 石家庄市长安区, 贡江镇长坑村: a place, then a place (but 孙市长最后强调: a mayor)
    names = lexicon.admin_names()
    if title[0] in "市省县区" and any(text[p + 1 - k : p + 1] in names for k in range(2, min(7, p + 2))):
        return None
    q = p - _title_modifier(text, p)  # 胡飞副院长, 萧红梅任组长: the name ends before 副 / 任 / 高级
    for length in (4, 3, 2):  # full names first: 欧阳娜娜经理, 张伟明经理, 张伟经理
        s = q - length
        if s < 0 or not _sur_len(text, s) or (text[s] in _PREP_SURNAMES and text[s - 1 : s] not in _CALLS):
            continue  # 和董英: a conjunction; but 感谢于磊医生, 约于涛经理: someone thanked or called
        if length == 4 and _sur_len(text, s) != 2:
            continue
        if title in _STANDALONE_POSTS and text[q - 1] in _PREP_SURNAMES:
            break  # 报销单由店长签字: the character before the post is a preposition, not the end of a name
        name = text[s:q]
        if name in _COMPOUND:
            continue  # 申屠局长: a compound surname and its title
        if (
            plausible(name, MEDIUM) and not _glued(text, s)
            and not (
                text[s] in AMBIGUOUS and length == 2 and text[s - 1 : s] not in _CALLS
                and not (q != p and s > 0 and not _is_cjk(text[s - 1]))  # 、水娜副总裁: a list edge, a rank
            )
            and not (length == 3 and _word_given(name[1:]) and not _courtesy_opens(text, s, q, title))
            and not role_noun(name)
        ):
            return _Hit(s, q, MEDIUM)
    for sl in (2, 1):
        s = p - sl
        if s < 0 or _sur_len(text, s) != sl:
            continue
        name = text[s:p]
        if (len(title) == 1 and _is_word(name + title, MEDIUM)) or _glued(text, s) or role_noun(name):
            continue  # 宿管阿姨: a role noun, then how people address her
        if title in _STANDALONE_POSTS and text[s] in _PREP_SURNAMES and _preposition_before_post(text, s):
            continue  # 向总经理汇报, 由店长轮流担任: a preposition, then the post itself
        if s > 0 and text[s - 1] not in _CALLS and (
            _plain_word(text[s - 1 : s + 1]) or (s > 1 and _plain_word(text[s - 2 : s + 1]))
            or role_noun(text[s - 1 : s + 1])
        ):
            continue  # 民宿老板, 收银主管, 补习班老师: the surname character ends a word, however rare
        if len(title) > 1 and _is_word(name + title, MEDIUM):
            continue
        if title == "工" and name + title in lexicon.words():
            continue  # 车工, 漆工, 金工: trades, not the 王工 form
        called = text[s] in "于和" and text[s - 1 : s] in _CALLS
        if len(title) == 1 and text[s] in _PREP_SURNAMES and not called:
            continue  # 和董英: a conjunction before a name, not 和董; but 约于总, 找和姐: someone is called
        prev = text[s - 1 : s]
        if _post_not_surname(text, s, title):
            continue  # 原总经理 (the former one), 韩某向记者表示 (towards the reporter)
        if (
            text[s] in AMBIGUOUS and prev and _is_cjk(prev) and prev not in "请找问叫让烦和跟与给把对向见约"
            and not (len(title) > 1 and (_word_ends(text, s) or prev in _BEFORE_TITLED))
            and not (len(title) == 1 and _clause_word_before(text, s) and _name_ends(text, p + 1))
        ):
            continue  # 专应总, 时经理: the character belongs to the words around it
        return _Hit(s, p + len(title), MEDIUM)
    return None


# Titles people are addressed by rather than posts they hold: 原先生 is Mr Yuan, 原总经理 the former general manager.
_COURTESY_TITLES = frozenset(("先生", "女士", "小姐", "老师", "同志", "师傅", "太太", "夫人"))
# Prepositions and conjunctions that are also surnames: before a post they take it as their object.
_PREP_BEFORE_POST = frozenset("向对给跟同和与把被")


def _post_not_surname(text: str, s: int, title: str) -> bool:
    """Is the character at ``s`` before a post of two or more characters the word 原 (former: 原总经理, 原局长), or
    a preposition right after a word (韩某向记者表示, 他对主任说)? Then the post names nobody by surname."""
    if len(title) < 2 or title in _COURTESY_TITLES:
        return False
    if text[s] == "原":
        return True
    return text[s] in _PREP_BEFORE_POST and s > 0 and _is_cjk(text[s - 1]) and text[s - 1] not in _CALLS


# Word classes that end a clause's opening before its subject (刚才, 转告, 跟着): after them a surname starts fresh.
_OPENING_TAGS = ("v", "d", "t", "p")


def _clause_word_before(text: str, s: int) -> bool:
    """Does a verb, adverb, time word or preposition of two characters end right before ``s`` (刚才时总打电话,
    转告文总表扬, 跟着常总)? Then a surname that is also a particle (时, 文, 常) opens a surname + title form."""
    if s < 2:
        return False
    entry = lexicon.words().get(text[s - 2 : s])
    return entry is not None and entry.freq >= 100 and entry.tag.startswith(_OPENING_TAGS)


# Written between a full name and its title: a rank (副院长, 高级工程师, 首席架构师) or 任 / 兼 (serves as):
# the name ends before them.
_TITLE_MODIFIERS = ("高级", "首席", "资深", "常务", "执行", "副")
_TITLE_VERBS = frozenset("任兼")
_MODIFIER_LAST = frozenset(m[-1] for m in _TITLE_MODIFIERS) | _TITLE_VERBS


def _title_modifier(text: str, p: int) -> int:
    """How many characters right before the title at ``p`` are a rank or a verb of serving, not the name."""
    if p < 3 or text[p - 1] not in _MODIFIER_LAST:
        return 0
    for mod in _TITLE_MODIFIERS:
        if text.startswith(mod, p - len(mod)) and p - len(mod) >= 2:
            return len(mod)
    return 1 if p >= 3 and text[p - 1] in _TITLE_VERBS else 0


# Posts that name one holder in an organisation and stand alone as a noun: after a preposition (向总经理汇报,
# 由店长负责) they are that post, not a surname + title.
_STANDALONE_POSTS = frozenset(
    "董事长 副董事长 总经理 副总经理 总裁 副总裁 总监 经理 店长 组长 班长 队长 厂长 行长 校长 院长 局长 处长 科长 "
    "部长 主任 护士长 站长 所长 馆长 秘书".split()
)
# Before an ambiguous surname and a title of two or more characters, these close what precedes them (财务的和先生,
# 由应医生办理): the surname character cannot join them into a word.
_BEFORE_TITLED = frozenset("的由")
# After a conjunction or a preposition (请黎总监与于经理) the next character opens a noun phrase: no second preposition.
_LINKS = frozenset("请找问叫让烦和跟与及给把对向见约")
# Prepositions that are seldom a surname (由, 经, 对 ...): before a post they are always the preposition.
_RARE_SURNAME_PREPS = frozenset("由经对给从与把将")
# Characters that continue a place name after 市 / 镇 (长安区, 长坑村): the title reading would cut a place.
_PLACE_TAIL_CHARS = frozenset("省市区县镇乡村庄屯路街道巷弄里")


_GOV_POSTS = frozenset("市长 省长 县长 区长 镇长 乡长".split())


def _place_post(text: str, at: int, post: str) -> bool:
    """南京市长江大桥, 朝阳区长安街: 市长 / 区长 ... whose first character ends a place name just before it."""
    if post.rstrip() not in _GOV_POSTS:
        return False
    names = lexicon.admin_names()
    return any(text[at + 1 - k : at + 1] in names for k in range(2, 7) if at + 1 - k >= 0)


def _place_tail(text: str, k: int) -> bool:
    """Does a place name run on from ``k`` (长安区, 长坑村 after 市 / 镇, 长寿路): a place suffix within three
    characters, or a word opened by the title's last character (长寿, 长江)?"""
    return any(c in _PLACE_TAIL_CHARS for c in text[k + 1 : k + 4]) or text[k : k + 2] in lexicon.words()


def _title_glued(text: str, s: int, p: int, title: str) -> bool:
    """班组长, 白班长: the surname character at ``s`` and the title's first character form a dictionary word (班组,
    白班) and the title's rest is the head 长, so the post is that word + 长; 高教授 keeps its reading (授 heads
    nothing)."""
    return p == s + 1 and title[1:] == "长" and _plain_word(text[s : p + 1])


def _preposition_before_post(text: str, s: int) -> bool:
    """向总经理汇报, 由店长负责: is the character at ``s`` a preposition before a post? Always for 由 / 经 ...;
    for 向 / 于 / 和 / 同 (also surnames) when it follows a Chinese character that is no calling verb."""
    if text[s] in _RARE_SURNAME_PREPS:
        return True
    prev = text[s - 1 : s]
    return bool(prev) and _is_cjk(prev) and prev not in _CALLS and prev not in _LINKS


# Posts that also modify a following noun (员工花名册, 客服中心, 市民卡): any dictionary word after them is
# that noun, even one jieba tags as a name.
_NOUN_POSTS = frozenset("商务 法务 销售 业务 我司 领导 客户 同事".split())
# Members and staff that also modify a following noun (员工信息, 学生会, 市民卡): a plain word after them is
# that noun, so they never take the word-name reading of _word_name_after_post.
_MODIFIER_POSTS = frozenset(
    "员工 职工 学生 选手 球员 队员 教练 家属 市民 村民 居民 值班 志愿者 网友 邻居 房东 租客 保姆 室友 传承人".split()
)


def _word_name_after_post(text: str, start: int) -> int:
    """主管夏天建议, 本人文华，: after a post, a name that is also a noun (夏天, 文华) when a clause word or
    punctuation closes it at once. The end, or -1."""
    for end in (start + 3, start + 2):
        name = text[start:end]
        if len(name) < end - start or not _cell_name(name) or name in lexicon.admin_short_names():
            continue
        if not (end == len(text) or not _is_cjk(text[end]) or _after_name_word(text, end)):
            continue
        tag = lexicon.words().tag_of(name)
        if tag is not None and (tag.startswith(_NOT_NAME_TAGS) or (len(name) == 3 and tag[:2] != "nr")):
            continue  # 满意度, 强调: a word of three characters, or a verb
        if tag is not None and lexicon.given_weights().get(name[-1], 0) < 30:
            continue  # 本人成绩: a word whose last character is seldom in a given name is that word
        if best_name(text, start, STRONG) == end or tag is not None:
            return end
    return -1


def _modified_noun(s: str) -> bool:
    """员工花名册: after a post that modifies nouns, a frequent word of three characters is that noun even when
    jieba tags it as a name (it tags 花名册 nr); two-character name entries (王平) stay names."""
    entry = lexicon.words().get(s)
    return entry is not None and entry.freq >= 20 and (len(s) >= 3 or not entry.tag.startswith("nr"))


def _post_glued(text: str, post: int, start: int) -> bool:
    """Does the name at ``start`` lose its first character to the post before it? 会计师 and 老师傅 are
    words, and so is 医生于 (生于) in running text; 审判长于涛 keeps 于 (长于 is a rarer word than the
    post 审判长 is here)."""
    if start < len(text) and text[post : start + 1] in lexicon.words():
        return True
    if text[start] not in _PREP_SURNAMES and text[start] not in AMBIGUOUS:
        return False  # 被告人马小龙: 人马 is a word, but 马 is no particle to lose
    glue = lexicon.words().get(text[start - 1 : start + 1])
    return glue is not None and glue.freq >= 1000 and (not glue.tag.startswith("nr") or glue.freq >= 1500)


def _titled_at(text: str, s: int) -> _Hit | None:
    """An honorific (林处长) starting exactly at ``s``."""
    for sl in (2, 1):
        if _sur_len(text, s) == sl:
            m = _TITLE_AT_RE.match(text, s + sl)
            if m and m.group("t"):
                return _titled(text, s + sl, m.group("t"))
    return None


_COURTESY = ("先生", "女士", "小姐")
