"""Restoring inside raw JSON text: decoded string contents go through the restorer, re-escaped."""

from __future__ import annotations

import json

import pytest

from proxy.protocols._jsontext import JsonTextStream, escape, restore_json_text
from tests.protocols.helpers import PHONE, PLACEHOLDER, MapRestorer

RESTORER = MapRestorer({PLACEHOLDER: PHONE, "[ADDR_1]": '上海市"浦东"\\新区\n1号'})
ESCAPED = '{"a": "\\u005bCN_PHONE_1]", "b": ["[ADDR_1] \\u4e2d\\"x\\"", 3.5, null], "[ADDR_1]": true}'
EXPECTED = {"a": PHONE, "b": ['上海市"浦东"\\新区\n1号 中"x"', 3.5, None], '上海市"浦东"\\新区\n1号': True}
"""Every JSON string is restored, keys included (a model may key an object by a placeholder)."""


def stream(pieces: list[str]) -> str:
    state = JsonTextStream(RESTORER)
    return "".join(state.feed(piece) for piece in pieces) + state.flush()


def test_whole_text_restores_strings_and_escapes_values() -> None:
    assert json.loads(restore_json_text(ESCAPED, RESTORER)) == EXPECTED


@pytest.mark.parametrize("cut", range(1, len(ESCAPED)))
def test_cut_anywhere_including_inside_escapes(cut: int) -> None:
    assert json.loads(stream([ESCAPED[:cut], ESCAPED[cut:]])) == EXPECTED


def test_one_character_at_a_time() -> None:
    assert json.loads(stream(list(ESCAPED))) == EXPECTED


def test_keys_pass_through_unchanged_when_nothing_matches() -> None:
    text = '{"k": [1, 2, {"z": "plain"}]}'
    assert stream([text[:5], text[5:]]) == text


def test_text_that_is_not_json_is_restored_plainly() -> None:
    assert restore_json_text(f"call {PLACEHOLDER}", RESTORER) == f"call {PHONE}"


def test_truncated_stream_flushes_what_it_holds() -> None:
    assert stream(['{"a": "x [CN_PH']) == '{"a": "x [CN_PH'
    assert stream(['{"a": "x \\u00']) == '{"a": "x \\u00'


def test_escape_covers_controls_and_lone_surrogates() -> None:
    value = 'q"b\\s\x01\t\ud800é'
    assert json.loads(f'"{escape(value)}"') == value
    escape(value).encode()  # always encodable as UTF-8
