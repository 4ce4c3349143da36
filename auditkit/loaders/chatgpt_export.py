"""ChatGPT data export ``conversations.json`` (``chatgpt_export``): one row per message.

The export (``../shared/reference/log-formats.md`` §8, reverse-engineered, no official schema) is a JSON
array of conversations; each holds its messages as a tree in ``mapping`` (``{node_id: {id, message,
parent, children}}``). The unit is one conversation; it gives one ``conversation_message`` row per node
that holds a message (the root node, whose message is null, gives none). ``source_pointer`` ends in
``/mapping/<node id>`` and ``raw_record`` is that node's JSON, not the whole conversation.

What a row means to an auditor:

* this is **ChatGPT (consumer/Team) data, not API data**: ``endpoint`` and ``provider`` are both
  ``chatgpt``, so API retention rules are never applied to it by mistake;
* user, system, tool (and developer) messages are ``input_text``, assistant messages ``output_text``,
  role-tagged as for every other format. An assistant message addressed to a tool (``recipient`` other
  than ``all``, e.g. ``python`` code) is written as a tool call: ``[assistant:tool_call python] ...``;
* every known ``content_type`` is turned into text: ``text``, ``multimodal_text`` (image asset pointers
  give modality ``image``, audio pointers ``audio``, transcriptions text), ``code``,
  ``execution_output``, ``thoughts`` (summary and content), ``reasoning_recap``,
  ``user_editable_context`` (custom instructions), ``tether_quote``, ``tether_browsing_display``,
  ``model_editable_context`` (memory), ``system_error``; unknown types fall back to their ``text``,
  ``result`` or ``content`` string. Attachments (``metadata.attachments``) appear as ``file`` parts;
* ``messages_json`` holds the message as OpenAI-style parts (the original node is in ``raw_record``);
* ``event_time`` is the message ``create_time``. When a message has none (hidden system messages often
  do not), the conversation's ``create_time`` is used instead and ``metadata_json.event_time_source``
  says so: it is the earliest the message can have been written, so retention ages are never
  understated;
* ``metadata_json`` holds the conversation ``title``, ``is_archived``, ``on_visible_thread`` (whether the
  node lies on the thread shown in the UI, found by walking from ``current_node`` up through the parents;
  other branches are regenerations or edits; ``null`` when ``current_node`` is missing), the
  ``content_type`` and, when present, the author name, the recipient and the conversation update time.

A conversation whose ``mapping`` or one of whose nodes is unusable is rejected whole (a conversation is
one unit), with the pointer of the bad node.
"""

from __future__ import annotations

from typing import Any

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_dict, as_str, dig, dumps, show, to_ns
from auditkit.loaders.messages import flatten

__all__ = ["ChatGPTExportLoader", "chatgpt_parts", "visible_thread"]

# Fields that hold the text of each non-``parts`` content type, in reading order.
_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("text",),
    "execution_output": ("text",),
    "reasoning_recap": ("content",),
    "system_error": ("name", "text"),
    "user_editable_context": ("user_profile", "user_instructions"),
    "tether_quote": ("title", "text"),
    "tether_browsing_display": ("summary", "result"),
    "model_editable_context": ("model_set_context",),
}
_FALLBACK_FIELDS = ("text", "result", "content", "summary")
_AUDIO_POINTERS = {"audio_asset_pointer", "real_time_user_audio_video_asset_pointer"}
_STATUS = {"finished_successfully": "success", "in_progress": "incomplete",
           "finished_partial_completion": "incomplete"}


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def _part(part: Any) -> dict[str, Any] | None:
    """One element of ``content.parts`` as an OpenAI-style content part (None when it holds nothing)."""
    if isinstance(part, str):
        return _text(part) if part else None
    if not isinstance(part, dict):
        return None
    ptype = part.get("content_type")
    if ptype == "image_asset_pointer":
        return {"type": "image_url", "image_url": {"url": part.get("asset_pointer")}}
    if ptype in _AUDIO_POINTERS:
        return {"type": "input_audio", "input_audio": {"asset_pointer": part.get("asset_pointer")}}
    text = part.get("text")
    return _text(text) if isinstance(text, str) and text else None


def chatgpt_parts(content: Any) -> list[dict[str, Any]]:
    """The parts of a ChatGPT message ``content`` object, as OpenAI-style content parts."""
    if not isinstance(content, dict):
        return []
    ctype = content.get("content_type")
    if isinstance(content.get("parts"), list):
        return [p for p in (_part(x) for x in content["parts"]) if p is not None]
    if ctype == "thoughts":
        out = []
        for thought in content.get("thoughts") or []:
            if isinstance(thought, dict):
                text = "\n".join(str(thought[k]) for k in ("summary", "content") if thought.get(k))
                if text:
                    out.append(_text(text))
        return out
    keys = _TEXT_FIELDS.get(str(ctype), _FALLBACK_FIELDS)
    texts = [content[k] for k in keys if isinstance(content.get(k), str) and content[k]]
    if ctype not in _TEXT_FIELDS and texts:
        texts = texts[:1]
    return [_text("\n".join(texts))] if texts else []


def _attachments(meta: dict[str, Any]) -> list[dict[str, Any]]:
    """Files attached to a message (``metadata.attachments``) as ``file`` parts, names kept."""
    out = []
    for att in meta.get("attachments") or []:
        if isinstance(att, dict):
            out.append({"type": "file", "file": {"file_id": att.get("id"), "filename": att.get("name")}})
    return out


def visible_thread(mapping: dict[str, Any], current: Any) -> set[str] | None:
    """Node ids on the thread the UI shows: ``current_node`` and its ancestors (None when unknown)."""
    if not isinstance(current, str) or current not in mapping:
        return None
    seen: set[str] = set()
    node: Any = current
    while isinstance(node, str) and node in mapping and node not in seen:
        seen.add(node)
        node = dig(mapping[node], "parent")
    return seen


def _message_dict(msg: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The side (input/output) and the OpenAI-style message of a ChatGPT message."""
    role = str(dig(msg, "author", "role") or "unknown")
    meta = msg.get("metadata") if isinstance(msg.get("metadata"), dict) else {}
    parts = chatgpt_parts(msg.get("content")) + _attachments(meta)
    recipient = msg.get("recipient")
    out: dict[str, Any] = {"role": role, "content": parts}
    name = dig(msg, "author", "name")
    if isinstance(name, str) and name:
        out["name"] = name
    if role == "assistant" and isinstance(recipient, str) and recipient != "all":
        args = "\n".join(p["text"] for p in parts if p.get("type") == "text")
        out["content"] = None
        out["tool_calls"] = [{"type": "function", "function": {"name": recipient, "arguments": args}}]
    out["content_type"] = dig(msg, "content", "content_type")
    return ("output" if role == "assistant" else "input"), out


class ChatGPTExportLoader(Loader):
    name = "chatgpt_export"
    description = "ChatGPT data export conversations.json (one row per message of every conversation)"
    containers = frozenset({"json", "jsonl"})
    carries_text = "yes"

    def sniff(self, sample: Sample) -> float:
        """Share of sampled elements that are conversations: a ``mapping`` object plus conversation keys.

        The other files of the export zip (``user.json``, ``message_feedback.json``,
        ``shared_conversations.json`` ...) have no ``mapping`` and are left unrecognised.
        """
        values = [v for v in sample.values if isinstance(v, dict)]
        if not values:
            return 0.0
        hits = sum(1 for v in values if isinstance(v.get("mapping"), dict)
                   and ("current_node" in v or "create_time" in v)
                   and ("id" in v or "conversation_id" in v or "title" in v))
        return hits / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        conv = item.value
        mapping = conv.get("mapping")
        if not isinstance(mapping, dict):
            raise RecordError(RejectReason.MISSING_FIELD if mapping is None else RejectReason.WRONG_TYPE,
                              "field 'mapping' as an object of message nodes",
                              type(mapping).__name__ if mapping is not None else "")
        context = self._conversation(conv, mapping)
        out = []
        for node_id, node in mapping.items():
            pointer = f"/mapping/{_escape(str(node_id))}"
            try:
                row = self._node_row(str(node_id), node, mapping, context, item.options.max_media_chars)
            except RecordError as err:
                raise RecordError(err.reason, err.expected, err.found,
                                  pointer=item.pointer + pointer) from None
            if row is not None:
                row["_pointer"] = pointer
                row["raw_record"] = dumps(node) or "{}"
                out.append(row)
        return out

    @staticmethod
    def _conversation(conv: dict[str, Any], mapping: dict[str, Any]) -> dict[str, Any]:
        """Facts shared by every message of one conversation."""
        created = conv.get("create_time")
        return {
            "id": as_str(conv.get("id") or conv.get("conversation_id"), "id"),
            "created": created,
            "created_ns": to_ns(created, "create_time", unit="s"),
            "visible": visible_thread(mapping, conv.get("current_node")),
            "meta": {"title": conv.get("title"), "is_archived": conv.get("is_archived"),
                     "conversation_update_time": conv.get("update_time"), "gizmo_id": conv.get("gizmo_id")},
        }

    def _node_row(self, node_id: str, node: Any, mapping: dict[str, Any], conv: dict[str, Any],
                  media_limit: int) -> dict[str, Any] | None:
        if not isinstance(node, dict):
            raise RecordError(RejectReason.NOT_AN_OBJECT, "a mapping node object", type(node).__name__)
        msg = node.get("message")
        if msg is None:
            return None
        if not isinstance(msg, dict):
            raise RecordError(RejectReason.WRONG_TYPE, "message as an object or null", show(msg))
        side, message = _message_dict(msg)
        flat = flatten([message], side, media_limit=media_limit)
        meta = as_dict(msg.get("metadata"), "message.metadata") or {}
        row = self._time(msg, conv)
        row.update(self._identity(node, msg, mapping, conv))
        model = as_str(meta.get("model_slug"), "metadata.model_slug")
        row.update({
            "record_kind": "conversation_message",
            "endpoint": "chatgpt",
            "provider": "chatgpt",
            "model": model or as_str(meta.get("requested_model_slug"), "metadata.requested_model_slug"),
            "model_requested": as_str(meta.get("requested_model_slug"), "metadata.requested_model_slug"),
            "model_served": model,
            "status": _STATUS.get(str(msg.get("status")), "unknown") if msg.get("status") else None,
            "finish_reason": as_str(dig(meta, "finish_details", "type"), "metadata.finish_details.type"),
            "input_text": flat.text if side == "input" else None,
            "output_text": flat.text if side == "output" else None,
            "messages_json": dumps(flat.entries),
            "has_content": bool(flat.text),
            "content_truncated": flat.truncated,
            "modalities": ",".join(sorted(flat.modalities)) or None,
            "tool_calls_json": dumps(flat.tool_calls),
        })
        row["metadata_json"] = dumps(self._metadata(node_id, msg, conv, row.pop("_time_source")))
        return row

    @staticmethod
    def _time(msg: dict[str, Any], conv: dict[str, Any]) -> dict[str, Any]:
        """Message time, or the conversation's when the message has none (recorded as the source)."""
        created = msg.get("create_time")
        if created is not None:
            return {"event_time": to_ns(created, "message.create_time", unit="s"),
                    "event_time_raw": str(created), "_time_source": None}
        raw = conv["created"]
        return {"event_time": conv["created_ns"], "event_time_raw": str(raw) if raw is not None else None,
                "_time_source": "conversation.create_time" if raw is not None else None}

    @staticmethod
    def _identity(node: dict[str, Any], msg: dict[str, Any], mapping: dict[str, Any],
                  conv: dict[str, Any]) -> dict[str, Any]:
        parent = node.get("parent")
        parent_msg = dig(mapping.get(parent), "message") if isinstance(parent, str) else None
        return {
            "record_id": as_str(msg.get("id") or node.get("id"), "message.id"),
            "parent_id": as_str(dig(parent_msg, "id"), "parent message id") if parent_msg else None,
            "conversation_id": conv["id"],
        }

    @staticmethod
    def _metadata(node_id: str, msg: dict[str, Any], conv: dict[str, Any],
                  time_source: str | None) -> dict[str, Any]:
        visible = conv["visible"]
        meta: dict[str, Any] = {
            "title": conv["meta"]["title"],
            "on_visible_thread": None if visible is None else node_id in visible,
            "is_archived": conv["meta"]["is_archived"],
            "content_type": dig(msg, "content", "content_type"),
        }
        extras = {"author_name": dig(msg, "author", "name"), "recipient": msg.get("recipient"),
                  "conversation_update_time": conv["meta"]["conversation_update_time"],
                  "gizmo_id": conv["meta"]["gizmo_id"], "event_time_source": time_source}
        if extras["recipient"] == "all":
            extras["recipient"] = None
        meta.update({k: v for k, v in extras.items() if v is not None})
        return meta
