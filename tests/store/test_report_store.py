"""A report over a store equals the report over the same logs loaded in memory (issue 7).

The slice of ``sample_logs`` (tests/store/conftest.py) is ingested once; ``build_report_data`` runs over the
store and over the same files loaded in memory, in the same test session, and everything the report shows
is compared: headline figures, per-category counts, retention findings by reason, the daily volume and top
values (computed in DuckDB over the store), the rendered sections. Nothing is hard-coded: the classifiers
may change, both sides use the same ones. A review ledger's confirmed false positive is left out on both
sides alike.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from .conftest import ROOT

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")

pytestmark = pytest.mark.slow

PROFILE = str(ROOT / "sample_logs" / "profile.yaml")
COMMON = {
    "period_start": "2025-09-01",
    "period_end": "2025-09-30",
    "as_of": "2025-10-15",
    "profile": PROFILE,
    "exceptions_sample": 10_000,
    "generated_at": "2025-10-16T02:00:00+00:00",
}


@pytest.fixture(scope="module")
def memory(slice_logs):
    from auditkit.report import build_report_data

    return build_report_data(logs=[str(slice_logs)], **COMMON)


@pytest.fixture(scope="module")
def stored(slice_store):
    from auditkit.report import build_report_data

    return build_report_data(store=str(slice_store), **COMMON)


def _verdicts(v: pd.DataFrame) -> pd.DataFrame:
    cols = ["record_key", "category", "severity", "score", "classifiers"]
    return (
        v[cols]
        .astype({"record_key": str, "category": str, "severity": str, "classifiers": str})
        .sort_values(["record_key", "category"], kind="stable")
        .reset_index(drop=True)
    )


def test_the_store_is_read_not_the_logs(stored, slice_store):
    assert stored.store is not None and stored.params.store == str(slice_store)
    assert stored.params.logs == ()
    assert "input_text" not in stored.load.records.columns  # only the columns the sections read


def test_headline_figures_are_equal(stored, memory):
    assert stored.figures == memory.figures
    assert memory.figures.flagged > 0 and memory.figures.retention_findings > 0  # something to compare


def test_counts_by_category_and_retention_by_reason_are_equal(stored, memory):
    s, m = stored.facts(), memory.facts()
    assert s["by_category"] == m["by_category"] and m["by_category"]
    assert s["retention_by_reason"] == m["retention_by_reason"] and m["retention_by_reason"]
    assert s["figures"] == m["figures"]
    from auditkit.report import metrics

    def counts(d):
        return metrics.category_counts(d.headline_verdicts, d.figures.classified, d.policy, "zh")

    pd.testing.assert_frame_equal(counts(stored), counts(memory))


def test_population_findings_and_applications_are_equal(stored, memory):
    assert stored.population["record_key"].tolist() == memory.population["record_key"].tolist()
    pd.testing.assert_frame_equal(_verdicts(stored.verdicts), _verdicts(memory.verdicts))
    pd.testing.assert_frame_equal(stored.summary, memory.summary)
    assert stored.apps.astype(str).to_dict() == memory.apps.astype(str).to_dict()
    assert stored.classifiers == memory.classifiers
    assert sorted(stored.load.sources["sha256"].dropna()) == sorted(memory.load.sources["sha256"].dropna())
    assert len(stored.load.rejects) == len(memory.load.rejects)


def test_duckdb_aggregates_equal_the_in_memory_ones(stored, memory):
    pd.testing.assert_frame_equal(stored.daily_volume(), memory.daily_volume())
    for column in ("user_id", "api_key_id", "model"):
        pd.testing.assert_frame_equal(
            stored.top_by(column).astype({"value": object}), memory.top_by(column).astype({"value": object})
        )


@pytest.mark.parametrize(
    "name", ["executive_summary", "activity", "policy_findings", "exceptions_register", "retention_section"]
)
def test_sections_render_the_same(stored, memory, name):
    from auditkit import report

    assert getattr(report, name)(stored).html == getattr(report, name)(memory).html


def test_every_section_renders_over_a_store(stored):
    from auditkit.report.sections import ALL

    for section in ALL:
        assert section(stored).html


def test_a_false_positive_is_left_out_alike(stored, memory, slice_logs, slice_store, tmp_path):
    """One finding reviewed as a false positive (CSV ledger): both sides leave it out of the figures."""
    from auditkit.report import build_report_data

    one = memory.verdicts.sort_values(["record_key", "category"]).iloc[0]
    path = tmp_path / "ledger.csv"
    pd.DataFrame(
        {"record_key": [one["record_key"]], "category": [one["category"]], "status": ["false_positive"]}
    ).to_csv(path, index=False)
    m = build_report_data(logs=[str(slice_logs)], review_ledger=str(path), **COMMON)
    s = build_report_data(store=str(slice_store), review_ledger=str(path), **COMMON)
    assert m.figures.false_positives == 1
    assert s.figures == m.figures
    assert s.facts()["by_category"] == m.facts()["by_category"] != memory.facts()["by_category"]
    pd.testing.assert_frame_equal(s.daily_volume(), m.daily_volume())
    pd.testing.assert_frame_equal(
        s.top_by("user_id").astype({"value": object}), m.top_by("user_id").astype({"value": object})
    )


def test_a_store_classified_against_another_policy_is_refused(slice_store, tmp_path):
    import json
    import shutil

    from auditkit.errors import ParameterError
    from auditkit.report import build_report_data

    copy = tmp_path / "store"
    shutil.copytree(slice_store, copy)
    meta = json.loads((copy / "store.json").read_text())
    meta["policy"] = "some-other-policy-2024"
    (copy / "store.json").write_text(json.dumps(meta))
    with pytest.raises(ParameterError, match="some-other-policy-2024"):
        build_report_data(store=str(copy), **COMMON)


def test_not_a_store(tmp_path):
    from auditkit.report import build_report_data
    from auditkit.store import StoreError

    with pytest.raises(StoreError, match="not an auditkit store"):
        build_report_data(store=str(tmp_path), **COMMON)


def test_replaced_params_keep_the_store(stored):
    # ReportData is a frozen dataclass: sections may be rendered from a copy with other parameters
    zh = dataclasses.replace(stored, params=dataclasses.replace(stored.params, lang="zh"))
    from auditkit import report

    assert "审计" in report.cover(zh).html
