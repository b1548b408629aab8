"""`guanqia policy check | test | explain`: validate, test and understand a policy before it goes live.

Exit status (the rule of every `guanqia` command, see proxy/cli.py): 0 ok; 1 a check or test failed (for
`check`, a policy file that was read but is invalid or names what the config lacks); 2 usage or input
error: bad options, or a policy, test or config file that is missing, unreadable or invalid (an invalid
policy is an input error for `test` and `explain`); 3 an internal error (its type only, never the input).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from policies import PolicyError, load, load_builtin
from policies.engine import Policy
from proxy.config import ConfigError

OK, FAILED, USAGE, INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="guanqia policy",
                                description="Check, test and explain Guanqia policies.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="validate a policy file (and its names against a serve config)")
    c.add_argument("file", help="policy YAML, or 'builtin'")
    c.add_argument("--config", help="serve config whose vendors and regions the policy must name")
    t = sub.add_parser("test", help="run YAML test cases (<policy>_test.yaml)")
    t.add_argument("files", nargs="+", help="test files, or directories to search for *_test.yaml")
    t.add_argument("--config", help="serve config to resolve vendor names (default: embedded + catalogue)")
    t.add_argument("-v", "--verbose", action="store_true", help="print passing cases too")
    e = sub.add_parser("explain", help="show which rule fires for each finding of a prompt, and why")
    e.add_argument("--policy", default="builtin", help="policy YAML or 'builtin' (default)")
    e.add_argument("--model", required=True, help="model the client asks for (also the upstream model)")
    e.add_argument("--vendor", required=True, help="vendor name from the serve config or the catalogue")
    e.add_argument("--tenant", default="demo")
    e.add_argument("--endpoint", default="openai.chat")
    e.add_argument("--config", help="serve config to resolve the vendor (default: embedded + catalogue)")
    e.add_argument("--opaque-parts", type=int, default=0, help="images/audio/files in the request")
    e.add_argument("text", help="prompt text, or - to read stdin")
    return p


def _load(name: str) -> Policy:
    return load_builtin() if name == "builtin" else load(name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return OK if exc.code == 0 else USAGE
    try:
        if args.command == "check":
            return _check(args.file, args.config)
        if args.command == "test":
            return _test(args.files, args.config, args.verbose)
        return _explain(args)
    except (PolicyError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except Exception as exc:   # noqa: BLE001 - the CLI contract: 3 and a message, never a traceback
        print(f"error: internal-error: {type(exc).__name__}", file=sys.stderr)
        return INTERNAL


def _unreadable(name: str) -> str | None:
    """Why a policy file cannot be read, or None: a file that is not there is the caller's mistake
    (exit 2), not a policy that failed its check (exit 1)."""
    if name == "builtin":
        return None
    try:
        with open(name, "rb"):
            return None
    except OSError as exc:
        return f"{name}: cannot read: {exc.strerror or exc}"


def _check(name: str, config_path: str | None) -> int:
    why = _unreadable(name)
    if why is not None:
        print(f"error: {why}", file=sys.stderr)
        return USAGE
    try:
        policy = _load(name)
    except PolicyError as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return FAILED
    problems: list[str] = []
    if config_path is not None:
        from proxy.config import load_config
        config = load_config(config_path)
        refs = policy.destinations_referenced()
        vendors = set(config.vendors)
        regions = {v.region for v in config.vendors.values()} | \
            {v.inference_scope for v in config.vendors.values()}
        jurisdictions = {v.jurisdiction for v in config.vendors.values()}
        models = {m for v in config.vendors.values() for m in v.models} | {r.model for r in config.routes}
        for v in sorted(refs["vendors"] - vendors):
            problems.append(f"vendor {v!r} is not in {config.source} (vendors: {', '.join(sorted(vendors))})")
        for r in sorted(refs["regions"] - regions - {""}):
            problems.append(f"region {r!r} is used by no vendor of {config.source}")
        for j in sorted(refs["jurisdictions"] - jurisdictions):
            problems.append(f"jurisdiction {j!r} is used by no vendor of {config.source}")
        for m in sorted(refs["models"] - models):
            problems.append(f"reroute model {m!r} is not listed by any vendor or route of {config.source}")
        tenants = {c.tenant for c in config.clients}
        named = set(policy.doc.tenants) - {"*"}
        for rule in policy.doc.rules + policy.doc.request_rules:
            named.update(rule.when.tenant, rule.when.tenant_not)
        for t in sorted(named - tenants):
            print(f"warning: {policy.doc.source}: tenant {t!r} has no client key in {config.source}",
                  file=sys.stderr)
    for p in problems:
        print(f"FAIL {policy.doc.source}: {p}", file=sys.stderr)
    if problems:
        return FAILED
    doc = policy.doc
    print(f"ok {doc.source}: policy {policy.ref.id} v{policy.ref.version} sha256 {policy.ref.sha256} — "
          f"{len(doc.rules)} rules, {len(doc.request_rules)} request rules, {len(doc.detectors)} detectors, "
          f"mode {doc.mode}")
    return OK


def _test(files: Sequence[str], config: str | None, verbose: bool) -> int:
    from policies.testing import discover, run_file
    paths: list[Path] = []
    for f in files:
        p = Path(f)
        paths.extend(discover(p) if p.is_dir() else [p])
    if not paths:
        print("error: no *_test.yaml files found", file=sys.stderr)
        return USAGE
    passed = failed = 0
    for path in paths:
        for result in run_file(path, config=config):
            if result.passed:
                passed += 1
                if verbose:
                    print(f"PASS {result.where} {result.note}")
            else:
                failed += 1
                print(f"FAIL {result.where} {result.note}")
                for failure in result.failures:
                    print(f"     {failure}")
    print(f"{passed} passed, {failed} failed")
    return FAILED if failed else OK


def _explain(args: argparse.Namespace) -> int:
    from policies.explain import explain
    from policies.testing import Destinations, Detector, evaluate
    policy = _load(args.policy)
    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        destination = Destinations(args.config).get(args.vendor, args.model)
    except KeyError:
        print(f"error: unknown vendor {args.vendor!r} (not in the serve config or the vendor catalogue)",
              file=sys.stderr)
        return USAGE
    outcome = evaluate(policy, Detector(policy), [text], tenant=args.tenant, endpoint=args.endpoint,
                       model=args.model, destination=destination, opaque_parts=args.opaque_parts)
    print("\n".join(explain(policy, outcome)))
    return OK
