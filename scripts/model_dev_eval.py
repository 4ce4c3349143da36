"""Cross-validated dev figures of the ``model`` classifier (never touches the test split).

    python scripts/model_dev_eval.py [--eval-dir ../shared/eval] [--set KEY=VALUE ...]

Runs the training pipeline's group k-fold cross-validation inside the dev split (plus the authored rows)
with the shipped configuration, or with ``--set`` overrides of :class:`auditkit.classify.train.TrainConfig`
fields (e.g. ``--set C=8 --set max_df=0.05``), and prints per-category precision / recall / F1 with their
thresholds, the benign false-positive rate per data set, the binary any-violation F1 on
``openai_moderation`` and the English vs Chinese macro recall. These are the figures the model card
records under ``dev_cross_validated``.
"""

from __future__ import annotations

import argparse
import ast
import time
from dataclasses import asdict
from pathlib import Path

from auditkit import policy
from auditkit.classify import train as T
from auditkit.classify.model.dataset import read_rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args()
    over = {k: ast.literal_eval(v) for k, v in (s.split("=", 1) for s in args.set)}
    cfg = T.TrainConfig(**{**asdict(T.TrainConfig()), "categories": policy.load().category_ids, **over})
    t = time.perf_counter()
    rows = read_rows(args.eval_dir, Path(T.__file__).resolve().parent.parent / "data" / "train", cfg.categories)
    X = T.featurise([r.text for r in rows], cfg)
    cv = T.crossval(rows, X, cfg)
    cal = T.calibrate(rows, cv, cfg)
    fig = T.dev_figures(rows, cal["prob"], cal["thresholds"], cfg)
    print(f"{len(rows)} rows, {cfg.folds}-fold group cross-validation, {time.perf_counter() - t:.1f} s\n")
    print(f"{'category':32s} {'pos':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'R en':>6s} {'R zh':>6s} {'thr':>6s}")
    fmt = lambda x: f"{x:6.3f}" if isinstance(x, float) else f"{'-':>6s}"  # noqa: E731
    for c, e in fig["per_category"].items():
        print(f"{c:32s} {e['positives']:5d} {fmt(e['precision'])} {fmt(e['recall'])} {fmt(e.get('f1'))} "
              f"{fmt(e.get('recall_en'))} {fmt(e.get('recall_zh'))} {e['threshold']:6.3f}")
    print("\nbenign false-positive rate (any category) by data set:")
    for s, v in fig["benign_fpr_by_source"].items():
        mark = " *" if s in T.FPR_SOURCES else ""
        print(f"  {s:22s} {v:6.3f}{mark}")
    print("  (* = a false-positive target set)")
    print(f"\nopenai_moderation binary any-violation F1: {fig['openai_moderation_binary_f1']:.3f}")
    print(f"macro recall (categories with >= 20 dev positives in the language): "
          f"en {fig['macro_recall_en']:.3f}, zh {fig['macro_recall_zh']:.3f}")


if __name__ == "__main__":
    main()
