"""`guanqia scan`: find PII and secrets in UTF-8 text from stdin or files, or in JSONL documents in bulk.

    guanqia scan [--policy P] [--format json|table] [--show-values] [--jsonl] [--exit-code] [FILE ...]

Output (json): an array of findings ``{"type", "start", "end", "score", "detector", "value"}``; start/end are
code-point offsets into the input as read (end exclusive). ``value`` is masked unless ``--show-values``:
every character replaced by ``*``, except the last two of a longer number-like value (ID card, phone, card
number ...; see ``TAIL_TYPES``). With several FILEs each finding also carries ``"file"``. With ``--jsonl``
every input line is a JSON object with a ``text`` field; each output line is that object (other fields kept)
plus ``"findings"``: one process for many documents.

Exit status (the rule of every `guanqia` command, see proxy/cli.py): 0 on success whether or not anything
was found (use ``--exit-code`` to get 1 when something was found, for CI gates); 2 on usage or input errors
(a FILE or ``--policy`` file that is missing or unreadable, invalid UTF-8, a bad JSONL line: the message
names the file or line, never its content); 3 when the output cannot be written, or on an internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO

OK, FOUND, USAGE, INTERNAL = 0, 1, 2, 3


class InputError(Exception):
    """A problem with what the user gave us (exit 2); the message never quotes the input."""


TAIL_TYPES = frozenset({
    "CN_ID_CARD", "CN_PHONE", "CN_LANDLINE", "BANK_CARD", "CN_USCC", "CN_PASSPORT", "HK_ID", "TW_ID", "MO_ID",
    "CN_HK_MACAO_PERMIT", "CN_MILITARY_ID", "CN_LICENSE_PLATE",
})
"""Number-like types whose masked form keeps the last two characters (卡号尾号 78): the convention people
use to tell their own numbers apart, and two characters of many. Everything else is masked whole: the tail of
a name, an address or an organisation (…8号, …医院) says too much, and a key's tail is part of the secret."""


def mask(value: str, entity_type: str = "") -> str:
    """Enough to recognise a number you already know, not enough to learn anything."""
    if entity_type not in TAIL_TYPES or len(value) <= 6:
        return "*" * len(value)
    return "*" * (len(value) - 2) + value[-2:]


def _finding_json(f: Any, text: str, show_values: bool) -> dict[str, Any]:
    d: dict[str, Any] = dict(f.to_json())
    value = text[f.start:f.end]
    d["value"] = value if show_values else mask(value, f.type)
    return d


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="guanqia scan", description="Detect PII and secrets (offsets in code points).")
    p.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files (default: stdin)")
    p.add_argument("--policy", metavar="P", help="policy file whose custom detectors are added")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.add_argument("--show-values", action="store_true", help="print detected values unmasked")
    p.add_argument("--jsonl", action="store_true", help="bulk mode: one JSON object with a 'text' field per line")
    p.add_argument("--exit-code", action="store_true", help="exit 1 when anything was found")
    return p


def _scanner(policy: str | None) -> Any:
    import detectors
    base = detectors.default_scanner()
    if not policy:
        return base
    try:
        import policies
    except ImportError as exc:
        raise InputError(f"--policy needs the policies package: {exc}") from None
    try:
        pol = policies.load(policy)
    except Exception as exc:  # PolicyError / OSError / ValueError: the user's file, not our bug
        raise InputError(f"cannot load policy {policy}: {exc}") from None
    extra = list(getattr(pol, "recognizers", []) or [])
    return base.with_extra(extra) if extra else base


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte offset {exc.start})") from None


def _dumps(obj: Any) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (from \ud800 escapes in JSONL input) only survive as escapes
        return json.dumps(obj, ensure_ascii=True).encode("ascii")


def _table(rows: list[dict[str, Any]], out: BinaryIO) -> None:
    cols = (["file"] if rows and "file" in rows[0] else []) + ["type", "start", "end", "score", "detector", "value"]
    cells = [[str(r.get(c, "")).replace("\n", "\\n") for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    out.write(("\n".join(lines) + "\n").encode("utf-8", "backslashreplace"))


def _run_jsonl(scanner: Any, inputs: list[tuple[str, BinaryIO]], show_values: bool, out: BinaryIO) -> int:
    found = 0
    for name, stream in inputs:
        for lineno, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            line = _decode(raw, f"{name}:{lineno}")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{name}:{lineno}: invalid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError(f"{name}:{lineno}: expected an object with a string 'text' field")
            text = obj["text"]
            findings = scanner.scan(text)
            found += len(findings)
            obj["findings"] = [_finding_json(f, text, show_values) for f in findings]
            out.write(_dumps(obj) + b"\n")
    out.flush()
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help is 0, bad usage is 2
        return int(exc.code or 0)
    out: BinaryIO = sys.stdout.buffer
    try:
        scanner = _scanner(args.policy)
        opened: list[tuple[str, BinaryIO]] = []
        try:
            if args.files:
                for path in args.files:
                    try:
                        opened.append((path, open(path, "rb")))
                    except OSError as exc:
                        raise InputError(f"{path}: cannot open ({exc.strerror})") from None
            else:
                opened.append(("<stdin>", sys.stdin.buffer))
            if args.jsonl:
                found = _run_jsonl(scanner, opened, args.show_values, out)
            else:
                rows: list[dict[str, Any]] = []
                for name, stream in opened:
                    text = _decode(stream.read(), name)
                    for f in scanner.scan(text):
                        row = _finding_json(f, text, args.show_values)
                        if len(opened) > 1:
                            row = {"file": name, **row}
                        rows.append(row)
                found = len(rows)
                if args.format == "table":
                    _table(rows, out)
                else:
                    out.write(_dumps(rows) + b"\n")
                out.flush()
        finally:
            for name, stream in opened:
                if name != "<stdin>":
                    stream.close()
    except InputError as exc:
        print(f"guanqia scan: error: {exc}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:
        return OK
    except OSError as exc:  # the output (or an input already opened) failed part-way: not the input's fault
        print(f"guanqia scan: error: input/output: {exc.strerror or type(exc).__name__}",
              file=sys.stderr)
        return INTERNAL
    except Exception as exc:  # a bug of ours: say which kind, never the input
        print(f"guanqia scan: internal error: {type(exc).__name__}", file=sys.stderr)
        return INTERNAL
    return FOUND if (args.exit_code and found) else OK


if __name__ == "__main__":
    raise SystemExit(main())
