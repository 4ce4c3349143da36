"""The published quality figures (auditkit/data/quality/test.json, docs/quality.md) belong to the shipped
classifiers: a rule or model change without a new measurement on the test split fails here."""

from __future__ import annotations

import json
from importlib import resources

from auditkit.classify.model import ModelClassifier
from auditkit.classify.rules import RulesClassifier


def _quality() -> dict:
    path = resources.files("auditkit") / "data" / "quality" / "test.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_quality_file_names_the_shipped_classifier_versions():
    measured = _quality()["classifiers"]
    assert RulesClassifier().version in measured, "rules changed: re-run auditkit evaluate --split test"
    assert ModelClassifier().version in measured, "model changed: re-run auditkit evaluate --split test"


def test_quality_file_is_a_test_split_measurement_of_every_category():
    q = _quality()
    assert q["split"] == "test" and q["rows"] > 9000
    from auditkit import policy

    assert {row["category"] for row in q["per_category"]} <= {c.id for c in policy.load().categories}
    assert {row["lang"] for row in q["macro_recall"]} == {"all", "en", "zh"}
