"""The findings table: its fixed columns, and how a check's facts become rows.

One row per finding (:data:`RETENTION_COLUMNS`). A check hands :func:`build` the identity of each finding
(record, object, application, time, count) and its *facts*, the values that triggered it. The facts go
into ``evidence`` (JSON, with ``case`` naming the detail template) and fill the English ``detail``
sentence; :func:`auditkit.retention.render_detail` renders the same facts in Chinese.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import orjson
import pandas as pd

from auditkit.retention.facts import date_text, day_text, fact_text, size_text
from auditkit.retention.reasons import SEVERITIES, RetentionReason

__all__ = [
    "RETENTION_COLUMNS",
    "COLUMN_DOCS",
    "empty_findings",
    "build",
    "finalize",
    "line_ranges",
    "day_text",
    "date_text",
    "size_text",
]

#: The columns of the findings table, in order (see :data:`COLUMN_DOCS`).
RETENTION_COLUMNS: tuple[str, ...] = (
    "reason",
    "severity",
    "record_key",
    "object_id",
    "application",
    "project_id",
    "event_time",
    "age_days",
    "detail",
    "recommendation",
    "evidence",
    "count",
)

#: What each column means to an auditor (docs/retention.md repeats this table).
COLUMN_DOCS: Mapping[str, str] = {
    "reason": "A RetentionReason value: why the finding was raised.",
    "severity": "critical, high, medium, low or info.",
    "record_key": "The record's key for a finding about one record; <NA> for findings about an object, a "
    "log file or an application.",
    "object_id": "What the finding is about: the stored object's id (chatcmpl-..., resp_..., file-...), "
    "the log file for grouped findings, the application name for application-level findings.",
    "application": "The application (profile name), or '(unassigned)'.",
    "project_id": "The record's project, else the application's single declared project; <NA> if unknown.",
    "event_time": "When the record or object was created (UTC); for grouped findings the oldest record; for "
    "OPT_IN_SHARING the opt-in date.",
    "age_days": "Days from event_time to as_of (elapsed time, 86,400 s a day).",
    "detail": "One English sentence with the facts and numbers (render_detail gives it in Chinese).",
    "recommendation": "What to do (English; reason_text gives both languages).",
    "evidence": "JSON: 'case' (which detail template) and the values that triggered the finding (detection "
    "types and spans, record keys, counts, dates), never the secret or personal data itself.",
    "count": "How many records the finding covers (1 for a single record or object).",
}

_DTYPES: Mapping[str, Any] = {
    "reason": "string[pyarrow]",
    "severity": "string[pyarrow]",
    "record_key": "string[pyarrow]",
    "object_id": "string[pyarrow]",
    "application": "string[pyarrow]",
    "project_id": "string[pyarrow]",
    "event_time": pd.DatetimeTZDtype("ns", "UTC"),
    "age_days": "Float64",
    "detail": "string[pyarrow]",
    "recommendation": "string[pyarrow]",
    "evidence": "string[pyarrow]",
    "count": "Int64",
}
_REASON_ORDER = {r.value: i for i, r in enumerate(RetentionReason)}
_SEVERITY_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def empty_findings() -> pd.DataFrame:
    """A findings table with no rows (the right columns and dtypes)."""
    return pd.DataFrame({c: pd.Series([], dtype=_DTYPES[c]) for c in RETENTION_COLUMNS})


def _text(values: pd.Series) -> pd.Series:
    """Facts as display text (see :func:`fact_text`), vectorised for numeric columns."""
    if pd.api.types.is_float_dtype(values.dtype):
        rounded = values.astype("Float64").round(1)
        return rounded.astype("string").str.replace(r"\.0$", "", regex=True).fillna("?")
    if (
        pd.api.types.is_integer_dtype(values.dtype)
        or pd.api.types.is_string_dtype(values.dtype)
        and values.dtype != object
    ):
        return values.astype("string").fillna("?")
    return values.map(fact_text).astype("string")


def _render(
    template: str, facts: pd.DataFrame, labels: Mapping[str, Mapping[str, Mapping[str, str]]]
) -> pd.Series:
    out = pd.Series("", index=facts.index, dtype="string")
    for literal, name, _, _ in string.Formatter().parse(template):
        out = out + literal
        if name:
            if name not in facts:
                out = out + "?"
                continue
            col = facts[name]
            if name in labels:
                col = col.map(lambda v, m=labels[name]: m.get(str(v), {}).get("en", v))
            out = out + _text(col)
    return out


def _json_value(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if np.isnan(value) else round(float(value), 1)
    if value is pd.NA or value is None:
        return None
    return value


def build(
    ctx: Any,
    reason: RetentionReason,
    case: str,
    base: pd.DataFrame,
    facts: Mapping[str, Any],
    *,
    severity: str | pd.Series | None = None,
    extra: Sequence[Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Findings of one reason and case, one per row of ``base``.

    Args:
        ctx: the audit context (texts, as_of).
        base: identity columns: any of record_key, object_id, application, project_id, event_time, count.
        facts: name -> Series aligned with ``base`` (or a scalar): the template's placeholders and the
            evidence's facts.
        severity: default the reason's severity; a Series gives one per row.
        extra: per-row mappings added to the evidence but not to the sentence (spans, record keys ...).
    """
    if base.empty:
        return empty_findings()
    index = base.index
    fact_frame = pd.DataFrame(
        {
            k: (v if isinstance(v, pd.Series) else pd.Series([v] * len(index), index=index, dtype=object))
            for k, v in facts.items()
        },
        index=index,
    )
    fact_frame["as_of"] = ctx.as_of.strftime("%Y-%m-%d")
    template = ctx.texts.details[(reason, case, "en")]
    out = pd.DataFrame(index=index)
    out["reason"] = reason.value
    out["severity"] = severity if severity is not None else ctx.texts.severity[reason]
    for col in ("record_key", "object_id", "application", "project_id", "event_time"):
        out[col] = base.get(col, pd.NA)
    out["count"] = base.get("count", 1)
    out["detail"] = _render(template, fact_frame, ctx.texts.labels)
    out["recommendation"] = ctx.texts.texts[(reason, "en")].recommendation
    rows = fact_frame.to_dict("records")
    extras = extra if extra is not None else [{}] * len(rows)
    clash = set(fact_frame.columns) & {k for x in extras[:1] for k in x}
    if clash:
        raise ValueError(f"evidence keys {sorted(clash)} are both facts and extras")
    out["evidence"] = [
        orjson.dumps({"case": case, **{k: _json_value(v) for k, v in r.items()}, **x}, default=str).decode()
        for r, x in zip(rows, extras, strict=True)
    ]
    return out


def finalize(parts: Sequence[pd.DataFrame], as_of: pd.Timestamp) -> pd.DataFrame:
    """Concatenate the checks' findings, set dtypes and age_days, and sort them deterministically.

    A ``list`` of parts is emptied once concatenated (so that the parts are freed), and the rows are put in
    order before the text columns become Arrow strings, one column at a time (one copy of the texts)."""
    kept = [p for p in parts if not p.empty]
    if isinstance(parts, list):
        parts.clear()
    if not kept:
        return empty_findings()
    frame = pd.concat(kept, ignore_index=True)
    del kept
    frame["event_time"] = pd.to_datetime(frame["event_time"], utc=True).astype(_DTYPES["event_time"])
    frame["age_days"] = ((as_of - frame["event_time"]) / pd.Timedelta(days=1)).astype("Float64")
    frame = frame[list(RETENTION_COLUMNS)]
    typed = {
        c: frame[c].astype(_DTYPES[c])
        for c in ("severity", "reason", "application", "object_id", "record_key")
    }
    order = pd.DataFrame(
        {
            "s": typed["severity"].map(_SEVERITY_ORDER).astype("int64"),
            "r": typed["reason"].map(_REASON_ORDER).astype("int64"),
            "a": typed["application"].fillna(""),
            "t": frame["event_time"],
            "o": typed["object_id"].fillna(""),
            "k": typed["record_key"].fillna(""),
        }
    )
    del typed
    idx = order.sort_values(["s", "r", "a", "t", "o", "k"], kind="stable", na_position="last").index
    del order
    frame = frame.take(idx).reset_index(drop=True)
    for column in RETENTION_COLUMNS:
        frame[column] = frame[column].astype(_DTYPES[column])
    return frame


def line_ranges(lines: np.ndarray, limit: int) -> tuple[str, bool]:
    """Sorted line numbers as compact ranges ('1-120,122,130-187'), at most ``limit`` ranges.

    Returns the text and whether it was cut short.
    """
    lines = (
        np.unique(lines[~np.isnan(lines)].astype(np.int64)) if lines.dtype.kind == "f" else np.unique(lines)
    )
    if lines.size == 0:
        return "", False
    breaks = np.flatnonzero(np.diff(lines) != 1)
    starts = np.concatenate(([lines[0]], lines[breaks + 1]))
    ends = np.concatenate((lines[breaks], [lines[-1]]))
    cut = len(starts) > limit
    parts = [f"{s}" if s == e else f"{s}-{e}" for s, e in zip(starts[:limit], ends[:limit], strict=True)]
    return ",".join(parts), cut
