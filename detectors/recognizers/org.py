"""Company and institution names (ORG)."""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_ORG = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:有限责任公司|股份有限公司|有限公司|集团|银行|大学|医院|研究院)")


class OrgRecognizer(EntityRecognizer):
    """Finds organisation names by their legal or institutional suffix."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ORG"], name="zh_org", supported_language="zh")

    def load(self) -> None:
        """Nothing to load: data is compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return ORG spans as code-point offsets into ``text``."""
        return [RecognizerResult("ORG", m.start(), m.end(), 0.8) for m in _ORG.finditer(text)]
