"""Credential forms from the fourth blind round (issue 3), and the faster scans that must find what the old ones did."""

from __future__ import annotations

import random
import re

import pytest

import detectors
from detectors.recognizers import contact, source_code

CASES = [
    ("requirepass S1ave#Redis\nmasterauth M4ster#Redis\n", [("PASSWORD", "S1ave#Redis"), ("PASSWORD", "M4ster#Redis")]),
    ("command: redis-server --requirepass Rq9vT2xLm0 --appendonly yes", [("PASSWORD", "Rq9vT2xLm0")]),
    ("machine git.corp.local\n  login ci-runner\n  password G1tRunner#26\n", [("PASSWORD", "G1tRunner#26")]),
    ('sql.Open("mysql", "shop_rw:Sh0pRw#2026@tcp(db.svc:3306)/shop?parseTime=true")',
     [("DB_CONNECTION_STRING", "shop_rw:Sh0pRw#2026@tcp(db.svc:3306)/shop?parseTime=true")]),
    ("测试库密码如下：\nT3st#Db2026\n别外传", [("PASSWORD", "T3st#Db2026")]),
    ("服务器 root 密码发你了：R00t!Srv_09", [("PASSWORD", "R00t!Srv_09")]),
    ("wifi名：Guest-5F  pwd：welcome5F2026", [("PASSWORD", "welcome5F2026")]),
    ("堡垒机 账号/密码：ops_admin / Bastion@2026", [("PASSWORD", "Bastion@2026")]),
    ('$pw = ConvertTo-SecureString "Svc#Backup2026" -AsPlainText -Force', [("PASSWORD", "Svc#Backup2026")]),
    ("net use \\\\fs\\finance /user:CORP\\fin_ro F1nRo#2026 /persistent:no", [("PASSWORD", "F1nRo#2026")]),
    ("CREATE USER 'bi_ro'@'10.%' IDENTIFIED BY 'B1_r0#2026';", [("PASSWORD", "B1_r0#2026")]),
    ("CREATE ROLE app_rw WITH LOGIN PASSWORD 'AppRw!2026pg';", [("PASSWORD", "AppRw!2026pg")]),
    ('echo "Harb0r#Robot" | docker login harbor.corp.local -u robot --password-stdin', [("PASSWORD", "Harb0r#Robot")]),
    ("echo 'deploy:D3ploy!2026' | sudo chpasswd", [("PASSWORD", "D3ploy!2026")]),
    ("mysqladmin -u root password 'N3wR00t#pw'", [("PASSWORD", "N3wR00t#pw")]),
    ("几台测试机的密码都是 Test#2026qa ，别改", [("PASSWORD", "Test#2026qa")]),
    ("- 密码：`Qa!user0901`", [("PASSWORD", "Qa!user0901")]),
]
NEGATIVES = [
    "# requirepass foobared\n# masterauth <master-password>\nappendonly yes\n",
    "密码如下：见附件，解压密码单独发你",
    "$ pwd\n/home/deploy\n$ sudo passwd deploy\nNew password:\n",
    "net use \\\\fs\\finance /user:CORP\\fin_ro * /persistent:no",
    "SET PASSWORD FOR 'app'@'%' = @new_password;",
    "echo $REGISTRY_TOKEN | docker login ghcr.io -u ci --password-stdin",
    "run `cat /etc/secret` to read the password",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round4_credential_forms(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]
    for item in expected:
        assert item in found
    assert not [f for f in found if f[0] == "PASSWORD" and f not in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round4_hard_negatives(text: str) -> None:
    assert not [f for f in detectors.scan(text) if f.type in ("PASSWORD", "API_KEY", "DB_CONNECTION_STRING")]


def test_fences_and_code_lines_match_the_multiline_patterns() -> None:
    rng = random.Random(5)
    pieces = ["```py\n", "```\n", "~~~\n", "def f():\n", "  return 1\n", "text\n", "\n", " import os\n", "``````\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in source_code.fences(text)] == [m.span() for m in source_code._FENCE.finditer(text)]
        assert source_code.line_starts(text) == [m.start() for m in source_code._LINE_START.finditer(text)]


def test_local_part_search_matches_the_window_search() -> None:
    rng = random.Random(6)
    window_rx = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_\-])?$")
    for _ in range(5000):
        text = "".join(rng.choice("ab.-_%+9Z \n@") for _ in range(rng.randint(1, 40)))
        for at in (i for i, c in enumerate(text) if c == "@" and i and text[i - 1].isascii()):
            old = window_rx.search(text, max(0, at - 64), at)
            start = contact._local_start(text, at)
            if old is None:
                assert start is None
            else:
                assert start is not None and start <= old.start()


def test_unsecured_jwt_needs_alg_none() -> None:
    none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMDAyMyIsInJvbGUiOiJhZG1pbiJ9."
    hs256 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDAyMyIsInJvbGUiOiJhZG1pbiJ9."
    assert [(f.type, f.start, f.end) for f in detectors.scan(f"token {none} here")] == [("JWT", 6, 6 + len(none))]
    assert not [f for f in detectors.scan(f"token {hs256} here") if f.type == "JWT"]
