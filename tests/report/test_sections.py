"""Sections render from plain results: a small load with hand-made findings and retention rows."""

from __future__ import annotations

import dataclasses
import json

import pandas as pd
import pytest

from auditkit.classify import record_summary, verdicts
from auditkit.classify.base import coerce_findings
from auditkit.report import inputs, metrics, sections
from auditkit.report.data import build_report_data
from auditkit.report.inputs import RETENTION_COLUMNS
from auditkit.report.review import load_reviews

from .conftest import SAMPLE

XSS = "<script>window.__xss=1</script>"
KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"


def _findings(population: pd.DataFrame) -> pd.DataFrame:
    rows = population[population["input_text"].notna()].head(3)
    return coerce_findings(
        pd.DataFrame(
            {
                "record_key": rows["record_key"].tolist(),
                "category": ["hate", "malware", "hate"],
                "classifier": "rules",
                "classifier_version": "test-1",
                "score": [0.9, 0.7, 0.6],
                "severity": ["high", "high", "high"],
                "field": "input",
                "message_index": 0,
                "role": "user",
                "span_start": [0, 0, 0],
                "span_end": [5, 5, 5],
                "matched_text": [XSS, "mail alice@example.com", KEY],
                "rule_id": ["hate.r1", "malware.r2", "hate.r1"],
                "evidence": "{}",
            }
        )
    )


def _retention() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "reason": "STORED_PAST_WINDOW",
                "severity": "medium",
                "record_key": "k1",
                "object_id": "chatcmpl-1",
                "application": "Pine <b>Assist</b>",
                "project_id": "proj_1",
                "event_time": pd.Timestamp("2025-07-01", tz="UTC"),
                "age_days": 106.0,
                "detail": f"stored {XSS}",
                "recommendation": "delete it",
                "evidence": json.dumps({"case": "nonexistent", "object_id": "chatcmpl-1", "note": XSS}),
                "count": 1,
            },
            {
                "reason": "NOT_A_KNOWN_CODE",
                "severity": "low",
                "record_key": "k2",
                "object_id": None,
                "application": "x",
                "project_id": None,
                "event_time": pd.NaT,
                "age_days": None,
                "detail": "d",
                "recommendation": None,
                "evidence": None,
                "count": None,
            },
        ],
        columns=list(RETENTION_COLUMNS),
    )


@pytest.fixture(scope="module")
def data():
    mp = pytest.MonkeyPatch()
    mp.setattr(inputs, "classifiers", lambda: [])
    mp.setattr(inputs, "run_retention", lambda records, as_of, profile: (_retention(), True))
    d = build_report_data(
        logs=[str(SAMPLE / "proxy" / "support-bot")],
        profile="",
        organisation=f"Acme {KEY}",
        generated_at="2025-10-16T02:00:00+00:00",
    )
    mp.undo()
    f = _findings(d.population)
    return dataclasses.replace(
        d,
        findings=f,
        verdicts=verdicts(f),
        headline_verdicts=verdicts(f),
        summary=record_summary(f, d.population),
        classified_ran=True,
        classifiers=[("rules", "test-1")],
        figures=metrics.key_figures(
            d.population,
            record_summary(f, d.population),
            verdicts(f),
            d.apps,
            retention_findings=2,
            rejects=1,
        ),
    )


def test_every_section_renders_with_its_anchor(data):
    for fn, key in zip(
        sections.ALL,
        ["cover", "summary", "activity", "policy", "exceptions", "retention", "quality", "method", "signoff"],
        strict=True,
    ):
        html = fn(data).html
        assert f'id="sec-{key}"' in html, key
        assert "<script" not in html and KEY not in html, key


def test_exceptions_register_redacts_and_shows_review_status(data, tmp_path):
    html = sections.exceptions_register(data).html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "alice@example.com" not in html and "[EMAIL]" in html
    assert "unreviewed" in html and "EX-" in html
    ledger = pd.DataFrame(
        {
            "record_key": data.verdicts["record_key"],
            "category": data.verdicts["category"],
            "status": "confirmed",
        }
    )
    path = tmp_path / "ledger.csv"
    ledger.to_csv(path, index=False)
    confirmed = dataclasses.replace(
        data,
        params=dataclasses.replace(data.params, review_ledger=str(path)),
        reviews=load_reviews(str(path)),
    )
    assert "confirmed" in sections.exceptions_register(confirmed).html


def _with_false_positive(data, tmp_path):
    """``data`` as ``build_report_data`` gives it with a CSV ledger holding the malware finding as a false
    positive (the hate findings confirmed)."""
    from auditkit.report.data import _reviewed

    status = ["false_positive" if c == "malware" else "confirmed" for c in data.verdicts["category"]]
    path = tmp_path / "ledger.csv"
    pd.DataFrame(
        {"record_key": data.verdicts["record_key"], "category": data.verdicts["category"], "status": status}
    ).to_csv(path, index=False)
    reviews = load_reviews(str(path))
    c = _reviewed(data.findings, data.population, reviews, data.classifiers, True)
    figures = metrics.key_figures(
        data.population,
        c.summary,
        c.headline_verdicts,
        data.apps,
        retention_findings=2,
        rejects=1,
        false_positives=c.false_positives,
    )
    return dataclasses.replace(
        data,
        params=dataclasses.replace(data.params, review_ledger=str(path)),
        reviews=reviews,
        verdicts=c.verdicts,
        headline_verdicts=c.headline_verdicts,
        summary=c.summary,
        figures=figures,
    )


def test_a_false_positive_in_a_csv_ledger_leaves_the_headline(data, tmp_path):
    reviewed = _with_false_positive(data, tmp_path)
    f, before = reviewed.figures, data.figures
    assert (f.false_positives, before.false_positives) == (1, 0)
    assert f.flagged == before.flagged - 1 and f.categories == before.categories - 1
    assert set(reviewed.headline_verdicts["category"]) == {"hate"}
    assert dict(reviewed.facts()["by_category"]) == {"hate": 2}
    assert reviewed.facts()["figures"]["false_positives"] == 1
    policy = sections.policy_findings(reviewed).html
    from auditkit.report.html import anchor_id

    anchor = f'id="{anchor_id("policy", "malware")}"'
    assert anchor not in policy and anchor in sections.policy_findings(data).html
    register = sections.exceptions_register(reviewed).html
    assert "false positive" in register and "confirmed" in register
    assert "1 findings reviewed as false positives are left out" in sections.cover(reviewed).html
    zh = dataclasses.replace(reviewed, params=dataclasses.replace(reviewed.params, lang="zh"))
    assert "1 项经复核确认为误报的审计发现未计入" in sections.cover(zh).html
    assert "经复核为误报的审计发现（未计入）" in sections.executive_summary(zh).html


def test_not_redacted_when_asked(data):
    plain = dataclasses.replace(data, params=dataclasses.replace(data.params, redact=False))
    assert "alice@example.com" in sections.exceptions_register(plain).html


def test_policy_findings_written_as_criterion_condition_cause_effect_recommendation(data):
    html = sections.policy_findings(data).html
    for word in ("Criterion", "Condition", "Cause", "Effect", "Recommendation"):
        assert f"<dt>{word}</dt>" in html
    assert 'id="policy-hate"' in html


def test_retention_section_renders_from_the_columns(data):
    html = sections.retention_section(data).html
    assert "Pine &lt;b&gt;Assist&lt;/b&gt;" in html and "&lt;script&gt;" in html
    assert 'id="retention-stored_past_window"' in html and 'id="retention-not_a_known_code"' in html


def test_chinese_report_has_chinese_headings(data):
    zh = dataclasses.replace(data, params=dataclasses.replace(data.params, lang="zh"))
    html = "".join(fn(zh).html for fn in sections.ALL)
    for heading in (
        "执行摘要",
        "使用策略审计发现",
        "例外事项登记表",
        "数据保留与数据治理",
        "数据质量",
        "签核",
    ):
        assert heading in html
    assert "Executive summary" not in html and "<dt>Criterion</dt>" not in html


def test_cover_facts_feed_the_manifest(data):
    facts = sections.cover(data)._repr_html_()[1]["auditkit"]["facts"]
    assert facts["run_id"] == data.run_id and facts["figures"]["flagged"] == 3
    assert facts["versions"]["classifier rules"] == "test-1"
