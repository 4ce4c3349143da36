"""Errors of the review ledger: a ledger that is missing, is not a ledger, or fails verification.

A broken hash chain found by :func:`auditkit.ledger.verify` is a result (``VerifyResult.problems``), not an
exception; :class:`LedgerIntegrityError` is raised only where a caller reads decisions from a ledger that
does not verify (a report must not quietly use a tampered ledger).
"""

from __future__ import annotations

from auditkit.errors import AuditkitError

__all__ = ["LedgerError", "LedgerNotFoundError", "LedgerCorruptError", "LedgerIntegrityError"]


class LedgerError(AuditkitError):
    """Root of the review ledger's errors."""


class LedgerNotFoundError(LedgerError, FileNotFoundError):
    """The ledger file does not exist (and was not to be created)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: no review ledger at this path; check the path, or open it from the explorer "
            "(explore(ledger=...)) to create a new one.",
            path=path,
        )


class LedgerCorruptError(LedgerError, ValueError):
    """The file exists but cannot be read as a review ledger (not SQLite, damaged, another schema)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(
            f"{path}: not a readable auditkit review ledger: {problem}. Restore the file from a backup; "
            "a ledger is created only by auditkit (explore(ledger=...) or `auditkit ledger record`).",
            path=path,
            problem=problem,
        )


class LedgerIntegrityError(LedgerError, ValueError):
    """The ledger's hash chain does not verify: an entry was changed, removed or inserted by hand."""

    def __init__(self, path: str, entry_id: int | None, problem: str) -> None:
        where = f"entry {entry_id}" if entry_id is not None else "the ledger"
        super().__init__(
            f"{path}: the review ledger does not verify at {where}: {problem}. Its decisions cannot be "
            "trusted; run `auditkit ledger verify` for every problem and restore the file from a backup.",
            path=path,
            entry_id=entry_id,
            problem=problem,
        )
