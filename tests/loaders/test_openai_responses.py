"""The Responses loader: response objects, captured input, item flattening, store default, stored lists."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.messages import segments
from auditkit.loaders.openai_responses import ordered_input_items
from tests.loaders.sniffing import check_discriminative


def _rows(path) -> dict[str, pd.Series]:
    res = load_logs(path)
    assert set(res.sources["format"]) == {"openai_responses"}
    return {r["record_id"]: r for _, r in res.records.iterrows()}


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("openai_responses"), "openai_responses") == 5


def test_response_object_fields(data_dir):
    r = _rows(data_dir / "openai_responses" / "basic.jsonl")["resp_EXAMPLE01"]
    assert (r["record_kind"], r["endpoint"], r["provider"]) == ("llm_call", "/v1/responses", "openai")
    # created_at is a float of unix seconds: the fraction is kept
    assert r["event_time"] == pd.Timestamp("2025-03-04T14:53:20.5Z") and r["event_time_raw"] == "1741100000.5"
    assert r["end_time"] == pd.Timestamp("2025-03-04T14:53:22.25Z") and r["latency_ms"] == 1750.0
    assert (r["model"], r["model_served"]) == ("gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14")
    assert pd.isna(r["model_requested"])  # no request captured
    assert (r["conversation_id"], r["parent_id"]) == ("conv_EXAMPLE1", "resp_EXAMPLE00")
    assert (r["user_id"], r["user_id_kind"]) == ("u_5e1c0a9b", "safety_identifier")
    assert (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"]) == (20, 2, 22)
    assert (r["cached_tokens"], r["reasoning_tokens"]) == (4, 0)
    assert r["input_text"] == "[developer] Be concise."  # instructions; the input itself was not captured
    assert r["output_text"] == "[assistant] Paris."
    assert (r["status"], r["num_requests"]) == ("success", 1) and pd.isna(r["finish_reason"])
    assert bool(r["store_flag"])  # absent from the object: the API default, true
    assert json.loads(r["metadata_json"]) == {"team": "geo"}


def test_input_items_are_put_back_in_conversation_order(data_dir):
    r = _rows(data_dir / "openai_responses" / "basic.jsonl")["resp_TOOLS01"]
    # listed newest first (the API default); the tool output before its call shows it
    assert r["input_text"] == ("[user] Weather in Paris?\n"
                               '[assistant:tool_call get_weather] {"city":"Paris"}\n'
                               "[tool] 18C sunny")
    assert r["output_text"] == "[reasoning] Used the tool result.\n[assistant] It is 18C and sunny."
    assert (r["user_id"], r["user_id_kind"]) == ("legacy-user-9", "openai_user_param")
    assert (r["reasoning_tokens"], r["latency_ms"]) == (12, 3000.0)
    assert pd.isna(r["tool_calls_json"])  # the only call was an input item, not an output
    for side, text in (("input", r["input_text"]), ("output", r["output_text"])):
        spans = [text[a:b] for a, b, _, _ in segments(r["messages_json"], side)]
        assert "\n".join(spans) == text


def test_input_items_order_rules():
    user = {"type": "message", "role": "user", "content": "u"}
    dev = {"type": "message", "role": "developer", "content": "d"}
    assert ordered_input_items({"object": "list", "data": [user, dev], "order": "asc"})[0] == [user, dev]
    assert ordered_input_items({"object": "list", "data": [user, dev]})[0] == [dev, user]  # dev last: desc
    assert ordered_input_items({"object": "list", "data": [dev, user]})[0] == [dev, user]  # dev first: asc
    later = dict(user, content="v")
    assert ordered_input_items({"data": [user, later]})[0] == [later, user]  # no evidence: API default desc
    assert ordered_input_items([user, later])[0] == [user, later]  # a plain array: as written
    assert ordered_input_items({"data": [user], "has_more": True}) == ([user], True)


def test_media_parts_status_and_reasons(data_dir):
    rows = _rows(data_dir / "openai_responses" / "basic.jsonl")
    media = rows["resp_MEDIA01"]
    assert media["input_text"] == "[user] Describe this\n[assistant] Which part?"  # order "asc" is honoured
    assert media["modalities"] == "file,image,text" and bool(media["content_truncated"])
    assert "<data:image/png;base64 " in media["messages_json"] and "iVBORw0KGgo" not in media["messages_json"]
    assert (media["status"], media["finish_reason"]) == ("incomplete", "max_output_tokens")
    assert json.loads(media["metadata_json"]) == {"auditkit": {"input_items_has_more": True}}
    filtered = rows["resp_FILTER01"]
    assert (filtered["status"], filtered["finish_reason"]) == ("filtered", "content_filter")
    assert filtered["output_text"] == "[assistant] I can't help with that."
    failed = rows["resp_FAIL01"]
    assert (failed["status"], failed["error_type"], failed["error_message"]) == (
        "error", "rate_limit_exceeded", "Rate limit reached")
    assert not bool(failed["has_content"])
    assert pd.isna(failed["input_text"]) and pd.isna(failed["output_text"])


def test_function_call_output_and_store_false_echoed(data_dir):
    r = _rows(data_dir / "openai_responses" / "basic.jsonl")["resp_CALL01"]
    assert r["input_text"] == "[user] Book a table for two"  # input_items as a plain array
    assert r["output_text"] == '[assistant:tool_call book] {"people":2}'
    assert json.loads(r["tool_calls_json"]) == [
        {"id": "call_9", "type": "function", "function": {"name": "book", "arguments": '{"people":2}'}}]
    assert r["store_flag"] == False  # noqa: E712  (the object says store: false)


def test_proxy_capture_takes_store_and_input_from_the_request(data_dir):
    rows = _rows(data_dir / "openai_responses" / "capture.jsonl")
    r = rows["resp_CAP01"]
    assert r["store_flag"] == False  # noqa: E712  (request.store false beats the default)
    assert r["input_text"] == "[developer] Answer in French.\n[user] Hello"
    assert (r["request_id"], r["http_status"], r["latency_ms"]) == ("req_RESP01", 200, 2100.0)
    assert (r["model_requested"], r["model"]) == ("gpt-4.1-mini", "gpt-4.1-mini-2025-04-14")
    assert r["event_time"] == pd.Timestamp("2025-03-05T09:00:00Z") and r["is_stream"] == False  # noqa: E712
    err = rows["px-r-2"]  # no response object: the proxy's id, the log time, the error body
    assert (err["status"], err["http_status"], err["error_type"]) == ("error", 429, "rate_limit_exceeded")
    assert err["event_time"] == pd.Timestamp("2025-03-05T09:05:00Z")
    assert err["input_text"] == "[user] Hi again"
    assert bool(err["store_flag"]) and err["model"] == "gpt-4.1-mini"  # no store in the request: default true


def test_stored_lists_pretty_printed(data_dir):
    rows = _rows(data_dir / "openai_responses" / "stored_list.json")
    one, two = rows["resp_LIST01"], rows["resp_LIST02"]
    assert (one["source_line"], one["source_pointer"]) == (4, "/data/0")
    assert one["output_text"] == "[assistant] Stored answer one."
    assert one["event_time"] == pd.Timestamp("2025-03-05T18:40:00Z") and bool(one["store_flag"])
    assert (two["status"], two["source_pointer"]) == ("pending", "/data/1")  # in_progress
    done = _rows(data_dir / "openai_responses" / "stored_completions.json")["chatcmpl-STORED01"]
    assert (done["endpoint"], done["request_id"]) == ("/v1/chat/completions", "req_STORED01")
    assert bool(done["store_flag"])  # only stored completions are listed
    assert done["output_text"] == "[assistant] Your invoice is attached." and pd.isna(done["input_text"])
    assert (done["user_id"], done["user_id_kind"]) == ("cust_42", "metadata")
    assert done["event_time"] == pd.Timestamp("2025-03-06T22:26:40Z")
    assert (done["prompt_tokens"], done["completion_tokens"], done["finish_reason"]) == (30, 6, "stop")


def test_bad_records_are_rejected_with_reason_and_line(data_dir):
    res = load_logs(data_dir / "openai_responses" / "bad.jsonl")
    got = list(zip(res.rejects["source_line"], res.rejects["reason"], strict=True))
    assert got == [(2, "bad_timestamp"), (3, "bad_value"), (4, "wrong_type"), (5, "wrong_format")]
    assert list(res.records["record_id"]) == ["resp_OK1"]
    s = res.sources.iloc[0]
    assert s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"] == 5
