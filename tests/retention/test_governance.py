"""ZDR_BREACH, PRE_POLICY_DATA and OPT_IN_SHARING, with hand-computed counts."""

from __future__ import annotations

import pandas as pd

from auditkit.profile import parse_profile
from auditkit.retention import audit_retention
from auditkit.retention.governance import opt_in_sharing, pre_policy_data, zdr_breaches
from auditkit.retention.personal import scan_personal
from tests.retention.conftest import AS_OF, evidence, make_ctx, make_records, reasons_of

TEXT = {"input_text": "[user] question", "output_text": "[assistant] answer", "has_content": True}
KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"


def test_zdr_breaches(small_profile):
    h = {"project_id": "p_health", **TEXT}
    records = make_records(
        {**h, "record_id": "chatcmpl-1", "store_flag": True, "event_time": "2025-06-10T00:00:00Z"},
        {
            **h,
            "record_id": "chatcmpl-2",
            "store_flag": True,
            "event_time": "2025-05-20T00:00:00Z",
        },  # before ZDR
        {**h, "record_id": "chatcmpl-3", "store_flag": False, "event_time": "2025-06-10T00:00:00Z"},
        {
            **h,
            "record_id": "resp_4",
            "source_format": "openai_responses",
            "event_time": "2025-08-01T00:00:00Z",
        },
        {
            **h,
            "record_id": "batch_req_5",
            "record_kind": "batch_call",
            "source_format": "openai_batch",
            "event_time": "2025-07-01T00:00:00Z",
        },
        {
            "project_id": "p_health",
            "record_kind": "file_object",
            "source_format": "openai_files",
            "record_id": "file-6",
            "event_time": "2025-05-01T00:00:00Z",
            "last_seen_at": "2025-07-31T23:00:00Z",
            "object_purpose": "user_data",
            "object_bytes": 1204455,
        },  # uploaded before, listed after
        {
            "project_id": "p_health",
            "record_kind": "file_object",
            "source_format": "openai_files",
            "record_id": "file-7",
            "event_time": "2025-04-01T00:00:00Z",
            "last_seen_at": "2025-05-15T00:00:00Z",
        },  # gone before ZDR
        {
            "project_id": "p_chat",
            "record_id": "chatcmpl-8",
            "store_flag": True,
            "event_time": "2025-06-10T00:00:00Z",
            **TEXT,
        },  # not a ZDR application
        {**h, "record_id": "chatcmpl-9", "store_flag": True, "event_time": None},  # time unknown
    )
    f = zdr_breaches(make_ctx(records, AS_OF, small_profile))
    got = sorted(zip(f["object_id"], [e["case"] for e in evidence(f)], strict=True))
    assert got == [
        ("batch_req_5", "batch_call"),
        ("chatcmpl-1", "stored_completion"),
        ("file-6", "uploaded_file"),
        ("resp_4", "stored_response"),
    ]
    assert set(f["severity"]) == {"critical"} and set(f["application"]) == {"Health"}
    assert f.loc[f["object_id"] == "file-6", "record_key"].isna().all()
    assert f.loc[f["object_id"] == "chatcmpl-1", "record_key"].tolist() == ["k1"]


def test_zdr_without_date_covers_everything():
    p = parse_profile(
        {
            "applications": [
                {
                    "name": "Z",
                    "owner": "o",
                    "consumer_facing": False,
                    "domain": "general",
                    "chatbot": False,
                    "zero_data_retention": True,
                    "match": [{"project_id": "z"}],
                }
            ]
        },
        "<t>",
    )
    records = make_records(
        {"project_id": "z", "store_flag": True, "event_time": "2020-01-01T00:00:00Z", **TEXT}
    )
    assert len(zdr_breaches(make_ctx(records, AS_OF, p))) == 1


def _pre_policy_records() -> pd.DataFrame:
    chat = {"project_id": "p_chat", "source_file": "archive.jsonl", **TEXT}
    return make_records(
        {**chat, "event_time": "2023-02-10T00:00:00Z"},
        {**chat, "event_time": "2023-02-28T23:59:59Z"},
        {**chat, "event_time": "2023-03-01T00:00:00Z"},  # the effective instant: after
        {
            "record_kind": "conversation_message",
            "source_format": "chatgpt_export",
            "source_file": "export.zip",
            "event_time": "2023-01-01T00:00:00Z",
            **TEXT,
        },  # ChatGPT is not API data
        {
            "record_kind": "usage_bucket",
            "source_format": "openai_usage",
            "project_id": "p_chat",
            "source_file": "usage.json",
            "event_time": "2023-02-01T00:00:00Z",
        },
    )


def test_pre_policy_data(small_profile):
    f = pre_policy_data(make_ctx(_pre_policy_records(), AS_OF, small_profile))
    assert sorted(zip(f["application"], f["object_id"], f["count"], strict=True)) == [
        ("Chat", "archive.jsonl", 2),
        ("Chat", "usage.json", 1),
    ]
    assert evidence(f[f["object_id"] == "archive.jsonl"])[0]["newest"] == "2023-02-28"


def test_pre_policy_opt_out_means_no_finding():
    p = parse_profile({"organisation": {"pre_policy_opt_out": True}, "applications": []}, "<t>")
    assert pre_policy_data(make_ctx(_pre_policy_records(), AS_OF, p)).empty


def _coder(*texts_and_times: tuple[str, str], kind: str = "llm_call") -> list[dict]:
    return [
        {
            "project_id": "p_code",
            "record_kind": kind,
            "input_text": f"[user] {t}",
            "has_content": True,
            "event_time": when,
        }
        for t, when in texts_and_times
    ]


def test_opt_in_sharing_counts_calls_since_opt_in(small_profile):
    records = make_records(
        *_coder(
            (f"deploy with {KEY}", "2025-06-30T00:00:00Z"),  # before the opt-in
            ("refactor this loop", "2025-07-02T00:00:00Z"),
            ("mail the report to bob@example.com", "2025-07-03T00:00:00Z"),
            (f"why does {KEY} fail?", "2025-07-05T00:00:00Z"),
        ),
        {
            "project_id": "p_code",
            "record_kind": "usage_bucket",
            "source_format": "openai_usage",
            "event_time": "2025-07-04T00:00:00Z",
        },  # an aggregate, not a call
    )
    ctx = make_ctx(records, AS_OF, small_profile)
    f = opt_in_sharing(ctx, scan_personal(ctx))
    assert len(f) == 1
    row, ev = f.iloc[0], evidence(f)[0]
    assert (row["application"], row["object_id"], row["count"], row["severity"]) == (
        "Coder",
        "Coder",
        3,
        "high",
    )
    assert row["event_time"] == pd.Timestamp("2025-07-01T00:00:00Z") and row["record_key"] is pd.NA
    assert (
        ev["sensitive"] == 2
        and ev["types"] == "API_KEY, EMAIL"
        and ev["sensitive_record_keys"] == ["k3", "k4"]
    )
    assert KEY not in row["evidence"] and "bob@example.com" not in row["evidence"]


def test_opt_in_severity_without_secrets(small_profile):
    pii = make_records(*_coder(("mail bob@example.com", "2025-07-03T00:00:00Z")))
    ctx = make_ctx(pii, AS_OF, small_profile)
    assert opt_in_sharing(ctx, scan_personal(ctx))["severity"].tolist() == ["medium"]
    plain = make_records(*_coder(("refactor", "2025-07-03T00:00:00Z")))
    ctx = make_ctx(plain, AS_OF, small_profile)
    assert opt_in_sharing(ctx, scan_personal(ctx))["severity"].tolist() == ["low"]


def test_opt_in_without_records_is_still_reported(small_profile):
    f = audit_retention(make_records(), as_of=AS_OF, profile=small_profile)
    assert reasons_of(f, "OPT_IN_SHARING")[["application", "count", "severity"]].values.tolist() == [
        ["Coder", 0, "low"]
    ]
