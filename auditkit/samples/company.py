"""The fictional company of the sample logs, read from ``auditkit/data/samples/company.yaml``.

The YAML is the single statement of the company's facts (applications, projects, keys, zero data
retention, data-sharing opt-in, BAA, regions, uploaded files). :func:`load_company` reads it into frozen
objects, shifting every dated fact by ``start - reference_start`` so that a sample generated for another
window keeps the same story. Unknown keys are rejected with the file and key named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit.errors import ConfigError

__all__ = ["Company", "App", "Traffic", "FileSpec", "load_company", "company_path", "utc"]

UTC = dt.UTC

_TOP = {
    "reference_start",
    "days",
    "suggested_as_of",
    "company",
    "projects",
    "applications",
    "files",
    "file_snapshots",
}
_APP = {"id", "facts", "traffic"}
_TRAFFIC = {
    "share",
    "formats",
    "regions",
    "users",
    "policy_rate",
    "hard_negative_rate",
    "pii_rate",
    "store_rate",
    "stream_rate",
    "tool_call_rate",
    "image_rate",
    "error_rate",
    "moderation_from",
    "moderation_rate",
    "omni_from",
    "key_rotation",
    "models",
    "active_from",
    "workdays_only",
    "format_windows",
}
_FILE = {"project_id", "filename", "purpose", "bytes", "created", "expires_at", "deleted"}


def utc(value: Any) -> dt.datetime:
    """A YAML date or datetime as an aware UTC datetime (a date means its midnight UTC)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, str):
        return utc(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
    raise TypeError(f"not a date: {value!r}")


@dataclass(frozen=True)
class Traffic:
    """How the generator draws one application's calls (see the comments in company.yaml)."""

    share: float
    formats: Mapping[str, float]
    regions: Mapping[str, float]
    users: int
    models: Mapping[str, tuple[str, float]]  # alias -> (served snapshot, weight)
    policy_rate: float = 0.0
    hard_negative_rate: float = 0.0
    pii_rate: float = 0.0
    store_rate: float = 0.0
    stream_rate: float = 0.0
    tool_call_rate: float = 0.0
    image_rate: float = 0.0
    error_rate: float = 0.0
    moderation_from: dt.datetime | None = None
    moderation_rate: float = 0.0
    omni_from: dt.datetime | None = None
    key_rotation: dt.datetime | None = None
    active_from: dt.datetime | None = None
    workdays_only: bool = False
    #: format -> (from, until), either end open (None): when the application used that format
    format_windows: Mapping[str, tuple[dt.datetime | None, dt.datetime | None]] | None = None


@dataclass(frozen=True)
class App:
    """One application: its stated facts (for the organisation profile) and its traffic model."""

    id: str
    facts: Mapping[str, Any]
    traffic: Traffic

    @property
    def project_id(self) -> str | None:
        return self.facts.get("project_id")

    @property
    def api_keys(self) -> list[str]:
        return list(self.facts.get("api_keys") or [])

    def fact_date(self, key: str) -> dt.datetime | None:
        value = self.facts.get(key)
        return utc(value) if value else None


@dataclass(frozen=True)
class FileSpec:
    """A file uploaded through the Files API (besides the batch jobs' files)."""

    project_id: str
    filename: str
    purpose: str
    bytes: int
    created: dt.datetime
    expires_at: dt.datetime | None
    deleted: dt.datetime | None


@dataclass(frozen=True)
class Company:
    """The whole company, with dates already shifted to the generated window."""

    start: dt.datetime
    days: int
    shift: dt.timedelta
    info: Mapping[str, Any]
    projects: tuple[Mapping[str, Any], ...]
    apps: tuple[App, ...]
    files: tuple[FileSpec, ...]
    snapshots: tuple[dt.datetime, ...]
    suggested_as_of: dt.datetime
    raw: Mapping[str, Any]

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(days=self.days)

    def app(self, app_id: str) -> App:
        for a in self.apps:
            if a.id == app_id:
                return a
        raise KeyError(app_id)

    @property
    def pilot(self) -> Mapping[str, Any]:
        return self.info["pilot_archive"]


def company_path() -> Path:
    return Path(str(resources.files("auditkit") / "data" / "samples" / "company.yaml"))


def _check_keys(where: str, mapping: Mapping[str, Any], allowed: set[str], path: str) -> None:
    unknown = sorted(set(mapping) - allowed)
    if unknown:
        raise ConfigError(path, where + unknown[0], f"an unknown key (known: {', '.join(sorted(allowed))})")


def _traffic(raw: Mapping[str, Any], shift: dt.timedelta, where: str, path: str) -> Traffic:
    _check_keys(where, raw, _TRAFFIC, path)
    values = dict(raw)
    for key in ("moderation_from", "omni_from", "key_rotation", "active_from"):
        if values.get(key) is not None:
            values[key] = utc(values[key]) + shift
    windows = raw.get("format_windows") or {}
    values["format_windows"] = {
        fmt: tuple(utc(v) + shift if v is not None else None for v in bounds)
        for fmt, bounds in windows.items()
    }
    values["models"] = {alias: (spec[0], float(spec[1])) for alias, spec in raw["models"].items()}
    return Traffic(**values)


def _shift_facts(facts: Mapping[str, Any], shift: dt.timedelta) -> dict[str, Any]:
    out = dict(facts)
    for key, value in facts.items():
        if isinstance(value, dt.date):
            out[key] = (utc(value) + shift).date().isoformat()
    return out


def load_company(start: dt.date | dt.datetime | None = None, path: str | Path | None = None) -> Company:
    """Read the company YAML; with ``start``, shift its dated facts to a window beginning then."""
    path = Path(path) if path else company_path()
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    _check_keys("", raw, _TOP, str(path))
    ref = utc(raw["reference_start"])
    begin = utc(start) if start is not None else ref
    shift = begin - ref
    apps = []
    for i, a in enumerate(raw["applications"]):
        _check_keys(f"applications[{i}].", a, _APP, str(path))
        apps.append(
            App(
                a["id"],
                _shift_facts(a["facts"], shift),
                _traffic(a["traffic"], shift, f"applications[{i}].traffic.", str(path)),
            )
        )
    files = []
    for i, f in enumerate(raw["files"]):
        _check_keys(f"files[{i}].", f, _FILE, str(path))
        files.append(
            FileSpec(
                f["project_id"],
                f["filename"],
                f["purpose"],
                int(f["bytes"]),
                utc(f["created"]) + shift,
                utc(f["expires_at"]) + shift if f.get("expires_at") else None,
                utc(f["deleted"]) + shift if f.get("deleted") else None,
            )
        )
    return Company(
        start=begin,
        days=int(raw["days"]),
        shift=shift,
        info=raw["company"],
        projects=tuple(raw["projects"]),
        apps=tuple(apps),
        files=tuple(files),
        snapshots=tuple(utc(s) + shift for s in raw["file_snapshots"]),
        suggested_as_of=utc(raw["suggested_as_of"]) + shift,
        raw=raw,
    )
