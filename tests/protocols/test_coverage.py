"""The coverage pass: strings no adapter knows are inspected; vocabulary, media and vendor-sealed values are not."""

from __future__ import annotations

import orjson

from proxy.protocols import ENDPOINTS
from proxy.protocols.coverage import cover_unknown_fields

PHONE = "13812345678"


def extras(path: str, body: dict[str, object]) -> dict[tuple[str | int, ...], str]:
    call = cover_unknown_fields(ENDPOINTS[path].parse(orjson.dumps(body)))
    return {s.path: s.text for s in call.segments if s.kind == "extra"}


def test_unknown_top_level_and_part_fields_become_segments() -> None:
    found = extras("/v1/chat/completions", {
        "model": "m", "x_vendor": {"notes": [PHONE]},
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "extra": PHONE}]}]})
    assert found == {("x_vendor", "notes", 0): PHONE, ("messages", 0, "content", 0, "extra"): PHONE}


def test_known_fields_are_not_duplicated_and_vocabulary_is_skipped() -> None:
    found = extras("/v1/chat/completions", {
        "model": "deepseek-ai/DeepSeek-V3", "messages": [{"role": "user", "content": PHONE}],
        "tool_choice": "auto", "reasoning_effort": "low", "service_tier": "default"})
    assert found == {}


def test_a_value_hidden_under_a_parameter_key_is_still_inspected() -> None:
    found = extras("/v1/chat/completions", {
        "model": "m", "messages": [{"role": "user", "content": "hi"}], "service_tier": f"call {PHONE} now"})
    assert found == {("service_tier",): f"call {PHONE} now"}


def test_media_and_vendor_sealed_values_are_left_alone() -> None:
    found = extras("/v1/messages", {
        "model": "claude-x", "max_tokens": 5, "messages": [
            {"role": "user", "content": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "ok", "signature": "EqQBCkYIARgCKkBx+/sig=="},
                {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT"}]}]})
    assert found == {}


def test_plain_text_document_source_is_inspected() -> None:
    body = {"model": "claude-x", "max_tokens": 5, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": f"电话 {PHONE}"}}]}]}
    call = cover_unknown_fields(ENDPOINTS["/v1/messages"].parse(orjson.dumps(body)))
    assert f"电话 {PHONE}" in [s.text for s in call.segments]


def test_text_under_a_sealed_key_is_inspected() -> None:
    """The key alone proves nothing: plain text, or text merely base64-encoded, under `signature` /
    `encrypted_content` / redacted thinking's `data` is inspected; real ciphertext is still left alone."""
    import base64

    hidden = base64.b64encode(f"客户电话 {PHONE}".encode()).decode()
    found = extras("/v1/messages", {
        "model": "claude-x", "max_tokens": 5, "messages": [
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "ok", "signature": f"客户电话 {PHONE}"},
                {"type": "redacted_thinking", "data": hidden},
                {"type": "thinking", "thinking": "ok", "signature": "EqQBCkYIARgCKkBx+/sig=="}]}]})
    assert found == {("messages", 0, "content", 0, "signature"): f"客户电话 {PHONE}",
                     ("messages", 0, "content", 1, "data"): hidden}


def test_text_under_a_media_key_is_inspected_but_media_references_are_not() -> None:
    """`source`, `file_id`, `image` ... hold media or point at it; words a client puts under such a key in a
    place no adapter knows are inspected (they were skipped unread)."""
    found = extras("/v1/chat/completions", {
        "model": "m", "messages": [{"role": "user", "content": "hi"}],
        "source": f"客户电话 {PHONE}", "file_id": "file-Ab12Cd34", "image": "https://cdn.example.invalid/a.png",
        "audio": "UklGRiQAAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YQAAAAA="})
    assert found == {("source",): f"客户电话 {PHONE}"}
