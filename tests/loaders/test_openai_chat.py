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


def _both_paths(path, registry):
    from auditkit.loaders.openai_chat import OpenAIChatProxyLoader

    class GenericOnly(OpenAIChatProxyLoader):
        def read_batch(self, lines, options):  # noqa: ARG002 - force the generic path
            return None

    fast = load_logs(path).records
    registry.register("openai_chat_proxy", GenericOnly(), replace=True)
    slow = load_logs(path, registry=registry).records
    assert len(fast) == len(slow)
    for col in fast.columns:
        if col == "messages_json":  # spliced from the source bytes: same JSON, not the same spacing
            a = [json.loads(v) if isinstance(v, str) else None for v in fast[col]]
            b = [json.loads(v) if isinstance(v, str) else None for v in slow[col]]
            assert a == b
        else:
            pd.testing.assert_series_equal(fast[col], slow[col], check_names=False, obj=col)
    return fast


def _handled(lines):
    from auditkit.loaders.base import LoadOptions
    from auditkit.loaders.openai_chat import OpenAIChatProxyLoader

    return OpenAIChatProxyLoader().read_batch([ln.encode() for ln in lines], LoadOptions()).handled


def test_fast_path_gives_the_same_rows_as_the_generic_path(data_dir, tmp_path, loaders_registry):
    """The columnar fast path must agree with rows() on every column of every line."""
    import orjson

    lines = []
    for src in ("basic.jsonl", "streamed.jsonl"):
        lines += (data_dir / "openai_chat_proxy" / src).read_text().splitlines()
    base = orjson.loads(lines[0])
    zh = orjson.loads(lines[0])
    zh["request"]["messages"] = [{"role": "system", "content": "你是客服助手。"},
                                 {"content": "我的订单在哪里？\n\"引号\" \\ 反斜杠 <script>", "role": "user", "name": "u1"}]
    zh["response"]["id"] = "chatcmpl-ZH-fast"
    zh["request"]["metadata"] = {"team": "客服", "user_id": "m-user", "conversation_id": "c-9"}
    lines.append(orjson.dumps(zh).decode())
    empty = {"request": {"model": "m", "messages": []}, "response": None, "logged_at": "2025-03-04 10:15:02.1234567",
             "status_code": 204, "duration_ms": 12}
    lines.append(orjson.dumps(empty).decode())
    odd = dict(base, logged_at="2025-03-04T18:15:02+08:00", proxy_request_id="", log_id="L-1",
               organization="org-x", key_id="k-2", path="/v1/x", provider="")
    odd["request"] = {"model": "", "user": "u-param", "store": True, "stream": False,
                      "messages": [{"role": "user", "content": ""}, {"role": "user", "content": "hi"}]}
    odd["response"] = {"id": "", "created": 1741083302, "model": "gpt-x", "choices": [
        {"index": 0, "message": None, "finish_reason": ""}, {"index": 1, "finish_reason": "length",
                                                             "message": {"role": "assistant", "content": "ok"}}],
        "usage": {"input_tokens": 5, "output_tokens": 7, "input_tokens_details": {"cached_tokens": 1}}}
    lines.append(orjson.dumps(odd).decode())
    rejected = dict(base, logged_at="2025-13-01T00:00:00Z")
    rejected["response"] = dict(base["response"], created=None)
    lines.append(orjson.dumps(rejected).decode())  # a bad time: the generic path rejects it
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")

    handled = _handled(lines)
    assert handled == [5, 6, 7]  # the Chinese, the empty and the odd line; the rest is for rows()
    fast = _both_paths(path, loaders_registry)
    assert len(fast) == len(lines) - 1


def test_fast_path_with_epoch_times(data_dir, tmp_path, loaders_registry):
    import orjson

    base = orjson.loads((data_dir / "openai_chat_proxy" / "basic.jsonl").read_text().splitlines()[3])
    lines = []
    for i, logged in enumerate([1741083500.25, 1741083501, 1741083502.5]):
        rec = dict(base, logged_at=logged, proxy_request_id=f"p{i}")
        rec["response"] = {"id": f"c{i}", "created": 1741083400 + i, "choices": []} if i < 2 else None
        lines.append(orjson.dumps(rec).decode())
    path = tmp_path / "epoch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert _handled(lines) == [0, 1]  # without response.created the time's text is the generic path's job
    _both_paths(path, loaders_registry)
