"""The ``auditkit`` command line. Each sub-command lives in its own module and registers itself here.

Exit codes (documented in the README for alerting):

* 0 - done, all input usable;
* 1 - done, but some input records were rejected, files were empty or cut off (data-quality warning);
* 2 - could not run: bad parameter, unreadable or unrecognised file, invalid configuration;
* 3 - the run failed (a report that could not be built; see its failure page).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from auditkit._version import __version__
from auditkit.errors import AuditkitError

__all__ = ["main", "EXIT_OK", "EXIT_DATA_WARNING", "EXIT_USAGE", "EXIT_FAILED", "build_parser"]

EXIT_OK = 0
EXIT_DATA_WARNING = 1
EXIT_USAGE = 2
EXIT_FAILED = 3

# (module, function adding the sub-command); each module's add_parser(sub) sets func=handler.
_COMMANDS: tuple[str, ...] = ("auditkit.cli.load_cmd", "auditkit.cli.evaluate_cmd", "auditkit.cli.report_cmd",
                             "auditkit.cli.ledger_cmd", "auditkit.cli.ingest_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditkit",
        description="Audit exported LLM API usage logs: load, classify, check retention, report.",
    )
    parser.add_argument("--version", action="version", version=f"auditkit {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for module_name in _COMMANDS:
        module = importlib.import_module(module_name)
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s"
    )
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except AuditkitError as exc:
        print(f"auditkit {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"auditkit {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
