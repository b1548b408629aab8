"""Round 15w: the credential forms of blind-round15w, on values of their own (not the corpus's).

Each case names the text and the values the scan must report with their type; the negatives must report no
PASSWORD or API_KEY at all.
"""

from __future__ import annotations

import pytest

from detectors import scan

P, K = "PASSWORD", "API_KEY"

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # vendor tokens by prefix
    ("llm 的 key：gsk_" + "Q7w" * 17 + "x。", [(K, "gsk_" + "Q7w" * 17 + "x")]),
    ("OPENROUTER=sk-or-v1-" + "3fa9" * 16, [(K, "sk-or-v1-" + "3fa9" * 16)]),
    ("token hvs.CAESIJk2mQ7pLx9vT3rW8zYb5nHd", [(K, "hvs.CAESIJk2mQ7pLx9vT3rW8zYb5nHd")]),
    ("部署 token gldt-Hq7Vn3Kp9Lm2Xw5Rt8Yz 只读", [(K, "gldt-Hq7Vn3Kp9Lm2Xw5Rt8Yz")]),
    ("shop token shpat_" + "0a9b" * 8, [(K, "shpat_" + "0a9b" * 8)]),
    ("sbp_" + "7e3c1d9a" * 5 + " 是 supabase 的", [(K, "sbp_" + "7e3c1d9a" * 5)]),
    ("mg key-" + "c0ffee12" * 4, [(K, "key-" + "c0ffee12" * 4)]),
    ("STRIPE_RK=rk_live_" + "Zx81Qw" * 5, [(K, "rk_live_" + "Zx81Qw" * 5)]),
    ("signing whsec_" + "Ab3Cd4Ef" * 4, [(K, "whsec_" + "Ab3Cd4Ef" * 4)]),
    ("bot 7712093345:AA" + "k9_Qz-Lm3Xr" * 3 + " 给运维群", [(K, "7712093345:AA" + "k9_Qz-Lm3Xr" * 3)]),
    ("https://api.telegram.org/bot6120984433:AA" + "Hq3Lw9_Tz-K" * 3 + "/getUpdates",
     [(K, "6120984433:AA" + "Hq3Lw9_Tz-K" * 3)]),
    # generic keys: a bracketed remark, a flag, Api-Key, SAS, credentials CSV, Auth(…, …)
    ("AppSecret（开发者密钥）：9c1e5a7b3d2f4e6a8b0c9d1e2f3a4b5c", [(K, "9c1e5a7b3d2f4e6a8b0c9d1e2f3a4b5c")]),
    ("az storage container list --account-key Tq9Lm2Xv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0Ac==",
     [(K, "Tq9Lm2Xv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0Ac==")]),
    ("Authorization: Api-Key Hs7Kq2Lw9Xv4Rt8Mz3Pn6Yb1", [(K, "Hs7Kq2Lw9Xv4Rt8Mz3Pn6Yb1")]),
    ("https://acct.blob.core.windows.net/c/b.txt?sv=2023-01-03&sp=r&se=2027-01-01T00:00:00Z&sig=Qm9Lp2%2BXv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2Xv7%3D",
     [(K, "Qm9Lp2%2BXv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2Xv7%3D")]),
    ("name,access key id,secret access key\nops,HKQ7XW2LMP9RT4VZ8NB3,Lw9Xv4Rt8Mz3Pn6Yb1Hs7Kq2Tq9Lm2Xv7Rk4Wz8P",
     [(K, "HKQ7XW2LMP9RT4VZ8NB3"), (K, "Lw9Xv4Rt8Mz3Pn6Yb1Hs7Kq2Tq9Lm2Xv7Rk4Wz8P")]),
    ("a = Auth(\"Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2Xv7Qw3E\", \"Yb1Jd5Fg0AcTq9Lm2Xv7Rk4Wz8Pn3Hs6Qw3E\")",
     [(K, "Rk4Wz8Pn3Hs6Yb1Jd5Fg0AcTq9Lm2Xv7Qw3E"), (K, "Yb1Jd5Fg0AcTq9Lm2Xv7Rk4Wz8Pn3Hs6Qw3E")]),
    # a Docker Hub token in a password's place is the password
    ("docker login -u ci -p dckr_pat_Hq7Vn3Kp9Lm2Xw5Rt8YzAb1Cd2E", [(P, "dckr_pat_Hq7Vn3Kp9Lm2Xw5Rt8YzAb1Cd2E")]),
    ("Docker Hub PAT：dckr_pat_Hq7Vn3Kp9Lm2Xw5Rt8YzAb1Cd2E", [(K, "dckr_pat_Hq7Vn3Kp9Lm2Xw5Rt8YzAb1Cd2E")]),
    # passwords: comma remarks, passphrases, arrows, Korean slang
    ("密码我微信发你了，这次的是：Tx8#pLm2q", [(P, "Tx8#pLm2q")]),
    ("堡垒机口令上周换了，改用：Mingxi_2031", [(P, "Mingxi_2031")]),
    ("The passphrase, for the record, is: Vq7!nR2wz", [(P, "Vq7!nR2wz")]),
    ("口令：harbor 61 lantern pebble", [(P, "harbor 61 lantern pebble")]),
    ("passphrase: violet 7 anchor drum (lower case)", [(P, "violet 7 anchor drum")]),
    ("新口令 →「Kp4$wzQ9m」", [(P, "Kp4$wzQ9m")]),
    ("管理 비번: Zr5&kd8Lq", [(P, "Zr5&kd8Lq")]),
    ("the wiki password is now Hn3*vb7Qx", [(P, "Hn3*vb7Qx")]),
    # configuration files and commands
    ("rootpw Mq7.pz3Kd", [(P, "Mq7.pz3Kd")]),
    ("binddn cn=sync,dc=example,dc=org\nbindpw Qa2_rt9Lm", [(P, "Qa2_rt9Lm")]),
    ("rootpw --plaintext Lk8-vc3Wq", [(P, "Lk8-vc3Wq")]),
    ("d-i passwd/user-password password Vb6.qm2Ty", [(P, "Vb6.qm2Ty")]),
    ("chpasswd:\n  list: |\n    ops:Wd4_hk7Zp\n  expire: false", [(P, "Wd4_hk7Zp")]),
    ("# userlist.txt\n\"app\" \"Fj5-nq8Xc\"", [(P, "Fj5-nq8Xc")]),
    ("    storePassword \"Gh7%tw2Lp\"", [(P, "Gh7%tw2Lp")]),
    ("10.2.3.4 : PSK \"Ny3!ck6Rv\"", [(P, "Ny3!ck6Rv")]),
    ("cqlsh db1 -u app -p Rt6_jx4Mn", [(P, "Rt6_jx4Mn")]),
    ("openssl enc -d -aes-256-cbc -in a.enc -out a.txt -k Qz9.wp4Hb", [(P, "Qz9.wp4Hb")]),
    ("ipmitool -H bmc3 -U root -P Ab1-cd2Ef user set password 3 Gh4-jk5Lm",
     [(P, "Ab1-cd2Ef"), (P, "Gh4-jk5Lm")]),
    ("(echo Uv7#xy8Zq; echo Uv7#xy8Zq) | smbpasswd -s -a ops", [(P, "Uv7#xy8Zq"), (P, "Uv7#xy8Zq")]),
    ("the staging creds are deploy and Hw4!kz9Lq, ping me if they fail", [(P, "Hw4!kz9Lq")]),
]

NEGATIVE: list[str] = [
    "STRIPE_PUBLISHABLE_KEY=pk_live_" + "Zx81Qw" * 5,
    "Stripe('pk_test_" + "Lm92Kd" * 5 + "')",
    "钉钉 AppKey：dingq8w2e4r6t8y0u1i3\nAppSecret 在后台",
    "%admins ALL=(ALL) NOPASSWD: ALL",
    "{\"login.password.reset\": \"找回密码？\"}",
    "<password>{AQAAABAAAAAQ" + "Xq7Lm2" * 6 + "=}</password>",
    "password: must be at least 12 characters long",
    "ssh-keygen --ssh-key /home/ops/.ssh/id_ed25519",
    "密码已经重置，用户名：Zhao_li02",
    "密码我私你了，你看下微信。",
    "requests.get(url, auth=HTTPBasicAuth(user, pw))",
    "rootpw --iscrypted $6$Lk8vc3Wq$Tq9Lm2Xv7Rk4Wz8Pn3Hs6Yb1Jd5Fg0Ac",
    "The credentials are stored and rotated every quarter.",
]


@pytest.mark.parametrize(("text", "want"), POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_round15_forms_are_found(text: str, want: list[tuple[str, str]]) -> None:
    got = sorted((f.type, text[f.start:f.end]) for f in scan(text) if f.type in (P, K))
    assert got == sorted(want)


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_round15_look_alikes_are_not_credentials(text: str) -> None:
    assert [f for f in scan(text) if f.type in (P, K)] == []
