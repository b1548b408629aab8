"""Confidentiality markings: 绝密 / 机密 / 秘密 classification, 内部资料, 严禁外传, Confidential ..."""

from __future__ import annotations

from detectors.recognizers.base import ViewRecognizer, patterns


class ConfidentialMarkingRecognizer(ViewRecognizer):
    """A document classification label. Bare 机密 / 秘密 are ordinary words, so they need a marking context."""

    def __init__(self) -> None:
        super().__init__("CONFIDENTIAL_MARKING", patterns(
            ("cn_strong", r"绝密|絕密|内部资料|內部資料|严禁外传|嚴禁外傳|禁止外传|不得外传|内部文件|仅限内部|僅限內部|"
                          r"仅供内部|内部使用|商业秘密|商業秘密|核心机密|核心商密|公司机密|公司秘密|内部机密", 0.8),
            ("cn_level", r"(?:【|\[|〔|（|\()\s*(?:机密|機密|秘密|绝密|絕密|内部|內部|商密)\s*(?:】|\]|〕|）|\))"
                         r"|(?:机密|機密|秘密|绝密)\s*[★☆*]|密级\s*[:：]?\s*(?:机密|秘密|绝密|内部|核心商密|普通商密)", 0.95),
            ("cn_weak", r"机密|機密|秘密", 0.3),
            ("en_strong", r"\b(?:STRICTLY CONFIDENTIAL|CONFIDENTIAL|TOP SECRET|INTERNAL USE ONLY|PROPRIETARY AND "
                          r"CONFIDENTIAL|DO NOT DISTRIBUTE|NOT FOR DISTRIBUTION|RESTRICTED)\b", 0.8),
            ("en_title", r"\b(?:Strictly Confidential|Confidential|Internal Use Only|Internal Only|Proprietary|"
                         r"Company Confidential|Do Not Distribute)\b", 0.55),
            ("en_weak", r"\b(?:confidential|internal use only|do not distribute)\b", 0.35),
        ), context=["密级", "文件", "资料", "级别", "等级", "classification", "document", "标注", "保密"],
            trigger=r"密|内部|內部|外传|外傳|(?i:confidential|secret|internal|proprietary|distribut|restricted)")
