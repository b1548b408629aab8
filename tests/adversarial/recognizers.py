"""A third-party recognizer that crashes, as a buggy plug-in would: the proxy must fail closed."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class ExplodingRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["INTERNAL_CODE"], name="exploding", supported_language="zh")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        raise RuntimeError("plug-in bug: index out of range")
