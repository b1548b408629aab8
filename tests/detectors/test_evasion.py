"""Evasions are undone for matching, and findings still point at exactly what the user wrote."""

from __future__ import annotations

import pytest

import detectors
from detectors.normalize import normalize


def _only(text: str, entity_type: str) -> str:
    found = [f for f in detectors.scan(text) if f.type == entity_type]
    assert len(found) == 1, f"expected one {entity_type}, got {found}"
    return text[found[0].start:found[0].end]


@pytest.mark.parametrize("written, entity_type", [
    ("１３８００１３８０００", "CN_PHONE"),                          # full-width digits
    ("138\u200b0013\u200d8000", "CN_PHONE"),                       # zero-width inside
    ("1 3 8 0 0 1 3 8 0 0 0", "CN_PHONE"),                         # spaced characters
    ("一三八〇〇一三八〇〇〇", "CN_PHONE"),                          # Chinese numerals
    ("壹叁捌零零壹叁捌零零零", "CN_PHONE"),                          # capital numerals
    ("幺三八〇〇幺三八〇〇〇", "CN_PHONE"),                          # 幺 for one
    ("\\u0031\\u0033\\u0038\\u0030\\u0030\\u0031\\u0033\\u0038\\u0030\\u0030\\u0030", "CN_PHONE"),  # JSON escapes
    ("%31%33%38%30%30%31%33%38%30%30%30", "CN_PHONE"),             # percent-encoding
    ("１３８ 0013\u200b８０００", "CN_PHONE"),                       # mixed
    ("11010519900307\n1239", "CN_ID_CARD"),                        # line break inside
    ("四二二五〇〇一九四六〇五一五三八〇七", "CN_ID_CARD"),
    ("ｃｈａｎｇ．ｌｉ＠ｏｕｔｌｏｏｋ．ｃｏｍ", "EMAIL"),
    ("zhang%40example.com", "EMAIL"),
    ("１７２．３１．２３２．１３７", "IP_ADDRESS"),
    ("LTAILzCcT9AW\u200bzUR8", "API_KEY"),
])
def test_evasion_found_with_original_offsets(written: str, entity_type: str) -> None:
    text = f"请帮我记一下：{written}，谢谢"
    assert _only(text, entity_type) == written


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😀😀 手机 13800138000"
    f = detectors.scan(text)[0]
    assert (f.start, f.end) == (6, 17) and text[f.start:f.end] == "13800138000"


def test_view_maps_decoded_escape_to_the_whole_escape() -> None:
    view = normalize("a\\u5f20b%E5%BC%A0c")
    assert view.text == "a张b张c"
    assert view.to_original(1, 2) == (1, 7)
    assert view.to_original(3, 4) == (8, 17)
    assert view.to_original(0, 5) == (0, 18)


def test_chinese_numerals_outside_digit_runs_stay_text() -> None:
    assert normalize("十月一日开会。一二三").text == "十月一日开会。一二三"


def test_lone_surrogate_escape_is_left_alone() -> None:
    assert normalize("x\\ud800y").text == "x\\ud800y"


# -- homoglyphs -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, entity_type", [
    ("zh\u0430ng.wei@corp-example.cn", "EMAIL"),                             # Cyrillic а in the local part
    ("\u0430\u0435\u043e@corp-example.cn", "EMAIL"),                         # a local part of look-alikes only
    ("sk-proj-\u0391m7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0\u0391eR4t7Yu1Io3Pa", "API_KEY"),  # Greek Α in an OpenAI key
    ("\u0410\u041a\u0406\u0410IOSFODNN7QW\u0410RTYZ", "API_KEY"),            # AKIA written in Cyrillic (not the
    # AWS documentation's AKIAIOSFODNN7EXAMPLE: that one is an example, a placeholder by the conventions)
    ("ghp_\u0391bcdefghijklmnopqrstuvwxyz0123456789", "API_KEY"),
    ("\U0001d433\U0001d421\U0001d41a\U0001d427\U0001d420.wei@corp-example.cn", "EMAIL"),  # mathematical bold
    ("\U0001d7cf\U0001d7d1\U0001d7d6" + "12345678", "CN_PHONE"),                         # bold digits
])
def test_homoglyphs_are_folded_and_the_whole_value_is_found(written: str, entity_type: str) -> None:
    text = f"请帮我记一下：{written}，谢谢"
    assert _only(text, entity_type) == written


def test_homoglyph_fold_keeps_offsets_and_leaves_cjk_alone() -> None:
    view = normalize("张\u0430b@x.cn 中文")
    assert view.text == "张ab@x.cn 中文" and view.identity


@pytest.mark.parametrize("prose", [
    "Москва — столица России. Иван Петров живёт на улице Тверская, дом 12, кв. 34. Телефон не указан. "
    "В 2024 году он работал в компании «Рога и копыта», пароль от почты не сообщал. СРОЧНО: ОТВЕТ ПО ТОКЕНУ.",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας. Ο Γιάννης Παπαδόπουλος μένει στην οδό Ερμού 25, ΤΚ 105 63. "
    "ΚΑΤΟΧΗ ΑΡΧΕΙΟΥ: ΜΟΝΟ ΓΙΑ ΕΣΩΤΕΡΙΚΗ ΧΡΗΣΗ. Ο κωδικός του API δεν δόθηκε.",
    "ЕКАТЕРИНА ОХОТНИКОВА, СССР, ТОКЕН СЕКРЕТ РАКЕТА — Σοφία ΑΕΚ ΚΟΑ ΟΤΕ ΕΡΤ",
])
def test_russian_and_greek_prose_is_not_folded_into_findings(prose: str) -> None:
    assert detectors.scan(prose) == []
    assert normalize(prose).text == prose
