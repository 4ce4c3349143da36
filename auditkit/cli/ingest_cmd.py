"""``auditkit ingest PATH... --store DIR [--engine dask --scheduler tcp://HOST:PORT]``: logs into a store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "ingest",
        help="add log exports to a Parquet audit store (bounded memory, idempotent)",
        description="Read log exports in chunks into a Parquet audit store partitioned by UTC day, with the "
        "classification findings, personal-data detections and rejects beside the records. Files already in "
        "the store are skipped (by sha256); an interrupted run is completed by running it again. Without "
        "PATH, only finishes an interrupted run. See docs/store.md and docs/dask.md.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="log files, directories or glob patterns")
    p.add_argument("--store", required=True, metavar="DIR", help="the store folder (created when missing)")
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this process; dask: one task per file on a dask.distributed cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler (tcp://HOST:8786); default: a local cluster",
    )
    p.add_argument("--format", help="skip sniffing: read every file as this format")
    p.add_argument(
        "--timezone",
        default="UTC",
        help="IANA zone of timestamps written without a zone (one-api/new-api), e.g. Asia/Shanghai",
    )
    p.add_argument(
        "--quota-per-usd",
        type=float,
        default=500_000.0,
        help="one-api/new-api quota units per US dollar (default 500000)",
    )
    p.add_argument(
        "--policy", default="openai-usage-2023-03-17", help="usage policy version for the findings"
    )
    p.add_argument(
        "--classifiers", help="comma-separated classifier names (default: the offline ones installed)"
    )
    p.add_argument("--no-pii", action="store_true", help="do not store personal-data/secret detections")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK
    from auditkit.store import ingest

    def progress(entry: Any) -> None:
        if not args.quiet:
            s = entry.source
            print(
                f"{s.get('status', ''):<12} {entry.rows_read:>9} rows {int(s.get('rejects', 0)):>6} rejects  "
                f"{entry.path}",
                flush=True,
            )

    report = ingest(
        args.paths,
        args.store,
        engine=args.engine,
        scheduler=args.scheduler,
        timezone=args.timezone,
        quota_per_usd=args.quota_per_usd,
        format=args.format,
        policy=args.policy,
        classifiers=[c for c in args.classifiers.split(",") if c] if args.classifiers else None,
        pii=not args.no_pii,
        progress=progress,
    )
    f = report.finalized
    print(
        f"{args.store}: {len(report.ingested)} file(s) ingested "
        f"({report.rows} rows, {report.rejects} rejects), "
        f"{len(report.listed)} listed without rows, {len(report.already)} already in the store"
        + (
            f"; removed {report.removed_leftovers} leftover file(s) of an interrupted run"
            if report.removed_leftovers
            else ""
        ),
        file=sys.stdout,
    )
    if f and not f.get("up_to_date"):
        print(
            f"finalize: {f['folded']} record(s) folded by joins, {f['duplicates']} duplicate(s), "
            f"{f['replaced']} row(s) updated"
        )
    warn = report.rejects or any(
        e.source.get("status") not in ("ok", "skipped", "same_content") for e in report.ingested
    )
    return EXIT_DATA_WARNING if warn else EXIT_OK
