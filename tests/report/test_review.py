"""Review status: 'unreviewed' until a ledger says otherwise."""

from __future__ import annotations

import pandas as pd
import pytest

from auditkit.errors import ConfigError
from auditkit.report.review import UNREVIEWED, review_status

FINDINGS = pd.DataFrame({"record_key": ["a", "b"], "category": ["hate", "spam"]})


def test_default_is_unreviewed():
    assert list(review_status(FINDINGS)) == [UNREVIEWED, UNREVIEWED]


def test_ledger_file_and_frame(tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text("record_key,category,status\nb,spam,confirmed\nb,spam,false_positive\n", encoding="utf-8")
    assert list(review_status(FINDINGS, path)) == [UNREVIEWED, "false_positive"]
    frame = pd.DataFrame({"record_key": ["a"], "category": ["hate"], "status": ["remediated"]})
    assert list(review_status(FINDINGS, frame)) == ["remediated", UNREVIEWED]


@pytest.mark.parametrize(
    "text", ["record_key,category\na,hate\n", "record_key,category,status\na,hate,done\n"]
)
def test_bad_ledgers(tmp_path, text):
    path = tmp_path / "ledger.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        review_status(FINDINGS, path)


def test_sqlite_review_ledger(tmp_path):
    ledger = pytest.importorskip("auditkit.ledger")
    path = tmp_path / "reviews.sqlite"
    ledger.open_ledger(path, create=True).record(
        reviewer="Mei Chen", record_key="b", category="spam", decision="needs_follow_up"
    )
    assert list(review_status(FINDINGS, str(path))) == [UNREVIEWED, "needs_follow_up"]
