"""The explorer's views as plain functions: (index, filter state) in, masks, frames and chart data out.

Nothing here draws, reads a clock or touches a widget; :mod:`auditkit.explore.widgets` and
:mod:`auditkit.explore.static` render what these return. A confirmed false positive stays visible (with
its status) but is not counted as flagged, as in the report's headline figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from auditkit.explore.index import NO_DAY, ExploreIndex
from auditkit.explore.paging import DEFAULT_PAGE_SIZE, PAGE_COLUMNS, Page, page
from auditkit.explore.state import FilterState
from auditkit.explore.text import display_id
from auditkit.ledger.model import REVIEW_STATUSES, UNREVIEWED
from auditkit.policy import SEVERITIES

__all__ = [
    "Selection",
    "Summary",
    "Page",
    "select",
    "summary",
    "counts_by_day",
    "counts_by_category",
    "counts_by_application",
    "page",
    "facets",
    "PAGE_COLUMNS",
    "DEFAULT_PAGE_SIZE",
]

_FP = REVIEW_STATUSES.index("false_positive")
_EPOCH = np.datetime64("1970-01-01", "D")


@dataclass(frozen=True)
class Selection:
    """What a filter state selects: a mask over records and one over findings.

    ``findings`` marks the findings of selected records that meet the finding filters; ``flagged`` marks
    those among them that count as flagged (every status but a confirmed false positive).
    """

    state: FilterState
    records: np.ndarray
    findings: np.ndarray
    flagged: np.ndarray

    @property
    def n_records(self) -> int:
        return int(self.records.sum())


def _day(d: dt.date) -> int:
    return int((np.datetime64(d.isoformat(), "D") - _EPOCH).astype(np.int64))


def _record_mask(index: ExploreIndex, state: FilterState) -> np.ndarray:
    mask = np.ones(index.n, dtype=bool)
    if state.start is not None:
        mask &= index.day >= _day(state.start)
    if state.end is not None:
        mask &= (index.day <= _day(state.end)) & (index.day != NO_DAY)
    for facet, wanted in (
        (index.application, state.applications),
        (index.user, state.users),
        (index.api_key, state.api_keys),
        (index.kind, state.kinds),
        (index.language, state.languages),
    ):
        if wanted:
            mask &= facet.mask(wanted)
    if state.text:
        mask &= index.search(state.text)
    return mask


def select(index: ExploreIndex, state: FilterState) -> Selection:
    """The records and findings ``state`` selects (NumPy boolean masks; no classification is re-run)."""
    rmask = _record_mask(index, state)
    fmask = rmask[index.f_record]
    for facet, wanted in (
        (index.f_category, state.categories),
        (index.f_classifier, state.classifiers),
        (index.f_severity, state.severities),
        (index.f_status, state.review_statuses),
    ):
        if wanted:
            fmask &= facet.mask(wanted)
    flagged = fmask & (index.f_status.codes != _FP)
    if state.filters_findings or state.flagged_only:
        has = np.zeros(index.n, dtype=bool)
        has[index.f_record[flagged if state.flagged_only else fmask]] = True
        rmask &= has
        fmask &= has[index.f_record]
        flagged &= has[index.f_record]
    return Selection(state, rmask, fmask, flagged)


def _pair_keys(index: ExploreIndex, mask: np.ndarray) -> np.ndarray:
    """The (record, category) of each finding in ``mask``, as ``record * K + category``."""
    k = max(len(index.f_category.names), 1)
    return index.f_record[mask] * k + index.f_category.codes[mask]


def _flagged_records(index: ExploreIndex, sel: Selection) -> np.ndarray:
    out = np.zeros(index.n, dtype=bool)
    out[index.f_record[sel.flagged]] = True
    return out


@dataclass(frozen=True)
class Summary:
    """Headline figures of a selection. ``flagged_records`` leaves confirmed false positives out;
    findings are counted per (record, category), as the report counts exceptions."""

    records: int
    flagged_records: int
    findings: int
    false_positives: int
    confirmed: int
    needs_follow_up: int
    unreviewed: int
    first_day: str | None
    last_day: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def summary(index: ExploreIndex, sel: Selection) -> Summary:
    """The selection's headline figures."""
    pairs, first = np.unique(_pair_keys(index, sel.findings), return_index=True)
    status = index.f_status.codes[np.flatnonzero(sel.findings)[first]] if len(pairs) else np.array([], int)
    counts = np.bincount(status, minlength=len(REVIEW_STATUSES))
    days = index.day[sel.records]
    days = days[days != NO_DAY]
    fmt = lambda d: str(_EPOCH + np.timedelta64(int(d), "D"))  # noqa: E731
    return Summary(
        records=sel.n_records,
        flagged_records=int(_flagged_records(index, sel).sum()),
        findings=len(pairs),
        false_positives=int(counts[_FP]),
        confirmed=int(counts[REVIEW_STATUSES.index("confirmed")]),
        needs_follow_up=int(counts[REVIEW_STATUSES.index("needs_follow_up")]),
        unreviewed=int(counts[REVIEW_STATUSES.index(UNREVIEWED)]),
        first_day=fmt(days.min()) if len(days) else None,
        last_day=fmt(days.max()) if len(days) else None,
    )


def counts_by_day(index: ExploreIndex, sel: Selection) -> pd.DataFrame:
    """One row per day from the first to the last selected day: ``date``, ``records``, ``flagged``."""
    days = index.day[sel.records]
    known = days != NO_DAY
    if not known.any():
        return pd.DataFrame(
            {
                "date": pd.Series(dtype="string"),
                "records": pd.Series(dtype="int64"),
                "flagged": pd.Series(dtype="int64"),
            }
        )
    lo, hi = int(days[known].min()), int(days[known].max())
    records = np.bincount(days[known] - lo, minlength=hi - lo + 1)
    fdays = index.day[_flagged_records(index, sel)]
    fdays = fdays[fdays != NO_DAY]
    flagged = np.bincount(fdays - lo, minlength=hi - lo + 1)
    dates = (_EPOCH + np.arange(lo, hi + 1).astype("timedelta64[D]")).astype(str)
    return pd.DataFrame(
        {
            "date": pd.array(dates, dtype="string"),
            "records": records.astype(np.int64),
            "flagged": flagged.astype(np.int64),
        }
    )


def counts_by_category(index: ExploreIndex, sel: Selection, lang: str = "en") -> pd.DataFrame:
    """Per category with a selected finding: ``category``, ``label`` (policy, in ``lang``), ``severity``,
    ``flagged`` (records), ``false_positives`` (records where it is a confirmed false positive); most flagged
    first, then policy order."""
    k = max(len(index.f_category.names), 1)
    flagged = np.bincount(np.unique(_pair_keys(index, sel.flagged)) % k, minlength=k)
    fp = np.bincount(np.unique(_pair_keys(index, sel.findings & ~sel.flagged)) % k, minlength=k)
    order = {c.id: i for i, c in enumerate(index.policy.categories)}
    rows = []
    for code, cat in enumerate(index.f_category.names):
        if flagged[code] or fp[code]:
            known = cat in order
            c = index.policy.category(cat) if known else None
            rows.append(
                {
                    "category": cat,
                    "label": c.label(lang) if c else cat,
                    "severity": c.severity if c else "",
                    "flagged": int(flagged[code]),
                    "false_positives": int(fp[code]),
                    "_order": order.get(cat, len(order)),
                }
            )
    frame = pd.DataFrame(
        rows, columns=["category", "label", "severity", "flagged", "false_positives", "_order"]
    )
    frame = frame.sort_values(["flagged", "_order"], ascending=[False, True], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def counts_by_application(index: ExploreIndex, sel: Selection) -> pd.DataFrame:
    """Per application with selected records: ``application``, ``records``, ``flagged``; most records
    first."""
    rows = np.flatnonzero(sel.records)
    total = index.application.counts(rows)
    flagged = index.application.counts(np.flatnonzero(_flagged_records(index, sel)))
    frame = pd.DataFrame(
        {
            "application": list(index.application.names),
            "records": total.astype(np.int64),
            "flagged": flagged.astype(np.int64),
        }
    )
    frame = frame[frame["records"] > 0].sort_values(
        ["records", "application"], ascending=[False, True], kind="stable"
    )
    return frame.reset_index(drop=True)


def facets(index: ExploreIndex, lang: str = "en", *, redact: bool = True, top: int = 200) -> dict[str, Any]:
    """The choices each filter offers, from the data: ``(value, label)`` pairs (users and API keys most
    frequent first, at most ``top``, their labels redacted with a stable tag when ``redact``), and the
    first and last day."""

    def ranked(facet: Any) -> list[tuple[str, str]]:
        counts = facet.counts()
        order = np.lexsort((np.arange(len(counts)), -counts))[:top]
        return [(facet.names[i], display_id(facet.names[i], redact)) for i in order]

    known = index.day[index.day != NO_DAY]
    cats = [c.id for c in index.policy.categories if c.id in set(index.f_category.names)]
    cats += [c for c in index.f_category.names if c not in cats]
    fmt = lambda d: str(_EPOCH + np.timedelta64(int(d), "D"))  # noqa: E731
    return {
        "applications": [(a, a) for a in index.application.names],
        "users": ranked(index.user),
        "api_keys": ranked(index.api_key),
        "kinds": [(k, k) for k in index.kind.names],
        "languages": [(x, x) for x in index.language.names],
        "categories": [(c, index.label(c, lang)) for c in cats],
        "classifiers": [(c, c) for c in index.f_classifier.names],
        "severities": [(s, s) for s in SEVERITIES],
        "review_statuses": [(s, s) for s in REVIEW_STATUSES],
        "first_day": fmt(known.min()) if len(known) else None,
        "last_day": fmt(known.max()) if len(known) else None,
    }
