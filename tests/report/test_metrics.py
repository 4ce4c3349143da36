"""Figures from plain frames."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from auditkit.report import metrics


def _records() -> pd.DataFrame:
    t = pd.to_datetime(
        ["2025-09-01 10:00", "2025-09-01 23:59", "2025-09-03 00:00", "2025-10-01 00:00", None], utc=True
    )
    return pd.DataFrame(
        {
            "record_key": ["a", "b", "c", "d", "e"],
            "record_kind": ["llm_call", "llm_call", "file_object", "llm_call", "llm_call"],
            "event_time": t,
            "user_id": ["u1", "u1", None, "u2", None],
            "has_content": [True, True, False, True, True],
            "deleted_at": pd.to_datetime([None, None, "2025-09-10", None, None], utc=True),
        }
    )


def test_in_period_and_interactions():
    r = _records()
    mask = metrics.in_period(r, dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert list(mask) == [True, True, True, False, False]
    assert list(metrics.interactions(r)) == [True, True, False, True, True]


def test_daily_volume_fills_every_day():
    r = _records().iloc[:2]
    summary = pd.DataFrame(
        {
            "record_key": ["a", "b"],
            "classified": [True, True],
            "flagged": [True, False],
            "severity": ["high", None],
        }
    )
    daily = metrics.daily_volume(r, summary, dt.date(2025, 9, 1), dt.date(2025, 9, 3))
    assert list(daily["date"]) == ["2025-09-01", "2025-09-02", "2025-09-03"]
    assert list(daily["requests"]) == [2, 0, 0] and list(daily["flagged_rate"]) == [0.5, 0.0, 0.0]


def test_top_by_breaks_ties_by_value():
    r = pd.DataFrame({"record_key": list("abc"), "user_id": ["z", "y", "z"]})
    summary = pd.DataFrame({"record_key": list("abc"), "flagged": [True, False, False]})
    top = metrics.top_by(r, summary, "user_id")
    assert list(top["value"]) == ["z", "y"] and list(top["flagged"]) == [1, 0]


def test_files_by_age_and_log_copy_ages():
    r = _records()
    files = metrics.files_by_age(r, dt.date(2025, 10, 15))
    assert files["stored"].sum() == 0 and files.set_index("bucket").loc["31-90", "deleted"] == 1
    ages = metrics.log_copy_ages(r, dt.date(2025, 10, 15))
    assert round(float(ages.iloc[0]), 1) == 44.6


def test_finding_ref_is_stable():
    assert (
        metrics.finding_ref("k", "hate")
        == metrics.finding_ref("k", "hate")
        != metrics.finding_ref("k", "spam")
    )


def test_window_from_the_profile_or_30_days():
    from types import SimpleNamespace

    from auditkit.report.inputs import window_days

    assert window_days(None) == 30
    assert window_days(SimpleNamespace(organisation=SimpleNamespace(log_retention_days=14.0))) == 14
