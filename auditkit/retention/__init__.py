"""Retention and data-governance audit against the API data usage policy (and its disclosure rules).

>>> findings = audit_retention(load_logs("sample_logs/").records, as_of="2025-10-15",
...                            profile="sample_logs/profile.yaml")            # doctest: +SKIP
>>> print(format_retention_summary(findings))                                  # doctest: +SKIP

One module per concern: :mod:`~auditkit.retention.reasons` (the reason codes and their bilingual texts),
:mod:`~auditkit.retention.rules` (windows and dates as data), :mod:`~auditkit.retention.storage`
(log copies, stored objects), :mod:`~auditkit.retention.files`, :mod:`~auditkit.retention.governance`
(ZDR, pre-policy data, opt-in sharing), :mod:`~auditkit.retention.personal` (personal data, secrets,
health data, residency), :mod:`~auditkit.retention.disclosure` (AI disclosure, disclaimers, simulated
persons), :mod:`~auditkit.retention.timestamps`, and :mod:`~auditkit.retention.summary`.
``docs/retention.md`` documents the profile, every reason code and the boundary rules.
"""

from auditkit.retention.audit import audit_retention
from auditkit.retention.findings import COLUMN_DOCS, RETENTION_COLUMNS, empty_findings
from auditkit.retention.reasons import (
    SEVERITIES,
    ReasonText,
    RetentionReason,
    reason_text,
    render_detail,
)
from auditkit.retention.rules import DEFAULT_RULES, RetentionRules, load_rules
from auditkit.retention.summary import format_retention_summary

__all__ = [
    "audit_retention",
    "RetentionReason",
    "RETENTION_COLUMNS",
    "COLUMN_DOCS",
    "SEVERITIES",
    "ReasonText",
    "reason_text",
    "render_detail",
    "empty_findings",
    "format_retention_summary",
    "RetentionRules",
    "load_rules",
    "DEFAULT_RULES",
]
