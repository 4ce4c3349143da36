"""Every label, heading and chart text of the report, in English and Chinese, as data.

The texts live in ``auditkit/data/report/i18n.yaml`` (key -> ``{en: ..., zh: ...}``); :func:`t` looks one
up and fills its ``{placeholders}``. A key missing in a language, or an unknown key, is a ``ConfigError``
(a test checks that both languages have every key and the same placeholders).
"""

from __future__ import annotations

import string
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit.errors import ConfigError

__all__ = ["t", "texts", "placeholders", "I18N_PATH", "number", "percent"]

I18N_PATH = Path(str(resources.files("auditkit") / "data" / "report" / "i18n.yaml"))


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """All texts: key -> {"en": ..., "zh": ...}."""
    with open(I18N_PATH, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    if not isinstance(raw, dict):
        raise ConfigError(str(I18N_PATH), "(file)", "expected a mapping of keys to {en, zh}")
    out: dict[str, dict[str, str]] = {}
    for key, value in raw.items():
        if not isinstance(value, dict) or set(value) != {"en", "zh"}:
            raise ConfigError(str(I18N_PATH), str(key), "expected exactly the languages en and zh")
        out[str(key)] = {"en": str(value["en"]), "zh": str(value["zh"])}
    return out


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text expects."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def t(key: str, lang: str, **values: Any) -> str:
    """The text ``key`` in ``lang`` (en or zh), with ``values`` filled in."""
    entry = texts().get(key)
    if entry is None:
        raise ConfigError(str(I18N_PATH), key, "unknown text key")
    text = entry["zh" if lang == "zh" else "en"]
    return text.format(**values) if values else text


def number(n: Any) -> str:
    """A whole number with thousands separators (the same in both languages)."""
    try:
        return f"{int(n):,}"
    except (TypeError, ValueError):
        return "–"


def percent(x: Any, digits: int = 1) -> str:
    """A fraction as a percentage (``0.1234`` -> ``12.3%``); '–' when undefined."""
    try:
        value = float(x)
    except (TypeError, ValueError):
        return "–"
    if value != value:  # NaN
        return "–"
    return f"{100 * value:.{digits}f}%"
