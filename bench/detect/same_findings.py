"""Does a speed change keep every finding? This checkout's scanner against a baseline checkout's, text by text.

    git archive <commit> detectors | tar -x -C /tmp/gq-base       # or a git worktree
    .venv/bin/python bench/detect/same_findings.py /tmp/gq-base [--corpus bench/eval/corpus/test.jsonl ...]

Why: a faster pattern or a skipped recognizer must not change what is found. Scans the eval corpora (all of
bench/eval/corpus/*.jsonl except the hold-out, which stays unread), bench/detect's synthetic texts at several
seeds and sizes, and texts that mix the corpus documents with separators, noise and evasions, with both
scanners, and compares the findings (type, start, end, score, detector). Prints counts and, for a difference,
the document id and the differing findings' type, offsets and score: never the text or a value.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from ab import load_baseline  # noqa: E402
from run import dense_text, mixed_text  # noqa: E402

HOLDOUT = "blind-holdout.jsonl"


def corpus_texts(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        if path.name == HOLDOUT:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                yield f"{path.name}:{rec.get('id', n)}", rec["text"]


def noisy(text: str, rng: random.Random) -> str:
    """The text with evasions a user might add: full-width forms, zero-width spaces, case changes, astral characters
    (emoji, mathematical digits, tag characters)."""
    out: list[str] = []
    for ch in text:
        r = rng.random()
        if r < 0.02 and "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif r < 0.03:
            out.append(ch + "\u200b")
        elif r < 0.035:
            out.append(ch.swapcase())
        elif r < 0.037:
            out.append(ch + rng.choice(["\U0001f600", "\U0001d7d9", "\U000e0041", "\U0001f130", "\u00ad"]))
        else:
            out.append(ch)
    return "".join(out)


def synthetic_texts(docs: list[str]) -> Iterator[tuple[str, str]]:
    for seed in range(1, 9):
        yield f"mixed-2K-{seed}", mixed_text(2048, seed=seed)
        yield f"mixed-16K-{seed}", mixed_text(16 * 1024, seed=seed * 101)
    yield "mixed-64K", mixed_text(64 * 1024, seed=64 * 1024)
    yield "mixed-256K", mixed_text(256 * 1024, seed=256 * 1024)
    yield "dense-64K", dense_text(64 * 1024)
    rng = random.Random(7)
    for i in range(60):
        picked = rng.sample(docs, min(len(docs), rng.randint(2, 8)))
        sep = rng.choice(["\n", " ", "", "，", "\t", "\r\n", "。"])
        joined = sep.join(picked)
        yield f"joined-{i}", joined
        yield f"noisy-{i}", noisy(joined, rng)


def key(f: object) -> tuple[str, int, int, float, str]:
    return (f.type, f.start, f.end, round(f.score, 6), f.detector)  # type: ignore[attr-defined]


def main() -> int:
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("baseline", type=Path)
    ap.add_argument("--corpus", type=Path, nargs="*", default=None)
    ap.add_argument("--show", type=int, default=5, help="differing documents to detail")
    args = ap.parse_args()
    paths = args.corpus or sorted((ROOT / "bench" / "eval" / "corpus").glob("*.jsonl"))
    import detectors

    with tempfile.TemporaryDirectory() as tmp:
        base = load_baseline(args.baseline.resolve(), Path(tmp))
        old, new = base.default_scanner(), detectors.default_scanner()  # type: ignore[attr-defined]
        texts = list(corpus_texts(paths))
        texts.extend(synthetic_texts([t for _i, t in texts]))
        differ = 0
        total = 0
        for ident, text in texts:
            a = sorted(key(f) for f in old.scan(text))
            b = sorted(key(f) for f in new.scan(text))
            total += len(b)
            if a != b:
                differ += 1
                if differ <= args.show:
                    sa, sb = set(a), set(b)
                    print(f"DIFF {ident}: only before {sorted(sa - sb)[:6]}  only after {sorted(sb - sa)[:6]}")
        print(f"{len(texts)} texts, {total} findings after; {differ} texts with different findings")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
