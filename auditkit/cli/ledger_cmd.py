"""``auditkit ledger verify|show|record PATH``: check, read and add to a review ledger.

Exit codes of ``verify``: 0 the chain is intact; 1 the ledger was changed outside auditkit (the first
broken entry is printed); 2 the file is missing or is not a ledger. ``show`` prints the latest decision per
finding and exits 1 (after a warning) when the ledger does not verify. ``record`` appends one decision at
the current time (the CLI, not the library, reads the clock).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run_verify", "run_show", "run_record"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "ledger",
        help="verify, show or add to a review ledger",
        description="The review ledger holds auditors' decisions on findings (confirmed, false positive, "
        "needs follow-up, notes, reveals), append-only and chained by sha256.",
    )
    lsub = p.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)

    v = lsub.add_parser(
        "verify",
        help="re-check every entry's hash and link; name the first broken entry",
        description="Exit 0 when intact, 1 when an entry was changed, removed or inserted outside "
        "auditkit, 2 when the file is missing or not a ledger.",
    )
    v.add_argument("path", metavar="PATH", help="the ledger (SQLite file)")
    v.add_argument(
        "--anchor",
        metavar="ID:HASH",
        help="a head printed by an earlier verify: also detects entries cut off the end",
    )
    v.set_defaults(func=run_verify)

    s = lsub.add_parser("show", help="print the latest decision on each reviewed finding")
    s.add_argument("path", metavar="PATH", help="the ledger (SQLite file)")
    s.add_argument("--all", action="store_true", help="print every entry (notes and reveals too), in order")
    s.add_argument("--record-key", metavar="KEY", help="only the entries or decisions about this record")
    s.add_argument("--csv", metavar="FILE", help="also write what is printed to a CSV file")
    s.set_defaults(func=run_show)

    r = lsub.add_parser("record", help="append one decision (made now) to a ledger, creating it if needed")
    r.add_argument("path", metavar="PATH", help="the ledger (SQLite file)")
    r.add_argument("--reviewer", required=True, help="who decides")
    r.add_argument("--record-key", required=True, help="the finding's record_key")
    r.add_argument(
        "--category", required=True, help="the finding's policy category ('' for a reveal of a record)"
    )
    r.add_argument(
        "--decision", required=True, help="confirmed, false_positive, needs_follow_up, note or revealed"
    )
    r.add_argument(
        "--reason-code",
        default=None,
        help="for a false positive: benign_context, quoted_or_reported, fiction_or_education, "
        "wrong_category, test_traffic or other",
    )
    r.add_argument("--note", default=None, help="a note (required for note and revealed: the reason)")
    r.set_defaults(func=run_record)


def run_verify(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK
    from auditkit.ledger import verify

    result = verify(args.path, anchor=args.anchor)
    print(result.summary())
    for problem in result.problems:
        print(f"  {problem}")
    if result.ok and result.anchor:
        print(f"anchor: {result.anchor}")
    return EXIT_OK if result.ok else EXIT_DATA_WARNING


def _table(frame: Any) -> str:
    if frame.empty:
        return "(no entries)"
    shown = frame.copy()
    for c in shown.columns:
        if str(shown[c].dtype).startswith("datetime"):
            shown[c] = shown[c].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return shown.fillna("").to_string(index=False)


def run_show(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK
    from auditkit.ledger import decisions, entries, verify

    result = verify(args.path)
    if not result.ok:
        print(
            f"auditkit ledger show: warning: {result.summary()}; the entries below cannot be trusted",
            file=sys.stderr,
        )
    if args.all:
        frame = entries(args.path, record_key=args.record_key).drop(columns=["prev_hash"])
    else:
        frame = decisions(args.path, verified=False)
        if args.record_key:
            frame = frame[frame["record_key"] == args.record_key]
    print(_table(frame))
    if args.csv:
        frame.to_csv(args.csv, index=False)
        print(f"\nWrote {len(frame)} rows to {args.csv}")
    return EXIT_OK if result.ok else EXIT_DATA_WARNING


def run_record(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_OK
    from auditkit.ledger import open_ledger, system_clock

    ledger = open_ledger(args.path, create=True)
    entry = ledger.record(
        reviewer=args.reviewer,
        record_key=args.record_key,
        category=args.category,
        decision=args.decision,
        reason_code=args.reason_code,
        note=args.note,
        at=system_clock(),
    )
    print(
        f"entry {entry.entry_id} recorded at {entry.created_at}: {entry.decision} "
        f"({entry.record_key}, {entry.category or '(record)'}) by {entry.reviewer}; hash {entry.entry_hash}"
    )
    return EXIT_OK
