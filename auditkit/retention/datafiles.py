"""Reading the retention audit's data files (package data or a user's path), validated with ConfigError."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit.errors import ConfigError

__all__ = ["data_dir", "read_yaml", "check_keys", "bilingual"]

# A space that YAML folding put between two Chinese characters or punctuation marks.
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d"
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])|(?<=[，。、：；！？）」』”]) ")


def data_dir() -> Path:
    """``auditkit/data/retention``: the shipped rules, reason texts and phrase lists."""
    return Path(str(resources.files("auditkit") / "data" / "retention"))


def read_yaml(path: str | Path) -> Any:
    """The parsed YAML document at ``path``; an unreadable or invalid file is a ConfigError."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except OSError as exc:
        raise ConfigError(str(path), "(file)", f"cannot be read ({exc.strerror})", "check the path") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), "(file)", f"is not valid YAML ({exc})") from exc


def check_keys(path: str, where: str, obj: Any, allowed: Iterable[str], required: Iterable[str] = ()) -> dict:
    """``obj`` as a mapping holding only ``allowed`` keys and every ``required`` one."""
    allowed, required = set(allowed), set(required)
    if not isinstance(obj, dict):
        raise ConfigError(path, where or "(top level)", f"expected a mapping, found {type(obj).__name__}")
    unknown = sorted(str(k) for k in obj if k not in allowed)
    if unknown:
        raise ConfigError(
            path,
            f"{where}.{unknown[0]}" if where else unknown[0],
            "unknown key",
            f"allowed keys: {', '.join(sorted(allowed))}",
        )
    missing = sorted(required - set(obj))
    if missing:
        raise ConfigError(path, f"{where}.{missing[0]}" if where else missing[0], "missing key")
    return obj


def bilingual(path: str, where: str, value: Any) -> tuple[str, str]:
    """An ``{en: ..., zh: ...}`` pair of non-empty texts."""
    check_keys(path, where, value, {"en", "zh"}, {"en", "zh"})
    en, zh = value["en"], value["zh"]
    if not isinstance(en, str) or not isinstance(zh, str) or not en.strip() or not zh.strip():
        raise ConfigError(path, where, "expected non-empty en and zh texts")
    return " ".join(en.split()), _CJK_GAP.sub("", " ".join(zh.split()))
