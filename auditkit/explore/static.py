"""The explorer rendered as HTML: figures, charts, the records table, the drill-down, the ledger overview.

The widgets show these same fragments (:mod:`auditkit.explore.widgets`), and where widgets cannot render
(an exported HTML page, a notebook viewer) :func:`static_view` stands in their place. Every log-derived
string goes through the report's escaping builder (:mod:`auditkit.report.html`), each fragment through its
allow-list sanitiser, and text is redacted unless the session says otherwise. Charts are matplotlib SVGs
embedded as ``data:`` images (text stays text; nothing is loaded).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from auditkit.explore.charts import charts_html
from auditkit.explore.detail import FACT_FIELDS, RecordDetail
from auditkit.explore.labels import t
from auditkit.explore.text import Piece
from auditkit.explore.view import Page, Summary
from auditkit.report.html import Markup, cells, el, esc, sanitize, table

__all__ = [
    "HTML",
    "summary_html",
    "charts_html",
    "page_html",
    "detail_html",
    "ledger_html",
    "pieces_html",
    "frame_html",
    "static_view",
    "CONTAINER_CLASS",
]

CONTAINER_CLASS = "auditkit-explore tex2jax_ignore mathjax_ignore"


class HTML:
    """A sanitised HTML fragment that Jupyter displays (``_repr_html_``) and tests can read (``.html``)."""

    def __init__(self, markup: str) -> None:
        self.html = sanitize(markup)

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<auditkit explore HTML: {len(self.html)} characters>"


def _wrap(*children: Any) -> Markup:
    return el("div", *children, class_=CONTAINER_CLASS)


def pieces_html(pieces: Sequence[Piece], before: bool = False, after: bool = False) -> Markup:
    """Text pieces: evidence in ``<mark>``, masks in ``<code class="mask">``, line breaks kept."""
    parts: list[str] = ["…"] if before else []
    for p in pieces:
        if p.masked:
            inner = el("code", p.text, class_="mask")
        else:
            inner = Markup("<br>".join(esc(line) for line in p.text.split("\n")))
        parts.append(el("mark", inner, class_="evidence") if p.evidence else inner)
    if after:
        parts.append("…")
    return Markup("".join(parts))


def frame_html(
    frame: pd.DataFrame, lang: str, *, numeric: Sequence[str] = (), caption: Any = None, class_: str = "data"
) -> Markup:
    """Any result frame as a table, headings from the labels (``col_<name>``)."""
    cols = [(c, t(f"col_{c}", lang) if f"col_{c}" in _known() else c) for c in frame.columns]
    shown = frame.copy()
    for c in shown.columns:
        if str(shown[c].dtype).startswith("datetime"):
            shown[c] = shown[c].dt.strftime("%Y-%m-%d %H:%M")
        elif str(shown[c].dtype) in ("Float64", "float64"):
            shown[c] = shown[c].map(lambda v: "–" if pd.isna(v) else f"{v:.2f}").astype(object)
    return table(shown, cols, numeric=numeric, caption=caption, class_=class_)


def _known() -> set[str]:
    from auditkit.explore.labels import LABELS

    return set(LABELS)


def summary_html(summary: Summary, lang: str) -> Markup:
    """The selection's figures in one line of badges."""
    items = [
        (summary.records, "records"),
        (summary.flagged_records, "flagged_records"),
        (summary.findings, "findings"),
        (summary.false_positives, "false_positives"),
        (summary.confirmed, "confirmed"),
        (summary.needs_follow_up, "needs_follow_up"),
        (summary.unreviewed, "unreviewed"),
    ]
    figs = [
        el("span", el("strong", f"{n:,}"), " ", t(key, lang), class_=f"figure fig-{key}") for n, key in items
    ]
    period = f" · {t('period', lang)} {summary.first_day} – {summary.last_day}" if summary.first_day else ""
    return el("p", *_interleave(figs), period, class_="summary")


def _interleave(items: list[Markup]) -> list[Any]:
    out: list[Any] = []
    for i, item in enumerate(items):
        if i:
            out.append(" · ")
        out.append(item)
    return out


def page_html(page: Page, lang: str) -> Markup:
    """The page of records as a table; excerpts with evidence marked and personal data masked."""
    if page.total == 0:
        return el("p", t("no_records", lang), class_="empty")
    rows = page.rows.astype(object).copy()
    rows["excerpt"] = cells(
        [pieces_html(p, b, a) for p, (b, a) in zip(page.pieces, page.cut, strict=True)], rows.index
    )
    rows["severity"] = cells(
        [el("span", s, class_=f"badge sev-{s}") if s else "" for s in page.rows["severity"]], rows.index
    )
    cols = [
        (c, t(f"col_{c}", lang))
        for c in ("time", "application", "user", "severity", "categories", "review", "excerpt", "record_key")
    ]
    caption = t("page_of", lang, page=page.number + 1, pages=page.pages, total=f"{page.total:,}")
    return table(rows, cols, caption=caption, class_="data records")


def _messages_html(detail: RecordDetail, lang: str) -> Markup:
    if not detail.messages:
        return el("p", t("no_text", lang), class_="empty")
    blocks = []
    for m in detail.messages:
        head = [el("strong", m.role), " · ", t(m.field, lang)]
        if m.index is not None:
            head += [" #", str(m.index)]
        if m.categories:
            head += [" · ", el("em", t("evidence_of", lang, cats=", ".join(m.categories)))]
        blocks.append(
            el(
                "div",
                el("div", *head, class_="msg-head"),
                el("div", pieces_html(m.pieces), class_="msg-text"),
                class_=f"message {m.field}",
            )
        )
    return el("div", *blocks, class_="conversation")


def detail_html(detail: RecordDetail, lang: str, *, revealed: bool = False) -> Markup:
    """The drill-down: facts, conversation with evidence, findings with review status, retention, history."""
    facts = []
    for k in FACT_FIELDS:
        facts += [el("dt", t(f"col_{k}", lang)), el("dd", detail.facts.get(k, "") or "–")]
    note = (
        t("revealed", lang)
        if revealed
        else (t("redacted", lang) if detail.redacted else t("not_redacted", lang))
    )
    hist = detail.history.drop(
        columns=[c for c in ("prev_hash", "entry_hash", "record_key") if c in detail.history]
    )
    return el(
        "section",
        el("h3", t("detail_title", lang, record=detail.record_key)),
        el("dl", *facts, class_="facts"),
        el("p", note, class_="redaction-note"),
        el("h4", t("conversation", lang)),
        _messages_html(detail, lang),
        el("h4", t("verdicts", lang)),
        frame_html(detail.verdicts, lang, numeric=("score",)),
        el("h4", t("all_findings", lang)),
        frame_html(detail.findings, lang, numeric=("score",)),
        el("h4", t("retention", lang)),
        frame_html(detail.retention, lang, numeric=("age_days",))
        if len(detail.retention)
        else el("p", t("no_retention", lang), class_="empty"),
        el("h4", t("history", lang)),
        frame_html(hist, lang) if len(hist) else el("p", t("no_history", lang), class_="empty"),
        class_="drill-down",
        id="record-detail",
    )


def ledger_html(result: Any, decisions: pd.DataFrame | None, lang: str) -> Markup:
    """The ledger's verification outcome and its latest decision per finding."""
    if result is None:
        return _wrap(el("h3", t("ledger_title", lang)), el("p", t("ledger_none", lang)))
    if not result.ok:
        status = el(
            "p", el("strong", t("ledger_broken", lang, summary=result.summary())), class_="ledger-broken"
        )
    elif result.entries == 0:
        status = el("p", t("ledger_empty", lang))
    else:
        status = el("p", t("ledger_ok", lang, n=result.entries, anchor=result.anchor), class_="ledger-ok")
    body = [el("h3", t("ledger_title", lang)), status]
    if decisions is not None and len(decisions):
        body += [el("h4", t("decisions", lang)), frame_html(decisions.drop(columns=["entry_id"]), lang)]
    return _wrap(*body)


def static_view(session: Any) -> HTML:
    """The stand-in for the widgets: figures, charts, the first page of records and the drill-down of the
    first record on it, for the session's current filters."""
    snap = session.snapshot()
    lang = session.lang
    parts: list[Any] = [
        el("h2", t("title", lang)),
        el("p", el("em", t("static_note" if session.redact else "static_note_plain", lang))),
        summary_html(snap.summary, lang),
        charts_html(snap.by_day, snap.by_category, snap.by_application, lang),
        page_html(snap.page, lang),
    ]
    if len(snap.page.rows):
        from auditkit.explore.detail import record_detail

        key = str(snap.page.rows["record_key"].iloc[0])
        parts.append(
            detail_html(
                record_detail(
                    session.index, key, lang=lang, redact=session.redact, history=session.history(key)
                ),
                lang,
            )
        )
    return HTML(_wrap(*parts))
