"""MISSING_TIMESTAMP: any record kind without a time, grouped per application and file."""

from __future__ import annotations

from auditkit.retention.timestamps import missing_timestamps
from tests.retention.conftest import evidence, make_ctx, make_records


def test_missing_timestamps(small_profile):
    records = make_records(
        {"project_id": "p_chat", "source_file": "a.jsonl", "event_time": None, "input_text": "[user] x"},
        {"project_id": "p_chat", "source_file": "a.jsonl", "event_time": None},
        {"project_id": "p_chat", "source_file": "a.jsonl", "event_time": "2025-01-01T00:00:00Z"},
        {
            "record_kind": "batch_call",
            "source_format": "openai_batch",
            "source_file": "out.jsonl",
            "event_time": None,
            "status": "error",
        },
        {
            "record_kind": "file_object",
            "source_format": "openai_files",
            "source_file": "files.json",
            "event_time": None,
        },
    )
    f = missing_timestamps(make_ctx(records, profile=small_profile))
    assert sorted(zip(f["application"], f["object_id"], f["count"], strict=True)) == [
        ("(unassigned)", "files.json", 1),
        ("(unassigned)", "out.jsonl", 1),
        ("Chat", "a.jsonl", 2),
    ]
    assert set(f["severity"]) == {"low"} and f["event_time"].isna().all()
    ev = {e["source_file"]: e for e in evidence(f)}
    assert ev["a.jsonl"]["lines"] == "1-2" and ev["a.jsonl"]["oldest"] is None


def test_no_missing_timestamps():
    assert missing_timestamps(make_ctx(make_records({"event_time": "2025-01-01T00:00:00Z"}))).empty
