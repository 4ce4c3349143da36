"""How facts are written in detail sentences."""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.retention.facts import date_text, day_text, fact_text, size_text


def test_fact_text():
    assert [fact_text(v) for v in (30.0, 30.25, 7, "x", None, np.nan, ["CN", "EU"], pd.NA)] == [
        "30",
        "30.2",
        "7",
        "x",
        "?",
        "?",
        "CN, EU",
        "?",
    ]


def test_dates_days_sizes():
    times = pd.Series(pd.to_datetime(["2025-10-14T23:59:59Z", None], utc=True))
    assert date_text(times).tolist() == ["2025-10-14", pd.NA]
    assert day_text(pd.Series([1.26, 2.0])).tolist() == [1.3, 2.0] and day_text(29.999) == 30.0
    assert size_text(pd.Series([512, 48211, 1843302, 2_500_000_000, None], dtype="Int64")).tolist() == [
        "512 B",
        "48.2 kB",
        "1.8 MB",
        "2.5 GB",
        "size unknown",
    ]
