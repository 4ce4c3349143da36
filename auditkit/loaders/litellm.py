"""LiteLLM proxy logs: the ``LiteLLM_SpendLogs`` table and the ``StandardLoggingPayload`` callback object.

Two formats (``../shared/reference/log-formats.md`` §9), one ``llm_call`` row per record:

``litellm_spendlogs`` — rows of the ``LiteLLM_SpendLogs`` table as ``GET /spend/logs`` returns them (a JSON
array, or ``{"data": [...]}`` pages), as JSONL, or as CSV exported from the database (JSON columns are JSON
text in the cells).

* Content is **off by default**: ``messages``/``response`` are ``{}`` unless
  ``store_prompts_in_spend_logs`` was on; such rows have ``has_content`` False. When only
  ``proxy_server_request`` holds the request, it is used.
* ``record_id`` is the table's primary key ``request_id`` **as is**. A cache hit is stored under
  ``<id>_cache_hit<epoch>``: it is a separate event served from cache, so it must never be merged with the
  call it was served from. ``request_id`` holds the id without that suffix, which links the two.
* ``startTime``/``endTime`` are naive UTC (Postgres ``timestamp(3)``); the ``timezone`` option is ignored.
* ``api_key`` is a hash of the virtual key → ``api_key_id``; ``end_user`` (else the internal ``user``) →
  ``user_id``; ``team_id`` → ``project_id``; ``organization_id`` → ``org_id``; ``spend`` (USD) →
  ``cost_usd``; ``session_id`` → ``conversation_id``; ``model_group`` (the alias the client used) →
  ``model_requested`` and ``model`` → ``model_served``.
* ``metadata_json`` is the ``metadata`` column plus ``request_tags``, ``cache_hit`` (the column is the
  *string* ``"True"``/``"False"``), ``api_base`` and ``model_id``.

``litellm_payload`` — ``StandardLoggingPayload`` objects as JSONL (custom callbacks, bucket loggers).
Float epoch ``startTime``/``endTime``; ``response_cost``; ``metadata.user_api_key_hash``/``_alias``/
``_team_id``/``_org_id``; ``end_user``. It carries ``messages`` and ``response`` unless
``turn_off_message_logging`` is set, in which case LiteLLM writes the text ``redacted-by-litellm``: such a
side counts as absent (``has_content`` False, ``metadata_json.content_redacted`` true). ``record_id`` is
``id`` (the provider response id, the same value SpendLogs stores in ``request_id``, so the two logs of
one call merge), except for cache hits, whose ``id`` repeats the cached response's: they use ``call_id``.
``trace_id`` (LiteLLM's grouping of one request's calls) → ``conversation_id``.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from auditkit.loaders.base import Item, Loader, Sample
from auditkit.loaders.bodies import content_fields
from auditkit.loaders.fields import (
    as_bool, as_dict, as_float, as_int, as_list, as_str, dig, dumps, require, to_ns,
)

__all__ = ["LiteLLMSpendLogsLoader", "LiteLLMPayloadLoader", "REDACTED"]

#: What LiteLLM writes in place of messages and responses when message logging is turned off.
REDACTED = "redacted-by-litellm"
_CACHE_SUFFIX = re.compile(r"_cache_hit\d+(\.\d+)?$")
_STATUS = {"success": "success", "failure": "error"}
_EMPTY = (None, "", {}, [], "{}", "[]")


def _share(sample: Sample, keys: tuple[str, ...]) -> float:
    values = [v for v in sample.values if isinstance(v, dict)]
    if not values:
        return 0.0
    return sum(1 for v in values if all(k in v for k in keys)) / len(values)


def _json_value(value: Any) -> Any:
    """A JSON column: objects as is; JSON text (CSV cells) decoded; other text kept as text."""
    if isinstance(value, str) and value[:1] in ("{", "["):
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            return value
    return value


def _content(request: Any, response: Any, media_limit: int) -> tuple[dict[str, Any], bool]:
    """Content columns, with sides that LiteLLM redacted treated as absent; and whether any was."""
    fields = content_fields(None if request in _EMPTY else request, None if response in _EMPTY else response,
                            media_limit)
    redacted = False
    for side in ("input_text", "output_text"):
        text = fields[side]
        if text and all(line.endswith("] " + REDACTED) for line in text.split("\n")):
            fields[side] = None
            redacted = True
    if redacted:
        fields["has_content"] = bool(fields["input_text"] or fields["output_text"])
        if not fields["has_content"]:
            fields.update(messages_json=None, modalities=None, tool_calls_json=None)
    return fields, redacted


def _status(value: Any) -> str | None:
    """``success``/``failure`` as canonical statuses; another text is ``unknown``, none is <NA>."""
    text = str(value or "").strip().lower()
    return _STATUS.get(text, "unknown") if text else None


def _error_fields(info: Any, error_str: Any = None) -> dict[str, Any]:
    """Error class, message and HTTP code of a failed call (``error_information``, ``error_str``)."""
    info = info if isinstance(info, dict) else {}
    if not info and not error_str:
        return {}
    code = str(info.get("error_code") or "")
    return {
        "error_type": as_str(info.get("error_class"), "error_information.error_class"),
        "error_message": as_str(info.get("error_message") or error_str, "error_information.error_message"),
        "http_status": int(code) if code.isdigit() else None,
    }


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _latency(start_ns: int | None, end_ns: int | None) -> float | None:
    return (end_ns - start_ns) / 1e6 if start_ns is not None and end_ns is not None else None


def _common(rec: dict[str, Any]) -> dict[str, Any]:
    """Fields both LiteLLM formats name the same way."""
    return {
        "record_kind": "llm_call",
        "endpoint": as_str(rec.get("call_type"), "call_type"),
        "provider": as_str(rec.get("custom_llm_provider"), "custom_llm_provider"),
        "model_requested": as_str(rec.get("model_group"), "model_group"),
        "model_served": as_str(rec.get("model"), "model"),
        "client_ip": as_str(rec.get("requester_ip_address"), "requester_ip_address"),
        "status": _status(rec.get("status")),
        "prompt_tokens": as_int(rec.get("prompt_tokens"), "prompt_tokens"),
        "completion_tokens": as_int(rec.get("completion_tokens"), "completion_tokens"),
        "total_tokens": as_int(rec.get("total_tokens"), "total_tokens"),
        "num_requests": 1,
    }


def _metadata(meta: dict[str, Any], rec: dict[str, Any], cache_hit: bool | None,
              redacted: bool) -> str | None:
    extra = {"request_tags": as_list(_json_value(rec.get("request_tags")), "request_tags"),
             "cache_hit": cache_hit, "api_base": rec.get("api_base") or None,
             "model_id": rec.get("model_id") or None, "content_redacted": True if redacted else None}
    return dumps({**meta, **{k: v for k, v in extra.items() if v not in (None, [])}})


class LiteLLMSpendLogsLoader(Loader):
    name = "litellm_spendlogs"
    description = "LiteLLM proxy LiteLLM_SpendLogs rows (/spend/logs JSON, JSONL, or a CSV of the table)"
    containers = frozenset({"jsonl", "json", "csv"})
    item_paths = (("data",),)
    carries_text = "optional"

    def sniff(self, sample: Sample) -> float:
        """Share of rows with the SpendLogs keys ``request_id``, ``spend`` and ``startTime``."""
        return _share(sample, ("request_id", "spend", "startTime"))

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        request_id = as_str(require(rec, "request_id", "the SpendLogs primary key"), "request_id")
        start_raw = require(rec, "startTime", "when the call started")
        start, end = to_ns(start_raw, "startTime"), to_ns(rec.get("endTime"), "endTime")
        meta = as_dict(_json_value(rec.get("metadata")), "metadata") or {}
        request = _json_value(rec.get("messages"))
        if request in _EMPTY:
            request = _json_value(rec.get("proxy_server_request"))
        content, redacted = _content(request, _json_value(rec.get("response")),
                                     item.options.max_media_chars)
        cache_hit = as_bool(rec.get("cache_hit"), "cache_hit")
        row = _common(rec)
        end_user = as_str(rec.get("end_user"), "end_user")
        spend = as_float(rec.get("spend"), "spend")
        row.update(content)
        row.update({
            "record_id": request_id,
            "request_id": _CACHE_SUFFIX.sub("", request_id),
            "conversation_id": as_str(rec.get("session_id"), "session_id"),
            "event_time": start, "end_time": end, "event_time_raw": str(start_raw),
            "latency_ms": _first(as_float(rec.get("request_duration_ms"), "request_duration_ms", minimum=0),
                                 _latency(start, end)),
            "org_id": as_str(rec.get("organization_id"), "organization_id"),
            "project_id": as_str(rec.get("team_id"), "team_id"),
            "api_key_id": as_str(rec.get("api_key"), "api_key"),
            "user_id": end_user or as_str(rec.get("user"), "user"),
            "user_id_kind": "gateway_end_user" if end_user else ("gateway_user" if rec.get("user") else None),
            "client_ip": row["client_ip"] or as_str(meta.get("requester_ip_address"), "requester_ip_address"),
            "model": row["model_served"] or row["model_requested"],
            "status": row["status"] or _status(meta.get("status")),
            "cost_usd": spend,
            "cost_raw": f"spend={rec['spend']}" if spend is not None else None,
            "cached_tokens": as_int(dig(meta, "additional_usage_values", "prompt_tokens_details",
                                        "cached_tokens"), "cached_tokens"),
            "metadata_json": _metadata(meta, rec, cache_hit, redacted),
        })
        row.update(_error_fields(meta.get("error_information")))
        return [row]


class LiteLLMPayloadLoader(Loader):
    name = "litellm_payload"
    description = "LiteLLM StandardLoggingPayload objects (callback / bucket logging JSONL)"
    containers = frozenset({"jsonl", "json"})
    carries_text = "yes"

    def sniff(self, sample: Sample) -> float:
        """Share of objects with the payload keys ``id``, ``call_type``, ``response_cost``, ``startTime``."""
        return _share(sample, ("id", "call_type", "response_cost", "startTime"))

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        pid = as_str(require(rec, "id", "the response or call id"), "id")
        start_raw = require(rec, "startTime", "when the call started (epoch seconds)")
        start, end = to_ns(start_raw, "startTime"), to_ns(rec.get("endTime"), "endTime")
        meta = as_dict(rec.get("metadata"), "metadata") or {}
        cache_hit = as_bool(rec.get("cache_hit"), "cache_hit")
        response = rec.get("response")
        content, redacted = _content(rec.get("messages"), response, item.options.max_media_chars)
        end_user = as_str(rec.get("end_user"), "end_user")
        key_user = as_str(meta.get("user_api_key_user_id"), "metadata.user_api_key_user_id")
        cost = as_float(rec.get("response_cost"), "response_cost")
        row = _common(rec)
        row.update(content)
        row.update({
            "record_id": as_str(rec.get("call_id"), "call_id") if cache_hit else pid,
            "request_id": pid,
            "conversation_id": as_str(rec.get("trace_id"), "trace_id"),
            "event_time": start, "end_time": end, "event_time_raw": str(start_raw),
            "latency_ms": _latency(start, end),
            "org_id": as_str(meta.get("user_api_key_org_id"), "metadata.user_api_key_org_id"),
            "project_id": as_str(meta.get("user_api_key_team_id"), "metadata.user_api_key_team_id"),
            "api_key_id": as_str(meta.get("user_api_key_hash"), "metadata.user_api_key_hash"),
            "user_id": end_user or key_user,
            "user_id_kind": "gateway_end_user" if end_user else ("gateway_user" if key_user else None),
            "client_ip": row["client_ip"] or as_str(meta.get("requester_ip_address"), "requester_ip_address"),
            "model": row["model_served"] or row["model_requested"],
            "is_stream": as_bool(rec.get("stream"), "stream"),
            "cost_usd": cost,
            "cost_raw": f"response_cost={rec['response_cost']}" if cost is not None else None,
            "metadata_json": _metadata(meta, rec, cache_hit, redacted),
        })
        if isinstance(response, dict) and isinstance(response.get("usage"), dict):
            details = response["usage"]
            row["cached_tokens"] = as_int(dig(details, "prompt_tokens_details", "cached_tokens"),
                                          "cached_tokens")
            row["reasoning_tokens"] = as_int(dig(details, "completion_tokens_details", "reasoning_tokens"),
                                             "reasoning_tokens")
        row.update(_error_fields(rec.get("error_information"), rec.get("error_str")))
        return [row]
