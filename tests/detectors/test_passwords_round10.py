"""Password forms that round 10 (bench/eval/blind/round10_passwords.py) showed missing, with fresh synthetic values,
each with the look-alikes that must stay quiet: the `P/W` shorthand and a `P:` line under a `U:` line, YAML block
scalars holding the value on the next line, a device's admin / password pair after what it logs into, passphrase
flags, HTTPie's `-a user:pass`, `net use` with the password before `/user:`, PHP array keys, keepalived's
`auth_pass`."""

from __future__ import annotations

import pytest

import detectors


def _passwords(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == "PASSWORD"]


@pytest.mark.parametrize(("text", "value"), [
    ("VPN 账号交接\nU/N: lwei_ops\nP/W: 70318264\n到期日 2027-01-15", "70318264"),
    ("Jenkins admin P/W Tq7@plum83 - keep it in the team", "Tq7@plum83"),
    ("Kibana -> ro_user / p/w Lantern-FOG29", "Lantern-FOG29"),
    ("p/w：Hx#840217", "Hx#840217"),
    ("Handover\nU: kf_admin\nP: 55120473", "55120473"),
    ("U/N: bi_sync\nP: Wv3_qrt9Zm", "Wv3_qrt9Zm"),
])
def test_shorthand_labels(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "the P/W field is required",
    "P/W 这一栏请不要填，系统会短信发送",
    "<input type=\"password\" name=\"P/W\" maxlength=\"32\">",
    "P/W: <your password>",
    "U: 12.5\nP: 0.03",
    "Q: 怎么修改密码\nP: 请看 wiki",
    "U: deployer\nP: ********",
    "Route: A\nP: 3 stops",
])
def test_shorthand_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("mail:\n  host: smtp.example.cn\n  password: >-\n    Rq5#tide2027\n  ssl: true", "Rq5#tide2027"),
    ("ldap:\n  bindPassword: |-\n      Ov8_kelp41\n  baseDN: dc=corp,dc=example", "Ov8_kelp41"),
    ("datasource:\n  password: |\n    60291735\n  pool: 20", "60291735"),
    ("- name: db\n  pass: >\n    Ui4*morn66", "Ui4*morn66"),
])
def test_yaml_block_scalars(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "smtp:\n  password: >-\n    ${SMTP_PASSWORD}\n",
    "tls:\n  passwordPolicy: |\n    minLength8\n",
    "cert:\n  password: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIU\n    -----END CERTIFICATE-----\n",
    "script:\n  pass: |\n    echo done\n    exit 0\n",
    "auth:\n  password: |\n  user: app\n",
    "db:\n  password_hash: |\n    $2b$12$Qm8kP0aL3nV7xT2bR5yZuO9cD4fH6jK1lM3nP5qR7sT9uV1wX3yZa\n",
])
def test_yaml_block_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("家里网络备忘：\n摄像头 10.20.30.40 的后台是 admin/Ql4mist806", "Ql4mist806"),
    ("The PDU web console is admin/Zr8~hawk31 (factory default was changed)", "Zr8~hawk31"),
    ("iLO 10.8.1.12 root/kpy@0917", "kpy@0917"),
    ("路由器后台 admin/mzt@0602，改完记得重启", "mzt@0602"),
    ("desk: default creds are admin / Fenghuang_OTTER19", "Fenghuang_OTTER19"),
    ("默认账号密码 admin/Pw3~rk7Lq，已改成 admin/Vesper2027.", "Vesper2027."),
    ("光猫超级管理员 telecomadmin/40261937", "40261937"),
])
def test_admin_pairs_after_a_login_context(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "登录后台后访问 /admin/index.php 查看",
    "管理后台 admin/settings 页面",
    "see https://portal.example.cn/admin/Login2024 for the console",
    "console path: admin/v2.3.1",
    "默认账号 admin/******",
    "cd /root/backup2024 && ls",
    "管理员账号 admin / 见密码柜",
    "git checkout feature/admin/Refactor2026",
    "chown root/wheel2 file",
])
def test_admin_pair_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("gpg --batch --passphrase 'Orchid-MAPLE44' -d backup.tar.gpg | tar x", "Orchid-MAPLE44"),
    ("http -a svc_ro:Kd7_pq2Wx GET https://api.example.cn/health", "Kd7_pq2Wx"),
    ("https --auth deploy:Ty4%mn8Lr POST https://ci.example.cn/hook", "Ty4%mn8Lr"),
    ("net use Z: \\\\10.1.2.3\\finance Hb5+wq7Zt /user:CORP\\ops01 /persistent:yes", "Hb5+wq7Zt"),
    ("vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass 40718255\n    }\n}", "40718255"),
    ("$db['default']['password'] = 'linqu8841';", "linqu8841"),
    ("conf[\"db_password\"] = \"Gq_610472\"", "Gq_610472"),
])
def test_flags_and_config_keys(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "gpg --batch --passphrase-file /run/secrets/gpg -d b.gpg",
    "open http://docs.example.cn -a for the archive",
    "net use Z: \\\\fileserver\\share * /user:CORP\\ops01",
    "# auth_pass 1111\n",
    "$config['password'] = $pass;",
    "$_POST['password'] = $_GET['pw'];",
    "params['password'] = getpass()",
])
def test_flag_and_key_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == kind]


@pytest.mark.parametrize("text", [
    "kinit svc_etl@DATA.EXAMPLE.CN -kt /etc/security/keytabs/etl.keytab",
    "ssh ops@jump-3.example.cn\nops@jump-3.example.cn's password:",
])
def test_logins_that_look_like_addresses_are_no_email(text: str) -> None:
    assert _found(text, "EMAIL") == []


@pytest.mark.parametrize(("text", "value"), [
    ("mail Ann@CORP.EXAMPLE.CN today", "Ann@CORP.EXAMPLE.CN"),
    ("联系 li.na@corp-example.cn 的 password 重置", "li.na@corp-example.cn"),
])
def test_addresses_next_to_those_forms_are_still_found(text: str, value: str) -> None:
    assert value in _found(text, "EMAIL")


@pytest.mark.parametrize(("text", "value"), [
    ("mysql -uroot -p'Zt@998949' -h10.16.36.158 -e 'show processlist'", "10.16.36.158"),
    ("mysqldump -H192.168.7.21 -uapp db", "192.168.7.21"),
    ("wmic /node:172.18.12.38 /user:administrator os get caption", "172.18.12.38"),
])
def test_addresses_attached_to_host_flags(text: str, value: str) -> None:
    assert value in _found(text, "IP_ADDRESS")


@pytest.mark.parametrize("text", ["node: 18.12.1.0", "release-h10.1.2.3", "build v-h1.2.3.4"])
def test_versions_after_host_like_letters_are_no_address(text: str) -> None:
    assert _found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("cat ~/.pgpass\n10.4.5.6:5432:billing:etl:Pk7_moss21\n*:5432:*:replicator:Zn4_reed88", "Pk7_moss21"),
    ("I set the shared mailbox password to r38KD?wq%", "r38KD?wq%"),
    ("ops: the password's Fx#271940 until Friday", "Fx#271940"),
    ("Confluence -> wiki_bot / p/w tongshan552", "tongshan552"),
])
def test_prose_and_file_forms(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "the password to the vault is in 1Password",
    "the password's length matters more than its symbols",
    "I changed my password to something longer",
    "reset password to default",
    "p/w field left blank",
])
def test_prose_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("密码重置成了 Lx9_river33", "Lx9_river33"),
    ("wifi: Guest-5G / Lotus2026x", "Lotus2026x"),
    ("VPN: chen.yu / Kv3#pine72", "Kv3#pine72"),
    ("10.20.3.4 root Gm8#dune51", "Gm8#dune51"),
    ("10.20.3.4  admin  Wq2*lark90\n10.20.3.5  admin  Wq2*lark91", "Wq2*lark91"),
    ("192.168.8.10 admin 80316427", "80316427"),
    ("10.20.3.4 root/Bx6_cove44", "Bx6_cove44"),
    ("wpa_passphrase Lab-2G Harbor-moss2026", "Harbor-moss2026"),
    ("network={\n    ssid=\"Lab-2G\"\n    psk=\"Kite#field2026\"\n}", "Kite#field2026"),
])
def test_lists_and_wireless_forms(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "VPN gateway: vpn.example.cn / Route2024x",
    "Branch: feature / Fix2024x",
    "10.20.3.4 root login failed",
    "10.20.3.4 root sshd",
    "ping 10.20.3.4 root cause analysis2",
    "10.20.3.4 root 2026-11-30",
    "psk_identity=client01",
    "Security: WPA2-PSK",
    "key_mgmt=WPA-PSK",
    "psk=${WIFI_PSK}",
])
def test_list_and_wireless_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize("text", [
    "passwd: files systemd\ngroup: files systemd",
    "pw: N/A",
    "pwd: /home/ops",
    "PWD=/opt/app\nOLDPWD=/root",
    "P/W: n/a",
])
def test_settings_that_are_no_password_are_quiet(text: str) -> None:
    assert _passwords(text) == []


def test_a_password_starting_with_a_slash_is_still_found() -> None:
    assert _passwords("password=/Xk9#mP2q") == ["/Xk9#mP2q"]


@pytest.mark.parametrize(("text", "value"), [
    ("username netops privilege 15 secret 0 Rt5#gale08", "Rt5#gale08"),
    ("username netops password 0 Rt5#gale09", "Rt5#gale09"),
    ("!\nenable secret Sw1tch-core77\n!", "Sw1tch-core77"),
    ("local-user admin password irreversible-cipher Hw@ac2026x", "Hw@ac2026x"),
])
def test_network_device_configuration(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "local-user admin password cipher %^%#k2Lw0b9pQm4vZx7nR1tY%^%#",
    "username admin secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "username admin password 7 0822455D0A16",
    "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
    "the username field and password are required",
])
def test_stored_device_secrets_are_quiet(text: str) -> None:
    assert _passwords(text) == []


def _keys(text: str) -> list[str]:
    return _found(text, "API_KEY")


def test_a_secret_after_sk_or_mi_yao_with_a_space() -> None:
    ak = "AKLT" + "Qm4Vw8Rt2Yz6Lp0Nk3Hs7Df1Gj5Bc9Xe2Wq8Ua4To6"
    sk = "Zr7Kp2Wm9Qx4Tn6Lb1Vc8Hd3Fs5Jg0Yw2Ea7Nu4Ri9Ok1Ml6Sz3Pq8Xt5=="
    assert _keys(f"火山引擎 AK {ak} SK {sk}") == [ak, sk]
    assert _keys("密钥 Ht4pQ9zW2mK7xV1nL8sR3bY6cF0dJ5") == ["Ht4pQ9zW2mK7xV1nL8sR3bY6cF0dJ5"]


@pytest.mark.parametrize("text", [
    "the task sk management_console_settings_v2",
    "密钥 请联系管理员获取",
    "ask SK for the RSA_PUBLIC_KEY_FINGERPRINT_2048",
])
def test_sk_and_mi_yao_in_prose_are_quiet(text: str) -> None:
    assert _keys(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("{\"\\u8d26\\u53f7\": \"ops01\", \"\\u5bc6\\u7801\": \"Nx4#vale62\"}", "Nx4#vale62"),
    ("{\"密码\": \"Nx4#vale63\"}", "Nx4#vale63"),
    ("{'登录密码': 'Nx4#vale64'}", "Nx4#vale64"),
    ("密碼爲 Nx4#vale65", "Nx4#vale65"),
])
def test_chinese_keys_in_json_and_traditional_verbs(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "<input placeholder=\"请输入密码\" autocomplete=\"current-password\">",
    "{\"密码\": \"\"}",
    "{\"label\": \"密码\", \"type\": \"password\"}",
    "msg = \"密码错误\"",
    "\"修改密码\": \"/user/pwd\"",
    "\"password\": \"/run/secrets/db\"",
])
def test_chinese_key_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("密码是这个 Lm5#quay20", "Lm5#quay20"),
    ("密码换了，现在是 Lm5#quay21", "Lm5#quay21"),
    ("pwd发你：Lm5#quay22", "Lm5#quay22"),
    ("password (case sensitive): Lm5#quay23", "Lm5#quay23"),
    ("password, if you need it: Lm5#quay24", "Lm5#quay24"),
    ("密码（已更新）Lm5#quay25", "Lm5#quay25"),
    ("密码还是老的 Lm5#quay26", "Lm5#quay26"),
])
def test_a_short_remark_between_word_and_value(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "密码错误，错误码 E1023x",
    "密码输入框 userPwd2",
    "密码长度至少8位，例如 Abc@1234",
    "密码修改成功，请用新密码登录 portal2026",
    "忘记密码请联系 IT-Desk01",
    "密码学 AES256-GCM",
    "密码框 id=pwd01x",
    "密码 和 OTP2026x 都要",
    "密码（示例）：Abc@1234",
])
def test_remarks_that_introduce_no_value_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("**密码**：Jt6#coast81", "Jt6#coast81"),
    ("**Password:** Jt6#coast82", "Jt6#coast82"),
    ("- **password**: `Jt6#coast83`", "Jt6#coast83"),
    ("**密码：** Jt6#coast84", "Jt6#coast84"),
    ("密码是 5 8 3 9 2 1", "5 8 3 9 2 1"),
    ("password: 4 8 2 9 1 3 7 7", "4 8 2 9 1 3 7 7"),
])
def test_markdown_bold_labels_and_spaced_digits(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "**Password**: ******",
    "**密码**：请联系管理员",
    "**Password:** (ask IT)",
    "密码已发送，手机 1 3 8 0 0 1 3 8 0 0 0",
    "密码 1 2 3",
])
def test_bold_and_spaced_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize("text", [
    "kubectl config set-context ops@prod.k8s.example.cn --cluster=prod",
    "kubectl --context=admin@prod.example.cn get pods",
    "systemctl restart getty@tty1.service",
    "systemctl status openvpn-client@office.example.cn.service",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxq7Lr2 ops@bastion.example.cn",
    "scp ./a.tar ops@files.example.cn:",
    "rsync -av ops@files.example.cn::module/ .",
    "ftp ops@files.example.cn",
    "telnet admin@mail.example.cn 25",
])
def test_host_logins_and_unit_names_are_no_email(text: str) -> None:
    assert _found(text, "EMAIL") == []


@pytest.mark.parametrize(("text", "value"), [
    ("mail ops@files.example.cn: status?", "ops@files.example.cn"),
    ("Contact li.na@corp-example.cn: she owns the context", "li.na@corp-example.cn"),
    ("请把 scp 的结果发到 li.na@corp-example.cn：谢谢", "li.na@corp-example.cn"),
])
def test_addresses_near_those_words_are_found(text: str, value: str) -> None:
    assert value in _found(text, "EMAIL")


@pytest.mark.parametrize(("text", "value"), [
    ("setx DB_PASSWORD \"Ko9#reef40\"", "Ko9#reef40"),
    ("System.setProperty(\"db.password\", \"Ko9#reef41\");", "Ko9#reef41"),
    ("props.put(\"password\", \"Ko9#reef42\");", "Ko9#reef42"),
    ("config.set('db', 'password', 'Ko9#reef43')", "Ko9#reef43"),
    ("beeline -u jdbc:hive2://hive.example.cn:10000 -n etl -p Ko9#reef44", "Ko9#reef44"),
])
def test_literals_after_a_password_name_in_calls(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "props.put(\"password\", password);",
    "getString(\"password\", \"\")",
    "request.getParameter(\"password\", \"default\")",
    "_(\"password\", \"密码\")",
    "t(\"password\", \"Password\")",
    "form.add_field(\"password\", \"Password\", required=True)",
    "parser.add_argument(\"--password\", \"-p\", help=\"db password\")",
])
def test_names_and_labels_in_calls_are_quiet(text: str) -> None:
    assert _passwords(text) == []


def test_a_mount_option_password_ends_at_the_next_option() -> None:
    text = "//10.1.2.3/share  /mnt/share  cifs  username=etl,password=Vq3_tern58,uid=1000,iocharset=utf8  0  0"
    assert _passwords(text) == ["Vq3_tern58"]


def test_an_ole_db_string_starts_at_its_provider() -> None:
    text = "Provider=OraOLEDB.Oracle;Data Source=ORCL;User Id=app;Password=Wd5_heron19;"
    assert _found(text, "DB_CONNECTION_STRING") == [text]


@pytest.mark.parametrize(("text", "value"), [
    ("root:Pz4!dock19@10.1.1.1", "Pz4!dock19"),
    ("新机器 admin:Pz4#dock20@10.1.1.2 先别动", "Pz4#dock20"),
    ("root:Pz4#dock21@db01.example.cn", "Pz4#dock21"),
    ("jdoe@example.cn:Pz4#dock22", "Pz4#dock22"),
    ("a.b@example.cn:Pz4#dock23, c.d@example.cn:Pz4$dock24", "Pz4$dock24"),
    ("邮箱：jdoe@example.cn/Pz4#dock25", "Pz4#dock25"),
])
def test_userinfo_without_a_scheme_and_address_password_pairs(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "email:john.smith2@example.cn",
    "mailto:abc@example.com",
    "scp a.tar ops@10.1.1.1:/tmp/",
    "ops@files.example.cn:22",
    "git@github.com:org/repo.git",
    "kube:v1.28.3@10.1.1.1",
    "ops:2026-11-30@10.1.1.1",
    "user@example.cn:password",
    "请联系 j.doe@corp-example.cn:谢谢",
])
def test_addresses_and_hosts_after_colons_are_no_password(text: str) -> None:
    assert _passwords(text) == []


def test_no_email_inside_a_user_password_host_triple() -> None:
    assert _found("root:Pz4#dock21@db01.example.cn", "EMAIL") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Network security key: Harbor2026x", "Harbor2026x"),
    ("网络安全密钥：Harbor2026y", "Harbor2026y"),
    ("WiFi 名称 Office-5G，密钥 Harbor2026z", "Harbor2026z"),
    ("SSID Office-5G key Harbor-2026", "Harbor-2026"),
])
def test_wireless_keys_after_the_network_name(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "WiFi key features: fast roaming",
    "WLAN key management WPA2",
    "SSID: Office key: see wiki",
])
def test_wireless_key_prose_is_quiet(text: str) -> None:
    assert _passwords(text) == []
