"""The classifiers' measured quality: JSON package data, docs/quality.md tables, or 'not measured'."""

from __future__ import annotations

import json
import re

from auditkit.report import quality


def test_markdown_tables_are_parsed(tmp_path):
    md = tmp_path / "quality.md"
    md.write_text(
        "# Quality\n\n| category | precision | recall | f1 | support |\n| --- | --- | --- | --- | --- |\n"
        "| `fraud_scams` | 0.91 | 0.84 | 0.87 | 120 |\n\nText.\n\n| lang | precision | recall |\n"
        "|:---|---:|---:|\n| all | 0.9 | 0.8 |\n",
        encoding="utf-8",
    )
    q = quality._from_markdown(md)
    assert q.measured and list(q.per_category["category"]) == ["fraud_scams"]
    assert list(q.overall["lang"]) == ["all"]


def test_json_is_read(tmp_path):
    path = tmp_path / "q.json"
    path.write_text(
        json.dumps(
            {
                "measured_on": "2026-11-20",
                "per_category": [{"category": "hate", "precision": 0.8, "recall": 0.7}],
                "any_violation": {"lang": "all", "precision": 0.9, "recall": 0.8},
                "false_positive": [{"lang": "en", "fpr": 0.02}],
            }
        ),
        encoding="utf-8",
    )
    q = quality._from_json(path)
    assert q.measured and q.details["measured_on"] == "2026-11-20"
    assert set(q.overall["measure"]) == {"any_violation", "false_positive"}


def test_nothing_measured(tmp_path, monkeypatch):
    monkeypatch.setattr(quality.resources, "files", lambda _pkg: tmp_path)
    q = quality.load_quality(tmp_path / "missing.md")
    assert not q.measured and q.source == ""


def test_shipped_measurement_renders_including_categories_without_test_positives():
    """The shipped test.json has categories with no test positive (recall NaN): shown as "–", never a crash."""
    from types import SimpleNamespace

    from auditkit.report.sections.method import _fmt, _quality

    assert _fmt(float("nan")) == "–" and _fmt(None) == "–" and _fmt(0.5) == "0.500" and _fmt(3676) == "3,676"
    shipped = quality.load_quality()
    assert shipped.measured and shipped.per_category["recall"].isna().any()
    for lang in ("en", "zh"):
        html = str(_quality(SimpleNamespace(lang=lang, quality=shipped)))
        assert "high_risk_government" in html and not re.search(r">\s*nan\s*<", html, re.I)
