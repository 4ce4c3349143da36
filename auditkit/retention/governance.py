"""Governance: zero data retention, data sent before the policy, and opt-in data sharing.

* ZDR_BREACH: in an application with ``zero_data_retention`` (from its date, when the profile gives one),
  every stored call (``store=true``; Responses objects, whose store defaults to true), every Batch request
  (a batch needs an uploaded input file) and every uploaded file (created, or still listed, on or after the
  ZDR date). One finding per object. Under a real ZDR setting the provider treats store as false, so a
  stored *call* shows the application asking for storage; a Responses object or a listed file shows data
  actually kept.
* PRE_POLICY_DATA: API data (``api_data``) with event_time before ``effective`` (2023-03-01T00:00Z),
  unless the profile says the organisation had opted out (``pre_policy_opt_out``); grouped per
  application and source file.
* OPT_IN_SHARING: one finding per application with ``data_sharing_opt_in``: the API calls
  (``api_data.call_kinds``) it sent since the opt-in date, and how many of them carry personal data,
  credentials or health data. Severity high with credentials or health data among them, medium with
  personal data, low otherwise.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from auditkit.retention.context import AuditContext
from auditkit.retention.files import file_facts
from auditkit.retention.findings import build, date_text, empty_findings
from auditkit.retention.grouping import by_file
from auditkit.retention.personal import PersonalScan
from auditkit.retention.reasons import RetentionReason
from auditkit.retention.storage import response_like, stored_mask

__all__ = ["zdr_breaches", "pre_policy_data", "opt_in_sharing"]


def _zdr_scope(ctx: AuditContext) -> tuple[np.ndarray, np.ndarray]:
    """Records of ZDR applications (sent on/after the ZDR date), and for files: listed on/after it."""
    in_app = np.zeros(len(ctx.records), dtype=bool)
    listed = np.zeros(len(ctx.records), dtype=bool)
    last_seen = ctx.time("last_seen_at")
    for app in ctx.apps.values():
        if not app.zero_data_retention:
            continue
        mine = ctx.app_is(app.name)
        if app.zero_data_retention_since is None:
            in_app |= mine
            listed |= mine
            continue
        since = app.zero_data_retention_since
        in_app |= mine & np.asarray((ctx.event_time >= since).fillna(False), dtype=bool)
        listed |= mine & np.asarray(
            ((ctx.event_time >= since) | (last_seen >= since)).fillna(False), dtype=bool
        )
    return in_app, listed


def zdr_breaches(ctx: AuditContext) -> pd.DataFrame:
    """ZDR_BREACH, one finding per stored call, batch request or uploaded file."""
    kinds = ctx.rules.zdr_stored_kinds
    in_app, listed = _zdr_scope(ctx)
    if not (in_app.any() or listed.any()):
        return empty_findings()
    batch = ctx.kind_in(("batch_call",)) & ("batch_call" in kinds)
    calls = in_app & stored_mask(ctx, tuple(k for k in kinds if k != "file_object")) & ~batch
    responses = np.zeros(len(calls), dtype=bool)
    candidates = np.flatnonzero(calls)
    responses[candidates] = response_like(ctx, candidates)
    parts = []
    for case, sel in (
        ("stored_response", calls & responses),
        ("stored_completion", calls & ~responses),
        ("batch_call", in_app & batch),
    ):
        rows = np.flatnonzero(sel)
        if rows.size:
            base = ctx.base(rows, object_ids=ctx.object_id_at(rows))
            facts = {
                "object_id": base["object_id"],
                "application": base["application"],
                "event": date_text(base["event_time"]).fillna("an unknown date"),
            }
            parts.append(build(ctx, RetentionReason.ZDR_BREACH, case, base, facts))
    files = listed & ctx.kind_in(("file_object",)) & ("file_object" in kinds)
    rows = np.flatnonzero(files)
    if rows.size:
        base, facts, extra = file_facts(ctx, rows)
        parts.append(build(ctx, RetentionReason.ZDR_BREACH, "uploaded_file", base, facts, extra=extra))
    return pd.concat(parts, ignore_index=True) if parts else empty_findings()


def pre_policy_data(ctx: AuditContext) -> pd.DataFrame:
    """PRE_POLICY_DATA, one finding per (application, source file)."""
    if ctx.profile.organisation.pre_policy_opt_out:
        return empty_findings()
    effective = ctx.rules.effective
    mask = ctx.is_api & np.asarray((ctx.event_time < effective).fillna(False), dtype=bool)
    if not mask.any():
        return empty_findings()
    select = {"condition": "API data and event_time < effective", "effective": effective.isoformat()}
    base, facts, extras = by_file(ctx, mask, select)
    facts["effective"] = effective.strftime("%Y-%m-%d")
    return build(ctx, RetentionReason.PRE_POLICY_DATA, "grouped", base, facts, extra=extras)


def opt_in_sharing(ctx: AuditContext, scan: PersonalScan) -> pd.DataFrame:
    """OPT_IN_SHARING, one finding per application that opted in to share data for training."""
    sensitive = {
        "personal_data": scan.types("personal_data"),
        "secret": scan.types("secret"),
        "health": pd.Series({int(r): {"PHI": 1} for r in scan.phi.rows}, dtype=object),
    }
    found = []
    for app in ctx.apps.values():
        if not app.data_sharing_opt_in:
            continue
        calls = ctx.kind_in(ctx.rules.call_kinds)
        mine = ctx.is_api & calls & ctx.app_is(app.name)
        if app.data_sharing_since is not None:
            mine &= np.asarray((ctx.event_time >= app.data_sharing_since).fillna(False), dtype=bool)
        rows = np.flatnonzero(mine)
        hits: dict[str, list[int]] = {
            c: [int(r) for r in s.index if mine[int(r)]] for c, s in sensitive.items()
        }
        types: Counter[str] = Counter()
        for category, series in sensitive.items():
            for r in hits[category]:
                types.update(series[r])
        flagged = sorted(set().union(*hits.values()))
        severity = (
            "high" if hits["secret"] or hits["health"] else "medium" if hits["personal_data"] else "low"
        )
        found.append((app, rows, flagged, dict(types), severity))
    if not found:
        return empty_findings()
    limit = ctx.rules.max_record_keys
    since = [
        a.data_sharing_since
        if a.data_sharing_since is not None
        else (ctx.event_time.iloc[r].min() if len(r) else pd.NaT)
        for a, r, *_ in found
    ]
    base = pd.DataFrame(
        {
            "record_key": pd.NA,
            "object_id": [a.name for a, *_ in found],
            "application": [a.name for a, *_ in found],
            "project_id": [a.project_ids[0] if len(a.project_ids) == 1 else pd.NA for a, *_ in found],
            "event_time": pd.to_datetime(pd.Series(since), utc=True),
            "count": [len(r) for _, r, *_ in found],
        }
    )
    facts = {
        "application": base["application"],
        "since": date_text(base["event_time"]).fillna("an unknown date"),
        "count": base["count"],
        "sensitive": pd.Series([len(f) for _, _, f, *_ in found]),
        "types": pd.Series([", ".join(sorted(t)) or "none" for *_, t, _ in found]),
    }
    extra = [
        {
            "type_counts": t,
            "sensitive_record_keys": [str(k) for k in ctx.key_at(np.asarray(f[:limit], dtype=np.int64))],
            "sensitive_record_keys_complete": len(f) <= limit,
        }
        for _, _, f, t, _ in found
    ]
    severity = pd.Series([s for *_, s in found])
    return build(ctx, RetentionReason.OPT_IN_SHARING, "opted_in", base, facts, extra=extra, severity=severity)
