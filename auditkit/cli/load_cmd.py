"""``auditkit load PATH... [--to-parquet FILE]``: read logs and print what was found."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "load",
        help="load log exports and print a per-file summary",
        description="Load log exports of any supported format (files, directories, globs; gzip and zip "
        "read transparently) and print, per file, the detected format, records, rejects and time range.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="log files, directories or glob patterns")
    p.add_argument("--to-parquet", metavar="FILE", help="also write the canonical records to a Parquet file")
    p.add_argument("--rejects-csv", metavar="FILE", help="also write the rejected records to a CSV file")
    p.add_argument("--format", help="skip sniffing: read every file as this format")
    p.add_argument("--timezone", default="UTC",
                   help="IANA zone of timestamps written without a zone (one-api/new-api), e.g. Asia/Shanghai")
    p.add_argument("--quota-per-usd", type=float, default=500_000.0,
                   help="one-api/new-api quota units per US dollar (default 500000)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad record")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="keep repeated records as rows (marked duplicate_of) instead of merging them")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK
    from auditkit.load import load_logs
    from auditkit.summary import format_load_summary

    result = load_logs(
        args.paths,
        strict=args.strict,
        format=args.format,
        timezone=args.timezone,
        quota_per_usd=args.quota_per_usd,
        duplicates="keep" if args.keep_duplicates else "merge",
        progress=(not args.no_progress) and sys.stderr.isatty(),
    )
    print(format_load_summary(result))
    if args.to_parquet:
        result.to_parquet(args.to_parquet)
        print(f"\nWrote {len(result.records)} records to {args.to_parquet}")
    if args.rejects_csv:
        result.rejects.to_csv(args.rejects_csv, index=False)
        print(f"Wrote {len(result.rejects)} rejects to {args.rejects_csv}")
    return EXIT_OK if result.ok else EXIT_DATA_WARNING
