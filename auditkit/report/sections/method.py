"""Methodology and limits (with the classifiers' measured quality); the sign-off block."""

from __future__ import annotations

import math

import pandas as pd

from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, el, table
from auditkit.report.i18n import t
from auditkit.report.sections.activity import TOP_N
from auditkit.report.sections.common import dl, section
from auditkit.report.sections.cover import MAX_SOURCES
from auditkit.report.sections.dataquality import MAX_REJECTS
from auditkit.report.sections.retention import ROWS_PER_REASON

__all__ = ["methodology", "sign_off"]

_METRIC_COLS = ("measure", "category", "lang", "precision", "recall", "f1", "fpr", "support", "n")


def _fmt(value: object) -> str:
    """A measured figure as shown: counts with separators, rates with three decimals, "–" for none (a
    category without test positives has no recall)."""
    if value is None or value is pd.NA:
        return "–"
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(x) or math.isinf(x):
        return "–"
    return f"{x:.3f}" if x != int(x) or 0 < abs(x) < 1 else f"{int(x):,}"


def _quality(data: ReportData) -> Markup:
    lang, q = data.lang, data.quality
    if not q.measured:
        return el("p", t("method.quality_not_measured", lang), class_="empty")
    parts = [
        el(
            "p",
            t(
                "method.quality_source",
                lang,
                source=q.source,
                details="; ".join(f"{k}: {v}" for k, v in sorted(q.details.items())) or "–",
            ),
        )
    ]
    for frame, caption in (
        (q.overall, "method.quality_overall"),
        (q.per_category, "method.quality_per_category"),
    ):
        if frame.empty:
            continue
        cols = [c for c in _METRIC_COLS if c in frame.columns] or list(frame.columns)
        shown = frame[cols].map(_fmt) if hasattr(frame, "map") else frame[cols]
        parts.append(
            table(
                shown,
                [(c, c) for c in cols],
                numeric=[c for c in cols if c not in ("measure", "category", "lang")],
                caption=t(caption, lang),
            )
        )
    return Markup("".join(parts))


def methodology(data: ReportData) -> Fragment:
    """How the population, the classification and the samples were made, what was measured, and limits."""
    lang, p = data.lang, data.params
    classifiers = ", ".join(f"{n} {v}" for n, v in data.classifiers) or t("method.no_classifiers", lang)
    items = [
        (
            t("method.population", lang),
            t("method.population_text", lang, start=p.period_start, end=p.period_end),
        ),
        (
            t("method.classification", lang),
            t("method.classification_text", lang, classifiers=classifiers, policy=data.policy.version),
        ),
        (
            t("method.retention", lang),
            t("method.retention_text", lang, as_of=p.as_of, days=data.window_days)
            if data.retention_ran
            else t("retention.not_available", lang),
        ),
        (
            t("method.sampling", lang),
            t(
                "method.sampling_text",
                lang,
                n=p.exceptions_sample,
                seed=p.exceptions_seed,
                sources=MAX_SOURCES,
                rejects=MAX_REJECTS,
                rows=ROWS_PER_REASON,
                top=TOP_N,
            ),
        ),
        (
            t("method.redaction", lang),
            t("method.redaction_on", lang) if p.redact else t("method.redaction_off", lang),
        ),
        (t("method.timezone", lang), t("method.timezone_text", lang, tz=p.timezone)),
    ]
    limits = el("ul", *[el("li", t(f"method.limit_{i}", lang)) for i in range(1, 5)])
    body = section(
        "method",
        lang,
        dl(items),
        el("h3", t("method.quality", lang)),
        _quality(data),
        el("h3", t("method.limits", lang)),
        limits,
    )
    return data.fragment("method", body)


def sign_off(data: ReportData) -> Fragment:
    """Blank lines for the preparer, the reviewer and the approver, and the run id they sign for."""
    lang = data.lang
    roles = ("prepared", "reviewed", "approved")
    rows = pd.DataFrame(
        {
            "role": [t(f"signoff.{r}", lang) for r in roles],
            "name": "",
            "title": "",
            "date": "",
            "signature": "",
        }
    )
    tab = table(
        rows,
        [
            ("role", t("signoff.role", lang)),
            ("name", t("signoff.name", lang)),
            ("title", t("signoff.title", lang)),
            ("date", t("signoff.date", lang)),
            ("signature", t("signoff.signature", lang)),
        ],
        class_="signoff",
    )
    body = section(
        "signoff",
        lang,
        el("p", t("signoff.statement", lang, run_id=data.run_id, organisation=data.params.organisation)),
        tab,
    )
    return data.fragment("signoff", body)
