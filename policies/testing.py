"""Policy tests written in YAML (OPA's test cases): prompt + tenant + destination -> what must happen.

A test file sits beside its policy (`<name>_test.yaml` tests `<name>.yaml`) and runs through the real
detectors, the real engine and the real transform, exactly as the proxy would::

    policy: default.yaml            # optional; defaults to the file name without `_test`
    cases:
      - note: a phone number to a US vendor leaves as a typed placeholder
        tenant: demo                # optional, default "demo"
        vendor: echo-us             # resolved through the serve config, then proxy/vendors.yaml
        model: echo-us              # optional, default: the vendor name
        prompt: 请回电 13812345678    # or messages: [{role: user, content: ...}, ...]
        want:
          action: redact
          rule: personal-abroad-redacted
          sent: 请回电 [CN_PHONE_1]   # what the vendor receives (segments joined by newlines)

`want` may also hold `reason`, `findings` (entity type -> rule id), `reroute` ({vendor, model}),
`shadow` (true/false) and `restored` (the answer `sent` restored for the client).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from detectors.finding import Finding
from policies import load, transform
from policies.decision import Action, Decision
from policies.engine import Policy
from policies.errors import PolicyError
from policies.facts import Destination, Facts, FindingFact
from policies.yamlio import MarkedDict, MarkedList, read

TEST_SECRET = b"guanqia policy test key (not a secret)"
"""Fixed key so expected pseudonyms and hashes in test files are stable."""
CASE_KEYS = ("note", "tenant", "vendor", "model", "endpoint", "destination", "direction", "prompt",
             "messages", "opaque_parts", "want")
WANT_KEYS = ("action", "rule", "reason", "sent", "findings", "reroute", "shadow", "shadow_action",
             "shadow_rule", "restored")


@dataclass(slots=True)
class CaseResult:
    note: str
    where: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass(slots=True)
class Outcome:
    """What the proxy would do with one prompt: the inputs to explain and to assertions."""

    facts: Facts
    decision: Decision
    texts: list[str]
    findings: list[list[Finding]]
    sent: list[str]
    restorer: transform.PseudonymRestorer | None


class Destinations:
    """Vendor name -> Destination, from a serve config (embedded default when none) and the catalogue."""

    def __init__(self, config_path: str | Path | None = None) -> None:
        self.vendors: dict[str, Destination] = {}
        if config_path is not None:
            from proxy.config import load_config
            config = load_config(config_path)
            self.vendors = {name: Destination(name, name, v.region, v.jurisdiction, v.inference_scope)
                            for name, v in config.vendors.items()}
        else:
            # The embedded default's vendors (echo-cn, echo-us), then the whole vendor catalogue.
            import yaml

            from proxy.config import EMBEDDED_DEFAULT
            for name, v in EMBEDDED_DEFAULT["vendors"].items():
                self.vendors[name] = Destination(name, name, v["region"], v["jurisdiction"],
                                                 v.get("inference_scope", ""))
            text = resources.files("proxy").joinpath("vendors.yaml").read_text("utf-8")
            for name, v in (yaml.safe_load(text).get("vendors") or {}).items():
                self.vendors.setdefault(name, Destination(name, name, v.get("region", ""),
                                                          v.get("jurisdiction", ""),
                                                          v.get("inference_scope", "")))

    def get(self, vendor: str, model: str) -> Destination:
        d = self.vendors.get(vendor)
        if d is None:
            raise KeyError(vendor)
        return Destination(vendor, model, d.region, d.jurisdiction, d.inference_scope)


class Detector:
    """The real scanner plus the policy's custom detectors, and a keyed fingerprint for distinct counts."""

    def __init__(self, policy: Policy) -> None:
        from detectors import default_scanner
        base = default_scanner()
        self.scanner = base.with_extra(policy.recognizers) if policy.recognizers else base

    @staticmethod
    def fingerprint(entity_type: str, raw: str) -> str:
        canon = transform.canonical(entity_type, raw)
        return hmac.new(TEST_SECRET, f"{entity_type}\0{canon}".encode(), hashlib.sha256).hexdigest()[:16]


def evaluate(policy: Policy, detector: Detector, texts: list[str], *, tenant: str, endpoint: str, model: str,
             destination: Destination, opaque_parts: int = 0, direction: str = "request") -> Outcome:
    """Detect, decide and transform one prompt (or, with direction "response", one whole answer) the
    way proxy/pipeline.py and proxy/answer_guard.py do."""
    from proxy.inspection import inspect
    found = inspect(texts, detector.scanner, detector.fingerprint, policy.data_class)
    flat = [(seg, f) for seg, fs in enumerate(found.per_segment) for f in fs]
    facts = Facts(tenant=tenant, endpoint=endpoint, model=model, destination=destination,
                  findings=tuple(FindingFact(f.type, found.classes[n], seg, found.fingerprints[n])
                                 for n, (seg, f) in enumerate(flat)),
                  opaque_parts=opaque_parts, direction=direction)
    decision = policy.decide(facts)
    sent, restorer = list(texts), None
    if not decision.shadow and any(t.action != Action.ALLOW for t in decision.treatments):
        sent, restorer = transform.apply(list(texts), found.per_segment, decision,
                                         key=transform.tenant_key(TEST_SECRET, tenant))
    return Outcome(facts, decision, list(texts), found.per_segment, sent, restorer)


def texts_of(case: MarkedDict) -> list[str]:
    if "prompt" in case and "messages" in case:
        raise PolicyError(f"{case.where()}: a case has prompt or messages, not both")
    if "prompt" in case:
        if not isinstance(case["prompt"], str):
            raise PolicyError(f"{case.where('prompt')}: expected text for prompt")
        return [case["prompt"]]
    messages = case.get("messages")
    if not isinstance(messages, MarkedList) or not messages:
        raise PolicyError(f"{case.where()}: a case needs prompt (text) or messages (a list)")
    out: list[str] = []
    for i, m in enumerate(messages):
        content = m.get("content") if isinstance(m, dict) else m
        if not isinstance(content, str):
            raise PolicyError(f"{messages.where(i)}: expected {{role, content}} with text content")
        out.append(content)
    return out


def _policy_path(test_path: Path, raw: MarkedDict) -> Path:
    if "policy" in raw:
        if not isinstance(raw["policy"], str):
            raise PolicyError(f"{raw.where('policy')}: expected a file name for policy")
        return (test_path.parent / raw["policy"]).resolve()
    name = test_path.name
    if not name.endswith("_test.yaml"):
        raise PolicyError(f"{test_path}:1:1: say which policy this tests (policy: FILE), or name the file "
                          "<policy>_test.yaml")
    return test_path.with_name(name[: -len("_test.yaml")] + ".yaml")


def run_file(test_path: str | Path, *, config: str | Path | None = None,
             policy_override: Policy | None = None) -> list[CaseResult]:
    """Run every case of a test file; PolicyError when the file itself is malformed."""
    path = Path(test_path)
    _, raw = read(path)
    if not isinstance(raw, MarkedDict):
        raise PolicyError(f"{path}:1:1: expected a mapping with cases")
    for key in raw:
        if key not in ("policy", "config", "cases"):
            raise PolicyError(f"{raw.where(key, value=False)}: unknown key {key!r} "
                              "(expected policy, config, cases)")
    policy = policy_override or load(_policy_path(path, raw))
    if "config" in raw and config is None:
        config = (path.parent / str(raw["config"])).resolve()
    destinations = Destinations(config)
    detector = Detector(policy)
    cases = raw.get("cases")
    if not isinstance(cases, MarkedList) or not cases:
        where = raw.where("cases") if "cases" in raw else raw.where()
        raise PolicyError(f"{where}: expected a list of cases")
    return [run_case(policy, detector, destinations, case, cases.where(i)) for i, case in enumerate(cases)]


def run_case(policy: Policy, detector: Detector, destinations: Destinations, case: Any,
             where: str) -> CaseResult:
    if not isinstance(case, MarkedDict):
        raise PolicyError(f"{where}: expected a case mapping")
    for key in case:
        if key not in CASE_KEYS:
            raise PolicyError(f"{case.where(key, value=False)}: unknown key {key!r} in a case "
                              f"(expected one of: {', '.join(CASE_KEYS)})")
    note = str(case.get("note") or where)
    result = CaseResult(note, where)
    want = case.get("want")
    if not isinstance(want, MarkedDict):
        where = case.where("want") if "want" in case else case.where()
        raise PolicyError(f"{where}: a case needs want: {{...}}")
    for key in want:
        if key not in WANT_KEYS:
            raise PolicyError(f"{want.where(key, value=False)}: unknown key {key!r} in want "
                              f"(expected one of: {', '.join(WANT_KEYS)})")
    tenant = str(case.get("tenant", "demo"))
    direction = case.get("direction", "request")
    if direction not in ("request", "response"):
        raise PolicyError(f"{case.where('direction')}: expected request or response for direction")
    destination = _destination(case, destinations)
    outcome = evaluate(policy, detector, texts_of(case), tenant=tenant,
                       endpoint=str(case.get("endpoint", "openai.chat")), model=destination.model,
                       destination=destination, opaque_parts=int(case.get("opaque_parts", 0)),
                       direction=direction)
    d = outcome.decision
    check: Callable[[str, object, object], None] = lambda what, got, expected: \
        result.failures.append(f"{what}: want {expected!r}, got {got!r}") if got != expected else None
    if "action" in want:
        check("action", d.action.value, want["action"])
    if "rule" in want:
        check("rule", d.rule, want["rule"])
    if "reason" in want:
        check("reason", d.reason, want["reason"])
    if "shadow" in want:
        check("shadow", d.shadow, want["shadow"])
    if "shadow_action" in want:
        check("shadow_action", d.shadow_action, want["shadow_action"] or "")
    if "shadow_rule" in want:
        check("shadow_rule", d.shadow_rule, want["shadow_rule"] or "")
    if "reroute" in want:
        got = {"vendor": d.reroute.vendor, "model": d.reroute.model} if d.reroute else None
        expected = want["reroute"]
        if isinstance(expected, Mapping):
            expected = {"vendor": expected.get("vendor"), "model": expected.get("model")}
        check("reroute", got, expected)
    if "findings" in want:
        flat = [f for fs in outcome.findings for f in fs]
        got_rules = {f.type: rule for f, rule in zip(flat, d.finding_rules)}
        check("findings", got_rules, dict(want["findings"] or {}))
    if "sent" in want:
        expected_sent = want["sent"]
        got_sent: object = list(outcome.sent) if isinstance(expected_sent, list) else "\n".join(outcome.sent)
        check("sent", got_sent, list(expected_sent) if isinstance(expected_sent, list) else expected_sent)
    if "restored" in want:
        answer = "\n".join(outcome.sent)
        got_restored = outcome.restorer.restore(answer) if outcome.restorer else answer
        check("restored", got_restored, want["restored"])
    return result


def _destination(case: MarkedDict, destinations: Destinations) -> Destination:
    if "destination" in case:
        d = case["destination"]
        if not isinstance(d, MarkedDict) or not {"vendor", "region", "jurisdiction"} <= set(d):
            raise PolicyError(f"{case.where('destination')}: expected {{vendor, region, jurisdiction}}")
        return Destination(str(d["vendor"]), str(d.get("model", case.get("model", d["vendor"]))),
                           str(d["region"]), str(d["jurisdiction"]), str(d.get("inference_scope", "")))
    vendor = case.get("vendor")
    if not isinstance(vendor, str):
        raise PolicyError(f"{case.where()}: a case needs vendor (a name from the serve config) "
                          "or destination")
    try:
        return destinations.get(vendor, str(case.get("model", vendor)))
    except KeyError:
        raise PolicyError(f"{case.where('vendor')}: unknown vendor {vendor!r} (not in the serve config "
                          "or proxy/vendors.yaml)") from None


def discover(root: str | Path) -> list[Path]:
    """Every `*_test.yaml` under root (the shipped policies' tests, for CI)."""
    return sorted(Path(root).rglob("*_test.yaml"))
