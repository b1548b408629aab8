"""Credentials: vendor API keys, generic secrets next to key names, passwords, JWTs, private keys, DSNs.

One module per family of forms, lowest layer first (each imports only modules above it in this list):

- `anchors`: where patterns are tried (word positions, lines holding a word, scheme starts).
- `wrapped_tokens`: a token carried over line breaks.
- `value_shapes`: what a value looks like (stand-in, program text, random key, chosen password).
- `vendor_keys`: vendor API key formats, split keys, the secret after an access key id.
- `api_keys`: `ApiKeyRecognizer`, with the generic keys named by a key-like name or word.
- `basic_auth`: HTTP Basic and Docker registry credentials, decoded.
- `password_config`, `password_commands`, `password_tables`, `password_pairs`, `password_prose`: the password
  forms of configuration, command lines, tables, account / password pairs and sentences.
- `passwords`: `PasswordRecognizer`, which wires the password families.
- `jwt`, `private_keys`, `db_connections`: `JwtRecognizer`, `PrivateKeyRecognizer`, `DbConnectionRecognizer`.

Names with a leading underscore are private to this package: shared between its modules, never used outside it
(tests aside). The recognizers below are the public surface.
"""

from __future__ import annotations

from detectors.recognizers.secrets.api_keys import ApiKeyRecognizer
from detectors.recognizers.secrets.db_connections import DbConnectionRecognizer
from detectors.recognizers.secrets.jwt import JwtRecognizer
from detectors.recognizers.secrets.passwords import PasswordRecognizer
from detectors.recognizers.secrets.private_keys import PrivateKeyRecognizer

__all__ = ["ApiKeyRecognizer", "DbConnectionRecognizer", "JwtRecognizer", "PasswordRecognizer", "PrivateKeyRecognizer"]
