"""OpenAI Batch API input and output lines (``openai_batch``), joined by ``custom_id``.

Reads (``../shared/reference/log-formats.md`` §2) both kinds of JSON Lines line, in any mix of files:

* input (``BatchRequestInput``): ``custom_id, method, url, body``. The request text comes from
  ``body.messages`` (chat), ``body.instructions``/``body.input`` (``/v1/responses``), ``body.input``
  (embeddings, moderations; token arrays carry no text) or ``body.prompt`` (completions);
* output or error (``BatchRequestOutput``): ``id, custom_id, response{status_code, request_id, body},
  error{code, message}``. The body is the endpoint's normal response (chat completion, response object,
  embeddings list, text completion, moderation) or an ``{"error": ...}`` body.

Every line is one ``batch_call`` row. Output lines carry no timestamp of their own: ``event_time`` is the
body's ``created`` (``created_at`` for responses), else ``<NA>``. An input line's row has status
``pending`` (no output seen); an output line's never does. A status code >= 400, an error body or a
top-level ``error`` makes the status ``error`` with ``error_type``/``error_message``.

The join (:meth:`OpenAIBatchLoader.finalize`): for each ``custom_id``, input rows are paired with output
rows. The kept row is the output row, filled with the input side (``input_text``, the input messages
ahead of the output ones in ``messages_json``, the requested model, user, ``endpoint`` from the input's
``url``, ``store_flag``, ``metadata``); the input line is folded into it (``merged_sources``). Inputs
without output stay ``pending``; outputs without input stay as they are.

``custom_id`` is unique within one batch only, so a load holding several batches can repeat it. The rule,
deterministic and recorded under ``metadata_json["auditkit"]["batch_join"]`` whenever it was needed:

1. outputs repeating an output ``id`` already seen are left to the duplicate rule, not paired;
2. inputs and outputs in the same directory are paired first, in load order (files in the order given,
   then by line): the k-th input with the k-th output;
3. those left are paired across directories, again k-th with k-th in load order;
4. an input still unpaired whose request (method, url, body) equals an already kept input of the same
   ``custom_id`` is a copy of it (the same file loaded twice, a resubmitted batch) and is folded into
   that row; any other stays ``pending``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from auditkit.loaders.base import FinalizeResult, Item, Loader, LoadOptions, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_bool, as_dict, as_int, as_list, as_str, dig, dumps, require, to_ns
from auditkit.loaders.messages import Flat, flatten
from auditkit.loaders.openai_batch_join import join_batch
from auditkit.loaders.openai_chat import chat_status, chat_usage, response_side, user_from_request
from auditkit.loaders.openai_moderation import input_messages, summarise_moderation
from auditkit.loaders.openai_responses import flatten_response_input, item_messages, response_columns

__all__ = ["OpenAIBatchLoader"]

_KINDS_BY_OBJECT = {"chat.completion": "/v1/chat/completions", "response": "/v1/responses",
                    "text_completion": "/v1/completions", "list": "/v1/embeddings"}


def _input_flat(url: str | None, body: dict[str, Any], media: int) -> Flat:
    """The request text of one batch input body, by endpoint."""
    if "messages" in body or url == "/v1/chat/completions":
        return flatten(as_list(body.get("messages"), "body.messages"), "input", media_limit=media)
    if url == "/v1/responses":
        return flatten_response_input(body.get("instructions"), body.get("input"), media)
    value = body.get("prompt") if "prompt" in body else body.get("input")
    texts = input_messages(value)
    if texts is not None:  # token arrays (lists of ints) carry no text
        texts = [m for m in texts if not _is_tokens(m["content"])]
    return flatten(texts, "input", media_limit=media)


def _is_tokens(content: Any) -> bool:
    if isinstance(content, int):
        return True
    return isinstance(content, list) and all(isinstance(t, (int, list)) for t in content)


class OpenAIBatchLoader(Loader):
    name = "openai_batch"
    description = "OpenAI Batch API input and output/error JSONL lines, joined by custom_id"
    containers = frozenset({"jsonl", "json"})
    carries_text = "yes"

    def sniff(self, sample: Sample) -> float:
        values = [v for v in sample.values if isinstance(v, dict)]
        if not values:
            return 0.0
        hits = sum(1 for v in values if "custom_id" in v and (
            ("body" in v and ("url" in v or "method" in v)) or ("response" in v or "error" in v)))
        return hits / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        custom_id = as_str(require(rec, "custom_id", "the batch join key"), "custom_id")
        if "response" in rec or "error" in rec:
            row = self._output(rec, item.options.max_media_chars)
        elif "body" in rec:
            row = self._input(rec, item.options.max_media_chars)
        else:
            raise RecordError(RejectReason.MISSING_FIELD, "'body' (an input line) or 'response'/'error' (an "
                              "output line)", f"keys {sorted(rec)[:6]}")
        row.update({"record_kind": "batch_call", "custom_id": custom_id, "provider": "openai",
                    "num_requests": 1})
        return [row]

    def _input(self, rec: dict[str, Any], media: int) -> dict[str, Any]:
        body = as_dict(rec.get("body"), "body") or {}
        url = as_str(rec.get("url"), "url")
        flat = _input_flat(url, body, media)
        user, user_kind = user_from_request(body)
        store = as_bool(body.get("store"), "body.store")
        if store is None and url in ("/v1/chat/completions", "/v1/responses"):
            store = url == "/v1/responses"  # the API defaults: chat false, responses true
        model = as_str(body.get("model"), "body.model")
        return {
            "endpoint": url, "model": model, "model_requested": model, "status": "pending",
            "user_id": user, "user_id_kind": user_kind,
            "is_stream": as_bool(body.get("stream"), "body.stream"),
            "store_flag": store, "metadata_json": dumps(as_dict(body.get("metadata"), "body.metadata")),
            "input_text": flat.text, "messages_json": dumps(flat.entries),
            "has_content": flat.text is not None,
            "content_truncated": flat.truncated, "modalities": ",".join(sorted(flat.modalities)) or None,
        }

    def _output(self, rec: dict[str, Any], media: int) -> dict[str, Any]:
        response = as_dict(rec.get("response"), "response") or {}
        error = as_dict(rec.get("error"), "error")
        code = as_int(response.get("status_code"), "response.status_code")
        body = as_dict(response.get("body"), "response.body") or {}
        row, flat, calls = self._output_body(body, code, media)
        body_error = as_dict(body.get("error"), "response.body.error")
        if error or body_error or (code is not None and code >= 400):
            err = error or body_error or {}
            row["status"] = "error"
            row["error_type"] = as_str(err.get("code") or err.get("type"), "error.code")
            row["error_message"] = as_str(err.get("message"), "error.message")
        elif row.get("status") is None:
            row["status"] = "success" if code is not None else "unknown"
        elif row["status"] == "pending":  # an output line is a result: never "no result seen"
            row["status"] = "unknown"
        row.update({
            "record_id": as_str(rec.get("id"), "id") or row.get("record_id"),
            "request_id": as_str(response.get("request_id"), "response.request_id"), "http_status": code,
            "output_text": flat.text, "messages_json": dumps(flat.entries),
            "has_content": flat.text is not None,
            "content_truncated": flat.truncated, "tool_calls_json": dumps(calls),
        })
        return row

    def _output_body(self, body: dict[str, Any], code: int | None, media: int
                     ) -> tuple[dict[str, Any], Flat, list[Any]]:
        """Columns, output text and tool calls of a batch output body, by its ``object``."""
        flat = Flat(None)
        kind = body.get("object")
        row: dict[str, Any] = {"endpoint": _KINDS_BY_OBJECT.get(str(kind))}
        if kind == "response":
            row.update(response_columns(body, code))
            row.pop("record_id")
            flatten(item_messages(as_list(body.get("output"), "body.output"), "assistant"), "output",
                    media_limit=media, into=flat)
            return row, flat, list(flat.tool_calls)
        if isinstance(body.get("results"), list):
            row.update(summarise_moderation(body, "response.body.results"), endpoint="/v1/moderations")
            row["model"] = row["moderation_model"]
        elif kind == "text_completion":
            choices = as_list(body.get("choices"), "body.choices") or []
            texts = [c.get("text") for c in choices if isinstance(c, dict) and c.get("text")]
            messages = [{"role": "assistant", "content": t} for t in texts]
            flatten(messages, "output", media_limit=media, into=flat)
        out = response_side(body, flat, 0, media) if kind == "chat.completion" else {
            "finish_reason": as_str(dig(body, "choices", 0, "finish_reason"), "finish_reason"),
            "output_tool_calls": []}
        created = body.get("created")
        model = as_str(body.get("model"), "body.model")
        row.update({"event_time": to_ns(created, "body.created"),
                    "event_time_raw": str(created) if created is not None else None,
                    "model": row.get("model") or model, "model_served": model,
                    "finish_reason": out["finish_reason"],
                    "status": chat_status(code, None, out["finish_reason"])})
        row.update(chat_usage(body.get("usage"), "body.usage"))
        return row, flat, out["output_tool_calls"]

    def finalize(self, frame: pd.DataFrame, options: LoadOptions) -> FinalizeResult:
        """Join input rows to output rows by ``custom_id`` (the rule is in the module docstring)."""
        return join_batch(frame, self.name)
