"""One auditor's exploration: the current filters, page and record, and the review actions.

Every method is a plain function of the session's state and returns plain results, so the widgets are a
thin layer over it and everything here is tested without a browser. Review actions go to the ledger
first; only once the entry is written does the view change. Revealing original text needs a reviewer and
a reason, and is itself a ledger entry (``revealed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from auditkit.errors import ParameterError
from auditkit.explore import view
from auditkit.explore.detail import RecordDetail, record_detail
from auditkit.explore.index import ExploreIndex
from auditkit.explore.state import FilterState
from auditkit.ledger.model import RECORD_WIDE, STATUS_DECISIONS, Decision, Entry
from auditkit.ledger.store import Ledger

__all__ = ["ExploreSession", "Snapshot"]


@dataclass(frozen=True)
class Snapshot:
    """Everything the main view shows for the current filters: figures, chart data and one page."""

    state: FilterState
    summary: view.Summary
    by_day: pd.DataFrame
    by_category: pd.DataFrame
    by_application: pd.DataFrame
    page: view.Page


class ExploreSession:
    """The explorer's state machine over one :class:`ExploreIndex`.

    Args:
        index: the precomputed records and findings.
        ledger: where review actions are recorded (``None``: reviewing and revealing are not possible).
        reviewer: the default reviewer name for actions.
        lang: ``en`` or ``zh`` for category labels.
        redact: show log text with personal data and secrets masked (the default).
        page_size: records per page.
    """

    def __init__(
        self,
        index: ExploreIndex,
        *,
        ledger: Ledger | None = None,
        reviewer: str | None = None,
        lang: str = "en",
        redact: bool = True,
        page_size: int = view.DEFAULT_PAGE_SIZE,
    ) -> None:
        if lang not in ("en", "zh"):
            raise ParameterError("lang", lang, "en or zh")
        self.index = index
        self.ledger = ledger
        self.reviewer = (reviewer or "").strip() or None
        self.lang = lang
        self.redact = bool(redact)
        self.page_size = page_size
        self.state = FilterState()
        self.page_number = 0
        self.record_key: str | None = None
        self.revealed: set[str] = set()
        self._selection: view.Selection | None = None

    # -- filters and pages ---------------------------------------------------------------------------------

    @property
    def selection(self) -> view.Selection:
        """The current selection (computed once per filter state)."""
        if self._selection is None or self._selection.state != self.state:
            self._selection = view.select(self.index, self.state)
        return self._selection

    def set_filters(self, **changes: Any) -> view.Selection:
        """Change filters (``FilterState`` fields); back to the first page."""
        self.state = self.state.replace(**changes)
        self.page_number = 0
        return self.selection

    def reset_filters(self) -> view.Selection:
        self.state = FilterState()
        self.page_number = 0
        return self.selection

    def go_to_page(self, number: int) -> view.Page:
        """Show page ``number`` (0-based; clamped to the pages there are)."""
        p = view.page(self.index, self.selection, number, self.page_size, lang=self.lang, redact=self.redact)
        self.page_number = p.number
        return p

    def snapshot(self) -> Snapshot:
        """Figures, chart data and the current page for the current filters."""
        sel = self.selection
        p = view.page(self.index, sel, self.page_number, self.page_size, lang=self.lang, redact=self.redact)
        self.page_number = p.number
        return Snapshot(
            self.state,
            view.summary(self.index, sel),
            view.counts_by_day(self.index, sel),
            view.counts_by_category(self.index, sel, self.lang),
            view.counts_by_application(self.index, sel),
            p,
        )

    # -- drill-down ------------------------------------------------------------------------------------------

    def history(self, record_key: str) -> pd.DataFrame | None:
        """The ledger's entries about ``record_key`` (``None`` without a ledger)."""
        return self.ledger.entries(record_key) if self.ledger is not None else None

    def open_record(self, record_key: str) -> RecordDetail:
        """Drill into one record (redacted unless its original text was revealed in this session)."""
        self.index.row_of(record_key)
        self.record_key = record_key
        redact = self.redact and record_key not in self.revealed
        return record_detail(
            self.index, record_key, lang=self.lang, redact=redact, history=self.history(record_key)
        )

    def _need_ledger(self, what: str) -> Ledger:
        if self.ledger is None:
            raise ParameterError("ledger", None, f"a review ledger path to {what} (explore(ledger=...))")
        return self.ledger

    def _reviewer(self, reviewer: str | None) -> str:
        name = (reviewer or "").strip() or self.reviewer
        if not name:
            raise ParameterError("reviewer", reviewer, "the reviewer's name")
        return name

    def _key(self, record_key: str | None) -> str:
        key = record_key or self.record_key
        if not key:
            raise ParameterError("record_key", record_key, "a record (open one first)")
        self.index.row_of(key)
        return key

    def reveal(
        self, reason: str, *, reviewer: str | None = None, record_key: str | None = None
    ) -> RecordDetail:
        """Show the original text of a record, after recording who asked and why (a ``revealed`` entry)."""
        key = self._key(record_key)
        if not isinstance(reason, str) or not reason.strip():
            raise ParameterError("reason", reason, "why the original text is needed (it is recorded)")
        self._need_ledger("record who revealed original text and why").record(
            reviewer=self._reviewer(reviewer),
            record_key=key,
            category=RECORD_WIDE,
            decision=Decision.REVEALED,
            note=reason,
        )
        self.revealed.add(key)
        return self.open_record(key)

    def hide(self, record_key: str | None = None) -> RecordDetail:
        """Back to the redacted text of a revealed record."""
        key = self._key(record_key)
        self.revealed.discard(key)
        return self.open_record(key)

    def review(
        self,
        category: str,
        decision: str | Decision,
        *,
        reviewer: str | None = None,
        reason_code: str | None = None,
        note: str | None = None,
        record_key: str | None = None,
    ) -> Entry:
        """Record a decision on the finding (record, ``category``) and update its status in the view.

        ``decision``: confirmed, false_positive (with ``reason_code``), needs_follow_up, or note.
        """
        key = self._key(record_key)
        dec = Decision(decision).value if not isinstance(decision, Decision) else decision.value
        if dec == Decision.REVEALED.value:
            raise ParameterError(
                "decision", dec, "confirmed, false_positive, needs_follow_up or note (use reveal)"
            )
        row = self.index.row_of(key)
        cats = {
            self.index.f_category.names[c] for c in self.index.f_category.codes[self.index.findings_of(row)]
        }
        if category not in cats:
            raise ParameterError(
                "category", category, f"a category found in {key}: {', '.join(sorted(cats)) or 'none'}"
            )
        entry = self._need_ledger("record review decisions").record(
            reviewer=self._reviewer(reviewer),
            record_key=key,
            category=category,
            decision=dec,
            reason_code=reason_code,
            note=note,
        )
        if dec in STATUS_DECISIONS:
            self.index.set_review(key, category, dec)
            self._selection = None
        return entry
