"""The figures of a report, computed from plain results: DataFrames in, DataFrames and numbers out.

Nothing here builds HTML (:mod:`auditkit.report.sections` renders these), reads a clock or draws a
random number without a seed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "INTERACTION_KINDS",
    "KeyFigures",
    "in_period",
    "key_figures",
    "daily_volume",
    "category_counts",
    "category_by_application",
    "top_by",
    "log_copy_ages",
    "files_by_age",
    "finding_ref",
    "AGE_BUCKETS",
]

#: Rows that stand for one call (aggregates and stored objects are counted elsewhere).
INTERACTION_KINDS = (
    "llm_call",
    "batch_call",
    "conversation_message",
    "gateway_billing",
    "diagnostic",
    "moderation_result",
)
#: File ages (days) by bucket: label, lowest, highest.
AGE_BUCKETS = (("0-7", 0, 7), ("8-30", 8, 30), ("31-90", 31, 90), ("91-180", 91, 180), (">180", 181, 10**6))


def _day_bounds(start: dt.date, end: dt.date) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(start, tz="UTC"), pd.Timestamp(end + dt.timedelta(days=1), tz="UTC")


def in_period(records: pd.DataFrame, start: dt.date, end: dt.date) -> pd.Series:
    """Rows whose ``event_time`` falls on a UTC day from ``start`` to ``end`` inclusive."""
    lo, hi = _day_bounds(start, end)
    t = records["event_time"]
    return ((t >= lo) & (t < hi)).fillna(False).astype(bool)


def interactions(records: pd.DataFrame) -> pd.Series:
    return records["record_kind"].isin(INTERACTION_KINDS).fillna(False).astype(bool)


@dataclass(frozen=True)
class KeyFigures:
    """The headline figures of a period (for the summary and the comparison with the previous period)."""

    records: int
    classified: int
    unclassifiable: int
    flagged: int
    flagged_rate: float
    critical: int
    high: int
    categories: int
    applications: int
    users: int
    api_keys: int
    retention_findings: int
    rejects: int
    #: Findings (record, category) an auditor reviewed as false positives in the review ledger: left out
    #: of every figure above and counted here instead.
    false_positives: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def key_figures(
    population: pd.DataFrame,
    summary: pd.DataFrame,
    verdicts: pd.DataFrame,
    apps: pd.Series,
    *,
    retention_findings: int,
    rejects: int,
    false_positives: int = 0,
) -> KeyFigures:
    """Figures of a population (interaction rows of the period) and its classification results.

    ``summary`` and ``verdicts`` are those a report shows in its headline: without the findings reviewed
    as false positives, whose number is ``false_positives``.
    """
    s = summary.set_index("record_key").reindex(population["record_key"])
    classified = int(s["classified"].fillna(False).astype(bool).sum())
    flagged = int(s["flagged"].fillna(False).astype(bool).sum())
    sev = s["severity"]
    return KeyFigures(
        records=len(population),
        classified=classified,
        unclassifiable=len(population) - classified,
        flagged=flagged,
        flagged_rate=flagged / classified if classified else float("nan"),
        critical=int((sev == "critical").fillna(False).sum()),
        high=int((sev == "high").fillna(False).sum()),
        categories=int(verdicts["category"].nunique()) if len(verdicts) else 0,
        applications=int(apps.nunique()),
        users=int(population["user_id"].nunique()),
        api_keys=int(population["api_key_id"].nunique()),
        retention_findings=retention_findings,
        rejects=rejects,
        false_positives=false_positives,
    )


def daily_volume(
    population: pd.DataFrame, summary: pd.DataFrame, start: dt.date, end: dt.date
) -> pd.DataFrame:
    """One row per day: ``date``, ``requests``, ``classified``, ``flagged``, ``flagged_rate``."""
    s = summary.set_index("record_key").reindex(population["record_key"])
    frame = pd.DataFrame(
        {
            "date": population["event_time"].dt.strftime("%Y-%m-%d").to_numpy(),
            "classified": s["classified"].fillna(False).astype(bool).to_numpy(),
            "flagged": s["flagged"].fillna(False).astype(bool).to_numpy(),
        }
    )
    days = pd.date_range(start, end, freq="D").strftime("%Y-%m-%d")
    g = (
        frame.groupby("date")
        .agg(requests=("date", "size"), classified=("classified", "sum"), flagged=("flagged", "sum"))
        .reindex(days, fill_value=0)
    )
    g.index.name = "date"
    g = g.reset_index()
    g["flagged_rate"] = (g["flagged"] / g["classified"].where(g["classified"] > 0)).fillna(0.0)
    return g


def category_counts(verdicts: pd.DataFrame, classified: int, policy: Any, lang: str) -> pd.DataFrame:
    """Per flagged category: ``category``, ``label``, ``severity``, ``records``, ``share`` (of classified
    records), ``classifiers`` (who found it); most records first, then policy order."""
    order = {c.id: i for i, c in enumerate(policy.categories)}
    if verdicts.empty:
        return pd.DataFrame(columns=["category", "label", "severity", "records", "share", "classifiers"])
    g = verdicts.groupby("category", observed=True)
    out = pd.DataFrame(
        {
            "records": g["record_key"].nunique(),
            "classifiers": g["classifiers"].agg(
                lambda s: ", ".join(sorted({c for v in s.dropna() for c in v.split(",")}))
            ),
        }
    )
    out = out.reset_index()
    out["label"] = [policy.category(c).label(lang) for c in out["category"]]
    out["severity"] = [policy.category(c).severity for c in out["category"]]
    out["share"] = out["records"] / classified if classified else float("nan")
    out["_order"] = out["category"].map(order)
    out = out.sort_values(["records", "_order"], ascending=[False, True], kind="stable")
    return out[["category", "label", "severity", "records", "share", "classifiers"]].reset_index(drop=True)


def category_by_application(verdicts: pd.DataFrame, apps: pd.Series, policy: Any, lang: str) -> pd.DataFrame:
    """Flagged records per category label (rows) and application (columns)."""
    if verdicts.empty:
        return pd.DataFrame()
    frame = verdicts[["record_key", "category"]].copy()
    frame["application"] = frame["record_key"].map(apps).fillna("?").astype(str)
    m = pd.crosstab(frame["category"], frame["application"])
    order = [c.id for c in policy.categories if c.id in m.index]
    m = m.loc[order, sorted(m.columns)]
    m.index = [policy.category(c).label(lang) for c in m.index]
    return m


def top_by(population: pd.DataFrame, summary: pd.DataFrame, column: str, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent values of ``column``: ``value``, ``requests``, ``flagged`` (ties by value)."""
    flagged = summary.set_index("record_key")["flagged"].reindex(population["record_key"]).fillna(False)
    frame = pd.DataFrame(
        {"value": population[column].astype("string").to_numpy(), "flagged": flagged.astype(bool).to_numpy()}
    ).dropna(subset=["value"])
    if frame.empty:
        return pd.DataFrame(columns=["value", "requests", "flagged"])
    g = frame.groupby("value").agg(requests=("flagged", "size"), flagged=("flagged", "sum")).reset_index()
    g = g.sort_values(["requests", "value"], ascending=[False, True], kind="stable").head(n)
    return g.reset_index(drop=True)


def _age_days(times: pd.Series, as_of: dt.date) -> pd.Series:
    ref = pd.Timestamp(as_of + dt.timedelta(days=1), tz="UTC")
    return ((ref - times).dt.total_seconds() / 86400.0).astype("Float64")


def log_copy_ages(records: pd.DataFrame, as_of: dt.date) -> pd.Series:
    """Age in days, at the end of ``as_of``, of every log record that holds prompt or completion text."""
    content = records["has_content"].fillna(False).astype(bool)
    return _age_days(records.loc[content, "event_time"], as_of).dropna()


def files_by_age(records: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """Stored files by age bucket: ``bucket``, ``stored`` (not seen deleted by ``as_of``), ``deleted``."""
    files = records[records["record_kind"] == "file_object"]
    ref = pd.Timestamp(as_of + dt.timedelta(days=1), tz="UTC")
    ages = _age_days(files["event_time"], as_of).to_numpy(dtype=float, na_value=np.nan)
    deleted = (files["deleted_at"] < ref).fillna(False).to_numpy(dtype=bool)
    rows = []
    for label, lo, hi in AGE_BUCKETS:
        inside = (ages >= lo) & (ages < hi + 1)
        rows.append(
            {
                "bucket": label,
                "stored": int((inside & ~deleted).sum()),
                "deleted": int((inside & deleted).sum()),
            }
        )
    return pd.DataFrame(rows)


def finding_ref(record_key: str, category: str) -> str:
    """A stable reference for a finding in the exceptions register (``EX-`` and 8 hex digits)."""
    return "EX-" + hashlib.sha256(f"{record_key}|{category}".encode()).hexdigest()[:8].upper()
