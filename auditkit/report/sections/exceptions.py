"""The exceptions register: a seeded sample of findings with redacted excerpts, evidence, severity and
review status."""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.policy import SEVERITIES
from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, el, esc, frame, table
from auditkit.report.i18n import t
from auditkit.report.metrics import finding_ref
from auditkit.report.review import review_status
from auditkit.report.sections.common import (
    display_id,
    excerpt,
    file_line,
    fmt_time,
    sampled_note,
    section,
    severity_badge,
)

__all__ = ["exceptions_register", "draw_sample", "register_rows"]

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


#: At most this many reviewed findings are added to the register beside the random draw.
MAX_REVIEWED = 1_000


def draw_sample(
    verdicts: pd.DataFrame, n: int, seed: int, reviews: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``n`` verdicts drawn without replacement with ``seed`` (all when fewer), from a stable order, plus
    every verdict the review ledger ``reviews`` has a decision on (up to :data:`MAX_REVIEWED`; an auditor
    sees each reviewed exception, false positives included, with its status); sorted by severity, then
    record."""
    ordered = verdicts.sort_values(["record_key", "category"], kind="stable").reset_index(drop=True)
    if len(ordered) > n:
        picks = np.sort(np.random.default_rng(seed).choice(len(ordered), size=n, replace=False))
        if reviews is not None and len(reviews):
            keys = pd.MultiIndex.from_arrays(
                [ordered["record_key"].astype(object), ordered["category"].astype(object)]
            )
            reviewed = pd.MultiIndex.from_arrays(
                [reviews["record_key"].astype(object), reviews["category"].astype(object)]
            )
            extra = np.flatnonzero(keys.isin(reviewed))[:MAX_REVIEWED]
            picks = np.union1d(picks, extra)
        ordered = ordered.iloc[picks]
    rank = ordered["severity"].map(_RANK).fillna(len(SEVERITIES))
    return (
        ordered.assign(_rank=rank)
        .sort_values(["_rank", "record_key", "category"], kind="stable")
        .drop(columns="_rank")
        .reset_index(drop=True)
    )


def _spans(findings: pd.DataFrame) -> pd.DataFrame:
    spanned = findings[findings["span_start"].notna()].sort_values(
        ["record_key", "category", "score"], ascending=[True, True, False], kind="stable"
    )
    return spanned.drop_duplicates(["record_key", "category"]).set_index(["record_key", "category"])


def register_rows(data: ReportData, sample: pd.DataFrame) -> pd.DataFrame:
    """The register's columns for the sampled verdicts (plain strings, redacted when asked)."""
    lang, redact = data.lang, data.params.redact
    recs = data.population.set_index("record_key")
    spans = _spans(data.findings)
    rows = []
    statuses = review_status(sample, data.reviews)
    for v, status in zip(sample.itertuples(index=False), statuses, strict=True):
        r = recs.loc[v.record_key]
        key = (v.record_key, v.category)
        field, s, e = (
            (spans.loc[key, "field"], spans.loc[key, "span_start"], spans.loc[key, "span_end"])
            if key in spans.index
            else ("input", None, None)
        )
        text = r["output_text"] if field == "output" else r["input_text"]
        if not isinstance(text, str):
            text = r["input_text"] if isinstance(r["input_text"], str) else r["output_text"]
        evidence = ", ".join(
            x
            for x in (
                v.rule_id if isinstance(v.rule_id, str) else None,
                excerpt(v.matched_text, None, None, redact, 0, 80)
                if isinstance(v.matched_text, str)
                else None,
            )
            if x
        )
        rows.append(
            {
                "ref": finding_ref(v.record_key, v.category),
                "time": fmt_time(r["event_time"]),
                "application": data.apps.get(v.record_key, "?"),
                "user": display_id(r["user_id"], redact),
                "category": data.policy.category(v.category).label(lang),
                "severity": severity_badge(v.severity, lang),
                "score": f"{float(v.score):.2f}" if pd.notna(v.score) else "–",
                "classifiers": v.classifiers,
                "excerpt": excerpt(text, s, e, redact),
                "evidence": evidence or "–",
                "source": file_line(r["source_file"], r["source_line"]),
                "status": t(f"review.{status}", lang) if status else t("review.unreviewed", lang),
            }
        )
    return frame(
        rows,
        columns=[
            "ref",
            "time",
            "application",
            "user",
            "category",
            "severity",
            "score",
            "classifiers",
            "excerpt",
            "evidence",
            "source",
            "status",
        ],
    )


def _layout(rows: pd.DataFrame) -> pd.DataFrame:
    """Six readable columns from the register's twelve (each cell escaped, parts on their own lines)."""

    def stack(*parts: object) -> Markup:
        return Markup(el("br").join(esc(x) for x in parts))

    return frame(
        {
            "ref": [stack(el("strong", r), tm) for r, tm in zip(rows["ref"], rows["time"], strict=True)],
            "who": [stack(a, u) for a, u in zip(rows["application"], rows["user"], strict=True)],
            "what": [
                stack(c, Markup(s + " " + esc(sc)), k)
                for c, s, sc, k in zip(
                    rows["category"], rows["severity"], rows["score"], rows["classifiers"], strict=True
                )
            ],
            "excerpt": rows["excerpt"].tolist(),
            "evidence": [stack(e, src) for e, src in zip(rows["evidence"], rows["source"], strict=True)],
            "status": rows["status"].tolist(),
        }
    )


def exceptions_register(data: ReportData) -> Fragment:
    """A seeded random sample of the period's findings, each with its excerpt, evidence and review status."""
    lang, p = data.lang, data.params
    if data.verdicts.empty:
        return data.fragment(
            "exceptions", section("exceptions", lang, el("p", t("exceptions.none", lang), class_="empty"))
        )
    sample = draw_sample(data.verdicts, p.exceptions_sample, p.exceptions_seed, data.reviews)
    rows = _layout(register_rows(data, sample))
    note = sampled_note(
        lang,
        len(sample),
        len(data.verdicts),
        t(
            "exceptions.how_reviewed" if data.reviews is not None and len(data.reviews) else "exceptions.how",
            lang,
            seed=p.exceptions_seed,
        ),
    )
    cols = [
        ("ref", t("exceptions.col_ref", lang)),
        ("who", t("exceptions.col_application", lang) + " / " + t("exceptions.col_user", lang)),
        ("what", t("exceptions.col_category", lang)),
        ("excerpt", t("exceptions.col_excerpt", lang)),
        ("evidence", t("exceptions.col_evidence", lang)),
        ("status", t("exceptions.col_status", lang)),
    ]
    intro = el(
        "p",
        t("exceptions.intro", lang)
        + " "
        + (t("exceptions.redacted", lang) if p.redact else t("exceptions.not_redacted", lang)),
    )
    body = section("exceptions", lang, intro, table(rows, cols, caption=note, class_="data register"))
    return data.fragment("exceptions", body)
