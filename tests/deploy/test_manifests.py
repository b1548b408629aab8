"""deploy/ artefacts agree with each other: ports, probe paths, config and key paths, drain deadline.

No container engine or cluster is available to CI, so these tests read the files as data and check the
facts an operator would otherwise discover at 3 a.m.: a probe on the wrong port, a key file the config
names but no Secret mounts, a grace period shorter than the drain deadline.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
CATALOGUE = yaml.safe_load((ROOT / "proxy" / "vendors.yaml").read_text(encoding="utf-8"))["vendors"]
PRESTOP_SLEEP = 5
SECRETISH = re.compile(r"(?i)(key|secret|token|password|passwd)")


def _yaml_docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _k8s(kind: str, name: str | None = None) -> dict[str, Any]:
    for path in sorted(K8S.glob("*.yaml")):
        for doc in _yaml_docs(path):
            if doc.get("kind") == kind and (name is None or doc["metadata"]["name"] == name):
                return doc
    raise AssertionError(f"no {kind} {name or ''} in deploy/k8s")


def _dockerfile() -> list[tuple[str, str]]:
    """Instructions as (KEYWORD, arguments), continuation lines joined, comments dropped."""
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    logical, out = "", []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        logical += line[:-1] + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            keyword, _, rest = logical.partition(" ")
            out.append((keyword.upper(), rest.strip()))
            logical = ""
    return out


def _systemd() -> list[tuple[str, str]]:
    pairs = []
    for raw in (DEPLOY / "systemd" / "guanqia.service").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, _, value = line.partition("=")
            pairs.append((key.strip(), value.strip()))
    return pairs


def _seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s|min|m)?", value.strip())
    assert match, value
    number, unit = float(match.group(1)), match.group(2) or "s"
    return number * {"ms": 0.001, "s": 1.0, "min": 60.0, "m": 60.0}[unit]


def _cli_value(args: list[str], flag: str) -> str:
    return args[args.index(flag) + 1]


def _key_paths(cfg: dict[str, Any]) -> list[str]:
    """Every key file a serve config names: they must all come from a mounted secret."""
    audit = cfg["audit"]
    return [cfg["secrets"]["pseudonym_key_file"], audit["fingerprint_key_file"], audit["signing_key_file"],
            audit["verifier_keys_file"]]


EXAMPLE = yaml.safe_load((DEPLOY / "config.example.yaml").read_text(encoding="utf-8"))
K8S_CONFIG = yaml.safe_load(_k8s("ConfigMap", "guanqia-config")["data"]["config.yaml"])
COMPOSE = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
DEPLOYMENT = _k8s("Deployment", "guanqia")
POD = DEPLOYMENT["spec"]["template"]["spec"]
CONTAINER = POD["containers"][0]


# --- the serve configs -------------------------------------------------------------------------

@pytest.mark.parametrize("cfg", [EXAMPLE, K8S_CONFIG], ids=["config.example", "k8s-configmap"])
def test_serve_config_uses_catalogue_vendors_and_postgres_audit(cfg: dict[str, Any]) -> None:
    assert cfg["listen"]["port"] == 8080
    for name, spec in cfg["vendors"].items():
        assert spec["catalogue"] in CATALOGUE, f"{name}: unknown catalogue id {spec['catalogue']}"
        assert not set(spec) & {"api_key", "key", "credential", "token"}, name
    declared = set(cfg["vendors"])
    for route in cfg["routes"]:
        for target in route["to"]:
            vendor = target if isinstance(target, str) else target["vendor"]
            assert vendor in declared, f"route {route['model']} -> undeclared vendor {vendor}"
    for client in cfg["clients"]:
        assert re.fullmatch(r"[0-9a-f]{64}", client["key_sha256"]), client["id"]
    audit = cfg["audit"]
    assert audit["store"] == "postgres" and audit["fail_closed"] is True
    assert audit["dsn"].startswith("postgresql://") and ":" not in audit["dsn"].split("@")[0][13:], \
        "the DSN must not carry a password (PGPASSWORD supplies it)"


@pytest.mark.parametrize("path", [DEPLOY / "config.example.yaml"], ids=["config.example"])
def test_serve_config_loads_through_the_real_loader(path: Path) -> None:
    from proxy import config

    cfg = config.load_config(path)
    assert cfg.port == 8080 and cfg.limits.drain_seconds == EXAMPLE["limits"]["drain_seconds"]
    assert cfg.vendors["azure-cn"].base_url == "https://contoso-cn.openai.azure.cn/openai"
    assert cfg.vendors["deepseek"].credential_env == "DEEPSEEK_API_KEY"


def test_k8s_configmap_config_loads_through_the_real_loader(tmp_path: Path) -> None:
    from proxy import config

    path = tmp_path / "config.yaml"
    path.write_text(_k8s("ConfigMap", "guanqia-config")["data"]["config.yaml"], encoding="utf-8")
    cfg = config.load_config(path)
    assert cfg.policy == "/etc/guanqia/policies/policy.yaml"


@pytest.mark.parametrize("cfg", [EXAMPLE, K8S_CONFIG], ids=["config.example", "k8s-configmap"])
def test_audit_section_is_what_the_audit_log_reads(cfg: dict[str, Any]) -> None:
    """The proxy hands `audit:` to AuditConfig at start-up; an unknown or misspelt key stops the pod."""
    from audit import AuditConfig

    audit = AuditConfig.from_mapping(cfg["audit"], Path(cfg["data_dir"]))
    assert audit.store == "postgres" and audit.fail_closed is True
    assert str(audit.resolve(audit.signing_key_file)) == cfg["audit"]["signing_key_file"]
    assert str(audit.resolve(audit.verifier_keys_file)).startswith("/etc/guanqia/keys/")


# --- Dockerfile ----------------------------------------------------------------------------------

def test_dockerfile_is_multistage_slim_nonroot_and_keyless() -> None:
    instructions = _dockerfile()
    froms = [args for kw, args in instructions if kw == "FROM"]
    assert len(froms) >= 2, "multi-stage build expected"
    args = {a.split("=", 1)[0]: a.split("=", 1)[1] for kw, a in instructions if kw == "ARG" and "=" in a}
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", args["PYTHON_IMAGE"])
    user = [a for kw, a in instructions if kw == "USER"]
    assert user and not user[-1].startswith(("root", "0")), "final stage must run as non-root"
    uid = args["GUANQIA_UID"]
    assert int(uid) >= 1000 and str(POD["securityContext"]["runAsUser"]) == uid
    assert COMPOSE["services"]["guanqia"]["user"].split(":")[0] == uid
    for kw, a in instructions:
        if kw in {"ENV", "ARG"}:
            for name in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)=", a):
                assert not SECRETISH.search(name), f"{kw} {name}: no credentials in the image"


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for kw, a in _dockerfile():
        if kw == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((kw, a))
    return stages


BUILD_TOOLS = re.compile(r"\b(gcc|g\+\+|clang|make|build-essential|cmake|rustc|cargo|git|curl|wget)\b")


def test_dockerfile_final_stage_has_no_pip_no_compiler_and_only_the_built_venv() -> None:
    final = _stages()[-1]
    runs = " ".join(a for kw, a in final if kw == "RUN")
    assert "apt-get install" not in runs and not BUILD_TOOLS.search(runs), runs
    assert "pip install" not in runs, "the runtime stage must not install anything"
    assert re.search(r"pip uninstall --yes pip\b", runs), "the base image's pip must go"
    copies = [a for kw, a in final if kw == "COPY"]
    assert copies == ["--from=build /opt/guanqia /opt/guanqia"], copies
    build_runs = " ".join(a for kw, a in _stages()[0] if kw == "RUN")
    assert "/opt/guanqia/bin/python -m pip uninstall --yes pip" in build_runs, "the venv must leave pip behind"


def test_dockerfile_port_healthcheck_and_command_match_the_config() -> None:
    wanted = {"EXPOSE", "HEALTHCHECK", "CMD", "ENTRYPOINT", "ENV"}
    instructions = {kw: a for kw, a in _dockerfile() if kw in wanted}
    assert instructions["EXPOSE"] == str(EXAMPLE["listen"]["port"])
    health = instructions["HEALTHCHECK"]
    assert f"http://127.0.0.1:{EXAMPLE['listen']['port']}/healthz" in health
    command = yaml.safe_load(instructions["ENTRYPOINT"]) + yaml.safe_load(instructions["CMD"])
    assert command[:2] == ["guanqia", "serve"]
    assert _cli_value(command, "--host") == "0.0.0.0"
    assert _cli_value(command, "--config") == "/etc/guanqia/config.yaml"
    assert "GUANQIA_DATA_DIR=/var/lib/guanqia" in instructions["ENV"].replace(" \\", "")
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8")
    assert ignore.splitlines()[1] == "**", "build context must be an allow-list"


# --- Kubernetes ------------------------------------------------------------------------------------

def _named_port(name: str) -> int:
    ports = {p["name"]: p["containerPort"] for p in CONTAINER["ports"]}
    return int(ports[name])


def test_k8s_probes_hit_healthz_and_readyz_on_the_serving_port() -> None:
    assert _named_port("http") == K8S_CONFIG["listen"]["port"] == 8080
    for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz"),
                        ("startupProbe", "/healthz")):
        get = CONTAINER[probe]["httpGet"]
        assert get["path"] == path, probe
        assert get["port"] == "http" or get["port"] == 8080, probe
    service = _k8s("Service", "guanqia")
    assert service["spec"]["ports"][0]["targetPort"] in ("http", 8080)
    labels = DEPLOYMENT["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert DEPLOYMENT["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_k8s_pod_is_nonroot_readonly_and_bounded() -> None:
    pod_sc, sc = POD["securityContext"], CONTAINER["securityContext"]
    assert pod_sc["runAsNonRoot"] is True and pod_sc["runAsUser"] != 0
    assert sc["readOnlyRootFilesystem"] is True and sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"]["drop"] == ["ALL"]
    assert POD["automountServiceAccountToken"] is False
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(CONTAINER["resources"][kind]), kind
    mounts = {m["mountPath"] for m in CONTAINER["volumeMounts"]}
    assert "/tmp" in mounts, "a read-only root needs a writable /tmp"


def test_k8s_grace_period_covers_the_drain_deadline() -> None:
    drain = float(K8S_CONFIG["limits"]["drain_seconds"])
    grace = POD["terminationGracePeriodSeconds"]
    prestop = " ".join(CONTAINER["lifecycle"]["preStop"]["exec"]["command"])
    assert f"sleep({PRESTOP_SLEEP})" in prestop
    assert drain + PRESTOP_SLEEP <= grace <= drain + PRESTOP_SLEEP + 15


def test_k8s_config_policy_keys_and_data_paths_are_mounted() -> None:
    mounts = {m["mountPath"]: m for m in CONTAINER["volumeMounts"]}
    volumes = {v["name"]: v for v in POD["volumes"]}
    config_path = _cli_value(CONTAINER["args"], "--config")
    assert mounts[config_path]["subPath"] == "config.yaml"
    assert volumes[mounts[config_path]["name"]]["configMap"]["name"] == "guanqia-config"

    def source_of(path: str) -> tuple[dict[str, Any], str]:
        for mount_path, mount in mounts.items():
            if PurePosixPath(path).is_relative_to(mount_path) and mount_path != "/":
                return volumes[mount["name"]], str(PurePosixPath(path).relative_to(mount_path))
        raise AssertionError(f"{path} is not on any mounted volume")

    volume, _ = source_of(K8S_CONFIG["policy"])
    assert volume["configMap"]["name"] == "guanqia-policies"
    key_paths = _key_paths(K8S_CONFIG)
    keys_secret = _k8s("Secret", "guanqia-keys")
    for path in key_paths:
        volume, rel = source_of(path)
        assert volume["secret"]["secretName"] == "guanqia-keys", path
        assert rel in keys_secret["stringData"], f"{path}: no such key in Secret guanqia-keys"
    env = {e["name"]: e.get("value") for e in CONTAINER["env"]}
    assert env["GUANQIA_DATA_DIR"] == K8S_CONFIG["data_dir"] and K8S_CONFIG["data_dir"] in mounts


def test_k8s_secret_template_covers_vendor_keys_and_holds_no_values() -> None:
    vendor_secret = _k8s("Secret", "guanqia-vendor-keys")
    assert CONTAINER["envFrom"][0]["secretRef"]["name"] == "guanqia-vendor-keys"
    needed = {CATALOGUE[v["catalogue"]]["credentials_env"] for v in K8S_CONFIG["vendors"].values()}
    assert needed | {"PGPASSWORD"} <= set(vendor_secret["stringData"])
    for secret in (vendor_secret, _k8s("Secret", "guanqia-keys")):
        assert all(value == "" for value in secret["stringData"].values()), "template must stay empty"


def test_k8s_autoscaling_and_disruption_budget_target_the_deployment() -> None:
    hpa, pdb = _k8s("HorizontalPodAutoscaler", "guanqia"), _k8s("PodDisruptionBudget", "guanqia")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                             "name": DEPLOYMENT["metadata"]["name"]}
    labels = DEPLOYMENT["spec"]["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    # A budget equal to the replica floor would block every voluntary eviction (node drains hang).
    assert hpa["spec"]["minReplicas"] > pdb["spec"]["minAvailable"]
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    # Everything is applied except the empty Secret template, which would overwrite the real Secrets.
    assert set(kustomization["resources"]) == on_disk - {"secret.example.yaml"}


# --- docker compose --------------------------------------------------------------------------------

def test_compose_wires_postgres_keys_and_drain() -> None:
    proxy, pg = COMPOSE["services"]["guanqia"], COMPOSE["services"]["postgres"]
    assert proxy["depends_on"]["postgres"]["condition"] == "service_healthy" and "healthcheck" in pg
    assert proxy["ports"][0].endswith(f":{EXAMPLE['listen']['port']}")
    assert f"127.0.0.1:{EXAMPLE['listen']['port']}/readyz" in " ".join(proxy["healthcheck"]["test"])
    assert _cli_value(proxy["command"], "--config") == "/etc/guanqia/config.yaml"
    targets = {c["target"]: COMPOSE["configs"][c["source"]]["file"] for c in proxy["configs"]}
    assert (DEPLOY / targets["/etc/guanqia/config.yaml"]).resolve() == DEPLOY / "config.example.yaml"
    assert EXAMPLE["policy"] in targets
    secret_targets = {s["target"] for s in proxy["secrets"]}
    assert set(_key_paths(EXAMPLE)) <= secret_targets
    needed = {CATALOGUE[v["catalogue"]]["credentials_env"] for v in EXAMPLE["vendors"].values()}
    assert needed | {"PGPASSWORD"} <= set(proxy["environment"])
    for name, value in proxy["environment"].items():
        if SECRETISH.search(name):
            assert str(value).startswith("${"), f"{name} must come from the environment, not the file"
    host = EXAMPLE["audit"]["dsn"].split("@")[1].split(":")[0]
    assert host in COMPOSE["services"], "audit DSN host must be the compose PostgreSQL service"
    assert _seconds(proxy["stop_grace_period"]) >= EXAMPLE["limits"]["drain_seconds"] + 5
    assert proxy["read_only"] is True and proxy["cap_drop"] == ["ALL"]
    assert COMPOSE["networks"]["backend"]["internal"] is True and pg["networks"] == ["backend"]


# --- systemd ---------------------------------------------------------------------------------------

def test_systemd_unit_is_hardened_and_drains() -> None:
    pairs = _systemd()
    unit = dict(pairs)
    assert unit.get("DynamicUser") == "yes" or unit.get("User") not in (None, "root")
    assert unit["ProtectSystem"] == "strict" and unit["NoNewPrivileges"] == "yes"
    assert unit["StateDirectory"] == "guanqia" and "GUANQIA_DATA_DIR=%S/guanqia" in unit["Environment"]
    assert unit["EnvironmentFile"].lstrip("-") == "/etc/guanqia/guanqia.env"
    assert unit["Restart"] == "on-failure" and unit["KillSignal"] == "SIGTERM"
    assert unit["CapabilityBoundingSet"] == ""
    assert _seconds(unit["TimeoutStopSec"]) >= EXAMPLE["limits"]["drain_seconds"] + 5
    exec_start = shlex.split(unit["ExecStart"])
    assert exec_start[1] == "serve" and _cli_value(exec_start, "--config") == "/etc/guanqia/config.yaml"
    assert not any(SECRETISH.search(v) for k, v in pairs if k == "Environment")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    # The venv is not installed at /opt/guanqia here, so point ExecStart at a binary that exists; every
    # other directive is verified as shipped.
    text = (DEPLOY / "systemd" / "guanqia.service").read_text(encoding="utf-8")
    text = text.replace("/opt/guanqia/bin/guanqia", "/bin/true")
    text = text.replace("EnvironmentFile=/etc/guanqia/guanqia.env", "EnvironmentFile=-/etc/guanqia/guanqia.env")
    unit = tmp_path / "guanqia.service"
    unit.write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True,
                            timeout=60, check=False)
    problems = [line for line in (result.stdout + result.stderr).splitlines()
                if "guanqia.service" in line]
    assert result.returncode == 0 and not problems, problems
