"""Dev-split evaluation of the ``rules`` classifier on the public labelled sets (never the test split).

Usage::

    .venv/bin/python benchmarks/dev_rules_eval.py [--eval-dir DIR] [--show-fp CAT] [--show-fn CAT]
                                                  [--show-benign SOURCE] [--limit N]

Prints, per category, the rows labelled with it (n), recall, strict precision (hits on rows labelled with
the category / all rows hit with it; the labels are incomplete, so this is a lower bound) and precision
against benign rows only; then the false-positive rate on the benign (``[]``) rows of each data set.
Only rows with ``"split": "dev"`` are read into memory: the published figures come from ``test``, and
rules must not be tuned on it.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

EVAL_DIR = Path("/work/shared/eval")


def load_dev(eval_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(eval_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r.get("split") == "dev":
                    rows.append(r)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    ap.add_argument("--show-fp", help="print rows hit with this category but not labelled with it")
    ap.add_argument("--show-fn", help="print rows labelled with this category but not hit")
    ap.add_argument("--show-benign", help="print benign rows of this source that were hit ('all' = every source)")
    ap.add_argument("--limit", type=int, default=60)
    args = ap.parse_args(argv)

    from auditkit.classify.rules import RulesClassifier
    from auditkit.policy import load as load_policy

    rows = load_dev(args.eval_dir)
    clf = RulesClassifier()
    t0 = time.perf_counter()
    hits = clf.classify_texts([r["text"] for r in rows])
    dt = time.perf_counter() - t0
    pred: dict[int, set[str]] = collections.defaultdict(set)
    why: dict[tuple[int, str], list[str]] = collections.defaultdict(list)
    for h in hits.itertuples(index=False):
        pred[h.text_index].add(h.category)
        why[(h.text_index, h.category)].append(f"{h.rule_id}:{rows[h.text_index]['text'][h.start:h.end]!r}")

    print(f"{clf!r}: {len(rows)} dev rows in {dt:.2f}s; {len(hits)} hits")
    print(f"{'category':32} {'n':>5} {'recall':>7} {'hit':>5} {'prec':>6} {'p/benign':>8}")
    for cat in load_policy().category_ids:
        labelled = [i for i, r in enumerate(rows) if cat in r["policy_categories"]]
        hit = [i for i in pred if cat in pred[i]]
        tp = sum(1 for i in hit if cat in rows[i]["policy_categories"])
        benign_fp = sum(1 for i in hit if not rows[i]["policy_categories"])
        rec = tp / len(labelled) if labelled else float("nan")
        prec = tp / len(hit) if hit else float("nan")
        pb = tp / (tp + benign_fp) if tp + benign_fp else float("nan")
        print(f"{cat:32} {len(labelled):5d} {rec:7.3f} {len(hit):5d} {prec:6.3f} {pb:8.3f}")

    print("\nbenign false-positive rate by data set (rows labelled [])")
    by_src: dict[str, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        if not r["policy_categories"]:
            by_src[r["source"]].append(i)
    tot_n = tot_fp = 0
    for src, idx in sorted(by_src.items()):
        fp = sum(1 for i in idx if pred.get(i))
        tot_n += len(idx)
        tot_fp += fp
        print(f"  {src:22} {fp:4d}/{len(idx):5d} = {fp / len(idx):6.2%}")
    print(f"  {'all benign':22} {tot_fp:4d}/{tot_n:5d} = {tot_fp / tot_n:6.2%}")
    labelled_rows = [i for i, r in enumerate(rows) if r["policy_categories"]]
    any_hit = sum(1 for i in labelled_rows if pred.get(i))
    print(f"  labelled rows with any hit: {any_hit}/{len(labelled_rows)} = {any_hit / len(labelled_rows):.2%}")

    def show(title: str, idx: list[int], cat: str | None) -> None:
        print(f"\n{title} ({len(idx)})")
        for i in idx[: args.limit]:
            r = rows[i]
            reasons = "; ".join(x for c in sorted(pred.get(i, ())) for x in why[(i, c)]) if pred.get(i) else ""
            print(f"  [{r['source']}|{','.join(r['policy_categories']) or '-'}] {r['text'][:200]!r}")
            if reasons:
                print(f"      -> {reasons[:300]}")

    if args.show_fp:
        show(f"hit with {args.show_fp}, not labelled so",
             [i for i in pred if args.show_fp in pred[i] and args.show_fp not in rows[i]["policy_categories"]],
             args.show_fp)
    if args.show_fn:
        show(f"labelled {args.show_fn}, not hit",
             [i for i, r in enumerate(rows) if args.show_fn in r["policy_categories"]
              and args.show_fn not in pred.get(i, ())], args.show_fn)
    if args.show_benign:
        show(f"benign rows of {args.show_benign} hit",
             [i for i in sorted(pred) if pred[i] and not rows[i]["policy_categories"]
              and args.show_benign in ("all", rows[i]["source"])], None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
