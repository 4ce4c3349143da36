"""From findings to one verdict per (record, category), and to one line per record.

Classifiers combine by *any*: a category is flagged for a record when at least one classifier found it (each
classifier reports only hits at or above its own, dev-tuned threshold). The verdict's score is the highest
classifier score, and its evidence lists what each classifier saw, so an auditor can see whether the rules,
the model and the logged moderation result agree.
"""

from __future__ import annotations

import orjson
import pandas as pd

from auditkit.policy import SEVERITIES

__all__ = ["verdicts", "record_summary", "VERDICT_COLUMNS", "SUMMARY_COLUMNS"]

VERDICT_COLUMNS = ("record_key", "category", "score", "severity", "classifiers", "fields", "rule_id",
                   "matched_text", "findings", "evidence")
SUMMARY_COLUMNS = ("record_key", "classified", "flagged", "top_category", "max_score", "categories",
                   "severity")
_SEV_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _evidence(group: pd.DataFrame) -> str:
    items = [{"classifier": c, "version": v, "score": round(float(s), 4), "field": f, "rule_id": r,
              "matched_text": m}
             for c, v, s, f, r, m in zip(group["classifier"], group["classifier_version"], group["score"],
                                         group["field"], group["rule_id"].astype(object).where(group["rule_id"].notna(), None),
                                         group["matched_text"].astype(object).where(group["matched_text"].notna(), None),
                                         strict=True)]
    return orjson.dumps(items).decode()


def verdicts(findings: pd.DataFrame) -> pd.DataFrame:
    """One row per (record, category) that any classifier found: the combined verdict.

    ``score`` is the highest classifier score; ``classifiers`` and ``fields`` list who found it where;
    ``rule_id``/``matched_text`` come from the strongest finding that has a span; ``evidence`` holds every
    classifier's finding.
    """
    if findings.empty:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in VERDICT_COLUMNS}).astype(
            {"score": "Float64", "findings": "Int64"})
    f = findings.sort_values(["record_key", "category", "score"], ascending=[True, True, False], kind="stable")
    keys = ["record_key", "category"]
    g = f.groupby(keys, sort=False)
    out = g.agg(score=("score", "max"), severity=("severity", "first"), findings=("score", "size"))
    out["classifiers"] = g["classifier"].agg(lambda s: ",".join(sorted(set(s))))
    out["fields"] = g["field"].agg(lambda s: ",".join(sorted(set(s))))
    spanned = f[f["matched_text"].notna()].drop_duplicates(keys).set_index(keys)
    out = out.join(spanned[["rule_id", "matched_text"]])
    out["evidence"] = g.apply(_evidence, include_groups=False)
    out = out.reset_index()
    return out[list(VERDICT_COLUMNS)].astype({"record_key": "string", "category": "string", "score": "Float64",
                                              "severity": "string", "classifiers": "string", "fields": "string",
                                              "rule_id": "string", "matched_text": "string", "findings": "Int64",
                                              "evidence": "string"})


def record_summary(findings: pd.DataFrame, records: pd.DataFrame) -> pd.DataFrame:
    """One row per record: whether it could be classified, whether it was flagged, its top category.

    ``classified`` is False for records without any text (formats that carry none); such records are never
    flagged, and reports count them separately. ``top_category`` is the category with the highest score
    (ties: the more severe); ``categories`` lists every flagged category, most severe first.
    """
    base = pd.DataFrame({
        "record_key": records["record_key"].astype("string").to_numpy(),
        "classified": (records["input_text"].notna() | records["output_text"].notna()).to_numpy(),
    })
    v = verdicts(findings)
    if v.empty:
        base["flagged"] = False
        base["top_category"] = pd.array([None] * len(base), dtype="string")
        base["max_score"] = pd.array([None] * len(base), dtype="Float64")
        base["categories"] = pd.array([None] * len(base), dtype="string")
        base["severity"] = pd.array([None] * len(base), dtype="string")
        return base.astype({"classified": "boolean", "flagged": "boolean"})
    v = v.assign(_rank=v["severity"].map(_SEV_RANK).fillna(len(SEVERITIES)))
    v = v.sort_values(["record_key", "score", "_rank"], ascending=[True, False, True], kind="stable")
    top = v.drop_duplicates("record_key").set_index("record_key")
    cats = (v.sort_values(["record_key", "_rank", "score"], ascending=[True, True, False], kind="stable")
            .groupby("record_key")["category"].agg(lambda s: orjson.dumps(list(s)).decode()))
    worst = v.sort_values(["record_key", "_rank"], kind="stable").drop_duplicates("record_key").set_index(
        "record_key")["severity"]
    base = base.join(top[["category", "score"]].rename(columns={"category": "top_category", "score": "max_score"}),
                     on="record_key")
    base = base.join(cats.rename("categories"), on="record_key").join(worst.rename("severity"), on="record_key")
    base["flagged"] = base["top_category"].notna()
    return base[list(SUMMARY_COLUMNS)].astype({"classified": "boolean", "flagged": "boolean", "top_category": "string",
                                               "max_score": "Float64", "categories": "string", "severity": "string"})
