"""Credentials: vendor API keys, generic secrets next to key names, passwords, JWTs, private keys, DSNs."""

from __future__ import annotations

from detectors.recognizers.secrets.passwords import (
    ApiKeyRecognizer,
    DbConnectionRecognizer,
    JwtRecognizer,
    PasswordRecognizer,
    PrivateKeyRecognizer,
)

__all__ = ["ApiKeyRecognizer", "DbConnectionRecognizer", "JwtRecognizer", "PasswordRecognizer", "PrivateKeyRecognizer"]
