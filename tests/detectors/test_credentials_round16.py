"""Round 16w: the credential forms of blind-round16w, on values of their own (not the corpus's).

Each case names the text and the values the scan must report with their type; the negatives must report no
PASSWORD or API_KEY at all.
"""

from __future__ import annotations

import pytest

from detectors import scan

P, K = "PASSWORD", "API_KEY"

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # password keys joined to their owner, truncated, misspelt, in pinyin
    ("GET /cgi/login?loginuser=ops&loginpas=Rv8dq2Lm&ch=1", [(P, "Rv8dq2Lm")]),
    ("curl 'http://cam1.example.net/set?adminpwd=Kz3-wq7Yt&lang=en'", [(P, "Kz3-wq7Yt")]),
    ("USERPASS=Hq5_nv2Wx", [(P, "Hq5_nv2Wx")]),
    ("dbpasswd: Tm4.jr9Pc", [(P, "Tm4.jr9Pc")]),
    ("ftp_pswd = Wb2#ks8Qn", [(P, "Wb2#ks8Qn")]),
    ("mail.pasword=Gx7!hd3Zr", [(P, "Gx7!hd3Zr")]),
    ("psw: Lc9_tq4Vm", [(P, "Lc9_tq4Vm")]),
    ("报表库 秘码：Jn6&xe2Rb", [(P, "Jn6&xe2Rb")]),
    ("mima：qf83720kd", [(P, "qf83720kd")]),
    ("堡垒机 mm: yt52918ps", [(P, "yt52918ps")]),
    # Wi-Fi notices: a network and its key, no password word
    ("【员工 WiFi】\nStaff-5G / 66120384km!", [(P, "66120384km!")]),
    ("二楼无线：Floor2-AP，vk3829qx#", [(P, "vk3829qx#")]),
    ("WLAN\tTraining\tPlover#7731", [(P, "Plover#7731")]),
    ("hostapd: wpa2-pre-shared-key=Zq8-mc3Tb", [(P, "Zq8-mc3Tb")]),
    ("uci set wireless.@wifi-iface[1].key='Xd5.rn8Wp'", [(P, "Xd5.rn8Wp")]),
    # tool calls, form bodies, stdin
    ('{"function":{"name":"ftp_login","arguments":"{\\"user\\":\\"ops\\",\\"password\\":\\"Vm3#kp9Qa\\"}"}}',
     [(P, "Vm3#kp9Qa")]),
    ('Content-Disposition: form-data; name="user_password"\r\n\r\nNs7!qz4Lb\r\n--boundary--', [(P, "Ns7!qz4Lb")]),
    ("buildah login --username ci --password-stdin reg.example.net <<EOF\nTc6$wm2Pq\nEOF", [(P, "Tc6$wm2Pq")]),
    ("oras login reg.example.net -u ci --password-stdin <<< 'Hj8%vd3Ks'", [(P, "Hj8%vd3Ks")]),
    # command lines and device configs
    ("mosquitto_sub -h broker -u iot -P Bq2-zx7Wn -t 'site/#'", [(P, "Bq2-zx7Wn")]),
    ("schtasks /run /s fs02 /u CORP\\ops /p Gk4!ty8Lm /tn Backup", [(P, "Gk4!ty8Lm")]),
    ("winrs -r:app03 -u:ops -p:Rw7#cn2Xd hostname", [(P, "Rw7#cn2Xd")]),
    ('test: ["CMD", "mysql", "-h", "db", "-uapp", "-pQm9.vt3Kc", "-e", "select 1"]', [(P, "Qm9.vt3Kc")]),
    ("local-user audit class manage\n password simple lz49021mq\n service-type https", [(P, "lz49021mq")]),
    ("/user add name=noc password=Fp5mkjvwtR.Q group=read", [(P, "Fp5mkjvwtR.Q")]),
    # YAML tags and anchors, Chinese and full-width quotes, emoji
    ("ftp:\n  password: !!str 90417736", [(P, "90417736")]),
    ("main:\n  password: &pw Sn3_hx8Kt\nbackup:\n  password: *pw", [(P, "Sn3_hx8Kt")]),
    # a '*' first is an alias only when named like a word or anchored earlier; a random token is the password
    ("services:\n  root_password: *Qf7mZ2r-Kd9x", [(P, "*Qf7mZ2r-Kd9x")]),
    ("base: &Hx4tP9 {user: ops}\nprod:\n  password: *Hx4tP9\n  token_password: Wn8#vz3Lq", [(P, "Wn8#vz3Lq")]),
    ("新密码：＂Dv6!pq2Zw＂", [(P, "Dv6!pq2Zw")]),
    ("WiFi 密码：🦊Kestrel2288", [(P, "🦊Kestrel2288")]),
    ("库的口令用的是Yh3*ms7Lc", [(P, "Yh3*ms7Lc")]),
    # tables with the common slip 登陆
    ("主机\t登陆用户\t登陆密码\nweb1\tops\tCq8#lv2Nt", [(P, "Cq8#lv2Nt")]),
    # a secret key with symbols in quotes
    ("SECRET_KEY = 'q7(Hn2=Lz9!vX4#kT8@wR3^mB6&pY1*dC5+fJ0-sG'", [(K, "q7(Hn2=Lz9!vX4#kT8@wR3^mB6&pY1*dC5+fJ0-sG")]),
]

NEGATIVE: list[str] = [
    "bypass=true\ncompass: north",
    "pas=1\nnopass: yes",
    "username=ops&password=&verify=4k2p",
    '{"name":"login","parameters":{"properties":{"password":{"type":"string","description":"登录密码"}}}}',
    "Cookie: csrftoken=Kq7Lm2Xv9Rt4Wz8Pn3Hs6Yb1Jd5Fg0A; lang=zh",
    "X-XSRF-TOKEN: Rt4Wz8Pn3Hs6Yb1Jd5Fg0AKq7Lm2Xv9",
    "wpa_key_mgmt=WPA-PSK\nrsn_pairwise=CCMP",
    "line vty 0 4\n password 7 045802150C2E\n login",
    "WiFi 模块：ESP32，2.4GHz",
    "板厚 mm：12.5",
    "echo \"$CI_TOKEN\" | docker login -u ci --password-stdin reg.example.net <<< \"$CI_TOKEN\"",
    "replica:\n  password: *shared_pw",
    "standby:\n  db_password: *db-pass2",
]


@pytest.mark.parametrize(("text", "want"), POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_round16_forms_are_found(text: str, want: list[tuple[str, str]]) -> None:
    got = sorted((f.type, text[f.start:f.end]) for f in scan(text) if f.type in (P, K))
    assert got == sorted(want)


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_round16_look_alikes_are_not_credentials(text: str) -> None:
    assert [f for f in scan(text) if f.type in (P, K)] == []
