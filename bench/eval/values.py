"""Synthetic values for every labeled type, valid by construction (check digits computed, not hoped for).

Each function takes a seeded `random.Random` so the corpus is reproducible; nothing here touches the network.
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import string
from functools import lru_cache
from pathlib import Path

import stdnum

from bench.eval import checks

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rand_str(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + rand_str(rng, "0123456789", n - 1)


# ------------------------------------------------------------------------------------------------ identity
@lru_cache(maxsize=1)
def county_codes() -> list[tuple[str, int, int]]:
    """(6-digit code, first year, last year) for each county in python-stdnum's table, so dates fit the code."""
    path = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    out: list[tuple[str, int, int]] = []
    prov = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            prov = line.split()[0]
            continue
        code, _, rest = line.strip().partition(" ")
        if code.endswith("00") or len(code) != 4:
            continue
        for county in rest.split('"')[1].split(","):
            lo, hi = 1950, 2020
            if county.startswith("["):
                a, b = county[1:].split("]")[0].split("-")
                lo, hi = max(lo, int(a)) if a else lo, min(hi, int(b)) if b else hi
            if lo <= hi:
                out.append((prov + code, lo, hi))
                break
    return out


def rand_date(rng: random.Random, lo: int, hi: int) -> datetime.date:
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def cn_id18(rng: random.Random, want_x: bool | None = None) -> str:
    """A GB 11643-valid 18-digit number; want_x forces (or forbids) the X check character."""
    codes = county_codes()
    while True:
        code, lo, hi = rng.choice(codes)
        lo, hi = max(lo, 1940), min(hi, 2012)
        if lo > hi:
            continue
        d = rand_date(rng, lo, hi)
        body = code + d.strftime("%Y%m%d") + digits(rng, 3)
        check = checks.cn_id18_check(body)
        if want_x is not None and (check == "X") != want_x:
            continue
        value = body + check
        if checks.cn_id18_valid(value):
            return value


def cn_id15(rng: random.Random) -> str:
    code, _, _ = rng.choice(county_codes())
    d = rand_date(rng, 1930, 1999)
    return code + d.strftime("%y%m%d") + digits(rng, 3)


MOBILE_PREFIXES = (
    [f"13{i}" for i in range(10)]
    + [
        "145",
        "147",
        "149",
        "150",
        "151",
        "152",
        "153",
        "155",
        "156",
        "157",
        "158",
        "159",
        "162",
        "165",
        "166",
        "167",
        "170",
        "171",
        "172",
        "173",
        "175",
        "176",
        "177",
        "178",
    ]
    + [f"18{i}" for i in range(10)]
    + ["190", "191", "192", "193", "195", "196", "197", "198", "199"]
)


def cn_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, 8)


AREA_CODES = [
    "010",
    "020",
    "021",
    "022",
    "023",
    "024",
    "025",
    "027",
    "028",
    "029",
    "0311",
    "0351",
    "0371",
    "0411",
    "0431",
    "0451",
    "0471",
    "0512",
    "0531",
    "0532",
    "0551",
    "0571",
    "0574",
    "0591",
    "0592",
    "0731",
    "0755",
    "0756",
    "0757",
    "0769",
    "0771",
    "0791",
    "0851",
    "0871",
    "0898",
    "0931",
    "0951",
    "0991",
]


def cn_landline(rng: random.Random) -> tuple[str, str]:
    """(area code, local number): 8 digits after 3-digit codes, 7 or 8 after 4-digit ones; never starts 0/1."""
    area = rng.choice(AREA_CODES)
    n = 8 if len(area) == 3 else rng.choice((7, 8))
    return area, digits(rng, n, "2345678")


def bank_card(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    """(brand, Luhn-valid number) with real issuer prefixes and lengths."""
    brand = brand or rng.choice(["unionpay", "unionpay", "unionpay", "visa", "mastercard", "amex", "jcb"])
    if brand == "unionpay":
        prefix, n = (
            rng.choice(
                [
                    "622202",
                    "622848",
                    "621700",
                    "622588",
                    "621226",
                    "623058",
                    "622908",
                    "621483",
                    "625965",
                    "628888",
                ]
            ),
            rng.choice((16, 19, 19, 17, 18)),
        )
    elif brand == "visa":
        prefix, n = "4" + digits(rng, 5), 16
    elif brand == "mastercard":
        prefix, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + digits(rng, 2), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]), 15
    else:
        prefix, n = str(rng.randint(3528, 3589)), 16
    body = prefix + digits(rng, n - len(prefix) - 1)
    return brand, body + checks.luhn_check(body)


def group_card(number: str, sep: str = " ") -> str:
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc(rng: random.Random) -> str:
    """GB 32100 code: registration authority + type, 6-digit region, 9-char org code (its own check), check."""
    head = rng.choice(["91", "91", "92", "12", "11", "51", "52", "31", "93"])
    region = rng.choice(county_codes())[0]
    if rng.random() < 0.5:
        org8 = "MA" + rand_str(rng, "0123456789ABCDEFGHJKLMNPQRTUWXY", 6)
    else:
        org8 = digits(rng, 8)
    org9 = org8 + checks.org_code_check(org8)
    if any(c not in USCC_ALPHABET for c in org9):
        return cn_uscc(rng)
    body = head + region + org9
    return body + checks.uscc_check(body)


def cn_passport(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["E8", "E8", "EL7", "G8", "SE", "DE", "PE"])
    if kind == "E8":
        return kind, "E" + digits(rng, 8)
    if kind == "EL7":
        return kind, "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)
    if kind == "G8":
        return kind, "G" + digits(rng, 8)
    return kind, kind + digits(rng, 7)


def hk_id(rng: random.Random) -> str:
    prefix = (
        rng.choice(string.ascii_uppercase)
        if rng.random() < 0.85
        else rand_str(rng, "WXYZ", 1) + rng.choice(string.ascii_uppercase)
    )
    body = digits(rng, 6)
    return f"{prefix}{body}({checks.hkid_check(prefix, body)})"


def tw_id(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    body = rng.choice("12") + digits(rng, 7)
    return letter + body + checks.twid_check(letter, body)


def mo_id(rng: random.Random) -> str:
    return f"{rng.choice('157')}{digits(rng, 6)}({rng.randint(0, 9)})"


def hk_macao_permit(rng: random.Random, sub: str) -> str:
    if sub == "eep":  # 往来港澳通行证
        return (
            "C" + digits(rng, 8)
            if rng.random() < 0.6
            else "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)
        )
    if sub == "hrp":  # 回乡证
        return rng.choice("HM") + digits(rng, rng.choice((8, 10)))
    return digits(rng, 8)  # mtp 台胞证


PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def license_plate(rng: random.Random) -> tuple[str, str]:
    """(sub-kind, plate): ordinary 5 characters, new-energy 6 (D/F first or last), or 学/警/挂 suffix."""
    p = rng.choice(PROVINCE_ABBR) + rng.choice("ABCDEFGHJKLMNPQ")
    kind = rng.choice(["plain", "plain", "plain", "ne", "ne", "suffix"])
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "plain":
        tail = "".join(
            rng.choice(letters) if rng.random() < 0.25 else rng.choice(string.digits) for _ in range(5)
        )
    elif kind == "ne":
        tail = (
            rng.choice("DF") + rand_str(rng, letters + string.digits * 3, 1) + digits(rng, 4)
            if rng.random() < 0.7
            else digits(rng, 5) + rng.choice("DF")
        )
    else:
        tail = digits(rng, 4) + rng.choice("学警挂")
    sep = rng.choice(["", "", "", "·", " "])
    return kind, p + sep + tail


def ipv4(rng: random.Random, private: bool | None = None) -> str:
    if private if private is not None else rng.random() < 0.5:
        return rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )
    return f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [format(rng.randint(0, 0xFFFF), "x") for _ in range(8)]
    groups[0] = rng.choice(["2001", "2400", "240e", "2408", "fe80", "2409", "fd00"])
    if rng.random() < 0.6:  # compress a run of zeros
        i = rng.randint(1, 5)
        j = rng.randint(i + 1, 7)
        return ":".join(groups[:i]) + "::" + ":".join(groups[j:])
    return ":".join(groups)


# ------------------------------------------------------------------------------------------------ credentials
def api_key(rng: random.Random, vendor: str) -> str:
    """A token in the vendor's published shape (prefix, alphabet, length)."""
    if vendor == "openai_legacy":
        return "sk-" + rand_str(rng, ALNUM, 20) + "T3BlbkFJ" + rand_str(rng, ALNUM, 20)
    if vendor == "openai_proj":
        pre = rng.choice(["sk-proj-", "sk-proj-", "sk-svcacct-", "sk-admin-"])
        return (
            pre
            + rand_str(rng, URLSAFE, rng.choice((48, 74)))
            + "T3BlbkFJ"
            + rand_str(rng, URLSAFE, rng.choice((48, 74)))
        )
    if vendor == "anthropic":
        return "sk-ant-api03-" + rand_str(rng, URLSAFE, 93) + "AA"
    if vendor == "aws":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand_str(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if vendor == "aws_secret":
        return rand_str(rng, B64, 40)
    if vendor == "aliyun":
        return "LTAI" + rand_str(rng, ALNUM, rng.choice((12, 16, 20)))
    if vendor == "aliyun_secret":
        return rand_str(rng, ALNUM, 30)
    if vendor == "tencent":
        return "AKID" + rand_str(rng, ALNUM, 32)
    if vendor == "tencent_secret":
        return rand_str(rng, ALNUM, 32)
    if vendor == "baidu":
        return rand_str(rng, ALNUM, 24)
    if vendor == "baidu_secret":
        return rand_str(rng, ALNUM, 32)
    if vendor == "qianfan":
        return "bce-v3/ALTAK-" + rand_str(rng, ALNUM, 21) + "/" + rand_str(rng, HEX, 40)
    if vendor == "volcengine":
        return "AKLT" + rand_str(rng, ALNUM, 40)
    if vendor == "volcengine_secret":
        return base64.b64encode(rand_str(rng, HEX, 32).encode()).decode()
    if vendor == "zhipu":
        return rand_str(rng, HEX, 32) + "." + rand_str(rng, ALNUM, 16)
    if vendor == "github":
        return rng.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rand_str(rng, ALNUM, 36)
    if vendor == "github_pat":
        return "github_pat_" + rand_str(rng, ALNUM, 22) + "_" + rand_str(rng, ALNUM, 59)
    if vendor == "gitlab":
        return "glpat-" + rand_str(rng, URLSAFE, 20)
    if vendor == "slack":
        return (
            rng.choice(["xoxb-", "xoxp-"])
            + digits(rng, 12)
            + "-"
            + digits(rng, 12)
            + "-"
            + rand_str(rng, ALNUM, 24)
        )
    if vendor == "stripe":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + rand_str(rng, ALNUM, rng.choice((24, 99)))
    if vendor == "google":
        return "AIza" + rand_str(rng, URLSAFE, 35)
    if vendor in ("deepseek", "dashscope"):
        return "sk-" + rand_str(rng, HEX, 32)
    if vendor == "moonshot":
        return "sk-" + rand_str(rng, ALNUM, 48)
    if vendor == "huggingface":
        return "hf_" + rand_str(rng, string.ascii_letters, 34)
    if vendor == "generic":
        return rand_str(rng, rng.choice([ALNUM, HEX, URLSAFE]), rng.choice((32, 40, 48, 64)))
    raise ValueError(vendor)


VENDORS = [
    "openai_legacy",
    "openai_proj",
    "anthropic",
    "aws",
    "aliyun",
    "tencent",
    "baidu",
    "qianfan",
    "volcengine",
    "zhipu",
    "github",
    "github_pat",
    "gitlab",
    "slack",
    "stripe",
    "google",
    "deepseek",
    "dashscope",
    "moonshot",
    "huggingface",
    "generic",
]
# the secret half of a key pair and the variable names it appears under
PAIRED_SECRET = {
    "aws": ("aws_secret", ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"]),
    "aliyun": ("aliyun_secret", ["access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "accessKeySecret"]),
    "tencent": ("tencent_secret", ["SecretKey", "TENCENTCLOUD_SECRET_KEY", "secret_key"]),
    "baidu": ("baidu_secret", ["BAIDU_SECRET_KEY", "secret_key"]),
    "volcengine": ("volcengine_secret", ["VOLC_SECRETKEY", "secret_access_key"]),
}
KEY_NAMES = {
    "aws": ["aws_access_key_id", "AWS_ACCESS_KEY_ID"],
    "aliyun": ["access_key_id", "ALIBABA_CLOUD_ACCESS_KEY_ID"],
    "tencent": ["SecretId", "TENCENTCLOUD_SECRET_ID"],
    "baidu": ["BAIDU_API_KEY", "api_key"],
    "volcengine": ["VOLC_ACCESSKEY", "access_key_id"],
    "qianfan": ["QIANFAN_ACCESS_KEY", "bearer_token"],
    "openai_legacy": ["OPENAI_API_KEY", "openai.api_key"],
    "openai_proj": ["OPENAI_API_KEY", "api_key"],
    "anthropic": ["ANTHROPIC_API_KEY", "x-api-key"],
    "zhipu": ["ZHIPUAI_API_KEY", "api_key"],
    "github": ["GITHUB_TOKEN", "GH_TOKEN"],
    "github_pat": ["GITHUB_TOKEN", "token"],
    "gitlab": ["GITLAB_TOKEN", "private_token"],
    "slack": ["SLACK_BOT_TOKEN", "slack_token"],
    "stripe": ["STRIPE_SECRET_KEY", "stripe.api_key"],
    "google": ["GOOGLE_API_KEY", "key"],
    "deepseek": ["DEEPSEEK_API_KEY", "api_key"],
    "dashscope": ["DASHSCOPE_API_KEY", "dashscope.api_key"],
    "moonshot": ["MOONSHOT_API_KEY", "api_key"],
    "huggingface": ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"],
    "generic": ["JWT_SECRET", "SECRET_KEY", "APP_SECRET", "client_secret", "SIGNING_KEY", "api_secret"],
}


def password(rng: random.Random, pinyin: str = "") -> str:
    """Passwords as people pick them: pinyin+digits, Word@year, random strong ones."""
    style = rng.random()
    if style < 0.3 and pinyin:
        return (
            pinyin
            + digits(rng, rng.randint(3, 6))
            + rng.choice(["", "!", "#", "@", "_"])
            + rng.choice(["", digits(rng, 3)])
        )
    if style < 0.55:
        return (
            rng.choice(
                ["Admin", "Summer", "Winter", "Huawei", "Passw0rd", "Qwer", "China", "Welcome", "Spring"]
            )
            + rng.choice(["@", "#", "_", "!", ""])
            + digits(rng, rng.randint(3, 6))
            + rng.choice(["", "!", "abc", "$"])
        )
    return rand_str(rng, ALNUM + "!@#$%^&*-_", rng.randint(10, 18))


def private_key(rng: random.Random) -> str:
    """A PEM/OpenSSH block: real header/footer lines, base64 body of random bytes (format-valid, not a usable key)."""
    label = rng.choice(
        ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
    )
    n = {
        "RSA PRIVATE KEY": 1190,
        "PRIVATE KEY": 1216,
        "EC PRIVATE KEY": 121,
        "OPENSSH PRIVATE KEY": 399,
        "ENCRYPTED PRIVATE KEY": 1298,
    }[label]
    if rng.random() < 0.5:
        n = max(
            90, n // rng.choice((3, 4, 5))
        )  # shortened blocks keep the corpus small; the shape is the same
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    body = base64.b64encode(raw).decode()
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    extra = []
    if label == "RSA PRIVATE KEY" and rng.random() < 0.2:
        extra = ["Proc-Type: 4,ENCRYPTED", f"DEK-Info: AES-128-CBC,{rand_str(rng, HEX, 32).upper()}", ""]
    return "\n".join([f"-----BEGIN {label}-----", *extra, *lines, f"-----END {label}-----"])


def public_pem(rng: random.Random) -> str:
    label = rng.choice(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY"])
    raw = bytes(rng.getrandbits(8) for _ in range(rng.choice((162, 294, 400))))
    body = base64.b64encode(raw).decode()
    return "\n".join(
        [
            f"-----BEGIN {label}-----",
            *[body[i : i + 64] for i in range(0, len(body), 64)],
            f"-----END {label}-----",
        ]
    )


def _b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng: random.Random, name: str = "") -> str:
    alg = rng.choice(["HS256", "HS512", "RS256"])
    header = _b64url({"alg": alg, "typ": "JWT"})
    iat = rng.randint(1_600_000_000, 1_790_000_000)
    claims: dict[str, object] = {"sub": str(rng.randint(1000, 9_999_999)), "iat": iat}
    if name:
        claims["name"] = name
    if rng.random() < 0.5:
        claims["exp"] = iat + 86400 * rng.randint(1, 30)
    sig_len = {"HS256": 43, "HS512": 86, "RS256": 342}[alg]
    return f"{header}.{_b64url(claims)}.{rand_str(rng, URLSAFE, sig_len)}"


def jwt_header_only(rng: random.Random) -> str:
    return _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})


DB_HOSTS = [
    "rm-bp1{}.mysql.rds.aliyuncs.com",
    "pgm-{}.pg.rds.aliyuncs.com",
    "cdb-{}.sql.tencentcdb.com",
    "crm-db.cn-shanghai.rds.example.com",
    "mongo-{}.prod.svc.cluster.local",
    "db-{}.internal.corp",
    "redis-{}.cache.amazonaws.com",
]
DB_USERS = ["root", "admin", "app", "etl", "crm_rw", "hr_app", "report_ro", "billing", "sa", "dev"]
DB_NAMES = ["prod", "orders", "hr", "billing", "crm", "users", "payroll", "erp", "0", "analytics"]
SCHEMES = {
    "mysql": 3306,
    "mysql+pymysql": 3306,
    "postgres": 5432,
    "postgresql": 5432,
    "postgresql+asyncpg": 5432,
    "mongodb": 27017,
    "mongodb+srv": 0,
    "redis": 6379,
    "amqp": 5672,
    "mssql+pyodbc": 1433,
    "oracle": 1521,
}


def db_host(rng: random.Random) -> tuple[str, bool]:
    """(host, is_ip): about a third of connection strings point at a bare IP."""
    if rng.random() < 0.35:
        return ipv4(rng), True
    return rng.choice(DB_HOSTS).format(rand_str(rng, string.ascii_lowercase + string.digits, 12)), False
