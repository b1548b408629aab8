"""The policy file format (schema `guanqia.policy/v1`) as typed, frozen dataclasses, and its parser.

Every mistake is reported as `file:line:column: <what was expected>`; unknown keys are errors, because a
misspelt condition that is silently ignored widens a rule. The format is documented in docs/policies.md
and mirrored for editors by policies/schema/policy.schema.json (a test keeps the two in step).

A minimal policy::

    schema: guanqia.policy/v1
    id: minimal
    version: "1"
    rules:
      - id: credentials-redacted
        when: {data_class: credential}
        action: redact
    default: {action: allow}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policies.decision import Action, RerouteTarget
from policies.errors import PolicyError
from policies.taxonomy import DATA_CLASSES
from policies.yamlio import MarkedDict, MarkedList

SCHEMA_ID = "guanqia.policy/v1"
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
REDACT_STYLES = ("placeholder", "mask", "token", "hash")
PSEUDONYM_STYLES = ("placeholder", "fake")
DIRECTIONS = ("request", "response")

DESTINATION_KEYS = ("vendor", "vendor_not", "region", "region_not", "jurisdiction", "jurisdiction_not",
                    "model", "model_not", "cross_border")
CONTEXT_KEYS = ("tenant", "tenant_not", "endpoint", "endpoint_not", "direction")
FINDING_KEYS = ("data_class", "entity")
REQUEST_KEYS = ("count", "opaque_parts")


@dataclass(frozen=True, slots=True)
class Count:
    """Findings of some classes/types in one request, e.g. personal data of more than 20 people.

    With `distinct`, the count is the largest number of distinct values of any one counted entity type
    (a person with a phone and an ID card counts once, not twice): an estimate of distinct people."""

    data_class: tuple[str, ...] = ()
    entity: tuple[str, ...] = ()
    distinct: bool = True
    more_than: int = 0


@dataclass(frozen=True, slots=True)
class When:
    """Conditions, all of which must hold. A list means "any of"; `*_not` lists mean "none of"."""

    vendor: tuple[str, ...] = ()
    vendor_not: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    region_not: tuple[str, ...] = ()
    jurisdiction: tuple[str, ...] = ()
    jurisdiction_not: tuple[str, ...] = ()
    model: tuple[str, ...] = ()
    """fnmatch globs over the upstream model name."""
    model_not: tuple[str, ...] = ()
    cross_border: bool | None = None
    """Destination outside the policy's `home` (region, jurisdiction or inference scope)."""
    tenant: tuple[str, ...] = ()
    tenant_not: tuple[str, ...] = ()
    endpoint: tuple[str, ...] = ()
    endpoint_not: tuple[str, ...] = ()
    direction: str = "request"
    data_class: tuple[str, ...] = ()
    entity: tuple[str, ...] = ()
    count: Count | None = None
    opaque_parts: int | None = None
    """Request rules: more than this many parts that cannot be inspected."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    when: When
    action: Action
    style: str = "placeholder"
    token: str = ""
    reroute: RerouteTarget | None = None
    reason: str = ""
    """Kebab-case code for clients and audit; the rule id when not given."""
    message: str = ""
    description: str = ""
    where: str = ""
    """file:line:column of the rule, for explain and check output."""
    shadow: bool = False
    """Decided and audited (as the shadow outcome) but not enforced: a rule being rolled out."""


@dataclass(frozen=True, slots=True)
class TenantAccess:
    vendors: tuple[str, ...] = ()
    """Empty means any vendor the destinations section allows."""
    regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Destinations:
    unknown: str = "deny"
    """What happens to vendors matched by no `allow` entry: "deny" (the default) or "allow"."""
    allow: tuple[When, ...] = ()
    message: str = ""


@dataclass(frozen=True, slots=True)
class PolicyDoc:
    id: str
    version: str
    rules: tuple[Rule, ...]
    default: Rule
    source: str
    description: str = ""
    mode: str = "enforce"
    home_jurisdiction: str = "CN"
    home_regions: tuple[str, ...] = ("cn-mainland",)
    data_classes: dict[str, str] = field(default_factory=dict)
    detectors: tuple[dict[str, Any], ...] = ()
    detector_where: tuple[str, ...] = ()
    """file:line:column of each detector, for errors raised when the recognizers are built."""
    thresholds: dict[str, int] = field(default_factory=dict)
    destinations: Destinations = Destinations()
    tenants: dict[str, TenantAccess] = field(default_factory=dict)
    request_rules: tuple[Rule, ...] = ()
    block_message: str = ""


def _keys(m: MarkedDict, allowed: tuple[str, ...], required: tuple[str, ...], what: str) -> None:
    for key in m:
        if key not in allowed:
            raise PolicyError(f"{m.where(key, value=False)}: unknown key {key!r} in {what} "
                              f"(expected one of: {', '.join(allowed)})")
    for key in required:
        if key not in m:
            raise PolicyError(f"{m.where()}: {what} is missing required key {key!r}")


def _map(value: Any, where: str, what: str) -> MarkedDict:
    if not isinstance(value, MarkedDict):
        raise PolicyError(f"{where}: expected a mapping for {what}, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _text(m: MarkedDict, key: str, what: str, *, pattern: re.Pattern[str] | None = None,
          choices: tuple[str, ...] = (), default: str = "") -> str:
    if key not in m:
        return default
    value = m[key]
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "version":
        value = str(value)
    if not isinstance(value, str) or not value:
        raise PolicyError(f"{m.where(key)}: expected non-empty text for {what}, got {_kind(value)}")
    if choices and value not in choices:
        raise PolicyError(f"{m.where(key)}: expected one of {', '.join(choices)} for {what}, got {value!r}")
    if pattern is not None and not pattern.match(value):
        raise PolicyError(f"{m.where(key)}: {what} {value!r} must match {pattern.pattern}")
    return value


def _names(m: MarkedDict, key: str, what: str, *, choices: tuple[str, ...] = (),
           pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
    """A name or a list of names (a single name is the one-item list)."""
    if key not in m:
        return ()
    value = m[key]
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise PolicyError(f"{m.where(key)}: expected a name or a non-empty list of names for {what}")
    out: list[str] = []
    for i, item in enumerate(items):
        where = items.where(i) if isinstance(items, MarkedList) else m.where(key)
        if not isinstance(item, str) or not item:
            raise PolicyError(f"{where}: expected a name in {what}, got {_kind(item)}")
        if choices and item not in choices:
            raise PolicyError(f"{where}: unknown {what} {item!r} (expected one of: {', '.join(choices)})")
        if pattern is not None and not pattern.match(item):
            raise PolicyError(f"{where}: {what} {item!r} must match {pattern.pattern}")
        out.append(item)
    return tuple(out)


def _int(m: MarkedDict, key: str, what: str, thresholds: dict[str, int]) -> int:
    value = m[key]
    if isinstance(value, str) and value in thresholds:
        return thresholds[value]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        names = f" or a threshold name ({', '.join(thresholds)})" if thresholds else ""
        raise PolicyError(f"{m.where(key)}: expected a whole number >= 0{names} for {what}, got {value!r}")
    return value


def _message(m: MarkedDict, key: str) -> str:
    """A block message: text, or {zh, en} shown as "zh / en" (both languages, never a value)."""
    if key not in m:
        return ""
    value = m[key]
    if isinstance(value, str) and value:
        return value
    msg = _map(value, m.where(key), "message")
    _keys(msg, ("zh", "en"), (), "message")
    parts = [_text(msg, lang, f"message.{lang}") for lang in ("zh", "en") if lang in msg]
    if not parts:
        raise PolicyError(f"{m.where(key)}: expected a message with zh and/or en text")
    return " / ".join(parts)


def _when(value: Any, where: str, *, allowed: tuple[str, ...], thresholds: dict[str, int],
          what: str) -> When:
    if value is None:
        return When()
    m = _map(value, where, what)
    for key in m:
        if key not in allowed and key in REQUEST_KEYS:
            raise PolicyError(f"{m.where(key, value=False)}: {key} is a request condition; move the rule to "
                              "request_rules")
        if key not in allowed and key in FINDING_KEYS:
            raise PolicyError(f"{m.where(key, value=False)}: {key} is a finding condition; it applies in "
                              "rules, not here")
    _keys(m, allowed, (), what)
    kw: dict[str, Any] = {}
    for key in ("vendor", "vendor_not", "region", "region_not", "jurisdiction", "jurisdiction_not",
                "model", "model_not", "tenant", "tenant_not", "endpoint", "endpoint_not"):
        if key in m:
            kw[key] = _names(m, key, key)
    if "data_class" in m:
        kw["data_class"] = _names(m, "data_class", "data class", choices=DATA_CLASSES)
    if "entity" in m:
        kw["entity"] = _names(m, "entity", "entity type", pattern=ENTITY)
    if "direction" in m:
        kw["direction"] = _text(m, "direction", "direction", choices=DIRECTIONS)
    if "cross_border" in m:
        if not isinstance(m["cross_border"], bool):
            raise PolicyError(f"{m.where('cross_border')}: expected true or false for cross_border")
        kw["cross_border"] = m["cross_border"]
    if "opaque_parts" in m:
        op = _map(m["opaque_parts"], m.where("opaque_parts"), "opaque_parts")
        _keys(op, ("more_than",), ("more_than",), "opaque_parts")
        kw["opaque_parts"] = _int(op, "more_than", "opaque_parts.more_than", thresholds)
    if "count" in m:
        c = _map(m["count"], m.where("count"), "count")
        _keys(c, ("data_class", "entity", "distinct", "more_than"), ("more_than",), "count")
        if "data_class" not in c and "entity" not in c:
            raise PolicyError(f"{c.where()}: count needs data_class or entity (what to count)")
        distinct = c.get("distinct", True)
        if not isinstance(distinct, bool):
            raise PolicyError(f"{c.where('distinct')}: expected true or false for distinct")
        kw["count"] = Count(_names(c, "data_class", "data class", choices=DATA_CLASSES),
                            _names(c, "entity", "entity type", pattern=ENTITY), distinct,
                            _int(c, "more_than", "count.more_than", thresholds))
    return When(**kw)


def _rule(value: Any, where: str, *, request: bool, thresholds: dict[str, int],
          default: bool = False) -> Rule:
    what = "the default" if default else ("a request rule" if request else "a rule")
    m = _map(value, where, what)
    allowed: tuple[str, ...] = ("action", "style", "token", "to", "reason", "message", "description")
    if not default:
        allowed = ("id", "when", "shadow") + allowed
    _keys(m, allowed, ("action",) if default else ("id", "action"), what)
    rule_id = "default" if default else _text(m, "id", "rule id", pattern=KEBAB)
    action = Action(_text(m, "action", "action", choices=tuple(a.value for a in Action)))
    if request and action in (Action.REDACT, Action.PSEUDONYMIZE):
        raise PolicyError(f"{m.where('action')}: a request rule cannot {action.value} (it has no single "
                          "value to transform); use allow, reroute or block")
    style = "placeholder"
    if "style" in m:
        choices = REDACT_STYLES if action == Action.REDACT else PSEUDONYM_STYLES \
            if action == Action.PSEUDONYMIZE else ()
        if not choices:
            raise PolicyError(f"{m.where('style', value=False)}: style applies only to redact and "
                              "pseudonymize")
        style = _text(m, "style", f"{action.value} style", choices=choices)
    token = ""
    if "token" in m:
        if style != "token":
            raise PolicyError(f"{m.where('token', value=False)}: token applies only to redact with "
                              "style: token")
        token = _text(m, "token", "token")
    elif style == "token":
        token = "[REDACTED]"
    reroute = None
    if action == Action.REROUTE:
        if "to" not in m:
            raise PolicyError(f"{m.where()}: reroute needs to: {{vendor: ..., model: ...}}")
        t = _map(m["to"], m.where("to"), "to")
        _keys(t, ("vendor", "model"), (), "to")
        reroute = RerouteTarget(_text(t, "vendor", "to.vendor") or None,
                                _text(t, "model", "to.model") or None)
        if reroute.vendor is None and reroute.model is None:
            raise PolicyError(f"{t.where()}: reroute needs a vendor, a model or both")
    elif "to" in m:
        raise PolicyError(f"{m.where('to', value=False)}: to applies only to action: reroute")
    if "message" in m and action != Action.BLOCK:
        raise PolicyError(f"{m.where('message', value=False)}: message applies only to action: block")
    allowed_when = DESTINATION_KEYS + CONTEXT_KEYS + (REQUEST_KEYS if request else FINDING_KEYS)
    when = When() if default else _when(m.get("when"), m.where("when"), allowed=allowed_when,
                                        thresholds=thresholds, what=f"when of rule {rule_id!r}")
    if when.direction == "response" and action in (Action.PSEUDONYMIZE, Action.REROUTE):
        raise PolicyError(f"{m.where('action')}: a direction: response rule cannot {action.value} (the "
                          "answer has already come back); use allow, redact or block")
    shadow = m.get("shadow", False)
    if not isinstance(shadow, bool):
        raise PolicyError(f"{m.where('shadow')}: expected true or false for shadow")
    return Rule(rule_id, when, action, style, token, reroute,
                _text(m, "reason", "reason", pattern=KEBAB, default=rule_id), _message(m, "message"),
                _text(m, "description", "description"), m.where(), shadow)


def _detector(value: Any, where: str) -> dict[str, Any]:
    """Custom detector spec, checked here for shape; detectors.registry builds the recognizer."""
    m = _map(value, where, "a detector")
    _keys(m, ("type", "name", "keywords", "patterns", "validate", "context", "score", "data_class", "class",
              "args", "description"), ("type",), "a detector")
    _text(m, "type", "detector type", pattern=ENTITY)
    kinds = [k for k in ("keywords", "patterns", "class") if k in m]
    if len(kinds) != 1:
        raise PolicyError(f"{m.where()}: a detector needs exactly one of keywords, patterns or class")
    if "keywords" in m:
        _names(m, "keywords", "keyword")
    if "patterns" in m:
        pats = m["patterns"]
        if not isinstance(pats, MarkedList) or not pats:
            raise PolicyError(f"{m.where('patterns')}: expected a non-empty list of {{regex, score}}")
        for i, p in enumerate(pats):
            pm = _map(p, pats.where(i), "a pattern")
            _keys(pm, ("regex", "score", "name"), ("regex",), "a pattern")
            try:
                re.compile(_text(pm, "regex", "regex"))
            except re.error as exc:
                raise PolicyError(f"{pm.where('regex')}: invalid regex: {exc}") from None
    if "data_class" in m:
        _text(m, "data_class", "data class", choices=DATA_CLASSES)
    plain: dict[str, Any] = _plain(m)
    return plain


def _plain(value: Any) -> Any:
    """Marked containers back to plain dicts and lists (what detectors.registry expects)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


TOP_KEYS = ("schema", "id", "version", "description", "mode", "home", "data_classes", "detectors",
            "thresholds", "destinations", "tenants", "messages", "rules", "request_rules", "default")


def parse(raw: Any, source: str) -> PolicyDoc:
    """Check and convert a parsed policy file; raises PolicyError at the first mistake."""
    if not isinstance(raw, MarkedDict):
        raise PolicyError(f"{source}:1:1: expected a mapping with schema, id, version, rules and default")
    _keys(raw, TOP_KEYS, ("schema", "id", "version", "default"), "the policy")
    schema = _text(raw, "schema", "schema")
    if schema != SCHEMA_ID:
        raise PolicyError(f"{raw.where('schema')}: unsupported schema {schema!r} (expected {SCHEMA_ID})")
    thresholds: dict[str, int] = {}
    if "thresholds" in raw:
        t = _map(raw["thresholds"], raw.where("thresholds"), "thresholds")
        for name in t:
            if not KEBAB.match(name.replace("_", "-")):
                raise PolicyError(f"{t.where(name, value=False)}: threshold names are lower_snake or "
                                  "kebab case")
            thresholds[name] = _int(t, name, f"threshold {name}", {})
    home_j: str = "CN"
    home_r: tuple[str, ...] = ("cn-mainland",)
    if "home" in raw:
        h = _map(raw["home"], raw.where("home"), "home")
        _keys(h, ("jurisdiction", "regions"), ("jurisdiction", "regions"), "home")
        home_j, home_r = _text(h, "jurisdiction", "home.jurisdiction"), _names(h, "regions", "home region")
    data_classes: dict[str, str] = {}
    if "data_classes" in raw:
        dc = _map(raw["data_classes"], raw.where("data_classes"), "data_classes")
        for name in dc:
            if not ENTITY.match(name):
                raise PolicyError(f"{dc.where(name, value=False)}: entity type {name!r} must match "
                                  f"{ENTITY.pattern}")
            data_classes[name] = _text(dc, name, f"data class of {name}", choices=DATA_CLASSES)
    detectors: list[dict[str, Any]] = []
    detector_where: list[str] = []
    if "detectors" in raw:
        ds = raw["detectors"]
        if not isinstance(ds, MarkedList):
            raise PolicyError(f"{raw.where('detectors')}: expected a list of detectors")
        for i, d in enumerate(ds):
            spec = _detector(d, ds.where(i))
            detectors.append(spec)
            detector_where.append(ds.where(i))
            if "data_class" in spec:
                data_classes.setdefault(spec["type"], spec["data_class"])
    destinations = Destinations()
    if "destinations" in raw:
        d = _map(raw["destinations"], raw.where("destinations"), "destinations")
        _keys(d, ("unknown", "allow", "message"), (), "destinations")
        allow: list[When] = []
        if "allow" in d:
            al = d["allow"]
            if not isinstance(al, MarkedList):
                raise PolicyError(f"{d.where('allow')}: expected a list of "
                                  "{vendor|region|jurisdiction: ...}")
            for i, entry in enumerate(al):
                allow.append(_when(entry, al.where(i), allowed=DESTINATION_KEYS, thresholds=thresholds,
                                   what="a destinations.allow entry"))
        destinations = Destinations(_text(d, "unknown", "destinations.unknown", choices=("deny", "allow"),
                                          default="deny"), tuple(allow), _message(d, "message"))
    tenants: dict[str, TenantAccess] = {}
    if "tenants" in raw:
        tm = _map(raw["tenants"], raw.where("tenants"), "tenants")
        for name in tm:
            entry = _map(tm[name], tm.where(name), f"tenant {name!r}")
            _keys(entry, ("vendors", "regions", "description"), (), f"tenant {name!r}")
            tenants[name] = TenantAccess(_names(entry, "vendors", "vendor"),
                                         _names(entry, "regions", "region"))
    block_message = ""
    if "messages" in raw:
        mm = _map(raw["messages"], raw.where("messages"), "messages")
        _keys(mm, ("block",), (), "messages")
        block_message = _message(mm, "block")
    rules = _rules(raw, "rules", request=False, thresholds=thresholds)
    request_rules = _rules(raw, "request_rules", request=True, thresholds=thresholds)
    seen: dict[str, str] = {}
    for r in rules + request_rules:
        if r.id in seen or r.id == "default":
            raise PolicyError(f"{r.where}: rule id {r.id!r} is used twice "
                              f"(first at {seen.get(r.id, 'default')})")
        seen[r.id] = r.where
    default = _rule(raw["default"], raw.where("default"), request=False, thresholds=thresholds, default=True)
    return PolicyDoc(
        id=_text(raw, "id", "policy id", pattern=KEBAB), version=_text(raw, "version", "version"),
        rules=rules, default=default, source=source, description=_text(raw, "description", "description"),
        mode=_text(raw, "mode", "mode", choices=("enforce", "shadow"), default="enforce"),
        home_jurisdiction=home_j, home_regions=home_r, data_classes=data_classes, detectors=tuple(detectors),
        detector_where=tuple(detector_where),
        thresholds=thresholds, destinations=destinations, tenants=tenants, request_rules=request_rules,
        block_message=block_message)


def _rules(raw: MarkedDict, key: str, *, request: bool, thresholds: dict[str, int]) -> tuple[Rule, ...]:
    if key not in raw:
        return ()
    items = raw[key]
    if not isinstance(items, MarkedList):
        raise PolicyError(f"{raw.where(key)}: expected a list of rules")
    return tuple(_rule(item, items.where(i), request=request, thresholds=thresholds)
                 for i, item in enumerate(items))
