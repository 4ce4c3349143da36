"""The fast path of the chat-proxy loader: many JSONL lines at once, for tens of millions of calls.

The generic path (``OpenAIChatProxyLoader.rows``) parses every line into Python objects and re-serialises
the messages. Here msgspec decodes a line into typed structs in one pass and keeps each message as a
``Raw`` slice of the source bytes, so ``messages_json`` is built by splicing ``"field"`` and ``"index"``
into the original message objects, without re-encoding their text. Every non-text column comes from the
same function as the generic path (:func:`~auditkit.loaders.openai_chat.call_fields`).

Only plain lines are handled here: text-only messages with a role, no tool calls, refusals, media,
streamed chunks or inline moderation. Any other line, and any line that does not decode or whose values
have the wrong types, is left to the generic path, which also produces the exact reject. A test loads the
same files through both paths and compares every column.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Raw, Struct, UnsetType

from auditkit.loaders.base import BatchRows, LoadOptions, RecordError
from auditkit.loaders.openai_chat import call_fields

__all__ = ["read_batch"]

_U = UnsetType


class _Msg(Struct, forbid_unknown_fields=True):
    role: Any = UNSET
    content: Any = UNSET
    name: Any = UNSET
    refusal: Any = UNSET
    tool_call_id: Any = UNSET


class _Req(Struct):
    messages: list[Raw] | _U = UNSET
    model: Any = UNSET
    store: Any = UNSET
    stream: Any = UNSET
    safety_identifier: Any = UNSET
    user: Any = UNSET
    metadata: Any = UNSET


class _Choice(Struct):
    message: Raw | _U = UNSET
    finish_reason: Any = UNSET
    index: Any = UNSET


class _Resp(Struct):
    id: Any = UNSET
    created: Any = UNSET
    model: Any = UNSET
    choices: list[_Choice] | _U = UNSET
    usage: Any = UNSET
    error: Any = UNSET
    moderation: Any = UNSET


class _Line(Struct):
    request: _Req | _U = UNSET
    response: _Resp | None | _U = UNSET
    logged_at: Any = UNSET
    timestamp: Any = UNSET
    time: Any = UNSET
    ts: Any = UNSET
    created_at: Any = UNSET
    proxy_request_id: Any = UNSET
    log_id: Any = UNSET
    id: Any = UNSET
    http_status: Any = UNSET
    status_code: Any = UNSET
    x_request_id: Any = UNSET
    request_id: Any = UNSET
    conversation_id: Any = UNSET
    latency_ms: Any = UNSET
    duration_ms: Any = UNSET
    org_id: Any = UNSET
    organization: Any = UNSET
    project_id: Any = UNSET
    project: Any = UNSET
    api_key_id: Any = UNSET
    key_id: Any = UNSET
    api_key_name: Any = UNSET
    client_ip: Any = UNSET
    endpoint: Any = UNSET
    path: Any = UNSET
    provider: Any = UNSET
    error: Any = UNSET


_LINE = msgspec.json.Decoder(_Line)
_MSG = msgspec.json.Decoder(_Msg)


class _Unhandled(Exception):
    pass


def _present(struct: Struct) -> dict[str, Any]:
    """The struct's fields that the source had (what orjson would have given for those keys)."""
    return {f: v for f in struct.__struct_fields__ if (v := getattr(struct, f)) is not UNSET}


def _side(raws: list[Raw], field: str, start: int, entries: list[bytes]) -> tuple[str | None, bool]:
    """Text of one side; appends the spliced entries. Raises _Unhandled for anything not plain."""
    texts = []
    any_text = False
    for i, raw in enumerate(raws, start):
        data = bytes(raw)
        if data[:1] != b"{":
            raise _Unhandled
        msg = _MSG.decode(data)
        role, content = msg.role, msg.content
        if not isinstance(role, str) or not role or (msg.refusal is not UNSET and msg.refusal is not None):
            raise _Unhandled
        if content is UNSET or content is None:
            pass
        elif isinstance(content, str):
            if content:
                texts.append(f"[{role}] {content}")
                any_text = True
        else:
            raise _Unhandled
        # The message has a role, so its object is not empty and the spliced keys need a comma.
        entries.append(b'{"field":"%s","index":%d,' % (field.encode(), i) + data[1:].lstrip())
    return ("\n".join(texts) if texts else None), any_text


def _one(line: bytes) -> dict[str, Any]:
    rec = _LINE.decode(line)
    req = rec.request
    if req is UNSET or req.messages is UNSET:
        raise _Unhandled
    resp = rec.response
    entries: list[bytes] = []
    input_text, text_in = _side(req.messages, "input", 0, entries)
    n_in = len(entries)
    response: dict[str, Any] = {}
    finish = None
    output_text, text_out = None, False
    if resp is not None and resp is not UNSET:
        if resp.moderation is not UNSET:
            raise _Unhandled
        response = _present(resp)
        choices = response.pop("choices", None) or []
        raws = []
        for ch in choices:
            if ch.message is UNSET:
                continue
            raws.append(ch.message)
            if finish is None and ch.finish_reason:
                finish = ch.finish_reason
        output_text, text_out = _side(raws, "output", n_in, entries)
        if finish is not None and not isinstance(finish, str):
            raise _Unhandled
    row = call_fields(_present(rec), _present(req), response, finish)
    row["input_text"] = input_text
    row["output_text"] = output_text
    row["messages_json"] = (b"[" + b",".join(entries) + b"]").decode("utf-8") if entries else None
    row["content_truncated"] = False
    row["modalities"] = "text" if (text_in or text_out) else None
    return row


def read_batch(lines: list[bytes], options: LoadOptions) -> BatchRows:
    """Map the plain lines of a batch; leave the others (positions not in ``handled``) to the generic path."""
    rows: list[dict[str, Any]] = []
    handled: list[int] = []
    for pos, line in enumerate(lines):
        try:
            row = _one(line)
        except (_Unhandled, msgspec.DecodeError, RecordError, UnicodeDecodeError):
            continue
        rows.append(row)
        handled.append(pos)
    if not rows:
        return BatchRows({}, [])
    names = sorted({n for r in rows for n in r})
    columns = {n: [r.get(n) for r in rows] for n in names}
    return BatchRows(columns, handled)
