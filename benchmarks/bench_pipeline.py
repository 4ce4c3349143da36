"""End to end at scale: ingest (parse, classify, PII, Parquet), report aggregates, retention audit; 1M and 5M.

    python benchmarks/bench_pipeline.py [--sizes 1000000,5000000] [--dask-size 1000000]
                                        [--match-sizes 1000000] [--out FILE]

Data: chat-proxy JSONL built from the sample's calls (EN/ZH content, policy hits, personal data) with fresh
ids and times, one month (September 2025), in shards of 100,000 calls (a daily-rotated gateway log); lines
pyarrow's JSON reader cannot type (streamed responses, multimodal parts) are left out so that the parse
floor can run on the same files. Generated once into benchmarks/data/pipeline/.

Each stage runs in a fresh process, so its peak RSS is its own:

* ``parse``: the parse floor, ``pyarrow.json.read_json`` of every shard;
* ``match``: parse + pattern matching alone (the rules classifier's ``classify_texts`` over every message
  and completion text), the reference of the "within 3x" target;
* ``ingest``: ``auditkit ingest`` (local engine) into a fresh store: parse, canonical rows, classification
  (``--classifiers``, default the logged-moderation and rules classifiers: the pattern matching of the
  reference; the trained ``model`` classifier is ~100x slower per text and is measured by
  ``bench_model.py``), PII detection, Parquet, finalize;
* ``report``: the report's figures over the store for the month (key figures, daily volume, three top-N
  tables, category counts) with ``auditkit.store.aggregates`` (DuckDB over Parquet), and for comparison the
  same figures from the population materialised in pandas;
* ``report_arrow``: the key figures and daily volume streamed part by part with pyarrow compute (the
  chunked alternative to DuckDB);
* ``audit``: the retention audit over the store as of 2025-10-15 (reads the prompts of the month);
* ``dask``: the ingest on a 2-worker ``LocalCluster`` (processes), against the local engine.

Prints one JSON line per stage and a summary table; ``--out FILE`` also writes them as JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "pipeline"
SHARD = 100_000
MONTH_START = 1_756_684_800  # 2025-09-01T00:00:00Z
MONTH_SECONDS = 30 * 86_400
PERIOD = ("2025-09-01", "2025-09-30")


# -- data ---------------------------------------------------------------------------------------------------


def _templates() -> list[dict]:
    import orjson

    out = []
    for path in sorted((ROOT / "sample_logs" / "proxy").rglob("*.jsonl*")):
        if "archive" in path.parts:
            continue
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        for line in raw.splitlines():
            if not line.strip() or b'"response":[' in line or b'"content":[' in line:
                continue
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:  # the sample's deliberate malformed lines
                continue
            if isinstance(rec.get("response"), dict) and rec["response"].get("id"):
                out.append(rec)
    return out


def dataset(records: int) -> Path:
    """Shards of ``records`` calls in total over September 2025 (generated once, then cached)."""
    import orjson

    out = DATA / f"chat-{records}"
    done = out / ".complete"
    if done.exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    templates = _templates()
    started = time.perf_counter()
    for shard, first in enumerate(range(0, records, SHARD)):
        lines = []
        for n in range(first, min(first + SHARD, records)):
            rec = templates[(n * 7919) % len(templates)]
            t = MONTH_START + (n * MONTH_SECONDS) // records
            ms = n % 1000
            rec["logged_at"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{ms:03d}Z"
            rec["x_request_id"] = f"req_{n:032x}"
            rec["proxy_request_id"] = f"px-{n:012x}"
            rec["response"]["id"] = f"chatcmpl-bench{n:016d}"
            rec["response"]["created"] = t
            lines.append(orjson.dumps(rec))
        (out / f"gateway-{shard:04d}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    done.write_text(json.dumps({"records": records, "seconds": time.perf_counter() - started}))
    return out


def _shards(path: Path) -> list[str]:
    return sorted(str(p) for p in path.glob("gateway-*.jsonl"))


# -- stages (each runs in its own process) ----------------------------------------------------------


def _peak_gb() -> float:
    """This process's own peak RSS (VmHWM). ``ru_maxrss`` would also count the parent's RSS at fork time,
    as Linux copies the high-water mark into the child."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e9
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def stage_parse(data: Path) -> dict:
    import pyarrow.json as pj

    t = time.perf_counter()
    rows = 0
    for s in _shards(data):
        rows += pj.read_json(s).num_rows
    return {"rows": rows, "seconds": time.perf_counter() - t}


def stage_match(data: Path) -> dict:
    import pyarrow.compute as pc
    import pyarrow.json as pj

    from auditkit.classify.registry import build

    rules = build("rules")
    t = time.perf_counter()
    rows = hits = 0
    for s in _shards(data):
        table = pj.read_json(s)
        rows += table.num_rows
        msgs = pc.list_flatten(table["request"].combine_chunks().field("messages"))
        texts = msgs.field("content").drop_null().to_pylist()
        choices = pc.list_flatten(table["response"].combine_chunks().field("choices"))
        texts += choices.field("message").field("content").drop_null().to_pylist()
        for start in range(0, len(texts), 8192):
            hits += len(rules.classify_texts(texts[start : start + 8192]))
    return {"rows": rows, "seconds": time.perf_counter() - t, "hits": hits}


def _classifiers() -> list[str] | None:
    names = os.environ.get("BENCH_CLASSIFIERS", "")
    return [n for n in names.split(",") if n] or None


def stage_ingest(data: Path, store: Path, engine: str = "local") -> dict:
    from auditkit.store import ingest

    shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    extra = {}
    if engine == "dask":
        from dask.distributed import Client, LocalCluster

        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            t = time.perf_counter()
            report = ingest(_shards(data), store, engine="dask", client=client, classifiers=_classifiers())
            peaks = client.run(_peak_gb)
            extra["worker_peak_rss_gb"] = max(peaks.values())
    else:
        report = ingest(_shards(data), store, classifiers=_classifiers())
    seconds = time.perf_counter() - t
    size = sum(p.stat().st_size for p in store.rglob("*.parquet"))
    return {
        "rows": report.rows,
        "seconds": seconds,
        "store_gb": size / 1e9,
        "finalize": report.finalized,
        **extra,
    }


def stage_report(store: Path, in_memory: bool) -> dict:
    from auditkit.policy import load as load_policy
    from auditkit.report import inputs
    from auditkit.store import aggregates as agg
    from auditkit.store import open_store

    policy = load_policy("openai-usage-2023-03-17")
    profile = inputs.load_profile(str(ROOT / "sample_logs" / "profile.yaml"))
    s = open_store(store)
    t = time.perf_counter()
    if not in_memory:
        figures = agg.key_figures(s, PERIOD, profile=profile)
        agg.daily_volume(s, PERIOD)
        for column in ("model", "user_id", "api_key_id"):
            agg.top_by(s, PERIOD, column)
        agg.category_counts(s, PERIOD, policy, "en", classified=figures.classified)
        return {"rows": figures.records, "seconds": time.perf_counter() - t, "flagged": figures.flagged}
    from auditkit.classify import record_summary, verdicts
    from auditkit.report import metrics

    cols = [
        "record_key",
        "record_kind",
        "event_time",
        "user_id",
        "api_key_id",
        "model",
        "project_id",
        "source_format",
        "source_file",
        "input_text",
        "output_text",
        "metadata_json",
    ]
    pop = s.records(PERIOD, columns=cols, kinds=metrics.INTERACTION_KINDS)
    found = s.findings(PERIOD)
    summary = record_summary(found, pop)
    v = verdicts(found)
    apps = inputs.applications(pop, profile)
    figures = metrics.key_figures(pop, summary, v, apps, retention_findings=0, rejects=0)
    metrics.daily_volume(pop, summary, *(__import__("datetime").date.fromisoformat(d) for d in PERIOD))
    for column in ("model", "user_id", "api_key_id"):
        metrics.top_by(pop, summary, column)
    metrics.category_counts(v, figures.classified, policy, "en")
    return {"rows": figures.records, "seconds": time.perf_counter() - t, "flagged": figures.flagged}


def stage_report_arrow(store: Path) -> dict:
    """The key figures and daily volume by streaming the period with pyarrow (the alternative to DuckDB)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditkit.report.metrics import INTERACTION_KINDS
    from auditkit.store import open_store

    s = open_store(store)
    t = time.perf_counter()
    flagged_keys: set[str] = set()
    for f in s.scan("findings", PERIOD, ["record_key"]):
        flagged_keys.update(f["record_key"].to_pylist())
    flagged = pa.array(sorted(flagged_keys), pa.large_string())
    kinds = pc.field("record_kind").isin(pa.array(list(INTERACTION_KINDS), pa.large_string()))
    users: set[str] = set()
    keys: set[str] = set()
    records = classified = n_flagged = 0
    days: dict[str, list[int]] = {}
    cols = ["record_key", "user_id", "api_key_id", "_classified", "event_time"]
    for b in s.scan("records", PERIOD, cols, kinds):
        records += b.num_rows
        classified += pc.sum(b["_classified"]).as_py() or 0
        is_flagged = pc.is_in(b["record_key"], flagged)
        n_flagged += pc.sum(is_flagged).as_py() or 0
        users.update(pc.unique(b["user_id"].drop_null()).to_pylist())
        keys.update(pc.unique(b["api_key_id"].drop_null()).to_pylist())
        g = pa.table({"d": pc.strftime(b["event_time"], "%Y-%m-%d"), "f": is_flagged, "c": b["_classified"]})
        g = g.group_by("d").aggregate([([], "count_all"), ("f", "sum"), ("c", "sum")])
        for d, n, f, c in zip(*(g[x].to_pylist() for x in ("d", "count_all", "f_sum", "c_sum")), strict=True):
            acc = days.setdefault(d, [0, 0, 0])
            acc[0] += n
            acc[1] += c or 0
            acc[2] += f or 0
    return {"rows": records, "seconds": time.perf_counter() - t, "flagged": n_flagged, "users": len(users)}


def stage_audit(store: Path) -> dict:
    from auditkit.store import open_store

    s = open_store(store)
    t = time.perf_counter()
    found = s.audit_retention(as_of="2025-10-15", profile=str(ROOT / "sample_logs" / "profile.yaml"))
    return {
        "rows": sum(e.rows_read for e in s.entries),
        "seconds": time.perf_counter() - t,
        "findings": len(found),
    }


def child(argv: list[str]) -> None:
    stage, size = argv[0], int(argv[1])
    data = dataset(size)
    store = DATA / f"store-{size}-{'dask' if stage == 'dask' else 'local'}"
    if stage == "parse":
        out = stage_parse(data)
    elif stage == "match":
        out = stage_match(data)
    elif stage in ("ingest", "dask"):
        out = stage_ingest(data, store, "dask" if stage == "dask" else "local")
    elif stage == "report":
        out = stage_report(DATA / f"store-{size}-local", in_memory=False)
    elif stage == "report_pandas":
        out = stage_report(DATA / f"store-{size}-local", in_memory=True)
    elif stage == "report_arrow":
        out = stage_report_arrow(DATA / f"store-{size}-local")
    elif stage == "audit":
        out = stage_audit(DATA / f"store-{size}-local")
    else:
        raise SystemExit(f"unknown stage {stage}")
    out.update(
        stage=stage,
        size=size,
        peak_rss_gb=_peak_gb(),
        records_per_s=out["rows"] / out["seconds"],
        load_average=os.getloadavg()[0],
    )
    print(json.dumps(out, default=str))


# -- orchestration ------------------------------------------------------------------------------------------


def run(stage: str, size: int) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", stage, str(size)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result, default=str), flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000000,5000000")
    ap.add_argument(
        "--match-sizes", default="1000000", help="sizes at which to run the parse+match reference"
    )
    ap.add_argument("--dask-size", type=int, default=1_000_000, help="0 to skip the Dask comparison")
    ap.add_argument("--stages", default="parse,match,ingest,report,report_arrow,report_pandas,audit,dask")
    ap.add_argument(
        "--classifiers",
        default="moderation,rules",
        help="ingest classifiers ('' = the installed defaults; the reference is rules)",
    )
    ap.add_argument("--out", help="also write the results as JSON to this file")
    ap.add_argument("--merge", nargs="+", metavar="JSON", help="print the summary of earlier --out files")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    if args.merge:
        summary([r for f in args.merge for r in json.loads(Path(f).read_text())])
        return
    os.environ["BENCH_CLASSIFIERS"] = args.classifiers
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stages = args.stages.split(",")
    results: list[dict] = []
    for size in sizes:
        started = time.perf_counter()
        dataset(size)
        print(f"# data {size}: {time.perf_counter() - started:.0f}s", flush=True)
        for stage in stages:
            if stage == "dask" and size != args.dask_size:
                continue
            if stage == "match" and str(size) not in args.match_sizes.split(","):
                continue
            results.append(run(stage, size))
    summary(results)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1, default=str))


def summary(results: list[dict]) -> None:
    by = {(r["stage"], r["size"]): r for r in results}
    print("\n| stage | records | seconds | records/s | peak RSS GB |\n| --- | ---: | ---: | ---: | ---: |")
    for r in results:
        print(
            f"| {r['stage']} | {r['size']:,} | {r['seconds']:.1f} | {r['records_per_s']:,.0f} | "
            f"{r['peak_rss_gb']:.2f} |"
        )
    sizes = sorted({r["size"] for r in results})
    for size in sizes:
        ingest, report, audit = by.get(("ingest", size)), by.get(("report", size)), by.get(("audit", size))
        parse, match = by.get(("parse", size)), by.get(("match", size))
        if ingest and parse:
            print(f"{size:,}: ingest / parse floor = {ingest['seconds'] / parse['seconds']:.1f}x")
        if ingest and report and match:
            whole = ingest["seconds"] + report["seconds"]
            print(
                f"{size:,}: ingest + report = {whole:.0f}s = {whole / match['seconds']:.2f}x parse+match "
                f"({match['seconds']:.0f}s); with the retention audit "
                f"{(whole + (audit or {}).get('seconds', 0)) / match['seconds']:.2f}x"
            )
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        for stage in ("parse", "ingest", "report", "audit"):
            if (stage, a) in by and (stage, b) in by:
                x, y = by[(stage, a)], by[(stage, b)]
                print(
                    f"{stage}: {b // a}x the records cost {y['seconds'] / x['seconds']:.2f}x the time, "
                    f"peak RSS "
                    f"{x['peak_rss_gb']:.2f} -> {y['peak_rss_gb']:.2f} GB"
                )
    for (stage, size), r in by.items():
        if stage == "dask" and ("ingest", size) in by:
            local = by[("ingest", size)]
            print(
                f"dask (2-worker LocalCluster) at {size:,}: {r['seconds']:.0f}s "
                f"vs local {local['seconds']:.0f}s "
                f"= {r['seconds'] / local['seconds']:.2f}x"
            )


if __name__ == "__main__":
    main()
