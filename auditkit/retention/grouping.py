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
    # Order and group the records by (application, file, line, position) on integer ranks, then run the
    # aggregation over only the rows that decide it (first row, oldest, newest, oldest age, first project)
    # of each group: same result as over every record, without a per-record frame of Python objects.
    app_rank, app_of = _ranks(*pd.factorize(ctx.application, use_na_sentinel=False), rows, None)
    files = ctx.records["source_file"]
    if isinstance(files.dtype, pd.CategoricalDtype):  # the store's: codes, no per-record objects
        file_codes = files.cat.codes.to_numpy()
        file_names = pd.Index([*files.cat.categories.astype(object), None], dtype=object)
        file_codes = np.where(file_codes < 0, len(file_names) - 1, file_codes)
    else:
        file_codes, file_names = pd.factorize(files, use_na_sentinel=False)
    file_rank, file_of = _ranks(file_codes, file_names, rows, "(unknown file)")
    del file_codes
    line = ctx.column("source_line").iloc[rows].astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
    order = np.lexsort((rows, line, file_rank, app_rank))
    del line
    a_sorted, f_sorted = app_rank[order], file_rank[order]
    starts = np.flatnonzero(np.r_[True, (np.diff(a_sorted) != 0) | (np.diff(f_sorted) != 0)])
    ends = np.r_[starts[1:], len(order)]
    pos = rows[order]
    del a_sorted, f_sorted, order, app_rank, file_rank
    times = np.asarray(ctx.event_time.iloc[pos].array.asi8)
    ages = ctx.age_at(pos).astype("float64").to_numpy(na_value=np.nan)
    has_project = ctx.has_project_at(pos)
    nat = np.iinfo(np.int64).min
    deciding: list[int] = []
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    for s_, e_ in zip(starts.tolist(), ends.tolist(), strict=True):
        deciding.append(s_)
        t = times[s_:e_]
        valid = np.flatnonzero(t != nat)
        if valid.size:
            deciding += [s_ + int(valid[np.argmin(t[valid])]), s_ + int(valid[np.argmax(t[valid])])]
        g = ages[s_:e_]
        if not np.isnan(g).all():
            deciding.append(s_ + int(np.nanargmax(g)))
        p = has_project[s_:e_]
        if p.any():
            deciding.append(s_ + int(np.argmax(p)))
        p0 = int(pos[s_])
        spans[(app_of(p0), file_of(p0))] = (s_, e_)
    del times, ages, has_project
    few = pos[np.unique(deciding)]  # in the order (application, file, line, position)
    frame = pd.DataFrame(
        {
            "application": ctx.application.iloc[few].to_numpy(dtype=object),
            "source_file": ctx.records["source_file"]
            .iloc[few]
            .astype(object)
            .fillna("(unknown file)")
            .to_numpy(),
            "event_time": ctx.event_time.iloc[few].reset_index(drop=True),
            "age": ctx.age_at(few).astype("float64").to_numpy(na_value=np.nan),
            "project_id": ctx.project_at(few).astype(object).to_numpy(),
            "pos": few,
        }
    )
    agg = (
        frame.groupby(["application", "source_file"], sort=True)
        .agg(
            count=("pos", "size"),
            oldest=("event_time", "min"),
            newest=("event_time", "max"),
            max_age=("age", "max"),
            project_id=("project_id", "first"),
        )
        .reset_index()
    )
    members = [spans[name] for name in zip(agg["application"], agg["source_file"], strict=True)]
    agg["count"] = np.array([e_ - s_ for s_, e_ in members], dtype=agg["count"].dtype)
    lines = ctx.column("source_line")
    limit_keys, limit_ranges = ctx.rules.max_record_keys, ctx.rules.max_line_ranges
    extras = []
    for name, (s_, e_) in zip(zip(agg["application"], agg["source_file"], strict=True), members, strict=True):
        member = pos[s_:e_]
        line_values = lines.iloc[member].astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
        ranges, cut = line_ranges(line_values, limit_ranges)
        keys = ctx.key_at(member[:limit_keys]).to_numpy(dtype=object)
        extras.append(
            {
                "source_file": name[1],
                "lines": ranges,
                "lines_complete": not cut,
                "record_keys": [str(k) for k in keys],
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


def _ranks(codes: np.ndarray, uniques: Any, rows: np.ndarray, na: str | None) -> tuple[np.ndarray, Any]:
    """The rank of each of ``rows``' values (``codes`` into ``uniques``, ``na`` standing for <NA>) among
    the distinct values in Python's string order, and a function giving the value at a record position."""
    names = [na if na is not None and pd.isna(u) else u for u in pd.Index(uniques).astype(object)]
    order = {v: i for i, v in enumerate(sorted(set(names)))}
    rank = np.array([order[v] for v in names], dtype=np.int64)

    def value_at(position: int) -> Any:
        return names[codes[position]]

    return rank[np.asarray(codes)[rows]], value_at
