"""Bodies whose names end in no suffix the walk knows or whose stems are ordinary words (教育部, 海关总署,
最高人民法院, 新华社, 世界卫生组织): a listed fact, found by one prefix-tree pattern and joined with the names
next to them in a list (财政部、商务部).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from detectors.nlp import trie
from detectors.recognizers.org.suffixes import _MERGE_SPAN
from detectors.recognizers.org.walk import _BRACKET_SPAN

# Bodies whose names end in no suffix the walk knows (部, 署, 组织, 国务院) or whose stems are ordinary words
# (最高人民法院): the ministries and commissions of the State Council, the supreme court and procuratorate,
# news agencies, and international organisations. Facts, like the bank names.
LISTED_BODIES = (
    "外交部 国防部 教育部 科学技术部 工业和信息化部 国家民族事务委员会 公安部 国家安全部 民政部 司法部 财政部 "
    "人力资源和社会保障部 自然资源部 生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 "
    "国家卫生健康委员会 国家卫健委 退役军人事务部 应急管理部 审计署 海关总署 国务院 国务院办公厅 "
    "国家发展和改革委员会 国家发改委 国家市场监督管理总局 国家金融监督管理总局 国家互联网信息办公室 国家网信办 "
    "国务院国有资产监督管理委员会 国务院国资委 中国证券监督管理委员会 中国证监会 最高人民法院 最高人民检察院 "
    "全国人民代表大会常务委员会 全国人大常委会 全国人民代表大会 新华通讯社 新华社 中国新闻社 中新社 "
    "联合国 联合国教科文组织 联合国儿童基金会 世界卫生组织 世界贸易组织 世界知识产权组织 国际货币基金组织 "
    "国际劳工组织 国际标准化组织 世界银行 亚洲开发银行 亚洲基础设施投资银行 国际奥林匹克委员会 国际奥委会 "
    "经济合作与发展组织 上海合作组织 东南亚国家联盟 欧洲联盟 "
    "外交部 國防部 教育部 經濟部 財政部 法務部 內政部 衛生福利部 勞動部 數位發展部 行政院 立法院 司法院 監察院 考試院 "
    "金融監督管理委員會 金管會 世界衛生組織 聯合國 "
    "香港特別行政區政府 香港特别行政区政府 澳門特別行政區政府 澳门特别行政区政府"
).split()
# 教育部长 is a title and 教育部门 a department of any body: no listed name then.
# Listed names that are also a department of almost every company (商务部): the ministry only with the state's name.
_DEPARTMENT_TOO = frozenset({"商务部"})
# 商务部经理 and 某某公司商务部 are a company's department (so is any listed 部 after a company's name).
_LISTED_RE = re.compile(trie.pattern(sorted(set(LISTED_BODIES))) + "(?!长|長|门|門|经理|經理|主管|总监|總監|专员|專員|同事)")
# Every listed name holds one of these characters: a C-level search for them gates the pass.
_LISTED_GATE = re.compile("部|署|院|委|组织|組織|社|联|聯|银行|會|会|局|政府|办")


# What joins the bodies of one list (财政部、商务部, 商务部和海关总署, 商务部会同外交部)
_BODY_JOINERS = frozenset(["、", "和", "与", "與", "及", "以及", "，", ",", "会同", "會同", "联合", "聯合"])


def _listed_neighbour(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Does the listed name ``matches[i]`` stand in a list with another listed state body (not one that is
    also a company's department), joined only by a list word?"""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(matches) or matches[j].group() in _DEPARTMENT_TOO:
            continue
        a, b = (matches[j], matches[i]) if j < i else (matches[i], matches[j])
        if text[a.end() : b.start()] in _BODY_JOINERS:
            return True
    return False


def _with_listed_bodies(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """``found`` with the listed bodies of ``text`` added; a listed name replaces the shorter names inside it
    (国家发展和改革委员会 over 改革委员会), and one inside a longer name found already is left to it. A country's
    formal name written first (中华人民共和国商务部) belongs to the body. The names near a listed one are found by
    bisection (no name is longer than _MERGE_SPAN + a bracket), so a text full of listed names costs linear time."""
    spans = sorted(found)
    starts = [f[0] for f in spans]
    dropped: set[int] = set()
    added: list[tuple[int, int, float]] = []
    reach = _MERGE_SPAN + _BRACKET_SPAN
    matches = list(_LISTED_RE.finditer(text))
    for i, m in enumerate(matches):
        start, end = m.span()
        if text[start - 7 : start] == "中华人民共和国":
            start -= 7
        elif m.group() in _DEPARTMENT_TOO and _listed_neighbour(text, matches, i):
            pass  # 商务部、国家发展和改革委员会: named beside another state body, the ministry
        elif m.group() in _DEPARTMENT_TOO or (start and text[start - 1] in "司团團行厂廠店所" and text[end - 1] in "部處处"):
            continue  # 某某公司商务部: a department of the name before it; 商务部 alone is most often a company's
        near = range(bisect_left(starts, start - reach), bisect_left(starts, end))
        hits = [k for k in near if k not in dropped and spans[k][0] < end and start < spans[k][1]]
        if any(not (start <= spans[k][0] and spans[k][1] <= end) for k in hits):
            continue
        if added and added[-1][1] > start:
            continue
        dropped.update(hits)
        added.append((start, end, 0.8))
    return [f for k, f in enumerate(spans) if k not in dropped] + added
