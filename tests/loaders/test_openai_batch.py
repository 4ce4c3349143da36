"""The Batch loader: input and output lines, the custom_id join in both file orders, ambiguity, rejects."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.messages import segments
from tests.loaders.sniffing import check_discriminative

BASIC = ("input.jsonl", "output.jsonl")


def _basic(data_dir, order=BASIC):
    return load_logs([data_dir / "openai_batch" / "basic" / name for name in order])


def _by_custom_id(records: pd.DataFrame) -> dict[str, pd.Series]:
    return {r["custom_id"]: r for _, r in records.iterrows()}


def _accounting_holds(res) -> None:
    s = res.sources
    assert (s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]).all()


def test_sniffing_is_discriminative():
    # basic (2 files), bad (1), ambiguous (3), copies (3), endpoints (2)
    assert check_discriminative(LOADERS.get("openai_batch"), "openai_batch") == 11


def test_chat_line_joined_to_its_output(data_dir):
    res = _basic(data_dir)
    assert res.ok and set(res.sources["format"]) == {"openai_batch"}
    r = _by_custom_id(res.records)["ticket-42"]
    assert r["record_kind"] == "batch_call"
    assert (r["record_id"], r["request_id"]) == ("batch_req_EXAMPLE01", "req_EXAMPLE01")
    assert r["http_status"] == 200
    assert r["event_time"] == pd.Timestamp("2025-03-04T12:06:40Z")  # response.body.created 1741090000
    assert r["event_time_raw"] == "1741090000"
    assert (r["model_requested"], r["model_served"], r["model"]) == (
        "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18")
    assert r["endpoint"] == "/v1/chat/completions" and r["provider"] == "openai"
    assert (r["user_id"], r["user_id_kind"]) == ("u_77", "safety_identifier")
    assert (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"]) == (14, 4, 18)
    assert r["cached_tokens"] == 0
    assert r["input_text"] == "[system] Summarise tickets.\n[user] Summarise: the parcel arrived late."
    assert r["output_text"] == "[assistant] Late parcel delivery."
    assert (r["status"], r["finish_reason"], r["num_requests"]) == ("success", "stop", 1)
    assert bool(r["has_content"]) and not bool(r["store_flag"])  # chat store defaults to false
    assert json.loads(r["metadata_json"]) == {"queue": "support"}
    # the input line is folded into the output row, and named as its source
    folder = str(data_dir / "openai_batch" / "basic")
    assert json.loads(r["merged_sources"]) == [f"{folder}/input.jsonl:1"]
    assert r["source_file"] == f"{folder}/output.jsonl" and r["source_line"] == 1


def test_joined_messages_keep_one_numbering_and_locate_in_the_text(data_dir):
    r = _by_custom_id(_basic(data_dir).records)["ticket-42"]
    entries = json.loads(r["messages_json"])
    assert [(e["field"], e["index"], e["role"]) for e in entries] == [
        ("input", 0, "system"), ("input", 1, "user"), ("output", 2, "assistant")]
    start, end, index, role = segments(r["messages_json"], "output")[0]
    assert (index, role) == (2, "assistant")
    assert r["output_text"][start:end] == "[assistant] Late parcel delivery."


def test_the_join_does_not_depend_on_file_order(data_dir):
    forward = _basic(data_dir).records
    backward = _basic(data_dir, order=BASIC[::-1]).records
    key = "record_key"
    pd.testing.assert_frame_equal(forward.sort_values(key).reset_index(drop=True),
                                  backward.sort_values(key).reset_index(drop=True))


def test_responses_endpoint_line(data_dir):
    r = _by_custom_id(_basic(data_dir).records)["ticket-44"]
    assert r["input_text"] == "[developer] Be concise.\n[user] Capital of France?"
    assert r["output_text"] == "[assistant] Paris."
    assert r["event_time"] == pd.Timestamp("2025-03-04T12:08:20.25Z")  # created_at 1741090100.25 (a float)
    assert r["end_time"] == pd.Timestamp("2025-03-04T12:08:21.75Z") and r["latency_ms"] == 1500.0
    assert (r["prompt_tokens"], r["completion_tokens"], r["reasoning_tokens"]) == (20, 2, 0)
    assert bool(r["store_flag"])  # /v1/responses stores by default
    assert r["endpoint"] == "/v1/responses" and r["model_requested"] == "gpt-4.1-mini"


def test_inputs_without_output_stay_pending_and_outputs_without_input_stay(data_dir):
    res = _basic(data_dir)
    rows = _by_custom_id(res.records)
    assert len(res.records) == 6  # 5 inputs + 5 outputs, 4 joined: ticket-42/43/44/46 + 45 + 99
    pending = rows["ticket-45"]
    assert pending["status"] == "pending"
    assert pd.isna(pending["record_id"]) and pd.isna(pending["output_text"])
    assert pending["input_text"] == "[user] parcel late\n[user] refund"  # embeddings input, a list of texts
    orphan = rows["ticket-99"]
    assert orphan["record_id"] == "batch_req_EXAMPLE04" and pd.isna(orphan["input_text"])
    assert orphan["endpoint"] == "/v1/chat/completions"  # from the body's object, no input to say
    assert orphan["finish_reason"] == "length" and pd.isna(orphan["merged_sources"])
    assert list(res.sources["merged"]) == [4, 0] and list(res.sources["rows"]) == [1, 5]


def test_error_lines(data_dir):
    rows = _by_custom_id(_basic(data_dir).records)
    http = rows["ticket-43"]  # status code 400 with an error body
    assert (http["status"], http["http_status"]) == ("error", 400)
    assert http["error_type"] == "invalid_request_error"
    assert http["error_message"] == "Invalid value for 'model'."
    assert http["input_text"] == "[user] Summarise: refund requested." and pd.isna(http["output_text"])
    expired = rows["ticket-46"]  # response null, top-level error {code, message}
    assert expired["status"] == "error" and pd.isna(expired["http_status"])
    assert expired["error_type"] == "batch_expired"
    assert expired["error_message"].startswith("This request could not be executed")
    assert not bool(expired["has_content"]) and pd.isna(expired["input_text"])  # token arrays carry no text


def test_moderation_and_completions_lines(data_dir):
    rows = _by_custom_id(load_logs(data_dir / "openai_batch" / "endpoints").records)
    mod = rows["mod-1"]
    assert (mod["endpoint"], mod["status"]) == ("/v1/moderations", "success")
    assert mod["input_text"] == "[user] some text to check"
    assert (mod["moderation_model"], mod["moderation_flagged"]) == ("omni-moderation-2024-09-26", True)
    assert json.loads(mod["moderation_categories"]) == ["violence"]
    assert json.loads(mod["moderation_scores_json"]) == {"violence": 0.88, "hate": 0.01}  # 2 keys: 2 assessed
    assert (mod["model_requested"], mod["model"]) == ("omni-moderation-latest", "omni-moderation-2024-09-26")
    cmp = rows["cmp-1"]
    assert (cmp["input_text"], cmp["output_text"]) == ("[user] Say hi", "[assistant] Hi!")
    assert cmp["event_time"] == pd.Timestamp("2025-03-08T02:13:20Z")  # created 1741400000
    assert (cmp["finish_reason"], cmp["total_tokens"], cmp["endpoint"]) == ("stop", 4, "/v1/completions")


def test_ambiguous_custom_id_pairs_within_the_same_directory_first(data_dir):
    res = load_logs(data_dir / "openai_batch" / "ambiguous")
    folder = data_dir / "openai_batch" / "ambiguous"
    by_file = {r["source_file"]: r for _, r in res.records.iterrows()}
    joined = by_file[str(folder / "b" / "output.jsonl")]
    assert joined["input_text"] == "[user] B one"  # not "A one", which comes first in load order
    assert json.loads(joined["merged_sources"]) == [f"{folder}/b/input.jsonl:1"]
    left = by_file[str(folder / "a" / "input.jsonl")]
    assert left["status"] == "pending" and left["input_text"] == "[user] A one"
    note = {"custom_id": "request-1", "inputs": 2, "outputs": 1, "paired": 1, "paired_by": "same directory",
            "copies_folded": 0, "left_pending": 1, "repeated_output_ids": 0}
    for row in (joined, left):
        assert json.loads(row["metadata_json"])["auditkit"]["batch_join"] == note


def test_an_identical_input_is_folded_as_a_copy(data_dir):
    res = load_logs(data_dir / "openai_batch" / "copies")
    folder = data_dir / "openai_batch" / "copies"
    rows = _by_custom_id(res.records)
    assert set(rows) == {"request-7", "request-8"}
    seven = rows["request-7"]
    assert seven["output_text"] == "[assistant] Seven back" and seven["input_text"] == "[user] Seven"
    # second.jsonl holds the same request with its keys in another order: a copy, not a second call
    assert json.loads(seven["merged_sources"]) == [f"{folder}/first.jsonl:1", f"{folder}/second.jsonl:1"]
    assert json.loads(seven["metadata_json"])["auditkit"]["batch_join"]["copies_folded"] == 1
    assert rows["request-8"]["status"] == "pending"
    _accounting_holds(res)


def test_bad_lines_are_rejected_with_reason_and_line(data_dir):
    res = load_logs(data_dir / "openai_batch" / "bad" / "mixed.jsonl")
    got = list(zip(res.rejects["source_line"], res.rejects["reason"], strict=True))
    assert got == [(2, "missing_field"), (3, "wrong_type"), (4, "wrong_type"), (5, "invalid_json"),
                   (7, "bad_timestamp")]
    assert "custom_id" in res.rejects.loc[0, "message"] and "status_code" in res.rejects.loc[2, "message"]
    s = res.sources.iloc[0]
    assert (s["lines_read"], s["records"], s["rejects"], s["blank_lines"]) == (7, 1, 5, 1)
    assert res.records.iloc[0]["custom_id"] == "ok-1"  # its output (line 4) was rejected: still pending
    assert res.records.iloc[0]["status"] == "pending"
    _accounting_holds(res)
