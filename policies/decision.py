"""Decision: what the policy concluded for one request and one destination (a shared core type)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    """Closed set of outcomes, ordered by strength (see STRENGTH): the strongest among findings wins."""

    ALLOW = "allow"
    REDACT = "redact"
    PSEUDONYMIZE = "pseudonymize"
    REROUTE = "reroute"
    BLOCK = "block"


STRENGTH: dict[Action, int] = {
    Action.ALLOW: 0, Action.REDACT: 1, Action.PSEUDONYMIZE: 2, Action.REROUTE: 3, Action.BLOCK: 4,
}


@dataclass(frozen=True, slots=True)
class PolicyRef:
    """Identifies the exact policy text that decided (OPA's bundle revision)."""

    id: str
    version: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Treatment:
    """How one finding's text is transformed before it leaves. `style` is one of the closed set of
    redaction styles ("placeholder", "mask", "token", "hash") or pseudonym styles ("placeholder", "fake")."""

    action: Action
    """ALLOW, REDACT or PSEUDONYMIZE only."""
    style: str = "placeholder"
    token: str = ""
    """Replacement text for style "token"."""
    rule: str = ""
    """Id of the rule that chose this treatment."""


@dataclass(frozen=True, slots=True)
class RerouteTarget:
    vendor: str | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    """The strongest action for the request (what the client experiences)."""
    rule: str
    """Id of the rule that produced `action` ("default" when none matched)."""
    policy: PolicyRef
    treatments: tuple[Treatment, ...] = ()
    """One per finding, in the order of `Facts.findings`."""
    reason: str = ""
    """Stable kebab-case code shown to clients and audit (e.g. "region-not-allowed"); never a value."""
    message: str = ""
    """Configured human message for blocks (may hold Chinese and English); never a value."""
    reroute: RerouteTarget | None = None
    shadow: bool = False
    """Decided and audited, but the request is forwarded unchanged."""
    finding_rules: tuple[str, ...] = field(default=())
    """Rule id per finding (same order as treatments), for audit and explain."""
    shadow_action: str = ""
    """What the request's action would have been with the policy's `shadow: true` rules enforced;
    empty when no shadow rule matched. Never changes what happens to the request."""
    shadow_rule: str = ""
    """The strongest shadow rule that matched (first in file order among equals)."""
