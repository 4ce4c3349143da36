"""Pairing Batch API input rows with their output rows by ``custom_id`` (the ``openai_batch`` finalize).

The rule is stated for auditors in :mod:`auditkit.loaders.openai_batch`. In short: per ``custom_id``,
same-directory pairs first, then across directories, k-th input with k-th output in load order; outputs
repeating an output ``id`` are left to the duplicate rule; unpaired inputs identical to a kept one are
folded into it as copies; the others stay ``pending``.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import orjson
import pandas as pd

from auditkit.loaders.base import FinalizeResult

__all__ = ["join_batch"]

_FILL = ("model_requested", "model", "user_id", "user_id_kind", "is_stream", "store_flag", "metadata_json")


@dataclass
class _Line:
    idx: Hashable
    key: str
    folder: str
    ident: str | None  # output id, or the canonical request text of an input


@dataclass
class _Group:
    inputs: list[_Line] = field(default_factory=list)
    outputs: list[_Line] = field(default_factory=list)
    repeated_outputs: int = 0


def _request_ident(raw: Any) -> str | None:
    """(method, url, body) of an input line as canonical JSON, to recognise copies of one request."""
    try:
        rec = orjson.loads(raw)
    except (orjson.JSONDecodeError, TypeError):
        return None
    if not isinstance(rec, dict):
        return None
    request = [rec.get("method"), rec.get("url"), rec.get("body")]
    return orjson.dumps(request, option=orjson.OPT_SORT_KEYS).decode()


def _groups(mine: pd.DataFrame) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    seen_ids: set[str] = set()
    cols = ("custom_id", "status", "record_id", "record_key", "source_file", "raw_record")
    for idx, cid, status, rid, key, src, raw in zip(mine.index, *(mine[c] for c in cols), strict=True):
        if pd.isna(cid):
            continue
        group = groups.setdefault(str(cid), _Group())
        folder = os.path.dirname(str(src))
        if status == "pending":
            group.inputs.append(_Line(idx, str(key), folder, _request_ident(raw)))
        elif not pd.isna(rid) and str(rid) in seen_ids:
            group.repeated_outputs += 1
        else:
            if not pd.isna(rid):
                seen_ids.add(str(rid))
            group.outputs.append(_Line(idx, str(key), folder, None))
    return groups


def _pair(group: _Group) -> tuple[list[tuple[_Line, _Line]], str]:
    """Input/output pairs of one custom_id, and how they were paired."""
    pairs: list[tuple[_Line, _Line]] = []
    used: set[Hashable] = set()
    for folder in dict.fromkeys(line.folder for line in group.inputs):
        ins = [i for i in group.inputs if i.folder == folder]
        outs = [o for o in group.outputs if o.folder == folder]
        pairs.extend(zip(ins, outs, strict=False))
    used.update(x.idx for p in pairs for x in p)
    same_dir = len(pairs)
    rest_in = [i for i in group.inputs if i.idx not in used]
    rest_out = [o for o in group.outputs if o.idx not in used]
    pairs.extend(zip(rest_in, rest_out, strict=False))
    how = "same directory" if len(pairs) == same_dir else ("load order" if same_dir == 0 else
                                                            "same directory, then load order")
    return pairs, how


def _copies(group: _Group, pairs: list[tuple[_Line, _Line]]) -> tuple[dict[str, list[str]], list[_Line]]:
    """Unpaired inputs folded as copies of a kept request (kept key -> keys), and those left pending."""
    kept_by_ident: dict[str, str] = {i.ident: o.key for i, o in pairs if i.ident is not None}
    paired = {i.idx for i, _ in pairs}
    folded: dict[str, list[str]] = {}
    pending: list[_Line] = []
    for line in group.inputs:
        if line.idx in paired:
            continue
        target = kept_by_ident.get(line.ident) if line.ident is not None else None
        if target is None:
            pending.append(line)
            if line.ident is not None:
                kept_by_ident[line.ident] = line.key
        else:
            folded.setdefault(target, []).append(line.key)
    return folded, pending


def _note(meta: Any, note: dict[str, Any]) -> str:
    """``metadata_json`` with the join note under ``auditkit.batch_join`` (the source's keys untouched)."""
    current = orjson.loads(meta) if isinstance(meta, str) else {}
    current.setdefault("auditkit", {})["batch_join"] = note
    return orjson.dumps(current).decode()


def _combined_messages(inp: Any, out: Any) -> str | None:
    ins = orjson.loads(inp) if isinstance(inp, str) else []
    outs = orjson.loads(out) if isinstance(out, str) else []
    for entry in outs:
        entry["index"] = entry.get("index", 0) + len(ins)
    return orjson.dumps(ins + outs).decode() if ins or outs else None


_READ = _FILL + ("modalities", "input_text", "messages_json", "has_content", "content_truncated", "endpoint")


class _Cells:
    """Cells of the batch rows by (label, column), read from NumPy arrays (``frame.at`` on Arrow-backed
    columns costs microseconds per cell)."""

    def __init__(self, mine: pd.DataFrame) -> None:
        self._pos = {label: i for i, label in enumerate(mine.index)}
        self._cols = {c: mine[c].to_numpy(dtype=object, na_value=None) for c in _READ}

    def __call__(self, label: Hashable, column: str) -> Any:
        return self._cols[column][self._pos[label]]


def _enriched(get: _Cells, i: Hashable, o: Hashable) -> dict[str, Any]:
    """The columns of output row ``o`` after taking the input side from row ``i``."""
    values = {c: get(o, c) if get(o, c) is not None else get(i, c) for c in _FILL}
    mods = {m for r in (i, o) if get(r, "modalities") is not None for m in str(get(r, "modalities")).split(",")}
    values.update({
        "input_text": get(i, "input_text"),
        "messages_json": _combined_messages(get(i, "messages_json"), get(o, "messages_json")),
        "has_content": bool(get(i, "has_content")) or bool(get(o, "has_content")),
        "content_truncated": bool(get(i, "content_truncated")) or bool(get(o, "content_truncated")),
        "modalities": ",".join(sorted(mods)) or None,
        "endpoint": get(i, "endpoint") if get(i, "endpoint") is not None else get(o, "endpoint"),
    })
    return values


def join_batch(frame: pd.DataFrame, fmt: str) -> FinalizeResult:
    """Fold the input rows of format ``fmt`` into their output rows; see the module docstring."""
    mine = frame[frame["source_format"] == fmt]
    updates: dict[Hashable, dict[str, Any]] = {}
    merged: dict[str, list[str]] = {}
    drop: list[Hashable] = []
    keys = dict(zip(mine["record_key"].astype(str), mine.index, strict=True))
    cells = _Cells(mine)
    for cid, group in _groups(mine).items():
        pairs, how = _pair(group)
        copies, pending = _copies(group, pairs)
        note = None
        if len(group.inputs) > 1 or len(group.outputs) > 1:
            note = {"custom_id": cid, "inputs": len(group.inputs), "outputs": len(group.outputs),
                    "paired": len(pairs), "paired_by": how, "copies_folded": sum(map(len, copies.values())),
                    "left_pending": len(pending), "repeated_output_ids": group.repeated_outputs}
        for i, o in pairs:
            updates[o.idx] = _enriched(cells, i.idx, o.idx)
            merged.setdefault(o.key, []).append(i.key)
            drop.append(i.idx)
        for target, folded in copies.items():
            merged.setdefault(target, []).extend(folded)
            drop.extend(keys[k] for k in folded)
        if note is not None:
            for line in [o for _, o in pairs] + pending:
                base = updates.get(line.idx, {}).get("metadata_json", cells(line.idx, "metadata_json"))
                updates.setdefault(line.idx, {})["metadata_json"] = _note(base, note)
    return FinalizeResult(updates=updates, drop=drop, merged=merged)
