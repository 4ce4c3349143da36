"""EN/ZH phrase lists of the text checks (AI disclosure, disclaimers, simulated labels, health topics).

The lists are data (``auditkit/data/retention/phrases.yaml``): regular expressions in the subset that both
RE2 (pyarrow, used over whole columns) and Python ``re`` (used over the few distinct system prompts)
understand. Matching is case-insensitive. A pattern that either engine rejects is a ConfigError naming
the file and the list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.errors import ConfigError
from auditkit.retention.datafiles import check_keys, read_yaml
from auditkit.retention.rules import RetentionRules, load_rules, sibling

__all__ = ["Phrases", "load_phrases", "PhraseSet"]

_LISTS = (
    "disclosure_instruction",
    "anti_disclosure",
    "disclosure_reply",
    "simulated_label",
    "health_terms",
    "health_person",
)
_DOMAINS = ("any", "medical", "financial", "legal", "news")


@dataclass(frozen=True)
class PhraseSet:
    """One list of patterns (English and Chinese together), matched case-insensitively."""

    name: str
    patterns: tuple[str, ...]

    @property
    def regex(self) -> str:
        """All patterns as one alternation (for RE2 and Python ``re`` alike)."""
        return "|".join(f"(?:{p})" for p in self.patterns) if self.patterns else "[^\\s\\S]"

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in one text (Python ``re``), for the few distinct texts checked one by one."""
        return _compiled(self.regex).search(text) if self.patterns else None

    def matches(self, texts: pd.Series) -> np.ndarray:
        """Whether each text of a Series matches (RE2 over the whole column; missing text = False)."""
        if not self.patterns or texts.empty:
            return np.zeros(len(texts), dtype=bool)
        arr = pa.array(texts.astype("string[pyarrow]"), from_pandas=True)
        hit = pc.match_substring_regex(arr, self.regex, ignore_case=True)
        return np.asarray(pc.fill_null(hit, False).to_numpy(zero_copy_only=False), dtype=bool)


@lru_cache(maxsize=256)
def _compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


@dataclass(frozen=True)
class Phrases:
    """Every phrase list of the retention checks."""

    path: str
    disclosure_instruction: PhraseSet
    anti_disclosure: PhraseSet
    disclosure_reply: PhraseSet
    simulated_label: PhraseSet
    health_terms: PhraseSet
    health_person: PhraseSet
    disclaimer: Mapping[str, PhraseSet]  # domain -> patterns (without the `any` list)

    def disclaimer_for(self, domain: str) -> PhraseSet:
        """The disclaimer patterns of ``domain`` plus those valid for every domain."""
        own = self.disclaimer.get(domain, PhraseSet(domain, ()))
        return PhraseSet(f"disclaimer.{domain}", own.patterns + self.disclaimer["any"].patterns)


def _check(path: str, where: str, pattern: Any) -> str:
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(path, where, f"expected a regular expression, found {pattern!r}")
    try:
        re.compile(pattern)
        pc.match_substring_regex(pa.array(["x"]), pattern, ignore_case=True)
    except (re.error, pa.ArrowInvalid) as exc:
        raise ConfigError(
            path,
            where,
            f"{pattern!r} is not a valid pattern ({exc})",
            "use the RE2/Python common subset: no look-around, no back-references",
        ) from exc
    return pattern


def _set(path: str, where: str, raw: Any) -> PhraseSet:
    check_keys(path, where, raw, {"en", "zh"}, {"en", "zh"})
    patterns = []
    for lang in ("en", "zh"):
        values = raw[lang] or []
        if not isinstance(values, list):
            raise ConfigError(path, f"{where}.{lang}", "expected a list of patterns")
        patterns += [_check(path, f"{where}.{lang}[{i}]", p) for i, p in enumerate(values)]
    return PhraseSet(where, tuple(patterns))


def parse_phrases(raw: Any, path: str) -> Phrases:
    check_keys(path, "", raw, {*_LISTS, "disclaimer"}, {*_LISTS, "disclaimer"})
    disclaimer = check_keys(path, "disclaimer", raw["disclaimer"], _DOMAINS, ("any",))
    sets = {name: _set(path, name, raw[name]) for name in _LISTS}
    domains = {d: _set(path, f"disclaimer.{d}", v) for d, v in disclaimer.items()}
    return Phrases(path=path, disclaimer=domains, **sets)


@lru_cache(maxsize=8)
def _load(path: str) -> Phrases:
    return parse_phrases(read_yaml(path), path)


def load_phrases(rules: RetentionRules | str | None = None) -> Phrases:
    """The phrase lists named by a rules version (default: the shipped rules)."""
    rules = load_rules(rules)
    return _load(str(sibling(rules, rules.phrases_file)))
