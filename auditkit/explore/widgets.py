"""The interactive explorer in JupyterLab: ipywidgets over an
:class:`~auditkit.explore.session.ExploreSession`.

The widgets only read their values, call the session and show the HTML that :mod:`auditkit.explore.static`
renders from its results. Every callback (``on_filters``, ``on_page``, ``on_open``, ``on_review``,
``on_reveal``, ``on_hide``, ``on_reset``) is a plain method: tests set widget values and call them (or
let the observers fire) without a browser. A bad action (no reviewer, no reason for a reveal) shows its
message in the panel; it never raises into the notebook.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from auditkit.errors import AuditkitError, MissingDependencyError
from auditkit.explore import static
from auditkit.explore.labels import t
from auditkit.explore.session import ExploreSession
from auditkit.explore.view import facets
from auditkit.ledger.model import Decision, ReasonCode
from auditkit.report.html import el

__all__ = ["ExplorerWidgets", "require_ipywidgets"]

_MULTI = (
    "applications",
    "users",
    "api_keys",
    "kinds",
    "languages",
    "categories",
    "classifiers",
    "severities",
    "review_statuses",
)
_CHARTS_TAB = 2
_LABEL_WIDTH = "96px"
_DECISIONS = (Decision.CONFIRMED, Decision.FALSE_POSITIVE, Decision.NEEDS_FOLLOW_UP, Decision.NOTE)


def require_ipywidgets() -> Any:
    """The ``ipywidgets`` module, or ``MissingDependencyError`` naming what to install."""
    try:
        import ipywidgets
    except ImportError as exc:
        raise MissingDependencyError(
            "ipywidgets", "the interactive explorer (auditkit.explore)", "widgets"
        ) from exc
    return ipywidgets


def _status_label(value: str, lang: str) -> str:
    return t(f"status_{value}", lang)


class ExplorerWidgets:
    """The explorer's widgets, laid out in :attr:`root`, wired to ``session``."""

    def __init__(self, session: ExploreSession) -> None:
        w = require_ipywidgets()
        self.session = session
        self._quiet = False
        lang = session.lang
        fc = facets(session.index, lang, redact=session.redact)
        lay, style = w.Layout(width="98%"), {"description_width": _LABEL_WIDTH}
        self.start = w.DatePicker(description=t("f_start", lang), layout=lay, style=style)
        self.end = w.DatePicker(description=t("f_end", lang), layout=lay, style=style)
        self.filters: dict[str, Any] = {}
        for name in _MULTI:
            options = [
                (_status_label(v, lang) if name == "review_statuses" else label, v) for v, label in fc[name]
            ]
            self.filters[name] = w.SelectMultiple(
                options=options,
                rows=min(6, max(2, len(options))),
                description=t(f"f_{name}", lang),
                layout=lay,
                style=style,
            )
        self.text = w.Text(description=t("f_text", lang), continuous_update=False, layout=lay, style=style)
        self.flagged_only = w.Checkbox(description=t("f_flagged_only", lang), indent=False)
        self.reset = w.Button(description=t("reset", lang))
        self.summary = w.HTML()
        self.charts = w.HTML()
        self.table = w.HTML()
        self.prev = w.Button(description=t("prev", lang))
        self.next = w.Button(description=t("next", lang))
        self.page_label = w.Label()
        self.record = w.Dropdown(description=t("open", lang), options=[], layout=w.Layout(width="95%"))
        self.detail = w.HTML()
        self.reviewer = w.Text(description=t("reviewer", lang), value=session.reviewer or "")
        self.finding = w.Dropdown(description=t("finding", lang), options=[])
        self.decision = w.ToggleButtons(
            options=[
                (_status_label(d.value, lang) if d != Decision.NOTE else t("decision_note", lang), d.value)
                for d in _DECISIONS
            ]
        )
        self.reason_code = w.Dropdown(
            description=t("reason_code", lang), options=[r.value for r in ReasonCode]
        )
        self.note = w.Textarea(description=t("note", lang), layout=w.Layout(width="95%"))
        self.record_decision = w.Button(description=t("record_decision", lang), button_style="primary")
        self.reveal_reason = w.Text(description=t("reveal_reason", lang), layout=w.Layout(width="60%"))
        self.reveal = w.Button(description=t("reveal", lang), button_style="warning")
        self.hide = w.Button(description=t("hide", lang))
        self.message = w.HTML()
        self._charts_stale = True
        self.root = self._layout(w)
        self._wire()
        self.refresh()

    # -- layout and wiring ---------------------------------------------------------------------------------

    def _layout(self, w: Any) -> Any:
        f = self.filters
        grid = w.GridBox(
            [self.start, self.end, self.text, self.flagged_only, *f.values(), self.reset],
            layout=w.Layout(grid_template_columns="repeat(3, minmax(0, 1fr))", grid_gap="4px", width="100%"),
        )
        pager = w.HBox([self.prev, self.page_label, self.next])
        records = w.VBox([self.table, pager, self.record])
        review = w.VBox(
            [
                self.reviewer,
                self.finding,
                self.decision,
                self.reason_code,
                self.note,
                self.record_decision,
                w.HBox([self.reveal_reason, self.reveal, self.hide]),
                self.message,
            ]
        )
        drill = w.VBox([review, self.detail])
        tabs = w.Tab(children=[records, drill, self.charts])  # the charts are tab _CHARTS_TAB
        for i, key in enumerate(("tab_records", "tab_detail", "tab_charts")):
            tabs.set_title(i, t(key, self.session.lang))
        self.tabs = tabs
        return w.VBox([w.HTML(el("h3", t("title", self.session.lang))), grid, self.summary, tabs])

    def _wire(self) -> None:
        for widget in (self.start, self.end, self.text, self.flagged_only, *self.filters.values()):
            widget.observe(self.on_filters, names="value")
        self.reset.on_click(self.on_reset)
        self.prev.on_click(lambda _: self.on_page(-1))
        self.next.on_click(lambda _: self.on_page(+1))
        self.record.observe(self.on_open, names="value")
        self.record_decision.on_click(self.on_review)
        self.reveal.on_click(self.on_reveal)
        self.hide.on_click(self.on_hide)
        self.tabs.observe(self.on_tab, names="selected_index")

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Change several widgets without a refresh for each."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.value = str(el("p", text, class_="ok" if ok else "error"))

    # -- callbacks -------------------------------------------------------------------------------------------

    def on_filters(self, change: Any = None) -> None:
        """A filter widget changed: new selection, first page, refresh."""
        if self._quiet:
            return
        values = {name: tuple(widget.value) for name, widget in self.filters.items()}
        try:
            self.session.set_filters(
                start=self.start.value,
                end=self.end.value,
                text=self.text.value,
                flagged_only=self.flagged_only.value,
                **values,
            )
        except AuditkitError as exc:
            self._say(str(exc), ok=False)
            return
        self.refresh()

    def on_reset(self, _: Any = None) -> None:
        with self.quiet():
            self.start.value = self.end.value = None
            self.text.value = ""
            self.flagged_only.value = False
            for widget in self.filters.values():
                widget.value = ()
        self.session.reset_filters()
        self.refresh()

    def on_tab(self, change: Any = None) -> None:
        """Charts are drawn when their tab is shown (a filter change only marks them stale)."""
        if self.tabs.selected_index == _CHARTS_TAB and self._charts_stale:
            snap = self.session.snapshot()
            self.charts.value = static.HTML(
                static.charts_html(snap.by_day, snap.by_category, snap.by_application, self.session.lang)
            ).html
            self._charts_stale = False

    def on_page(self, delta: int) -> None:
        self.session.go_to_page(self.session.page_number + delta)
        self.refresh(charts=False)

    def on_open(self, change: Any = None) -> None:
        """Drill into the record chosen in the dropdown."""
        key = self.record.value
        if self._quiet or not key:
            return
        self._show_detail(self.session.open_record(key))

    def on_review(self, _: Any = None) -> None:
        """Record the decision of the review panel for the open record's chosen finding."""
        decision = self.decision.value
        try:
            entry = self.session.review(
                self.finding.value or "",
                decision,
                reviewer=self.reviewer.value,
                reason_code=self.reason_code.value if decision == "false_positive" else None,
                note=self.note.value or None,
            )
        except AuditkitError as exc:
            self._say(str(exc), ok=False)
            return
        self.note.value = ""
        self._say(
            t(
                "recorded",
                self.session.lang,
                id=entry.entry_id,
                decision=entry.decision,
                category=entry.category,
                reviewer=entry.reviewer,
            )
        )
        self.refresh()

    def on_reveal(self, _: Any = None) -> None:
        """Show the original text after recording who asked and why."""
        try:
            detail = self.session.reveal(self.reveal_reason.value, reviewer=self.reviewer.value)
        except AuditkitError as exc:
            self._say(str(exc), ok=False)
            return
        self.reveal_reason.value = ""
        self._show_detail(detail)

    def on_hide(self, _: Any = None) -> None:
        if self.session.record_key:
            self._show_detail(self.session.hide())

    # -- rendering -------------------------------------------------------------------------------------------

    def _show_detail(self, detail: Any) -> None:
        lang = self.session.lang
        revealed = detail.record_key in self.session.revealed
        self.detail.value = static.HTML(static.detail_html(detail, lang, revealed=revealed)).html
        cats = [
            (f"{r.label} ({_status_label(r.review_status, lang)})", r.category)
            for r in detail.verdicts.itertuples(index=False)
        ]
        with self.quiet():
            self.finding.options = cats
            self.finding.value = cats[0][1] if cats else None
        if self.session.ledger is None:
            self._say(t("no_ledger", lang), ok=False)

    def refresh(self, charts: bool = True) -> None:
        """Show the session's current figures, page and open record (charts when their tab is shown)."""
        lang = self.session.lang
        snap = self.session.snapshot()
        self.summary.value = static.HTML(static.summary_html(snap.summary, lang)).html
        if charts:
            self._charts_stale = True
            self.on_tab()
        self.table.value = static.HTML(static.page_html(snap.page, lang)).html
        self.page_label.value = f"{snap.page.number + 1} / {snap.page.pages}"
        rows = snap.page.rows
        options = [
            (f"{r.time} · {r.application} · {r.categories or '–'} · {r.record_key}", r.record_key)
            for r in rows.itertuples(index=False)
        ]
        current = self.session.record_key
        with self.quiet():
            self.record.options = options
            self.record.value = (
                current if current in {k for _, k in options} else (options[0][1] if options else None)
            )
        if self.record.value:
            self._show_detail(self.session.open_record(self.record.value))
        else:
            self.detail.value = ""
