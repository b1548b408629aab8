"""Chinese street addresses (ADDRESS)."""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2,30}?(?:路|街|大道|巷|弄|村)[0-9]+[号號](?:[0-9]+(?:栋|幢|楼|樓|单元|室|层))*"
)


class AddressRecognizer(EntityRecognizer):
    """Finds street addresses ending in a house number."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], name="zh_address", supported_language="zh")

    def load(self) -> None:
        """Nothing to load: data is compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return ADDRESS spans as code-point offsets into ``text``."""
        return [RecognizerResult("ADDRESS", m.start(), m.end(), 0.8) for m in _ADDRESS.finditer(text)]
