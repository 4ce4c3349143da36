"""The text of the sample traffic: per-application exchanges in English and Chinese, read from YAML.

``auditkit/data/samples/content/<app>.yaml`` holds an application's system prompts and its exchanges.
An exchange is one or more turns (user text, assistant reply) with ``{{slot}}`` placeholders, and says
what it is: benign, ``category`` (touches that usage-policy category), ``near`` (a hard negative: risky
words, benign meaning), ``pii`` (personal data kinds it carries) or ``near_pii`` (numbers that look like
personal data and are not). Templates are split once at load, so filling one is a join.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit.errors import ConfigError
from auditkit.samples import identifiers as ident

__all__ = ["Exchange", "Turn", "AppContent", "load_content", "SlotFiller", "content_dir"]

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_EXCHANGE_KEYS = {
    "id",
    "lang",
    "user",
    "reply",
    "turns",
    "category",
    "near",
    "pii",
    "near_pii",
    "system",
    "name",
    "title",
    "refusal",
    "weight",
}
_TOP_KEYS = {"system", "screen_system", "disclaimer", "tools", "exchanges", "leaked_key"}

Template = tuple[str, ...]  # literal, slot, literal, slot, ..., literal


def _compile(text: str) -> Template:
    return tuple(_SLOT.split(text))


def _slots(t: Template) -> set[str]:
    return set(t[1::2])


@dataclass(frozen=True)
class Turn:
    user: Template
    reply: Template


@dataclass(frozen=True)
class Exchange:
    """One conversation of an application (one turn or several)."""

    id: str
    lang: str
    turns: tuple[Turn, ...]
    kind: str  # benign | policy | hard_negative | pii | near_pii | special
    category: str | None = None
    near: str | None = None
    pii: tuple[str, ...] = ()
    near_pii: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    slots: tuple[
        str, ...
    ] = ()  # sorted: slot values are drawn in this order (never a set: hash order varies)


@dataclass(frozen=True)
class AppContent:
    """An application's system prompts and exchanges, pooled by language and kind."""

    app: str
    system: Mapping[str, str]
    extra_system: Mapping[str, Mapping[str, str]]
    disclaimer: Mapping[str, str]
    tools: Sequence[Any]
    pools: Mapping[tuple[str, str], tuple[Exchange, ...]]  # (lang, kind) -> exchanges
    special: Mapping[str, Exchange]

    def pool(self, lang: str, kind: str) -> tuple[Exchange, ...]:
        found = self.pools.get((lang, kind))
        if found:
            return found
        other = "zh" if lang == "en" else "en"
        return (
            self.pools.get((other, kind)) or self.pools.get((lang, "benign")) or self.pools[(other, "benign")]
        )

    @property
    def exchanges(self) -> list[Exchange]:
        """Every exchange once (pools repeat weighted ones)."""
        return list({e.id: e for pool in self.pools.values() for e in pool}.values())


def content_dir() -> Path:
    return Path(str(resources.files("auditkit") / "data" / "samples" / "content"))


def _exchange(raw: Mapping[str, Any], where: str, path: str) -> Exchange:
    unknown = sorted(set(raw) - _EXCHANGE_KEYS)
    if unknown:
        raise ConfigError(path, f"{where}.{unknown[0]}", "an unknown key")
    if "turns" in raw:
        turns = tuple(Turn(_compile(t["user"]), _compile(t["reply"])) for t in raw["turns"])
    else:
        turns = (Turn(_compile(raw["user"]), _compile(raw["reply"])),)
    if raw.get("category"):
        kind = "policy"
    elif raw.get("near"):
        kind = "hard_negative"
    elif raw.get("pii"):
        kind = "pii"
    elif raw.get("near_pii"):
        kind = "near_pii"
    else:
        kind = "benign"
    slots: set[str] = set()
    for t in turns:
        slots |= _slots(t.user) | _slots(t.reply)
    extra = {k: raw[k] for k in ("system", "name", "title", "refusal", "weight") if k in raw}
    return Exchange(
        raw["id"],
        raw["lang"],
        turns,
        kind,
        raw.get("category"),
        raw.get("near"),
        tuple(raw.get("pii") or ()),
        tuple(raw.get("near_pii") or ()),
        extra,
        tuple(sorted(slots)),
    )


def load_content(app: str, directory: Path | None = None) -> AppContent:
    """Read ``<app>.yaml``; raise ConfigError naming the file and key for anything unknown."""
    path = (directory or content_dir()) / f"{app}.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise ConfigError(str(path), unknown[0], "an unknown key")
    pools: dict[tuple[str, str], list[Exchange]] = {}
    for i, item in enumerate(raw.get("exchanges") or []):
        ex = _exchange(item, f"exchanges[{i}]", str(path))
        pools.setdefault((ex.lang, ex.kind), []).extend([ex] * int(item.get("weight", 1)))
    special = {}
    if raw.get("leaked_key"):
        ex = _exchange(raw["leaked_key"], "leaked_key", str(path))
        special["leaked_key"] = Exchange(
            ex.id, ex.lang, ex.turns, "special", None, None, ("secret",), (), ex.extra, ex.slots
        )
    extra_system = {"screen": raw["screen_system"]} if raw.get("screen_system") else {}
    return AppContent(
        app,
        raw.get("system") or {},
        extra_system,
        raw.get("disclaimer") or {},
        raw.get("tools") or [],
        {k: tuple(v) for k, v in pools.items()},
        special,
    )


class SlotFiller:
    """Values for ``{{slot}}`` placeholders: word lists from slots.yaml, generated ids and personal data."""

    def __init__(self, rng: random.Random, directory: Path | None = None) -> None:
        self.rng = rng
        raw = yaml.safe_load(((directory or content_dir()) / "slots.yaml").read_text(encoding="utf-8"))
        self.words: dict[str, dict[str, list[str]]] = raw
        self.makers: dict[str, Callable[[str, float], str]] = {
            "order_no": lambda lang, ts: f"LP{self.rng.randint(10_000_000, 99_999_999)}",
            "amount": lambda lang, ts: str(self.rng.choice((29, 39, 59, 89, 129, 199, 249, 399, 599, 899))),
            "years": lambda lang, ts: str(self.rng.randint(2, 12)),
            "email": lambda lang, ts: ident.email(self.rng, self._latin_name()),
            "cn_mobile": lambda lang, ts: ident.cn_mobile(self.rng),
            "intl_phone": lambda lang, ts: ident.intl_phone(self.rng),
            "cn_id": lambda lang, ts: ident.cn_resident_id(self.rng),
            "bank_card": lambda lang, ts: ident.luhn_card(self.rng),
            "iban": lambda lang, ts: ident.iban(self.rng),
            "order_16": lambda lang, ts: ident.non_luhn_digits(self.rng),
            "waybill_18": lambda lang, ts: ident.non_id_digits(self.rng),
            "leaked_key": lambda lang, ts: ident.openai_key(self.rng),
            "full_name": self._full_name,
            "date": self._date,
        }

    def _latin_name(self) -> str:
        en = self.words["en"]
        return f"{self.rng.choice(en['first_name'])} {self.rng.choice(en['last_name'])}"

    def _full_name(self, lang: str, ts: float) -> str:
        if lang == "zh":
            zh = self.words["zh"]
            return self.rng.choice(zh["last_name"]) + self.rng.choice(zh["given_name"])
        return self._latin_name()

    def _date(self, lang: str, ts: float) -> str:
        import datetime as dt

        day = dt.datetime.fromtimestamp(ts - self.rng.randint(1, 6) * 86400, dt.UTC)
        return f"{day.month}月{day.day}日" if lang == "zh" else day.strftime("%B %-d")

    def values(self, names: tuple[str, ...], lang: str, ts: float) -> dict[str, str]:
        """One value per slot name (the same value wherever the slot recurs in an exchange)."""
        out = {}
        words = self.words.get(lang) or self.words["en"]
        for name in names:
            maker = self.makers.get(name)
            if maker is not None:
                out[name] = maker(lang, ts)
            else:
                choices = words.get(name) or self.words["en"].get(name)
                if not choices:
                    raise KeyError(f"no values for slot {name!r}")
                out[name] = self.rng.choice(choices)
        return out


def fill(template: Template, values: Mapping[str, str]) -> str:
    """The template with its slots replaced."""
    if len(template) == 1:
        return template[0]
    parts = list(template)
    for i in range(1, len(parts), 2):
        parts[i] = values[parts[i]]
    return "".join(parts)
