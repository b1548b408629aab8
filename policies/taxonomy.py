"""Data classes: the five classes a policy speaks in, and each entity type's default class.

Defaults follow PIPL Art. 28 and GB/T 35273-2020 Annex B: identity numbers, financial accounts,
biometrics, health, whereabouts and minors' data are *sensitive personal information*; other data
that identifies a person is *personal*. The authoritative per-type table is `detectors.catalogue`
(it lives beside the recognizers); a policy may override any entry in its `data_classes:` section.
"""

from __future__ import annotations

from detectors.catalogue import data_class_of

DATA_CLASSES: tuple[str, ...] = ("sensitive_personal", "personal", "credential", "confidential",
                                 "source_code")
PERSONAL_CLASSES: frozenset[str] = frozenset({"sensitive_personal", "personal"})


def default_data_class(entity_type: str) -> str:
    """The catalogue's class for `entity_type`; unknown (custom) types count as personal (fail closed)."""
    return data_class_of(entity_type)
