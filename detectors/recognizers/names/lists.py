"""Person names (PERSON): Chinese (incl. compound surnames, 王总 / 老王 forms, minority names with
·, spaced names), pinyin and English.

Why not POS-tag: jieba's tagger runs ~250 KB/s, far below the scanner's budget. Instead cheap
regexes find anchors (a label such as 收件人, a title such as 经理, a chat speaker, an isolated
short run starting with a surname ...) and each candidate is confirmed on its own few characters
with compiled word lists: how often the characters appear in given names, and whether the string
is an ordinary dictionary word (王国, 高兴, 和平 are words, not people).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.nlp import fastre, lexicon, substring, trie
from detectors.nlp import traditional
from detectors.nlp.textview import TextView

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SINGLE, _COMPOUND = lexicon.surnames()
# One character class (compound surnames start with a character in it); the recognizer decides
# between 欧 and 欧阳 in Python, which keeps every regex a cheap character-class scan.
_SUR = "[" + "".join(sorted(_SINGLE | {c[0] for c in _COMPOUND})) + "]"

# Strength of the evidence that a name sits here; it sets how strict the lexical check is.
STRONG, MEDIUM, WEAK = 3, 2, 1
_SCORE = {STRONG: 0.85, MEDIUM: 0.7, WEAK: 0.55}

# Form fields and roles that name exactly one person: 收件人李成 needs no colon.
ROLE_LABELS = (
    "紧急联系人|联系人|联络人|姓名|名字|收件人|收货人|寄件人|发件人|经办人|负责人|出行人|乘机人|申请人|持卡人|开户名|"
    "户名|账户名|法定代表人|法人代表|代表人|借款人|担保人|签字人|审批人|报销人|收款人|付款人|委托人|被保险人|投保人|"
    "受益人|监护人|对接人|接待人|推荐人|介绍人|面试官|候选人|应聘者|记录人|填表人|提交人|处理人|跟进人|乘客|旅客|业主|"
    "租户|房东|患者|病人|学员|车主|户主|房主|持有人|所有人|驾驶人|驾驶员|购买人|购房人|签收人|领取人|参会人|与会人|"
    "出席人|参与人|抄送|收信人|来访人|访客|被申请人|当事人|原告|被告|嫌疑人|证人|法人姓名|代理人|联系人姓名|"
    "收款方|付款方|开户人|账户持有人|转账至|转账给|汇款给|付款给|转给|汇给|经手人|复核人|制表人|验收人|责任人|"
    "发起人|出席人员|参会人员|"
    # meeting minutes, statements and records: who attended, who was asked, who acted for whom
    "参会|出席|缺席|列席|主持人|受托人|受访者|访谈人|采访人|询问人|被询问人|报警人|被执行人|申请执行人|"
    "送货人|值班人|陪同人|记录员|仓管员|领队|导师"
)
# Relations that also precede ordinary words (客户满意, 用户信息): they count only before a
# separator (客户：张三, 用户 侯丽).
RELATION_LABELS = (
    "客户|用户|学生|员工|职员|同事|家长|配偶|父亲|母亲|丈夫|妻子|儿子|女儿|作者|经理|主管|老师|医生|律师|同学|朋友|"
    "先生|女士|销售|客服|法人|会员|买家|卖家|司机|骑手|快递员|致|收|寄|我方|对方|"
    # minutes, contracts, court papers and records: 主持：某某, 乙方：某某, 审判员 某某, 主治医师：某某
    "主持|记录|甲方|乙方|丙方|审判长|审判员|书记员|主治医师|管床医生|直属上级|人民陪审员|陪审员|法官助理|执行员"
)
LABELS = ROLE_LABELS + "|" + RELATION_LABELS
TITLES = (
    "董事长|总经理|副总经理|总监|总裁|经理|主任|处长|局长|科长|部长|厅长|院长|校长|所长|站长|馆长|行长|"
    "书记|秘书|助理|主管|组长|班长|队长|会长|社长|市长|省长|县长|镇长|村长|教授|博士|老师|医生|大夫|护士|"
    "律师|会计|警官|师傅|阿姨|叔叔|同学|先生|女士|小姐|太太|同志|总|工|董|哥|姐|叔|姨|嫂|伯|爷|婶|舅|姑|"
    # how neighbours, staff and customers address people: 王老板, 张大爷, 李教练, 陈记者, 赵工程师, 周师姐
    "老板|大爷|大妈|大姐|大哥|大叔|大婶|奶奶|爷爷|工程师|教练|导演|记者|编辑|主编|师兄|师姐|学长|学姐|厂长|店长|"
    "护士长|夫人|法官|团长|连长|排长|"
    # the same titles as Taiwan and Hong Kong write them
    "董事長|總經理|副總經理|總監|總裁|經理|處長|局長|科長|部長|廳長|院長|校長|所長|站長|館長|行長|組長|班長|"
    "隊長|會長|社長|市長|縣長|鎮長|村長|秘書|助理|醫生|護士|律師|會計|師傅|老師"
)
# What a single-character title must not be followed by (总部, 工作, 姐妹 are words, not titles).
_TITLE_BLOCK = {
    "总": set("部结是共体数额计之算会统理务站价量要得归括"),
    "工": set("作资程厂具业人商序地时艺位会种期伤号单牌科"),
    "董": set("事"),
    "哥": set("们哥"),
    "姐": set("妹们姐弟夫"),
    "叔": set("叔"),
    "姨": set("妈夫"),
    "伯": set("伯父母"),
    "爷": set("爷们"),
    "嫂": set("子"),
    "婶": set("婶子"),
    "舅": set("舅妈父"),
    "姑": set("娘且息妈父嫂爷姑"),
}
# Characters that end a name when they follow it, and never sit inside a given name.
FOLLOW = set("一说的地得了是在和与跟及等也都就还又已把被给对向从到为以于让请叫问找说讲称表示告诉打发来去回看要会能将")
BAD_GIVEN = set(
    "的了是在有和与或及等不也都就而但这那你我他她它们个么之其此被把对从向于以为所着过吗呢吧啊呀哦嗯"
    "再氏些很最更太没别才已将该每各某吃喝拿用做司字第说"
    "上下里外内前后左右年日时分秒号元块角个只条张件次位台辆部本页行列组"
    "省市区县镇乡村路街道巷弄室栋楼层座幢"
)
_FOLLOW_WORDS = (
    "的手机", "的电话", "的身份证", "的地址", "的邮箱", "的微信", "的银行卡", "的账号", "的护照", "的工号", "的工资",
    "的合同", "的订单", "的账户", "的卡号", "的简历", "的病历", "的资料", "的信息", "的车", "的家", "的意见",
    "明天", "今天", "昨天", "后天", "已经", "正在", "刚才", "刚刚", "请假", "出差", "休假", "加班", "提交", "需要",
    "希望", "打算", "准备", "要求", "提出", "发现", "确认", "申请", "报销", "离职", "入职", "住院", "生病", "来电",
    "打电话", "发邮件", "发来", "回复", "负责", "接手", "参加", "出席", "主持", "介绍", "建议", "通知", "同学",
    "下周", "上周", "本周", "下午", "上午", "晚上", "跟进", "处理", "审核", "签署", "到访", "联系", "认为", "强调",
    # someone's contact details: 谁有马某的新号码
    "反映", "投诉", "报名", "报警", "毕业", "下个月", "上个月", "这个月", "今年", "明年", "去年",
    # court papers and visit records: 由审判员某某独任审判, 某某陪同
    "独任", "陪同",
    "的号码", "的新号码", "的手机号", "的电话号码", "的联系方式", "的微信号", "的新手机", "的新电话", "的新地址",
    # an agent introducing themself on a service line: 李娜为您服务
    "为您服务", "为你服务",
    # leave and questions about someone (吴玉兰休年假, 徐丽华是不是拿错了)
    "休年假", "休产假", "请病假", "请年假", "是不是",
    # adverbs and verbs a subject takes in reports and minutes (某某原本打算, 某某向来准时, 某某连夜赶到, 某某首先
    # 通报, 某某时常加班): none of them continues a given name, and each starts a clause
    "原本", "本来", "向来", "首先", "随后", "连夜", "时常", "经常", "常年", "全程", "亲自", "率先", "主动",
    "始终", "曾经", "先后", "当即", "成功", "万分感谢", "宣读", "通报", "评价", "高度评价", "加入", "连续", "安排好",
    "安排了",
    "向大家", "向记者", "向客户", "向会议", "向领导", "向评委", "向公司", "向我们",
)


_LABEL_SET = frozenset(LABELS.split("|"))


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _trie_start(rx: re.Pattern[str], words: Iterable[str]) -> str:
    """A one-character pattern that matches exactly where ``rx`` matches (its matches all start with one of
    ``words``): ``rx`` runs as a look-ahead there, tried only where a word's first character is followed by
    some word's second character (or is a word of one character).

    Why: ``re`` enters a prefix tree at every first character of its words and, when the word does not go
    on, still tries each top-level branch; one character-class test of the next character rules most of
    those places out in C."""
    words = list(words)
    singles = {w for w in words if len(w) == 1}
    guard = f"(?={_char_class(w[1] for w in words if len(w) > 1)})"
    if singles:
        guard += f"|(?<={_char_class(singles)})"
    return f"{_char_class(w[0] for w in words)}(?:{guard})(?<=(?={_unnamed(rx.pattern)}).)"


def _class_start(first: Iterable[str], rx: re.Pattern[str]) -> str:
    """A one-character pattern that matches exactly where ``rx`` (whose matches start with one of ``first``)
    matches."""
    return f"{_char_class(first)}(?<=(?={_unnamed(rx.pattern)}).)"


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made non-capturing, so several patterns can share one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _alts(words: str) -> str:
    """A prefix-tree alternation of ``|``-separated words (longest first at every branch)."""
    return trie.pattern(words.split("|"))


_RUN = f"[{CJK}]"
_ROLE_SET = frozenset(ROLE_LABELS.split("|"))
# One prefix tree over both label lists, so the pattern starts with its literals and ``re`` skips to
# label characters in C. Same matches as roles-then-relations: no word is in both lists, and where a
# word of one begins a word of the other (法人 / 法人代表) the longer one is a role, tried first either way.
_LABEL_RE = re.compile(
    rf"(?P<label>{_alts(LABELS)})(?:[0-9０-９]{{1,2}})?(?P<sep>(?:是|为|叫|[:：=]|[ \t]){{0,3}})[\"'“‘「]?"
    rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
)
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
# The next name of a list; a short note in brackets may close the previous one (周某（主持）、马某).
_LIST_NEXT = re.compile(
    rf"(?:[（(][^）)\n]{{1,8}}[）)])?(?:\s*[、，,/及和]\s*|[ \t\u3000]+)(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
)
_SIGN_WORDS = ("此致", "敬礼", "顺颂商祺", "祝好", "谢谢")
_SIGNATURE_RE = re.compile(
    rf"(?:{'|'.join(_SIGN_WORDS)})[!！。，,]?\s*\n(?:敬礼[!！]?\s*\n)?\s*(?P<n>{_SUR}{_RUN}{{1,3}})(?![{CJK}])"
)
# A parent speaking for a child in a class group writes the child's name and the relation (王某某妈妈：);
# the name is the shortest run that leaves a kinship word or nothing before the colon.
KIN_AFTER = "妈妈|爸爸|家长|奶奶|爷爷|外婆|外公|姥姥|姥爷|妈|爸"
# A chat export may stamp each line with the time ([14:03] 某某: ..., 09:15:02 某某：...).
_CHAT_TIME = r"(?:\[?[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\]?[ \t]+)?"
_SPEAKER_BODY = rf"[ \t>*#【\[]*(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}}?)(?:{KIN_AFTER})?[\]】]?\s*[:：]"
_SPEAKER_RE = re.compile(rf"(?m)^{_SPEAKER_BODY}")
# After a newline: ``re`` finds the literal in C, where (?m)^ makes it try every position.
_SPEAKER_NL_RE = re.compile(rf"\n{_SPEAKER_BODY}")
# The same after a time stamp, used only when some line starts with one (most texts have none).
_STAMPED_SPEAKER_RE = re.compile(rf"(?m)^{_CHAT_TIME}{_SPEAKER_BODY}")
_STAMPED_SPEAKER_NL_RE = re.compile(rf"\n{_CHAT_TIME}{_SPEAKER_BODY}")
_STAMP_GATE = re.compile(r"\n\[?[0-2]?[0-9]:[0-5][0-9]")


def _stamped(text: str) -> bool:
    """Does a line start with a chat time stamp ([14:03], 09:15)? find_names asks once, passes it on."""
    return _STAMP_GATE.search(text) is not None or _STAMP_GATE.match("\n" + text[:9]) is not None
_AT_BODY = rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
_AT_RE = re.compile(rf"[@＠]{_AT_BODY}")
_TITLE_AT_RE = re.compile(
    rf"(?<=[{CJK}])(?=[{''.join(sorted({t[0] for t in TITLES.split('|')}))}])(?=(?P<t>{_alts(TITLES)}))"
)
_LAOXIAO_RE = re.compile(rf"(?P<n>[老小]{_SUR})")
# The same three patterns split by first character (fastre.by_literal / merged): a match holds none of
# the other first characters, so the merged matches are the patterns' own.
_KEY_RES = fastre.by_literal(_KEY_BODY, ":=")
_AT_RES = fastre.by_literal(_AT_BODY, "@＠")
_LAOXIAO_RES = [re.compile(rf"(?P<n>{c}{_SUR})") for c in "老小"]
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


# A short run of its own. "Not after a Chinese character" is checked once the first character is
# matched, (?<![CJK].), not before it: a pattern that starts with a look-behind makes ``re`` enter the
# matcher at every position, one that starts with a character class lets it skip to candidates in C
# (see detectors/nlp/fastre.py).
_ISOLATED_RE = re.compile(rf"(?P<n>{_SUR}(?<![{CJK}].){_RUN}{{1,3}})(?![{CJK}])")
_PREP_WORDS = "叫上|喊上|约上|和|跟|与|同|给|找|叫|问|请|让|被|把|向|对|由|经|是|见|约|代|通知|联系|感谢|拜访|致电|麻烦"
_PREP_RE = re.compile(rf"(?:{_PREP_WORDS})(?=(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}}))")
_SPEECH_WORDS = (
    "说", "表示", "称", "指出", "认为", "告诉", "回复", "反馈", "来电", "致电", "签字", "签名", "同意", "负责",
    "汇报", "发言", "宣布", "补充", "总结",
    # minutes, hand-overs and greetings: 某某列席, 由某某接任, 某某您好
    "列席", "缺席", "接任", "您好", "你好", "则认为", "则表示",
    # reported speech in news and interviews (据某某透露, 某某坦言), and what a named colleague does in a report
    "透露", "坦言", "直言", "笑称", "回忆", "提到", "解释", "坦承", "承认", "感慨", "提醒", "签下", "邀请",
    # what news reports of public figures say they did (某某凭借新片获奖, 某某回应质疑, 某某当选, 某某执导)
    "凭借", "回应", "荣获", "当选", "出任", "执导", "主演", "退役",
    # what someone thinks (某某觉得): a word before it (全家, 项目) is no name, see plausible
    "觉得",
    # what a thinker or writer held or wrote (王安石主张, 某某写道); the parts of a life are _BIO_CUES
    "主张", "写道", "强调", "说过", "曾说",
    # the contrastive 则 after a second speaker in a report (某某表示…；某某则指出): 则 is no given-name character here
    "则指出", "则强调", "则介绍", "则称", "则说",
    # minutes and scripts (round 14n): who kept silent or reported (某某没有发言, 某某作了汇报), a nod in a scene
    "没有发言", "未发言", "作了汇报", "作汇报", "作了发言", "点点头", "点了点头", "摇摇头", "摇了摇头",
)
_VERB_RE = re.compile(
    rf"(?P<n>{_SUR}{_RUN}{{1,3}})(?=[{''.join(sorted({w[0] for w in _FOLLOW_WORDS + _SPEECH_WORDS}))}])(?={trie.pattern(_FOLLOW_WORDS + _SPEECH_WORDS)})"
)
# From the first gap of a spaced run (贾 秀 荣) after a Chinese character: the run itself starts one
# character earlier, and a gap is rarer than a Chinese character, so ``re`` stops at far fewer places.
_SPACED_RE = re.compile(rf"[ \u3000](?<=[{CJK}].){_RUN}(?:[ \u3000]{_RUN})*")
# Where a match of _SPACED_RE can start, one pattern per gap character: a pattern that starts with one literal
# is searched like ``str.find``, one that starts with a class tests the class at every character (~5x slower).
_SPACED_GATES = [re.compile(rf"{c}(?<=[{CJK}]{c})(?=[{CJK}])") for c in " \u3000"]
# A job title written before the name: 客户经理王小明, 主治医生刘敏, CEO 陈志强.
TITLES_BEFORE = (
    "董事长|副总经理|总经理|总裁|总监|经理|主任|主管|老师|医生|大夫|护士|律师|教授|记者|工程师|会计|秘书|助理|同事|"
    "司机|师傅|局长|处长|科长|部长|院长|校长|书记|组长|队长|警官|CEO|CTO|CFO|COO|VP|HR|"
    # kinship and relation nouns written straight before a name: 我老婆某某, 男方某某, 本人某某
    "老婆|老公|妻子|丈夫|爱人|媳妇|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|男友|女友|男朋友|女朋友|"
    "未婚夫|未婚妻|男方|女方|本人|客户|"
    # posts and roles written straight before a name in minutes, records and notices
    "支书|村支书|主席|副主席|厂长|店长|护士长|医师|主任医师|主治医师|住院医师|班主任|辅导员|民警|法官|检察官|"
    # heads of government written before their names in news and notices (副市长某某, 县长某某)
    "市长|省长|县长|区长|镇长|乡长|"
    "审判长|审判员|书记员|陪审员|侦查员|研究生|博士生|硕士生|孩子|导师|领队|"
    # who someone is to the writer or in the story: 他太太某某, 前直属领导某某, 市民某某, 被告人某某
    "太太|夫人|领导|记者|目击者|被告人|商务|法务|销售|业务|我司|"
    # members, pupils and staff in records and reports: 员工某某, 徒弟某某, 主刀某某, 之女某某, 值班某某
    "员工|职工|徒弟|师父|学生|选手|球员|队员|教练|主教练|主刀|传承人|之女|之子|之妻|之夫|之父|之母|"
    "家属|市民|村民|居民|值班|志愿者|保姆|室友|邻居|房东|租客|网友|老板|老板娘|店主|摊主|"
    # service records: the user who called and the agent who answered (用户某某反映, 坐席某某在通话中)
    "用户|坐席|"
    # who wrote, signed or paid in reviews, posts and expense papers: 作者某某, 署名某某, 出纳某某, 朋友某某
    "作者|署名|出纳|朋友|店员|导购"
)
_TITLE_BEFORE_RE = re.compile(rf"(?:{_alts(TITLES_BEFORE)})[ \u3000]?(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# A school class written before a pupil's name (高二（3）班某某, 三年级二班某某); found from 班, a literal.
_CLASS_RE = re.compile(rf"班(?<=[0-9０-９一二三四五六七八九十)）]班)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# A department written before one of its people (财务部某某负责, 发给行政部某某。); found from 部, needs a closing.
_DEPT_RE = re.compile(rf"部(?<=[{CJK}]部)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# A hospital bed written before a patient's name (12床某某, 3号床某某), a frame like a class; found from 床.
_BED_RE = re.compile(rf"床(?<=[0-9０-９号]床)(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# Two or more short runs joined by 、: a list of people (周杰、吴婷、郑浩), starting where a run starts
# or after 有是为括： (checked after the first character, as in _ISOLATED_RE).
_LIST_RE = re.compile(
    rf"{_SUR}{_RUN}{{1,3}}(?:、{_SUR}{_RUN}{{1,3}})+(?:(?![{CJK}])|(?=等|[两二三四五六七八九十几]+[位人名]))"
)
# Where a list may start without its first item being checked alone: not after a Chinese character, or after
# 有 / 是 / 为 / 括 / ：; after any other character the first run may hold the end of the word before it.
_LIST_OPEN = set("有是为括：")
_DOT = "·•・‧･∙⋅"
_MINORITY_RE = re.compile(rf"(?P<n>{_RUN}{{2,6}}[{_DOT}]{_RUN}{{2,7}}(?:[{_DOT}]{_RUN}{{2,6}})?)")
# A dot that can start a ·-joined name: two Chinese characters on each side.
_DOT_RE = re.compile(f"[{_DOT}](?<=[{CJK}]{{2}}.)(?=[{CJK}]{{2}})")
# The same, one pattern per dot: a pattern that starts with one literal is searched like ``str.find``.
_DOT_RES = {d: re.compile(f"{re.escape(d)}(?<=[{CJK}]{{2}}.)(?=[{CJK}]{{2}})") for d in _DOT}
# Characters common in transliterated (Uyghur, Tibetan, foreign) names.
TRANSLIT = set(
    "阿艾爱安奥巴拜班邦贝本比彼别宾波伯布达戴丹道德迪蒂丁东都杜顿多俄厄恩尔法凡菲费芬弗伏福盖甘冈格贡古哈海"
    "汗罕豪赫亨胡华吉加迦嘉贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷蕾里丽莉利力列林琳玲卢鲁伦罗洛马玛买麦迈曼"
    "毛梅美门蒙米敏明摩莫姆木穆纳娜奈南内尼妮纽努诺欧帕潘佩皮普奇齐恰乔切钦琴热日荣茹若萨塞赛桑瑟森沙莎山善尚"
    "舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌吾西希夏谢辛欣休雅亚扬耶叶伊依英尤于约扎詹哲珍朱卓兹孜"
    "祖措次仁央顿珠尔江娃汉黛芭买提克孜帕依夫古力拉娜米热尼瓦吐逊卜杜甫玉苏普麦合肉孜阿吉如则赛迪娅琪"
    "卓嘎达瓦平拉姆巴桑罗布边巴格旦增曲拥宗白玛才让加措卡德拉旺堆欧珠不都图门特其额敦雅仁日乌兰"
)
# Latin letters with the accents of European names (Jürgen, José, Zoë), for the Latin-script name patterns.
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
_EN_NAME = rf"[{_UP}][{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?"
# The gap after the first word of a two-word Latin name (_EN_RE, _PINYIN_RE): a space or tab after a letter,
# a capital after the blanks. One literal first, so ``re`` skips to spaces and tabs in C.
_LATIN_GAPS = [re.compile(rf"{c}(?<=[A-Za-z{_LO[3:]}]{c})[ \t]*[{_UP}]") for c in " \t"]
_LATIN_ACCENTED = frozenset(chr(c) for c in range(0xC0, 0x180) if chr(c) not in "×÷")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'") | _LATIN_ACCENTED
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") | _LATIN_ACCENTED
# Both start where no letter or digit precedes, checked after the first letter (see _ISOLATED_RE).
_EN_RE = re.compile(
    rf"(?P<n>(?P<f>[{_UP}](?<![A-Za-z0-9].)[{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?)(?:[ \t]+[A-Z]\.)?[ \t]+"
    rf"(?P<l>(?:Mc|Mac|O'|D'|Di|De|Le|La)?{_EN_NAME})"
    rf"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV|MD|PhD|DDS|DVM|Esq\.))?)(?![A-Za-z{_LO[3:]}])"
)
# Where a match of _EN_TITLE_RE can start: its honorifics (with the dot or space after them) and lead words,
# not after a letter or digit (checked after the first letter, so ``re`` skips to the first letters in C).
_NA = "(?<![A-Za-z0-9].)"
_EN_TITLE_GATE = re.compile(
    rf"M{_NA}(?:rs?|s|iss|x)\.?\s|D{_NA}(?:r\.?\s|ear)|P{_NA}rof(?:essor)?\.?\s|A{_NA}ttn|N{_NA}ame|n{_NA}ame|C{_NA}ontact|"
    rf"S{_NA}igned|R{_NA}egards"
)
_EN_TITLE_RE = re.compile(
    rf"(?=[MDPACNnSRcHhT])(?<![A-Za-z0-9])(?P<n>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?)\.?\s+{_EN_NAME}(?:\s+{_EN_NAME})?)|"
    rf"(?<![A-Za-z0-9])(?:Dear|Attn:?|Name\s*[:=]|name\"?\s*:\s*\"|Contact\s*:|Signed,?|Regards,?\s*\n?)\s*(?P<m>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?{_EN_NAME}(?:\s+{_EN_NAME})?)"
)
_EN_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor"])
_NOT_PERSON_NEXT = re.compile(
    r"\s*(?:Inc|Ltd|LLC|LLP|Corp|Co\b|Company|Group|Holdings|Technologies|Consulting|Partners|Bank|University|"
    r"College|Street|St\b|Ave|Avenue|Road|Rd\b|Blvd|Apt|Suite|Lane|Drive|Park|Square|Hotel|Hospital|Center|Centre)"
)
_PINYIN_SURNAMES = lexicon.pinyin_surnames()
# Cues that the capitalised words after them name a person: e-mail headers, greetings and closings,
# English form labels. (A match needs a listed given or family name among its words, see _cued.)
_EN_NAMES = rf"{_EN_NAME}(?:[ ]{_EN_NAME}){{0,2}}"
_EN_HEADERS = (
    "From To Cc CC Bcc Reply-To Sender Organiser Organizer Attendee Attendees Owner Assignee "
    "Reviewer Reporter "
    "Author Requester Approver"
).split()
_EN_GREETINGS = (
    "Hi|Hello|Hey|Dear|Thanks|Thank you|Cheers|Best|Regards|Best regards|Kind regards|Warm regards|Sincerely|"
    "Many thanks"
).split("|")
_EN_LABELS = (
    "Full name|First name|Name|Applicant|Passenger|Guest|Patient|Customer|Client|Referee|Employee|Candidate|"
    "Cardholder|Account holder|Beneficiary|Recipient|Attendee|Contact person|Emergency contact|Signed by|"
    "Prepared by|Approved by|Interviewer|Interviewee|Speaker|Presenter|Moderator|Host|Tenant|Landlord|Driver|"
    "Courier|Buyer|Seller|Agent|Supervisor|Manager|Point of contact|Ship to|Bill to|Deliver to|Sold to|"
    "Consignee|Shipper|Requested by|Reported by|Submitted by|Reviewed by|Assigned to|Checked by|Witness|"
    "Addressee|Insured|Policyholder|Student|Teacher|Physician|Doctor|Nurse|Caller|Visitor|Member|Owner"
).split("|")
# Each starts with its literals (the look-behind comes after the first letter), so ``re`` skips to them in C.
# A quoted reply writes its headers after > marks (> From: Marcus Lindqvist).
_EN_HEADER_RE = re.compile(
    rf"\n(?:>[ \t]*)*(?:{trie.pattern(_EN_HEADERS)})[ \t]*:[ \t]*(?P<n>{_EN_NAMES})"
)
# Greetings and closings (group g) and English form labels in one pattern: one scan of the text.
_EN_GREET_RE = re.compile(
    rf"(?P<c>{trie.pattern(_EN_GREETINGS + _EN_LABELS, after_first='(?<![A-Za-z].)')})"
    rf"(?P<sep>[,!]?[ \t]*\n?[ \t]*|[ \t]*[:：][ \t]*)(?P<n>{_EN_NAMES})"
)
_GREETINGS = frozenset(_EN_GREETINGS)

# A chat speaker at the start of a line (Amy: / HR-Amy: / Jenny Wu:), named by a listed given name.
# A full-width colon is written without a space after it (Jason：好的), an ASCII one with one.
_EN_SPEAKER_BODY = rf"[ \t>*]*(?:[A-Z]{{2,5}}[-_ ])?(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME})?)[ \t]*(?::[ \t]|：)"
_EN_SPEAKER_RE = re.compile(rf"\n{_EN_SPEAKER_BODY}")
_STAMPED_EN_SPEAKER_RE = re.compile(rf"\n{_CHAT_TIME}{_EN_SPEAKER_BODY}")
# Given names that are also months or common words, which head a line as often as a speaker does.
_EN_WORD_NAMES = frozenset(
    ["May", "June", "April", "August", "Will", "Bill", "Grant", "Rich", "Faith", "Hope", "Joy", "Summer", "Autumn",
     "Dawn", "Art", "Guy", "Chase", "Sky", "Rose", "Ray", "Max", "Jan", "Sunny", "Page", "Case", "Note"]
)
# After a Chinese person label: 宾客：Tanaka Hiroshi, 联系人：Daniel Okafor. The colon and the capital
# are found first (rare, a C scan), then the label is checked on the few characters before the colon.
_ZH_LABEL_WORDS = sorted(set(LABELS.split("|")) | lexicon.role_nouns())
_LABEL_LAST = frozenset({w[-1] for w in _ZH_LABEL_WORDS} | set("0123456789"))
_LATIN_AFTER_COLON = re.compile(
    rf"[ \t]*(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME}){{1,2}}(?:,?[ ](?:Jr\.|Sr\.|II|III|MD|PhD|DDS))?)(?![A-Za-z])"
)
# Colons where _cued may find a Latin name after a Chinese label: a label's last character before the colon,
# a capital after it. One pattern per colon, each starting with its literal (see _SPACED_GATES).
_LABEL_COLONS = [
    re.compile(f"{c}(?<=[{''.join(map(re.escape, sorted(_LABEL_LAST)))}]{c})(?=[ \t]*[A-Z])") for c in ":："
]


def _label_colons(text: str) -> Iterator[int]:
    """The offsets of ``_offsets_of(text, ":：")`` (every ``:``, then every ``：``) that a label's last
    character precedes and a capital follows (across blanks): _cued's first checks skip the others."""
    for rx in _LABEL_COLONS:
        for m in rx.finditer(text):
            yield m.start()


_ZH_LABEL_END = re.compile(
    rf"(?:{trie.pattern(_ZH_LABEL_WORDS)})(?:[0-9]{{1,2}})?$"
)
# Words of company names (甲方：Molina Holdings LLP is a party, not a person).
_EN_COMPANY_WORDS = frozenset(
    "Holdings Holding Capital Trading Systems Consulting Logistics Technologies Technology Group Inc "
    "Ltd Co Corp "
    "LLC LLP GmbH Partners Solutions Ventures Labs Bank Company Associates Limited Industries International "
    "Enterprises Services Media Global Networks Software".split()
)
# What may follow a name written as a field (a CSV cell, an e-mail header, a form value).
_FIELD_END = re.compile(r"[ \t]*(?:[,，;:：<(（\t|]|\n|$)")
# Romanised places and brands written as two capitalised syllables (Hong Kong is not Mr. Hong).
_ROMANISED_PLACES = frozenset(
    [
        "Hong Kong", "Hang Seng", "Tai Po", "Sha Tin", "Kwun Tong", "Wan Chai", "Mong Kok", "Tsim Sha",
        "Sheung Wan", "Tai Koo", "Yau Ma", "Lo Wu", "Kow Loon", "Shen Zhen", "Guang Zhou", "Bei Jing",
        "Shang Hai", "Tian Jin", "Chong Qing", "Xi An", "Hang Zhou", "Nan Jing", "Wu Han", "Cheng Du",
        "Su Zhou", "Ma Cau", "Tai Wan", "Tai Pei", "Tai Chung", "Kao Hsiung", "Hai Nan", "Xia Men",
        "Qing Dao", "Da Lian", "Ping An", "Hua Wei", "Wan Da", "Bao Li", "Tai Chi", "Kung Fu", "Feng Shui",
        "Yin Yang", "Dim Sum", "Bok Choy", "Pak Choi", "Chow Mein", "Lo Mein", "Chan Tai",
    ]
)
_SYL = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|uai|iao|üan|van|ai|ei|ao|ou|an|en|in|un|ui|ia|ie|iu|ua|uo|ue|üe|ve|er|a|o|e|i|u|ü|v))"
)
_PINYIN_WORD = re.compile(rf"(?i){_SYL}(?:['-]?{_SYL})?")
# a syllable as pinyin spells it: 'er' stands alone, so Power (po + wer) is no given name
_STRICT_SYL = (
    r"(?:er|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|uai|iao|üan|van|ai|ei|ao|ou|an|en|in|un|ui|ia|ie|iu|ua|uo|ue|üe|ve|a|o|e|i|u|ü|v))"
)
_PINYIN_TWO = re.compile(rf"(?i){_STRICT_SYL}['-]?{_STRICT_SYL}")


def _two_syllables(word: str) -> bool:
    """Xiaofeng, Ruoxi: a given name of two pinyin syllables (one-syllable words such as Data, Please are
    English as often as pinyin)."""
    return _PINYIN_TWO.fullmatch(word) is not None and word.lower() not in _EN_PINYIN_WORDS


# English words that also split into two pinyin syllables and stand before a word in capitals (Dear SIR, Hello TEAM)
_EN_PINYIN_WORDS = frozenset("dear hello hi guide bonus china banana canada panda lingo mango tango media".split())
# The pair ends where the Latin word does, also right before a Chinese character (请和Zhang Wei确认): ``\b`` would
# see no boundary there, as Chinese characters are word characters to ``re``.
_PINYIN_RE = re.compile(
    r"(?P<a>[A-Z](?<![A-Za-z0-9].)(?:[a-z]{0,9}|[A-Z]{1,9}))[ ]+"
    r"(?P<b>[A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,6})?|[A-Z]{2,5})(?![A-Za-z0-9_])"
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    strength: int


def _sur_len(text: str, i: int) -> int:
    if text[i : i + 2] in _COMPOUND:
        return 2
    return 1 if text[i] in _SINGLE else 0


_NUMERALS = set("一二三四五六七八九十百千万零〇两")


def _given_ok(chars: str, strength: int) -> bool:
    weights = lexicon.given_weights()
    need = {STRONG: 0, MEDIUM: 5, WEAK: 20}[strength]
    for ch in chars:
        if ch in _NUMERALS and strength < STRONG and not (len(chars) == 2 and ch == chars[0] == "一"):
            return False  # 平和路五段, 第三; but 一鸣
        if ch in BAD_GIVEN or not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"):
            return False
        if weights.get(ch, 0) < need:
            return False
    return True


def _is_word(s: str, strength: int) -> bool:
    """True when ``s`` is an ordinary dictionary word rather than a name at this evidence level."""
    entry = lexicon.words().get(s)
    if entry is None:
        return False
    # jieba tags many ordinary two-character words nr (明白, 阳光, 杨树): trust the tag only for 3+.
    if entry.tag.startswith("nr") and len(s) == 2 and strength == MEDIUM and entry.freq < 100:
        return lexicon.given_weights().get(s[1], 0) < 30  # 张旭, 王明: jieba lists some real names
    if entry.tag.startswith("nr") and (len(s) > 2 or strength == STRONG):
        return entry.freq >= {STRONG: 100000, MEDIUM: 2000, WEAK: 300}[strength]
    return entry.freq >= {STRONG: 300, MEDIUM: 20, WEAK: 5}[strength]


@functools.lru_cache(maxsize=65536)
def plausible(name: str, strength: int) -> bool:
    """Is ``name`` (surname + given name, no title) believable as a person at this strength?"""
    if name.startswith("阿") and len(name) == 2:
        return strength >= MEDIUM and not _is_word(name, MEDIUM) and name[1] not in BAD_GIVEN
    sl = _sur_len(name, 0)
    if sl == 2 and len(name) == 2:
        sl = 1  # 欧阳 alone is a surname; read 欧 + 阳
    given = name[sl:]
    if not sl or not 1 <= len(given) <= 2:
        return False
    if not _given_ok(given, strength):
        return strength >= MEDIUM and _famous_three(name, sl)
    if _is_word(name, strength):
        return False
    head = name[: sl + 1]
    if len(given) == 1 and _is_word(head, strength):
        return False
    if len(given) == 2 and _is_word(head, strength):
        # 江海燕, 李子兵: a word at the head of a three-character name is common; only a very
        # frequent word there (高兴地, 成功率) means this is running text.
        entry = lexicon.words()[head]
        if entry.freq >= {STRONG: 5000, MEDIUM: 1000, WEAK: 300}[strength]:
            return False
        if lexicon.given_weights().get(given[1], 0) < 30:
            return False
    if strength < STRONG and _village(name, sl):
        return False
    admin = lexicon.admin_short_names()
    return not (strength < STRONG and (name in admin or name in lexicon.admin_names()))


def _famous_three(name: str, sl: int) -> bool:
    """范仲淹, 柳宗元: a three-character name jieba lists as a person, whose given name holds a character rare in
    today's names (淹), is still a name; the other given character must be a common one and none may be a
    numeral or a function word (丁二烯 is a chemical)."""
    if len(name) != 3 or sl != 1:
        return False
    entry = lexicon.words().get(name)
    if entry is None or entry.tag != "nr" or entry.freq < 20:
        return False
    weights = lexicon.given_weights()
    given = name[1:]
    return all(c not in _NUMERALS and c not in BAD_GIVEN and c not in FOLLOW for c in given) and max(
        weights.get(c, 0) for c in given
    ) >= 30


# Last characters of village names (宋庄, 李家屯, 张家寨, 何家湾): after a surname, with or without 家, a place.
_VILLAGE_TAILS = frozenset("庄屯寨堡铺湾洼坳营")


def _village(name: str, sl: int) -> bool:
    """宋庄, 王家庄, 刘家湾: a surname, optionally 家, and a village ending is a place name, not a person."""
    given = name[sl:]
    return given[-1] in _VILLAGE_TAILS and (len(given) == 1 or given[0] == "家")


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Country names in Chinese (detectors/data/world_country_names.txt) and their first two characters."""
    path = Path(__file__).resolve().parents[2] / "data" / "world_country_names.txt"
    names = frozenset(w for w in path.read_text(encoding="utf-8").split() if w)
    return names, frozenset(n[:2] for n in names)


@functools.cache
def _place_heads() -> frozenset[str]:
    """The first two characters of every administrative and country name: one lookup rules out most places."""
    return lexicon.admin_heads() | _countries()[1]


# What 经 (through, after) introduces in records and court papers: right after a name it opens a clause.
_JING_CLAUSES = ("传票", "本院", "审理", "查", "调查", "协商", "鉴定", "批准", "研究", "双方", "公司", "领导", "医院", "诊断",
                 "调解")


def best_name(text: str, i: int, strength: int) -> int:
    """End offset of the name starting at ``i``, or -1 when none is plausible."""
    head = text[i : i + 2]
    if head in _COMPOUND:
        sl = 2
    elif text[i] in _SINGLE or text[i] == "阿":
        sl = 1
    else:
        return -1
    if strength < STRONG and head in _place_heads():
        admin = lexicon.admin_short_names()
        if sl == 1 and (head in admin or text[i : i + 3] in admin or text[i : i + 4] in admin):
            return -1  # 齐齐哈尔, 成都: a place
        countries = _countries()[0]
        if any(text[i : i + k] in countries for k in range(2, 8)):
            return -1  # 乌克兰表示, 阿根廷认为: jieba tags many countries as person names
    j = i + sl
    n = len(text)
    if _starts_title(text, j):
        return -1  # 张教授, 王总: an honorific, found by the title pattern
    run = 0
    for ch in text[j : j + 3]:
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"):
            break
        run += 1
    options: list[int] = []
    if run >= 3:
        nxt_word = lexicon.words().get(text[j + 1 : j + 3])
        if nxt_word is not None and nxt_word.freq >= 500 and not nxt_word.tag.startswith("nr"):
            run = 1  # 霍欢参加: the second character starts the next word
        elif text[j + 1] == "经" and text.startswith(_JING_CLAUSES, j + 2):
            run = 1  # 被告覃璐经传票传唤: 经 (through, after) opens the next clause
    if run >= 2:
        bounded = j + 2 >= n or not ("\u3400" <= text[j + 2] <= "\u9fff")
        second = text[j + 1]
        plain = second not in FOLLOW and second not in BAD_GIVEN and not _starts_title(text, j + 1)
        likely = bounded or run == 2 or lexicon.given_weights().get(second, 0) >= 20 or text[j + 2] in FOLLOW
        if plain and likely:
            options.append(j + 2)
    if run >= 1:
        options.append(j + 1)
    for end in options:
        if plausible(text[i:end], strength):
            return end
    return -1


_TITLE_START_RE = re.compile(_alts(TITLES))
# Titles right after a Chinese character (王总, 张伟经理), every one, overlapping ones too (总经理 and
# 经理): matched, and the look-behind checked after the first character, so ``re`` skips to title
# characters in C; the scan resumes one character after each title (fastre.finditer_overlapping).
_TITLE_AFTER_CJK_RE = re.compile(trie.pattern(TITLES.split("|"), after_first=f"(?<=[{CJK}].)"))


_TITLE_FIRST = frozenset(t[0] for t in TITLES.split("|"))


def _starts_title(text: str, j: int) -> bool:
    if text[j : j + 1] not in _TITLE_FIRST:
        return False  # most places: no title starts with this character, no pattern to run
    m = _TITLE_START_RE.match(text, j)
    if m is None:
        return False
    title = m.group()
    return not (len(title) == 1 and j + 1 < len(text) and text[j + 1] in _TITLE_BLOCK.get(title, ()))


def _glued(text: str, start: int) -> bool:
    """Does the text before ``start`` form a word with the surname (下周, 对于; 违约金, 供应商)?"""
    if start == 0:
        return False
    table = lexicon.words()
    for k in (1, 2) if start >= 2 else (1,):
        entry = table.get(text[start - k : start + 1])
        if entry is not None and entry.freq >= 50 and (not entry.tag.startswith("nr") or entry.freq >= 1000):
            return True
    return False


# Surname characters that are far more often an ordinary word or particle in running text: outside
# a labelled field they need a stronger signal.
AMBIGUOUS = set("和于时向都那应原将计区成文明全车常来能信国平公相初容干战乐游皮盖查门权米满才水操库答")
# Rare surnames that are everyday morphemes (数据库, 刚才, 喝水, 操作, 回答): never a name on their own.
_MORPHEME_SURNAMES = frozenset("才水操库答")
# Surname characters that are far more often a preposition or conjunction just before a name.
_PREP_SURNAMES = set("和由向于同经对给从将与把")


def _shift(text: str, start: int, limit: int) -> int:
    """Skip a leading 和 / 由 when a surname follows it (明天和李总监, 由陈荣负责)."""
    if text[start] in _PREP_SURNAMES and start + 1 < limit and _sur_len(text, start + 1):
        return start + 1
    return start


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


# Tags of words that are never a name after a post: verbs, adverbs, pronouns, numerals, time words ...
# (书记强调, 经理马上, 师傅明天).
_NOT_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "t")


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


def _plain_word(s: str) -> bool:
    """花名册, 宿舍: a dictionary word not tagged as a person name, however rare."""
    tag = lexicon.words().tag_of(s)
    return tag is not None and not tag.startswith("nr")


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


def _word_ends(text: str, s: int) -> bool:
    """Does a dictionary word of two or three characters end right before ``s`` (目击者于女士, 副班主任常老师)?"""
    table = lexicon.words()
    return any(
        s >= k and text[s - k : s] in table and not (s > k and text[s - k - 1 : s] in table) for k in (3, 2)
    )


def _inner_trigger(text: str, start: int, end: int) -> int:
    """Where a clause word (明天, 表示) begins inside the candidate rather than after it, or -1."""
    for k in range(start + 2, end):
        if text[k] in _TRIGGER_FIRST and (
            text.startswith(_FOLLOW_WORDS, k) or text.startswith(_INNER_SPEECH, k)
        ):
            return k
    return -1


def _name_ends(text: str, end: int) -> bool:
    """Does a name plausibly end at ``end`` (punctuation, a particle, a verb that follows names)?"""
    if end >= len(text) or not _is_cjk(text[end]):
        return True
    c = text[end]
    return (
        c in FOLLOW or c in "、和与及" or (c in _FOLLOW_FIRST and text.startswith(_FOLLOW_WORDS, end))
        or (c == "系" and text.startswith(_PROSE_IS, end))
        or (c == "经" and text.startswith(_JING_CLAUSES, end + 1))
    )


def _clean_break(text: str, end: int) -> bool:
    """Does a word start at ``end`` that the name's last character does not join (被告人马某伙同, 领导濮某评价,
    12床王某夜间)? After a post or a record frame that vouches for a name, such a break ends it as well as a
    particle does; a name whose last character glues to the next one (高峰期, 文明史) does not end there."""
    if end + 1 >= len(text) or not _is_cjk(text[end + 1]):
        return False
    table = lexicon.words()
    if text[end - 1 : end + 1] in table:
        return False
    nxt = table.get(text[end : end + 2])
    return nxt is not None and nxt.freq >= 20 and not nxt.tag.startswith("nr")


def _speaker_given(s: str) -> bool:
    """公示期：, 有效期：: a line-heading label whose "given name" holds characters seldom in given names is a field
    label, not a speaker (speakers whose name is a word are confirmed by _chat_speakers instead)."""
    sl = 1 if s.startswith("阿") else _sur_len(s, 0)
    return _given_ok(s[sl:], WEAK)


def _speaker_word(s: str) -> bool:
    """车主：, 时间：: a dictionary word that is not a person or place name cannot be a speaker."""
    entry = lexicon.words().get(s)
    return entry is not None and entry.freq >= 20 and not entry.tag.startswith(("nr", "ns"))


def role_noun(s: str) -> bool:
    """顾客, 来电人, 申请人: a role or relation noun, or an agent noun made of a verb or noun and
    人 / 者 / 员 / 方, heads a line or a field in place of a name."""
    if s in lexicon.role_nouns():
        return True
    if len(s) < 3 or s[-1] not in "人者员方":
        return False
    entry = lexicon.words().get(s[:-1])
    return s[:-1] in lexicon.role_nouns() or (entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr"))


def _running_text(text: str, start: int, end: int) -> bool:
    """员工：全靠大家, @所有人：周报已发: the value after a label is an ordinary word that runs on into a
    sentence (no field end, particle or title after it), so the label heads an utterance, not a name."""
    if end >= len(text) or not _is_cjk(text[end]) or text[end] in FOLLOW or _starts_title(text, end):
        return False
    entry = lexicon.words().get(text[start:end])
    return entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr")


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


def _left_word(text: str, start: int) -> bool:
    """店长老谢: the character before ``start`` already closes a word with the one before it."""
    entry = lexicon.words().get(text[start - 2 : start]) if start >= 2 else None
    return entry is not None and entry.freq >= 10


# The least common character of each Tibetan name element (by jieba word frequency): every name holds
# one, and they are rare in other text, so the element pattern is tried only around them
# (tests/detectors check that every element of tibetan_name_parts.txt holds one).
TIBETAN_GATE = "丹仁勒吉嘉嘎培堆央姆娃巴庆扎措旦旺普朗朵村杰桑洛玛珍珠琼瓦登益索罗让贡"
_TIBETAN_GATE_RE = re.compile(f"[{TIBETAN_GATE}]")


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


def _tibetan(text: str, gates: Iterable[int] | None = None) -> Iterator[_Hit]:
    """Tibetan names are two name elements (扎西 + 次仁) with no surname; place names built from the
    same elements carry a unit after them (扎西岗乡). ``gates``: the offsets of _TIBETAN_GATE_RE's matches,
    when a joint scan found them."""
    rx = _tibetan_re()
    last = 0
    for p in (g.start() for g in _TIBETAN_GATE_RE.finditer(text)) if gates is None else gates:
        if p < last:
            continue
        for s in range(max(last, p - 5), p + 1):
            m = rx.match(text, s)
            if m is not None and m.end() > p:
                yield _Hit(m.start(), m.end(), MEDIUM)
                last = m.end()
                break


@functools.cache
def _tibetan_re() -> re.Pattern[str]:
    """Two name elements in a row, not followed by a place unit (built on first use from the list)."""
    parts = trie.pattern(sorted(lexicon.tibetan_name_parts()))
    return re.compile(rf"(?:{parts}){{2}}(?![县縣乡鄉镇鎮村寺山湖峰路街沟河区區市州岗])")


# Twelfth round (the block "Twelfth round" below): news and notice cues, here to join _joint_scan.
# Written straight after a name in news, bulletins and notices (某某获得, 某某主持, 某某等同志, 某某在《…》中).
_NARR_AFTER = (
    "获得", "获评", "被评为", "荣获", "当选", "被授予", "主持", "协助", "牵头", "辞去", "不再担任", "等同志", "笔下", "所言",
    "所说", "则指出", "则强调", "则表示", "则认为", "为镜", "为范", "为榜样", "考核合格", "调任", "接任", "分享了",
)
# 的《 / 在《 (某某的《…》, 某某在《…》中写道) are found from 《 with str.find rather than in the prefix tree, where every
# 的 and 在 of the text, the commonest characters, would be a place to try.
_NARR_BOOK_BEFORE = frozenset("的在")
# Cues that frame a historical or literary figure (某某笔下的, 以某某为镜, 某某在《…》中写道): there a name that
# is a person entry of the dictionary (a famous namesake, refused at MEDIUM as a word) is still the person.
_NARR_FIGURE = frozenset(("笔下", "笔下的", "《", "所言", "所说", "为镜", "为范", "为榜样", "正如", "引用"))
# Written straight before a name in notices, citations and congratulations (任命某某为, 授予某某, 正如某某所言).
_NARR_BEFORE = ("任命", "聘任", "授予", "祝贺", "恭喜", "表彰", "笔下的", "正如", "引用", "分享了")
# What may stand right before a name that an after-cue vouches for, besides a clause edge: a before-cue, a
# joining word, a unit the person belongs to (研发中心某某被评为, 来自审计部的某某荣获).
_NARR_LEFT = _NARR_BEFORE + (
    "由", "和", "与", "及", "以", "从", "到", "读", "关于", "据", "同意",
)
# A unit a person belongs to, written before the name with or without 的 (研发中心某某, 华东大区的某某).
_NARR_UNITS = ("中心", "部", "组", "处", "科", "室", "大区", "分公司", "团队", "车间")
_NARR_AFTER_SET = frozenset(_NARR_AFTER)
_NARR_BEFORE_SET = frozenset(_NARR_BEFORE)
# A before-cue that opens with an after-cue (笔下的 = 笔下 + 的): the trie finds the longer one; both sides count.
_NARR_AFTER_OF = {c: a for c in _NARR_BEFORE for a in _NARR_AFTER if c.startswith(a)} | {a: a for a in _NARR_AFTER}
_NARR_RE = re.compile(trie.pattern(_NARR_AFTER + _NARR_BEFORE))


# The class-led scans of _chinese_hits in one pass: each costs a class test of every character of the text
# before it tries anything, so one scan of the union replaces nine. Each member is a one-character pattern
# that matches exactly where its own pattern does (see _trie_start); at every place one of them matches,
# the members whose first characters hold that character are tried, each with its own finditer bookkeeping.
_J_LABEL, _J_TITLE_BEFORE, _J_TITLE_AFTER, _J_PREP, _J_ISOLATED, _J_VERB, _J_SIGNATURE, _J_TIBETAN, _J_NARR = range(9)
_SUR_CHARS = frozenset(_SINGLE | {c[0] for c in _COMPOUND})


def _firsts(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w[0] for w in words)


_JOINT: list[tuple[re.Pattern[str], frozenset[str], str]] = [
    (_LABEL_RE, _firsts(LABELS.split("|")), _trie_start(_LABEL_RE, LABELS.split("|"))),
    (
        _TITLE_BEFORE_RE, _firsts(TITLES_BEFORE.split("|")),
        _trie_start(_TITLE_BEFORE_RE, TITLES_BEFORE.split("|")),
    ),
    (_TITLE_AFTER_CJK_RE, _firsts(TITLES.split("|")), _trie_start(_TITLE_AFTER_CJK_RE, TITLES.split("|"))),
    (_PREP_RE, _firsts(_PREP_WORDS.split("|")), _class_start(_firsts(_PREP_WORDS.split("|")), _PREP_RE)),
    (_ISOLATED_RE, _SUR_CHARS, _class_start(_SUR_CHARS, _ISOLATED_RE)),
    (_VERB_RE, _SUR_CHARS, _class_start(_SUR_CHARS, _VERB_RE)),
    (_SIGNATURE_RE, _firsts(_SIGN_WORDS), _class_start(_firsts(_SIGN_WORDS), _SIGNATURE_RE)),
    (_TIBETAN_GATE_RE, frozenset(TIBETAN_GATE), _char_class(TIBETAN_GATE)),
    (_NARR_RE, _firsts(_NARR_AFTER + _NARR_BEFORE), _trie_start(_NARR_RE, _NARR_AFTER + _NARR_BEFORE)),
]
_JOINT_FIRST = frozenset().union(*(first for _, first, _ in _JOINT))
_JOINT_RE = re.compile(f"{_char_class(_JOINT_FIRST)}(?<=(?:{'|'.join(start for _, _, start in _JOINT)}))")
_JOINT_BY_CHAR = {c: tuple(k for k, (_, first, _) in enumerate(_JOINT) if c in first) for c in _JOINT_FIRST}
# Members whose matches are wanted at every place, overlapping ones too (fastre.finditer_overlapping); the
# Tibetan gate is one character, its places are all the caller needs.
_JOINT_OVERLAPPING = frozenset([_J_TITLE_AFTER, _J_TIBETAN])


def _joint_scan(text: str) -> list[list[int]]:
    """For each member of _JOINT, where the matches of its scan in _chinese_hits start: ``finditer``'s
    (every place for _J_TITLE_AFTER and _J_TIBETAN, overlapping ones too), from one scan of the text.

    Offsets, not match objects: thousands of live matches in a long text would each count towards the
    cyclic garbage collector's next run (measured: 7x the collections at 1 MB); _joint_matches makes each
    one again when it is used."""
    out: list[list[int]] = [[] for _ in _JOINT]
    resume = [0] * len(_JOINT)  # where each member's finditer would search next
    for g in _JOINT_RE.finditer(text):
        q = g.start()
        for k in _JOINT_BY_CHAR[text[q]]:
            if q < resume[k]:
                continue
            if k == _J_TIBETAN:
                out[k].append(q)
                continue
            m = _JOINT[k][0].match(text, q)
            if m is not None:
                out[k].append(q)
                if k not in _JOINT_OVERLAPPING:
                    resume[k] = m.end()
    return out


def _joint_matches(k: int, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of member ``k`` of _JOINT at ``starts`` (from _joint_scan), one at a time."""
    match = _JOINT[k][0].match
    for q in starts:
        m = match(text, q)
        if m is not None:  # always: the scan found a match there
            yield m


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*\|")
# Whether a Markdown table rule is anywhere in the text (a literal first, so ``re`` skips in C).
_TABLE_GATE = re.compile(r"\|[ \t]*:?--")
_NAME_HEADERS = frozenset(["姓名", "名字", "name", "Name", "NAME", "Full name", "full_name", "联系人姓名", "客户姓名",
                           # a task list's or a rota's person column (| 任务 | 负责 | 截止 |)
                           "负责", "处理", "经办", "值班", "使用人", "创建人", "操作人", "assignee", "Assignee", "owner",
                           "Owner"])


def _cell_name(value: str) -> bool:
    """A whole cell under a name column that reads as surname + one or two given-name characters is a
    name even when it is also a word (高峰, 文静): no sentence runs through a cell."""
    sl = _sur_len(value, 0)
    return bool(sl) and 1 <= len(value) - sl <= 2 and (_given_ok(value[sl:], STRONG) or _particle_given(value[sl:]))


# 和 and 于 are a conjunction and a preposition in running text, so the general rules refuse them as given-name
# characters; in a whole value that nothing runs on from (a cell, a field, a line of its own) they are names'.
_PARTICLE_GIVEN = frozenset("和于")


def _particle_given(given: str) -> bool:
    """嘉和, 子和, 和煦, 于晴: two characters, one of them 和 / 于, the other a common given-name character."""
    if len(given) != 2 or given[0] == given[1]:
        return False
    if given[0] in _PARTICLE_GIVEN:
        other = given[1]
    elif given[1] in _PARTICLE_GIVEN:
        other = given[0]
    else:
        return False
    return other not in _PARTICLE_GIVEN and _given_ok(other, STRONG) and lexicon.given_weights().get(other, 0) >= 5


_CELL = re.compile(r"\S+")


def _spaced_table(text: str) -> Iterator[_Hit]:
    """Rows of a table aligned with spaces or tabs under a 姓名 column (工号 姓名 部门 / A1023 田野 行政部):
    a row with as many cells as the header has one name in that column, as a Markdown cell does."""
    n = len(text)
    at = -1
    while (at := text.find("姓名", at + 1)) >= 0:
        if (at > 0 and not text[at - 1].isspace()) or (at + 2 < n and not text[at + 2].isspace()):
            continue  # 姓名： is a label, not a column header
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = n if line_end < 0 else line_end
        cells = [c.group() for c in _CELL.finditer(text, line_start, line_end)]
        if len(cells) < 2:
            continue
        col = cells.index("姓名")
        pos = line_end + 1
        while pos < len(text):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            row = list(_CELL.finditer(text, pos, stop))
            if len(row) != len(cells):
                break
            cell = row[col]
            value = cell.group()
            if _is_cjk(value[0]) and (
                _cell_name(value) or best_name(text, cell.start(), STRONG) == cell.end()
            ):
                yield _Hit(cell.start(), cell.end(), STRONG)
            pos = stop + 1


# Column headers that name one person per row in a comma-, semicolon- or tab-separated table.
_DELIMITED_HEADERS = ("姓名", "名字", "联系人", "负责人", "收件人", "收货人", "经办人", "申请人", "员工", "学生", "客户",
                      # who holds a ticket, a device or a task in an export (工单,处理人,状态 / ticket,assignee)
                      "处理人", "使用人", "责任人", "操作人", "创建人", "审批人", "值班人", "跟进人", "对接人",
                      "assignee", "owner")
_DELIMITED_HEADER_SET = frozenset(_DELIMITED_HEADERS)
_DELIMITERS = (",", "\t", "，", ";", "；")
_MAX_HEADER_LINE = 400
_CELL_EDGE = frozenset(",\t，;；\n\r \"'")
_CELL_PAD = " \t\r\"'"


def _delimited_table(text: str) -> Iterator[_Hit]:
    """Rows of a CSV / TSV table under a 姓名 column (姓名,部门,手机 / 高峰,基础架构部,138…): the header vouches
    for the cell in its column on every row below it, as in a Markdown table. Rows may have extra or missing
    trailing cells (a broken export is exactly what people paste); the table ends at the first line without
    the delimiter."""
    n = len(text)
    checked: set[int] = set()
    for header in _DELIMITED_HEADERS:
        if not substring.chars_in(text, header):
            continue  # one character missing: a few µs, where a search for the word steps through the whole text
        at = 0
        while (at := substring.find(text, header, at)) >= 0:
            before = text[at - 1] if at else "\n"
            after = text[at + len(header)] if at + len(header) < n else "\n"
            if (before not in _CELL_EDGE or after not in _CELL_EDGE) or (before == "\n" and after == "\n"):
                at += len(header)  # prose (客户反馈…) or a line of its own: not a header cell
                continue
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = n if line_end < 0 else line_end
            at = line_end  # one look per line: a long line full of 客户 costs one pass, not one per mention
            if line_start in checked or line_end - line_start > _MAX_HEADER_LINE:
                continue
            checked.add(line_start)
            line = text[line_start:line_end]
            delim = next((d for d in _DELIMITERS if d in line), None)
            if delim is None:
                continue
            cells = [c.strip(_CELL_PAD) for c in line.split(delim)]
            col = next((i for i, c in enumerate(cells) if c in _DELIMITED_HEADER_SET), -1)
            if len(cells) >= 2 and col >= 0:
                yield from _delimited_rows(text, line_end + 1, delim, col, checked)


def _delimited_rows(text: str, pos: int, delim: str, col: int, checked: set[int]) -> Iterator[_Hit]:
    """The cells in column ``col`` of the rows from ``pos`` on; each row's line joins ``checked``, so a header
    word inside the table is not read as a second table (which would make rows cost once per header)."""
    n = len(text)
    while pos < n:
        stop = text.find("\n", pos)
        stop = n if stop < 0 else stop
        line = text[pos:stop]
        if delim not in line or pos in checked:
            return
        checked.add(pos)
        cell_start = pos
        for i, cell in enumerate(line.split(delim)):
            if i == col:
                value = cell.strip(_CELL_PAD)
                if value and _is_cjk(value[0]) and len(value) <= 6:
                    s = cell_start + cell.index(value)
                    if _cell_name(value) or best_name(text, s, STRONG) == s + len(value):
                        yield _Hit(s, s + len(value), STRONG)
                break
            cell_start += len(cell) + len(delim)
        pos = stop + 1


def _chat_speakers(text: str, found: list[_Hit], stamped: bool | None = None) -> Iterator[_Hit]:
    """In a chat with two or more speakers already named, a speaker whose name is also a word (周末：,
    程序：) and who speaks at least twice is one of them."""
    confirmed = {text[h.start : h.end] for h in found}
    named: set[str] = set()
    others: dict[str, list[tuple[int, int]]] = {}
    for m in _speakers(text, stamped):
        s, e = m.start("n"), m.end("n")
        name = text[s:e]
        if name in confirmed:
            named.add(name)
        else:
            others.setdefault(name, []).append((s, e))
    if len(named) < 2:
        return
    for name, spans in others.items():
        if len(spans) < 2 or not _cell_name(name) or role_noun(name) or name in _LABEL_SET:
            continue
        if name in lexicon.admin_short_names() or name in lexicon.admin_names():
            continue
        for s, e in spans:
            yield _Hit(s, e, MEDIUM)


def _table(text: str) -> Iterator[_Hit]:
    """Markdown table cells under a name column (| 姓名 | 手机 | ... then |李某|138...|): the header
    vouches for every cell below it, as a label does for the value after it."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    columns: set[int] = set()
    for k, line in enumerate(lines):
        if "|" not in line:
            columns = set()
            continue
        if _TABLE_RULE.match(line) and k > 0:
            head = [c.strip() for c in lines[k - 1].strip().strip("|").split("|")]
            columns = {i for i, c in enumerate(head) if c in _NAME_HEADERS or c in _LABEL_SET}
            continue
        if not columns:
            continue
        body = line.strip()
        lead = offsets[k] + line.index(body) + (1 if body.startswith("|") else 0)
        cells = (body[1:] if body.startswith("|") else body).split("|")
        cell_start = lead
        for i, cell in enumerate(cells):
            value = cell.strip()
            if i in columns and value and _is_cjk(value[0]):
                s = cell_start + cell.index(value)
                if best_name(text, s, STRONG) == s + len(value) or _cell_name(value):
                    yield _Hit(s, s + len(value), STRONG)
            cell_start += len(cell) + 1


def _enumeration(text: str, pos: int, strength: int) -> Iterator[_Hit]:
    """Names listed after the first one under the same label (参会人：轩辕磊、宇文梓萱)."""
    for _ in range(20):
        m = _LIST_NEXT.match(text, pos)
        if m is None:
            return
        end = best_name(text, m.start("n"), strength)
        if end < 0 and strength == STRONG:
            end = _closed_member(text, m.start("n"))  # 参会：冯宁、温暖: a word-like name closes the list
        if end < 0:
            hit = _titled_at(text, m.start("n"))
            if hit is None:
                return
            yield hit
            pos = hit.end
            continue
        yield _Hit(m.start("n"), end, strength)
        pos = end
        nxt = _TITLE_AT_RE.match(text, pos)
        if nxt and nxt.group("t"):
            pos += len(nxt.group("t"))


_MEMBER_CLOSE = frozenset("、，,；;（(\n\r\t ")


def _closed_member(text: str, s: int) -> int:
    """End of a list item at ``s`` that is a whole run of two or three Chinese characters closed by a list
    separator or the line's end and reads as a name beside names (_row_member), or -1."""
    k = s
    while k < len(text) and k - s < 4 and _is_cjk(text[k]):
        k += 1
    if not 2 <= k - s <= 3 or (k < len(text) and text[k] not in _MEMBER_CLOSE):
        return -1
    return k if _row_member(text[s:k]) else -1


def _titled_at(text: str, s: int) -> _Hit | None:
    """An honorific (林处长) starting exactly at ``s``."""
    for sl in (2, 1):
        if _sur_len(text, s) == sl:
            m = _TITLE_AT_RE.match(text, s + sl)
            if m and m.group("t"):
                return _titled(text, s + sl, m.group("t"))
    return None


def _chinese_hits(text: str, stamped: bool | None = None) -> Iterator[_Hit]:
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
                if _running_text(text, start, end) or _label_opens_clause(text, start, end, m.group("label"), m.group("sep")):
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
    if "从" in text:
        yield from _from_to_names(text)  # thirteenth round: 从某某到某某
    if "|" in text and _TABLE_GATE.search(text):
        yield from _table(text)
    if substring.contains(text, "姓名"):
        yield from _spaced_table(text)
    yield from _delimited_table(text)


# Labels whose value may be a company, a wallet or an account rather than a person.
_PAYEE_LABELS = frozenset("收款方 付款方 转账至 转账给 汇款给 付款给 转给 汇给 户名 开户名 账户名 开户人 收款人 付款人 抄送".split())


_COURTESY = ("先生", "女士", "小姐")


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


def _lists(text: str) -> Iterator[re.Match[str]]:
    """``_LIST_RE.finditer(text)``, tried only a few characters before each 、: a match holds a 、 two
    to four characters after its start, and 、 is far rarer than the surname characters it starts with."""
    done = 0  # where the next match may start: the last match's end, or past positions already tried
    at = text.find("、")
    while at >= 0:
        for s in range(max(done, at - 4), at - 1):
            m = _LIST_RE.match(text, s)
            if m is not None:
                yield m
                done = m.end()
                break
        else:
            done = max(done, at + 1)
        at = text.find("、", max(at + 1, done))


def _listed_word_name(text: str, a: int, b: int) -> bool:
    """Does text[a:b], a list item, read as surname + given name at label strength (初二 does not: a
    numeral makes a grade)?"""
    value = text[a:b]
    return _cell_name(value) and best_name(text, a, STRONG) == b and not _NUMERALS.intersection(value[1:])


# What may follow the last name of a list in running text: a count of the people (三人, 两位) or 等.
_LIST_COUNT = re.compile("[两二三四五六七八九十几多]+(?:位|人|名)|等")


def _list_tail(text: str, end: int) -> bool:
    """Does the clause go on at ``end`` after the last name of a list (…、常某参加, …、白某某三人组成)?"""
    if _name_ends(text, end) or _after_name_word(text, end):
        return True
    return _LIST_COUNT.match(text, end) is not None or _clean_break(text, end)


def _list_word_member(value: str) -> bool:
    """王某某、和平、钱某某: between names, a two-character item that reads as surname + given name is one
    of them even when it is a common word, as a cell under a name column is (not a place or a role)."""
    return (
        len(value) == 2 and _cell_name(value) and value not in lexicon.admin_short_names()
        and value not in lexicon.admin_names() and not role_noun(value) and value not in _LABEL_SET
    )


def _list_items(text: str, pos: int, parts: list[str]) -> Iterator[_Hit]:
    """The names of a 、-list of short runs (周杰、吴婷、郑浩). Two items that read as names at MEDIUM make
    it a list of people; then an item that is also a word (高峰, 白雪) but reads as surname + given name
    at label strength is one of them too, as a cell under a name column is."""
    items: list[tuple[int, int, bool]] = []
    first = parts[0]
    if (
        text[pos] in _PREP_SURNAMES and len(first) >= 3 and pos > 0 and _is_cjk(text[pos - 1])
        and text[pos - 1] not in _LIST_OPEN and _sur_len(text, pos + 1)
    ):
        pos, parts = pos + 1, [first[1:]] + parts[1:]  # 由石某、龙某某: 由 introduces the list
    elif pos > 0 and _is_cjk(text[pos - 1]) and text[pos - 1] not in _LIST_OPEN:
        # 授予王海燕、于春生: the first run counts only as a name found on its own, not glued to the left
        end = best_name(text, pos, MEDIUM)
        if end != pos + len(parts[0]) or _glued(text, pos):
            pos += len(parts[0]) + 1
            parts = parts[1:]
    for k, part in enumerate(parts):
        end = best_name(text, pos, MEDIUM)
        if k == len(parts) - 1 and pos < end < pos + len(part) and _list_tail(text, end):
            items.append((pos, end, True))  # 钱某某、常某参加: the last name runs into the clause
        else:
            items.append((pos, pos + len(part), end == pos + len(part)))
        pos += len(part) + 1
    confirmed = sum(ok for _, _, ok in items)
    if confirmed == 0:
        return
    loose = [
        ok or _listed_word_name(text, a, b) or (confirmed >= 2 and _list_word_member(text[a:b]))
        for a, b, ok in items
    ]
    if confirmed < 2 and not all(loose):
        return  # one name and a word (王府井、和平门) is no list of people
    for (s, e, _), ok in zip(items, loose):
        if ok:
            yield _Hit(s, e, MEDIUM)


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
    return (
        sl > 0 and end - start == sl + 2 and not (sl == 1 and (text[start] in AMBIGUOUS or text[start] in _PREP_SURNAMES))
        and _particle_given(value[sl:]) and value not in lexicon.words()
    )


# What closes a list item, a cell or a line that holds a name only.
_ISOLATED_CLOSE = frozenset("\n\r\t（(，,、；;。|")


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


def _quoted_modifier(text: str, start: int, end: int) -> bool:
    """Is the run [start, end) a term in quotation marks written straight before a noun (“金点子”建议)? A name
    in quotes is followed by a particle, a verb that follows names or punctuation, not by the noun it names."""
    if start == 0 or text[start - 1] not in "“\"" or end + 1 >= len(text) or text[end] not in "”\"":
        return False
    nxt = lexicon.words().get(text[end + 1 : end + 3])
    return nxt is not None and (nxt.tag[:1] in ("n", "a") or nxt.tag == "vn") and not nxt.tag.startswith(("nr", "ns"))


# Second characters that make a surname + one character an ordinary word (胡子, 李家, 王氏, 陆军, 马儿).
_NOT_GIVEN_SECOND = frozenset("子家氏人军王儿公爷")


def _listed_person(s: str) -> bool:
    """李娜, 李强, 王明: two characters jieba tags as a person (a famous namesake, so the word check calls them
    words), a common surname, a common given-name character, and not so frequent that the word is everyday."""
    entry = lexicon.words().get(s)
    return (
        entry is not None and entry.tag.startswith("nr") and entry.freq < 1000 and len(s) == 2
        and s[0] in _TOP_SURNAMES and s[1] not in _NOT_GIVEN_SECOND and lexicon.given_weights().get(s[1], 0) >= 80
    )


# The hundred commonest single-character surnames (mainland frequency order, roughly).
_TOP_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


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


def _speakers(text: str, stamped: bool | None = None) -> Iterator[re.Match[str]]:
    """``_SPEAKER_RE.finditer(text)``: the line at 0, then the lines after each newline (the matches
    of _SPEAKER_NL_RE start at the newline; group ``n`` is the same)."""
    if stamped is None:
        stamped = _stamped(text)
    head, lines = (_STAMPED_SPEAKER_RE, _STAMPED_SPEAKER_NL_RE) if stamped else (_SPEAKER_RE, _SPEAKER_NL_RE)
    pos = 0
    first = head.match(text)
    if first is not None:
        yield first
        pos = first.end()  # a colon: the next line starts after a newline at or after it
    yield from lines.finditer(text, pos)


def _minority_runs(text: str) -> Iterator[re.Match[str]]:
    """``_MINORITY_RE.finditer(text)``, tried only just before each dot: a match starts two to six
    Chinese characters before its first dot, and dots are rare while Chinese characters are not."""
    present = [d for d in _DOT if d in text]
    if not present:
        return
    if len(present) == 1:
        dots: Iterable[int] = (d.start() for d in _DOT_RES[present[0]].finditer(text))
    else:
        dots = sorted(d.start() for c in present for d in _DOT_RES[c].finditer(text))
    last = 0
    for dot in dots:
        if text[dot - 2 : dot] in _COMPOUND and _compound_given_end(text, dot + 1) > 0:
            continue  # 南宫•彩云: a compound surname and its given name (_compound_dotted), no transliteration
        for p in range(max(last, dot - 6), dot - 1):
            m = _MINORITY_RE.match(text, p)
            if m is not None:
                yield m
                last = m.end()
                break


_SPACED_CONTEXT_WORDS = tuple(LABELS.split("|")) + ("联系", "转账至", "转账给", "@", "＠", "对接人", "司机")
_SPACED_CONTEXT = re.compile(rf"(?:{_alts(LABELS)}|联系|转账至|转账给|@|＠|对接人|司机)[:：]?\s*$")


def _spaced_context(before: str) -> bool:
    """``_SPACED_CONTEXT.search(before) is not None`` without a search from every position: one of the words,
    then an optional colon, then only white space to the end (no word holds a colon or white space)."""
    head = before.rstrip()
    if head.endswith((":", "：")):
        head = head[:-1]
    return head.endswith(_SPACED_CONTEXT_WORDS)


def _spaced_label(before: str) -> bool:
    """姓 名：田 野: a form that spaces its names spaces its labels too; the label read without its gaps, then a
    colon and white space, comes right before the name."""
    head = before.rstrip(" \t\u3000")
    if not head.endswith((":", "：")):
        return False
    head = head[:-1]
    return " " in head[-4:] and head.replace(" ", "").endswith(_SPACED_CONTEXT_WORDS)


# The signature block of a judgment or notice pads names to the width of the longest (审判长　　何　　鹏,
# 书记员  罗  娟): a label, a gap, and a name with gaps of one to three spaces that ends its line.
_PADDED_RE = re.compile(rf"[{CJK}](?:[ \u3000]{{1,3}}[{CJK}]){{1,6}}[ \t\u3000]*$")
# A wide gap after a Chinese character (`[CJK](?:\u3000|  )[ \u3000]*[CJK]`), as one pattern per kind of gap: each
# starts with literals, so `re` skips to the next gap like `str.find`, where the CJK-led form was entered at every
# Chinese character (0.23-0.36 -> 0.04 ms per 64 KB). Only the lines holding one matter, and a gap never spans lines.
_PADDED_GATES = [re.compile(rf"{gap}(?<=[{CJK}]{gap})[ \u3000]*[{CJK}]") for gap in ("\u3000", "  ")]


def _padded_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a wide gap between two Chinese characters, in order."""
    n = len(text)
    pending = [rx.search(text) for rx in _PADDED_GATES]
    while True:
        live = [g for g in pending if g is not None]
        if not live:
            return
        g = min(live, key=lambda m: m.start())
        line = text.rfind("\n", 0, g.start()) + 1
        done = text.find("\n", g.end())
        if done < 0:
            done = n
        yield line, done
        pending = [g if g is None or g.start() >= done else rx.search(text, done)
                   for rx, g in zip(_PADDED_GATES, pending)]


def _padded_names(text: str) -> Iterator[_Hit]:
    """Names padded with spaces after a label at the end of their line (审　判　长　　何　　鹏): the last two to
    four characters of the line's spaced run, when what comes before them on the line, read without its gaps,
    ends with a label."""
    for line, done in _padded_lines(text):  # one look at each line that holds a wide gap
        m = _PADDED_RE.search(text, line, done)
        if m is None:
            continue
        chars = [k for k in range(m.start(), m.end()) if _is_cjk(text[k])]
        for k in (4, 3, 2):
            if k > len(chars):
                continue
            first = chars[-k]
            head = text[line:first].rstrip(" \t\u3000:：").replace(" ", "").replace("\u3000", "")
            name = "".join(text[c] for c in chars[-k:])
            sl = _sur_len(name, 0)
            if (
                head.endswith(_SPACED_CONTEXT_WORDS) and sl and 1 <= k - sl <= 2
                and plausible(name, STRONG) and _given_ok(name[sl:], MEDIUM)
            ):
                yield _Hit(first, chars[-1] + 1, STRONG)
                break


_CELL_EDGES = "|\t\n"
# The wide gaps of _PADDED_GATE, each found from its literal (two spaces, an ideographic space) so ``re`` skips
# to it in C; the characters on either side are checked after it.
_PADDED_GATES = [
    re.compile(f"{gap}(?<=[{CJK}]{gap})[ \u3000]*(?=[{CJK}])") for gap in ("  ", "\u3000")
]
_PADDED_CELL_RE = re.compile(rf"[ \u3000]*(?P<n>{_RUN}(?:[ \u3000]{{1,3}}{_RUN}){{1,3}})[ \u3000]*\Z")


def _padded_cells(text: str) -> Iterator[_Hit]:
    """A name padded or spaced out to fill a table cell or a line of its own (| 张  伟 |, 王　　芳 on a rota):
    the whole cell, read without its gaps, is a surname and a given name; form labels padded the same way
    (金  额, 单  价, 备  注) are words, and a word is no name."""
    done = -1
    gates = sorted(g.start() for rx in _PADDED_GATES for g in rx.finditer(text))
    for at in gates:
        if at < done:
            continue
        a = max(text.rfind(c, 0, at) for c in _CELL_EDGES) + 1
        ends = [k for k in (text.find(c, at) for c in _CELL_EDGES) if k >= 0]
        b = min(ends) if ends else len(text)
        done = b
        m = _PADDED_CELL_RE.fullmatch(text, a, b)
        if m is None:
            continue
        name = m.group("n").replace(" ", "").replace("\u3000", "")
        sl = _sur_len(name, 0)
        tag = lexicon.words().tag_of(name)
        if tag is not None and not tag.startswith("nr"):
            continue  # 毛  重, 房  号: a rare noun is still a form's label
        if sl and 1 <= len(name) - sl <= 2 and plausible(name, MEDIUM) and _given_ok(name[sl:], MEDIUM):
            yield _Hit(m.start("n"), m.end("n"), STRONG)


def _spaced(text: str, start: int, end: int) -> _Hit | None:
    """A name written with spaces between its characters (贾 秀 荣, 迟 杰工程师, 转账至 颜 兵).

    A run's first character may close the word before it (转账至) and its last may open the word
    after it (你那边); those are dropped unless the name needs them (联系曾 超拿钥匙)."""
    if end - start > 13:
        return None  # seven or more spaced characters are spaced-out text, not one name
    if end - start in (3, 5) and (split := _surname_split(text, start, end)) is not None:
        return split  # 王 海燕, 司徒 婉仪: a gap only after the surname
    chars = list(range(start, end, 2))  # positions of the run's characters
    # an end character is glued when it forms a dictionary word with its neighbour outside the run (消费 深 圳,
    # 王 小 明天, 敬祝 商祺); 转告褚　晓　东处理 glues neither: 告褚 and 东处 are no words
    table = lexicon.words()
    glued_left = start > 0 and _is_cjk(text[start - 1]) and text[start - 1 : start + 1] in table
    glued_right = end < len(text) and _is_cjk(text[end]) and text[end - 1 : end + 1] in table
    title_after = end < len(text) and _starts_title(text, end)
    lo, hi = 0, len(chars)
    labelled = _spaced_context(text[max(0, start - 10) : start]) or _spaced_label(text[max(0, start - 10) : start])
    if glued_left and hi - lo > 2 and not labelled:
        lo += 1  # 转账至 颜 兵: 至 closes 转账至; but 收件人隋 兰 英 keeps 隋
    if glued_right and not title_after and hi - lo > 2:
        hi -= 1
    run = text[start:end:2]  # the run's characters without their gaps
    for a in range(lo, hi - 1):
        if a > 0 and not labelled and _glued(run, a):
            continue  # 请 按 时 提 交: 时 closes 按时, the spaced text is a sentence, not a name
        strength = 0  # the context before chars[a], looked up once it is needed
        for b in range(min(hi, a + 4), a + 1, -1):
            name = text[chars[a] : chars[b - 1] + 1 : 2]  # the characters at chars[a:b], every other one
            sl = _sur_len(name, 0)
            if not sl or len(name) - sl < 1 or len(name) - sl > 2:
                continue
            if not strength:
                before = text[max(0, chars[a] - 10) : chars[a]]
                strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
            uses_glued = (a == 0 and glued_left) or (b == len(chars) and glued_right and not title_after)
            if uses_glued and strength < STRONG:
                continue  # 消费 深圳…: the ends belong to the words around them
            if strength < STRONG and (a > 0 or b < len(chars)) and _cuts_word(run, a, b, sl):
                continue  # 周 一 至 周 五, 王 者 荣 耀: spaced-out words, the name would cut one
            if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
                return _Hit(chars[a], chars[b - 1] + 1, strength)
    return None


# Separators written between a compound surname and its given name (欧阳·娜娜, 尉迟．晓东, 上官・婉清): the minority
# dots, and the full-width full stop, which the scanner folds to ".".
_COMPOUND_SEPS = _DOT + "．."


def _compound_given_end(text: str, g: int) -> int:
    """End of a one- or two-character given name starting at ``g`` (after a compound surname and a separator),
    where a name ends; -1 when there is none."""
    for k in (2, 1):
        e = g + k
        if e <= len(text) and all(_is_cjk(c) for c in text[g:e]) and _given_ok(text[g:e], MEDIUM) and _name_ends(text, e):
            return e
    return -1


# A separator between Chinese characters: the compound surname and the given name are both Chinese, so the dots
# of English prose, code, hosts and numbers (most of a long text's dots) are passed over in the regex engine.
_COMPOUND_SEP_RE = re.compile(f"[{re.escape(_COMPOUND_SEPS)}](?<=[{CJK}]{{2}}.)(?=[{CJK}])")


def _compound_dotted(text: str) -> Iterator[_Hit]:
    """A compound surname, a separator and a given name of one or two characters (闻人•斌, 慕容．海涛): the
    separator says the two are a name's parts; the surname must not close a word with the text before it."""
    for m in _COMPOUND_SEP_RE.finditer(text, 2):
        p = m.start()
        s = p - 2
        if text[s:p] in _COMPOUND and not _glued(text, s):
            e = _compound_given_end(text, p + 1)
            if e > 0:
                yield _Hit(s, e, STRONG)


def _minority(text: str, start: int, end: int) -> Iterator[_Hit]:
    """Trim a ·-joined run to the transliterated name inside it (通知艾力·买买提参加 -> 艾力·买买提)."""
    parts = re.split(f"([{_DOT}])", text[start:end])
    names = parts[0::2]
    first = names[0]
    k = len(first)
    while k > 0 and first[k - 1] in TRANSLIT:
        k -= 1
    last = names[-1]
    j = 0
    while j < len(last) and last[j] in TRANSLIT:
        j += 1
    if j < 2 and len(last) > 2 and len(names) == 2:
        # 热依汗•司马义是…: the last part runs into the clause; it ends where a name ends (是, 说, 的 ...)
        base = end - len(last)
        cut = next((k for k in range(2, len(last)) if _name_ends(text, base + k)), 0)
        if cut:
            end, last = base + cut, last[:cut]
            names = [first, last]
    s, e = start + k, end - (len(last) - j)
    while s > 0 and e - s > 4 and text[s] != _DOT and _glued_word(text, s):
        s += 1  # 感谢库尔班·…: 谢 belongs to 感谢
    core = text[s:e]
    letters = [c for c in core if c not in _DOT]
    if len(first) - k >= 2 and j >= 2 and sum(c in TRANSLIT for c in letters) >= 0.8 * len(letters):
        yield _Hit(s, e, STRONG)
    elif (
        (len(first) - k < 2 or j < 2)
        and all(2 <= len(n) <= (6 if k == 0 else 4) for n in names)
        and (start == 0 or not _is_cjk(text[start - 1]))
    ):
        yield _Hit(start, end, STRONG)  # a rarer transliteration: keep the whole parts when each is short


# Mongolian, Uyghur, Kazakh and Yi names written without the middle dot (其其格, 巴图孟和, 热合曼江, 吉克阿依): a
# run of transliteration characters; 和 only in the Mongolian elements 孟和 / 苏和 (elsewhere it is "and").
_STEPPE = TRANSLIT | set("孟洪果敖登乐朝牛呷那云苏呼勒毕")
# `[…]{3,16}` written as one character, a look-ahead for two more and the rest: a pattern that starts with a repeat
# gives `re` no first character to skip to, so it entered the matcher at every position (0.36 -> ≈0.1 ms per 64 KB).
_STEPPE_CLASS = _char_class(_STEPPE | {"和"})
_STEPPE_RE = re.compile(f"{_STEPPE_CLASS}(?={_STEPPE_CLASS}{{2}}){_STEPPE_CLASS}{{2,15}}")
# What introduces or follows a person in running text around such a name.
_STEPPE_BEFORE = ("欢迎", "邀请", "交给", "转交给", "联系", "感谢", "恭喜", "祝贺", "通知", "居民", "同事", "员工", "学员",
                  "和", "与", "跟", "同", "由", "给", "请", "找", "让", "叫", "问")
_STEPPE_AFTER = ("同志", "加入", "搭档", "负责", "接任", "入职", "调任",
                 # what only a person does, for someone or of their own accord (主动顶班, 帮她整理)
                 "主动", "帮她", "帮他", "帮我", "替她", "替他")


def _steppe_cue_left(text: str, s: int) -> bool:
    """A word before ``s`` that introduces a person (欢迎, 由, 交给, a label or role such as 负责人, 居民)."""
    return text.endswith(_STEPPE_BEFORE, max(0, s - 3), s) or text.endswith(_SPACED_CONTEXT_WORDS, max(0, s - 5), s)


def _steppe_cue_right(text: str, e: int) -> bool:
    """A verb, title or 同志 at ``e`` that follows a person (表示, 加入, 负责, 经理)."""
    return (
        _after_name_word(text, e) or text.startswith(_STEPPE_AFTER, e) or _starts_title(text, e) or text[e] == "说"
    )


def _steppe_listed(text: str, s: int, e: int) -> bool:
    """杨萍、热合曼江、张金凤: a 、-list whose neighbouring item is a Chinese name is a list of people (德克萨斯州、
    加利福尼亚 is not)."""
    if text[s - 1 : s] == "、" and any(
        text[s - 1 - k - 1 : s - 1 - k] in ("、", "：", ":", "，", "\n", "") and plausible(text[s - 1 - k : s - 1], MEDIUM)
        for k in (2, 3)
    ):
        return True
    return text[e : e + 1] == "、" and any(
        text[e + 1 + k : e + 2 + k] in ("、", "。", "，", "\n", "") and plausible(text[e + 1 : e + 1 + k], MEDIUM)
        for k in (2, 3)
    )


def _steppe_names(text: str) -> Iterator[_Hit]:
    """Transliterated names without a dot: three to seven characters that form no dictionary word, place or
    country, with a clause edge or a cue on each side and a cue on at least one (a word that introduces a person
    before it, a verb or title after it), or heading a chat line, or inside a list of people."""
    words, admin = lexicon.words(), lexicon.admin_names()
    countries = _countries()[0]
    n = len(text)
    for m in _STEPPE_RE.finditer(text):
        a, b = m.span()
        done = False
        # a name starts where the run does or right after a 和 inside it (not the one of 孟和 / 苏和)
        starts = [a + (text[a] == "和")] + [
            k + 1 for k in range(a + 1, b - 3) if text[k] == "和" and text[k - 1] not in "孟苏"
        ]
        for s in starts:
            if done:
                break
            edge_left = s == 0 or not _is_cjk(text[s - 1])
            cue_left = not edge_left and _steppe_cue_left(text, s)
            if not (edge_left or cue_left) and "同志" not in text[s + 3 : s + 9]:
                continue  # inside running text, and no 同志 to vouch for it
            for e in range(min(b, s + 7), s + 2, -1):
                core = text[s:e]
                if "和" in core.replace("孟和", "").replace("苏和", ""):
                    continue
                edge_right = e >= n or not _is_cjk(text[e])
                cue_right = not edge_right and _steppe_cue_right(text, e)
                joined = not edge_right and text[e] in "、和与"
                if not (cue_left or cue_right):
                    speaker = (s == 0 or text[s - 1] == "\n") and text[e : e + 1] in (":", "：")
                    if not (speaker or (edge_left or joined or edge_right) and _steppe_listed(text, s, e)):
                        continue
                elif not ((edge_left or cue_left or text.startswith("同志", e)) and (edge_right or cue_right or joined)):
                    continue
                entry = words.get(core)
                if (entry is not None and not (entry.tag == "nr" and entry.freq < 10)) or core in admin or (
                    core in countries
                ):
                    continue  # 阿莫西林, 克拉玛依; but jieba's rare person entries (乌日娜) are people
                yield _Hit(s, e, MEDIUM)
                done = True
                break


# Predicates only a person takes (接任, 请病假, 出差) and ones a person usually takes after a hand-over (负责, 处理).
_PERSON_ONLY = ("接任", "跟进", "签字", "请假", "请病假", "请事假", "请年假", "休假", "休年假", "休产假", "出差",
                "入职", "离职", "牵头", "对接")
_HANDOVER_PRED = _PERSON_ONLY + ("负责", "处理", "审批", "审核", "回复", "确认", "代管")
_HANDOVER_TIME = ("今天", "明天", "昨天", "后天", "上午", "下午", "晚上", "这周", "下周", "本周", "月底")
_HANDOVER_RE = re.compile(rf"(?:转交给|移交给|交给|转给|交由|由)(?P<n>{_SUR}{_RUN}{{1,2}})")
# A clause's subject before a person-only predicate, at the start of the text or after a clause mark. The mark is
# matched, not looked behind for: a pattern that starts with a character class lets `re` skip to the next mark in
# C, where a look-behind is tried at every character (4 ms -> 0.7 ms per 64 KB; names never hold a mark, so the
# matches are the same).
_SUBJECT = rf"(?P<n>{_SUR}{_RUN}{{1,2}})(?=(?:{_alts('|'.join(_HANDOVER_TIME))})?(?:{_alts('|'.join(_PERSON_ONLY))}))"
_SUBJECT_AT_START = re.compile(_SUBJECT)
_SUBJECT_AFTER_MARK = re.compile(rf"[，。；！？!?;\n：:“]{_SUBJECT}")


def _namelike_word(name: str, person_only: bool) -> bool:
    """安宁, 严谨, 金星: a name that is also a word, in a frame that asks for a person. A frequent noun, a role or a
    verb (银行, 客服, 处理) is what the frame holds instead; a place (安宁, 江山) only before a predicate no place
    takes (接任, 请假)."""
    sl = _sur_len(name, 0)
    if not sl or not 1 <= len(name) - sl <= 2 or not _given_ok(name[sl:], STRONG) or role_noun(name):
        return False
    if plausible(name, STRONG):
        return True
    entry = lexicon.words().get(name)
    if entry is None or entry.freq >= 2000 or not entry.tag.startswith(("nr", "ns", "nz", "a", "t", "n")):
        return False
    if entry.tag.startswith("ns") or name in lexicon.admin_short_names() or name in lexicon.admin_names():
        return person_only
    return True


# Time spent with someone (和安然聊了聊, 跟林森吃了顿饭, 和宁远通了个电话): what follows 和 / 跟 there is a person.
# Found from the activity (far rarer than 和), the name read backwards from it.
_COMPANY_CUES = ("聊了", "聊天", "聊过", "吃了", "吃饭", "吃个饭", "通了", "通电话", "打了个电话", "见了", "见面", "视频",
                 "约了", "约好")
_COMPANY_RE = re.compile(trie.pattern(_COMPANY_CUES))


def _company_names(text: str) -> Iterator[_Hit]:
    """和田园聊了聊: the person someone talked, ate or met with, even when the name is also a word."""
    for m in _COMPANY_RE.finditer(text):
        c = m.start()
        for k in (2, 3):
            s = c - k
            if s < 1 or text[s - 1] not in "和跟" or not _sur_len(text, s):
                continue
            if text[s - 2 : s] in lexicon.words():
                continue  # 暖和, 总和: the 和 closes a word
            if _namelike_word(text[s:c], True) and not _starts_title(text, s + _sur_len(text, s)):
                yield _Hit(s, c, MEDIUM)
                break


# What only a person does right after 由 + name (由于某某负责): 由于 (because) is never followed by them at once.
_YU_PRED = ("负责", "牵头", "主持", "提出", "接任", "跟进", "对接", "签字", "审批", "代管")


def _you_yu_name(text: str, s: int) -> int:
    """由于海洋负责对接: after 由, 于 + a given name that a person-only predicate follows at once is a name (the
    surname 于), not the word 由于; a full name after 由于 (由于张伟负责) keeps its own surname. The end, or -1."""
    if text[s] != "于" or text[s - 1 : s] != "由":
        return -1
    end = best_name(text, s, MEDIUM)
    if end < 0 or not text.startswith(_YU_PRED, end):
        return -1
    if text[s + 1] in _TOP_SURNAMES and best_name(text, s + 1, MEDIUM) == end:
        return -1  # 由于张伟负责: because Zhang Wei is in charge
    given = lexicon.words().get(text[s + 1 : end])
    if given is not None and (
        given.tag.startswith(_NOT_NAME_TAGS) or (given.tag in ("n", "a", "an", "vn", "ad") and given.freq >= 300)
    ):
        return -1  # 由于工作负责, 由于技术负责: because of a thing (海洋, 春生 stay given names)
    return end


def _handover_names(text: str) -> Iterator[_Hit]:
    """交给严谨跟进, 由安宁接任, 高山今天请病假: a hand-over names its recipient, and a clause whose predicate only a
    person takes names its subject, even when the name is also an ordinary word."""
    if "交" in text or "由" in text or "转" in text or "移" in text:
        for m in _HANDOVER_RE.finditer(text):
            s = m.start("n")
            if _starts_title(text, s + _sur_len(text, s)) or (
                text[s - 1 : s + 1] in lexicon.words() and _you_yu_name(text, s) < 0
            ):
                continue  # 由于老师请假: 由于 is "because"; 于老师 is a title form, found by the title rule
            for e in (s + 2, s + 3) if m.end("n") - s == 3 else (s + 2,):
                if e > len(text):
                    continue
                pred = next((p for p in _HANDOVER_PRED if text.startswith(p, e)), None)
                closed = e >= len(text) or text[e] in "。，；！\n" and m.group()[0] in "交转移"
                if (pred or closed) and _namelike_word(text[s:e], pred in _PERSON_ONLY):
                    yield _Hit(s, e, MEDIUM)
                    break
    first = _SUBJECT_AT_START.match(text)
    subjects = _SUBJECT_AFTER_MARK.finditer(text, first.end() if first else 0)
    for m in itertools.chain((first,) if first else (), subjects):
        s = m.start("n")
        if _starts_title(text, s + _sur_len(text, s)):
            continue
        for e in (s + 2, s + 3):
            if text.startswith(_HANDOVER_TIME, e):
                t = e + 2
            else:
                t = e
            if text.startswith(_PERSON_ONLY, t) and _namelike_word(text[s:e], True):
                yield _Hit(s, e, MEDIUM)
                break


def _glued_word(text: str, s: int) -> bool:
    entry = lexicon.words().get(text[s - 1 : s + 1])
    return entry is not None and entry.freq >= 100


# What may follow a name but shows the "name" is really the head of an organisation or place.
_ORG_TAIL = re.compile("有限公司|公司|集团|大学|学院|银行|医院|研究院|事务所|支行|分行|营业部|办事处")
_AFTER_NAME_WORDS = tuple(w for w in _FOLLOW_WORDS + _SPEECH_WORDS if not w.startswith("的"))
# First characters of the word lists above: ``str.startswith`` with a tuple compares every word, a set
# lookup of one character rules out most places first.
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_NAME_WORDS)
_FOLLOW_FIRST = frozenset(w[0] for w in _FOLLOW_WORDS)
_SPEECH_FIRST = frozenset(w[0] for w in _SPEECH_WORDS)
# Inside a longer run these end a name (余俊补充说, 樊静则认为): every speech word but the one-character 称.
_INNER_SPEECH = ("说",) + tuple(w for w in _SPEECH_WORDS if len(w) >= 2)
_TRIGGER_FIRST = _FOLLOW_FIRST | {w[0] for w in _INNER_SPEECH}


def _after_name_word(text: str, end: int) -> bool:
    """Does a clause word that follows names (明天, 表示, 负责) start at ``end``?"""
    return text[end : end + 1] in _AFTER_FIRST and text.startswith(_AFTER_NAME_WORDS, end)
_LEGAL_TAIL = re.compile("有限公司|有限责任公司|股份|集团|事务所|研究院|医院|大学|学院|银行")
_ROAD_TAIL = re.compile(r"[路街巷道弄][0-9０-９]")
_CJK_RUN = re.compile(f"[{CJK}]*")
# Characters that organisation names almost never hold but clauses after a name do (留在, 去, 到, 的, 把, 被, 让).
_CLAUSE_MARK = re.compile("[在去到的把被让]")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _latin_hits(text: str, stamped: bool | None = None) -> Iterator[_Hit]:
    first, last = lexicon.en_first_names(), lexicon.en_last_names()
    for m in fastre.finditer_gated(_EN_TITLE_RE, _EN_TITLE_GATE, text):
        group = "n" if m.group("n") else "m"
        words = [w for w in m.group(group).split() if w.rstrip(".") not in _EN_HONORIFICS]
        if not words:
            continue
        titled = len(words) < len(m.group(group).split())
        if group == "m" and not (titled or words[0] in first or words[-1] in last):
            continue  # Dear Mr. Sato: the honorific vouches for a surname no list holds
        yield _Hit(m.start(group), m.end(group), STRONG)
    yield from _cued(text, first, last, stamped)
    yield from _other_latin(text, first, last)
    yield from _given_in_chinese(text, first, bool(_CJK_ANY.search(text)))
    wide = lexicon.world_first_names()
    gaps = _latin_gaps(text)
    yield from _after_cue(text, first, gaps)
    starts = _latin_pair_starts(text, gaps)
    yield from _latin_round13(text, starts, gaps)
    pos = 0
    for s in starts:
        # a refused pair must not hide the pair after it (Customer Ethan Brooks: "Customer Ethan", then
        # "Ethan Brooks"), so only an accepted match moves ``pos`` past its words
        if s < pos:
            continue
        if (pair := _EN_RE.match(text, s)) is None:
            if text[s + 1 : s + 2].isupper() and (caps := _CAPS_PAIR.match(text, s)) is not None:
                g, f_ = caps.group("f").capitalize(), caps.group("l").capitalize()
                if g in first and f_ in last and g not in _EN_WORD_NAMES and g not in _EN_NOT_PEOPLE:
                    yield _Hit(s, caps.end(), MEDIUM)  # SOFIA ROSSI: a badge or a form in capitals
                    pos = caps.end()
            continue
        f, l_ = pair.group("f"), pair.group("l")
        # Emily Zhou: a Western given name with a Chinese family name; Sophie Laurent, in a CSV cell or
        # a header: a listed given name and any family name, when the two are a field of their own;
        # Daniel Whitfield: a listed given name and a word shaped like a family name
        if f not in wide:
            f = f.partition("-")[0]  # Jean-Luc, Mary-Kate: the first of a hyphenated given name
            if f not in wide:
                continue
        if (
            l_ in last or l_ in first or (l_ in _PINYIN_SURNAMES and l_ not in ("He", "Ho", "Bi"))
            or f in first and (_surname_shaped(l_, f) or _tabular(text, pair.start(), pair.end()))
            or _wide_pair(pair.group("f"), l_, wide)
            or f in first and f not in _EN_WORD_NAMES and l_ in _ROMAN_SURNAMES and l_ not in _EN_SYLLABLE_WORDS
        ):
            if _NOT_PERSON_NEXT.match(text, pair.end()):
                continue
            if _DIGIT_BEFORE.search(text, max(0, pair.start() - 3), pair.start()):
                continue  # 12 Baker Street: a house number, on the same line
            yield _Hit(pair.start(), pair.end(), MEDIUM)
            pos = pair.end()
    pos = 0
    while (pm := _search_at(_PINYIN_RE, text, starts, pos)) is not None:
        # a refused pair must not hide the pair after it (Did Li Na: "Did Li", then "Li Na")
        pos = pm.start("b")
        a, b = pm.group("a"), pm.group("b")
        end = pm.end()
        if a in KOREAN_SURNAMES and _KOREAN_GIVEN.fullmatch(b):
            yield _Hit(pm.start(), end, MEDIUM)  # Park Ji-hoon: a Korean name
            pos = end
            continue
        third = _HK_THIRD.match(text, end)
        if a in _VIET_SURNAMES and b in _VIET_MIDDLE and third:
            yield _Hit(pm.start(), third.end(), MEDIUM)  # Nguyen Van Minh: family, middle, given name
            pos = third.end()
            continue
        if f"{a} {b}" in _HK_PLACES:
            continue
        if third and a.capitalize() in _HK_SURNAMES and len(b) <= 5:
            yield _Hit(pm.start(), third.end(), MEDIUM)  # Wong Kar Yee: Hong Kong romanisation, three syllables
            pos = third.end()
            continue
        if third and a.isupper() and len(a) > 1 and _PINYIN_WORD.fullmatch(third.group("c")):
            end = third.end()  # CHAN Tai Man: the Hong Kong order, surname in capitals then two syllables
        if b.isupper():
            # Xiaofeng HU: the English order with the family name in capitals (a passport, a letterhead); only
            # a two-syllable given name in title case before a listed surname, never two capitalised words
            if not (a[1:].islower() and len(a) >= 4 and b.capitalize() in _PINYIN_SURNAMES
                    and a not in _PINYIN_SURNAMES and _two_syllables(a)):
                continue
        sur, giv = (a, b) if a.capitalize() in _PINYIN_SURNAMES else (b, a)
        if sur.capitalize() not in _PINYIN_SURNAMES:
            continue
        if not _PINYIN_WORD.fullmatch(giv):
            continue
        if not _PINYIN_WORD.fullmatch(sur) and sur.capitalize() not in _PINYIN_SURNAMES:
            continue
        if _NOT_PERSON_NEXT.match(text, pm.end()) or f"{a} {b}" in _ROMANISED_PLACES:
            continue
        yield _Hit(pm.start(), end, WEAK if a.capitalize() not in _PINYIN_SURNAMES else MEDIUM)  # WU Hao too
        pos = end


_CAPS_PAIR = re.compile(r"(?P<f>[A-Z]{2,12})[ \t]+(?P<l>[A-Z]{2,14})(?![A-Za-z])")
_DIGIT_BEFORE = re.compile(r"\d[ \t]*\Z")
# Endings of family names in many European languages (Whitfield, Lindqvist, Kowalski, Pavlov, Petrenko): with
# a listed given name before it, a capitalised word that ends so is a family name no list holds.
_SURNAME_ENDINGS = (
    "son", "sen", "ssen", "field", "ford", "ton", "ley", "berg", "stein", "mann", "qvist", "kvist", "strom",
    "lund", "gaard", "gren", "holm", "dahl", "quist", "ski", "sky", "ska", "wicz", "czyk", "vich", "vic", "ov", "ova", "ev", "eva", "enko", "ini",
    "elli", "etti", "ez", "worth", "wood", "ington", "ridge", "brook", "brooks", "well", "hurst", "shaw",
    "escu", "oglu", "yan", "dze", "ashvili", "poulos", "akis", "ides", "ovic", "ovich", "insky", "owski",
)
_SURNAME_PREFIXES = ("Mc", "Mac", "O'", "Al-", "El-", "D'", "Di", "De", "Le", "La")
# Words with those endings that follow a given name as often as a family name does (Grace Period, Will Kill).
_SHAPED_WORDS = frozenset(
    "Season Reason Person Lesson Version Comparison Boston Button Cotton Carbon Valley Alley Money "
    "Journey Kidney "
    "Galley Medley Trolley Volley Iceberg Well Farewell Stairwell Hollywood Plywood Firewood Likewise Chez "
    "Prov Dev Rev Lev Kiev Kiyv Yen Taiwan Pan Ton Skeleton Singleton Newton Washington Wellington Worth "
    "Network Pinewood Redwood Sherwood Password Keyword Crossword".split()
)


def _surname_shaped(word: str, given: str) -> bool:
    """Is ``word``, after the listed given name ``given``, shaped like a family name (Whitfield, Kowalski)?
    A given name that is also a word (May, Will) vouches for nothing."""
    if len(word) < 4 or word in _SHAPED_WORDS or given in _EN_WORD_NAMES or given in _EN_NOT_PEOPLE:
        return False
    if any(word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in _SURNAME_PREFIXES):
        return word != "MacBook"  # McAllister, O'Brien, Al-Farsi
    if word.startswith("Fitz") and len(word) >= 7:
        return True  # Fitzsimons, Fitzpatrick: the Norman patronymic
    if _double_barrelled(word):
        return True  # Hernandez-Greene, Carter-Jones
    return word.lower().endswith(_SURNAME_ENDINGS) or not _LATIN_ACCENTED.isdisjoint(word)  # García, Müller


def _double_barrelled(word: str) -> bool:
    """A hyphenated family name of two capitalised halves, each a listed family name (Carter-Jones): two
    family names joined name one family; Wi-Fi, Coca-Cola and Rolls-Royce join no listed pair."""
    left, sep, right = word.partition("-")
    if not sep or "-" in right or len(left) < 3 or len(right) < 3:
        return False
    if not (left[0].isupper() and right[0].isupper() and left[1:].islower() and right[1:].islower()):
        return False
    last = lexicon.en_last_names()
    return left in last and right in last


# Korean family names in their usual romanisations; a Korean given name is two syllables, written
# hyphenated (Park Ji-hoon, Lee Min-jung), which no English or pinyin name is.
KOREAN_SURNAMES = frozenset(
    "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han "
    "Shin Shim Oh "
    "Seo Suh Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Go Ko Moon Mun Yang Son Bae Baek Paik "
    "Heo Nam Noh Roh "
    "Ha Kwak Sung Cha Joo Woo Min Jin Ji Eom Chae Won Chun Bang Gong Hyun Yeo Byun Byeon Kil Gil Do Pyo Seok".split()
)
# Vietnamese names are written family, middle, given (Tran Van Duc, Nguyen Thi Lan); the middle names are few.
_VIET_SURNAMES = frozenset(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Truong Mai".split()
)
_VIET_MIDDLE = frozenset("Van Thi Duc Huu Ngoc Minh Thanh Quoc Xuan Dinh Cong Anh Thu".split())
# Hong Kong family names in Cantonese romanisation, whose given names are two syllables (Chan Tai Man), and
# the places and brands that read the same way (Wong Tai Sin, Lai Chi Kok, Lee Kum Kee).
_HK_SURNAMES = frozenset(
    "Wong Chan Cheung Leung Lau Ng Ho Kwok Lam Tsang Chow Yip Tse Lai Fung Chiu Lee Tam Mak Yeung Kwan Chung "
    "Siu Yuen Choi Law Lo Chu Hui Ip Kong Szeto Au Cheng Chang Tang Tong Kwan Yau Yim Wan Poon Pang Fok".split()
)
_HK_PLACES = frozenset(
    ["Wong Tai", "Ho Man", "Ho Chi", "Lai Chi", "Lee Kum", "Lau Fau", "Chai Wan", "Tong Fuk", "Tang Lung",
     "Lam Tin", "Tai Po", "Chan Tai", "Wan Chai", "Ho Sheung", "Lo Wu", "Kwan Tai"]
)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
# Taiwanese family names in Wade-Giles (Tsai, Hsieh, Chiang), as passports and business cards write them.
_WADE_SURNAMES = frozenset(
    "Lin Chen Huang Chang Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Chou Chien Lai Kao Chiang Su "
    "Lu Yeh Chuang Lo Ho Hsiao Chung Pan Tu Fang Wei Weng Chao Yu Peng Shih Tsao Fan Tien Tang Hou Yen Ku Chu Kang "
    "Kung Sung Fu Liang Teng Hsiung Lee Tsui Mao Tai Cho Chi Chin Hsueh Kan Tso Tsou Tsang Tsen Yao Jen Juan".split()
)
_ROMAN_SURNAMES = (
    _HK_SURNAMES | _WADE_SURNAMES | lexicon.pinyin_surnames()
    | frozenset("Mok Shek Sze Luk Ko Lui Kan Fong Tsui Yiu Hon Koo Ling Lung Mui Chui Cheuk Kam Ngai".split())
)
# A given name of two syllables joined by a hyphen (Siu-fung, Chih-hao, WEI-CHIA): how Hong Kong, Taiwan and
# Korea write it, and what no English word looks like once a romanised family name stands beside it.
# Found from the hyphen (a literal, so ``re`` skips to it in C); the first syllable is read backwards from it.
_HYPHEN_GIVEN_RE = re.compile(r"-(?<=[A-Za-z]-)(?P<b>[a-z]{1,6}|[A-Z]{1,6}|[A-Z][a-z]{1,5})(?![A-Za-z0-9\-])")
_SYLLABLE_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])(?:[A-Z][a-z]{0,5}|[A-Z]{1,6})\Z")
# One syllable of Cantonese, Wade-Giles or pinyin romanisation (Keung, Hsiang, Chih, Tzu, Sze, Nga).
_ROMAN_SYL = re.compile(r"(?i)(?:tsz|ts|tz|ch|sh|hs|ng|kw|gw|sz|[bcdfghjklmnpqrstwxyz])?(?:[aeiouy]{1,3}|ü)(?:ng|n|m|p|t|k|h)?|t?sz|ng")
# Hyphenated English words whose halves also read as romanised syllables (Wi-fi Lin is a network, not a person).
_HYPHEN_WORDS = frozenset(
    "wi-fi hi-fi lo-fi co-op set-up to-do no-go so-so yo-yo tie-in sit-in pin-up pop-up hang-up lay-up "
    "mix-up sun-up tip-off top-up win-win bye-bye ping-pong hip-hop ku-band wi-fi6 re-run re-up".split()
)
_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])(?P<w>[A-Z][a-z]{1,9}|[A-Z]{2,6})[ ]\Z")
_LATIN_WORD_AFTER = re.compile(r"[ ](?P<w>[A-Z][a-z]{1,9}|[A-Z]{2,6})(?![A-Za-z0-9\-])")


def _roman_family(word: str, upper: bool) -> bool:
    """A romanised family name in the case of the given name beside it (Chan Siu-fung, LIN CHIH-HAO, LIN Chih-hao)."""
    if upper and not word.isupper():
        return False
    return word.capitalize() in _ROMAN_SURNAMES and (word.isupper() or word[1:].islower())


def _hyphen_romanised(text: str) -> Iterator[_Hit]:
    """Hong Kong and Taiwanese names with a hyphenated given name, family name first or last (Chan Siu-fung,
    Chih-hao Lin, HUANG WEI-CHIA), with the English name written before or after (Peter Chan Tai-man,
    Chan Tai-man Peter). Both syllables of the given name must read as romanised Chinese."""
    first = lexicon.en_first_names()
    for m in _HYPHEN_GIVEN_RE.finditer(text):
        head = _SYLLABLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if head is None or head.group().isupper() != m.group("b").isupper() and len(m.group("b")) > 1:
            continue  # Siu-fung, WEI-CHIA; not Content-Type
        s, e = head.start(), m.end()
        g = text[s:e]
        if g.lower() in _HYPHEN_WORDS or not all(_ROMAN_SYL.fullmatch(x) for x in g.split("-")):
            continue
        upper = g.isupper()
        before = _LATIN_WORD_BEFORE.search(text, max(0, s - 11), s)
        after = _LATIN_WORD_AFTER.match(text, e)
        if before and _roman_family(before.group("w"), upper):
            s = before.start("w")
            lead = _LATIN_WORD_BEFORE.search(text, max(0, s - 11), s)
            if lead and lead.group("w") in first and lead.group("w") not in _EN_WORD_NAMES:
                s = lead.start("w")  # Peter Chan Tai-man
            elif after and after.group("w") in first and after.group("w") not in _EN_WORD_NAMES:
                e = after.end()  # Chan Tai-man Peter
        elif after and not upper and _roman_family(after.group("w"), False) or after and upper and _roman_family(
            after.group("w"), True
        ):
            e = after.end()  # Siu-fung Chan, CHIH-HAO LIN
        else:
            continue
        yield _Hit(s, e, STRONG)  # over a greeting's two-word reading (Regards, Alan Cheung | Fung-chun)


# A booking record writes SURNAME/GIVEN in capitals (ZHAO/MINGYUE, SUZUKI/KENTA).
# Found from the slash (a literal, so ``re`` skips in C); the surname is read backwards from it.
_PNR_RE = re.compile(r"/(?P<g>[A-Z]{2,14})(?![A-Za-z0-9/])")
# A chat mention of a Latin-script name (@Lily Chen, @Jason); code annotations (@Override) name no one.
# An initial and a listed family name (J. Robertson, M. Gonzalez).
# Starts at the dot (a literal, found in C), the initial is checked behind it.
_INITIAL_RE = re.compile(rf"\.(?<=(?<![A-Za-z0-9.])[A-Z]\.)[ ]?(?P<l>{_EN_NAME})(?![A-Za-z.])")
_MALAY_RE = re.compile(rf" bin(?:ti)? (?:{_EN_NAME})(?: {_EN_NAME})?(?![A-Za-z])")
_WORD_BEFORE = re.compile(rf"(?<![A-Za-z]){_EN_NAME} ?\Z")
_EN_AT_RE = re.compile(rf"(?P<n>{_EN_NAME}(?:[ ]{_EN_NAME})?)")


def _offsets_of(text: str, chars: str) -> Iterator[int]:
    """Offsets of every occurrence of each of `chars`, one char after the other (str.find runs in C,
    far faster than a regex scan of the text)."""
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            yield i
            i = text.find(ch, i + 1)


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches (never empty) all start at one of ``starts``
    (sorted): ``rx`` is tried only there. Why: gates found by a literal-first pattern cost a fraction of a
    scan with a pattern that starts with a character class."""
    pos = 0
    match = rx.match
    for s in starts:
        if s < pos:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def _search_at(rx: re.Pattern[str], text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """``rx.search(text, pos)`` for a pattern whose matches all start at one of ``starts`` (sorted)."""
    match = rx.match
    for k in range(bisect.bisect_left(starts, pos), len(starts)):
        m = match(text, starts[k])
        if m is not None:
            return m
    return None


def _latin_gaps(text: str) -> list[int]:
    """Offsets (sorted) of the blanks of _LATIN_GAPS: a space or tab after a letter, a capital after it."""
    return sorted(m.start() for rx in _LATIN_GAPS for m in rx.finditer(text))


def _latin_pair_starts(text: str, gaps: list[int] | None = None) -> list[int]:
    """Every place a match of _EN_RE or _PINYIN_RE can start (sorted): a capital with no ASCII letter or digit
    before it, inside the letters, hyphens and apostrophes just before a gap of _LATIN_GAPS."""
    out: list[int] = []
    for g in _latin_gaps(text) if gaps is None else gaps:
        k = g
        while k > 0 and text[k - 1] in _WORD_CHARS:
            k -= 1
        if ("A" <= text[k] <= "Z" or text[k] in _LATIN_ACCENTED and text[k].isupper()) and (
            k == 0 or text[k - 1] not in _ALNUM
        ):
            out.append(k)
        token = text[k:g]
        if "-" in token or "'" in token:  # inside a token only a capital after - or ' has no letter before
            out.extend(i for i in range(k + 1, g) if text[i - 1] in "-'" and text[i].isupper())
    return out


def _spaced_runs(text: str) -> Iterator[re.Match[str]]:
    """``_SPACED_RE.finditer(text)``, tried only at the gaps _SPACED_GATES find (Chinese on each side)."""
    return _matches_at(_SPACED_RE, text, sorted(m.start() for rx in _SPACED_GATES for m in rx.finditer(text)))


# A letter or chat that opens on a given name alone (晓峰你好，/ 欣怡，您好): the greeting frames the name.
_GREETED = re.compile(rf"[ \t　]*(?P<n>[{CJK}]{{2}})[，,、 ]?(?:你好|您好)")
"""A greeting line's start, tried at the start of each line holding 你好 / 您好 (`_greeted`)."""
_ADDRESS_FORMS = frozenset("哥姐弟妹总工爷叔姨嫂伯婶们")


def _greeted(text: str) -> Iterator[re.Match[str]]:
    """``re.compile("(?m)^" + _GREETED.pattern).finditer(text)``: a match lies on one line and starts at its start,
    so it is _GREETED's match at the start of a line that holds a greeting (found with `str.find`), line by line.
    Why: ``^`` is tested at every character of the text (0.4 ms over 64 KB), the greetings are few."""
    lines = sorted({text.rfind("\n", 0, at) + 1 for word in ("你好", "您好") for at in _offsets_of_word(text, word)})
    for start in lines:
        m = _GREETED.match(text, start)
        if m is not None:
            yield m


def _offsets_of_word(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _greeted_given_names(text: str) -> Iterator[_Hit]:
    """Two characters at a line's start before 你好 / 您好 are a given name when both are common in given names
    and together they are no ordinary word, role or address form (大家, 老师, 客服, 帅哥 stay out)."""
    weights, table = lexicon.given_weights(), lexicon.words()
    for m in _greeted(text):
        name = m.group("n")
        if name[1] in _ADDRESS_FORMS or role_noun(name) or name in _LABEL_SET:
            continue
        if weights.get(name[0], 0) < 50 or weights.get(name[1], 0) < 50:
            continue
        entry = table.get(name)
        if entry is not None and not (entry.tag.startswith("nr") and entry.freq < 200):
            continue
        yield _Hit(m.start("n"), m.end("n"), MEDIUM)


# Letters spaced out one by one, words apart by two or more spaces (J o n a t h a n  L e e): an evasion that
# hides a name from every word list. Two to four words of up to 20 letters (bounded: a long run of spaced
# capitals costs linear time, not one pass per capital), each word's letters single-spaced.
_SPACED_LATIN = re.compile(r"(?<![A-Za-z])[A-Z](?: [a-zA-Z]){1,19}(?: {2,4}[A-Z](?: [a-zA-Z]){1,19}){1,3}(?![A-Za-z])")


# Where a spaced-out word ends and the next begins ("n  L"): a literal two spaces first, so ``re`` skips in C
# over text that has none, instead of trying the whole pattern at every capital letter.
_SPACED_BREAK = re.compile(r"  (?: {0,2})(?=[A-Z] [a-zA-Z])")


def _spaced_latin_runs(text: str) -> Iterator[re.Match[str]]:
    """`_SPACED_LATIN` matches, tried only at the start of the spaced word before each word break."""
    done = 0
    for b in _SPACED_BREAK.finditer(text):
        k = b.start() - 1
        if k < done or not text[k].isascii() or not text[k].isalpha():
            continue
        steps = 0
        while k >= 2 and text[k - 1] == " " and _lone_letter(text, k - 2) and steps < 20:
            k -= 2
            steps += 1
        m = _SPACED_LATIN.match(text, k)
        if m is not None:
            done = m.end()
            yield m


def _lone_letter(text: str, i: int) -> bool:
    """An ASCII letter with no letter on its left (the J of `J o n`, not the l of `call`)."""
    ch = text[i]
    return ch.isascii() and ch.isalpha() and (i == 0 or not text[i - 1].isalpha())


def _spaced_latin(text: str) -> Iterator[_Hit]:
    """A spaced-out name counts when its collapsed words read as one: a listed given name first or a listed
    family name last, every word capitalised the way names are."""
    firsts, lasts = lexicon.world_first_names(), lexicon.en_last_names()
    for m in _spaced_latin_runs(text):
        words = [w.replace(" ", "") for w in re.split(" {2,}", m.group())]
        if not all(w[0].isupper() and (w[1:].islower() or w.isupper()) for w in words):
            continue
        names = [w.capitalize() for w in words]
        if names[0] in firsts or names[-1] in lasts or names[0] in _PINYIN_SURNAMES:
            yield _Hit(m.start(), m.end(), MEDIUM)


# ---------------------------------------------------------------------------------------------------------------
# Round 13e: Latin-script names as multinational teams in China write them (a nickname in brackets, an English
# name before the Chinese one, a given name split into syllables, family names in capitals or before a comma,
# initials, European particles), and Chinese names spaced or dotted apart. Each form is found from a literal or
# from the pair starts _latin_hits already computed, so text without the form costs one search in C.

# English words that are also one pinyin syllable: beside a family name they are a sentence (Run HE, Dear SIR).
_EN_SYLLABLE_WORDS = frozenset(
    "Go So No Do To He Me We Be She Ye Man Can Ban Fan Pan Tan Ran Van Sun Run Gun Bun Fun Nun Hen Men Ten Pen "
    "Den Yen Hang Bang Gang Rang Sang Sing Ping Wing King Ring Long Song Tong Lung Hung Sung Lie Die Tie Pie Bin "
    "Tin Pin Sin Win Gin Fin Kin Din Shin Chin Cue Due Hue Sue You Hey Hi Dear Re Per Bye Sir Bo Lo Yo Ha Ah Oh "
    "Eh Er An Ai Ma Pa La Mao Gen Bi Mi Pi Ti Di Ni Ka Ko Tao Zen Dim Sum".split()
)
# The commonest of them, which no initial turns into a family name (A. He said), where J. Ye and Q. Ma are names.
_EN_COMMON_WORDS = _EN_SYLLABLE_WORDS - frozenset("Ye Ma Mo Bo Bi Lo Ho Tao Mao Ni Di Ti Mi Ka Ko Yo".split())
_ONE_SYL = re.compile(rf"(?i){_STRICT_SYL}")
# A pinyin name with an apostrophe between two syllables of the given name (Xin'ai Niu, Fu Jia'en, SHI XIN'AI).
_APOSTROPHE_PAIR = re.compile(
    r"(?P<a>[A-Z][a-z]{0,8}(?:'[a-z]{1,6})?|[A-Z]{2,10}(?:'[A-Z]{1,6})?)[ ]"
    r"(?P<b>[A-Z][a-z]{0,8}(?:'[a-z]{1,6})?|[A-Z]{2,10}(?:'[A-Z]{1,6})?)(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A nickname in brackets or quotes between a given and a family name: Xiaoming (Tony) Wang, Jiaqi "Amy" Zheng.
_NICKNAME_RES = [
    (o, re.compile(rf"{re.escape(o)}(?P<n>[A-Z][a-z]{{1,11}}){re.escape(c)}[ ](?P<s>[A-Z][a-z]{{1,9}}|[A-Z]{{2,10}})(?![A-Za-z])"))
    for o, c in (("(", ")"), ('"', '"'), ("“", "”"), ("'", "'"))
]
_GIVEN_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'])(?P<g>[{_UP}][{_LO}]{{1,11}}(?:'[a-z]{{1,6}})?)[ ]\Z")
# An English name, a pinyin family name and a pinyin given name (Tony Wang Xiaoming, Echo Xiao Lei).
_EN_PINYIN_THREE = re.compile(
    r"(?P<f>[A-Z][a-z]{1,11})[ ](?P<s>[A-Z][a-z]{1,9})[ ](?P<g>[A-Z][a-z]{1,10}(?:'[a-z]{1,6})?)"
    r"(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A family name and a given name written as two syllables (Yang Meng Qi, ZHANG Xiao Ming).
_SPLIT_GIVEN = re.compile(
    r"(?P<s>[A-Z][a-z]{1,9}|[A-Z]{2,10})[ ](?P<a>[A-Z][a-z]{0,5})[ ](?P<b>[A-Z][a-z]{0,5})"
    r"(?![A-Za-z'\-])(?![ ][A-Z][a-z])"
)
# A one-syllable given name before a family name in capitals (Jun DING, Kai SONG).
_GIVEN_CAPS_SUR = re.compile(r"(?P<g>[A-Z][a-z]{1,5})[ ](?P<s>[A-Z]{2,9})(?![A-Za-z'\-])(?![ ]+[A-Z])")
# A pinyin name all in capitals (HE BOYANG, SHI XIN'AI): neither word beside another word in capitals.
_CAPS_PINYIN = re.compile(r"(?P<s>[A-Z]{2,9})[ ](?P<g>[A-Z]{2,12}(?:'[A-Z]{1,6})?)(?![A-Za-z'\-])(?![ ]+[A-Z]{2})")
_CAPS_WORD_BEFORE = re.compile(r"[A-Z]{2,}[ ,/&]*\Z")
# A pinyin family name and an initial (Xiong R.), and an initial before a family name (J. Ye, G. Schäfer).
_SUR_INITIAL = re.compile(r"(?P<s>[A-Z][a-z]{1,9})[ ](?P<i>[A-Z])\.(?![A-Za-z.])")
_INITIAL_DOT = re.compile(r"\.(?<=(?<![A-Za-z0-9.&])[A-Z]\.)(?=[ ]?[A-Z])")
_INITIAL_SUR = re.compile(rf"\.(?<=(?<![A-Za-z0-9.&])[A-Z]\.)[ ]?(?P<s>[{_UP}][{_LO}]{{1,11}}(?:'[a-z]{{1,6}})?)(?![A-Za-z{_LO[3:]}'])(?!\.[A-Za-z])")
# A family name in capitals, a comma and a given name (GARCÍA, Camille; VAN DER BERG, Marcus; LU, Dan), as
# directories, badges and passports write it. Found from the comma; the family name is read backwards.
_COMMA_AFTER_CAPS = re.compile(rf",(?<=[{_UP}'],)[ ](?=[{_UP}][{_LO}])")
_CAPS_FAMILY_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'\-])(?:[{_UP}][{_UP}'\-]*[ ]){{0,2}}[{_UP}][{_UP}'\-]+\Z")
_GIVEN_AFTER = re.compile(rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?![A-Za-z{_LO[3:]}'])")
_NOT_FAMILY = frozenset(
    "NOTE NB PS FYI ATTN CC BCC RE FW FWD TO FROM DEAR HELLO HI HEY OK USA UK US EU PRC CHINA URGENT TBD BTW ASAP "
    "LGTM TODO FIXME WARNING ERROR INFO DEBUG YES NO THANKS PLEASE AND OR THE TEL FAX ADD ADDR MOBILE EMAIL".split()
)
_PARTICLES = frozenset("van von der den de dem het la le da di du dos das del della ter ten mac mc st".split())
# A European family name with a particle (Aoife van der Berg, Tobias von Hagen, Maria da Silva); found from
# the particle, the given name is read backwards. Only texts holding one of the particles are searched.
_PARTICLE_RE = re.compile(
    rf"[ ](?:[vV]an(?:[ ](?:der|den|de|het))?|[vV]on(?:[ ]der)?|[dD]e(?:[ ]la)?|[dD][aiu]|[dD]os|[dD]as|"
    rf"[dD]el(?:la)?|[lL][ae]|[tT]e[rn])[ ](?P<l>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?![A-Za-z{_LO[3:]}])"
)
_PARTICLE_TAIL = re.compile(
    r"[ ](?:[vV]an(?:[ ](?:der|den|de|het))?|[vV]on(?:[ ]der)?|[dD]e(?:[ ]la)?|[dD][aiu]|[dD]os|[dD]as|"
    r"[dD]el(?:la)?|[lL][ae]|[tT]e[rn])\Z"
)
_NAME_BEFORE = re.compile(rf"(?<![A-Za-z{_LO[3:]}'\-])(?P<f>{_EN_NAME})\Z")
# A given name, a middle initial and a family name (Siobhan I. Okafor, Renee G. Wilcox); found from the dot.
_MIDDLE_INITIAL = re.compile(rf"\.(?<=[ ][A-Z]\.)[ ](?P<l>(?:Mc|Mac|O'|D')?{_EN_NAME})(?![A-Za-z{_LO[3:]}])")


def _pinyin_sur(word: str) -> bool:
    """A pinyin family name in title case or capitals (Wang, WANG) that is no English word (He, Long)."""
    cap = word.capitalize()
    return cap in _PINYIN_SURNAMES and cap not in _EN_SYLLABLE_WORDS and (word.isupper() or word[1:].islower())


def _pinyin_given_word(word: str) -> bool:
    """One or two pinyin syllables (Lei, Xiaoming, Jia'en) that are no English word and no place."""
    bare = word.replace("'", "")
    return (
        _PINYIN_WORD.fullmatch(bare) is not None and word.capitalize() not in _EN_SYLLABLE_WORDS
        and bare.capitalize() not in _PLACES_ONE_WORD
    )


def _wide_pair(given: str, family: str, wide: frozenset[str]) -> bool:
    """Pieter Schäfer, Hans-Peter Okafor: a given name of the world list with a word shaped like a family name,
    or a hyphenated given name whose halves are both given names (no English word is written so)."""
    if "-" in given:
        return all(part in wide for part in given.split("-"))
    return given in wide and given not in _EN_WORD_NAMES and _surname_shaped(family, given)


def _latin_round13(text: str, starts: list[int], gaps: list[int]) -> Iterator[_Hit]:
    """The forms of the section above that start at a Latin pair start; the rest are found from their literals."""
    first, wide = lexicon.en_first_names(), lexicon.world_first_names()
    for s in starts:
        e = text.find(" ", s)
        if e < 0:
            continue
        word = text[s:e]
        if word in wide and word not in _EN_WORD_NAMES and (m := _EN_PINYIN_THREE.match(text, s)):
            if m.group("s") in _PINYIN_SURNAMES and _pinyin_given_word(m.group("g")) and m.group("g") not in first:
                yield _Hit(s, m.end(), STRONG)  # Tony Wang Xiaoming
                continue
        # `word` is what the patterns' first group would hold, so the word tests run first (a capitalised
        # word that is no family name, the common case, costs no pattern)
        family = _pinyin_sur(word)
        if family and (m := _SPLIT_GIVEN.match(text, s)) and _split_given(m):
            yield _Hit(s, m.end(), STRONG)  # Yang Meng Qi
            continue
        if (m := _GIVEN_CAPS_SUR.match(text, s)) and _given_caps(text, m):
            yield _Hit(s, m.end(), MEDIUM)  # Jun DING
            continue
        if word.isupper() and (m := _CAPS_PINYIN.match(text, s)) and _caps_pinyin(text, m):
            yield _Hit(s, m.end(), MEDIUM)  # HE BOYANG
            continue
        if family and word[1:].islower() and (m := _SUR_INITIAL.match(text, s)):
            yield _Hit(s, m.end(), MEDIUM)  # Xiong R.
            continue
        if "'" in text[s : s + 24] and (m := _APOSTROPHE_PAIR.match(text, s)) and _apostrophe_pair(m):
            yield _Hit(s, m.end(), MEDIUM)  # Xin'ai Niu, Fu Jia'en
    yield from _nicknamed(text, first)
    yield from _initials(text)
    yield from _family_comma_given(text)
    yield from _particle_names(text, gaps)


def _apostrophe_pair(m: re.Match[str]) -> bool:
    """One word a pinyin family name, the other two pinyin syllables joined by an apostrophe."""
    a, b = m.group("a"), m.group("b")
    if ("'" in a) == ("'" in b):
        return False
    given, fam = (a, b) if "'" in a else (b, a)
    return fam.capitalize() in _PINYIN_SURNAMES and _two_syllables(given.replace("'", ""))


def _split_given(m: re.Match[str]) -> bool:
    a, b = m.group("a"), m.group("b")
    return (
        _pinyin_sur(m.group("s")) and all(_ONE_SYL.fullmatch(x) and x not in _EN_SYLLABLE_WORDS for x in (a, b))
        and f"{m.group('s').capitalize()} {a}" not in _ROMANISED_PLACES
    )


def _given_caps(text: str, m: re.Match[str]) -> bool:
    g = m.group("g")
    return (
        _ONE_SYL.fullmatch(g) is not None and g not in _EN_SYLLABLE_WORDS and g not in _EN_WORD_NAMES
        and m.group("s").capitalize() in _PINYIN_SURNAMES
        and not _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _caps_pinyin(text: str, m: re.Match[str]) -> bool:
    s, g = m.group("s"), m.group("g")
    return (
        (_pinyin_sur(s) or s.capitalize() in _PINYIN_SURNAMES and _two_syllables(g.replace("'", "")))
        and _pinyin_given_word(g) and s not in _NOT_FAMILY and g not in _NOT_FAMILY
        and f"{s.capitalize()} {g.capitalize()}" not in _ROMANISED_PLACES
        and not _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _nicknamed(text: str, first: frozenset[str]) -> Iterator[_Hit]:
    """Xiaoming (Tony) Wang, Jiaqi "Amy" Zheng: a listed English nickname between a given and a family name."""
    wide, last = lexicon.world_first_names(), lexicon.en_last_names()
    for opener, rx in _NICKNAME_RES:
        if opener not in text:
            continue
        for m in rx.finditer(text):
            g = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if g is None or m.group("n") not in first:
                continue
            given, fam = g.group("g"), m.group("s")
            family_ok = fam.capitalize() in _ROMAN_SURNAMES or fam in last
            if family_ok and (_pinyin_given_word(given) or given in wide):
                yield _Hit(g.start("g"), m.end(), STRONG)


def _initials(text: str) -> Iterator[_Hit]:
    """J. Ye, O. Kowalski, G. Schäfer: an initial before a pinyin family name or a word shaped like a family
    name (a listed one is _other_latin's); and Siobhan I. Okafor, a middle initial (see _middle_initial). One
    scan of the text's initials (a capital and a dot, found from the dot) for both."""
    wide = lexicon.world_first_names()
    for d in _INITIAL_DOT.finditer(text):
        m = _INITIAL_SUR.match(text, d.start())
        if m is None:
            continue
        fam = m.group("s")
        if fam.capitalize() in _ROMAN_SURNAMES and fam not in _EN_COMMON_WORDS or _surname_shaped(fam, ""):
            yield _Hit(m.start() - 1, m.end(), MEDIUM)
        hit = _middle_initial(text, d.start(), wide)
        if hit is not None:
            yield hit


def _family_comma_given(text: str) -> Iterator[_Hit]:
    """GARCÍA, Camille / VAN DER BERG, Marcus / LU, Dan: a family name in capitals, a comma, a given name."""
    if ", " not in text:
        return
    first, wide, last = lexicon.en_first_names(), lexicon.world_first_names(), lexicon.en_last_names()
    for c in _COMMA_AFTER_CAPS.finditer(text):
        fam = _CAPS_FAMILY_BEFORE.search(text, max(0, c.start() - 30), c.start())
        given = _GIVEN_AFTER.match(text, c.end())
        if fam is None or given is None:
            continue
        words = fam.group().split(" ")
        g = given.group()
        if any(w in _NOT_FAMILY for w in words) or g in _EN_NOT_PEOPLE:
            continue
        if _caps_family(words, last) and (g in wide or g.partition("-")[0] in wide or _pinyin_sur(words[-1]) and _pinyin_given_word(g)):
            yield _Hit(fam.start(), given.end(), STRONG)
        elif len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha() and g in first and g not in _EN_WORD_NAMES:
            yield _Hit(fam.start(), given.end(), MEDIUM)  # MOREIRA, Tiago: a listed given name vouches for it


def _caps_family(words: list[str], last: frozenset[str]) -> bool:
    """Family-name words in capitals: a listed or romanised family name, one shaped like one (MÜLLER,
    MCALLISTER, O'BRIEN), or one after a particle (VAN DER BERG, DA SILVA)."""
    if len(words) > 1:
        return all(w.lower() in _PARTICLES for w in words[:-1])
    w = words[0]
    cap = w.capitalize()
    if cap in last or cap in _ROMAN_SURNAMES:
        return True
    if w.startswith(("MC", "MAC", "O'", "D'")) and len(w) > 4:
        return True
    return len(w) >= 4 and (cap.lower().endswith(_SURNAME_ENDINGS) or not _LATIN_ACCENTED.isdisjoint(w))


def _particle_names(text: str, gaps: list[int]) -> Iterator[_Hit]:
    """Aoife van der Berg, Tobias von Hagen: a given name of the world list, a particle, a family name."""
    wide = lexicon.world_first_names()
    for m in _particle_matches(text, gaps):
        f = _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if f is None:
            continue
        given = f.group("f")
        if (given in wide or given.partition("-")[0] in wide) and given not in _EN_WORD_NAMES:
            yield _Hit(f.start("f"), m.end(), STRONG)


def _particle_matches(text: str, gaps: list[int]) -> Iterator[re.Match[str]]:
    """_PARTICLE_RE tried only where a particle stands before one of _latin_gaps's gaps (a blank, then a
    capital): a pattern that starts with a blank would be tried at every space of the text."""
    for g in gaps:
        if not text[g - 1 : g].isalpha():
            continue
        tail = _PARTICLE_TAIL.search(text, max(0, g - 9), g)
        if tail is not None and (m := _PARTICLE_RE.match(text, tail.start())) is not None:
            yield m


def _middle_initial(text: str, dot: int, wide: frozenset[str]) -> _Hit | None:
    """Siobhan I. Okafor: a given name of the world list, a middle initial and any capitalised family name."""
    m = _MIDDLE_INITIAL.match(text, dot)
    if m is None:
        return None
    f = _NAME_BEFORE.search(text, max(0, m.start() - 22), m.start() - 2)
    if f is None or text[f.end() : m.start() - 1] != " ":
        return None
    given = f.group("f")
    if (given in wide or given.partition("-")[0] in wide) and given not in _EN_WORD_NAMES:
        if not _NOT_PERSON_NEXT.match(text, m.end()):
            return _Hit(f.start("f"), m.end(), STRONG)
    return None


# A Chinese name spaced or dotted apart to slip past a filter (or by OCR): runs of one or two Chinese
# characters with gaps of one to four blanks, or single dots or dashes, between them (吴  静, 王 海燕,
# 欧 阳 娜 娜, 赵•梓•萱, 尉迟．晓东). Single-blank runs of single characters are _spaced's; this takes the wider
# gaps, the NBSP, the dots and the surname-then-given split. Found from the gaps (literals) only.
_GAP_CLASS = " \u3000\u00a0"
_SPLIT_DOTS = "·•・‧∙⋅-－"  # not the full stop: the scanner folds ． to ".", which mostly ends a sentence
# One blank or ideographic space (a single gap) is _SPACED_RE's, and _spaced's; here the wider gaps and the rest.
_FORM_GATES = ("  ", "\u3000\u3000", " \u3000", "\u3000 ", "\u00a0", *_SPLIT_DOTS)
_SPACED_FORM = re.compile(
    rf"(?P<n>[{CJK}]{{1,2}}(?:(?:[{_GAP_CLASS}]{{1,4}}|[{re.escape(_SPLIT_DOTS)}])[{CJK}]{{1,2}}){{1,3}})(?![{CJK}])"
)
# A gate: a gap or dot after a Chinese character, then (across more blanks) one or two Chinese characters and
# something else; running text, where three or more follow, is skipped in C.
_FORM_GAPS = [
    (c, re.compile(f"{re.escape(c)}(?<=[{CJK}]{re.escape(c)})[{_GAP_CLASS}]*(?=[{CJK}]{{1,2}}(?![{CJK}]))"))
    for c in _FORM_GATES
]
_GAP_SPLIT = re.compile(rf"([{_GAP_CLASS}]+|[{re.escape(_SPLIT_DOTS)}])")


def _spaced_forms(text: str) -> Iterator[_Hit]:
    """Chinese names with wide gaps, NBSPs, dots or a gap after the surname, standing apart from the text
    around them (no Chinese character touches either end)."""
    wide = "\u3000" in text  # one test for the three gates that hold it (a two-character `in` is slow)
    gates = sorted(
        g.start() for c, rx in _FORM_GAPS if (wide if "\u3000" in c else c in text) for g in rx.finditer(text)
    )
    done = 0
    for at in gates:
        if at < done:
            continue
        k = at
        while k > 0 and _is_cjk(text[k - 1]) and at - k < 2:
            k -= 1
        if k > 0 and _is_cjk(text[k - 1]):
            continue
        m = _SPACED_FORM.match(text, k)
        if m is None:
            continue
        hit = _spaced_form(text, m)
        if hit is not None:
            done = hit.end
            yield hit


def _spaced_form(text: str, m: re.Match[str]) -> _Hit | None:
    parts = _GAP_SPLIT.split(m.group("n"))
    tokens, gaps = parts[0::2], parts[1::2]
    if len(set(g.strip() or "blank" for g in gaps)) != 1:
        return None  # 张 - 伟: the gaps differ, it is punctuation in a sentence
    dotted = gaps[0].strip() != ""
    single = all(len(t) == 1 for t in tokens)
    name = "".join(tokens)
    sl = _sur_len(name, 0)
    if not sl or not 1 <= len(name) - sl <= 2:
        return None
    if single:
        if len(tokens) > 4 or (not dotted and all(g == " " for g in gaps) and "\u00a0" not in gaps):
            return None  # 张 伟: one blank between single characters is _spaced's
    elif not (len(tokens) == 2 and len(tokens[0]) == sl):
        return None  # 王 海燕 / 上官 佳怡: only a surname, then the given name
    if _starts_title(name, sl):
        return None
    before = text[max(0, m.start() - 10) : m.start()]
    strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
    if strength < STRONG and _is_word_pair(name):
        return None  # 毛  重, 周-五: a padded form label or two words, not a name
    if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
        return _Hit(m.start(), m.end(), strength)
    return None


def _surname_split(text: str, start: int, end: int) -> _Hit | None:
    """王 海燕, 司徒 婉仪, 找 滕 晓雯: the last two characters of a spaced run, a surname (or a compound's second
    character) and the first character of a given name that runs on for at most one more character; before it
    nothing Chinese or one spaced word of one character (找, 的), after it nothing Chinese. The surname and the
    next character must not make a word (马 上到, 高 兴)."""
    first = end - 3
    s = first - 1 if first == start and start > 0 and text[start - 1 : start + 1] in _COMPOUND else first
    if s == first and text[first] not in _SINGLE or s == start and s > 0 and _is_cjk(text[s - 1]):
        return None
    g_end = end + 1  # the run's last character and the one glued to it
    if not _is_cjk(text[end : end + 1]) or g_end < len(text) and _is_cjk(text[g_end]):
        return None
    name = text[s : first + 1] + text[end - 1 : g_end]
    sl = first + 1 - s
    before = text[max(0, s - 10) : s]
    strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
    if _starts_title(name, sl) or strength < STRONG and (_is_word_pair(name) or _is_word_pair(name[: sl + 1])):
        return None
    if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
        return _Hit(s, g_end, strength)
    return None


def _is_word_pair(name: str) -> bool:
    """毛重, 王者, 周一: characters that make a dictionary word other than a name are no name."""
    tag = lexicon.words().tag_of(name)
    return tag is not None and not tag.startswith("nr")


def _cuts_word(run: str, a: int, b: int, sl: int) -> bool:
    """In a spaced run longer than the name run[a:b], does the name's surname with its first given character
    (周一, 王者) or its last character with the run's next one (荣耀) make a dictionary word other than a name?
    Then the run is spaced-out words (周 一 至 周 五, 王 者 荣 耀), not a name among them."""
    return _is_word_pair(run[a : a + sl + 1]) or b < len(run) and _is_word_pair(run[b - 1 : b + 1])


def _other_latin(text: str, first: frozenset[str], last: frozenset[str]) -> Iterator[_Hit]:
    """Booking-record names, initials and @mentions: forms with their own shape, each confirmed by a
    listed surname or given name."""
    for m in _PNR_RE.finditer(text):
        k = m.start()
        while k > 0 and m.start() - k < 12 and "A" <= text[k - 1] <= "Z":
            k -= 1
        if m.start() - k < 2 or (k > 0 and text[k - 1].isalnum()):
            continue
        sur = text[k : m.start()].capitalize()
        giv = m.group("g").capitalize()
        if sur in last or sur in KOREAN_SURNAMES or (sur in _PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(giv)):
            yield _Hit(k, m.end(), MEDIUM)
    for m in _INITIAL_RE.finditer(text):
        if m.group("l") in last and not _NOT_PERSON_NEXT.match(text, m.end()):
            yield _Hit(m.start() - 1, m.end(), MEDIUM)
    for m in _MALAY_RE.finditer(text) if " bin" in text else ():
        # Nurul Huda binti Ahmad: the given names before bin / binti, the father's name after it
        k = m.start()
        for _ in range(3):
            w = _WORD_BEFORE.search(text, max(0, k - 20), k)
            if w is None:
                break
            k = w.start()
        if k < m.start() and text[k : m.start()].split()[0] in lexicon.world_first_names():
            yield _Hit(k, m.end(), MEDIUM)
    for at in _offsets_of(text, "@＠"):
        if at > 0 and text[at - 1].isalnum():
            if (named := _named_by_address(text, at)) is not None:
                yield named
            continue  # an e-mail address
        at_m = _EN_AT_RE.match(text, at + 1)
        if at_m is None:
            continue
        words = at_m.group("n").split(" ")
        if words[0] not in first:
            continue
        keep = 1 if len(words) > 1 and not (words[1] in last or words[1] in _PINYIN_SURNAMES) else len(words)
        yield _Hit(at_m.start("n"), at_m.start("n") + len(" ".join(words[:keep])), STRONG)


# A word of a display name before an e-mail address (Jennie, Kratochvíl, O'Neil).
_NAME_WORD = re.compile(_EN_NAME)
# The local part of an address, searched from 40 characters before its @ (the leftmost run reaching it).
_LOCAL_PART = re.compile(r"[A-Za-z0-9._-]+@")
# Words of team and role mailboxes (Billing Team <billing.team@…>, Help Desk <help.desk@…>), which are no one.
_MAILBOX_WORDS = frozenset(
    "team support service services sales billing help desk info admin noreply no reply customer care hr ops "
    "operations security finance accounts payable receivable marketing news newsletter notifications alerts "
    "jobs careers press media contact hello office reception orders shop store web webmaster "
    "postmaster abuse "
    "legal compliance privacy feedback dev devops platform system systems bot automation mail center centre "
    "group partners procurement purchasing it data cloud api account".split()
)


def _ascii_fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _named_by_address(text: str, at: int) -> _Hit | None:
    """Jennie Svensson <jennie.svensson@…>, Pavel Soukup (psoukup@…): a display name that the address next to
    it spells (first and family name, or an initial and the family name) is a person, listed or not; a team
    or product name (Acme Support <support@…>) spells one word of it at most. Only the bracketed form is read,
    and it is ruled out after one short search: a text may hold thousands of addresses."""
    local = _LOCAL_PART.search(text, max(0, at - 40), at + 1)
    k = local.start() if local is not None else at
    j = k - 7 if text.endswith("mailto:", 0, k) else k
    if k == at or j <= 0 or text[j - 1] not in "<(（":
        return None  # only a display name's form, Name <address> or Name (address); not 邮箱：a@b, not at a@b
    addr = text[k:at].lower()
    j -= 1
    while j > 0 and k - j < 12 and text[j - 1] in " \t\u3000\"'":
        j -= 1
    raw = text[max(0, j - 60) : j].replace('"', " ").replace("“", " ").split(" ")[-3:]
    while raw and _NAME_WORD.fullmatch(raw[0]) is None:
        raw = raw[1:]  # Contact Dušan Kratochvíl: the name is the last words
    if len(raw) < 2 or any(_NAME_WORD.fullmatch(w) is None for w in raw):
        return None
    dotted = addr.replace("_", ".").replace("-", ".")
    parts = set(dotted.split("."))
    joined = dotted.replace(".", "")
    for drop in range(len(raw) - 1):
        words = [_ascii_fold(w) for w in raw[drop:]]
        if not all(words) or not _MAILBOX_WORDS.isdisjoint(words):
            continue
        first, family = words[0], words[-1]
        spelled = (first + family, first[0] + family, family + first[0], family + first)
        if (first in parts and family in parts) or joined in spelled:
            length = len(" ".join(raw[drop:]))
            return _Hit(j - length, j, STRONG)
    return None


_CJK_ANY = re.compile(f"[{CJK}]")
# A capitalised word on its own (not inside a longer word, an identifier or a number) with a Chinese character
# before it (across a space or @) or after it (across spaces or a colon); checked after the first letter.
# Verbs of people that follow a given name in English prose (Daniel approved, Priya will), and the possessive.
_PERSON_VERBS = (
    "approved approves asked asks said says wrote writes replied replies confirmed confirms agreed agrees "
    "mentioned sent sends will would can could should joined joins left called calls emailed "
    "suggested suggests "
    "thinks thought noted reported requested signed reviewed reviews owns leads told tells explained added "
    "promised wants needs"
).split()
# A capitalised word on its own (not inside a longer word, an identifier or a number) with a Chinese character
# before it (across a space or @) or after it (across spaces or a colon), or a person's verb after it (group
# v); checked after the first letter.
_EN_WORD_RE = re.compile(
    rf"[A-Z](?<![A-Za-z0-9_].)"
    rf"(?:(?<=[{CJK}].)|(?<=[{CJK}][ \t@＠].)|(?=[a-z]{{1,11}}(?![A-Za-z0-9_])"
    rf"(?:[ \t:：]*[{CJK}]|(?P<v>['’]s\b|[ ](?:{trie.pattern(_PERSON_VERBS)})\b))))"
    r"[a-z]{1,11}(?![A-Za-z0-9_])"
)
# The same without the Chinese branches, for text with no Chinese in it.
_EN_SUBJECT_RE = re.compile(
    rf"[A-Z](?<![A-Za-z0-9_].)(?=[a-z]{{1,11}}(?P<v>['’]s\b|[ ](?:{trie.pattern(_PERSON_VERBS)})\b))"
    r"[a-z]{1,11}"
)
# Listed given names that are also software, products or ordinary words in Chinese technical text.
_EN_NOT_PEOPLE = frozenset(
    "Julia Crystal Max Mercedes Chase Hunter Austin Sydney Jordan Victoria Destiny Christian Angel Summer "
    "Autumn Jade Amber Alexa".split()
)
# Listed given names that English prose uses as words, places or software (Grace period, Jackson parses, Iris
# dataset): a verb after them or a cue before them does not make them people.
_PROSE_NOT_PEOPLE = _EN_NOT_PEOPLE | _EN_WORD_NAMES | frozenset(
    "Cassandra Jasmine Travis Iris Ivy Holly Daisy Heather Sandy Penny Brandy Dawn Melody Grace Lily "
    "Faith Joy "
    "Earl Raven Robin Jay Drew Sue Don Dean Gene Glen Dale Ray Guy Jack Frank Mark Bill Bob Nick Tyler Mason "
    "Parker Taylor Cole Lance Victor Misty Kim Jo Dakota Cheyenne Savannah Madison Regina Chelsea Kent Logan "
    "Jackson Franklin Clinton Hugo Ruby Ada Jenkins Pearl Olive Hazel Violet Rocky Phoenix Apollo "
    "Atlas Jasper "
    "Sage Willow Ember".split()
)
# Lower-case words after which a given name is the person addressed or named (ask Priya, cc Tom, to Wei).
_PERSON_CUES = frozenset(
    "ask asked ping pinged tell told cc thank thanks thanked remind reminded invite invited meet met "
    "call called "
    "email emailed contact contacted with by and from to".split()
)


def _given_in_chinese(text: str, first: frozenset[str], cjk: bool = True) -> Iterator[_Hit]:
    """An English given name standing alone inside Chinese text (和Kevin确认, 让 Lily 跟进, Tom 说): Chinese
    writers name colleagues by their English names, and a listed given name with Chinese on one side of
    it, across a space or a colon, is a person; one inside code (Tom.java, Jason()) is not. In English prose
    a listed given name before a person's verb (Daniel approved, Priya's draft) is one too."""
    n = len(text)
    for m in (_EN_WORD_RE if cjk else _EN_SUBJECT_RE).finditer(text):
        word = m.group()
        if word not in first or word in _EN_WORD_NAMES or word in _EN_NOT_PEOPLE:
            continue
        if m.group("v") and word in _PROSE_NOT_PEOPLE:
            continue
        s, e = m.span()
        if (e < n and text[e] in "./\\_(=-<>[{") or (s > 0 and text[s - 1] in "./\\_-#$<"):
            continue
        yield _Hit(s, e, MEDIUM)


def _after_cue(text: str, first: frozenset[str], gaps: list[int]) -> Iterator[_Hit]:
    """A listed given name after a lower-case cue (ask Priya, cc Tom, thanks to Wei, acknowledged by Marcus),
    found at the gaps of _LATIN_GAPS (a letter, a blank, a capital) the pair scan finds anyway."""
    n = len(text)
    for g in gaps:
        k = g
        while k > 0 and "a" <= text[k - 1] <= "z" and g - k < 10:
            k -= 1
        if k == g or (k > 0 and text[k - 1].isalnum()) or text[k:g] not in _PERSON_CUES:
            continue
        m = _GIVEN_AFTER_CUE.match(text, g + 1)
        if m is None:
            continue
        word = m.group("n")
        if word in first and word not in _PROSE_NOT_PEOPLE and not (m.end() < n and text[m.end()] == "."
                                                                    and text[m.end() + 1 : m.end() + 2].isalnum()):
            yield _Hit(m.start("n"), m.end("n"), MEDIUM)


_GIVEN_AFTER_CUE = re.compile(r"[ \t]*(?P<n>[A-Z][a-z]{2,11})(?![A-Za-z0-9_@(/\-]|[ ][A-Z])")


def _latin_given(name: str, first: frozenset[str], last: frozenset[str]) -> str | None:
    """The given name of a two-word Latin name, as a later mention may use it alone: Jianguo of Wang
    Jianguo (pinyin, family name first), Jessica of Jessica Wang."""
    words = name.split(" ")
    if len(words) != 2:
        return None
    a, b = words
    if a in _PINYIN_SURNAMES and b not in _PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(b) and len(b) >= 4:
        return b
    if a in first and (b in last or b in _PINYIN_SURNAMES) and a not in _EN_WORD_NAMES:
        return a
    return None


# Family names that are also common English words: alone, they are the word (Young people, Price is).
_WORD_FAMILIES = frozenset(
    "Long Song Fang Tang Bang Ding Hang Young Black White Brown Green Gray Grey King Hill Wood Stone "
    "Rose Hall "
    "Little Page Price Cook Bell Ward Park Lane Case Best Hope Love Power Rich Early Strong Sharp "
    "Swift Field "
    "Banks Wells Summer Winter West North South East Street Mark Grant Chase Hunter Fisher Baker "
    "Carter Turner "
    "Parker Cooper Walker Miller Taylor Mason Porter Marsh Bush Noble Golden Hart Kind Moore More "
    "Read Reed Mills "
    "Jobs Gates Church Castle Bishop Knight Major Day Will Bill".split()
)


def _latin_family(words: list[str], titled: bool, last: frozenset[str]) -> str | None:
    """The family name of a Latin-script name, as a later mention may use it alone: Robertson of J. Robertson,
    Pavlov of Mr. Pavlov, Wang of Wang Lu (pinyin, family name first)."""
    if len(words) == 2 and words[0] in _PINYIN_SURNAMES and words[1] not in _PINYIN_SURNAMES:
        family = words[0]
    elif len(words) >= 2 or titled:
        family = words[-1]
    else:
        return None
    if len(family) < 4 or not family.isalpha() or not family[1:].islower() or family in _WORD_FAMILIES:
        return None
    known = family in last or family in _PINYIN_SURNAMES or _surname_shaped(family, words[0])
    return family if titled or known or (len(words) == 2 and words[0].endswith(".")) else None


def _latin_mentions(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """The given name or the family name alone (Wenhua, Jessica, Robertson) near a mention of that person's
    full name."""
    first, last, wide = lexicon.en_first_names(), lexicon.en_last_names(), lexicon.world_first_names()
    seeds: dict[str, list[int]] = {}
    for h in found:
        if not text[h.start].isupper() or _is_cjk(text[h.start]):
            continue
        name = text[h.start : h.end]
        if not name.isascii() and not name.replace(" ", "").isalpha():
            continue
        all_words = name.split()
        words = [w for w in all_words if w.rstrip(".") not in _EN_HONORIFICS]
        if not words:
            continue
        given = _latin_given(" ".join(words), first, last) if len(words) == 2 else None
        lead = words[0]
        if len(all_words) == 1 and lead in first and len(lead) >= 3:
            given = lead  # Sophie, meet …: a given name found once names that person again (… Sophie is)
        if given is None and 2 <= len(words) <= 3 and (lead in wide or h.strength >= STRONG and len(lead) >= 4):
            if lead.isalpha() and lead not in _EN_WORD_NAMES and lead not in _EN_NOT_PEOPLE:
                given = lead  # Daniel of Daniel Whitfield: the pair was found, so its given name is one
        if given in _EN_WORD_NAMES or given in _EN_NOT_PEOPLE:
            given = None
        family = _latin_family(words, len(words) < len(all_words), last)
        for variant in (given, family):
            if variant:
                seeds.setdefault(variant, []).append(h.start)
    if not seeds:
        return
    spans = sorted((h.start, h.end) for h in found)
    for word, s in _occurrences(text, seeds):
        e = s + len(word)
        if _word_char(text, s - 1) or _word_char(text, e):
            continue
        k = bisect.bisect_right(spans, (s, len(text)))
        if (k > 0 and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e):
            continue  # inside a name already found (Wei of ZHANG Wei), which keeps its own span
        yield _Hit(s, e, MEDIUM)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


_HK_THIRD = re.compile(r"[ ](?P<c>[A-Z][a-z]{1,5})(?![A-Za-z0-9_])(?![ ]?[A-Z][a-z])")


def _tabular(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a field of its own in a record: a CSV / TSV / table cell (the line holds two or
    more separators) or a header value followed by ``<address>``?"""
    after = _FIELD_END.match(text, end)
    if after is None or not _field_start(text, start):
        return False
    if text.startswith("<", end) or text.startswith(" <", end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return sum(line.count(c) for c in ",\t|") >= 2


def _field_start(text: str, start: int) -> bool:
    """Does a field begin at ``start`` (line start, after a comma, tab, bar or colon)?"""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in "\n,，\t|:：;"


def _at_lines(rx: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of group ``n`` of a pattern that starts with a newline, at every line start:
    the first line is matched as if a newline preceded it. (A literal first lets ``re`` skip to newlines
    in C, where ``(?m)^`` would make it try every position.)"""
    head = rx.match("\n" + text[:400])
    if head is not None:
        yield head.start("n") - 1, head.end("n") - 1, head.group("n")
    for m in rx.finditer(text):
        yield m.start("n"), m.end("n"), m.group("n")


def _pinyin_given(word: str) -> bool:
    """Wenhua, Haoran: two pinyin syllables that are no family name, as a greeting addresses a colleague."""
    m = _TWO_SYLLABLES.fullmatch(word)
    return m is not None and len(word) >= 5 and word not in _PINYIN_SURNAMES and word not in _PLACES_ONE_WORD


_TWO_SYLLABLES = re.compile(rf"(?i){_SYL}{_SYL}")
_PLACES_ONE_WORD = frozenset(p.replace(" ", "").capitalize() for p in _ROMANISED_PLACES) | frozenset(
    "Beijing Shanghai Shenzhen Guangzhou Hangzhou Chengdu Wuhan Nanjing Tianjin Chongqing Xiamen "
    "Suzhou Qingdao "
    "Dalian Kunming Changsha Hefei Jinan Zhengzhou Fuzhou Shenyang Ningbo Wuxi Dongguan Foshan Zhuhai Haikou "
    "Sanya Guiyang Nanning Lanzhou Taiyuan Nanchang Changchun Xining Yinchuan Lhasa Taipei Taiwan Hainan".split()
)


# The second word of an English form label that starts with a given name (Bill To:, Mark As:), never a surname.
_LABEL_TAIL = frozenset("To From By Of For As At Via No Date Name Number".split())
# A listed given name heading a line and addressed with a comma (Sophie, meet Zhou Wen / Kevin，麻烦看下).
_EN_VOCATIVE_RE = re.compile(rf"\n[ \t]*(?P<n>{_EN_NAME})[,，][ \t]*(?=[a-z{CJK}])")
_CLOSING_LINE = re.compile(r"(?i)(?:thanks|thank you|best|regards|best regards|kind regards|cheers|br)[,!.]?")


def _sign_off(text: str, first: frozenset[str]) -> Iterator[_Hit]:
    """A message signed with a given name alone on its last line, after a blank line or a closing (…\n\nKelly,
    Thanks,\nTom): the name must be a listed given name and not also a word (May, Will)."""
    body = text.rstrip()
    cut = body.rfind("\n")
    if cut < 0:
        return
    name = body[cut + 1 :].strip()
    if name not in first or name in _EN_WORD_NAMES:
        return
    before = body[:cut].rstrip(" \t")
    prev = before[before.rfind("\n") + 1 :].strip()
    if before.endswith("\n") or _CLOSING_LINE.fullmatch(prev):
        start = body.rfind(name)
        yield _Hit(start, start + len(name), MEDIUM)


def _cued(
    text: str, first: frozenset[str], last: frozenset[str], stamped: bool | None = None
) -> Iterator[_Hit]:
    """Latin-script names after a cue (a header, a greeting, a label) or as a chat speaker."""
    def listed(words: list[str]) -> bool:
        return words[0] in first or any(w in last or w in _PINYIN_SURNAMES or w in first for w in words[1:])

    for m in _EN_GREET_RE.finditer(text):
        words = m.group("n").split(" ")
        if m.group("c") not in _GREETINGS:
            if ":" not in m.group("sep") and "：" not in m.group("sep"):
                continue
            # Full name: Daniel Okafor - an English form label
            if listed(words) and not _NOT_PERSON_NEXT.match(text, m.end("n")):
                yield _Hit(m.start("n"), m.end("n"), STRONG)
            continue
        # Hi Jason / Thanks, Priya: the given name must be listed (or a two-syllable pinyin given name,
        # Hi Wenhua); the words after it are kept when listed
        if words[0] not in first and not (
            _pinyin_given(words[0]) and len(words) == 1 and text.startswith((",", "，", "!", "\n"), m.end("n"))
        ):
            continue
        keep = 1
        while keep < len(words) and (words[keep] in last or words[keep] in _PINYIN_SURNAMES or words[keep] in first):
            keep += 1
        yield _Hit(m.start("n"), m.start("n") + len(" ".join(words[:keep])), MEDIUM)
    for start, end, name in _at_lines(_EN_HEADER_RE, text):
        words = name.split(" ")
        if listed(words) and not _NOT_PERSON_NEXT.match(text, end):
            yield _Hit(start, end, STRONG)
    yield from _sign_off(text, first)
    for start, end, name in _at_lines(_EN_VOCATIVE_RE, text):
        if name in first and name not in _EN_WORD_NAMES:
            yield _Hit(start, end, MEDIUM)
    if stamped is None:
        stamped = _stamped(text)
    for start, end, name in _at_lines(_STAMPED_EN_SPEAKER_RE if stamped else _EN_SPEAKER_RE, text):
        words = name.split(" ")
        if words[0] in first and not (len(words) == 1 and words[0] in _EN_WORD_NAMES) and words[-1] not in _LABEL_TAIL:
            yield _Hit(start, end, STRONG)
    for colon in _label_colons(text):
        if colon == 0 or text[colon - 1] not in _LABEL_LAST:
            continue
        value = _LATIN_AFTER_COLON.match(text, colon + 1)
        if value is None or not _ZH_LABEL_END.search(text, max(0, colon - 8), colon):
            continue
        words = value.group("n").split(" ")
        if any(w.rstrip(".,") in _EN_COMPANY_WORDS for w in words) or _NOT_PERSON_NEXT.match(text, value.end("n")):
            continue
        if any(w in first or w in last or w in _PINYIN_SURNAMES for w in words):
            yield _Hit(value.start("n"), value.end("n"), STRONG)


def _not_org_or_place(text: str, hit: _Hit) -> bool:
    """Drop 银嘉 in 银嘉信息有限公司 and 朴子延 in 朴子延平巷 unless a label vouches for it."""
    end = hit.end
    if hit.strength >= STRONG:
        # 被告：沈阳某某物业管理有限公司: the labelled value runs on into a legal form, so it is a company
        found = _CJK_RUN.match(text, end, end + 16)
        return not (found and found.group() and _LEGAL_TAIL.search(found.group()))
    nxt = text[end : end + 2]
    if nxt[:1] and nxt[0] in "縣县市区區镇鎮乡村" and nxt[1:2] not in ("长", "委"):
        return False
    if _after_name_word(text, end):
        return True  # 马某负责与某某集团对接: a verb closes the name before any organisation starts
    found = _CJK_RUN.match(text, end, end + 12)
    run = found.group() if found else ""
    tail = _ORG_TAIL.search(text[hit.start : end] + run)
    if tail is not None and not _CLAUSE_MARK.search(run, 0, tail.start() - (end - hit.start)):
        return False  # 银嘉信息有限公司; but 小李留在公司 / 王明的公司: a clause runs between the name and 公司
    if not run:
        return True
    return _ROAD_TAIL.search(text, end, min(len(text), end + 5)) is None


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Keep the strongest, then longest, of overlapping hits."""
    hits.sort(key=lambda h: (-h.strength, -(h.end - h.start), h.start))
    taken: list[_Hit] = []
    starts: list[int] = []  # sorted starts of taken hits, for a bisect overlap check
    for h in hits:
        k = bisect.bisect_left(starts, h.start)
        if k < len(starts) and taken[k].start < h.end:
            continue
        if k > 0 and taken[k - 1].end > h.start:
            continue
        starts.insert(k, h.start)
        taken.insert(k, h)
    return taken


# Letter closings that start with a surname character (祝好, 敬礼): a line of their own, never a signature; and the
# openings that address no one by name (敬启者, To whom it may concern).
CLOSINGS = frozenset(["祝好", "敬礼", "此致", "顺祝", "顺颂", "祝安", "敬上", "谨上", "致礼", "谢谢", "祝商祺", "顺颂商祺", "顺祝商祺",
                      "敬启者", "敬启"])


def _class_word(text: str, start: int) -> bool:
    """高二（3）班陈某: 班 after a class number is the class, not the surname 班."""
    return text[start] == "班" and start > 0 and text[start - 1] in "0123456789０１２３４５６７８９一二三四五六七八九十)）"


# Characters after which a name starts a mention (找海洋, 谢谢和姐, 给晓云): verbs of addressing and conjunctions.
_MENTION_CUES = set("给叫让请问找跟和与及同谢对向被把由约是@＠、")


_QUOTES = set("“”\"'‘’「」『』《》〈〉【】")


def _free_left(text: str, s: int) -> bool:
    """A name may start here: text start, punctuation or a cue before it (not a quote: “晓燕五金店” is a shop)."""
    return s == 0 or (not _is_cjk(text[s - 1]) and text[s - 1] not in _QUOTES) or text[s - 1] in _MENTION_CUES


def _free_right(text: str, e: int) -> bool:
    return (
        _name_ends(text, e) or (text[e : e + 1] in _SPEECH_FIRST and text.startswith(_SPEECH_WORDS, e))
        or _starts_title(text, e)
    )


def _loose_mention(text: str, s: int, e: int) -> bool:
    """May text[s:e], a string the text already uses as a name, be that name here? One side must be a
    name boundary (punctuation, a cue, a particle, a title), and neither side may glue it into a word
    (海洋经济, 高峰期: the name's last character starts a word with the next one)."""
    table = lexicon.words()
    left, right = _free_left(text, s), _free_right(text, e)
    if not (left or right):
        return False
    if not left:
        glue = table.get(text[s - 1 : s + 1])
        if glue is not None and glue.freq >= 50:
            return False
    if e < len(text) and _is_cjk(text[e]) and not _starts_title(text, e):
        for w in (text[e - 1 : e + 1], text[s : e + 1], text[s : e + 2]):
            entry = table.get(w)
            if entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr"):
                return False
    return True


# How far from a mention of a person another mention of them is looked for: second mentions follow the
# first within a few paragraphs (and a greeting or a speaker line may come just before it); a window keeps
# the search linear in the text (a ``str.count`` per name over the window, never a pattern compiled per text).
_MENTION_BEFORE, _MENTION_AFTER = 200, 600


def _windows(seeds: dict[str, list[int]], n: int) -> Iterator[tuple[str, int, int, int]]:
    """(variant, lo, hi, seeds inside): the merged windows around each variant's seed offsets (sorted)."""
    for variant, offsets in seeds.items():
        lo, hi, k = -1, -1, 0
        for p in offsets:
            a, b = max(0, p - _MENTION_BEFORE), min(n, p + _MENTION_AFTER)
            if a > hi:
                if hi > lo:
                    yield variant, lo, hi, k
                lo, k = a, 0
            hi = b
            k += 1
        if hi > lo:
            yield variant, lo, hi, k


def _occurrences(text: str, seeds: dict[str, list[int]]) -> Iterator[tuple[str, int]]:
    """Where each variant occurs in the windows around its seeds; a window holding no more occurrences than
    seeds (each seed holds its variant once) is skipped after one count."""
    for variant, lo, hi, k in _windows(seeds, len(text)):
        if text.count(variant, lo, hi) <= k:
            continue
        i = text.find(variant, lo, hi)
        while i >= 0:
            yield variant, i
            i = text.find(variant, i + 1, hi)


def _mentions(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """Other mentions of people the text already names (coreference within one text): the same full
    name again where no cue vouches for it (于涛发现 … 通知于涛), the two-character given name alone
    (于海洋 … 海洋此前), and the surname with a title (于海洋 … 约于总), which a surname that is also a
    preposition (于, 和) hides from the title rule."""
    names: dict[str, list[int]] = {}
    givens: dict[str, list[int]] = {}
    surnames: dict[str, list[int]] = {}
    for h in found:
        if h.strength < MEDIUM or not 2 <= h.end - h.start <= 4 or not _is_cjk(text[h.start]):
            continue
        name = text[h.start : h.end]
        sl = _sur_len(name, 0)
        given = name[sl:]
        if not sl or not 1 <= len(given) <= 2 or not _is_cjk(given[-1]) or _TITLE_START_RE.match(given):
            continue
        names.setdefault(name, []).append(h.start)
        if len(given) == 2:
            givens.setdefault(given, []).append(h.start)
            if sl == 1 and (name[0] in _PREP_SURNAMES or name[0] in AMBIGUOUS):
                surnames.setdefault(name[0], []).append(h.start)  # the title rule finds the others
    if not names:
        return
    spans = sorted((h.start, h.end) for h in found)
    starts = [a for a, _ in spans]

    def taken(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s)
        return (k > 0 and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e)

    for word, s in _occurrences(text, names):
        e = s + len(word)
        if taken(s, e):
            continue
        if len(word) >= 3 and not _glued(text, s) or _loose_mention(text, s, e):
            yield _Hit(s, e, MEDIUM)
    for word, s in _occurrences(text, givens):
        e = s + 2
        if not taken(s, e) and not (s > 0 and text[s - 1] in _SINGLE and not _word_ends(text, s)) and _loose_mention(
            text, s, e
        ):  # 谢婷婷 may be another person; 谢谢婷婷 is 谢谢 + the given name
            yield _Hit(s, e, MEDIUM)
    yield from _laoxiao_mentions(text, found, taken)
    for sur, s in _occurrences(text, surnames):
        t = _TITLE_START_RE.match(text, s + len(sur))
        if t is None or not _starts_title(text, t.start()):
            continue
        e = t.end()
        if taken(s, e) or _glued(text, s):
            continue
        if text[s] in _PREP_SURNAMES and not (_free_left(text, s) or e == len(text) or not _is_cjk(text[e])):
            continue  # 我和老师说: the conjunction, not 和 the person
        yield _Hit(s, e, MEDIUM)


def _laoxiao_mentions(text: str, found: list[_Hit], taken: Callable[[int, int], bool]) -> Iterator[_Hit]:
    """于杰：…小于替我去吧: 老 / 小 + the surname of someone the text names, heading a clause with an agent's
    verb (or called by 找 / 请 / @), is a person even when it is also a word (小于, 小时), which the 老 / 小 rule
    alone leaves to the word."""
    surnames = {
        text[h.start] for h in found
        if h.strength >= MEDIUM and h.end - h.start >= 2 and text[h.start] in _SINGLE and _is_cjk(text[h.start + 1])
    }
    if not surnames:
        return
    for c in "老小":  # one fast single-character search each; 老 / 小 are rare next to the surnames
        s = text.find(c)
        while s >= 0:
            e = s + 2
            if text[s + 1 : e] in surnames and not taken(s, e):
                addressed = _ADDRESSED.search(text, max(0, s - 3), s) is not None
                if _laoxiao_subject(text, s, e) or (addressed and _free_right(text, e)):
                    yield _Hit(s, e, MEDIUM)
            s = text.find(c, s + 1)


# Found from their first character (one ``str.find`` each: a single character is searched far faster than two).
_KIN_WORDS = frozenset(["妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷"])
_KIN_FIRST = "".join(sorted({w[0] for w in _KIN_WORDS}))
# What may stand right before a child's name in 文欣妈妈 (a list, a clause start, a particle or a preposition).
_KIN_LEFT = frozenset("、，,。：:；;（(\n\t 由和跟与及是请找问给让的")


def _kin_named(text: str) -> Iterator[_Hit]:
    """文欣妈妈、浩宇爸爸, 苗苗妈妈 1份: parents and grandparents are named after their child, by the given name or a reduplicated
    nickname. Two characters right before the kinship word, opening a clause, that are no ordinary word (宝宝,
    孩子, 全职, 二宝) and whose characters are given-name characters, are the child's name."""
    weights = lexicon.given_weights()
    for first in _KIN_FIRST:
        at = text.find(first, 2)
        while at >= 2:
            s = at - 2
            x = text[s:at]
            if (
                text[at : at + 2] in _KIN_WORDS and (s == 0 or text[s - 1] in _KIN_LEFT)
                and _is_cjk(x[0]) and _is_cjk(x[1])
            ):
                entry = lexicon.words().get(x)
                redup = x[0] == x[1]
                need = 10 if redup else 50
                if (
                    (entry is None or (redup and entry.freq < 50 and not entry.tag.startswith("nr")))
                    and all(weights.get(c, 0) >= need and c not in _NUMERALS and c not in "狗猫" for c in x)
                    and x not in lexicon.admin_short_names()
                ):
                    yield _Hit(s, at, MEDIUM)
            at = text.find(first, at + 1)


_ROW_MIN_NAMES = 2


def _row_member(value: str) -> bool:
    """A tab-separated cell beside names that reads as surname + given name is one of them (周一 何浩 高峰 冯凤兰),
    unless it is a place, a role, a field label, a word of three characters or a word that is never a name
    (a verb, an adverb, a time word: 周末, 下午)."""
    if not (_list_word_member(value) or (len(value) == 3 and _cell_name(value) and not _plain_word(value))):
        return False
    tag = lexicon.words().tag_of(value)
    return tag is None or not tag.startswith(_NOT_NAME_TAGS)


def _row_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """Rows of a tab-separated paste (a rota, a roster) holding two or more whole cells already found as names:
    their other cells that read as names are people too, as a cell under a name column is."""
    exact = {(h.start, h.end) for h in found}
    n = len(text)
    tab = text.find("\t")
    while tab >= 0:  # only the lines that hold a tab
        pos = text.rfind("\n", 0, tab) + 1
        stop = text.find("\n", tab)
        stop = n if stop < 0 else stop
        cells: list[tuple[int, int]] = []
        a = pos
        for part in text[pos:stop].split("\t"):
            value = part.strip(_CELL_PAD)
            if value:
                s = a + part.index(value)
                cells.append((s, s + len(value)))
            a += len(part) + 1
        if sum(c in exact for c in cells) >= _ROW_MIN_NAMES:
            for s, e in cells:
                if (s, e) not in exact and 2 <= e - s <= 3 and _row_member(text[s:e]):
                    yield _Hit(s, e, MEDIUM)
        tab = text.find("\t", stop)


# What is said only of a person's life (的经历, 的诗, 一生, 少年时, 去世): before it, a name needs no label, and a
# historic or public figure that jieba lists as a person (司马迁, 詹天佑) is that person, not a word.
_BIO_CUES = (
    "的经历", "的故事", "的诗", "的词", "的作品", "的生平", "的一生", "的思想", "的名言", "的著作", "的事迹", "的精神",
    "的贡献", "的传记", "的故居", "的雕像", "的画像", "的遗愿", "的后人", "的家乡", "的成就", "的学说", "一生", "少年时",
    "年轻时", "早年", "晚年", "生前", "去世", "逝世", "出生于", "被贬",
)
_BIO_RE = re.compile(trie.pattern(_BIO_CUES))


def _figure(name: str) -> bool:
    """A historic or public figure jieba lists as a person: three or four characters from a surname (司马迁,
    祖冲之, 袁隆平), or two from a common one (李白); not an everyday word (严重性: 严重 is one)."""
    entry = lexicon.words().get(name)
    if entry is None or not entry.tag.startswith("nr") or not _sur_len(name, 0):
        return False
    if len(name) == 2:
        # 韩愈, 沈括: before a life's words a listed person with a given character rare today is still one
        return _listed_person(name) or (
            entry.freq >= 20 and name[0] in _TOP_SURNAMES
            and name[1] not in _NOT_GIVEN_SECOND and name[1] not in FOLLOW and name[1] not in _NUMERALS
        )
    head = lexicon.words().get(name[:2])
    return name[:2] in _COMPOUND or head is None or head.tag.startswith("nr") or head.freq < 50


def _biographies(text: str) -> Iterator[_Hit]:
    """A name right before words said only of a person's life (詹天佑的经历, 司马迁少年时, 王小明的作品)."""
    for m in _BIO_RE.finditer(text):
        c = m.start()
        for k in (3, 2, 4):
            s = c - k
            if s < 0 or not _sur_len(text, s) or _glued(text, s):
                continue
            if s > 0 and _is_cjk(text[s - 1]) and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                continue  # 经历和王国的故事: inside running text 和 / 于 / 向 are particles first
            name = text[s:c]
            if _figure(name) or best_name(text, s, MEDIUM) == c:
                yield _Hit(s, c, MEDIUM)
                break


# The title WeChat gives a forwarded chat history: 张三和李四的聊天记录, 与王芳的聊天记录, 王芳的聊天记录.
_HISTORY = "的聊天记录"


def _chat_history_names(text: str) -> Iterator[_Hit]:
    """The one or two people a forwarded chat history is titled by, at the start of its line: the title is a
    frame that holds names only, so a name that is also a word (方舟, 安然) counts there."""
    at = text.find(_HISTORY)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        title = text[line:at].strip()
        lead = line + len(text[line:at]) - len(text[line:at].lstrip())
        if title.startswith(("与", "和")) and len(title) <= 5:
            title, lead = title[1:], lead + 1
        parts = title.split("和") if "和" in title[1:] else [title]
        pos = lead
        spans: list[tuple[int, int]] = []
        for part in parts:
            if not 2 <= len(part) <= 4 or best_name(part, 0, STRONG) != len(part):
                spans = []
                break
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        for a, b in spans:
            yield _Hit(a, b, STRONG)
        at = text.find(_HISTORY, at + len(_HISTORY))


_LIST_EDGES = "：:，,。；;（(\n"
# Transliteration characters, with the Mongolian and Yi name elements 那顺, 宝音, 海来, 高娃 (in a list of
# people only: in running text they are too common to start a name).
_LISTED_STEPPE = _STEPPE | set("顺来宝音高")


def _list_item_name(value: str) -> bool:
    """An item of a list of people that reads as a name of its own: a ·-joined transliteration, a run of
    transliteration characters (额尔德尼, 曲比阿乌), optionally after a surname (包苏日娜), or surname + given
    name at label strength; never a dictionary word, a place or a country."""
    if not 2 <= len(value) <= 12 or not all(_is_cjk(c) or c in _DOT for c in value):
        return False
    entry = lexicon.words().get(value)
    if (entry is not None and not entry.tag.startswith("nr")) or value in lexicon.admin_names() or (
        value in _countries()[0]
    ):
        return False
    if any(c in _DOT for c in value):
        return all(len(p) >= 2 for p in re.split(f"[{_DOT}]", value))
    if len(value) >= 3 and all(c in _LISTED_STEPPE for c in value[1 if value[0] in _SINGLE else 0 :]):
        return entry is None or entry.freq < 20  # 阿里巴巴, 克拉玛依: jieba's frequent "persons" are brands, places
    if len(value) > 3:
        return False
    sl = _sur_len(value, 0)
    # 丁国栋: among names, a given name may hold a character that elsewhere is a unit (栋, 号) or a word's end
    return plausible(value, STRONG) or bool(sl) and entry is None and len(value) > sl and not any(
        c in FOLLOW or c in _NUMERALS for c in value[sl:]
    )


def _list_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """The other items of a 、-list of three or more with an item already found as a name (买合木提·依明、那顺巴雅尔、
    曲比阿乌、丁国栋): when every other item reads as a name of its own (see _list_item_name), they are people too."""
    exact = {(h.start, h.end) for h in found}
    at = text.find("、")
    while at >= 0:
        a = max(text.rfind(c, 0, at) for c in _LIST_EDGES) + 1
        ends = [k for k in (text.find(c, at) for c in _LIST_EDGES) if k >= 0]
        b = min(ends) if ends else len(text)
        for tail in ("等同志", "等人", "等"):
            k = text.rfind(tail, a, b)
            if k > at and k + len(tail) == b:
                b = k
                break
        items: list[tuple[int, int]] = []
        pos = a
        for part in text[a:b].split("、"):
            value = part.strip(" \t")
            if value:
                st = pos + part.index(value)
                items.append((st, st + len(value)))
            pos += len(part) + 1
        named = sum(it in exact for it in items)
        rest = [it for it in items if it not in exact]
        # a list of people holds people only: one item that reads as no name (财务部, 高兴) and it is not one
        if named and len(items) >= 3 and rest and all(_list_item_name(text[st:e]) for st, e in rest):
            for st, e in rest:
                yield _Hit(st, e, MEDIUM)
        at = text.find("、", b)


# ------------------------------------------------------------------------------------------------------------
# Eleventh round: full names in running prose whose cue is no label (docs/detectors.md, "names in prose").
# One prefix-tree regex finds every cue literal in one pass; the name is confirmed on its own few characters
# with plausible() and must end where a name ends, as after the other cues.

# Written straight before a full name: verbs that hand something to a person or name the one who takes it
# over (对接人改为某某, 委托某某, 转告某某).
_PROSE_HANDOVER = (
    "改为", "改成", "换成", "换为", "变更为", "调整为", "改由", "交给", "交由", "转交", "移交", "委托", "转告", "告知", "告诉",
    "嘱咐", "指派", "派", "安排", "指定", "推荐", "邀请", "拜托", "托付",
    # a certificate's subject (兹证明某某，…; 兹证明某某同志系…)
    "兹证明", "茲證明",
)
# (更改为 / 更换为 are found from 改为 / 换为; cues that start with characters frequent in all prose (一, 公, 生, 事,
# 回, 提, 经, 小) are left out or found another way: every place such a character stands costs the scan.)
# Role nouns written before a full name in service messages and reports (我是理赔专员某某, 审计师某某); agent nouns
# in 员 / 师 are found by their last character (see _prose_role).
_PROSE_ROLES = ("专员", "客服", "顾问", "实习生", "前台", "保安", "代表", "店员", "同行")
# What someone is or was called (买家实名某某, 原名某某): the value is a name.
_PROSE_ALIAS = ("实名", "本名", "原名", "真名", "化名", "曾用名", "笔名", "艺名", "乳名", "昵称")
# A relative written before a full name in records (其父某某, 胞弟某某, 长子某某).
_PROSE_KIN = (
    "其父", "其母", "其妻", "其夫", "其子", "其女", "胞弟", "胞妹", "胞兄", "胞姐", "长子", "长女", "养父", "养母", "继父",
    "继母", "岳父", "岳母",
)
# A time of day opening a police or news report (22时许，某某驾驶): the clause after it starts with its subject.
_PROSE_TIME = ("时许，", "时许,", "时左右，", "时左右,")
_PROSE_BEFORE = _PROSE_HANDOVER + _PROSE_ROLES + _PROSE_ALIAS + _PROSE_KIN + _PROSE_TIME + ("员", "师", "父", "母")
# Written straight after a full name at the start of a clause: who the person is to a notice (某某老人, 某某同志,
# 某某家属), what news and obituaries say (某某于昨日病逝, 某某被评为), and the person's own documents
# (某某的社保卡, 某某的医保).
_PROSE_ELDER = (
    "老人", "老先生", "老太太", "老太", "老奶奶", "老大爷", "同志", "本人", "家属", "全家", "夫妇", "的家属", "的家人",
)
# Found with str.find rather than in the scan: 一 is the commonest character of all.
_PROSE_AFTER_LITERAL = ("一家",)
_PROSE_NEWS = (
    "于昨日", "于今日", "于近日", "于日前", "于本月", "于上月", "于当日", "于同日", "于1", "于2", "因病", "病逝", "逝世",
    "去世", "辞世", "被评为", "获评", "荣获", "告诉记者",
)
_PROSE_DOCS = tuple(
    "的" + w for w in (
        "社保卡", "社保", "身份证", "银行卡", "医保", "医保卡", "手机号", "户口", "户籍", "病历", "简历", "工资", "工资卡",
        "养老金", "公积金", "驾驶证", "驾照", "学籍", "档案", "护照", "账户", "房产证", "结婚证", "毕业证", "准考证",
        "体检报告", "征信", "退休金", "低保", "残疾证",
        # office papers of one employee (round 14n: 某某的报销单已经批了)
        "报销单", "请假条", "请假单", "工牌", "考勤",
    )
)
# Records and certificates (round 14n): who the person is (某某系本村村民, 兹证明某某系我公司员工), whose child or
# spouse (…系某某之子), and the others with them (某某等人).
_PROSE_IS = ("系本", "系我", "系该", "系其", "等人")
_PROSE_KIN_OF = ("之子", "之女", "之妻", "之夫", "之父", "之母")
_PROSE_AFTER = _PROSE_ELDER + _PROSE_NEWS + _PROSE_DOCS + _PROSE_IS + _PROSE_KIN_OF
_PROSE_KIN_OF_SET = frozenset(_PROSE_KIN_OF)
_PROSE_BEFORE_SET = frozenset(_PROSE_BEFORE)
# Words a clause goes on with right after the name of the one told or sent (转告某某明早开会, 告诉某某一声).
_PROSE_NEXT = ("明早", "明晚", "明日", "今早", "今晚", "今日", "一声", "马上", "尽快", "立即", "务必", "记得", "带", "去", "来")
_PROSE_STRONG = frozenset(_PROSE_ALIAS + _PROSE_KIN)
_PROSE_RE = re.compile(trie.pattern(_PROSE_BEFORE + _PROSE_AFTER))
# Where a name found after a right-hand cue may start: the start of a clause (据悉，某某老人; 某某的社保卡).
_PROSE_OPEN = frozenset("，,。！？!?：:；;（(、“\"「 \t\n\u3000")
# Where the name before 之子 / 之女 may start: a clause edge, or right after 系 / 是 / 为 (某某系张某之子).
_PROSE_KIN_OPEN = _PROSE_OPEN | frozenset("系是为")
# A character after a role noun that makes it a compound noun (律师费, 工程师证, 客服部), not a name.
_ROLE_COMPOUND = frozenset("费证书所部处室楼站网团队界们")


def _prose_start_ok(text: str, s: int, opens: frozenset[str] = _PROSE_OPEN) -> bool:
    """Is ``s`` the start of a clause (a name heading it is its subject)?"""
    return s == 0 or text[s - 1] in opens or (text[s - 1].isdigit() and s >= 2 and text[s - 2] in ". ")


def _prose_after_name(text: str, p: int, opens: frozenset[str] = _PROSE_OPEN) -> _Hit | None:
    """The full name that ends at ``p`` where a right-hand cue begins (某某老人, 某某的社保卡), or None."""
    for s in (p - 3, p - 2, p - 4):
        if s < 0 or not _sur_len(text, s) or not _prose_start_ok(text, s, opens):
            continue
        if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
            continue
        if best_name(text[:p], s, MEDIUM) == p:
            return _Hit(s, p, MEDIUM)
    return None


def _prose_role(text: str, p: int) -> bool:
    """员 / 师 at ``p`` closes an agent noun (理赔员, 审计师) rather than a word in which 员 / 师 is followed by more."""
    return p > 0 and _is_cjk(text[p - 1]) and text[p - 1] not in "人成官动全职"


def _prose_before_name(text: str, cue: str, p: int, q: int) -> _Hit | None:
    """The full name right after a left-hand cue ``cue`` spanning [p, q), or None."""
    if cue in _PROSE_ALIAS and text[q : q + 1] in ("为", "是", "：", ":"):
        q += 1  # 实名为某某, 原名：某某
    if q >= len(text) or not _sur_len(text, q):
        return None
    if cue in ("父", "母"):
        # 熊父熊建华: the surname, 父 / 母, then the parent's full name with the same surname
        if p == 0 or text[p - 1] != text[q] or (p >= 2 and _is_cjk(text[p - 2]) and text[p - 2] not in _PROSE_OPEN):
            return None
    elif cue in ("员", "师") and not _prose_role(text, p):
        return None
    if cue in _PROSE_TIME and (p == 0 or not text[p - 1].isdigit()):
        return None
    strength = STRONG if cue in _PROSE_STRONG or cue in ("父", "母") else MEDIUM
    if _sur_len(text, q) == 1 and (
        text[q] in _PREP_SURNAMES or (text[q] in AMBIGUOUS and cue in _PROSE_HANDOVER + _PROSE_TIME)
    ):
        return None  # 改为和, 安排时间: after a verb these are words; after a role noun (专员游芳) a surname
    glue = lexicon.words().get(text[q - 1 : q + 1])
    if glue is not None and glue.freq >= 500 and not glue.tag.startswith("nr") and cue not in ("父", "母"):
        return None  # 原名单: the cue's last character and the next one are a common word (名单)
    if text[q] in _ROLE_COMPOUND and cue not in _PROSE_HANDOVER:
        return None
    if cue not in ("父", "母") and _post_glued(text, p, q):
        return None  # 师范, 派出: the cue's last character makes a word with the next one
    end = best_name(text, q, strength if strength < STRONG else MEDIUM)
    if end < 0 and strength == STRONG:
        end = best_name(text, q, STRONG)
    if text.startswith(_PROSE_ROLES, q + 1) or text.startswith(_PROSE_ROLES, end - 1):
        return None  # 经纪人张顾问: the surname and a role noun, an honorific found elsewhere
    if (
        end - q == 2 and _is_cjk(text[end : end + 1]) and not _name_ends(text, end)
        and lexicon.given_weights().get(text[end], 0) >= 200 and plausible(text[q : end + 1], MEDIUM)
    ):
        return None  # 委托温志明代表: two characters only because 明代 is a word, but 明 often ends a name; undecided
    if end - q == 3 and text.startswith(_PROSE_TIME_NEXT, end - 1) and plausible(text[q : end - 1], MEDIUM):
        end -= 1  # 告诉王峰明早: 明早 is the time, the name is two characters
    if end < 0 or not (_name_ends(text, end) or _clean_break(text, end) or text.startswith(_PROSE_NEXT, end)):
        return None
    if end - q == 2 and _is_cjk(text[end : end + 1]) and not _name_ends(text, end):
        nxt = text[end : end + 2]
        if nxt in lexicon.words() and text[end - 1 : end + 1] in lexicon.words():
            return None
    return _Hit(q, end, strength)


def _prose_names(text: str) -> Iterator[_Hit]:
    """Full names in running prose cued by a word that is no form label (改为, 理赔专员, 实名, 其父, 22时许，
    before; 老人, 同志, 于昨日病逝, 的社保卡 after)."""
    for m in _PROSE_RE.finditer(text):
        cue = m.group()
        if cue in _PROSE_BEFORE_SET:
            hit = _prose_before_name(text, cue, m.start(), m.end())
        else:
            hit = _prose_after_name(text, m.start(), _PROSE_KIN_OPEN if cue in _PROSE_KIN_OF_SET else _PROSE_OPEN)
        if hit is not None:
            yield hit
    for cue in _PROSE_AFTER_LITERAL:
        p = text.find(cue)
        while p >= 0:
            hit = _prose_after_name(text, p)
            if hit is not None:
                yield hit
            p = text.find(cue, p + len(cue))
    yield from _entrusted_by(text)
    yield from _home_names(text)


# Someone's home (round 14n): 住在朋友某某家, 今晚在某某家吃饭. A word that places one there before the name, 家
# after it, and then the clause's end or what one does at a home.
_HOME_BEFORE = ("在", "去", "到", "回", "朋友", "同事", "亲戚", "邻居", "同学")
_HOME_NEXT = frozenset("的里吃住玩做过坐，,。；;！!？?、 \n")


def _home_names(text: str) -> Iterator[_Hit]:
    """A full name between a word that places someone (在, 去, 朋友 ...) and 家 ending the phrase."""
    p = text.find("家", 2)
    while p >= 0:
        if p + 1 >= len(text) or text[p + 1] in _HOME_NEXT:
            for s in (p - 3, p - 2):
                if s < 1 or not text.endswith(_HOME_BEFORE, max(0, s - 2), s) or not _sur_len(text, s):
                    continue
                if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                    continue
                if best_name(text[:p], s, MEDIUM) == p and not _village(text[s : p + 1], _sur_len(text, s)):
                    yield _Hit(s, p, MEDIUM)
                    break
        p = text.find("家", p + 1)


def _entrusted_by(text: str) -> Iterator[_Hit]:
    """The client in 受某某委托 (a lawyer's letter, a power of attorney): a full name between 受 and 委托."""
    p = text.find("委托")
    while p >= 0:
        for s in (p - 3, p - 2, p - 4):
            if s < 1 or text[s - 1] != "受" or not _sur_len(text, s):
                continue
            if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                continue
            if best_name(text[:p], s, MEDIUM) == p:
                yield _Hit(s, p, MEDIUM)
                break
        p = text.find("委托", p + 2)


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


_KIN_CHARS = frozenset("父母妻夫子女兄弟姐妹")
_MEASURE_SURNAMES = frozenset("位名")
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９") | _NUMERALS


def _prose_false(text: str, h: _Hit) -> bool:
    """Hits the prose forms show to be no name: 22时许 (a time), 2位同志 (a count), 养老金 (老金 inside a word),
    熊父 before 熊建华 (a relative's prefix), 向您 (a pronoun), 律师费 (a compound noun after a post)."""
    s, e = h.start, h.end
    word = text[s:e]
    if h.strength < STRONG and _trade_name(text, s, e):
        return True
    before = text[s - 1 : s]
    if before and before in _NUMERAL_CHARS and (word[:2] in ("时许", "分许", "时左", "时半") or word[0] in _MEASURE_SURNAMES):
        return True
    if "您" in word:
        return True
    if word[0] in "老小" and len(word) == 2 and s > 0 and text[s - 1 : e] in lexicon.words():
        return True
    if h.strength < STRONG and word[0] in _ROLE_COMPOUND and before in ("师", "员", "问", "服"):
        return True
    if word[-1] == "老" and text.startswith(_PROSE_OLD, e):
        return True  # 陈岩老先生: the name is 陈岩, 老先生 is how the notice refers to him
    # 熊父熊建华, 李母李: a surname and a kinship character before the relative's own full name
    return len(word) in (2, 3) and word[1] in _KIN_CHARS and text[s + 2 : s + 3] == word[0] and _sur_len(text, s + 2) > 0


# Goods and trades that a shop sign or a product writes right after its keeper's form of address or name (老王烧烤,
# 刘姐麻辣烫, 老孙家泡馍, 何师烧烤, 康师傅红烧牛肉面, 宋嫂鱼羹, 王老吉凉茶): glued to one of them (家 may come
# between), the form names the shop or the product, not a person. Only words a sentence never continues a name
# with: no single 店 / 面 / 酒 (老王店里, 刘姐面试, 小李酒量).
TRADE_WORDS = (
    # eateries and what they sell
    "烧烤", "烤肉", "烤串", "烤鱼", "烤鸭", "烤全羊", "串串", "火锅", "麻辣烫", "冒菜", "米线", "米粉", "粉面", "面馆",
    "拉面", "牛肉面", "牛肉拉面", "牛肉汤", "羊肉汤", "羊汤", "饺子", "水饺", "包子", "小笼包", "小笼", "生煎", "锅贴",
    "馄饨", "云吞", "抄手", "煎饼", "凉皮", "肉夹馍", "泡馍", "炸鸡", "卤味", "卤肉", "卤菜", "鸭脖", "鸭血", "酱骨",
    "粥铺", "奶茶", "甜品", "豆花", "酸菜鱼", "肠粉", "热干面", "小面", "烧饼", "油条", "豆浆", "烧麦", "烧卖",
    "饭店", "饭馆", "餐馆", "餐厅", "菜馆", "小馆", "酒家", "酒楼", "食府", "小吃", "快餐", "私房菜", "家常菜",
    "土菜馆", "大排档", "海鲜", "小龙虾", "螺蛳粉", "黄焖鸡", "焖锅", "干锅", "蹄花", "肥肠", "猪脚饭", "烧腊",
    "牛杂", "羊杂", "鱼羹", "鱼丸", "臭豆腐", "手抓饼", "糕点", "蛋糕", "面包", "茶馆", "茶楼", "茶庄", "凉茶",
    "红烧", "方便面", "冰红茶", "腐乳", "辣酱", "挂面", "十三香", "月饼", "早餐店", "早点",
    # trades and shops
    "修车铺", "汽修", "五金店", "五金", "理发店", "美发", "发廊", "洗车", "便利店", "超市", "小卖部", "杂货铺",
    "水果店", "花店", "药店", "药房", "大药房", "洗衣店", "干洗", "裁缝铺", "眼镜店", "照相馆", "影楼", "书店",
    "文具店", "手机店", "开锁", "专卖店", "旗舰店", "体验店", "工厂店", "银楼", "金店", "服装店", "鞋店", "烟酒店",
    "粮油", "剪刀", "痔疮膏", "药膏",
)
_TRADE_RE = re.compile("家?" + trie.pattern(TRADE_WORDS))


def _trade_name(text: str, s: int, e: int) -> bool:
    """Is the hit at [s, e) the keeper's part of a shop sign or a brand rather than a person: glued to a trade
    word (老王烧烤, 老孙家泡馍), a 字号 in 记 (李锦记, 马记), the whole title inside 《》 (《白蛇传》), or a word
    between two model codes (小米SU7和问界M7, 韦德之道10和小米14)?"""
    if _TRADE_RE.match(text, e) is not None:
        return True
    if text[e - 1] == "记" and e - s in (2, 3):
        return True
    if text[s - 1 : s] == "《" and text[e : e + 1] == "》":
        return True
    left = s - 1 if s > 1 and text[s - 1] in _CODE_JOINERS and _model_code(text, s - 2, -1) else s
    return _model_code(text, left - 1, -1) and _model_code(text, e, 1)


# Conjunctions between two model names (小鹏P7和高合HiPhi X): the second model starts after them.
_CODE_JOINERS = frozenset("和与跟或及")


def _model_code(text: str, i: int, step: int) -> bool:
    """Is there a short product code (SU7, M7, 14, Pro) glued at ``i``, read in direction ``step``: ASCII letters
    and digits, and fewer than 7 digits (a phone number after a name is none)?"""
    digits = n = 0
    while 0 <= i < len(text) and text[i].isascii() and text[i].isalnum():
        digits += text[i].isdigit()
        n += 1
        i += step
    return 0 < n and digits < 7


_PROSE_OLD = tuple(w[1:] for w in _PROSE_ELDER if w.startswith("老"))
# Time words whose first character also ends given names (通知吕文明早开会): the name ends before them.
_PROSE_TIME_NEXT = ("明早", "明晚", "明日", "今早", "今晚", "今日")


def _prose_trim(text: str, h: _Hit) -> _Hit:
    """吕文明早: a three-character hit whose last character opens a time word is the two-character name before it,
    when that is plausible on its own."""
    if h.end - h.start == 3 and text.startswith(_PROSE_TIME_NEXT, h.end - 1) and plausible(text[h.start : h.end - 1], MEDIUM):
        return _Hit(h.start, h.end - 1, h.strength)
    if (
        h.end - h.start in (3, 4) and text[h.end - 1] == "收" and (h.end == len(text) or text[h.end] in _CONSIGNEE_END)
        and text[h.end - 2 : h.end] not in lexicon.words() and plausible(text[h.start : h.end - 1], MEDIUM)
    ):
        return _Hit(h.start, h.end - 1, h.strength)  # 李阳收: the consignee and 收 (receives), not a name 李阳收
    if (
        h.end - h.start == 3 and text[h.end - 1] == "于" and _sur_len(text, h.start) == 1
        and (text.startswith(_AT_TIME, h.end) or text[h.end : h.end + 1] in _NUMERAL_CHARS)
        and plausible(text[h.start : h.end - 1], MEDIUM)
    ):
        return _Hit(h.start, h.end - 1, h.strength)  # 洪丽于下周一前: 于 (at) opens the time, not the given name
    return h


# Times that 于 (at, on) introduces right after a name: 某某于下周一前, 某某于明天.
_AT_TIME = _HANDOVER_TIME + ("近日", "日前", "本月", "上月", "次日", "当日", "当天", "同日", "今年", "明年", "去年")


# What follows a consignee's 收 on a parcel or a letter (某某收，电话…; 某某收\n).
_CONSIGNEE_END = frozenset("，,。；;）)\n \t\u3000（(")


_PROSE_COUNTED = frozenset("位人户名家个")
# Verbs that open a list of the people asked or told (请某某、某某, 通知某某、某某).
_PROSE_LIST_OPEN = ("请", "让", "由", "通知", "叫", "派", "安排")
_RURAL_NUMERALS = frozenset("二三四五六七八九")


def _prose_list_head(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """请李二妮、某某: the first member of a list right after a verb of asking, before a found name, may hold a
    numeral (李二妮, 王三喜) that the given-name check refuses elsewhere; it must read as a name otherwise."""
    taken = {h.end for h in found}
    for h in found:
        e = h.start - 1
        if e < 2 or text[e] != "、" or e in taken:
            continue
        for s in (e - 3, e - 2):
            if s < 1 or not text.startswith(_PROSE_LIST_OPEN, s - 1) and not text.startswith(_PROSE_LIST_OPEN, s - 2):
                continue
            if _sur_len(text, s) != 1 or text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES:
                continue
            name = text[s:e]
            if plausible(name, MEDIUM) or (
                len(name) == 3 and name[1] in _RURAL_NUMERALS and plausible(name, STRONG)
                and lexicon.given_weights().get(name[2], 0) >= 20
            ):
                yield _Hit(s, e, MEDIUM)
                break


def _prose_list_tail(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """请某某、某某带好材料: the member after a found name and 、 that runs on into the clause (no closing mark
    after it) is a name when it ends where a clause word or a count (几户, 三位) starts."""
    taken = {h.start for h in found}
    for h in found:
        s = h.end + 1
        if text[h.end : s] != "、" or s in taken or s >= len(text) or not _sur_len(text, s):
            continue
        if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
            continue
        for end in (s + 3, s + 2):
            if end > len(text) or best_name(text[:end], s, MEDIUM) != end:
                continue
            nxt = text[end : end + 1]
            if text[end - 1] in "老小":
                continue  # 唐老三: a nickname, not surname + given name
            counted = nxt in _NUMERAL_CHARS and text[end + 1 : end + 2] in _PROSE_COUNTED
            if (
                _name_ends(text, end) or counted or nxt in "几等各" or _clean_break(text, end)
                or text.startswith(_PROSE_NEXT, end)
            ):
                yield _Hit(s, end, MEDIUM)
                break


_NOT_ADJACENT_SURNAMES = AMBIGUOUS | _PREP_SURNAMES


def _with_chinese_surname(text: str, h: _Hit) -> _Hit:
    """Kevin 李, 王Oscar: an English given name written next to a Chinese surname (one space at most) is one name
    with it; the surname must stand apart from the words around it (not 和 / 于, not 周末 or 下周)."""
    word = text[h.start : h.end]
    if not word.isascii() or not word.isalpha() or word not in lexicon.en_first_names():
        return h
    e = h.end + (text[h.end : h.end + 1] == " ")
    if (
        e < len(text) and text[e] in _SINGLE and text[e] not in _NOT_ADJACENT_SURNAMES
        and text[e : e + 2] not in lexicon.words() and not (text[e + 1 : e + 2].isascii() and text[e + 1 : e + 2].isalpha())
    ):
        return _Hit(h.start, e + 1, h.strength)  # Kevin 李在跟进
    s = h.start - 1 - (text[h.start - 1 : h.start] == " ")
    if (
        s >= 0 and text[s] in _SINGLE and text[s] not in _NOT_ADJACENT_SURNAMES
        and (s == 0 or not _is_cjk(text[s - 1]) or not _glued(text, s))
    ):
        return _Hit(s, h.end, h.strength)  # 王 Oscar
    return h


# A message header of a chat export (WeChat, Feishu): the sender alone on a line with the date and time after it
# (某某 2025-03-01 10:21, 某某  3月1日 10:21); the message follows on the next line.
# DingTalk writes the stamp in brackets with a colon after it (某某(2025-03-01 10:21:05):).
_STAMP_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日)[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
_STAMP_BODY = (
    rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})(?:[ \t]+{_STAMP_DATE}|[(（]{_STAMP_DATE}[)）][:：]?)[ \t]*(?=\r?\n|$)"
)
_STAMP_HEAD_RE = re.compile(_STAMP_BODY)
_STAMP_LINE_RE = re.compile("\n" + _STAMP_BODY)


def _stamp_headers(text: str) -> Iterator[_Hit]:
    """Senders in message headers, when the text holds two or more of them (an export, not one dated line):
    the header is a frame that holds a name only, so a name that is also a word (高超) counts there, as in a
    cell under a name column; roles, labels and places do not."""
    heads = [m for m in (_STAMP_HEAD_RE.match(text),) if m is not None]
    heads.extend(_STAMP_LINE_RE.finditer(text))
    if len(heads) < 2:
        return
    for m in heads:
        s, e = m.start("n"), m.end("n")
        value = text[s:e]
        if (
            _cell_name(value) and not role_noun(value) and value not in _LABEL_SET
            and value not in lexicon.admin_short_names() and value not in lexicon.admin_names()
        ):
            yield _Hit(s, e, MEDIUM)


# A unit of an organisation, then 的, then its members (北辰大学化学学院的某某、某某; 某某公司的某某): the unit
# vouches for a person right after it, as a title does.
# Led by the literal 的 (one fast search for it) and the unit read behind it: led by the units' first characters,
# the pass tried a match at nearly every position (+2 % of a 64 KB scan).
_UNIT_OF = re.compile(
    rf"的(?:(?<=(?:学院|大学|医院|公司|集团|中心|团队|小组)的)|(?<=(?:研究所|研究院|实验室|课题组|研究组|项目组|事务所)的))"
    rf"(?={_SUR})"
)
_MEMBER_END = frozenset("、，,。；;在和与及等也都的")


def _unit_members(text: str) -> Iterator[_Hit]:
    """The people named right after a unit and 的, and the second of a 、-pair after them (张某、殷某在实验上):
    each must end where a list or a clause does; the first must read as a name at MEDIUM, the second as a
    surname and one or two given characters that are no role."""
    for m in _UNIT_OF.finditer(text):
        s = m.end()
        e = best_name(text, s, MEDIUM)
        if e <= s or not _name_ends(text, e):
            continue
        yield _Hit(s, e, MEDIUM)
        if text[e : e + 1] != "、":
            continue
        for n in (3, 2):
            b = e + 1 + n
            value = text[e + 1 : b]
            if (
                b <= len(text) and (b == len(text) or text[b] in _MEMBER_END) and all(_is_cjk(c) for c in value)
                and _cell_name(value) and not role_noun(value) and value not in _LABEL_SET
            ):
                yield _Hit(e + 1, b, MEDIUM)
                break


# The side of a deal or a dispute named by a character before 方 (甲方, 买方, 销售方, 采购方, 双方, 对方): 方 there ends
# that word and starts no name (销售方名称, 采购方全称).
_PARTY_BEFORE_FANG = frozenset("甲乙丙丁买卖购售供需借贷承出租双对各己他我你贵该本")


# Last characters of rivers, lakes, mountains and islands (钱塘江, 嘉陵江, 白云山): jieba tags some famous ones as
# persons, so without a label a frequent three-character word ending so is the place; the very frequent ones
# (孙中山) are people indeed.
_FEATURE_TAILS = frozenset("江河湖海山岭峰岛湾溪")


def _feature_name(text: str, start: int, end: int) -> bool:
    if end - start != 3 or text[end - 1] not in _FEATURE_TAILS:
        return False
    entry = lexicon.words().get(text[start:end])
    return entry is not None and 100 <= entry.freq < 1000


def _party_side(text: str, start: int) -> bool:
    return text[start] == "方" and start > 0 and text[start - 1] in _PARTY_BEFORE_FANG


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


# ------------------------------------------------------------------------------------------------------------
# Twelfth round: names in narrative text (news and bulletins, appointment notices, award lists, essays citing
# historical figures, consignee lines, forms that wrap a name across a line). Each rule is a frame as specific
# as a label: a cue word on one side of the name and a clause edge or a second cue on the other; the name is
# confirmed with best_name / plausible, as after the other cues.



def _narr_surname_ok(text: str, s: int) -> bool:
    """A one-character surname that is also a preposition or a common morpheme (于, 和, 明, 全) is left to the
    rules that see more of the sentence."""
    return _sur_len(text, s) == 2 or (text[s] not in AMBIGUOUS and text[s] not in _PREP_SURNAMES)


def _figure_name(text: str, s: int, strength: int) -> int:
    """best_name, or for a person entry of the dictionary (宋江, 施耐庵) its end at label strength."""
    end = best_name(text, s, strength)
    if end < 0:
        end = best_name(text, s, STRONG)
        entry = lexicon.words().get(text[s:end]) if end > 0 else None
        if entry is None or entry.tag != "nr":
            return -1
    return end


def _narr_after_name(text: str, p: int, cue: str = "") -> _Hit | None:
    """The name that ends at ``p`` where an after-cue begins, at a clause edge or after a left cue."""
    figure = cue in _NARR_FIGURE
    for s in (p - 3, p - 2, p - 4):
        if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
            continue
        if not (
            _prose_start_ok(text, s) or text.endswith(_NARR_LEFT, 0, s)
            or text.endswith(_NARR_UNITS, 0, s - 1 if text[s - 1] == "的" else s)
        ):
            continue
        window = text[s:p]  # best_name reads no further than the cue; a slice of the name only, not of the text
        end = _figure_name(window, 0, MEDIUM) if figure else best_name(window, 0, MEDIUM)
        if end == p - s and not _glued_left(text, s):
            return _Hit(s, p, MEDIUM)
    return None


def _glued_left(text: str, s: int) -> bool:
    """Does the character before ``s`` make a common word with the surname (来自 + 审计: 计审)? Only a word of
    the clause (not a left cue) can glue."""
    if s == 0 or not _is_cjk(text[s - 1]) or text.endswith(_NARR_LEFT + _NARR_UNITS + ("的",), 0, s):
        return False
    entry = lexicon.words().get(text[s - 1 : s + 1])
    return entry is not None and entry.freq >= 500 and not entry.tag.startswith("nr")


def _narr_before_name(text: str, q: int, cue: str = "") -> _Hit | None:
    """The name right after a before-cue ending at ``q``: it must end where a name ends or an after-cue begins."""
    if q >= len(text) or not _sur_len(text, q) or not _narr_surname_ok(text, q):
        return None
    glue = lexicon.words().get(text[q - 1 : q + 1])
    if glue is not None and glue.freq >= 500 and not glue.tag.startswith("nr"):
        return None  # 任命书, 关于是否: the cue's last character and the next make a word
    end = _figure_name(text, q, MEDIUM) if cue in _NARR_FIGURE else best_name(text, q, MEDIUM)
    if end < 0:
        return None
    if _name_ends(text, end) or _clean_break(text, end) or text.startswith(_NARR_AFTER, end) or text[end] in "“\"":
        return _Hit(q, end, MEDIUM)
    return None


# After a consignee's 收: a telephone number or its label (某某收 138…, 某某收，电话…).
_CONSIGNEE_CONTACT = re.compile(r"[ \t，,：:]*(?:电话|手机|联系电话|Tel|TEL|tel)?[ \t：:]*[+＋(（]?[0-9０-９]")


def _consignee_names(text: str) -> Iterator[_Hit]:
    """某某收 138…, 某某收，电话…: the name before a consignee's 收 when a telephone number follows; 收 is not
    part of the name (see _prose_trim)."""
    p = text.find("收")
    while p >= 0:
        if _CONSIGNEE_CONTACT.match(text, p + 1):
            for s in (p - 3, p - 2, p - 4):
                if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
                    continue
                if not (_prose_start_ok(text, s) or text.endswith(("寄给", "交给", "发给"), 0, s)):
                    continue
                if best_name(text[s:p], 0, MEDIUM) == p - s:
                    yield _Hit(s, p, MEDIUM)
                    break
        p = text.find("收", p + 1)


# What may follow a name that ends in 和 (全小和、某某; （司徒和）; 马正和的): 和 joins nothing there, so it is the
# last character of the given name.
_HE_CLOSE = frozenset("、，,。；;）)」』”\"！？!?\n的")


def _with_he(text: str, h: _Hit) -> _Hit:
    """A found name followed by 和 and a mark that ends a name is one character longer: 和 is its last character."""
    e = h.end
    if text[e : e + 1] != "和" or (e + 1 < len(text) and text[e + 1] not in _HE_CLOSE):
        return h
    sl = _sur_len(text, h.start)
    if not sl or not 1 <= e - h.start - sl <= 1 or not _given_ok(text[h.start + sl : e], MEDIUM):
        return h
    return _Hit(h.start, e + 1, h.strength)


def _narrative_names(text: str, starts: list[int]) -> Iterator[_Hit]:
    """Names in news, bulletins, notices and essays cued by _NARR_AFTER / _NARR_BEFORE (found at ``starts`` by
    _joint_scan), and consignees."""
    for m in _joint_matches(_J_NARR, text, starts):
        cue = m.group()
        after = _NARR_AFTER_OF.get(cue)
        hit = _narr_after_name(text, m.start(), after) if after is not None else None
        if hit is not None:
            yield hit
        hit = _narr_before_name(text, m.end(), cue) if cue in _NARR_BEFORE_SET else None
        if hit is not None:
            yield hit
    p = text.find("《")
    while p >= 0:
        if p > 2 and text[p - 1] in _NARR_BOOK_BEFORE:
            hit = _narr_after_name(text, p - 1, "《")  # 某某在《…》中写道, 某某的《…》
            if hit is not None:
                yield hit
        p = text.find("《", p + 1)
    if "收" in text:
        yield from _consignee_names(text)


_FROM_TO_CLOSE = frozenset("，,。；;、！!？?\n")


def _from_to_names(text: str) -> Iterator[_Hit]:
    """从某某到某某，大家都…: a span from one person to another. Both ends read as names on their own (best_name at
    medium strength, so places, words and 从高到低 fail), the first ends right at 到 and the second at a clause
    edge or a word that follows names; the frame vouches for a surname that is also a particle (从万某到明某)."""
    i = text.find("从")
    while i >= 0:
        s = i + 1
        e = best_name(text, s, MEDIUM) if s < len(text) else -1
        if e > 0 and text.startswith("到", e):
            e2 = best_name(text, e + 1, MEDIUM)
            if e2 > 0 and (e2 == len(text) or text[e2] in _FROM_TO_CLOSE or _after_name_word(text, e2)):
                yield _Hit(s, e, MEDIUM)
                yield _Hit(e + 1, e2, MEDIUM)
        i = text.find("从", i + 1)


_JOINERS = frozenset("和与及")
# What a clause goes on with after the second of two joined names (某某和某某负责, 某某及某某三人).
_JOINED_LEFT = _NARR_LEFT + _PROSE_LIST_OPEN + ("有", "是", "：", ":", "、")


def _joined_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """某某和某某, 某某、某某及某某: the name on the other side of 和 / 与 / 及 from a found name, when it reads as a
    name at the same strength and is framed as one (a clause edge or list opening before it; a name's end after)."""
    starts = {h.start for h in found if h.strength >= MEDIUM}
    ends = {h.end for h in found if h.strength >= MEDIUM}
    for h in found:
        j = h.end
        if j + 2 < len(text) and text[j] in _JOINERS and j + 1 not in starts and _sur_len(text, j + 1):
            s = j + 1
            # a famous namesake (张飞) after a found name and 和 / 及 is a member of the same list
            end = _figure_name(text, s, MEDIUM) if _narr_surname_ok(text, s) else -1
            if end - s == 3 and text[end - 1] in FOLLOW and plausible(text[s : end - 1], MEDIUM):
                end -= 1  # 与洪丽于下周: 于 opens the next phrase
            if end > 0 and (
                _name_ends(text, end) or _clean_break(text, end) or text.startswith(_NARR_AFTER, end)
                or text[end] in "两二三四几等"
            ):
                yield _Hit(s, end, MEDIUM)
        k = h.start - 1
        if k >= 2 and text[k] in _JOINERS and k not in ends:
            for s in (k - 3, k - 2, k - 4):
                if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
                    continue
                if not (_prose_start_ok(text, s) or text.endswith(_JOINED_LEFT, 0, s)):
                    continue
                if best_name(text[s:k], 0, MEDIUM) == k - s:
                    yield _Hit(s, k, MEDIUM)
                    break


# A line that ends inside a name a form or a PDF wrapped (申请人：欧阳\n明月, 代表魏\n健与): what may stand before
# the first part, and what may follow the second.
_WRAP_OPEN = frozenset(":：|，,\t \u3000")
_WRAP_CUES = ("代表", "签字", "签名") + tuple(LABELS.split("|"))
_WRAP_NEXT = ("同志", "与", "和", "及", "先生", "女士", "荣获", "获得")
# A line break between two Chinese characters, led by the literal so ``re`` skips to line breaks.
_WRAP_GATE = re.compile(f"\n(?<=[{CJK}]\n)(?=[{CJK}])")


def _wrapped_names(text: str) -> Iterator[_Hit]:
    """A name split by one line break: the first part (a surname, or a start that is no name alone) closes a
    line after a field opening or a cue, the rest (one or two characters) opens the next line and ends there or
    before a word that follows names. The span holds the line break, as the conventions label it."""
    for g in _WRAP_GATE.finditer(text):
        nl = g.start()
        a = nl
        while a > 0 and _is_cjk(text[a - 1]) and nl - a < 3:
            a -= 1
        for xs in range(a, nl):
            if not _sur_len(text, xs):
                continue
            before = text[xs - 1] if xs > 0 else "\n"
            if not (before in _WRAP_OPEN or before == "\n" or text[:xs].endswith(_WRAP_CUES)):
                continue
            if xs > 0 and _is_cjk(before) and not text[:xs].endswith(_WRAP_CUES):
                continue
            hit = _wrapped_at(text, xs, nl)
            if hit is not None:
                yield hit
                break


def _wrapped_at(text: str, xs: int, nl: int) -> _Hit | None:
    head = text[xs:nl]
    bare = len(head) == _sur_len(text, xs)
    for n in (2, 1):
        ye = nl + 1 + n
        tail = text[nl + 1 : ye]
        if ye > len(text) or len(tail) != n or not all(_is_cjk(c) for c in tail):
            continue
        after = text[ye : ye + 1]
        if after in (":", "："):
            return None  # 联系人：李\n电话：: the next line is a field of its own
        if _is_cjk(after) and not text.startswith(_WRAP_NEXT, ye):
            continue
        name = head + tail
        if not 2 <= len(name) <= 4 or best_name(name, 0, MEDIUM) != len(name):
            continue
        runs_on = after not in ("\n", "") and not text.startswith(_WRAP_NEXT, ye)
        if not bare and (n != 1 or plausible(head, MEDIUM) and (runs_on or tail in "男女")):
            continue  # 张伟\n男: a whole name, then a field value on the next line
        return _Hit(xs, ye, MEDIUM)
    return None


def find_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every person name in ``text``; offsets are into ``text``."""
    view = TextView.of(text)
    t = traditional.fold(view.text)  # same length: offsets into the fold are offsets into the view
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
    hits.extend(_doubled_names(t))
    if "\n" in t:
        hits.extend(_wrapped_names(t))
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
    more = list(_mentions(t, found))
    if latin:
        more.extend(_latin_mentions(t, found))
        more.extend(_bracketed_english(t, found))
    if more:
        found = _resolve(found + more)
    if latin:
        found = [_with_chinese_surname(t, h) for h in found]
    if "和" in t:
        found = [_with_he(t, h) if t[h.end : h.end + 1] == "和" else h for h in found]
    out = []
    for h in found:
        start, end = view.span(h.start, h.end)
        out.append((start, end, _SCORE[h.strength]))
    return out


# A person's English name in brackets right after their name (Xie Hao (Steven), 张伟（David）).
_BRACKETED_EN = re.compile(rf"[ \t]?[(（](?P<n>[{_UP}][{_LO}]+)[)）]")


def _bracketed_english(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """A listed English given name in brackets straight after a found name is the same person's English name
    (a word name such as May or Will is not)."""
    first = lexicon.en_first_names()
    for h in found:
        m = _BRACKETED_EN.match(text, h.end)
        if m is not None and m.group("n") in first and m.group("n") not in _EN_WORD_NAMES:
            yield _Hit(m.start("n"), m.end("n"), h.strength)


_HAS_LATIN = re.compile(rf"[{_UP}][{_LO}]|[A-Z]/[A-Z]")


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
