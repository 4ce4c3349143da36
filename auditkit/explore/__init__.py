"""Interactive exploration of findings in JupyterLab, with review actions recorded in the review ledger.

>>> from auditkit import explore
>>> app = explore.explore(logs=["sample_logs"], ledger="reviews.sqlite", reviewer="Mei Chen",
...                       as_of="2025-10-15", profile="sample_logs/profile.yaml")   # doctest: +SKIP
>>> app                                                     # the ipywidgets application  # doctest: +SKIP

Compute once, render twice: :mod:`~auditkit.explore.index` precomputes codes once;
:mod:`~auditkit.explore.view` has the pure functions (filter state in, masks, frames and chart data out);
:mod:`~auditkit.explore.detail` the drill-down of one record; :mod:`~auditkit.explore.session` the
filters, pages and review actions; :mod:`~auditkit.explore.static` renders them as safe HTML and charts;
:mod:`~auditkit.explore.widgets` lays them out as ipywidgets. ``docs/explore.md`` describes it all.
"""

from auditkit.explore.app import Explorer, explore, ledger_overview
from auditkit.explore.detail import Message, RecordDetail, record_detail
from auditkit.explore.export import export_html
from auditkit.explore.index import ExploreIndex, build_index
from auditkit.explore.params import NAMES, notebook_parameters
from auditkit.explore.session import ExploreSession, Snapshot
from auditkit.explore.state import FilterState
from auditkit.explore.view import (
    Page,
    Selection,
    Summary,
    counts_by_application,
    counts_by_category,
    counts_by_day,
    facets,
    page,
    select,
    summary,
)

__all__ = [
    "explore",
    "Explorer",
    "ledger_overview",
    "notebook_parameters",
    "NAMES",
    "export_html",
    "FilterState",
    "ExploreIndex",
    "build_index",
    "ExploreSession",
    "Snapshot",
    "select",
    "summary",
    "counts_by_day",
    "counts_by_category",
    "counts_by_application",
    "page",
    "facets",
    "Selection",
    "Summary",
    "Page",
    "record_detail",
    "RecordDetail",
    "Message",
]
