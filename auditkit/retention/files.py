"""FILE_RETAINED: files uploaded through the Files API, from merged list snapshots.

No export records when a file was deleted (log-formats.md §4). The Files loader merges successive list
snapshots into one row per file with ``first_seen_at`` / ``last_seen_at``, and ``deleted_at`` = the first
snapshot that no longer listed it. So a deletion happened in ``(last_seen_at, deleted_at]``: deleted_at is
an upper bound, last_seen_at a lower bound. Three cases, one finding per file:

* ``past_expiry``: a file with an expiry (``expires_at``, or ``files.batch_expiry_days`` after creation for
  ``files.expiring_purposes``) that a snapshot still listed after that expiry;
* ``never_deleted``: a file without expiry, not seen deleted by as_of, older than the profile's
  ``file_retention_days`` at as_of (severity medium);
* ``deleted_late``: a file without expiry deleted by as_of, but kept longer than the window: severity low
  when even the lower bound exceeds the window, info when only the upper bound does.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.pii import redact
from auditkit.retention.context import AuditContext
from auditkit.retention.findings import build, date_text, day_text, empty_findings, size_text
from auditkit.retention.reasons import RetentionReason

__all__ = ["files_retained", "file_facts"]

_DAY = pd.Timedelta(days=1)


def file_facts(ctx: AuditContext, rows: np.ndarray) -> tuple[pd.DataFrame, dict[str, pd.Series], list[dict]]:
    """Identity, common facts (object_id, application, purpose, size, event, last_seen) and evidence."""
    base = ctx.base(
        rows,
        object_ids=ctx.object_id_at(rows),
        record_level=False,
    )

    def pick(name: str) -> pd.Series:
        return ctx.column(name).iloc[rows].reset_index(drop=True)

    purpose = pick("object_purpose").astype("string").fillna("purpose unknown")
    sizes = pick("object_bytes")
    facts = {
        "object_id": base["object_id"],
        "application": base["application"],
        "purpose": purpose,
        "size": size_text(sizes),
        "event": date_text(base["event_time"]),
        "last_seen": date_text(ctx.time("last_seen_at").iloc[rows].reset_index(drop=True)).fillna("?"),
    }
    names = pick("object_name")
    extra = [
        {
            "file_name": redact(n) if isinstance(n, str) else None,
            "bytes": None if pd.isna(b) else int(b),
            "record_key": str(k),
        }
        for n, b, k in zip(names, sizes, ctx.key_at(rows), strict=True)
    ]
    return base, facts, extra


def _expiry(ctx: AuditContext) -> pd.Series:
    purpose = ctx.column("object_purpose").astype("string")
    default = ctx.event_time + pd.Timedelta(days=ctx.rules.batch_expiry_days)
    default = default.where(purpose.isin(ctx.rules.expiring_purposes).fillna(False))
    return ctx.time("expires_at").fillna(default)


def files_retained(ctx: AuditContext) -> pd.DataFrame:
    """FILE_RETAINED findings (see the module docstring for the three cases)."""
    is_file = ctx.kind_in(("file_object",))
    if not is_file.any():
        return empty_findings()
    window = ctx.profile.organisation.file_retention_days
    expiry = _expiry(ctx)
    last_seen, deleted_at = ctx.time("last_seen_at"), ctx.time("deleted_at")
    expiring = np.asarray(expiry.notna(), dtype=bool)
    parts = []

    rows = np.flatnonzero(is_file & expiring & np.asarray((last_seen > expiry).fillna(False), dtype=bool))
    if rows.size:
        base, facts, extra = file_facts(ctx, rows)
        exp = expiry.iloc[rows].reset_index(drop=True)
        facts["expires"] = date_text(exp)
        facts["days_past_expiry"] = day_text((last_seen.iloc[rows].reset_index(drop=True) - exp) / _DAY)
        parts.append(build(ctx, RetentionReason.FILE_RETAINED, "past_expiry", base, facts, extra=extra))

    rows = np.flatnonzero(is_file & ~expiring & ~ctx.deleted & ctx.past(window))
    if rows.size:
        base, facts, extra = file_facts(ctx, rows)
        facts["age_days"] = day_text(ctx.age_at(rows))
        facts["window_days"] = day_text(window)
        parts.append(build(ctx, RetentionReason.FILE_RETAINED, "never_deleted", base, facts, extra=extra))

    held_max = (deleted_at - ctx.event_time) / _DAY
    held_min = (last_seen - ctx.event_time) / _DAY
    late = is_file & ~expiring & ctx.deleted & np.asarray((held_max > window).fillna(False), dtype=bool)
    rows = np.flatnonzero(late)
    if rows.size:
        base, facts, extra = file_facts(ctx, rows)
        lo = held_min.iloc[rows].reset_index(drop=True)
        facts.update(
            deleted=date_text(deleted_at.iloc[rows].reset_index(drop=True)),
            held_min_days=day_text(lo),
            held_max_days=day_text(held_max.iloc[rows].reset_index(drop=True)),
            window_days=day_text(window),
        )
        severity = pd.Series(np.where((lo > window).fillna(False), "low", "info"))
        parts.append(
            build(
                ctx,
                RetentionReason.FILE_RETAINED,
                "deleted_late",
                base,
                facts,
                extra=extra,
                severity=severity,
            )
        )
    return pd.concat(parts, ignore_index=True) if parts else empty_findings()
