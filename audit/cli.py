"""`guanqia audit ...`: the auditor's tools. Every command reads the same config as `guanqia serve`.

    verify         [--from N] [--to M] [--checkpoint FILE]...  | --export DIR --pubkey KEY
    query          [--since --until --tenant --vendor --region --action --rule --entity-type --data-class
                    --request-id] [--format table|jsonl|csv] [--limit N] [--cursor C]
    export         --out DIR [--from N] [--to M]
    find-value     --type TYPE VALUE [--since --until] [--format ...]
    report         --since S --until U [--home-region cn-mainland] [--data-class C]... [--out FILE]
    verify-report  FILE [--export DIR --pubkey KEY]
    keys           print the verifier keys to pin (exit 3 when none is published yet)
    rotate-key     --name NAME
    prune          [--before TIME]     (retention by hand; the proxy prunes hourly)

Exit status (the rule of every `guanqia` command, see proxy/cli.py): 0 ok, including a query that matches
nothing; 1 the log, an export or a report does not verify, `report` refuses a log that does not verify,
or `find-value` found no request carrying the value; 2 usage or input error: bad options, an invalid
config, or a checkpoint, report, key or export bundle named on the command line that is missing,
unreadable or invalid; 3 the audit store is unavailable, a file the log keeps or an output (`export
--out`, `report --out`) cannot be read or written, `keys` finds no verifier key published (no log in
the data dir yet), or an internal error (its type only).
Nothing printed ever holds a raw value: records hold fingerprints, and find-value prints only indexes,
request ids and record fields.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from audit.config import AuditConfig, AuditConfigError
from audit.query import QueryFilters, normalize_time
from audit.record import AuditRecord
from audit.signing import NoteError, Verifier
from audit.store import StoreUnavailable
from audit.verify import Report

OK, FAILED, USAGE, UNAVAILABLE = 0, 1, 2, 3
FILTER_FLAGS = ("since", "until", "tenant", "vendor", "region", "action", "rule", "entity_type", "data_class",
                "request_id")
TABLE_COLUMNS = ("index", "time", "request_id", "tenant", "vendor", "region", "action", "rule", "status",
                 "findings")


class UsageError(Exception):
    pass


def load_audit_config(path: str | None) -> AuditConfig:
    from proxy.config import ConfigError, load_config
    try:
        cfg = load_config(path)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    try:
        return AuditConfig.from_mapping(dict(cfg.audit), cfg.data_dir)
    except AuditConfigError as exc:
        raise UsageError(f"{cfg.source}: {exc}") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="guanqia audit", description="Verify, query, export and report on the "
                                "signed audit log.")
    sub = p.add_subparsers(dest="command", required=True)

    def cmd(name: str, help_: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_)
        c.add_argument("--config", help="the serve config (default: the embedded default)")
        return c

    def filters(c: argparse.ArgumentParser, *, only_time: bool = False) -> None:
        for f in FILTER_FLAGS[:2] if only_time else FILTER_FLAGS:
            c.add_argument("--" + f.replace("_", "-"), dest=f)

    def output(c: argparse.ArgumentParser) -> None:
        c.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
        c.add_argument("--limit", type=int, default=100)
        c.add_argument("--cursor")

    v = cmd("verify", "verify the log (or an export) against its signed checkpoints")
    v.add_argument("--from", dest="first", type=int, default=0, help="first record index (default 0)")
    v.add_argument("--to", dest="last", type=int, help="end index, exclusive: records FROM to TO-1")
    v.add_argument("--checkpoint", action="append", default=[], help="a signed checkpoint kept earlier; "
                   "the log must extend it")
    v.add_argument("--export", help="verify this export bundle offline instead of the live log")
    v.add_argument("--pubkey", help="verifier key (name+hash+base64) or a file of them; required with --export")
    q = cmd("query", "list records matching filters")
    filters(q)
    output(q)
    e = cmd("export", "write a self-contained, offline-verifiable bundle")
    e.add_argument("--out", required=True)
    e.add_argument("--from", dest="first", type=int, default=0, help="first record index (default 0)")
    e.add_argument("--to", dest="last", type=int, help="end index, exclusive: records FROM to TO-1")
    fv = cmd("find-value", "requests that carried a value (via its keyed fingerprint)")
    fv.add_argument("--type", required=True, dest="entity_type", help="entity type, e.g. CN_PHONE")
    fv.add_argument("value")
    filters(fv, only_time=True)
    output(fv)
    r = cmd("report", "signed period report: what left, by data class, vendor and jurisdiction")
    r.add_argument("--since", required=True)
    r.add_argument("--until", required=True)
    r.add_argument("--home-region", default="cn-mainland")
    r.add_argument("--data-class", action="append", default=[], help="classes to state about "
                   "(default: sensitive_personal and every class seen)")
    r.add_argument("--out", help="write the signed report here (default: stdout)")
    vr = cmd("verify-report", "check a signed report against the log it names")
    vr.add_argument("file")
    vr.add_argument("--export", help="recompute from this export bundle instead of the live log")
    vr.add_argument("--pubkey")
    cmd("keys", "print the published verifier keys")
    rk = cmd("rotate-key", "start signing with a new key; old public keys stay published")
    rk.add_argument("--name", required=True)
    pr = cmd("prune", "delete record bodies older than the retention period (hashes stay)")
    pr.add_argument("--before", help="prune records older than this time instead of retention_days")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return OK if exc.code == 0 else USAGE
    handler: Callable[[argparse.Namespace], Coroutine[Any, Any, int]] = COMMANDS[args.command]
    try:
        return asyncio.run(handler(args))
    except (UsageError, NoteError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except StoreUnavailable as exc:
        print(f"error: audit store unavailable: {exc}", file=sys.stderr)
        return UNAVAILABLE
    except OSError as exc:  # the store's files and keys, or an output: never an input (read_input)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return UNAVAILABLE
    except Exception as exc:  # noqa: BLE001 - a bug of ours: 3 and its type, never a traceback or a value
        print(f"error: internal-error: {type(exc).__name__}", file=sys.stderr)
        return UNAVAILABLE


def read_input(path: str, what: str) -> bytes:
    """A file the auditor named (a kept checkpoint, a report): one that cannot be read is a usage error."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{what} {path}: cannot read: {exc.strerror or exc}") from None


def verify_bundle(path: str, verifiers: list[Verifier], trusted: list[bytes] | None = None) -> Report:
    """Verify an export bundle named with --export. A bundle whose files cannot be read is a usage error
    (exit 2), like any file named on the command line; one whose files are wrong does not verify (1)."""
    from audit.export import verify_export
    if not Path(path).is_dir():
        raise UsageError(f"export bundle {path}: not a directory")
    try:
        return verify_export(Path(path), verifiers, trusted)
    except OSError as exc:
        raise UsageError(f"export bundle {path}: cannot read {exc.filename}: {exc.strerror or exc}") from None


async def _open(args: argparse.Namespace, *, writable: bool = False) -> Any:
    from audit.log import AuditLog
    cfg = load_audit_config(args.config)
    return await AuditLog.open(cfg, writable=writable)


def _pinned(args: argparse.Namespace, log_verifiers: list[Verifier]) -> list[Verifier]:
    from audit.export import verifiers_from
    return verifiers_from(args.pubkey) if getattr(args, "pubkey", None) else log_verifiers


async def verify(args: argparse.Namespace) -> int:
    from audit.export import verifiers_from
    from audit.verify import verify_store
    trusted = [read_input(p, "checkpoint") for p in args.checkpoint]
    if args.export:
        if not args.pubkey:
            raise UsageError("--export needs --pubkey (the key you trust, not the bundle's keys.txt)")
        report = verify_bundle(args.export, verifiers_from(args.pubkey), trusted)
    else:
        log = await _open(args)
        try:
            verifiers = _pinned(args, log.verifiers)
            if not verifiers:
                raise UsageError("no verifier keys: pass --pubkey or configure audit.verifier_keys_file")
            report = await verify_store(log.store, verifiers, origin=log.cfg.origin, first=args.first,
                                        last=args.last, trusted=trusted)
        finally:
            await log.close()
    print(report.summary())
    return OK if report.ok else FAILED


def _cell(r: AuditRecord, col: str, idx: int) -> str:
    if col == "index":
        return str(idx)
    if col == "findings":
        return ",".join(f"{f.type}x{f.count}" for f in r.findings)
    return str(getattr(r, col))


def _print_rows(rows: list[tuple[int, AuditRecord]], fmt: str, cursor: str | None) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for idx, r in rows:
            out.write(orjson.dumps({"index": idx, "record": asdict(r)}).decode() + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(TABLE_COLUMNS)
        for idx, r in rows:
            w.writerow([_cell(r, c, idx) for c in TABLE_COLUMNS])
        out.write(buf.getvalue())
    else:
        table = [list(TABLE_COLUMNS)] + [[_cell(r, c, idx) for c in TABLE_COLUMNS] for idx, r in rows]
        widths = [max(len(row[k]) for row in table) for k in range(len(TABLE_COLUMNS))]
        for row in table:
            out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")
    if cursor is not None:
        print(f"next cursor: {cursor}", file=sys.stderr)


def _filters(args: argparse.Namespace) -> QueryFilters:
    values: dict[str, str | None] = {f: getattr(args, f, None) for f in FILTER_FLAGS}
    for t in ("since", "until"):
        raw = values[t]
        if raw:
            values[t] = normalize_time(raw)
    return QueryFilters(**values)


async def query(args: argparse.Namespace) -> int:
    log = await _open(args)
    try:
        rows, cursor = await log.query(_filters(args), limit=args.limit, cursor=args.cursor)
    finally:
        await log.close()
    _print_rows(rows, args.format, cursor)
    return OK


async def export_cmd(args: argparse.Namespace) -> int:
    from audit.export import export
    log = await _open(args)
    try:
        manifest = await export(log, Path(args.out), args.first, args.last)
    finally:
        await log.close()
    print(f"exported records {manifest['first']}..{int(str(manifest['last'])) - 1} of a log of {manifest['size']} "
          f"checkpointed records to {args.out}")
    return OK


def canonicalize(entity_type: str, raw: str) -> str:
    """The detectors' canonical form of a value, so the fingerprint matches what the proxy computed."""
    from detectors import canonical_value
    return str(canonical_value(entity_type, raw))


async def find_value(args: argparse.Namespace) -> int:
    log = await _open(args)
    try:
        fp = log.fingerprinter.fingerprint(args.entity_type, canonicalize(args.entity_type, args.value))
        base = _filters(args)
        found: list[tuple[int, AuditRecord]] = []
        cursor = args.cursor
        while len(found) < args.limit:
            page, cursor = await log.query(QueryFilters(**{**asdict(base), "entity_type": args.entity_type}),
                                           limit=1000, cursor=cursor)
            found += [(i, r) for i, r in page
                      if any(f.type == args.entity_type and fp in f.fingerprints for f in r.findings)]
            if cursor is None:
                break
    finally:
        await log.close()
    _print_rows(found[: args.limit], args.format, None)
    if not found:
        print("no request carried this value", file=sys.stderr)
    return OK if found else FAILED


async def _period_records(store: Any, since: str, until: str, size: int) -> list[tuple[int, AuditRecord]]:
    from audit.report import in_period
    from audit.verify import CHUNK
    out: list[tuple[int, AuditRecord]] = []
    for start in range(0, size, CHUNK):
        rows = await store.scan(start, min(size, start + CHUNK))
        out += in_period(((r.idx, r.body) for r in rows), since, until, size)
    return out


async def report_cmd(args: argparse.Namespace) -> int:
    from audit import report as rep
    from audit.verify import verify_store
    since, until = normalize_time(args.since), normalize_time(args.until)
    log = await _open(args)
    try:
        if log.signer is None:
            raise UsageError("no signing key in the data dir: run report where the log's key lives")
        check = await verify_store(log.store, log.verifiers, origin=log.cfg.origin)
        if not check.ok:
            print(f"refusing to report on a log that does not verify: {check.summary()}", file=sys.stderr)
            return FAILED
        from audit.store import newest
        note = newest(await log.store.checkpoints())[1]
        from audit.checkpoint import Checkpoint
        size = Checkpoint.parse_text(note.decode().rsplit("\n\n", 1)[0] + "\n").size
        records = await _period_records(log.store, since, until, size)
        body = rep.build(records, since=since, until=until, checkpoint_note=note, origin=log.cfg.origin,
                         home_region=args.home_region, classes=args.data_class or rep.DEFAULT_CLASSES)
        signed = rep.sign(body, log.signer)
    finally:
        await log.close()
    if args.out:
        Path(args.out).write_bytes(signed)
        for s in body["statements"]:
            print(("HOLDS: " if s["holds"] else "VIOLATED: ") + s["text"])
        print(f"signed report covering checkpoint size {body['checkpoint']['size']} written to {args.out}")
    else:
        sys.stdout.write(signed.decode())
    return OK


async def verify_report(args: argparse.Namespace) -> int:
    from audit import report as rep
    note = read_input(args.file, "report")
    if args.export:
        from audit.export import verifiers_from
        from audit.store import Row
        if not args.pubkey:
            raise UsageError("--export needs --pubkey")
        verifiers = verifiers_from(args.pubkey)
        check = verify_bundle(args.export, verifiers)
        where = Path(args.export)
        manifest = orjson.loads(read_input(str(where / "manifest.json"), "export bundle file"))
        lines = read_input(str(where / "records.jsonl"), "export bundle file").split(b"\n")
        rows = [Row(int(manifest["first"]) + k, b"", line or None) for k, line in enumerate(lines)
                if int(manifest["first"]) + k < int(manifest["last"])]
        origin = manifest["origin"]
        store_rows = [(r.idx, r.body) for r in rows]
    else:
        from audit.verify import verify_store
        log = await _open(args)
        try:
            verifiers = _pinned(args, log.verifiers)
            check = await verify_store(log.store, verifiers, origin=log.cfg.origin)
            origin = log.cfg.origin
            size = (await log.store.head()).size
            store_rows = []
            from audit.verify import CHUNK
            for start in range(0, size, CHUNK):
                store_rows += [(r.idx, r.body) for r in await log.store.scan(start, min(size, start + CHUNK))]
        finally:
            await log.close()
    if not check.ok:
        print(f"FAIL: the log does not verify: {check.summary()}")
        return FAILED
    try:
        report, cp = rep.open_report(note, verifiers)
    except NoteError as exc:
        print(f"FAIL: report signature: {exc}")
        return FAILED
    if report.get("origin") != origin:
        print("FAIL: the report is about another log")
        return FAILED
    if cp.size > check.size:
        print(f"FAIL: the report covers {cp.size} records but the log holds {check.size}")
        return FAILED
    period = report["period"]
    records = list(rep.in_period(store_rows, period["since"], period["until"], cp.size))
    if args.export:
        covered = (report["records"]["first_index"], report["records"]["last_index"])
        if covered[0] is not None and not (int(manifest["first"]) <= covered[0] and covered[1] < int(manifest["last"])):
            print("FAIL: the export does not contain every record the report covers")
            return FAILED
    redo = rep.build(records, since=period["since"], until=period["until"],
                     checkpoint_note=report["checkpoint"]["note"].encode(), origin=origin,
                     home_region=report["statements"][0]["outside_region"] if report["statements"] else "",
                     classes=[s["data_class"] for s in report["statements"]])
    if rep.canonical(redo) != rep.canonical(report):
        diff = [k for k in report if report.get(k) != redo.get(k)]
        print(f"FAIL: the log's records give a different report (differs in: {', '.join(diff)})")
        return FAILED
    print(f"OK: report verified against checkpoint size {cp.size}; {report['records']['count']} records")
    for s in report["statements"]:
        print(("HOLDS: " if s["holds"] else "VIOLATED: ") + s["text"])
    return OK


async def keys(args: argparse.Namespace) -> int:
    """Print the verifier keys to pin. None published means the data dir holds no log yet (or the wrong
    data dir is configured): like `query` on such a dir this is 3, said on stderr, with nothing on stdout
    that a script could pin."""
    cfg = load_audit_config(args.config)
    from audit.log import key_files
    files = key_files(cfg)
    try:
        verifiers = files.verifiers()
    except NoteError as exc:  # a file the log keeps, not one named on the command line: the environment
        print(f"error: {files.verifier_keys_file}: not a verifier key file: {exc}", file=sys.stderr)
        return UNAVAILABLE
    if not verifiers:
        print(f"error: no verifier keys: {files.verifier_keys_file} is missing or empty; the proxy creates "
              "it on its first start with this config (is --config the proxy's?)", file=sys.stderr)
        return UNAVAILABLE
    for v in verifiers:
        print(v.vkey())
    return OK


async def rotate_key(args: argparse.Namespace) -> int:
    log = await _open(args, writable=True)
    try:
        note = await log.rotate_key(args.name)
    finally:
        await log.close()
    print(f"now signing with {log.signer.verifier.vkey()}; hand-over checkpoint co-signed by both keys:")
    sys.stdout.write(note.decode())
    return OK


async def prune(args: argparse.Namespace) -> int:
    log = await _open(args, writable=True)
    try:
        n = await log.prune(before=normalize_time(args.before) if args.before else None)
    finally:
        await log.close()
    print(f"pruned {n} record bodies (leaf hashes and checkpoints kept)")
    return OK


COMMANDS: dict[str, Callable[[argparse.Namespace], Coroutine[Any, Any, int]]] = {
    "verify": verify, "query": query, "export": export_cmd, "find-value": find_value, "report": report_cmd,
    "verify-report": verify_report, "keys": keys, "rotate-key": rotate_key, "prune": prune,
}

if __name__ == "__main__":
    sys.exit(main())
