"""The usage policy as versioned data: categories, groups, labels in English and Chinese, exclusions.

A policy version is a YAML file in ``auditkit/data/policy/`` (or any path given to :func:`load`). Adding a
later version of the policy is adding a file, not code. Files are validated: an unknown or missing key is a
:class:`~auditkit.errors.ConfigError` naming the file and the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit.errors import ConfigError, UnknownNameError

__all__ = ["Category", "Requirement", "Policy", "load", "versions", "DEFAULT_VERSION", "SEVERITIES"]

DEFAULT_VERSION = "openai-usage-2023-03-17"
#: Severity levels, most severe first.
SEVERITIES = ("critical", "high", "medium", "low")

_CATEGORY_KEYS = {"id", "group", "label", "description", "severity", "exclusions"}
_TOP_KEYS = {"version", "title", "effective", "source", "categories", "requirements"}
_REQ_KEYS = {"id", "applies_to", "text"}


@dataclass(frozen=True)
class Category:
    """One usage-policy category (e.g. ``astroturfing``) as the policy states it."""

    id: str
    group: str
    label_en: str
    label_zh: str
    description: str
    severity: str
    exclusions: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        """The category's label in ``en`` or ``zh``."""
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class Requirement:
    """A requirement checked per application (disclaimer, AI disclosure, simulated-person label)."""

    id: str
    applies_to: str
    text: str


@dataclass(frozen=True)
class Policy:
    """A version of the usage policies."""

    version: str
    title_en: str
    title_zh: str
    effective: str
    source: str
    categories: tuple[Category, ...]
    requirements: tuple[Requirement, ...]

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def category(self, category_id: str) -> Category:
        """The category with this id (``UnknownNameError`` lists the known ids)."""
        for c in self.categories:
            if c.id == category_id:
                return c
        raise UnknownNameError("policy category", category_id, self.category_ids)

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en


def _data_dir() -> Path:
    return Path(str(resources.files("auditkit") / "data" / "policy"))


def versions() -> list[str]:
    """Policy versions shipped with auditkit."""
    return sorted(p.stem for p in _data_dir().glob("*.yaml"))


def _check_keys(path: str, where: str, obj: Any, allowed: set[str], required: set[str]) -> None:
    if not isinstance(obj, dict):
        raise ConfigError(path, where, f"expected a mapping, found {type(obj).__name__}")
    unknown = set(obj) - allowed
    if unknown:
        raise ConfigError(path, f"{where}.{sorted(unknown)[0]}" if where else sorted(unknown)[0],
                          "unknown key", f"allowed keys: {', '.join(sorted(allowed))}")
    missing = required - set(obj)
    if missing:
        raise ConfigError(path, f"{where}.{sorted(missing)[0]}" if where else sorted(missing)[0], "missing key")


def _bilingual(path: str, where: str, value: Any) -> tuple[str, str]:
    _check_keys(path, where, value, {"en", "zh"}, {"en", "zh"})
    return str(value["en"]), str(value["zh"])


def _category(path: str, i: int, raw: Any) -> Category:
    where = f"categories[{i}]"
    _check_keys(path, where, raw, _CATEGORY_KEYS, _CATEGORY_KEYS - {"exclusions"})
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(path, f"{where}.severity", f"{raw['severity']!r} is not a severity",
                          f"use one of {', '.join(SEVERITIES)}")
    en, zh = _bilingual(path, f"{where}.label", raw["label"])
    exclusions = raw.get("exclusions") or []
    if not isinstance(exclusions, list):
        raise ConfigError(path, f"{where}.exclusions", "expected a list of sentences")
    return Category(str(raw["id"]), str(raw["group"]), en, zh, str(raw["description"]).strip(),
                    raw["severity"], tuple(str(e) for e in exclusions))


def parse(raw: Any, path: str) -> Policy:
    """Validate a parsed policy document and build the frozen :class:`Policy`."""
    _check_keys(path, "", raw, _TOP_KEYS, {"version", "title", "categories"})
    cats = raw["categories"]
    if not isinstance(cats, list) or not cats:
        raise ConfigError(path, "categories", "expected a non-empty list")
    categories = tuple(_category(path, i, c) for i, c in enumerate(cats))
    ids = [c.id for c in categories]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ConfigError(path, "categories", f"duplicate category id {sorted(dup)[0]!r}")
    reqs = []
    for i, r in enumerate(raw.get("requirements") or []):
        _check_keys(path, f"requirements[{i}]", r, _REQ_KEYS, _REQ_KEYS)
        reqs.append(Requirement(str(r["id"]), str(r["applies_to"]), str(r["text"])))
    title_en, title_zh = _bilingual(path, "title", raw["title"])
    return Policy(str(raw["version"]), title_en, title_zh, str(raw.get("effective", "")),
                  str(raw.get("source", "")), categories, tuple(reqs))


@lru_cache(maxsize=16)
def _load_path(path: str) -> Policy:
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except OSError as exc:
        raise ConfigError(path, "(file)", f"cannot be read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(path, "(file)", f"is not valid YAML ({exc})") from exc
    return parse(raw, path)


def load(version: str | os.PathLike[str] | None = None) -> Policy:
    """The policy of ``version`` (a shipped version name, or a path to a policy YAML file).

    Returns frozen objects; the default is :data:`DEFAULT_VERSION`.
    """
    version = version or DEFAULT_VERSION
    path = Path(version)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return _load_path(str(path))
    candidate = _data_dir() / f"{version}.yaml"
    if not candidate.exists():
        raise UnknownNameError("policy version", str(version), versions())
    return _load_path(str(candidate))
