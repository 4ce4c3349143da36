"""What a report reads from the rest of auditkit: paths, the profile, classification, the retention audit.

Each adapter degrades to an empty result and a note (shown in the report's methodology section) when a
part of auditkit it needs is not installed, so that a report is still produced and says what it lacks.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit.errors import ParameterError

log = logging.getLogger("auditkit")

__all__ = [
    "resolve_path",
    "resolve_paths",
    "load_profile",
    "applications",
    "classifiers",
    "classify_population",
    "run_retention",
    "window_days",
    "RETENTION_COLUMNS",
    "empty_retention",
]

RETENTION_COLUMNS = (
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
DEFAULT_WINDOW_DAYS = 30


def _exists(path: Path) -> bool:
    text = str(path)
    return path.exists() or (glob.has_magic(text) and bool(glob.glob(text, recursive=True)))


def resolve_path(value: str, cwd: Path | None = None) -> str:
    """A relative path as given when it exists from the working directory, else from the nearest parent
    folder where it exists (so ``sample_logs`` works from the repository and from ``notebooks/``)."""
    if not value or os.path.isabs(value):
        return value
    cwd = cwd or Path.cwd()
    if _exists(cwd / value):
        return value
    for parent in cwd.parents:
        if _exists(parent / value):
            return str(parent / value)
    return value


def resolve_paths(values: Sequence[str], cwd: Path | None = None) -> list[str]:
    return [resolve_path(v, cwd) for v in values]


def load_profile(path: str) -> Any:
    """The organisation profile (``auditkit.profile.load_profile``), or None for ''."""
    if not path:
        return None
    if not os.path.isfile(path):
        raise ParameterError("profile", path, "an organisation profile YAML file that exists, or ''")
    try:
        from auditkit.profile import load_profile as _load
    except ImportError:
        log.warning("auditkit.profile is not available; the profile %s is not used", path)
        return None
    return _load(path)


def applications(records: pd.DataFrame, profile: Any) -> pd.Series:
    """Application name per record (index: ``record_key``): the profile's match, else the project id,
    else the log format."""
    names: pd.Series | None = None
    if profile is not None and hasattr(profile, "match"):
        matched = profile.match(records)
        names = (
            pd.Series(list(matched), index=records.index, dtype="string")
            if not isinstance(matched, pd.Series)
            else matched.astype("string").set_axis(records.index)
        )
    fallback = records["project_id"].astype("string").fillna(records["source_format"].astype("string"))
    out = fallback if names is None else names.fillna(fallback)
    return pd.Series(out.fillna("?").to_numpy(), index=records["record_key"].to_numpy(), dtype="string")


def classifiers() -> list[Any]:
    """The default classifiers that are installed (built once per report: some compile pattern databases)."""
    try:
        from auditkit.classify.run import resolve_classifiers

        return resolve_classifiers(None)
    except ImportError as exc:  # the classifier registry is not installed
        log.warning("no classifier available (%s); nothing is classified", exc)
        return []


def classify_population(
    records: pd.DataFrame, policy: Any, clfs: list[Any]
) -> tuple[pd.DataFrame, list[tuple[str, str]], bool]:
    """Findings for the records with text, the classifiers used (name, version), and whether any ran."""
    from auditkit.classify import classify
    from auditkit.classify.base import empty_findings

    if not clfs:
        return empty_findings(), [], False
    # Only the columns the classifiers read: a column selection copies nothing under copy-on-write, and
    # rows without text or moderation result simply give no finding.
    wanted = ["record_key", "input_text", "output_text", "messages_json"] + [
        c for c in records.columns if c.startswith("moderation_")
    ]
    texts = records[wanted]
    findings = classify(texts, policy=policy, classifiers=clfs) if len(texts) else empty_findings()
    return findings, sorted((c.name, str(c.version)) for c in clfs), True


def empty_retention() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="string") for c in RETENTION_COLUMNS})
    frame["event_time"] = pd.Series(dtype="datetime64[ns, UTC]")
    return frame.astype({"age_days": "Float64", "count": "Int64"})


def run_retention(records: pd.DataFrame, as_of: dt.date, profile: Any) -> tuple[pd.DataFrame, bool]:
    """The retention and governance findings (``auditkit.retention``), and whether the audit ran."""
    try:
        from auditkit.retention import audit_retention
    except ImportError:
        log.warning("auditkit.retention is not available; no retention audit in the report")
        return empty_retention(), False
    frame = audit_retention(records, as_of=as_of, profile=profile)
    for c in RETENTION_COLUMNS:
        if c not in frame.columns:
            frame[c] = pd.NA
    return frame, True


def window_days(profile: Any) -> int:
    """The retention window for log copies: the profile's, else 30 days (API data usage policy)."""
    for path in (
        ("organisation", "log_retention_days"),
        ("log_retention_days",),
        ("retention", "log_retention_days"),
        ("policy", "log_retention_days"),
        ("retention_days",),
    ):
        obj = profile
        for name in path:
            obj = getattr(obj, name, None) if not isinstance(obj, dict) else obj.get(name)
        if isinstance(obj, (int, float)) and not isinstance(obj, bool) and obj > 0:
            return int(round(obj))
    return DEFAULT_WINDOW_DAYS
