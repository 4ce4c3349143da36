"""Benchmark of the audit report at scale: generate N sample calls, run `auditkit report` end to end,
and check the HTML stays under the size budget (10 MB at a million records).

    .venv/bin/python benchmarks/bench_report.py                 # 1,000,000 calls (about 20-30 minutes)
    .venv/bin/python benchmarks/bench_report.py --records 200000

Writes benchmarks/results/bench_report.json; data goes to benchmarks/data/ (both ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 10 * 1024 * 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--keep-data", action="store_true", help="reuse benchmarks/data/report-N if it exists")
    args = ap.parse_args()
    data = ROOT / "benchmarks" / "data" / f"report-{args.records}"
    out = ROOT / "benchmarks" / "results" / f"report-{args.records}"
    env = dict(
        os.environ,
        AUDITKIT_CACHE_DIR=os.environ.get("AUDITKIT_CACHE_DIR", str(ROOT / ".pytest_cache" / "auditkit")),
    )
    t0 = time.perf_counter()
    if not (args.keep_data and data.exists()):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "auditkit.samples",
                "--records",
                str(args.records),
                "--seed",
                str(args.seed),
                "--out",
                str(data),
                "--one-file",
            ],
            check=True,
            env=env,
        )
    t1 = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "auditkit",
        "report",
        "--logs",
        str(data),
        "--period",
        "2025-06-01..2025-09-30",
        "--as-of",
        "2025-10-15",
        "--profile",
        str(ROOT / "sample_logs" / "profile.yaml"),
        "--out",
        str(out),
        "--no-index",
    ]
    code = subprocess.run(cmd, env=env).returncode
    t2 = time.perf_counter()
    html = out / "audit_report.html"
    size = html.stat().st_size if html.exists() else -1
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8")) if html.exists() else {}
    result = {
        "records_requested": args.records,
        "calls_in_period": manifest.get("counts", {}).get("records"),
        "exit_code": code,
        "generate_s": round(t1 - t0, 1),
        "report_s": round(t2 - t1, 1),
        "html_bytes": size,
        "notebook_bytes": (out / "audit_report.ipynb").stat().st_size if html.exists() else -1,
        "status": manifest.get("status"),
        "within_budget": manifest.get("status") == "ok" and 0 < size < BUDGET,
        "peak_rss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }
    (ROOT / "benchmarks" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "benchmarks" / "results" / "bench_report.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0 if code in (0, 1) and result["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
