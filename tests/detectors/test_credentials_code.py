"""Credential and identifier patterns on real-looking program text: code that handles a password or a key is
not a credential, while the literal values in the same code still are (issue 3, precision on code)."""

from __future__ import annotations

import pytest

import detectors

CODE_NEGATIVES = [
    "def encode_basic_auth(login: str, password: str = \"\", encoding: str = \"utf-8\") -> str:",
    "    def __init__(self, password: bytes):",
    "        password: Optional[bytes] = None,",
    "        passwd = fallback_getpass(prompt, stream)",
    "            password = bytes(memoryview(password))",
    "    pw = pw[:-1]",
    "        self.username, self.password = credentials",
    "    user, passwd = _splitpasswd(userinfo)",
    "    userid = passwd = acct = ''",
    "        self.passwd = password_mgr",
    "    def __init__(self, passwd=None):",
    "        pwd = (self.password.encode('utf-8') if isinstance(self.password, str) else self.password)",
    "    username, have_password, password = userinfo.partition(b':')",
    "    user_pass = '%s:%s' % (unquote(user), unquote(passwd))",
    "    AttributeOID.CHALLENGE_PASSWORD: \"challengePassword\",",
    "    - password:     The password for the authentication.",
    "        # The content pass: everything above moved only shas.",
    "        azure_ad_token_provider: AzureADTokenProvider | None = None,",
    "    credentials: GoogleCredentials | None = None,",
    "        private_key: CertificateIssuerPrivateKeyTypes,",
    "        private_key: PKCS7PrivateKeyTypes,",
    "    _SK_SSH_ED25519: _SSHFormatSKEd25519(),",
    "    secret_key = SecretKeyFactory(\"PBKDF2WithHmacSHA256\")",
    "    ORGANIZATION_IDENTIFIER = ObjectIdentifier(\"2.5.4.97\")",
    "    # https://tools.ietf.org/html/rfc7231#section-7.1.1.1",
    "_SSH_KEY_TYPES = (b\"sk-ssh-ed25519@openssh.com\", b\"sk-ecdsa-sha2-nistp256@openssh.com\")",
    "                    password = val",
    "                passfile = homedir / PGPASSFILE",
    "                sslcert, keyfile=sslkey, password=lambda: sslpassword",
    "            password = await password",
    "        password=password, passfile=passfile, ssl=ssl,",
    "        with self.open(member, pwd=pwd) as source:",
    "            urllib.request.HTTPBasicAuthHandler(password_mgr=auth)",
    "        user_pass = (self.username + \":\" + self.password).encode('ascii')",
    "        \"PW\": (96940, 96940),",
    "        '.pwz'    : 'application/vnd.ms-powerpoint',",
    "                    fds_to_pass = [listener.fileno(), alive_r]",
    "                c2pwrite = stdout",
    "            raise TypeError(\"pwd: expected bytes, got %s\" % type(pwd).__name__)",
    "        2 GiB, pass force_zip64 to use the ZIP64 format, which can handle large",
    "    ``postgres://user:pass@host:port/database?option=value``.",
    "2026-03-01 WARN login failed reason=bad_password [attempts=3]",
    '        print(f"password={password!r}")',
    '_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"',
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
]


@pytest.mark.parametrize("text", CODE_NEGATIVES)
def test_code_that_handles_a_credential_is_not_one(text: str) -> None:
    kinds = {"API_KEY", "PASSWORD", "JWT", "DB_CONNECTION_STRING", "PRIVATE_KEY", "IP_ADDRESS", "EMAIL"}
    assert [(f.type, text[f.start:f.end]) for f in detectors.scan(text) if f.type in kinds] == []


CODE_POSITIVES = [
    ("conn = connect(host='10.0.3.4', user='app', password='Cd3#Lit2026')", "PASSWORD", "Cd3#Lit2026"),
    ("    self.password = \"S3lf#Literal\"", "PASSWORD", "S3lf#Literal"),
    ("password: Hunter2#2026  # rotated monthly", "PASSWORD", "Hunter2#2026"),
    ("user=admin, password=Adm1nPw2026", "PASSWORD", "Adm1nPw2026"),
    ("JWT_SECRET=MySuperSecretKey2026", "API_KEY", "MySuperSecretKey2026"),
    ("client_secret: Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2", "API_KEY", "Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2"),
    ("API_SECRET=pmRAMPVCROYwpYzVLsJlPHTxaztUmd", "API_KEY", "pmRAMPVCROYwpYzVLsJlPHTxaztUmd"),
    ("upstream server 10.20.30.40:8080;", "IP_ADDRESS", "10.20.30.40"),
    ("contact: zhang.wei@openssh.com", "EMAIL", "zhang.wei@openssh.com"),
    ("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oBrYo5mQ6Yt8oAoGCCqGSM49\n"
     "-----END EC PRIVATE KEY-----", "PRIVATE_KEY",
     "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oBrYo5mQ6Yt8oAoGCCqGSM49\n"
     "-----END EC PRIVATE KEY-----"),
]


@pytest.mark.parametrize(("text", "kind", "value"), CODE_POSITIVES)
def test_literal_values_in_code_are_still_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


def test_password_with_hash_inside_url_userinfo_is_no_email() -> None:
    text = "git clone https://ci-bot:Gt0ken#X9@git.corp.local/team/app.git"
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]
    assert ("PASSWORD", "Gt0ken#X9") in found
    assert all(kind != "EMAIL" for kind, _v in found)
