"""Detection speed: Guanqia's Scanner beside presidio-analyzer's AnalyzerEngine on the same text, one core.

    .venv/bin/python bench/detect/run.py [--quick]

Prints, for a 2 KB mixed Chinese/English prompt, p50/p99 latency of both; for 64 KB, 256 KB and 1 MB
documents, throughput in MB/s (UTF-8 bytes) of both where the baseline finishes in reasonable time, the
ratio, a linearity check (time per MB at 1 MB over time per MB at 64 KB), and resident memory after
warm-up. A second 64 KB text, "dense", joins the eval corpus's test documents (a name, address, ID or key in
most lines, as in forms, tickets and HR records): the mixed text's names and addresses are mostly
Faker's, which the detectors rightly pass over, so it says little about the cost of real findings. Last,
where the time goes at 64 KB: the share of each recognizer (and of normalization) in the CPU time. The baseline is presidio's AnalyzerEngine with its predefined recognizers and a spaCy *blank*
English pipeline as NLP engine (no model is installed or downloaded; tokens only, so presidio's spaCy NER
recognizer finds nothing and costs little - the baseline is, if anything, flattered). Text is synthetic
(Faker zh_CN / en_US, fixed seed) with personal data, credentials and code at prompt-like density.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from faker import Faker
from stdnum import luhn
from stdnum.cn import ric


def _id_card(rng: random.Random) -> str:
    body = f"{rng.choice(['110105', '440305', '310104', '330106', '510107'])}{rng.randint(1960, 2005)}" \
           f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body + "0")


def _card(rng: random.Random) -> str:
    body = "6217" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return body + luhn.calc_check_digit(body)


def mixed_text(size_bytes: int, seed: int = 11) -> str:
    """Prompt-like text: mostly Chinese prose, some English, one sensitive item every few sentences."""
    rng = random.Random(seed)
    zh, en = Faker("zh_CN"), Faker("en_US")
    zh.seed_instance(seed)
    en.seed_instance(seed)
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
    makers: list[Callable[[], str]] = [
        lambda: f"客户{zh.name()}，手机{zh.phone_number()}。",
        lambda: f"身份证号：{_id_card(rng)}，",
        lambda: f"收货地址：{zh.address()}。",
        lambda: f"Contact {en.name()} at {en.email()} or {zh.free_email()}.",
        lambda: f"退款账户 {_card(rng)}，开户行{zh.company()}。",
        lambda: f"DEEPSEEK_API_KEY=sk-{token.lower()}\n",
        lambda: f"upstream = {zh.ipv4()}\n",
        lambda: "\n```python\ndef total(xs):\n    return sum(x * 2 for x in xs)\n```\n",
        lambda: f"订单号 {rng.randint(10**17, 10**18 - 1)}，版本 v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}。",
    ]
    parts: list[str] = ["请帮我整理下面的客户沟通记录，并给出下一步建议。Please summarise in English as well.\n"]
    size = len(parts[0].encode())
    while size < size_bytes:
        r = rng.random()
        if r < 0.55:
            piece = zh.paragraph(nb_sentences=2)
        elif r < 0.75:
            piece = " " + en.paragraph(nb_sentences=2) + " "
        else:
            piece = rng.choice(makers)()
        parts.append(piece)
        size += len(piece.encode())
    text = "".join(parts)
    while len(text.encode()) > size_bytes:
        text = text[:-1]
    return text


def dense_text(size_bytes: int) -> str:
    """The eval corpus's test documents, one per line, up to `size_bytes` (repeated if it is shorter)."""
    corpus = Path(__file__).resolve().parents[1] / "eval" / "corpus" / "test.jsonl"
    docs = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    parts: list[str] = []
    size = 0
    while size < size_bytes:
        for doc in docs:
            parts.append(doc + "\n")
            size += len(doc.encode()) + 1
            if size >= size_bytes:
                break
    text = "".join(parts)
    while len(text.encode()) > size_bytes:
        text = text[:-1]
    return text


def breakdown(scanner: object, text: str, reps: int = 5) -> list[tuple[str, float]]:
    """CPU seconds per scan of normalization and of each recognizer on `text` (the Scanner's own steps)."""
    from detectors.normalize import normalize
    from detectors.recognizers.base import ViewRecognizer

    spent: dict[str, float] = {}
    for _ in range(reps):
        t0 = time.process_time()
        view = normalize(text)
        spent["normalize"] = spent.get("normalize", 0.0) + time.process_time() - t0
        for rec in scanner.recognizers:  # type: ignore[attr-defined]
            t0 = time.process_time()
            if isinstance(rec, ViewRecognizer):
                rec.match_view(view)
            else:
                rec.analyze(view.text, list(rec.supported_entities), None)
            name = str(rec.supported_entities[0]) if len(rec.supported_entities) == 1 else str(rec.name)
            spent[name] = spent.get(name, 0.0) + time.process_time() - t0
    return sorted(((k, v / reps) for k, v in spent.items()), key=lambda kv: -kv[1])


def presidio_baseline() -> tuple[Callable[[str], object], str]:
    """AnalyzerEngine with predefined recognizers on a spaCy blank English pipeline (no model download)."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine

    # presidio's e-mail validation calls tldextract, whose default would fetch the public suffix list over
    # the network; use the snapshot bundled with the package instead (nothing is downloaded at run time)
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_blank"}])
    engine.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]  # presidio types it None until load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    return (lambda text: analyzer.analyze(text=text, language="en")), \
        "presidio AnalyzerEngine, predefined recognizers, spaCy blank('en') NLP engine"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timed(fn: Callable[[str], object], text: str, repeat: int, clock: Callable[[], float] = time.perf_counter
          ) -> list[float]:
    out = []
    for _ in range(repeat):
        gc.disable()
        t0 = clock()
        fn(text)
        out.append(clock() - t0)
        gc.enable()
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the target says
    except (AttributeError, OSError):
        pass
    import detectors

    scanner = detectors.default_scanner()
    base_fn, base_desc = presidio_baseline()
    prompt = mixed_text(2048)
    for _ in range(20):  # warm-up: word lists, compiled patterns, caches
        scanner.scan(prompt)
    base_fn(prompt)
    print(f"python {sys.version.split()[0]}, one core (affinity), text: synthetic mixed zh/en, seed 11")
    print(f"baseline: {base_desc}")
    print(f"findings in the 2 KB prompt: guanqia {len(scanner.scan(prompt))}, "
          f"presidio {len(base_fn(prompt))}")  # type: ignore[arg-type]
    n = 200 if args.quick else 1000
    g = timed(scanner.scan, prompt, n)
    b = timed(base_fn, prompt, 20 if args.quick else 60)
    print(f"\n2 KB prompt ({len(prompt.encode())} B, {len(prompt)} chars)")
    print(f"  guanqia   p50 {pct(g, 50) * 1e3:8.3f} ms   p99 {pct(g, 99) * 1e3:8.3f} ms   (n={len(g)})")
    print(f"  presidio  p50 {pct(b, 50) * 1e3:8.3f} ms   p99 {pct(b, 99) * 1e3:8.3f} ms   (n={len(b)})")
    print(f"  ratio p50 {pct(b, 50) / pct(g, 50):8.1f}x")
    per_mb: dict[int, float] = {}
    print("\nthroughput (wall clock; CPU time of this process in brackets - the machine may be shared)")
    print(f"{'size':>8} {'guanqia MB/s':>20} {'presidio MB/s':>20} {'ratio':>8}")
    for size in (64 * 1024, 256 * 1024, 1024 * 1024):
        text = mixed_text(size, seed=size)
        mb = len(text.encode()) / 1e6
        reps = 3 if size > 300_000 else 5
        gt = statistics.median(timed(scanner.scan, text, reps))
        gc_ = statistics.median(timed(scanner.scan, text, reps, time.process_time))
        per_mb[size] = gc_ / mb
        if size <= 64 * 1024:
            bt = statistics.median(timed(base_fn, text, 1 if args.quick else 2))
            bc = statistics.median(timed(base_fn, text, 1 if args.quick else 2, time.process_time))
            print(f"{size // 1024:>6}KB {mb / gt:10.2f} [{mb / gc_:6.2f}] {mb / bt:11.3f} [{mb / bc:6.3f}] "
                  f"{bc / gc_:7.1f}x")
        else:
            print(f"{size // 1024:>6}KB {mb / gt:10.2f} [{mb / gc_:6.2f}] {'(skipped: too slow)':>20}")
    dense = dense_text(64 * 1024)
    mb = len(dense.encode()) / 1e6
    gt = statistics.median(timed(scanner.scan, dense, 5))
    gc_ = statistics.median(timed(scanner.scan, dense, 5, time.process_time))
    bt = statistics.median(timed(base_fn, dense, 1 if args.quick else 2))
    bc = statistics.median(timed(base_fn, dense, 1 if args.quick else 2, time.process_time))
    print(f"{'64KB dense':>8} {mb / gt:10.2f} [{mb / gc_:6.2f}] {mb / bt:11.3f} [{mb / bc:6.3f}] {bc / gc_:7.1f}x"
          f"   (eval test documents: {len(scanner.scan(dense))} findings)")
    print(f"\nlinearity (CPU): seconds per MB at 1 MB / at 64 KB = {per_mb[1024 * 1024] / per_mb[64 * 1024]:.2f} "
          f"(1.00 = linear)")
    for label, text in (("64 KB mixed", mixed_text(64 * 1024, seed=64 * 1024)), ("64 KB dense", dense)):
        parts = breakdown(scanner, text, 2 if args.quick else 5)
        total = sum(v for _k, v in parts)
        top = ", ".join(f"{k} {v / total:.0%}" for k, v in parts[:8])
        print(f"where the time goes, {label} ({total * 1e3:.1f} ms CPU): {top}")
    gc.collect()
    print(f"RSS after warm-up and runs: {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
