"""Vehicle registration: mainland licence plates, including 8-character new-energy plates."""

from __future__ import annotations

from detectors.recognizers.base import ViewRecognizer, patterns

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "[A-HJ-NP-Z]"
_C = "[A-HJ-NP-Z0-9]"


class LicensePlateRecognizer(ViewRecognizer):
    """Province character + issuing-office letter + 5 characters (6 for new energy: D/F first or last)."""

    def __init__(self) -> None:
        sep = r"[·•・.\- ]?"
        # 学 / 警 / 挂 after five characters is taken when no Chinese word goes on (粤A 12345学, not 学生)
        body = (r"(?:[DF]" + _C + r"\d{4}|\d{5}[DF]|" + _C + r"{4}[挂学警港澳领试超]|" + _C
                + r"{5}(?:[学警挂](?![\u4e00-\u9fff]))?)")
        super().__init__("CN_LICENSE_PLATE", patterns(
            ("plate", r"[" + _PROVINCES + r"]" + _L + sep + body + r"(?![0-9A-Za-z])", 0.5),
        ), context=["车牌", "車牌", "牌照", "号牌", "plate", "车辆", "自驾", "车号"], trigger="[" + _PROVINCES + "]")

    def validate_result(self, pattern_text: str) -> bool | None:
        body = pattern_text[2:].lstrip("·•・.- ")
        if body.isalpha() and body.isascii():
            return False  # 京ABCDE: words, not plates
        return None

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        body = text[start + 2:end].lstrip("·•・.- ")
        digits = sum(c.isdigit() for c in body)
        return min(1.0, score + (0.25 if digits >= 3 else 0.0))
