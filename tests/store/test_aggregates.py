"""Aggregates over a store equal the report's metrics over the same population held in memory."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from auditkit.store import aggregates as agg
from auditkit.store import open_store

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")

PERIOD = (dt.date(2025, 9, 1), dt.date(2025, 9, 30))


@pytest.fixture(scope="module")
def both(slice_store, slice_loaded):
    from auditkit.classify import record_summary, verdicts
    from auditkit.policy import load as load_policy
    from auditkit.report import inputs, metrics

    rec = slice_loaded
    pop = rec.records[metrics.in_period(rec.records, *PERIOD) & metrics.interactions(rec.records)]
    pop = pop.reset_index(drop=True)
    policy = load_policy("openai-usage-2023-03-17")
    profile = inputs.load_profile("sample_logs/profile.yaml")
    findings, _, _ = inputs.classify_population(pop, policy, inputs.classifiers())
    mem = {
        "pop": pop,
        "summary": record_summary(findings, pop),
        "verdicts": verdicts(findings),
        "apps": inputs.applications(pop, profile),
        "rejects": len(rec.rejects),
    }
    return open_store(slice_store), mem, policy, profile


def test_key_figures(both):
    from auditkit.report import metrics

    store, m, _, profile = both
    want = metrics.key_figures(
        m["pop"], m["summary"], m["verdicts"], m["apps"], retention_findings=3, rejects=m["rejects"]
    )
    assert agg.key_figures(store, PERIOD, profile=profile, retention_findings=3) == want
    assert want.flagged > 0 and want.records > 100


def test_daily_volume(both):
    from auditkit.report import metrics

    store, m, _, _ = both
    pd.testing.assert_frame_equal(
        agg.daily_volume(store, PERIOD), metrics.daily_volume(m["pop"], m["summary"], *PERIOD)
    )


@pytest.mark.parametrize("column", ["model", "user_id", "api_key_id", "source_format"])
def test_top_by(both, column):
    from auditkit.report import metrics

    store, m, _, _ = both
    got = agg.top_by(store, PERIOD, column)
    want = metrics.top_by(m["pop"], m["summary"], column)
    pd.testing.assert_frame_equal(got.astype({"value": object}), want.astype({"value": object}))


def test_category_counts(both):
    from auditkit.report import metrics

    store, m, policy, _ = both
    classified = int(m["summary"]["classified"].sum())
    want = metrics.category_counts(m["verdicts"], classified, policy, "zh")
    got = agg.category_counts(store, PERIOD, policy, "zh")
    pd.testing.assert_frame_equal(got, want.astype(got.dtypes.to_dict()))


def test_an_empty_period(both):
    store, _, _, profile = both
    fig = agg.key_figures(store, ("2030-01-01", "2030-01-02"), profile=profile)
    assert fig.records == 0 and fig.flagged == 0
    assert agg.daily_volume(store, ("2030-01-01", "2030-01-02"))["requests"].tolist() == [0, 0]
