"""Measuring the classifiers on labelled data: per-category and any-violation quality, benign false positives.

Input rows follow the format of the public evaluation sets (``../shared/eval``): ``id``, ``text``,
``lang``, ``source``, ``policy_categories`` (``[]`` = benign) and ``split``. Labels there can be
incomplete (a source may not annotate every category), so:

* a category's **recall** uses the rows labelled with it;
* its **precision** counts as false positives the rows not labelled with it, which under-states precision
  where a source did not annotate that category (the figures say so);
* the **false-positive rate** uses only the rows labelled benign (``[]``): the share flagged with any category;
* **any-violation** precision/recall/F1 treat a row as positive when it has at least one category.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import orjson
import pandas as pd

from auditkit.errors import ConfigError, InputFileError

__all__ = ["read_labelled", "predict", "Evaluation", "evaluate", "write_predictions", "write_quality_json"]


def read_labelled(paths: Iterable[str | os.PathLike[str]], split: str | None = None) -> pd.DataFrame:
    """Labelled rows from JSONL files (``split`` keeps only that split; None keeps all)."""
    rows = []
    for path in paths:
        path = os.fspath(path)
        try:
            fh = open(path, "rb")
        except OSError as exc:
            raise InputFileError(path, f"cannot be opened ({exc.strerror})") from exc
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise ConfigError(path, f"line {n}", f"is not JSON ({exc})") from exc
                missing = {"id", "text", "policy_categories"} - set(row)
                if missing:
                    raise ConfigError(path, f"line {n}", f"lacks {sorted(missing)}",
                                      "each row needs id, text and policy_categories")
                if split is None or row.get("split") == split:
                    rows.append({"id": str(row["id"]), "text": row["text"], "lang": row.get("lang", "unknown"),
                                 "source": row.get("source", os.path.basename(path).split(".")[0]),
                                 "labels": list(row["policy_categories"])})
    return pd.DataFrame(rows, columns=["id", "text", "lang", "source", "labels"])


def predict(texts: Sequence[str], classifiers: Iterable[object] | None = None) -> tuple[list[list[str]],
                                                                                        list[dict[str, float]]]:
    """Predicted categories and their scores for each text (the combined verdict of the classifiers)."""
    from auditkit.classify import classify_texts

    found = classify_texts(list(texts), classifiers=classifiers)  # type: ignore[arg-type]
    cats: list[list[str]] = [[] for _ in texts]
    scores: list[dict[str, float]] = [{} for _ in texts]
    if len(found):
        best = found.groupby(["text_index", "category"])["score"].max()
        for (i, c), s in best.items():
            scores[int(i)][str(c)] = round(float(s), 4)
        for i, sc in enumerate(scores):
            cats[i] = sorted(sc, key=lambda c: (-sc[c], c))
    return cats, scores


@dataclass
class Evaluation:
    """Quality figures: per category, any-violation, benign false-positive rate, each overall and by language."""

    per_category: pd.DataFrame  # lang, category, support, tp, fp, fn, precision, recall, f1
    any_violation: pd.DataFrame  # lang, support, tp, fp, fn, precision, recall, f1
    false_positive: pd.DataFrame  # lang, source, benign, flagged, fpr
    macro_recall: pd.DataFrame  # lang, categories, macro_recall (categories with support >= min_support)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if (tp + fp and tp + fn and p + r) else float("nan")
    return p, r, f


def evaluate(rows: pd.DataFrame, predicted: Sequence[Sequence[str]], *, min_support: int = 20) -> Evaluation:
    """Compare predicted categories with the labels of ``rows`` (see the module docstring for the rules)."""
    frame = rows.assign(pred=[set(p) for p in predicted], gold=[set(g) for g in rows["labels"]])
    cats = sorted({c for g in frame["gold"] for c in g} | {c for p in frame["pred"] for c in p})
    per_cat, anyv, fpr, macro = [], [], [], []
    for lang, part in [("all", frame)] + sorted(frame.groupby("lang")):
        for c in cats:
            gold = part["gold"].map(lambda g, c=c: c in g)
            pred = part["pred"].map(lambda p, c=c: c in p)
            tp, fp, fn = int((gold & pred).sum()), int((~gold & pred).sum()), int((gold & ~pred).sum())
            if tp + fp + fn:
                per_cat.append((lang, c, int(gold.sum()), tp, fp, fn, *_prf(tp, fp, fn)))
        gold_any = part["gold"].map(bool)
        pred_any = part["pred"].map(bool)
        tp, fp, fn = (int((gold_any & pred_any).sum()), int((~gold_any & pred_any).sum()),
                      int((gold_any & ~pred_any).sum()))
        anyv.append((lang, int(gold_any.sum()), tp, fp, fn, *_prf(tp, fp, fn)))
        benign = part[~gold_any]
        for source, b in [("all", benign)] + sorted(benign.groupby("source")):
            flagged = int(b["pred"].map(bool).sum())
            fpr.append((lang, source, len(b), flagged, flagged / len(b) if len(b) else float("nan")))
    pc = pd.DataFrame(per_cat, columns=["lang", "category", "support", "tp", "fp", "fn", "precision", "recall", "f1"])
    for lang, part in pc.groupby("lang"):
        eligible = part[part["support"] >= min_support]
        macro.append((lang, len(eligible), float(eligible["recall"].mean()) if len(eligible) else float("nan")))
    return Evaluation(
        pc,
        pd.DataFrame(anyv, columns=["lang", "support", "tp", "fp", "fn", "precision", "recall", "f1"]),
        pd.DataFrame(fpr, columns=["lang", "source", "benign", "flagged", "fpr"]),
        pd.DataFrame(macro, columns=["lang", "categories", "macro_recall"]),
    )


def write_predictions(path: str | os.PathLike[str], ids: Sequence[str], categories: Sequence[Sequence[str]],
                      scores: Sequence[dict[str, float]]) -> None:
    """One JSON line per row: ``{"id", "categories", "scores"}`` (written atomically)."""
    tmp = f"{os.fspath(path)}.tmp"
    with open(tmp, "wb") as fh:
        for i, c, s in zip(ids, categories, scores, strict=True):
            fh.write(orjson.dumps({"id": i, "categories": list(c), "scores": s}) + b"\n")
    os.replace(tmp, path)


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()})
    return out


def write_quality_json(path: str | os.PathLike[str], ev: Evaluation, *, dataset: str, split: str | None,
                       measured_on: str, classifiers: str, n_rows: int) -> None:
    """The evaluation as the machine-readable quality file the report's methodology section reads.

    ``measured_on`` is passed in (a date), never read from the clock here.
    """
    body = {
        "measured_on": measured_on, "dataset": dataset, "split": split or "all", "rows": n_rows,
        "classifiers": classifiers,
        "per_category": _records(ev.per_category[ev.per_category["lang"] == "all"].drop(columns=["lang"])),
        "per_category_by_language": _records(ev.per_category[ev.per_category["lang"] != "all"]),
        "any_violation": _records(ev.any_violation),
        "false_positive": _records(ev.false_positive.rename(columns={"benign": "n"})),
        "macro_recall": _records(ev.macro_recall),
    }
    tmp = f"{os.fspath(path)}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(orjson.dumps(body, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY) + b"\n")
    os.replace(tmp, path)
