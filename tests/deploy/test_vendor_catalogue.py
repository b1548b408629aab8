"""The shipped vendor catalogue (proxy/vendors.yaml): complete, closed-vocabulary, credential-free.

Policies decide on `region`, `inference_scope` and `jurisdiction`, so a typo there ("cn_mainland",
"Singapore") would silently make a rule not match; these tests hold the file to a closed list.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "proxy" / "vendors.yaml"
DOC = ROOT / "docs" / "vendors.md"

REQUIRED = ("company", "protocol", "base_url", "region", "inference_scope", "jurisdiction", "auth",
            "credentials_env", "models", "headers", "docs", "notes")
ALLOWED = set(REQUIRED) | {"api_version"}
REGIONS = {"cn-mainland", "hk", "sg", "jp", "us", "eu", "global"}
SCOPES = REGIONS | {"global-ex-cn"}
JURISDICTIONS = {"CN", "HK", "SG", "JP", "US", "EU"}
AUTH_FOR = {"openai": "bearer", "anthropic": "x-api-key", "azure-openai": "api-key"}
# Shapes of real vendor secrets: OpenAI/DeepSeek/Moonshot "sk-...", Anthropic "sk-ant-...",
# Google "AIza...", Baidu "bce-v3/ALTAK-...", JWT-like triples, long hex or base64 runs.
SECRET_PATTERNS = [
    re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"\bAIza[0-9A-Za-z_\-]{20,}"),
    re.compile(r"bce-v3/ALTAK-"),
    re.compile(r"\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
    re.compile(r"\b[0-9a-fA-F]{32,}\b"),
    re.compile(r"[A-Za-z0-9+/]{40,}={0,2}"),
    re.compile(r"(?i)\b(api[_-]?key|secret|password|token)\s*[:=]\s*['\"]?[A-Za-z0-9]"),
]


def _load() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    assert data["version"] == 1
    vendors = data["vendors"]
    assert isinstance(vendors, dict)
    return vendors


VENDORS = _load()
IDS = sorted(VENDORS)


def test_catalogue_covers_the_endpoints_the_issue_names() -> None:
    hosts = {urlsplit(v["base_url"].replace("{resource}", "r")).hostname for v in VENDORS.values()}
    expected = {
        "api.deepseek.com", "dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com",
        "dashscope-us.aliyuncs.com", "open.bigmodel.cn", "api.z.ai", "api.moonshot.cn",
        "api.moonshot.ai", "qianfan.baidubce.com", "api.hunyuan.cloud.tencent.com",
        "api.lingyiwanwu.com", "api.minimaxi.com", "api.minimax.io", "ark.cn-beijing.volces.com",
        "api.siliconflow.cn", "api.siliconflow.com", "api.openai.com", "r.openai.azure.com",
        "r.openai.azure.cn", "api.anthropic.com", "generativelanguage.googleapis.com",
    }
    assert expected <= hosts, sorted(expected - hosts)


@pytest.mark.parametrize("vid", IDS)
def test_entry_has_every_field_and_no_unknown_ones(vid: str) -> None:
    entry = VENDORS[vid]
    missing = [f for f in REQUIRED if f not in entry]
    assert not missing, f"{vid}: missing {missing}"
    unknown = sorted(set(entry) - ALLOWED)
    assert not unknown, f"{vid}: unknown fields {unknown}"
    for field in ("company", "docs", "notes", "credentials_env"):
        assert isinstance(entry[field], str) and entry[field].strip(), f"{vid}.{field}"
    assert isinstance(entry["models"], list) and all(isinstance(m, str) and m for m in entry["models"])
    assert isinstance(entry["headers"], dict)


@pytest.mark.parametrize("vid", IDS)
def test_residency_fields_come_from_the_closed_lists(vid: str) -> None:
    entry = VENDORS[vid]
    assert entry["region"] in REGIONS, f"{vid}: region {entry['region']!r}"
    assert entry["inference_scope"] in SCOPES, f"{vid}: inference_scope {entry['inference_scope']!r}"
    assert entry["jurisdiction"] in JURISDICTIONS, f"{vid}: jurisdiction {entry['jurisdiction']!r}"
    if entry["region"] == "cn-mainland":
        # Data stored in the mainland but computed abroad would be an export: no entry may claim it
        # without saying so through a wider inference scope that includes the mainland.
        assert entry["inference_scope"] in {"cn-mainland", "global"}, vid


@pytest.mark.parametrize("vid", IDS)
def test_protocol_auth_and_urls_are_consistent(vid: str) -> None:
    entry = VENDORS[vid]
    protocol = entry["protocol"]
    assert protocol in AUTH_FOR, f"{vid}: protocol {protocol!r}"
    assert entry["auth"] == AUTH_FOR[protocol], f"{vid}: auth {entry['auth']!r} for {protocol}"
    for field in ("base_url", "docs"):
        url = urlsplit(entry[field])
        assert url.scheme == "https" and url.hostname, f"{vid}.{field} must be an https URL"
        assert not url.username and not url.password and not url.query, f"{vid}.{field}"
    assert not entry["base_url"].endswith("/"), f"{vid}: base_url must not end with /"
    assert not entry["base_url"].endswith(("/chat/completions", "/messages")), vid
    if protocol == "azure-openai":
        assert "{resource}" in entry["base_url"] and entry["base_url"].endswith("/openai"), vid
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(-preview)?", str(entry.get("api_version", ""))), vid
    else:
        assert "{" not in entry["base_url"], vid
        assert "api_version" not in entry, vid
    if protocol == "anthropic":
        assert entry["headers"].get("anthropic-version"), vid


@pytest.mark.parametrize("vid", IDS)
def test_entry_names_an_env_var_and_holds_no_credential(vid: str) -> None:
    entry = VENDORS[vid]
    assert re.fullmatch(r"[A-Z][A-Z0-9_]*_API_KEY", entry["credentials_env"]), vid
    text = yaml.safe_dump(entry, allow_unicode=True)
    for pattern in SECRET_PATTERNS:
        assert not pattern.search(text), f"{vid}: looks like a credential ({pattern.pattern})"
    for name in entry["headers"]:
        assert name.lower() not in {"authorization", "api-key", "x-api-key"}, vid


def test_secret_patterns_catch_real_key_shapes() -> None:
    shapes = ["sk-" + "a1B2" * 6, "AIza" + "x" * 35, "bce-v3/ALTAK-abc/def", "f" * 40,
              "api_key: abc123"]
    for shape in shapes:
        assert any(p.search(shape) for p in SECRET_PATTERNS), shape


def test_each_entry_is_a_distinct_endpoint() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    for vid, entry in VENDORS.items():
        key = (entry["base_url"], entry["region"], entry["inference_scope"])
        assert key not in seen, f"{vid} duplicates {seen[key]}"
        seen[key] = vid
    envs: dict[str, set[str]] = {}
    for vid, entry in VENDORS.items():
        envs.setdefault(entry["credentials_env"], set()).add(urlsplit(entry["base_url"]).hostname or "")
    # One key variable per platform: a mainland key is not valid on the international domain.
    for env, hosts in envs.items():
        assert len(hosts) == 1, f"{env} is shared by {sorted(hosts)}"


def test_serve_config_can_inherit_every_entry(tmp_path: Path) -> None:
    from proxy import config

    vendors: dict[str, Any] = {}
    for vid, entry in VENDORS.items():
        spec: dict[str, Any] = {"catalogue": vid}
        if "{resource}" in entry["base_url"]:
            spec["resource"] = "contoso"
        vendors[f"v-{vid}"] = spec
    path = tmp_path / "serve.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "vendors": vendors}), encoding="utf-8")
    cfg = config.load_config(path)
    for vid, entry in VENDORS.items():
        vendor = cfg.vendors[f"v-{vid}"]
        assert vendor.region == entry["region"] and vendor.jurisdiction == entry["jurisdiction"]
        assert vendor.inference_scope == entry["inference_scope"]
        assert vendor.credential_env == entry["credentials_env"]
        assert "{resource}" not in vendor.base_url and vendor.base_url.startswith("https://")


def test_docs_table_lists_every_endpoint_with_its_residency() -> None:
    doc = DOC.read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in doc.splitlines()
            if line.startswith("| `")}
    assert set(rows) == set(VENDORS), sorted(set(rows) ^ set(VENDORS))
    for vid, entry in VENDORS.items():
        row = rows[vid]
        for field in ("base_url", "region", "inference_scope", "jurisdiction"):
            assert f"`{entry[field]}`" in row or entry[field] in row, f"{vid}: {field} not in docs row"
        assert entry["docs"] in doc, f"{vid}: source not cited in docs/vendors.md"
