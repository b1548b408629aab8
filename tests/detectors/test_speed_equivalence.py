"""Fast paths of the detectors give exactly what the plain definitions they replace give.

Why: a speed change must not change what is found (bench/detect/same_findings.py checks the corpora); these
check each shortcut against its reference on many random inputs, including the odd cases the shortcut
reasons about (line breaks before `$`, mixed case under IGNORECASE, non-ASCII digits).
"""

from __future__ import annotations

import random
import string

from stdnum import luhn as stdnum_luhn

from detectors import checks, normalize
from detectors.nlp import textview
from detectors.recognizers.secrets import (
    DbConnectionRecognizer, JwtRecognizer, anchors, api_keys, db_connections, value_shapes, vendor_keys,
)


def _strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_fold_is_the_full_translate() -> None:
    keys = [chr(cp) for cp in normalize._TRANSLATE]
    alphabet = keys[:400] + keys[-50:] + list("abc XYZ 019，。：张伟\n\t%\\") + ["\u200b", "\U0001d41a"]
    for text in _strings(alphabet, 3000, 40, seed=1):
        astral = normalize.has_astral(text)
        assert normalize._fold(text, astral) == text.translate(normalize._TRANSLATE)


def test_normalize_view_of_full_width_text() -> None:
    text = "密码：Ｐａｓｓ＠ｗｏｒｄ１２３，账号　ａｄｍｉｎ（测试）"
    assert normalize.normalize(text).text == text.translate(normalize._TRANSLATE)


def test_is_placeholder_is_the_full_pattern() -> None:
    alphabet = list("xX*.…\n'\"`ab$_{}<>%()sKyourtodo-:") + ["\u212a", "\u017f", "null", "pass", "XXXX", "xxx",
                                                             "...", "****", "your_", "todo-", "\n"]
    for value in _strings(alphabet, 60000, 12, seed=3):
        full = value_shapes._PLACEHOLDER.match(value.strip("\"'`"))
        assert value_shapes.is_placeholder(value) == bool(full), value


def test_luhn_is_stdnum_luhn() -> None:
    rng = random.Random(5)
    for _ in range(50000):
        value = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 22)))
        assert checks.luhn(value) is stdnum_luhn.is_valid(value), value
    assert checks.luhn("４５３２０１５１１２８３０３６６") is stdnum_luhn.is_valid("４５３２０１５１１２８３０３６６")


def test_ip_adjust_is_the_full_window_search() -> None:
    from detectors.recognizers import contact

    rec = contact.IpAddressRecognizer()

    def reference(text: str, start: int) -> bool:
        return bool(rec._version_before.search(text, max(0, start - 12), start)
                    or contact._NUMBERING_BEFORE.search(text, max(0, start - 24), start))

    pieces = ["version", "VER", "版本", "版本号", "release", "build", "tag", "python", "nodejs", "java", "Go", "oid",
              "objectidentifier", "Section", "sect.", "chapter", "clause", "§", "章节", "条款", " ", "\t", "\n", ":",
              "=", "：", "-", "#", "(", "\"", "'", "a", "1", "张", "\u3000", "ſ", "ſ"]
    rng = random.Random(7)
    for _ in range(40000):
        prefix = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        text = prefix + "10.1.2.3"
        dropped = rec.adjust(text, len(prefix), len(text), 0.75) == 0.0
        assert dropped is reference(text, len(prefix)), prefix


def test_ipv4_pattern_is_the_look_behind_first_one() -> None:
    import re

    from detectors.recognizers import contact

    octet = contact._OCTET
    reference = re.compile(r"(?<![0-9A-Za-z.])" + octet + r"(?:\." + octet + r"){3}(?!\.?\d|[A-Za-z\-])")
    fast = contact.IpAddressRecognizer()._compiled[0][0]
    for text in _strings(list("0123456789" * 3) + [".", ".", " ", "a", "-", "\u0663", "\n"], 60000, 30, seed=9):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_chinese_numerals_fold_only_inside_long_digit_runs() -> None:
    numerals = normalize._NUM_RUN
    table = normalize._CN_TRANS
    alphabet = list("0123456789" * 2 + normalize._CN_CLASS + " -..  ab张，\n")
    for text in _strings(alphabet, 40000, 30, seed=11):
        expected = numerals.sub(lambda m: m.group().translate(table), text)
        assert normalize._numerals(normalize.View(text, text)).text == expected, text


def test_joined_span_is_two_position_look_ups() -> None:
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice("0123456789ab 张") for _ in range(200))
        cuts = sorted(rng.sample(range(200), 10))
        windows = [(cuts[i], cuts[i + 1]) for i in range(0, 10, 2) if cuts[i] < cuts[i + 1]]
        joined = normalize.Joined.of(text, windows)
        n = len(joined.text)
        for _ in range(50):
            s = rng.randrange(n)
            e = rng.randrange(s + 1, n + 1)
            assert joined.to_text_span(s, e) == (joined.to_text(s), joined.to_text(e - 1) + 1)


def test_ado_keywords_found_like_the_case_insensitive_scan() -> None:
    from detectors.normalize import normalize as view_of

    rec = DbConnectionRecognizer()
    ado = next(rx for rx, _s, name in rec._compiled if name == "adonet")
    ado_host = next(rx for rx, _s, name in rec._host if name == "adonet_host")
    pieces = ["Server=", "SERVER=", "server =", "Data Source=", "data  source=", "Host=", "HOST=", "Driver=", "DSN=",
              "dsn=", "Password=", "pwd=", "Database=", "Initial Catalog=", "db01;", "10.0.0.5;", "s3cr3t", ";", "\n",
              " ", "张", "\u017f", "\u212a", "\u0131", "\u0130", "\"", "x"]
    rng = random.Random(17)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        view = view_of(text)
        low = view.lower()
        for rx, words in ((ado, db_connections._ADO_WORDS), (ado_host, db_connections._ADO_HOST_WORDS)):
            fast = [m.span() for m in db_connections._keyword_led(rx, view.text, low, words)]
            assert fast == [m.span() for m in rx.finditer(view.text)], text


def test_guess_language_skips_only_patterns_that_cannot_match() -> None:
    from detectors.recognizers import source_code

    def reference(code: str) -> str:
        best, best_n = "unknown", 0
        for lang, rx in source_code._LANG_SIGNS:
            n = len(rx.findall(code[:1500]))
            if n > best_n:
                best, best_n = lang, n
        return best

    pieces = [w for words in source_code._LANG_WORDS.values() for w in words]
    pieces += [w.upper() for w in source_code._LANG_WORDS["sql"]] + ["SeLeCt ", " FROM ", " from ", " set ", " as (",
                                                                     "x", "foo", "(", ");", "\n", "  ", "=", "ſ", "\u212a"]
    rng = random.Random(19)
    for _ in range(20000):
        code = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert source_code.guess_language(code) == reference(code), code


def test_spelled_address_search_is_the_pattern_search() -> None:
    from detectors.recognizers import contact

    rx = contact.EmailAddressRecognizer()._compiled[0][0]
    pieces = ["kevin", ".", "tan", "_", "-", "%", "+", "1", " at ", " AT ", "[at]", "(at)", "（at）", "{at}", "【at】",
              " dot ", " DOT ", "[dot]", ".", "com", "example", "cn", "  ", "\n", "\t", "张", "x" * 30, "@", "ping me"]
    rng = random.Random(23)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        fast, ref = contact._spelled_search(rx, text, pos), rx.search(text, pos)
        assert (fast and fast.span()) == (ref and ref.span()), (text, pos)


def test_split_key_token_and_prefixes_as_walked() -> None:
    pieces = ["sk-", "AKIA", "ghp_", "xox", "hf_", "npm_", "-", "_", "a", "Z", "9", "=", " ", "\n", "\r", ".", "张",
              "glpat-", "AIza", "pk_", "A" * 40]
    rng = random.Random(29)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        e = rng.randint(0, len(text))
        s = e
        while s > 0 and e - s < 300 and text[s - 1] in vendor_keys._KEY_CHARS:
            s -= 1
        lo = max(0, e - 300)
        before = vendor_keys._LAST_NON_KEY_CHAR.match(text, lo, e)
        assert (lo if before is None else before.end()) == s, (text, e)
        expected = [at for at in range(s, e - 2)
                    if (at == s or text[at - 1] not in anchors._TOKEN_CHAR)
                    and text.startswith(vendor_keys._SPLIT_STARTS, at)]
        assert vendor_keys._prefix_starts(text, s, e) == expected, (text, s, e)


def test_key_hint_search_is_any_substring() -> None:
    pieces = list(api_keys._KEY_HINTS) + ["ke", "tok", "_s", "x", " ", "=", "密", "凭"]
    for before in _strings(pieces, 20000, 6, seed=31):
        assert (api_keys._KEY_HINT.search(before) is not None) == any(w in before for w in api_keys._KEY_HINTS)


def test_look_behind_after_the_first_characters() -> None:
    import re

    from detectors.recognizers import identity

    jwt = {name: rx for rx, _s, name in JwtRecognizer()._compiled}
    mtp = next(rx for rx, _s, name in identity.PermitRecognizer()._compiled if name == "mtp")
    refs = [
        (jwt["jwt"], re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}")),
        (jwt["jwt_unsecured"],
         re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.(?![A-Za-z0-9_\-])")),
        (mtp, re.compile(r"(?<![0-9A-Za-z])\d{8}(?:\d{2})?(?![0-9A-Za-z])")),
    ]
    pieces = ["eyJ", "eyJhbGciOi", "abcdefgh", ".", "-", "_", "x", " ", "\n", "12345678", "9", "0", "\u0663", "a", "Z"]
    for text in _strings(pieces, 30000, 10, seed=37):
        for fast, ref in refs:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in ref.finditer(text)], text


def test_line_break_patterns_skipped_only_where_they_find_nothing_new() -> None:
    from detectors.normalize import normalize as view_of
    from detectors.recognizers import contact, finance

    pieces = ["6217", "0000", "1234", "5678", "9", "1", "138", "13800138000", "+86 ", " ", "-", "\n", "\r\n", " \n ",
              "\t", "卡号", "手机", "x"]
    recs = [finance.BankCardRecognizer(), contact.CnPhoneRecognizer()]
    rng = random.Random(41)
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for rec in recs:
            fast = rec.match_view(view_of(text))
            rec.LINE_BREAK_PATTERNS = frozenset()
            try:
                assert fast == rec.match_view(view_of(text)), text
            finally:
                del rec.LINE_BREAK_PATTERNS


def test_id_and_uscc_checks_are_stdnum_verdicts() -> None:
    from stdnum.cn import ric, uscc

    rng = random.Random(47)
    for _ in range(40000):
        body = rng.choice(["110105", "440305", "310104", "999999"]) + str(rng.randint(1900, 2030)) \
            + f"{rng.randint(0, 13):02d}{rng.randint(0, 32):02d}{rng.randint(0, 999):03d}"
        value = body + rng.choice("0123456789Xx")
        assert checks.cn_id18(value) is ric.is_valid(value), value
    assert checks.cn_id18("11010519491231002\u0663") is False
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ"
    for _ in range(40000):
        value = "".join(rng.choice(alphabet) for _ in range(18))
        assert checks.cn_uscc(value) is uscc.is_valid(value), value


def test_percent_runs_are_the_repeated_group() -> None:
    import re

    reference = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
    alphabet = list("%%%0123456789abcdefABCDEFgG xZ张\n") + ["%2", "%E5", "%%"]
    for text in _strings(alphabet, 40000, 30, seed=17):
        assert [m.span() for m in normalize._PERCENT.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_folded_runs_split_like_the_repeated_class() -> None:
    import re

    reference = re.compile("(" + normalize._FOLDED_CLASS_IN_BMP + "+)")
    keys = [chr(cp) for cp in normalize._TRANSLATE if cp < 0x10000]
    alphabet = keys[:200] + keys[-40:] + list("abc XYZ 019，。：（）张伟\n\t") * 3
    for text in _strings(alphabet, 20000, 40, seed=19):
        assert normalize._FOLDED_RUN_IN_BMP.split(text) == reference.split(text)


def test_spelled_close_gate_is_the_bracket_led_one() -> None:
    import re

    from detectors.recognizers import contact

    reference = re.compile(r"[\])）}】](?<=at.|ot.)")
    alphabet = list("atodATO ]})）】[({（【x张\n") + ["at]", "ot)", "dot", "[at", "t}"]
    for text in _strings(alphabet, 40000, 16, seed=23):
        assert (contact._SPELLED_CLOSE.search(text) is None) is (reference.search(text) is None), text


def test_statement_ends_found_per_character_end_the_same_lines() -> None:
    import re

    from detectors.recognizers import source_code

    reference = re.compile(r"[;{}][ \t]*$", re.MULTILINE)
    alphabet = list(";{} \t\nab张}") + [";\n", "{ \n", "x = 1;", "\t}"]
    for text in _strings(alphabet, 30000, 30, seed=29):
        expected = {text.rfind("\n", 0, m.start()) + 1 for m in reference.finditer(text)}
        got = {text.rfind("\n", 0, m.start()) + 1 for rx in source_code._STMT_ENDS for m in rx.finditer(text)}
        assert got == expected, text


def test_marking_words_found_like_the_alternation() -> None:
    from detectors.recognizers import marking

    rec = marking.ConfidentialMarkingRecognizer()
    words = rec._any_words
    pieces = [*words, *(w[:-1] for w in words), *(w[1:] for w in words), "restrictedo not distribute", "internal",
              " ", "\n", "a", "d", "部", "内", "张"]
    rng = random.Random(31)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert marking._any_spans(words, text) == [m.span() for m in rec._any.finditer(text)], text


def test_digit_windows_are_the_padded_merged_clusters() -> None:
    def reference(text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        n = len(text)
        cluster = normalize._DIGIT_CLUSTER if normalize.has_astral(text) else normalize._DIGIT_CLUSTER_IN_BMP
        for m in cluster.finditer(text):
            a, b = max(0, m.start() - 6), min(n, m.end() + 12)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    alphabet = list("0123456789" * 4 + " -.()张abO|\n") + ["\U0001d7d9", "٣", "x" * 9, "张" * 7]
    for text in _strings(alphabet, 30000, 60, seed=37):
        assert normalize.View(text, text).digit_windows() == reference(text), text


def test_id_card_patterns_match_as_without_the_look_ahead() -> None:
    import re

    from detectors.recognizers import identity
    from detectors.recognizers.base import NOT_AFTER_ALNUM, SEP, SEP_DIGIT

    tail = r"(?![0-9A-Za-z])"
    reference = {
        "id18": re.compile(r"[1-9]" + NOT_AFTER_ALNUM + SEP_DIGIT + r"{16}(?:[0-9Xx]|" + SEP + r"[0-9Xx])" + tail),
        "id15": re.compile(r"[1-9]" + NOT_AFTER_ALNUM + SEP_DIGIT + r"{14}" + tail),
    }
    fast = {name: rx for rx, _s, name in identity.CnIdCardRecognizer()._compiled}
    alphabet = list("0123456789" * 6 + " -.\t\n\rXxa张") + ["\u0663", " \n ", "\r\n"]
    for text in _strings(alphabet, 20000, 40, seed=41):
        for name, ref in reference.items():
            assert [m.span() for m in fast[name].finditer(text)] == [m.span() for m in ref.finditer(text)], text


def test_traditional_fold_is_the_full_translate() -> None:
    from detectors.nlp import traditional

    table, present = traditional._table()
    some = [chr(c) for c in range(0x4E00, 0x9FA6) if present.match(chr(c))][:300]
    alphabet = some + list("张伟的是，。ab 1\n") * 20 + ["\U0001f600", "\uffff"]
    for text in _strings(alphabet, 3000, 200, seed=43):
        assert traditional.fold(text) == text.translate(table)


def test_greeting_lines_found_like_the_multiline_caret() -> None:
    import re

    from detectors.recognizers.names import chat

    reference = re.compile("(?m)^" + chat._GREETED.pattern)
    alphabet = list("张伟王芳，, 、\t\n　a") + ["你好", "您好", "你", "好", "\u3000"]
    for text in _strings(alphabet, 30000, 24, seed=47):
        assert [m.span() for m in chat._greeted(text)] == [m.span() for m in reference.finditer(text)], text


def test_clause_subjects_found_like_the_look_behind() -> None:
    """The subject before a person-only predicate, mark-led, matches where the look-behind pattern did."""
    import re

    from detectors.recognizers.names import prose

    reference = re.compile(r"(?:^|(?<=[，。；！？!?;\n：:“]))" + prose._SUBJECT)
    alphabet = list("高山安宁王芳，。：“\n 的a") + ["请病假", "今天", "接任", "出差", "严谨", "休年假"]
    for text in _strings(alphabet, 30000, 16, seed=53):
        first = prose._SUBJECT_AT_START.match(text)
        found = ([first] if first else []) + list(prose._SUBJECT_AFTER_MARK.finditer(text, first.end() if first else 0))
        assert [m.span("n") for m in found] == [m.span("n") for m in reference.finditer(text)], text


def test_padded_lines_are_the_lines_the_cjk_led_gate_reaches() -> None:
    """The gap-led gates of the padded-signature rule reach the lines the CJK-led gate did, once each, in order."""
    import re

    from detectors.recognizers.names import core, spaced

    gate = re.compile(rf"[{core.CJK}](?:\u3000|  )[ \u3000]*[{core.CJK}]")

    def reference(text: str) -> list[tuple[int, int]]:
        out, done = [], 0
        for g in gate.finditer(text):
            if g.start() < done:
                continue
            line = text.rfind("\n", 0, g.start()) + 1
            done = text.find("\n", g.end())
            done = len(text) if done < 0 else done
            out.append((line, done))
        return out

    alphabet = list("何鹏审判长罗娟 a:：\t\n") + [" ", " ", "  ", "\u3000", "\u3000\u3000", "\n"]
    for text in _strings(alphabet, 40000, 30, seed=59):
        assert list(spaced._padded_lines(text)) == reference(text), text
    samples = ["审判长　　何　　鹏\n书记员  罗  娟", "甲 \u3000乙", "甲\u3000 乙  丙\n丁  戊"]
    for text in samples:
        assert list(spaced._padded_lines(text)) == reference(text), text


def test_steppe_runs_are_the_repeated_class() -> None:
    """The class-led run of transliteration characters matches where `[…]{3,16}` did."""
    import re

    from detectors.recognizers.names import minority

    reference = re.compile(f"{minority._STEPPE_CLASS}{{3,16}}")
    alphabet = list("巴图孟和其格热曼江吉克阿依的是，张 a\n") + ["其其格", "巴图", "和"]
    for text in _strings(alphabet, 30000, 40, seed=61):
        assert [m.span() for m in minority._STEPPE_RE.finditer(text)] == [m.span() for m in reference.finditer(text)], text
    long_run = "巴图" * 20 + "的" + "其" * 17
    assert [m.span() for m in minority._STEPPE_RE.finditer(long_run)] == [m.span() for m in reference.finditer(long_run)]


def test_english_org_triggers_found_like_the_longest_first_alternation() -> None:
    """The prefix tree of the English organisation trigger words matches where the flat alternation did."""
    import re

    from detectors.recognizers.org import english_forms as org

    words = sorted({*org._EN_KINDS, *org._EN_BODY_HEADS, *org._CAPS_FORMS}, key=len, reverse=True)
    reference = re.compile("|".join(re.escape(w) for w in words))
    pieces = words + ["Law", "Medical", "INCORP", "L.L.", "Co", " ", "x", "Air", "\n", "LTD.", "Commi"]
    rng = random.Random(67)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in org._EN_TRIGGER_AT.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_substring_searches_are_str_find() -> None:
    """The first-character searches of detectors.nlp.substring find what `str.find` and `in` do, past the anchor
    limit too (a text full of the word's first character)."""
    from detectors.nlp import substring

    words = ["姓名", "客户", "的是", "联系人", "人", "pwd", "ab", "", "a", "名字", "的的", "的", "\U0001f600x", "é的"]
    alphabet = list("姓名客户的是联系人ab \n") + ["的"] * 6 + ["\U0001f600", "é"]
    texts = _strings(alphabet, 6000, 60, seed=73) + ["的" * 200 + "的是", "的" * 70 + "是" + "的是" * 3]
    # past substring._SHORT the first-character searches run (below it the plain ones)
    long_texts = ["".join(texts[k : k + 300]) for k in range(0, 1800, 300)] + ["的" * 5000 + "的是", "é" * 4100 + "ab的"]
    assert all(len(t) >= substring._SHORT for t in long_texts)
    for text in texts + long_texts:
        for word in words:
            assert substring.contains(text, word) is (word in text), (text, word)
            expected, at = [], text.find(word)
            while at >= 0:
                expected.append(at)
                at = text.find(word, at + 1)
            assert list(substring.occurrences(text, word)) == expected, (text, word)
            for start in (0, 1, 5, 70, len(text), len(text) + 2):
                assert substring.find(text, word, start) == text.find(word, start), (text, word, start)


def test_message_id_asked_only_after_an_angle_bracket() -> None:
    """The Message-ID test before an address gives the window search's answer at every place."""
    from detectors.recognizers import contact

    alphabet = list("<>:\n \tab@") + ["Message-ID", "message-id: ", "In-Reply-To:", "<x@y>", "References: <a> "]
    for text in _strings(alphabet, 5000, 14, seed=79):
        for start in range(len(text) + 1):
            expected = contact._MESSAGE_ID_BEFORE.search(text, max(0, start - 40), start) is not None
            assert contact._message_id_before(text, start) is expected, (text, start)


def test_literal_alternation_is_finditer() -> None:
    """detectors.nlp.substring.alternation gives the matches of the regex alternation of its words, in order: the
    earlier word at one place, no overlaps (the region and branch words of detectors.recognizers.org)."""
    import re

    from detectors.nlp import substring
    from detectors.recognizers.org import brands, fixed_forms

    word_lists = [brands._REGION_TOKENS, fixed_forms._BRANCH_WORDS, ("ab", "abc", "b", "bca"), ("的的", "的", "是的")]
    alphabet = list("中国國大华華亚太香港台湾灣分行支营业部理处ab c的是") + ["China", "Asia Pacific", "Asia", "的的"]
    texts = _strings(alphabet, 6000, 40, seed=83) + ["中国" * 100, "的" * 150 + "是的"]
    long_texts = ["".join(texts[k : k + 400]) for k in range(0, 2400, 400)] + ["中国" * 3000, "的" * 5000 + "是的"]
    assert all(len(t) >= substring._SHORT for t in long_texts)
    for text in texts + long_texts:
        for words in word_lists:
            reference = re.compile("|".join(re.escape(w) for w in words))
            expected = [(m.start(), m.group()) for m in reference.finditer(text)]
            assert substring.alternation(text, words) == expected, (text, words)


def test_vendor_keys_found_from_their_prefixes_are_finditers() -> None:
    """`_vendor_matches` at `_vendor_starts` gives each prefix-led vendor pattern's own `finditer` matches."""
    rng = random.Random(5)
    prefixes = [p for entries in vendor_keys._VENDOR_LEADS.values() for p, _i, _v in entries]
    prefixes += ["sk-proj-", "sk-ant-api03-", "sk_live_", "pk_test_", "T3BlbkFJ", "A", "_", "-", "k_"]
    alphabet = string.ascii_letters + string.digits + "_-/\n. 密"
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 10)):
            parts.append(rng.choice(prefixes))
            parts.append("".join(rng.choice(alphabet) for _ in range(rng.choice([0, 3, 16, 20, 30, 36, 40, 70]))))
        text = "".join(parts)
        starts = vendor_keys._vendor_starts(text)
        for name, rx in vendor_keys._VENDOR_EACH:
            if name in vendor_keys._LED_VENDORS:
                assert [m.span() for m in vendor_keys._vendor_matches(rx, text, starts.get(name, []))] == \
                    [m.span() for m in rx.finditer(text)], (name, text)


def test_textview_invisibles_are_among_those_normalize_looks_for() -> None:
    """`normalize` vouches for `TextView` (`textview.known_clean`) only because every character `TextView` strips
    is one normalize's quiet test looks for."""
    for cp in range(0x10000):
        if textview.INVISIBLE.match(chr(cp)):
            assert normalize._QUIET_IN_BMP.match(chr(cp)), hex(cp)
    text = "张伟的电话是13800138000，邮箱 a@b.cn"
    view = normalize.normalize(text)
    assert textview.TextView.of(view.text) == textview.TextView._build(view.text)
