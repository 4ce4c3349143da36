"""Storage limitation: log copies with text past the window, and objects stored with the provider.

* LOG_COPY_PAST_WINDOW: records of a text kind (``text.record_kinds``) that still hold prompt or
  completion text and are older than the application's log window (the profile's ``log_retention_days``),
  grouped per application and source file.
* STORED_PAST_WINDOW: completions sent with ``store=true`` and stored Responses (``store`` <NA> counts as
  true for ``storage.store_default_true_formats``) older than the organisation's
  ``stored_retention_days``, unless a deletion before ``as_of`` is recorded (``deleted_at``). A proxy log
  cannot show a later deletion, so "no deletion recorded" is what the finding says.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.retention.context import AuditContext
from auditkit.retention.findings import build, date_text, day_text, empty_findings
from auditkit.retention.grouping import by_file
from auditkit.retention.reasons import RetentionReason

__all__ = ["log_copies_past_window", "stored_past_window", "stored_mask", "response_like"]


def stored_mask(ctx: AuditContext, kinds: tuple[str, ...]) -> np.ndarray:
    """Records of ``kinds`` that the provider was asked to store (explicitly or by the format's default)."""
    flag = ctx.column("store_flag").astype("boolean")
    default_true = ctx.isin("source_format", ctx.rules.store_default_true_formats)
    stored = flag.to_numpy(dtype=bool, na_value=False) | (flag.isna().to_numpy() & default_true)
    del flag
    return stored & ctx.kind_in(kinds)


def response_like(ctx: AuditContext, rows: np.ndarray | None = None) -> np.ndarray:
    """Records that are Responses objects (their store defaults to true) rather than chat completions;
    with ``rows``, for those record positions only (one value per row)."""
    if rows is None:
        rows = np.arange(len(ctx.records))
    fmt = ctx.isin("source_format", ctx.rules.store_default_true_formats)[rows]
    ids = ctx.record_id_at(rows).astype("string[pyarrow]")
    rid = ids.str.startswith("resp_").astype("boolean").fillna(False).to_numpy(dtype=bool)
    return fmt | rid


def log_copies_past_window(ctx: AuditContext) -> pd.DataFrame:
    """LOG_COPY_PAST_WINDOW, one finding per (application, source file)."""
    windows = ctx.log_window_array
    mask = ctx.has_text & ctx.past(windows)
    if not mask.any():
        return empty_findings()
    parts = []
    for window in np.unique(windows[mask]):
        sub = mask & (windows == window)
        cutoff = ctx.as_of - pd.Timedelta(days=float(window))
        select = {
            "condition": "has prompt or completion text and event_time < cutoff",
            "cutoff": cutoff.isoformat(),
        }
        base, facts, extras = by_file(ctx, sub, select)
        facts["window_days"] = day_text(float(window))
        parts.append(build(ctx, RetentionReason.LOG_COPY_PAST_WINDOW, "grouped", base, facts, extra=extras))
    return pd.concat(parts, ignore_index=True)


def stored_past_window(ctx: AuditContext) -> pd.DataFrame:
    """STORED_PAST_WINDOW, one finding per stored object."""
    window = ctx.profile.organisation.stored_retention_days
    mask = stored_mask(ctx, ctx.rules.stored_kinds) & ctx.past(window) & ~ctx.deleted
    parts = []
    candidates = np.flatnonzero(mask)
    del mask
    responses = response_like(ctx, candidates)
    for case, rows in (
        ("stored_response", candidates[responses]),
        ("stored_completion", candidates[~responses]),
    ):
        if rows.size == 0:
            continue
        base = ctx.base(rows, object_ids=ctx.object_id_at(rows))
        facts = {
            "object_id": base["object_id"],
            "application": base["application"],
            "event": date_text(base["event_time"]),
            "age_days": day_text(ctx.age_at(rows)),
            "window_days": day_text(window),
        }
        store = ctx.column("store_flag").iloc[rows].astype("boolean").reset_index(drop=True)
        extra = [{"store_flag": None if pd.isna(s) else bool(s)} for s in store]
        parts.append(build(ctx, RetentionReason.STORED_PAST_WINDOW, case, base, facts, extra=extra))
    return pd.concat(parts, ignore_index=True) if parts else empty_findings()
