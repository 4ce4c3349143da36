"""Activity: daily volume and flagged rate; the most active users and API keys."""

from __future__ import annotations

from auditkit.report import charts
from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, el, table
from auditkit.report.i18n import number, t
from auditkit.report.sections.common import display_id, sampled_note, section

__all__ = ["activity", "TOP_N"]

TOP_N = 10
MAX_MODELS = 20


def _top(data: ReportData, column: str, key: str) -> Markup:
    lang = data.lang
    top = data.top_by(column, TOP_N)
    if top.empty:
        return el("p", t("activity.no_values", lang, what=t(f"activity.{key}", lang)), class_="empty")
    labels = [display_id(v, data.params.redact) for v in top["value"]]
    chart = charts.hbar(
        labels,
        list(top["requests"]),
        highlight=list(top["flagged"]),
        title=t(f"activity.top_{key}", lang, n=TOP_N),
        xlabel=t("chart.requests", lang),
        caption=t("activity.top_caption", lang, n=TOP_N, what=t(f"activity.{key}", lang)),
        highlight_label=t("chart.flagged", lang),
        base_label=t("chart.requests", lang),
    )
    rows = top.assign(value=labels, requests=top["requests"].map(number), flagged=top["flagged"].map(number))
    tab = table(
        rows,
        [
            ("value", t(f"activity.col_{key}", lang)),
            ("requests", t("chart.requests", lang)),
            ("flagged", t("chart.flagged", lang)),
        ],
        numeric=("requests", "flagged"),
        class_="data compact",
    )
    return Markup(chart + tab)


def _models(data: ReportData) -> Markup:
    lang = data.lang
    top = data.top_by("model", MAX_MODELS)
    total = int(data.population["model"].nunique())
    if top.empty:
        return el("p", t("activity.no_values", lang, what=t("activity.models", lang)), class_="empty")
    rows = top.assign(requests=top["requests"].map(number), flagged=top["flagged"].map(number))
    note = sampled_note(lang, len(top), total, t("activity.models_how", lang))
    return table(
        rows,
        [
            ("value", t("activity.col_models", lang)),
            ("requests", t("chart.requests", lang)),
            ("flagged", t("chart.flagged", lang)),
        ],
        numeric=("requests", "flagged"),
        caption=t("activity.models_caption", lang) + " " + note,
        class_="data compact",
    )


def activity(data: ReportData) -> Fragment:
    """Daily requests with the share flagged, and the top users and API keys by requests."""
    lang = data.lang
    daily = data.daily_volume()
    volume = charts.daily_volume(
        daily,
        title=t("activity.daily_title", lang),
        requests_label=t("chart.requests", lang),
        rate_label=t("chart.flagged_rate", lang),
        caption=t("activity.daily_caption", lang),
    )
    body = section(
        "activity",
        lang,
        volume,
        _top(data, "user_id", "users"),
        _top(data, "api_key_id", "keys"),
        _models(data),
    )
    return data.fragment("activity", body)
