"""The explicit table of built-in recognizers (no discovery by subclass scan, no import side effects)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

__all__ = ["default_recognizers"]


def default_recognizers() -> list[EntityRecognizer]:
    """One fresh instance of every built-in recognizer, in catalogue order.

    PERSON / ADDRESS / ORG are imported unguarded on purpose: a missing module is an import error at
    start-up, never a silent gap in detection (fail closed).
    """
    from detectors.recognizers.address import AddressRecognizer
    from detectors.recognizers.contact import (
        CnLandlineRecognizer,
        CnPhoneRecognizer,
        EmailAddressRecognizer,
        IpAddressRecognizer,
    )
    from detectors.recognizers.finance import BankCardRecognizer, UsccRecognizer
    from detectors.recognizers.identity import (
        CnIdCardRecognizer,
        CnPassportRecognizer,
        HkIdRecognizer,
        MilitaryIdRecognizer,
        MoIdRecognizer,
        PermitRecognizer,
        TwIdRecognizer,
    )
    from detectors.recognizers.marking import ConfidentialMarkingRecognizer
    from detectors.recognizers.names import PersonRecognizer
    from detectors.recognizers.org import OrgRecognizer
    from detectors.recognizers.secrets import (
        ApiKeyRecognizer,
        DbConnectionRecognizer,
        JwtRecognizer,
        PasswordRecognizer,
        PrivateKeyRecognizer,
    )
    from detectors.recognizers.source_code import SourceCodeRecognizer
    from detectors.recognizers.vehicle import LicensePlateRecognizer

    return [
        CnIdCardRecognizer(), CnPhoneRecognizer(), CnLandlineRecognizer(), BankCardRecognizer(), UsccRecognizer(),
        CnPassportRecognizer(), HkIdRecognizer(), TwIdRecognizer(), MoIdRecognizer(), PermitRecognizer(),
        MilitaryIdRecognizer(),
        LicensePlateRecognizer(), EmailAddressRecognizer(), IpAddressRecognizer(),
        PersonRecognizer(), AddressRecognizer(), OrgRecognizer(),
        ApiKeyRecognizer(), PrivateKeyRecognizer(), PasswordRecognizer(), JwtRecognizer(), DbConnectionRecognizer(),
        ConfidentialMarkingRecognizer(), SourceCodeRecognizer(),
    ]
