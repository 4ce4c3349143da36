"""Cross-validated dev figures of the ``model`` classifier and of the combined system (never touches test).

    python scripts/model_dev_eval.py [--eval-dir ../shared/eval] [--set KEY=VALUE ...] [--no-system] [--brief]

Runs the training pipeline's group k-fold cross-validation inside the dev split (plus the authored rows)
with the shipped configuration, or with ``--set`` overrides of :class:`auditkit.classify.train.TrainConfig`
fields (e.g. ``--set C=8 --set max_df=0.05``), and prints per-category precision / recall / F1 with their
thresholds, the benign false-positive rate per data set, the binary any-violation F1 on
``openai_moderation`` and the English vs Chinese macro recall. The model-alone figures are the ones the
model card records under ``dev_cross_validated``.

The **combined system** figures (what ``auditkit evaluate`` reports) count a category as predicted for a
dev row when the ``rules`` classifier hits it on that row OR the model's *out-of-fold* score reaches the
threshold. The rules' hits are cached in the temp folder per rules version and rows. Only public dev rows
are counted (the team's own rows are training data).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from auditkit import policy
from auditkit.classify import train as T
from auditkit.classify.model.dataset import Row, read_rows


def rules_hits(rows: list[Row], categories: tuple[str, ...]) -> np.ndarray:
    """rows x categories: the rules' hits on each row (cached per rules version and row texts)."""
    from auditkit.classify.rules import RulesClassifier

    clf = RulesClassifier()
    h = hashlib.sha256(clf.version.encode())
    for r in rows:
        h.update(r.text.encode() + b"\x00")
    h.update(" ".join(categories).encode())
    cache = Path(tempfile.gettempdir()) / f"auditkit-rules-dev-{h.hexdigest()[:16]}.npy"
    if cache.exists():
        return np.load(cache)
    hits = clf.classify_texts([r.text for r in rows])
    out = np.zeros((len(rows), len(categories)), dtype=bool)
    index = {c: j for j, c in enumerate(categories)}
    for i, c in zip(hits["text_index"].tolist(), hits["category"].tolist(), strict=True):
        if c in index:
            out[int(i), index[c]] = True
    np.save(cache, out)
    return out


def _fmt(x: Any) -> str:
    return f"{x:6.3f}" if isinstance(x, float) else f"{'-':>6s}"


def print_full(fig: dict[str, Any], title: str) -> None:
    print(f"== {title}")
    print(f"{'category':32s} {'pos':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'R en':>6s} {'R zh':>6s} {'thr':>6s}")
    for c, e in fig["per_category"].items():
        if not e["positives"]:
            continue
        print(f"{c:32s} {e['positives']:5d} {_fmt(e['precision'])} {_fmt(e['recall'])} {_fmt(e.get('f1'))} "
              f"{_fmt(e.get('recall_en'))} {_fmt(e.get('recall_zh'))} {e['threshold']:6.3f}")
    print("benign false-positive rate (any category) by data set (* = a false-positive target set):")
    for s, v in fig["benign_fpr_by_source"].items():
        print(f"  {s:22s} {v:6.3f}{' *' if s in T.FPR_SOURCES else ''}")
    print(f"openai_moderation binary any-violation F1: {fig['openai_moderation_binary_f1']:.3f}")
    print(f"macro recall (categories with >= 20 dev positives in the language): "
          f"en {fig['macro_recall_en']:.3f}, zh {fig['macro_recall_zh']:.3f}\n")


def summary(fig: dict[str, Any]) -> str:
    """One line: binary F1, worst target FPR, en/zh macro recall, recall of categories with >= 20 positives."""
    fpr = fig["benign_fpr_by_source"]
    worst = max(fpr.get(s, 0.0) for s in T.FPR_SOURCES)
    big = {c: e["recall"] for c, e in fig["per_category"].items() if e["positives"] >= 20}
    short = {"illegal_activity": "ill", "child_sexual_abuse": "csa", "hate": "hat", "harassment": "har",
             "violence": "vio", "malware": "mal", "weapons": "wea", "self_harm": "sh", "fraud_scams": "fra",
             "disinformation": "dis", "adult_sexual_content": "adu", "privacy_violation": "pri"}
    cats = " ".join(f"{short.get(c, c[:3])}{v:.2f}" for c, v in big.items())
    fprs = " ".join(f"{s[:4]}{fpr.get(s, 0.0):.3f}" for s in T.FPR_SOURCES)
    return (f"F1 {fig['openai_moderation_binary_f1']:.3f} | FPRmax {worst:.3f} ({fprs}) | "
            f"en {fig['macro_recall_en']:.3f} zh {fig['macro_recall_zh']:.3f} | {cats}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--no-system", action="store_true", help="skip the combined rules + model figures")
    ap.add_argument("--brief", action="store_true", help="one summary line per system")
    args = ap.parse_args()
    over = {k: ast.literal_eval(v) for k, v in (s.split("=", 1) for s in args.set)}
    over = {k: tuple(tuple(x) if isinstance(x, list) else x for x in v) if isinstance(v, list) else v
            for k, v in over.items()}
    cfg = T.TrainConfig(**{**asdict(T.TrainConfig()), "categories": policy.load().category_ids, **over})
    t = time.perf_counter()
    rows = read_rows(args.eval_dir, Path(T.__file__).resolve().parent.parent / "data" / "train", cfg.categories)
    X = T.featurise([r.text for r in rows], cfg)
    cv = T.crossval(rows, X, cfg)
    cal = T.calibrate(rows, cv, cfg)
    fig = T.dev_figures(rows, cal["prob"], cal["thresholds"], cfg)
    print(f"{len(rows)} rows, {cfg.folds}-fold group cross-validation, {time.perf_counter() - t:.1f} s "
          f"{' '.join(args.set)}")
    sysfig = None
    if not args.no_system:
        sysfig = T.dev_figures(rows, cal["prob"], cal["thresholds"], cfg, also=rules_hits(rows, cfg.categories))
    if args.brief:
        print(f"model  {summary(fig)}")
        if sysfig:
            print(f"system {summary(sysfig)}")
        return
    print_full(fig, "model alone (out-of-fold)")
    if sysfig:
        print_full(sysfig, "combined system: rules OR model (out-of-fold)")
        print(f"model  {summary(fig)}\nsystem {summary(sysfig)}")


if __name__ == "__main__":
    main()
