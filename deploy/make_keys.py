"""Make the four key files a multi-replica deployment shares, with Guanqia's own key code.

    .venv/bin/python deploy/make_keys.py deploy/secrets            # docker compose
    .venv/bin/python deploy/make_keys.py /tmp/k && kubectl create secret generic guanqia-keys --from-file=/tmp/k

Replicas must share these rather than each create its own on first start: one signing key (and its
published verifier list) so the one PostgreSQL log verifies against one key list; one fingerprint key so
`guanqia audit find-value` matches across replicas; one pseudonym key so a placeholder minted by one
replica is restored by another. Existing files are never overwritten: a lost or replaced signing key
would break verification of everything signed before it.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FILES = ("audit-signing.key", "audit-verifiers.txt", "fingerprint.key", "pseudonym.key")


def make_keys(out: Path, key_name: str = "guanqia-audit") -> dict[str, bool]:
    """Create the missing key files under `out`; return {file name: created now}."""
    from audit.fingerprint import Fingerprinter
    from audit.keys import KeyFiles
    from audit.signing import write_secret

    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    existed = {name: (out / name).exists() for name in FILES}
    KeyFiles(out / "audit-signing.key", out / "audit-verifiers.txt", key_name).load(create=True)
    Fingerprinter.from_file(out / "fingerprint.key", create=True)
    if not existed["pseudonym.key"]:
        # The format proxy.app.load_or_create_key reads: 32 random bytes, hex, one line, 0600.
        write_secret(out / "pseudonym.key", secrets.token_bytes(32).hex() + "\n")
    # The verifier list is public: auditors pin it. Everything else stays 0600.
    os.chmod(out / "audit-verifiers.txt", 0o644)
    return {name: not existed[name] for name in FILES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="directory for the key files (created 0700 if missing)")
    parser.add_argument("--key-name", default="guanqia-audit", help="audit.key_name in the serve config")
    args = parser.parse_args(argv)
    try:
        created = make_keys(args.out, args.key_name)
    except (OSError, ValueError) as error:  # a malformed existing file: never print key material
        print(f"error: keys-invalid: an existing key file under {args.out} is unreadable or malformed "
              f"({type(error).__name__}); move it away only if you know it was never used", file=sys.stderr)
        return 2
    for name, new in created.items():
        print(f"{'created' if new else 'kept   '} {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
