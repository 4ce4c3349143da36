"""Done-when: an auditor filters to a category in the explorer, drills into a record, marks a false positive;
the next report run shows it as reviewed and leaves it out of the headline figure.

The explorer side runs through the widgets exactly as in JupyterLab (values set, buttons clicked). The
report side is ``build_report_data`` with ``review_ledger`` (what the report notebook calls): the exceptions
register shows the finding as a false positive, and the headline figures, the policy section and the
manifest's facts leave it out and count it in ``false_positives``. The tests compare with the same report
built without the ledger, so they hold whatever the classifiers find.
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
    assert len(flagged) == report.figures.flagged


def test_report_headline_leaves_confirmed_false_positives_out(reviewed, report):
    ledger, _ = reviewed
    summary = record_summary(without_false_positives(report.findings, ledger), report.population)
    assert report.figures.flagged == int(summary["flagged"].fillna(False).astype(bool).sum())
    assert report.figures.to_dict().get("false_positives") == 1


@pytest.fixture(scope="module")
def unreviewed():
    """The same report run without the ledger (what the figures were before the review)."""
    from auditkit.report import build_report_data

    return build_report_data(
        logs=[str(SAMPLE)],
        period_start="2025-09-01",
        period_end="2025-09-30",
        as_of="2025-10-15",
        profile=PROFILE,
        exceptions_sample=10_000,
        generated_at="2025-10-16T02:00:00+00:00",
    )


def test_the_false_positive_leaves_the_headline_figures(reviewed, report, unreviewed):
    """Fails if the report stops leaving confirmed false positives out: the record whose only finding was
    reviewed as a false positive is no longer counted as flagged, nor as a malware record."""
    _, key = reviewed
    before, after = unreviewed.figures, report.figures
    assert before.false_positives == 0 and after.false_positives == 1
    assert after.flagged == before.flagged - 1
    assert after.flagged_rate < before.flagged_rate
    assert (after.records, after.classified) == (before.records, before.classified)
    flagged = report.summary.loc[report.summary["flagged"].fillna(False).astype(bool), "record_key"]
    assert key not in set(flagged)
    # every finding is still there for the exceptions register, the headline verdicts lose one
    assert len(report.verdicts) == len(unreviewed.verdicts) == len(report.headline_verdicts) + 1
    assert key not in set(report.headline_verdicts["record_key"])
    by_cat_before, by_cat_after = dict(unreviewed.facts()["by_category"]), dict(report.facts()["by_category"])
    assert by_cat_after.get("malware", 0) == by_cat_before["malware"] - 1
    assert {k: v for k, v in by_cat_after.items() if k != "malware"} == {
        k: v for k, v in by_cat_before.items() if k != "malware"
    }
    assert report.facts()["figures"]["false_positives"] == 1


def test_policy_section_counts_leave_the_false_positive_out(report, unreviewed):
    from auditkit.report import metrics

    def malware(data):
        counts = metrics.category_counts(data.headline_verdicts, data.figures.classified, data.policy, "en")
        return int(counts.set_index("category").loc["malware", "records"]) if "malware" in set(
            counts["category"]
        ) else 0

    assert malware(report) == malware(unreviewed) - 1
    assert f">{malware(report):,}<" in report_html(report, "policy")


def report_html(data, name):
    from auditkit import report as r

    return getattr(r, {"policy": "policy_findings", "cover": "cover", "summary": "executive_summary"}[name])(
        data
    ).html


def test_cover_and_summary_state_the_false_positives(report, unreviewed):
    cover = report_html(report, "cover")
    assert "1 findings reviewed as false positives are left out of these figures" in cover
    assert "no review ledger was given" in report_html(unreviewed, "cover")
    summary = report_html(report, "summary")
    assert "Findings reviewed as false positives (left out)" in summary
    assert "1 findings reviewed as false positives in the review ledger" in summary


def test_the_register_shows_every_reviewed_finding_even_outside_the_draw(reviewed, report):
    from auditkit.report.metrics import finding_ref
    from auditkit.report.sections.exceptions import draw_sample

    _, key = reviewed
    sample = draw_sample(report.verdicts, 1, 7, report.reviews)
    assert (key, "malware") in set(zip(sample["record_key"], sample["category"], strict=True))
    assert finding_ref(key, "malware") in report_html_exceptions(report)


def report_html_exceptions(data):
    import dataclasses

    from auditkit.report import exceptions_register

    small = dataclasses.replace(data, params=dataclasses.replace(data.params, exceptions_sample=1))
    return exceptions_register(small).html
