"""The explorer's filter state: one frozen value, so every view is a function of (data, state).

An empty selection (``()``) means "no filter on this"; several values in one field mean "any of these"; the
fields combine with "and". Filters on findings (``categories``, ``classifiers``, ``severities``,
``review_statuses``) select the records that have at least one finding meeting all of them at once, and
also restrict which of their findings are counted and shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from auditkit.errors import ParameterError
from auditkit.ledger.model import REVIEW_STATUSES
from auditkit.policy import SEVERITIES

__all__ = ["FilterState", "LANGUAGES", "FINDING_FILTERS"]

#: Languages a record can be filtered by: text with Chinese characters, other text, no text at all.
LANGUAGES = ("en", "zh", "none")
#: The fields that filter findings (the others filter records).
FINDING_FILTERS = ("categories", "classifiers", "severities", "review_statuses")
_TUPLE_FIELDS = ("applications", "users", "api_keys", "kinds", "languages", *FINDING_FILTERS)


def _date(name: str, value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ParameterError(name, value, "a date YYYY-MM-DD or None") from None


def _names(name: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, Iterable):
        raise ParameterError(name, value, "a sequence of names")
    return tuple(sorted({str(v) for v in value}))


@dataclass(frozen=True)
class FilterState:
    """What the auditor has filtered to.

    Attributes:
        start, end: the period, UTC days inclusive (``None``: open).
        applications: application names (the organisation profile's, else the project or log format).
        users, api_keys: ``user_id`` / ``api_key_id`` values.
        kinds: ``record_kind`` values (``llm_call``, ``batch_call`` ...).
        languages: ``en`` (text without Chinese characters), ``zh``, ``none`` (no text).
        categories: policy category ids; classifiers: classifier names; severities: policy severities;
        review_statuses: ``unreviewed``, ``confirmed``, ``false_positive``, ``needs_follow_up``.
        text: case-insensitive substring of the prompt or completion text, record key, user, key or model.
        flagged_only: only records with at least one (matching) finding.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    applications: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    classifiers: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    review_statuses: tuple[str, ...] = ()
    text: str = ""
    flagged_only: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "start", _date("start", self.start))
        set_(self, "end", _date("end", self.end))
        if self.start and self.end and self.start > self.end:
            raise ParameterError(
                "start", self.start.isoformat(), f"a day on or before end={self.end.isoformat()}"
            )
        for name in _TUPLE_FIELDS:
            set_(self, name, _names(name, getattr(self, name)))
        for name, allowed in (
            ("severities", SEVERITIES),
            ("review_statuses", REVIEW_STATUSES),
            ("languages", LANGUAGES),
        ):
            bad = sorted(set(getattr(self, name)) - set(allowed))
            if bad:
                raise ParameterError(name, bad[0], f"one of {', '.join(allowed)}")
        if not isinstance(self.text, str):
            raise ParameterError("text", self.text, "a string")
        set_(self, "text", self.text.strip())
        set_(self, "flagged_only", bool(self.flagged_only))

    def replace(self, **changes: Any) -> FilterState:
        """A new state with ``changes`` applied (validated like the constructor)."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise ParameterError(unknown[0], changes[unknown[0]], "a FilterState field")
        return dataclasses.replace(self, **changes)

    @property
    def filters_findings(self) -> bool:
        """True when a finding-level filter is set (records then need a matching finding)."""
        return any(getattr(self, n) for n in FINDING_FILTERS)

    def describe(self) -> dict[str, Any]:
        """The non-default fields, for display and for the record of what was looked at."""
        default = FilterState()
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value != getattr(default, f.name):
                out[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        return out
