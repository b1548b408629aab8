"""Chinese-aware PII and secret detection: `scan(text) -> list[Finding]`, offsets into the original text.

Imports are lazy: `import detectors` stays cheap (the proxy's CLI and audit tools import it), and the
recognizers, word lists and compiled patterns load on first use.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from detectors.catalogue import data_class_of
from detectors.finding import Finding

if TYPE_CHECKING:
    from detectors.scanner import Scanner

__all__ = ["Finding", "Scanner", "canonical_value", "data_class_of", "default_scanner", "scan"]

_default: Scanner | None = None
_lock = threading.Lock()


def default_scanner() -> Scanner:
    """The process-wide scanner with the built-in recognizers (built once, on first use)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from detectors.scanner import Scanner as _Scanner
                _default = _Scanner()
    return _default


def scan(text: str) -> list[Finding]:
    """Findings in `text` by the default scanner: sorted, non-overlapping, code-point offsets."""
    return default_scanner().scan(text)


def canonical_value(entity_type: str, raw: str) -> str:
    """Normalized value for fingerprinting (see detectors.values)."""
    from detectors.values import canonical_value as _cv
    return _cv(entity_type, raw)


def __getattr__(name: str) -> Any:
    if name == "Scanner":
        from detectors.scanner import Scanner as _Scanner
        return _Scanner
    raise AttributeError(f"module 'detectors' has no attribute {name!r}")
