"""Decisions: first match per finding, strongest action wins, request rules, access lists, shadow."""

from __future__ import annotations

from pathlib import Path

import pytest

import policies
from policies.decision import Action
from policies.engine import Policy
from policies.facts import Destination, Facts, FindingFact

US = Destination("echo-us", "echo-us", "us", "US", "us")
CN = Destination("echo-cn", "echo-cn", "cn-mainland", "CN", "cn-mainland")
CN_GLOBAL_INFERENCE = Destination("cn-global", "m", "cn-mainland", "CN", "global")
GLOBAL = Destination("mystery", "m", "global", "US")


def facts(dest: Destination, *findings: tuple[str, str, str], tenant: str = "demo", opaque: int = 0,
          endpoint: str = "openai.chat", model: str = "m", direction: str = "request") -> Facts:
    return Facts(tenant=tenant, endpoint=endpoint, model=model, destination=dest,
                 findings=tuple(FindingFact(t, c, 0, k) for t, c, k in findings), opaque_parts=opaque,
                 direction=direction)


PHONE = ("CN_PHONE", "personal", "p1")
ID = ("CN_ID_CARD", "sensitive_personal", "i1")
KEY = ("API_KEY", "credential", "k1")
MARK = ("CONFIDENTIAL_MARKING", "confidential", "m1")


@pytest.fixture(scope="module")
def default() -> Policy:
    return policies.load_builtin()


def load_text(tmp_path: Path, body: str) -> Policy:
    p = tmp_path / "p.yaml"
    p.write_text("schema: guanqia.policy/v1\nid: t\nversion: '1'\n" + body, encoding="utf-8")
    return policies.load(p)


def test_default_redacts_personal_data_abroad_and_passes_it_at_home(default: Policy) -> None:
    abroad = default.decide(facts(US, PHONE, ID))
    assert abroad.action == Action.REDACT and abroad.rule == "personal-abroad-redacted"
    assert [t.action for t in abroad.treatments] == [Action.REDACT, Action.REDACT]
    assert {t.style for t in abroad.treatments} == {"placeholder"}
    home = default.decide(facts(CN, PHONE, ID))
    assert home.action == Action.ALLOW
    assert home.finding_rules == ("default", "default")


def test_credentials_redacted_everywhere_together_with_personal_rule(default: Policy) -> None:
    d = default.decide(facts(US, KEY, PHONE))
    assert d.finding_rules == ("credentials-redacted", "personal-abroad-redacted")
    assert [t.rule for t in d.treatments] == ["credentials-redacted", "personal-abroad-redacted"]
    home = default.decide(facts(CN, PHONE, KEY))
    assert home.action == Action.REDACT and home.rule == "credentials-redacted"
    assert [t.action for t in home.treatments] == [Action.ALLOW, Action.REDACT]


def test_a_block_anywhere_blocks_the_request_with_its_message(default: Policy) -> None:
    d = default.decide(facts(US, KEY, PHONE, MARK))
    assert d.action == Action.BLOCK and d.rule == "confidential-marking-abroad-blocked"
    assert d.reason == "confidential-marking-abroad-blocked"
    assert "保密" in d.message and "confidential" in d.message
    assert len(d.treatments) == 3
    assert default.decide(facts(CN, MARK)).action == Action.ALLOW


def test_inference_outside_home_counts_as_crossing_the_border(default: Policy) -> None:
    assert default.decide(facts(CN_GLOBAL_INFERENCE, PHONE)).action == Action.REDACT


def test_bulk_transfer_counts_distinct_people_not_findings(default: Policy) -> None:
    def people(n: int, *, repeat: int = 1) -> list[tuple[str, str, str]]:
        return [("CN_PHONE", "personal", f"p{i}") for i in range(n) for _ in range(repeat)]
    assert default.decide(facts(US, *people(20))).action == Action.REDACT
    bulk = default.decide(facts(US, *people(21)))
    assert bulk.action == Action.BLOCK and bulk.rule == "bulk-personal-abroad-blocked"
    # the same 10 people mentioned three times each are 10 people
    assert default.decide(facts(US, *people(10, repeat=3))).action == Action.REDACT
    # 15 people each with a phone and an ID card are 15 people, not 30
    both = people(15) + [("CN_ID_CARD", "sensitive_personal", f"i{i}") for i in range(15)]
    assert default.decide(facts(US, *both)).action == Action.REDACT
    assert default.decide(facts(CN, *people(50))).action == Action.ALLOW


def test_uninspectable_parts_blocked_only_across_the_border(default: Policy) -> None:
    d = default.decide(facts(US, opaque=1))
    assert d.action == Action.BLOCK and d.rule == "opaque-abroad-blocked"
    assert default.decide(facts(CN, opaque=2)).action == Action.ALLOW


def test_unknown_vendor_region_denied_by_default(default: Policy) -> None:
    d = default.decide(facts(GLOBAL))
    assert (d.action, d.rule, d.reason) == (Action.BLOCK, "destinations", "unknown-vendor")
    assert d.message


def test_no_findings_is_allow_by_default_rule(default: Policy) -> None:
    d = default.decide(facts(US))
    assert (d.action, d.rule, d.treatments, d.shadow) == (Action.ALLOW, "default", (), False)
    assert d.policy == default.ref


def test_first_matching_rule_wins_per_finding(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
rules:
  - {id: phones-masked, when: {entity: CN_PHONE}, action: redact, style: mask}
  - {id: personal-hashed, when: {data_class: personal}, action: redact, style: hash}
  - {id: phones-blocked, when: {entity: CN_PHONE}, action: block}
default: {action: allow}
""")
    d = p.decide(facts(US, PHONE, ("EMAIL", "personal", "e1")))
    assert d.finding_rules == ("phones-masked", "personal-hashed")
    assert [t.style for t in d.treatments] == ["mask", "hash"]
    assert d.action == Action.REDACT


def test_strongest_action_wins_and_names_its_rule(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
rules:
  - {id: keys-redacted, when: {data_class: credential}, action: redact}
  - {id: ids-pseudonymized, when: {entity: CN_ID_CARD}, action: pseudonymize, style: fake}
  - {id: phones-rerouted, when: {entity: CN_PHONE, vendor: echo-us}, action: reroute,
     to: {vendor: echo-cn, model: echo-cn}}
default: {action: allow}
""")
    d = p.decide(facts(US, KEY, ID))
    assert (d.action, d.rule) == (Action.PSEUDONYMIZE, "ids-pseudonymized")
    d = p.decide(facts(US, KEY, ID, PHONE))
    assert (d.action, d.rule) == (Action.REROUTE, "phones-rerouted")
    assert d.reroute is not None and (d.reroute.vendor, d.reroute.model) == ("echo-cn", "echo-cn")
    assert d.treatments[2].action == Action.ALLOW   # reroute is request-level; the text is left alone
    assert p.decide(facts(CN, PHONE)).action == Action.ALLOW


def test_conditions_on_tenant_endpoint_model_direction_jurisdiction(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
rules:
  - {id: a, when: {tenant: [payments], data_class: personal}, action: block}
  - {id: b, when: {endpoint: openai.embeddings, data_class: personal}, action: redact, style: token,
     token: "<x>"}
  - {id: c, when: {model: ["gpt-*"], data_class: personal}, action: redact, style: mask}
  - {id: d, when: {jurisdiction_not: [CN], tenant_not: [lab], data_class: personal}, action: redact}
  - {id: e, when: {direction: response, data_class: personal}, action: block}
default: {action: allow}
""")
    assert p.decide(facts(CN, PHONE, tenant="payments")).rule == "a"
    b = p.decide(facts(CN, PHONE, endpoint="openai.embeddings"))
    assert b.rule == "b" and b.treatments[0].token == "<x>"
    assert p.decide(facts(CN, PHONE, model="gpt-4o")).rule == "c"
    assert p.decide(facts(US, PHONE)).rule == "d"
    assert p.decide(facts(US, PHONE, tenant="lab")).rule == "default"
    assert p.decide(facts(CN, PHONE, direction="response")).rule == "e"


def test_tenant_allow_lists(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
tenants:
  hr: {regions: [cn-mainland]}
  sales: {vendors: [echo-us]}
  "*": {vendors: [echo-cn]}
default: {action: allow}
""")
    assert p.decide(facts(US, tenant="hr")).reason == "region-not-allowed"
    assert p.decide(facts(CN, tenant="hr")).action == Action.ALLOW
    assert p.decide(facts(CN, tenant="sales")).reason == "vendor-not-allowed"
    assert p.decide(facts(US, tenant="sales")).action == Action.ALLOW
    assert p.decide(facts(US, tenant="anyone")).reason == "vendor-not-allowed"


def test_destination_allow_list_and_unknown_allow(tmp_path: Path) -> None:
    listed = load_text(tmp_path, "destinations: {allow: [{vendor: echo-cn}]}\ndefault: {action: allow}\n")
    assert listed.decide(facts(US)).reason == "unknown-vendor"
    assert listed.decide(facts(CN)).action == Action.ALLOW
    open_ = load_text(tmp_path, "destinations: {unknown: allow}\ndefault: {action: allow}\n")
    assert open_.decide(facts(GLOBAL)).action == Action.ALLOW


def test_shadow_mode_decides_but_marks_shadow(tmp_path: Path) -> None:
    p = load_text(tmp_path, "mode: shadow\nrules:\n  - {id: x, when: {data_class: personal}, action: block}\n"
                            "default: {action: allow}\n")
    d = p.decide(facts(CN, PHONE))
    assert (d.action, d.rule, d.shadow) == (Action.BLOCK, "x", True)


def test_plan_keeps_candidate_order(default: Policy) -> None:
    decisions = default.plan([facts(US, PHONE), facts(CN, PHONE), facts(GLOBAL, PHONE)])
    assert [d.action for d in decisions] == [Action.REDACT, Action.ALLOW, Action.BLOCK]


def test_decide_is_pure_and_cached_contexts_do_not_leak(default: Policy) -> None:
    f1, f2 = facts(US, PHONE), facts(CN, PHONE)
    first = default.decide(f1)
    default.decide(f2)
    assert default.decide(f1) == first


def test_data_class_overrides_and_custom_detector_classes(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
data_classes: {CN_PHONE: sensitive_personal}
detectors:
  - {type: PROJECT_NAME, keywords: [青龙], data_class: confidential}
default: {action: allow}
""")
    assert p.data_class("CN_PHONE") == "sensitive_personal"
    assert p.data_class("PROJECT_NAME") == "confidential"
    assert p.data_class("API_KEY") == "credential"
    assert p.data_class("SOMETHING_NEW") == "personal"   # unknown types fail closed as personal


def test_destinations_referenced_lists_names_for_config_check(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
tenants: {hr: {vendors: [deepseek], regions: [cn-mainland]}}
rules:
  - {id: r, when: {region: [us], vendor_not: [azure-cn]}, action: reroute, to: {vendor: echo-cn, model: m1}}
default: {action: allow}
""")
    refs = p.destinations_referenced()
    assert refs["vendors"] == {"deepseek", "azure-cn", "echo-cn"}
    assert {"us", "cn-mainland"} <= refs["regions"]
    assert refs["models"] == {"m1"}


def reference_decide(policy: Policy, f: Facts) -> tuple[Action, str, tuple[str, ...]]:
    """The decision procedure of docs/policies.md, evaluated naively (no caches, no memo); rules in
    shadow are skipped, as if absent."""
    from policies.decision import STRENGTH
    from policies.engine import context_mismatch, finding_mismatch, request_mismatch
    doc = policy.doc
    contributions: list[tuple[Action, str]] = []
    access = policy.access(f)
    if access is not None:
        contributions.append((Action.BLOCK, access.id))
    for r in doc.request_rules:
        if not r.shadow and context_mismatch(r.when, f, doc) is None and request_mismatch(r, f) is None:
            contributions.append((r.action, r.id))
    chosen: list[str] = []
    for finding in f.findings:
        rule = next((r for r in doc.rules if not r.shadow and context_mismatch(r.when, f, doc) is None
                     and finding_mismatch(r.when, finding.type, finding.data_class) is None), doc.default)
        chosen.append(rule.id)
        contributions.append((rule.action, rule.id))
    if not contributions:
        return Action.ALLOW, "default", ()
    top = max(STRENGTH[a] for a, _ in contributions)
    action, rule_id = next((a, r) for a, r in contributions if STRENGTH[a] == top)
    return action, rule_id, tuple(chosen)


def test_decide_matches_the_documented_procedure_on_random_requests() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    root = Path(policies.__file__).parent
    loaded = [policies.load(p) for p in sorted(root.rglob("*.yaml")) if not p.name.endswith("_test.yaml")]
    kinds = [PHONE, ID, KEY, MARK, ("EMAIL", "personal", "e"), ("SOURCE_CODE", "source_code", "s"),
             ("PROJECT_CODENAME", "confidential", "c"), ("ORG", "confidential", "o")]
    finding = st.tuples(st.sampled_from(kinds), st.integers(0, 30)).map(lambda t: (t[0][0], t[0][1], f"{t[0][2]}{t[1]}"))

    @settings(max_examples=400, deadline=None)
    @given(policy=st.sampled_from(loaded), dest=st.sampled_from([US, CN, CN_GLOBAL_INFERENCE, GLOBAL]),
           tenant=st.sampled_from(["demo", "hr", "payments"]), opaque=st.integers(0, 2),
           found=st.lists(finding, max_size=40))
    def check(policy: Policy, dest: Destination, tenant: str, opaque: int, found: list[tuple[str, str, str]]) -> None:
        f = facts(dest, *found, tenant=tenant, opaque=opaque)
        d = policy.decide(f)
        assert (d.action, d.rule, d.finding_rules) == reference_decide(policy, f)
        assert len(d.treatments) == len(found)
        assert d.policy == policy.ref

    check()


def test_answers_take_only_response_rules_never_the_prompt_default(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
rules:
  - {id: prompt-phones, when: {data_class: personal}, action: redact}
  - {id: answer-keys, when: {direction: response, data_class: credential}, action: block}
default: {action: block}
""")
    # A phone in an answer: no response rule names it, and the file's default (block) is for prompts.
    answer = p.decide(facts(US, PHONE, direction="response"))
    assert answer.action == Action.ALLOW and answer.finding_rules == ("response-default",)
    assert p.decide(facts(US, KEY, direction="response")).rule == "answer-keys"
    assert p.decide(facts(US, KEY)).rule == "default"                  # the same key in a prompt
    assert p.inspects_answers and p.inspects_answers_for(facts(US, direction="response"))


def test_answers_skip_destination_checks_and_uninspected_contexts(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
destinations: {unknown: deny}
rules:
  - {id: cn-answers, when: {direction: response, region: cn-mainland, entity: CN_ID_CARD}, action: redact}
default: {action: allow}
""")
    assert p.decide(facts(GLOBAL, ID)).rule == "destinations"          # the request is refused...
    assert p.decide(facts(GLOBAL, ID, direction="response")).action == Action.ALLOW  # ...not its answer
    assert p.inspects_answers_for(facts(CN, direction="response"))
    assert not p.inspects_answers_for(facts(US, direction="response")), "no response rule applies to US"
    assert not policies.load_builtin().inspects_answers


@pytest.mark.parametrize("action", ["pseudonymize", "reroute"])
def test_response_rules_cannot_pseudonymize_or_reroute(tmp_path: Path, action: str) -> None:
    extra = ", to: {vendor: echo-cn}" if action == "reroute" else ""
    with pytest.raises(policies.PolicyError) as info:
        load_text(tmp_path, f"""
rules:
  - {{id: r, when: {{direction: response, data_class: personal}}, action: {action}{extra}}}
default: {{action: allow}}
""")
    assert "p.yaml:6:" in str(info.value) and "use allow, redact or block" in str(info.value)


def test_shadow_rules_are_observed_never_enforced(tmp_path: Path) -> None:
    p = load_text(tmp_path, """
rules:
  - {id: new-block, shadow: true, when: {data_class: personal, cross_border: true}, action: block}
  - {id: old-redact, when: {data_class: personal, cross_border: true}, action: redact}
request_rules:
  - {id: new-bulk, shadow: true, when: {count: {data_class: personal, more_than: 1}}, action: block}
default: {action: allow}
""")
    one = p.decide(facts(US, PHONE))
    # Enforcement skips the shadow rule: the finding takes the next rule that matches.
    assert (one.action, one.rule, one.finding_rules) == (Action.REDACT, "old-redact", ("old-redact",))
    assert (one.shadow_action, one.shadow_rule, one.shadow) == ("block", "new-block", False)
    home = p.decide(facts(CN, PHONE))
    assert (home.action, home.shadow_action, home.shadow_rule) == (Action.ALLOW, "", "")
    two = p.decide(facts(CN, PHONE, ("CN_PHONE", "personal", "p2")))
    assert two.action == Action.ALLOW and (two.shadow_action, two.shadow_rule) == ("block", "new-bulk")


def test_shadow_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(policies.PolicyError) as info:
        load_text(tmp_path, "rules:\n  - {id: r, shadow: yes-please, action: block}\ndefault: {action: allow}\n")
    assert "p.yaml:5:" in str(info.value) and "expected true or false for shadow" in str(info.value)
