"""Record-level conditions reported as one finding per application and log file, with bounded evidence.

A grouped finding stands for ``count`` records. Its evidence keeps them traceable without growing with
the data: the source file, the records' line ranges (at most ``evidence.max_line_ranges`` ranges), up to
``evidence.max_record_keys`` record keys, and the rule that selects exactly the group's records again
(``select``: application, source file, and the condition with its cutoff instant).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

import numpy as np
import pandas as pd

from auditkit.retention.findings import date_text, day_text, line_ranges

__all__ = ["by_file", "short_path"]


def short_path(path: str) -> str:
    """The last two parts of a path (folder/file), enough to name a log file in a sentence."""
    parts = PurePosixPath(str(path).replace("\\", "/")).parts
    return "/".join(parts[-2:]) if parts else str(path)


def by_file(
    ctx: Any, mask: np.ndarray, select: Mapping[str, Any]
) -> tuple[pd.DataFrame, dict[str, pd.Series], list[dict[str, Any]]]:
    """Group the records in ``mask`` per (application, source_file).

    Returns the identity columns of the findings (object_id = the source file, event_time = the oldest
    record), the common facts (count, application, file, oldest, newest, max_age_days) and the bounded
    evidence of each group.
    """
    rows = np.flatnonzero(mask)
    if rows.size == 0:
        return pd.DataFrame(), {}, []
    frame = pd.DataFrame(
        {
            "application": ctx.application.iloc[rows].to_numpy(dtype=object),
            "source_file": ctx.records["source_file"]
            .iloc[rows]
            .astype(object)
            .fillna("(unknown file)")
            .to_numpy(),
            "event_time": ctx.event_time.iloc[rows].reset_index(drop=True),
            "age": ctx.age_days.iloc[rows].astype("float64").to_numpy(na_value=np.nan),
            "project_id": ctx.project_id.iloc[rows].astype(object).to_numpy(),
            "line": ctx.column("source_line")
            .iloc[rows]
            .astype("Float64")
            .to_numpy(dtype="float64", na_value=np.nan),
            "pos": rows,
        }
    )
    frame = frame.sort_values(["application", "source_file", "line", "pos"], kind="stable")
    groups = frame.groupby(["application", "source_file"], sort=True)
    agg = groups.agg(
        count=("pos", "size"),
        oldest=("event_time", "min"),
        newest=("event_time", "max"),
        max_age=("age", "max"),
        project_id=("project_id", "first"),
    ).reset_index()
    keys = ctx.records["record_key"].to_numpy(dtype=object)
    limit_keys, limit_ranges = ctx.rules.max_record_keys, ctx.rules.max_line_ranges
    extras = []
    for name in zip(agg["application"], agg["source_file"], strict=True):
        member = frame.iloc[groups.indices[name]]
        ranges, cut = line_ranges(member["line"].to_numpy(), limit_ranges)
        extras.append(
            {
                "source_file": name[1],
                "lines": ranges,
                "lines_complete": not cut,
                "record_keys": [str(k) for k in keys[member["pos"].to_numpy()[:limit_keys]]],
                "record_keys_complete": len(member) <= limit_keys,
                "select": {"application": name[0], "source_file": name[1], **select},
            }
        )
    base = pd.DataFrame(
        {
            "record_key": pd.NA,
            "object_id": agg["source_file"],
            "application": agg["application"],
            "project_id": agg["project_id"],
            "event_time": agg["oldest"],
            "count": agg["count"],
        }
    )
    facts = {
        "count": agg["count"],
        "application": agg["application"],
        "file": agg["source_file"].map(short_path),
        "oldest": date_text(agg["oldest"]),
        "newest": date_text(agg["newest"]),
        "max_age_days": day_text(agg["max_age"].astype("Float64")),
    }
    return base, facts, extras
