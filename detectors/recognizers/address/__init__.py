"""Street addresses (ADDRESS): Chinese addresses down to the house number, room or village group, and addresses
written in English or pinyin.

The package's public surface is the recognizer and find_addresses (what it runs; bench/detect/ab.py times it).
"""

from __future__ import annotations

from detectors.recognizers.address.recognizer import AddressRecognizer, find_addresses

__all__ = ["AddressRecognizer", "find_addresses"]
