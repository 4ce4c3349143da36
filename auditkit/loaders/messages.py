"""Flattening chat messages into role-tagged text for the classifiers, losslessly kept beside it.

Many formats carry OpenAI-style messages (chat proxies, batch lines, Helicone bodies, LiteLLM payloads,
Langfuse inputs). They all go through :func:`flatten`, so that ``input_text``/``output_text`` have one
shape everywhere::

    [system] You are a support bot.
    [user] My order is late.
    [assistant:tool_call get_order] {"id": 42}

and ``messages_json`` keeps every message as the source gave it (``field``, ``index`` and ``role`` added;
base64 media replaced by a placeholder). :func:`segments` recomputes, from ``messages_json``, where each
message's text lies inside the flattened text, so that evidence offsets can be mapped back to a message
index and role.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

__all__ = ["Flat", "flatten", "segments", "content_text", "media_placeholder"]

_TEXT_PART_TYPES = {"text", "input_text", "output_text", "refusal", "reasoning_text", "summary_text"}
_MEDIA_KEYS = {"url", "data", "file_data", "image_url", "b64_json"}
_TEXT_KEYS = {"text", "content", "refusal", "arguments", "name", "role"}


@dataclass
class Flat:
    """Flattened messages: the text, the lossless entries, and what was seen on the way."""

    text: str | None
    entries: list[dict[str, Any]] = field(default_factory=list)
    modalities: set[str] = field(default_factory=set)
    truncated: bool = False
    tool_calls: list[Any] = field(default_factory=list)


def media_placeholder(value: str) -> str:
    """A stand-in for a long base64 or data: URI: its media type, length and a sha256 prefix."""
    head = value.split(",", 1)[0] if value.startswith("data:") else "base64"
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"<{head} {len(value)} chars sha256:{digest}>"


def _strip_media(obj: Any, limit: int, flat: Flat) -> Any:
    """A copy of ``obj`` with long data: URIs and base64 payloads replaced by placeholders."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if (
                isinstance(v, str)
                and len(v) > limit
                and k not in _TEXT_KEYS
                and (k in _MEDIA_KEYS or (v.startswith("data:") and ";base64," in v[:100]))
            ):
                flat.truncated = True
                out[k] = media_placeholder(v)
            else:
                out[k] = _strip_media(v, limit, flat) if isinstance(v, (dict, list)) else v
        return out
    if isinstance(obj, list):
        return [_strip_media(v, limit, flat) if isinstance(v, (dict, list)) else v for v in obj]
    return obj


_MODALITY = {
    "image_url": "image", "input_image": "image", "image": "image",
    "input_audio": "audio", "audio": "audio",
    "file": "file", "input_file": "file",
}


def content_text(content: Any, modalities: set[str] | None = None) -> str:
    """The text of a message ``content``: a string, or the text of its parts joined by newlines."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                ptype = part.get("type")
                if ptype in _TEXT_PART_TYPES:
                    value = part.get("text", part.get("refusal"))
                    if isinstance(value, str):
                        texts.append(value)
                elif ptype in _MODALITY and modalities is not None:
                    modalities.add(_MODALITY[ptype])
        if modalities is not None and texts:
            modalities.add("text")
        return "\n".join(t for t in texts if t)
    if isinstance(content, dict):  # a single part
        return content_text([content], modalities)
    return str(content)


def _tool_call_lines(role: str, calls: Iterable[Any]) -> list[str]:
    lines = []
    for call in calls:
        if not isinstance(call, dict):
            continue
        fn = call.get("function") or call.get("custom") or {}
        name = fn.get("name") or call.get("name") or "?"
        args = fn.get("arguments", fn.get("input", call.get("arguments")))
        if not isinstance(args, str):
            args = orjson.dumps(args).decode() if args is not None else ""
        lines.append(f"[{role}:tool_call {name}] {args}")
    return lines


def _message_lines(msg: dict[str, Any], modalities: set[str], flat: Flat) -> tuple[str, list[str]]:
    role = str(msg.get("role") or "unknown")
    lines = []
    text = content_text(msg.get("content"), modalities)
    if text:
        if isinstance(msg.get("content"), str):
            modalities.add("text")
        lines.append(f"[{role}] {text}")
    refusal = msg.get("refusal")
    if isinstance(refusal, str) and refusal:
        lines.append(f"[{role}:refusal] {refusal}")
    calls = msg.get("tool_calls")
    if isinstance(calls, list) and calls:
        flat.tool_calls.extend(calls)
        lines.extend(_tool_call_lines(role, calls))
    fcall = msg.get("function_call")
    if isinstance(fcall, dict):
        flat.tool_calls.append(fcall)
        lines.extend(_tool_call_lines(role, [{"function": fcall}]))
    return role, lines


def flatten(
    messages: Sequence[Any] | None,
    field_name: str,
    *,
    start_index: int = 0,
    media_limit: int = 256,
    into: Flat | None = None,
) -> Flat:
    """Flatten OpenAI-style messages (dicts with ``role`` and ``content``) of one side of a call.

    ``field_name`` is ``input`` or ``output``; ``start_index`` numbers the messages after those of an
    earlier call on the same ``Flat`` (pass ``into`` to append). A plain string counts as one user message.
    """
    flat = into if into is not None else Flat(None)
    texts: list[str] = [flat.text] if (into is not None and flat.text) else []
    if messages is None:
        return flat
    if isinstance(messages, (str, dict)):
        messages = [messages]
    index = start_index
    for msg in messages:
        if isinstance(msg, str):
            msg = {"role": "user", "content": msg}
        if not isinstance(msg, dict):
            continue
        role, lines = _message_lines(msg, flat.modalities, flat)
        entry = {"field": field_name, "index": index, "role": role}
        entry.update((k, v) for k, v in _strip_media(msg, media_limit, flat).items() if k != "role")
        flat.entries.append(entry)
        texts.extend(lines)
        index += 1
    flat.text = "\n".join(texts) if texts else None
    return flat


def segments(messages_json: str | None, field_name: str) -> list[tuple[int, int, int, str]]:
    """Where each message of one side lies in the flattened text: ``(start, end, index, role)``.

    Recomputed from ``messages_json`` with the same rules as :func:`flatten`, so offsets agree with
    ``input_text``/``output_text`` of the same row.
    """
    if not messages_json:
        return []
    entries = [e for e in orjson.loads(messages_json) if e.get("field") == field_name]
    out = []
    pos = 0
    first = True
    for entry in entries:
        scratch = Flat(None)
        _, lines = _message_lines(entry, set(), scratch)
        if not lines:
            continue
        text = "\n".join(lines)
        if not first:
            pos += 1  # the newline between messages
        out.append((pos, pos + len(text), int(entry.get("index", 0)), str(entry.get("role", "unknown"))))
        pos += len(text)
        first = False
    return out
