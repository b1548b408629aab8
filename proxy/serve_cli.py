"""`guanqia serve`, `guanqia keygen` and `guanqia version`."""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys

from proxy import __version__
from proxy.config import DEMO_KEY, ConfigError, Config, hash_key, load_config
from proxy.logs import configure


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="guanqia serve", description="Run the Guanqia proxy.")
    parser.add_argument("--config", help="serve config YAML (default: the embedded default with echo vendors)")
    parser.add_argument("--host", help="listen address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="listen port (default 8080)")
    parser.add_argument("--log-level", default="INFO")
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
    return 0


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
