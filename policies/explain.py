"""The evaluation trace behind `guanqia policy explain`: which rule each finding took, and why.

Only built on demand (never on the request path). Values are shown masked (138****5678), as in logs.
"""

from __future__ import annotations

from dataclasses import replace

from policies import transform
from policies.decision import Action, Treatment
from policies.engine import Policy, context_mismatch, cross_border, finding_mismatch, request_mismatch
from policies.testing import TEST_SECRET, Outcome
from policies.transform import mask


def explain(policy: Policy, outcome: Outcome) -> list[str]:
    """Human-readable lines; the first names the outcome, then destination, request rules, findings."""
    doc, facts, d = policy.doc, outcome.facts, outcome.decision
    dest = facts.destination
    lines = [
        f"policy   {policy.ref.id} v{policy.ref.version} (sha256 {policy.ref.sha256[:12]}) mode {doc.mode}",
        f"request  tenant={facts.tenant} endpoint={facts.endpoint} model={facts.model}",
        (f"dest     vendor={dest.vendor} region={dest.region} jurisdiction={dest.jurisdiction}"
         f" inference_scope={dest.inference_scope or '-'} cross_border="
         f"{str(cross_border(dest, doc.home_jurisdiction, doc.home_regions)).lower()}"),
        f"outcome  {d.action.value} by {d.rule} (reason {d.reason or '-'})"
        + (" [shadow: forwarded unchanged]" if d.shadow else ""),
    ]
    if d.shadow_action:
        lines.append(f"shadow   would be {d.shadow_action} with shadow rules enforced ({d.shadow_rule}); "
                     "audited, not enforced")
    access = policy.access(facts)
    lines.append("access   " + (f"BLOCK {access.reason} ({access.id})" if access else "destination allowed"))
    for r in doc.request_rules:
        why = context_mismatch(r.when, facts, doc) or request_mismatch(r, facts)
        shadow = ", shadow: not enforced" if r.shadow else ""
        lines.append(f"request rule {r.id} -> " + (f"{r.action.value} (matched{shadow})" if why is None
                                                    else f"no match: {why}"))
    flat = [(seg, f) for seg, fs in enumerate(outcome.findings) for f in fs]
    rules = {r.id: r for r in doc.rules + (doc.default,)}
    if not flat:
        lines.append("findings none")
    for n, (seg, f) in enumerate(flat):
        fact = facts.findings[n]
        value = mask(outcome.texts[seg][f.start:f.end])
        chosen = d.finding_rules[n] if n < len(d.finding_rules) else "?"
        t = d.treatments[n] if n < len(d.treatments) else None
        rule = rules.get(chosen)
        action = f"{t.action.value}/{t.style}" if t and t.action.value in ("redact", "pseudonymize") else \
            (rule.action.value if rule else "?")
        lines.append(f"finding  {f.type} {value!r} class={fact.data_class} segment={seg} [{f.start}:{f.end}]"
                     f" score={f.score:.2f} detector={f.detector} -> {chosen} ({action})")
        for r in doc.rules:
            why = context_mismatch(r.when, facts, doc) or finding_mismatch(r.when, fact.type, fact.data_class)
            if why is None and r.shadow:
                lines.append(f"           {r.id}: matched, shadow: would {r.action.value}, not enforced")
                continue
            if why is None:
                lines.append(f"           {r.id}: matched (first match wins)")
                break
            lines.append(f"           {r.id}: skipped, {why}")
        else:
            lines.append(f"           default: {doc.default.action.value}")
    if d.reroute is not None:
        lines.append(f"reroute  -> vendor={d.reroute.vendor or dest.vendor} "
                     f"model={d.reroute.model or dest.model} (the new destination is decided again)")
    if d.message:
        lines.append(f"message  {d.message}")
    if flat and not d.shadow and d.action in (Action.ALLOW, Action.REDACT, Action.PSEUDONYMIZE):
        lines.append("sent     " + " | ".join(mask_sent(s) for s in _display(outcome)))
    return lines


def _display(outcome: Outcome) -> list[str]:
    """What the vendor would receive, with values the policy lets through masked for the terminal."""
    d = outcome.decision
    shown = tuple(t if t.action != Action.ALLOW else Treatment(Action.REDACT, "mask", rule=t.rule)
                  for t in d.treatments)
    texts, _ = transform.apply(list(outcome.texts), outcome.findings, replace(d, treatments=shown),
                               key=transform.tenant_key(TEST_SECRET, outcome.facts.tenant))
    return texts


def mask_sent(text: str, limit: int = 400) -> str:
    """The transformed text as the vendor would see it; already redacted, shortened for the terminal."""
    return text if len(text) <= limit else text[:limit] + "…"
