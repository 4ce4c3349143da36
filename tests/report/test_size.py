"""The HTML stays small as the logs grow: tables are sampled and charts aggregate (10 MB budget at a
million records; benchmarks/bench_report.py measures that end to end)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from auditkit.classify import record_summary, verdicts
from auditkit.classify.base import coerce_findings
from auditkit.report import inputs, sections
from auditkit.report.data import build_report_data

pytestmark = pytest.mark.slow


def _synthetic_findings(population: pd.DataFrame) -> pd.DataFrame:
    """A finding on every third call with text, spread over four categories."""
    rows = population[population["input_text"].notna()].iloc[::3]
    cats = np.array(["hate", "malware", "spam", "fraud_scams"])[np.arange(len(rows)) % 4]
    return coerce_findings(
        pd.DataFrame(
            {
                "record_key": rows["record_key"].to_numpy(),
                "category": cats,
                "classifier": "synthetic",
                "classifier_version": "0",
                "score": 0.8,
                "severity": "high",
                "field": "input",
                "span_start": 0,
                "span_end": 20,
                "matched_text": rows["input_text"].str.slice(0, 20).to_numpy(),
                "rule_id": "r",
                "evidence": "{}",
            }
        )
    )


def _html_bytes(logs: str, monkeypatch) -> tuple[int, int]:
    monkeypatch.setattr(inputs, "classifiers", lambda: [])
    d = build_report_data(
        logs=[logs],
        period_start="2025-06-01",
        period_end="2025-09-30",
        profile="",
        generated_at="2025-10-16T00:00:00+00:00",
    )
    f = _synthetic_findings(d.population)
    d = dataclasses.replace(
        d, findings=f, verdicts=verdicts(f), summary=record_summary(f, d.population), classified_ran=True
    )
    return len(d.population), sum(len(fn(d).html.encode()) for fn in sections.ALL)


def test_html_grows_far_slower_than_the_logs(tmp_path_factory, monkeypatch):
    from auditkit.samples.generate import generate

    sizes = {}
    for n in (1_000, 10_000):
        out = tmp_path_factory.mktemp(f"gen{n}")
        generate(out, records=n, seed=5, formats=["openai_chat_proxy", "litellm_payload"], one_file=True)
        sizes[n] = _html_bytes(str(out), monkeypatch)
    (small_n, small_b), (big_n, big_b) = sizes[1_000], sizes[10_000]
    assert big_n > 6 * small_n
    assert big_b < 2 * small_b, sizes
    assert big_b < 2 * 1024 * 1024
