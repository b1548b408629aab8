"""Carry a decision out on the text: redact, pseudonymize, and restore pseudonyms in the answer.

Replacement syntax (what the vendor sees), for a finding of type CN_PHONE:

    redact / placeholder     [CN_PHONE_1]        numbered per distinct value within the request
    redact / mask            138****5678         head and tail kept, the rest masked
    redact / token           [REDACTED]          the rule's fixed token
    redact / hash            [CN_PHONE:3f9a0c1b2d4e]   HMAC-SHA256(tenant key, type, value), 12 hex
    pseudonymize/placeholder [CN_PHONE_k7q2mx]   HMAC-derived tag: the same value gets the same tag for
                                                 one tenant, a different one for any other tenant, and
                                                 without the key the tag cannot be brute-forced back
    pseudonymize / fake      13912345678         a valid fake of the same type (policies/fakes.py)

Redactions are one-way. Pseudonyms are remembered in a per-request `PseudonymRestorer`, which puts the
real values back into the answer: `restore(text)` for whole strings (also when the vendor JSON-escaped
them, as in tool-call arguments) and `stream()` for deltas, holding back any suffix that could be the
start of a pseudonym split across chunks.

A value cut into pieces across segments (inspection reports one piece per segment, adjacent at the
segment boundary, same type) is replaced as one: the first piece by the replacement, the rest by "".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Sequence

from detectors import canonical_value
from detectors.finding import Finding
from policies import fakes
from policies.decision import Action, Decision, Treatment

_TAG_FIRST = "abcdefghjkmnpqrstuvwxyz"
_TAG_REST = "abcdefghjkmnpqrstuvwxyz23456789"
_SEPARATORS = re.compile(r"[ \-]")


def tenant_key(secret: bytes, tenant: str) -> bytes:
    """Per-tenant key for pseudonyms and keyed hashes, so tenants' placeholders cannot be linked."""
    return hmac.new(secret, b"guanqia/pseudonym/v1\0" + tenant.encode("utf-8"), hashlib.sha256).digest()


def canonical(entity_type: str, value: str) -> str:
    """Identity of a value for numbering and keys: "138-0013-8000" and "+86 13800138000" are one value
    (the same normalization the audit fingerprints use)."""
    return canonical_value(entity_type, value)


def _mac(key: bytes, purpose: str, entity_type: str, canon: str) -> bytes:
    return hmac.new(key, f"{purpose}\0{entity_type}\0{canon}".encode(), hashlib.sha256).digest()


def mask(value: str) -> str:
    """Keep a few leading and trailing letters/digits (138****5678); the local part only for emails."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return mask(local) + "@" + domain
    chars = list(value)
    slots = [i for i, c in enumerate(chars) if c.isalnum()]
    n = len(slots)
    head, tail = (3, 4) if n >= 11 else (2, 2) if n >= 7 else (1, 1) if n >= 4 else \
        (1, 0) if n >= 2 else (0, 0)
    for k, i in enumerate(slots):
        if head <= k < n - tail:
            chars[i] = "*"
    return "".join(chars)


def pseudonym_tag(key: bytes, entity_type: str, canon: str, length: int = 6) -> str:
    digest = _mac(key, "pseudonym", entity_type, canon)
    tag = [_TAG_FIRST[digest[0] % len(_TAG_FIRST)]]
    tag += [_TAG_REST[b % len(_TAG_REST)] for b in digest[1:length]]
    return "".join(tag)


class PseudonymRestorer:
    """Maps this request's pseudonyms back to the real values (implements proxy's Restorer)."""

    def __init__(self, mapping: dict[str, str]) -> None:
        variants: dict[str, str] = {}
        for token, real in mapping.items():
            variants[token] = real
            escaped = json.dumps(token)[1:-1]        # how a vendor writes it inside a JSON string
            if escaped != token:
                variants.setdefault(escaped, json.dumps(real)[1:-1])
        self._map = variants
        self._pattern = re.compile("|".join(re.escape(t) for t in sorted(variants, key=len, reverse=True)))
        self._prefixes = frozenset(t[:i] for t in variants for i in range(1, len(t)))
        self._first = frozenset(t[0] for t in variants)
        self._longest = max(len(t) for t in variants)

    def __len__(self) -> int:
        return len(self._map)

    def restore(self, text: str) -> str:
        if not text:
            return text
        return self._pattern.sub(lambda m: self._map[m.group(0)], text)

    def stream(self) -> StreamingRestorer:
        return StreamingRestorer(self)

    def hold_point(self, text: str) -> int:
        """Start of the longest suffix that is a proper prefix of a pseudonym (len(text) when none).
        Never inside a complete pseudonym: one that ends the text is released whole, even when its last
        characters could also start another one ("…example.com" where "m" starts a pseudonym)."""
        floor = max(0, len(text) - self._longest + 1)
        for m in self._pattern.finditer(text, max(0, len(text) - 2 * self._longest)):
            floor = max(floor, m.end())
        for i in range(floor, len(text)):
            if text[i] in self._first and text[i:] in self._prefixes:
                return i
        return len(text)


class StreamingRestorer:
    """Restores one channel of a streamed answer; emits as early as correctness allows."""

    __slots__ = ("_held", "_restorer")

    def __init__(self, restorer: PseudonymRestorer) -> None:
        self._restorer = restorer
        self._held = ""

    def feed(self, delta: str) -> str:
        text = self._held + delta
        cut = self._restorer.hold_point(text)
        self._held = text[cut:]
        return self._restorer.restore(text[:cut])

    def flush(self) -> str:
        text, self._held = self._held, ""
        return self._restorer.restore(text)


class Replacements:
    """Per-request replacement state: numbering, pseudonym tags and the restore mapping. Shared across
    calls of `apply` when several texts must number values consistently (the pieces of one answer)."""

    def __init__(self, key: bytes, texts: Sequence[str] = ()) -> None:
        self.key = key
        self.texts = texts
        self.numbers: dict[tuple[str, str], int] = {}
        self.counters: dict[str, int] = {}
        self.pseudonyms: dict[tuple[str, str], str] = {}
        self.restore: dict[str, str] = {}

    def replacement(self, t: Treatment, entity_type: str, value: str) -> str:
        canon = canonical(entity_type, value)
        if t.action == Action.REDACT:
            if t.style == "mask":
                return mask(value)
            if t.style == "token":
                return t.token or "[REDACTED]"
            if t.style == "hash":
                return f"[{entity_type}:{_mac(self.key, 'redact-hash', entity_type, canon).hex()[:12]}]"
            n = self.numbers.get((entity_type, canon))
            if n is None:
                n = self.numbers[(entity_type, canon)] = self.counters.get(entity_type, 0) + 1
                self.counters[entity_type] = n
            return f"[{entity_type}_{n}]"
        if t.action == Action.PSEUDONYMIZE:
            known = self.pseudonyms.get((entity_type, canon))
            if known is None:
                known = self._pseudonym(t.style, entity_type, value, canon)
                self.pseudonyms[(entity_type, canon)] = known
                self.restore[known] = value
                compact = _SEPARATORS.sub("", known)
                if compact != known and len(compact) >= 6:   # the vendor may drop a fake's dashes
                    self.restore.setdefault(compact, value)
            return known
        return value

    def _pseudonym(self, style: str, entity_type: str, value: str, canon: str) -> str:
        if style == "fake":
            for attempt in range(8):
                candidate = fakes.fake(entity_type, value, canon, self.key, attempt)
                if candidate is None:
                    break
                if candidate not in self.restore and canonical(entity_type, candidate) != canon and \
                        not any(candidate in text for text in self.texts):
                    return candidate
        for length in (6, 8, 10, 12, 16):
            candidate = f"[{entity_type}_{pseudonym_tag(self.key, entity_type, canon, length)}]"
            if candidate not in self.restore:
                return candidate
        raise ValueError("pseudonym collision")   # needs a 2^-80 event; fail closed rather than mislabel


def _groups(texts: Sequence[str], flat: Sequence[tuple[int, Finding]]) -> list[list[int]]:
    """Indexes of flat findings grouped into values; pieces of a split value are adjacent at a boundary."""
    groups: list[list[int]] = []
    for i, (seg, f) in enumerate(flat):
        if groups:
            pseg, pf = flat[groups[-1][-1]]
            if seg == pseg + 1 and f.start == 0 and pf.end == len(texts[pseg]) and f.type == pf.type:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def apply(texts: list[str], findings_per_segment: list[list[Finding]], decision: Decision, *,
          key: bytes, state: Replacements | None = None) -> tuple[list[str], PseudonymRestorer | None]:
    """The texts with every finding treated as its Treatment says; a Restorer when anything was pseudonymized.

    Treatments are matched to findings in flattened segment-major order; a count mismatch is a bug and
    raises (the caller fails closed)."""
    if len(findings_per_segment) != len(texts):
        raise ValueError("findings_per_segment must have one list per text")
    flat = [(seg, f) for seg, fs in enumerate(findings_per_segment) for f in fs]
    if len(flat) != len(decision.treatments):
        raise ValueError(f"{len(decision.treatments)} treatments for {len(flat)} findings")
    edits: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if state is None:
        state = Replacements(key, texts)
    for group in _groups(texts, flat):
        treatment = decision.treatments[group[0]]
        if treatment.action not in (Action.REDACT, Action.PSEUDONYMIZE):
            continue
        _first_seg, first = flat[group[0]]
        value = "".join(texts[seg][f.start:f.end] for seg, f in (flat[i] for i in group))
        replacement = state.replacement(treatment, first.type, value)
        for n, i in enumerate(group):
            seg, f = flat[i]
            edits[seg].append((f.start, f.end, replacement if n == 0 else ""))
    out: list[str] = []
    for text, seg_edits in zip(texts, edits):
        if not seg_edits:
            out.append(text)
            continue
        seg_edits.sort()
        parts: list[str] = []
        pos = 0
        for start, end, replacement in seg_edits:
            if start < pos:
                raise ValueError("overlapping findings")
            parts += (text[pos:start], replacement)
            pos = end
        parts.append(text[pos:])
        out.append("".join(parts))
    return out, PseudonymRestorer(state.restore) if state.restore else None
