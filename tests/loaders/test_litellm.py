"""LiteLLM loaders: SpendLogs (JSON API, JSONL, CSV of the table) and the StandardLoggingPayload."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from tests.loaders.sniffing import check_discriminative


def _by_id(frame: pd.DataFrame) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in frame.iterrows()}


def _accounting_holds(res) -> None:
    s = res.sources
    assert (s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]).all()


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("litellm_spendlogs"), "litellm_spendlogs") == 4
    assert check_discriminative(LOADERS.get("litellm_payload"), "litellm_payload") == 2


def test_spendlogs_fields_without_content(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_no_content.json")
    assert res.ok and res.sources.loc[0, "format"] == "litellm_spendlogs"
    r = _by_id(res.records)["chatcmpl-EXAMPLE03"]
    assert r["record_kind"] == "llm_call" and r["request_id"] == "chatcmpl-EXAMPLE03"
    assert r["event_time"] == pd.Timestamp("2025-03-04 10:15:01.900", tz="UTC")  # naive = UTC
    assert r["end_time"] == pd.Timestamp("2025-03-04 10:15:02.470", tz="UTC")
    assert r["event_time_raw"] == "2025-03-04 10:15:01.900"
    assert r["latency_ms"] == 570.0  # no request_duration_ms: end - start
    assert r["api_key_id"] == "88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b"
    assert (r["user_id"], r["user_id_kind"]) == ("cust_123", "gateway_end_user")  # end_user > user
    assert r["project_id"] == "team_support" and pd.isna(r["org_id"])
    assert (r["model_requested"], r["model_served"], r["model"]) == (
        "chat-default", "gpt-4o-mini", "gpt-4o-mini")
    assert (r["provider"], r["endpoint"]) == ("openai", "acompletion")
    assert (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"]) == (120, 11, 131)
    assert r["cost_usd"] == 0.000231 and r["cost_raw"] == "spend=0.000231"
    assert pd.isna(r["client_ip"])  # '' is not an address
    assert not r["has_content"] and pd.isna(r["input_text"]) and pd.isna(r["output_text"])
    assert r["status"] == "success" and r["num_requests"] == 1
    assert json.loads(r["metadata_json"]) == {
        "user_api_key_alias": "support-bot", "status": "success", "additional_usage_values": {},
        "request_tags": ["prod"], "cache_hit": False, "api_base": "https://api.openai.com/v1"}


def test_cache_hit_is_its_own_record_linked_by_request_id(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_no_content.json")
    hit = _by_id(res.records)["chatcmpl-EXAMPLE03_cache_hit1741083400.5"]
    assert hit["request_id"] == "chatcmpl-EXAMPLE03"  # suffix stripped: the call it was served from
    assert json.loads(hit["metadata_json"])["cache_hit"] is True  # from the string "True"
    assert (hit["user_id"], hit["user_id_kind"]) == ("internal-user-7", "gateway_user")  # no end_user
    assert hit["latency_ms"] == 3.0  # request_duration_ms wins
    assert res.duplicates.empty


def test_spendlogs_failure_row(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_no_content.json")
    r = _by_id(res.records)["litellm-call-7a1b"]
    assert (r["status"], r["http_status"], r["error_type"], r["error_message"]) == (
        "error", 429, "RateLimitError", "Rate limit reached")
    assert r["org_id"] == "org_main" and r["client_ip"] == "10.1.2.3"
    assert r["event_time"] == pd.Timestamp("2025-03-04T10:17:00Z")


def test_spendlogs_with_stored_prompts(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_with_content.jsonl")
    rows = _by_id(res.records)
    r = rows["chatcmpl-EXAMPLE06"]
    assert r["has_content"]
    assert r["input_text"] == "[system] You are a support bot.\n[user] Reset my password"
    assert r["output_text"] == "[assistant] Use the reset link." and r["finish_reason"] == "stop"
    assert r["conversation_id"] == "sess-42" and r["cached_tokens"] == 16 and r["latency_ms"] == 612.0
    redacted = rows["chatcmpl-EXAMPLE07"]  # only proxy_server_request, and it is redacted
    assert not redacted["has_content"] and pd.isna(redacted["input_text"])
    assert pd.isna(redacted["messages_json"])
    assert json.loads(redacted["metadata_json"])["content_redacted"] is True
    embedding = rows["chatcmpl-EXAMPLE08"]  # proxy_server_request.input of an embedding call
    assert embedding["input_text"] == "[user] Where is my order?" and embedding["endpoint"] == "aembedding"


def test_spendlogs_csv_export_decodes_json_cells(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_db_export.csv")
    assert res.ok and res.sources.loc[0, "container"] == "csv"
    rows = _by_id(res.records)
    r = rows["chatcmpl-EXAMPLE09"]
    assert r["input_text"] == "[user] Hola, ¿qué tal?" and r["output_text"] == "[assistant] Muy bien."
    assert r["event_time"] == pd.Timestamp("2025-03-06 12:00:00.5", tz="UTC") and r["latency_ms"] == 750.0
    assert r["cost_usd"] == 0.00015 and r["prompt_tokens"] == 20
    assert (r["user_id"], r["user_id_kind"]) == ("internal-user-7", "gateway_user")  # empty end_user cell
    assert json.loads(r["metadata_json"])["request_tags"] == ["csv"]
    empty = rows["chatcmpl-EXAMPLE10"]  # '{}' cells: no content
    assert not empty["has_content"] and empty["conversation_id"] == "sess-9"
    assert json.loads(empty["metadata_json"]) == {"cache_hit": True}


def test_spendlogs_bad_records(data_dir):
    res = load_logs(data_dir / "litellm_spendlogs" / "spendlogs_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (4, "bad_timestamp"), (5, "wrong_type"), (6, "bad_value"),
                   (7, "invalid_json")]
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (7, 1, 5, 1)
    _accounting_holds(res)


def test_payload_fields(data_dir):
    res = load_logs(data_dir / "litellm_payload" / "payload_with_messages.jsonl")
    assert res.ok and res.sources.loc[0, "format"] == "litellm_payload"
    r = _by_id(res.records)["chatcmpl-EXAMPLE05"]
    assert r["event_time"] == pd.Timestamp("2025-03-04 10:15:02.250", tz="UTC")  # 1741083302.25
    assert r["end_time"] == pd.Timestamp("2025-03-04 10:15:03", tz="UTC") and r["latency_ms"] == 750.0
    assert r["conversation_id"] == "trace-1" and r["request_id"] == "chatcmpl-EXAMPLE05"
    assert (r["api_key_id"], r["project_id"], r["org_id"]) == ("abc123hash", "team_web", "org_main")
    assert (r["user_id"], r["user_id_kind"]) == ("cust_777", "gateway_end_user")
    assert r["client_ip"] == "10.0.0.8" and not r["is_stream"]
    assert r["cost_usd"] == 0.00042 and r["cost_raw"] == "response_cost=0.00042"
    assert (r["cached_tokens"], r["reasoning_tokens"], r["total_tokens"]) == (8, 4, 30)
    assert r["input_text"] == "[user] Summarise this chart." and r["modalities"] == "image,text"
    assert r["output_text"] == "[assistant] Sales doubled."
    meta = json.loads(r["metadata_json"])
    assert (meta["user_api_key_alias"], meta["request_tags"], meta["model_id"]) == ("web-app", ["web"], "m-1")


def test_payload_redaction_cache_hit_and_failure(data_dir):
    rows = _by_id(load_logs(data_dir / "litellm_payload" / "payload_with_messages.jsonl").records)
    redacted = rows["chatcmpl-EXAMPLE11"]
    assert not redacted["has_content"] and pd.isna(redacted["output_text"]) and bool(redacted["is_stream"])
    assert json.loads(redacted["metadata_json"])["content_redacted"] is True
    assert pd.isna(redacted["user_id"])  # end_user '' and no key user
    hit = rows["call-bbb"]  # its id repeats the cached response's: keyed by call_id
    assert hit["request_id"] == "chatcmpl-EXAMPLE05" and hit["latency_ms"] == 2.0
    assert (hit["user_id"], hit["user_id_kind"]) == ("u-internal-9", "gateway_user")
    failed = rows["call-ccc"]
    assert (failed["status"], failed["http_status"], failed["error_type"]) == ("error", 429, "RateLimitError")
    assert failed["error_message"] == "Rate limit reached for gpt-4o" and pd.isna(failed["output_text"])


def test_payload_bad_records(data_dir):
    res = load_logs(data_dir / "litellm_payload" / "payload_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (4, "wrong_type"), (6, "not_an_object")]
    ok = res.records.iloc[0]
    assert ok["output_text"] == "[assistant] hello"  # a plain-text response
    _accounting_holds(res)


def test_spendlogs_row_merges_into_the_payload_of_the_same_call(data_dir):
    res = load_logs([data_dir / "litellm_spendlogs" / "spendlogs_no_content.json",
                     data_dir / "litellm_payload" / "payload_with_messages.jsonl"])
    dup = res.duplicates
    assert list(dup["record_id"]) == ["chatcmpl-EXAMPLE05"]
    assert dup.loc[0, "kept_source"].endswith("payload_with_messages.jsonl:1")  # the row with content
    # the 4th element of the array starts on line 16
    assert dup.loc[0, "duplicate_source"].endswith("spendlogs_no_content.json:16")
    kept = _by_id(res.records)["chatcmpl-EXAMPLE05"]
    assert kept["source_format"] == "litellm_payload" and kept["has_content"]
