"""Policy: a parsed policy file compiled for fast, pure decisions (`decide(facts) -> Decision`).

How a decision is made (docs/policies.md has the long form):

1. Destination access: the vendor must be allowed by `destinations` (vendors in no documented region are
   denied unless listed: fail closed) and by the tenant's allow-lists; otherwise the request is blocked.
2. Request rules: every request rule whose conditions hold contributes its action (thresholds on counts,
   parts that cannot be inspected, destination and tenant conditions).
3. Finding rules: each finding takes the FIRST rule (in file order) whose conditions hold, else `default`.
4. The request's action is the strongest of all contributions (allow < redact < pseudonymize < reroute
   < block); its rule and reason are those of the first contribution with that strength.

Everything that depends only on where the request goes and who sends it is resolved once per context
and cached, so a decision is a few dictionary look-ups per finding.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from policies.decision import STRENGTH, Action, Decision, PolicyRef, RerouteTarget, Treatment
from policies.facts import Destination, Facts, FindingFact
from policies.schema import Count, PolicyDoc, Rule, When
from policies.taxonomy import default_data_class

DOCUMENTED_REGIONS: tuple[str, ...] = ("cn-mainland", "hk", "sg", "jp", "us", "eu")
"""Regions with a documented storage location (proxy/vendors.yaml). `global` or anything else is unknown."""
DEFAULT_BLOCK_MESSAGE = "请求已被数据合规策略拦截。 / The request was blocked by the data compliance policy."
DEFAULT_ACCESS_MESSAGE = "策略不允许将请求发送到该模型服务。 / Policy does not allow requests to this model vendor."
_CACHE_LIMIT = 4096
_CLEAN_LIMIT = 64
"""Finding-less decisions kept per context (one per opaque-part count seen; the count is client-chosen)."""
RESPONSE_DEFAULT = Rule("response-default", When(direction="response"), Action.ALLOW,
                        reason="response-default")
"""What an answer's finding takes when no `direction: response` rule matches it: answers are inspected
only as far as response rules say, so the file's `default` (written for prompts) never applies to them."""
_TRANSFORMING = (Action.ALLOW, Action.REDACT, Action.PSEUDONYMIZE)


@dataclass(frozen=True, slots=True)
class Access:
    """A request-level refusal from the destination checks (not a rule written in `rules`)."""

    id: str
    reason: str
    message: str


def cross_border(dest: Destination, home_jurisdiction: str, home_regions: Sequence[str]) -> bool:
    """True when data would leave home: storage region, operator jurisdiction or inference scope
    outside it."""
    return (dest.region not in home_regions or dest.jurisdiction != home_jurisdiction
            or bool(dest.inference_scope and dest.inference_scope not in home_regions))


def _any_glob(patterns: Sequence[str], *names: str) -> bool:
    return any(fnmatch.fnmatchcase(n, p) for p in patterns for n in names)


def context_mismatch(when: When, facts: Facts, doc: PolicyDoc) -> str | None:
    """Why `when`'s destination/tenant/endpoint conditions fail for `facts` (None when they hold)."""
    d = facts.destination
    if when.direction != facts.direction:
        return f"direction is {facts.direction}, rule applies to {when.direction}"
    checks: tuple[tuple[tuple[str, ...], str, str, bool], ...] = (
        (when.vendor, d.vendor, "vendor", True), (when.vendor_not, d.vendor, "vendor", False),
        (when.region, d.region, "region", True), (when.region_not, d.region, "region", False),
        (when.jurisdiction, d.jurisdiction, "jurisdiction", True),
        (when.jurisdiction_not, d.jurisdiction, "jurisdiction", False),
        (when.tenant, facts.tenant, "tenant", True), (when.tenant_not, facts.tenant, "tenant", False),
        (when.endpoint, facts.endpoint, "endpoint", True),
        (when.endpoint_not, facts.endpoint, "endpoint", False),
    )
    for wanted, actual, name, positive in checks:
        if wanted and (actual in wanted) != positive:
            return f"{name} {actual!r} {'not in' if positive else 'in'} {list(wanted)}"
    if when.model and not _any_glob(when.model, d.model, facts.model):
        return f"model {d.model!r} matches none of {list(when.model)}"
    if when.model_not and _any_glob(when.model_not, d.model, facts.model):
        return f"model {d.model!r} matches one of {list(when.model_not)}"
    if when.cross_border is not None:
        crosses = cross_border(d, doc.home_jurisdiction, doc.home_regions)
        if crosses != when.cross_border:
            return "destination is " + ("outside" if crosses else "inside") + \
                f" home ({doc.home_jurisdiction}, {', '.join(doc.home_regions)})"
    return None


def finding_mismatch(when: When, entity_type: str, data_class: str) -> str | None:
    if when.entity and entity_type not in when.entity:
        return f"entity {entity_type} not in {list(when.entity)}"
    if when.data_class and data_class not in when.data_class:
        return f"data class {data_class} not in {list(when.data_class)}"
    return None


def count_of(count: Count, findings: Iterable[FindingFact]) -> int:
    """Matching findings; with `distinct`, the most distinct values of any single entity type."""
    if not count.distinct:
        return sum(1 for f in findings if f.type in count.entity or f.data_class in count.data_class)
    per_type: dict[str, set[str]] = {}
    for f in findings:
        if f.type in count.entity or f.data_class in count.data_class:
            per_type.setdefault(f.type, set()).add(f.value_key)
    return max((len(v) for v in per_type.values()), default=0)


def request_mismatch(rule: Rule, facts: Facts) -> str | None:
    """Why a request rule's count / opaque-part conditions fail (its context conditions checked apart)."""
    w = rule.when
    if w.opaque_parts is not None and not facts.opaque_parts > w.opaque_parts:
        return f"{facts.opaque_parts} uninspectable part(s), rule needs more than {w.opaque_parts}"
    if w.count is not None:
        n = count_of(w.count, facts.findings)
        if not n > w.count.more_than:
            return f"count {n} is not more than {w.count.more_than}"
    return None


class _Context:
    """What one (tenant, endpoint, model, destination, direction) resolves to, computed once."""

    __slots__ = ("access", "clean", "default", "finding_rules", "memo", "request_rules")

    def __init__(self, access: Access | None, finding_rules: tuple[Rule, ...],
                 request_rules: tuple[Rule, ...], default: Rule) -> None:
        self.access = access
        self.finding_rules = finding_rules
        self.request_rules = request_rules
        self.default = default
        self.memo: dict[tuple[str, str], Rule] = {}
        self.clean: dict[int, Decision] = {}
        """`decide`'s result for facts without findings, per opaque-part count: such facts differ in
        nothing else within one context, and most requests carry no findings."""


class Policy:
    """A loaded policy. Immutable after construction; safe to share between concurrent requests."""

    def __init__(self, doc: PolicyDoc, data: bytes, recognizers: Sequence[Any] = ()) -> None:
        self.doc = doc
        self.ref = PolicyRef(doc.id, doc.version, hashlib.sha256(data).hexdigest())
        self.recognizers: list[Any] = list(recognizers)
        self._contexts: dict[tuple[object, ...], _Context] = {}
        self._classes: dict[str, str] = dict(doc.data_classes)
        self._treatments = {r.id: _treatment(r) for r in doc.rules + (doc.default, RESPONSE_DEFAULT)}
        self._rules = {r.id: r for r in doc.rules + doc.request_rules}
        self.has_shadow_rules = any(r.shadow for r in doc.rules + doc.request_rules)
        self.inspects_answers = any(r.when.direction == "response" for r in doc.rules + doc.request_rules)
        """True when some rule applies to answers (`direction: response`); answers are scanned only then."""
        self._shadow = doc.mode == "shadow"
        self._block_message = doc.block_message or DEFAULT_BLOCK_MESSAGE

    def __repr__(self) -> str:
        return f"Policy(id={self.ref.id!r}, version={self.ref.version!r}, sha256={self.ref.sha256[:12]!r})"

    def data_class(self, entity_type: str) -> str:
        """The policy's data class for an entity type (its override, else the catalogue default)."""
        cls = self._classes.get(entity_type)
        if cls is None:
            cls = self._classes[entity_type] = self.doc.data_classes.get(entity_type) or \
                default_data_class(entity_type)
        return cls

    # -- decisions -------------------------------------------------------------------------------------

    def access(self, facts: Facts) -> Access | None:
        """The destination refusal for these facts, if any (unknown vendor, tenant allow-lists)."""
        doc, d = self.doc, facts.destination
        dest = doc.destinations
        if dest.allow:
            known = any(context_mismatch(w, _dest_only(facts), doc) is None for w in dest.allow)
        else:
            known = d.region in DOCUMENTED_REGIONS
        if not known and dest.unknown == "deny":
            return Access("destinations", "unknown-vendor", dest.message or DEFAULT_ACCESS_MESSAGE)
        tenant = doc.tenants.get(facts.tenant) or doc.tenants.get("*")
        if tenant is not None:
            if tenant.vendors and d.vendor not in tenant.vendors:
                return Access("tenants", "vendor-not-allowed", dest.message or DEFAULT_ACCESS_MESSAGE)
            if tenant.regions and d.region not in tenant.regions:
                return Access("tenants", "region-not-allowed", dest.message or DEFAULT_ACCESS_MESSAGE)
        return None

    def _context(self, facts: Facts, observe: bool = False) -> _Context:
        """Rules that can apply in this context; with `observe`, shadow rules count as enforced."""
        key = (facts.tenant, facts.endpoint, facts.model, facts.destination, facts.direction, observe)
        ctx = self._contexts.get(key)
        if ctx is None:
            doc = self.doc
            answer = facts.direction == "response"

            def applies(r: Rule) -> bool:
                return (observe or not r.shadow) and context_mismatch(r.when, facts, doc) is None

            # An answer exists only because its request passed the destination checks.
            ctx = _Context(None if answer else self.access(facts),
                           tuple(r for r in doc.rules if applies(r)),
                           tuple(r for r in doc.request_rules if applies(r)),
                           RESPONSE_DEFAULT if answer else doc.default)
            if len(self._contexts) >= _CACHE_LIMIT:
                self._contexts = {}
            self._contexts[key] = ctx
        return ctx

    def rule_for(self, ctx: _Context, f: FindingFact) -> Rule:
        memo_key = (f.type, f.data_class)
        rule = ctx.memo.get(memo_key)
        if rule is None:
            rule = ctx.default
            for r in ctx.finding_rules:
                if finding_mismatch(r.when, f.type, f.data_class) is None:
                    rule = r
                    break
            ctx.memo[memo_key] = rule
        return rule

    def inspects_answers_for(self, facts: Facts) -> bool:
        """Whether any response rule can apply to answers in this context (facts with direction
        "response"): the proxy skips scanning answers when none can."""
        if not self.inspects_answers:
            return False
        ctx = self._context(facts)
        return bool(ctx.finding_rules or ctx.request_rules)

    def decide(self, facts: Facts) -> Decision:
        """Pure function of `facts`: the same facts and policy always give the same decision (so the
        decision for facts without findings is made once per context and opaque-part count)."""
        ctx = self._context(facts)
        if facts.findings:
            return self._decide_with_shadow(ctx, facts)
        decision = ctx.clean.get(facts.opaque_parts)
        if decision is None:
            decision = self._decide_with_shadow(ctx, facts)
            if len(ctx.clean) < _CLEAN_LIMIT:
                ctx.clean[facts.opaque_parts] = decision
        return decision

    def _decide_with_shadow(self, ctx: _Context, facts: Facts) -> Decision:
        decision = self._decide(ctx, facts)
        if not self.has_shadow_rules:
            return decision
        would = self._decide(self._context(facts, observe=True), facts)
        hits = [self._rules[r] for r in (would.rule, *would.finding_rules)
                if r in self._rules and self._rules[r].shadow]
        if not hits:
            return decision
        strongest = max(hits, key=lambda r: STRENGTH[r.action])   # max() keeps the first among equals
        return replace(decision, shadow_action=str(would.action), shadow_rule=strongest.id)

    def _decide(self, ctx: _Context, facts: Facts) -> Decision:
        best: Rule | Access | None = None
        best_strength = -1
        if ctx.access is not None:
            best, best_strength = ctx.access, STRENGTH[Action.BLOCK]
        for r in ctx.request_rules:
            strength = STRENGTH[r.action]
            if strength > best_strength and request_mismatch(r, facts) is None:
                best, best_strength = r, strength
        treatments: list[Treatment] = []
        rules: list[str] = []
        for f in facts.findings:
            r = self.rule_for(ctx, f)
            treatments.append(self._treatments[r.id])
            rules.append(r.id)
            strength = STRENGTH[r.action]
            if strength > best_strength:
                best, best_strength = r, strength
        return self._decision(best, tuple(treatments), tuple(rules))

    def _decision(self, best: Rule | Access | None, treatments: tuple[Treatment, ...],
                  rules: tuple[str, ...]) -> Decision:
        if best is None:
            return Decision(Action.ALLOW, "default", self.ref, treatments, "default", "", None, self._shadow,
                            rules)
        if isinstance(best, Access):
            return Decision(Action.BLOCK, best.id, self.ref, treatments, best.reason, best.message, None,
                            self._shadow, rules)
        message = (best.message or self._block_message) if best.action == Action.BLOCK else ""
        return Decision(best.action, best.id, self.ref, treatments, best.reason, message, best.reroute,
                        self._shadow, rules)

    def plan(self, facts_per_candidate: list[Facts]) -> list[Decision]:
        """One decision per failover candidate, in the same order."""
        return [self.decide(f) for f in facts_per_candidate]

    # -- introspection ---------------------------------------------------------------------------------

    def destinations_referenced(self) -> dict[str, set[str]]:
        """Vendor, region and jurisdiction names the policy uses, to check against a serve config."""
        out: dict[str, set[str]] = {"vendors": set(), "regions": set(), "jurisdictions": set(),
                                    "models": set()}
        doc = self.doc
        whens = [r.when for r in doc.rules + doc.request_rules] + list(doc.destinations.allow)
        for w in whens:
            out["vendors"].update(w.vendor, w.vendor_not)
            out["regions"].update(w.region, w.region_not)
            out["jurisdictions"].update(w.jurisdiction, w.jurisdiction_not)
        for t in doc.tenants.values():
            out["vendors"].update(t.vendors)
            out["regions"].update(t.regions)
        for r in doc.rules + doc.request_rules:
            if r.reroute is not None:
                if r.reroute.vendor:
                    out["vendors"].add(r.reroute.vendor)
                if r.reroute.model:
                    out["models"].add(r.reroute.model)
        out["regions"].update(doc.home_regions)
        out["jurisdictions"].add(doc.home_jurisdiction)
        return out


def _dest_only(facts: Facts) -> Facts:
    """Facts reduced to the destination, so allow-list entries cannot depend on direction defaults."""
    return Facts(tenant=facts.tenant, endpoint=facts.endpoint, model=facts.model,
                 destination=facts.destination)


def _treatment(rule: Rule) -> Treatment:
    action = rule.action if rule.action in _TRANSFORMING else Action.ALLOW
    style = rule.style if action in (Action.REDACT, Action.PSEUDONYMIZE) else "placeholder"
    return Treatment(action, style, rule.token, rule.id)


__all__ = ["DOCUMENTED_REGIONS", "Access", "Policy", "RerouteTarget", "cross_border"]
