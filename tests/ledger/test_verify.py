"""Verification: every change made to the file by hand is found, and the first broken entry is named."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditkit.errors import ParameterError
from auditkit.ledger import ProblemKind, entries, verify


def _tamper(path, *sql, drop=("entries_no_update", "entries_no_delete", "entries_chain")):
    con = sqlite3.connect(path)
    for name in drop:
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def test_intact(filled, path):
    result = verify(path)
    assert result.ok and result.entries == 4 and result.first_broken is None
    assert result.anchor == f"4:{entries(path)['entry_hash'].iloc[-1]}"
    assert "intact, 4 entries" in result.summary()


def test_empty_ledger_verifies(ledger, path):
    result = verify(path)
    assert result.ok and result.entries == 0 and result.anchor is None


def test_row_changed_by_hand_is_found_even_with_triggers_dropped(filled, path):
    _tamper(path, "UPDATE entries SET decision = 'confirmed', reason_code = NULL WHERE entry_id = 1")
    result = verify(path)
    assert not result.ok and result.first_broken == 1
    kinds = {p.kind for p in result.problems}
    assert kinds == {ProblemKind.HASH_MISMATCH.value, ProblemKind.TRIGGERS_ALTERED.value}
    assert "BROKEN at entry 1: hash_mismatch" in result.summary()


def test_row_changed_and_rehashed_breaks_the_next_link(filled, path):
    from auditkit.ledger import entry_hash

    row = entries(path).iloc[1].to_dict()
    row.update(decision="false_positive", reason_code="other")
    row = {k: (None if v is None or v != v else v) for k, v in row.items()}
    row["entry_id"] = int(row["entry_id"])
    new = entry_hash(row)
    _tamper(
        path,
        f"UPDATE entries SET decision='false_positive', reason_code='other', entry_hash='{new}' "
        "WHERE entry_id = 2",
    )
    result = verify(path)
    assert result.first_broken == 3
    assert [p.kind for p in result.problems if p.entry_id == 3] == [ProblemKind.CHAIN_BREAK.value]


def test_deleted_row_is_found(filled, path):
    _tamper(path, "DELETE FROM entries WHERE entry_id = 2")
    result = verify(path)
    assert result.first_broken == 3
    assert {p.kind for p in result.problems if p.entry_id == 3} == {
        ProblemKind.MISSING_ENTRY.value,
        ProblemKind.CHAIN_BREAK.value,
    }


def test_first_entry_deleted_is_found(filled, path):
    _tamper(path, "DELETE FROM entries WHERE entry_id = 1")
    assert verify(path).first_broken == 2


def test_inserted_row_is_found(filled, path):
    _tamper(
        path,
        "INSERT INTO entries SELECT 5, created_at, reviewer, 'z:9', category, decision, reason_code, note, "
        "entry_hash, 'f' || substr(entry_hash, 2) FROM entries WHERE entry_id = 4",
    )
    assert verify(path).first_broken == 5


def test_dropped_triggers_alone_are_a_problem(filled, path):
    _tamper(path, drop=("entries_no_delete",))
    result = verify(path)
    assert not result.ok and result.first_broken is None
    assert result.problems[0].kind == ProblemKind.TRIGGERS_ALTERED.value


def test_value_outside_the_format_is_a_bad_value(filled, path):
    """CHECK constraints refuse an unknown decision, until someone switches them off."""
    _tamper(
        path,
        "PRAGMA ignore_check_constraints = ON",
        "UPDATE entries SET decision = 'approved' WHERE entry_id = 3",
    )
    result = verify(path)
    assert result.first_broken == 3
    assert [p.kind for p in result.problems if p.entry_id == 3] == [ProblemKind.BAD_VALUE.value]


def test_entries_cut_off_the_end_need_an_anchor(filled, path):
    anchor = verify(path).anchor
    _tamper(path, "DELETE FROM entries WHERE entry_id = 4")
    assert verify(path).problems[-1].kind == ProblemKind.TRIGGERS_ALTERED.value  # the chain alone is intact
    result = verify(path, anchor=anchor)
    assert result.first_broken == 4
    assert result.problems[-1].kind == ProblemKind.ANCHOR_MISMATCH.value


def test_anchor_of_an_older_head_still_verifies(filled, path):
    old = verify(path).anchor
    filled.record(reviewer="x", record_key="k", category="c", decision="confirmed")
    assert verify(path, anchor=old).ok


@pytest.mark.parametrize("anchor", ["4", "x:abc", "4:" + "g" * 64])
def test_bad_anchor(filled, path, anchor):
    with pytest.raises(ParameterError):
        verify(path, anchor=anchor)


_COLUMNS = ("created_at", "reviewer", "record_key", "category", "note")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entry=st.integers(1, 4),
    column=st.sampled_from(_COLUMNS),
    value=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
)
def test_any_single_edit_is_detected(tmp_path_factory, entry, column, value):
    """Property: changing any text field of any entry to any other value is found at that entry."""
    from auditkit.ledger import open_ledger
    from tests.ledger.conftest import Clock

    path = tmp_path_factory.mktemp("prop") / "l.sqlite"
    ledger = open_ledger(path, create=True, clock=Clock())
    for i in range(4):
        ledger.record(reviewer="r", record_key=f"k:{i}", category="malware", decision="note", note=f"n{i}")
    before = entries(path).set_index("entry_id").loc[entry, column]
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER entries_no_update")
    con.execute(f"UPDATE entries SET {column} = ? WHERE entry_id = ?", (value, entry))
    con.commit()
    con.close()
    result = verify(path)
    assert not result.ok
    if value != before:
        assert result.first_broken == entry
