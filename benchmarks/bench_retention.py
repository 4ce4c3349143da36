"""Speed of the retention audit: ``python benchmarks/bench_retention.py [--records N] [--repeat R]``.

Generates the sample company's logs with N calls (seed 7, uncompressed, under ``benchmarks/data/``, which
is git-ignored; reused when present), loads them once, then runs ``audit_retention`` R times as of
2025-10-15 with ``sample_logs/profile.yaml`` and prints the median, the records per second, the time spent
in the personal-data detectors (``auditkit.pii.detect_many`` over the same prompts, which the audit calls
once), the findings by reason, and the size of the findings table's evidence (bounded by design).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from auditkit import load_logs
    from auditkit.pii import detect_many
    from auditkit.retention import audit_retention, format_retention_summary
    from auditkit.samples.generate import generate

    folder = ROOT / "benchmarks" / "data" / f"retention-{args.records}"
    if not (folder / "MANIFEST.yaml").exists():
        began = time.perf_counter()
        generate(folder, records=args.records, seed=7, compress=False)
        print(f"generated {args.records:,} calls in {time.perf_counter() - began:.1f} s -> {folder}")
    began = time.perf_counter()
    records = load_logs(folder, timezone="Asia/Shanghai").records
    print(f"loaded {len(records):,} records in {time.perf_counter() - began:.1f} s (not part of the audit)")

    profile = ROOT / "sample_logs" / "profile.yaml"
    audit_retention(records.head(50), as_of="2025-10-15", profile=profile)  # warm caches (pattern databases)
    times, findings = [], None
    for _ in range(args.repeat):
        began = time.perf_counter()
        findings = audit_retention(records, as_of="2025-10-15", profile=profile)
        times.append(time.perf_counter() - began)
    median = statistics.median(times)
    prompts = records["input_text"].dropna()
    began = time.perf_counter()
    detect_many(prompts)
    detect = time.perf_counter() - began
    assert findings is not None
    evidence_bytes = int(findings["evidence"].str.len().sum())
    print(f"audit_retention: median {median:.2f} s over {args.repeat} runs = {len(records) / median:,.0f} records/s")
    print(f"  of which pii.detect_many over {len(prompts):,} prompts: {detect:.2f} s; the rest: {median - detect:.2f} s")
    print(f"  {len(findings):,} findings, evidence {evidence_bytes / 1e6:.1f} MB")
    print(format_retention_summary(findings))


if __name__ == "__main__":
    main()
