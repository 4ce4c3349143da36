"""The retention rules of a data-usage policy version, as data: windows, dates, what counts as API data.

A version is a YAML file in ``auditkit/data/retention/`` (``openai-api-data-2023-03-01.yaml``) or any path
given to :func:`load_rules`. Nothing in the audit hard-codes a window or a date: they come from here (the
policy's facts) and from the organisation profile (the organisation's own periods).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit.errors import ConfigError, UnknownNameError
from auditkit.retention.datafiles import bilingual, check_keys, data_dir, read_yaml

__all__ = ["RetentionRules", "load_rules", "rule_versions", "DEFAULT_RULES"]

DEFAULT_RULES = "openai-api-data-2023-03-01"

_TOP = {
    "version",
    "title",
    "source",
    "texts",
    "phrases",
    "abuse_monitoring_days",
    "effective",
    "provider_region",
    "api_data",
    "text",
    "storage",
    "files",
    "zero_data_retention",
    "personal_data",
    "evidence",
}
_SECTIONS: dict[str, set[str]] = {
    "api_data": {"record_kinds", "excluded_formats", "call_kinds"},
    "text": {"record_kinds"},
    "storage": {"store_default_true_formats", "record_kinds"},
    "files": {"expiring_purposes", "batch_expiry_days"},
    "zero_data_retention": {"stored_record_kinds"},
    "personal_data": {"min_confidence", "high_types", "max_spans_in_evidence"},
    "evidence": {"max_record_keys", "max_line_ranges"},
}


@dataclass(frozen=True)
class RetentionRules:
    """One policy version's retention facts (see the YAML file for the meaning of each)."""

    version: str
    title_en: str
    title_zh: str
    source: str
    path: str
    texts_file: str
    phrases_file: str
    abuse_monitoring_days: float
    effective: pd.Timestamp
    provider_region: str
    api_data_kinds: tuple[str, ...]
    non_api_formats: tuple[str, ...]
    call_kinds: tuple[str, ...]
    text_kinds: tuple[str, ...]
    store_default_true_formats: tuple[str, ...]
    stored_kinds: tuple[str, ...]
    expiring_purposes: tuple[str, ...]
    batch_expiry_days: float
    zdr_stored_kinds: tuple[str, ...]
    pii_min_confidence: float
    pii_high_types: tuple[str, ...]
    max_spans: int
    max_record_keys: int
    max_line_ranges: int


def rule_versions() -> list[str]:
    """Rule versions shipped with auditkit."""
    return sorted(p.stem for p in data_dir().glob("openai-*.yaml"))


def _strings(path: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, key, "expected a list of texts")
    return tuple(value)


def _number(path: str, key: str, value: Any, *, integer: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(path, key, f"expected a number >= 0, found {value!r}")
    if integer and int(value) != value:
        raise ConfigError(path, key, f"expected a whole number, found {value!r}")
    return float(value)


def parse_rules(raw: Any, path: str) -> RetentionRules:
    """Validate a parsed rules document and build :class:`RetentionRules`."""
    check_keys(path, "", raw, _TOP, _TOP - {"source"})
    sec = {name: check_keys(path, name, raw[name], keys, keys) for name, keys in _SECTIONS.items()}
    title_en, title_zh = bilingual(path, "title", raw["title"])
    try:
        effective = pd.Timestamp(raw["effective"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            path, "effective", f"expected an ISO date-time, found {raw['effective']!r}"
        ) from exc
    effective = effective.tz_localize("UTC") if effective.tzinfo is None else effective.tz_convert("UTC")
    return RetentionRules(
        version=str(raw["version"]),
        title_en=title_en,
        title_zh=title_zh,
        source=str(raw.get("source", "")),
        path=path,
        texts_file=str(raw["texts"]),
        phrases_file=str(raw["phrases"]),
        abuse_monitoring_days=_number(path, "abuse_monitoring_days", raw["abuse_monitoring_days"]),
        effective=effective,
        provider_region=str(raw["provider_region"]),
        api_data_kinds=_strings(path, "api_data.record_kinds", sec["api_data"]["record_kinds"]),
        non_api_formats=_strings(path, "api_data.excluded_formats", sec["api_data"]["excluded_formats"]),
        call_kinds=_strings(path, "api_data.call_kinds", sec["api_data"]["call_kinds"]),
        text_kinds=_strings(path, "text.record_kinds", sec["text"]["record_kinds"]),
        store_default_true_formats=_strings(
            path, "storage.store_default_true_formats", sec["storage"]["store_default_true_formats"]
        ),
        stored_kinds=_strings(path, "storage.record_kinds", sec["storage"]["record_kinds"]),
        expiring_purposes=_strings(path, "files.expiring_purposes", sec["files"]["expiring_purposes"]),
        batch_expiry_days=_number(path, "files.batch_expiry_days", sec["files"]["batch_expiry_days"]),
        zdr_stored_kinds=_strings(
            path, "zero_data_retention.stored_record_kinds", sec["zero_data_retention"]["stored_record_kinds"]
        ),
        pii_min_confidence=_number(
            path, "personal_data.min_confidence", sec["personal_data"]["min_confidence"]
        ),
        pii_high_types=_strings(path, "personal_data.high_types", sec["personal_data"]["high_types"]),
        max_spans=int(
            _number(
                path,
                "personal_data.max_spans_in_evidence",
                sec["personal_data"]["max_spans_in_evidence"],
                integer=True,
            )
        ),
        max_record_keys=int(
            _number(path, "evidence.max_record_keys", sec["evidence"]["max_record_keys"], integer=True)
        ),
        max_line_ranges=int(
            _number(path, "evidence.max_line_ranges", sec["evidence"]["max_line_ranges"], integer=True)
        ),
    )


@lru_cache(maxsize=8)
def _load_path(path: str) -> RetentionRules:
    return parse_rules(read_yaml(path), path)


def load_rules(version: str | os.PathLike[str] | RetentionRules | None = None) -> RetentionRules:
    """The rules of ``version``: a shipped version name, a path to a rules YAML file, or rules as they are."""
    if isinstance(version, RetentionRules):
        return version
    version = version or DEFAULT_RULES
    path = Path(version)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return _load_path(str(path))
    candidate = data_dir() / f"{version}.yaml"
    if not candidate.exists():
        raise UnknownNameError("retention rules version", str(version), rule_versions())
    return _load_path(str(candidate))


def sibling(rules: RetentionRules, name: str) -> Path:
    """A file named by the rules (texts, phrases): beside the rules file, else in the package data."""
    beside = Path(rules.path).parent / name
    return beside if beside.exists() else data_dir() / name
