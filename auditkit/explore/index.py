"""What the explorer computes once, so that a filter change is only NumPy boolean arithmetic.

:func:`build_index` turns records and findings into integer codes: a day number per record, a code per
application, user, API key, record kind and language; per finding its record's row, category, classifier,
severity and review status. A filter is then a lookup table over codes (``lut[codes]``), and counts are
``np.bincount``. Classification is never re-run: the findings are an input.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.classify.base import FINDING_COLUMNS
from auditkit.errors import ParameterError
from auditkit.explore.state import LANGUAGES
from auditkit.ledger.model import REVIEW_STATUSES
from auditkit.ledger.reviews import review_status
from auditkit.policy import SEVERITIES, Policy

log = logging.getLogger("auditkit")

__all__ = ["Facet", "ExploreIndex", "build_index", "applications_of", "NO_DAY", "SEARCH_COLUMNS"]

#: Day number of a record without ``event_time`` (never inside a period).
NO_DAY = np.iinfo(np.int64).min
#: Columns the free-text search looks in.
SEARCH_COLUMNS = ("input_text", "output_text", "record_key", "user_id", "api_key_id", "model")
_CJK = r"[\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{f900}-\x{faff}]"
_EPOCH = dt.date(1970, 1, 1)
_SEARCH_CACHE = 8
_REQUIRED = (
    "record_key",
    "event_time",
    "input_text",
    "output_text",
    "messages_json",
    "record_kind",
    "user_id",
    "api_key_id",
    "project_id",
    "source_format",
)


@dataclass(frozen=True)
class Facet:
    """A column as integer codes (-1 for missing) and the distinct values they stand for."""

    codes: np.ndarray
    names: tuple[str, ...]

    @classmethod
    def of(cls, values: pd.Series | np.ndarray, order: Sequence[str] | None = None) -> Facet:
        if order is not None:
            lookup = {v: i for i, v in enumerate(order)}
            arr = pd.Series(values).astype(object)
            codes = arr.map(lookup).fillna(-1).to_numpy(dtype=np.int32)
            return cls(codes, tuple(order))
        codes, uniques = pd.factorize(pd.Series(values).astype(object), sort=True, use_na_sentinel=True)
        return cls(codes.astype(np.int32), tuple(str(u) for u in uniques))

    def mask(self, wanted: Sequence[str]) -> np.ndarray:
        """Rows whose value is one of ``wanted`` (unknown names match nothing)."""
        lut = np.zeros(len(self.names) + 1, dtype=bool)
        pos = {n: i for i, n in enumerate(self.names)}
        for w in wanted:
            if w in pos:
                lut[pos[w] + 1] = True
        return lut[self.codes + 1]

    def counts(self, rows: np.ndarray | None = None) -> np.ndarray:
        """How many rows (all, or the positions ``rows``) have each value, in ``names`` order."""
        codes = self.codes if rows is None else self.codes[rows]
        return np.bincount(codes[codes >= 0], minlength=len(self.names))


def applications_of(records: pd.DataFrame, profile: Any = None) -> pd.Series:
    """Application per record, positionally: the profile's match, else the project id, else the log format
    (the same rule as the report)."""
    fallback = records["project_id"].astype("string").fillna(records["source_format"].astype("string"))
    if profile is not None:
        matched = profile.match(records)
        out = pd.Series(np.asarray(matched, dtype=object), index=records.index, dtype="string").fillna(
            fallback
        )
    else:
        out = fallback
    return out.fillna("?").reset_index(drop=True)


def _arrow(series: pd.Series) -> pa.Array:
    arr = pa.array(series.astype("string[pyarrow]"), from_pandas=True)
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def _languages(records: pd.DataFrame) -> np.ndarray:
    """Code per record into :data:`LANGUAGES`: Chinese characters in its text, other text, or no text."""
    has_text = np.zeros(len(records), dtype=bool)
    has_cjk = np.zeros(len(records), dtype=bool)
    for col in ("input_text", "output_text"):
        arr = _arrow(records[col])
        has_text |= pc.fill_null(pc.greater(pc.utf8_length(arr), 0), False).to_numpy(zero_copy_only=False)
        has_cjk |= pc.fill_null(pc.match_substring_regex(arr, _CJK), False).to_numpy(zero_copy_only=False)
    return np.where(has_cjk, 1, np.where(has_text, 0, 2)).astype(np.int32)


def _times(times: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Day number and nanoseconds since the epoch (UTC) of each time; :data:`NO_DAY` and -1 when missing."""
    t = pd.to_datetime(times, utc=True)
    ns = t.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
    missing = np.isnat(ns)
    days = ns.astype("datetime64[D]").astype(np.int64)
    days[missing] = NO_DAY
    stamp = ns.astype(np.int64)
    stamp[missing] = -1
    return days, stamp


class ExploreIndex:
    """Records and findings as codes, built once by :func:`build_index`.

    Rows are positions: ``records.iloc[i]`` is record ``i``; ``findings.iloc[j]`` is finding ``j``, whose
    record is ``f_record[j]``. Review statuses are the only part that changes (:meth:`set_review`).
    """

    def __init__(
        self,
        records: pd.DataFrame,
        findings: pd.DataFrame,
        applications: pd.Series,
        retention: pd.DataFrame | None,
        reviews: pd.DataFrame | None,
        policy: Policy,
    ) -> None:
        self.records = records
        self.policy = policy
        self.retention = retention
        self.n = len(records)
        self.day, self._ns = _times(records["event_time"])
        self.application = Facet.of(applications.to_numpy(dtype=object))
        self.user = Facet.of(records["user_id"].to_numpy(dtype=object))
        self.api_key = Facet.of(records["api_key_id"].to_numpy(dtype=object))
        self.kind = Facet.of(records["record_kind"].to_numpy(dtype=object))
        self.language = Facet(_languages(records), LANGUAGES)
        self._row_of_key = pd.Index(records["record_key"].astype(object))
        if not self._row_of_key.is_unique:
            raise ParameterError(
                "records", "duplicate record_key", "records with unique record_key (one load)"
            )
        f_record = self._row_of_key.get_indexer(findings["record_key"].astype(object))
        dropped = int((f_record < 0).sum())
        if dropped:
            log.warning("%d findings are about records that are not loaded; they are left out", dropped)
        keep = f_record >= 0
        self.findings = findings[keep].reset_index(drop=True)
        self.f_record = f_record[keep].astype(np.int64)
        self.f_category = Facet.of(self.findings["category"].to_numpy(dtype=object))
        self.f_classifier = Facet.of(self.findings["classifier"].to_numpy(dtype=object))
        self.f_severity = Facet.of(self.findings["severity"].to_numpy(dtype=object), SEVERITIES)
        status = review_status(self.findings, reviews)
        self.f_status = Facet.of(status.to_numpy(dtype=object), REVIEW_STATUSES)
        self._by_record = np.argsort(self.f_record, kind="stable")
        self._bounds = np.searchsorted(self.f_record[self._by_record], np.arange(self.n + 1))
        self.f_start = self.findings["span_start"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        self.f_end = self.findings["span_end"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        self.f_output = (self.findings["field"].astype(object) == "output").to_numpy(dtype=bool)
        self.f_score = self.findings["score"].astype("Float64").to_numpy(dtype=float, na_value=0.0)
        self.order = self._display_order()
        self._search: OrderedDict[str, np.ndarray] = OrderedDict()
        self._search_arrays: dict[str, pa.Array] = {}
        self._retention_rows: dict[str, np.ndarray] | None = None
        self._columns: dict[str, pd.Series] = {}

    # -- order and lookups -------------------------------------------------------------------------------

    def worst_severity(self) -> np.ndarray:
        """Per record, the index in SEVERITIES of its most severe finding (``len(SEVERITIES)`` for none)."""
        worst = np.full(self.n, len(SEVERITIES), dtype=np.int64)
        sev = self.f_severity.codes.astype(np.int64)
        sev = np.where(sev < 0, len(SEVERITIES) - 1, sev)
        np.minimum.at(worst, self.f_record, sev)
        return worst

    def _display_order(self) -> np.ndarray:
        """Most severe findings first, then by time (records without time last), then load order."""
        return np.lexsort((np.arange(self.n), self._ns, self.day == NO_DAY, self.worst_severity()))

    def row(self, row: int, columns: Sequence[str]) -> dict[str, Any]:
        """The values of ``columns`` of record ``row`` (<NA> as ``None``).

        Cell by cell: taking rows of a frame whose Arrow columns are chunked would concatenate every
        chunk of every column (gigabytes of raw records at a million rows) on each call.
        """
        out = {}
        for c in columns:
            if c not in self._columns:
                self._columns[c] = self.records[c]
            value = self._columns[c].iat[row]
            out[c] = None if value is pd.NA or value is None or (value != value) else value
        return out

    def label(self, category: str, lang: str = "en") -> str:
        """The policy's label of ``category`` in ``lang`` (the id itself for a category the policy lacks)."""
        try:
            return self.policy.category(category).label(lang)
        except KeyError:
            return category

    def row_of(self, record_key: str) -> int:
        """The row of ``record_key`` (``ParameterError`` for a key that is not loaded)."""
        pos = self._row_of_key.get_indexer([record_key])[0]
        if pos < 0:
            raise ParameterError("record_key", record_key, "the key of a loaded record")
        return int(pos)

    def findings_of(self, row: int) -> np.ndarray:
        """Positions of the findings of record ``row``, in ascending order."""
        return np.sort(self._by_record[self._bounds[row] : self._bounds[row + 1]])

    def retention_of(self, record_key: str) -> pd.DataFrame:
        """The retention and governance findings about ``record_key``."""
        if self.retention is None or self.retention.empty:
            return self.retention if self.retention is not None else pd.DataFrame()
        if self._retention_rows is None:
            keys = self.retention["record_key"].astype(object).reset_index(drop=True)
            self._retention_rows = {
                k: np.asarray(v) for k, v in keys.groupby(keys, sort=False).indices.items()
            }
        rows = self._retention_rows.get(record_key, np.array([], dtype=np.int64))
        return self.retention.iloc[rows]

    # -- search and reviews ------------------------------------------------------------------------------

    def search(self, text: str) -> np.ndarray:
        """Records whose text, key, user, API key or model contains ``text`` (case-insensitive); cached."""
        if text in self._search:
            self._search.move_to_end(text)
            return self._search[text]
        hit = np.zeros(self.n, dtype=bool)
        for col in SEARCH_COLUMNS:
            if col not in self._search_arrays:
                self._search_arrays[col] = _arrow(self.records[col])
            found = pc.match_substring(self._search_arrays[col], text, ignore_case=True)
            hit |= pc.fill_null(found, False).to_numpy(zero_copy_only=False)
        self._search[text] = hit
        while len(self._search) > _SEARCH_CACHE:
            self._search.popitem(last=False)
        return hit

    def set_review(self, record_key: str, category: str, status: str) -> int:
        """Set the review status of the findings of (record_key, category); returns how many changed."""
        if status not in REVIEW_STATUSES:
            raise ParameterError("status", status, f"one of {', '.join(REVIEW_STATUSES)}")
        row = self.row_of(record_key)
        pos = self.findings_of(row)
        names = self.f_category.names
        code = names.index(category) if category in names else -2
        pos = pos[self.f_category.codes[pos] == code]
        self.f_status.codes[pos] = REVIEW_STATUSES.index(status)
        return len(pos)


def _check_columns(frame: pd.DataFrame, required: Sequence[str], what: str) -> None:
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ParameterError(
            what, f"missing column {missing[0]!r}", f"a frame with the columns {', '.join(required)}"
        )


def build_index(
    records: pd.DataFrame,
    findings: pd.DataFrame,
    *,
    applications: pd.Series | None = None,
    retention: pd.DataFrame | None = None,
    reviews: pd.DataFrame | None = None,
    policy: Policy | None = None,
) -> ExploreIndex:
    """Precompute the explorer's codes over ``records`` (canonical) and ``findings`` (``FINDING_COLUMNS``).

    Args:
        records: canonical records (``load_logs(...).records``); one load, unique ``record_key``.
        findings: what :func:`auditkit.classify.classify` returned for them.
        applications: application per record (positional); default :func:`applications_of` without profile.
        retention: the retention audit's findings (``auditkit.retention.audit_retention``), or None.
        reviews: the ledger's decisions (:func:`auditkit.ledger.decisions`), or None (all unreviewed).
        policy: the policy the findings refer to (labels in English and Chinese); the default version.
    """
    from auditkit.policy import load as load_policy

    _check_columns(records, _REQUIRED, "records")
    _check_columns(findings, ("record_key", "category", "classifier", "severity"), "findings")
    records = records.reset_index(drop=True)
    findings = findings.reset_index(drop=True)
    for c in FINDING_COLUMNS:
        if c not in findings.columns:
            findings[c] = pd.NA
    apps = (
        applications_of(records)
        if applications is None
        else pd.Series(np.asarray(applications, dtype=object)).astype("string").fillna("?")
    )
    if len(apps) != len(records):
        raise ParameterError("applications", len(apps), f"one application per record ({len(records)})")
    return ExploreIndex(
        records,
        findings,
        apps,
        retention,
        reviews,
        policy if isinstance(policy, Policy) else load_policy(policy),
    )
