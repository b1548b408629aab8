"""Credentials as other people write them (issue 3, blind corpus): passwords on command lines, in driver calls,
in prose and spaced out; generic keys under *_KEY names or after a bare key word; credential-less JDBC / DB
URLs with a real host. And the code and tool output that only mention a password or key stay unflagged.

Values are synthetic (Faker, fixed seed) and differ from the blind corpus: each test checks a rule, not a
string someone wrote once."""

from __future__ import annotations

import random

import pytest
from faker import Faker

import detectors
from detectors.recognizers.secrets import PasswordRecognizer

fake = Faker("zh_CN")
Faker.seed(20261130)
rng = random.Random(20261130)


@pytest.fixture(autouse=True)
def _seeded(request: pytest.FixtureRequest) -> None:
    """Each test draws the same values however pytest-xdist splits the file (the module-wide streams once
    handed a test a different value on each worker layout)."""
    rng.seed(f"20261130:{request.node.name}")
    fake.seed_instance(f"20261130:{request.node.name}")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


def _password() -> str:
    """A password with letters, digits and one symbol that needs no shell quoting; a '%' is followed by a letter
    that is no hex digit (`%27...` is percent-encoding, which the view decodes)."""
    body = fake.password(length=11, special_chars=False, digits=True, upper_case=True, lower_case=True)
    symbol = rng.choice("#%@_!")
    return body[:5] + symbol + ("Q" if symbol == "%" else "") + body[5:]


def _token(n: int) -> str:
    """A random-looking key body: upper, lower and digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        t = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isupper() for c in t) and any(c.islower() for c in t) and any(c.isdigit() for c in t):
            return t


USER = fake.user_name()
HOST = fake.ipv4_private()
DOMAIN = fake.domain_name()


# -- passwords on command lines ---------------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "docker login -u {user} -p {pw} registry.{domain}",
    "podman login --username {user} -p {pw} {domain}",
    "sshpass -p '{pw}' ssh {user}@{host}",
    "sshpass -p{pw} rsync -a ./ {host}:/srv",
    "redis-cli -h {host} -p 6379 -a '{pw}' ping",
    "sqlcmd -S {host} -U {user} -P {pw} -Q \"select 1\"",
    "ldapsearch -x -D cn={user},dc=corp -w '{pw}' -b dc=corp",
    "mongosh --host {host} -u {user} -p {pw} --authenticationDatabase admin",
    "curl -u {user}:{pw} https://{domain}/api/v1/items",
    "keytool -list -keystore app.jks -storepass {pw}",
    "openssl pkcs12 -export -in a.crt -inkey a.key -passout pass:{pw} -out a.p12",
    "./migrate --db-password={pw} --host {host}",
    "PGPASSWORD='{pw}' psql -h {host} -U {user}",
    "export MYSQLPASSWORD={pw}",
])
def test_password_on_a_command_line(template: str) -> None:
    pw = _password()
    text = "同事发的命令，帮我解释下：\n" + template.format(user=USER, pw=pw, host=HOST, domain=DOMAIN)
    assert ("PASSWORD", pw) in _found(text)


@pytest.mark.parametrize("text", [
    "docker run -p 8080:80 -p 8443:443 nginx",
    "ssh -p 2222 ops@jump",
    "mysql -u root -p orders < dump.sql",                  # -p alone prompts; `orders` is the database
    "psql --no-password -h db -U app appdb",
    "redis-cli -h cache-01 ping",
    "docker login --password-stdin -u ci registry",
    "curl -u $CI_USER:$CI_TOKEN https://ci/api",
    "mongosh -u admin -p $(cat /run/secrets/mongo)",
])
def test_flags_that_are_not_passwords(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "PASSWORD"] == []


# -- passwords passed to driver and login calls ------------------------------------------------------------

@pytest.mark.parametrize("template", [
    '$db = new mysqli("{host}", "{user}", "{pw}", "shop");',
    '$link = mysqli_connect("{host}", "{user}", "{pw}");',
    "$pdo = new PDO('mysql:host={host};dbname=crm', '{user}', '{pw}');",
    'Connection c = DriverManager.getConnection(url, "{user}", "{pw}");',
    'server.login("{user}@{domain}", "{pw}")',
    'requests.get(url, auth=("{user}", "{pw}"))',
    'r = requests.get(url, auth=HTTPBasicAuth("{user}", "{pw}"))',
    'var cred = new NetworkCredential("{user}", "{pw}");',
    'conn = cx_Oracle.connect("{user}", "{pw}", "{host}/orcl")',
])
def test_password_passed_as_a_literal_argument(template: str) -> None:
    pw = _password()
    text = template.format(user=USER, pw=pw, host=HOST, domain=DOMAIN)
    assert ("PASSWORD", pw) in _found(text)


@pytest.mark.parametrize("text", [
    "$db = new mysqli($host, $user, $password, $name);",
    'conn = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));',
    "smtp.login(username, password)",
    'requests.get(url, auth=(user, os.environ["API_PW"]))',
])
def test_password_arguments_that_are_variables(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "PASSWORD"] == []


# -- passwords in prose ------------------------------------------------------------------------------------

def test_user_and_password_after_an_account_label() -> None:
    pw = _password()
    text = f"测试环境账号：{USER} / {pw}\n有问题找{fake.name()}"
    assert ("PASSWORD", pw) in _found(text)
    assert ("PASSWORD", pw) in _found(f"login: {USER}/{pw}")


@pytest.mark.parametrize("text", [
    "账号：admin / 见附件",
    "用户名：zhangsan/lisi 都可以",
    "账号：请到 OA / HR 系统申请",
])
def test_account_labels_without_a_password(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "PASSWORD"] == []


def test_password_is_in_prose() -> None:
    pw = _password()
    assert ("PASSWORD", pw) in _found(f"The staging DB password is {pw} until Friday.")
    assert ("PASSWORD", pw) in _found(f"测试库 pass 是 {pw}，别外传")
    escaped = "".join(f"\\u{ord(c):04x}" for c in pw)
    assert ("PASSWORD", escaped) in _found(f"DB pass 是 {escaped}（JSON 里转义过的）")


def test_password_spaced_out_after_a_password_word() -> None:
    pw = _password()
    spaced = " ".join(pw)
    text = f"A：密码发你了，加了空格\nA：{spaced}\nB：收到"
    assert ("PASSWORD", spaced) in _found(text)


@pytest.mark.parametrize("text", [
    "the password is required and must be 8 characters",
    "for user 'app'@'10.0.0.3' (using password: YES)",
    "      + password   = (sensitive value)",
    'if len(password) < PASSWORD_MIN_LENGTH:\n    raise ValueError("too short")',
    "密码提示：A B C D E F",
])
def test_password_mentions_that_are_not_passwords(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "PASSWORD"] == []


# -- URIs: empty user, '@' inside the password -------------------------------------------------------------

def test_uri_password_with_an_at_sign_and_no_user() -> None:
    pw = _password().replace("@", "") + "@" + _token(4)
    dsn = f"redis://:{pw}@{HOST}:6379/0"
    text = f"REDIS_URL={dsn}\n"
    assert _found(text) == [("DB_CONNECTION_STRING", dsn)]
    inner = [(r.entity_type, text[r.start:r.end]) for r in PasswordRecognizer().analyze(text, ["PASSWORD"])]
    assert inner == [("PASSWORD", pw)]


# -- DB connection strings without credentials -------------------------------------------------------------

@pytest.mark.parametrize("dsn", [
    f"jdbc:mysql://{HOST}:3306/hr_core?useSSL=false&serverTimezone=Asia/Shanghai",
    f"jdbc:oracle:thin:@{HOST}:1521:ORCL",
    f"jdbc:postgresql://pg.{DOMAIN}:5432/ledger",
    f"mongodb://{USER}@{HOST}:27017/events",
    f"postgresql://db-01.{DOMAIN}:5432/orders",
])
def test_connection_string_naming_a_real_server(dsn: str) -> None:
    assert _found(f"spring:\n  datasource:\n    url: {dsn}\n") == [("DB_CONNECTION_STRING", dsn)]
    assert _found(f"连接串是 {dsn}。") == [("DB_CONNECTION_STRING", dsn)]


@pytest.mark.parametrize("text", [
    "url: jdbc:mysql://{host}:{port}/{db}",
    "REDIS_URL=redis://${REDIS_HOST}:6379/0",
    "DATABASE_URL=postgresql://localhost/mydb",
    "jdbc:h2:mem:testdb",
    "jdbc:mysql://127.0.0.1:3306/test",
])
def test_connection_strings_that_name_no_server(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "DB_CONNECTION_STRING"] == []


# -- API keys ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ALIPAY_APP_KEY", "WECHAT_PAY_API_V2_KEY", "mchKey", "SIGN_KEY", "encrypt-key"])
def test_generic_secret_under_a_key_name(name: str) -> None:
    value = _token(32)
    text = f"stringData:\n  {name}: {value}\n"
    assert _found(text) == [("API_KEY", value)]


@pytest.mark.parametrize("name", ["primary_key", "sort_key", "cache_key", "public_key", "partition_key"])
def test_key_names_that_hold_no_secret(name: str) -> None:
    assert _found(f"{name}: {_token(24)}\n") == []


def test_secret_after_a_bare_key_word() -> None:
    value = _token(30)
    text = f"{fake.name()}：secret {value}\n{fake.name()}：用完记得删"
    assert ("API_KEY", value) in _found(text)


def test_key_word_before_an_ordinary_word() -> None:
    assert _found("the secret ingredient is patience, and the token expired yesterday") == []


@pytest.mark.parametrize("text", [
    "const apiKey = process.env.OPENAI_API_KEY;",
    "const config = {\n  apiKey: process.env.PAYMENT_API_KEY,\n}",
    "api_key = settings.Vendor.ApiKey",
    '{"type": "service_account", "private_key_id": "%s"}' % "".join(rng.choice("0123456789abcdef") for _ in range(40)),
])
def test_code_that_reads_a_key_and_key_identifiers(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "API_KEY"] == []


# -- second round: shell positional forms, prose verbs, Bearer, AK / SK, ADO.NET without a password ---------

@pytest.mark.parametrize("template", [
    "sqlplus -S {user}/{pw}@//{host}:1521/ORCL",
    "expdp {user}/{pw} directory=DUMP dumpfile=a.dmp",
    "rman target {user}/{pw}@prod",
    "echo '{pw}' | sudo -S systemctl restart nginx",
    "echo {pw} | passwd --stdin {user}",
    "rabbitmqctl add_user {user} {pw}",
    "net user {user} {pw} /add",
    "7z a backup.7z -p{pw} data/",
    "xfreerdp /v:{host} /u:{user} /p:{pw}",
])
def test_password_as_a_positional_shell_argument(template: str) -> None:
    pw = _password().replace("@", "#")
    text = template.format(user=USER, pw=pw, host=HOST)
    assert ("PASSWORD", pw) in _found(text)


@pytest.mark.parametrize("text", [
    "sqlplus / as sysdba",
    "net user bob * /add",
    "echo $PASSWORD | sudo -S true",
    "rabbitmqctl list_users",
])
def test_shell_commands_without_a_literal_password(text: str) -> None:
    assert [t for t, _v in _found(text) if t == "PASSWORD"] == []


def test_password_changed_to_in_prose() -> None:
    pw = _password()
    assert ("PASSWORD", pw) in _found(f"数据库密码已改成{pw}，记得更新配置")
    assert ("PASSWORD", pw) in _found(f"The password for the {USER} account is {pw} until Monday.")
    assert ("PASSWORD", pw) in _found(f"root password was changed to {pw} yesterday")
    assert [t for t, _v in _found("密码重置为 8位，password was changed to something else")
            if t == "PASSWORD"] == []


def test_opaque_bearer_token_and_short_key_names() -> None:
    token = _token(28)
    assert _found(f"Authorization: Bearer {token}\n") == [("API_KEY", token)]
    secret = _token(30)
    assert ("API_KEY", secret) in _found(f"控制台给的 AK：LTAI{_token(20)}\nSK：{secret}\n")
    assert ("API_KEY", secret) in _found(f"密钥：{secret}")


def test_ado_net_string_without_a_password_naming_a_server() -> None:
    ado = f"Server={HOST},1433;Database=ERP;Integrated Security=True"
    assert _found(f'"Default": "{ado}"') == [("DB_CONNECTION_STRING", ado)]
    assert _found('"Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=Test;Trusted_Connection=True"') == []
    assert _found('"Default": "Server=localhost;Database=Test"') == []


# -- third round: XML configuration, spaced key names, Oracle thin JDBC ----------------------------------

@pytest.mark.parametrize("template", [
    "<server><id>nexus</id><username>{user}</username><password>{pw}</password></server>",
    '<property name="hibernate.connection.password">{pw}</property>',
    '<add key="ReportDbPassword" value="{pw}" />',
])
def test_password_in_xml_configuration(template: str) -> None:
    pw = _password()
    assert ("PASSWORD", pw) in _found(template.format(user=USER, pw=pw))


def test_xml_password_placeholders() -> None:
    assert _found("<password>${env.NEXUS_PASSWORD}</password>") == []
    assert [t for t, _v in _found('<property name="connection.password"></property>') if t == "PASSWORD"] == []


def test_key_names_written_with_a_space() -> None:
    api, secret = _token(24), "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(32))
    found = _found(f"千帆控制台 API Key: {api}\nSecret Key: {secret}\n")
    assert ("API_KEY", api) in found and ("API_KEY", secret) in found


def test_oracle_thin_url_with_user_and_password() -> None:
    pw = _password().replace("@", "#")
    url = f"jdbc:oracle:thin:{USER}/{pw}@{HOST}:1521:ORCL"
    assert _found(f"url={url}\n") == [("DB_CONNECTION_STRING", url)]


def test_a_lower_case_secret_with_few_digits_after_its_key_name() -> None:
    """Baidu's 32-character secret keys are lower-case letters and digits; with only two or three digits the
    run used to read as one long lower-case identifier (the CI's shared random stream once drew such a value)."""
    found = _found("千帆控制台 API Key: gqSdjoyAT6WhmViED9imfYWf\nSecret Key: quqxpdeibps2nmb5nszgarucsgr8rsrv\n")
    assert ("API_KEY", "quqxpdeibps2nmb5nszgarucsgr8rsrv") in found
    assert not _found("key = getelementsbyname\n")  # a lower-case identifier without digits stays out
