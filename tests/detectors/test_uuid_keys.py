"""A UUID under an API-key, secret or access-token name is the credential (Volcengine Ark keys have that shape).

Everywhere else a UUID is an id (request, instance, idempotency key) and stays unreported.
"""

from __future__ import annotations

import pytest

from detectors import scan

KEY = "9b1e4c7a-2f3d-4a8b-b6e5-0c7d1f2a3e94"


@pytest.mark.parametrize("text", [
    f"export ARK_API_KEY={KEY}",
    f'{{"model": "doubao-pro-32k", "api_key": "{KEY}"}}',
    f"gateway:\n  client_secret: {KEY}",
])
def test_a_uuid_under_a_key_name_is_an_api_key(text: str) -> None:
    assert [(f.type, text[f.start:f.end]) for f in scan(text)] == [("API_KEY", KEY)]


@pytest.mark.parametrize("text", [
    f"X-Request-Id: {KEY}", f"instance_id={KEY}", f"Idempotency-Key: {KEY}", f"trace_token_id = {KEY}",
])
def test_a_uuid_under_an_id_name_is_not(text: str) -> None:
    assert scan(text) == []
