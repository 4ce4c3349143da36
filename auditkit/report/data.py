"""Compute once: :func:`build_report_data` loads, classifies and audits, and returns a :class:`ReportData`
that every section of the report renders from.

Its keyword arguments are exactly the notebook's parameters (:data:`auditkit.report.params.SPECS`; a test
checks that the two agree). The population of the report is the interaction rows (calls) whose
``event_time`` falls in the period (UTC days); the retention audit looks at everything loaded, as of
``as_of``, because retained data is whatever is still held, whenever it was created.

With ``store`` (a Parquet audit store written by ``auditkit ingest``) the same data is read from the store
instead of the logs, by period and by column, with the population-wide figures computed in DuckDB
(:mod:`auditkit.report.fromstore`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from auditkit._version import __version__
from auditkit.load import LoadResult, load_logs
from auditkit.policy import Policy
from auditkit.policy import load as load_policy
from auditkit.report import inputs, metrics
from auditkit.report.html import Fragment, Markup
from auditkit.report.params import ReportParams, previous_period, scrub, secret_values, validate
from auditkit.report.quality import Quality, load_quality
from auditkit.report.review import false_positive_pairs, load_reviews

log = logging.getLogger("auditkit")

__all__ = ["ReportData", "Comparison", "build_report_data", "run_id"]


@dataclass(frozen=True)
class Comparison:
    """Key figures of the previous period, from its own logs."""

    start: dt.date
    end: dt.date
    figures: metrics.KeyFigures
    files: int


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, computed once from the parameters.

    ``findings`` and ``verdicts`` are every finding of the period (the exceptions register shows each with
    its review status); ``headline_verdicts`` and ``summary`` leave out the findings the review ledger
    (``reviews``) holds as confirmed false positives, and so do ``figures`` and the policy section, which
    count those in ``figures.false_positives`` instead.
    """

    params: ReportParams
    policy: Policy
    load: LoadResult
    population: pd.DataFrame
    apps: pd.Series
    findings: pd.DataFrame
    verdicts: pd.DataFrame
    headline_verdicts: pd.DataFrame
    summary: pd.DataFrame
    classifiers: list[tuple[str, str]]
    classified_ran: bool
    retention: pd.DataFrame
    retention_ran: bool
    profile: Any
    window_days: int
    quality: Quality
    figures: metrics.KeyFigures
    previous: Comparison | None
    run_id: str
    generated_at: str
    secrets: list[str] = field(default_factory=list)
    reviews: pd.DataFrame | None = None
    #: The audit store read instead of logs (``auditkit.store.Store``), or None.
    store: Any = None

    @property
    def lang(self) -> str:
        return self.params.lang

    def false_positive_pairs(self) -> pd.DataFrame:
        """(``record_key``, ``category``) of the findings the ledger holds as confirmed false positives."""
        return false_positive_pairs(self.reviews)

    def daily_volume(self) -> pd.DataFrame:
        """Calls, classified and flagged calls per day of the period (``metrics.daily_volume``); over a
        store, computed in DuckDB (``auditkit.store.aggregates``)."""
        p = self.params
        if self.store is not None:
            from auditkit.store import aggregates

            return aggregates.daily_volume(self.store, (p.start, p.end), self.false_positive_pairs())
        return metrics.daily_volume(self.population, self.summary, p.start, p.end)

    def top_by(self, column: str, n: int = 10) -> pd.DataFrame:
        """The ``n`` most frequent values of ``column`` with calls and flagged calls (``metrics.top_by``);
        over a store, computed in DuckDB."""
        if self.store is not None:
            from auditkit.store import aggregates

            p = self.params
            return aggregates.top_by(self.store, (p.start, p.end), column, n, self.false_positive_pairs())
        return metrics.top_by(self.population, self.summary, column, n)

    def fragment(self, name: str, markup: Markup, facts: dict[str, Any] | None = None) -> Fragment:
        """A section's HTML with every secret value removed, sanitised (see :class:`Fragment`)."""
        return Fragment(name, Markup(scrub(markup, self.secrets)), facts)

    def facts(self) -> dict[str, Any]:
        """What the runner writes into the manifest: run id, time stamp, versions, headline figures."""
        figures = {
            k: (None if isinstance(v, float) and v != v else v) for k, v in self.figures.to_dict().items()
        }
        return {
            "run_id": self.run_id,
            "generated_at": self.generated_at,
            "versions": self.versions(),
            "figures": figures,
            "data_warnings": not self.load.ok,
            "period": {"start": self.params.period_start, "end": self.params.period_end},
            "by_category": self._by_category(),
            "retention_by_reason": self._retention_by_reason(),
        }

    def _by_category(self) -> list[list[Any]]:
        """``[category, records flagged]`` pairs, most first (a list: JSON objects lose their order);
        confirmed false positives left out, as in the headline."""
        if self.headline_verdicts.empty:
            return []
        counts = self.headline_verdicts.groupby("category")["record_key"].nunique()
        ranked = sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))
        return [[k, v] for k, v in ranked]

    def _retention_by_reason(self) -> dict[str, dict[str, int]]:
        """Retention and governance findings per reason code: findings and the records they cover."""
        if self.retention.empty:
            return {}
        r = self.retention
        covered = r["count"].fillna(1) if "count" in r else pd.Series(1, index=r.index)
        table = pd.DataFrame({"reason": r["reason"], "covered": covered}).groupby("reason", sort=True)
        return {str(k): {"findings": int(len(g)), "records": int(g["covered"].sum())} for k, g in table}

    def versions(self) -> dict[str, str]:
        out = {"auditkit": __version__, "policy": self.policy.version}
        out.update({f"classifier {n}": v for n, v in self.classifiers})
        return out


def run_id(public_params: dict[str, Any], sha256s: list[str]) -> str:
    """A stable id of a run: the same parameters and input files give the same id."""
    body = json.dumps(
        {"p": {k: v for k, v in public_params.items() if k != "generated_at"}, "in": sorted(sha256s)},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode()).hexdigest()[:12]


#: The columns that describe a call of the period, without its texts: what every section groups by.
POPULATION_META_COLUMNS = (
    "record_key",
    "record_kind",
    "event_time",
    "user_id",
    "api_key_id",
    "model",
    "project_id",
    "source_format",
    "source_file",
    "source_line",
    "has_content",
)
#: The columns the report reads from the calls of the period (and the classifiers from their texts).
POPULATION_COLUMNS = (
    *POPULATION_META_COLUMNS,
    "input_text",
    "output_text",
    "messages_json",
    "moderation_model",
    "moderation_flagged",
    "moderation_categories",
    "moderation_scores_json",
)
#: Columns the report no longer needs once the population is taken (the largest: texts, raw records).
_HEAVY_COLUMNS = (
    "raw_record",
    "input_text",
    "output_text",
    "messages_json",
    "tool_calls_json",
    "metadata_json",
    "moderation_scores_json",
    "error_message",
)


def _population(records: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """The calls of the period, with only the columns the report reads (at a million records every copied
    column of text costs gigabytes)."""
    mask = metrics.in_period(records, start, end) & metrics.interactions(records)
    cols = [c for c in POPULATION_COLUMNS if c in records.columns]
    if bool(mask.all()):
        return records[cols]  # copy-on-write: shares the columns
    return records.loc[mask.to_numpy(), cols].reset_index(drop=True)


def _slim(result: LoadResult) -> LoadResult:
    """The load without its text and raw-record columns (what the sections still read is kept)."""
    records = result.records.drop(columns=[c for c in _HEAVY_COLUMNS if c in result.records.columns])
    return dataclasses.replace(result, records=records)


@dataclass(frozen=True)
class _Classified:
    findings: pd.DataFrame  # every finding
    verdicts: pd.DataFrame  # every verdict (one per record and category)
    headline_verdicts: pd.DataFrame  # verdicts without confirmed false positives
    summary: pd.DataFrame  # per record, from the findings without confirmed false positives
    false_positives: int  # verdicts left out as confirmed false positives
    used: list[tuple[str, str]]
    ran: bool


def _reviewed(
    findings: pd.DataFrame,
    population: pd.DataFrame,
    reviews: pd.DataFrame | None,
    used: list[tuple[str, str]],
    ran: bool,
    classified: pd.Series | None = None,
) -> _Classified:
    """Verdicts and summary of ``findings``, with the confirmed false positives of ``reviews`` left out of
    the headline ones (``auditkit.ledger.without_false_positives``) and counted
    (``auditkit.ledger.headline_counts``). ``classified`` (per population row) replaces what the summary
    infers from the texts, for a population read from a store without them."""
    from auditkit.classify import record_summary, verdicts

    def summary(f: pd.DataFrame) -> pd.DataFrame:
        out = record_summary(f, population)
        if classified is not None:
            out["classified"] = pd.array(classified.to_numpy(dtype=bool), dtype="boolean")
        return out

    every = verdicts(findings)
    if reviews is None or reviews.empty:
        return _Classified(findings, every, every, summary(findings), 0, used, ran)
    from auditkit.ledger import apply_reviews, headline_counts, without_false_positives

    kept = without_false_positives(findings, reviews)
    counts = headline_counts(apply_reviews(every, reviews))
    return _Classified(
        findings,
        every,
        without_false_positives(every, reviews).reset_index(drop=True),
        summary(kept),
        counts.false_positives,
        used,
        ran,
    )


def _classified(
    population: pd.DataFrame, policy: Policy, clfs: list[Any], reviews: pd.DataFrame | None = None
) -> _Classified:
    findings, used, ran = inputs.classify_population(population, policy, clfs)
    return _reviewed(findings, population, reviews, used, ran)


def _previous(
    p: ReportParams,
    current: LoadResult | None,
    policy: Policy,
    profile: Any,
    clfs: list[Any],
    reviews: pd.DataFrame | None,
) -> Comparison | None:
    if not p.previous_logs:
        return None
    paths = inputs.resolve_paths(p.previous_logs)
    same = current is not None and list(paths) == inputs.resolve_paths(p.logs)
    result = current if same and current is not None else load_logs(paths, timezone=p.timezone)
    start, end = previous_period(p.start, p.end)
    population = _population(result.records, start, end)
    c = _classified(population, policy, clfs, reviews)  # decisions carry across periods
    apps = inputs.applications(result.records, profile).reindex(population["record_key"])
    figures = metrics.key_figures(
        population,
        c.summary,
        c.headline_verdicts,
        apps,
        retention_findings=0,
        rejects=len(result.rejects),
        false_positives=c.false_positives,
    )
    return Comparison(start, end, figures, len(result.sources))


def build_report_data(
    *,
    logs: list[str] | tuple[str, ...] = ("sample_logs",),
    store: str = "",
    period_start: str = "2025-09-01",
    period_end: str = "2025-09-30",
    as_of: str = "2025-10-15",
    policy_version: str = "openai-usage-2023-03-17",
    profile: str = "sample_logs/profile.yaml",
    lang: str = "en",
    redact: bool = True,
    exceptions_sample: int = 25,
    exceptions_seed: int = 7,
    organisation: str = "Lotus & Pine Technologies",
    previous_logs: list[str] | tuple[str, ...] = (),
    timezone: str = "UTC",
    review_ledger: str = "",
    generated_at: str = "",
) -> ReportData:
    """Load the logs, classify the period's calls, audit retention, and collect what the report shows.

    The keyword arguments are the notebook's parameters, with the same defaults (``params.SPECS`` says
    what each means; a test keeps the three in step). A bad value raises ``ParameterError`` before
    anything is read. Relative paths are looked up from the working directory, then its parents.
    """
    p = validate(
        {
            "logs": list(logs),
            "store": store,
            "period_start": period_start,
            "period_end": period_end,
            "as_of": as_of,
            "policy_version": policy_version,
            "profile": profile,
            "lang": lang,
            "redact": redact,
            "exceptions_sample": exceptions_sample,
            "exceptions_seed": exceptions_seed,
            "organisation": organisation,
            "previous_logs": list(previous_logs),
            "timezone": timezone,
            "review_ledger": review_ledger,
            "generated_at": generated_at,
        }
    )
    secrets = secret_values(p.to_dict())
    policy = load_policy(p.policy_version)
    profile = inputs.load_profile(inputs.resolve_path(p.profile))
    reviews = load_reviews(inputs.resolve_path(p.review_ledger) if p.review_ledger else None)
    store = None
    if p.store:
        from auditkit.report.fromstore import read_store
        from auditkit.store import aggregates

        got = read_store(p.store, p.start, p.end, p.as_of_date, policy, profile)
        store, loaded, population, apps = got.store, got.load, got.population, got.apps
        retention, retention_ran = got.retention, got.retention_ran
        c = _reviewed(
            got.findings, population, reviews, got.classifiers, bool(got.classifiers), got.classified
        )
        figures = aggregates.key_figures(
            store,
            (p.start, p.end),
            retention_findings=len(retention),
            rejects=len(loaded.rejects),
            exclude=false_positive_pairs(reviews),
            applications_count=int(apps.nunique()),
        )
        previous = (
            _previous(p, None, policy, profile, inputs.classifiers(), reviews) if p.previous_logs else None
        )
    else:
        loaded = load_logs(inputs.resolve_paths(p.logs), timezone=p.timezone)
        retention, retention_ran = inputs.run_retention(loaded.records, p.as_of_date, profile)
        population = _population(loaded.records, p.start, p.end)
        apps = inputs.applications(loaded.records, profile).reindex(population["record_key"])
        clfs = inputs.classifiers()
        previous = _previous(p, loaded, policy, profile, clfs, reviews)
        loaded = _slim(loaded)
        c = _classified(population, policy, clfs, reviews)
        figures = metrics.key_figures(
            population,
            c.summary,
            c.headline_verdicts,
            apps,
            retention_findings=len(retention),
            rejects=len(loaded.rejects),
            false_positives=c.false_positives,
        )
    public = p.public()
    generated = p.generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return ReportData(
        params=p,
        policy=policy,
        load=loaded,
        population=population,
        apps=apps,
        findings=c.findings,
        verdicts=c.verdicts,
        headline_verdicts=c.headline_verdicts,
        summary=c.summary,
        classifiers=c.used,
        classified_ran=c.ran,
        retention=retention,
        retention_ran=retention_ran,
        profile=profile,
        window_days=inputs.window_days(profile),
        quality=load_quality(),
        figures=figures,
        previous=previous,
        run_id=run_id(public, [s for s in loaded.sources["sha256"].dropna()]),
        generated_at=generated,
        secrets=secrets,
        reviews=reviews,
        store=store,
    )
