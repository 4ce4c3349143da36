"""Retention rules as data: the shipped version, validation, and a custom version changing the audit."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
import yaml

from auditkit.errors import ConfigError, UnknownNameError
from auditkit.retention import audit_retention, load_rules
from auditkit.retention.datafiles import data_dir
from auditkit.retention.rules import DEFAULT_RULES, rule_versions
from tests.retention.conftest import make_records, reasons_of


def test_shipped_rules():
    rules = load_rules()
    assert rules.version == DEFAULT_RULES and DEFAULT_RULES in rule_versions()
    assert rules.abuse_monitoring_days == 30 and rules.batch_expiry_days == 30
    assert rules.effective == pd.Timestamp("2023-03-01T00:00:00Z")
    assert (
        "chatgpt_export" in rules.non_api_formats and "openai_responses" in rules.store_default_true_formats
    )
    assert load_rules(rules) is rules


def test_unknown_version_lists_known():
    with pytest.raises(UnknownNameError, match=DEFAULT_RULES):
        load_rules("openai-api-data-1999-01-01")


def _copy(tmp_path, edit) -> str:
    with open(data_dir() / f"{DEFAULT_RULES}.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    edit(raw)
    for name in ("reasons.yaml", "phrases.yaml"):
        shutil.copy(data_dir() / name, tmp_path / name)
    path = tmp_path / "custom-rules.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return str(path)


def test_unknown_and_bad_keys_name_the_file_and_key(tmp_path):
    path = _copy(tmp_path, lambda r: r["files"].update(expiry_days=30))
    with pytest.raises(ConfigError) as info:
        load_rules(path)
    assert info.value.key == "files.expiry_days" and info.value.path == path
    path = _copy(tmp_path, lambda r: r.update(abuse_monitoring_days="thirty"))
    with pytest.raises(ConfigError) as info:
        load_rules(path)
    assert info.value.key == "abuse_monitoring_days"


def test_a_new_policy_version_is_a_new_file(tmp_path):
    path = _copy(tmp_path, lambda r: r.update(version="custom", effective="2024-01-01T00:00:00Z"))
    records = make_records({"event_time": "2023-06-01T00:00:00Z", "input_text": "[user] hi"})
    assert reasons_of(audit_retention(records, as_of="2025-01-01"), "PRE_POLICY_DATA").empty
    f = audit_retention(records, as_of="2025-01-01", rules=path)
    assert reasons_of(f, "PRE_POLICY_DATA")["count"].tolist() == [1]
    assert f.attrs["rules"] == "custom"
