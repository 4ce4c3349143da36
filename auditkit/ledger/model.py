"""What a ledger entry is: the decisions, the false-positive reason codes, and the hash that chains entries.

An entry's ``entry_hash`` is the sha256 of its canonical serialisation, which includes ``prev_hash``, the
hash of the entry before it (:data:`GENESIS` for the first). Changing, removing or inserting any entry
therefore breaks the chain at that point. The serialisation is plain JSON so that anyone can re-check a
ledger with ten lines of Python (``docs/ledger.md``)::

    json.dumps({"v": 1, "entry_id": ..., "created_at": ..., "reviewer": ..., "record_key": ...,
                "category": ..., "decision": ..., "reason_code": ..., "note": ..., "prev_hash": ...},
               sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from auditkit.errors import ParameterError

__all__ = [
    "Decision",
    "ReasonCode",
    "Entry",
    "REVIEW_STATUSES",
    "STATUS_DECISIONS",
    "UNREVIEWED",
    "GENESIS",
    "FORMAT_VERSION",
    "ENTRY_COLUMNS",
    "RECORD_WIDE",
    "canonical_bytes",
    "entry_hash",
    "check_fields",
    "format_time",
]

FORMAT_VERSION = 1
#: ``prev_hash`` of the first entry.
GENESIS = "0" * 64
#: The ``category`` of an entry about a whole record rather than one finding (a reveal).
RECORD_WIDE = ""
UNREVIEWED = "unreviewed"


class Decision(enum.StrEnum):
    """What a reviewer recorded about a finding (or, for ``revealed``, about a record)."""

    CONFIRMED = "confirmed"  # the finding is a real policy violation
    FALSE_POSITIVE = "false_positive"  # not a violation; needs a ReasonCode
    NEEDS_FOLLOW_UP = "needs_follow_up"  # cannot be decided yet (ask the application owner ...)
    NOTE = "note"  # a comment; does not change the status
    REVEALED = "revealed"  # the original (unredacted) text was shown; the note is the reason


class ReasonCode(enum.StrEnum):
    """Why a finding is a false positive."""

    BENIGN_CONTEXT = "benign_context"  # harmless in context ("kill the process")
    QUOTED_OR_REPORTED = "quoted_or_reported"  # quoting, reporting or moderating someone else's words
    FICTION_OR_EDUCATION = "fiction_or_education"  # fiction, teaching, research, awareness
    WRONG_CATEGORY = "wrong_category"  # a problem, but of another category
    TEST_TRAFFIC = "test_traffic"  # red-team, QA or load-test traffic
    OTHER = "other"  # anything else; say what in the note


#: Decisions that set a finding's review status (the latest one wins); notes and reveals do not.
STATUS_DECISIONS = (Decision.CONFIRMED.value, Decision.FALSE_POSITIVE.value, Decision.NEEDS_FOLLOW_UP.value)
#: Every review status a finding can have.
REVIEW_STATUSES = (UNREVIEWED, *STATUS_DECISIONS)
#: Columns of :func:`auditkit.ledger.entries`, in order.
ENTRY_COLUMNS = (
    "entry_id",
    "created_at",
    "reviewer",
    "record_key",
    "category",
    "decision",
    "reason_code",
    "note",
    "prev_hash",
    "entry_hash",
)

_MAX_NAME, _MAX_KEY, _MAX_NOTE = 200, 500, 10_000


@dataclass(frozen=True)
class Entry:
    """One row of the ledger, as written."""

    entry_id: int
    created_at: str
    reviewer: str
    record_key: str
    category: str
    decision: str
    reason_code: str | None
    note: str | None
    prev_hash: str
    entry_hash: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def canonical_bytes(fields: dict[str, Any]) -> bytes:
    """The bytes an entry's hash is taken over (every column but ``entry_hash``, plus the format version)."""
    body = {"v": FORMAT_VERSION, **{k: fields[k] for k in ENTRY_COLUMNS if k != "entry_hash"}}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(fields: dict[str, Any]) -> str:
    """sha256 (hex) of :func:`canonical_bytes`."""
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()


def format_time(at: dt.datetime) -> str:
    """``at`` as the ledger writes it: ISO 8601 in UTC with microseconds
    (``2025-10-16T09:30:00.000000+00:00``)."""
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ParameterError("created_at", at, "a timezone-aware datetime (the time of the decision)")
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _text(name: str, value: Any, limit: int, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ParameterError(name, value, "a string")
    value = unicodedata.normalize("NFC", value.strip())
    if not value and not empty:
        raise ParameterError(name, value, "a non-empty string")
    if len(value) > limit:
        raise ParameterError(name, value[:40] + "...", f"at most {limit} characters")
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value):
        raise ParameterError(name, value, "text without control characters")
    return value


def check_fields(
    *, reviewer: Any, record_key: Any, category: Any, decision: Any, reason_code: Any = None, note: Any = None
) -> dict[str, Any]:
    """Validated, normalised (NFC, stripped) fields of a new entry; ``ParameterError`` names the bad one.

    A false positive needs a :class:`ReasonCode`; other decisions take none. A reveal needs its reason in
    ``note``, and so does a note. A reveal may be record-wide (``category`` ``""``); every other decision
    is about one finding, (``record_key``, ``category``).
    """
    try:
        dec = Decision(decision).value
    except ValueError:
        raise ParameterError("decision", decision, f"one of {', '.join(d.value for d in Decision)}") from None
    out: dict[str, Any] = {
        "reviewer": _text("reviewer", reviewer, _MAX_NAME),
        "record_key": _text("record_key", record_key, _MAX_KEY),
        "category": _text("category", category, _MAX_KEY, empty=dec == Decision.REVEALED.value),
        "decision": dec,
    }
    if dec == Decision.FALSE_POSITIVE.value:
        try:
            out["reason_code"] = ReasonCode(reason_code).value
        except ValueError:
            raise ParameterError(
                "reason_code",
                reason_code,
                f"one of {', '.join(r.value for r in ReasonCode)} for a false positive",
            ) from None
    elif reason_code not in (None, ""):
        raise ParameterError("reason_code", reason_code, "no reason code: only a false positive takes one")
    else:
        out["reason_code"] = None
    needs_note = dec in (Decision.NOTE.value, Decision.REVEALED.value)
    text = None if note is None else _text("note", note, _MAX_NOTE, empty=True)
    if needs_note and not text:
        what = (
            "the reason for revealing the original text"
            if dec == Decision.REVEALED.value
            else "the note's text"
        )
        raise ParameterError("note", note, what)
    out["note"] = text or None
    return out
