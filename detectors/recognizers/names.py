"""Chinese, pinyin and English person names (PERSON)."""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_CONTEXT = re.compile(
    rf"(?:姓名|联系人|客户|用户|收件人|经办人|负责人|出行人)[:：\s]*([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
)


class PersonRecognizer(EntityRecognizer):
    """Finds person names without a POS pre-pass."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="zh_person", supported_language="zh")

    def load(self) -> None:
        """Nothing to load: data is compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return PERSON spans as code-point offsets into ``text``."""
        return [
            RecognizerResult("PERSON", m.start(1), m.end(1), 0.85) for m in _CONTEXT.finditer(text)
        ]
