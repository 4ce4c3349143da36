"""``classify``: every request and completion against the usage-policy categories, with evidence.

For each classifier asked for, text classifiers read the chunked input and output texts of the records
(:mod:`auditkit.classify.texts`), record classifiers read the records; their hits become findings, one row
per (record, category, classifier, field), carrying the strongest hit's score, span and rule, and every
hit of that group in ``evidence``. Severity comes from the policy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import numpy as np
import orjson
import pandas as pd

from auditkit.classify.base import Classifier, coerce_findings, coerce_hits, empty_findings
from auditkit.classify.texts import DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP, locate_messages, text_units
from auditkit.policy import Policy
from auditkit.policy import load as load_policy

log = logging.getLogger("auditkit")

__all__ = ["classify", "classify_texts", "resolve_classifiers", "DEFAULT_CLASSIFIERS"]

#: Classifiers used when none are named: the offline ones.
DEFAULT_CLASSIFIERS = ("moderation", "rules", "model")
_BATCH = 8192


def resolve_classifiers(classifiers: Iterable[str | Classifier] | None) -> list[Classifier]:
    """Classifier objects for names (from the registry) or instances (used as given)."""
    names = DEFAULT_CLASSIFIERS if classifiers is None else list(classifiers)
    out = []
    for c in names:
        if isinstance(c, Classifier):
            out.append(c)
            continue
        from auditkit.classify.registry import CLASSIFIERS

        if classifiers is None and c not in CLASSIFIERS:
            log.warning("classifier %r is not available; skipped", c)
            continue
        out.append(CLASSIFIERS.get(c)())
    return out


def _text_hits(clf: Classifier, texts: Sequence[str]) -> pd.DataFrame:
    parts = []
    for start in range(0, len(texts), _BATCH):
        hits = coerce_hits(clf.classify_texts(texts[start : start + _BATCH]))
        if len(hits):
            hits["text_index"] = hits["text_index"] + start
            parts.append(hits)
    return pd.concat(parts, ignore_index=True) if parts else coerce_hits(pd.DataFrame())


def _findings_from_hits(records: pd.DataFrame, units: object, hits: pd.DataFrame, clf: Classifier,
                        policy: Policy) -> pd.DataFrame:
    if hits.empty:
        return empty_findings()
    ti = hits["text_index"].to_numpy(dtype=np.int64)
    rows = units.row[ti]  # type: ignore[attr-defined]
    offsets = units.offset[ti]  # type: ignore[attr-defined]
    fields = np.asarray(units.field, dtype=object)[ti]  # type: ignore[attr-defined]
    start = hits["start"].astype("Float64").to_numpy(dtype=float, na_value=np.nan) + offsets
    end = hits["end"].astype("Float64").to_numpy(dtype=float, na_value=np.nan) + offsets
    frame = pd.DataFrame({
        "_row": rows, "field": fields, "category": hits["category"].to_numpy(),
        "score": hits["score"].to_numpy(dtype=float, na_value=np.nan),
        "span_start": start, "span_end": end, "rule_id": hits["rule_id"].to_numpy(),
        "evidence": hits["evidence"].to_numpy(),
    })
    # Overlapping chunks can report the same hit twice.
    frame = frame.drop_duplicates(["_row", "field", "category", "rule_id", "span_start", "span_end"])
    return _group(records, frame, clf, policy)


def _group(records: pd.DataFrame, frame: pd.DataFrame, clf: Classifier, policy: Policy) -> pd.DataFrame:
    """One finding per (record, category, field): the strongest hit, with all hits in the evidence."""
    frame = frame.sort_values(["_row", "category", "field", "score", "span_start"],
                              ascending=[True, True, True, False, True], kind="stable")
    keys = ["_row", "category", "field"]
    best = frame.drop_duplicates(keys).reset_index(drop=True)
    counts = frame.groupby(keys, sort=False).size()
    all_hits = frame.groupby(keys, sort=False).apply(_hits_json, include_groups=False)
    best = best.join(counts.rename("_n"), on=keys).join(all_hits.rename("_hits"), on=keys)
    rec = records.iloc[best["_row"].to_numpy()]
    texts = np.where(best["field"] == "input", rec["input_text"].to_numpy(dtype=object),
                     rec["output_text"].to_numpy(dtype=object))
    matched = [t[int(s):int(e)] if isinstance(t, str) and not np.isnan(s) else pd.NA
               for t, s, e in zip(texts, best["span_start"], best["span_end"], strict=True)]
    msg_idx, roles = locate_messages(rec["messages_json"].to_numpy(dtype=object), list(best["field"]),
                                     [None if np.isnan(s) else s for s in best["span_start"]])
    severity = {c.id: c.severity for c in policy.categories}
    out = pd.DataFrame({
        "record_key": rec["record_key"].to_numpy(), "category": best["category"],
        "classifier": clf.name, "classifier_version": clf.version, "score": best["score"],
        "severity": best["category"].map(severity), "field": best["field"], "message_index": msg_idx,
        "role": roles, "span_start": best["span_start"], "span_end": best["span_end"], "matched_text": matched,
        "rule_id": best["rule_id"], "evidence": [_evidence(e, h, n) for e, h, n in
                                                 zip(best["evidence"], best["_hits"], best["_n"], strict=True)],
    })
    return coerce_findings(out)


def _hits_json(group: pd.DataFrame) -> str:
    hits = [{"rule_id": None if pd.isna(r) else r, "score": round(float(s), 4),
             "span": None if np.isnan(a) else [int(a), int(b)]}
            for r, s, a, b in zip(group["rule_id"], group["score"], group["span_start"], group["span_end"], strict=True)]
    return orjson.dumps(hits[:20]).decode()


def _evidence(own: object, hits: str, n: int) -> str:
    detail = orjson.loads(own) if isinstance(own, str) and own else {}
    body = {"detail": detail, "hits": orjson.loads(hits), "hit_count": int(n)}
    return orjson.dumps(body).decode()


def classify(records: pd.DataFrame, *, policy: str | Policy | None = None,
             classifiers: Iterable[str | Classifier] | None = None, chunk_chars: int = DEFAULT_CHUNK_CHARS,
             overlap: int = DEFAULT_OVERLAP) -> pd.DataFrame:
    """Sort canonical records against the usage-policy categories.

    Args:
        records: canonical records (``auditkit.load_logs(...).records``).
        policy: a policy version name, a path to a policy file, or a loaded ``Policy`` (default: the
            shipped usage policies of 2023-03-17).
        classifiers: names in ``auditkit.classify.CLASSIFIERS`` or classifier objects (default:
            moderation, rules and model: everything that works offline).
        chunk_chars, overlap: how long texts are cut (never truncated).

    Returns:
        The findings (``auditkit.classify.FINDING_COLUMNS``): one row per (record, category, classifier,
        field) hit, with the score in [0, 1], the policy's severity, the message index and role, the
        matched span (offsets into the record's ``input_text`` or ``output_text``) and its text, the rule
        id, and evidence JSON. Only categories of ``policy`` are kept.
    """
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    records = records.reset_index(drop=True)
    clfs = resolve_classifiers(classifiers)
    parts = []
    units = None
    for clf in clfs:
        if clf.kind == "record":
            found = coerce_findings(clf.classify_records(records))
        else:
            if units is None:
                units = text_units(records, chunk_chars, overlap)
            found = _findings_from_hits(records, units, _text_hits(clf, units.texts), clf, pol)
        parts.append(found[found["category"].isin(pol.category_ids)])
    if not parts:
        return empty_findings()
    findings = pd.concat(parts, ignore_index=True)
    return coerce_findings(findings.sort_values(["record_key", "category", "classifier", "field"], kind="stable"))


def classify_texts(texts: Sequence[str], *, policy: str | Policy | None = None,
                   classifiers: Iterable[str | Classifier] | None = None) -> pd.DataFrame:
    """Classify plain strings: the findings of :func:`classify`, with ``text_index`` for ``record_key``.

    Each text is treated as a user prompt (``field`` = ``input``).
    """
    records = pd.DataFrame({
        "record_key": pd.array([str(i) for i in range(len(texts))], dtype="string"),
        "input_text": pd.array(list(texts), dtype="string"),
        "output_text": pd.array([None] * len(texts), dtype="string"),
        "messages_json": pd.array([None] * len(texts), dtype="string"),
    })
    if classifiers is None:  # the offline text classifiers that are installed
        from auditkit.classify.registry import CLASSIFIERS

        classifiers = [c for c in DEFAULT_CLASSIFIERS if c != "moderation" and c in CLASSIFIERS]
    found = classify(records, policy=policy, classifiers=classifiers)
    found.insert(0, "text_index", found["record_key"].astype(int))
    return found.drop(columns=["record_key"]).sort_values(["text_index", "category"], kind="stable",
                                                          ignore_index=True)
