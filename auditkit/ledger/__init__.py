"""The review ledger: auditors' decisions on findings, append-only and chained by sha256.

>>> from auditkit.ledger import open_ledger, verify, decisions            # doctest: +SKIP
>>> ledger = open_ledger("reviews.sqlite", create=True)                     # doctest: +SKIP
>>> ledger.record(reviewer="Mei Chen", record_key="3f2a9c0d1e2b4a5c:17", category="malware",
...               decision="false_positive", reason_code="benign_context")  # doctest: +SKIP
>>> verify("reviews.sqlite").ok                                             # doctest: +SKIP
True

A ledger is a SQLite file (its path is a parameter of the explorer and of the report). Each entry records
who decided what about which finding, and when; entries are never changed or removed (SQL triggers), and
each carries the sha256 of its content and of the entry before it, so that :func:`verify` (and
``auditkit ledger verify``) detects any edit made to the file by hand. Decisions are keyed by
(``record_key``, ``category``), so they carry across periods and reruns: :func:`decisions`,
:func:`review_status`, :func:`apply_reviews`, :func:`headline_counts`. ``docs/ledger.md`` describes the
format and how to re-check it independently.
"""

from auditkit.ledger.errors import LedgerCorruptError, LedgerError, LedgerIntegrityError, LedgerNotFoundError
from auditkit.ledger.model import (
    ENTRY_COLUMNS,
    GENESIS,
    RECORD_WIDE,
    REVIEW_STATUSES,
    STATUS_DECISIONS,
    UNREVIEWED,
    Decision,
    Entry,
    ReasonCode,
    canonical_bytes,
    entry_hash,
)
from auditkit.ledger.reviews import (
    DECISION_COLUMNS,
    REVIEW_COLUMNS,
    HeadlineCounts,
    apply_reviews,
    decisions,
    headline_counts,
    review_status,
    without_false_positives,
)
from auditkit.ledger.store import Ledger, entries, open_ledger, record, system_clock
from auditkit.ledger.verify import Problem, ProblemKind, VerifyResult, verify

__all__ = [
    "Ledger",
    "open_ledger",
    "record",
    "entries",
    "system_clock",
    "verify",
    "VerifyResult",
    "Problem",
    "ProblemKind",
    "decisions",
    "review_status",
    "apply_reviews",
    "headline_counts",
    "HeadlineCounts",
    "without_false_positives",
    "Decision",
    "ReasonCode",
    "Entry",
    "REVIEW_STATUSES",
    "STATUS_DECISIONS",
    "UNREVIEWED",
    "RECORD_WIDE",
    "GENESIS",
    "ENTRY_COLUMNS",
    "DECISION_COLUMNS",
    "REVIEW_COLUMNS",
    "canonical_bytes",
    "entry_hash",
    "LedgerError",
    "LedgerNotFoundError",
    "LedgerCorruptError",
    "LedgerIntegrityError",
]
