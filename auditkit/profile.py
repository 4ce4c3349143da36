"""The organisation profile: who runs which application, and the governance facts the logs cannot show.

A profile is a YAML file (``docs/retention.md`` documents every key; ``sample_logs/profile.yaml`` is the
sample company's). It states, per application: owner, consumer-facing or internal, domain, chatbot or not,
zero data retention, data-sharing opt-in (and since when), BAA, users' regions, and how to recognise the
application's records (``match``); and for the organisation: its retention periods for its own copies.

:func:`load_profile` validates the file: an unknown key, a wrong type or an unknown domain is a
:class:`~auditkit.errors.ConfigError` naming the file and the key. :meth:`Profile.match` assigns every
record to an application, vectorised.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import yaml

from auditkit.errors import ConfigError, UnknownNameError

__all__ = [
    "Profile",
    "Organisation",
    "Application",
    "Matcher",
    "load_profile",
    "default_profile",
    "DOMAINS",
    "UNASSIGNED",
    "DEFAULT_RETENTION_DAYS",
    "MATCH_KEYS",
]

#: Application domains; consumer-facing medical, financial, legal and news uses need a disclaimer.
DOMAINS = ("medical", "financial", "legal", "news", "general")
#: The application name of records that no application of the profile matches.
UNASSIGNED = "(unassigned)"
#: The organisation's retention period for its log copies when the profile states none.
DEFAULT_RETENTION_DAYS = 30.0
#: Conditions a ``match`` entry may hold (all of an entry's conditions must hold).
MATCH_KEYS = ("project_id", "api_key_id", "model", "metadata", "source_format", "source_file")

_ORG_KEYS = {
    "name",
    "name_zh",
    "org_id",
    "log_retention_days",
    "stored_retention_days",
    "file_retention_days",
    "provider_region",
    "pre_policy_opt_out",
    "baa_signed",
    "region_metadata_key",
}
_APP_REQUIRED = {"name", "owner", "consumer_facing", "domain", "chatbot", "match"}
_APP_KEYS = _APP_REQUIRED | {
    "name_zh",
    "description",
    "zero_data_retention",
    "data_sharing_opt_in",
    "baa_signed",
    "user_regions",
    "processing_region",
    "log_retention_days",
    "simulates_person",
    "person_consent",
    "historical_public_figure",
    "discloses_ai",
    "shows_disclaimer",
    "simulated_label",
}
_REGION = re.compile(r"^[A-Z]{2,3}$")


@dataclass(frozen=True)
class Matcher:
    """One ``match`` entry: every condition given must hold (glob patterns, ``*`` and ``?``).

    ``model`` is compared with both ``model`` and ``model_requested``; ``metadata`` with the top-level
    keys of ``metadata_json`` (values compared as text: ``true``, ``42``, ``pine-assist``).
    """

    project_id: tuple[str, ...] = ()
    api_key_id: tuple[str, ...] = ()
    model: tuple[str, ...] = ()
    source_format: tuple[str, ...] = ()
    source_file: tuple[str, ...] = ()
    metadata: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Application:
    """One application of the organisation and the governance facts about it."""

    name: str
    owner: str
    consumer_facing: bool
    domain: str
    chatbot: bool
    match: tuple[Matcher, ...]
    name_zh: str | None = None
    description: str = ""
    zero_data_retention: bool = False
    zero_data_retention_since: pd.Timestamp | None = None  #: None with ZDR = since an unknown date
    data_sharing_opt_in: bool = False
    data_sharing_since: pd.Timestamp | None = None  #: None with opt-in = since an unknown date
    baa_signed: bool = False
    user_regions: tuple[str, ...] = ()
    processing_region: str | None = None  #: None = the organisation's provider_region
    log_retention_days: float | None = None  #: None = the organisation's period
    simulates_person: str | None = None
    person_consent: bool = False
    historical_public_figure: bool = False
    discloses_ai: bool | None = None  #: stated fact, used only when the logs carry no text
    shows_disclaimer: bool | None = None  #: stated fact, used only when the logs carry no text
    simulated_label: bool | None = None  #: stated fact, used only when the logs carry no text

    @property
    def project_ids(self) -> tuple[str, ...]:
        """Project ids named (literally, without wildcards) in the application's match entries."""
        seen = [p for m in self.match for p in m.project_id if not any(ch in p for ch in "*?[")]
        return tuple(dict.fromkeys(seen))


@dataclass(frozen=True)
class Organisation:
    """Organisation-wide facts and retention periods (days)."""

    name: str = ""
    name_zh: str | None = None
    org_id: str | None = None
    log_retention_days: float = DEFAULT_RETENTION_DAYS
    stored_retention_days: float = DEFAULT_RETENTION_DAYS
    file_retention_days: float = DEFAULT_RETENTION_DAYS
    provider_region: str | None = None  #: None = the rules' provider region (US)
    pre_policy_opt_out: bool = False
    baa_signed: bool = False
    region_metadata_key: str | None = None


@dataclass(frozen=True)
class Profile:
    """A validated organisation profile (frozen)."""

    path: str
    organisation: Organisation = field(default_factory=Organisation)
    applications: tuple[Application, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.applications)

    def application(self, name: str) -> Application | None:
        """The application called ``name``; ``None`` for :data:`UNASSIGNED`; else ``UnknownNameError``."""
        for app in self.applications:
            if app.name == name:
                return app
        if name == UNASSIGNED:
            return None
        raise UnknownNameError("application", name, self.names)

    def match(self, records: pd.DataFrame) -> pd.Series:
        """The application of every record: the first application, in file order, with a matching entry.

        Returns a ``string`` Series aligned with ``records``; :data:`UNASSIGNED` where none matches.
        """
        cache = _Columns(records)
        result = np.full(len(records), UNASSIGNED, dtype=object)
        assigned = np.zeros(len(records), dtype=bool)
        for app in self.applications:
            for matcher in app.match:
                hit = cache.mask(matcher) & ~assigned
                result[hit] = app.name
                assigned |= hit
        return pd.Series(result, index=records.index, dtype="string[pyarrow]", name="application")


class _Columns:
    """Per-column factorisations, so each glob is tested once per distinct value, not once per row."""

    def __init__(self, records: pd.DataFrame) -> None:
        self.records = records
        self._codes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._meta: dict[str, dict[str, Any]] = {}

    def _factor(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        if column not in self._codes:
            if column in self.records.columns:
                codes, uniques = pd.factorize(self.records[column], use_na_sentinel=True)
                self._codes[column] = (np.asarray(codes), np.asarray(uniques, dtype=object))
            else:
                self._codes[column] = (np.full(len(self.records), -1), np.array([], dtype=object))
        return self._codes[column]

    def glob(
        self, column: str, patterns: tuple[str, ...], test: Callable[[Any], bool] | None = None
    ) -> np.ndarray:
        codes, uniques = self._factor(column)
        check = test or (lambda v: any(fnmatchcase(str(v), p) for p in patterns))
        ok = np.fromiter((check(u) for u in uniques), dtype=bool, count=len(uniques))
        return (codes >= 0) & np.append(ok, False)[codes]

    def metadata(self, key: str, patterns: tuple[str, ...]) -> np.ndarray:
        """Rows whose metadata_json has the top-level ``key`` with a value matching one of ``patterns``.

        An RE2 prefilter over the column keeps the rows whose JSON text holds the key (with the literal
        value, when no pattern has a wildcard); only their distinct texts are parsed to confirm.
        """
        if "metadata_json" not in self.records.columns:
            return np.zeros(len(self.records), dtype=bool)
        arr = pa.array(self.records["metadata_json"].astype("string[pyarrow]"), from_pandas=True)
        literal = not any(ch in p for p in patterns for ch in "*?[")
        values = "|".join(re.escape(orjson.dumps(p).decode()) + "|" + re.escape(p) for p in patterns)
        prefilter = re.escape(orjson.dumps(key).decode()) + (
            r"\s*:\s*(?:" + values + ")" if literal else r"\s*:"
        )
        candidates = pc.fill_null(pc.match_substring_regex(arr, prefilter), False).to_numpy(
            zero_copy_only=False
        )
        codes, uniques = self._factor("metadata_json")
        wanted = np.zeros(len(uniques) + 1, dtype=bool)
        exact = set(patterns)
        for code in np.unique(codes[candidates & (codes >= 0)]):
            value = self._parsed(str(uniques[code])).get(key, _MISSING)
            if value is not _MISSING:
                text = _as_text(value)
                wanted[code] = text in exact if literal else any(fnmatchcase(text, p) for p in patterns)
        return candidates & wanted[codes]

    def _parsed(self, text: str) -> dict[str, Any]:
        if text not in self._meta:
            try:
                value = orjson.loads(text)
            except orjson.JSONDecodeError:
                value = {}
            self._meta[text] = value if isinstance(value, dict) else {}
        return self._meta[text]

    def mask(self, m: Matcher) -> np.ndarray:
        mask = np.ones(len(self.records), dtype=bool)
        for column in ("project_id", "api_key_id", "source_format", "source_file"):
            patterns = getattr(m, column)
            if patterns:
                mask &= self.glob(column, patterns)
        if m.model:
            mask &= self.glob("model", m.model) | self.glob("model_requested", m.model)
        for key, patterns in m.metadata:
            mask &= self.metadata(key, patterns)
        return mask


_MISSING = object()


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else orjson.dumps(value).decode()


# ---- validation -------------------------------------------------------------------------------------


class _Reader:
    """Typed access to one mapping of the file, raising ConfigError with the file and the key path."""

    def __init__(self, path: str, where: str, raw: Any, allowed: set[str], required: set[str]) -> None:
        self.path, self.where = path, where
        if not isinstance(raw, dict):
            raise ConfigError(path, where or "(top level)", f"expected a mapping, found {_kind(raw)}")
        unknown = sorted(str(k) for k in raw if k not in allowed)
        if unknown:
            raise ConfigError(
                path, self.key(unknown[0]), "unknown key", f"allowed keys: {', '.join(sorted(allowed))}"
            )
        missing = sorted(required - set(raw))
        if missing:
            raise ConfigError(path, self.key(missing[0]), "missing key", "every application needs it")
        self.raw = raw

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, problem: str, fix: str = "") -> ConfigError:
        return ConfigError(self.path, self.key(name), problem, fix)

    def text(self, name: str, default: str | None = None, *, required: bool = False) -> str | None:
        value = self.raw.get(name, default)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, f"expected a non-empty text, found {_kind(value)}")
        return value.strip()

    def flag(self, name: str, default: bool | None = False, *, nullable: bool = False) -> bool | None:
        value = self.raw.get(name, default)
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            allowed = "true, false or null" if nullable else "true or false"
            raise self.fail(name, f"expected {allowed}, found {_kind(value)} {value!r}")
        return value

    def days(self, name: str, default: float | None) -> float | None:
        value = self.raw.get(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise self.fail(name, f"expected a number of days > 0, found {_kind(value)} {value!r}")
        return float(value)

    def region(self, name: str, value: Any) -> str:
        if not isinstance(value, str) or not _REGION.match(value):
            raise self.fail(
                name,
                f"expected a region code such as US, EU, CN, found {value!r}",
                "use 2-3 capital letters (ISO 3166 country, or EU)",
            )
        return value

    def regions(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, f"expected a list of region codes, found {_kind(value)}")
        return tuple(self.region(f"{name}[{i}]", v) for i, v in enumerate(value))


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _timestamp(reader: _Reader, name: str, value: Any) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise reader.fail(name, f"expected a date (YYYY-MM-DD), found {value!r}") from exc
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _since(reader: _Reader, name: str) -> tuple[bool, pd.Timestamp | None]:
    """A yes/no fact that may carry its start date: null/false, true (since unknown) or a date."""
    value = reader.raw.get(name)
    if value is None or value is False:
        return False, None
    if value is True:
        return True, None
    if isinstance(value, (dt.date, str)):
        return True, _timestamp(reader, name, value)
    raise reader.fail(name, f"expected null, false, true or a date, found {_kind(value)}")


def _patterns(reader: _Reader, name: str, value: Any) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(
        isinstance(v, (str, int, float, bool)) and not isinstance(v, dict) for v in values
    ):
        raise reader.fail(name, f"expected a text or a list of texts, found {_kind(value)}")
    return tuple(_as_text(v) for v in values)


def _matcher(path: str, where: str, raw: Any) -> Matcher:
    r = _Reader(path, where, raw, set(MATCH_KEYS), set())
    if not raw:
        raise ConfigError(path, where, "empty match entry", f"give at least one of {', '.join(MATCH_KEYS)}")
    fields: dict[str, Any] = {k: _patterns(r, k, raw[k]) for k in MATCH_KEYS if k != "metadata" and k in raw}
    if "metadata" in raw:
        meta = raw["metadata"]
        if not isinstance(meta, dict) or not meta:
            raise r.fail("metadata", f"expected a mapping of key: value, found {_kind(meta)}")
        fields["metadata"] = tuple((str(k), _patterns(r, f"metadata.{k}", v)) for k, v in meta.items())
    return Matcher(**fields)


def _application(path: str, i: int, raw: Any, org: Organisation) -> Application:
    r = _Reader(path, f"applications[{i}]", raw, _APP_KEYS, _APP_REQUIRED)
    name = r.text("name", required=True)
    assert name is not None
    if name == UNASSIGNED:
        raise r.fail("name", f"{UNASSIGNED!r} is reserved for records no application matches")
    domain = raw["domain"]
    if domain not in DOMAINS:
        raise r.fail("domain", f"{domain!r} is not a domain", f"use one of {', '.join(DOMAINS)}")
    match = raw["match"]
    if not isinstance(match, list) or not match:
        raise r.fail("match", "expected a non-empty list of match entries")
    sharing, since = _since(r, "data_sharing_opt_in")
    zdr, zdr_since = _since(r, "zero_data_retention")
    processing = raw.get("processing_region")
    return Application(
        name=name,
        owner=r.text("owner", required=True) or "",
        consumer_facing=bool(r.flag("consumer_facing")),
        domain=domain,
        chatbot=bool(r.flag("chatbot")),
        match=tuple(_matcher(path, f"{r.where}.match[{j}]", m) for j, m in enumerate(match)),
        name_zh=r.text("name_zh"),
        description=r.text("description") or "",
        zero_data_retention=zdr,
        zero_data_retention_since=zdr_since,
        data_sharing_opt_in=sharing,
        data_sharing_since=since,
        baa_signed=bool(r.flag("baa_signed", org.baa_signed)),
        user_regions=r.regions("user_regions"),
        processing_region=None if processing is None else r.region("processing_region", processing),
        log_retention_days=r.days("log_retention_days", None),
        simulates_person=r.text("simulates_person"),
        person_consent=bool(r.flag("person_consent")),
        historical_public_figure=bool(r.flag("historical_public_figure")),
        discloses_ai=r.flag("discloses_ai", None, nullable=True),
        shows_disclaimer=r.flag("shows_disclaimer", None, nullable=True),
        simulated_label=r.flag("simulated_label", None, nullable=True),
    )


def _organisation(path: str, raw: Any) -> Organisation:
    r = _Reader(path, "organisation", raw if raw is not None else {}, _ORG_KEYS, set())
    log_days = r.days("log_retention_days", DEFAULT_RETENTION_DAYS) or DEFAULT_RETENTION_DAYS
    region = r.raw.get("provider_region")
    return Organisation(
        name=r.text("name") or "",
        name_zh=r.text("name_zh"),
        org_id=r.text("org_id"),
        log_retention_days=log_days,
        stored_retention_days=r.days("stored_retention_days", log_days) or log_days,
        file_retention_days=r.days("file_retention_days", log_days) or log_days,
        provider_region=None if region is None else r.region("provider_region", region),
        pre_policy_opt_out=bool(r.flag("pre_policy_opt_out")),
        baa_signed=bool(r.flag("baa_signed")),
        region_metadata_key=r.text("region_metadata_key"),
    )


def parse_profile(raw: Any, path: str) -> Profile:
    """Validate a parsed profile document and build the frozen :class:`Profile`."""
    top = _Reader(path, "", raw, {"organisation", "applications"}, {"applications"})
    org = _organisation(path, top.raw.get("organisation"))
    apps_raw = top.raw["applications"]
    if not isinstance(apps_raw, list):
        raise ConfigError(path, "applications", f"expected a list of applications, found {_kind(apps_raw)}")
    apps = tuple(_application(path, i, a, org) for i, a in enumerate(apps_raw))
    seen: set[str] = set()
    for i, app in enumerate(apps):
        if app.name in seen:
            raise ConfigError(
                path,
                f"applications[{i}].name",
                f"duplicate application name {app.name!r}",
                "names identify applications in findings and must be unique",
            )
        seen.add(app.name)
    return Profile(path=path, organisation=org, applications=apps)


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read and validate an organisation profile (YAML); see ``docs/retention.md`` for the format."""
    path = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except OSError as exc:
        raise ConfigError(path, "(file)", f"cannot be read ({exc.strerror})", "check the path") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(path, "(file)", f"is not valid YAML ({exc})") from exc
    return parse_profile(raw, path)


def default_profile() -> Profile:
    """The profile used when none is given: no applications, every retention period 30 days."""
    return Profile(path="<default>")


def as_profile(profile: Profile | str | os.PathLike[str] | Mapping[str, Any] | None) -> Profile:
    """A :class:`Profile` from a profile, a path to one, a parsed mapping, or ``None`` (the default)."""
    if profile is None:
        return default_profile()
    if isinstance(profile, Profile):
        return profile
    if isinstance(profile, Mapping):
        return parse_profile(dict(profile), "<mapping>")
    return load_profile(profile)
