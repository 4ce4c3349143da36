"""The view functions: filter state in, masks, frames and chart data out (no browser, no widgets)."""

from __future__ import annotations

import numpy as np
import pytest

from auditkit.explore import view
from auditkit.explore.state import FilterState

from .conftest import EMAIL, MOBILE


def _keys(index, sel):
    return sorted(index.records["record_key"][sel.records])


def test_no_filter_selects_everything(index):
    sel = view.select(index, FilterState())
    assert sel.n_records == 6 and sel.findings.all()
    s = view.summary(index, sel)
    assert (s.records, s.flagged_records, s.findings, s.unreviewed, s.false_positives) == (6, 3, 5, 5, 0)
    assert (s.first_day, s.last_day) == ("2025-09-01", "2025-09-05")


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(start="2025-09-02", end="2025-09-03"), ["aaaa:2", "aaaa:3", "aaaa:4"]),
        (FilterState(end="2025-09-30"), ["aaaa:1", "aaaa:2", "aaaa:3", "aaaa:4", "aaaa:5"]),  # no time: out
        (FilterState(applications=["p2"]), ["aaaa:2", "aaaa:6"]),
        (FilterState(users=["u1"]), ["aaaa:1", "aaaa:3"]),
        (FilterState(api_keys=["k3"]), ["aaaa:5"]),
        (FilterState(kinds=["usage_bucket"]), ["aaaa:4"]),
        (FilterState(languages=["zh"]), ["aaaa:2"]),
        (FilterState(languages=["none"]), ["aaaa:4"]),
        (FilterState(categories=["malware"]), ["aaaa:1", "aaaa:5"]),
        (FilterState(classifiers=["moderation"]), ["aaaa:2"]),
        (FilterState(severities=["low"]), ["aaaa:5"]),
        (FilterState(categories=["malware"], classifiers=["model"]), ["aaaa:1"]),  # one finding meets both
        (FilterState(categories=["spam"], classifiers=["model"]), []),
        (FilterState(flagged_only=True), ["aaaa:1", "aaaa:2", "aaaa:5"]),
        (FilterState(text="BREAD"), ["aaaa:3"]),
        (FilterState(text="假发票"), ["aaaa:2"]),
        (FilterState(text="aaaa:6"), ["aaaa:6"]),
        (FilterState(review_statuses=["unreviewed"]), ["aaaa:1", "aaaa:2", "aaaa:5"]),
        (FilterState(applications=["nope"]), []),
    ],
)
def test_filters(index, state, expected):
    assert _keys(index, view.select(index, state)) == expected


def test_finding_filters_restrict_the_findings_counted(index):
    sel = view.select(index, FilterState(categories=["malware"]))
    cats = view.counts_by_category(index, sel)
    assert list(cats["category"]) == ["malware"] and list(cats["flagged"]) == [2]


def test_review_status_filter_and_false_positives_leave_the_flagged_count(index):
    index.set_review("aaaa:1", "malware", "false_positive")
    sel = view.select(index, FilterState())
    s = view.summary(index, sel)
    assert (s.flagged_records, s.false_positives, s.findings) == (2, 1, 5)
    cats = view.counts_by_category(index, sel).set_index("category")
    assert cats.loc["malware", "flagged"] == 1 and cats.loc["malware", "false_positives"] == 1
    fp = view.select(index, FilterState(review_statuses=["false_positive"]))
    assert _keys(index, fp) == ["aaaa:1"] and view.summary(index, fp).flagged_records == 0
    assert _keys(index, view.select(index, FilterState(flagged_only=True))) == ["aaaa:2", "aaaa:5"]


def test_counts_by_day(index):
    days = view.counts_by_day(index, view.select(index, FilterState()))
    assert list(days["date"]) == ["2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04", "2025-09-05"]
    assert list(days["records"]) == [1, 1, 2, 0, 1] and list(days["flagged"]) == [1, 1, 0, 0, 1]
    assert view.counts_by_day(index, view.select(index, FilterState(text="zzz"))).empty


def test_counts_by_category_labels_in_both_languages(index):
    sel = view.select(index, FilterState())
    en = view.counts_by_category(index, sel, "en")
    zh = view.counts_by_category(index, sel, "zh")
    assert list(en["category"]) == [
        "malware",
        "illegal_activity",
        "fraud_scams",
        "spam",
    ]  # most, then policy order
    assert zh.set_index("category").loc["malware", "label"] == "恶意软件"
    assert en.set_index("category").loc["spam", "severity"] == "low"


def test_counts_by_application(index):
    apps = view.counts_by_application(index, view.select(index, FilterState()))
    assert apps.to_dict("list") == {"application": ["p1", "p2"], "records": [4, 2], "flagged": [2, 1]}


def test_pages_in_display_order(index):
    sel = view.select(index, FilterState())
    first = view.page(index, sel, 0, 2)
    assert (first.total, first.pages, first.number) == (6, 3, 0)
    assert list(first.rows["record_key"]) == ["aaaa:1", "aaaa:2"]  # high severity first, then by time
    last = view.page(index, sel, 99, 2)
    assert last.number == 2 and list(last.rows["record_key"]) == ["aaaa:3", "aaaa:6"]  # no time last
    assert view.page(index, view.select(index, FilterState(text="zzz"))).total == 0


def test_page_rows_are_redacted_by_default(index):
    rows = view.page(index, view.select(index, FilterState())).rows.set_index("record_key")
    assert MOBILE not in rows.loc["aaaa:1", "excerpt"] and "[CN_MOBILE]" in rows.loc["aaaa:1", "excerpt"]
    assert EMAIL not in rows.loc["aaaa:5", "excerpt"]
    assert rows.loc["aaaa:2", "user"].startswith("[EMAIL]#") and EMAIL not in rows.loc["aaaa:2", "user"]
    assert rows.loc["aaaa:1", "categories"] == "Code designed to disrupt, damag…"
    assert rows.loc["aaaa:1", "review"] == "2 unreviewed"
    plain = view.page(index, view.select(index, FilterState()), redact=False).rows.set_index("record_key")
    assert MOBILE in plain.loc["aaaa:1", "excerpt"]


def test_page_excerpt_marks_evidence(index):
    p = view.page(index, view.select(index, FilterState(categories=["illegal_activity"])))
    assert [x.text for x in p.pieces[0] if x.evidence] == ["假发票"]


def test_facets(index):
    f = view.facets(index, "zh")
    assert f["applications"] == [("p1", "p1"), ("p2", "p2")]
    assert f["users"][0] == ("u1", "u1")  # most frequent first
    assert dict(f["categories"])["malware"] == "恶意软件"
    assert [c for c, _ in f["categories"]] == [
        "illegal_activity",
        "malware",
        "fraud_scams",
        "spam",
    ]  # policy order
    assert (f["first_day"], f["last_day"]) == ("2025-09-01", "2025-09-05")
    masked = dict(view.facets(index)["users"])
    assert masked[EMAIL].startswith("[EMAIL]#")  # the value filters, the label is what is shown
    assert dict(view.facets(index, redact=False)["users"])[EMAIL] == EMAIL


def test_selection_is_numpy_and_never_reclassifies(index, monkeypatch):
    import sys

    import auditkit.classify  # noqa: F401 - the package, whatever auditkit re-exports under that name

    monkeypatch.setattr(sys.modules["auditkit.classify"], "classify", lambda *a, **k: pytest.fail("re-run"))
    sel = view.select(index, FilterState(categories=["malware"], text="malware"))
    assert sel.records.dtype == np.bool_ and sel.findings.dtype == np.bool_
