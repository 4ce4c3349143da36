"""The report's parameters: one typed contract shared by the notebook, the CLI and the runner.

:data:`SPECS` lists every parameter of ``notebooks/audit_report.ipynb`` with its type, default and help;
:func:`validate` turns a mapping of values into a frozen :class:`ReportParams` or raises
:class:`~auditkit.errors.ParameterError` naming the parameter, the value and what is expected. An unknown
name is an error (papermill itself only warns). :func:`parse_period` reads the CLI's period forms.

Secrets never leave through parameters: :func:`secret_values` lists every value that must not appear in a
report, its notebook or its manifest (the value of any parameter named like a key, token, secret or
password, and any credential that :mod:`auditkit.pii` finds in a value); :func:`scrub` removes them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from auditkit.errors import ParameterError

__all__ = [
    "Spec",
    "SPECS",
    "NAMES",
    "ReportParams",
    "validate",
    "parse_period",
    "previous_period",
    "is_secret_name",
    "secret_values",
    "scrub",
    "REDACTED",
    "LANGS",
]

REDACTED = "[REDACTED]"
LANGS = ("en", "zh")
_SECRET_NAME = re.compile(r"key|token|secret|passw|pwd|credential|auth|cookie", re.I)


@dataclass(frozen=True)
class Spec:
    """One parameter: name, Python type (str, int, bool or list of str), default and one line of help."""

    name: str
    type: type
    default: Any
    help: str


SPECS: tuple[Spec, ...] = (
    Spec("logs", list, ["sample_logs"], "log files, folders or glob patterns of the audited period"),
    Spec("store", str, "", "Parquet audit store (auditkit ingest) read instead of logs; '' for none"),
    Spec("period_start", str, "2025-09-01", "first day of the audited period, YYYY-MM-DD (UTC)"),
    Spec("period_end", str, "2025-09-30", "last day of the audited period, YYYY-MM-DD (inclusive)"),
    Spec("as_of", str, "2025-10-15", "reference date of the audit: ages of retained data count to it"),
    Spec(
        "policy_version", str, "openai-usage-2023-03-17", "usage-policy version (auditkit.policy.versions())"
    ),
    Spec("profile", str, "sample_logs/profile.yaml", "organisation profile YAML; '' for none"),
    Spec("lang", str, "en", "report language: en or zh"),
    Spec("redact", bool, True, "mask personal data and secrets in excerpts and identifiers"),
    Spec("exceptions_sample", int, 25, "findings drawn into the exceptions register"),
    Spec("exceptions_seed", int, 7, "random seed of that draw (the same seed draws the same findings)"),
    Spec("organisation", str, "Lotus & Pine Technologies", "organisation named on the cover"),
    Spec("previous_logs", list, [], "logs of the previous period, for comparison; [] for none"),
    Spec("timezone", str, "UTC", "IANA zone of timestamps that exports write without a zone"),
    Spec("review_ledger", str, "", "review ledger: auditkit.ledger SQLite file (or CSV/JSONL); '' for none"),
    Spec("generated_at", str, "", "time stamp printed on the cover, ISO 8601; '' for the current time"),
)
NAMES: tuple[str, ...] = tuple(s.name for s in SPECS)
_BY_NAME = {s.name: s for s in SPECS}


@dataclass(frozen=True)
class ReportParams:
    """Validated report parameters (see :data:`SPECS` for their meaning)."""

    logs: tuple[str, ...]
    store: str
    period_start: str
    period_end: str
    as_of: str
    policy_version: str
    profile: str
    lang: str
    redact: bool
    exceptions_sample: int
    exceptions_seed: int
    organisation: str
    previous_logs: tuple[str, ...]
    timezone: str
    review_ledger: str
    generated_at: str

    @property
    def start(self) -> dt.date:
        return dt.date.fromisoformat(self.period_start)

    @property
    def end(self) -> dt.date:
        return dt.date.fromisoformat(self.period_end)

    @property
    def as_of_date(self) -> dt.date:
        return dt.date.fromisoformat(self.as_of)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values (lists for tuples), as papermill injects them."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    def public(self) -> dict[str, Any]:
        """:meth:`to_dict` with every secret replaced by ``[REDACTED]``: what reports and manifests show."""
        secrets = secret_values(self.to_dict())
        return {k: _scrub_value(v, secrets) for k, v in self.to_dict().items()}


def _scrub_value(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, list):
        return [_scrub_value(v, secrets) for v in value]
    return value


def is_secret_name(name: str) -> bool:
    """True for a parameter named like a key, token, secret or password (its value is never shown)."""
    return bool(_SECRET_NAME.search(name))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)


def secret_values(values: Mapping[str, Any]) -> list[str]:
    """Every string that must not appear in a report: values of secret-named parameters, and credentials
    (:mod:`auditkit.pii`, category ``secret``) found inside any other value. Longest first."""
    from auditkit.pii import detect

    found: set[str] = set()
    for name, value in values.items():
        for text in _strings(value):
            if not text:
                continue
            if is_secret_name(name):
                found.add(text)
                continue
            for d in detect(text):
                if d.category == "secret" and d.end - d.start >= 4:
                    found.add(text[d.start : d.end])
    return sorted(found, key=lambda s: (-len(s), s))


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret, and its HTML- and JSON-escaped forms, replaced by ``[REDACTED]``."""
    for s in secrets:
        if not s:
            continue
        for form in {s, html.escape(s, quote=True), html.escape(s, quote=False), json.dumps(s)[1:-1]}:
            if form:
                text = text.replace(form, REDACTED)
    return text


def _shown(name: str, value: Any) -> Any:
    """``value`` as an error message may show it: never a secret."""
    if is_secret_name(name):
        return REDACTED
    try:
        return REDACTED if secret_values({name: value}) else value
    except Exception:  # noqa: BLE001 - the detector is unavailable: show nothing rather than a secret
        return REDACTED


def _coerce(spec: Spec, value: Any) -> Any:
    if spec.type is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no", "1", "0"):
            return value.lower() in ("true", "yes", "1")
        raise ParameterError(spec.name, _shown(spec.name, value), "true or false")
    if spec.type is int:
        if isinstance(value, bool):
            raise ParameterError(spec.name, value, "a whole number")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
            return int(value)
        raise ParameterError(spec.name, _shown(spec.name, value), "a whole number")
    if spec.type is list:
        if isinstance(value, str) and value.strip().startswith("["):
            try:
                value = json.loads(value)
            except ValueError:
                raise ParameterError(spec.name, _shown(spec.name, value), "a JSON list of strings") from None
        elif isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ParameterError(spec.name, _shown(spec.name, value), "a list of paths or glob patterns")
        return tuple(value)
    if not isinstance(value, str):
        raise ParameterError(spec.name, _shown(spec.name, value), "a string")
    return value


def _date(name: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ParameterError(name, value, "a date YYYY-MM-DD") from None


def _check_values(p: ReportParams) -> None:
    start, end = _date("period_start", p.period_start), _date("period_end", p.period_end)
    _date("as_of", p.as_of)
    if end < start:
        raise ParameterError(
            "period_end", p.period_end, f"a date on or after period_start ({p.period_start})"
        )
    if p.lang not in LANGS:
        raise ParameterError("lang", p.lang, "'en' or 'zh'")
    if not p.logs and not p.store:
        raise ParameterError("logs", [], "at least one log file, folder or glob pattern (or a store)")
    if not 0 <= p.exceptions_sample <= 10_000:
        raise ParameterError("exceptions_sample", p.exceptions_sample, "a number from 0 to 10000")
    if p.exceptions_seed < 0:
        raise ParameterError("exceptions_seed", p.exceptions_seed, "a number >= 0")
    if p.generated_at:
        try:
            dt.datetime.fromisoformat(p.generated_at)
        except ValueError:
            raise ParameterError("generated_at", p.generated_at, "an ISO 8601 time stamp or ''") from None
    _check_policy(p.policy_version)
    _check_timezone(p.timezone)


def _check_policy(version: str) -> None:
    from auditkit.errors import UnknownNameError
    from auditkit.policy import load, versions

    try:
        load(version)
    except UnknownNameError:
        raise ParameterError("policy_version", version, "one of " + ", ".join(versions())) from None


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name.upper() in ("UTC", "Z"):
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ParameterError("timezone", name, "an IANA time zone such as 'UTC' or 'Asia/Shanghai'") from None


def validate(values: Mapping[str, Any] | None = None, **kwargs: Any) -> ReportParams:
    """Check names, types and values; fill defaults. Raises ``ParameterError`` before anything runs.

    An unknown name fails with the closest known name suggested; the value of a parameter named like a
    secret is never echoed.
    """
    given = {**(values or {}), **kwargs}
    for name in sorted(given):
        if name not in _BY_NAME:
            close = difflib.get_close_matches(name, NAMES, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ParameterError(
                name, _shown(name, given[name]), f"a parameter of the report{hint}; known: {', '.join(NAMES)}"
            )
    merged = {
        s.name: _coerce(s, given[s.name])
        if s.name in given
        else (tuple(s.default) if s.type is list else s.default)
        for s in SPECS
    }
    if merged["store"]:
        merged["logs"] = ()  # a store replaces the logs (the notebook's default logs would be misleading)
    params = ReportParams(**merged)
    _check_values(params)
    return params


# -- periods ---------------------------------------------------------------------------------------------


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of a period: ``YYYY-MM``, ``YYYY-Www`` (ISO week), ``last-month``,
    ``last-week`` (relative to ``as_of``), ``YYYY-MM-DD`` or ``START..END``."""
    t = text.strip()
    expected = "YYYY-MM, YYYY-Www, last-month, last-week, YYYY-MM-DD or START..END"
    try:
        if t == "last-month":
            first = as_of.replace(day=1) - dt.timedelta(days=1)
            return _month(first.year, first.month)
        if t == "last-week":
            monday = as_of - dt.timedelta(days=as_of.weekday() + 7)
            return monday, monday + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            return _month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", t, re.I):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if ".." in t:
            a, b = t.split("..", 1)
            start, end = dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        else:
            start = end = dt.date.fromisoformat(t)
    except ValueError:
        raise ParameterError("period", text, expected) from None
    if end < start:
        raise ParameterError("period", text, "an end on or after the start")
    return start, end


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period before: the previous calendar month for a whole month, else as long, just before."""
    if start.day == 1 and (start, end) == _month(start.year, start.month):
        last = start - dt.timedelta(days=1)
        return _month(last.year, last.month)
    length = (end - start).days + 1
    return start - dt.timedelta(days=length), start - dt.timedelta(days=1)
