"""Person names (PERSON): Chinese (incl. compound surnames, 王总 / 老王 forms, minority names with ·, spaced
names), pinyin and English.

The package's public surface is the recognizer, find_names (what it runs; bench/detect/ab.py times it) and
TRANSLIT (the transliteration characters, which the ORG detector reads too).
"""

from __future__ import annotations

from detectors.recognizers.names.minority import TRANSLIT
from detectors.recognizers.names.recognizer import PersonRecognizer, find_names

__all__ = ["TRANSLIT", "PersonRecognizer", "find_names"]
