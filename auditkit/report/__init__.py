"""Periodic audit reports: a parameterised notebook run through papermill into one self-contained HTML.

Compute once, render twice: :func:`build_report_data` computes everything a report shows from its
parameters; each section function (``cover``, ``executive_summary`` ...) renders one part of it as a safe
HTML :class:`Fragment`; :func:`run_report` executes ``notebooks/audit_report.ipynb`` with papermill,
scrubs secrets, exports the HTML with a template that loads nothing, and writes the manifest atomically.
"""

from __future__ import annotations

from typing import Any

from auditkit.report.data import ReportData, build_report_data
from auditkit.report.html import Fragment
from auditkit.report.params import NAMES, SPECS, ReportParams, parse_period, validate
from auditkit.report.sections import (
    activity,
    cover,
    data_quality,
    exceptions_register,
    executive_summary,
    methodology,
    policy_findings,
    retention_section,
    sign_off,
)

__all__ = [
    "build_report_data",
    "ReportData",
    "ReportParams",
    "Fragment",
    "SPECS",
    "NAMES",
    "validate",
    "parse_period",
    "notebook_parameters",
    "cover",
    "executive_summary",
    "activity",
    "policy_findings",
    "exceptions_register",
    "retention_section",
    "data_quality",
    "methodology",
    "sign_off",
    "run_report",
    "RunResult",
]


def notebook_parameters(namespace: dict[str, Any]) -> dict[str, Any]:
    """The report parameters defined in a notebook's namespace (pass ``globals()``).

    Fails on any other name a run injected (papermill only warns about unknown parameters), so that a
    misspelt parameter stops the report instead of being ignored.
    """
    from auditkit.report.notebook import parameters_from_namespace

    return parameters_from_namespace(namespace)


def __getattr__(name: str) -> Any:
    # The runner imports papermill and nbconvert: only when asked for.
    if name in ("run_report", "RunResult"):
        from auditkit.report import run

        return getattr(run, name)
    raise AttributeError(name)
