"""Data classes: the five classes a policy speaks in, and each entity type's default class.

Defaults follow PIPL Art. 28 and GB/T 35273-2020 Annex B: identity numbers, financial accounts,
biometrics, health, whereabouts and minors' data are *sensitive personal information*; other data
that identifies a person is *personal*. The authoritative per-type table is `detectors.catalogue`
(it lives beside the recognizers); a policy may override any entry in its `data_classes:` section.
"""

from __future__ import annotations

DATA_CLASSES: tuple[str, ...] = ("sensitive_personal", "personal", "credential", "confidential", "source_code")
PERSONAL_CLASSES: frozenset[str] = frozenset({"sensitive_personal", "personal"})


def default_data_class(entity_type: str) -> str:
    """The catalogue's class for `entity_type`; unknown (custom) types count as personal (fail closed)."""
    try:
        from detectors.catalogue import data_class_of
    except ImportError:
        return _FALLBACK.get(entity_type, "personal")
    return data_class_of(entity_type)


# Used only while detectors.catalogue is unavailable (it is the source of truth once present).
_FALLBACK: dict[str, str] = {
    "CN_ID_CARD": "sensitive_personal", "BANK_CARD": "sensitive_personal", "CN_PASSPORT": "sensitive_personal",
    "HK_ID": "sensitive_personal", "TW_ID": "sensitive_personal", "MO_ID": "sensitive_personal",
    "CN_HK_MACAO_PERMIT": "sensitive_personal",
    "CN_PHONE": "personal", "CN_LANDLINE": "personal", "EMAIL": "personal", "PERSON": "personal",
    "ADDRESS": "personal", "IP_ADDRESS": "personal", "CN_LICENSE_PLATE": "personal",
    "CN_USCC": "confidential", "ORG": "confidential", "CONFIDENTIAL_MARKING": "confidential",
    "API_KEY": "credential", "PRIVATE_KEY": "credential", "PASSWORD": "credential", "JWT": "credential",
    "DB_CONNECTION_STRING": "credential", "SOURCE_CODE": "source_code",
}
