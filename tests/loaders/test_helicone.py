"""Helicone export loader: full rows (JSONL, query API page), the export tool's CSV, quirks, rejects."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit.loaders import LOADERS, RecordError
from auditkit.loaders.helicone import helicone_time
from tests.loaders.sniffing import check_discriminative

RESP = "0c2d1e3f-0000-4000-8000-00000000dc"  # response ids below end in ba, bb, bc ...
REQ = "7b1c9a52-0000-4000-8000-00000000ab"


def _rows(path) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in load_logs(path).records.iterrows()}


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("helicone"), "helicone") == 4


def test_full_row_fields(data_dir):
    res = load_logs(data_dir / "helicone" / "export_full_rows.jsonl")
    assert res.ok and res.sources.loc[0, "format"] == "helicone" and len(res.records) == 7
    r = {x["record_id"]: x for _, x in res.records.iterrows()}[RESP + "ba"]
    assert r["request_id"] == REQ + "cd" and r["record_kind"] == "llm_call"
    assert r["event_time"] == pd.Timestamp("2025-03-04T10:15:01.900Z")
    assert r["end_time"] == pd.Timestamp("2025-03-04T10:15:02.470Z")
    assert r["event_time_raw"] == "2025-03-04T10:15:01.900Z" and r["latency_ms"] == 570.0  # delay_ms
    assert (r["user_id"], r["user_id_kind"]) == ("cust_123", "gateway_end_user")
    assert r["conversation_id"] == "sess-77"  # Helicone-Session-Id property
    assert json.loads(r["metadata_json"]) == {"Environment": "prod", "Helicone-Session-Id": "sess-77"}
    assert (r["model_requested"], r["model_served"]) == ("gpt-4o-mini", "gpt-4o-mini-2024-07-18")
    assert (r["provider"], r["endpoint"]) == ("openai", "/v1/chat/completions")
    assert (r["status"], r["http_status"], r["finish_reason"]) == ("success", 200, "stop")
    tokens = (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"], r["cached_tokens"])
    assert tokens == (12, 9, 21, 4)
    assert r["cost_usd"] == 0.0000072 and r["cost_raw"] == "cost=7.2e-06"
    assert r["input_text"] == "[user] Reset my password"
    assert r["output_text"] == "[assistant] Use the 'Forgot password' link."
    assert r["has_content"] and bool(r["store_flag"]) is True


def test_omitted_bodies_have_no_content(data_dir):
    r = _rows(data_dir / "helicone" / "export_full_rows.jsonl")[RESP + "bb"]
    assert not r["has_content"] and pd.isna(r["input_text"]) and pd.isna(r["output_text"])
    assert r["event_time"] == pd.Timestamp("2025-03-04 10:20:00.123", tz="UTC")  # ClickHouse form, UTC
    assert r["latency_ms"] == 877.0  # no delay_ms: 10:20:01.000 - 10:20:00.123
    assert (r["user_id"], r["user_id_kind"]) == ("acct-1", "gateway_user")  # helicone_user
    assert pd.isna(r["metadata_json"])  # {} properties


def test_error_and_pending_rows(data_dir):
    rows = _rows(data_dir / "helicone" / "export_full_rows.jsonl")
    err = rows[RESP + "bc"]
    assert (err["status"], err["http_status"], err["error_type"], err["error_message"]) == (
        "error", 429, "requests", "Rate limit reached")
    assert bool(err["is_stream"]) is True and err["input_text"] == "[user] Write a very long story"
    pending = rows[REQ + "d0"]  # no response_id: the request id keys it
    assert pending["status"] == "unknown" and pd.isna(pending["http_status"])  # Helicone's -1, not HTTP
    assert pd.isna(pending["end_time"]) and pd.isna(pending["latency_ms"])
    assert (pending["user_id"], pending["user_id_kind"]) == ("hash_u_42", "safety_identifier")


def test_anthropic_bodies_and_javascript_dates(data_dir):
    r = _rows(data_dir / "helicone" / "export_full_rows.jsonl")[RESP + "be"]
    assert r["event_time"] == pd.Timestamp("2025-03-04T10:23:00Z")  # 'GMT+0100' is UTC+1
    assert r["input_text"] == "[system] Be terse.\n[user] Is this clause enforceable?"
    assert r["output_text"] == "[assistant] It depends on the jurisdiction."
    assert (r["finish_reason"], r["provider"], r["model"]) == (
        "end_turn", "anthropic", "claude-3-5-sonnet-20241022")


def test_llm_schema_fallback_and_cut_off_body(data_dir):
    rows = _rows(data_dir / "helicone" / "export_full_rows.jsonl")
    mapped = rows[RESP + "bf"]  # bodies behind signed_body_url, llmSchema present
    assert mapped["input_text"] == "[user] Translate 'hello'"
    assert mapped["output_text"] == "[assistant] Bonjour"
    cut = rows[RESP + "c0"]
    assert bool(cut["content_truncated"]) is True and cut["has_content"]
    assert cut["input_text"].startswith('[user] {"model": "gpt-4o"') and "neighbour Jo" in cut["input_text"]


def test_export_tool_csv(data_dir):
    res = load_logs(data_dir / "helicone" / "export_tool.csv")
    assert res.ok and res.sources.loc[0, "container"] == "csv"
    rows = {r["record_id"]: r for _, r in res.records.iterrows()}
    r = rows[RESP + "ba"]
    assert pd.isna(r["request_id"])  # the CSV has no request_id column
    assert r["input_text"] == "[user] Reset my password" and pd.isna(r["output_text"])  # no response body
    assert r["latency_ms"] == 570.0  # empty latency cell: response - request time
    assert (r["prompt_tokens"], r["completion_tokens"], r["cost_usd"]) == (12, 9, 0.0000072)
    assert json.loads(r["metadata_json"]) == {"Environment": "prod"}
    failed = rows[RESP + "c1"]
    assert (failed["status"], failed["http_status"], failed["has_content"]) == ("error", 500, False)


def test_json_and_csv_exports_of_the_same_rows_merge(data_dir):
    d = data_dir / "helicone"
    res = load_logs([d / "export_full_rows.jsonl", d / "export_tool.csv", d / "query_api_page.json"])
    assert len(res.records) == 8  # 7 + the CSV's second row
    assert sorted(res.duplicates["duplicate_source"].str.rsplit("/", n=1).str[1]) == [
        "export_tool.csv:2", "query_api_page.json:3"]
    assert set(res.duplicates["kept_source"].str.rsplit("/", n=1).str[1]) == {"export_full_rows.jsonl:1"}


def test_query_api_page_is_unwrapped(data_dir):
    res = load_logs(data_dir / "helicone" / "query_api_page.json")
    assert res.records.loc[0, "source_pointer"] == "/data/0"
    assert pd.isna(res.records.loc[0, "output_text"])  # response_body {}


def test_bad_records(data_dir):
    res = load_logs(data_dir / "helicone" / "export_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (5, "wrong_type"), (6, "wrong_type")]
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (6, 1, 4, 1)


@pytest.mark.parametrize("text", ["now", "yesterday", "soon 12:00"])
def test_lenient_time_still_needs_a_date(text):
    with pytest.raises(RecordError):
        helicone_time(text, "request_created_at")
