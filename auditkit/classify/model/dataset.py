"""Training rows for the ``model`` classifier: what is read, how rows are grouped, what counts as a label.

Rows come from two places, both in the row format of ``../shared/eval`` (``id, text, lang, source,
source_labels, policy_categories, split``):

* the **dev** split of every public evaluation file (the ``test`` split is skipped line by line, and its
  rows are never kept, looked at or counted);
* the examples the team wrote itself, ``auditkit/data/train/*.jsonl`` (``source: auditkit_authored``,
  ``split: train``; a ``test`` row there is an error).

**Which absences are negatives.** ``policy_categories`` lists what a row *is*; ``[]`` means the source
called it benign. A non-empty list can be incomplete (the eval README), so for category ``c`` a row is

* a positive if ``c`` is in its list;
* a negative (weight 1) if its list is ``[]``;
* a negative (weight :data:`OTHER_NEGATIVE_WEIGHT`) if its list is non-empty, its source labels ``c`` on
  some rows (so the annotators could have said ``c``), the moderation label for ``c`` was annotated, and
  ``c`` is not *related* to a category of the row (:data:`RELATED`: e.g. a fraud row is not evidence
  against ``illegal_activity``, a hate row not against ``violence``);
* unlabelled (weight 0, no loss) otherwise.

Our own rows are labelled completely by construction, so every category a source labels counts for them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from auditkit.errors import ConfigError

__all__ = ["Row", "read_rows", "group_keys", "label_weights", "fold_of", "RELATED", "OTHER_NEGATIVE_WEIGHT",
           "AUTHORED_SOURCE"]

AUTHORED_SOURCE = "auditkit_authored"
OTHER_NEGATIVE_WEIGHT = 0.5

_RELATED_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("illegal_activity", ("child_sexual_abuse", "violence", "malware", "weapons", "fraud_scams", "gambling",
                          "privacy_violation", "critical_infrastructure", "military_warfare", "spam",
                          "pseudo_pharmaceuticals", "payday_lending", "inauthentic_behavior", "harassment",
                          "disinformation")),
    ("hate", ("harassment", "violence")),
    ("harassment", ("violence", "privacy_violation")),
    ("violence", ("weapons", "military_warfare", "self_harm", "child_sexual_abuse")),
    ("adult_sexual_content", ("child_sexual_abuse",)),
    ("weapons", ("military_warfare",)),
    ("fraud_scams", ("spam", "pseudo_pharmaceuticals", "multi_level_marketing", "astroturfing", "payday_lending",
                     "inauthentic_behavior")),
    ("disinformation", ("inauthentic_behavior", "astroturfing", "political_campaigning")),
    ("inauthentic_behavior", ("astroturfing", "spam", "political_campaigning")),
    ("malware", ("critical_infrastructure", "privacy_violation")),
    ("medical_diagnosis_treatment", ("pseudo_pharmaceuticals", "self_harm")),
    ("automated_eligibility", ("high_risk_government",)),
)


def _related() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for a, bs in _RELATED_PAIRS:
        for b in bs:
            out[a].add(b)
            out[b].add(a)
    return {k: frozenset(v) for k, v in out.items()}


#: category -> categories whose rows are not taken as negatives for it (symmetric)
RELATED: dict[str, frozenset[str]] = _related()

#: moderation-set label keys and the categories each one decides
_MODERATION_KEYS = {"adult_sexual_content": ("S",), "child_sexual_abuse": ("S3",), "hate": ("H",),
                    "harassment": ("HR",), "violence": ("V", "V2"), "self_harm": ("SH",)}


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    lang: str
    source: str
    categories: tuple[str, ...]
    source_labels: dict
    origin: str  # "eval" or "authored"


def _read_jsonl(path: Path, origin: str, categories: Sequence[str]) -> Iterable[Row]:
    known = set(categories)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            split = raw.get("split")
            if origin == "eval" and split != "dev":
                continue  # the test split is never used for anything
            if origin == "authored" and split != "train":
                raise ConfigError(str(path), f"line {n}: split", f"expected 'train', found {split!r}")
            cats = tuple(raw["policy_categories"])
            bad = [c for c in cats if c not in known]
            if bad:
                raise ConfigError(str(path), f"line {n}: policy_categories", f"unknown category {bad[0]!r}")
            yield Row(raw["id"], raw["text"], raw["lang"], raw["source"], cats, raw.get("source_labels") or {},
                      origin)


def read_rows(eval_dir: Path, train_dir: Path, categories: Sequence[str]) -> list[Row]:
    """Dev rows of every ``*.jsonl`` in ``eval_dir`` and every row of ``train_dir``, in a fixed order."""
    rows: list[Row] = []
    for path in sorted(Path(eval_dir).glob("*.jsonl")):
        rows.extend(_read_jsonl(path, "eval", categories))
    for path in sorted(Path(train_dir).glob("*.jsonl")):
        rows.extend(_read_jsonl(path, "authored", categories))
    ids = Counter(r.id for r in rows)
    dup = [i for i, k in ids.items() if k > 1]
    if dup:
        raise ConfigError(str(train_dir), "id", f"duplicate row id {sorted(dup)[0]!r}")
    return rows


# -- groups: near-duplicates share a cross-validation fold ---------------------------------------------------
_TOKEN = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")


def _identity_tokens(rows: Sequence[Row]) -> set[str]:
    """Tokens of a HateCheck-style suite that almost only occur with one target group (identity terms)."""
    by_tok: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        target = r.source_labels.get("target_ident") or ""
        for tok in set(_TOKEN.findall(r.text.lower())):
            by_tok[tok][target] += 1
    out = set()
    for tok, cnt in by_tok.items():
        total = sum(cnt.values())
        if total >= 3 and cnt.most_common(1)[0][1] >= 0.8 * total and cnt.most_common(1)[0][0]:
            out.add(tok)
    return out


def group_keys(rows: Sequence[Row]) -> list[str]:
    """A group per row: template siblings (HateCheck, MHC) and translations (MultiJail, XSafety) share one."""
    suites = {"hatecheck", "mhc_mandarin"}
    ident = {s: _identity_tokens([r for r in rows if r.source == s]) for s in suites}
    keys = []
    for r in rows:
        if r.source in suites:
            toks = [t for t in _TOKEN.findall(r.text.lower()) if t not in ident[r.source]]
            keys.append(f"{r.source}:{r.source_labels.get('functionality')}:{' '.join(toks)}")
        elif r.source in ("multijail", "xsafety"):
            parts = r.id.split(":")
            keys.append(":".join([parts[0]] + parts[2:]))
        else:
            keys.append(r.id)
    return keys


def fold_of(keys: Sequence[str], k: int, seed: int) -> np.ndarray:
    """Deterministic fold of every row from the sha256 of its group key."""
    return np.array([int(hashlib.sha256(f"{seed}:{g}".encode()).hexdigest()[:8], 16) % k for g in keys],
                    dtype=np.int64)


# -- labels and loss weights -----------------------------------------------------------------------------------
def label_weights(rows: Sequence[Row], categories: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``Y`` (rows x categories, 0/1) and ``M`` (loss weight; 0 = unlabelled), as the module docstring says."""
    index = {c: j for j, c in enumerate(categories)}
    labelled_by: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        labelled_by[r.source].update(r.categories)
    n, m = len(rows), len(categories)
    Y = np.zeros((n, m), dtype=np.int8)
    M = np.zeros((n, m), dtype=np.float64)
    for i, r in enumerate(rows):
        if not r.categories:
            M[i, :] = 1.0
            continue
        own = set(r.categories)
        blocked = set().union(*(RELATED.get(c, frozenset()) for c in own))
        for c in own:
            Y[i, index[c]] = 1
            M[i, index[c]] = 1.0
        for c in categories:
            if c in own or c in blocked:
                continue
            if r.origin == "authored":
                M[i, index[c]] = 1.0
                continue
            if c not in labelled_by[r.source]:
                continue
            if r.source == "openai_moderation":
                keys = _MODERATION_KEYS.get(c, ())
                if not keys or any(r.source_labels.get(k) is None for k in keys):
                    continue
            M[i, index[c]] = OTHER_NEGATIVE_WEIGHT
    return Y, M
