"""A report's inputs read from a Parquet audit store (``auditkit ingest``) instead of logs.

What ``build_report_data`` needs, read by period and by column (``auditkit.store.read``), with the
population-wide figures computed in DuckDB (``auditkit.store.aggregates``):

* the key figures (and the daily volume and top users / keys, through ``ReportData.daily_volume`` and
  ``ReportData.top_by``) come from DuckDB over the day partitions of the period, with confirmed false
  positives left out there too; no frame of the period's texts is built;
* the population is held as a narrow frame: the short columns of the period's calls (ids, time, model,
  source), no text. Texts are read only for the records that have a finding (what the exceptions register
  shows), by ``record_key``;
* the findings are those stored beside the records at ingest (the store's policy and classifiers, named in
  ``store.json``); a report asking for another policy version is refused;
* the retention audit runs at read time over everything the store holds (``Store.audit_retention``), as it
  runs over everything loaded; ``load.records`` keeps the five columns the retention charts and the data
  quality section read.

The same logs give the same report data either way (``tests/store/test_report_store.py``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import pandas as pd

from auditkit.errors import ParameterError
from auditkit.load import LoadResult
from auditkit.report import inputs, metrics
from auditkit.report.data import POPULATION_META_COLUMNS

log = logging.getLogger("auditkit")

__all__ = ["StoreInputs", "read_store", "POPULATION_COLUMNS", "LOAD_COLUMNS"]

#: The population's columns read from a store: the report's, without the texts (``_classified`` says
#: whether a row had text: what ``record_summary`` counts as classified).
POPULATION_COLUMNS = POPULATION_META_COLUMNS
#: Texts, read for the records that have a finding only.
TEXT_COLUMNS = ("input_text", "output_text")
#: ``load.records`` of a report over a store: what the retention charts and the data-quality section read.
LOAD_COLUMNS = ("record_key", "record_kind", "event_time", "has_content", "deleted_at")


@dataclass(frozen=True)
class StoreInputs:
    store: Any
    load: LoadResult
    population: pd.DataFrame
    classified: pd.Series  # per population row: had text
    apps: pd.Series
    findings: pd.DataFrame
    classifiers: list[tuple[str, str]]
    retention: pd.DataFrame
    retention_ran: bool


def _open(path: str) -> Any:
    from auditkit.store import open_store

    try:
        return open_store(inputs.resolve_path(path))
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise ParameterError(
            "store", path, f"a store, with auditkit's store extra installed ({exc})"
        ) from None


def _retention(store: Any, as_of: dt.date, profile: Any) -> tuple[pd.DataFrame, bool]:
    try:
        frame = store.audit_retention(as_of=as_of, profile=profile)
    except ImportError:
        log.warning("auditkit.retention is not available; no retention audit in the report")
        return inputs.empty_retention(), False
    for c in inputs.RETENTION_COLUMNS:
        if c not in frame.columns:
            frame[c] = pd.NA
    return frame, True


def read_store(
    path: str, start: dt.date, end: dt.date, as_of: dt.date, policy: Any, profile: Any
) -> StoreInputs:
    """Everything but the figures, read from the store at ``path`` for the period ``start``..``end``."""
    store = _open(path)
    if store.meta.policy != policy.version:
        raise ParameterError(
            "policy_version",
            policy.version,
            f"the policy the store at {path} was classified with ({store.meta.policy}); "
            "ingest the logs into a new store to audit them against another policy",
        )
    period = (start, end)
    cols = [*POPULATION_COLUMNS, "_classified"]
    pop = store.records(period, columns=cols, kinds=metrics.INTERACTION_KINDS)
    classified = pop.pop("_classified").fillna(False).astype(bool)
    keys = set(pop["record_key"].astype(str))
    findings = store.findings(period)
    findings = findings[findings["record_key"].astype(str).isin(keys).to_numpy()].reset_index(drop=True)
    pop = _with_texts(store, period, pop, findings)
    apps = _applications(store, period, profile, pop)
    retention, ran = _retention(store, as_of, profile)
    load = LoadResult(
        store.records(None, columns=list(LOAD_COLUMNS)), store.rejects(), store.sources(), store.duplicates()
    )
    used = sorted((str(n), str(v)) for n, v in store.meta.classifiers)
    return StoreInputs(store, load, pop, classified, apps, findings, used, retention, ran)


def _with_texts(store: Any, period: Any, pop: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """``pop`` with ``input_text`` and ``output_text`` for the records that have a finding (NA elsewhere)."""
    flagged = findings["record_key"].astype(str).unique().tolist()
    if flagged:
        texts = store.records(period, columns=["record_key", *TEXT_COLUMNS], record_keys=flagged)
        texts = texts.drop_duplicates("record_key").set_index("record_key")
    else:
        texts = pd.DataFrame({c: pd.Series(dtype="string") for c in TEXT_COLUMNS})
    out = pop.copy()
    for c in TEXT_COLUMNS:
        out[c] = texts[c].reindex(pop["record_key"]).to_numpy() if len(texts) else pd.NA
        out[c] = out[c].astype("string")
    return out


def _applications(store: Any, period: Any, profile: Any, pop: pd.DataFrame) -> pd.Series:
    from auditkit.store.aggregates import application_of

    apps = application_of(store, period, profile)
    apps = apps[~apps.index.duplicated(keep="first")]
    return apps.reindex(pop["record_key"]).astype("string")
