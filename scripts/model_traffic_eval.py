"""Flag rate and speed of the ``model`` classifier on ordinary ~1.5 KB records (never touches eval data).

    python scripts/model_traffic_eval.py [--n 4000] [--speed 20000] [--card PATH]

Records come from ``benchmarks/bench_classify.py``'s generator (the sample generator's text material):
``--n`` records with no policy exchange (every hit is a false positive: categories per record, share of
records flagged, hits per category) and ``--n`` records with one policy exchange each (share flagged).
``--speed`` records with 2% violations are then timed through ``classify_texts`` (one core, median of 3).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_classify", ROOT / "benchmarks" / "bench_classify.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--speed", type=int, default=20000)
    ap.add_argument("--card", default=None)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    from auditkit.classify.model import ModelClassifier

    bench = _bench()
    model = ModelClassifier(args.card)
    print(f"model {model.version}")
    if args.n:
        benign, _ = bench.make_records(args.n, 0.0, args.seed)
        hits = model.classify_texts(benign)
        per = Counter(hits["category"].tolist())
        print(f"benign records: {len(hits) / len(benign):.3f} categories/record, "
              f"{hits['text_index'].nunique() / len(benign):.1%} flagged; top: "
              + ", ".join(f"{c} {k}" for c, k in per.most_common(8)))
        bad, _ = bench.make_records(args.n, 1.0, args.seed + 1)
        h2 = model.classify_texts(bad)
        print(f"records with a policy exchange: {h2['text_index'].nunique() / len(bad):.1%} flagged "
              f"({len(h2) / len(bad):.3f} categories/record)")
    if args.speed:
        texts, _ = bench.make_records(args.speed, 0.02, 7)
        model.classify_texts(texts[:1000])
        rates = []
        for _ in range(3):
            t = time.perf_counter()
            for i in range(0, len(texts), 8192):
                model.classify_texts(texts[i:i + 8192])
            rates.append(len(texts) / (time.perf_counter() - t))
        print(f"model alone: {statistics.median(rates):,.0f} records/s (classify_texts, batches of 8192)")


if __name__ == "__main__":
    main()
