"""The ``moderation`` classifier: moderation results already in the logs, mapped to policy categories.

Many gateways log the result of OpenAI's moderation endpoint next to the request (the canonical columns
``moderation_model``, ``moderation_flagged``, ``moderation_categories`` and ``moderation_scores_json``).
This record classifier turns them into findings, using a mapping that is data
(``auditkit/data/moderation/openai-moderation.yaml``): legacy 7-key, text-moderation 11-key and omni
13-key results, with their spelling variants.

A key that a record does not carry was not assessed: it is unknown, never "false". A finding is made for
a key that the source flagged, or whose score reaches the mapping's threshold; one finding per
(record, category), carrying the strongest key.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit import policy as _policy
from auditkit.classify.base import Classifier, coerce_findings, empty_findings
from auditkit.classify.rules.loader import check_keys, read_yaml
from auditkit.errors import ConfigError

__all__ = ["ModerationMap", "ModerationClassifier", "load_moderation_map", "MODERATION_FORMAT"]

MODERATION_FORMAT = "auditkit-moderation-map/1"
_TOP = {"format", "threshold", "thresholds", "default_field", "keys", "aliases", "notes"}
_COLUMNS = ("moderation_model", "moderation_flagged", "moderation_categories", "moderation_scores_json")


@dataclass(frozen=True)
class ModerationMap:
    """Moderation keys -> policy categories, with the thresholds that make a score a finding."""

    keys: dict[str, tuple[str, ...]]
    threshold: float
    thresholds: dict[str, float]
    aliases: dict[str, str]
    default_field: str
    digest: str
    path: str

    def canonical(self, key: str) -> str:
        """The mapping's spelling of a moderation key (``self_harm`` -> ``self-harm``)."""
        k = str(key).strip().lower()
        return self.aliases.get(k, k)

    def threshold_for(self, key: str) -> float:
        return self.thresholds.get(key, self.threshold)


def _default_path() -> Path:
    return Path(str(resources.files("auditkit") / "data" / "moderation" / "openai-moderation.yaml"))


def _score(path: str, where: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 1:
        raise ConfigError(path, where, f"expected a number between 0 and 1, found {v!r}")
    return float(v)


def load_moderation_map(path: str | os.PathLike[str] | None = None,
                        policy_version: str | None = None) -> ModerationMap:
    """Read and validate a moderation mapping file (default: the shipped one)."""
    p = str(path or _default_path())
    raw, data = read_yaml(p)
    doc = check_keys(p, "", raw, _TOP, {"keys"})
    if doc.get("format", MODERATION_FORMAT) != MODERATION_FORMAT:
        raise ConfigError(p, "format", f"unsupported format {doc['format']!r}", f"use {MODERATION_FORMAT!r}")
    known = _policy.load(policy_version).category_ids
    keys: dict[str, tuple[str, ...]] = {}
    for k, cats in check_keys(p, "keys", doc["keys"], set(map(str, doc["keys"] or {}))).items():
        if not isinstance(cats, list) or not cats:
            raise ConfigError(p, f"keys.{k}", "expected a non-empty list of policy category ids")
        for c in cats:
            if c not in known:
                raise ConfigError(p, f"keys.{k}", f"unknown category {c!r}", f"known ids: {', '.join(known)}")
        keys[str(k).lower()] = tuple(cats)
    thresholds = {}
    for k, v in (doc.get("thresholds") or {}).items():
        if str(k).lower() not in keys:
            raise ConfigError(p, f"thresholds.{k}", "not a key of `keys`", f"known keys: {', '.join(keys)}")
        thresholds[str(k).lower()] = _score(p, f"thresholds.{k}", v)
    aliases = {}
    for a, k in (doc.get("aliases") or {}).items():
        if str(k).lower() not in keys:
            raise ConfigError(p, f"aliases.{a}", f"alias of unknown key {k!r}",
                              f"known keys: {', '.join(keys)}")
        aliases[str(a).lower()] = str(k).lower()
    field = doc.get("default_field", "input")
    if field not in ("input", "output"):
        raise ConfigError(p, "default_field", f"expected 'input' or 'output', found {field!r}")
    return ModerationMap(keys, _score(p, "threshold", doc.get("threshold", 0.5)), thresholds, aliases, field,
                         hashlib.sha256(data).hexdigest(), p)


def _json(value: Any) -> Any:
    """A parsed JSON column value, or None when absent or unreadable (unreadable = not known)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return None


def _flags(mapping: ModerationMap, categories: Any, scores: dict[str, float]) -> dict[str, bool]:
    """Per canonical key: True (flagged), False (assessed and not flagged). Absent keys are unknown."""
    out: dict[str, bool] = {}
    if isinstance(categories, dict):  # {key: bool}, as the API returns it
        for k, v in categories.items():
            if isinstance(v, bool):
                out[mapping.canonical(k)] = v
    elif isinstance(categories, list):  # the keys that were true; the others of this result are false
        true = {mapping.canonical(k) for k in categories if isinstance(k, str)}
        out.update({k: k in true for k in scores})
        out.update({k: True for k in true})
    return out


def _scores(mapping: ModerationMap, raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict):
        return {}
    out = {}
    for k, v in raw.items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            out[mapping.canonical(k)] = float(v)
    return out


class ModerationClassifier(Classifier):
    """Findings from the moderation results carried by the records (a record classifier).

    Args:
        mapping: a mapping file path, or a loaded :class:`ModerationMap` (default: the shipped one).
        threshold: override the mapping's default score threshold.
    """

    name = "moderation"
    kind = "record"

    def __init__(self, mapping: str | os.PathLike[str] | ModerationMap | None = None,
                 threshold: float | None = None, *, policy_version: str | None = None) -> None:
        self.mapping = mapping if isinstance(mapping, ModerationMap) else load_moderation_map(mapping,
                                                                                            policy_version)
        if threshold is not None:
            self.mapping = ModerationMap(self.mapping.keys, float(threshold), self.mapping.thresholds,
                                         self.mapping.aliases, self.mapping.default_field,
                                         self.mapping.digest, self.mapping.path)
        self.policy = _policy.load(policy_version)
        self.version = f"moderation-{self.mapping.digest[:12]}-t{self.mapping.threshold:g}"

    def findings_for(self, model: Any, categories: Any, scores_json: Any) -> list[dict]:
        """The findings (without record columns) for one record's moderation values."""
        m = self.mapping
        scores = _scores(m, _json(scores_json))
        flags = _flags(m, _json(categories), scores)
        by_cat: dict[str, list[tuple[tuple[bool, float], str]]] = {}
        for key in sorted(set(scores) | set(flags)):
            score, flagged = scores.get(key), flags.get(key)
            if not (flagged is True or (score is not None and score >= m.threshold_for(key))):
                continue
            for c in m.keys.get(key, ()):
                by_cat.setdefault(c, []).append(((flagged is True, -1.0 if score is None else score), key))
        out = []
        model_name = None if model is None or model is pd.NA or pd.isna(model) else str(model)
        for c, cands in by_cat.items():
            cands.sort(reverse=True)
            key = cands[0][1]
            ev: dict[str, Any] = {"moderation_model": model_name, "key": key, "score": scores.get(key),
                                  "flagged": flags.get(key), "threshold": m.threshold_for(key)}
            if len(cands) > 1:
                ev["other_keys"] = [k for _, k in cands[1:]]
            out.append({"category": c, "score": scores.get(key), "rule_id": f"moderation:{key}",
                        "evidence": json.dumps(ev, ensure_ascii=False, separators=(",", ":"))})
        return out

    def classify_records(self, records: pd.DataFrame) -> pd.DataFrame:
        """One finding per (record, category) from the logged moderation results (FINDING_COLUMNS)."""
        if records.empty or not any(c in records for c in _COLUMNS[2:]):
            return empty_findings()
        cols = {c: records[c] if c in records else pd.Series(pd.NA, index=records.index) for c in _COLUMNS}
        has = cols["moderation_categories"].notna() | cols["moderation_scores_json"].notna()
        rows = []
        keys = records["record_key"] if "record_key" in records else pd.Series(records.index.astype(str),
                                                                               index=records.index)
        for i in records.index[has.to_numpy()]:
            for f in self.findings_for(cols["moderation_model"][i], cols["moderation_categories"][i],
                                       cols["moderation_scores_json"][i]):
                rows.append({"record_key": keys[i], "classifier": self.name,
                             "classifier_version": self.version,
                             "severity": self.policy.category(f["category"]).severity,
                             "field": self.mapping.default_field, **f})
        if not rows:
            return empty_findings()
        return coerce_findings(pd.DataFrame(rows))
