"""Stored request/response bodies (auditkit.loaders.bodies): every shape gives the same role-tagged text."""

from __future__ import annotations

import json

import pytest

from auditkit.loaders.bodies import content_fields, request_messages, response_messages


@pytest.mark.parametrize(("body", "expected"), [
    ({"messages": [{"role": "user", "content": "hi"}]}, [{"role": "user", "content": "hi"}]),
    ({"system": "Be terse.", "messages": [{"role": "user", "content": "hi"}]},
     [{"role": "system", "content": "Be terse."}, {"role": "user", "content": "hi"}]),
    ({"input": "embed me"}, [{"role": "user", "content": "embed me"}]),
    ({"input": ["a", "b"]}, [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]),
    ({"prompt": "Once upon"}, [{"role": "user", "content": "Once upon"}]),
    ("plain text", [{"role": "user", "content": "plain text"}]),
    ({"role": "user", "content": "one message"}, [{"role": "user", "content": "one message"}]),
    ({"model": "gpt-4o"}, None),
    ({"messages": []}, None),
    (None, None),
])
def test_request_messages(body, expected):
    assert request_messages(body) == expected


def test_response_messages_of_other_apis():
    responses = {"output": [
        {"type": "reasoning", "summary": []},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Done."}]},
        {"type": "function_call", "name": "lookup", "arguments": "{\"q\": 1}"}]}
    got = response_messages(responses)
    assert got[0] == {"role": "assistant", "content": [{"type": "output_text", "text": "Done."}]}
    assert got[1]["tool_calls"][0]["function"] == {"name": "lookup", "arguments": "{\"q\": 1}"}
    anthropic = {"type": "message", "role": "assistant", "content": [{"type": "text", "text": "Yes."}]}
    assert response_messages(anthropic) == [{"role": "assistant", "content": anthropic["content"]}]
    assert response_messages("just text") == [{"role": "assistant", "content": "just text"}]
    assert response_messages({"data": [{"embedding": [0.1]}]}) is None


def test_content_fields_with_a_completion():
    out = content_fields({"messages": [{"role": "user", "content": "2+2?"}]},
                         {"choices": [{"index": 0, "message": {"role": "assistant", "content": "4"},
                                       "finish_reason": "stop"}]}, 256)
    assert (out["input_text"], out["output_text"], out["finish_reason"]) == (
        "[user] 2+2?", "[assistant] 4", "stop")
    assert out["has_content"] and out["modalities"] == "text"
    entries = json.loads(out["messages_json"])
    assert [(e["field"], e["index"]) for e in entries] == [("input", 0), ("output", 1)]


def test_content_fields_with_stream_chunks():
    chunks = [{"object": "chat.completion.chunk", "id": "c",
               "choices": [{"index": 0, "delta": {"content": "Hel"}}]},
              {"object": "chat.completion.chunk", "id": "c",
               "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}]}]
    out = content_fields("hi", chunks, 256)
    assert (out["output_text"], out["finish_reason"]) == ("[assistant] Hello", "stop")


def test_content_fields_without_anything():
    out = content_fields(None, None, 256)
    assert out["has_content"] is False and out["input_text"] is None and out["messages_json"] is None


def test_long_base64_media_is_replaced():
    image = "data:image/png;base64," + "A" * 1000
    body = {"messages": [{"role": "user", "content": [{"type": "text", "text": "what?"},
                                                      {"type": "image_url", "image_url": {"url": image}}]}]}
    out = content_fields(body, None, 256)
    assert out["content_truncated"] and out["modalities"] == "image,text"
    assert "A" * 300 not in out["messages_json"]
