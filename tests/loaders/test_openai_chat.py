"""The chat-proxy loader: fields, multimodal parts, tool calls, refusals, errors, streaming."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders.messages import segments


def _by_id(records: pd.DataFrame) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in records.iterrows()}


def test_basic_fields(data_dir):
    res = load_logs(data_dir / "openai_chat_proxy" / "basic.jsonl")
    assert res.sources.loc[0, "format"] == "openai_chat_proxy"
    assert len(res.records) == 4 and res.rejects.empty
    rows = _by_id(res.records)
    r = rows["chatcmpl-EXAMPLE0001"]
    assert r["event_time"] == pd.Timestamp(1741083302, unit="s", tz="UTC")
    assert r["end_time"] == pd.Timestamp("2025-03-04T10:15:02.481Z")
    assert r["request_id"] == "req_9f8e7d6c5b4a"
    assert r["user_id"] == "u_5e1c0a9b" and r["user_id_kind"] == "safety_identifier"
    assert (r["project_id"], r["api_key_id"]) == ("proj_support", "key_support_prod")
    assert (r["model_requested"], r["model_served"], r["model"]) == (
        "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18")
    assert (r["prompt_tokens"], r["completion_tokens"], r["total_tokens"], r["cached_tokens"]) == (112, 3, 115, 0)
    assert r["latency_ms"] == 581.5
    assert r["input_text"] == "[developer] Answer briefly.\n[user] What is the capital of Peru?"
    assert r["output_text"] == "[assistant] Lima."
    assert r["modalities"] == "image,text"
    assert r["store_flag"] is False or r["store_flag"] == False  # noqa: E712
    assert json.loads(r["metadata_json"]) == {"team": "support"}
    assert r["status"] == "success" and r["http_status"] == 200


def test_tool_calls_refusals_and_errors(data_dir):
    rows = _by_id(load_logs(data_dir / "openai_chat_proxy" / "basic.jsonl").records)
    tool = rows["chatcmpl-EXAMPLE0002"]
    assert tool["output_text"] == '[assistant:tool_call get_weather] {"city": "Paris"}'
    assert json.loads(tool["tool_calls_json"])[0]["function"]["name"] == "get_weather"
    assert bool(tool["store_flag"]) is True
    assert tool["user_id_kind"] == "openai_user_param"
    refusal = rows["chatcmpl-EXAMPLE0003"]
    assert refusal["output_text"] == "[assistant:refusal] I can't help with that."
    err = rows["px-000126"]
    assert err["status"] == "error" and err["http_status"] == 429
    assert err["error_type"] == "requests" and err["error_message"] == "Rate limit reached"
    assert pd.isna(err["output_text"])


def test_streamed_chunks_are_reassembled(data_dir):
    r = load_logs(data_dir / "openai_chat_proxy" / "streamed.jsonl").records.iloc[0]
    assert r["output_text"] == "[assistant] One, two, three."
    assert (r["prompt_tokens"], r["completion_tokens"]) == (9, 6)
    assert bool(r["is_stream"]) is True
    assert r["event_time"] == pd.Timestamp(1741083499, unit="s", tz="UTC")


def test_segments_locate_messages_in_flattened_text(data_dir):
    r = load_logs(data_dir / "openai_chat_proxy" / "basic.jsonl").records.iloc[0]
    segs = segments(r["messages_json"], "input")
    assert [(idx, role) for _, _, idx, role in segs] == [(0, "developer"), (1, "user")]
    start, end, _, _ = segs[1]
    assert r["input_text"][start:end] == "[user] What is the capital of Peru?"
    out = segments(r["messages_json"], "output")
    assert r["output_text"][out[0][0]:out[0][1]] == "[assistant] Lima."


def test_fast_path_gives_the_same_rows_as_the_generic_path(data_dir, tmp_path, loaders_registry):
    """The batch fast path must agree with rows() on every column of every line it handles."""
    import orjson

    from auditkit.loaders.openai_chat import OpenAIChatProxyLoader

    class GenericOnly(OpenAIChatProxyLoader):
        def read_batch(self, lines, options):  # noqa: ARG002 - force the generic path
            return None

    lines = []
    for src in ("basic.jsonl", "streamed.jsonl"):
        lines += (data_dir / "openai_chat_proxy" / src).read_text().splitlines()
    zh = orjson.loads(lines[0])
    zh["request"]["messages"] = [{"role": "system", "content": "你是客服助手。"},
                                 {"content": "我的订单在哪里？\n\"引号\" \\ 反斜杠", "role": "user", "name": "u1"}]
    zh["response"]["id"] = "chatcmpl-ZH-fast"
    zh["request"]["metadata"] = {"team": "客服", "n": "1"}
    lines.append(orjson.dumps(zh).decode())
    lines.append('{"request": {"model": "m", "messages": []}, "response": null, "logged_at": 1741083500}')
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")

    from auditkit.loaders.base import LoadOptions

    handled = OpenAIChatProxyLoader().read_batch([ln.encode() for ln in lines], LoadOptions()).handled
    assert 0 < len(handled) < len(lines)  # both paths are exercised
    fast = load_logs(path).records
    loaders_registry.register("openai_chat_proxy", GenericOnly(), replace=True)
    slow = load_logs(path, registry=loaders_registry).records
    assert len(fast) == len(slow) == len(lines)
    for col in fast.columns:
        if col == "messages_json":
            a = [json.loads(v) if isinstance(v, str) else None for v in fast[col]]
            b = [json.loads(v) if isinstance(v, str) else None for v in slow[col]]
            assert a == b
        else:
            pd.testing.assert_series_equal(fast[col], slow[col], check_names=False, obj=col)
