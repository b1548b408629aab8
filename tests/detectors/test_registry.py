"""YAML custom detectors: keyword lists, validated patterns, third-party classes, and clear errors."""

from __future__ import annotations

import pytest

from detectors import Scanner
from detectors.registry import build_recognizers


def _scan(specs: list[dict[str, object]], text: str) -> list[tuple[str, str]]:
    scanner = Scanner(build_recognizers(specs, "test.yaml"))
    return [(f.type, text[f.start:f.end]) for f in scanner.scan(text) if f.type.startswith(("PROJECT", "CUST", "IBAN"))]


def test_keywords_are_case_insensitive_and_evasion_resistant() -> None:
    specs = [{"type": "PROJECT_CODENAME", "keywords": ["Bluefin", "青龙计划"], "score": 0.9}]
    text = "about BLUEFIN and 青龙\u200b计划 but not bluefins"
    assert _scan(specs, text) == [("PROJECT_CODENAME", "BLUEFIN"), ("PROJECT_CODENAME", "青龙\u200b计划")]


def test_pattern_with_validator() -> None:
    specs = [{"type": "CUSTOMER_NUMBER", "patterns": [{"regex": r"CU\d{10}", "score": 0.9}], "validate": "luhn"}]
    assert _scan(specs, "CU4242424242 CU4242424241") == [("CUSTOMER_NUMBER", "CU4242424242")]


def test_third_party_presidio_recognizer_by_import_path() -> None:
    specs = [{"class": "presidio_analyzer.predefined_recognizers:IbanRecognizer"}]
    assert _scan(specs, "IBAN DE89370400440532013000") == [("IBAN_CODE", "DE89370400440532013000")]


@pytest.mark.parametrize("spec, message", [
    ({"type": "lower"}, "UPPER_SNAKE"),
    ({"type": "A_B"}, "exactly one of"),
    ({"type": "A_B", "keywords": []}, "empty"),
    ({"type": "A_B", "patterns": [{"regex": "("}]}, "does not compile"),
    ({"type": "A_B", "patterns": [{"regex": "a*"}]}, "empty string"),
    ({"type": "A_B", "keywords": ["x"], "validate": "nope"}, "unknown validate"),
    ({"type": "A_B", "keywords": ["x"], "score": 2}, "score"),
    ({"type": "A_B", "keywords": ["x"], "colour": "red"}, "unknown key"),
    ({"class": "no_such_module_xyz:Thing"}, "cannot import"),
    ({"class": "json:JSONDecoder"}, "did not produce"),
    ({"class": "presidio_analyzer:Nope"}, "no attribute"),
])
def test_bad_specs_raise_value_error_naming_the_source(spec: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as err:
        build_recognizers([spec], "policies/acme.yaml")
    assert "policies/acme.yaml" in str(err.value) and message in str(err.value)
