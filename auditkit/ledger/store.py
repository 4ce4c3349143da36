"""The ledger file: a SQLite database with one append-only table of hash-chained entries.

Append-only is enforced in SQL: triggers abort every ``UPDATE`` and ``DELETE``, and an ``INSERT`` whose
``entry_id`` or ``prev_hash`` does not continue the chain. Triggers can be dropped by anyone who can write
the file; :func:`auditkit.ledger.verify` still detects what was changed then, from the hashes.

Appends are safe from several processes at once (two auditors' notebooks on one shared ledger): each runs
in a ``BEGIN IMMEDIATE`` transaction, which takes the write lock before the chain's head is read.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit.ledger.errors import LedgerCorruptError, LedgerNotFoundError
from auditkit.ledger.model import (
    ENTRY_COLUMNS,
    FORMAT_VERSION,
    GENESIS,
    Decision,
    Entry,
    ReasonCode,
    check_fields,
    entry_hash,
    format_time,
)

__all__ = [
    "Ledger",
    "open_ledger",
    "record",
    "entries",
    "system_clock",
    "read_rows",
    "connect_ro",
    "TRIGGERS",
    "LEDGER_FORMAT",
]

LEDGER_FORMAT = "auditkit-review-ledger"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_LOCK_TIMEOUT_S = 30.0

_DECISIONS = ", ".join(f"'{d.value}'" for d in Decision)
_REASONS = ", ".join(f"'{r.value}'" for r in ReasonCode)
_TABLES = f"""
CREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE entries (
    entry_id    INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    category    TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ({_DECISIONS})),
    reason_code TEXT CHECK (reason_code IS NULL OR reason_code IN ({_REASONS})),
    note        TEXT,
    prev_hash   TEXT NOT NULL,
    entry_hash  TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX entries_by_finding ON entries (record_key, category);
"""
#: The triggers that make the tables append-only (verify checks that they are still there, unchanged).
TRIGGERS: dict[str, str] = {
    "entries_no_update": "CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries BEGIN "
    "SELECT RAISE(ABORT, 'the review ledger is append-only: entries cannot be changed'); END",
    "entries_no_delete": "CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries BEGIN "
    "SELECT RAISE(ABORT, 'the review ledger is append-only: entries cannot be deleted'); END",
    "entries_chain": "CREATE TRIGGER entries_chain BEFORE INSERT ON entries BEGIN "
    "SELECT RAISE(ABORT, 'the review ledger is append-only: an entry must continue the chain') "
    "WHERE NEW.entry_id IS NOT (SELECT COALESCE(MAX(entry_id), 0) + 1 FROM entries) "
    f"OR NEW.prev_hash IS NOT COALESCE((SELECT entry_hash FROM entries ORDER BY entry_id DESC "
    f"LIMIT 1), '{GENESIS}'); END",
    "meta_no_update": "CREATE TRIGGER meta_no_update BEFORE UPDATE ON ledger_meta BEGIN "
    "SELECT RAISE(ABORT, 'the review ledger is append-only: its header cannot be changed'); END",
    "meta_no_delete": "CREATE TRIGGER meta_no_delete BEFORE DELETE ON ledger_meta BEGIN "
    "SELECT RAISE(ABORT, 'the review ledger is append-only: its header cannot be changed'); END",
}


def system_clock() -> dt.datetime:
    """The time of a decision: now, in UTC (the default clock of :class:`Ledger`; tests pass their own)."""
    return dt.datetime.now(dt.UTC)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise LedgerNotFoundError(str(path))
    if not path.is_file():
        raise LedgerCorruptError(str(path), "it is not a file")
    with open(path, "rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise LedgerCorruptError(str(path), "it is not a SQLite database" if head else "the file is empty")


def _check_schema(con: sqlite3.Connection, path: Path) -> None:
    try:
        meta = dict(con.execute("SELECT key, value FROM ledger_meta").fetchall())
        con.execute("SELECT " + ", ".join(ENTRY_COLUMNS) + " FROM entries LIMIT 0")
    except sqlite3.DatabaseError as exc:
        raise LedgerCorruptError(str(path), f"SQLite says: {exc}") from exc
    if meta.get("format") != LEDGER_FORMAT:
        raise LedgerCorruptError(str(path), f"its header names the format {meta.get('format')!r}")
    if meta.get("version") != str(FORMAT_VERSION):
        raise LedgerCorruptError(
            str(path),
            f"format version {meta.get('version')!r} is not supported "
            f"(this auditkit reads version {FORMAT_VERSION})",
        )


def connect_ro(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection to an existing ledger whose header and tables were checked."""
    p = Path(path)
    _check_file(p)
    try:
        con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=_LOCK_TIMEOUT_S)
    except sqlite3.Error as exc:  # pragma: no cover - the file was just checked
        raise LedgerCorruptError(str(p), f"SQLite says: {exc}") from exc
    try:
        _check_schema(con, p)
    except BaseException:
        con.close()
        raise
    return con


def read_rows(con: sqlite3.Connection, path: str, where: str = "", args: tuple[Any, ...] = ()) -> list[tuple]:
    """Every entry row (``ENTRY_COLUMNS``) in ``entry_id`` order."""
    sql = f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entries {where} ORDER BY entry_id"
    try:
        return con.execute(sql, args).fetchall()
    except sqlite3.DatabaseError as exc:
        raise LedgerCorruptError(path, f"SQLite says: {exc}") from exc


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(tmp, isolation_level=None)) as con:
        con.executescript(
            "BEGIN;" + _TABLES + ";\n".join(TRIGGERS.values()) + ";"
            f"INSERT INTO ledger_meta VALUES ('format', '{LEDGER_FORMAT}'), "
            f"('version', '{FORMAT_VERSION}'), ('hash', 'sha256'); COMMIT;"
        )
    try:
        os.link(tmp, path)  # atomic, and never replaces a ledger another process created meanwhile
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


class Ledger:
    """A review ledger at ``path``: append decisions, read entries.

    Args:
        path: the SQLite file.
        create: create an empty ledger when the file does not exist (else ``LedgerNotFoundError``).
        clock: gives the time of each decision (timezone-aware); the system clock by default.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        create: bool = False,
        clock: Callable[[], dt.datetime] = system_clock,
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        if create and not self.path.exists():
            _create(self.path)
        with closing(connect_ro(self.path)):
            pass

    def __repr__(self) -> str:
        return f"<review ledger {self.path}>"

    @contextmanager
    def _writer(self) -> Iterator[sqlite3.Connection]:
        _check_file(self.path)
        con = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=_LOCK_TIMEOUT_S
        )
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise LedgerCorruptError(str(self.path), f"SQLite says: {exc}") from exc
        finally:
            con.close()

    def record(
        self,
        *,
        reviewer: str,
        record_key: str,
        category: str,
        decision: str | Decision,
        reason_code: str | ReasonCode | None = None,
        note: str | None = None,
        at: dt.datetime | None = None,
    ) -> Entry:
        """Append one decision and return the entry as written (with its ``entry_id`` and hashes).

        ``at`` is the time of the decision (default: the ledger's clock). Bad fields raise
        ``ParameterError`` before anything is written.
        """
        decision = decision.value if isinstance(decision, Decision) else decision
        reason_code = reason_code.value if isinstance(reason_code, ReasonCode) else reason_code
        fields = check_fields(
            reviewer=reviewer,
            record_key=record_key,
            category=category,
            decision=decision,
            reason_code=reason_code,
            note=note,
        )
        fields["created_at"] = format_time(at if at is not None else self.clock())
        with self._writer() as con:
            _check_schema(con, self.path)
            head = con.execute(
                "SELECT entry_id, entry_hash FROM entries ORDER BY entry_id DESC LIMIT 1"
            ).fetchone()
            fields["entry_id"] = (head[0] + 1) if head else 1
            fields["prev_hash"] = head[1] if head else GENESIS
            fields["entry_hash"] = entry_hash(fields)
            con.execute(
                f"INSERT INTO entries ({', '.join(ENTRY_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
                tuple(fields[c] for c in ENTRY_COLUMNS),
            )
        return Entry(**{c: fields[c] for c in ENTRY_COLUMNS})

    def entries(self, record_key: str | None = None) -> pd.DataFrame:
        """The entries (``ENTRY_COLUMNS``) in order, all or those of one record."""
        return entries(self.path, record_key=record_key)


def open_ledger(
    path: str | os.PathLike[str], *, create: bool = False, clock: Callable[[], dt.datetime] = system_clock
) -> Ledger:
    """The :class:`Ledger` at ``path`` (``create=True`` makes an empty one when there is none)."""
    return Ledger(path, create=create, clock=clock)


def record(
    path: str | os.PathLike[str],
    *,
    reviewer: str,
    record_key: str,
    category: str,
    decision: str | Decision,
    at: dt.datetime,
    reason_code: str | ReasonCode | None = None,
    note: str | None = None,
    create: bool = True,
) -> Entry:
    """Append one decision made at ``at`` to the ledger at ``path`` (created when missing)."""
    return Ledger(path, create=create).record(
        reviewer=reviewer,
        record_key=record_key,
        category=category,
        decision=decision,
        reason_code=reason_code,
        note=note,
        at=at,
    )


def entries(path: str | os.PathLike[str], *, record_key: str | None = None) -> pd.DataFrame:
    """Every entry of the ledger (``ENTRY_COLUMNS``), in order; or only those about ``record_key``.

    Reads as stored: use :func:`auditkit.ledger.verify` to know whether they can be trusted.
    """
    with closing(connect_ro(path)) as con:
        where, args = ("WHERE record_key = ?", (record_key,)) if record_key is not None else ("", ())
        rows = read_rows(con, str(path), where, args)
    frame = pd.DataFrame.from_records(rows, columns=list(ENTRY_COLUMNS))
    return frame.astype({c: ("Int64" if c == "entry_id" else "string") for c in ENTRY_COLUMNS})
