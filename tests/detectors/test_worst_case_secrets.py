"""The credential patterns that once read a long token again at every start (quadratic on crafted input) are
bounded now; these tests pin that the bounds still cover the real shapes and that crafted runs stay cheap in
regex work (counted in steps of the run, not timed: speed lives in bench/detect/worst_case.py)."""

from __future__ import annotations

import random
import string

import detectors
from detectors.recognizers.secrets import vendor_keys


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(n))


def test_long_openai_project_key_is_still_found_whole() -> None:
    rng = random.Random(7)
    key = "sk-proj-" + _token(rng, 74) + "T3BlbkFJ" + _token(rng, 74)
    text = f"OPENAI_API_KEY={key}\n"
    found = [f for f in detectors.scan(text) if f.type == "API_KEY"]
    assert [(f.start, f.end) for f in found] == [(text.index(key), text.index(key) + len(key))]


def test_openai_marker_is_looked_for_only_within_the_bound() -> None:
    """A 'T3BlbkFJ' 300 characters into a token is no key shape: the pattern stops looking after 240."""
    rx = dict(vendor_keys._VENDOR_EACH)["openai"]
    assert rx.match("sk-" + "a" * 200 + "T3BlbkFJ" + "b" * 20) is not None
    assert rx.match("sk-" + "a" * 300 + "T3BlbkFJ" + "b" * 20) is None


def test_password_names_with_long_tails_are_still_names() -> None:
    name = "db_password_for_the_reporting_replica_in_region_two"
    text = f"{name}=Qm7#vL2x!pR9\n"
    found = [f for f in detectors.scan(text) if f.type == "PASSWORD"]
    assert [text[f.start:f.end] for f in found] == ["Qm7#vL2x!pR9"]


def test_crafted_runs_give_no_credential_findings() -> None:
    """Runs of `sk-` and of random token characters (with `pw` inside) are no key and no password."""
    rng = random.Random(11)
    for text in ("sk-" * 20_000, _token(rng, 60_000).lower().replace("q", "pw")):
        assert not [f for f in detectors.scan(text) if f.type in ("API_KEY", "PASSWORD")]
