"""AuditRecord and FindingSummary build through their slots (audit.record._direct_init), not through the
`object.__setattr__` per field of the dataclass-generated __init__: the instances must be the same."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from audit.record import AuditRecord, FindingSummary, canonical_bytes, record_from_dict, record_to_dict


def generated_twin(cls: type) -> type:
    """The same fields as a dataclass with the __init__ dataclasses generates."""
    spec = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)


@pytest.mark.parametrize("cls", [AuditRecord, FindingSummary])
def test_same_parameters_defaults_and_annotations(cls: type) -> None:
    assert inspect.signature(cls) == inspect.signature(generated_twin(cls))
    init = vars(cls)["__init__"]
    assert init.__qualname__ == f"{cls.__name__}.__init__" and init.__module__ == "audit.record"


def test_every_field_stored_and_frozen() -> None:
    summary = FindingSummary("CN_PHONE", "personal", 2, "redact", ("f1", "f2"))
    values: dict[str, Any] = {f.name: f"v-{f.name}" for f in dataclasses.fields(AuditRecord)}
    values.update(findings=(summary,), response_findings=(summary,), attempts=("a", "b"), shadow=True, streamed=True,
                  opaque_parts=1, upstream_status=200, status=200, latency_ms=1.5, prompt_tokens=3,
                  completion_tokens=4, bytes_in=5, bytes_out=6)
    record = AuditRecord(**values)
    assert record_to_dict(record) == {**values, "findings": [dataclasses.asdict(summary)],
                                      "response_findings": [dataclasses.asdict(summary)]}
    assert record == record_from_dict(record_to_dict(record)) and hash(record) == hash(AuditRecord(**values))
    assert canonical_bytes(record) == canonical_bytes(dataclasses.replace(record))
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.tenant = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.count = 3  # type: ignore[misc]


def test_defaults_and_argument_errors_as_before() -> None:
    record = AuditRecord("t", "r", "tenant", "k", "addr", "openai.chat", "openai", "m")
    twin = generated_twin(AuditRecord)("t", "r", "tenant", "k", "addr", "openai.chat", "openai", "m")
    assert record_to_dict(record) == {f.name: getattr(twin, f.name) if f.name not in ("findings", "response_findings")
                                      else [] for f in dataclasses.fields(AuditRecord)}
    with pytest.raises(TypeError):
        AuditRecord("t", "r", "tenant")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        AuditRecord("t", "r", "tenant", "k", "addr", "e", "p", "m", no_such_field=1)  # type: ignore[call-arg]
