"""The editor-facing JSON Schema agrees with the loader: same keys, shipped policies valid in both."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

import policies
from policies import schema as model

ROOT = Path(policies.__file__).parent
SCHEMA = json.loads((ROOT / "schema" / "policy.schema.json").read_text(encoding="utf-8"))
SHIPPED = sorted(p for p in ROOT.rglob("*.yaml") if not p.name.endswith("_test.yaml"))


def validator() -> object:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    return cls(SCHEMA)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_policies_valid_against_json_schema(path: Path) -> None:
    errors = list(validator().iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))  # type: ignore[attr-defined]
    assert not errors, [e.message for e in errors]


def test_json_schema_keys_match_the_loader() -> None:
    props = SCHEMA["properties"]
    assert set(props) == set(model.TOP_KEYS)
    finding_when = props["rules"]["items"]["properties"]["when"]["properties"]
    request_when = props["request_rules"]["items"]["properties"]["when"]["properties"]
    assert set(finding_when) == set(model.DESTINATION_KEYS + model.CONTEXT_KEYS + model.FINDING_KEYS)
    assert set(request_when) == set(model.DESTINATION_KEYS + model.CONTEXT_KEYS + model.REQUEST_KEYS)
    assert set(props["destinations"]["properties"]["allow"]["items"]["properties"]) == set(model.DESTINATION_KEYS)
    assert props["schema"]["const"] == model.SCHEMA_ID


@pytest.mark.parametrize("mutation", [
    lambda d: d.update(rulez=[]),
    lambda d: d["rules"][0].update(action="delete"),
    lambda d: d["rules"][0]["when"].update(data_clas="personal"),
    lambda d: d.update(schema="guanqia.policy/v9"),
    lambda d: d.pop("default"),
])
def test_both_reject_the_same_mistakes(tmp_path: Path, mutation: object) -> None:
    doc = yaml.safe_load((ROOT / "builtin" / "default.yaml").read_text(encoding="utf-8"))
    mutation(doc)  # type: ignore[operator]
    assert list(validator().iter_errors(doc))  # type: ignore[attr-defined]
    p = tmp_path / "p.yaml"
    p.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(policies.PolicyError):
        policies.load(p)
