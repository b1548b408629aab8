"""Loader errors name file:line:column and what was expected; unknown keys are errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import policies
from policies import PolicyError

GOOD = """\
schema: guanqia.policy/v1
id: t
version: "1"
rules:
  - id: creds
    when: {data_class: credential}
    action: redact
default: {action: allow}
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def error_of(tmp_path: Path, text: str) -> str:
    p = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        policies.load(p)
    message = str(info.value)
    assert message.startswith(str(p)), message
    return message[len(str(p)):]


def test_good_policy_loads_with_ref_of_file_bytes(tmp_path: Path) -> None:
    import hashlib
    p = write(tmp_path, GOOD)
    policy = policies.load(p)
    assert (policy.ref.id, policy.ref.version) == ("t", "1")
    assert policy.ref.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.mark.parametrize(("text", "where", "expected"), [
    (GOOD.replace("rules:", "rulez:"), ":4:1:", "unknown key 'rulez'"),
    (GOOD.replace("    action: redact", "    action: redact\n    colour: red"), ":8:5:", "unknown key 'colour'"),
    (GOOD.replace("action: redact", "action: delete"), ":7:13:", "expected one of allow, redact"),
    (GOOD.replace("data_class: credential", "data_class: secrets"), ":6:24:", "unknown data class 'secrets'"),
    (GOOD.replace("{data_class: credential}", "{data_clas: credential}"), ":6:12:", "unknown key 'data_clas'"),
    (GOOD.replace("default: {action: allow}\n", ""), ":1:1:", "missing required key 'default'"),
    (GOOD.replace("guanqia.policy/v1", "guanqia.policy/v9"), ":1:9:", "unsupported schema"),
    (GOOD.replace("id: creds", "id: Creds_Rule"), ":5:9:", "must match"),
    (GOOD.replace("action: redact", "action: allow\n    style: mask"), ":8:5:", "style applies only to redact"),
    (GOOD.replace("    when: {data_class: credential}\n", "    when: {data_class: [credential}\n"),
     ":6:", "invalid YAML"),
    (GOOD + "id: again\n", ":9:1:", "duplicate key 'id'"),
    (GOOD.replace("default: {action: allow}", "default: {action: redact, style: shout}"), ":8:34:",
     "expected one of placeholder, mask, token, hash"),
    (GOOD + "request_rules:\n  - id: r\n    action: redact\n", ":11:13:", "a request rule cannot redact"),
    (GOOD + "request_rules:\n  - id: r\n    when: {count: {data_class: personal, more_than: lots}}\n"
            "    action: block\n", ":11:53:", "expected a whole number"),
    (GOOD + "request_rules:\n  - id: creds\n    action: block\n", ":10:5:", "used twice"),
    (GOOD + "detectors:\n  - type: CODE\n    patterns: [{regex: '([a-z'}]\n", ":11:24:", "invalid regex"),
    (GOOD.replace("action: redact", "action: reroute"), ":5:5:", "reroute needs to:"),
    (GOOD.replace("{data_class: credential}", "{count: {entity: X, more_than: 1}}"), ":6:12:",
     "count is a request condition; move the rule to request_rules"),
    (GOOD + "request_rules:\n  - {id: r, when: {entity: CN_PHONE}, action: block}\n", ":10:20:",
     "entity is a finding condition"),
])
def test_errors_name_line_column_and_expectation(tmp_path: Path, text: str, where: str, expected: str) -> None:
    message = error_of(tmp_path, text)
    assert message.startswith(where), message
    assert expected in message, message


def test_error_for_unknown_key_lists_the_allowed_keys(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("    action: redact", "    action: redact\n    sytle: mask"))
    assert re.search(r"expected one of: .*\bstyle\b", message), message


def test_missing_file_and_non_utf8_are_policy_errors(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        policies.load(tmp_path / "nope.yaml")
    p = tmp_path / "bad.yaml"
    p.write_bytes(b"schema: \xff\xfe")
    with pytest.raises(PolicyError, match="not UTF-8"):
        policies.load(p)


def test_thresholds_are_referenced_by_name(tmp_path: Path) -> None:
    text = GOOD + ("thresholds: {bulk: 3}\nrequest_rules:\n  - id: bulk\n"
                   "    when: {count: {data_class: personal, more_than: bulk}}\n    action: block\n")
    policy = policies.load(write(tmp_path, text))
    count = policy.doc.request_rules[0].when.count
    assert count is not None and count.more_than == 3


def test_shipped_policies_all_load() -> None:
    root = Path(policies.__file__).parent
    files = [p for p in root.rglob("*.yaml") if not p.name.endswith("_test.yaml")]
    assert len(files) >= 6
    for f in files:
        policies.load(f)
    assert policies.load_builtin().ref.id == "builtin-default"


def test_custom_detector_errors_name_the_detector_line(tmp_path: Path) -> None:
    text = GOOD + "detectors:\n  - {type: CODE_NAME, keywords: [青龙]}\n  - {type: CUST_NO, patterns: [{regex: 'CU\\d+'}], validate: nope}\n"
    message = error_of(tmp_path, text)
    assert message.startswith(":11:5: invalid detector"), message
    assert "nope" in message


def test_custom_detectors_become_recognizers_that_find_values(tmp_path: Path) -> None:
    from detectors import default_scanner
    text = GOOD + ("detectors:\n  - {type: PROJECT_CODENAME, keywords: [青龙计划], data_class: confidential}\n"
                   "  - {type: CUSTOMER_NUMBER, patterns: [{regex: '(?<=CU)\\d{10}', score: 0.9}], validate: luhn}\n")
    policy = policies.load(write(tmp_path, text))
    assert len(policy.recognizers) == 2
    scanner = default_scanner().with_extra(policy.recognizers)
    found = {(f.type, f.start, f.end) for f in scanner.scan("青龙计划 客户号 CU1234567897 与 CU1234567890")}
    assert ("PROJECT_CODENAME", 0, 4) in found
    assert ("CUSTOMER_NUMBER", 11, 21) in found           # Luhn-valid digits after the CU prefix
    assert not any(start == 26 for _, start, _ in found)  # fails Luhn: not a customer number


def _leaves(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(node, dict):
        return [path] + [p for k, v in node.items() for p in _leaves(v, path + (k,))]
    if isinstance(node, list):
        return [path] + [p for i, v in enumerate(node) for p in _leaves(v, path + (i,))]
    return [path]


def test_any_mutation_of_a_policy_is_accepted_or_a_located_policy_error(tmp_path: Path) -> None:
    """Fuzz: random edits never crash the loader; every rejection names file:line:column."""
    import copy

    import yaml
    from hypothesis import given, settings
    from hypothesis import strategies as st

    base = yaml.safe_load((Path(policies.__file__).parent / "builtin" / "default.yaml").read_text("utf-8"))
    paths = [p for p in _leaves(base) if p]
    junk = st.one_of(st.none(), st.booleans(), st.integers(-3, 30), st.text(max_size=12),
                     st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                                 max_size=2))
    target = tmp_path / "fuzz.yaml"

    @settings(max_examples=300, deadline=None)
    @given(path=st.sampled_from(paths), value=junk, delete=st.booleans())
    def check(path: tuple[object, ...], value: object, delete: bool) -> None:
        doc = copy.deepcopy(base)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]  # type: ignore[index]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value  # type: ignore[index]
        target.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        try:
            policies.load(target)
        except PolicyError as exc:
            assert re.match(rf"{re.escape(str(target))}:\d+:\d+: ", str(exc)), str(exc)

    check()
