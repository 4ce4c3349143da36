"""The explorer's three charts, drawn with matplotlib from the view's chart data (SVG ``data:`` images).

Text stays text in the SVG, log strings are never parsed as mathtext, and the same data gives the same
bytes (``svg.hashsalt``); the figure wrapper is the report's, so both look alike. Long spans are binned by
ISO week or month so that a chart stays readable and cheap to draw.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from auditkit.explore.labels import t
from auditkit.report.html import Markup, el

__all__ = ["charts_html"]

_RED, _GREY = "#b23a3a", "#9aa5b1"


@contextmanager
def _style() -> Iterator[Any]:
    """matplotlib (Agg) with text kept as text in SVGs, no mathtext from log strings, stable SVG ids."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from auditkit.report.charts import FONT_STACK

    rc = {
        "svg.fonttype": "none",
        "svg.hashsalt": "auditkit-explore",
        "text.parse_math": False,
        "text.usetex": False,
        "font.family": ["sans-serif"],
        "font.sans-serif": FONT_STACK,
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 96,
        "axes.unicode_minus": False,
    }
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        yield plt


def _binned(by_day: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Daily counts, or weekly / monthly sums when the span is long (a readable chart, few shapes)."""
    frame = by_day.assign(date=pd.to_datetime(by_day["date"].astype(str)))
    days = len(frame)
    if days <= 120:
        return frame, "D"
    freq = "W-MON" if days <= 2 * 366 else "MS"
    binned = frame.set_index("date")[["records", "flagged"]].resample(freq, label="left", closed="left").sum()
    return binned.reset_index(), freq


def _daily_chart(by_day: pd.DataFrame, lang: str) -> Markup:
    from auditkit.report.charts import figure

    frame, freq = _binned(by_day)
    title = t("chart_day", lang) + {"D": "", "W-MON": " · ISO weeks", "MS": " · months"}[freq]
    with _style() as plt:
        fig, ax = plt.subplots(figsize=(9, 2.6))
        x = frame["date"]
        ax.fill_between(
            x, frame["records"].astype(float), step="post", color=_GREY, label=t("legend_all", lang)
        )
        ax.fill_between(
            x, frame["flagged"].astype(float), step="post", color=_RED, label=t("legend_flagged", lang)
        )
        ax.set_ylim(bottom=0)
        ax.set_ylabel(t("axis_records", lang))
        ax.legend(frameon=False, loc="upper left")
        ax.set_title(title)
        fig.autofmt_xdate()
        return figure(fig, title, "")


def charts_html(
    by_day: pd.DataFrame, by_category: pd.DataFrame, by_application: pd.DataFrame, lang: str
) -> Markup:
    """The three charts that follow the filters: per day, per category, per application."""
    from auditkit.report import charts

    out: list[Markup] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if len(by_day):
            out.append(_daily_chart(by_day, lang))
        if len(by_category):
            cats = by_category.head(20)
            out.append(
                charts.hbar(
                    list(cats["label"]),
                    list(cats["flagged"] + cats["false_positives"]),
                    highlight=list(cats["flagged"]),
                    title=t("chart_category", lang),
                    xlabel=t("axis_records", lang),
                    caption="",
                    base_label=t("legend_fp", lang),
                    highlight_label=t("legend_flagged", lang),
                )
            )
        if len(by_application):
            apps = by_application.head(20)
            out.append(
                charts.hbar(
                    list(apps["application"]),
                    list(apps["records"]),
                    highlight=list(apps["flagged"]),
                    title=t("chart_application", lang),
                    xlabel=t("axis_records", lang),
                    caption="",
                    base_label=t("legend_all", lang),
                    highlight_label=t("legend_flagged", lang),
                )
            )
    return el("div", *out, class_="charts")
