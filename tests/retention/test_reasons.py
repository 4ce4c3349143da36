"""Reason codes: stable values, bilingual texts for every code, detail templates in both languages."""

from __future__ import annotations

import copy
import re

import pytest
import yaml

from auditkit.errors import ConfigError, ParameterError
from auditkit.retention import RetentionReason, reason_text, render_detail
from auditkit.retention.datafiles import data_dir
from auditkit.retention.reasons import SEVERITIES, parse_texts, reason_texts

CODES = [
    "LOG_COPY_PAST_WINDOW",
    "STORED_PAST_WINDOW",
    "FILE_RETAINED",
    "ZDR_BREACH",
    "PRE_POLICY_DATA",
    "OPT_IN_SHARING",
    "PII_SENT",
    "SECRET_SENT",
    "PHI_WITHOUT_BAA",
    "RESIDENCY",
    "DISCLOSURE_MISSING",
    "DISCLAIMER_MISSING",
    "SIMULATED_PERSON_UNLABELLED",
    "MISSING_TIMESTAMP",
]


def test_reason_values_are_stable():
    assert [r.value for r in RetentionReason] == CODES
    assert RetentionReason("ZDR_BREACH") is RetentionReason.ZDR_BREACH


@pytest.mark.parametrize("reason", list(RetentionReason))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_reason_has_all_texts(reason, lang):
    t = reason_text(reason, lang)
    for field in ("title", "criterion", "cause", "effect", "recommendation"):
        assert getattr(t, field).strip(), field
    assert re.search('[“"]', t.criterion), "the criterion quotes the policy"
    if lang == "zh":
        assert re.search(r"[\u4e00-\u9fff]", t.title + t.criterion + t.recommendation)
    assert reason_texts().severity[reason] in SEVERITIES


@pytest.mark.parametrize("reason", list(RetentionReason))
def test_every_case_renders_in_both_languages(reason):
    texts = reason_texts()
    for case in texts.cases(reason):
        fields = set(re.findall(r"\{(\w+)\}", texts.details[(reason, case, "en")]))
        facts = {"case": case, **{f: f"<{f}>" for f in fields}}
        en, zh = render_detail(reason, facts, "en"), render_detail(reason, facts, "zh")
        for f in fields:
            assert f"<{f}>" in en and f"<{f}>" in zh
        assert "{" not in en and "{" not in zh


def test_labels_are_translated():
    ev = {
        "case": "some_missing",
        "count": 3,
        "first_replies": 10,
        "application": "A",
        "share": 30.0,
        "domain": "medical",
    }
    assert "medical disclaimer" in render_detail("DISCLAIMER_MISSING", ev, "en")
    assert "医疗免责声明" in render_detail("DISCLAIMER_MISSING", ev, "zh")
    assert "(30%)" in render_detail("DISCLAIMER_MISSING", ev, "en")


def test_render_detail_rejects_unknown_case_and_language():
    with pytest.raises(ParameterError, match="evidence.case"):
        render_detail("ZDR_BREACH", {"case": "nope"})
    with pytest.raises(ParameterError, match="lang"):
        reason_text("ZDR_BREACH", "fr")


def _raw() -> dict:
    with open(data_dir() / "reasons.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_texts_file_validation():
    raw = _raw()
    bad = copy.deepcopy(raw)
    del bad["reasons"]["RESIDENCY"]
    with pytest.raises(ConfigError) as info:
        parse_texts(bad, "reasons.yaml")
    assert info.value.key == "reasons.RESIDENCY"
    bad = copy.deepcopy(raw)
    bad["reasons"]["ZDR_BREACH"]["details"]["batch_call"]["zh"] = "{application} {oops}"
    with pytest.raises(ConfigError, match="different placeholders"):
        parse_texts(bad, "reasons.yaml")
    bad = copy.deepcopy(raw)
    bad["reasons"]["ZDR_BREACH"]["severity"] = "urgent"
    with pytest.raises(ConfigError) as info:
        parse_texts(bad, "reasons.yaml")
    assert info.value.key == "reasons.ZDR_BREACH.severity"
    bad = copy.deepcopy(raw)
    bad["reasons"]["NEW_CODE"] = bad["reasons"]["ZDR_BREACH"]
    with pytest.raises(ConfigError, match="unknown key"):
        parse_texts(bad, "reasons.yaml")
