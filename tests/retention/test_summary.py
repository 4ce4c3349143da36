"""format_retention_summary: counts by reason code with severities."""

from __future__ import annotations

from auditkit.retention import audit_retention, empty_findings, format_retention_summary
from tests.retention.conftest import AS_OF, make_records


def test_summary_text(small_profile):
    records = make_records(
        {
            "project_id": "p_chat",
            "source_file": "a.jsonl",
            "event_time": "2025-01-01T00:00:00Z",
            "input_text": "[user] mail ann@example.com",
            "has_content": True,
        },
        {
            "project_id": "p_chat",
            "source_file": "a.jsonl",
            "event_time": "2025-01-02T00:00:00Z",
            "input_text": "[user] hi",
            "has_content": True,
        },
    )
    f = audit_retention(records, as_of=AS_OF, profile=small_profile)
    # Both records are old text of Chat (1 group of 2); one holds an e-mail (PII), of a user whose region is
    # unknown while Chat has EU users (RESIDENCY); Chat is a chatbot without any disclosure (no system
    # prompt);
    # Coder opted in to sharing but sent nothing (low).
    assert format_retention_summary(f) == "\n".join(
        [
            "Retention and data-governance findings as of 2025-10-15: 5 (medium 3, low 1, info 1)",
            "reason                        findings  records  by severity",
            "LOG_COPY_PAST_WINDOW                 1        2  medium 1",
            "OPT_IN_SHARING                       1        0  low 1",
            "PII_SENT                             1        1  medium 1",
            "RESIDENCY                            1        1  info 1",
            "DISCLOSURE_MISSING                   1        2  medium 1",
        ]
    )


def test_summary_of_nothing():
    assert format_retention_summary(empty_findings()) == "Retention and data-governance findings: none."
