"""Round 13e: names as multinational teams in China write them in English and mixed documents (a nickname in
brackets or quotes, an English name before the Chinese one, a given name split into syllables, family names in
capitals or before a comma, initials, European particles, hyphenated Hong Kong / Taiwanese given names in title
case), Chinese names spaced or dotted apart, landlines with a bracketed area code after +86, and text of the
same shapes that names nobody. Values here are not in bench/eval/corpus/blind-round13e.jsonl."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname between the given and the family name
        ("Please add Haoyu (Brian) Cheng to the thread.", ["Haoyu (Brian) Cheng"]),
        ('Our host will be Lanxi "Doris" Qiao from the Wuhan plant.', ['Lanxi "Doris" Qiao']),
        # an English name before the family name and the given name
        ("The PO was approved by Gloria Tian Wenjing yesterday.", ["Gloria Tian Wenjing"]),
        ("cc Felix Long Zhenhua on the next release", ["Felix Long Zhenhua"]),
        # a given name written as two syllables
        ("Visitor: Qin Shu Hui, arriving 10:30", ["Qin Shu Hui"]),
        # a one-syllable given name before a family name in capitals, and names all in capitals
        ("Reviewed by Ning GUAN last week.", ["Ning GUAN"]),
        ("Passenger TAN JUNHAO, seat 32A", ["TAN JUNHAO"]),
        ("Courier pickup: contact HE RUOLAN at the gate", ["HE RUOLAN"]),
        # an apostrophe between the syllables of a given name
        ("Thanks to Ke'er Ruan for the translation.", ["Ke'er Ruan"]),
        ("Ask Miao Yi'nan about the budget.", ["Miao Yi'nan"]),
        # initials next to a family name
        ("Owner: Bian K. (backend)", ["Bian K."]),
        ("Reviewed by Q. Zang and M. Brzezinski.", ["Q. Zang", "M. Brzezinski"]),
        # a family name in capitals, a comma, a given name
        ("Badge list:\nMOREIRA, Tiago\nZUO, Lanfang", ["MOREIRA, Tiago", "ZUO, Lanfang"]),
        ("Invitee: DE LA CRUZ, Isabel (Madrid office)", ["DE LA CRUZ, Isabel"]),
        # European particles and names the English lists lack
        ("Signed on behalf of the buyer by Maarten ter Horst.", ["Maarten ter Horst"]),
        ("Call Niamh Ní Bhriain tomorrow; Cormac Fitzsimons is on leave.", ["Cormac Fitzsimons"]),
        ("Attendees: Joost van den Heuvel, Greta von Trotha", ["Joost van den Heuvel", "Greta von Trotha"]),
        # a middle initial before a family name no list holds
        ("Regards from Wouter J. Okonjo and team", ["Wouter J. Okonjo"]),
        # hyphenated given names whose halves are both given names, and a family name shaped like one
        ("Karl-Heinz Obuya will chair the session.", ["Karl-Heinz Obuya"]),
        ("Escalated to Duarte Kowalczyk by phone.", ["Duarte Kowalczyk"]),
        # Taiwanese given names with a capital after the hyphen, the family name after or before
        ("Contact Shu-Hua Tseng or KAO Ming-Che for samples.", ["Shu-Hua Tseng", "KAO Ming-Che"]),
        # an English given name and a Wade-Giles family name
        ("Please welcome Trevor Hsiao to the Taipei team.", ["Trevor Hsiao"]),
    ],
)
def test_a_latin_script_name_is_found_whole(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wide gaps (ASCII, ideographic, no-break) between single characters
        ("请核对 邵  磊 的报销单", ["邵  磊"]),
        ("值班表里写的是 阮\u3000\u3000秀英，不是别人", ["阮\u3000\u3000秀英"]),
        ("快递单上是 葛\u00a0俊\u00a0豪，电话没填", ["葛\u00a0俊\u00a0豪"]),
        # a gap only after the surname, also after a compound one
        ("找 滕 晓雯 拿钥匙", ["滕 晓雯"]),
        ("投诉人 司徒 婉仪，已回电", ["司徒 婉仪"]),
        # dots and dashes that are no minority-name separator
        ("签收人：苗·宇·航", ["苗·宇·航"]),
        ("收款人是 庞-思-远，请核实", ["庞-思-远"]),
        ("表格里登记为 夏侯•子墨", ["夏侯•子墨"]),
    ],
)
def test_a_spaced_or_dotted_chinese_name_is_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # spaced-out headings and slogans whose first character is a surname
        "横幅：黄 金 周 大 促 销 进行中",
        "公告标题：高 温 预 警，注意防暑",
        "| 单  价 | 净  重 | 合  计 |",
        # a dash or a dot between words
        "营业时间：周一-周五，节假日除外",
        # English form labels and words that start with a given name
        "Bill To: same as above\nShip To: warehouse 3",
        # capitals beside capitals: a heading or a company, not a person
        "PLEASE CALL HE WEI BACK",
        "HANGZHOU ZHAO YANG TRADING CO LTD",
        # an initial before an English word that is also a surname
        "Option B. He said it was fine.",
        # a comma after an acronym in capitals
        "FYI, Jason will join later.",
    ],
)
def test_look_alikes_name_nobody(text: str) -> None:
    found = names_in(text)
    assert "Jason" in " ".join(found) or not found, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tel: +86 (571) 8765 4321", "+86 (571) 8765 4321"),
        ("Fax +86 (0)10 6543 2109", "+86 (0)10 6543 2109"),
        ("T: +86 (028) 8612 3456 ext. 8", "+86 (028) 8612 3456"),
    ],
)
def test_a_landline_with_a_bracketed_area_code_after_86(text: str, value: str) -> None:
    found = [text[f.start : f.end] for f in scan(text) if f.type == "CN_LANDLINE"]
    assert found == [value]
