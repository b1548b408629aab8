"""`guanqia serve`, `guanqia keygen` and `guanqia version`."""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys
import traceback
from pathlib import Path

from proxy import __version__
from proxy.config import DEMO_KEY, ConfigError, Config, hash_key, load_config
from proxy.logs import configure


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="guanqia serve", description="Run the Guanqia proxy.")
    parser.add_argument("--config", help="serve config YAML (default: the embedded default with echo vendors)")
    parser.add_argument("--host", help="listen address (default 127.0.0.1)")
    parser.add_argument("--port", type=port_number, help="listen port, 0-65535 (default 8080)")
    parser.add_argument("--log-level", default="INFO", type=str.upper, choices=LOG_LEVELS)
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config, host=args.host, port=args.port)
    except ConfigError as error:
        print(f"error: config-invalid: {error}", file=sys.stderr)
        return 2
    configure(args.log_level)
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    from audit.signing import NoteError
    from audit.store import StoreUnavailable
    from policies import PolicyError
    from proxy.ops import ListenError, serve
    try:
        asyncio.run(serve(config, ready=lambda where: print(banner(config, where), flush=True)))
    except ListenError as error:
        print(f"error: listen-failed: cannot listen on {config.host}:{config.port}: {error}", file=sys.stderr)
        return 3
    except StoreUnavailable as error:
        print(f"error: audit-store-unavailable: {error}", file=sys.stderr)
        return 3
    except (PolicyError, ConfigError) as error:
        print(f"error: config-invalid: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        # A file start-up needs (key, policy data, data directory) is missing or not permitted: name the file.
        print(f"error: start-failed: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 3
    except NoteError as error:
        # An audit key file under the data dir holds something that is not a key. NoteError messages are
        # our own fixed texts (key names at most, never key material).
        print(f"error: start-failed: an audit key file under {config.data_dir} is invalid: {error}",
              file=sys.stderr)
        return 3
    except Exception as error:  # noqa: BLE001 - one line and status 3 for an operator, not a traceback
        # The message of an unexpected error may quote a key file or a value, so only its type and where
        # it was raised are printed (like proxy.logs.safe_exception).
        print(f"error: start-failed: internal-error: {type(error).__name__} at {raised_at(error)}",
              file=sys.stderr)
        return 3
    return 0


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def port_number(text: str) -> int:
    """--port as a TCP port: argparse exits 2 on anything else (70000 would otherwise wrap to 4464)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is outside 0-65535")
    return port


def raised_at(error: BaseException) -> str:
    """`file:line in function` of the innermost frame of Guanqia's own code the error passed through
    (the last frame when none is ours), so the one line still tells an operator where to look."""
    frames = traceback.extract_tb(error.__traceback__)
    root = Path(__file__).resolve().parents[1]
    ours = [f for f in frames if f.filename.startswith(str(root)) and "site-packages" not in f.filename]
    if not (ours or frames):
        return "unknown"
    frame = (ours or frames)[-1]
    where = Path(frame.filename)
    name = str(where.relative_to(root)) if where.is_relative_to(root) else where.name
    return f"{name}:{frame.lineno} in {frame.name}"


def banner(config: Config, where: str) -> str:
    from policies.reload import PolicyHolder
    policy = PolicyHolder(config.policy_path()).current
    url = where.rstrip("/")
    lines = [
        f"Guanqia {__version__} listening on {url}",
        f"  config : {config.source}",
        f"  policy : {policy.ref.id} v{policy.ref.version} (sha256 {policy.ref.sha256[:12]}…)",
        f"  vendors: " + ", ".join(f"{v.name} [{v.region}]" for v in config.vendors.values()),
        f"  data   : {config.data_dir} (audit log, keys)",
    ]
    if config.embedded:
        lines += [
            "",
            "Try it (the echo vendors answer with exactly what would have left the building):",
            f"  curl -s {url}/v1/chat/completions -H 'Authorization: Bearer {DEMO_KEY}' \\",
            "    -H 'Content-Type: application/json' \\",
            "    -d '{\"model\": \"echo-us\", \"messages\": [{\"role\": \"user\", "
            "\"content\": \"请联系张伟，手机13812345678\"}]}'",
            "  (echo-us is outside mainland China: the phone and name arrive as placeholders;",
            "   try \"model\": \"echo-cn\" to see them pass)",
            f"  OpenAI SDK: OpenAI(base_url=\"{url}/v1\", api_key=\"{DEMO_KEY}\")",
        ]
    return "\n".join(lines)


def keygen(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="guanqia keygen",
                                     description="Make a client key; store only its sha256 in the config.")
    parser.add_argument("--prefix", default="sk-gq-")
    args = parser.parse_args(argv)
    key = args.prefix + secrets.token_urlsafe(32)
    print(f"key:        {key}")
    print(f"key_sha256: {hash_key(key)}")
    print("Give the key to the client; put key_sha256 under clients: in the serve config.", file=sys.stderr)
    return 0


def version(argv: list[str]) -> int:
    print(__version__)
    return 0
