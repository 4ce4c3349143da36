"""Stored Responses API objects with their ``input_items`` (``openai_responses``): the health app.

From August the health app calls ``/v1/responses`` (``store`` left at its default, true) and chains turns
with ``previous_response_id``. The audit export retrieved each stored response and embedded its
``GET /v1/responses/{id}/input_items`` list (newest first, as the API returns it) under ``input_items``.
"""

from __future__ import annotations

from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import MonthlyWriter

__all__ = ["ResponsesWriter"]


class ResponsesWriter(MonthlyWriter):
    format = "openai_responses"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "responses/" + app.id.replace("_", "-")
        self.ids = Ids(self.rng)
        self.last: dict[str, str] = {}  # conversation -> last response id
        self.zdr = bool(app.facts.get("zero_data_retention"))

    def add(self, call: Call) -> None:
        ids = self.ids
        rid = "resp_" + ids.hex(48)
        created = round(call.ts, 3)
        prev = self.last.get(call.conv_id) if call.turn else None
        self.last[call.conv_id] = rid
        user_item: dict[str, Any] = {
            "id": "msg_" + ids.hex(48),
            "type": "message",
            "role": "user",
            "status": "completed",
            "content": [{"type": "input_text", "text": call.user_text}],
        }
        if call.image:
            user_item["content"].append(
                {
                    "type": "input_image",
                    "detail": "auto",
                    "file_id": None,
                    "image_url": f"https://cdn.wellpine.example/uploads/{call.user.id}/"
                    f"{call.conv_id[5:17]}.jpg",
                }
            )
        items = [user_item]
        if not prev:  # the first request sent the earlier turns itself (none here) and no history
            for u, r in reversed(call.history):
                items.append(
                    {
                        "id": "msg_" + ids.hex(48),
                        "type": "message",
                        "role": "assistant",
                        "status": "completed",
                        "content": [{"type": "output_text", "text": r, "annotations": []}],
                    }
                )
                items.append(
                    {
                        "id": "msg_" + ids.hex(48),
                        "type": "message",
                        "role": "user",
                        "status": "completed",
                        "content": [{"type": "input_text", "text": u}],
                    }
                )
        usage = {
            "input_tokens": call.prompt_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": call.completion_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": call.prompt_tokens + call.completion_tokens,
        }
        failed = call.error is not None
        obj: dict[str, Any] = {
            "id": rid,
            "object": "response",
            "created_at": created,
            "status": "failed" if failed else "completed",
            "background": False,
            "completed_at": None if failed else round(call.ts + call.latency_ms / 1000, 3),
            "error": (
                {
                    "code": "rate_limit_exceeded" if call.error == "rate_limit" else "server_error",
                    "message": "Rate limit reached."
                    if call.error == "rate_limit"
                    else "The server had an error while processing your request.",
                }
                if failed
                else None
            ),
            "incomplete_details": None,
            "instructions": call.system,
            "max_output_tokens": None,
            "model": call.served,
            "output": []
            if failed
            else [
                {
                    "id": "msg_" + ids.hex(48),
                    "type": "message",
                    "status": "completed",
                    "role": "assistant",
                    "content": [
                        {"type": "output_text", "annotations": [], "logprobs": [], "text": call.reply}
                    ],
                }
            ],
            "parallel_tool_calls": True,
            "previous_response_id": prev,
            "prompt_cache_key": None,
            "reasoning": {"effort": None, "summary": None},
            "safety_identifier": call.user.id,
            "service_tier": "default",
            "temperature": 0.7,
            "text": {"format": {"type": "text"}, "verbosity": "medium"},
            "tool_choice": "auto",
            "tools": [],
            "top_p": 1.0,
            "truncation": "disabled",
            "usage": None if failed else usage,
            "user": None,
            "metadata": {"app": "wellpine", "region": call.user.region, "conversation_id": call.conv_id},
            "input_items": {
                "object": "list",
                "data": items,
                "first_id": items[0]["id"],
                "last_id": items[-1]["id"],
                "has_more": False,
            },
        }
        call.request_id = rid
        sink = self.sink_for(call.ts)
        n = sink.write_line(orjson.dumps(obj))
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        tags = ("stored_response", "zdr_breach_stored_response") if self.zdr else ("stored_response",)
        self.ctx.observe(sink, n, call, tags)
