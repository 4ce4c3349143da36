"""one-api and new-api gateway logs (``oneapi_log``): the ``logs`` table, one billing row per log entry.

``../shared/reference/log-formats.md`` §13. Reads the log API answers (one-api ``{"success", "message",
"data": [Log]}``, new-api ``{"success", "message", "data": {"items": [Log], "total", ...}}``), a plain JSON
array or JSONL of rows, and CSV exported from the database or the UI (any encoding the framework
detects: UTF-8 with or without BOM, GBK as Excel writes it in a Chinese locale, UTF-16).

What a row means to an auditor (record kind ``gateway_billing``, ``has_content`` always False):

* these logs carry **no prompt or completion text**. ``content`` is a billing note (ratios) or, on
  new-api error rows (type 5), the upstream error message: it goes to ``error_message`` for those and to
  ``metadata_json.content`` otherwise.
* ``metadata_json.source_schema`` says which gateway wrote the row: ``new-api`` (``use_time``, ``other``,
  ``group``, ``token_id`` ... or a paged ``items`` answer), ``one-api`` (``elapsed_time``,
  ``system_prompt_reset``), else ``unknown``; ``log_type`` names the ``type`` code.
* ``type`` → ``status``: 2 consume → ``success``; 5 → ``error`` on new-api but a channel **test** on
  one-api (no status); every other type (top-up, manage, system, refund ...) is not a call: no status
  and ``num_requests`` 0 (consume, error and test rows count 1).
* ``quota`` → ``cost_usd`` = quota / ``quota_per_usd`` (500,000 by default) for consume, error, test and
  refund rows; a refund returns quota, so its cost is negative and the sum of ``cost_usd`` is the net
  spend. Top-up, manage and system rows move quota without spending it: no ``cost_usd``. ``cost_raw`` is
  ``quota=<n>`` on every row that has a quota.
* ``created_at`` is unix seconds (UTC). Exports that show it as text without a zone (UI or spreadsheet
  CSV, often local time, e.g. ``2025-03-04 18:15:02`` or Excel's ``2025/3/4 18:15``) are read in the
  ``timezone`` option (``Asia/Shanghai`` for most deployments).
* ``elapsed_time`` (one-api, milliseconds) or ``use_time`` (new-api, whole **seconds**, so 0 for fast
  calls) → ``latency_ms``.
* ``token_name`` (else ``token_id``) → ``api_key_id``; ``username`` (else the numeric ``user_id``) →
  ``user_id`` (``gateway_user``); ``group`` → ``project_id``; ``model_name`` → ``model_requested``;
  ``other.upstream_model_name`` → ``model_served``; ``channel_name`` → ``provider``; ``ip`` →
  ``client_ip``; ``other.request_path`` → ``endpoint``; ``other.status_code``/``error_type`` → HTTP
  status and error type; ``other.cache_tokens`` → ``cached_tokens``; ``other`` (a JSON string) is kept
  decoded in ``metadata_json.other``.
* ``record_id`` is ``request_id`` when the row has one, else <NA>. The log ``id`` is **not** a key:
  new-api rewrites it on user-facing endpoints (``id % 1024``, or a display index), so two unrelated
  calls can share it and the duplicate rule would merge them. It is kept as ``metadata_json.id``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditkit.loaders.base import Item, Loader, Sample
from auditkit.loaders.fields import as_bool, as_dict, as_float, as_int, as_str, dumps, require, to_ns

__all__ = ["OneAPILoader", "source_schema", "LOG_TYPES"]

#: Names of the ``type`` codes per gateway (7 and 8 appear in newer new-api copies only, unverified).
LOG_TYPES: dict[str, dict[int, str]] = {
    "one-api": {0: "unknown", 1: "topup", 2: "consume", 3: "manage", 4: "system", 5: "test"},
    "new-api": {0: "unknown", 1: "topup", 2: "consume", 3: "manage", 4: "system", 5: "error", 6: "refund",
                7: "login", 8: "aff"},
    "unknown": {0: "unknown", 1: "topup", 2: "consume", 3: "manage", 4: "system", 5: "test_or_error",
                6: "refund"},
}
_STATUS = {"consume": "success", "error": "error"}
_CALLS = {"consume", "error", "test", "test_or_error"}
_SPENDING = {"consume", "error", "test", "test_or_error", "refund"}
_NEWAPI_KEYS = frozenset({"use_time", "other", "group", "token_id", "channel_name", "upstream_request_id"})
_ONEAPI_KEYS = frozenset({"elapsed_time", "system_prompt_reset"})


def source_schema(rec: Mapping[str, Any], context: Mapping[str, Any]) -> str:
    """``new-api``, ``one-api`` or ``unknown``, from the row's keys (or a paged new-api answer)."""
    if _NEWAPI_KEYS & rec.keys() or "page_size" in context:
        return "new-api"
    if _ONEAPI_KEYS & rec.keys():
        return "one-api"
    return "unknown"


def _cost(quota: int | None, log_type: str, quota_per_usd: float) -> float | None:
    if quota is None or log_type not in _SPENDING:
        return None
    usd = quota / quota_per_usd
    return -usd if log_type == "refund" else usd


def _latency(rec: Mapping[str, Any]) -> float | None:
    elapsed = as_float(rec.get("elapsed_time"), "elapsed_time", minimum=0)
    if elapsed is not None:
        return elapsed
    seconds = as_float(rec.get("use_time"), "use_time", minimum=0)
    return seconds * 1000 if seconds is not None else None


def _tokens(rec: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    prompt = as_int(rec.get("prompt_tokens"), "prompt_tokens")
    completion = as_int(rec.get("completion_tokens"), "completion_tokens")
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion if prompt is not None and completion is not None else None,
        "cached_tokens": as_int(other.get("cache_tokens"), "other.cache_tokens"),
        "reasoning_tokens": as_int(rec.get("thinking_tokens"), "thinking_tokens"),
    }


def _who(rec: Mapping[str, Any]) -> dict[str, Any]:
    """Key, user, group and address of the caller."""
    user = as_str(rec.get("username"), "username") or as_str(rec.get("user_id"), "user_id")
    return {
        "api_key_id": as_str(rec.get("token_name"), "token_name") or as_str(rec.get("token_id"), "token_id"),
        "user_id": user,
        "user_id_kind": "gateway_user" if user else None,
        "project_id": as_str(rec.get("group"), "group"),
        "client_ip": as_str(rec.get("ip"), "ip"),
    }


def _metadata(rec: Mapping[str, Any], schema: str, code: int | None, log_type: str,
              other: dict[str, Any], content: str | None) -> str | None:
    meta = {"source_schema": schema, "log_type": log_type, "log_type_code": code, "id": rec.get("id"),
            "user_id": rec.get("user_id") if rec.get("username") else None,
            "token_id": rec.get("token_id"), "channel": rec.get("channel", rec.get("channel_id")),
            "upstream_request_id": rec.get("upstream_request_id"),
            "system_prompt_reset": rec.get("system_prompt_reset"),
            "content": content if log_type != "error" else None, "other": other or None}
    return dumps({k: v for k, v in meta.items() if v not in (None, "")})


class OneAPILoader(Loader):
    name = "oneapi_log"
    description = "one-api / new-api gateway logs (log API JSON, JSON array, JSONL or CSV of the logs table)"
    containers = frozenset({"jsonl", "json", "csv"})
    item_paths = (("data", "items"), ("data",))
    carries_text = "no"

    def sniff(self, sample: Sample) -> float:
        """Share of rows with the log-table keys ``created_at``, ``type``, ``quota``, ``model_name`` and a
        token name or user name."""
        # A JSONL line may hold a whole API answer ({"success", "data": [...]}, as curl saves it): look at
        # the log rows inside it.
        values = [it for v in sample.values if isinstance(v, dict) for _, it in self.explode(v)
                  if isinstance(it, dict)]
        if not values:
            return 0.0
        hits = sum(1 for v in values if {"created_at", "type", "quota", "model_name"} <= v.keys()
                   and ("token_name" in v or "username" in v))
        return hits / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        created = require(rec, "created_at", "when the gateway logged the call")
        schema = source_schema(rec, item.context)
        code = as_int(rec.get("type"), "type")
        log_type = LOG_TYPES[schema].get(code, f"type_{code}") if code is not None else "unknown"
        other = as_dict(rec.get("other"), "other") or {}
        content = as_str(rec.get("content"), "content")
        quota = as_int(rec.get("quota"), "quota", minimum=None)
        requested = as_str(rec.get("model_name"), "model_name")
        served = as_str(other.get("upstream_model_name"), "other.upstream_model_name")
        row: dict[str, Any] = {
            "record_kind": "gateway_billing",
            "record_id": as_str(rec.get("request_id"), "request_id"),
            "request_id": as_str(rec.get("request_id"), "request_id"),
            "event_time": to_ns(created, "created_at", unit="s", tz=item.options.timezone),
            "event_time_raw": str(created),
            "latency_ms": _latency(rec) if log_type in _CALLS else None,
            "endpoint": as_str(other.get("request_path") or rec.get("request_path"), "request_path"),
            "provider": as_str(rec.get("channel_name") or other.get("channel_name"), "channel_name"),
            "model": served or requested, "model_requested": requested, "model_served": served,
            "status": _STATUS.get(log_type),
            "http_status": as_int(other.get("status_code"), "other.status_code"),
            "error_type": as_str(other.get("error_type"), "other.error_type"),
            "error_message": content if log_type == "error" else None,
            "is_stream": as_bool(rec.get("is_stream"), "is_stream"),
            "num_requests": 1 if log_type in _CALLS else 0,
            "cost_usd": _cost(quota, log_type, item.options.quota_per_usd),
            "cost_raw": f"quota={quota}" if quota is not None else None,
            "has_content": False,
            "metadata_json": _metadata(rec, schema, code, log_type, other, content),
        }
        row.update(_who(rec))
        row.update(_tokens(rec, other))
        return [row]
