"""Generate the labeled detection corpus (dev and test splits) in the ../shared/eval format.

    python -m bench.eval.generate                # writes bench/eval/corpus/{dev,test}.jsonl
    python -m bench.eval.generate --split dev --n 200 --seed 5 --out /tmp/x.jsonl

Deterministic: the same seed and installed Faker give byte-identical files. Dev and test use different seeds and
partly different templates and word lists (see templates.py, lexicon.py), so scores on test are honest.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.eval.builder import Doc, Gen
from bench.eval.labels import problems
from bench.eval.templates import TEMPLATES, Spec

HERE = Path(__file__).resolve().parent
DEFAULTS = {"dev": (20261130, 3000), "test": (4242, 1500)}
NEGATIVE_SHARE = 0.36
EVASIVE_SHARE = 0.35
MULTI_SHARE = 0.12


def _choose(rng: random.Random, specs: list[Spec]) -> Spec:
    return rng.choices(specs, weights=[s.weight for s in specs])[0]


def generate(split: str, n: int, seed: int) -> list[dict[str, Any]]:
    """n records for split; raises if any record breaks the labeling rules (a generator bug, not bad luck)."""
    rng = random.Random(seed)
    g = Gen(rng, split, seed)
    pos = [s for s in TEMPLATES if split in s.splits and not s.negative]
    neg = [s for s in TEMPLATES if split in s.splits and s.negative]
    out = []
    for i in range(n):
        negative = rng.random() < NEGATIVE_SHARE
        pool = neg if negative else pos
        specs = [_choose(rng, pool)]
        if rng.random() < MULTI_SHARE:
            specs.append(_choose(rng, pool))
        g.evasive = not negative and rng.random() < EVASIVE_SHARE
        d = Doc(kind=specs[0].kind + ("+multi" if len(specs) > 1 else ""), lang=specs[0].lang)
        for j, spec in enumerate(specs):
            if j:
                d.t("\n\n")
            lang_before = d.lang
            spec.fn(g, d)
            if j and d.lang != lang_before:
                d.lang = "mixed"
        rec = d.record(f"{split}-{i:05d}", split)
        bad = problems(rec)
        if bad:
            raise AssertionError(f"{rec['id']} ({rec['kind']}): {bad}")
        out.append(rec)
    return out


def write(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test"], help="only this split (default: both)")
    ap.add_argument("--n", type=int, help="documents (default 3000 dev / 1500 test)")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out", type=Path, help="output file (only with --split)")
    a = ap.parse_args(argv)
    for split in [a.split] if a.split else ["dev", "test"]:
        seed, n = DEFAULTS[split]
        recs = generate(split, a.n or n, a.seed if a.seed is not None else seed)
        path = a.out if a.out and a.split else HERE / "corpus" / f"{split}.jsonl"
        write(recs, path)
        negs = sum(1 for r in recs if not any(not s.get("optional") for s in r["spans"]))
        spans = sum(len(r["spans"]) for r in recs)
        print(
            f"{split}: {len(recs)} documents, {spans} spans, {sum(len(r['decoys']) for r in recs)} decoys, "
            f"{negs / len(recs):.1%} without gold, {sum(r['hard'] for r in recs)} with evasions -> {path}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
