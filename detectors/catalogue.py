"""The entity catalogue: every canonical type name, its default data class, a synthetic example, its validation.

Policies decide per data class, so the class of each type is part of the contract:
``sensitive_personal`` (PIPL art. 28: identity documents, financial accounts), ``personal``, ``credential``,
``confidential`` (business secrets and organisation identifiers) and ``source_code``.
Types not listed here (a policy's custom detectors) default to ``personal`` unless their spec names a class.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATALOGUE", "DATA_CLASS", "DATA_CLASSES", "Entity", "data_class_of", "register_data_class"]

DATA_CLASSES: tuple[str, ...] = ("sensitive_personal", "personal", "credential", "confidential", "source_code")


@dataclass(frozen=True, slots=True)
class Entity:
    type: str
    data_class: str
    example: str
    """Synthetic; never a real person's or company's value."""
    validation: str


CATALOGUE: tuple[Entity, ...] = (
    Entity("CN_ID_CARD", "sensitive_personal", "11010519491231002X",
           "GB 11643 MOD 11-2 check, birth date and county code (python-stdnum cn.ric); 15-digit legacy: date"),
    Entity("CN_PHONE", "personal", "+86 138-0013-8000", "MIIT mobile segments 13x-19x, 11 digits"),
    Entity("CN_LANDLINE", "personal", "(010) 6552-9988", "area code 010/02x/0xxx + 7-8 digit local number"),
    Entity("BANK_CARD", "sensitive_personal", "6222 0212 3456 7894", "Luhn + issuer prefix and length (UnionPay 62)"),
    Entity("CN_USCC", "confidential", "91350100M000100Y43", "GB 32100 check character (python-stdnum cn.uscc)"),
    Entity("CN_PASSPORT", "sensitive_personal", "护照 E12345678", "format + passport context (no check digit)"),
    Entity("HK_ID", "sensitive_personal", "A123456(3)", "HKID mod-11 check character"),
    Entity("TW_ID", "sensitive_personal", "A123456789", "letter-weighted mod-10 check digit"),
    Entity("MO_ID", "sensitive_personal", "澳门身份证 1234567(8)", "format + Macao context (no public check)"),
    Entity("CN_HK_MACAO_PERMIT", "sensitive_personal", "通行证 C12345678",
           "往来港澳通行证 / 回乡证 / 台胞证 formats + permit context"),
    Entity("CN_MILITARY_ID", "sensitive_personal", "南字第1234567号", "format (字第 + 6-8 digits + 号) + 军官证 context"),
    Entity("CN_LICENSE_PLATE", "personal", "粤B·D12345", "province + letter + 5 (6 new-energy) characters"),
    Entity("EMAIL", "personal", "zhang.wei@example.com", "RFC 5322 shape; ＠ / %40 / [at] [dot] forms"),
    Entity("IP_ADDRESS", "personal", "192.0.2.17 / 2001:db8::1", "octets <= 255, python ipaddress; not versions"),
    Entity("PERSON", "personal", "王小明 / 欧阳娜娜 / 李女士", "surname lexicon + given-name model (jieba)"),
    Entity("ADDRESS", "personal", "北京市朝阳区建国路88号3栋1201室", "administrative divisions down to 号/栋/室"),
    Entity("ORG", "confidential", "示例科技有限公司", "organisation suffixes and lexicon"),
    Entity("API_KEY", "credential", "sk-ant-api03-…, AKIA…, LTAI…", "vendor prefixes; generic: entropy + key name"),
    Entity("PRIVATE_KEY", "credential", "-----BEGIN PRIVATE KEY----- …", "PEM / OpenSSH / PGP block"),
    Entity("PASSWORD", "credential", "password=Tr0ub4dor&3 / 密码：Abc@1234", "key name or URI userinfo; placeholders"
           " excluded"),
    Entity("JWT", "credential", "eyJhbGciOi….eyJzdWIi….sig", "header decodes to JSON with alg"),
    Entity("DB_CONNECTION_STRING", "credential", "postgres://app:Secr3t@db.example.com/prod",
           "URI / JDBC / ADO.NET with a credential"),
    Entity("CONFIDENTIAL_MARKING", "confidential", "【机密】 / 严禁外传 / CONFIDENTIAL", "marking words; bare 机密 needs context"),
    Entity("SOURCE_CODE", "source_code", "```python\\ndef f(): ...```", "fenced block or >= 4 code lines; language"
           " guessed"),
)

DATA_CLASS: dict[str, str] = {e.type: e.data_class for e in CATALOGUE}
"""Default data class per built-in type."""

_CUSTOM: dict[str, str] = {}


def register_data_class(entity_type: str, data_class: str) -> None:
    """Declare the class of a custom type (YAML `data_class:`); built-in types cannot be re-classed here."""
    if data_class not in DATA_CLASSES:
        raise ValueError(f"unknown data class {data_class!r}; expected one of {', '.join(DATA_CLASSES)}")
    if entity_type not in DATA_CLASS:
        _CUSTOM[entity_type] = data_class


def data_class_of(entity_type: str, default: str = "personal") -> str:
    """The data class of a type: built-in table, then registered custom types, then `default`."""
    return DATA_CLASS.get(entity_type) or _CUSTOM.get(entity_type) or default
