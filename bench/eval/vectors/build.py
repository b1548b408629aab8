"""Build vectors.jsonl: published example values we did not write, each in a one-line document of the eval format.

    python -m bench.eval.vectors.build

Valid values become gold spans; published invalid values become decoys in documents without gold. The value
lists and their sources are in SOURCES.md; the sentence around each value is ours (only the value is public).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.eval.labels import problems

HERE = Path(__file__).resolve().parent

# (type, value, source key, tags); source keys are explained in SOURCES.md
VALID: list[tuple[str, str, str, list[str]]] = [
    ("CN_ID_CARD", "11010519491231002X", "gb11643", ["x_check"]),
    ("CN_ID_CARD", "360426199101010071", "stdnum-ric", []),
    ("CN_ID_CARD", "44011320141005001X", "stdnum-ric", ["x_check"]),
    ("CN_ID_CARD", "412723199010050012", "stdnum-ric", []),
    ("CN_ID_CARD", "110102199101010078", "stdnum-ric", []),
    ("CN_ID_CARD", "120110198012010073", "stdnum-ric", []),
    ("CN_ID_CARD", "120110199212010072", "stdnum-ric", []),
    ("CN_USCC", "91350100M000100Y43", "gb32100", []),
    ("HK_ID", "A123456(3)", "hkid-examples", []),
    ("HK_ID", "AB123456(9)", "hkid-examples", []),
    ("TW_ID", "A123456789", "twid-example", []),
    ("BANK_CARD", "4242424242424242", "stripe", ["visa"]),
    ("BANK_CARD", "4000056655665556", "stripe", ["visa"]),
    ("BANK_CARD", "5555555555554444", "stripe", ["mastercard"]),
    ("BANK_CARD", "2223003122003222", "stripe", ["mastercard"]),
    ("BANK_CARD", "5200828282828210", "stripe", ["mastercard"]),
    ("BANK_CARD", "5105105105105100", "stripe", ["mastercard"]),
    ("BANK_CARD", "378282246310005", "stripe", ["amex"]),
    ("BANK_CARD", "371449635398431", "stripe", ["amex"]),
    ("BANK_CARD", "3566002020360505", "stripe", ["jcb"]),
    ("BANK_CARD", "6200000000000005", "stripe", ["unionpay"]),
    ("BANK_CARD", "6200000000000047", "stripe", ["unionpay"]),
    ("BANK_CARD", "6205500000000000004", "stripe", ["unionpay"]),
    ("BANK_CARD", "4012888888881881", "stripe", ["visa"]),
    ("API_KEY", "AKIAIOSFODNN7EXAMPLE", "aws-docs", ["aws"]),
    ("API_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs", ["aws_secret"]),
    (
        "JWT",
        (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
            "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        ),
        "jwt-io",
        [],
    ),
    ("IP_ADDRESS", "192.0.2.1", "rfc5737", []),
    ("IP_ADDRESS", "198.51.100.42", "rfc5737", []),
    ("IP_ADDRESS", "203.0.113.7", "rfc5737", []),
    ("IP_ADDRESS", "2001:db8::1", "rfc3849", ["v6"]),
    ("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334", "rfc3849", ["v6"]),
]
INVALID: list[tuple[str, str, str]] = [  # (decoy kind, value, source key)
    ("id18_bad_checksum", "36042619910102009X", "stdnum-ric"),
    ("id18_bad_date", "360426199113010079", "stdnum-ric"),
    ("digits18", "990426199112010074", "stdnum-ric"),
    ("digits18", "110111198012010078", "stdnum-ric"),
    ("digits18", "110201199312010077", "stdnum-ric"),
    ("uscc_bad", "91110000600037341N", "stdnum-uscc"),
    ("luhn_bad", "4242424242424241", "stripe"),
]
CONTEXT = {
    "CN_ID_CARD": ("身份证号：", "。"),
    "CN_USCC": ("统一社会信用代码 ", "，请核对。"),
    "HK_ID": ("香港身份证 ", "。"),
    "TW_ID": ("身分證字號 ", "。"),
    "BANK_CARD": ("卡号 ", "，请勿外传。"),
    "API_KEY": ("aws_access_key_id = ", ""),
    "JWT": ("Authorization: Bearer ", ""),
    "IP_ADDRESS": ("服务器地址 ", " 无法连接。"),
}


def records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    uscc_file = HERE / "stdnum_uscc_found_online.txt"
    listed = [
        x.strip() for x in uscc_file.read_text(encoding="utf-8").splitlines() if x.strip() and x[0] != "#"
    ]
    rows = VALID + [("CN_USCC", v, "stdnum-uscc", []) for v in listed]
    for i, (typ, value, src, tags) in enumerate(rows):
        pre, post = CONTEXT[typ]
        if typ == "API_KEY" and "aws_secret" in tags:
            pre = "aws_secret_access_key = "
        text = pre + value + post
        out.append(
            {
                "id": f"vec-{i:04d}",
                "split": "vectors",
                "kind": f"vector:{src}",
                "lang": "mixed",
                "hard": False,
                "tags": [],
                "text": text,
                "spans": [
                    {
                        "type": typ,
                        "start": len(pre),
                        "end": len(pre) + len(value),
                        **({"tags": tags} if tags else {}),
                    }
                ],
                "decoys": [],
            }
        )
    for j, (kind, value, src) in enumerate(INVALID):
        pre = "这个号码校验不通过：" if kind != "luhn_bad" else "declined test number "
        out.append(
            {
                "id": f"vec-neg-{j:03d}",
                "split": "vectors",
                "kind": f"neg_vector:{src}",
                "lang": "mixed",
                "hard": False,
                "tags": [],
                "text": pre + value,
                "spans": [],
                "decoys": [{"kind": kind, "start": len(pre), "end": len(pre) + len(value)}],
            }
        )
    return out


def main() -> int:
    recs = records()
    for r in recs:
        bad = problems(r)
        if bad:
            raise AssertionError(f"{r['id']}: {bad}")
    with (HERE / "vectors.jsonl").open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} vector documents -> {HERE / 'vectors.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
