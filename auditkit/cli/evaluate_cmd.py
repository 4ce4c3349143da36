"""``auditkit evaluate FILE... [--split test] [--predictions OUT.jsonl]``: measure the classifiers."""

from __future__ import annotations

import argparse
import math
from typing import Any

import pandas as pd

__all__ = ["add_parser", "run", "format_evaluation"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "evaluate",
        help="measure the classifiers on labelled JSONL data",
        description="Classify labelled rows (fields id, text, lang, policy_categories) and print per-category "
        "precision, recall, F1 and support, any-violation precision/recall/F1, the false-positive rate on "
        "benign rows, and each by language.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="labelled JSONL files")
    p.add_argument("--split", default=None, help="only rows of this split (dev or test); default: all rows")
    p.add_argument("--predictions", metavar="OUT", help="write one JSON line per row: id, categories, scores")
    p.add_argument("--classifiers", default=None,
                   help="comma-separated classifier names (default: the offline text classifiers)")
    p.add_argument("--quality-json", metavar="OUT",
                   help="also write the figures as the quality file the report reads (auditkit/data/quality/)")
    p.add_argument("--measured-on", metavar="DATE", help="date written in the quality file (default: today)")
    p.add_argument("--min-support", type=int, default=20,
                   help="categories with fewer positives are left out of the macro recall (default 20)")
    p.set_defaults(func=run)


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return "-" if math.isnan(x) else f"{x:.3f}"
    return str(x)


def _table(frame: pd.DataFrame) -> str:
    cells = [[_fmt(v) for v in row] for row in frame.itertuples(index=False)]
    cols = list(frame.columns)
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def format_evaluation(ev: Any, n_rows: int) -> str:
    """The evaluation as plain-text tables."""
    parts = [f"Rows evaluated: {n_rows}", "", "Per category (precision counts rows not labelled with the "
             "category as false positives; sources that did not annotate it make precision look lower):",
             _table(ev.per_category), "", "Any violation:", _table(ev.any_violation), "",
             "False-positive rate on benign rows ([] labels):", _table(ev.false_positive), "",
             "Macro recall over categories with enough support:", _table(ev.macro_recall)]
    return "\n".join(parts)


def run(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_OK
    from auditkit.evaluate import evaluate, predict, read_labelled, write_predictions

    rows = read_labelled(args.files, split=args.split)
    classifiers = [c.strip() for c in args.classifiers.split(",")] if args.classifiers else None
    categories, scores = predict(list(rows["text"]), classifiers)
    if args.predictions:
        write_predictions(args.predictions, list(rows["id"]), categories, scores)
    ev = evaluate(rows, categories, min_support=args.min_support)
    print(format_evaluation(ev, len(rows)))
    if args.quality_json:
        import datetime
        import os

        from auditkit.evaluate import write_quality_json

        names = sorted({os.path.basename(f).split(".")[0] for f in args.files})
        write_quality_json(args.quality_json, ev, dataset=", ".join(names), split=args.split,
                           measured_on=args.measured_on or datetime.date.today().isoformat(),
                           classifiers=args.classifiers or "default (offline text classifiers)", n_rows=len(rows))
        print(f"Wrote the quality figures to {args.quality_json}")
    if args.predictions:
        print(f"\nWrote {len(rows)} predictions to {args.predictions}")
    return EXIT_OK
