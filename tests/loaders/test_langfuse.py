"""Langfuse loader: v2 observations, io-less CSV, legacy traces, API pages, score rows, rejects."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.langfuse import row_kind
from tests.loaders.sniffing import check_discriminative


def _rows(path) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in load_logs(path).records.iterrows()}


def _meta(row: pd.Series) -> dict:
    return json.loads(row["metadata_json"])


def test_sniffing_is_discriminative():
    # scores.jsonl is claimed on purpose: its rows are read and rejected as wrong_format
    assert check_discriminative(LOADERS.get("langfuse"), "langfuse") == 6


def test_generation_fields(data_dir):
    res = load_logs(data_dir / "langfuse" / "observations_v2.jsonl")
    assert res.ok and res.sources.loc[0, "format"] == "langfuse" and len(res.records) == 6
    r = {x["record_id"]: x for _, x in res.records.iterrows()}["obs_EXAMPLE01"]
    assert (r["record_kind"], r["endpoint"], r["num_requests"]) == ("llm_call", "generation", 1)
    assert (r["conversation_id"], r["parent_id"]) == ("trc_EXAMPLE01", "obs_SPAN01")
    assert r["event_time"] == pd.Timestamp("2025-03-04 10:15:01.9", tz="UTC")  # naive = UTC
    assert r["end_time"] == pd.Timestamp("2025-03-04 10:15:02.47", tz="UTC")
    assert r["event_time_raw"] == "2025-03-04 10:15:01.900000" and r["latency_ms"] == 570.0
    assert (r["user_id"], r["user_id_kind"], r["project_id"]) == ("cust_123", "langfuse_user", "prj_EXAMPLE")
    assert (r["model"], r["model_requested"]) == ("gpt-4o-mini", "gpt-4o-mini") and pd.isna(r["model_served"])
    assert r["input_text"] == "[user] Reset my password"  # a string holding a JSON list of messages
    assert r["output_text"] == "[assistant] Use the reset link."  # a string holding one message
    assert (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"]) == (12, 6, 18)
    assert r["cost_usd"] == 0.0000054 and r["status"] == "success"
    assert _meta(r) == {"type": "GENERATION", "name": "answer", "trace_name": "support-chat",
                        "environment": "production", "session_id": "sess_9", "tags": ["prod"],
                        "model_parameters": {"temperature": 0.2}}


def test_spans_and_events_are_rows_but_not_model_calls(data_dir):
    rows = _rows(data_dir / "langfuse" / "observations_v2.jsonl")
    span = rows["obs_SPAN01"]
    assert (span["endpoint"], span["num_requests"]) == ("span", 0) and pd.isna(span["parent_id"])  # '' root
    assert span["input_text"] == '[user] {"query":"password reset policy"}'  # other JSON: its text
    assert span["output_text"] == "[assistant] Resets need a verified email."
    event = rows["obs_EVENT01"]
    assert event["input_text"] == "[user] user clicked thumbs down"  # plain text, not JSON
    assert pd.isna(event["output_text"]) and pd.isna(event["end_time"]) and pd.isna(event["latency_ms"])
    assert _meta(event)["level"] == "WARNING" and _meta(event)["status_message"] == "user unhappy"
    assert event["status"] == "success"


def test_error_level_tool_calls_and_completion_output(data_dir):
    rows = _rows(data_dir / "langfuse" / "observations_v2.jsonl")
    err = rows["obs_ERR01"]
    assert (err["status"], err["error_message"]) == ("error", "Rate limit exceeded")
    assert err["input_text"] == "[user] Summarise the contract"  # a JSON string literal
    assert (err["cost_usd"], err["cost_raw"]) == (0.0, "cost_details.total=0") and pd.isna(err["user_id"])
    tool = rows["obs_TOOL01"]
    assert tool["input_text"] == "[system] Use tools.\n[user] Where is order 42?"  # {"messages": [...]}
    assert tool["output_text"] == '[assistant:tool_call get_order] {"id": 42}'
    assert json.loads(tool["tool_calls_json"])[0]["function"]["name"] == "get_order"
    chat = rows["obs_CHAT01"]
    assert chat["output_text"] == "[assistant] 1, 2, 3" and chat["finish_reason"] == "stop"
    assert (chat["cached_tokens"], chat["reasoning_tokens"]) == (0, 12)
    assert chat["latency_ms"] == 1250.0  # no end_time: latency 1.25 s


def test_export_without_io_group_has_no_content(data_dir):
    res = load_logs(data_dir / "langfuse" / "observations_no_io.csv")
    assert res.ok and res.sources.loc[0, "container"] == "csv"
    rows = {r["record_id"]: r for _, r in res.records.iterrows()}
    r = rows["obs_CSV01"]
    assert not r["has_content"] and pd.isna(r["input_text"]) and pd.isna(r["messages_json"])
    assert r["event_time"] == pd.Timestamp("2024-05-29 13:46:19.963", tz="UTC")
    assert r["latency_ms"] == 1037.0 and (r["prompt_tokens"], r["total_tokens"]) == (100, 150)
    assert r["cost_usd"] == 0.00009 and r["cost_raw"] == "total_cost=0.00009"
    assert _meta(r)["tags"] == ["legal", "eu"] and _meta(r)["metadata"] == {"team": "legal"}  # JSON cells
    assert rows["obs_CSV02"]["parent_id"] == "obs_CSV01"


def test_legacy_traces(data_dir):
    rows = _rows(data_dir / "langfuse" / "traces_legacy.json")
    t = rows["trc_EXAMPLE01"]
    assert (t["endpoint"], t["num_requests"], t["conversation_id"]) == ("trace", 0, "trc_EXAMPLE01")
    assert t["event_time"] == pd.Timestamp("2025-03-04 10:15:01.4", tz="UTC") and pd.isna(t["status"])
    assert t["input_text"] == '[user] {"question":"Reset my password"}'
    assert t["output_text"] == "[assistant] Use the reset link."
    assert _meta(t)["release"] == "v1.2" and _meta(t)["session_id"] == "sess_9"
    assert not rows["trc_EXAMPLE02"]["has_content"]  # '' input and output


def test_api_page_with_camel_case_keys(data_dir):
    res = load_logs(data_dir / "langfuse" / "observations_api_page.json")
    r = res.records.iloc[0]
    assert r["source_pointer"] == "/data/0" and r["conversation_id"] == "trc_API01"
    assert r["event_time"] == pd.Timestamp("2025-03-04T14:00:00Z") and r["latency_ms"] == 900.0
    # input and output are objects here, not strings
    assert (r["input_text"], r["output_text"]) == ("[user] Hello there", "[assistant] Hi!")
    assert (r["prompt_tokens"], r["total_tokens"]) == (5, 7)  # legacy usage
    assert r["cost_raw"] == "calculated_total_cost=3e-05"


def test_score_rows_are_rejected_as_not_interactions(data_dir):
    res = load_logs(data_dir / "langfuse" / "scores.jsonl")
    assert res.records.empty and list(res.rejects["reason"]) == ["wrong_format", "wrong_format"]
    message = res.rejects.loc[0, "message"]
    assert "score row" in message and "not an interaction" in message
    src = res.sources.iloc[0]
    assert (src["format"], src["lines_read"], src["records"], src["rejects"]) == ("langfuse", 2, 0, 2)
    assert src["status"] == "rejects"  # regression: a file whose every record was rejected is not 'ok'


def test_bad_rows(data_dir):
    res = load_logs(data_dir / "langfuse" / "observations_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (5, "wrong_type"), (6, "wrong_format")]
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (6, 1, 4, 1)
    assert res.records.iloc[0]["input_text"] == "[user] hi"


def test_row_kind():
    assert row_kind({"trace_id": "t", "type": "SPAN", "start_time": "x"}) == "observation"
    assert row_kind({"trace_id": "t", "timestamp": "x", "value": 1, "source": "API"}) == "score"
    assert row_kind({"id": "t", "timestamp": "x", "session_id": None, "public": False}) == "trace"
    assert row_kind({"id": "t", "timestamp": "x"}) is None
