"""Property tests: any text, any chunking — decoder and rewriters give back what was meant."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.protocols import ENDPOINTS
from proxy.protocols.base import SseEvent
from proxy.sse import decode_all, encode_events
from tests.protocols.helpers import MapRestorer

TOKENS = {"[CN_PHONE_1]": "13812345678", "[PERSON_2]": '李"四\\', "<<ID_x9>>": "110101199003074514"}
RESTORER = MapRestorer(TOKENS)
pieces = st.lists(st.one_of(st.sampled_from(list(TOKENS)), st.text(max_size=6)), max_size=8)
cuts = st.lists(st.integers(min_value=0, max_value=200), max_size=6)
field_text = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=20)


def cut(text: str, points: list[int]) -> list[str]:
    marks = sorted({p % (len(text) + 1) for p in points})
    bounds = [0, *marks, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


@settings(max_examples=200, deadline=None)
@given(events=st.lists(st.builds(SseEvent, data=st.lists(field_text, min_size=1, max_size=3).map("\n".join),
                                 event=field_text)
                       .filter(lambda e: e.data or e.event), max_size=5),
       points=cuts, crlf=st.booleans())
def test_sse_any_chunking(events: list[SseEvent], points: list[int], crlf: bool) -> None:
    wire = encode_events(events)
    if crlf:
        wire = wire.replace(b"\n", b"\r\n")
    assert decode_all([wire[a:b] for a, b in _ranges(len(wire), points)]) == events


def _ranges(size: int, points: list[int]) -> list[tuple[int, int]]:
    marks = sorted({p % (size + 1) for p in points})
    bounds = [0, *marks, size]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


@settings(max_examples=200, deadline=None)
@given(parts=pieces, points=cuts)
def test_chat_stream_any_text_any_chunking(parts: list[str], points: list[int]) -> None:
    text = "".join(parts)
    head = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    events = [SseEvent(json.dumps({**head, "choices": [{"index": 0, "delta": {"content": p},
                                                        "finish_reason": None}]})) for p in cut(text, points)]
    stop = {"index": 0, "delta": {}, "finish_reason": "stop"}
    events.append(SseEvent(json.dumps({**head, "choices": [stop]})))
    events.append(SseEvent("[DONE]"))
    rewriter = ENDPOINTS["/v1/chat/completions"].event_rewriter(RESTORER)
    out = [e for ev in events for e in rewriter.rewrite(ev)] + rewriter.finish()
    got = "".join(c["delta"].get("content", "") for e in out if e.data != "[DONE]"
                  for c in json.loads(e.data)["choices"])
    assert got == RESTORER.restore(text)
    assert out[-1].data == "[DONE]"


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.one_of(st.sampled_from(list(TOKENS)), st.text(max_size=8)), max_size=4),
       points=cuts, ascii_only=st.booleans())
def test_anthropic_tool_json_any_value_any_chunking(values: list[str], points: list[int],
                                                    ascii_only: bool) -> None:
    document = {f"k{i}": v for i, v in enumerate(values)}
    raw = json.dumps(document, ensure_ascii=ascii_only)
    events = [SseEvent(json.dumps({"type": "content_block_delta", "index": 0,
                                   "delta": {"type": "input_json_delta", "partial_json": p}}),
                       event="content_block_delta") for p in cut(raw, points)]
    events.append(SseEvent(json.dumps({"type": "content_block_stop", "index": 0}),
                           event="content_block_stop"))
    rewriter = ENDPOINTS["/v1/messages"].event_rewriter(RESTORER)
    out = [e for ev in events for e in rewriter.rewrite(ev)] + rewriter.finish()
    got = "".join(json.loads(e.data)["delta"]["partial_json"]
                  for e in out if e.event == "content_block_delta")
    assert json.loads(got) == {k: RESTORER.restore(v) for k, v in document.items()}
