"""The SSE decoder must survive any chunking of what a vendor sends, and re-encode losslessly."""

from __future__ import annotations

import pytest

from proxy.protocols.base import SseEvent
from proxy.sse import SseDecoder, decode_all, encode_comment, encode_events

STREAM = (
    "\ufeff: keep-alive comment\n"
    "event: content_block_delta\n"
    'data: {"type":"content_block_delta","delta":{"text":"你好，世界"}}\n'
    "\n"
    "id: 7\r\n"
    "retry: 1500\r\n"
    "data: line one\r\n"
    "data:line two\r\n"
    "\r\n"
    "data: [DONE]\r"
    "\r"
).encode()

EXPECTED = [
    SseEvent(data='{"type":"content_block_delta","delta":{"text":"你好，世界"}}', event="content_block_delta"),
    SseEvent(data="line one\nline two", id="7", retry=1500),
    SseEvent(data="[DONE]"),
]


def test_whole_stream_decodes_with_bom_comments_crlf_and_cr() -> None:
    assert decode_all([STREAM]) == EXPECTED


@pytest.mark.parametrize("cut", range(1, len(STREAM)))
def test_a_chunk_boundary_anywhere_gives_the_same_events(cut: int) -> None:
    assert decode_all([STREAM[:cut], STREAM[cut:]]) == EXPECTED


def test_byte_by_byte_gives_the_same_events() -> None:
    assert decode_all([STREAM[i:i + 1] for i in range(len(STREAM))]) == EXPECTED


def test_events_are_dispatched_as_soon_as_their_blank_line_arrives() -> None:
    decoder = SseDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\n") == [SseEvent(data="a")]
    assert decoder.feed(b"data: b\r") == []
    assert decoder.feed(b"\r") == [SseEvent(data="b")]
    assert decoder.close() == []


def test_unterminated_last_event_is_not_lost() -> None:
    assert decode_all([b"data: tail"]) == [SseEvent(data="tail")]


def test_event_without_data_is_forwarded_and_unknown_fields_ignored() -> None:
    assert decode_all([b"event: ping\nfoo: bar\n\n"]) == [SseEvent(data="", event="ping")]


def test_comment_only_blocks_produce_no_events() -> None:
    assert decode_all([b": ping\n\n: again\n\n"]) == []


def test_multibyte_character_split_between_chunks() -> None:
    raw = 'data: 手机号\n\n'.encode()
    assert decode_all([raw[:8], raw[8:]]) == [SseEvent(data="手机号")]


def test_encode_then_decode_round_trips() -> None:
    assert decode_all([encode_events(EXPECTED)]) == EXPECTED


def test_comment_is_ignored_by_decoder_and_refuses_line_breaks() -> None:
    assert decode_all([encode_comment("keep-alive")]) == []
    with pytest.raises(ValueError):
        encode_comment("a\nb")
