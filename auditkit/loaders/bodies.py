"""OpenAI-shaped request and response bodies as gateways store them (LiteLLM, Helicone, Langfuse).

Gateways keep what the client sent and what the model returned, in more shapes than a chat proxy:
a chat request (``messages``, with Anthropic's top-level ``system``), a completions ``prompt``, an
embeddings or Responses ``input``; a ``chat.completion``, its streamed chunks, a bare assistant message,
a Responses ``output`` list, an Anthropic ``content`` list, or plain text. :func:`content_fields` turns a
request and a response into the canonical content columns with the same role-tagged shape as every other
format (:mod:`auditkit.loaders.messages`), so that the classifiers see one kind of text.
"""

from __future__ import annotations

from typing import Any

from auditkit.loaders.fields import dumps
from auditkit.loaders.messages import Flat, flatten
from auditkit.loaders.openai_chat import merge_stream_chunks, response_side

__all__ = ["request_messages", "response_messages", "content_fields"]


def _as_messages(value: Any, role: str) -> list[Any] | None:
    """A list of messages from a string, a list of strings/messages, or one message dict."""
    if isinstance(value, str):
        return [{"role": role, "content": value}] if value else None
    if isinstance(value, dict) and "role" in value:
        return [value]
    if isinstance(value, list):
        out = [{"role": role, "content": v} if isinstance(v, str) else v for v in value]
        return out or None
    return None


def request_messages(body: Any) -> list[Any] | None:
    """The input messages of a stored request body; None when it holds no text at all.

    Reads ``messages`` (plus a top-level ``system`` string or text blocks, as Anthropic sends it), then
    ``input`` (embeddings, Responses), then ``prompt`` (legacy completions); a plain string or a list of
    messages is taken as is.
    """
    if not isinstance(body, dict):
        return _as_messages(body, "user")
    if isinstance(body.get("messages"), list):
        system = body.get("system")  # Anthropic: a string or a list of text blocks
        prefix = [{"role": "system", "content": system}] if isinstance(system, (str, list)) and system else []
        return (prefix + body["messages"]) or None
    for key in ("input", "prompt"):
        if body.get(key) not in (None, "", []):
            return _as_messages(body[key], "user")
    return _as_messages(body, "user") if "role" in body else None


def _responses_output(items: list[Any]) -> list[dict[str, Any]]:
    """Messages and function calls of a Responses API ``output`` list, as chat-style messages."""
    out: list[dict[str, Any]] = []
    for it in items:
        if not isinstance(it, dict):
            continue
        if it.get("type") == "message":
            out.append({"role": it.get("role", "assistant"), "content": it.get("content")})
        elif it.get("type") == "function_call":
            function = {"name": it.get("name"), "arguments": it.get("arguments")}
            call = {"type": "function", "function": function}
            out.append({"role": "assistant", "content": None, "tool_calls": [call]})
    return out


def response_messages(body: Any) -> list[Any] | None:
    """The output messages of a stored response that is not a ``chat.completion`` (see content_fields)."""
    if isinstance(body, dict):
        if isinstance(body.get("output"), list):
            return _responses_output(body["output"]) or None
        if isinstance(body.get("content"), list) and body.get("type") == "message":  # Anthropic
            return [{"role": body.get("role", "assistant"), "content": body["content"]}]
        if "role" in body:
            return [body]
        return None
    return _as_messages(body, "assistant")


def _is_completion(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("choices"), list)


def _is_chunk_list(body: Any) -> bool:
    return isinstance(body, list) and bool(body) and all(
        isinstance(c, dict) and c.get("object") == "chat.completion.chunk" for c in body)


def content_fields(request: Any, response: Any, media_limit: int) -> dict[str, Any]:
    """The content columns of one call from its stored request and response (either may be None).

    Returns ``input_text``, ``output_text``, ``messages_json``, ``has_content`` (any text on either side),
    ``content_truncated``, ``modalities``, ``tool_calls_json`` and ``finish_reason``.
    """
    flat = flatten(request_messages(request), "input", media_limit=media_limit)
    input_text, n_in = flat.text, len(flat.entries)
    flat.text = None
    finish = None
    if _is_chunk_list(response):
        response = merge_stream_chunks(response)
    if _is_completion(response):
        out = response_side(response, flat, n_in, media_limit)
        finish = out["finish_reason"]
    else:
        flatten(response_messages(response), "output", start_index=n_in, media_limit=media_limit, into=flat)
    return _columns(flat, input_text, flat.text, finish)


def _columns(flat: Flat, input_text: str | None, output_text: str | None,
             finish: str | None) -> dict[str, Any]:
    return {
        "input_text": input_text,
        "output_text": output_text,
        "messages_json": dumps(flat.entries),
        "has_content": bool(input_text or output_text),
        "content_truncated": flat.truncated,
        "modalities": ",".join(sorted(flat.modalities)) or None,
        "tool_calls_json": dumps(flat.tool_calls),
        "finish_reason": finish,
    }
