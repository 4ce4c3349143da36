"""Langfuse exports (``langfuse``): observations and traces, as JSONL, JSON or CSV.

``../shared/reference/log-formats.md`` §11. Reads the blob-storage export (``observations_v2/`` enriched
rows, legacy ``observations/`` and ``traces/`` rows), the UI batch export and API pages (``{"data":
[...]}``); camelCase keys of the API and UI forms (``traceId``, ``startTime`` ...) are read as their
snake_case export names.

What a row means to an auditor (record kind ``llm_call``, one row per observation or trace):

* ``endpoint`` is the observation ``type`` in lower case (``generation``, ``span``, ``event``, ``tool``
  ...) or ``trace``. Every type is a row, because spans and tools also carry text the content audit must
  see (a chain's user question, a retrieved document), but only ``GENERATION`` and ``EMBEDDING`` are
  model calls: ``num_requests`` is 1 for them and 0 for the others and for traces, so call counts are
  not inflated by the spans that wrap the calls.
* ``input``/``output`` are strings holding JSON or plain text and are decoded a second time. OpenAI
  messages (a list, ``{"messages": [...]}``, one message, a ``chat.completion``) are flattened as
  messages; plain text is one user (input) or assistant (output) message; any other JSON is kept as its
  compact JSON text under the same role. An export without ``input``/``output`` columns (field group
  ``io`` switched off) has ``has_content`` False.
* ``conversation_id`` is the ``trace_id`` (a trace row's own ``id``), so a trace and its observations
  group together; ``session_id`` (optional in Langfuse) is kept in ``metadata_json``.
  ``parent_observation_id`` → ``parent_id`` (``""`` for a root: <NA>).
* Times (``start_time``, ``end_time``; a trace's ``timestamp``) are ``YYYY-MM-DD HH:MM:SS.ffffff`` in
  UTC without a zone (the ``timezone`` option is ignored); API rows use ISO 8601.
* ``latency_ms`` is ``end_time - start_time`` when both are known. Only without them is ``latency``
  used, as seconds (×1000): Langfuse documents seconds, but milliseconds for integrations created before
  2026-04-01, which a row cannot tell apart.
* ``level`` ``ERROR`` → status ``error`` with ``status_message`` as ``error_message``; any other level →
  ``success``; traces have no status (<NA>).
* ``usage_details`` ``input``/``output``/``total`` (legacy ``usage``) → tokens, ``input_cached_tokens``
  → cached, ``output_reasoning_tokens``/``reasoning_tokens`` → reasoning; ``total_cost`` (else
  ``calculated_total_cost``, else ``cost_details.total``) → ``cost_usd``; ``provided_model_name`` (legacy
  ``model``) → ``model_requested``; ``user_id`` (``langfuse_user``), ``project_id``.

Score rows (``scores/``) are evaluations of traces, not interactions: a file of them is recognised (so a
whole blob-export folder loads) and each row is rejected as ``wrong_format`` saying so.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.bodies import content_fields, request_messages, response_messages
from auditkit.loaders.fields import as_dict, as_float, as_int, as_str, dig, dumps, require, to_ns

__all__ = ["LangfuseLoader", "row_kind"]

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
_MODEL_CALLS = {"GENERATION", "EMBEDDING"}
_META_KEYS = ("name", "trace_name", "environment", "session_id", "tags", "release", "version", "level",
              "prompt_name", "prompt_version", "model_parameters", "metadata")


def _snake(rec: dict[str, Any]) -> dict[str, Any]:
    """Keys in the export's snake_case (API and UI rows use camelCase)."""
    return {_CAMEL.sub(r"_\1", k).lower(): v for k, v in rec.items()}


def row_kind(rec: dict[str, Any]) -> str | None:
    """``observation``, ``trace``, ``score`` or None, from the keys of a (snake_case) row."""
    if "trace_id" in rec and "type" in rec and "start_time" in rec:
        return "observation"
    keys = rec.keys()
    if {"trace_id", "timestamp"} <= keys and ("data_type" in keys or {"value", "source"} <= keys):
        return "score"
    if {"id", "timestamp"} <= keys and "trace_id" not in keys and keys & {"session_id", "release"} and (
            keys & {"bookmarked", "public", "tags"}):
        return "trace"
    return None


def _decoded(value: Any) -> Any:
    """The second decode of ``input``/``output``: JSON text parsed, plain text kept, '' as None."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            return value
    return value


def _side(value: Any, is_output: bool) -> Any:
    """A decoded side as something :func:`content_fields` reads: messages as they are, other JSON as text."""
    value = _decoded(value)
    if value in (None, "", [], {}):
        return None
    if isinstance(value, str):
        return value
    if is_output and isinstance(value, dict) and isinstance(value.get("choices"), list):
        return value
    readable = response_messages(value) if is_output else request_messages(value)
    if readable and all(isinstance(m, dict) and "role" in m for m in readable):
        return value
    return dumps(value) if isinstance(value, (dict, list)) else str(value)


def _loose_json(value: Any) -> Any:
    """A JSON cell (tags, maps) decoded when it is JSON text, else kept as is."""
    decoded = _decoded(value)
    return decoded if decoded not in ("", None) else None


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    """The first of ``keys`` that ``mapping`` holds a value for (0 counts as a value)."""
    return next((mapping[k] for k in keys if mapping.get(k) not in (None, "")), None)


def _tokens(rec: dict[str, Any]) -> dict[str, Any]:
    usage = as_dict(_loose_json(rec.get("usage_details")), "usage_details") or as_dict(
        _loose_json(rec.get("usage")), "usage") or {}
    both = {**{k: rec.get(k) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}, **usage}
    return {
        "prompt_tokens": as_int(_first(both, "input", "prompt_tokens"), "usage.input"),
        "completion_tokens": as_int(_first(both, "output", "completion_tokens"), "usage.output"),
        "total_tokens": as_int(_first(both, "total", "total_tokens"), "usage.total"),
        "cached_tokens": as_int(_first(usage, "input_cached_tokens", "cache_read_input_tokens"),
                                "input_cached_tokens"),
        "reasoning_tokens": as_int(_first(usage, "output_reasoning_tokens", "reasoning_tokens"),
                                   "reasoning_tokens"),
    }


def _cost(rec: dict[str, Any]) -> dict[str, Any]:
    for key in ("total_cost", "calculated_total_cost"):
        value = as_float(rec.get(key), key)
        if value is not None:
            return {"cost_usd": value, "cost_raw": f"{key}={rec[key]}"}
    total = dig(as_dict(_loose_json(rec.get("cost_details")), "cost_details"), "total")
    value = as_float(total, "cost_details.total")
    return {"cost_usd": value, "cost_raw": f"cost_details.total={total}"} if value is not None else {}


def _content(rec: dict[str, Any], media_limit: int) -> dict[str, Any]:
    if "input" not in rec and "output" not in rec:  # field group 'io' switched off
        return {"has_content": False}
    out = content_fields(_side(rec.get("input"), False), _side(rec.get("output"), True), media_limit)
    if not out["tool_calls_json"] and rec.get("tool_calls"):
        calls = _loose_json(rec["tool_calls"])  # an array of JSON strings, or JSON text holding one
        out["tool_calls_json"] = dumps([_decoded(c) for c in calls]) if isinstance(calls, list) else None
    return out


def _metadata(rec: dict[str, Any], kind: str) -> str | None:
    meta = {"type": rec.get("type") if kind == "observation" else "TRACE"}
    for key in _META_KEYS:
        value = _loose_json(rec.get(key))
        if value not in (None, "", [], {}) and not (key == "level" and value == "DEFAULT"):
            meta[key] = value
    if rec.get("level") != "ERROR" and rec.get("status_message"):
        meta["status_message"] = rec["status_message"]
    return dumps(meta)


class LangfuseLoader(Loader):
    name = "langfuse"
    description = "Langfuse observations and traces (blob-storage, UI or API export; JSONL, JSON or CSV)"
    containers = frozenset({"jsonl", "json", "csv"})
    item_paths = (("data",),)
    carries_text = "optional"

    def sniff(self, sample: Sample) -> float:
        """Share of rows that are Langfuse observations, traces or scores (scores are read to be rejected)."""
        values = [_snake(v) for v in sample.values if isinstance(v, dict)]
        if not values:
            return 0.0
        return sum(1 for v in values if row_kind(v)) / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = _snake(item.value)
        kind = row_kind(rec)
        if kind == "score":
            raise RecordError(RejectReason.WRONG_FORMAT, "a Langfuse observation or trace",
                              "a score row (scores/ export): an evaluation of a trace, not an interaction")
        if kind is None:
            raise RecordError(RejectReason.WRONG_FORMAT, "a Langfuse observation or trace row",
                              f"a row with keys {sorted(rec)[:8]}")
        row = self._observation(rec) if kind == "observation" else self._trace(rec)
        row.update(_content(rec, item.options.max_media_chars))
        row.update(_tokens(rec))
        row.update(_cost(rec))
        row["metadata_json"] = _metadata(rec, kind)
        user = as_str(rec.get("user_id"), "user_id")
        row.update({"record_kind": "llm_call", "record_id": as_str(require(rec, "id"), "id"),
                    "project_id": as_str(rec.get("project_id"), "project_id"),
                    "user_id": user, "user_id_kind": "langfuse_user" if user else None})
        return [row]

    @staticmethod
    def _observation(rec: dict[str, Any]) -> dict[str, Any]:
        start_raw = require(rec, "start_time", "when the observation started")
        start, end = to_ns(start_raw, "start_time"), to_ns(rec.get("end_time"), "end_time")
        latency = (end - start) / 1e6 if start is not None and end is not None else None
        if latency is None and rec.get("latency") not in (None, ""):
            latency = as_float(rec["latency"], "latency", minimum=0) * 1000  # type: ignore[operator]
        otype = str(as_str(rec.get("type"), "type") or "").upper()
        level = as_str(rec.get("level"), "level")
        model = as_str(rec.get("provided_model_name") or rec.get("model"), "provided_model_name")
        return {
            "conversation_id": as_str(rec.get("trace_id"), "trace_id"),
            "parent_id": as_str(rec.get("parent_observation_id"), "parent_observation_id"),
            "event_time": start, "end_time": end, "event_time_raw": str(start_raw), "latency_ms": latency,
            "endpoint": otype.lower() or None,
            "num_requests": 1 if otype in _MODEL_CALLS else 0,
            "model": model, "model_requested": model,
            "status": None if level is None else ("error" if level == "ERROR" else "success"),
            "error_message": as_str(rec.get("status_message"), "status_message")
            if level == "ERROR" else None,
        }

    @staticmethod
    def _trace(rec: dict[str, Any]) -> dict[str, Any]:
        raw = require(rec, "timestamp", "when the trace started")
        return {"conversation_id": as_str(rec.get("id"), "id"), "event_time": to_ns(raw, "timestamp"),
                "event_time_raw": str(raw), "endpoint": "trace", "num_requests": 0}
