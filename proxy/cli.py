"""`guanqia`: the command table. Each subcommand is "module:function", imported only when used.

Exit codes, the same rule for every subcommand:
  0  ok (a scan or query that finds nothing is ok);
  1  the answer is no: `scan --exit-code` found something, a policy is invalid (`policy check`) or a policy
     test failed, the audit log / export / report does not verify, `audit find-value` found nothing;
  2  the command cannot do what was asked with what it was given: bad options, or a config, policy, test,
     input, checkpoint, report, key or export file named on the command line (or the policy the config
     names) that is missing, unreadable or invalid: fix the command or the file;
  3  what it was given is fine but the environment failed: the audit store is unavailable, `serve` cannot
     listen or cannot read or create its key and data files, an output cannot be written, or an internal
     error (named by type only).
"""

from __future__ import annotations

import importlib
import sys
from typing import Callable

OK, CHECK_FAILED, USAGE, UNAVAILABLE = 0, 1, 2, 3

COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("proxy.serve_cli:main", "run the proxy (embedded default when no --config)"),
    "scan": ("detectors.cli:main", "detect PII and secrets in text or JSONL"),
    "policy": ("policies.cli:main", "check, test and explain policies"),
    "audit": ("audit.cli:main", "verify, query, export and report on the audit log"),
    "keygen": ("proxy.serve_cli:keygen", "make a client key and the sha256 the config stores"),
    "version": ("proxy.serve_cli:version", "print the version"),
}


def usage() -> str:
    lines = ["usage: guanqia <command> [options]", "", "commands:"]
    lines += [f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "Run `guanqia <command> --help` for a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage())
        return OK if args else USAGE
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"error: unknown-command: {name!r}\nhint: {usage()}", file=sys.stderr)
        return USAGE
    module, _, func = COMMANDS[name][0].partition(":")
    target: Callable[[list[str]], int] = getattr(importlib.import_module(module), func)
    return int(target(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
