"""Done-when: an auditor filters to a category in the explorer, drills into a record, marks a false positive;
the next report run shows it as reviewed and leaves it out of the headline figure.

The explorer side runs through the widgets exactly as in JupyterLab (values set, buttons clicked). The
report side is ``build_report_data`` with ``review_ledger`` (what the report notebook calls). The exceptions
register reads the ledger (wired by the report); the headline figure of the report does not read it yet:
``test_report_headline_leaves_confirmed_false_positives_out`` is a strict xfail that turns into a failure,
to remove the marker, once it does (see docs/ledger.md, "Reports").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditkit.classify import record_summary
from auditkit.ledger import apply_reviews, headline_counts, verify, without_false_positives

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_logs"
PROFILE = str(SAMPLE / "profile.yaml")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The auditor's session: September, malware, PineCode; the first record whose only finding is malware
    is marked a false positive (the coding assistant's system prompt says it refuses to write malware)."""
    from auditkit.explore import explore

    ledger = tmp_path_factory.mktemp("carry") / "reviews.sqlite"
    app = explore(logs=[str(SAMPLE)], ledger=ledger, reviewer="Mei Chen", profile=PROFILE)
    ui = app.widgets
    ui.start.value, ui.end.value = dt.date(2025, 9, 1), dt.date(2025, 9, 30)
    ui.filters["categories"].value = ("malware",)
    ui.filters["applications"].value = ("PineCode",)
    key = next(
        k
        for _, k in ui.record.options
        if list(app.session.open_record(k).verdicts["category"]) == ["malware"]
    )
    ui.record.value = key
    before = app.session.snapshot().summary
    ui.finding.value = "malware"
    ui.decision.value = "false_positive"
    ui.reason_code.value = "quoted_or_reported"
    ui.note.value = "the system prompt says the assistant refuses to write malware"
    ui.record_decision.click()
    assert "Recorded entry 1" in ui.message.value
    after = app.session.snapshot().summary
    assert (after.flagged_records, after.false_positives) == (before.flagged_records - 1, 1)
    return ledger, key


@pytest.fixture(scope="module")
def report(reviewed):
    """The next report run of September 2025, with the ledger."""
    from auditkit.report import build_report_data

    ledger, _ = reviewed
    return build_report_data(
        logs=[str(SAMPLE)],
        period_start="2025-09-01",
        period_end="2025-09-30",
        as_of="2025-10-15",
        profile=PROFILE,
        review_ledger=str(ledger),
        exceptions_sample=10_000,
        generated_at="2025-10-16T02:00:00+00:00",
    )


def test_ledger_verifies(reviewed):
    ledger, _ = reviewed
    assert verify(ledger).ok


def test_exceptions_register_shows_the_finding_as_reviewed(reviewed, report):
    from auditkit.report.metrics import finding_ref
    from auditkit.report.sections.exceptions import draw_sample, exceptions_register, register_rows

    _, key = reviewed
    rows = register_rows(report, draw_sample(report.verdicts, 10_000, 7)).set_index("ref")
    ref = finding_ref(key, "malware")
    assert str(rows.loc[ref, "status"]) == "false positive"
    others = rows.drop(index=ref)
    assert set(map(str, others["status"])) == {"unreviewed"}
    html = exceptions_register(report).html
    assert ref in html and "false positive" in html


def test_headline_functions_leave_the_false_positive_out(reviewed, report):
    """What the report's headline needs, at the level of the functions it uses."""
    ledger, key = reviewed
    h = headline_counts(apply_reviews(report.verdicts, ledger))
    assert (h.findings, h.flagged, h.false_positives, h.false_positive_records) == (
        len(report.verdicts),
        len(report.verdicts) - 1,
        1,
        1,
    )
    summary = record_summary(without_false_positives(report.findings, ledger), report.population)
    flagged = set(summary.loc[summary["flagged"].fillna(False).astype(bool), "record_key"])
    assert key not in flagged
    assert len(flagged) == report.figures.flagged - 1


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="the report's headline does not read the ledger yet (docs/ledger.md, Reports)",
)
def test_report_headline_leaves_confirmed_false_positives_out(reviewed, report):
    ledger, _ = reviewed
    summary = record_summary(without_false_positives(report.findings, ledger), report.population)
    assert report.figures.flagged == int(summary["flagged"].fillna(False).astype(bool).sum())
    assert report.figures.to_dict().get("false_positives") == 1
