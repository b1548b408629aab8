"""What a Latin-script word is, for the name forms: given-name and family-name lists and shapes
(Whitfield, Kowalski), pinyin syllables and family names, Hong Kong and Wade-Giles romanisations, and the
English words that look like names but are not (May, Will, Grace, Hong Kong).

Data and word tests only, shared by the romanised, Western, cued and mention forms.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon


# Latin letters with the accents of European names (Jürgen, José, Zoë), for the Latin-script name patterns.
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
# A possessive 's is no part of the name (Laura Bennett's draft), an apostrophe inside one is (O'Brien, D'souza)
_EN_NAME = rf"[{_UP}][{_LO}]+(?:[-'](?!s(?![{_LO}]))[{_UP}]?[{_LO}]+)?"
_LATIN_ACCENTED = frozenset(chr(c) for c in range(0xC0, 0x180) if chr(c) not in "×÷")
_EN_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor"])
_NOT_PERSON_NEXT = re.compile(
    r"\s*(?:Inc|Ltd|LLC|LLP|Corp|Co\b|Company|Group|Holdings|Technologies|Consulting|Partners|Bank|University|"
    r"College|Street|St\b|Ave|Avenue|Road|Rd\b|Blvd|Apt|Suite|Lane|Drive|Park|Square|Hotel|Hospital|Center|Centre)"
)
_PINYIN_SURNAMES = lexicon.pinyin_surnames()
# Given names that are also months or common words, which head a line as often as a speaker does.
_EN_WORD_NAMES = frozenset(
    ["May", "June", "April", "August", "Will", "Bill", "Grant", "Rich", "Faith", "Hope", "Joy", "Summer", "Autumn",
     "Dawn", "Art", "Guy", "Chase", "Sky", "Rose", "Ray", "Max", "Jan", "Sunny", "Page", "Case", "Note"]
)
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


# Hong Kong family names in Cantonese romanisation, whose given names are two syllables (Chan Tai Man), and
# the places and brands that read the same way (Wong Tai Sin, Lai Chi Kok, Lee Kum Kee).
_HK_SURNAMES = frozenset(
    "Wong Chan Cheung Leung Lau Ng Ho Kwok Lam Tsang Chow Yip Tse Lai Fung Chiu Lee Tam Mak Yeung Kwan Chung "
    "Siu Yuen Choi Law Lo Chu Hui Ip Kong Szeto Au Cheng Chang Tang Tong Kwan Yau Yim Wan Poon Pang Fok".split()
)
# Singaporean and Malaysian Chinese family names in Hokkien / Teochew / Hakka romanisation (Tan Ah Kow, Teo
# Wee Kiat), written family name first with two given syllables; English words (Low, Wee, Foo) left out.
_SG_SURNAMES = frozenset(
    "Tan Lim Teo Goh Ong Koh Chua Yeo Toh Tay Quek Seah Khoo Chia Yap Loh Chong Tng Lau Heng Phua Sng Ang".split()
)
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
_NOT_FAMILY = frozenset(
    "NOTE NB PS FYI ATTN CC BCC RE FW FWD TO FROM DEAR HELLO HI HEY OK USA UK US EU PRC CHINA URGENT TBD BTW ASAP "
    "LGTM TODO FIXME WARNING ERROR INFO DEBUG YES NO THANKS PLEASE AND OR THE TEL FAX ADD ADDR MOBILE EMAIL".split()
)


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
