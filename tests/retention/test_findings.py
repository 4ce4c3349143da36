"""The findings table helpers: build, finalize (dtypes, order), line ranges."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from auditkit.retention import RETENTION_COLUMNS, RetentionReason
from auditkit.retention.findings import COLUMN_DOCS, build, empty_findings, finalize, line_ranges
from tests.retention.conftest import make_ctx, make_records


def test_every_column_is_documented():
    assert tuple(COLUMN_DOCS) == RETENTION_COLUMNS


@pytest.mark.parametrize(
    ("lines", "limit", "expected"),
    [
        ([1, 2, 3, 5, 7, 8], 10, ("1-3,5,7-8", False)),
        ([8, 7, 1, 3, 2, 5, 5], 10, ("1-3,5,7-8", False)),
        ([1, 2, 3, 5, 7, 8], 2, ("1-3,5", True)),
        ([], 5, ("", False)),
        ([4.0, np.nan, 5.0], 5, ("4-5", False)),
    ],
)
def test_line_ranges(lines, limit, expected):
    assert line_ranges(np.array(lines), limit) == expected


def _base(app: str, when: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "record_key": ["k"],
            "object_id": ["o"],
            "application": [app],
            "project_id": [pd.NA],
            "event_time": [pd.Timestamp(when)],
        }
    )


def test_build_and_finalize_order():
    ctx = make_ctx(make_records())
    facts = {
        "application": "A",
        "count": 1,
        "file": "f",
        "oldest": "x",
        "newest": "y",
        "max_age_days": 1.0,
        "window_days": 30.0,
    }
    low = build(
        ctx,
        RetentionReason.LOG_COPY_PAST_WINDOW,
        "grouped",
        _base("B", "2025-01-01T00:00Z"),
        facts,
        severity="low",
    )
    crit_b = build(
        ctx,
        RetentionReason.ZDR_BREACH,
        "batch_call",
        _base("B", "2025-01-02T00:00Z"),
        {"object_id": "o", "application": "B", "event": "e"},
    )
    crit_a = build(
        ctx,
        RetentionReason.ZDR_BREACH,
        "batch_call",
        _base("A", "2025-01-03T00:00Z"),
        {"object_id": "o", "application": "A", "event": "e"},
    )
    out = finalize([low, crit_b, empty_findings(), crit_a], ctx.as_of)
    assert out[["severity", "application"]].values.tolist() == [
        ["critical", "A"],
        ["critical", "B"],
        ["low", "B"],
    ]
    assert out["age_days"].tolist() == pd.array([285.0, 286.0, 287.0], dtype="Float64").tolist()
    assert tuple(out.columns) == RETENTION_COLUMNS
    assert finalize([], ctx.as_of).empty


def test_build_rejects_evidence_that_shadows_a_fact():
    ctx = make_ctx(make_records())
    with pytest.raises(ValueError, match="both facts and extras"):
        build(
            ctx,
            RetentionReason.ZDR_BREACH,
            "batch_call",
            _base("A", "2025-01-01T00:00Z"),
            {"object_id": "o", "application": "A", "event": "e"},
            extra=[{"event": "x"}],
        )
