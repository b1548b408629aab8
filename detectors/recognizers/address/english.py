"""Addresses written in English or pinyin (Room 1201, 88 Century Avenue, Pudong, Shanghai; Rua ... in
Macau) and Taiwan's romanised ones (No. 7, ..., Dist.), with the Chinese place names in Latin letters that the ORG
brand pass reads too (CN_PLACES_EN).

Anchored on Latin road words, not on a Chinese house number: a pass of its own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# Chinese addresses written in English (No. 18 Fuxing West Road, Xuhui District, Shanghai): optional room,
# building and estate parts, a house number and a road, then comma-separated places. Only an address that
# names a Chinese division is one; a US street address is optional in the labeling conventions.
# Abbreviated division and road words keep their dot (Chaoyang Dist., Beijing); any other word's dot ends a
# sentence, not a part.
_EN_WORD = r"(?:N\.T\.|(?:Dist|Rd|Ave|Blvd|Prov)\.|[A-Z][A-Za-z'\-]*|\d{1,3}(?:st|nd|rd|th))"
_EN_PART = rf"{_EN_WORD}(?:[ ]{_EN_WORD}){{0,4}}"
_EN_ROAD = r"(?:Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Highway|Expressway|Dajie|Dadao|Hutong|Lu\b|Jie\b)"
"""Road words, English or pinyin as mainland addresses are often romanised (Jianguomenwai Dajie, Huaihai Zhong Lu).
Flat alternatives only: a nested group (`(?:Lu|Jie)\b`) turns off `re`'s first-character scan (0.13 -> 0.73 ms
per 64 KB for the gate's finditer)."""
# Room, floor and block parts; an estate or building name may follow them (Flat 3A, Block 2, Some Gardens, ...).
_EN_ROOM = r"(?:Room|Rm\.?|Unit|Flat|Suite|Shop|Apt\.?|Apartment)[ ]?[A-Z0-9][A-Za-z0-9\-]*,?[ ]+"
_EN_FLOOR = r"(?:\d{1,3}(?:st|nd|rd|th)[ ]Floor|Floor[ ]\d{1,3}|(?:\d{1,3}|G|UG|LG)/F|\d{1,3}F),?[ ]+"
_EN_BLOCK = r"(?:Block|Tower|Building|Bldg\.?)[ ]?[A-Z0-9][A-Za-z0-9\-]*,?[ ]+"
# The core starts at the house number (a digit or "No.", so ``re`` skips through other text quickly); the
# room / floor / block / estate parts before it are matched backwards from the core's start, only when
# a core is found.
_PT_ROAD = r"(?:Rua|Avenida|Av\.|Estrada|Travessa|Calçada|Calcada|Largo|Beco|Praceta)"
_EN_CORE = re.compile(
    rf"(?:(?:No\.[ ]?\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?,?|\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?)[ ]+(?:{_EN_PART}[ ])?{_EN_ROAD}"
    rf"(?:[ ](?:North|South|East|West|Central|Middle))?"
    # the number after the road, as a Chinese address orders them (Jianguomenwai Avenue No. 1)
    rf"|{_EN_WORD}(?:[ ]{_EN_WORD}){{0,2}}[ ]{_EN_ROAD}(?:[ ](?:North|South|East|West|Central|Middle))?,?[ ]No\.[ ]?\d{{1,5}}[A-Z]?"
    # a numbered lane or compound off the road (Lane 532, Some Road; Yard 42, Some Road), as 某路532弄 / 某路42号院 read
    rf"|(?:Lane|Yard)[ ]\d{{1,5}}[A-Z]?,[ ]+(?:{_EN_PART}[ ])?{_EN_ROAD}(?:[ ](?:North|South|East|West|Central|Middle))?"
    # Macau's Portuguese street names, the road word first (178 Rua de Braganca, 12 Avenida da Amizade)
    rf"|\d{{1,5}}[A-Z]?[ ]+{_PT_ROAD}[ ](?:(?:de|da|do|dos|das)[ ])?{_EN_PART})"
    rf"(?:,[ ]+{_EN_PART}){{1,5}}"
)
_EN_PREFIX = re.compile(
    rf"(?:(?:(?:(?:{_EN_ROOM}){{1,2}}(?:{_EN_FLOOR})?|{_EN_FLOOR})(?:{_EN_BLOCK})?|{_EN_BLOCK})(?:{_EN_PART},[ ]+)?"
    # the house number before a lane (No. 23, Lane 532, ...; Taiwan's 5F., No. 8, Alley 3, Lane 12, ...)
    rf"|(?:{_EN_ROOM}|\d{{1,3}}F\.?(?:-\d{{1,2}})?,[ ]+)?No\.[ ]?\d{{1,5}}[A-Z]?(?:-\d{{1,3}})?,[ ]+(?:(?:Alley|Aly\.)[ ]\d{{1,4}},[ ]+)?)$"
)
_EN_ROAD_GATE = re.compile(_EN_ROAD[:-1] + "|Rua |Avenida |Estrada |Travessa )")  # one flat group: see _EN_ROAD
_EN_ROAD_WORDS = ("Road", "Rd", "Street", "St.", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Highway", "Expressway",
                  "Dajie", "Dadao", "Hutong", " Lu", " Jie", "Rua ", "Avenida ", "Estrada ", "Travessa ")
# Words that make the places after a road Chinese: a division word or a province-level name.
CN_PLACES_EN = frozenset(
    "District|Dist.|New Area|County|Province|Prov.|Prefecture|Hong Kong|Kowloon|New Territories|Macau|Macao|Taiwan|China|PRC|"
    "Beijing|Shanghai|Tianjin|Chongqing|Hebei|Shanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|"
    "Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Guangxi|"
    "Inner Mongolia|Tibet|Ningxia|Xinjiang|Taipei|Kaohsiung|Taichung|N.T.".split("|")
)


# The country after an English address's province: no part of the address (People's Republic is the part that
# the address pattern takes of "People's Republic of China").
_EN_COUNTRY = frozenset({"China", "CHINA", "PRC", "P.R.C.", "P.R. China", "PR China", "People's Republic of China",
                         "People's Republic"})


_EN_COUNTRY_STARTS = ("P.R.C", "P.R. China", "P. R. China", "PR China", "PRC")
"""The country as written after the last division, where the core pattern reads only its first letter (`P`)."""


def _english(t: str) -> Iterator[tuple[int, int]]:
    """Spans of English-written Chinese addresses, cut after the last place that names a division."""
    last = 0
    for g in _EN_ROAD_GATE.finditer(t):
        if g.start() < last:
            continue
        # the core holds the road word: search only the window around it (road words are rare)
        m = _EN_CORE.search(t, max(last, g.start() - 80), g.end() + 240)
        if m is None or not m.start() <= g.start() < m.end():
            continue
        last = m.end()
        start = m.start()
        if start > 0 and (t[start - 1].isalnum() or t[start - 1] == "."):
            continue
        parts = m.group().split(", ")
        cut = 0
        pos = start
        for i, part in enumerate(parts):
            if part in _EN_COUNTRY or i > 0 and t.startswith(_EN_COUNTRY_STARTS, pos):
                break  # the country after the province is left out, as a Chinese address leaves out 中国
            pos += len(part)
            if i > 0 and any(w in part for w in CN_PLACES_EN):
                cut = pos
            elif cut and len(part.split(" ")) <= 2:
                cut = pos  # the city after its district (Xuanwu District, Nanjing)
            elif cut:
                break
            pos += 2
        if cut:
            pre = _EN_PREFIX.search(t, max(0, start - 100), start)
            yield (pre.start() if pre else start), cut


# Taiwanese addresses in English run from the smallest unit up: floor, number, lane / alley, section, road,
# district, city (12F, No. 100, Sec. 2, Roosevelt Rd., Zhongzheng Dist., Taipei City); the postcode after the
# city is left out.
_TW_WORDS = r"[A-Z][A-Za-z'\-]*(?:[ ](?:[A-Z][A-Za-z'\-]*|[NSEW]\.))*"
_TW_EN = re.compile(
    r"(?:(?:\d{1,2}F(?:-\d{1,2})?\.?|\d{1,2}/F|Rm\.?[ ]?\d{1,5}),?[ ])?"
    r"No\.[ ]?\d{1,5}(?:-\d{1,3})?,[ ](?:(?:Aly|Alley|Ln|Lane)\.?[ ]\d{1,4},[ ])*(?:Sec\.[ ]?\d,[ ])?"
    rf"{_TW_WORDS}[ ](?:Rd|St|Road|Street|Blvd|Ave|Avenue)\.?,[ ]{_TW_WORDS}[ ](?:Dist\.|District|Township)"
    rf"(?:,[ ]{_TW_WORDS}(?:[ ](?:City|County))?)?"
)


def _taiwan_english(t: str) -> Iterator[tuple[int, int]]:
    """Spans of Taiwanese addresses written in English, found from each "No." (rare in prose)."""
    i = t.find("No.")
    while i >= 0:
        lo = max(0, i - 16)
        m = _TW_EN.search(t, lo, i + 200)
        if m is not None and m.start() <= i < m.end() and (m.start() == 0 or not t[m.start() - 1].isalnum()):
            yield m.start(), m.end()
            i = t.find("No.", m.end())
        else:
            i = t.find("No.", i + 3)
