"""What a private key block is, so that the first scan and a rescan of its masked output agree (the redaction
invariant the fuzzer checks): BEGIN line, key material, END line; a block cut short or with the wrong END line is
still a key when material sits under its BEGIN line (fail closed), and a BEGIN line with none is a marker."""

from __future__ import annotations

import base64
import json
import random
import time

import pytest

import detectors


def _material(seed: int, n: int = 3) -> list[str]:
    """Synthetic base64 lines (random bytes, not a real key)."""
    rng = random.Random(seed)
    return [base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode() for _ in range(n)]


def _block(label: str, seed: int, sep: str = "\n") -> str:
    return sep.join([f"-----BEGIN {label}-----", *_material(seed), f"-----END {label}-----"])


def _keys(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == "PRIVATE_KEY"]


def _rescan_clean(text: str) -> bool:
    """Mask every finding, rescan: nothing of the same type overlaps a masked span (bench/detect/fuzz.py)."""
    found = detectors.scan(text)
    masked = list(text)
    for f in found:
        masked[f.start:f.end] = "\u2588" * (f.end - f.start)
    again = detectors.scan("".join(masked))
    return not any(g.type == f.type and g.start < f.end and f.start < g.end for g in again for f in found)


def test_several_blocks_are_found_one_by_one() -> None:
    a, b = _block("RSA PRIVATE KEY", 1), _block("OPENSSH PRIVATE KEY", 2)
    text = f"旧的：\n{a}\n新的（轮换后）：\n{b}\n请替换服务器上的 id_rsa。"
    assert _keys(text) == [a, b]
    assert _rescan_clean(text)


def test_truncated_block_ends_where_its_material_ends() -> None:
    lines = _material(3)
    text = "部署脚本报错，私钥如下（复制时截断了）：\n-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + \
        "\n\n报错信息：invalid key format"
    assert _keys(text) == ["-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines)]
    assert _rescan_clean(text)


def test_truncated_block_does_not_run_into_the_next_block() -> None:
    """The first BEGIN's END line was lost: it is a key of its own, and the next block keeps its END line."""
    first = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(_material(4, 2))
    second = _block("PRIVATE KEY", 5)
    text = f"{first}\n-----END PRIV\n{second}\n"
    assert _keys(text) == [first, second]
    assert _rescan_clean(text)


def test_marker_then_block_with_broken_end_then_block() -> None:
    """The layout of the fuzzer's failures: a BEGIN with no material, a block whose END line is broken, a whole
    block. Only the blocks with material are keys, and masking them leaves nothing that reads as a key."""
    broken = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(_material(6, 2))
    whole = _block("PRIVATE KEY", 7)
    text = f"-----BEGIN PRIVATE KEY-----\nAB\n-----END PRIVATE KEY-----x{broken}\n-----END PRIVATE KEY说明{whole}"
    assert _keys(text) == [broken, whole]
    assert _rescan_clean(text)


def test_mismatched_end_label_still_ends_the_key() -> None:
    body = "\n".join(_material(8))
    text = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\nok"
    assert _keys(text) == [text[:-3]]


def test_elided_middle_runs_to_the_end_line_of_the_same_label() -> None:
    first = _material(9, 1)[0]
    text = f"key:\n-----BEGIN RSA PRIVATE KEY-----\n{first}\n...（中间省略）...\n-----END RSA PRIVATE KEY-----\n谢谢"
    assert _keys(text) == [text[5:text.index("\n谢谢")]]
    assert _rescan_clean(text)


def test_openssh_and_encrypted_pem_with_headers() -> None:
    ssh = _block("OPENSSH PRIVATE KEY", 10)
    enc = "\n".join(["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED",
                     "DEK-Info: AES-128-CBC,5E2A90C1D3B4F6A7E8C9D0B1A2F3E4D5", "", *_material(11),
                     "-----END RSA PRIVATE KEY-----"])
    text = f"{ssh}\n\n{enc}"
    assert _keys(text) == [ssh, enc]


def test_block_in_a_json_string_with_escapes_and_without_its_end() -> None:
    whole = _block("PRIVATE KEY", 12, sep="\n")
    doc = json.dumps({"type": "service_account", "private_key": whole + "\n", "client_email": "svc@proj.iam.example"})
    assert _keys(doc) == [json.dumps(whole)[1:-1]]
    cut = json.dumps({"private_key": "\n".join(whole.split("\n")[:3])})
    assert _keys(cut) == [cut[len('{"private_key": "'):-2]]
    assert _rescan_clean(doc) and _rescan_clean(cut)


def test_block_split_over_string_literals() -> None:
    lines = _material(13)
    src = 'KEY = (\n    "-----BEGIN EC PRIVATE KEY-----\\n"\n' + "".join(f'    "{x}\\n"\n' for x in lines) + \
        '    "-----END EC PRIVATE KEY-----\\n"\n)\n'
    (key,) = _keys(src)
    assert key.startswith("-----BEGIN EC PRIVATE KEY-----") and key.endswith("-----END EC PRIVATE KEY-----")


@pytest.mark.parametrize("text", [
    '_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"',
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\n<在这里粘贴私钥>\n-----END PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\nREDACTED\n-----END PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
    "-----BEGIN PUBLIC KEY-----\n" + "\n".join(_material(14)) + "\n-----END PUBLIC KEY-----",
])
def test_markers_placeholders_and_public_keys_are_no_key(text: str) -> None:
    assert _keys(text) == []


def test_random_pem_layouts_pass_the_redaction_invariant() -> None:
    """Blocks whole, cut, relabelled and glued together with noise, as a paste goes wrong."""
    rng = random.Random(1201)
    labels = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
    noise = ["", "\n", "\n\n", "x", "说明：", "\\n", '"', "-----", "-----END ", "\u200b", "MIIB", "=="]
    for i in range(300):
        parts: list[str] = []
        for _ in range(rng.randint(1, 5)):
            label = rng.choice(labels)
            lines = _material(rng.randrange(10**6), rng.randint(0, 3))
            end = rng.choice([f"-----END {label}-----", f"-----END {rng.choice(labels)}-----",
                              f"-----END {label}", "", "-----END"])
            sep = rng.choice(["\n", "\\n", " "])
            parts.append(sep.join([f"-----BEGIN {label}-----", *lines, end]))
            parts.append(rng.choice(noise))
        text = "".join(parts)
        assert _rescan_clean(text), (i, text)


def test_crafted_runs_stay_linear() -> None:
    """A long material run, many BEGIN lines and long separator runs take milliseconds, not quadratic time."""
    texts = [
        "-----BEGIN PRIVATE KEY-----\n" + "A" * 200_000,
        "-----BEGIN PRIVATE KEY-----\n" * 5_000,
        "-----BEGIN PRIVATE KEY-----" + "\\n" * 50_000 + "-",
        "-----BEGIN PRIVATE KEY-----\n" + "Proc-Type: 4\n" * 10_000,
        ("-----BEGIN RSA PRIVATE KEY-----\nABCDEFGHIJKL\n" + "x" * 50) * 2_000,
    ]
    detectors.scan("预热 warm-up: 13800138000")  # models load on the first scan of a process
    for text in texts:
        t0 = time.process_time()
        detectors.scan(text)
        assert time.process_time() - t0 < 2.0
