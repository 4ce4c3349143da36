"""OpenAI organization Usage API and Costs API pages (``openai_usage``): aggregates without text.

Reads (``../shared/reference/log-formats.md`` §6) pages ``{"object": "page", "data": [bucket, ...]}`` as
JSON Lines (one page per line), a JSON document, or a JSON array of pages. A bucket is
``{"object": "bucket", "start_time", "end_time", "results": [...]}``; specs before mid-2025 named the
array ``result``, and both are accepted.

Each result is one row (a bucket of several results gives several rows, pointers ``/results/0`` ...):

* a usage result (``organization.usage.<kind>.result``) is a ``usage_bucket``: ``input_tokens`` →
  ``prompt_tokens``, ``output_tokens`` → ``completion_tokens``, ``input_cached_tokens`` →
  ``cached_tokens``, their sum → ``total_tokens``, ``num_model_requests`` → ``num_requests``; the group
  keys ``project_id``, ``user_id`` (kind ``usage_api_user``), ``api_key_id``, ``model`` fill their
  columns; ``endpoint`` is the usage route the result type names (``/v1/organization/usage/completions``);
* a cost result (``organization.costs.result``) is a ``cost_bucket``: ``amount.value`` →
  ``cost_usd`` when the currency is USD (any other currency leaves it ``<NA>``), ``cost_raw`` keeps
  value and currency;
* ``event_time`` is the bucket's ``start_time``, ``end_time`` its ``end_time``; ``has_content`` is False;
  every other field of the result (``batch``, ``service_tier``, ``line_item``, audio and image counts,
  ``quantity`` ...) is kept in ``metadata_json``.

``record_id`` is deterministic: the result type, the bucket's start and end (unix seconds) and every text
or flag field of the result (its group keys and, for costs, ``line_item``), so a bucket fetched twice
(overlapping pages) is caught by the duplicate rule. The same window fetched with different ``group_by``
gives different ids and is *not* caught: do not load two groupings of one period together.

Legacy ``GET /v1/usage?date=`` items (``aggregation_timestamp, n_requests, operation, snapshot_id,
n_context_tokens_total, n_generated_tokens_total``) are read as ``usage_bucket`` rows too. These names
come from third-party code only (unverified); such rows say so in ``metadata_json``.
"""

from __future__ import annotations

from typing import Any

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_dict, as_float, as_int, as_list, as_str, dumps, require, show, to_ns

__all__ = ["OpenAIUsageLoader", "bucket_record_id"]

_COST_OBJECT = "organization.costs.result"
_MAPPED = {"object", "input_tokens", "output_tokens", "input_cached_tokens", "num_model_requests",
           "project_id", "user_id", "api_key_id", "model", "amount"}
_LEGACY_MAPPED = {"aggregation_timestamp", "n_requests", "snapshot_id", "n_context_tokens_total",
                  "n_generated_tokens_total"}


def bucket_record_id(kind: str, start_ns: int, end_ns: int | None, result: dict[str, Any]) -> str:
    """A stable id for one result of one bucket: its type, window and text/flag fields (group keys)."""
    window = f"{start_ns // 10**9}-{end_ns // 10**9 if end_ns is not None else ''}"
    keys = sorted((k, v) for k, v in result.items()
                  if k != "object" and isinstance(v, (str, bool)) and v != "")
    return "|".join([kind, window, *(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in keys)])


def _endpoint(kind: str) -> str | None:
    if kind == _COST_OBJECT:
        return "/v1/organization/costs"
    parts = kind.split(".")
    if len(parts) == 4 and parts[:2] == ["organization", "usage"]:
        return f"/v1/organization/usage/{parts[2]}"
    return None


def _is_bucket(value: Any) -> bool:
    return isinstance(value, dict) and (value.get("object") == "bucket" or (
        "start_time" in value and isinstance(value.get("results", value.get("result")), list)))


def _is_legacy(value: Any) -> bool:
    return isinstance(value, dict) and "aggregation_timestamp" in value and "n_requests" in value


def _rest(result: dict[str, Any], mapped: set[str]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k not in mapped and v is not None}


class OpenAIUsageLoader(Loader):
    name = "openai_usage"
    description = "OpenAI organization Usage API and Costs API pages (time buckets, no text)"
    containers = frozenset({"jsonl", "json"})
    item_paths = (("data",),)
    carries_text = "no"

    def sniff(self, sample: Sample) -> float:
        items = [it for v in sample.values if isinstance(v, dict) for _, it in self.explode(v)]
        if not items:  # empty pages only: "page" is the Usage/Costs wrapper (list endpoints say "list")
            pages = [sample.context] if sample.shape == "wrapped" else sample.values
            empty = bool(pages) and all(isinstance(p, dict) and p.get("object") == "page" for p in pages)
            return 0.6 if empty else 0.0
        return sum(1 for it in items if _is_bucket(it) or _is_legacy(it)) / len(items)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        if _is_legacy(rec):
            return [self._legacy(rec)]
        start_raw = require(rec, "start_time", "the bucket start, unix seconds")
        start = to_ns(start_raw, "start_time")
        if start is None:
            raise RecordError(RejectReason.MISSING_FIELD, "field 'start_time' (the bucket start, unix s)")
        end = to_ns(rec.get("end_time"), "end_time")
        if start is not None and end is not None and end < start:
            raise RecordError(RejectReason.BAD_VALUE, "end_time >= start_time", f"{rec.get('end_time')!r}")
        key = "results" if "results" in rec else "result"
        results = as_list(require(rec, key, "the bucket's 'results' (or 'result') array"), key) or []
        rows = []
        for i, result in enumerate(results):
            if not isinstance(result, dict):
                raise RecordError(RejectReason.NOT_AN_OBJECT, f"an object in {key}[{i}]", show(result))
            row = self._result(result, start, end)
            row.update({"event_time_raw": str(start_raw), "_pointer": f"/{key}/{i}",
                        "raw_record": dumps(result)})
            rows.append(row)
        return rows

    def _result(self, result: dict[str, Any], start: int, end: int | None) -> dict[str, Any]:
        """One usage or cost result of a bucket as a row."""
        kind = as_str(result.get("object"), "object") or ("organization.costs.result" if "amount" in result
                                                            else "organization.usage.result")
        user = as_str(result.get("user_id"), "user_id")
        row: dict[str, Any] = {
            "record_id": bucket_record_id(kind, start, end, result),
            "event_time": start, "end_time": end, "endpoint": _endpoint(kind), "provider": "openai",
            "project_id": as_str(result.get("project_id"), "project_id"),
            "api_key_id": as_str(result.get("api_key_id"), "api_key_id"),
            "user_id": user, "user_id_kind": "usage_api_user" if user else None,
            "has_content": False, "metadata_json": dumps(_rest(result, _MAPPED)),
        }
        if kind == _COST_OBJECT:
            row.update(self._cost(result))
            return row
        prompt = as_int(result.get("input_tokens"), "input_tokens")
        completion = as_int(result.get("output_tokens"), "output_tokens")
        model = as_str(result.get("model"), "model")
        row.update({
            "record_kind": "usage_bucket", "model": model, "model_served": model,
            "prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion if prompt is not None and completion is not None else None,
            "cached_tokens": as_int(result.get("input_cached_tokens"), "input_cached_tokens"),
            "num_requests": as_int(result.get("num_model_requests"), "num_model_requests"),
        })
        return row

    @staticmethod
    def _cost(result: dict[str, Any]) -> dict[str, Any]:
        amount = as_dict(require(result, "amount", "the cost {value, currency}"), "amount") or {}
        value = as_float(amount.get("value"), "amount.value")
        currency = as_str(amount.get("currency"), "amount.currency")
        return {"record_kind": "cost_bucket",
                "cost_usd": value if currency is not None and currency.lower() == "usd" else None,
                "cost_raw": f"{amount.get('value')} {currency or ''}".strip() if value is not None else None}

    @staticmethod
    def _legacy(rec: dict[str, Any]) -> dict[str, Any]:
        """A legacy ``/v1/usage`` item (field names unverified; see the module docstring)."""
        raw = require(rec, "aggregation_timestamp", "unix seconds")
        start = to_ns(raw, "aggregation_timestamp") or 0
        prompt = as_int(rec.get("n_context_tokens_total"), "n_context_tokens_total")
        completion = as_int(rec.get("n_generated_tokens_total"), "n_generated_tokens_total")
        model = as_str(rec.get("snapshot_id"), "snapshot_id")
        meta = {**_rest(rec, _LEGACY_MAPPED), "auditkit": "legacy /v1/usage item: field names unverified"}
        return {
            "record_kind": "usage_bucket", "record_id": bucket_record_id("legacy.v1.usage", start, None, rec),
            "event_time": start, "event_time_raw": str(raw), "endpoint": "/v1/usage", "provider": "openai",
            "model": model, "model_served": model, "prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion if prompt is not None and completion is not None else None,
            "num_requests": as_int(rec.get("n_requests"), "n_requests"), "has_content": False,
            "metadata_json": dumps(meta),
        }
