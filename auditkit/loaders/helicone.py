"""Helicone request export (``helicone``): rows of ``HeliconeRequest``, as JSONL, JSON or CSV.

``../shared/reference/log-formats.md`` §10. The export tool (``npx @helicone/export``) writes full rows as
JSON or JSONL, or a CSV with twelve hard-coded columns (``response_id, response_created_at,
response_status, request_created_at, request_body, request_properties, request_user_id, model,
prompt_tokens, completion_tokens, latency, cost``) whose nested JSON is stringified in the cells.

What a row means to an auditor (one ``llm_call`` per request):

* ``request_body`` holds the request the client sent (OpenAI ``messages``, or a prompt/input) and
  ``response_body`` the provider's answer (a ``chat.completion``, chunks, or another shape, read by
  :mod:`auditkit.loaders.bodies`); when they are missing, ``llmSchema`` (Helicone's normalised messages)
  is used. A body omitted with ``Helicone-Omit-Request``/``-Response``, or left out of the export, gives
  no text: ``has_content`` is False when neither side has any. A body that is text but not JSON (cut
  off) is kept as plain text with ``content_truncated`` set. The CSV has no response body.
* ``record_id`` is ``response_id`` when present, else ``request_id``: the CSV export has no
  ``request_id`` column, so this is the one id that lets a JSON and a CSV export of the same period merge.
  ``request_id`` holds ``request_id`` when the export has it.
* ``request_created_at`` → ``event_time`` and ``response_created_at`` → ``end_time``. Their exact form
  is unverified (ISO with ``Z``, or ClickHouse ``YYYY-MM-DD HH:MM:SS.mmm``), so both, and anything pandas
  can read, are accepted; a time without a zone is UTC (the ``timezone`` option is ignored).
* ``latency_ms`` is ``delay_ms``, else the CSV's ``latency`` column (probably always empty), else
  response time minus request time.
* ``response_status`` → ``http_status``; Helicone's own codes below 100 (0, -1: pending or unknown,
  unverified) give no HTTP status and status ``unknown``.
* ``request_user_id`` (``Helicone-User-Id``) → ``user_id`` (``gateway_end_user``), else ``helicone_user``
  (``gateway_user``), else the request body's ``safety_identifier``/``user``.
* ``request_properties`` (the ``Helicone-Property-*`` headers) → ``metadata_json``; its
  ``Helicone-Session-Id`` → ``conversation_id``.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
import pandas as pd

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.bodies import content_fields
from auditkit.loaders.fields import as_bool, as_dict, as_float, as_int, as_str, dig, dumps, require, to_ns
from auditkit.loaders.openai_chat import chat_status, chat_usage, user_from_request

__all__ = ["HeliconeLoader", "helicone_time"]

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")  # JavaScript's " (Coordinated Universal Time)"
_YEAR = re.compile(r"(19|20)\d\d")
_GMT_OFFSET = re.compile(r"\b(GMT|UTC)(?=[+-]\d)")  # dateutil reads 'GMT+0100' as UTC-1 (POSIX); JS means +1
_SESSION_KEYS = ("Helicone-Session-Id", "helicone-session-id", "session_id")


def helicone_time(value: Any, name: str) -> int | None:
    """A Helicone timestamp string as ns UTC: ISO or ClickHouse text, else whatever pandas can read.

    Text without a zone is UTC. Anything unreadable rejects the record with BAD_TIMESTAMP.
    """
    try:
        return to_ns(value, name)
    except RecordError as err:
        readable = isinstance(value, str) and err.reason is RejectReason.BAD_TIMESTAMP
        if not readable or not _YEAR.search(value):
            raise  # pandas would read words such as 'now' or 'yesterday': a date needs its year
        try:
            stamp = pd.Timestamp(_GMT_OFFSET.sub("", _PAREN.sub("", value)))
        except (ValueError, TypeError):
            raise err from None
        if stamp is pd.NaT:
            raise err from None
        stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
        return to_ns(stamp.isoformat(), name)


def _body(value: Any) -> tuple[Any, bool]:
    """A stored body: objects as is, JSON text decoded; other text kept as text (flagged as cut off
    when it looks like the start of JSON). Returns ``(body, truncated)``."""
    if not isinstance(value, str):
        return value, False
    text = value.strip()
    if not text:
        return None, False
    try:
        return orjson.loads(text), False
    except orjson.JSONDecodeError:
        return value, text[:1] in ("{", "[")


def _has_text(body: Any) -> bool:
    return bool(body) and not (isinstance(body, dict) and not any(
        k in body for k in ("messages", "input", "prompt", "choices", "output", "content", "role")))


def _http(rec: dict[str, Any]) -> int | None:
    code = as_int(rec.get("response_status"), "response_status", minimum=None)
    return code if code is not None and code >= 100 else None


class HeliconeLoader(Loader):
    name = "helicone"
    description = "Helicone request export (JSONL, JSON or the export tool's CSV)"
    containers = frozenset({"jsonl", "json", "csv"})
    item_paths = (("data",),)
    carries_text = "optional"

    def sniff(self, sample: Sample) -> float:
        """Share of rows with ``request_created_at`` and a Helicone request or response id."""
        values = [v for v in sample.values if isinstance(v, dict)]
        if not values:
            return 0.0
        hits = sum(1 for v in values if "request_created_at" in v
                   and ("request_id" in v or "response_id" in v)
                   and ("request_body" in v or "response_status" in v))
        return hits / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        created = require(rec, "request_created_at", "when Helicone received the request")
        start = helicone_time(created, "request_created_at")
        end = helicone_time(rec.get("response_created_at"), "response_created_at")
        request, cut_in = _body(rec.get("request_body"))
        response, cut_out = _body(rec.get("response_body"))
        if not _has_text(request):
            request = dig(rec, "llmSchema", "request", "messages") or request
        if not _has_text(response):
            response = dig(rec, "llmSchema", "response", "messages") or response
        req = request if isinstance(request, dict) else {}
        resp = response if isinstance(response, dict) else {}
        content = content_fields(request, response, item.options.max_media_chars)
        content["content_truncated"] = content["content_truncated"] or cut_in or cut_out
        props = as_dict(rec.get("request_properties"), "request_properties")
        row = self._identity(rec, req, props)
        if content["finish_reason"] is None:  # Anthropic answers say stop_reason
            content["finish_reason"] = as_str(resp.get("stop_reason"), "response_body.stop_reason")
        row.update(self._call(rec, req, resp, start, end, content["finish_reason"]))
        row.update(content)
        row.update({"event_time": start, "end_time": end, "event_time_raw": str(created),
                    "metadata_json": dumps(props)})
        return [row]

    @staticmethod
    def _identity(rec: dict[str, Any], req: dict[str, Any], props: dict[str, Any] | None) -> dict[str, Any]:
        """Ids, user and session of a row."""
        request_id = as_str(rec.get("request_id"), "request_id")
        end_user = as_str(rec.get("request_user_id"), "request_user_id")
        account = as_str(rec.get("helicone_user"), "helicone_user")
        user, kind = (end_user, "gateway_end_user") if end_user else (
            (account, "gateway_user") if account else user_from_request(req))
        session = next((props[k] for k in _SESSION_KEYS if props and props.get(k)), None)
        return {
            "record_kind": "llm_call",
            "record_id": as_str(rec.get("response_id"), "response_id") or request_id,
            "request_id": request_id,
            "conversation_id": as_str(session, "request_properties.Helicone-Session-Id"),
            "user_id": user,
            "user_id_kind": kind,
        }

    @staticmethod
    def _call(rec: dict[str, Any], req: dict[str, Any], resp: dict[str, Any], start: int | None,
              end: int | None, finish: str | None) -> dict[str, Any]:
        """What the call was, how it went and what it cost."""
        http = _http(rec)
        error = resp.get("error")
        requested = as_str(rec.get("request_model") or rec.get("model") or req.get("model"), "request_model")
        served = as_str(rec.get("response_model") or resp.get("model"), "response_model")
        cost = as_float(rec.get("cost", rec.get("costUSD")), "cost")
        latency = as_float(rec.get("delay_ms"), "delay_ms", minimum=0)
        if latency is None:
            latency = as_float(rec.get("latency"), "latency", minimum=0)
        if latency is None and start is not None and end is not None:
            latency = (end - start) / 1e6
        unknown = http is None and rec.get("response_status") not in (None, "")
        out = {
            "endpoint": as_str(rec.get("request_path"), "request_path"),
            "provider": (as_str(rec.get("provider"), "provider") or "").lower() or None,
            "model": served or requested, "model_requested": requested, "model_served": served,
            "status": "unknown" if unknown else chat_status(http, error, finish),
            "http_status": http,
            "error_type": as_str(dig(error, "type") or dig(error, "code"), "error.type") if error else None,
            "error_message": as_str(dig(error, "message"), "error.message") if error else None,
            "is_stream": as_bool(req.get("stream"), "request_body.stream"),
            "store_flag": as_bool(req.get("store"), "request_body.store"),
            "latency_ms": latency, "num_requests": 1, "cost_usd": cost,
            "cost_raw": f"cost={rec.get('cost', rec.get('costUSD'))}" if cost is not None else None,
        }
        out.update(chat_usage(resp.get("usage"), "response_body.usage"))
        for col, key in (("prompt_tokens", "prompt_tokens"), ("completion_tokens", "completion_tokens"),
                         ("total_tokens", "total_tokens"), ("cached_tokens", "prompt_cache_read_tokens")):
            value = as_int(rec.get(key), key)
            if value is not None:
                out[col] = value
        return out
