"""Writing the ledger: entries, the chain, append-only SQL, concurrent appends, errors."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3

import pytest

from auditkit.errors import AuditkitError, ParameterError
from auditkit.ledger import (
    GENESIS,
    Decision,
    LedgerCorruptError,
    LedgerNotFoundError,
    ReasonCode,
    entries,
    entry_hash,
    open_ledger,
    record,
    verify,
)


def test_entries_chain_from_genesis(filled, path):
    e = entries(path)
    assert list(e["entry_id"]) == [1, 2, 3, 4]
    assert e["prev_hash"].iloc[0] == GENESIS
    assert list(e["prev_hash"].iloc[1:]) == list(e["entry_hash"].iloc[:-1])
    for row in e.to_dict("records"):
        assert (
            entry_hash({k: (None if v is None or v != v else v) for k, v in row.items()}) == row["entry_hash"]
        )


def test_record_returns_what_was_written(ledger, path):
    at = dt.datetime(2025, 10, 1, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    entry = ledger.record(
        reviewer="  Mei Chen ", record_key="k:1", category="hate", decision=Decision.CONFIRMED, at=at
    )
    assert entry.created_at == "2025-10-01T09:30:00.000000+00:00"  # the decision's time, in UTC
    assert entry.reviewer == "Mei Chen"
    assert entries(path).iloc[0]["entry_hash"] == entry.entry_hash


def test_module_level_record_creates_the_ledger(tmp_path):
    at = dt.datetime(2025, 10, 1, tzinfo=dt.UTC)
    p = tmp_path / "sub" / "new.sqlite"
    record(p, reviewer="x", record_key="k", category="c", decision="needs_follow_up", at=at)
    assert verify(p).ok and verify(p).entries == 1


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE entries SET decision = 'confirmed' WHERE entry_id = 1",
        "DELETE FROM entries WHERE entry_id = 1",
        "UPDATE ledger_meta SET value = '2' WHERE key = 'version'",
        "INSERT INTO entries VALUES (9, '2025', 'x', 'k', 'c', 'note', NULL, 'n', 'p', 'h')",
    ],
)
def test_sql_refuses_edits_deletions_and_chain_breaking_inserts(filled, path, sql):
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute(sql)
    con.close()
    assert verify(path).ok


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"decision": "false_positive"}, "reason_code"),
        ({"decision": "false_positive", "reason_code": "because"}, "reason_code"),
        ({"decision": "confirmed", "reason_code": "benign_context"}, "reason_code"),
        ({"decision": "revealed", "category": ""}, "note"),
        ({"decision": "note"}, "note"),
        ({"decision": "approved"}, "decision"),
        ({"decision": "confirmed", "reviewer": "  "}, "reviewer"),
        ({"decision": "confirmed", "category": ""}, "category"),
        ({"decision": "confirmed", "reviewer": "bad\x1bname"}, "reviewer"),
    ],
)
def test_bad_fields_are_refused_before_writing(ledger, path, fields, name):
    args = {"reviewer": "Mei", "record_key": "k:1", "category": "malware", **fields}
    with pytest.raises(ParameterError) as info:
        ledger.record(**args)
    assert info.value.name == name
    assert entries(path).empty


def test_naive_time_is_refused(ledger):
    with pytest.raises(ParameterError, match="timezone-aware"):
        ledger.record(
            reviewer="x", record_key="k", category="c", decision="confirmed", at=dt.datetime(2025, 1, 1)
        )


def test_every_reason_code_is_accepted(ledger):
    for code in ReasonCode:
        ledger.record(
            reviewer="x",
            record_key=f"k:{code.value}",
            category="c",
            decision="false_positive",
            reason_code=code,
        )
    assert verify(ledger.path).entries == len(ReasonCode)


def test_missing_ledger(tmp_path):
    with pytest.raises(LedgerNotFoundError) as info:
        open_ledger(tmp_path / "nope.sqlite")
    assert isinstance(info.value, FileNotFoundError) and isinstance(info.value, AuditkitError)
    assert "nope.sqlite" in str(info.value)


@pytest.mark.parametrize(
    "content", [b"", b"record_key,category,status\n", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_not_a_ledger(tmp_path, content):
    p = tmp_path / "bad.sqlite"
    p.write_bytes(content)
    with pytest.raises(LedgerCorruptError):
        verify(p)


def test_another_sqlite_database_is_not_a_ledger(tmp_path):
    p = tmp_path / "other.sqlite"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(LedgerCorruptError, match="SQLite says"):
        open_ledger(p)


def test_errors_pickle():
    import pickle

    for err in (LedgerNotFoundError("/x.sqlite"), LedgerCorruptError("/x", "bad header")):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and str(back) == str(err)


def _append_many(args: tuple[str, int]) -> int:
    path, worker = args
    ledger = open_ledger(path)
    for i in range(25):
        ledger.record(
            reviewer=f"w{worker}",
            record_key=f"k:{worker}:{i}",
            category="malware",
            decision="confirmed",
            at=dt.datetime(2025, 10, 16, tzinfo=dt.UTC),
        )
    return worker


def test_concurrent_appends_from_several_processes_keep_one_chain(ledger, path):
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        pool.map(_append_many, [(str(path), w) for w in range(4)])
    result = verify(path)
    assert result.ok, result.summary()
    assert result.entries == 100
    assert entries(path)["record_key"].nunique() == 100
