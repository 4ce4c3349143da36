"""The columnar fast path of the chat-proxy loader, for tens of millions of calls.

Per batch of JSONL lines:

1. lines that carry anything but plain text messages (tool calls, refusals, media parts, streamed
   chunks, errors, inline moderation) are left to the generic path, recognised by a cheap byte search;
2. msgspec checks each remaining line and keeps its messages as ``Raw`` slices of the source bytes, so
   ``messages_json`` is built by splicing ``"field"``/``"index"`` into the original message objects,
   without re-encoding their text; the small ``metadata`` object is decoded;
3. pyarrow's JSON reader parses the batch with an explicit schema (only the fields the row needs);
4. every column is computed with Arrow compute, with exactly the rules of
   :func:`auditkit.loaders.openai_chat.call_fields` (a test compares both paths on every column); a row
   whose values the generic path would reject (a bad time, a negative count) goes back to it, so the reject
   is exact.

Whatever this path cannot handle (a type that varies between lines of one batch, an unknown shape) falls
back to the generic path for that batch: slower, never different.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj
from msgspec import UNSET, Raw, Struct, UnsetType

from auditkit.loaders.base import BatchRows, LoadOptions
from auditkit.loaders.fields import _MAX_NS, _MIN_NS
from auditkit.matcher import Matcher

__all__ = ["read_batch", "read_lines"]

_TIME_KEYS = ("logged_at", "timestamp", "time", "ts", "created_at")
_ID_KEYS = ("proxy_request_id", "log_id", "id")
_MARKERS = (b'"tool_calls"', b'"function_call"', b'"refusal":"', b'"refusal": "', b'"content":[',
            b'"content": [', b'"content":{', b'"content": {', b'"moderation"', b'"response":[', b'"response": [',
            b'"error"', b'"audio"', b';base64,', b'"image_url"', b'"file_data"', b'"b64_json"')
_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_MSG = pa.struct([("role", _S), ("content", _S)])
_DETAILS_IN = pa.struct([("cached_tokens", _I)])
_DETAILS_OUT = pa.struct([("reasoning_tokens", _I)])
_USAGE = pa.struct([("prompt_tokens", _I), ("completion_tokens", _I), ("total_tokens", _I), ("input_tokens", _I),
                    ("output_tokens", _I), ("prompt_tokens_details", _DETAILS_IN),
                    ("input_tokens_details", _DETAILS_IN), ("completion_tokens_details", _DETAILS_OUT),
                    ("output_tokens_details", _DETAILS_OUT)])
_SCALARS = [(k, _S) for k in ("proxy_request_id", "log_id", "id", "x_request_id", "request_id", "conversation_id",
                              "org_id", "organization", "project_id", "project", "api_key_id", "key_id",
                              "api_key_name", "client_ip", "endpoint", "path", "provider")]
_COMMON = _SCALARS + [
    ("http_status", _I), ("status_code", _I), ("latency_ms", _F), ("duration_ms", _F),
    ("request", pa.struct([("model", _S), ("store", _B), ("stream", _B), ("safety_identifier", _S), ("user", _S),
                           ("messages", pa.list_(_MSG))])),
    ("response", pa.struct([("id", _S), ("created", _I), ("model", _S), ("usage", _USAGE),
                            ("choices", pa.list_(pa.struct([("finish_reason", _S), ("message", _MSG)])))])),
]
#: The time keys are text in most proxies and epoch numbers in some: one schema for each.
_SCHEMAS = {kind: pa.schema(_COMMON + [(k, t) for k in _TIME_KEYS]) for kind, t in (("text", _S), ("number", _F))}


class _RReq(Struct):
    messages: list[Raw] | UnsetType = UNSET
    metadata: Any = UNSET


class _RChoice(Struct):
    message: Raw | UnsetType = UNSET


class _RResp(Struct):
    choices: list[_RChoice] | UnsetType = UNSET


class _RLine(Struct):
    request: _RReq | UnsetType = UNSET
    response: _RResp | None | UnsetType = UNSET


_DECODE = msgspec.json.Decoder(_RLine)
_META_USER_KEYS = ("user_id", "user", "end_user")


class _Skip(Exception):
    pass


_PREFIX = {field: [b'{"field":"%s","index":%d,' % (field, i) for i in range(64)] for field in (b"input", b"output")}
_WS = frozenset(b" \t\n\r\x0b\x0c")


def _splice(raws: list[Raw], field: bytes, start: int, out: list[Any]) -> int:
    """Append the pieces of ``{"field":...,"index":i,`` + each message object without its "{" to ``out``
    (views of the source bytes, joined once per line); returns the next index."""
    prefixes = _PREFIX[field]
    i = start
    for raw in raws:
        view = memoryview(raw)
        if field is _OUT and view == b"null":
            continue
        if view[0] != 0x7B:  # "{"
            raise _Skip
        if i:
            out.append(b",")
        out.append(prefixes[i] if i < 64 else b'{"field":"%s","index":%d,' % (field, i))
        out.append(view[1:] if view[1] not in _WS else bytes(view[1:]).lstrip())
        i += 1
    return i


_OUT = b"output"


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    raise _Skip  # as_str would convert a number, or reject anything else: leave it to the generic path


def _python_side(line: bytes) -> tuple[bytes | None, bytes | None, str | None, str | None, str | None]:
    """messages_json and metadata_json (UTF-8 bytes, not yet checked), and the three metadata-derived
    fields, for one line."""
    rec = _DECODE.decode(line)
    req = rec.request
    if req is UNSET or req.messages is UNSET:
        raise _Skip
    pieces: list[Any] = [b"["]
    count = _splice(req.messages, b"input", 0, pieces)
    resp = rec.response
    if resp is not None and resp is not UNSET and resp.choices is not UNSET:
        count = _splice([c.message for c in resp.choices if c.message is not UNSET], _OUT, count, pieces)
    meta = req.metadata if isinstance(req.metadata, dict) else None
    meta_json = orjson.dumps(meta, option=orjson.OPT_NON_STR_KEYS) if meta else None
    user = conv = project = None
    if meta:
        for k in _META_USER_KEYS:
            v = meta.get(k)
            if isinstance(v, str) and v:
                user = v
                break
        conv, project = _meta_str(meta, "conversation_id"), _meta_str(meta, "project_id")
    pieces.append(b"]")
    messages_json = b"".join(pieces) if count else None
    return messages_json, meta_json, user, conv, project


def _text_array(values: list[bytes | None]) -> pa.Array:
    """UTF-8 byte strings (None: null) as one string array over a single joined buffer."""
    n = len(values)
    valid = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    parts = values if valid.all() else [v if v is not None else b"" for v in values]
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=n), out=offsets[1:])
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(b"".join(parts)), bitmap)


def _utf8_ok(array: pa.Array, values: list[bytes | None]) -> np.ndarray:
    """Which rows hold valid UTF-8 (checked for the whole array at once; row by row only if that fails)."""
    try:
        array.validate(full=True)
        return np.ones(len(values), dtype=bool)
    except pa.ArrowInvalid:
        return np.fromiter((v is None or _decodes(v) for v in values), dtype=bool, count=len(values))


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _parse(buf: Any) -> pa.Table | None:
    for schema in _SCHEMAS.values():
        try:
            return pj.read_json(pa.BufferReader(buf), parse_options=pj.ParseOptions(
                explicit_schema=schema, unexpected_field_behavior="ignore"))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue
    return None


_MARKER_MATCHER: Matcher | None = None


def _matcher() -> Matcher:
    global _MARKER_MATCHER
    if _MARKER_MATCHER is None:
        _MARKER_MATCHER = Matcher([re.escape(m.decode()) for m in _MARKERS], name="chat-markers")
    return _MARKER_MATCHER


def _marked(data: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each line holds a marker, found in one pass over the buffer (a match between two lines, in
    a line that is not in the batch, marks the line before it: it then only takes the generic path)."""
    first, last = int(starts[0]), int(ends[-1])
    hits = _matcher().match_offsets(memoryview(data)[first:last])
    marked = np.zeros(len(starts), dtype=bool)
    if len(hits):
        marked[np.searchsorted(starts - first, hits - 1, side="right") - 1] = True
    return marked


def read_batch(lines: list[bytes], options: LoadOptions) -> BatchRows:
    """Columns for the plain lines of a batch; the others (not in ``handled``) go to the generic path."""
    if not lines:
        return BatchRows({}, [])
    lengths = np.fromiter((len(x) for x in lines), dtype=np.int64, count=len(lines))
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    return read_lines(b"\n".join(lines), starts, starts + lengths, options)


def read_lines(data: bytes, starts: np.ndarray, ends: np.ndarray, options: LoadOptions) -> BatchRows:
    """:func:`read_batch` for lines given as spans ``data[starts[i]:ends[i]]`` of one buffer (no copy of
    the lines: msgspec reads them through a memoryview, pyarrow parses the buffer itself when the batch
    is a contiguous run of lines)."""
    n = len(starts)
    if not n:
        return BatchRows({}, [])
    view = memoryview(data)
    picked: list[int] = []
    py: list[tuple[bytes | str | None, ...]] = []
    marked = _marked(data, starts, ends)
    for pos, s, e in zip(np.flatnonzero(~marked).tolist(), starts[~marked].tolist(), ends[~marked].tolist(),
                         strict=True):
        try:
            py.append(_python_side(view[s:e]))
        except (_Skip, msgspec.DecodeError, UnicodeDecodeError):
            continue
        picked.append(pos)
    if not picked:
        return BatchRows({}, [])
    messages = [p[0] for p in py]
    messages_json = _text_array(messages)
    good = _utf8_ok(messages_json, messages)
    if not good.all():  # text that is not UTF-8: the generic path rejects the line
        picked = [p for p, g in zip(picked, good, strict=True) if g]
        py = [p for p, g in zip(py, good, strict=True) if g]
        if not picked:
            return BatchRows({}, [])
        messages_json = _text_array([p[0] for p in py])
    sel = np.asarray(picked, dtype=np.int64)
    p_starts, p_ends = starts[sel], ends[sel]
    table = _parse(_joined(data, view, p_starts, p_ends))
    if table is None or table.num_rows != len(picked):
        return BatchRows({}, [])
    table = table.combine_chunks()
    columns, ok = _columns(table, py, messages_json)
    keep = np.flatnonzero(ok)
    if len(keep) < len(picked):
        columns = {k: _select(v, ok) for k, v in columns.items()}
    return BatchRows(columns, [picked[i] for i in keep])


def _joined(data: bytes, view: memoryview, starts: np.ndarray, ends: np.ndarray) -> Any:
    """The lines, one per line, for pyarrow: the buffer itself when they follow each other with nothing
    but a line break ("\n" or "\r\n") between them, else a copy."""
    gaps = starts[1:] - ends[:-1]
    if not len(gaps) or (gaps.min() >= 1 and gaps.max() <= 2):
        return pa.py_buffer(data)[int(starts[0]):int(ends[-1])]
    return b"\n".join(view[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True))


def _select(values: Any, ok: np.ndarray) -> Any:
    """The rows where ``ok``, as zero-copy slices of contiguous runs."""
    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        return [v for v, k in zip(values, ok, strict=True) if k]
    edges = np.flatnonzero(np.diff(np.concatenate([[0], ok.astype(np.int8), [0]])))
    return pa.chunked_array([values.slice(int(a), int(b - a)) for a, b in zip(edges[0::2], edges[1::2], strict=True)],
                            type=values.type)


# -- columns ------------------------------------------------------------------------------------------------
def _blank(a: Any) -> Any:
    """as_str: empty text is absent."""
    return _with_validity(a, ~pc.fill_null(pc.equal(a, ""), False).to_numpy(zero_copy_only=False))


def _with_validity(a: pa.Array, valid: np.ndarray) -> pa.Array:
    """``a`` with its rows outside ``valid`` null: the same buffers with another validity bitmap (no copy of
    the text, where ``if_else`` would copy it)."""
    if a.null_count:
        valid = valid & a.is_valid().to_numpy(zero_copy_only=False)
    if valid.all():
        return a
    if a.offset or not (pa.types.is_string(a.type) or pa.types.is_large_string(a.type)):
        return pc.if_else(pa.array(valid), a, pa.scalar(None, a.type))
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(a.type, len(a), [bitmap, *a.buffers()[1:]])


def _field(table: pa.Table, *path: str) -> pa.Array:
    """A (nested) field of a single-chunk table."""
    col = table[path[0]].chunk(0)
    for p in path[1:]:
        col = pc.struct_field(col, p)
    return col


def _times(table: pa.Table, ok: np.ndarray) -> tuple[pa.Array, pa.Array, pa.Array]:
    """event_time, end_time (ns, UTC) and event_time_raw, as call_fields computes them."""
    n = table.num_rows
    created = _field(table, "response", "created")
    created_ns = pc.multiply(created, 10**9)
    logged = pc.coalesce(*[_field(table, k) for k in _TIME_KEYS])
    if pa.types.is_string(logged.type):
        text = logged.to_numpy(zero_copy_only=False)
        numeric = pc.fill_null(pc.match_substring_regex(logged, r"^\s*[-+]?[0-9.eE]+\s*$"), False)
        ok &= ~numeric.to_numpy(zero_copy_only=False)
        parsed = pd.to_datetime(pd.Series(text), format="ISO8601", utc=True, errors="coerce")
        ns = parsed.to_numpy(dtype="datetime64[ns]").astype(np.int64)
        missing = pd.isna(parsed).to_numpy()
        ok &= ~(missing & ~pd.isna(pd.Series(text).replace("", None)).to_numpy())
        ns = ns - ns % 1000  # fromisoformat keeps microseconds
        logged_ns = pa.array(np.where(missing, 0, ns), mask=missing)
        raw_logged = _blank(logged)
    else:
        vals = logged.to_numpy(zero_copy_only=False)
        missing = np.isnan(vals)
        ns = np.rint(np.where(missing, 0, vals) * 1e6).astype(np.int64) * 1000
        logged_ns = pa.array(ns, mask=missing)
        # An epoch number's text (int or float as written) is only needed without response.created; the
        # parsed number no longer says which, so such rows go to the generic path.
        ok &= ~(~missing & ~pc.is_valid(created).to_numpy(zero_copy_only=False))
        raw_logged = pa.nulls(n, _S)
    for arr in (created_ns, logged_ns):
        v = arr.to_numpy(zero_copy_only=False)
        bad = ~pd.isna(v) & ((np.nan_to_num(v.astype(float)) < _MIN_NS) | (np.nan_to_num(v.astype(float)) >= _MAX_NS))
        ok &= ~bad
    event = pc.coalesce(created_ns, logged_ns)
    end = pc.if_else(pc.is_valid(created_ns), logged_ns, pa.scalar(None, pa.int64()))
    raw = pc.coalesce(pc.cast(created, _S), raw_logged)
    assert len(event) == n
    return event, end, raw


def _side_text(lists: pa.Array, n: int) -> tuple[pa.Array, np.ndarray]:
    """Role-tagged text of list<struct<role, content>> and whether each row had any text."""
    flat = pc.list_flatten(lists)
    parents = pc.list_parent_indices(lists).to_numpy()
    if len(flat) == 0:
        return pa.nulls(n, _S), np.zeros(n, dtype=bool)
    role, content = pc.struct_field(flat, "role"), pc.struct_field(flat, "content")
    keep = pc.fill_null(pc.and_(pc.is_valid(content), pc.not_equal(content, "")), False)
    keep_np = keep.to_numpy(zero_copy_only=False)
    if not keep_np.all():  # drop the empty messages before tagging, not after: one copy of the text less
        role, content = pc.filter(role, keep), pc.filter(content, keep)
    role = pc.if_else(pc.fill_null(pc.equal(role, ""), True), "unknown", role)
    tagged = pc.binary_join_element_wise("[", role, "] ", content, "")
    counts = np.bincount(parents[keep_np], minlength=n)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, tagged), "\n")
    has = counts > 0
    return _with_validity(joined, has), has


def _first_finish(choices: pa.Array, n: int) -> pa.Array:
    flat = pc.list_flatten(choices)
    if len(flat) == 0:
        return pa.nulls(n, _S)
    finish = pc.struct_field(flat, "finish_reason")
    parents = pc.list_parent_indices(choices).to_numpy()
    good = pc.fill_null(pc.not_equal(finish, ""), False).to_numpy(zero_copy_only=False)
    rows, first_idx = np.unique(parents[good], return_index=True)
    out = np.full(n, None, dtype=object)
    out[rows] = np.asarray(finish.to_numpy(zero_copy_only=False)[good], dtype=object)[first_idx]
    return pa.array(out, _S)


def _output_lists(choices: pa.Array) -> pa.Array:
    """The messages of the choices, as list<struct<role, content>> (a choice without one is a null item)."""
    flat = pc.list_flatten(choices)
    lengths = pc.fill_null(pc.list_value_length(choices), 0).to_numpy()
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    msgs = pc.struct_field(flat, "message") if len(flat) else pa.array([], _MSG)
    return pa.ListArray.from_arrays(offsets, msgs)


def _rows_with(lists: pa.Array, bad: np.ndarray, n: int) -> np.ndarray:
    """Rows owning at least one flattened item marked ``bad``."""
    parents = pc.list_parent_indices(lists).to_numpy()
    return np.bincount(parents[bad], minlength=n) > 0


def _role_problems(lists: pa.Array, n: int) -> np.ndarray:
    """Rows with a message object whose role is missing or empty (the generic path writes "unknown" for
    them while a spliced object keeps its own, so they are left to it)."""
    flat = pc.list_flatten(lists)
    if not len(flat):
        return np.zeros(n, dtype=bool)
    present = pc.is_valid(flat).to_numpy(zero_copy_only=False)
    role = pc.struct_field(flat, "role")
    empty = pc.fill_null(pc.equal(role, ""), True).to_numpy(zero_copy_only=False)
    return _rows_with(lists, present & empty, n)


def _columns(table: pa.Table, py: list[tuple[Any, ...]], messages_json: pa.Array
             ) -> tuple[dict[str, Any], np.ndarray]:
    n = table.num_rows
    ok = np.ones(n, dtype=bool)
    f = lambda *p: _field(table, *p)  # noqa: E731
    _, meta_json, meta_user, meta_conv, meta_project = (list(c) for c in zip(*py, strict=True))
    req_msgs = pc.fill_null(f("request", "messages"), pa.scalar([], pa.list_(_MSG)))
    choices = f("response", "choices")
    choices = pc.fill_null(choices, pa.scalar([], choices.type))
    out_lists = _output_lists(choices)
    ok &= ~_role_problems(req_msgs, n) & ~_role_problems(out_lists, n)
    input_text, has_in = _side_text(req_msgs, n)
    output_text, has_out = _side_text(out_lists, n)
    finish = _first_finish(choices, n)
    http = pc.coalesce(f("http_status"), f("status_code"))
    latency = pc.coalesce(f("latency_ms"), f("duration_ms"))
    usage = lambda *p: f("response", "usage", *p)  # noqa: E731
    tokens = {
        "prompt_tokens": pc.coalesce(usage("prompt_tokens"), usage("input_tokens")),
        "completion_tokens": pc.coalesce(usage("completion_tokens"), usage("output_tokens")),
        "total_tokens": usage("total_tokens"),
        "cached_tokens": pc.coalesce(usage("prompt_tokens_details", "cached_tokens"),
                                     usage("input_tokens_details", "cached_tokens")),
        "reasoning_tokens": pc.coalesce(usage("completion_tokens_details", "reasoning_tokens"),
                                        usage("output_tokens_details", "reasoning_tokens")),
    }
    for arr in [http, *tokens.values()]:
        ok &= ~pc.fill_null(pc.less(arr, 0), False).to_numpy(zero_copy_only=False)
    ok &= ~pc.fill_null(pc.less(latency, 0.0), False).to_numpy(zero_copy_only=False)
    event, end, raw_time = _times(table, ok)
    safety, user_param = _blank(f("request", "safety_identifier")), _blank(f("request", "user"))
    meta_user_a = pa.array(meta_user, _S)
    user = pc.coalesce(safety, user_param, meta_user_a)
    user_kind = pc.if_else(pc.is_valid(safety), "safety_identifier",
                           pc.if_else(pc.is_valid(user_param), "openai_user_param",
                                      pc.if_else(pc.is_valid(meta_user_a), "metadata", pa.scalar(None, _S))))
    model_req, model_served = _blank(f("request", "model")), _blank(f("response", "model"))
    status = pc.if_else(pc.fill_null(pc.greater_equal(http, 400), False), "error",
                        pc.if_else(pc.fill_null(pc.equal(finish, "content_filter"), False), "filtered",
                                   pc.if_else(pc.or_(pc.is_valid(http), pc.is_valid(finish)), "success", "unknown")))
    columns: dict[str, Any] = {
        "record_kind": pa.array(["llm_call"] * n, _S),
        "record_id": pc.coalesce(_blank(f("response", "id")), _blank(pc.coalesce(*[f(k) for k in _ID_KEYS]))),
        "request_id": pc.coalesce(_blank(f("x_request_id")), _blank(f("request_id"))),
        "conversation_id": pc.coalesce(pa.array(meta_conv, _S), _blank(f("conversation_id"))),
        "event_time": event, "end_time": end, "event_time_raw": raw_time, "latency_ms": latency,
        "org_id": pc.coalesce(_blank(f("org_id")), _blank(f("organization"))),
        "project_id": pc.coalesce(_blank(f("project_id")), _blank(f("project")), pa.array(meta_project, _S)),
        "api_key_id": pc.coalesce(_blank(f("api_key_id")), _blank(f("key_id")), _blank(f("api_key_name"))),
        "user_id": user, "user_id_kind": user_kind, "client_ip": _blank(f("client_ip")),
        "endpoint": pc.coalesce(_blank(f("endpoint")), _blank(f("path")), pa.scalar("/v1/chat/completions")),
        "provider": pc.coalesce(_blank(f("provider")), pa.scalar("openai")),
        "model": pc.coalesce(model_served, model_req), "model_requested": model_req, "model_served": model_served,
        "status": status, "http_status": http, "finish_reason": finish,
        "is_stream": f("request", "stream"), "num_requests": pa.array(np.ones(n, dtype=np.int64)),
        "has_content": pa.array(np.ones(n, dtype=bool)),
        "store_flag": pc.fill_null(f("request", "store"), False),
        "metadata_json": _text_array(meta_json),
        "input_text": input_text, "output_text": output_text, "messages_json": messages_json,
        "content_truncated": pa.array(np.zeros(n, dtype=bool)),
        "modalities": pc.if_else(pa.array(has_in | has_out), "text", pa.scalar(None, _S)),
        **tokens,
    }
    return columns, ok
