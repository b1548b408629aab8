"""Organisation names (ORG): companies, bank branches, hospitals, universities, public bodies, English names.

The package's public surface is the recognizer and find_orgs (what it runs; bench/detect/ab.py times it).
"""

from __future__ import annotations

from detectors.recognizers.org.recognizer import OrgRecognizer, find_orgs

__all__ = ["OrgRecognizer", "find_orgs"]
