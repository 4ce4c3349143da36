"""``auditkit report {--logs PATH... | --store DIR} --period P --out DIR``: the periodic audit report, ready
for cron.

Writes ``DIR/audit_report.html``, ``DIR/audit_report.ipynb`` and ``DIR/manifest.json`` (atomically) and
refreshes ``index.html`` in DIR's parent folder. Exit codes: 0 done; 1 done with data-quality warnings;
2 could not run (bad parameter, missing input, another run holds the folder); 3 the report failed (its
failure page was written). ``--on-failure CMD`` runs CMD through the shell on exit codes 2 and 3.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from typing import Any

__all__ = ["add_parser", "run", "parameters_from_args"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="build the periodic audit report (self-contained HTML, executed notebook, manifest)",
        description="Run the audit-report notebook on the logs of a period and write DIR/audit_report.html, "
        "DIR/audit_report.ipynb and DIR/manifest.json; refresh the reports index in DIR's parent folder.",
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--logs", nargs="+", metavar="PATH", help="log files, folders or glob patterns")
    source.add_argument(
        "--store",
        metavar="DIR",
        help="a Parquet audit store written by 'auditkit ingest PATH... --store DIR', read instead of logs: "
        "only the period's day partitions and the columns the report needs are read",
    )
    p.add_argument(
        "--period",
        required=True,
        help="YYYY-MM, YYYY-Www, last-month, last-week (relative to --as-of), YYYY-MM-DD or START..END",
    )
    p.add_argument(
        "--as-of",
        type=_date,
        default=None,
        metavar="DATE",
        help="reference date of the audit, YYYY-MM-DD (default: today, UTC)",
    )
    p.add_argument("--profile", default="", metavar="FILE", help="organisation profile YAML")
    p.add_argument("--lang", default="en", help="report language: en or zh (default en)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder of this report")
    p.add_argument(
        "--previous-logs",
        nargs="+",
        default=[],
        metavar="PATH",
        help="logs covering the previous period, for the comparison in the summary",
    )
    p.add_argument("--policy", default=None, metavar="VERSION", help="usage-policy version")
    p.add_argument("--organisation", default="", help="organisation named on the cover")
    p.add_argument("--timezone", default="UTC", help="IANA zone of timestamps written without one")
    p.add_argument("--no-redact", action="store_true", help="show excerpts and identifiers unmasked")
    p.add_argument(
        "--sample", type=int, default=None, metavar="N", help="findings in the exceptions register"
    )
    p.add_argument("--seed", type=int, default=None, metavar="N", help="seed of the exceptions sample")
    p.add_argument(
        "--review-ledger",
        default="",
        metavar="FILE",
        help="review ledger: the SQLite file of auditkit ledger / the explorer (verified first; a broken "
        "chain stops the report), or a CSV or JSON Lines file with record_key, category, status. Findings "
        "it holds as confirmed false positives are left out of the headline figures and the policy "
        "section and counted separately; the exceptions register shows every reviewed finding with its "
        "status",
    )
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="any other notebook parameter (checked like the others; repeatable)",
    )
    p.add_argument(
        "--on-failure",
        default=None,
        metavar="CMD",
        help="shell command run when the report cannot be built (exit 2 or 3); facts in AUDITKIT_* "
        "environment variables",
    )
    p.add_argument(
        "--kernel", default=None, help="Jupyter kernel to run the notebook with (default: python3)"
    )
    p.add_argument(
        "--timeout", type=int, default=None, metavar="SECONDS", help="time limit per notebook cell"
    )
    p.add_argument("--no-index", action="store_true", help="do not refresh index.html in the parent folder")
    p.set_defaults(func=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def parameters_from_args(args: argparse.Namespace, today: dt.date) -> dict[str, Any]:
    """The notebook parameters the command line asks for (the period resolved against ``--as-of``)."""
    from auditkit.report.params import parse_period

    as_of = args.as_of or today
    start, end = parse_period(args.period, as_of)
    params: dict[str, Any] = {
        "logs": list(args.logs or []),
        "store": getattr(args, "store", None) or "",
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "as_of": as_of.isoformat(),
        "profile": args.profile,
        "lang": args.lang,
        "redact": not args.no_redact,
        "organisation": args.organisation,
        "previous_logs": list(args.previous_logs),
        "timezone": args.timezone,
        "review_ledger": args.review_ledger,
        "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
    for name, value in (
        ("policy_version", args.policy),
        ("exceptions_sample", args.sample),
        ("exceptions_seed", args.seed),
    ):
        if value is not None:
            params[name] = value
    for name, value in args.parameter:
        params[name] = value
    return params


def _finish(args: argparse.Namespace, code: int, status: str, error: str | None) -> int:
    if code >= 2 and args.on_failure:
        from auditkit.report.run import run_hook

        hook = run_hook(args.on_failure, status=status, exit_code=code, out_dir=args.out, error=error)
        if hook:
            print(f"auditkit report: the on-failure command exited {hook}", file=sys.stderr)
    return code


def terminal_summary(facts: dict[str, Any], top: int = 10) -> str:
    """A few lines for the terminal (and cron's mail): headline figures, top categories, retention reasons."""
    fig = facts.get("figures") or {}
    lines = [
        f"Records in the period: {fig.get('records', 0)}; classified {fig.get('classified', 0)}, "
        f"flagged {fig.get('flagged', 0)}; rejected input records {fig.get('rejects', 0)}."
    ]
    if fig.get("false_positives"):
        lines.append(
            f"Findings reviewed as false positives (review ledger), left out of these figures: "
            f"{fig['false_positives']}."
        )
    by_cat = facts.get("by_category") or []
    if by_cat:
        lines.append(f"Flagged records by policy category (top {min(top, len(by_cat))}):")
        lines += [f"  {cat:32s} {n:6d}" for cat, n in by_cat[:top]]
    by_reason = facts.get("retention_by_reason") or {}
    if by_reason:
        lines.append("Retention and governance findings by reason code (findings / records covered):")
        lines += [f"  {reason:32s} {v['findings']:6d} / {v['records']}" for reason, v in by_reason.items()]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_FAILED, EXIT_OK, EXIT_USAGE
    from auditkit.errors import AuditkitError
    from auditkit.report.params import scrub, secret_values, validate
    from auditkit.report.run import ReportFailedError, run_report

    try:
        params = parameters_from_args(args, dt.datetime.now(dt.UTC).date())
        validate(params)  # every name and value checked before anything runs
        result = run_report(
            params, args.out, kernel_name=args.kernel, timeout=args.timeout, index=not args.no_index
        )
    except ReportFailedError as exc:
        print(f"auditkit report: error: {exc}", file=sys.stderr)
        return _finish(args, EXIT_FAILED, "failed", exc.error)
    except (AuditkitError, OSError) as exc:
        message = str(exc)
        with contextlib.suppress(AuditkitError):
            message = scrub(message, secret_values(dict(args.parameter)))
        print(f"auditkit report: error: {message}", file=sys.stderr)
        return _finish(args, EXIT_USAGE, "not_run", message)
    # The summary is for people (and cron's mail); stdout carries only the report's path, for scripts.
    print(terminal_summary(result.facts), file=sys.stderr)
    print(result.html)
    if result.data_warnings:
        rejects = (result.facts.get("figures") or {}).get("rejects", 0)
        print(
            f"auditkit report: done with data-quality warnings ({rejects} rejected input records, or files "
            "not read whole): see the report's Data quality section",
            file=sys.stderr,
        )
        return EXIT_DATA_WARNING
    return EXIT_OK
