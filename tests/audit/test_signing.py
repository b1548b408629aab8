"""Signed notes and checkpoints: byte-compatible with Go's sumdb/note, and strict about what they accept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.checkpoint import Checkpoint, open_checkpoint
from audit.merkle import leaf_hash
from audit.signing import NoteError, Signer, Verifier, open_note, sign_note

VEC = json.loads((Path(__file__).parent / "vectors" / "signed_note.json").read_text())


def test_go_note_known_answer() -> None:
    signer = Signer.parse(VEC["skey"])
    assert signer.verifier.vkey() == VEC["vkey"]
    assert signer.skey() == VEC["skey"]
    assert sign_note(VEC["text"], [signer]).decode() == VEC["signed"]
    text, good = open_note(VEC["signed"].encode(), [Verifier.parse(VEC["vkey"])])
    assert text == VEC["text"] and good[0].name == "PeterNeumann"


def test_edited_note_text_is_rejected() -> None:
    forged = VEC["signed"].replace("cryptography", "cryptographY").encode()
    with pytest.raises(NoteError, match="does not verify"):
        open_note(forged, [Verifier.parse(VEC["vkey"])])


def test_note_by_unknown_key_is_rejected_and_named() -> None:
    other = Signer.generate("PeterNeumann")  # same name, different key: a different key id
    with pytest.raises(NoteError, match="not signed by any trusted key"):
        open_note(VEC["signed"].encode(), [other.verifier])


def test_verifier_key_with_wrong_hash_is_rejected() -> None:
    name, _, b64 = VEC["vkey"].split("+", 2)
    with pytest.raises(NoteError, match="hash"):
        Verifier.parse(f"{name}+00000000+{b64}")


def test_checkpoint_round_trip_and_origin_binding() -> None:
    s = Signer.generate("guanqia-audit")
    cp = Checkpoint("guanqia.local/audit", 4, leaf_hash(b"x"))
    note = cp.sign([s])
    lines = note.decode().split("\n")
    assert lines[:3] == ["guanqia.local/audit", "4", cp.text().split("\n")[2]] and lines[3] == ""
    assert lines[4].startswith("\u2014 guanqia-audit ")
    assert open_checkpoint(note, [s.verifier], "guanqia.local/audit") == cp
    with pytest.raises(NoteError, match="is for log"):
        open_checkpoint(note, [s.verifier], "other.example/log")


@pytest.mark.parametrize("text", ["o\n04\nAAAA\n", "o\n4\nnot-base64!\n", "\n4\n" + "A" * 44 + "\n", "o\n4\n"])
def test_malformed_checkpoints_are_rejected(text: str) -> None:
    with pytest.raises(NoteError):
        Checkpoint.parse_text(text)


def test_the_documented_checkpoint_example_verifies() -> None:
    """The example in audit/checkpoint.py and docs/audit.md is real, not decoration."""
    import audit.checkpoint
    doc = audit.checkpoint.__doc__ or ""
    vkey = doc.split("verifiable with the key ")[1].split(":")[0]
    block = doc[doc.index("    guanqia.local/audit\n"):].split("\n")
    note = "\n".join(line[4:] for line in block[:5]) + "\n"
    cp = open_checkpoint(note.encode(), [Verifier.parse(vkey)], "guanqia.local/audit")
    from audit import merkle
    assert cp.size == 4 and cp.root == merkle.root([leaf_hash(str(i).encode()) for i in range(4)])
    docs = (Path(__file__).parents[2] / "docs" / "audit.md").read_text()
    assert note in docs and vkey in docs


def test_retention_watermark_is_a_signed_extension_line() -> None:
    s = Signer.generate("guanqia-audit")
    cp = Checkpoint("guanqia.local/audit", 9, leaf_hash(b"x"), ("guanqia/pruned-below 6",))
    opened = open_checkpoint(cp.sign([s]), [s.verifier])
    assert opened.pruned_below == 6 and opened.text().splitlines()[3] == "guanqia/pruned-below 6"
    assert Checkpoint("o", 1, leaf_hash(b"x")).pruned_below == 0
    forged = cp.sign([s]).replace(b"pruned-below 6", b"pruned-below 9")
    with pytest.raises(NoteError):
        open_checkpoint(forged, [s.verifier])
