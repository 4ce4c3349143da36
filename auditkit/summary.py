"""Plain-text summaries of a load, for the terminal and for logs (the CLI prints them).

Every figure comes from :class:`auditkit.load.LoadResult`; nothing here computes data of its own.
"""

from __future__ import annotations

import pandas as pd

from auditkit.load import LoadResult

__all__ = ["load_summary_table", "format_load_summary"]


def load_summary_table(result: LoadResult) -> pd.DataFrame:
    """One row per source file: format, records, rejects, blank lines, rows and time range."""
    s = result.sources
    return pd.DataFrame({
        "file": s["path"],
        "format": s["format"].fillna("-").replace("", "-"),
        "status": s["status"],
        "read": s["lines_read"],
        "records": s["records"],
        "rejects": s["rejects"],
        "blank": s["blank_lines"],
        "rows": s["rows"],
        "from": s["first_event"].dt.strftime("%Y-%m-%d").fillna("-"),
        "to": s["last_event"].dt.strftime("%Y-%m-%d").fillna("-"),
    })


def _table(frame: pd.DataFrame) -> str:
    cols = list(frame.columns)
    cells = [[str(v) for v in row] for row in frame.itertuples(index=False)]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in cols]

    def fmt(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric,
                                                                                   strict=True)).rstrip()

    lines = [fmt(cols), fmt(["-" * w for w in widths])]
    lines.extend(fmt(r) for r in cells)
    return "\n".join(lines)


def format_load_summary(result: LoadResult, *, max_rejects: int = 20) -> str:
    """The load summary as text: per-file table, totals, rejects by reason and the first rejects."""
    parts = [_table(load_summary_table(result))]
    t = result.totals()
    parts.append(
        f"\nTotal: {t['files']} file(s), {t['lines_read']} input records read = {t['records']} records + "
        f"{t['rejects']} rejected + {t['blank_lines']} blank; {t['rows']} rows"
        + (f"; {t['duplicates']} duplicate record(s) merged" if t["duplicates"] else "")
    )
    rows = result.records
    if len(rows):
        kinds = rows["record_kind"].value_counts().sort_index()
        parts.append("Rows by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
        no_text = int((~rows["has_content"].fillna(False).astype(bool)).sum())
        if no_text:
            parts.append(f"Rows without prompt or completion text (cannot be classified): {no_text}")
    rej = result.rejects
    if len(rej):
        by_reason = rej["reason"].value_counts()
        parts.append("\nRejects by reason: " + ", ".join(f"{k} {v}" for k, v in by_reason.items()))
        for r in rej.head(max_rejects).itertuples(index=False):
            line = "" if pd.isna(r.source_line) else f":{r.source_line}"
            pointer = f" {r.source_pointer}" if isinstance(r.source_pointer, str) and r.source_pointer else ""
            parts.append(f"  {r.source_file}{line}{pointer}: {r.reason}: {r.message}")
        if len(rej) > max_rejects:
            parts.append(f"  ... and {len(rej) - max_rejects} more (see the rejects table)")
    for r in result.sources[~result.sources["status"].isin(["ok", "rejects"])].itertuples(index=False):
        label = "Note" if r.status in ("skipped", "same_content") else "Warning"
        parts.append(f"{label}: {r.path}: {r.status}" + (f" ({r.note})" if r.note else ""))
    return "\n".join(parts)
