"""Reading and validating rule files (YAML) into a frozen :class:`~auditkit.classify.rules.model.RuleSet`.

The file format is documented in ``docs/rules.md``. Every problem is a
:class:`~auditkit.errors.ConfigError` naming the file and the key (``rules.en[3].patterns[1]``): unknown
keys, unknown categories (the message lists the known ids), invalid or unsupported regular expressions,
duplicate ids, unknown lexicons.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from auditkit import policy as _policy
from auditkit.classify.rules.model import LANGS, Cue, Rule, RuleSet, Scope, Settings, TermGroup
from auditkit.classify.rules.patterns import alternation, pattern_problem
from auditkit.errors import ConfigError

__all__ = ["builtin_rule_files", "load_rule_set", "read_yaml", "check_keys", "FORMAT", "ENGINE_VERSION"]

FORMAT = "auditkit-rules/1"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
#: Bumped whenever the engine's scoring changes, so that ``RulesClassifier.version`` changes too.
ENGINE_VERSION = "3"

_TOP_KEYS = {"format", "category", "defaults", "lexicons", "rules", "intent", "safe", "negation", "settings",
             "notes"}
_DEFAULT_KEYS = {"score", "within", "min_score"}
_RULE_KEYS = {"id", "category", "patterns", "requires", "unless", "within", "score", "min_score", "notes"}
_GROUP_KEYS = {"name", "terms"}
_CUE_KEYS = {"id", "lang", "patterns", "boost", "factor", "categories", "except", "window", "notes"}
_NEGATION_KEYS = {"id", "lang", "patterns", "categories", "except", "window", "position", "notes"}
_POSITIONS = ("before", "after")
_SETTINGS_KEYS = {"min_score", "max_boost"}


def builtin_rule_files() -> list[Path]:
    """The rule files shipped with auditkit (``auditkit/data/rules/*.yaml``), in load order."""
    root = Path(str(resources.files("auditkit") / "data" / "rules"))
    return sorted(root.glob("*.yaml"))


def read_yaml(path: str) -> tuple[Any, bytes]:
    """The parsed document and the raw bytes of a YAML file (ConfigError if unreadable or invalid)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(path, "(file)", f"cannot be read ({exc.strerror})") from exc
    try:
        return yaml.safe_load(data.decode("utf-8")), data
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(path, "(file)", f"is not valid UTF-8 YAML ({exc})") from exc


def check_keys(path: str, where: str, obj: Any, allowed: set[str], required: Iterable[str] = ()) -> dict:
    """``obj`` as a dict, or ConfigError naming the first unknown or missing key."""
    if not isinstance(obj, dict):
        raise ConfigError(path, where or "(top level)", f"expected a mapping, found {type(obj).__name__}")
    for k in sorted(map(str, obj)):
        if k not in allowed:
            raise ConfigError(path, f"{where}.{k}" if where else k, "unknown key",
                              f"allowed keys: {', '.join(sorted(allowed))}")
    for k in sorted(required):
        if k not in obj:
            raise ConfigError(path, f"{where}.{k}" if where else k, "missing key")
    return obj


def _number(path: str, where: str, value: Any, lo: float = 0.0, hi: float = 1.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
        raise ConfigError(path, where, f"expected a number between {lo:g} and {hi:g}, found {value!r}")
    return float(value)


def _scope(path: str, where: str, value: Any) -> Scope:
    if value in ("text", "sentence"):
        return Scope(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return Scope("window", value)
    raise ConfigError(path, where, f"expected 'text', 'sentence' or a window in characters, found {value!r}")


class _Builder:
    """Collects raw files, then resolves lexicons and builds rules and cues."""

    def __init__(self, categories: Sequence[str]) -> None:
        self.categories = tuple(categories)
        self.lexicons: dict[str, tuple[str, list[str]]] = {}
        self.docs: list[tuple[str, dict]] = []
        self.settings = Settings()

    # -- phase 1: read -----------------------------------------------------------------------------
    def add(self, path: str, raw: Any) -> None:
        doc = check_keys(path, "", raw if raw is not None else {}, _TOP_KEYS)
        fmt = doc.get("format", FORMAT)
        if fmt != FORMAT:
            raise ConfigError(path, "format", f"unsupported format {fmt!r}", f"use {FORMAT!r}")
        if "category" in doc:
            self._category(path, "category", doc["category"])
        lex = doc.get("lexicons") or {}
        check_keys(path, "lexicons", lex, set(map(str, lex)))
        for name, terms in lex.items():
            where = f"lexicons.{name}"
            if name in self.lexicons:
                raise ConfigError(path, where, f"lexicon already defined in {self.lexicons[name][0]}",
                                  "give it another name")
            if not isinstance(terms, list) or not terms:
                raise ConfigError(path, where, "expected a non-empty list of patterns")
            for i, t in enumerate(terms):
                self._pattern(path, f"{where}[{i}]", t)
            self.lexicons[str(name)] = (path, [str(t) for t in terms])
        if "settings" in doc:
            s = check_keys(path, "settings", doc["settings"], _SETTINGS_KEYS)
            self.settings = Settings(
                _number(path, "settings.min_score", s.get("min_score", self.settings.min_score)),
                _number(path, "settings.max_boost", s.get("max_boost", self.settings.max_boost)))
        self.docs.append((path, doc))

    def _category(self, path: str, where: str, value: Any) -> str:
        if value not in self.categories:
            raise ConfigError(path, where, f"unknown category {value!r}",
                              f"known ids: {', '.join(self.categories)}")
        return str(value)

    @staticmethod
    def _pattern(path: str, where: str, p: Any) -> str:
        problem = pattern_problem(p)
        if problem:
            raise ConfigError(path, where, f"{problem}: {p!r}",
                              "use the common Python-re/Hyperscan subset (docs/rules.md)")
        return str(p)

    # -- phase 2: build ----------------------------------------------------------------------------
    def _pattern_list(self, path: str, where: str, value: Any) -> list[str]:
        items = [value] if isinstance(value, str | dict) else value
        if not isinstance(items, list) or not items:
            raise ConfigError(path, where, "expected a pattern or a non-empty list of patterns")
        out: list[str] = []
        for i, item in enumerate(items):
            w = f"{where}[{i}]" if isinstance(value, list) else where
            if isinstance(item, dict):
                check_keys(path, w, item, {"lexicon"}, {"lexicon"})
                name = item["lexicon"]
                if name not in self.lexicons:
                    raise ConfigError(path, f"{w}.lexicon", f"unknown lexicon {name!r}",
                                      f"known: {', '.join(sorted(self.lexicons)) or '(none)'}")
                out.extend(self.lexicons[name][1])
            else:
                out.append(self._pattern(path, w, self._expand(path, w, item)))
        return out

    def _expand(self, path: str, where: str, p: Any) -> Any:
        """``p`` with every ``{{lexicon_name}}`` placeholder replaced by the lexicon's alternation."""
        if not isinstance(p, str) or "{{" not in p:
            return p

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.lexicons:
                raise ConfigError(path, where, f"unknown lexicon {name!r} in placeholder {m.group(0)}",
                                  f"known: {', '.join(sorted(self.lexicons)) or '(none)'}")
            return f"(?:{alternation(self.lexicons[name][1])})"

        return _PLACEHOLDER.sub(sub, p)

    def _group(self, path: str, where: str, raw: Any, index: int) -> TermGroup:
        if isinstance(raw, dict) and "lexicon" not in raw:
            check_keys(path, where, raw, _GROUP_KEYS, {"terms"})
            return TermGroup(str(raw.get("name", f"group{index}")),
                             alternation(self._pattern_list(path, f"{where}.terms", raw["terms"])))
        name = raw["lexicon"] if isinstance(raw, dict) else f"group{index}"
        return TermGroup(str(name), alternation(self._pattern_list(path, where, raw)))

    def _rule(self, path: str, where: str, raw: Any, lang: str, doc: dict) -> Rule:
        r = check_keys(path, where, raw, _RULE_KEYS, {"id", "patterns"})
        defaults = doc.get("defaults") or {}
        name = r["id"]
        if not isinstance(name, str) or not name.replace("_", "").isalnum():
            raise ConfigError(path, f"{where}.id",
                              f"expected a name of letters, digits and _, found {name!r}")
        if "category" in r:
            category = self._category(path, f"{where}.category", r["category"])
        elif "category" in doc:
            category = str(doc["category"])
        else:
            raise ConfigError(path, f"{where}.category", "missing key",
                              "give the rule a category, or the file a top-level category")
        requires = r.get("requires") or []
        if not isinstance(requires, list):
            raise ConfigError(path, f"{where}.requires", "expected a list of term groups")
        within = r.get("within", defaults.get("within", "sentence"))
        min_score = r.get("min_score", defaults.get("min_score"))
        return Rule(
            id=f"{category}.{lang}.{name}", category=category, lang=lang,
            patterns=tuple(dict.fromkeys(self._pattern_list(path, f"{where}.patterns", r["patterns"]))),
            score=_number(path, f"{where}.score", r.get("score", defaults.get("score", 0.6))),
            requires=tuple(self._group(path, f"{where}.requires[{i}]", g, i) for i, g in enumerate(requires)),
            unless=alternation(self._pattern_list(path, f"{where}.unless", r["unless"])) if r.get("unless")
            else None,
            scope=_scope(path, f"{where}.within", within),
            min_score=None if min_score is None else _number(path, f"{where}.min_score", min_score),
            notes=str(r.get("notes", "")).strip(), source=path)

    def _cue(self, path: str, where: str, raw: Any, kind: str) -> Cue:
        if kind == "negation":
            r = check_keys(path, where, raw, _NEGATION_KEYS, {"id", "lang", "patterns", "window"})
            if r.get("position", "before") not in _POSITIONS:
                raise ConfigError(path, f"{where}.position", f"expected one of {', '.join(_POSITIONS)}, "
                                  f"found {r['position']!r}")
        else:
            r = check_keys(path, where, raw, _CUE_KEYS, {"id", "lang", "patterns", "boost" if kind == "intent"
                                                         else "factor"})
        if r["lang"] not in LANGS:
            raise ConfigError(path, f"{where}.lang", f"unknown language {r['lang']!r}",
                              f"use {', '.join(LANGS)}")
        if kind == "intent" and "factor" in r or kind == "safe" and "boost" in r:
            bad = "factor" if kind == "intent" else "boost"
            raise ConfigError(path, f"{where}.{bad}", f"not allowed in {kind} cues",
                              "intent cues have a boost, safe cues a factor")
        cats = r.get("categories", "all")
        cats = [] if cats == "all" else cats
        excl = r.get("except") or []
        for key, lst in (("categories", cats), ("except", excl)):
            if not isinstance(lst, list):
                raise ConfigError(path, f"{where}.{key}", "expected a list of category ids (or 'all')")
            for i, c in enumerate(lst):
                self._category(path, f"{where}.{key}[{i}]", c)
        window = r.get("window", 0)
        if isinstance(window, bool) or not isinstance(window, int) or window < 0:
            raise ConfigError(path, f"{where}.window", f"expected characters >= 0, found {window!r}")
        return Cue(
            id=f"{kind}.{r['lang']}.{r['id']}", kind=kind, lang=r["lang"],
            pattern=alternation(self._pattern_list(path, f"{where}.patterns", r["patterns"])),
            boost=_number(path, f"{where}.boost", r.get("boost", 0.0)),
            factor=_number(path, f"{where}.factor", r.get("factor", 1.0)),
            categories=frozenset(cats), exclude=frozenset(excl), window=window,
            position=str(r.get("position", "before")) if kind == "negation" else "",
            notes=str(r.get("notes", "")).strip(), source=path)

    def build(self) -> tuple[list[Rule], list[Cue]]:
        rules: list[Rule] = []
        cues: list[Cue] = []
        seen: dict[str, str] = {}

        def claim(obj_id: str, path: str, where: str) -> None:
            if obj_id in seen:
                raise ConfigError(path, where, f"duplicate id {obj_id!r} (also in {seen[obj_id]})",
                                  "ids must be unique across all rule files; suppress a rule instead of "
                                  "redefining it")
            seen[obj_id] = path

        for path, doc in self.docs:
            if "defaults" in doc:
                d = check_keys(path, "defaults", doc["defaults"], _DEFAULT_KEYS)
                if "within" in d:
                    _scope(path, "defaults.within", d["within"])
            sections = doc.get("rules") or {}
            check_keys(path, "rules", sections, set(LANGS))
            for lang, items in sections.items():
                if not isinstance(items, list):
                    raise ConfigError(path, f"rules.{lang}", "expected a list of rules")
                for i, raw in enumerate(items):
                    rule = self._rule(path, f"rules.{lang}[{i}]", raw, lang, doc)
                    claim(rule.id, path, f"rules.{lang}[{i}].id")
                    rules.append(rule)
            for kind in ("intent", "safe", "negation"):
                items = doc.get(kind) or []
                if not isinstance(items, list):
                    raise ConfigError(path, kind, "expected a list of cues")
                for i, raw in enumerate(items):
                    cue = self._cue(path, f"{kind}[{i}]", raw, kind)
                    claim(cue.id, path, f"{kind}[{i}].id")
                    cues.append(cue)
        return rules, cues


def load_rule_set(
    files: Iterable[str | os.PathLike[str]] | None = None,
    extra_files: Iterable[str | os.PathLike[str]] = (),
    policy_version: str | None = None,
) -> RuleSet:
    """Load and validate rule files.

    Args:
        files: the base rule files (default: the shipped ones, :func:`builtin_rule_files`).
        extra_files: an organisation's own files, loaded after the base ones (they may use the base
            files' lexicons and add rules, lexicons and cues).
        policy_version: the policy whose category ids rules may use (default: the current one).
    """
    base = builtin_rule_files() if files is None else [Path(f) for f in files]
    paths = [str(p) for p in [*base, *map(Path, extra_files)]]
    builder = _Builder(_policy.load(policy_version).category_ids)
    h = hashlib.sha256(f"auditkit-rules-engine-{ENGINE_VERSION}\0".encode())
    for path in paths:
        raw, data = read_yaml(path)
        builder.add(path, raw)
        h.update(hashlib.sha256(data).digest())
    rules, cues = builder.build()
    return RuleSet(tuple(rules), tuple(cues), builder.settings, tuple(paths), h.hexdigest())
