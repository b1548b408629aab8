"""Credential forms engineers write that the earlier rules missed (issue 3, recall on new forms): name / value
pairs in manifests, quoted mysql -p, net use with a drive letter, Ruby's =>, Chinese quotes, and JWTs and
vendor keys broken over lines. All values are synthetic."""

from __future__ import annotations

import pytest

import detectors

JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzgzMTIiLCJuYW1lIjoiVGVzdCIsImlhdCI6MTcwMDAwMDAwMH0."
       "q0K3vZ9bYt2mXw4L8sPn6RfHcJdUaEo1iTgVbNyK7Qs")
ANTHROPIC = "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9876543210AbCdEfGhIjKlMnOpQr-stuvwxyzAA"

CASES = [
    ("    env:\n    - name: POSTGRES_PASSWORD\n      value: K8sPg#2026x\n", "PASSWORD", "K8sPg#2026x"),
    ('{"name": "DB_PASSWORD", "value": "Ecs#Pw2026"}', "PASSWORD", "Ecs#Pw2026"),
    ("environment:\n  - name: REDIS_PWD\n    value: 'Rd5#Pwd2026'\n", "PASSWORD", "Rd5#Pwd2026"),
    ("mysql -u root -p'Qu0ted#pw' shop", "PASSWORD", "Qu0ted#pw"),
    ('mysqldump -uroot -p"Dump#2026x" erp > erp.sql', "PASSWORD", "Dump#2026x"),
    ("net use Z: \\\\fs01\\share /user:CORP\\bob B0b#Share1", "PASSWORD", "B0b#Share1"),
    (':password => "Rb#Hash2026",', "PASSWORD", "Rb#Hash2026"),
    ("密码是「Adm1n#x9」", "PASSWORD", "Adm1n#x9"),
    ("初始密码：“Init#2026aa”，登录后修改", "PASSWORD", "Init#2026aa"),
    ("password：【Brk#2026pw】", "PASSWORD", "Brk#2026pw"),
    ("https://admin:Http#2026p@grafana.corp.local/", "PASSWORD", "Http#2026p"),
    (JWT[:50] + "\n" + JWT[50:], "JWT", JWT[:50] + "\n" + JWT[50:]),
    ("Authorization: Bearer " + JWT[:40] + "\n  " + JWT[40:] + "\nHost: api.corp.local", "JWT",
     JWT[:40] + "\n  " + JWT[40:]),
    ("jwt=" + JWT[:37] + "\n" + JWT[37:87] + "\n" + JWT[87:] + " and more", "JWT",
     JWT[:37] + "\n" + JWT[37:87] + "\n" + JWT[87:]),
    ("AKIAIOSF\nODNN7EXAMPLF", "API_KEY", "AKIAIOSF\nODNN7EXAMPLF"),
    (ANTHROPIC[:44] + "\n" + ANTHROPIC[44:], "API_KEY", ANTHROPIC[:44] + "\n" + ANTHROPIC[44:]),
    ("token: ghp_AbCdEfGhIjKl\nMnOpQrStUvWxYz0123456789", "API_KEY", "ghp_AbCdEfGhIjKl\nMnOpQrStUvWxYz0123456789"),
    ("key: AIzaSyA1b2C3d4E5f6G7h8I\n  9j0K1l2M3n4O5p6Q\nnext", "API_KEY",
     "AIzaSyA1b2C3d4E5f6G7h8I\n  9j0K1l2M3n4O5p6Q"),
    ('{"body": "{\\"user\\":\\"app\\",\\"password\\":\\"Pw#2026esc\\"}"}', "PASSWORD", "Pw#2026esc"),
    ('payload="{\\"password\\": \\"Esc#Pw2026\\", \\"user\\": \\"a\\"}"', "PASSWORD", "Esc#Pw2026"),
    ("Password for user postgres: Pg#Prompt2026", "PASSWORD", "Pg#Prompt2026"),
    ("Your password has been reset to Rst#2026pw", "PASSWORD", "Rst#2026pw"),
    ("mysql://root@10.0.0.5:3306/app (password Mx#2026root)", "PASSWORD", "Mx#2026root"),
    ("vpn pw Hunter#2026", "PASSWORD", "Hunter#2026"),
    ("用户名/密码 admin/Admin#2026", "PASSWORD", "Admin#2026"),
    ("账号密码 root/Root#2026x", "PASSWORD", "Root#2026x"),
    ("账号：zs 密码：Ab/2026#x", "PASSWORD", "Ab/2026#x"),
    ('{"dsn":"postgres:\\/\\/app:Pg#2026x@10.0.0.1:5432\\/app"}', "DB_CONNECTION_STRING",
     "postgres:\\/\\/app:Pg#2026x@10.0.0.1:5432\\/app"),
    ('{"url":"https:\\/\\/admin:Ad#2026pw@oa.corp.local\\/"}', "PASSWORD", "Ad#2026pw"),
    ("https://u:P%40ss%232026@h.corp.local/x", "PASSWORD", "P%40ss%232026"),
    ("密码：P @ s s w 0 r d 2 0 2 6", "PASSWORD", "P @ s s w 0 r d 2 0 2 6"),
    ("token: g h p _ A b C d E f G h I j K l M n O p Q r S t U v W x Y z 0 1 2 3 4 5 6 7 8 9", "API_KEY",
     "g h p _ A b C d E f G h I j K l M n O p Q r S t U v W x Y z 0 1 2 3 4 5 6 7 8 9"),
    ('{"auths": {"harbor.corp.local": {"auth": "Y2ktYm90OkRrI1JlZzIwMjZ4"}}}', "PASSWORD", "Y2ktYm90OkRrI1JlZzIwMjZ4"),
    ("psexec \\\\10.0.0.8 -u CORP\\admin -p Ps#Exec2026 cmd", "PASSWORD", "Ps#Exec2026"),
    ("schtasks /create /tn backup /tr b.bat /ru CORP\\svc /rp Sch#2026pw", "PASSWORD", "Sch#2026pw"),
]


@pytest.mark.parametrize(("text", "kind", "value"), CASES)
def test_new_form_is_found_whole(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


NEGATIVES = [
    ("- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-secret\n      key: password\n", []),
    ('{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"}', []),
    ("密码【已隐藏】，请找管理员", []),
    ("mysql -u root -p shop", []),
    ("hdr " + JWT.split(".")[0] + "\nonly a header", []),
    ("sk-xxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxx", []),
    ("token " + JWT + "\nthanks", [("JWT", JWT)]),
    ("ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\nthanks", [("API_KEY", "ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")]),
    ("please change your password Monday", []),
    ("  password VARCHAR(64) NOT NULL,", []),
    ("password reset link sent", []),
    ('    PASSWD = getpass.getpass("IMAP password for %s on %s: " % (USER, host or "localhost"))', []),
    ("登录 www.corp.com/login123", []),
    ("var re = /^https?:\\/\\/[a-z.]+\\/$/;", []),
    ("1 + 2 = 3 , 4 + 5 = 9", []),
    ('{"auth": "dXNlcjpwYXNzd29yZA=="}', []),
    ('{"auth": "true", "authType": "basic"}', []),
]
"""Templates, masked values and headers alone give nothing; a whole token never takes the next line's word."""


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_no_credential_beyond_what_is_there(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)
             if f.type in ("PASSWORD", "API_KEY", "JWT", "DB_CONNECTION_STRING")]
    assert found == expected
