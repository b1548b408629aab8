"""Facts: everything a policy may look at (OPA's `input`), and nothing that holds text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a request would go: one vendor endpoint of the serve config."""

    vendor: str
    model: str
    """Upstream model name as sent to the vendor."""
    region: str
    """Storage region, e.g. "cn-mainland", "hk", "sg", "us", "eu"."""
    jurisdiction: str
    """Legal jurisdiction of the operator, e.g. "CN", "US"."""
    inference_scope: str = ""
    """Where inference may run, e.g. "cn-mainland", "global" (empty when the same as region)."""


@dataclass(frozen=True, slots=True)
class FindingFact:
    type: str
    data_class: str
    segment: int
    """Index of the segment (text field) of the call that holds it."""
    value_key: str
    """Keyed hash of the normalized value, for distinct counts; never reversible to the value."""


@dataclass(frozen=True, slots=True)
class Facts:
    tenant: str
    endpoint: str
    """Protocol endpoint name, e.g. "openai.chat", "anthropic.messages"."""
    model: str
    """Model name the client asked for."""
    destination: Destination
    findings: tuple[FindingFact, ...] = ()
    opaque_parts: int = 0
    """Parts that cannot be inspected (images, audio, files)."""
    direction: str = "request"
    """"request" or "response"."""
