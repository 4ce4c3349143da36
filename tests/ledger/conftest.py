"""Fixtures of the ledger tests: a ledger with a fixed, advancing clock and a few decisions."""

from __future__ import annotations

import datetime as dt

import pytest


class Clock:
    """One minute later at every call, from 2025-10-16 09:00 UTC."""

    def __init__(self) -> None:
        self.t = dt.datetime(2025, 10, 16, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.t += dt.timedelta(minutes=1)
        return self.t


@pytest.fixture
def path(tmp_path):
    return tmp_path / "reviews.sqlite"


@pytest.fixture
def ledger(path):
    from auditkit.ledger import open_ledger

    return open_ledger(path, create=True, clock=Clock())


@pytest.fixture
def filled(ledger):
    """Four entries: a false positive, a confirmation, a note, a reveal."""
    ledger.record(
        reviewer="Mei Chen",
        record_key="a:1",
        category="malware",
        decision="false_positive",
        reason_code="quoted_or_reported",
        note="system prompt refuses malware",
    )
    ledger.record(reviewer="Mei Chen", record_key="a:2", category="illegal_activity", decision="confirmed")
    ledger.record(reviewer="李伟", record_key="a:1", category="malware", decision="note", note="同意，误报")
    ledger.record(
        reviewer="李伟", record_key="a:2", category="", decision="revealed", note="need the full invoice text"
    )
    return ledger
