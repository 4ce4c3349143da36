"""Suppressions: an organisation's declared exceptions, which remove hits without touching rule files.

A suppressions file (``docs/rules.md``)::

    format: auditkit-suppressions/1
    suppressions:
      - reason: our support bot answers questions about our licensed casino
        category: gambling
        where: {project_id: '^proj_casino_support$'}
      - reason: ops runbooks talk about killing processes
        rule: violence.en.*
        matched: '\\bkill(ing)? (the )?(process|job|task)'

Every condition given must hold (they are ANDed); at least one is required, and ``reason`` is required so
that the audit trail says why a finding is missing. Conditions on the hit itself (``rule`` glob on the
rule id, ``category``, ``matched`` regex on the matched text, ``text`` regex on the whole text) are applied
by the rules classifier. Conditions on the record (``record_key``, ``where``: canonical column -> regex)
need the records and are applied to findings by :meth:`Suppressions.filter_findings`.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from auditkit import policy as _policy
from auditkit.classify.rules.loader import check_keys, read_yaml
from auditkit.errors import ConfigError
from auditkit.schema import COLUMN_NAMES

__all__ = ["Suppression", "Suppressions", "load_suppressions", "SUPPRESSIONS_FORMAT"]

SUPPRESSIONS_FORMAT = "auditkit-suppressions/1"
_KEYS = {"id", "reason", "rule", "category", "matched", "text", "record_key", "where"}
_CONDITIONS = _KEYS - {"id", "reason"}
_RECORD_LEVEL = {"record_key", "where"}
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Suppression:
    """One declared exception."""

    reason: str
    id: str = ""
    rules: tuple[str, ...] = ()
    categories: frozenset[str] = frozenset()
    matched: re.Pattern[str] | None = None
    text: re.Pattern[str] | None = None
    record_keys: frozenset[str] = frozenset()
    where: tuple[tuple[str, re.Pattern[str]], ...] = ()
    source: str = ""

    @property
    def record_level(self) -> bool:
        """Whether it needs the record (record_key or where) and so applies to findings only."""
        return bool(self.record_keys or self.where)

    def matches_hit(self, rule_id: str | None, category: str, matched: str | None, text: str | None) -> bool:
        """Whether the hit-level conditions hold for a hit (record-level ones are not checked here)."""
        if self.rules and not any(fnmatch.fnmatchcase(rule_id or "", g) for g in self.rules):
            return False
        if self.categories and category not in self.categories:
            return False
        if self.matched is not None and not self.matched.search(matched or ""):
            return False
        return not (self.text is not None and not self.text.search(text or ""))


def _strings(path: str, where: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) and v for v in items):
        raise ConfigError(path, where, "expected a string or a non-empty list of strings")
    return tuple(items)


def _regex(path: str, where: str, value: Any) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise ConfigError(path, where, "expected a regular expression")
    try:
        return re.compile(value, _FLAGS)
    except re.error as exc:
        raise ConfigError(path, where, f"not a valid regular expression ({exc}): {value!r}") from exc


def _parse_one(path: str, where: str, raw: Any, categories: Sequence[str]) -> Suppression:
    d = check_keys(path, where, raw, _KEYS, {"reason"})
    if not _CONDITIONS & set(d):
        raise ConfigError(path, where, "a suppression needs at least one condition",
                          f"give one of {', '.join(sorted(_CONDITIONS))}")
    cats = _strings(path, f"{where}.category", d["category"]) if "category" in d else ()
    for c in cats:
        if c not in categories:
            raise ConfigError(path, f"{where}.category", f"unknown category {c!r}",
                              f"known ids: {', '.join(categories)}")
    wh = d.get("where") or {}
    check_keys(path, f"{where}.where", wh, set(COLUMN_NAMES))
    return Suppression(
        reason=str(d["reason"]), id=str(d.get("id", "")),
        rules=_strings(path, f"{where}.rule", d["rule"]) if "rule" in d else (),
        categories=frozenset(cats),
        matched=_regex(path, f"{where}.matched", d["matched"]) if "matched" in d else None,
        text=_regex(path, f"{where}.text", d["text"]) if "text" in d else None,
        record_keys=frozenset(_strings(path, f"{where}.record_key", d["record_key"]))
        if "record_key" in d else frozenset(),
        where=tuple((str(k), _regex(path, f"{where}.where.{k}", v)) for k, v in wh.items()),
        source=path)


class Suppressions:
    """A list of :class:`Suppression`, applied to rule hits and to findings."""

    def __init__(self, items: Iterable[Suppression] = ()) -> None:
        self.items = tuple(items)
        self.hit_level = tuple(s for s in self.items if not s.record_level)

    def __len__(self) -> int:
        return len(self.items)

    def suppress_hit(self, rule_id: str | None, category: str, matched: str | None,
                     text: str | None) -> Suppression | None:
        """The first hit-level suppression that removes this hit, or None."""
        for s in self.hit_level:
            if s.matches_hit(rule_id, category, matched, text):
                return s
        return None

    def filter_findings(self, findings: pd.DataFrame, records: pd.DataFrame | None = None) -> pd.DataFrame:
        """``findings`` (FINDING_COLUMNS) without the rows that a suppression removes.

        Record-level conditions (``record_key``, ``where``) look the record up in ``records`` by
        ``record_key``; without ``records``, a suppression with a ``where`` condition removes nothing.
        """
        if findings.empty or not self.items:
            return findings
        by_key = records.set_index("record_key") if records is not None and "record_key" in records else None
        keep = []
        for row in findings.itertuples(index=False):
            keep.append(not any(self._finding_match(s, row, by_key) for s in self.items))
        return findings[keep].reset_index(drop=True)

    @staticmethod
    def _finding_match(s: Suppression, row: Any, by_key: pd.DataFrame | None) -> bool:
        text = None
        if s.text is not None or s.where:
            if by_key is None or row.record_key not in by_key.index:
                return False
            rec = by_key.loc[row.record_key]
            text = rec.get("output_text" if row.field == "output" else "input_text")
            for col, rx in s.where:
                value = rec.get(col)
                if value is None or pd.isna(value) or not rx.search(str(value)):
                    return False
        if s.record_keys and row.record_key not in s.record_keys:
            return False
        rule_id = None if pd.isna(row.rule_id) else row.rule_id
        matched = None if pd.isna(row.matched_text) else row.matched_text
        text = None if text is None or pd.isna(text) else str(text)
        return s.matches_hit(rule_id, row.category, matched, text)


def load_suppressions(
    source: str | os.PathLike[str] | Sequence[Any] | Suppressions | None,
    policy_version: str | None = None,
) -> Suppressions:
    """Suppressions from a YAML file, a list of files, a list of inline mappings, or None (none)."""
    if source is None:
        return Suppressions()
    if isinstance(source, Suppressions):
        return source
    categories = _policy.load(policy_version).category_ids
    if isinstance(source, str | os.PathLike):
        source = [source]
    items: list[Suppression] = []
    for n, src in enumerate(source):
        if isinstance(src, dict):
            items.append(_parse_one("<inline suppressions>", f"suppressions[{n}]", src, categories))
            continue
        path = str(src)
        raw, _ = read_yaml(path)
        doc = check_keys(path, "", raw if raw is not None else {}, {"format", "suppressions", "notes"})
        if doc.get("format", SUPPRESSIONS_FORMAT) != SUPPRESSIONS_FORMAT:
            raise ConfigError(path, "format", f"unsupported format {doc['format']!r}",
                              f"use {SUPPRESSIONS_FORMAT!r}")
        entries = doc.get("suppressions") or []
        if not isinstance(entries, list):
            raise ConfigError(path, "suppressions", "expected a list")
        items.extend(_parse_one(path, f"suppressions[{i}]", e, categories) for i, e in enumerate(entries))
    return Suppressions(items)
