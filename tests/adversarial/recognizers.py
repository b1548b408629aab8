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


class BrokenAtBuild(EntityRecognizer):
    """Raises while being constructed, as a plug-in missing its model file would."""

    def __init__(self) -> None:
        raise RuntimeError("plug-in cannot find its data file")

    def load(self) -> None:
        """Never reached."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        return []


class NotARecognizer:
    """Importable, constructible, but not a presidio EntityRecognizer."""
