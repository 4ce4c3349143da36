"""The as-of instant and the boundary rule: past the window means age > window (elapsed time, UTC)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from auditkit.errors import ParameterError
from auditkit.retention import audit_retention
from auditkit.retention.context import parse_as_of
from tests.retention.conftest import make_ctx, make_records, reasons_of

TEXT = {"input_text": "[user] hello", "output_text": "[assistant] hi"}


def _past(times: list[str], as_of: object, window: float = 30) -> list[bool]:
    records = make_records(*({"event_time": t, **TEXT} for t in times))
    return make_ctx(records, as_of).past(window).tolist()


# ---- as_of ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2025-10-15",
        dt.date(2025, 10, 15),
        dt.datetime(2025, 10, 15),
        "2025-10-15T00:00:00Z",
        "2025-10-15T08:00:00+08:00",
        pd.Timestamp("2025-10-14 20:00", tz="America/New_York"),
    ],
)
def test_as_of_forms_give_the_same_instant(value):
    assert parse_as_of(value) == pd.Timestamp("2025-10-15T00:00:00Z")


@pytest.mark.parametrize("value", [None, "", "not a date", pd.NaT])
def test_as_of_is_required_and_parsed(value):
    with pytest.raises(ParameterError, match="as_of"):
        parse_as_of(value)


def test_audit_requires_as_of_keyword():
    with pytest.raises(TypeError):
        audit_retention(make_records())  # type: ignore[call-arg]


# ---- the boundary --------------------------------------------------------------------------------------


def test_exactly_the_window_is_inside_one_second_more_is_past():
    got = _past(["2025-09-15T00:00:00Z", "2025-09-14T23:59:59Z", "2025-09-15T00:00:01Z"], "2025-10-15")
    assert got == [False, True, False]


def test_records_in_utc_plus_8():
    # 08:00 in Shanghai is 00:00 UTC: exactly 30 days before as_of, so still inside.
    got = _past(["2025-09-15T08:00:00+08:00", "2025-09-15T07:59:59+08:00"], "2025-10-15T08:00:00+08:00")
    assert got == [False, True]


def test_as_of_in_a_zone_with_dst_autumn():
    # New York leaves daylight saving on 2025-11-02. From local midnight 10-04 (EDT, UTC-4) to local midnight
    # 11-03 (EST, UTC-5) is 30 calendar days but 30 days and 1 hour of elapsed time: past.
    as_of = pd.Timestamp("2025-11-03 00:00", tz="America/New_York")
    got = _past(["2025-10-04T00:00:00-04:00", "2025-10-04T01:00:00-04:00"], as_of)
    assert got == [True, False]


def test_as_of_in_a_zone_with_dst_spring():
    # Berlin enters daylight saving on 2025-03-30: local midnight 03-16 (CET) to local midnight 04-15 (CEST)
    # is 30 calendar days but 29 days 23 hours elapsed: inside.
    as_of = pd.Timestamp("2025-04-15 00:00", tz="Europe/Berlin")
    # as_of is 2025-04-14T22:00Z, so the cutoff is 2025-03-15T22:00Z.
    assert _past(["2025-03-16T00:00:00+01:00", "2025-03-15T21:59:59+00:00"], as_of) == [False, True]


def test_window_spanning_a_leap_day():
    # 2024-02-14 to 2024-03-15 is 30 days because February 2024 has 29 days.
    got = _past(["2024-02-14T00:00:00Z", "2024-02-13T23:59:59Z"], "2024-03-15")
    assert got == [False, True]
    # The same dates a year later are 29 days apart: inside.
    assert _past(["2025-02-14T00:00:00Z"], "2025-03-15") == [False]
    # From the leap day itself.
    assert _past(["2024-02-29T00:00:00Z", "2024-02-28T23:59:59Z"], "2024-03-30") == [False, True]


def test_missing_time_is_never_past_but_is_a_finding():
    records = make_records({"event_time": None, **TEXT}, {"event_time": "2025-01-01T00:00:00Z", **TEXT})
    assert make_ctx(records).past(30).tolist() == [False, True]
    f = audit_retention(records, as_of="2025-10-15")
    assert reasons_of(f, "MISSING_TIMESTAMP")["count"].tolist() == [1]
    assert reasons_of(f, "LOG_COPY_PAST_WINDOW")["count"].tolist() == [1]


def test_window_per_record_uses_the_application_override(tmp_path):
    from auditkit.profile import parse_profile

    app = {"owner": "o", "consumer_facing": False, "domain": "general", "chatbot": False}
    p = parse_profile(
        {
            "organisation": {"log_retention_days": 30},
            "applications": [
                {**app, "name": "Short", "log_retention_days": 7, "match": [{"project_id": "a"}]},
                {**app, "name": "Default", "match": [{"project_id": "b"}]},
            ],
        },
        "<t>",
    )
    records = make_records(
        {"event_time": "2025-10-07T00:00:00Z", "project_id": "a", **TEXT},
        {"event_time": "2025-10-07T00:00:00Z", "project_id": "b", **TEXT},
        {"event_time": "2025-09-01T00:00:00Z", "project_id": "b", **TEXT},
    )
    ctx = make_ctx(records, "2025-10-15", p)
    assert ctx.log_window_days.tolist() == [7.0, 30.0, 30.0]
    assert ctx.past(ctx.log_window_days).tolist() == [True, False, True]


def test_non_utc_event_times_are_converted():
    records = make_records({"event_time": "2025-09-15T00:00:00Z", **TEXT})
    records["event_time"] = records["event_time"].dt.tz_convert("Asia/Shanghai")
    assert make_ctx(records).past(30).tolist() == [False]
    # A naive column is read as UTC: 2025-09-14 23:00 naive is 23:00 UTC, 30 days and 1 hour before as_of.
    records["event_time"] = pd.Series(pd.to_datetime(["2025-09-14 23:00:00"]))
    assert make_ctx(records).past(30).tolist() == [True]
