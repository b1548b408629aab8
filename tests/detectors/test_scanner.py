"""Scanner API the proxy and policies depend on: with_extra, analyze, canonical_value, data classes, overlaps."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

import detectors
from detectors import Scanner, canonical_value, data_class_of
from detectors.catalogue import CATALOGUE, DATA_CLASSES
from detectors.registry import build_recognizers


def test_module_api_matches_scanner() -> None:
    text = "电话 13800138000"
    assert detectors.scan(text) == detectors.default_scanner().scan(text)
    assert detectors.Scanner is Scanner


def test_analyze_returns_presidio_results() -> None:
    results = detectors.default_scanner().analyze("邮箱 a.b@example.com")
    assert len(results) == 1 and isinstance(results[0], RecognizerResult)
    assert (results[0].entity_type, results[0].start, results[0].end) == ("EMAIL", 3, 18)


def test_with_extra_adds_a_policy_detector_without_touching_the_base() -> None:
    base = detectors.default_scanner()
    extra = base.with_extra(build_recognizers(
        [{"type": "EMPLOYEE_ID", "patterns": [{"regex": r"EMP-\d{6}", "score": 0.9}], "validate": "luhn"}], "t.yaml"))
    text = "工号 EMP-123456 和 EMP-123455"  # only the second passes Luhn
    assert [(f.type, text[f.start:f.end]) for f in extra.scan(text)] == [("EMPLOYEE_ID", "EMP-123455")]
    assert base.scan(text) == []


def test_third_party_pattern_recognizer_runs_on_the_normalized_view() -> None:
    rec = PatternRecognizer(supported_entity="TICKET", patterns=[Pattern("t", r"TK-\d{4}", 0.9)])
    scanner = Scanner([rec])
    text = "票据 ＴＫ－１２３４ 已关闭"  # full-width: only the view has TK-1234
    f = [f for f in scanner.scan(text) if f.type == "TICKET"]
    assert [(x.start, x.end) for x in f] == [(3, 10)]


def test_threshold_drops_low_scores() -> None:
    text = "E12345678"  # passport shape without context: 0.3
    assert Scanner(threshold=0.2).scan(text) and not Scanner(threshold=0.5).scan(text)


def test_container_is_split_around_secrets_inside() -> None:
    text = "```python\nimport os\nKEY = 'sk-2bbe36c6b22f60a718fb17375433a4f1'\nprint(KEY)\n```"
    found = detectors.scan(text)
    types = [f.type for f in found]
    assert "API_KEY" in types and "SOURCE_CODE" in types
    code = [f for f in found if f.type == "SOURCE_CODE"]
    assert all(f.detector == "source_code:python" for f in code)
    key = next(f for f in found if f.type == "API_KEY")
    assert not any(c.start < key.end and key.start < c.end for c in code)


def test_dsn_wins_over_nested_email_shape() -> None:
    text = "url=postgres://app:Pa55word@db.example.com:5432/prod"
    assert [f.type for f in detectors.scan(text)] == ["DB_CONNECTION_STRING"]


@pytest.mark.parametrize("entity_type, a, b", [
    ("CN_PHONE", "138-0013-8000", "+86 13800138000"),
    ("CN_PHONE", "１３８００１３８０００", "0086 138 0013 8000"),
    ("EMAIL", "Zhang.Wei@Example.com", "zhang.wei [at] example [dot] com"),
    ("CN_ID_CARD", "11010519491231002x", "110105 19491231 002X"),
    ("BANK_CARD", "4242 4242 4242 4242", "4242-4242-4242-4242"),
    ("IP_ADDRESS", "2001:DB8::1", "2001:db8:0:0:0:0:0:1"),
    ("API_KEY", "LTAI4G1vpOw\nCHohMgljmYy5W", "LTAI4G1vpOwCHohMgljmYy5W"),
    ("EMAIL", "zh\u0430ng.wei@example.com", "zhang.wei@example.com"),                 # Cyrillic а
    ("CN_ID_CARD", "5Y+356CBIDExMDEwNTE5NDkxMjMxMDAyWA==", "11010519491231002X"),  # base64 of 号码 + the ID
    ("API_KEY", "dG9rZW49TFRBSTRHMXZwT3dDSG9oTWdsam1ZeTVX", "LTAI4G1vpOwCHohMgljmYy5W"),
])
def test_canonical_value_equates_spellings(entity_type: str, a: str, b: str) -> None:
    assert canonical_value(entity_type, a) == canonical_value(entity_type, b)


def test_canonical_value_keeps_different_values_apart() -> None:
    assert canonical_value("CN_PHONE", "13800138000") != canonical_value("CN_PHONE", "13800138001")


def test_every_catalogue_type_has_a_known_class_and_custom_types_default_to_personal() -> None:
    assert {e.data_class for e in CATALOGUE} <= set(DATA_CLASSES)
    assert data_class_of("CN_ID_CARD") == "sensitive_personal"
    assert data_class_of("API_KEY") == "credential"
    assert data_class_of("SOURCE_CODE") == "source_code"
    assert data_class_of("CONFIDENTIAL_MARKING") == "confidential"
    assert data_class_of("SOMETHING_CUSTOM") == "personal"


def test_every_builtin_type_is_produced_by_some_recognizer() -> None:
    produced = {e for r in detectors.default_scanner().recognizers for e in r.supported_entities}
    assert {e.type for e in CATALOGUE} - produced == set()


def test_package_resolves_to_this_repository() -> None:
    import pathlib
    assert pathlib.Path(detectors.__file__).resolve().parent.parent == pathlib.Path(__file__).resolve().parents[2]


def test_presidio_predefined_registry_still_loads_after_our_recognizers() -> None:
    """Presidio finds predefined recognizers by class name among subclasses: ours must not shadow them."""
    from presidio_analyzer import RecognizerRegistry

    detectors.default_scanner()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    assert any(r.name == "EmailRecognizer" for r in registry.recognizers)
