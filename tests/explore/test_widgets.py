"""The widgets without a browser: set values, let the observers fire, read what is shown."""

from __future__ import annotations

import pytest

from auditkit.explore.widgets import ExplorerWidgets
from auditkit.ledger import entries

from .conftest import MOBILE


@pytest.fixture
def ui(session):
    return ExplorerWidgets(session)


def test_initial_view(ui):
    assert "<strong>6</strong> records" in ui.summary.value
    assert "aaaa:1" in ui.table.value and ui.record.value == "aaaa:1"
    assert (
        "Record aaaa:1" in ui.detail.value
        and "[CN_MOBILE]" in ui.detail.value
        and MOBILE not in ui.detail.value
    )
    assert [v for _, v in ui.finding.options] == ["malware"]
    assert ui.charts.value == ""  # drawn when the charts tab is shown


def test_filter_change_refreshes_everything(ui):
    ui.filters["categories"].value = ("illegal_activity",)
    assert "<strong>1</strong> records" in ui.summary.value
    assert [k for _, k in ui.record.options] == ["aaaa:2"] and "Record aaaa:2" in ui.detail.value
    assert ui.session.state.categories == ("illegal_activity",)
    ui.text.value = "nothing like this"
    assert "No record matches" in ui.table.value and ui.detail.value == ""
    ui.on_reset()
    assert ui.filters["categories"].value == () and "<strong>6</strong> records" in ui.summary.value


def test_bad_filter_is_a_message_not_an_exception(ui):
    import datetime as dt

    ui.start.value = dt.date(2025, 9, 10)
    ui.end.value = dt.date(2025, 9, 1)
    assert "error" in ui.message.value and "start" in ui.message.value


def test_charts_follow_the_filters_when_shown(ui):
    ui.tabs.selected_index = 2
    assert ui.charts.value.count("<img") == 3
    ui.filters["languages"].value = ("zh",)
    assert ui.charts.value.count("<img") == 3 and "data:image/svg+xml;base64," in ui.charts.value


def test_paging(ui):
    ui.session.page_size = 2
    ui.refresh()
    ui.next.click()
    assert ui.page_label.value == "2 / 3" and [k for _, k in ui.record.options] == ["aaaa:5", "aaaa:4"]
    ui.prev.click()
    assert ui.page_label.value == "1 / 3"


def test_marking_a_false_positive(ui, ledger):
    ui.decision.value = "false_positive"
    ui.reason_code.value = "quoted_or_reported"
    ui.note.value = "refusal in the system prompt"
    ui.record_decision.click()
    assert "Recorded entry 1" in ui.message.value and ui.note.value == ""
    assert "<strong>1</strong> confirmed false positives" in ui.summary.value
    assert "<strong>2</strong> flagged records" in ui.summary.value
    assert "false positive" in ui.finding.options[0][0]
    e = entries(ledger.path).iloc[0]
    assert (e["decision"], e["reason_code"], e["reviewer"]) == (
        "false_positive",
        "quoted_or_reported",
        "Mei Chen",
    )


def test_review_without_reviewer_shows_the_error(ui, ledger):
    ui.session.reviewer = None
    ui.reviewer.value = ""
    ui.record_decision.click()
    assert "reviewer" in ui.message.value and entries(ledger.path).empty


def test_reveal_asks_for_a_reason(ui, ledger):
    ui.reveal.click()
    assert "why the original text is needed" in ui.message.value and MOBILE not in ui.detail.value
    ui.reveal_reason.value = "customer complaint"
    ui.reveal.click()
    assert MOBILE in ui.detail.value and "reveal recorded" in ui.detail.value
    assert list(entries(ledger.path)["decision"]) == ["revealed"]
    ui.hide.click()
    assert MOBILE not in ui.detail.value


def test_xss_in_logs_is_shown_as_text(ui):
    ui.record.value = "aaaa:5"
    html = ui.detail.value + ui.table.value
    assert "<script" not in html and "<img src=x" not in html
    assert (
        "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    )


def test_missing_ipywidgets_names_the_extra(monkeypatch):
    import builtins

    from auditkit.errors import MissingDependencyError
    from auditkit.explore.widgets import require_ipywidgets

    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name == "ipywidgets":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(MissingDependencyError, match=r"auditkit\[widgets\]"):
        require_ipywidgets()
