"""The session: filters and pages, and the review actions that go to the ledger first."""

from __future__ import annotations

import pytest

from auditkit.errors import ParameterError
from auditkit.explore.session import ExploreSession
from auditkit.ledger import decisions, entries, verify

from .conftest import MOBILE


def test_filters_pages_and_snapshot(session):
    session.go_to_page(1)
    session.set_filters(categories=["malware"])
    assert session.page_number == 0
    snap = session.snapshot()
    assert snap.summary.records == 2 and list(snap.page.rows["record_key"]) == ["aaaa:1", "aaaa:5"]
    assert list(snap.by_category["category"]) == ["malware"]
    session.reset_filters()
    assert session.snapshot().summary.records == 6


def test_selection_is_cached_per_state(session):
    assert session.selection is session.selection
    before = session.selection
    session.set_filters(text="bread")
    assert session.selection is not before


def test_false_positive_goes_to_the_ledger_and_out_of_the_flagged_count(session, ledger):
    session.open_record("aaaa:1")
    entry = session.review(
        "malware", "false_positive", reason_code="quoted_or_reported", note="system prompt"
    )
    assert (entry.entry_id, entry.reviewer, entry.created_at) == (
        1,
        "Mei Chen",
        "2025-10-16T09:01:00.000000+00:00",
    )
    s = session.snapshot().summary
    assert (s.flagged_records, s.false_positives) == (2, 1)
    d = decisions(ledger.path)
    assert d[["record_key", "category", "review_status", "review_reason"]].values.tolist() == [
        ["aaaa:1", "malware", "false_positive", "quoted_or_reported"]
    ]
    assert (
        session.open_record("aaaa:1").verdicts.set_index("category").loc["malware", "review_status"]
        == "false_positive"
    )
    assert list(session.open_record("aaaa:1").history["decision"]) == ["false_positive"]


def test_notes_do_not_change_the_status(session, ledger):
    session.review("illegal_activity", "note", note="ask finance", record_key="aaaa:2")
    assert session.snapshot().summary.unreviewed == 5
    assert list(entries(ledger.path)["decision"]) == ["note"]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"category": "hate", "decision": "confirmed"}, "category"),  # not a finding of this record
        ({"category": "malware", "decision": "false_positive"}, "reason_code"),
        ({"category": "malware", "decision": "revealed"}, "decision"),
        ({"category": "malware", "decision": "confirmed", "reviewer": " ", "_no_default": True}, "reviewer"),
    ],
)
def test_bad_review_actions_write_nothing(index, ledger, kwargs, name):
    no_default = kwargs.pop("_no_default", False)
    s = ExploreSession(index, ledger=ledger, reviewer=None if no_default else "Mei")
    s.open_record("aaaa:1")
    with pytest.raises(ParameterError) as info:
        s.review(**kwargs)
    assert info.value.name == name
    assert entries(ledger.path).empty


def test_no_review_without_a_ledger_or_an_open_record(index):
    s = ExploreSession(index, reviewer="Mei")
    with pytest.raises(ParameterError, match="a record"):
        s.review("malware", "confirmed")
    s.open_record("aaaa:1")
    with pytest.raises(ParameterError, match="review ledger"):
        s.review("malware", "confirmed")
    with pytest.raises(ParameterError, match="review ledger"):
        s.reveal("need it")


def test_reveal_needs_a_reason_and_is_recorded(session, ledger):
    session.open_record("aaaa:1")
    with pytest.raises(ParameterError, match="why the original text is needed"):
        session.reveal("  ")
    assert entries(ledger.path).empty
    d = session.reveal("check the phone number against the complaint")
    assert MOBILE in d.messages[1].text
    e = entries(ledger.path).iloc[0]
    assert (e["decision"], e["category"], e["record_key"], e["reviewer"]) == (
        "revealed",
        "",
        "aaaa:1",
        "Mei Chen",
    )
    assert e["note"] == "check the phone number against the complaint"
    assert MOBILE not in session.hide().messages[1].text
    assert verify(ledger.path).ok


def test_unknown_record(session):
    with pytest.raises(ParameterError, match="a loaded record"):
        session.open_record("zzzz:1")


def test_decisions_survive_a_new_session(index, ledger):
    from auditkit.explore.index import build_index
    from auditkit.ledger import decisions as read

    s = ExploreSession(index, ledger=ledger, reviewer="Mei")
    s.review("malware", "false_positive", reason_code="benign_context", record_key="aaaa:5")
    again = build_index(index.records, index.findings, reviews=read(ledger.path))
    assert ExploreSession(again).snapshot().summary.false_positives == 1
