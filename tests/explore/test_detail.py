"""The drill-down: the conversation by message, evidence inside its message, retention, history."""

from __future__ import annotations

import pandas as pd

from auditkit.explore.detail import message_blocks, record_detail

from .conftest import MOBILE


def test_conversation_messages_with_evidence_in_place(index):
    d = record_detail(index, "aaaa:1")
    assert [(m.field, m.index, m.role) for m in d.messages] == [
        ("input", 0, "system"),
        ("input", 1, "user"),
        ("output", 2, "assistant"),
    ]
    system = d.messages[0]
    assert system.categories == ("malware",) and [p.text for p in system.pieces if p.evidence] == [
        "write malware"
    ]
    assert "[CN_MOBILE]" in d.messages[1].text and MOBILE not in d.messages[1].text
    assert d.redacted


def test_unredacted_detail_shows_the_original(index):
    d = record_detail(index, "aaaa:1", redact=False)
    assert MOBILE in d.messages[1].text and not d.redacted


def test_verdicts_findings_and_retention(index):
    index.set_review("aaaa:1", "malware", "confirmed")
    d = record_detail(index, "aaaa:1", lang="zh")
    assert d.verdicts.to_dict("records")[0] | {"score": 0} == {
        "category": "malware",
        "label": "恶意软件",
        "severity": "high",
        "score": 0,
        "classifiers": "model,rules",
        "review_status": "confirmed",
    }
    assert sorted(d.findings["classifier"]) == ["model", "rules"]
    assert list(d.retention["reason"]) == ["PII_SENT"]
    assert (
        d.facts["application"] == "p1"
        and d.facts["language"] == "en"
        and d.facts["source"] == "proxy/x.jsonl:1"
    )


def test_record_without_text_or_findings(index):
    d = record_detail(index, "aaaa:4")
    assert d.messages == () and d.verdicts.empty and d.retention.empty and d.history.empty


def test_history_is_passed_through(index):
    hist = pd.DataFrame({"entry_id": [1], "decision": ["note"]})
    assert record_detail(index, "aaaa:3", history=hist).history.equals(hist)


def test_text_not_built_from_messages_is_one_block():
    assert message_blocks("free text", None, "input") == [(0, 9, None, "user")]
    assert message_blocks(
        "free text", '[{"field": "input", "index": 0, "role": "user", "content": "other"}]', "input"
    ) == [(0, 9, None, "user")]
    assert message_blocks(None, None, "output") == []
