"""``verify``: is the ledger exactly what auditkit wrote, entry after entry?

Every entry is re-hashed and its ``prev_hash`` compared with the hash of the entry before it, so an entry
changed by hand (even with the append-only triggers dropped), removed or inserted is found, and the first
broken entry is named. What the chain alone cannot show is entries cut off the *end*: for that, compare
with an *anchor*, the head (``entry_id`` and ``entry_hash``) recorded earlier, e.g. printed by
``auditkit ledger verify`` when a report was signed off.

Problems are data (:class:`Problem` rows in a :class:`VerifyResult`); only a file that is missing or is not
a ledger at all raises.
"""

from __future__ import annotations

import enum
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from auditkit.errors import ParameterError
from auditkit.ledger.errors import LedgerCorruptError
from auditkit.ledger.model import ENTRY_COLUMNS, GENESIS, Decision, ReasonCode, entry_hash
from auditkit.ledger.store import TRIGGERS, connect_ro, read_rows

__all__ = ["verify", "VerifyResult", "Problem", "ProblemKind", "parse_anchor"]

_HEX64 = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")


class ProblemKind(enum.StrEnum):
    """What is wrong with an entry, or with the ledger."""

    HASH_MISMATCH = "hash_mismatch"  # the entry's content no longer gives its hash: edited after writing
    CHAIN_BREAK = "chain_break"  # prev_hash is not the previous entry's hash: an entry before it
    # was rewritten, removed or inserted
    MISSING_ENTRY = "missing_entry"  # entry ids jump: entries were deleted
    BAD_VALUE = "bad_value"  # a field that auditkit never writes (type, enum, format)
    TRIGGERS_ALTERED = "triggers_altered"  # the append-only triggers were dropped or changed
    ANCHOR_MISMATCH = "anchor_mismatch"  # the recorded head is missing or differs: entries cut off the end


@dataclass(frozen=True)
class Problem:
    """One problem: the entry it was found at (``None`` for the whole ledger), its kind, and the facts."""

    entry_id: int | None
    kind: str
    detail: str

    def __str__(self) -> str:
        where = f"entry {self.entry_id}" if self.entry_id is not None else "ledger"
        return f"{where}: {self.kind}: {self.detail}"


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify`.

    Attributes:
        path: the ledger file.
        entries: how many entries it holds.
        head_id, head_hash: the last entry's id and hash (an anchor to record; ``None`` when empty).
        problems: every problem found, in entry order (entry-less ones first).
    """

    path: str
    entries: int
    head_id: int | None
    head_hash: str | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no problem was found: the chain is intact and the triggers are in place."""
        return not self.problems

    @property
    def first_broken(self) -> int | None:
        """The first entry at which the chain is broken (``None`` if none is, or only the ledger is)."""
        ids = [p.entry_id for p in self.problems if p.entry_id is not None]
        return min(ids) if ids else None

    @property
    def anchor(self) -> str | None:
        """``"<head_id>:<head_hash>"``, to record and pass to a later ``verify(anchor=...)``."""
        return f"{self.head_id}:{self.head_hash}" if self.head_id is not None else None

    def summary(self) -> str:
        """One sentence: intact with N entries, or the first problem."""
        if self.ok:
            head = f"; head {self.anchor}" if self.anchor else ""
            return f"{self.path}: intact, {self.entries} entries{head}"
        first = next((p for p in self.problems if p.entry_id == self.first_broken), self.problems[0])
        return f"{self.path}: BROKEN at {first}" + (
            f" ({len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        )


def parse_anchor(anchor: str) -> tuple[int, str]:
    """``"17:ab12..."`` → ``(17, "ab12...")``; ``ParameterError`` for anything else."""
    m = re.fullmatch(r"\s*(\d+):([0-9a-f]{64})\s*", anchor or "")
    if not m:
        raise ParameterError("anchor", anchor, "ENTRY_ID:ENTRY_HASH as printed by `auditkit ledger verify`")
    return int(m.group(1)), m.group(2)


def _value_problems(row: dict[str, Any]) -> list[str]:
    out = []
    for c in ENTRY_COLUMNS:
        v = row[c]
        if c == "entry_id":
            continue
        if c in ("reason_code", "note") and v is None:
            continue
        if not isinstance(v, str):
            out.append(f"{c} is {type(v).__name__}, not text")
    if out:
        return out
    if row["decision"] not in {d.value for d in Decision}:
        out.append(f"decision {row['decision']!r} is not a decision")
    if row["reason_code"] is not None and row["reason_code"] not in {r.value for r in ReasonCode}:
        out.append(f"reason_code {row['reason_code']!r} is not a reason code")
    if not _TIME.fullmatch(row["created_at"]):
        out.append(f"created_at {row['created_at']!r} is not a UTC time as auditkit writes it")
    for c in ("prev_hash", "entry_hash"):
        if not _HEX64.fullmatch(row[c]):
            out.append(f"{c} is not a sha256 hex digest")
    return out


def _check_entries(rows: list[tuple]) -> list[Problem]:
    problems: list[Problem] = []
    prev_hash, prev_id = GENESIS, 0
    for raw in rows:
        row = dict(zip(ENTRY_COLUMNS, raw, strict=True))
        eid = row["entry_id"]
        if not isinstance(eid, int) or isinstance(eid, bool):
            problems.append(
                Problem(prev_id + 1, ProblemKind.BAD_VALUE.value, f"entry_id {eid!r} is not a number")
            )
            eid = row["entry_id"] = prev_id + 1
        if eid != prev_id + 1:
            problems.append(
                Problem(
                    eid,
                    ProblemKind.MISSING_ENTRY.value,
                    f"entries {prev_id + 1}..{eid - 1} are missing (deleted)"
                    if eid > prev_id + 1
                    else f"entry id {eid} follows {prev_id}",
                )
            )
        bad = _value_problems(row)
        if bad:
            problems.append(Problem(eid, ProblemKind.BAD_VALUE.value, "; ".join(bad)))
        elif entry_hash(row) != row["entry_hash"]:
            problems.append(
                Problem(
                    eid,
                    ProblemKind.HASH_MISMATCH.value,
                    "its content does not match its hash: it was changed after it was written",
                )
            )
        if row["prev_hash"] != prev_hash:
            what = "the start of the chain" if prev_id == 0 else f"entry {prev_id}'s hash"
            problems.append(
                Problem(
                    eid,
                    ProblemKind.CHAIN_BREAK.value,
                    f"prev_hash does not match {what}: an entry before it was rewritten, removed or inserted",
                )
            )
        prev_hash, prev_id = row["entry_hash"], eid
    return problems


def _trigger_problems(con: sqlite3.Connection) -> list[Problem]:
    found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    norm = lambda s: " ".join((s or "").split())  # noqa: E731
    altered = sorted(n for n, sql in TRIGGERS.items() if norm(found.get(n)) != norm(sql))
    extra = sorted(set(found) - set(TRIGGERS))
    out = []
    if altered:
        out.append(
            Problem(
                None,
                ProblemKind.TRIGGERS_ALTERED.value,
                f"append-only trigger(s) {', '.join(altered)} dropped or changed: the file was "
                "opened and altered outside auditkit",
            )
        )
    if extra:
        out.append(
            Problem(None, ProblemKind.TRIGGERS_ALTERED.value, f"unexpected trigger(s) {', '.join(extra)}")
        )
    return out


def _anchor_problems(rows: list[tuple], anchor: str) -> list[Problem]:
    aid, ahash = parse_anchor(anchor)
    by_id = {r[0]: r[-1] for r in rows}
    if aid not in by_id:
        return [
            Problem(
                aid,
                ProblemKind.ANCHOR_MISMATCH.value,
                f"the anchored entry {aid} is not in the ledger (it holds {len(rows)} entries): entries "
                "were removed from the end",
            )
        ]
    if by_id[aid] != ahash:
        return [
            Problem(
                aid,
                ProblemKind.ANCHOR_MISMATCH.value,
                "its hash differs from the anchor: the ledger was rewritten from this entry on",
            )
        ]
    return []


def verify(path: str | os.PathLike[str], *, anchor: str | None = None) -> VerifyResult:
    """Re-check every entry's hash and link, the append-only triggers and, if given, an anchor.

    Args:
        path: the ledger file.
        anchor: ``"ENTRY_ID:ENTRY_HASH"`` recorded earlier (``VerifyResult.anchor``); detects entries
            removed from the end, which the chain alone cannot.

    Returns:
        A :class:`VerifyResult`; ``ok`` is False and ``first_broken`` names the first bad entry when the
        ledger was changed outside auditkit. ``LedgerNotFoundError``/``LedgerCorruptError`` when the file
        is missing or is not a ledger.
    """
    p = os.fspath(path)
    with closing(connect_ro(p)) as con:
        rows = read_rows(con, p)
        try:
            problems = _trigger_problems(con)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - the schema was read just before
            raise LedgerCorruptError(p, f"SQLite says: {exc}") from exc
    problems += _check_entries(rows)
    if anchor:
        problems += _anchor_problems(rows, anchor)
    problems.sort(key=lambda x: -1 if x.entry_id is None else x.entry_id)
    head = rows[-1] if rows else None
    return VerifyResult(p, len(rows), head[0] if head else None, head[-1] if head else None, tuple(problems))
