"""``python -m auditkit.samples``: write the fictional company's multi-format sample logs.

Examples::

    python -m auditkit.samples --records 3000 --seed 7 --out sample_logs
    python -m auditkit.samples --records 1000000 --formats openai_chat_proxy --one-file --out bench_data
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from auditkit.errors import AuditkitError
from auditkit.samples.generate import DEFAULT_RECORDS, DEFAULT_SEED, DEFAULT_START, generate
from auditkit.samples.writers import FORMATS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m auditkit.samples",
        description="Generate the sample logs of a fictional company (Lotus & Pine Technologies): several "
        "applications, formats, languages and deliberate audit cases, deterministically from a seed.",
    )
    p.add_argument(
        "--records",
        type=int,
        default=DEFAULT_RECORDS,
        help=f"calls to generate over the chosen formats (default {DEFAULT_RECORDS})",
    )
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    p.add_argument(
        "--start",
        type=dt.date.fromisoformat,
        default=DEFAULT_START,
        help=f"first day of the 122-day window, YYYY-MM-DD (default {DEFAULT_START})",
    )
    p.add_argument("--out", required=True, help="output folder: new, empty, or written by this generator before (then emptied first)")
    p.add_argument(
        "--formats", default="", help="comma-separated formats to write (default: all): " + ", ".join(FORMATS)
    )
    p.add_argument("--no-compress", action="store_true", help="do not gzip older months")
    p.add_argument(
        "--one-file",
        action="store_true",
        help="one file per application and format, no rotation, no archive, no malformed lines "
        "(for benchmarks)",
    )
    p.add_argument("--no-malformed", action="store_true", help="leave out the deliberate malformed lines")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()] or None
    began = time.perf_counter()
    try:
        result = generate(
            args.out,
            records=args.records,
            seed=args.seed,
            start=args.start,
            formats=formats,
            compress=not args.no_compress,
            one_file=args.one_file,
            malformed=not args.no_malformed,
        )
    except AuditkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    took = time.perf_counter() - began
    size = sum((result.out / f.path).stat().st_size for f in result.files)
    print(
        f"wrote {result.calls} calls in {len(result.files)} files ({size / 1e6:.1f} MB) to {result.out} "
        f"in {took:.1f} s ({result.calls / max(took, 1e-9):,.0f} calls/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
