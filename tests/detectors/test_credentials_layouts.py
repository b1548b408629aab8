"""Credentials whose name is not next to their value (issue 3, round-5 forms): a cloud secret after its access key
id, PHP `define()` constants, libpq keyword strings, `.pgpass` lines, a password on the line after its label, a
project key wrapped by a mail client, a password in backticks after the word; and what looks like them but is not
(a GPG key id under `signingkey`, a YAML tag where a value would be). All values are synthetic."""

from __future__ import annotations

import pytest

import detectors

PROJ_KEY = ("sk-proj-Hb7Kq2Lz9Xc4Vn1Mw6Rt3Yp8Ua5Sd0Fg7Jh2Kl4Zx9Cv6Bn1Mq3We8Rt5Yu0Io2Pa7Sd4"
            "T3BlbkFJWq9Er4Ty7Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3")

FOUND = [
    ("ak = OssAuth('LTAI5tRm8Qx2Vb7Nk4Wp9Zc3', 'Hs7Kd2Lq9Vx4Bn8Mw3Rt6Yp1Ua5Sf0')", "API_KEY",
     "Hs7Kd2Lq9Vx4Bn8Mw3Rt6Yp1Ua5Sf0"),
    ("运维群里贴的：LTAI5tRm8Qx2Vb7Nk4Wp9Zc3 / Hs7Kd2Lq9Vx4Bn8Mw3Rt6Yp1Ua5Sf0 用完就删", "API_KEY",
     "Hs7Kd2Lq9Vx4Bn8Mw3Rt6Yp1Ua5Sf0"),
    ('cred = Credential("AKIDq8Wz3Lm6Xt1Rv9Kb4Ny7Pc2Hs5Jd0Fg3A", "Yt6Rw1Qz8Lp3Xk5Mv9Bn2Hs4Cd7Jf0Gu")', "API_KEY",
     "Yt6Rw1Qz8Lp3Xk5Mv9Bn2Hs4Cd7Jf0Gu"),
    ("define( 'DB_PASSWORD', 'Blog#Mv2026' );", "PASSWORD", "Blog#Mv2026"),
    ("define('LOGGED_IN_SALT', 'Qp4Zr8Lx2Vm6Nb1Kw9Ht3Yc7Js5Df0Ga2Pe8Ru4Ti6Ow1');", "API_KEY",
     "Qp4Zr8Lx2Vm6Nb1Kw9Ht3Yc7Js5Df0Ga2Pe8Ru4Ti6Ow1"),
    ('pool = psycopg_pool.ConnectionPool("host=pg-ro.lan.example port=5433 dbname=crm user=crm_ro '
     'password=Crm#R0nly sslmode=verify-full")', "DB_CONNECTION_STRING",
     "host=pg-ro.lan.example port=5433 dbname=crm user=crm_ro password=Crm#R0nly sslmode=verify-full"),
    ("~/.pgpass:\nreplica.db.example.net:5432:analytics:etl_job:Etl!Load2026\n", "PASSWORD", "Etl!Load2026"),
    ("新同事的 VPN 账号\n账号：zhangmin\n初始密码：\nVpn#Zm0418\n首次登录后请修改", "PASSWORD", "Vpn#Zm0418"),
    ("Staging admin\nPassword:\n    St4ge!Admin\nURL: https://admin.staging.example", "PASSWORD", "St4ge!Admin"),
    ("OPENAI_API_KEY=" + PROJ_KEY[:70] + "\n" + PROJ_KEY[70:] + "\n", "API_KEY", PROJ_KEY[:70] + "\n" + PROJ_KEY[70:]),
    ("They gave me the FTP login: user `ops_li`, password `Ftp!Ops2026`, port 21.", "PASSWORD", "Ftp!Ops2026"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


NOT_FOUND = [
    "[user]\n    email = ci@example.com\n    signingkey = 7C4F19A2B83D06E5\n",  # a GPG key id
    "[user]\n\tsigningKey = 0A46826A7C4F19A2B83D06E5F1C7D3B9E2A84F10\n",  # a GPG fingerprint
    "smtp_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231336539666234\n",
    "db_password: !secret mariadb_password\n",  # Home Assistant's secrets.yaml reference
    "if not password:\n    sys.exit(1)\n",
    "password:\n  - name: rotate\n",
    "LTAI5tRm8Qx2Vb7Nk4Wp9Zc3 / docs/guide/access-keys-and-roles.md",  # no 30-character secret after the id
    "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
    "conn = 'host=localhost dbname=app user=app password='",  # no password given
    "12:30:45:200:ok\n2026-11-30 10:00:01:INFO:worker:started",  # timestamps, not password-file lines
    "sk-Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF\nsk-Zy8xW6vU4tS2rQ0pO8nM6lK4jI2hG0fE\n",  # two keys, not one wrapped
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)
             if f.type in ("API_KEY", "PASSWORD", "DB_CONNECTION_STRING")]
    if text.startswith("sk-Ab3"):
        assert found == [("API_KEY", "sk-Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF"),
                         ("API_KEY", "sk-Zy8xW6vU4tS2rQ0pO8nM6lK4jI2hG0fE")]
    elif text.startswith("LTAI"):
        assert found == [("API_KEY", "LTAI5tRm8Qx2Vb7Nk4Wp9Zc3")]
    else:
        assert found == []
