"""MISSING_TIMESTAMP: records whose event time is unknown, so that no window can be checked for them.

Every record kind counts (a file, a usage bucket, a call). Grouped per application and source file. A
record the loader rejected for a bad timestamp is not a record: it is in the load's ``rejects``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.retention.context import AuditContext
from auditkit.retention.findings import build, empty_findings
from auditkit.retention.grouping import by_file
from auditkit.retention.reasons import RetentionReason

__all__ = ["missing_timestamps"]


def missing_timestamps(ctx: AuditContext) -> pd.DataFrame:
    """MISSING_TIMESTAMP, one finding per (application, source file)."""
    mask = np.asarray(ctx.event_time.isna(), dtype=bool)
    if not mask.any():
        return empty_findings()
    base, facts, extras = by_file(ctx, mask, {"condition": "event_time is missing"})
    return build(ctx, RetentionReason.MISSING_TIMESTAMP, "grouped", base, facts, extra=extras)
