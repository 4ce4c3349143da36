"""Data quality: rejected records by reason, files not read whole, traffic that carried no text."""

from __future__ import annotations

import pandas as pd

from auditkit.report import metrics
from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, el, table
from auditkit.report.i18n import number, t
from auditkit.report.sections.common import excerpt, file_line, sampled_note, section

__all__ = ["data_quality", "MAX_REJECTS"]

MAX_REJECTS = 20


def _rejects(data: ReportData) -> list:
    lang = data.lang
    rej = data.load.rejects
    if rej.empty:
        return [el("p", t("quality.no_rejects", lang), class_="empty")]
    by = rej.groupby("reason").agg(count=("reason", "size"), files=("source_file", "nunique")).reset_index()
    by = by.sort_values(["count", "reason"], ascending=[False, True], kind="stable")
    first = rej.sort_values(["source_file", "source_line"], kind="stable").head(MAX_REJECTS)
    shown = pd.DataFrame(
        {
            "where": [
                file_line(f, ln) for f, ln in zip(first["source_file"], first["source_line"], strict=True)
            ],
            "reason": first["reason"],
            "message": first["message"],
            "excerpt": [excerpt(x, None, None, data.params.redact, 0, 160) for x in first["raw_excerpt"]],
        }
    )
    note = sampled_note(lang, len(shown), len(rej), t("quality.rejects_how", lang))
    return [
        table(
            by.assign(count=by["count"].map(number), files=by["files"].map(number)),
            [
                ("reason", t("col.reason", lang)),
                ("count", t("col.records", lang)),
                ("files", t("col.files", lang)),
            ],
            numeric=("count", "files"),
            caption=t("quality.rejects_by_reason", lang),
        ),
        table(
            shown,
            [
                ("where", t("col.where", lang)),
                ("reason", t("col.reason", lang)),
                ("message", t("col.message", lang)),
                ("excerpt", t("col.excerpt", lang)),
            ],
            caption=note,
        ),
    ]


def _no_text(data: ReportData) -> list:
    lang = data.lang
    pop = data.population
    no_text = pop[~pop["has_content"].fillna(False).astype(bool)]
    if no_text.empty:
        return [el("p", t("quality.all_text", lang), class_="empty")]
    g = (
        no_text.groupby(["source_format", "record_kind"], observed=True)
        .agg(rows=("record_key", "size"), files=("source_file", "nunique"))
        .reset_index()
    )
    g = g.sort_values(["rows", "source_format"], ascending=[False, True], kind="stable")
    return [
        el("p", t("quality.no_text_intro", lang, n=number(len(no_text)), total=number(len(pop)))),
        table(
            g.assign(rows=g["rows"].map(number), files=g["files"].map(number)),
            [
                ("source_format", t("col.format", lang)),
                ("record_kind", t("col.kind", lang)),
                ("rows", t("col.records", lang)),
                ("files", t("col.files", lang)),
            ],
            numeric=("rows", "files"),
            caption=t("quality.no_text_caption", lang),
        ),
    ]


def _files(data: ReportData) -> list:
    lang = data.lang
    s = data.load.sources
    bad = s[~s["status"].isin(["ok", "rejects"])].sort_values("path", kind="stable")
    recs = data.load.records
    undated = int(recs["event_time"].isna().sum())
    outside = int(
        (
            metrics.interactions(recs)
            & ~metrics.in_period(recs, data.params.start, data.params.end)
            & recs["event_time"].notna()
        ).sum()
    )
    facts = el(
        "ul",
        el("li", t("quality.undated", lang, n=number(undated))),
        el("li", t("quality.outside", lang, n=number(outside))),
        el("li", t("quality.duplicates", lang, n=number(len(data.load.duplicates)))),
    )
    if bad.empty:
        return [facts]
    shown = bad.assign(file=[file_line(x, None) for x in bad["path"]])
    return [
        facts,
        table(
            shown,
            [("file", t("col.file", lang)), ("status", t("col.status", lang)), ("note", t("col.note", lang))],
            caption=t("quality.files_caption", lang),
            limit=100,
        ),
    ]


def data_quality(data: ReportData) -> Fragment:
    """Rejects by reason with a first sample, traffic that could not be classified, files not read whole."""
    lang = data.lang
    body = section(
        "quality",
        lang,
        el("h3", t("quality.rejects", lang)),
        *_rejects(data),
        el("h3", t("quality.no_text", lang)),
        *_no_text(data),
        el("h3", t("quality.files", lang)),
        *_files(data),
    )
    return data.fragment("quality", body)
