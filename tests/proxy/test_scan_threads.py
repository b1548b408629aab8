"""The scanner is shared by the event loop and the inspection worker threads: concurrent scans must equal serial.

What is shared across scans (read in detectors/ for this): compiled patterns and word lists built once
(`functools.cache`, `lru_cache` — both safe to call from several threads), the last text's invisible-character
view (`detectors.nlp.textview._last`, replaced as one tuple and checked by identity), the policy's data-class
memo (same value for a key whatever thread writes it). Per-scan state (the normalized `View`, the crowd windows
of ORG / ADDRESS) is built per call. This test runs the real scanner from many threads at a tiny GIL switch
interval, so any state that leaked between scans would show up as a different finding list.
"""

from __future__ import annotations

import base64
import random
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from faker import Faker

from detectors import Scanner
from detectors.finding import Finding
from proxy.inspection import inspect


def texts() -> list[str]:
    """Made-up documents touching every recognizer family, some with invisible characters, some big."""
    fake = Faker("zh_CN")
    fake.seed_instance(20261130)
    out: list[str] = []
    for i in range(36):
        parts = [
            f"客户{fake.name()}，身份证{fake.ssn()}，手机{fake.phone_number()}，邮箱{fake.free_email()}。",
            f"地址：{fake.address()}；单位：{fake.company()}。",
            f"卡号 {fake.credit_card_number()}，服务器 {fake.ipv4()}，车牌 京A{fake.numerify('#####')}。",
            f"db password: {fake.password(length=14)}\napi_key = sk-{fake.pystr(min_chars=40, max_chars=40)}",
            "内部资料 严禁外传\ndef load(path: str) -> dict:\n    return json.loads(open(path).read())\n",
            "blob " + base64.b64encode(f"联系电话 {fake.phone_number()}".encode()).decode(),
        ]
        random.Random(i).shuffle(parts)
        body = "\n".join(parts)
        if i % 3 == 0:
            body = body.replace("手机", "手\u200b机").replace("邮箱", "邮\ufeff箱")
        if i % 9 == 0:
            body += "".join(fake.sentence(nb_words=12) for _ in range(600))   # tens of KB, as offloaded
        out.append(body)
    return out


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads every 10 µs instead of 5 ms, so scans interleave inside recognizers."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def test_concurrent_scans_equal_serial_scans(busy_switching: None) -> None:
    scanner = Scanner()
    docs = texts()
    serial = [scanner.scan(t) for t in docs]
    assert sum(map(len, serial)) > 100, "the documents must give the scanner something to find"
    workers = 4
    start = threading.Barrier(workers)

    def worker(k: int) -> list[tuple[int, list[Finding]]]:
        """Round r: threads 0-1 scan document r and threads 2-3 document r+1, released together, so the
        same string object and different ones are in the scanner at once."""
        out = []
        for r in range(len(docs)):
            i = (r + k // 2) % len(docs)
            start.wait()
            out.append((i, scanner.scan(docs[i])))
        return out

    with ThreadPoolExecutor(workers) as pool:
        results = [pair for part in pool.map(worker, range(workers)) for pair in part]
    wrong = [i for i, found in results if found != serial[i]]
    assert not wrong, f"{len(wrong)} concurrent scans differ from serial ones (documents {sorted(set(wrong))})"


def test_concurrent_inspections_equal_serial(busy_switching: None) -> None:
    """The whole of `inspect` (what the worker runs): findings per segment, fingerprints and data classes."""
    scanner = Scanner()
    docs = texts()
    calls = [docs[i:i + 3] for i in range(0, len(docs), 3)]

    def fingerprint(kind: str, value: str) -> str:
        return f"{kind}:{len(value)}:{hash(value) & 0xFFFF:x}"

    def data_class(kind: str) -> str:
        return "secret" if kind in ("API_KEY", "PASSWORD") else "personal"

    serial = [inspect(c, scanner, fingerprint, data_class) for c in calls]
    with ThreadPoolExecutor(4) as pool:
        concurrent = list(pool.map(lambda c: inspect(c, scanner, fingerprint, data_class), calls * 2))
    assert concurrent == serial * 2
