"""The report's figures over a period of a store, without holding the period in pandas.

Each function equals the function of :mod:`auditkit.report.metrics` of the same name applied to the
population of the period held in memory (tests compare them), but runs in DuckDB over the Parquet parts
of the period (day partitions pruned, only the columns needed), with the finalize overlay applied:
the records view is the raw parts minus the excluded keys, plus the overlay's rows. Only the per-day,
per-category or per-value results come back to pandas. Applications (the organisation profile's glob
matchers are Python) are matched chunk by chunk over a few columns.

The population is what ``build_report_data`` uses: rows of an interaction kind
(``auditkit.report.metrics.INTERACTION_KINDS``) whose ``event_time`` falls on a UTC day of the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.store.finalize import DROPS_ANNOTATIONS, DUCKDB_MEMORY, arrow_result, require_duckdb, sql_list
from auditkit.store.read import _SCHEMAS, Period, Store, parse_period

__all__ = [
    "key_figures",
    "daily_volume",
    "top_by",
    "category_counts",
    "applications",
    "application_of",
    "population_keys",
    "connect",
]

_DAY = "regexp_extract(filename, 'date=([^/]+)/', 1)"
#: Columns the organisation profile may match on (everything but the texts and raw payloads).
_PROFILE_COLUMNS = (
    "record_key",
    "record_kind",
    "source_format",
    "source_file",
    "org_id",
    "project_id",
    "api_key_id",
    "user_id",
    "endpoint",
    "provider",
    "model",
    "model_requested",
    "model_served",
    "metadata_json",
    "object_purpose",
    "object_name",
)


def _interaction_kinds() -> tuple[str, ...]:
    from auditkit.report.metrics import INTERACTION_KINDS

    return tuple(INTERACTION_KINDS)


def _union(raw: list[str], overlay: list[str], where: str) -> str:
    parts = []
    if raw:
        parts.append(
            f"SELECT *, {_DAY} AS _day FROM read_parquet({sql_list(raw)}, filename = true) WHERE {where}"
        )
    if overlay:
        parts.append(f"SELECT *, {_DAY} AS _day FROM read_parquet({sql_list(overlay)}, filename = true)")
    return " UNION ALL BY NAME ".join(parts)


@contextmanager
def connect(store: Store, period: Period, exclude: pd.DataFrame | None = None) -> Iterator[Any]:
    """A DuckDB connection with views over ``period``: ``records`` (with ``_day``), ``findings``,
    ``population`` and ``pop_findings`` (the findings of the population).

    ``exclude`` (columns ``record_key``, ``category``) names findings to leave out of ``pop_findings``: the
    confirmed false positives of a review ledger, which a report leaves out of its headline figures.
    """
    duckdb = require_duckdb()
    dates = store._dates(period)
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
        ex = store.excluded()
        if dates is not None:
            ex = ex.filter(pc.is_in(ex["date"], pa.array(sorted(dates), pa.string())))
        con.register("excluded_all", ex.select(["record_key"]))
        con.register(
            "excluded_annotations",
            ex.filter(pc.is_in(ex["reason"], pa.array(DROPS_ANNOTATIONS))).select(["record_key"]),
        )
        for table, excluded in (("records", "excluded_all"), ("findings", "excluded_annotations")):
            parts = store._parts(table, dates)
            raw = [str(p.path) for p in parts if not p.overlay]
            overlay = [str(p.path) for p in parts if p.overlay]
            body = _union(raw, overlay, f"record_key NOT IN (SELECT record_key FROM {excluded})")
            if body:
                con.execute(f"CREATE VIEW {table} AS {body}")
            else:  # nothing in the period: an empty table with the columns
                con.register(f"{table}_empty", _SCHEMAS[table].empty_table())
                con.execute(f"CREATE VIEW {table} AS SELECT *, ''::VARCHAR AS _day FROM {table}_empty")
        kinds = ", ".join(f"'{k}'" for k in _interaction_kinds())
        con.execute(f"CREATE VIEW population AS SELECT * FROM records WHERE record_kind IN ({kinds})")
        pop_findings = "SELECT f.* FROM findings f SEMI JOIN population p ON f.record_key = p.record_key"
        if exclude is not None and len(exclude):
            pairs = pa.table(
                {
                    "record_key": pa.array(exclude["record_key"].astype(str).tolist(), pa.string()),
                    "category": pa.array(exclude["category"].astype(str).tolist(), pa.string()),
                }
            )
            con.register("excluded_findings", pairs)
            pop_findings += (
                " ANTI JOIN excluded_findings x ON f.record_key = x.record_key AND f.category = x.category"
            )
        con.execute(f"CREATE VIEW pop_findings AS {pop_findings}")
        yield con
    finally:
        con.close()


def _df(con: Any, sql: str) -> pd.DataFrame:
    return arrow_result(con.sql(sql)).to_pandas()


def population_keys(store: Store, period: Period) -> pd.Series:
    """``record_key`` of every row of the population, in no particular order."""
    with connect(store, period) as con:
        return _df(con, "SELECT record_key FROM population")["record_key"].astype("string")


def applications(store: Store, period: Period, profile: Any, batch_rows: int = 200_000) -> set[str]:
    """The distinct applications of the population (``report.inputs.applications``), chunk by chunk."""
    from auditkit.report.inputs import applications as apps_of
    from auditkit.store.annotate import frame_of

    kinds = pa.array(list(_interaction_kinds()), pa.large_string())
    seen: set[str] = set()
    for t in store.scan(
        "records", period, list(_PROFILE_COLUMNS), pc.field("record_kind").isin(kinds), batch_rows=batch_rows
    ):
        seen.update(apps_of(frame_of(t), profile).unique().tolist())
    return seen


def application_of(store: Store, period: Period, profile: Any, batch_rows: int = 200_000) -> pd.Series:
    """The application of every row of the population (``report.inputs.applications``: index
    ``record_key``), matched chunk by chunk over the profile's columns; only the names are kept."""
    from auditkit.report.inputs import applications as apps_of
    from auditkit.store.annotate import frame_of

    kinds = pa.array(list(_interaction_kinds()), pa.large_string())
    parts = [
        apps_of(frame_of(t), profile)
        for t in store.scan(
            "records",
            period,
            list(_PROFILE_COLUMNS),
            pc.field("record_kind").isin(kinds),
            batch_rows=batch_rows,
        )
    ]
    if not parts:
        return pd.Series([], index=pd.Index([], dtype=object), dtype="string")
    return pd.concat(parts)


def key_figures(
    store: Store,
    period: Period,
    *,
    profile: Any = None,
    retention_findings: int = 0,
    rejects: int | None = None,
    exclude: pd.DataFrame | None = None,
    applications_count: int | None = None,
) -> Any:
    """:class:`auditkit.report.metrics.KeyFigures` of the period (``rejects`` default: all of the store).

    ``exclude``: findings (``record_key``, ``category``) left out, as :func:`connect`; their number among
    the population's findings is ``false_positives``. ``applications_count``: the number of applications
    when the caller has it already (else the profile is matched over the period).
    """
    from auditkit.policy import SEVERITIES
    from auditkit.report.metrics import KeyFigures

    ranks = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(SEVERITIES))
    with connect(store, period, exclude) as con:
        pop = _df(
            con,
            "SELECT count(*) AS records, count(*) FILTER (WHERE _classified) AS classified, "
            "count(DISTINCT user_id) AS users, count(DISTINCT api_key_id) AS api_keys FROM population",
        )
        f = _df(con, "SELECT count(DISTINCT category) AS categories FROM pop_findings")
        worst = _df(
            con,
            f"SELECT record_key, min(CASE severity {ranks} ELSE {len(SEVERITIES)} END) AS r "
            "FROM pop_findings GROUP BY record_key",
        )
        false_positives = 0
        if exclude is not None and len(exclude):
            false_positives = int(
                _df(
                    con,
                    "SELECT count(*) AS n FROM (SELECT DISTINCT f.record_key, f.category FROM findings f "
                    "SEMI JOIN population p ON f.record_key = p.record_key "
                    "SEMI JOIN excluded_findings x "
                    "ON f.record_key = x.record_key AND f.category = x.category)",
                ).iloc[0]["n"]
            )
    r = pop.iloc[0]
    classified, flagged = int(r["classified"]), len(worst)
    worst_sev = worst["r"].map(dict(enumerate(SEVERITIES)))
    n_rejects = len(store.rejects()) if rejects is None else rejects
    return KeyFigures(
        records=int(r["records"]),
        classified=classified,
        unclassifiable=int(r["records"]) - classified,
        flagged=flagged,
        flagged_rate=flagged / classified if classified else float("nan"),
        critical=int((worst_sev == "critical").sum()),
        high=int((worst_sev == "high").sum()),
        categories=int(f.iloc[0]["categories"]),
        applications=(
            applications_count
            if applications_count is not None
            else len(applications(store, period, profile))
        ),
        users=int(r["users"]),
        api_keys=int(r["api_keys"]),
        retention_findings=retention_findings,
        rejects=n_rejects,
        false_positives=false_positives,
    )


def daily_volume(store: Store, period: Period, exclude: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per day of the period: ``date``, ``requests``, ``classified``, ``flagged``, ``flagged_rate``."""
    bounds = parse_period(period)
    if bounds is None:
        raise ValueError("daily_volume needs a period")
    with connect(store, period, exclude) as con:
        g = _df(
            con,
            "WITH fl AS (SELECT DISTINCT record_key FROM pop_findings) "
            "SELECT p._day AS date, count(*) AS requests, count(*) FILTER (WHERE p._classified) AS "
            "classified, count(fl.record_key) AS flagged FROM population p LEFT JOIN fl "
            "ON p.record_key = fl.record_key GROUP BY p._day",
        )
    days = pd.date_range(bounds[0], bounds[1], freq="D").strftime("%Y-%m-%d")
    g = g.set_index("date")[["requests", "classified", "flagged"]].astype("int64").reindex(days, fill_value=0)
    g.index.name = "date"
    g = g.reset_index()
    g["flagged_rate"] = (g["flagged"] / g["classified"].where(g["classified"] > 0)).fillna(0.0)
    return g


def top_by(
    store: Store, period: Period, column: str, n: int = 10, exclude: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``n`` most frequent values of ``column`` (population): ``value``, ``requests``, ``flagged``."""
    from auditkit.schema import COLUMN_NAMES

    if column not in COLUMN_NAMES:
        from auditkit.errors import ParameterError

        raise ParameterError("column", column, "a canonical column name")
    with connect(store, period, exclude) as con:
        g = _df(
            con,
            f"WITH fl AS (SELECT DISTINCT record_key FROM pop_findings) "
            f"SELECT CAST(p.{column} AS VARCHAR) AS value, count(*) AS requests, count(fl.record_key) "
            f"AS flagged FROM population p LEFT JOIN fl ON p.record_key = fl.record_key "
            f"WHERE p.{column} IS NOT NULL GROUP BY 1",
        )
    if g.empty:
        return pd.DataFrame(columns=["value", "requests", "flagged"])
    g = g.astype({"requests": "int64", "flagged": "int64"})
    g = g.sort_values(["requests", "value"], ascending=[False, True], kind="stable").head(n)
    return g.reset_index(drop=True)


def category_counts(
    store: Store,
    period: Period,
    policy: Any,
    lang: str,
    classified: int | None = None,
    exclude: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per flagged category: ``category``, ``label``, ``severity``, ``records``, ``share``, ``classifiers``"""
    with connect(store, period, exclude) as con:
        g = _df(
            con,
            "SELECT category, count(DISTINCT record_key) AS records, "
            "list(DISTINCT classifier) AS classifiers FROM pop_findings GROUP BY category",
        )
        if classified is None:
            classified = int(_df(con, "SELECT count(*) AS n FROM population WHERE _classified").iloc[0]["n"])
    if g.empty:
        return pd.DataFrame(columns=["category", "label", "severity", "records", "share", "classifiers"])
    order = {c.id: i for i, c in enumerate(policy.categories)}
    out = pd.DataFrame(
        {
            "category": g["category"].astype(object),
            "records": g["records"].astype("int64"),
            "classifiers": [", ".join(sorted(v)) for v in g["classifiers"]],
        }
    )
    out["label"] = [policy.category(c).label(lang) for c in out["category"]]
    out["severity"] = [policy.category(c).severity for c in out["category"]]
    out["share"] = out["records"] / classified if classified else float("nan")
    out["_order"] = out["category"].map(order)
    out = out.sort_values(["records", "_order"], ascending=[False, True], kind="stable")
    return out[["category", "label", "severity", "records", "share", "classifiers"]].reset_index(drop=True)


def days_of(period: Period) -> Sequence[dt.date]:
    bounds = parse_period(period)
    if bounds is None:
        return []
    return [bounds[0] + dt.timedelta(days=i) for i in range((bounds[1] - bounds[0]).days + 1)]
