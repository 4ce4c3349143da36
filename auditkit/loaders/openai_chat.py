"""OpenAI Chat Completions request and response, as a logging proxy stores them (``openai_chat_proxy``).

There is no standard proxy log; this reads the common shape (``../shared/reference/log-formats.md`` §1):
one JSON object per call with the request body under ``request`` and the response under ``response``
(a ``chat.completion`` object, an error body, or the list of streamed ``chat.completion.chunk``
objects), beside the proxy's own fields (``logged_at``, ``http_status``, ``x_request_id`` ...).

Content: yes (request ``messages``; response ``choices[].message`` including refusals and tool calls).
Retention fields: ``store`` (default false), ``created``, ``metadata``, the proxy's ``logged_at``.
"""

from __future__ import annotations

from typing import Any

from auditkit.loaders.base import BatchRows, Item, LoadOptions, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_bool, as_dict, as_float, as_int, as_list, as_str, dig, dumps, to_ns
from auditkit.loaders.messages import Flat, flatten

__all__ = ["OpenAIChatProxyLoader", "merge_stream_chunks", "chat_usage", "chat_status", "user_from_request",
           "call_fields", "inline_moderation", "response_side", "first"]

_TIME_KEYS = ("logged_at", "timestamp", "time", "ts", "created_at")
_ID_KEYS = ("proxy_request_id", "log_id", "id")


def merge_stream_chunks(chunks: list[Any]) -> dict[str, Any]:
    """Rebuild a ``chat.completion`` from streamed chunks: content and refusal concatenated per choice
    index, tool calls rebuilt by their index with argument fragments joined, usage from the last chunk."""
    choices: dict[int, dict[str, Any]] = {}
    out: dict[str, Any] = {"object": "chat.completion"}
    for chunk in chunks:
        if not isinstance(chunk, dict):
            continue
        for key in ("id", "created", "model", "system_fingerprint", "service_tier"):
            if chunk.get(key) is not None:
                out.setdefault(key, chunk[key])
        if isinstance(chunk.get("usage"), dict):
            out["usage"] = chunk["usage"]
        for ch in chunk.get("choices") or []:
            if not isinstance(ch, dict):
                continue
            idx = ch.get("index", 0)
            slot = choices.setdefault(idx, {"index": idx, "message": {"role": "assistant", "content": None},
                                            "finish_reason": None, "_tools": {}})
            delta = ch.get("delta") or {}
            msg = slot["message"]
            if isinstance(delta.get("content"), str):
                msg["content"] = (msg["content"] or "") + delta["content"]
            if isinstance(delta.get("refusal"), str):
                msg["refusal"] = (msg.get("refusal") or "") + delta["refusal"]
            for tc in delta.get("tool_calls") or []:
                t = slot["_tools"].setdefault(tc.get("index", 0), {"type": "function",
                                                                    "function": {"name": "", "arguments": ""}})
                if tc.get("id"):
                    t["id"] = tc["id"]
                fn = tc.get("function") or {}
                t["function"]["name"] += fn.get("name") or ""
                t["function"]["arguments"] += fn.get("arguments") or ""
            if ch.get("finish_reason"):
                slot["finish_reason"] = ch["finish_reason"]
    merged = []
    for idx in sorted(choices):
        slot = choices[idx]
        tools = slot.pop("_tools")
        if tools:
            slot["message"]["tool_calls"] = [tools[i] for i in sorted(tools)]
        merged.append(slot)
    out["choices"] = merged
    return out


def chat_usage(usage: Any, prefix: str = "usage") -> dict[str, Any]:
    """Token counts of a Chat Completions or Responses ``usage`` object."""
    usage = as_dict(usage, prefix)
    if not usage:
        return {}
    # Chat Completions and Responses name the same counts differently; the first name with a value wins.
    prompt = first(usage.get("prompt_tokens"), usage.get("input_tokens"))
    completion = first(usage.get("completion_tokens"), usage.get("output_tokens"))
    cached = first(dig(usage, "prompt_tokens_details", "cached_tokens"), dig(usage, "input_tokens_details", "cached_tokens"))
    reasoning = first(dig(usage, "completion_tokens_details", "reasoning_tokens"),
                      dig(usage, "output_tokens_details", "reasoning_tokens"))
    return {
        "prompt_tokens": as_int(prompt, f"{prefix}.prompt_tokens"),
        "completion_tokens": as_int(completion, f"{prefix}.completion_tokens"),
        "total_tokens": as_int(usage.get("total_tokens"), f"{prefix}.total_tokens"),
        "cached_tokens": as_int(cached, f"{prefix}.cached_tokens"),
        "reasoning_tokens": as_int(reasoning, f"{prefix}.reasoning_tokens"),
    }


def first(*values: Any) -> Any:
    """The first value that is not None (a key present with null counts as absent)."""
    for v in values:
        if v is not None:
            return v
    return None


def chat_status(http_status: int | None, error: Any, finish_reason: str | None) -> str:
    """The canonical status of a chat call from its HTTP status, error body and finish reason."""
    if error or (http_status is not None and http_status >= 400):
        return "error"
    if finish_reason == "content_filter":
        return "filtered"
    if http_status is not None or finish_reason is not None:
        return "success"
    return "unknown"


def user_from_request(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """End-user id and its kind: ``safety_identifier`` > ``user`` > ``metadata.user_id``/``user``."""
    for key, kind in (("safety_identifier", "safety_identifier"), ("user", "openai_user_param")):
        value = as_str(body.get(key), key)
        if value:
            return value, kind
    meta = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
    for key in ("user_id", "user", "end_user"):
        value = meta.get(key)
        if isinstance(value, str) and value:
            return value, "metadata"
    return None, None


def response_side(response: dict[str, Any], flat: Flat, start_index: int, media_limit: int) -> dict[str, Any]:
    """Output text and call facts of a ``chat.completion`` (choices flattened into ``flat``)."""
    choices = as_list(response.get("choices"), "response.choices") or []
    messages = [c.get("message") for c in choices if isinstance(c, dict) and isinstance(c.get("message"), dict)]
    before = len(flat.tool_calls)
    flatten(messages, "output", start_index=start_index, media_limit=media_limit, into=flat)
    finish = next((c.get("finish_reason") for c in choices if isinstance(c, dict) and c.get("finish_reason")), None)
    return {"finish_reason": as_str(finish, "finish_reason"), "output_tool_calls": flat.tool_calls[before:]}


class OpenAIChatProxyLoader(Loader):
    name = "openai_chat_proxy"
    description = "OpenAI Chat Completions request + response captured by a logging proxy"
    containers = frozenset({"jsonl", "json"})
    carries_text = "yes"

    def sniff(self, sample: Sample) -> float:
        items = [it for v in sample.values if isinstance(v, dict) for _, it in self.explode(v)]
        if not items:
            return 0.0
        hits = 0
        for it in items:
            req = it.get("request")
            if isinstance(req, dict) and isinstance(req.get("messages"), list) and (
                "response" in it or "http_status" in it or "status_code" in it
            ):
                hits += 1
        return hits / len(items)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        req = as_dict(rec.get("request"), "request")
        if req is None:
            raise RecordError(RejectReason.MISSING_FIELD, "field 'request' (the chat request body)")
        messages = req.get("messages")
        if not isinstance(messages, list):
            raise RecordError(RejectReason.MISSING_FIELD if messages is None else RejectReason.WRONG_TYPE,
                              "request.messages as an array", type(messages).__name__ if messages is not None else "")
        response: Any = rec.get("response")
        if isinstance(response, list):
            response = merge_stream_chunks(response)
        elif response is not None and not isinstance(response, dict):
            raise RecordError(RejectReason.WRONG_TYPE, "response as an object or a list of chunks",
                              type(response).__name__)
        response = response or {}
        media = item.options.max_media_chars

        flat = flatten(messages, "input", media_limit=media)
        input_text = flat.text
        flat.text = None
        out = response_side(response, flat, len(flat.entries), media)
        row = call_fields(rec, req, response, out["finish_reason"])
        row.update({
            "input_text": input_text,
            "output_text": flat.text,
            "messages_json": dumps(flat.entries),
            "content_truncated": flat.truncated,
            "modalities": ",".join(sorted(flat.modalities)) or None,
            "tool_calls_json": dumps(out["output_tool_calls"]),
        })
        moderation = response.get("moderation")
        if isinstance(moderation, dict):
            row.update(inline_moderation(moderation))
        return [row]

    def read_batch(self, lines: list[bytes], options: LoadOptions) -> BatchRows:
        from auditkit.loaders.openai_chat_arrow import read_batch

        return read_batch(lines, options)

    def read_lines(self, data: bytes, starts: Any, ends: Any, options: LoadOptions) -> BatchRows | None:
        if type(self).read_batch is not OpenAIChatProxyLoader.read_batch:  # a subclass changed the fast path
            return super().read_lines(data, starts, ends, options)
        from auditkit.loaders.openai_chat_arrow import read_lines

        return read_lines(data, starts, ends, options)


def call_fields(rec: dict[str, Any], req: dict[str, Any], response: dict[str, Any],
                finish_reason: str | None) -> dict[str, Any]:
    """Every column of a chat-proxy row except the text ones (shared by the generic and fast paths)."""
    error = response.get("error") or rec.get("error")
    http_status = as_int(first(rec.get("http_status"), rec.get("status_code")), "http_status")
    logged = first(*(rec.get(k) for k in _TIME_KEYS))
    created = response.get("created")
    event_ns = to_ns(created, "response.created") if created is not None else None
    logged_ns = to_ns(logged, "logged_at") if logged is not None else None
    user, user_kind = user_from_request(req)
    meta = req.get("metadata") if isinstance(req.get("metadata"), dict) else None
    model_req = as_str(req.get("model"), "request.model")
    model_served = as_str(response.get("model"), "response.model")
    row: dict[str, Any] = {
        "record_kind": "llm_call",
        "record_id": as_str(response.get("id"), "response.id") or as_str(first(*(rec.get(k) for k in _ID_KEYS)), "id"),
        "request_id": as_str(rec.get("x_request_id") or rec.get("request_id"), "x_request_id"),
        "conversation_id": as_str(dig(meta, "conversation_id") or rec.get("conversation_id"), "conversation_id"),
        "event_time": event_ns if event_ns is not None else logged_ns,
        "end_time": logged_ns if event_ns is not None else None,
        "event_time_raw": str(created if created is not None else logged) if (created or logged) else None,
        "latency_ms": as_float(first(rec.get("latency_ms"), rec.get("duration_ms")), "latency_ms", minimum=0),
        "org_id": as_str(rec.get("org_id") or rec.get("organization"), "org_id"),
        "project_id": as_str(rec.get("project_id") or rec.get("project") or dig(meta, "project_id"), "project_id"),
        "api_key_id": as_str(rec.get("api_key_id") or rec.get("key_id") or rec.get("api_key_name"), "api_key_id"),
        "user_id": user,
        "user_id_kind": user_kind,
        "client_ip": as_str(rec.get("client_ip"), "client_ip"),
        "endpoint": as_str(rec.get("endpoint") or rec.get("path"), "endpoint") or "/v1/chat/completions",
        "provider": as_str(rec.get("provider"), "provider") or "openai",
        "model": model_served or model_req,
        "model_requested": model_req,
        "model_served": model_served,
        "status": chat_status(http_status, error, finish_reason),
        "http_status": http_status,
        "error_type": as_str(dig(error, "type") or dig(error, "code"), "error.type") if error else None,
        "error_message": as_str(dig(error, "message"), "error.message") if error else None,
        "finish_reason": finish_reason,
        "is_stream": as_bool(req.get("stream"), "request.stream"),
        "num_requests": 1,
        "has_content": True,
        "store_flag": bool(as_bool(req.get("store"), "request.store")),
        "metadata_json": dumps(meta),
    }
    row.update(chat_usage(response.get("usage")))
    return row


def inline_moderation(moderation: dict[str, Any]) -> dict[str, Any]:
    """Moderation results returned inline with a call (``response.moderation.{input,output}``)."""
    flagged: bool | None = None
    categories: set[str] = set()
    scores: dict[str, float] = {}
    model = None
    for side in ("input", "output"):
        body = moderation.get(side)
        if not isinstance(body, dict):
            continue
        results = body.get("results") if isinstance(body.get("results"), list) else [body]
        for res in results:
            if not isinstance(res, dict) or "categories" not in res:
                continue
            model = model or body.get("model") or res.get("model")
            flagged = bool(flagged) or bool(res.get("flagged"))
            categories.update(k for k, v in (res.get("categories") or {}).items() if v)
            for k, v in (res.get("category_scores") or {}).items():
                if isinstance(v, (int, float)):
                    scores[k] = max(scores.get(k, 0.0), float(v))
    if flagged is None:
        return {}
    return {"moderation_model": model, "moderation_flagged": flagged,
            "moderation_categories": dumps(sorted(categories)) or "[]", "moderation_scores_json": dumps(scores)}
