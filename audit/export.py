"""Export bundles: a directory an auditor verifies offline with nothing but the log's public key.

Layout (format "guanqia-audit-export/1"):

    manifest.json          {"format", "origin", "size", "first", "last", "pruned_below", "created"}
    leaves.bin             the leaf hashes of records 0 .. size-1, 32 raw bytes each
    records.jsonl          records first .. last-1, one canonical record (exact stored bytes) per line;
                           an empty line where retention removed the record
    checkpoints/NNNNNN.note  every signed checkpoint with size <= size, in log order
    proofs.json            RFC 6962 consistency proofs between successive checkpoints and inclusion
                           proofs of the first and last exported record in the latest checkpoint (base64),
                           for tools other than ours
    keys.txt               the verifier keys the log published (informational: pin yours with --pubkey)

`size` is the latest checkpoint's size, so everything in the bundle is covered by a signature. Leaf
hashes for the whole prefix are included because recomputing the signed roots needs every leaf;
they reveal nothing about records outside the exported range.
"""

from __future__ import annotations

import base64
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

from audit import merkle
from audit.checkpoint import Checkpoint, open_checkpoint
from audit.log import AuditLog
from audit.signing import NoteError, Verifier
from audit.store import Row
from audit.verify import CHUNK, Problem, Report, TreeCheck, open_checkpoints

FORMAT = "guanqia-audit-export/1"


async def export(log: AuditLog, out: Path, first: int = 0, last: int | None = None) -> dict[str, object]:
    """Write a bundle of records [first, last) covered by the latest checkpoint; return the manifest."""
    notes = await log.store.checkpoints()
    if not notes:
        raise ValueError("the log has no checkpoint yet")
    cps = [Checkpoint.parse_text(_text(n)) for _, n in notes]
    size = max(c.size for c in cps)
    last = size if last is None else min(last, size)
    if not 0 <= first <= last:
        raise ValueError(f"bad range {first}..{last} for a log of {size} checkpointed records")
    out.mkdir(parents=True, exist_ok=True)
    (out / "checkpoints").mkdir(exist_ok=True)
    pruned = await log.store.pruned_below()
    # Blocking file writes are fine here: export runs in the CLI, never on the proxy's event loop.
    with open(out / "leaves.bin", "wb") as leaves, open(out / "records.jsonl", "wb") as records:  # noqa: ASYNC230
        for start in range(0, size, CHUNK):
            for row in await log.store.scan(start, min(size, start + CHUNK)):
                leaves.write(row.hash)
                if first <= row.idx < last:
                    records.write((row.body or b"") + b"\n")
    kept = [(s, n) for s, n in notes if s <= size]
    for k, (_, note) in enumerate(kept):
        (out / "checkpoints" / f"{k:06d}.note").write_bytes(note)
    sizes = sorted({c.size for c in cps})
    proofs: dict[str, object] = {"consistency": [], "inclusion": []}
    for old, new in itertools.pairwise(sizes):
        hashes = await log.consistency_proof(old, new)
        proofs["consistency"].append({"old": old, "new": new, "hashes": _b64(hashes)})  # type: ignore[attr-defined]
    for idx in sorted({first, last - 1}) if last > first else []:
        hashes = await log.inclusion_proof(idx, size)
        proofs["inclusion"].append({"index": idx, "size": size, "hashes": _b64(hashes)})  # type: ignore[attr-defined]
    (out / "proofs.json").write_text(json.dumps(proofs, indent=1) + "\n")
    (out / "keys.txt").write_text("".join(k + "\n" for k in log.public_keys()))
    manifest = {"format": FORMAT, "origin": log.cfg.origin, "size": size, "first": first, "last": last,
                "pruned_below": pruned,
                "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def _text(note: bytes) -> str:
    return note.decode().rsplit("\n\n", 1)[0] + "\n"


def _b64(hashes: list[bytes]) -> list[str]:
    return [base64.b64encode(h).decode() for h in hashes]


def read_bundle_notes(bundle: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((bundle / "checkpoints").glob("*.note"))]


def verify_export(bundle: Path, verifiers: list[Verifier], trusted: list[bytes] | None = None) -> Report:
    """Verify a bundle offline (same checks as verify_store, plus the bundled proofs)."""
    manifest = json.loads((bundle / "manifest.json").read_text())
    if manifest.get("format") != FORMAT:
        raise ValueError(f"{bundle}: not a {FORMAT} bundle")
    origin, size = manifest["origin"], int(manifest["size"])
    first, last = int(manifest["first"]), int(manifest["last"])
    leaves = (bundle / "leaves.bin").read_bytes()
    notes = read_bundle_notes(bundle)
    cps, problem = open_checkpoints([(None, n) for n in notes], verifiers, origin)
    trusted_cps, problem2 = open_checkpoints([(None, n) for n in trusted or []], verifiers, origin)
    check = TreeCheck(cps, first, last, trusted=trusted_cps)
    if problem or problem2:
        check.fail(problem or problem2)  # type: ignore[arg-type]
        return check.finish(size)
    if len(leaves) % merkle.HASH_SIZE:
        check.fail(Problem("leaf-missing", "leaves.bin is not a whole number of hashes"))
        return check.finish(size)
    lines = (bundle / "records.jsonl").read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != last - first:
        at = first + min(len(lines), last - first)
        check.fail(Problem("record-deleted", f"records.jsonl holds {len(lines)} records, the manifest says "
                           f"{last - first}", at))
        return check.finish(size)
    n = len(leaves) // merkle.HASH_SIZE
    rows = []
    for i in range(n):
        body = lines[i - first] if first <= i < last else None
        rows.append(Row(i, leaves[i * 32:(i + 1) * 32], body if body else None))
        if len(rows) >= CHUNK:
            check.feed(rows)
            rows = []
    check.feed(rows)
    report = check.finish(size)
    if report.ok:
        _check_proofs(bundle, cps, leaves, report)
    return report


def _check_proofs(bundle: Path, cps: list[Checkpoint], leaves: bytes, report: Report) -> None:
    roots = {c.size: c.root for c in cps}
    proofs = json.loads((bundle / "proofs.json").read_text())
    for p in proofs.get("consistency", []):
        hashes = [base64.b64decode(h) for h in p["hashes"]]
        old, new = int(p["old"]), int(p["new"])
        if old not in roots or new not in roots or \
                not merkle.verify_consistency(old, new, roots[old], roots[new], hashes):
            report.problems.append(Problem("checkpoint-inconsistent",
                                           f"bundled consistency proof {old} -> {new} does not verify"))
            return
    for p in proofs.get("inclusion", []):
        i, size = int(p["index"]), int(p["size"])
        hashes = [base64.b64decode(h) for h in p["hashes"]]
        if size not in roots or not merkle.verify_inclusion(leaves[i * 32:(i + 1) * 32], i, size, hashes,
                                                            roots[size]):
            report.problems.append(Problem("checkpoint-mismatch", "bundled inclusion proof does not verify", i))
            return


def verifiers_from(arg: str) -> list[Verifier]:
    """--pubkey: a verifier key, or a file with one per line."""
    from audit.signing import read_verifiers
    p = Path(arg)
    if "+" in arg and not p.exists():
        return [Verifier.parse(arg)]
    try:
        return read_verifiers(p.read_text(encoding="ascii"))
    except OSError:
        raise NoteError(f"--pubkey {arg!r} is neither a verifier key nor a readable file") from None


__all__ = ["export", "open_checkpoint", "verifiers_from", "verify_export"]
