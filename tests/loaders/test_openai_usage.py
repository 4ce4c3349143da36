"""The Usage/Costs loader: one row per bucket result, stable ids, overlapping pages, result vs results."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from tests.loaders.sniffing import check_discriminative

COMPLETIONS = "organization.usage.completions.result"


def _accounting_holds(res) -> None:
    s = res.sources
    assert (s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]).all()


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("openai_usage"), "openai_usage") == 5


def test_usage_results_are_rows_with_their_bucket_window(data_dir):
    res = load_logs(data_dir / "openai_usage" / "completions_pages.jsonl")
    assert res.rejects.empty and res.sources.loc[0, "format"] == "openai_usage"
    rows = {r["source_pointer"]: r for _, r in res.records.iterrows() if r["source_line"] == 1}
    a = rows["/data/0/results/0"]
    assert (a["record_kind"], a["endpoint"]) == ("usage_bucket", "/v1/organization/usage/completions")
    assert a["event_time"] == pd.Timestamp("2025-03-01T00:00:00Z")  # start_time 1740787200
    assert a["end_time"] == pd.Timestamp("2025-03-02T00:00:00Z") and a["event_time_raw"] == "1740787200"
    assert (a["prompt_tokens"], a["completion_tokens"], a["total_tokens"], a["cached_tokens"]) == (
        52000, 9100, 61100, 8000)
    assert a["num_requests"] == 310
    assert (a["project_id"], a["api_key_id"], a["model"]) == ("proj_A", "key_A", "gpt-4o-mini-2024-07-18")
    assert pd.isna(a["user_id"]) and not bool(a["has_content"]) and pd.isna(a["input_text"])
    assert json.loads(a["metadata_json"]) == {"batch": False, "input_audio_tokens": 0}
    assert json.loads(a["raw_record"])["input_tokens"] == 52000  # the result the row comes from
    assert a["record_id"] == (f"{COMPLETIONS}|1740787200-1740873600|api_key_id=key_A|batch=false|"
                              "model=gpt-4o-mini-2024-07-18|project_id=proj_A")
    b = rows["/data/0/results/1"]  # the second result of the same bucket: its own row and id
    assert (b["user_id"], b["user_id_kind"], b["num_requests"]) == ("user_abc", "usage_api_user", 4)
    assert b["record_id"] != a["record_id"]


def test_a_bucket_fetched_twice_is_one_row(data_dir):
    res = load_logs(data_dir / "openai_usage" / "completions_pages.jsonl")
    # page 1: buckets 1 (2 results) and 2 (1 result); page 2: bucket 2 again and bucket 3 (no results)
    assert len(res.records) == 3
    assert len(res.duplicates) == 1
    dup = res.duplicates.iloc[0]
    assert dup["record_id"].startswith(f"{COMPLETIONS}|1740873600-1740960000|")
    assert dup["duplicate_source"].endswith("completions_pages.jsonl:2")
    s = res.sources.iloc[0]
    assert (s["lines_read"], s["records"], s["rows"], s["merged"]) == (2, 2, 3, 1)


def test_costs_pretty_printed_document(data_dir):
    res = load_logs(data_dir / "openai_usage" / "costs.json")
    rows = {r["source_pointer"]: r for _, r in res.records.iterrows()}
    first = rows["/data/0/results/0"]
    assert (first["record_kind"], first["endpoint"]) == ("cost_bucket", "/v1/organization/costs")
    assert (first["cost_usd"], first["cost_raw"], first["project_id"]) == (1.25, "1.25 usd", "proj_A")
    assert first["source_line"] == 6  # the bucket's line in the pretty-printed page
    assert json.loads(first["metadata_json"]) == {"line_item": "gpt-4o-mini, input"}
    assert rows["/data/0/results/1"]["cost_usd"] == 0.5
    eur = rows["/data/1/results/0"]
    assert pd.isna(eur["cost_usd"]) and eur["cost_raw"] == "3.0 eur"  # never converted silently
    assert eur["event_time"] == pd.Timestamp("2025-03-02T00:00:00Z")
    assert sum(rows[p]["cost_usd"] for p in ("/data/0/results/0", "/data/0/results/1")) == 1.75
    _accounting_holds(res)


def test_json_array_of_pages_with_the_old_result_name(data_dir):
    res = load_logs(data_dir / "openai_usage" / "pages_array.json")
    assert res.rejects.empty
    rows = list(res.records.itertuples())
    assert [r.source_pointer for r in rows] == ["/0/data/0/result/0", "/1/data/0/result/0"]
    assert [(r.prompt_tokens, r.num_requests) for r in rows] == [(4000, 20), (1500, 6)]
    assert all(pd.isna(r.completion_tokens) and pd.isna(r.total_tokens) for r in rows)  # no output tokens
    assert [r.end_time for r in rows] == [pd.Timestamp(t) for t in ("2025-03-01T01:00Z", "2025-03-01T02:00Z")]
    assert rows[0].endpoint == "/v1/organization/usage/embeddings"


def test_legacy_v1_usage_items(data_dir):
    res = load_logs(data_dir / "openai_usage" / "legacy_v1_usage.jsonl")
    first = res.records.iloc[0]
    assert first["event_time"] == pd.Timestamp("2023-04-05T00:00:00Z")  # aggregation_timestamp 1680652800
    assert (first["prompt_tokens"], first["completion_tokens"], first["total_tokens"]) == (118, 17, 135)
    assert (first["num_requests"], first["model"]) == (3, "gpt-3.5-turbo-0301")
    assert first["endpoint"] == "/v1/usage"
    assert "unverified" in json.loads(first["metadata_json"])["auditkit"]
    assert res.records.iloc[1]["model"] == "text-embedding-ada-002-v2"


def test_bad_buckets_are_rejected_with_reason_and_line(data_dir):
    res = load_logs(data_dir / "openai_usage" / "bad.jsonl")
    got = list(zip(res.rejects["source_line"], res.rejects["reason"], strict=True))
    assert got == [(2, "bad_value"), (3, "wrong_type"), (4, "missing_field"), (5, "wrong_type")]
    assert "input_tokens" in res.rejects.loc[1, "message"] and "start_time" in res.rejects.loc[2, "message"]
    assert len(res.records) == 1 and res.records.iloc[0]["total_tokens"] == 11
    _accounting_holds(res)


def test_an_empty_page_is_read_as_a_record_without_rows(tmp_path):
    for name, text in (("empty.json", '{\n  "object": "page",\n  "data": [],\n  "has_more": false\n}\n'),
                       ("empty.jsonl", '{"object": "page", "data": [], "has_more": false}\n')):
        path = tmp_path / name
        path.write_text(text)
        res = load_logs(path)
        s = res.sources.iloc[0]
        assert (s["format"], s["lines_read"], s["records"], s["rows"]) == ("openai_usage", 1, 1, 0)
        assert res.records.empty and res.rejects.empty
