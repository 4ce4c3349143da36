"""OpenAI Responses API objects (``openai_responses``), with their input when it was captured.

Reads (``../shared/reference/log-formats.md`` §3 and §7a):

* a response object (``"object": "response"``), one per JSON Lines line or as a JSON document;
* the same with its input captured beside it: the ``GET /v1/responses/{id}/input_items`` list embedded
  under the key ``input_items``, or a proxy capture ``{"request": {CreateResponse}, "response": {...}}``;
* list pages of stored objects (``{"object": "list", "data": [...]}``): stored responses, and stored Chat
  Completions (``GET /v1/chat/completions``, §7a), which share this module because both are objects the
  provider keeps on the caller's behalf.

What a row means to an auditor:

* ``input_text`` holds ``instructions`` (tagged ``[developer]``) and the input items; it is ``<NA>`` when the
  input was not captured, because the response object never carries its input.
* ``store_flag``: the request's ``store`` when it was captured, else the object's own ``store``, else
  **True**, the API default. A stored Chat Completion listed in a list page is True (only stored ones are
  listed); a lone ``chat.completion`` says nothing, so it is ``<NA>``.
* ``status``: completed → success, failed → error, cancelled, incomplete → incomplete (or filtered when
  ``incomplete_details.reason`` is ``content_filter``), queued / in_progress → pending.
* ``finish_reason`` is ``incomplete_details.reason``; times are ``created_at`` / ``completed_at``, floats
  of unix seconds; ``latency_ms`` is their difference unless the capture gives one.

Input item order: ``input_items`` is returned newest first by default (``order=desc``). The items are put
back in conversation order: by the list's own ``order`` member when present, else by the evidence in the
items (a tool output before its call, a developer/system message last), else the API default ``desc`` for
a list object; a plain array under ``input_items`` is taken as written, oldest first.

Messages: items are kept as the source gave them in ``messages_json``, with only the keys the flattening
needs added (``role``; ``tool_calls`` for a ``function_call``; ``content`` for a tool output or a reasoning
summary).
"""

from __future__ import annotations

from typing import Any

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_bool, as_dict, as_float, as_int, as_list, as_str, dig, dumps, to_ns
from auditkit.loaders.listpage import explode_page, page_of
from auditkit.loaders.messages import Flat, flatten
from auditkit.loaders.openai_chat import (
    chat_status,
    chat_usage,
    inline_moderation,
    response_side,
    user_from_request,
)

__all__ = ["OpenAIResponsesLoader", "item_messages", "flatten_response_input", "response_columns",
           "ordered_input_items"]

_STATUS = {"completed": "success", "failed": "error", "cancelled": "cancelled", "incomplete": "incomplete",
           "in_progress": "pending", "queued": "pending"}
_CALL_TYPES = ("function_call", "custom_tool_call")
_SYSTEM_ROLES = ("system", "developer")


def _item_message(item: Any, default_role: str) -> dict[str, Any] | None:
    """One Responses item as a chat-like message (the source keys kept, the keys flattening needs added)."""
    if isinstance(item, str):
        return {"role": "user", "content": item}
    if not isinstance(item, dict):
        return None
    kind = item.get("type")
    if kind in _CALL_TYPES:
        args = item.get("arguments", item.get("input"))
        call = {"id": item.get("call_id"), "type": "function",
                "function": {"name": item.get("name"), "arguments": args}}
        return {**item, "role": "assistant", "tool_calls": [call]}
    if isinstance(kind, str) and kind.endswith("_call_output"):
        output = item.get("output")
        content = output if isinstance(output, (str, list)) else dumps(output)
        return {**item, "role": "tool", "content": content}
    if kind == "reasoning":
        extra = {"content": item.get("summary")} if item.get("content") is None else {}
        return {**item, "role": "reasoning", **extra}
    if "role" in item:
        return item
    return {**item, "role": default_role if kind == "message" else (kind or "unknown")}


def item_messages(items: Any, default_role: str) -> list[dict[str, Any]]:
    """Responses input or output items (a string is one user message) as chat-like messages."""
    if items is None:
        return []
    if not isinstance(items, list):
        items = [items]
    return [m for m in (_item_message(i, default_role) for i in items) if m is not None]


def _order_evidence(items: list[Any]) -> str | None:
    """``asc`` or ``desc`` when the items show their order (tool call before output; system first)."""
    calls: dict[str, int] = {}
    outputs: dict[str, int] = {}
    for pos, it in enumerate(items):
        if not (isinstance(it, dict) and isinstance(it.get("call_id"), str)):
            continue
        kind = str(it.get("type"))
        if kind in _CALL_TYPES:
            calls.setdefault(it["call_id"], pos)
        elif kind.endswith("_output"):
            outputs.setdefault(it["call_id"], pos)
    paired = sorted(calls.keys() & outputs.keys())
    if paired:
        return "asc" if calls[paired[0]] < outputs[paired[0]] else "desc"
    roles = [it.get("role") for it in items if isinstance(it, dict) and it.get("role")]
    if len(roles) > 1 and (roles[0] in _SYSTEM_ROLES) != (roles[-1] in _SYSTEM_ROLES):
        return "asc" if roles[0] in _SYSTEM_ROLES else "desc"
    return None


def ordered_input_items(listing: Any) -> tuple[list[Any], bool]:
    """The items of an ``input_items`` list (or plain array) in conversation order, and its ``has_more``.

    The list's own ``order`` wins, then the evidence in the items; failing both, a list object is taken as
    the API returns it by default (newest first) and a plain array as written (oldest first).
    """
    if isinstance(listing, dict):
        items = as_list(listing.get("data"), "input_items.data") or []
        order, default = listing.get("order"), "desc"
        has_more = bool(listing.get("has_more"))
    else:
        items = as_list(listing, "input_items") or []
        order, default, has_more = None, "asc", False
    if order not in ("asc", "desc"):
        order = _order_evidence(items) or default
    return (list(reversed(items)) if order == "desc" else items), has_more


def flatten_response_input(instructions: Any, items: Any, media_limit: int, flat: Flat | None = None) -> Flat:
    """Flatten ``instructions`` (as a developer message) and the input items into one ``Flat``."""
    flat = flat if flat is not None else Flat(None)
    messages: list[dict[str, Any]] = []
    if isinstance(instructions, str) and instructions:
        messages.append({"role": "developer", "content": instructions})
    elif isinstance(instructions, list):
        messages.extend(item_messages(instructions, "developer"))
    messages.extend(item_messages(items, "user"))
    return flatten(messages, "input", media_limit=media_limit, into=flat)


def _status(resp: dict[str, Any], http_status: int | None) -> tuple[str, str | None]:
    reason = as_str(dig(resp, "incomplete_details", "reason"), "incomplete_details.reason")
    raw = resp.get("status")
    if resp.get("error") or (http_status is not None and http_status >= 400):
        return "error", reason
    if raw == "incomplete" and reason == "content_filter":
        return "filtered", reason
    if raw is None:
        return ("success" if http_status is not None else "unknown"), reason
    if raw not in _STATUS:
        raise RecordError(RejectReason.BAD_VALUE, f"status in {sorted(_STATUS)}", repr(raw))
    return _STATUS[raw], reason


def response_columns(resp: dict[str, Any], http_status: int | None = None) -> dict[str, Any]:
    """Canonical columns a Responses ``response`` object gives by itself (no text): ids, times, model,
    outcome, tokens, user, metadata. Shared with the Batch loader (``/v1/responses`` batch lines)."""
    created, completed = resp.get("created_at"), resp.get("completed_at")
    start = to_ns(created, "created_at")
    end = to_ns(completed, "completed_at")
    status, reason = _status(resp, http_status)
    error = resp.get("error") if isinstance(resp.get("error"), dict) else None
    conversation = resp.get("conversation")
    user, user_kind = user_from_request(resp)
    row: dict[str, Any] = {
        "record_id": as_str(resp.get("id"), "id"),
        "conversation_id": as_str(dig(conversation, "id") if isinstance(conversation, dict) else conversation,
                                  "conversation"),
        "parent_id": as_str(resp.get("previous_response_id"), "previous_response_id"),
        "event_time": start, "end_time": end,
        "event_time_raw": str(created) if created is not None else None,
        "latency_ms": (end - start) / 1e6 if start is not None and end is not None else None,
        "model": as_str(resp.get("model"), "model"), "model_served": as_str(resp.get("model"), "model"),
        "status": status, "finish_reason": reason,
        "error_type": as_str(error.get("code") or error.get("type"), "error.code") if error else None,
        "error_message": as_str(error.get("message"), "error.message") if error else None,
        "user_id": user, "user_id_kind": user_kind,
        "metadata_json": dumps(as_dict(resp.get("metadata"), "metadata")),
    }
    row.update(chat_usage(resp.get("usage")))
    if isinstance(resp.get("moderation"), dict):
        row.update(inline_moderation(resp["moderation"]))
    return row


def _metadata(resp: dict[str, Any], request: dict[str, Any], has_more: bool) -> str | None:
    """The caller's metadata (plus a note under ``auditkit`` if the input items were one page of more)."""
    meta = as_dict(resp.get("metadata"), "metadata") or as_dict(request.get("metadata"), "request.metadata")
    meta = meta or {}
    if has_more:
        meta = {**meta, "auditkit": {"input_items_has_more": True}}
    return dumps(meta)


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _is_capture(rec: dict[str, Any]) -> bool:
    request = rec.get("request")
    return rec.get("object") is None and isinstance(request, dict) and "messages" not in request


class OpenAIResponsesLoader(Loader):
    name = "openai_responses"
    description = "OpenAI Responses API objects (with captured input) and stored Chat Completions"
    containers = frozenset({"jsonl", "json"})
    item_paths = (("data",),)
    carries_text = "yes"

    def sniff(self, sample: Sample) -> float:
        items = [it for v in sample.values for _, it in self.explode(v)]
        if not items:
            return 0.0
        return sum(1 for it in items if self._mine(it)) / len(items)

    @staticmethod
    def _mine(it: Any) -> bool:
        if not isinstance(it, dict):
            return False
        if it.get("object") in ("response", "chat.completion"):
            return True
        resp = it.get("response")
        return _is_capture(it) and ("input" in it["request"] or dig(resp, "object") == "response")

    def explode(self, value: Any) -> Any:
        return explode_page(value)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        if rec.get("object") == "chat.completion":
            return [self._stored_completion(rec, item)]
        if rec.get("object") == "response":
            listing = rec.get("input_items")
            items, has_more = ordered_input_items(listing) if listing is not None else (None, False)
            return [self._row(rec, None, rec, items, item, has_more)]
        if _is_capture(rec):
            request = as_dict(rec.get("request"), "request") or {}
            resp = as_dict(rec.get("response"), "response") or {}
            return [self._row(resp, request, rec, request.get("input"), item, False)]
        raise RecordError(RejectReason.WRONG_FORMAT, "a Responses API object (object 'response'), a "
                          "{request, response} capture or a stored chat.completion",
                          f"object {rec.get('object')!r}" if "object" in rec else f"keys {sorted(rec)[:6]}")

    def _row(self, resp: dict[str, Any], request: dict[str, Any] | None, rec: dict[str, Any], items: Any,
             item: Item, has_more: bool) -> dict[str, Any]:
        """One llm_call row from a response object and, when captured, its request or input items."""
        media = item.options.max_media_chars
        http_status = as_int(rec.get("http_status", rec.get("status_code")), "http_status")
        request = request or {}
        instructions = _first(resp.get("instructions"), request.get("instructions"))
        flat = flatten_response_input(instructions, items, media)
        input_text, n_in, n_calls = flat.text, len(flat.entries), len(flat.tool_calls)
        flat.text = None
        output = as_list(resp.get("output"), "output")
        flatten(item_messages(output, "assistant"), "output", start_index=n_in, media_limit=media, into=flat)
        row = response_columns(resp, http_status)
        if row["event_time"] is None and rec.get("logged_at") is not None:
            row["event_time"] = to_ns(rec["logged_at"], "logged_at")
            row["event_time_raw"] = str(rec["logged_at"])
        if row["user_id"] is None:
            row["user_id"], row["user_id_kind"] = user_from_request(request)
        store = as_bool(request.get("store"), "request.store")
        store = store if store is not None else as_bool(resp.get("store"), "store")
        model_req = as_str(request.get("model"), "request.model")
        row.update({
            "record_kind": "llm_call",
            "record_id": row["record_id"] or as_str(rec.get("proxy_request_id") or rec.get("id"), "id"),
            "request_id": as_str(rec.get("x_request_id") or rec.get("request_id"), "x_request_id"),
            "endpoint": "/v1/responses", "provider": "openai",
            "model": row["model"] or model_req, "model_requested": model_req,
            "http_status": http_status,
            "latency_ms": _first(as_float(rec.get("latency_ms"), "latency_ms", minimum=0), row["latency_ms"]),
            "is_stream": as_bool(request.get("stream"), "request.stream"),
            "num_requests": 1,
            "input_text": input_text, "output_text": flat.text,
            "messages_json": dumps(flat.entries),
            "has_content": input_text is not None or flat.text is not None,
            "content_truncated": flat.truncated,
            "modalities": ",".join(sorted(flat.modalities)) or None,
            "tool_calls_json": dumps(flat.tool_calls[n_calls:]),
            "store_flag": True if store is None else store,
            "metadata_json": _metadata(resp, request, has_more),
        })
        return row

    def _stored_completion(self, resp: dict[str, Any], item: Item) -> dict[str, Any]:
        """A stored Chat Completion (§7a): the output, and the input when ``messages`` was attached."""
        media = item.options.max_media_chars
        listing = resp.get("messages")
        messages = listing.get("data") if isinstance(listing, dict) else listing
        flat = flatten(as_list(messages, "messages"), "input", media_limit=media)
        input_text, n_in = flat.text, len(flat.entries)
        flat.text = None
        out = response_side(resp, flat, n_in, media)
        listed = page_of(resp, item.context).get("object") == "list"
        created = resp.get("created")
        model = as_str(resp.get("model"), "model")
        user, user_kind = user_from_request(resp)
        row: dict[str, Any] = {
            "record_kind": "llm_call", "record_id": as_str(resp.get("id"), "id"),
            "request_id": as_str(resp.get("request_id"), "request_id"),
            "event_time": to_ns(created, "created"),
            "event_time_raw": str(created) if created is not None else None,
            "endpoint": "/v1/chat/completions", "provider": "openai", "model": model, "model_served": model,
            "status": chat_status(None, None, out["finish_reason"]), "finish_reason": out["finish_reason"],
            "user_id": user, "user_id_kind": user_kind, "num_requests": 1,
            "input_text": input_text, "output_text": flat.text, "messages_json": dumps(flat.entries),
            "has_content": input_text is not None or flat.text is not None,
            "content_truncated": flat.truncated,
            "modalities": ",".join(sorted(flat.modalities)) or None,
            "tool_calls_json": dumps(out["output_tool_calls"]),
            "store_flag": True if listed else as_bool(resp.get("store"), "store"),
            "metadata_json": dumps(as_dict(resp.get("metadata"), "metadata")),
        }
        row.update(chat_usage(resp.get("usage")))
        return row
