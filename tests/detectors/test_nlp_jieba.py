"""JiebaNlpEngine: Presidio's analyzer runs on Chinese and context words raise scores."""
from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry

from detectors.nlp.jieba_engine import JiebaNlpEngine
from detectors.recognizers.address import AddressRecognizer
from detectors.recognizers.names import PersonRecognizer
from detectors.recognizers.org import OrgRecognizer


@pytest.fixture(scope="module")
def engine() -> JiebaNlpEngine:
    eng = JiebaNlpEngine()
    eng.load()
    return eng


def test_tokens_offsets_tags_and_entities(engine: JiebaNlpEngine) -> None:
    text = "客户王小明的手机号是13812345678，住在北京市。"
    art = engine.process_text(text, "zh")
    for token, start in zip(art.tokens, art.tokens_indices):
        assert text[start : start + len(token.text)] == token.text
    words = [t.text for t in art.tokens]
    assert "手机号" in words and "13812345678" in words
    assert {(e.text, e.label_) for e in art.entities} >= {("王小明", "PERSON"), ("北京市", "LOCATION")}
    assert "的" not in art.keywords and "手机号" in art.keywords


def test_offsets_survive_spaces_and_newlines(engine: JiebaNlpEngine) -> None:
    text = "Hello  world\n姓名 张三\t手机"
    art = engine.process_text(text, "zh")
    for token, start in zip(art.tokens, art.tokens_indices):
        assert text[start : start + len(token.text)] == token.text


def test_rejects_other_languages(engine: JiebaNlpEngine) -> None:
    with pytest.raises(ValueError):
        engine.process_text("hello", "en")


def _phone_analyzer(engine: JiebaNlpEngine) -> AnalyzerEngine:
    phone = PatternRecognizer(
        supported_entity="CN_PHONE",
        supported_language="zh",
        patterns=[Pattern("mobile", r"1[3-9]\d{9}", 0.4)],
        context=["手机", "电话"],
    )
    registry = RecognizerRegistry(supported_languages=["zh"])
    registry.add_recognizer(phone)
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["zh"], registry=registry)


def test_context_words_raise_the_score(engine: JiebaNlpEngine) -> None:
    analyzer = _phone_analyzer(engine)
    (with_context,) = analyzer.analyze("他的手机号是13812345678", language="zh")
    (without,) = analyzer.analyze("编号13812345678已作废", language="zh")
    assert with_context.score > without.score


def test_guanqia_recognizers_run_inside_the_analyzer(engine: JiebaNlpEngine) -> None:
    registry = RecognizerRegistry(supported_languages=["zh"])
    for rec in (PersonRecognizer(), AddressRecognizer(), OrgRecognizer()):
        registry.add_recognizer(rec)
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["zh"], registry=registry)
    text = "收件人：黄军，地址：河北省石家庄市裕华区人民路718号，单位：南京市第一人民医院"
    found = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, language="zh")}
    assert found == {
        ("PERSON", "黄军"),
        ("ADDRESS", "河北省石家庄市裕华区人民路718号"),
        ("ORG", "南京市第一人民医院"),
    }


def test_default_registry_reports_jieba_entities_and_context(engine: JiebaNlpEngine) -> None:
    # the form a security team writes: Presidio's own registry, our engine, one recognizer added
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["zh"])
    analyzer.registry.add_recognizer(
        PatternRecognizer(
            supported_entity="CN_PHONE",
            supported_language="zh",
            patterns=[Pattern("mobile", r"1[3-9]\d{9}", 0.4)],
            context=["手机"],
        )
    )
    text = "客户王小明的手机号是13812345678"
    found = {(r.entity_type, text[r.start : r.end]): r.score for r in analyzer.analyze(text, language="zh")}
    assert found[("CN_PHONE", "13812345678")] > 0.4
    assert ("PERSON", "王小明") in found
