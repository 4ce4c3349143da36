"""Charts of a report: matplotlib figures from plain tables, embedded as SVG ``data:`` images.

Text stays text in the SVG (``svg.fonttype: none``), so Chinese renders with the reader's CJK fonts and
stays selectable and searchable; a font stack of common CJK fonts is named. Text from the logs is never
parsed as mathtext (``text.parse_math: False``) and matplotlib escapes it in the SVG; the SVG is shown
through ``<img>``, where a browser runs no script and loads nothing. ``svg.hashsalt`` and an empty date
make the same data give the same bytes.
"""

from __future__ import annotations

import base64
import io
import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd

from auditkit.report.html import Markup, clean_text, el

__all__ = ["figure", "daily_volume", "hbar", "heatmap", "age_histogram", "stacked_bars", "FONT_STACK"]

FONT_STACK = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "PingFang SC",
    "Microsoft YaHei",
    "Hiragino Sans GB",
    "DejaVu Sans",
    "Arial",
]
_RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "auditkit-report",
    "text.parse_math": False,
    "text.usetex": False,
    "font.family": ["sans-serif"],
    "font.sans-serif": FONT_STACK,
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 96,
    "axes.unicode_minus": False,
}
BLUE, RED, GREY, AMBER = "#2f5d8a", "#b23a3a", "#9aa5b1", "#c98a1b"


@contextmanager
def _style() -> Iterator[Any]:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # glyphs missing from the layout font: text stays text
        yield plt


def figure(fig: Any, alt: str, caption: str) -> Markup:
    """``<figure>`` with the matplotlib figure as an SVG data image (the figure is closed)."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": "auditkit"})
    plt.close(fig)
    src = "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    return el("figure", el("img", src=src, alt=alt), el("figcaption", caption))


def _label(value: Any, limit: int = 38) -> str:
    return clean_text(value, limit)


def daily_volume(
    daily: pd.DataFrame, *, title: str, requests_label: str, rate_label: str, caption: str
) -> Markup:
    """Bars: requests per day (``date``, ``requests``); line: share flagged (``flagged_rate``)."""
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(9, 3.2))
        x = pd.to_datetime(daily["date"])
        ax.bar(x, daily["requests"], color=BLUE, width=0.8, label=requests_label)
        ax.set_ylabel(requests_label)
        ax2 = ax.twinx()
        ax2.plot(x, 100 * daily["flagged_rate"].astype(float), color=RED, marker=".", label=rate_label)
        ax2.set_ylabel(rate_label)
        ax2.set_ylim(bottom=0)
        ax2.spines["right"].set_visible(True)
        ax.set_title(title)
        fig.autofmt_xdate()
        return figure(fig, title, caption)


def hbar(
    labels: Sequence[Any],
    values: Sequence[float],
    *,
    title: str,
    xlabel: str,
    caption: str,
    highlight: Sequence[float] | None = None,
    highlight_label: str = "",
    base_label: str = "",
) -> Markup:
    """Horizontal bars, largest at the top; ``highlight`` draws a part of each bar in red (flagged)."""
    n = max(len(labels), 1)
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(8, 0.6 + 0.32 * n))
        ys = list(range(len(labels)))[::-1]
        ax.barh(ys, values, color=BLUE if highlight is None else GREY, label=base_label or None)
        if highlight is not None:
            ax.barh(ys, highlight, color=RED, label=highlight_label or None)
            ax.legend(loc="lower right", frameon=False)
        ax.set_yticks(ys, [_label(v) for v in labels])
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        return figure(fig, title, caption)


def heatmap(matrix: pd.DataFrame, *, title: str, caption: str, cbar_label: str) -> Markup:
    """Counts by row (category) and column (application), numbers written in the cells."""
    import numpy as np

    rows, cols = max(len(matrix.index), 1), max(len(matrix.columns), 1)
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(min(2.5 + 0.9 * cols, 12), 1.2 + 0.34 * rows))
        values = matrix.to_numpy(dtype=float) if matrix.size else np.zeros((1, 1))
        im = ax.imshow(values, cmap="Reds", aspect="auto", vmin=0)
        ax.set_xticks(
            range(len(matrix.columns)), [_label(c, 24) for c in matrix.columns], rotation=30, ha="right"
        )
        ax.set_yticks(range(len(matrix.index)), [_label(r) for r in matrix.index])
        top = values.max() if values.size else 0
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(
                    j,
                    i,
                    f"{int(v):,}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if v > top / 2 else "black",
                )
        fig.colorbar(im, ax=ax, label=cbar_label, shrink=0.8)
        ax.set_title(title)
        return figure(fig, title, caption)


def age_histogram(
    ages: pd.Series,
    window_days: int,
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    window_label: str,
    caption: str,
) -> Markup:
    """Histogram of ages in days with a vertical line at the retention window."""
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(8, 3))
        values = ages.dropna().astype(float)
        if len(values):
            bins = min(40, max(5, int(values.max() // 7) + 1))
            ax.hist(values, bins=bins, color=BLUE)
        ax.axvline(window_days, color=RED, linestyle="--", label=window_label)
        ax.legend(frameon=False)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        return figure(fig, title, caption)


def stacked_bars(
    frame: pd.DataFrame,
    series: Sequence[tuple[str, str, str]],
    *,
    category: str,
    title: str,
    ylabel: str,
    caption: str,
) -> Markup:
    """Vertical bars per ``category`` value, stacking ``series`` (column, legend label, colour)."""
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(7, 3))
        xs = [_label(v, 20) for v in frame[category]]
        bottom = [0.0] * len(frame)
        for column, label, colour in series:
            vals = [float(v) for v in frame[column]]
            ax.bar(xs, vals, bottom=bottom, color=colour, label=label)
            bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
        ax.legend(frameon=False)
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        return figure(fig, title, caption)
