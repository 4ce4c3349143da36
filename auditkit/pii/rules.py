"""Detection rules as versioned data: ``auditkit/data/pii/patterns.yaml`` loaded into frozen objects.

The file's header documents every key. Loading validates everything a rule needs before any text is
scanned: an unknown or missing key, an unknown type or check, a confidence outside (0, 1], a pattern that
does not compile or a word list that does not exist is a :class:`~auditkit.errors.ConfigError` naming the
file and the key (``rules[3].pattern``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from auditkit.errors import ConfigError
from auditkit.pii.checks import CHECKS, Check
from auditkit.pii.context import ContextMatcher
from auditkit.pii.model import DETECTION_TYPES, PII_TYPES

__all__ = ["Rule", "RuleSet", "load_rules", "parse_rules", "default_rules_path"]

_TOP_KEYS = {"version", "defaults", "words", "rules"}
_DEFAULT_KEYS = {"context_window", "context_boost"}
_RULE_KEYS = {
    "name",
    "type",
    "prefilter",
    "pattern",
    "confidence",
    "group",
    "flags",
    "check",
    "params",
    "context",
    "negative_context",
    "requires_context",
    "context_window",
    "context_boost",
    "overrides",
    "description",
}
_RULE_REQUIRED = {"name", "type", "prefilter", "pattern", "confidence"}
_FLAGS = {"ignore_case": re.IGNORECASE, "unicode": 0}
_CATEGORY = {t.name: t.category for t in PII_TYPES}
_PRIORITY = {name: i for i, name in enumerate(DETECTION_TYPES)}


@dataclass(frozen=True)
class Rule:
    """One compiled detection rule (one line of ``rules:`` in the YAML file)."""

    name: str
    type: str
    category: str
    prefilter: tuple[str, ...]
    regex: re.Pattern[str]
    group: str | int
    confidence: float
    check_name: str
    check: Check = field(compare=False, repr=False)
    params: Mapping[str, Any] = field(compare=False, repr=False)
    context: ContextMatcher | None = field(compare=False, repr=False)
    requires_context: bool = False
    context_boost: float = 0.0
    priority: int = 0  #: position of the type in DETECTION_TYPES (ties between overlapping detections)
    overrides: tuple[str, ...] = ()  #: rules whose detections lose to this rule's wherever they overlap


@dataclass(frozen=True)
class RuleSet:
    """A validated rules file: its version, where it came from, and its rules in file order."""

    version: str
    path: str
    rules: tuple[Rule, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.rules)


def default_rules_path() -> str:
    """The rules file shipped with auditkit."""
    return str(Path(str(resources.files("auditkit") / "data" / "pii" / "patterns.yaml")))


def _check_keys(path: str, where: str, obj: Any, allowed: set[str], required: set[str]) -> None:
    if not isinstance(obj, dict):
        raise ConfigError(path, where, f"expected a mapping, found {type(obj).__name__}")
    unknown = sorted(set(obj) - allowed, key=str)
    if unknown:
        raise ConfigError(
            path,
            f"{where}.{unknown[0]}" if where else str(unknown[0]),
            "unknown key",
            f"allowed keys: {', '.join(sorted(allowed))}",
        )
    missing = sorted(required - set(obj))
    if missing:
        raise ConfigError(path, f"{where}.{missing[0]}" if where else missing[0], "missing key")


def _str_list(path: str, where: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, where, "expected a non-empty list of strings")
    return tuple(value)


_NOT_IN_PREFILTERS = re.compile(r"\(\?<?[=!]|\(\?P=|\\[1-9]")


def _prefilters(path: str, where: str, value: Any) -> tuple[str, ...]:
    """Prefilters must be plain Hyperscan syntax whichever engine runs them, so that a rules file that
    loads on one machine loads on every machine."""
    patterns = _str_list(path, where, value)
    for pattern in patterns:
        if _NOT_IN_PREFILTERS.search(pattern):
            raise ConfigError(
                path,
                where,
                f"{pattern!r} is not a valid prefilter (look-around or back-reference)",
                "use plain Hyperscan syntax: no look-around, no back-references",
            )
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(path, where, f"{pattern!r} is not a valid prefilter ({exc})") from exc
    return patterns


def _number(path: str, where: str, value: Any, low: float, high: float, *, open_low: bool = False) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or value > high or value < low or (open_low and value == low):
        bound = "(" if open_low else "["
        raise ConfigError(path, where, f"expected a number in {bound}{low}, {high}], found {value!r}")
    return float(value)


def _compile(path: str, where: str, pattern: Any, flags: int) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise ConfigError(path, where, "expected a regular expression")
    try:
        return re.compile(pattern, flags | re.VERBOSE)
    except re.error as exc:
        raise ConfigError(path, where, f"is not a valid regular expression ({exc})") from exc


def _flags(path: str, where: str, raw: Any) -> int:
    names = _str_list(path, where, raw) if raw is not None else ()
    flags = 0 if "unicode" in names else re.ASCII
    for name in names:
        if name not in _FLAGS:
            raise ConfigError(
                path, where, f"unknown flag {name!r}", f"use any of {', '.join(sorted(_FLAGS))}"
            )
        flags |= _FLAGS[name]
    return flags


def _words(path: str, raw: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise ConfigError(path, "words", "expected a mapping of list name to words")
    return {str(k): _str_list(path, f"words.{k}", v) for k, v in raw.items()}


def _context(path: str, where: str, names: Any, words: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    if names is None:
        return ()
    out: list[str] = []
    for name in _str_list(path, where, names):
        if name not in words:
            raise ConfigError(
                path, where, f"unknown word list {name!r}", f"define it under words: ({', '.join(words)})"
            )
        out.extend(words[name])
    return tuple(out)


def _check(path: str, where: str, raw: Any) -> tuple[str, Mapping[str, Any]]:
    """The rule's check name and its read-only parameters."""
    name = str(raw.get("check", "none"))
    if name not in CHECKS:
        raise ConfigError(
            path, f"{where}.check", f"unknown check {name!r}", f"use one of {', '.join(CHECKS.names())}"
        )
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise ConfigError(path, f"{where}.params", "expected a mapping")
    return name, MappingProxyType(dict(params))


def _pattern(path: str, where: str, raw: Any) -> tuple[re.Pattern[str], str | int]:
    """The compiled pattern and the group that is the detection."""
    regex = _compile(
        path, f"{where}.pattern", raw["pattern"], _flags(path, f"{where}.flags", raw.get("flags"))
    )
    group = raw.get("group", 0)
    if group != 0 and group not in regex.groupindex:
        raise ConfigError(path, f"{where}.group", f"the pattern has no group named {group!r}")
    return regex, group


def _context_of(
    path: str, where: str, raw: Any, words: Mapping[str, tuple[str, ...]], defaults: Mapping[str, Any]
) -> tuple[ContextMatcher | None, bool, float]:
    """The rule's context matcher (``None`` without context words), whether it requires context, its boost."""
    positive = _context(path, f"{where}.context", raw.get("context"), words)
    negative = _context(path, f"{where}.negative_context", raw.get("negative_context"), words)
    requires = bool(raw.get("requires_context", False))
    if requires and not positive:
        raise ConfigError(
            path, f"{where}.requires_context", "a rule that requires context needs context words"
        )
    window = _number(
        path, f"{where}.context_window", raw.get("context_window", defaults["context_window"]), 1, 200
    )
    boost = _number(path, f"{where}.context_boost", raw.get("context_boost", defaults["context_boost"]), 0, 1)
    matcher = ContextMatcher(positive, negative, int(window)) if positive or negative else None
    return matcher, requires, boost


def _rule(
    path: str, i: int, raw: Any, words: Mapping[str, tuple[str, ...]], defaults: Mapping[str, Any]
) -> Rule:
    where = f"rules[{i}]"
    _check_keys(path, where, raw, _RULE_KEYS, _RULE_REQUIRED)
    if raw["type"] not in DETECTION_TYPES:
        raise ConfigError(
            path, f"{where}.type", f"unknown type {raw['type']!r}", f"use one of {', '.join(DETECTION_TYPES)}"
        )
    check_name, params = _check(path, where, raw)
    regex, group = _pattern(path, where, raw)
    context, requires, boost = _context_of(path, where, raw, words, defaults)
    overrides = _str_list(path, f"{where}.overrides", raw["overrides"]) if "overrides" in raw else ()
    return Rule(
        name=str(raw["name"]),
        type=raw["type"],
        category=_CATEGORY[raw["type"]],
        prefilter=_prefilters(path, f"{where}.prefilter", raw["prefilter"]),
        regex=regex,
        group=group,
        confidence=_number(path, f"{where}.confidence", raw["confidence"], 0.0, 1.0, open_low=True),
        check_name=check_name,
        check=CHECKS.get(check_name),
        params=params,
        context=context,
        requires_context=requires,
        context_boost=boost,
        priority=_PRIORITY[raw["type"]],
        overrides=overrides,
    )


def parse_rules(raw: Any, path: str) -> RuleSet:
    """Validate a parsed rules document and build the frozen :class:`RuleSet`."""
    _check_keys(path, "", raw, _TOP_KEYS, {"version", "rules"})
    defaults = {"context_window": 24, "context_boost": 0.1}
    if raw.get("defaults") is not None:
        _check_keys(path, "defaults", raw["defaults"], _DEFAULT_KEYS, set())
        defaults.update(raw["defaults"])
    words = _words(path, raw.get("words") or {})
    if not isinstance(raw["rules"], list) or not raw["rules"]:
        raise ConfigError(path, "rules", "expected a non-empty list of rules")
    rules = tuple(_rule(path, i, r, words, defaults) for i, r in enumerate(raw["rules"]))
    names = [r.name for r in rules]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise ConfigError(
            path,
            f"rules[{names.index(dup[0], names.index(dup[0]) + 1)}].name",
            f"duplicate rule name {dup[0]!r}",
        )
    for i, rule in enumerate(rules):
        for name in rule.overrides:
            if name not in names:
                raise ConfigError(path, f"rules[{i}].overrides", f"unknown rule {name!r}")
    return RuleSet(str(raw["version"]), path, rules)


@lru_cache(maxsize=8)
def _load_path(path: str) -> RuleSet:
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except OSError as exc:
        raise ConfigError(path, "(file)", f"cannot be read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(path, "(file)", f"is not valid YAML ({exc})") from exc
    return parse_rules(raw, path)


def load_rules(path: str | os.PathLike[str] | None = None) -> RuleSet:
    """The rules in ``path`` (default: the file shipped with auditkit), validated and compiled."""
    return _load_path(str(path) if path is not None else default_rules_path())
