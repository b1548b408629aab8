"""Base64 blobs: a secret inside one is reported over the whole blob; random base64 (hashes, images) is not."""

from __future__ import annotations

import base64
import hashlib
import random
import textwrap

import pytest

import detectors
from detectors.encoded import MAX_BLOB, blobs

KEY = "sk-proj-Qm7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0Ae"
ID_CARD = "11010519491231002X"


def _b64(s: str, urlsafe: bool = False, pad: bool = True) -> str:
    out = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(s.encode()).decode()
    return out if pad else out.rstrip("=")


@pytest.mark.parametrize("secret, entity_type", [
    (f"OPENAI_API_KEY={KEY}", "API_KEY"),
    (f"身份证 {ID_CARD}", "CN_ID_CARD"),
    ("客户手机 13812345678，请回电", "CN_PHONE"),
    ("postgres://app:S3cr3t-Pw@db.example.com:5432/prod", "DB_CONNECTION_STRING"),
])
@pytest.mark.parametrize("urlsafe, pad", [(False, True), (True, True), (False, False)])
def test_secret_in_a_blob_is_reported_over_the_whole_blob(secret: str, entity_type: str, urlsafe: bool,
                                                         pad: bool) -> None:
    blob = _b64(secret, urlsafe, pad)
    text = f"解码这个: {blob} 谢谢"
    found = detectors.scan(text)
    assert [(f.type, text[f.start:f.end]) for f in found] == [(entity_type, blob)]
    assert found[0].detector.startswith("base64:")


def test_wrapped_blob_is_found_across_its_lines() -> None:
    blob = _b64(f"请保管好：{ID_CARD} 以及 OPENAI_API_KEY={KEY} " * 3)
    wrapped = "\n".join(textwrap.wrap(blob, 76))
    text = f"附件内容如下\n{wrapped}\n完"
    found = detectors.scan(text)
    assert [(f.type, text[f.start:f.end]) for f in found] == [("CN_ID_CARD", wrapped)]


def test_blob_with_zero_width_characters_inside_is_found() -> None:
    blob = _b64(f"身份证 {ID_CARD}")
    written = blob[:10] + "\u200b" + blob[10:]
    text = f"看看 {written}"
    found = detectors.scan(text)
    assert [(f.type, text[f.start:f.end]) for f in found] == [("CN_ID_CARD", written)]


def test_masking_the_blob_removes_the_finding() -> None:
    blob = _b64(f"OPENAI_API_KEY={KEY}")
    text = f"key blob {blob} end"
    f = detectors.scan(text)[0]
    assert detectors.scan(text[:f.start] + "\u2588" * (f.end - f.start) + text[f.end:]) == []


def _random_b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(rng.randbytes(n)).decode()


@pytest.mark.parametrize("make", [
    lambda rng: _random_b64(rng, 48),                                             # random key material
    lambda rng: "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + rng.randbytes(300)).decode(),
    lambda rng: base64.b64encode(hashlib.sha256(b"x").digest()).decode(),         # a digest, base64
    lambda rng: hashlib.sha256(b"x").hexdigest(),                                  # a digest, hex
    lambda rng: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIeMs++11jgAz0IGi1m7wNcSXOMLtaFbpdUioDZtv0MEh deploy",
    lambda rng: "AbstractSingletonProxyFactoryBean2 getUserAccountInformation4Display",
    lambda rng: "/usr/local/lib/python3.11/site-packages/Django42/contrib/AdminDocs/views.py",
    lambda rng: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",                             # a JWT header alone
    lambda rng: _b64("Hello team, the quarterly report is attached. Regards."),      # text with nothing in it
])
def test_random_or_harmless_base64_is_not_a_finding(make: object) -> None:
    rng = random.Random(7)
    value = make(rng)  # type: ignore[operator]
    assert detectors.scan(f"附件 {value} 结束") == []


def test_a_huge_blob_decodes_only_a_prefix_and_still_covers_the_whole_run() -> None:
    secret = f"身份证 {ID_CARD}，"
    blob = _b64(secret * (MAX_BLOB // 20))          # about 1.6 x MAX_BLOB characters
    assert len(blob) > MAX_BLOB
    (found,) = list(blobs(blob))
    assert (found.start, found.end) == (0, len(blob)) and len(found.decoded) < len(secret * (MAX_BLOB // 20))
    (f,) = detectors.scan(blob)
    assert (f.type, f.start, f.end) == ("CN_ID_CARD", 0, len(blob))


def test_many_random_blobs_scan_cleanly() -> None:
    rng = random.Random(3)
    text = "\n".join(f"file{i}: {_random_b64(rng, rng.randint(18, 600))}" for i in range(400))
    assert [f for f in detectors.scan(text) if f.detector.startswith("base64:")] == []


def test_several_blobs_each_report_what_they_hold() -> None:
    a, b, c = _b64(f"OPENAI_API_KEY={KEY}"), _b64("nothing to see in this one, really"), _b64(f"身份证 {ID_CARD}")
    text = f"一 {a}\n二 {b}\n三 {c}"
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]
    assert found == [("API_KEY", a), ("CN_ID_CARD", c)]
