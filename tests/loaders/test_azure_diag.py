"""Azure OpenAI diagnostics loader: raw blobs, Event Hub capture, Log Analytics and portal exports."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.azure_diag import normalise_keys, parse_resource_id
from tests.loaders.sniffing import check_discriminative

CALL = "11111111-2222-3333-4444-555555555555"


def _records(path, **kw) -> list[pd.Series]:
    return [r for _, r in load_logs(path, **kw).records.iterrows()]


def _meta(row: pd.Series) -> dict:
    return json.loads(row["metadata_json"])


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("azure_diag"), "azure_diag") == 5


def test_raw_blob_request_response_fields(data_dir):
    res = load_logs(data_dir / "azure_diag" / "storage_blob.json")
    assert res.ok and res.sources.loc[0, "format"] == "azure_diag"
    r = res.records.iloc[0]
    assert r["source_pointer"] == "/records/0"
    assert (r["record_kind"], r["has_content"], r["provider"]) == ("diagnostic", False, "azure")
    assert r["record_id"] == CALL == r["request_id"]
    assert r["event_time"] == pd.Timestamp("2025-03-04T10:15:02.481Z")  # 7 fraction digits
    assert r["event_time_raw"] == "2025-03-04T10:15:02.4810000Z"
    assert (r["org_id"], r["project_id"]) == ("00000000-0000-0000-0000-000000000000", "aoai-example")
    assert (r["user_id"], r["user_id_kind"]) == ("aaaaaaaa-0000-0000-0000-000000000001", "entra_object_id")
    assert (r["model_requested"], r["model_served"], r["model"]) == (
        "gpt4o-mini-prod", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18")
    assert (r["latency_ms"], r["http_status"], r["status"]) == (570.0, 200, "success")
    assert (r["endpoint"], r["client_ip"], r["num_requests"]) == (
        "ChatCompletions_Create", "203.0.113.***", 1)
    assert r["is_stream"] == False  # noqa: E712  (Non-Streaming)
    assert pd.isna(r["input_text"]) and pd.isna(r["prompt_tokens"])  # no text, no tokens
    meta = _meta(r)
    assert (meta["category"], meta["location"]) == ("RequestResponse", "swedencentral")
    assert meta["properties"]["responseLength"] == 1112  # bytes, kept as the source named it


def test_streaming_failure_and_audit_rows(data_dir):
    _, streamed, failed, audit = _records(data_dir / "azure_diag" / "storage_blob.json")
    assert bool(streamed["is_stream"]) is True
    assert streamed["user_id"] == "aaaaaaaa-0000-0000-0000-000000000002"  # callerObjectId
    assert (failed["status"], failed["http_status"], failed["latency_ms"]) == ("error", 429, 45.0)
    assert failed["model"] == "gpt4o-prod" and pd.isna(failed["model_served"])  # no modelName
    assert failed["event_time"] == pd.Timestamp("2025-03-04T10:17:00.123456Z")  # 7th digit dropped
    assert (audit["endpoint"], audit["num_requests"], _meta(audit)["category"]) == ("ListKey", 0, "Audit")
    assert pd.isna(audit["record_id"]) and audit["request_id"] == CALL  # shares the call's correlation id


def test_audit_row_is_not_merged_with_its_call(data_dir):
    res = load_logs(data_dir / "azure_diag" / "storage_blob.json")
    assert len(res.records) == 4 and res.duplicates.empty


def test_event_hub_capture_lines(data_dir):
    embed, trace, chat = _records(data_dir / "azure_diag" / "eventhub_capture.jsonl")
    assert (embed["source_line"], embed["source_pointer"]) == (1, "/records/0")
    assert trace["source_pointer"] == "/records/1"
    assert embed["model_served"] == "text-embedding-3-small-1"
    assert _meta(trace)["category"] == "Trace" and pd.isna(trace["status"]) and pd.isna(trace["http_status"])
    # line 2 is a bare record, not a wrapper
    assert (chat["source_line"], chat["source_pointer"], chat["latency_ms"]) == (2, "", 800.0)
    res = load_logs(data_dir / "azure_diag" / "eventhub_capture.jsonl")
    assert res.sources.loc[0, "records"] == 2 and len(res.records) == 3  # 2 lines, 3 rows


def test_log_analytics_export(data_dir):
    first, client_error = _records(data_dir / "azure_diag" / "log_analytics_export.json")
    assert first["event_time"] == pd.Timestamp("2025-03-04T10:15:02.481Z")
    assert first["project_id"] == "aoai-example"  # lower-case _ResourceId gives the same name
    assert first["model_served"] == "gpt-4o-mini-2024-07-18"  # from the properties_s JSON string
    assert (client_error["status"], client_error["http_status"]) == ("error", 400)
    assert pd.isna(client_error["client_ip"])


def test_portal_csv_in_utf16(data_dir):
    res = load_logs(data_dir / "azure_diag" / "portal_export_utf16.csv")
    assert res.ok and tuple(res.sources.loc[0, ["encoding", "container"]]) == ("utf-16-le", "csv")
    first, second = (r for _, r in res.records.iterrows())
    assert first["event_time"] == pd.Timestamp("2025-03-04T10:15:02.481Z")  # 3/4/2025, 10:15:02.481 AM [UTC]
    assert second["event_time"] == pd.Timestamp("2025-03-06T14:05:09Z")  # 2:05:09.000 PM
    assert first["latency_ms"] == 570.0 and bool(second["is_stream"]) is True


def test_portal_local_time_column_uses_the_timezone_option(tmp_path):
    path = tmp_path / "local.csv"
    path.write_text("TimeGenerated [Local Time],_ResourceId,Category,OperationName,CorrelationId\n"
                    '"3/4/2025, 6:15:02.000 PM",/subscriptions/s1/resourcegroups/rg/providers/'
                    "microsoft.cognitiveservices/accounts/acct,RequestResponse,ChatCompletions_Create,c-1\n",
                    encoding="utf-8")
    row = _records(path, timezone="Asia/Shanghai")[0]
    assert row["event_time"] == pd.Timestamp("2025-03-04T10:15:02Z")


def test_same_call_in_three_exports_is_one_row(data_dir):
    d = data_dir / "azure_diag"
    res = load_logs([d / "storage_blob.json", d / "log_analytics_export.json", d / "portal_export_utf16.csv"])
    assert sorted(res.duplicates["record_id"]) == [CALL, CALL]
    assert set(res.duplicates["kept_source"].str.rsplit("/", n=1).str[1]) == {"storage_blob.json:3"}


def test_bad_rows(data_dir):
    res = load_logs(data_dir / "azure_diag" / "diag_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (5, "wrong_type"), (6, "wrong_type"),
                   (7, "wrong_format")]
    assert "MICROSOFT.KEYVAULT" in res.rejects.iloc[-1]["message"]
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (7, 1, 5, 1)


def test_key_normalisation_and_resource_ids():
    keys, zone = normalise_keys({"TimeGenerated [UTC]": "t", "_ResourceId": "r", "properties_s": "{}"})
    assert keys == {"time": "t", "resourceid": "r", "properties": "{}"} and zone == "utc"
    assert parse_resource_id("/SUBSCRIPTIONS/S1/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.COGNITIVESERVICES/"
                             "ACCOUNTS/AOAI-X") == ("s1", "microsoft.cognitiveservices", "aoai-x")
    assert parse_resource_id("not a resource id") == (None, None, None)


@pytest.mark.parametrize(("field", "value"), [("resultSignature", "OK"), ("resultSignature", "")])
def test_non_numeric_result_signature_is_no_http_status(tmp_path, field, value):
    rec = {"time": "2025-03-04T10:15:02Z", "resourceId": "/subscriptions/s/resourceGroups/r/providers/"
           "Microsoft.CognitiveServices/accounts/a", "category": "RequestResponse", "operationName": "x",
           "correlationId": "c", field: value}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    assert pd.isna(_records(path)[0]["http_status"])
