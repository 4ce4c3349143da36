"""LOG_COPY_PAST_WINDOW (grouped per application and file) and STORED_PAST_WINDOW (per object)."""

from __future__ import annotations

import pandas as pd

from auditkit.retention import audit_retention
from auditkit.retention.storage import log_copies_past_window, stored_past_window
from tests.retention.conftest import AS_OF, evidence, make_ctx, make_records, reasons_of

TEXT = {
    "input_text": "[user] where is my order?",
    "output_text": "[assistant] on its way",
    "has_content": True,
}


def _log_records() -> pd.DataFrame:
    chat = {"project_id": "p_chat", "source_file": "logs/chat-06.jsonl", **TEXT}
    return make_records(
        {**chat, "event_time": "2025-06-01T10:00:00Z", "source_line": 1},
        {**chat, "event_time": "2025-06-02T10:00:00Z", "source_line": 2},
        {**chat, "event_time": "2025-06-03T10:00:00Z", "source_line": 3},
        {
            "project_id": "p_chat",
            "source_file": "logs/chat-06.jsonl",
            "event_time": "2025-06-01T00:00:00Z",
            "source_line": 4,
            "record_kind": "gateway_billing",
            "has_content": False,
        },  # no text
        {**chat, "source_file": "logs/chat-10.jsonl", "event_time": "2025-10-10T00:00:00Z"},  # inside
        {
            **TEXT,
            "project_id": "p_health",
            "source_file": "logs/health.jsonl",
            "event_time": "2025-08-01T00:00:00Z",
            "source_line": 1,
        },
        {
            **TEXT,
            "project_id": "p_health",
            "source_file": "logs/health.jsonl",
            "event_time": "2025-08-02T00:00:00Z",
            "source_line": 2,
        },
        {
            **TEXT,
            "project_id": "p_health",
            "source_file": "logs/health.jsonl",
            "event_time": "2025-09-20T00:00:00Z",
            "source_line": 3,
        },
        {
            "record_kind": "conversation_message",
            "source_format": "chatgpt_export",
            "source_file": "export.zip",
            "event_time": "2025-05-01T00:00:00Z",
            "input_text": "[user] 你好",
            "has_content": True,
        },
        {
            "record_kind": "usage_bucket",
            "source_format": "openai_usage",
            "event_time": "2025-01-01T00:00:00Z",
        },
    )


def test_log_copies_grouped_per_application_and_file(small_profile):
    f = log_copies_past_window(make_ctx(_log_records(), AS_OF, small_profile))
    got = sorted(zip(f["application"], f["object_id"], f["count"], strict=True))
    assert got == [
        ("(unassigned)", "export.zip", 1),
        ("Chat", "logs/chat-06.jsonl", 3),
        ("Health", "logs/health.jsonl", 2),
    ]
    chat = f[f["application"] == "Chat"].iloc[0]
    assert chat["record_key"] is pd.NA and chat["event_time"] == pd.Timestamp("2025-06-01T10:00:00Z")
    ev = evidence(f[f["application"] == "Chat"])[0]
    assert ev["lines"] == "1-3" and ev["record_keys"] == ["k1", "k2", "k3"] and ev["record_keys_complete"]
    assert ev["select"]["cutoff"] == "2025-09-15T00:00:00+00:00"
    assert ev["max_age_days"] == 135.6  # 2025-06-01T10:00 to 2025-10-15T00:00 = 135 d 14 h
    assert chat["detail"] == (
        "3 record(s) of Chat in logs/chat-06.jsonl still hold prompt or completion text older "
        "than the 30-day retention window: sent 2025-06-01 to 2025-06-03, up to 135.6 days "
        "old on 2025-10-15."
    )


def test_log_copy_evidence_is_bounded():
    rows = [{**TEXT, "event_time": "2025-01-01T00:00:00Z", "source_line": line} for line in range(1, 1001, 2)]
    f = audit_retention(make_records(*rows), as_of=AS_OF)
    f = reasons_of(f, "LOG_COPY_PAST_WINDOW")
    assert f["count"].tolist() == [500]
    ev = evidence(f)[0]
    assert len(ev["record_keys"]) == 50 and not ev["record_keys_complete"]
    assert ev["lines"].count(",") == 199 and not ev["lines_complete"]  # 200 ranges of single lines


def _stored_records() -> pd.DataFrame:
    chat = {"project_id": "p_chat", **TEXT}
    return make_records(
        {**chat, "record_id": "chatcmpl-a", "store_flag": True, "event_time": "2025-08-01T00:00:00Z"},
        {
            **chat,
            "record_id": "chatcmpl-b",
            "store_flag": True,
            "event_time": "2025-10-01T00:00:00Z",
        },  # inside
        {**chat, "record_id": "chatcmpl-c", "store_flag": False, "event_time": "2025-08-01T00:00:00Z"},
        {
            **chat,
            "record_id": "chatcmpl-d",
            "store_flag": True,
            "event_time": "2025-08-01T00:00:00Z",
            "deleted_at": "2025-09-01T00:00:00Z",
        },  # deleted before as_of
        {
            **chat,
            "record_id": "chatcmpl-e",
            "store_flag": True,
            "event_time": "2025-08-01T00:00:00Z",
            "deleted_at": "2025-11-01T00:00:00Z",
        },  # deleted after as_of
        {
            **chat,
            "record_id": "resp_f",
            "source_format": "openai_responses",
            "event_time": "2025-08-01T00:00:00Z",
        },
        {
            **chat,
            "record_id": "resp_g",
            "source_format": "openai_responses",
            "store_flag": False,
            "event_time": "2025-08-01T00:00:00Z",
        },
        {
            **chat,
            "record_id": "batch_h",
            "record_kind": "batch_call",
            "source_format": "openai_batch",
            "event_time": "2025-08-01T00:00:00Z",
        },  # store unknown, not default
    )


def test_stored_objects_past_window(small_profile):
    f = stored_past_window(make_ctx(_stored_records(), AS_OF, small_profile))
    got = sorted(zip(f["object_id"], [e["case"] for e in evidence(f)], strict=True))
    assert got == [
        ("chatcmpl-a", "stored_completion"),
        ("chatcmpl-e", "stored_completion"),
        ("resp_f", "stored_response"),
    ]
    assert set(f["severity"]) == {"medium"} and f["record_key"].notna().all()
    assert f.loc[f["object_id"] == "resp_f", "detail"].iloc[0] == (
        "Stored response resp_f of Chat, created 2025-08-01, was stored with the provider (Responses store "
        "defaults to true) and is 75 days old on 2025-10-15, past the 30-day window; no deletion is recorded."
    )


def test_stored_window_comes_from_the_profile():
    from auditkit.profile import parse_profile

    p = parse_profile({"organisation": {"stored_retention_days": 90}, "applications": []}, "<t>")
    f = stored_past_window(make_ctx(_stored_records(), AS_OF, p))
    assert f.empty  # 75 days old, inside 90
