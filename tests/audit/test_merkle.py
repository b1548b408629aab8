"""RFC 6962 tree: known-answer roots, and proofs checked against the RFC's recursive definitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import merkle
from audit.merkle import EMPTY_ROOT, Frontier, leaf_hash, node_hash

VECTORS = json.loads((Path(__file__).parent / "vectors" / "rfc6962.json").read_text())


def mth(d: list[bytes]) -> bytes:
    """RFC 6962 §2.1, literally."""
    if not d:
        return EMPTY_ROOT
    if len(d) == 1:
        return d[0]
    k = 1 << ((len(d) - 1).bit_length() - 1)
    return node_hash(mth(d[:k]), mth(d[k:]))


def path(m: int, d: list[bytes]) -> list[bytes]:
    if len(d) == 1:
        return []
    k = 1 << ((len(d) - 1).bit_length() - 1)
    return path(m, d[:k]) + [mth(d[k:])] if m < k else path(m - k, d[k:]) + [mth(d[:k])]


def subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    if m == len(d):
        return [] if b else [mth(d)]
    k = 1 << ((len(d) - 1).bit_length() - 1)
    return subproof(m, d[:k], b) + [mth(d[k:])] if m <= k else subproof(m - k, d[k:], False) + [mth(d[:k])]


def leaves(n: int) -> list[bytes]:
    return [leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


def stored(d: list[bytes]) -> dict[tuple[int, int], bytes]:
    f = Frontier()
    nodes: dict[tuple[int, int], bytes] = {}
    for h in d:
        for level, idx, value in f.append(h):
            nodes[(level, idx)] = value
    return nodes


def test_known_answer_roots() -> None:
    data = [bytes.fromhex(x) for x in VECTORS["leaves"]]
    for n, want in enumerate(VECTORS["roots"], start=1):
        assert merkle.root([leaf_hash(x) for x in data[:n]]).hex() == want


def test_empty_tree_root_is_hash_of_nothing() -> None:
    assert merkle.root([]).hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_leaf_and_node_hashes_are_domain_separated() -> None:
    a, b = leaf_hash(b"a"), leaf_hash(b"b")
    assert leaf_hash(a + b) != node_hash(a, b)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=70), st.data())
def test_proofs_match_rfc_definitions_and_verify(n: int, data: st.DataObject) -> None:
    d = leaves(n)
    nodes = stored(d)
    f = Frontier()
    for h in d:
        f.append(h)
    assert f.root() == mth(d) == merkle.fold([nodes[x] for x in merkle.range_nodes(0, n)])
    lean = Frontier()
    for h in d:
        lean.push(h)
    assert (lean.size, lean.hashes) == (f.size, f.hashes)
    restored = Frontier.from_bytes(f.size, f.to_bytes())
    assert restored.root() == f.root()

    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    proof = merkle.proof_from_nodes(merkle.inclusion_ranges(m, n), nodes.__getitem__)
    assert proof == path(m, d)
    assert merkle.verify_inclusion(d[m], m, n, proof, mth(d))
    assert not merkle.verify_inclusion(d[(m + 1) % n], m, n, proof, mth(d)) or n == 1
    if proof:
        bad = list(proof)
        bad[0] = leaf_hash(b"x")
        assert not merkle.verify_inclusion(d[m], m, n, bad, mth(d))

    old = data.draw(st.integers(min_value=1, max_value=n))
    cproof = merkle.proof_from_nodes(merkle.consistency_ranges(old, n), nodes.__getitem__)
    assert cproof == (subproof(old, d, True) if old < n else [])
    assert merkle.verify_consistency(old, n, mth(d[:old]), mth(d), cproof)
    if old < n:
        assert not merkle.verify_consistency(old, n, mth(d[:old]), leaf_hash(b"other"), cproof)
        forged = d[: old - 1] + [leaf_hash(b"forged")] + d[old:]
        assert not merkle.verify_consistency(old, n, mth(d[:old]), mth(forged), cproof)


def test_inclusion_rejects_index_outside_tree() -> None:
    with pytest.raises(ValueError):
        merkle.inclusion_ranges(5, 5)
    assert not merkle.verify_inclusion(leaf_hash(b""), 5, 5, [], EMPTY_ROOT)


def test_frontier_rejects_wrong_length() -> None:
    with pytest.raises(ValueError):
        Frontier.from_bytes(3, b"\x00" * 32)
