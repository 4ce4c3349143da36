"""Cover and provenance; executive summary."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, cells, el, table
from auditkit.report.i18n import number, percent, t
from auditkit.report.params import SPECS
from auditkit.report.sections.common import SECTION_IDS, dl, sampled_note, section

__all__ = ["cover", "executive_summary", "MAX_SOURCES"]

MAX_SOURCES = 300


def _toc(lang: str) -> Markup:
    items = [
        el("li", el("a", t(f"section.{k}", lang), href=f"#sec-{k}")) for k in SECTION_IDS if k != "cover"
    ]
    return el("nav", el("h3", t("cover.contents", lang)), el("ol", *items), class_="toc")


def _parameters(data: ReportData) -> Markup:
    lang = data.lang
    public = data.params.public()
    specs = [s for s in SPECS if s.name != "generated_at"]  # shown once, as the cover's time stamp
    rows = pd.DataFrame(
        {
            "name": [s.name for s in specs],
            "value": [", ".join(v) if isinstance(v := public[s.name], list) else str(v) for s in specs],
            "help": [t(f"param.{s.name}", lang) for s in specs],
        }
    )
    return table(
        rows,
        [
            ("name", t("cover.param_name", lang)),
            ("value", t("cover.param_value", lang)),
            ("help", t("cover.param_help", lang)),
        ],
        caption=t("cover.parameters", lang),
    )


def _sources(data: ReportData) -> Markup:
    lang = data.lang
    s = data.load.sources.sort_values("path", kind="stable")
    caption = (
        t("cover.inputs", lang)
        + " "
        + sampled_note(lang, min(len(s), MAX_SOURCES), len(s), t("cover.inputs_how", lang))
    )
    cols = [
        ("path", t("col.file", lang)),
        ("format", t("col.format", lang)),
        ("status", t("col.status", lang)),
        ("records", t("col.records", lang)),
        ("rejects", t("col.rejects", lang)),
        ("sha256", "sha256"),
    ]
    frame = s.assign(sha256=cells([el("code", v) for v in s["sha256"]], s.index))
    return table(frame, cols, numeric=("records", "rejects"), caption=caption, limit=MAX_SOURCES)


def _versions(data: ReportData) -> str:
    lang = data.lang
    parts = [
        f"auditkit {data.versions()['auditkit']}",
        f"{t('cover.policy_version', lang)} {data.policy.version}",
    ]
    parts += [f"{t('cover.classifier', lang)} {n} {v}" for n, v in data.classifiers]
    return "; ".join(parts)


def _false_positives(data: ReportData) -> tuple[str, Any]:
    """The findings the review ledger holds as confirmed false positives, left out of every figure."""
    lang = data.lang
    if data.reviews is None:
        return t("cover.false_positives", lang), t("cover.false_positives_no_ledger", lang)
    n = data.figures.false_positives
    return (
        t("cover.false_positives", lang),
        el(
            "span",
            t("cover.false_positives_value", lang, n=number(n)),
            id="false-positives",
        ),
    )


def cover(data: ReportData) -> Fragment:
    """Title, period, population, provenance (inputs with sha256, versions, parameters, run id)."""
    lang, p = data.lang, data.params
    title = el("h1", t("cover.title", lang))
    org = el("p", p.organisation, class_="org") if p.organisation else None
    facts = dl(
        [
            (t("cover.period", lang), f"{p.period_start} – {p.period_end} (UTC)"),
            (t("cover.as_of", lang), p.as_of),
            (
                t("cover.population", lang),
                t(
                    "cover.population_value",
                    lang,
                    n=number(data.figures.records),
                    files=number(len(data.load.sources)),
                ),
            ),
            (
                t("cover.generated_at", lang),
                el("time", data.generated_at, datetime=data.generated_at, id="generated-at"),
            ),
            _false_positives(data),
            (t("cover.run_id", lang), el("code", data.run_id)),
            (t("cover.versions", lang), _versions(data)),
            (t("cover.policy", lang), data.policy.title(lang)),
        ]
    )
    body = el(
        "section",
        title,
        org,
        facts,
        _toc(lang),
        el("h3", t("cover.provenance", lang)),
        _parameters(data),
        _sources(data),
        id="sec-cover",
        class_="report-section cover tex2jax_ignore mathjax_ignore",
    )
    return data.fragment("cover", body, facts=data.facts())


def _change(now: float, before: float | None, rate: bool = False) -> str:
    if before is None or (isinstance(before, float) and math.isnan(before)):
        return "–"
    if rate:
        if math.isnan(now):
            return "–"
        return f"{100 * (now - before):+.1f} pp"
    diff = now - before
    rel = f" ({diff / before:+.0%})" if before else ""
    return f"{diff:+,.0f}{rel}"


_FIGURES = (
    ("records", False),
    ("classified", False),
    ("unclassifiable", False),
    ("flagged", False),
    ("flagged_rate", True),
    ("critical", False),
    ("high", False),
    ("categories", False),
    ("applications", False),
    ("users", False),
    ("api_keys", False),
    ("retention_findings", False),
    ("rejects", False),
    ("false_positives", False),
)


def _figures_table(data: ReportData) -> Markup:
    lang = data.lang
    now = data.figures.to_dict()
    before = data.previous.figures.to_dict() if data.previous else None
    rows = []
    for name, rate in _FIGURES:
        fmt = percent if rate else number
        prev: Any = before[name] if before else None
        rows.append(
            {
                "measure": t(f"figure.{name}", lang),
                "now": fmt(now[name]),
                "before": fmt(prev) if before else "–",
                "change": _change(now[name], prev, rate),
            }
        )
    cols = [("measure", t("summary.measure", lang)), ("now", t("summary.this_period", lang))]
    if data.previous:
        cols += [
            (
                "before",
                t(
                    "summary.previous_period",
                    lang,
                    start=str(data.previous.start),
                    end=str(data.previous.end),
                ),
            ),
            ("change", t("summary.change", lang)),
        ]
    return table(
        pd.DataFrame(rows), cols, numeric=("now", "before", "change"), caption=t("summary.figures", lang)
    )


def _headlines(data: ReportData) -> Markup:
    lang, f = data.lang, data.figures
    items = [
        t(
            "summary.headline_population",
            lang,
            n=number(f.records),
            classified=number(f.classified),
            unclassifiable=number(f.unclassifiable),
        )
    ]
    if data.classified_ran:
        items.append(
            t(
                "summary.headline_flagged",
                lang,
                flagged=number(f.flagged),
                rate=percent(f.flagged_rate),
                critical=number(f.critical),
                high=number(f.high),
            )
        )
    else:
        items.append(t("summary.headline_not_classified", lang))
    if data.retention_ran:
        reasons = data.retention["reason"].nunique()
        items.append(
            t("summary.headline_retention", lang, n=number(f.retention_findings), reasons=number(reasons))
        )
    else:
        items.append(t("summary.headline_no_retention", lang))
    if f.false_positives:
        items.append(t("summary.headline_false_positives", lang, n=number(f.false_positives)))
    if f.rejects:
        items.append(t("summary.headline_rejects", lang, n=number(f.rejects)))
    if data.previous is None:
        items.append(t("summary.no_previous", lang))
    return el("ul", *[el("li", i) for i in items], class_="headlines")


def executive_summary(data: ReportData) -> Fragment:
    """Key figures, with the change against the previous period when its logs were given."""
    return data.fragment("summary", section("summary", data.lang, _headlines(data), _figures_table(data)))
