"""The rules file: the shipped one loads; invalid ones fail with the file and the key named."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest

from auditkit.errors import ConfigError
from auditkit.pii import DETECTION_TYPES, Detector, load_rules
from auditkit.pii.rules import default_rules_path

MINIMAL = """\
version: test-1
words:
  phone: [phone, 电话]
rules:
  - name: digits
    type: PHONE
    prefilter: ['[0-9]{5}']
    pattern: '[0-9]{5}'
    confidence: 0.5
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_shipped_rules_load_and_cover_every_type():
    rules = load_rules()
    assert rules.version and rules.path == default_rules_path()
    assert {r.type for r in rules.rules} == set(DETECTION_TYPES)
    assert len(set(rules.names)) == len(rules.rules)


def test_a_user_rules_file_gives_its_own_detector(tmp_path):
    det = Detector.from_file(_write(tmp_path, MINIMAL))
    assert det.version == "test-1"
    assert [(d.type, d.detector) for d in det.detect("code 12345 here")] == [("PHONE", "digits")]


@pytest.mark.parametrize(
    "change, key, words",
    [
        (("    confidence: 0.5", "    confidence: 0.5\n    colour: red"), "rules[0].colour", "unknown key"),
        (("version: test-1", "version: test-1\nauthor: me"), "author", "unknown key"),
        (("    confidence: 0.5\n", ""), "rules[0].confidence", "missing key"),
        (("type: PHONE", "type: PHONE_NUMBER"), "rules[0].type", "unknown type"),
        (("    confidence: 0.5", "    confidence: 0.5\n    check: luhn"), "rules[0].check", "unknown check"),
        (("confidence: 0.5", "confidence: 1.5"), "rules[0].confidence", "expected a number"),
        (("confidence: 0.5", "confidence: 0"), "rules[0].confidence", "expected a number"),
        (("pattern: '[0-9]{5}'", "pattern: '[0-9'"), "rules[0].pattern", "not a valid regular expression"),
        (
            ("    confidence: 0.5", "    confidence: 0.5\n    group: value"),
            "rules[0].group",
            "no group named",
        ),
        (
            ("    confidence: 0.5", "    confidence: 0.5\n    context: [email]"),
            "rules[0].context",
            "unknown word list",
        ),
        (
            ("    confidence: 0.5", "    confidence: 0.5\n    requires_context: true"),
            "rules[0].requires_context",
            "needs context words",
        ),
        (
            ("    confidence: 0.5", "    confidence: 0.5\n    flags: [multiline]"),
            "rules[0].flags",
            "unknown flag",
        ),
        (
            ("    confidence: 0.5", "    confidence: 0.5\n    overrides: [nope]"),
            "rules[0].overrides",
            "unknown rule",
        ),
        (("prefilter: ['[0-9]{5}']", "prefilter: []"), "rules[0].prefilter", "non-empty list"),
        (
            ("prefilter: ['[0-9]{5}']", "prefilter: ['(?<=a)[0-9]{5}']"),
            "rules[0].prefilter",
            "not a valid prefilter",
        ),
        (("prefilter: ['[0-9]{5}']", "prefilter: ['[0-9']"), "rules[0].prefilter", "not a valid prefilter"),
    ],
)
def test_invalid_rules_name_file_and_key(tmp_path, change, key, words):
    old, new = change
    assert old in MINIMAL
    path = _write(tmp_path, MINIMAL.replace(old, new, 1))
    with pytest.raises(ConfigError) as info:
        load_rules(path)
    err = info.value
    assert err.path == str(path) and err.key == key
    assert words in str(err) and str(path) in str(err)


def test_prefilter_that_hyperscan_rejects_names_the_rule(tmp_path):
    pytest.importorskip("hyperscan")
    extra = MINIMAL[MINIMAL.index("  - name") :].replace("name: digits", "name: atomic")
    extra = extra.replace("prefilter: ['[0-9]{5}']", "prefilter: ['(?>[0-9]{5})']")
    path = _write(tmp_path, MINIMAL + extra)
    with pytest.raises(ConfigError, match="not a valid prefilter") as info:
        Detector.from_file(path)  # valid Python, but not Hyperscan: found when the detector is built
    assert info.value.key == "rules[1].prefilter"


def test_duplicate_rule_names(tmp_path):
    rule = MINIMAL[MINIMAL.index("  - name") :]
    path = _write(tmp_path, MINIMAL + rule)
    with pytest.raises(ConfigError, match="duplicate rule name 'digits'") as info:
        load_rules(path)
    assert info.value.key == "rules[1].name"


def test_unreadable_and_invalid_yaml(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_rules(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_rules(bad)


def test_config_error_pickles(tmp_path):
    path = _write(tmp_path, MINIMAL.replace("type: PHONE", "type: NOPE"))
    with pytest.raises(ConfigError) as info:
        load_rules(path)
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value) and again.key == "rules[0].type"
