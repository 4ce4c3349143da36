"""Grouped findings: one per application and file, with bounded, re-derivable evidence."""

from __future__ import annotations

import numpy as np

from auditkit.retention.grouping import by_file, short_path
from tests.retention.conftest import make_ctx, make_records


def test_short_path():
    assert short_path("/data/proxy/support-bot/2025-06.jsonl.gz") == "support-bot/2025-06.jsonl.gz"
    assert short_path("C:\\logs\\a\\b.jsonl") == "a/b.jsonl"
    assert short_path("b.jsonl") == "b.jsonl"


def test_by_file_groups_and_facts():
    records = make_records(
        {"source_file": "b.jsonl", "source_line": 7, "event_time": "2025-02-01T00:00:00Z"},
        {"source_file": "a.jsonl", "source_line": 2, "event_time": "2025-01-01T00:00:00Z"},
        {"source_file": "b.jsonl", "source_line": 5, "event_time": "2025-03-01T00:00:00Z"},
        {"source_file": "a.jsonl", "source_line": 1, "event_time": None},
    )
    base, facts, extras = by_file(
        make_ctx(records), np.array([True, True, True, True]), {"condition": "test"}
    )
    assert base["object_id"].tolist() == ["a.jsonl", "b.jsonl"] and base["count"].tolist() == [2, 2]
    assert facts["oldest"].tolist() == ["2025-01-01", "2025-02-01"]
    assert facts["newest"].tolist() == ["2025-01-01", "2025-03-01"]
    assert [e["lines"] for e in extras] == ["1-2", "5,7"]
    assert [e["record_keys"] for e in extras] == [["k4", "k2"], ["k3", "k1"]]
    assert extras[0]["select"] == {
        "application": "(unassigned)",
        "source_file": "a.jsonl",
        "condition": "test",
    }


def test_by_file_of_nothing():
    base, facts, extras = by_file(make_ctx(make_records({})), np.array([False]), {})
    assert base.empty and facts == {} and extras == []
