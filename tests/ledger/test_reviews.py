"""From the ledger to findings: latest decision per (record, category), statuses, headline figures."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from auditkit.ledger import (
    DECISION_COLUMNS,
    LedgerIntegrityError,
    apply_reviews,
    decisions,
    headline_counts,
    review_status,
    without_false_positives,
)


def _verdicts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "record_key": ["a:1", "a:1", "a:2", "a:3"],
            "category": ["malware", "hate", "illegal_activity", "malware"],
            "score": [0.9, 0.8, 0.7, 0.6],
        }
    )


def test_latest_decision_per_finding(filled, path):
    d = decisions(path)
    assert tuple(d.columns) == DECISION_COLUMNS
    assert list(zip(d["record_key"], d["category"], d["review_status"], strict=True)) == [
        ("a:1", "malware", "false_positive"),
        ("a:2", "illegal_activity", "confirmed"),
    ]
    fp = d.iloc[0]
    assert fp["review_reason"] == "quoted_or_reported" and fp["reviewed_by"] == "Mei Chen"
    assert str(fp["reviewed_at"]) == "2025-10-16 09:01:00+00:00"


def test_later_decision_wins_and_notes_do_not_change_status(filled, path):
    filled.record(reviewer="Bob", record_key="a:1", category="malware", decision="confirmed")
    filled.record(
        reviewer="Bob", record_key="a:1", category="malware", decision="note", note="on second look"
    )
    d = decisions(path).set_index(["record_key", "category"])
    assert d.loc[("a:1", "malware"), "review_status"] == "confirmed"
    assert d.loc[("a:1", "malware"), "reviewed_by"] == "Bob"


def test_review_status_per_row(filled, path):
    v = _verdicts()
    assert list(review_status(v, path)) == ["false_positive", "unreviewed", "confirmed", "unreviewed"]
    assert list(review_status(v, None)) == ["unreviewed"] * 4
    assert list(review_status(v, "")) == ["unreviewed"] * 4
    assert list(review_status(v, decisions(path))) == list(review_status(v, path))


def test_apply_reviews_and_headline(filled, path):
    out = apply_reviews(_verdicts(), path)
    assert list(out["reviewed_by"].fillna("")) == ["Mei Chen", "", "Mei Chen", ""]
    assert out["reviewed_at"].isna().tolist() == [False, True, False, True]
    h = headline_counts(out)
    assert (h.findings, h.flagged, h.false_positives, h.confirmed, h.unreviewed, h.reviewed) == (
        4,
        3,
        1,
        1,
        2,
        2,
    )
    assert h.flagged_records == 3  # a:1 stays flagged: its hate finding is not a false positive
    assert h.false_positive_records == 0
    assert list(without_false_positives(_verdicts(), path)["category"]) == [
        "hate",
        "illegal_activity",
        "malware",
    ]


def test_a_record_whose_only_finding_is_a_false_positive_leaves_the_headline(filled, path):
    v = _verdicts().iloc[[0, 2, 3]]
    h = headline_counts(apply_reviews(v, path))
    assert (h.flagged, h.false_positives, h.flagged_records, h.false_positive_records) == (2, 1, 2, 1)


def test_headline_without_reviews_counts_everything_as_unreviewed():
    h = headline_counts(_verdicts())
    assert (h.flagged, h.unreviewed, h.false_positives) == (4, 4, 0)


def test_apply_reviews_of_empty_frames(ledger, path):
    empty = _verdicts().iloc[:0]
    assert apply_reviews(empty, path).empty
    assert list(apply_reviews(_verdicts(), path)["review_status"]) == ["unreviewed"] * 4


def test_a_tampered_ledger_is_never_used_silently(filled, path):
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER entries_no_update")
    con.execute("UPDATE entries SET decision = 'false_positive', reason_code = 'other' WHERE entry_id = 2")
    con.commit()
    con.close()
    with pytest.raises(LedgerIntegrityError, match="entry 2") as info:
        review_status(_verdicts(), path)
    assert info.value.entry_id == 2
    assert len(decisions(path, verified=False)) == 2  # still readable on purpose, for the investigation


def test_decisions_carry_across_reloads_of_the_same_file(filled, path, tmp_path):
    """Keys are the file's sha256 prefix and line: the same export loaded again, under another name, in
    another period's run, gets the same (record_key, category) and so the same decisions."""
    import shutil

    from auditkit.load import load_logs

    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"logged_at":"2025-09-01T00:00:00Z","request":{"model":"gpt-4o","messages":[{"role":"user",'
        '"content":"hi"}]},"response":{"id":"chatcmpl-1","object":"chat.completion","created":1756684800,'
        '"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"yo"},'
        '"finish_reason":"stop"}]}}\n',
        encoding="utf-8",
    )
    key = load_logs([str(src)]).records["record_key"].iloc[0]
    filled.record(
        reviewer="Mei", record_key=key, category="spam", decision="false_positive", reason_code="test_traffic"
    )
    moved = tmp_path / "next-month" / "renamed.jsonl"
    moved.parent.mkdir()
    shutil.copyfile(src, moved)
    again = load_logs([str(moved)]).records
    v = pd.DataFrame({"record_key": again["record_key"], "category": ["spam"]})
    assert list(review_status(v, path)) == ["false_positive"]
