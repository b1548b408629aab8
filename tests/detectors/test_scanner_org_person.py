"""Scanner: a PERSON hit inside a longer ORG hit yields to the organisation, whatever the two scores.

A company named after its founder (王记餐饮有限公司, Lee Capital Ltd.) or a law firm after a partner is one
organisation. Tested with a stub recognizer, so the rule holds for any score a recognizer gives. Synthetic names.
"""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.scanner import Scanner


class _FixedPerson(EntityRecognizer):
    """Reports the given substrings as PERSON with a score above any organisation's."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__(supported_entities=["PERSON"], name="fixed_person", supported_language="zh")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for n in self.names:
            i = text.find(n)
            if i >= 0:
                out.append(RecognizerResult("PERSON", i, i + len(n), 0.99))
        return out


def _found(text: str, names: list[str]) -> list[tuple[str, str]]:
    scanner = Scanner(extra=[_FixedPerson(names)])
    return [(f.type, text[f.start : f.end]) for f in scanner.scan(text) if f.type in ("PERSON", "ORG")]


def test_a_founders_name_inside_a_company_name_is_the_company() -> None:
    text = "我们和邓文涛五金制品有限公司签了合同。"
    assert _found(text, ["邓文涛"]) == [("ORG", "邓文涛五金制品有限公司")]


def test_a_name_outside_the_company_is_still_a_person() -> None:
    text = "邓文涛代表沐禾科技有限公司签字。"
    assert _found(text, ["邓文涛"]) == [("PERSON", "邓文涛"), ("ORG", "沐禾科技有限公司")]


def test_a_name_reaching_out_of_a_company_is_resolved_by_score() -> None:
    """Only containment decides; a name reaching out of the organisation competes as before (higher score)."""
    text = "沐禾科技有限公司邓文涛"
    assert _found(text, ["司邓文涛"]) == [("PERSON", "司邓文涛")]
