"""AnswerGuard: the policy's `direction: response` rules applied to the vendor's answer.

It is a `Restorer`, so every adapter already routes each answer text through it, whole or streamed, in
every protocol: pseudonyms are put back first (what the client would get), then the text is scanned,
decided with `direction: response` facts, and redacted, or the answer is refused (`AnswerBlocked`).

Streamed text is held back in a window of `WINDOW` code points per channel: a value is decided only
once it cannot grow any more, and nothing is released until it has been scanned with the text around
it. A value still open at the window's edge (a private key being streamed line by line) holds the
window until it ends, up to `MAX_HELD` code points. The cost is latency: with response rules in force,
a streamed channel's text reaches the client about `WINDOW` code points behind the vendor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Callable

from audit.record import FindingSummary
from detectors.finding import Finding
from policies import transform
from policies.decision import STRENGTH, Action, Decision, Treatment
from policies.facts import Facts, FindingFact
from proxy.errors import Blocked, InspectionFailed
from proxy.inspection import TextScanner
from proxy.logs import safe_exception
from proxy.protocols.base import Restorer, StreamRestorer

log = logging.getLogger("guanqia.pipeline")

WINDOW = 128
"""Code points held back per streamed channel: longer than any value a detector finds whole except
keys and tokens, which are detected while still growing and so hold the window themselves."""
STEP = 64
"""Text released per scan once the window is full: smaller means smoother output, more scanning."""
CONTEXT = 32
"""Already released text re-scanned in front of the window, so context words ("密码：") still count."""
MAX_HELD = 65536
"""A value longer than this is decided on what has arrived, so a stream cannot be held forever."""


class AnswerBlocked(Blocked):
    """The answer held what a response rule blocks; the client gets the rule's message, not the text."""


@dataclass(slots=True)
class AnswerReport:
    """What the answer held and what was done: read by the audit record, updated as the answer passes."""

    action: str = ""
    rule: str = ""
    types: dict[str, tuple[str, set[str]]] = field(default_factory=dict)
    """Entity type -> (data class, fingerprints of its distinct values)."""
    treated: dict[str, str] = field(default_factory=dict)
    """Entity type -> strongest treatment applied to it."""

    def summary(self) -> tuple[FindingSummary, ...]:
        return tuple(FindingSummary(type=t, data_class=cls, count=len(prints), action=self.treated.get(t, ""),
                                    fingerprints=tuple(sorted(prints)))
                     for t, (cls, prints) in sorted(self.types.items()))


class AnswerGuard:
    """A `Restorer` over one answer: restores pseudonyms, then enforces response rules."""

    def __init__(self, inner: Restorer | None, scanner: TextScanner, policy: object, facts: Facts,
                 fingerprint: Callable[[str, str], str], key: bytes) -> None:
        self._inner = inner
        self._scanner = scanner
        self._policy = policy
        self._facts = facts
        self._fingerprint = fingerprint
        self._key = key
        self._seen: list[FindingFact] = []
        self._state = transform.Replacements(key)
        self.report = AnswerReport(action="allow")

    # -- Restorer ----------------------------------------------------------------------------------

    def restore(self, text: str) -> str:
        if self._inner is not None:
            text = self._inner.restore(text)
        if not text:
            return text
        return self.enforce(text, self.scan(text), len(text))

    def stream(self) -> StreamRestorer:
        return _GuardedStream(self, self._inner.stream() if self._inner is not None else None)

    # -- decisions ---------------------------------------------------------------------------------

    def scan(self, text: str) -> list[Finding]:
        try:
            return self._scanner.scan(text)
        except Exception:
            log.error("answer-inspection-failed", extra={"error": safe_exception()})
            raise InspectionFailed("answer-inspection-failed",
                                   "The answer could not be inspected; it was not delivered.") from None

    def enforce(self, text: str, found: list[Finding], upto: int) -> str:
        """`text[:upto]` with the findings that lie in it treated as the response rules say. Findings
        are offsets into `text`; any that start before 0 or end after `upto` must be cut by the caller."""
        findings = [f for f in found if 0 <= f.start and f.end <= upto]
        if not findings:
            return text[:upto]
        policy = self._policy
        new = [FindingFact(f.type, policy.data_class(f.type), 0,  # type: ignore[attr-defined]
                           self._fingerprint(f.type, text[f.start:f.end])) for f in findings]
        self._seen.extend(new)
        facts = replace(self._facts, findings=tuple(self._seen))
        decision: Decision = policy.decide(facts)  # type: ignore[attr-defined]
        treatments = decision.treatments[-len(new):]
        self._record(new, treatments, decision)
        if decision.action == Action.BLOCK and not decision.shadow:
            raise AnswerBlocked(decision.reason or "answer-blocked-by-policy",
                                decision.message or "The answer was blocked by policy.", rule=decision.rule)
        if decision.shadow or all(t.action == Action.ALLOW for t in treatments):
            return text[:upto]
        out, _ = transform.apply([text[:upto]], [findings], replace(decision, treatments=treatments),
                                 key=self._key, state=self._state)
        return out[0]

    def _record(self, new: list[FindingFact], treatments: tuple[Treatment, ...], decision: Decision) -> None:
        report = self.report
        for fact, treatment in zip(new, treatments):
            cls, prints = report.types.setdefault(fact.type, (fact.data_class, set()))
            prints.add(fact.value_key)
            act = "allow" if decision.shadow else ("block" if decision.action == Action.BLOCK
                                                    else str(treatment.action))
            prev = report.treated.get(fact.type)
            if prev is None or STRENGTH[Action(act)] > STRENGTH[Action(prev)]:
                report.treated[fact.type] = act
        if STRENGTH[decision.action] > STRENGTH[Action(report.action)] or not report.rule:
            report.action, report.rule = str(decision.action), decision.rule


class _GuardedStream:
    """One streamed channel: pseudonyms restored, then a window of text held until it is decided."""

    __slots__ = ("_guard", "_inner", "_held", "_context")

    def __init__(self, guard: AnswerGuard, inner: StreamRestorer | None) -> None:
        self._guard = guard
        self._inner = inner
        self._held = ""
        self._context = ""

    def feed(self, delta: str) -> str:
        if self._inner is not None:
            delta = self._inner.feed(delta)
        self._held += delta
        if len(self._held) < WINDOW + STEP:
            return ""
        return self._release(len(self._held) - WINDOW)

    def flush(self) -> str:
        tail = self._inner.flush() if self._inner is not None else ""
        self._held += tail
        if not self._held:
            return ""
        return self._release(len(self._held))

    def _release(self, cut: int) -> str:
        """Decide and hand out `held[:cut]` (or less, when a value is still open across `cut`)."""
        context, held = self._context, self._held
        found = sorted(self._guard.scan(context + held), key=lambda f: (f.start, f.end))
        shift = len(context)
        local: list[Finding] = []
        for f in found:
            start, end = f.start - shift, f.end - shift
            if end <= 0:
                continue                      # decided when it was released
            if start < 0:
                start = 0                     # grew back into released text: treat what is still held
            if start < cut < end and cut < len(held) and len(held) < MAX_HELD:
                cut = start                   # still open: hold it back whole
            local.append(Finding(f.type, start, end, f.score, f.detector))
        if cut <= 0:
            return ""
        # Only a forced release (flush, MAX_HELD) leaves a value across `cut`: it is decided as far as it came.
        local = [f if f.end <= cut else Finding(f.type, f.start, cut, f.score, f.detector)
                 for f in local if f.start < cut]
        out = self._guard.enforce(held, local, cut)
        released = held[:cut]
        self._held = held[cut:]
        self._context = (context + released)[-CONTEXT:]
        return out
