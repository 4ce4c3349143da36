"""A plain-text summary of retention findings for the command line and the demo."""

from __future__ import annotations

import pandas as pd

from auditkit.retention.reasons import SEVERITIES, RetentionReason

__all__ = ["format_retention_summary"]


def format_retention_summary(findings: pd.DataFrame) -> str:
    """Counts of findings by reason code (in enum order), with the records they cover and by severity.

    Example::

        Retention and data-governance findings as of 2025-10-15: 412 (critical 283, high 40, medium 85 ...)
        reason                       findings  records  by severity
        ZDR_BREACH                        282      282  critical 282
    """
    as_of = findings.attrs.get("as_of")
    head = "Retention and data-governance findings" + (f" as of {str(as_of)[:10]}" if as_of else "")
    if findings.empty:
        return f"{head}: none."
    sev = findings["severity"].value_counts()
    total = ", ".join(f"{s} {int(sev[s])}" for s in SEVERITIES if s in sev)
    lines = [
        f"{head}: {len(findings)} ({total})",
        f"{'reason':<29} {'findings':>8} {'records':>8}  by severity",
    ]
    for reason in RetentionReason:
        rows = findings[findings["reason"] == reason.value]
        if rows.empty:
            continue
        counts = rows["severity"].value_counts()
        by = ", ".join(f"{s} {int(counts[s])}" for s in SEVERITIES if s in counts)
        covered = int(rows["count"].fillna(0).sum())
        lines.append(f"{reason.value:<29} {len(rows):>8} {covered:>8}  {by}")
    return "\n".join(lines)
