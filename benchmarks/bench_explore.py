"""How fast the explorer answers a filter change, with a million records loaded.

    python benchmarks/bench_explore.py [--records 1000000] [--seed 1] [--repeat 5]

Generates chat-proxy records with the sample generator (cached in benchmarks/data/), loads them with
``load_logs``, and builds the explorer's index once. Classifying a million records with every classifier
takes far longer than this benchmark is about, so the findings are **synthesised** with a fixed seed (about
6 % of records get one or two findings, with the categories, classifiers, severities and evidence spans
that real findings have); the classifiers' own throughput is measured on a 5,000-record slice and printed
for reference. Then, for each filter change of a typical session, it times what the explorer computes
(:meth:`ExploreSession.snapshot`: the selection, the figures, the three charts' data and one page of
redacted excerpts), median of ``--repeat`` runs; and once each the chart drawing, a drill-down and a review
action. Results also go to ``benchmarks/results/bench_explore.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
DATA = HERE / "data"
RESULTS = HERE / "results"
ROOT = HERE.parent


def _data(records: int, seed: int) -> Path:
    out = DATA / f"explore-{records}-s{seed}"
    if not (out / "MANIFEST.yaml").exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "auditkit.samples",
                "--records",
                str(records),
                "--seed",
                str(seed),
                "--formats",
                "openai_chat_proxy",
                "--one-file",
                "--out",
                str(out),
            ],
            check=True,
        )
    return out


def load_records(folder: Path) -> pd.DataFrame:
    """``load_logs`` of the generated folder, cached as Parquet beside it (the first run pays the parse)."""
    import auditkit
    from auditkit.schema import table_to_frame

    cache = folder.with_suffix(".records.parquet")
    if cache.exists():
        import pyarrow.parquet as pq

        return table_to_frame(pq.read_table(cache))
    result = auditkit.load_logs([str(folder)])
    result.to_parquet(cache)
    return result.records


def synthetic_findings(records: pd.DataFrame, seed: int, share: float = 0.06) -> pd.DataFrame:
    """Findings for about ``share`` of the records with text, drawn with ``seed`` (see the module doc)."""
    from auditkit.classify.base import coerce_findings
    from auditkit.policy import load as load_policy

    rng = np.random.default_rng(seed)
    policy = load_policy()
    cats = np.array(policy.category_ids)
    weights = rng.dirichlet(np.full(len(cats), 0.5))
    severity = {c.id: c.severity for c in policy.categories}
    texts = records["input_text"].to_numpy(dtype=object)
    rows = np.flatnonzero(records["input_text"].notna().to_numpy())
    hit = rng.choice(rows, size=int(len(rows) * share), replace=False)
    hit = np.concatenate([hit, rng.choice(hit, size=len(hit) // 4, replace=False)])  # some get two
    lengths = np.array([len(texts[i]) for i in hit])
    start = (rng.random(len(hit)) * np.maximum(lengths - 12, 1)).astype(np.int64)
    end = np.minimum(start + rng.integers(4, 12, len(hit)), lengths)
    cat = rng.choice(cats, size=len(hit), p=weights)
    clf = rng.choice(np.array(["rules", "model", "moderation"]), size=len(hit), p=[0.6, 0.3, 0.1])
    spanned = clf == "rules"
    frame = pd.DataFrame(
        {
            "record_key": records["record_key"].to_numpy(dtype=object)[hit],
            "category": cat,
            "classifier": clf,
            "classifier_version": "synthetic",
            "score": rng.uniform(0.5, 1.0, len(hit)),
            "severity": [severity[c] for c in cat],
            "field": "input",
            "span_start": np.where(spanned, start, -1),
            "span_end": np.where(spanned, end, -1),
        }
    )
    frame.loc[~spanned, ["span_start", "span_end"]] = np.nan
    frame["matched_text"] = [
        t[int(s) : int(e)] if s == s else None
        for t, s, e in zip(texts[hit], frame["span_start"], frame["span_end"], strict=True)
    ]
    frame = frame.drop_duplicates(["record_key", "category", "classifier"])
    return coerce_findings(frame)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn, repeat: int) -> tuple[float, list[float]]:
    fn()  # warm-up (first use of a lookup table, a search string ...)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from auditkit.explore.index import applications_of, build_index
    from auditkit.explore.session import ExploreSession
    from auditkit.explore.state import FilterState
    from auditkit.ledger import open_ledger
    from auditkit.profile import load_profile

    out: dict[str, object] = {"records_requested": args.records, "seed": args.seed}
    folder = _data(args.records, args.seed)
    t = time.perf_counter()
    records = load_records(folder)
    out["load_s"] = round(time.perf_counter() - t, 1)
    out["records"] = len(records)
    print(f"loaded {len(records):,} records in {out['load_s']} s", flush=True)

    from auditkit.classify import classify

    sample = records.head(5000)
    t = time.perf_counter()
    real = classify(sample)
    rate = len(sample) / (time.perf_counter() - t)
    out["classify_records_per_s"] = round(rate)
    print(
        f"classifiers (default set): {rate:,.0f} records/s on a 5,000-record slice ({len(real)} findings); "
        f"{len(records) / rate / 60:,.0f} min for all: findings are synthesised instead"
    )

    findings = synthetic_findings(records, args.seed)
    out["findings"] = len(findings)
    t = time.perf_counter()
    apps = applications_of(records, load_profile(ROOT / "sample_logs" / "profile.yaml"))
    index = build_index(records, findings, applications=apps)
    out["index_s"] = round(time.perf_counter() - t, 2)
    print(
        f"{len(findings):,} synthetic findings; index built once in {out['index_s']} s; "
        f"peak RSS {_rss_mb():,.0f} MB"
    )

    with tempfile.TemporaryDirectory() as tmp:
        ledger = open_ledger(Path(tmp) / "bench.sqlite", create=True)
        session = ExploreSession(index, ledger=ledger, reviewer="bench")
        top_user = index.user.names[int(np.argmax(index.user.counts()))]
        first = dt.date.fromisoformat(str(records["event_time"].min().date()))
        scenarios = {
            "no filter": {},
            "one month": {"start": first + dt.timedelta(days=30), "end": first + dt.timedelta(days=60)},
            "category": {"categories": ("malware",)},
            "application + severity": {
                "applications": (str(index.application.names[0]),),
                "severities": ("high",),
            },
            "classifier + review status": {"classifiers": ("rules",), "review_statuses": ("unreviewed",)},
            "language + flagged only": {"languages": ("zh",), "flagged_only": True},
            "one user": {"users": (top_user,)},
            "text search (cached)": {"text": "invoice"},
        }
        timings = {}
        for name, changes in scenarios.items():

            def change(changes=changes):
                session.state = FilterState()
                session.set_filters(**changes)
                return session.snapshot()

            median, _ = _timed(change, args.repeat)
            snap = change()
            timings[name] = median
            print(f"  {name:30s} {median * 1000:8.0f} ms   {snap.summary.records:>9,} records", flush=True)
        session.state = FilterState()
        index._search.clear()  # noqa: SLF001 - a new search string, never seen
        t = time.perf_counter()
        session.set_filters(text="refund")
        session.snapshot()
        timings["text search (first time)"] = time.perf_counter() - t
        print(f"  {'text search (first time)':30s} {timings['text search (first time)'] * 1000:8.0f} ms")
        out["filter_change_ms"] = {k: round(v * 1000) for k, v in timings.items()}

        from auditkit.explore import static

        snap = session.snapshot()
        t = time.perf_counter()
        static.charts_html(snap.by_day, snap.by_category, snap.by_application, "en")
        out["charts_draw_ms"] = round((time.perf_counter() - t) * 1000)
        key = str(snap.page.rows["record_key"].iloc[0])
        t = time.perf_counter()
        session.open_record(key)
        out["drill_down_ms"] = round((time.perf_counter() - t) * 1000)
        cat = (
            str(session.open_record(key).verdicts["category"].iloc[0])
            if len(session.open_record(key).verdicts)
            else None
        )
        if cat:
            t = time.perf_counter()
            session.review(cat, "false_positive", reason_code="test_traffic", record_key=key)
            session.snapshot()
            out["review_action_ms"] = round((time.perf_counter() - t) * 1000)
        print(
            f"charts drawn in {out['charts_draw_ms']} ms (when the charts tab is shown); drill-down "
            f"{out['drill_down_ms']} ms; review action + refresh {out.get('review_action_ms')} ms"
        )
    out["peak_rss_mb"] = round(_rss_mb())
    worst = max(v for k, v in out["filter_change_ms"].items() if "first time" not in k)  # type: ignore[union-attr]
    print(f"slowest filter change: {worst} ms (target < 1000 ms); peak RSS {out['peak_rss_mb']:,} MB")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_explore.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
