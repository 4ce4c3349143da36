"""How facts are written: dates, day counts, sizes and any value in a detail sentence (both languages)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["fact_text", "date_text", "day_text", "size_text"]


def fact_text(value: Any) -> str:
    """One fact as display text: whole numbers without '.0', other floats with one decimal, lists joined."""
    if isinstance(value, (list, tuple)):
        return ", ".join(fact_text(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "?"
    if isinstance(value, (float, np.floating)):
        return str(int(value)) if float(value).is_integer() else f"{float(value):.1f}"
    return str(value)


def date_text(times: pd.Series) -> pd.Series:
    """UTC dates as YYYY-MM-DD text (missing as <NA>)."""
    return times.dt.strftime("%Y-%m-%d").astype("string")


def day_text(days: pd.Series | float) -> Any:
    """Day counts rounded to one decimal (floats; whole numbers render without '.0')."""
    if isinstance(days, pd.Series):
        return days.astype("Float64").round(1)
    return round(float(days), 1)


def size_text(sizes: pd.Series) -> pd.Series:
    """Byte counts as short text: 512 B, 48.2 kB, 1.8 MB."""
    values = sizes.astype("Float64")

    def one(v: Any) -> str:
        if pd.isna(v):
            return "size unknown"
        for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
            if v >= scale:
                return f"{v / scale:.1f} {unit}"
        return f"{int(v)} B"

    return values.map(one).astype("string")
