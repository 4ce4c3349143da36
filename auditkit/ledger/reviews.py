"""From the ledger to findings: the latest decision per (record, category), and the figures that follow.

A finding is identified across periods and reruns by (``record_key``, ``category``): ``record_key`` is
stable when the same file is loaded again, and a category is what the decision is about, whichever
classifier (or classifier version) raised it. The latest ``confirmed``, ``false_positive`` or
``needs_follow_up`` entry of a finding is its status; notes and reveals do not change it.

Reports show every exception with its status, but leave confirmed false positives out of the headline
figures and count them separately (:func:`headline_counts`).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from auditkit.ledger.errors import LedgerIntegrityError
from auditkit.ledger.model import STATUS_DECISIONS, UNREVIEWED, Decision
from auditkit.ledger.store import entries
from auditkit.ledger.verify import verify

__all__ = [
    "DECISION_COLUMNS",
    "REVIEW_COLUMNS",
    "decisions",
    "review_status",
    "apply_reviews",
    "headline_counts",
    "HeadlineCounts",
    "without_false_positives",
    "empty_decisions",
]

#: Columns of :func:`decisions`: one row per reviewed finding.
DECISION_COLUMNS = (
    "record_key",
    "category",
    "review_status",
    "review_reason",
    "reviewed_by",
    "reviewed_at",
    "review_note",
    "entry_id",
)
#: Columns :func:`apply_reviews` adds.
REVIEW_COLUMNS = ("review_status", "review_reason", "reviewed_by", "reviewed_at")

Ledgerish = str | os.PathLike[str] | pd.DataFrame | None


def empty_decisions() -> pd.DataFrame:
    """A decisions frame with no rows."""
    frame = pd.DataFrame({c: pd.Series(dtype="string") for c in DECISION_COLUMNS})
    return frame.astype({"reviewed_at": "datetime64[ns, UTC]", "entry_id": "Int64"})


def decisions(path: str | os.PathLike[str], *, verified: bool = True) -> pd.DataFrame:
    """The latest decision on each reviewed finding, one row per (``record_key``, ``category``).

    Columns :data:`DECISION_COLUMNS`: ``review_status`` (confirmed, false_positive, needs_follow_up),
    ``review_reason`` (the reason code of a false positive), ``reviewed_by``, ``reviewed_at`` (UTC),
    ``review_note`` and the ``entry_id`` that decided it.

    With ``verified`` (the default) the ledger is verified first, and a ledger whose chain is broken raises
    :class:`~auditkit.ledger.errors.LedgerIntegrityError` naming the first broken entry: a report never
    uses decisions that were edited by hand.
    """
    if verified:
        result = verify(path)
        if not result.ok:
            first = (
                next(p for p in result.problems if p.entry_id == result.first_broken)
                if result.first_broken is not None
                else result.problems[0]
            )
            raise LedgerIntegrityError(os.fspath(path), first.entry_id, f"{first.kind}: {first.detail}")
    e = entries(path)
    e = e[e["decision"].isin(STATUS_DECISIONS)]
    if e.empty:
        return empty_decisions()
    latest = e.drop_duplicates(["record_key", "category"], keep="last")
    out = pd.DataFrame(
        {
            "record_key": latest["record_key"],
            "category": latest["category"],
            "review_status": latest["decision"],
            "review_reason": latest["reason_code"],
            "reviewed_by": latest["reviewer"],
            "reviewed_at": pd.to_datetime(latest["created_at"], utc=True),
            "review_note": latest["note"],
            "entry_id": latest["entry_id"],
        }
    )
    return (
        out.sort_values(["record_key", "category"], kind="stable")
        .reset_index(drop=True)
        .astype({c: "string" for c in DECISION_COLUMNS if c not in ("reviewed_at", "entry_id")})
    )


def _as_decisions(ledger: Ledgerish) -> pd.DataFrame:
    if ledger is None or (isinstance(ledger, str) and not ledger):
        return empty_decisions()
    if isinstance(ledger, pd.DataFrame):
        return ledger
    return decisions(ledger)


def _positions(frame: pd.DataFrame, table: pd.DataFrame) -> np.ndarray:
    """For each row of ``frame``, the row of ``table`` with the same (record_key, category), or -1."""
    if table.empty or frame.empty:
        return np.full(len(frame), -1, dtype=np.int64)
    index = pd.MultiIndex.from_arrays([table["record_key"].astype(object), table["category"].astype(object)])
    keys = pd.MultiIndex.from_arrays([frame["record_key"].astype(object), frame["category"].astype(object)])
    return np.asarray(index.get_indexer(keys), dtype=np.int64)


def _take(table: pd.DataFrame, column: str, pos: np.ndarray) -> np.ndarray:
    """``table[column]`` at ``pos`` as objects, ``None`` where ``pos`` is -1."""
    out = np.full(len(pos), None, dtype=object)
    if len(table):
        hit = pos >= 0
        out[hit] = table[column].to_numpy(dtype=object)[pos[hit]]
    return out


def review_status(findings: pd.DataFrame, ledger: Ledgerish) -> pd.Series:
    """The review status of every row of ``findings`` or verdicts (columns ``record_key``, ``category``).

    ``ledger`` is a ledger path, a :func:`decisions` frame, or ``None`` (everything ``unreviewed``).
    Returns a ``string`` Series aligned with ``findings``: ``unreviewed``, ``confirmed``,
    ``false_positive`` or ``needs_follow_up``.
    """
    table = _as_decisions(ledger)
    values = _take(table, "review_status", _positions(findings, table))
    values[pd.isna(values)] = UNREVIEWED
    return pd.Series(values, index=findings.index, dtype="string", name="review_status")


def apply_reviews(verdicts: pd.DataFrame, ledger_path: Ledgerish) -> pd.DataFrame:
    """``verdicts`` (or findings) with the review columns added: ``review_status``, ``review_reason``,
    ``reviewed_by`` and ``reviewed_at`` (<NA> where unreviewed).

    ``ledger_path`` is a ledger path, a :func:`decisions` frame, or ``None``.
    """
    table = _as_decisions(ledger_path)
    pos = _positions(verdicts, table)
    out = verdicts.copy()
    out["review_status"] = review_status(verdicts, table)
    out["review_reason"] = pd.array(_take(table, "review_reason", pos), dtype="string")
    out["reviewed_by"] = pd.array(_take(table, "reviewed_by", pos), dtype="string")
    out["reviewed_at"] = pd.to_datetime(
        pd.Series(_take(table, "reviewed_at", pos), index=out.index), utc=True
    )
    return out


@dataclass(frozen=True)
class HeadlineCounts:
    """The headline figures of findings after review.

    ``flagged`` is what a report's headline shows: every finding except confirmed false positives, which
    are counted in ``false_positives`` instead. The ``*_records`` figures count distinct records.
    """

    findings: int
    flagged: int
    false_positives: int
    confirmed: int
    needs_follow_up: int
    unreviewed: int
    reviewed: int
    flagged_records: int
    false_positive_records: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def headline_counts(verdicts_with_reviews: pd.DataFrame) -> HeadlineCounts:
    """Headline figures of verdicts that went through :func:`apply_reviews` (a missing ``review_status``
    column counts everything as unreviewed)."""
    v = verdicts_with_reviews
    status = (
        v["review_status"].astype(object).fillna(UNREVIEWED)
        if "review_status" in v
        else pd.Series(UNREVIEWED, index=v.index, dtype=object)
    )
    fp = (status == Decision.FALSE_POSITIVE.value).to_numpy()
    keys = v["record_key"].astype(object).to_numpy()
    flagged_keys = set(keys[~fp])
    counts = status.value_counts()
    return HeadlineCounts(
        findings=len(v),
        flagged=int((~fp).sum()),
        false_positives=int(fp.sum()),
        confirmed=int(counts.get(Decision.CONFIRMED.value, 0)),
        needs_follow_up=int(counts.get(Decision.NEEDS_FOLLOW_UP.value, 0)),
        unreviewed=int(counts.get(UNREVIEWED, 0)),
        reviewed=int(len(v) - counts.get(UNREVIEWED, 0)),
        flagged_records=len(flagged_keys),
        false_positive_records=len(set(keys[fp]) - flagged_keys),
    )


def without_false_positives(frame: pd.DataFrame, ledger: Ledgerish) -> pd.DataFrame:
    """``frame`` (findings or verdicts) without the rows whose finding is a confirmed false positive.

    What a report computes its headline figures from (e.g. ``record_summary(without_false_positives(
    findings, ledger), population)``).
    """
    status = review_status(frame, ledger)
    return frame[(status != Decision.FALSE_POSITIVE.value).to_numpy()]
