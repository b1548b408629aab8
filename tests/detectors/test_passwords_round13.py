"""Password forms that round 13w (bench/eval/blind/round13_passwords.py) showed missing, with fresh synthetic
values, each with look-alikes that must stay quiet: the password word in other languages (Kennwort, mot de
passe, contraseña, senha, parola d'ordine, пароль, パスワードは, 비밀번호는), PINs and door codes, resets told in
passing (`reset it to …`, `重置成 … 了`, `新的是 …`), two values named by their variables (`A 和 B 分别是 …`), the
🔑 label, table columns headed by a PIN or a foreign word, blank-aligned tables, and an account with its
password on a line without any password word."""

from __future__ import annotations

import pytest

import detectors


def _found(text: str, kind: str = "PASSWORD") -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == kind]


@pytest.mark.parametrize(("text", "values"), [
    ("Benutzer: lager01\nKennwort: Fichte#4471", ["Fichte#4471"]),
    ("Ihr Passwort für das Portal lautet: Ahorn.Weg.19", ["Ahorn.Weg.19"]),
    ("Zugang: Passwort – Qm4!ttRv", ["Qm4!ttRv"]),
    ("Es klappte erst mit dem Kennwort Rz8&uuPq31 wieder.", ["Rz8&uuPq31"]),
    ("Wachtwoord: Tulp.Gracht.62", ["Tulp.Gracht.62"]),
    ("voici le mot de passe provisoire du portail : Lv6#wwKa", ["Lv6#wwKa"]),
    ("Contraseña: Pq3%nnBe7", ["Pq3%nnBe7"]),
    ("la contraseña de la red de invitados es Mar.Azul.48", ["Mar.Azul.48"]),
    ("Usuário: caixa02 | Senha: Jk5$ppWr2", ["Jk5$ppWr2"]),
    ("la parola d'ordine Vb7#qqLm29 vale fino a domani", ["Vb7#qqLm29"]),
    ("Пароль: Hx2@ffTy9", ["Hx2@ffTy9"]),
    ("ポータルの仮パスワードは Sk9!rrQa です。", ["Sk9!rrQa"]),
    ("포털 임시 비밀번호는 Wd4#kkZe 입니다.", ["Wd4#kkZe"]),
])
def test_the_password_word_in_other_languages(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "Das Kennwort muss mindestens 14 Zeichen lang sein.",
    "Kennwort vergessen? Dann auf „Kennwort zurücksetzen“ klicken.",
    "Le mot de passe doit comporter au moins 12 caractères.",
    "Mot de passe : <votre mot de passe>",
    "Kennwort: ********",
    "La contraseña es obligatoria.",
    "パスワードは12文字以上にしてください。",
    "비밀번호는 영문과 숫자를 섞어 주세요.",
])
def test_foreign_rules_and_placeholders_are_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("工资卡 PIN 码：582917", ["582917"]),
    ("eSIM PIN: 7306", ["7306"]),
    ("The alarm code for the warehouse is 81526.", ["81526"]),
    ("Gate code: 4079", ["4079"]),
])
def test_pins_and_door_codes(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "PIN 码连续输错 3 次会锁卡",
    "Customer PIN code: 560034, Bengaluru",
    "PIN: 4 digits, chosen at first use",
    "access code expires after 30 days",
])
def test_pin_rules_and_postal_codes_are_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("I've reset it to Lq5#vvMn — change it after login.", ["Lq5#vvMn"]),
    ("已经帮你重置成 Gt7!zzPo 了", ["Gt7!zzPo"]),
    ("reset 完了 新的是 Yb2%hhKc9", ["Yb2%hhKc9"]),
    ("改密：旧 ******  新 Cedar#5130", ["Cedar#5130"]),
])
def test_a_reset_told_in_passing(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "reset the counter to v3.1.0-rc2",
    "git reset --hard to origin/main-2026",
    "密码已重置为默认密码（工号+生日），请登录后修改",
    "Reset your password to regain access.",
])
def test_resets_without_a_value_are_quiet(text: str) -> None:
    assert _found(text) == []


def test_two_values_named_by_their_variables() -> None:
    text = "MYSQL_PWD 和 MQ_PASS 分别是 Elm#3391 和 Oak!7720"
    assert _found(text) == ["Elm#3391", "Oak!7720"]


def test_respectively_without_a_password_name_is_quiet() -> None:
    assert _found("两个端口分别是 Port-8443 和 Port-9443") == []


def test_the_key_emoji_labels_a_password() -> None:
    assert _found("📶 Lobby-Guest\n🔑 pier.lamp.91") == ["pier.lamp.91"]


@pytest.mark.parametrize(("text", "values"), [
    ("工号,柜号,PIN\nA1032,G-07,6804\nA1177,G-12,3925", ["6804", "3925"]),
    ("Anwendung;Nutzer;Kennwort\nWiki;redakt1;Birke-2031", ["Birke-2031"]),
    ("NODE            LOGIN      PASSWORD\nrack3-a.example.cn  ops    Vn4#ttQe\nrack3-b.example.cn  dba    Rm8!kkWs",
     ["Vn4#ttQe", "Rm8!kkWs"]),
])
def test_columns_headed_by_a_pin_a_foreign_word_or_aligned(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "name,pin code,city\nAsha,560034,Bengaluru",
    "工号,柜号,PIN\nA1032,G-07,0000",
    "NODE            LOGIN      PASSWORD\nrack3-a.example.cn  ops    ********",
])
def test_pin_and_aligned_look_alikes_are_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("用户 stat_ro / Gull#6604", ["Gull#6604"]),
    ("登录方式 → kibana_w | Hw6Kq9Pz", ["Hw6Kq9Pz"]),
    ("凭据：sync_bot + Qe5_tt9#Lm，勿转发", ["Qe5_tt9#Lm"]),
    ("开通好了 devops 松风772! 先登录改掉", ["松风772!"]),
    ("备注：\n- 报表库: viewer / Tn6*ppQx2a", ["Tn6*ppQx2a"]),
])
def test_an_account_and_its_password_without_a_password_word(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "用户 ops / 2026-12-05 申请",
    "登录 nginx / v1.25.3 版本",
    "用户 ops / ops.team@example.cn",
    "login with python3 Django-4.2 today",
    "账号 admin 已停用，见工单 INC-20931",
    '"login.password.forgot": "忘记密码"',
])
def test_account_lines_without_a_password_are_quiet(text: str) -> None:
    assert _found(text) == []
