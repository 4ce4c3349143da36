"""The sections of the audit report, in order. Each takes a :class:`~auditkit.report.data.ReportData`
and returns a :class:`~auditkit.report.html.Fragment` (one notebook cell each)."""

from auditkit.report.sections.activity import activity
from auditkit.report.sections.cover import cover, executive_summary
from auditkit.report.sections.dataquality import data_quality
from auditkit.report.sections.exceptions import exceptions_register
from auditkit.report.sections.method import methodology, sign_off
from auditkit.report.sections.policy import policy_findings
from auditkit.report.sections.retention import retention_section

__all__ = [
    "cover",
    "executive_summary",
    "activity",
    "policy_findings",
    "exceptions_register",
    "retention_section",
    "data_quality",
    "methodology",
    "sign_off",
    "ALL",
]

#: Every section in report order.
ALL = (
    cover,
    executive_summary,
    activity,
    policy_findings,
    exceptions_register,
    retention_section,
    data_quality,
    methodology,
    sign_off,
)
