"""The committed corpus is reproducible, every label is valid for its type, and the hard negatives really fail."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from stdnum import luhn
from stdnum.cn import ric

from bench.eval import checks, generate, labels, run
from bench.eval.vectors import build as vectors

CORPUS = Path(generate.HERE) / "corpus"
CATALOGUE_SCORED = set(run.CATALOGUE)


def load(split: str) -> list[dict[str, Any]]:
    with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict[str, Any]]]:
    return {s: load(s) for s in ("dev", "test")}


def test_generator_is_deterministic_and_seed_dependent() -> None:
    a = generate.generate("dev", 40, 7)
    assert a == generate.generate("dev", 40, 7)
    assert [r["text"] for r in a] != [r["text"] for r in generate.generate("dev", 40, 8)]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_committed_files_are_what_the_generator_writes(
    split: str, corpus: dict[str, list[dict[str, Any]]]
) -> None:
    seed, _ = generate.DEFAULTS[split]
    assert generate.generate(split, 150, seed) == corpus[split][:150]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_record_follows_the_labeling_rules(split: str, corpus: dict[str, list[dict[str, Any]]]) -> None:
    bad = {r["id"]: labels.problems(r) for r in corpus[split] if labels.problems(r)}
    assert bad == {}
    assert len(corpus[split]) >= (3000 if split == "dev" else 1500)


def test_check_digit_values_pass_python_stdnum(corpus: dict[str, list[dict[str, Any]]]) -> None:
    """Independent of labels.py: the reference implementation accepts every ID and card the corpus labels."""
    seen: Counter[str] = Counter()
    for r in corpus["dev"] + corpus["test"]:
        for s in r["spans"]:
            v = labels.digits_only(s.get("norm", r["text"][s["start"] : s["end"]])).upper()
            if s["type"] == "CN_ID_CARD" and len(v) == 18:
                assert ric.is_valid(v), r["id"]
                seen["id18"] += 1
            elif s["type"] == "BANK_CARD":
                assert luhn.is_valid(v) and 15 <= len(v) <= 19, r["id"]
                seen["card"] += 1
            elif s["type"] == "CN_USCC":
                assert checks.uscc_valid(v), r["id"]
                seen["uscc"] += 1
    assert min(seen.values()) > 100


def test_stdnum_province_only_prefix_is_not_a_valid_id() -> None:
    """python-stdnum raises KeyError here; the corpus checks (and detectors) must treat it as invalid."""
    with pytest.raises(KeyError):
        ric.is_valid("622588238009218709")
    assert checks.cn_id18_valid("622588238009218709") is False


def test_numeric_hard_negatives_fail_their_checks(corpus: dict[str, list[dict[str, Any]]]) -> None:
    n = 0
    for r in corpus["dev"] + corpus["test"]:
        for d in r["decoys"]:
            v = r["text"][d["start"] : d["end"]]
            if d["kind"] in ("id18_bad_checksum", "id18_bad_date", "digits18"):
                assert not checks.cn_id18_valid(v) and not checks.uscc_valid(v), (r["id"], v)
                n += 1
            elif d["kind"] in ("luhn_bad", "digits16", "digits19"):
                assert not luhn.is_valid(v), (r["id"], v)
                n += 1
            elif d["kind"] == "hkid_bad":
                assert not checks.hkid_valid(v)
            elif d["kind"] == "twid_bad":
                assert not checks.twid_valid(v)
    assert n > 500


@pytest.mark.parametrize("split", ["dev", "test"])
def test_at_least_30_percent_hard_negatives(split: str, corpus: dict[str, list[dict[str, Any]]]) -> None:
    docs = corpus[split]
    negatives = [r for r in docs if not [s for s in r["spans"] if not s.get("optional")]]
    assert len(negatives) / len(docs) >= 0.30
    assert all(r["decoys"] for r in negatives)


def test_every_type_and_evasion_is_covered(corpus: dict[str, list[dict[str, Any]]]) -> None:
    for split in ("dev", "test"):
        assert {s["type"] for r in corpus[split] for s in r["spans"]} == CATALOGUE_SCORED
    tags = {t for r in corpus["dev"] for s in r["spans"] for t in s.get("tags", [])}
    assert labels.problems  # the validator is what guards these forms
    assert {
        "fullwidth",
        "zero_width",
        "cn_numeral",
        "cn_numeral_capital",
        "spaced_chars",
        "linebreak",
        "json_escape",
        "percent",
        "at_dot",
        "mixed_evasion",
        "spaced_name",
        "honorific",
        "compound_surname",
        "minority",
        "legacy15",
        "x_check",
        "intl",
        "grouped",
        "eep",
        "hrp",
        "mtp",
    } <= tags


def test_test_split_has_shapes_dev_never_shows(corpus: dict[str, list[dict[str, Any]]]) -> None:
    kinds = {s: {r["kind"].split("+")[0] for r in corpus[s]} for s in ("dev", "test")}
    assert kinds["test"] - kinds["dev"] and kinds["dev"] - kinds["test"]
    words = {
        s: {
            r["text"][d["start"] : d["end"]]
            for r in corpus[s]
            for d in r["decoys"]
            if d["kind"] == "surname_word"
        }
        for s in ("dev", "test")
    }
    assert not words["dev"] & words["test"]


def test_validator_rejects_a_broken_label() -> None:
    rec = generate.generate("dev", 30, 3)

    def plain18(r: dict[str, Any], s: dict[str, Any]) -> bool:
        return (
            s["type"] == "CN_ID_CARD"
            and s["end"] - s["start"] == 18
            and r["text"][s["start"] : s["end"]].isalnum()
        )

    target = next(r for r in rec if any(plain18(r, s) for s in r["spans"]))
    span = next(s for s in target["spans"] if plain18(target, s))
    text = target["text"]
    last = text[span["end"] - 1]
    broken = dict(target, text=text[: span["end"] - 1] + ("1" if last != "1" else "2") + text[span["end"] :])
    assert "invalid CN_ID_CARD value" in labels.problems(broken)
    shifted = dict(target, spans=[dict(span, end=len(text) + 5)])
    assert any("out of range" in p for p in labels.problems(shifted))


def test_public_vectors_file_is_current_and_valid() -> None:
    recs = vectors.records()
    path = Path(vectors.HERE) / "vectors.jsonl"
    assert [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] == recs
    assert not [r["id"] for r in recs if labels.problems(r)]
    assert sum(1 for r in recs if r["spans"] and r["spans"][0]["type"] == "CN_USCC") > 100
