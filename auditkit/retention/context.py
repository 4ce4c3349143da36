"""What every check needs, computed once: the as-of instant, applications, ages, windows and masks.

Boundary rule (docs/retention.md): a record is *past* a window of ``W`` days when its age at ``as_of`` is
strictly greater than ``W`` days of elapsed time, i.e. ``event_time < as_of - W * 86400 s``. A record
exactly ``W`` days old is still inside. Days are elapsed time, not calendar days in any zone, so daylight
saving changes and leap days need no special case; ``as_of`` given in any zone is converted to UTC first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from auditkit.errors import ParameterError
from auditkit.profile import UNASSIGNED, Application, Profile
from auditkit.retention.phrases import Phrases
from auditkit.retention.reasons import ReasonTexts
from auditkit.retention.rules import RetentionRules
from auditkit.retention.textfacts import TextFacts, text_facts

__all__ = ["AuditContext", "RecordIds", "parse_as_of", "utc_times"]

_REQUIRED = ("record_key", "record_kind", "source_format", "source_file", "event_time")
#: The identifier columns that :class:`RecordIds` may hold apart from the records.
_ID_COLUMNS = ("record_key", "record_id")


@dataclass
class RecordIds:
    """``record_key`` and ``record_id`` of every record kept apart from the records, in another order (a
    chunked reader's read order): record ``i`` is at position ``order[i]`` of ``columns``. The checks need
    them only for finding rows, so they are looked up through ``order`` (:meth:`at`) and never put in
    record order as a whole."""

    columns: dict[str, Any]  # name -> pyarrow (chunked) string array in the kept order
    order: np.ndarray  # record position -> position in ``columns``
    to_frame: Any  # pyarrow table -> pandas frame with the records' dtypes

    def __len__(self) -> int:
        return len(self.order)

    def at(self, name: str, rows: np.ndarray) -> pd.Series:
        """The column ``name`` at record positions ``rows`` (index 0..len(rows)-1)."""
        import pyarrow as pa

        values = self.columns[name].take(pa.array(self.order[np.asarray(rows, dtype=np.int64)]))
        return self.to_frame(pa.table({name: values}))[name]


def parse_as_of(value: Any) -> pd.Timestamp:
    """The audit instant in UTC. A date (or a date-only text) is midnight UTC at the start of that day; a
    naive date-time is read as UTC; an aware one is converted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ParameterError("as_of", value, "the audit date, e.g. '2025-10-15' (never taken from the clock)")
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ParameterError("as_of", value, "a date or date-time such as '2025-10-15T00:00:00Z'") from exc
    if ts is pd.NaT:
        raise ParameterError("as_of", value, "a date or date-time, not NaT")
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def utc_times(values: pd.Series) -> pd.Series:
    """A time column as tz-aware UTC (naive values are read as UTC)."""
    if not isinstance(values.dtype, pd.DatetimeTZDtype):
        values = pd.to_datetime(values, errors="coerce")
        if getattr(values.dt, "tz", None) is None:
            return values.dt.tz_localize("UTC").astype(pd.DatetimeTZDtype("ns", "UTC"))
    return values.dt.tz_convert("UTC").astype(pd.DatetimeTZDtype("ns", "UTC"))


@dataclass
class AuditContext:
    """The records prepared once for all checks (C11: compute once, render twice).

    ``facts`` and ``applications`` may come from a chunked reader (the Parquet store) that computed them
    without holding the texts of every record: then ``records`` needs only the narrow columns (times, ids,
    kinds, flags). Without them, they are computed here from ``records``.
    """

    records: pd.DataFrame
    as_of: pd.Timestamp
    profile: Profile
    rules: RetentionRules
    texts: ReasonTexts
    phrases: Phrases
    facts: TextFacts | None = None
    applications: pd.Series | None = None
    ids: RecordIds | None = None

    def __post_init__(self) -> None:
        held = set(self.records.columns) | (set(self.ids.columns) if self.ids is not None else set())
        missing = [c for c in _REQUIRED if c not in held]
        if missing:
            raise ParameterError("records", f"a frame without {missing}", "canonical records (load_logs)")
        self.records = self.records.reset_index(drop=True)
        for name, given in (("facts", self.facts), ("applications", self.applications), ("ids", self.ids)):
            if given is not None and len(given) != len(self.records):
                raise ParameterError(name, f"{len(given)} rows", f"one per record ({len(self.records)})")
        self.apps = {a.name: a for a in self.profile.applications}

    def _id_at(self, name: str, rows: np.ndarray) -> pd.Series:
        """``record_key``/``record_id`` at record positions ``rows`` (index 0..len(rows)-1)."""
        if self.ids is not None and name in self.ids.columns:
            return self.ids.at(name, rows)
        return self.column(name).iloc[np.asarray(rows, dtype=np.int64)].reset_index(drop=True)

    def key_at(self, rows: np.ndarray) -> pd.Series:
        """The ``record_key`` of the records at ``rows``."""
        return self._id_at("record_key", rows)

    def record_id_at(self, rows: np.ndarray) -> pd.Series:
        """The ``record_id`` of the records at ``rows`` (<NA> where the records have none)."""
        return self._id_at("record_id", rows)

    def column(self, name: str) -> pd.Series:
        """A column of the records, or an all-<NA> one when the frame lacks it."""
        if name in self.records.columns:
            return self.records[name]
        return pd.Series(pd.NA, index=self.records.index, dtype="string[pyarrow]")

    @cached_property
    def text_facts(self) -> TextFacts:
        """What the checks need from the prompts and completions (:mod:`auditkit.retention.textfacts`)."""
        return self.facts if self.facts is not None else text_facts(self.records, self.phrases)

    @cached_property
    def application(self) -> pd.Series:
        if self.applications is not None:
            return self.applications.reset_index(drop=True)
        return self.profile.match(self.records)

    @cached_property
    def event_time(self) -> pd.Series:
        return utc_times(self.records["event_time"])

    def time(self, name: str) -> pd.Series:
        """A time column as UTC (all NaT when the frame lacks it)."""
        if name not in self.records.columns:
            return pd.Series(pd.NaT, index=self.records.index, dtype=pd.DatetimeTZDtype("ns", "UTC"))
        return utc_times(self.records[name])

    @cached_property
    def deleted(self) -> np.ndarray:
        """Records or objects whose deletion was seen at or before as_of."""
        return np.asarray((self.time("deleted_at") <= self.as_of).fillna(False), dtype=bool)

    @cached_property
    def age_days(self) -> pd.Series:
        """Age at as_of in days (Float64, <NA> without a time). Every record: prefer :meth:`age_at`."""
        return self.age_at(np.arange(len(self.records)))

    @cached_property
    def _times(self) -> np.ndarray:
        """``event_time`` as int64 nanoseconds since the epoch (NaT: the int64 minimum), no copy."""
        return np.asarray(self.event_time.array.asi8)

    def age_at(self, rows: np.ndarray) -> pd.Series:
        """Age at as_of in days of the records at ``rows`` (Float64, <NA> without a time), computed for
        those rows only (as ``(as_of - event_time) / 1 day``)."""
        times = self.event_time.iloc[rows].reset_index(drop=True)
        return ((self.as_of - times) / pd.Timedelta(days=1)).astype("Float64")

    @cached_property
    def _app_codes(self) -> tuple[np.ndarray, pd.Index]:
        """The applications factorized (codes, names): per-record mappings go through the few names, not
        one Python object per record."""
        return pd.factorize(self.application, sort=False)

    def _app_map(self, mapping: dict[str, Any]) -> pd.Series:
        """``application.astype(object).map(mapping)`` (object values, NaN where unmapped), computed on
        the distinct names."""
        codes, names = self._app_codes
        values = np.array([*(mapping.get(n, np.nan) for n in names.astype(object)), np.nan], dtype=object)
        return pd.Series(values[codes], dtype=object)  # code -1 (<NA>) takes the last: NaN

    def _app_lookup(self, mapping: dict[str, Any], dtype: Any, missing: Any) -> np.ndarray:
        """One value per distinct application name (``missing`` last, for <NA>): index it with the codes."""
        _, names = self._app_codes
        return np.array([*(mapping.get(n, missing) for n in names.astype(object)), missing], dtype=dtype)

    def app_is(self, name: str) -> np.ndarray:
        """Records of the application ``name`` (a boolean mask through the codes)."""
        codes, names = self._app_codes
        hit = np.flatnonzero(names.astype(object) == name)
        return codes == hit[0] if hit.size else np.zeros(len(codes), dtype=bool)

    def app_value(self, attr: str, default: Any) -> pd.Series:
        """A per-record Series of an application attribute (``default`` for unassigned records)."""
        mapping = {name: getattr(app, attr) for name, app in self.apps.items()}
        mapping[UNASSIGNED] = default
        return self._app_map(mapping)

    def app(self, name: str) -> Application | None:
        return self.apps.get(name) if name != UNASSIGNED else None

    def _log_windows(self) -> dict[str, float]:
        org = self.profile.organisation.log_retention_days
        days = {n: (a.log_retention_days or org) for n, a in self.apps.items()}
        days[UNASSIGNED] = org
        return days

    @cached_property
    def log_window_days(self) -> pd.Series:
        return self._app_map(self._log_windows()).astype("float64")

    @cached_property
    def log_window_array(self) -> np.ndarray:
        """``log_window_days`` as float64 numpy (NaN for <NA> applications), through the codes."""
        codes, _ = self._app_codes
        return self._app_lookup(self._log_windows(), np.float64, np.nan)[codes]

    def past(self, window_days: float | pd.Series | np.ndarray) -> np.ndarray:
        """Records strictly older than the window at as_of (False for records without a time)."""
        times = self._times
        valid = times != np.iinfo(np.int64).min
        if isinstance(window_days, (pd.Series, np.ndarray)):
            windows = np.asarray(window_days, dtype=np.float64)
            out = np.zeros(len(times), dtype=bool)
            for w in np.unique(windows[~np.isnan(windows)]):
                cutoff = (self.as_of - pd.Timedelta(days=float(w))).value
                out |= (windows == w) & (times < cutoff)
            return out & valid
        cutoff = (self.as_of - pd.Timedelta(days=window_days)).value
        return valid & (times < cutoff)

    @cached_property
    def kind(self) -> pd.Series:
        return self.records["record_kind"].astype("string")

    def isin(self, name: str, values: Any) -> np.ndarray:
        """Records whose column ``name`` is one of ``values`` (False for <NA>), as a numpy mask: on the
        store's categoricals through the categories, without a per-record string column."""
        col = self.column(name)
        return np.asarray(pd.Series(col.isin(list(values))).astype("boolean").fillna(False), dtype=bool)

    def kind_in(self, kinds: Any) -> np.ndarray:
        """Records whose kind is one of ``kinds``."""
        return self.isin("record_kind", kinds)

    @cached_property
    def is_api(self) -> np.ndarray:
        """Records that are API data under the rules (kinds listed, formats not excluded)."""
        return self.kind_in(self.rules.api_data_kinds) & ~self.isin(
            "source_format", self.rules.non_api_formats
        )

    @property
    def has_input(self) -> np.ndarray:
        """Records with a non-empty prompt."""
        return self.text_facts.has_input

    @cached_property
    def has_text(self) -> np.ndarray:
        """Records of a text kind that still hold prompt or completion text."""
        texty = self.kind_in(self.rules.text_kinds)
        return texty & (self.has_input | self.text_facts.has_output)

    def _declared_projects(self) -> dict[str, str]:
        return {n: a.project_ids[0] for n, a in self.apps.items() if len(a.project_ids) == 1}

    @cached_property
    def project_id(self) -> pd.Series:
        """The record's project, else its application's single declared project. Every record: prefer
        :meth:`project_at`."""
        return self.project_at(np.arange(len(self.records)))

    def project_at(self, rows: np.ndarray) -> pd.Series:
        """``project_id`` of the records at ``rows`` (string[pyarrow]), computed for those rows only."""
        codes, _ = self._app_codes
        fallback = self._app_lookup(self._declared_projects(), object, np.nan)[codes[rows]]
        own = self.column("project_id").iloc[rows].reset_index(drop=True).astype("string[pyarrow]")
        return own.fillna(pd.Series(fallback, dtype=object).astype("string[pyarrow]"))

    def has_project_at(self, rows: np.ndarray) -> np.ndarray:
        """Whether ``project_at(rows)`` is known, as a numpy mask."""
        codes, _ = self._app_codes
        declared = self._app_lookup({n: True for n in self._declared_projects()}, bool, False)[codes[rows]]
        own = np.asarray(self.column("project_id").iloc[rows].notna(), dtype=bool)
        return own | declared

    def object_id_at(self, rows: np.ndarray) -> pd.Series:
        """The record's id (``record_id``, else its ``record_key``) at ``rows`` (string[pyarrow])."""
        rid = self.record_id_at(rows).astype("string[pyarrow]")
        key = self.key_at(rows).astype("string[pyarrow]")
        return rid.fillna(key)

    @property
    def first_turn(self) -> np.ndarray:
        """Records whose prompt holds no earlier assistant message and that continue no earlier call."""
        return self.text_facts.first_turn

    def base(
        self,
        rows: np.ndarray,
        *,
        object_id: pd.Series | None = None,
        object_ids: pd.Series | None = None,
        record_level: bool = True,
    ) -> pd.DataFrame:
        """Identity columns of findings about the given record positions. ``object_id`` is a per-record
        column to pick from, ``object_ids`` the values already picked (one per row of ``rows``); default
        the record's ``record_id``."""
        rows = np.asarray(rows)

        def pick(values: pd.Series) -> pd.Series:
            return values.iloc[rows].reset_index(drop=True)

        if object_ids is None:
            object_ids = pick(object_id) if object_id is not None else self.record_id_at(rows)
        frame = pd.DataFrame(
            {
                "record_key": self.key_at(rows) if record_level else pd.NA,
                "object_id": object_ids.reset_index(drop=True),
                "application": pick(self.application),
                "project_id": self.project_at(rows),
                "event_time": pick(self.event_time),
            }
        )
        frame["count"] = 1
        return frame
