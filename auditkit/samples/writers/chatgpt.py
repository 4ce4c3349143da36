"""A paralegal's ChatGPT data export (``chatgpt_export``): a zip with ``conversations.json``.

ChatGPT data, not API data (the API retention rules do not apply). The zip holds what a real export holds:
``conversations.json`` (an array of conversations, each a ``mapping`` tree), ``user.json``,
``message_feedback.json`` and ``chat.html``; only the first is a log.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import Writer

__all__ = ["ChatGPTWriter"]

_FIXED = (2025, 9, 30, 12, 0, 0)


class ChatGPTWriter(Writer):
    format = "chatgpt_export"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.ids = Ids(self.rng)
        self.convs: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.count = 0

    def _node(self, nid: str, parent: str | None, role: str, text: str, ts: float | None) -> dict[str, Any]:
        msg = {
            "id": nid,
            "author": {"role": role, "name": None, "metadata": {}},
            "create_time": ts,
            "update_time": None,
            "content": {"content_type": "text", "parts": [text]},
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" else None,
            "weight": 1.0,
            "metadata": {"model_slug": "gpt-4o"} if role == "assistant" else {},
            "recipient": "all",
        }
        return {"id": nid, "message": msg, "parent": parent, "children": []}

    def add(self, call: Call) -> None:
        conv = self.convs.get(call.conv_id)
        if conv is None:
            root = self.ids.uuid4()
            conv = {
                "title": call.exchange.extra.get("title", "New chat"),
                "create_time": round(call.ts, 6),
                "update_time": round(call.ts, 6),
                "mapping": {root: {"id": root, "message": None, "parent": None, "children": []}},
                "moderation_results": [],
                "current_node": root,
                "plugin_ids": None,
                "conversation_id": None,
                "conversation_template_id": None,
                "gizmo_id": None,
                "is_archived": False,
                "safe_urls": [],
                "default_model_slug": "gpt-4o",
                "id": None,
            }
            conv["id"] = conv["conversation_id"] = self.ids.uuid4()
            self.convs[call.conv_id] = conv
            self.order.append(call.conv_id)
        mapping = conv["mapping"]
        parent = conv["current_node"]
        u, a = self.ids.uuid4(), self.ids.uuid4()
        mapping[u] = self._node(u, parent, "user", call.user_text, round(call.ts, 6))
        mapping[parent]["children"].append(u)
        done = round(call.ts + call.latency_ms / 1000, 6)
        mapping[a] = self._node(a, u, "assistant", call.reply, done)
        mapping[u]["children"].append(a)
        conv["current_node"] = a
        conv["update_time"] = done
        self.ctx.count(call)
        self.count += 1

    def close(self) -> None:
        if not self.convs:
            return
        convs = [self.convs[k] for k in reversed(self.order)]  # newest first, as exports list them
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in (
                ("conversations.json", orjson.dumps(convs)),
                (
                    "user.json",
                    orjson.dumps(
                        {
                            "id": "user-Pq7Lx2Wm9Rk4Tn8Vb1Yc",
                            "email": "paralegal@lotuspine.example",
                            "chatgpt_plus_user": False,
                            "phone_number": None,
                        }
                    ),
                ),
                ("message_feedback.json", b"[]"),
                (
                    "chat.html",
                    b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>ChatGPT Data Export'
                    b'</title></head><body><div id="root"></div></body></html>',
                ),
            ):
                info = zipfile.ZipInfo(name, date_time=_FIXED)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
        sink = self.ctx.sink("chatgpt/legal-team-chatgpt-export.zip", self.format, self.app.id)
        sink._out.write(buf.getvalue())
        sink.record.calls = self.count
        sink.record.lines = len(convs)
        sink.record.note = "zip: conversations.json (+ user.json, message_feedback.json, chat.html)"
        self.ctx.done(sink)
