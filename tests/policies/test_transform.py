"""Transform: every redaction style, pseudonyms keyed per tenant, split values, restore (whole and streamed)."""

from __future__ import annotations

import json
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.cn import ric

from detectors.finding import Finding
from policies import transform
from policies.decision import Action, Decision, PolicyRef, Treatment

REF = PolicyRef("t", "1", "0" * 64)
KEY_A = transform.tenant_key(b"server secret", "tenant-a")
KEY_B = transform.tenant_key(b"server secret", "tenant-b")


def find(text: str, value: str, entity: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding(entity, start, start + len(value), 1.0, "test")


def decision(*treatments: Treatment) -> Decision:
    return Decision(Action.REDACT, "r", REF, tuple(treatments))


def redact(style: str, token: str = "") -> Treatment:
    return Treatment(Action.REDACT, style, token, "r")


def pseudo(style: str) -> Treatment:
    return Treatment(Action.PSEUDONYMIZE, style, "", "p")


TEXT = "电话 13812345678，备用 139-8765-4321，再打 13812345678"
FINDINGS = [find(TEXT, "13812345678", "CN_PHONE"), find(TEXT, "139-8765-4321", "CN_PHONE"),
            find(TEXT, "13812345678", "CN_PHONE", 1)]


def test_placeholders_numbered_per_distinct_value() -> None:
    out, restorer = transform.apply([TEXT], [FINDINGS], decision(*[redact("placeholder")] * 3), key=KEY_A)
    assert out == ["电话 [CN_PHONE_1]，备用 [CN_PHONE_2]，再打 [CN_PHONE_1]"]
    assert restorer is None   # redaction is one-way


def test_formatting_variants_of_one_value_share_a_placeholder() -> None:
    text = "a 138-1234-5678 b +86 138 1234 5678"
    fs = [find(text, "138-1234-5678", "CN_PHONE"), find(text, "+86 138 1234 5678", "CN_PHONE")]
    out, _ = transform.apply([text], [fs], decision(*[redact("placeholder")] * 2), key=KEY_A)
    assert out == ["a [CN_PHONE_1] b [CN_PHONE_1]"]


def test_mask_token_and_hash_styles() -> None:
    ts = (redact("mask"), redact("token", "<removed>"), redact("hash"))
    out, _ = transform.apply([TEXT], [FINDINGS], decision(*ts), key=KEY_A)
    m = re.fullmatch(r"电话 138\*\*\*\*5678，备用 <removed>，再打 \[CN_PHONE:([0-9a-f]{12})\]", out[0])
    assert m, out
    again, _ = transform.apply([TEXT], [FINDINGS], decision(*ts), key=KEY_A)
    other, _ = transform.apply([TEXT], [FINDINGS], decision(*ts), key=KEY_B)
    assert again == out and other != out   # keyed hash: stable per tenant, unlinkable across tenants


def test_mask_shapes() -> None:
    assert transform.mask("13812345678") == "138****5678"
    assert transform.mask("zhang.wei@example.com") == "zh***.*ei@example.com"
    assert transform.mask("张伟") == "张*"
    assert transform.mask("11010519491231002X") == "110***********002X"


def test_allow_treatment_leaves_text_alone_and_other_segments_untouched() -> None:
    texts = [TEXT, "no findings here"]
    ts = (Treatment(Action.ALLOW), redact("placeholder"), Treatment(Action.ALLOW))
    out, _ = transform.apply(texts, [FINDINGS, []], decision(*ts), key=KEY_A)
    assert out == ["电话 13812345678，备用 [CN_PHONE_1]，再打 13812345678", "no findings here"]


def test_pseudonym_placeholders_consistent_within_tenant_unlinkable_across() -> None:
    d = decision(*[pseudo("placeholder")] * 3)
    a1, restorer = transform.apply([TEXT], [FINDINGS], d, key=KEY_A)
    a2, _ = transform.apply([TEXT], [FINDINGS], d, key=KEY_A)
    b, _ = transform.apply([TEXT], [FINDINGS], d, key=KEY_B)
    tokens = re.findall(r"\[CN_PHONE_[a-z2-9]{6}\]", a1[0])
    assert len(tokens) == 3 and tokens[0] == tokens[2] != tokens[1]
    assert a1 == a2 and b != a1
    assert "13812345678" not in a1[0] and "8765" not in a1[0]
    assert restorer is not None and restorer.restore(a1[0]) == TEXT


def test_pseudonym_cannot_be_recomputed_without_the_key() -> None:
    # Short values (an 11-digit phone) could be brute-forced against an unkeyed hash; the tag is keyed.
    unkeyed = transform.tenant_key(b"", "tenant-a")
    a, _ = transform.apply([TEXT], [FINDINGS], decision(*[pseudo("placeholder")] * 3), key=KEY_A)
    u, _ = transform.apply([TEXT], [FINDINGS], decision(*[pseudo("placeholder")] * 3), key=unkeyed)
    assert a != u


def test_fakes_are_valid_values_of_the_same_type_and_restore() -> None:
    text = "手机 138-1234-5678 身份证 11010519491231002X 卡号 6222021234567890128 邮箱 wang.fang@corp.cn"
    fs = [find(text, "138-1234-5678", "CN_PHONE"), find(text, "11010519491231002X", "CN_ID_CARD"),
          find(text, "6222021234567890128", "BANK_CARD"), find(text, "wang.fang@corp.cn", "EMAIL")]
    out, restorer = transform.apply([text], [fs], decision(*[pseudo("fake")] * 4), key=KEY_A)
    m = re.fullmatch(r"手机 (1[3-9]\d-\d{4}-\d{4}) 身份证 (\d{17}[\dX]) 卡号 (62\d{17}) 邮箱 (\S+@example\.(?:com|cn))",
                     out[0])
    assert m, out
    phone, id_card, card, _email = m.groups()
    assert phone != "138-1234-5678" and ric.is_valid(id_card) and id_card != "11010519491231002X"
    assert luhn.is_valid(card) and card != "6222021234567890128"
    assert restorer is not None and restorer.restore(out[0]) == text
    # the vendor may drop the fake phone's dashes; it is still restored
    assert restorer.restore(f"call {phone.replace('-', '')}") == "call 138-1234-5678"
    again, _ = transform.apply([text], [fs], decision(*[pseudo("fake")] * 4), key=KEY_A)
    assert again == out


def test_types_without_a_fake_generator_fall_back_to_placeholders() -> None:
    text = "key sk-abcdefghijklmnopqrstuvwxyz123456"
    fs = [find(text, "sk-abcdefghijklmnopqrstuvwxyz123456", "API_KEY")]
    out, restorer = transform.apply([text], [fs], decision(pseudo("fake")), key=KEY_A)
    assert re.fullmatch(r"key \[API_KEY_[a-z2-9]{6}\]", out[0])
    assert restorer is not None and restorer.restore(out[0]) == text


def test_value_split_across_segments_is_replaced_once() -> None:
    texts = ["我的手机 138 1234", "5678 请记下", "备用 13987654321"]
    fs = [[Finding("CN_PHONE", 5, 13, 1.0, "t")], [Finding("CN_PHONE", 0, 4, 1.0, "t")],
          [find(texts[2], "13987654321", "CN_PHONE")]]
    out, _ = transform.apply(texts, fs, decision(*[redact("placeholder")] * 3), key=KEY_A)
    assert out == ["我的手机 [CN_PHONE_1]", " 请记下", "备用 [CN_PHONE_2]"]
    out, restorer = transform.apply(texts, fs, decision(*[pseudo("placeholder")] * 3), key=KEY_A)
    assert restorer is not None
    assert restorer.restore(out[0]) == "我的手机 138 12345678"   # the whole value comes back in one place


def test_mismatched_treatments_fail_closed() -> None:
    import pytest
    with pytest.raises(ValueError):
        transform.apply([TEXT], [FINDINGS], decision(redact("placeholder")), key=KEY_A)


def test_restore_inside_json_escaped_text() -> None:
    text = "客户 王芳"
    fs = [find(text, "王芳", "PERSON")]
    out, restorer = transform.apply([text], [fs], decision(pseudo("fake")), key=KEY_A)
    assert restorer is not None
    fake_name = out[0].removeprefix("客户 ")
    assert fake_name != "王芳" and len(fake_name) == 2
    args = json.dumps({"name": fake_name})               # ensure_ascii: \uXXXX escapes
    assert json.loads(restorer.restore(args)) == {"name": "王芳"}


PHONE_TEXT = "联系 13812345678 或 zhang.wei@example.com，身份证 11010519491231002X。"
PHONE_FS = [find(PHONE_TEXT, "13812345678", "CN_PHONE"), find(PHONE_TEXT, "zhang.wei@example.com", "EMAIL"),
            find(PHONE_TEXT, "11010519491231002X", "CN_ID_CARD")]


def _stream(restorer: transform.PseudonymRestorer, chunks: list[str]) -> str:
    s = restorer.stream()
    return "".join(s.feed(c) for c in chunks) + s.flush()


def test_stream_restore_at_every_single_split_point() -> None:
    for style in ("placeholder", "fake"):
        out, restorer = transform.apply([PHONE_TEXT], [PHONE_FS], decision(*[pseudo(style)] * 3), key=KEY_A)
        assert restorer is not None
        answer = f"好的，我会联系 {out[0]} 谢谢"
        whole = restorer.restore(answer)
        assert "13812345678" in whole and "zhang.wei@example.com" in whole
        for i in range(len(answer) + 1):
            assert _stream(restorer, [answer[:i], answer[i:]]) == whole, (style, i)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), style=st.sampled_from(["placeholder", "fake"]),
       noise=st.text(alphabet="[]_CNPHOE0123456789abc 好", max_size=12))
def test_stream_restore_equals_whole_restore_for_any_chunking(data: st.DataObject, style: str,
                                                              noise: str) -> None:
    out, restorer = transform.apply([PHONE_TEXT], [PHONE_FS], decision(*[pseudo(style)] * 3), key=KEY_A)
    assert restorer is not None
    answer = noise + out[0] + noise + out[0][:7]
    cuts = sorted(data.draw(st.lists(st.integers(0, len(answer)), max_size=8)))
    chunks = [answer[a:b] for a, b in zip([0, *cuts], [*cuts, len(answer)])]
    assert _stream(restorer, chunks) == restorer.restore(answer)


def test_stream_holds_back_only_possible_pseudonym_prefixes() -> None:
    out, restorer = transform.apply([PHONE_TEXT], [PHONE_FS], decision(*[pseudo("placeholder")] * 3), key=KEY_A)
    assert restorer is not None
    s = restorer.stream()
    assert s.feed("hello ") == "hello "
    assert s.feed("[CN_PH") == ""
    assert s.feed("ONE_zz] ok") == "[CN_PHONE_zz] ok"
    token = re.search(r"\[CN_PHONE_[a-z2-9]+\]", out[0])
    assert token is not None
    assert s.feed(token.group(0)[:5]) == ""
    assert s.feed(token.group(0)[5:] + "!") == "13812345678!"
    assert s.flush() == ""


def test_tenant_key_is_stable_and_distinct() -> None:
    assert transform.tenant_key(b"s", "a") == transform.tenant_key(b"s", "a")
    assert transform.tenant_key(b"s", "a") != transform.tenant_key(b"s", "b")
    assert transform.tenant_key(b"s", "a") != transform.tenant_key(b"t", "a")


@settings(max_examples=200, deadline=None)
@given(key=st.binary(min_size=1, max_size=32), value=st.text(alphabet="0123456789", min_size=4, max_size=12))
def test_fakes_always_pass_their_check_digits(key: bytes, value: str) -> None:
    from stdnum.cn import uscc

    from policies import fakes
    id_card = fakes.fake("CN_ID_CARD", "11010519491231002X", value, key)
    card = fakes.fake("BANK_CARD", "6222021234567890128", value, key)
    code = fakes.fake("CN_USCC", "91110000600037341L", value, key)
    phone = fakes.fake("CN_PHONE", "13812345678", value, key)
    assert id_card and ric.is_valid(id_card)
    assert card and luhn.is_valid(card) and card.startswith("62") and len(card) == 19
    assert code and uscc.is_valid(code)
    assert phone and re.fullmatch(r"1[3-9]\d{9}", phone)


@st.composite
def segments_with_findings(draw: st.DrawFn) -> tuple[list[str], list[list[Finding]]]:
    """Random segments (no '[' so no text looks like a pseudonym) with sorted, non-overlapping findings."""
    texts = draw(st.lists(st.text(alphabet="abc 13579好的，\n", min_size=0, max_size=30), min_size=1, max_size=4))
    per_segment: list[list[Finding]] = []
    for text in texts:
        cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
        spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if b > a]
        kinds = draw(st.lists(st.sampled_from(["CN_PHONE", "EMAIL", "PERSON"]), min_size=len(spans),
                              max_size=len(spans)))
        per_segment.append([Finding(k, a, b, 1.0, "t") for (a, b), k in zip(spans, kinds)])
    return texts, per_segment


@settings(max_examples=300, deadline=None)
@given(case=segments_with_findings(), style=st.sampled_from(["placeholder", "fake"]))
def test_pseudonymize_everything_then_restore_gives_back_the_text(
        case: tuple[list[str], list[list[Finding]]], style: str) -> None:
    texts, per_segment = case
    n = sum(len(fs) for fs in per_segment)
    out, restorer = transform.apply(texts, per_segment, decision(*[pseudo(style)] * n), key=KEY_A)
    if n == 0:
        assert out == texts and restorer is None
        return
    flat = [(seg, f) for seg, fs in enumerate(per_segment) for f in fs]
    values = [(flat[g[0]][1].type, transform.canonical(flat[g[0]][1].type,
                                                        "".join(texts[s][f.start:f.end] for s, f in (flat[i] for i in g))))
              for g in transform._groups(texts, flat)]
    # Spellings of one value ("138-1234-5678", "13812345678") share a pseudonym and restore to the first.
    assume(len(set(values)) == len(values))
    assert restorer is not None
    # A value split across segments comes back whole in its first segment, so compare the joined text.
    assert "".join(restorer.restore(o) for o in out) == "".join(texts)


@settings(max_examples=300, deadline=None)
@given(case=segments_with_findings())
def test_redact_placeholders_replace_exactly_the_findings(case: tuple[list[str], list[list[Finding]]]) -> None:
    texts, per_segment = case
    n = sum(len(fs) for fs in per_segment)
    out, restorer = transform.apply(texts, per_segment, decision(*[redact("placeholder")] * n), key=KEY_A)
    assert restorer is None
    kept = ["".join(t[a:b] for a, b in zip([0] + [f.end for f in fs], [f.start for f in fs] + [len(t)]))
            for t, fs in zip(texts, per_segment)]
    assert [re.sub(r"\[(?:CN_PHONE|EMAIL|PERSON)_\d+\]", "", o) for o in out] == kept


def test_stream_never_splits_a_complete_pseudonym_whose_last_char_starts_another() -> None:
    # A fake e-mail ending in "m" (".com") where "m" also starts a pseudonym: the complete value at the
    # end of a chunk must be restored, not cut into "…example.co" (sent as is) + a held "m".
    restorer = transform.PseudonymRestorer({"ma.chen34@example.com": "li.na@example.org"})
    answer = "好的，我会发到 ma.chen34@example.com。谢谢"
    whole = restorer.restore(answer)
    assert "li.na@example.org" in whole
    for size in range(1, len(answer) + 1):
        chunks = [answer[i:i + size] for i in range(0, len(answer), size)]
        assert _stream(restorer, chunks) == whole, size
