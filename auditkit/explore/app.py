"""``explore()``: one call from logs (or a Parquet store, or frames already in memory) to the explorer.

It loads, classifies once, runs the retention audit when an ``as_of`` date is given, reads the ledger's
decisions, builds the index, and returns an :class:`Explorer`. Displayed in JupyterLab, an Explorer is the
ipywidgets application; its display bundle also carries a static HTML rendering, which is what an exported
page (or any front end without widgets) shows in its place.
"""

from __future__ import annotations

import datetime as dt

import logging
import os
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit.errors import ParameterError
from auditkit.explore.index import ExploreIndex, applications_of, build_index
from auditkit.explore.session import ExploreSession
from auditkit.explore.static import HTML, ledger_html, static_view
from auditkit.ledger.model import RECORD_WIDE, Decision
from auditkit.ledger.reviews import decisions as ledger_decisions
from auditkit.ledger.store import Ledger, open_ledger
from auditkit.ledger.verify import verify

log = logging.getLogger("auditkit")

__all__ = ["explore", "Explorer", "resolve_path", "ledger_location", "ledger_overview"]


def _base(value: str, cwd: Path) -> Path | None:
    """The folder from which the relative path ``value`` exists: the working directory or a parent."""
    for base in (cwd, *cwd.parents):
        if (base / value).exists():
            return base
    return None


def resolve_path(value: str, cwd: Path | None = None) -> str:
    """A relative path as given when it exists from the working directory, else from the nearest parent
    where it exists (so ``sample_logs`` works from the repository and from ``notebooks/``)."""
    if not value or os.path.isabs(value):
        return value
    cwd = cwd or Path.cwd()
    base = _base(value, cwd)
    return value if base in (None, cwd) else str(base / value)


def ledger_location(value: str, logs: Any = None, cwd: Path | None = None) -> str:
    """Where the ledger ``value`` is: an existing file found like :func:`resolve_path`; a new relative one
    under the same folder the (first) relative log path was found from, so that the notebook run from
    ``notebooks/`` and a report run from the repository use the same ledger."""
    if not value or os.path.isabs(value):
        return value
    cwd = cwd or Path.cwd()
    found = _base(value, cwd)
    if found is not None:
        return str(found / value)
    first = next(iter(_as_list(logs)), None)
    base = _base(os.fspath(first), cwd) if first and not os.path.isabs(os.fspath(first)) else None
    return str((base or cwd) / value)


def _as_list(logs: Any) -> list[Any]:
    if logs is None:
        return []
    return [logs] if isinstance(logs, (str, os.PathLike)) else list(logs)


def _paths(logs: Any) -> list[str]:
    return [resolve_path(os.fspath(p)) for p in _as_list(logs)]


def _period(period: Any, as_of: Any) -> tuple[dt.date, dt.date] | None:
    """``period`` as (first day, last day), or None for everything."""
    if not period:
        return None
    if isinstance(period, tuple):
        return period
    from auditkit.report.params import parse_period

    ref = pd.Timestamp(as_of).date() if as_of else dt.datetime.now(dt.UTC).date()
    return parse_period(str(period), ref)


def _load(logs: Any, store: Any, timezone: str, period: tuple[dt.date, dt.date] | None
          ) -> tuple[pd.DataFrame, pd.DataFrame | None, Any]:
    """Records (and stored findings, and the store) from ``logs`` or ``store``, of ``period`` only.

    A store reads only the day partitions of the period; logs are loaded and then cut to it.
    """
    if store:
        from auditkit.store import open_store

        opened = open_store(resolve_path(os.fspath(store)))
        return opened.records(period=period), opened.findings(period=period), opened
    from auditkit.load import load_logs

    records = load_logs(_paths(logs), timezone=timezone).records
    return _cut(records, period), None, None


def _cut(records: pd.DataFrame, period: tuple[dt.date, dt.date] | None) -> pd.DataFrame:
    if period is None:
        return records
    from auditkit.report.metrics import in_period

    return records[in_period(records, *period).to_numpy()].reset_index(drop=True)


def _classify(records: pd.DataFrame) -> pd.DataFrame:
    from auditkit.classify import classify
    from auditkit.classify.base import empty_findings

    texts = records[records["input_text"].notna() | records["output_text"].notna()]
    return classify(texts) if len(texts) else empty_findings()


def _retention(records: pd.DataFrame, as_of: Any, profile: Any, store: Any,
               period: tuple[dt.date, dt.date] | None = None) -> pd.DataFrame | None:
    if not as_of:
        return None
    if store is not None:
        return store.audit_retention(as_of=as_of, profile=profile, period=period)
    from auditkit.retention import audit_retention

    return audit_retention(records, as_of=as_of, profile=profile)


class Explorer:
    """The explorer over one set of records and findings.

    Display it (the last expression of a cell) for the interactive application; ``static()`` is the HTML
    that stands in for it where widgets cannot render. ``session`` holds the filters and does the review
    actions; ``index`` the precomputed data.
    """

    def __init__(self, index: ExploreIndex, session: ExploreSession, ledger_path: str | None) -> None:
        self.index = index
        self.session = session
        self.ledger_path = ledger_path
        self._widgets: Any = None

    @property
    def widgets(self) -> Any:
        """The :class:`~auditkit.explore.widgets.ExplorerWidgets` (built on first use)."""
        if self._widgets is None:
            from auditkit.explore.widgets import ExplorerWidgets

            self._widgets = ExplorerWidgets(self.session)
        return self._widgets

    def static(self) -> HTML:
        """The static rendering: figures, charts, first page and one drill-down, for the current filters."""
        return static_view(self.session)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        html = self.static().html
        bundle: dict[str, Any] = {"text/plain": repr(self), "text/html": html}
        try:
            data = self.widgets.root._repr_mimebundle_()
        except Exception as exc:  # noqa: BLE001 - no widgets: the static page is all there is
            log.info("explorer widgets unavailable (%s); showing the static view", exc)
            return bundle
        data = data[0] if isinstance(data, tuple) else data
        view = (data or {}).get("application/vnd.jupyter.widget-view+json")
        if view:
            bundle["application/vnd.jupyter.widget-view+json"] = view
        return bundle

    def __repr__(self) -> str:
        s = self.session.snapshot().summary
        return (
            f"<auditkit explorer: {s.records:,} records, {s.flagged_records:,} flagged, "
            f"{s.findings:,} findings "
            f"({s.false_positives:,} confirmed false positives); ledger: {self.ledger_path or 'none'}>"
        )


def _reviews(ledger: Ledger | None) -> pd.DataFrame | None:
    return ledger_decisions(ledger.path) if ledger is not None else None


def explore(
    records: pd.DataFrame | None = None,
    findings: pd.DataFrame | None = None,
    *,
    logs: Any = None,
    store: Any = None,
    ledger: str | os.PathLike[str] | None = None,
    reviewer: str | None = None,
    lang: str = "en",
    redact: bool = True,
    as_of: Any = None,
    profile: Any = None,
    timezone: str = "UTC",
    reveal_reason: str | None = None,
    retention: pd.DataFrame | None = None,
    period: Any = None,
) -> Explorer:
    """Build the interactive explorer over loaded (or stored) logs and their findings.

    Args:
        records: canonical records already loaded; else ``logs`` or ``store`` is read.
        findings: their classification findings; computed once with the default classifiers when absent
            (the store's stored findings when reading a store).
        logs: log files, folders or globs to load (``load_logs``), relative paths looked up from parents.
        store: a Parquet audit store (``auditkit.store``) to read instead of logs.
        ledger: the review ledger (SQLite); created when missing. Without one, nothing can be reviewed.
        reviewer: the default reviewer name for review actions.
        lang: ``en`` or ``zh``.
        redact: mask personal data and secrets in shown text (default). Turning it off with a ledger needs
            ``reviewer`` and ``reveal_reason``, and is recorded (a record-wide ``revealed`` entry on ``*``).
        as_of: the audit date for the retention and governance findings (none without it).
        profile: the organisation profile (path or ``Profile``): applications and retention rules.
        timezone: zone of timestamps written without one (``load_logs``).
        reveal_reason: why the original text is shown when ``redact`` is off.
        retention: retention findings already computed (instead of ``as_of``).
        period: only the records of this period (``YYYY-MM``, ``YYYY-Www``, ``last-month``, ``last-week``
            relative to ``as_of``, ``YYYY-MM-DD``, ``START..END``, or a (first day, last day) tuple); a store
            reads only that period's day partitions. Default: everything.

    Raises:
        ParameterError for bad arguments; ``LedgerIntegrityError`` when the ledger does not verify (its
        decisions are not used silently).
    """
    if lang not in ("en", "zh"):
        raise ParameterError("lang", lang, "en or zh")
    if records is None and not logs and not store:
        raise ParameterError("logs", logs, "records, log paths (logs=...) or a store (store=...)")
    opened = None
    days = _period(period, as_of)
    if records is None:
        records, stored_findings, opened = _load(logs, store, timezone, days)
        findings = findings if findings is not None else stored_findings
    else:
        records = _cut(records, days)
    if days is not None and findings is not None:
        findings = findings[findings["record_key"].isin(records["record_key"])].reset_index(drop=True)
    if findings is None:
        findings = _classify(records)
    prof = None
    if profile:
        from auditkit.profile import as_profile

        prof = as_profile(
            resolve_path(os.fspath(profile)) if isinstance(profile, (str, os.PathLike)) else profile
        )
    if retention is None:
        retention = _retention(records, as_of, prof, opened, days)
    book = open_ledger(ledger_location(os.fspath(ledger), logs or store), create=True) if ledger else None
    index = build_index(
        records,
        findings,
        applications=applications_of(records.reset_index(drop=True), prof),
        retention=retention,
        reviews=_reviews(book),
    )
    session = ExploreSession(index, ledger=book, reviewer=reviewer, lang=lang, redact=redact)
    if not redact and book is not None:
        if not reveal_reason or not session.reviewer:
            raise ParameterError(
                "redact",
                False,
                "reviewer and reveal_reason too: showing original text with a ledger is recorded",
            )
        book.record(
            reviewer=session.reviewer,
            record_key="*",
            category=RECORD_WIDE,
            decision=Decision.REVEALED,
            note=f"explore(redact=False): {reveal_reason}",
        )
    return Explorer(index, session, str(book.path) if book else None)


def ledger_overview(explorer: Explorer) -> HTML:
    """The ledger's state: verified (or where it is broken), and the latest decision per finding."""
    lang = explorer.session.lang
    if explorer.ledger_path is None:
        return HTML(ledger_html(None, None, lang))
    result = verify(explorer.ledger_path)
    table = ledger_decisions(explorer.ledger_path, verified=False)
    if len(table):
        table = table.copy()
        table["category"] = [
            explorer.index.policy.category(c).label(lang) if c in explorer.index.policy.category_ids else c
            for c in table["category"]
        ]
    return HTML(ledger_html(result, table, lang))
