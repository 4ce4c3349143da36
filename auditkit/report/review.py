"""Review status of findings in the exceptions register.

Every finding starts ``unreviewed``. A review ledger (another feature) records what an auditor decided;
a ``review_ledger`` parameter naming a SQLite file is read by ``auditkit.ledger`` (verified, append-only);
a CSV or JSON Lines file with the columns ``record_key``, ``category`` and ``status`` (the last row for a
finding wins) or a DataFrame of the same columns is accepted too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from auditkit.errors import ConfigError

__all__ = [
    "STATUSES",
    "UNREVIEWED",
    "FALSE_POSITIVE",
    "read_ledger",
    "load_reviews",
    "false_positive_pairs",
    "review_status",
    "StatusLookup",
]

UNREVIEWED = "unreviewed"
FALSE_POSITIVE = "false_positive"
STATUSES = (
    UNREVIEWED,
    "confirmed",
    "false_positive",
    "needs_follow_up",
    "accepted_risk",
    "remediated",
    "escalated",
)
StatusLookup = Callable[[pd.DataFrame], pd.Series]


def read_ledger(path: str | Path) -> pd.DataFrame:
    """The ledger's latest status per (record_key, category)."""
    p = Path(path)
    try:
        frame = (
            pd.read_json(p, lines=True, dtype=False)
            if p.suffix in (".jsonl", ".ndjson")
            else pd.read_csv(p, dtype=str)
        )
    except (OSError, ValueError) as exc:
        raise ConfigError(str(p), "(file)", f"cannot be read as a review ledger ({exc})") from exc
    missing = {"record_key", "category", "status"} - set(frame.columns)
    if missing:
        raise ConfigError(
            str(p),
            sorted(missing)[0],
            "missing column",
            "a ledger has the columns record_key, category, status",
        )
    bad = sorted(set(frame["status"].astype(str)) - set(STATUSES))
    if bad:
        raise ConfigError(str(p), "status", f"unknown status {bad[0]!r}", f"use one of {', '.join(STATUSES)}")
    return frame.drop_duplicates(["record_key", "category"], keep="last")[
        ["record_key", "category", "status"]
    ]


_TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson")


def _from_review_ledger(findings: pd.DataFrame, path: str | Path) -> pd.Series:
    """Statuses from the review ledger (``auditkit.ledger``, a verified SQLite file)."""
    try:
        from auditkit.ledger import review_status as ledger_status
    except ImportError:
        raise ConfigError(
            str(path),
            "(file)",
            "is not a CSV or JSON Lines ledger, and auditkit.ledger is not installed to read it",
        ) from None
    return ledger_status(findings, str(path)).fillna(UNREVIEWED).astype("string")


def load_reviews(ledger: str | Path | pd.DataFrame | None) -> pd.DataFrame | None:
    """The latest decision per (``record_key``, ``category``) of a ledger, read once; None without one.

    The frame has the columns of ``auditkit.ledger.DECISION_COLUMNS`` (``review_status`` ...) and ``status``
    (the same value), so that it serves both :func:`review_status` and the ledger's helpers
    (``without_false_positives``, ``apply_reviews``). A SQLite ledger is verified first (a broken chain
    raises ``LedgerIntegrityError``); a CSV or JSON Lines ledger gives the status only.
    """
    if ledger is None or (isinstance(ledger, str) and not ledger):
        return None
    if isinstance(ledger, pd.DataFrame):
        table = ledger
    elif Path(ledger).suffix.lower() in _TABLE_SUFFIXES:
        table = read_ledger(ledger)
    else:
        try:
            from auditkit.ledger import decisions
        except ImportError:
            raise ConfigError(
                str(ledger),
                "(file)",
                "is not a CSV or JSON Lines ledger, and auditkit.ledger is not installed to read it",
            ) from None
        table = decisions(str(ledger))
    status = table["review_status"] if "review_status" in table else table["status"]
    out = pd.DataFrame(
        {
            "record_key": table["record_key"].astype("string").to_numpy(),
            "category": table["category"].astype("string").to_numpy(),
            "review_status": status.astype("string").to_numpy(),
        }
    )
    for c in ("review_reason", "reviewed_by", "review_note"):
        out[c] = table[c].astype("string").to_numpy() if c in table else pd.array([None] * len(out), "string")
    out["reviewed_at"] = (
        pd.to_datetime(table["reviewed_at"], utc=True).to_numpy()
        if "reviewed_at" in table
        else pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns, UTC]")
    )
    out["reviewed_at"] = pd.to_datetime(out["reviewed_at"], utc=True)
    out["status"] = out["review_status"]
    return out


def false_positive_pairs(reviews: pd.DataFrame | None) -> pd.DataFrame:
    """(``record_key``, ``category``) of every finding whose latest review is a confirmed false positive."""
    if reviews is None or reviews.empty:
        return pd.DataFrame({"record_key": pd.Series(dtype="string"), "category": pd.Series(dtype="string")})
    fp = reviews[(reviews["review_status"] == FALSE_POSITIVE).fillna(False).to_numpy()]
    return fp[["record_key", "category"]].reset_index(drop=True)


def review_status(findings: pd.DataFrame, ledger: str | Path | pd.DataFrame | None = None) -> pd.Series:
    """One status per row of ``findings`` (columns ``record_key``, ``category``): the ledger's, else
    ``unreviewed``."""
    if ledger is None or (isinstance(ledger, str) and not ledger):
        return pd.Series(UNREVIEWED, index=findings.index, dtype="string")
    if not isinstance(ledger, pd.DataFrame) and Path(ledger).suffix.lower() not in _TABLE_SUFFIXES:
        return _from_review_ledger(findings, ledger)
    table = ledger if isinstance(ledger, pd.DataFrame) else read_ledger(ledger)
    lookup = {
        (str(k), str(c)): str(s)
        for k, c, s in zip(table["record_key"], table["category"], table["status"], strict=True)
    }
    values = [
        lookup.get((str(k), str(c)), UNREVIEWED)
        for k, c in zip(findings["record_key"], findings["category"], strict=True)
    ]
    return pd.Series(values, index=findings.index, dtype="string")
