"""Usage-policy findings: by category, by category and application, and one finding per category."""

from __future__ import annotations

import pandas as pd

from auditkit.report import charts, metrics
from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, anchor_id, cells, el, table
from auditkit.report.i18n import number, percent, t
from auditkit.report.sections.common import finding_block, fmt_time, section, severity_badge

__all__ = ["policy_findings"]


def _condition(data: ReportData, category: str, records: int, share: float) -> str:
    lang = data.lang
    v = data.headline_verdicts
    keys = v.loc[v["category"] == category, "record_key"]
    apps = data.apps.reindex(keys).value_counts().head(3)
    app_text = ", ".join(f"{a} ({n:,})" for a, n in sorted(apps.items(), key=lambda kv: (-kv[1], kv[0])))
    times = data.population.set_index("record_key")["event_time"].reindex(keys)
    return t(
        "policy.condition",
        lang,
        records=number(records),
        share=percent(share),
        apps=app_text or "–",
        first=fmt_time(times.min(), False),
        last=fmt_time(times.max(), False),
    )


def _blocks(data: ReportData, counts: pd.DataFrame) -> Markup:
    lang = data.lang
    blocks = []
    for row in counts.itertuples(index=False):
        cat = data.policy.category(row.category)
        blocks.append(
            finding_block(
                anchor_id("policy", row.category),
                cat.label(lang),
                cat.severity,
                lang,
                criterion=t(
                    "policy.criterion",
                    lang,
                    policy=data.policy.title(lang),
                    label=cat.label(lang),
                    description=cat.description,
                ),
                condition=_condition(data, row.category, row.records, row.share),
                cause=t("policy.cause", lang, classifiers=row.classifiers),
                effect=t(f"effect.{cat.severity}", lang),
                recommendation=t(f"recommendation.{cat.severity}", lang),
            )
        )
    return Markup("".join(blocks))


def policy_findings(data: ReportData) -> Fragment:
    """Findings by category (the policy's labels), a category-by-application heatmap, and each category
    written as criterion, condition, cause, effect and recommendation; findings reviewed as confirmed false
    positives are left out of every count (``data.headline_verdicts``)."""
    lang = data.lang
    if not data.classified_ran:
        return data.fragment(
            "policy", section("policy", lang, el("p", t("policy.not_classified", lang), class_="empty"))
        )
    counts = metrics.category_counts(data.headline_verdicts, data.figures.classified, data.policy, lang)
    if counts.empty:
        return data.fragment(
            "policy", section("policy", lang, el("p", t("policy.none", lang), class_="empty"))
        )
    bars = charts.hbar(
        list(counts["label"]),
        list(counts["records"]),
        title=t("policy.chart_title", lang),
        xlabel=t("chart.flagged_records", lang),
        caption=t("policy.chart_caption", lang),
    )
    matrix = metrics.category_by_application(data.headline_verdicts, data.apps, data.policy, lang)
    heat = charts.heatmap(
        matrix,
        title=t("policy.heatmap_title", lang),
        caption=t("policy.heatmap_caption", lang),
        cbar_label=t("chart.flagged_records", lang),
    )
    shown = counts.assign(
        severity=cells([severity_badge(s, lang) for s in counts["severity"]], counts.index),
        records=counts["records"].map(number),
        share=counts["share"].map(percent),
    )
    tab = table(
        shown,
        [
            ("label", t("col.category", lang)),
            ("severity", t("col.severity", lang)),
            ("records", t("col.flagged_records", lang)),
            ("share", t("col.share_classified", lang)),
            ("classifiers", t("col.classifiers", lang)),
        ],
        numeric=("records", "share"),
        caption=t("policy.table_caption", lang),
    )
    body = section(
        "policy", lang, bars, heat, tab, el("h3", t("policy.findings", lang)), _blocks(data, counts)
    )
    return data.fragment("policy", body)
