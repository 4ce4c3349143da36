"""The static renderings: escaped, redacted, sanitised; the stand-in for the widgets."""

from __future__ import annotations

import re

from auditkit.explore import static
from auditkit.explore.detail import record_detail
from auditkit.ledger import verify

from .conftest import EMAIL, MOBILE


def test_static_view_has_figures_charts_table_and_a_drill_down(session):
    html = static.static_view(session).html
    assert "Explore findings" in html and "Static view" in html
    assert html.count('src="data:image/svg+xml;base64,') == 3
    assert "Page 1 of 1" in html and 'id="record-detail"' in html and "Record aaaa:1" in html
    assert "tex2jax_ignore" in html  # MathJax leaves $ in log text alone


def test_static_view_is_redacted_and_escaped(session):
    html = static.static_view(session).html
    assert MOBILE not in html and EMAIL not in html
    assert not re.search(r"<script|<img src=x|onerror=", html.replace("&lt;img src=x onerror=", ""))


def test_static_view_in_chinese(index, ledger):
    from auditkit.explore.session import ExploreSession

    html = static.static_view(ExploreSession(index, ledger=ledger, lang="zh")).html
    assert "审计发现浏览" in html and "恶意软件" in html and "对话" in html


def test_pieces_html_marks_evidence_and_masks():
    from auditkit.explore.text import mark

    text = f"<b>x</b> write malware {MOBILE}\nnext"
    s = text.index("write")
    html = static.pieces_html(mark(text, [(s, s + 13)]))
    assert '<mark class="evidence">write malware</mark>' in html
    assert (
        '<code class="mask">[CN_MOBILE]</code>' in html and "&lt;b&gt;x&lt;/b&gt;" in html and "<br>" in html
    )


def test_detail_html_states_the_redaction(index):
    assert "Text redacted" in static.detail_html(record_detail(index, "aaaa:1"), "en")
    assert "Original text shown (redaction off)" in static.detail_html(
        record_detail(index, "aaaa:1", redact=False), "en"
    )


def test_ledger_html(filled_session):
    session, path = filled_session
    html = static.ledger_html(verify(path), None, "en")
    assert "Intact: 1 entries" in html
    assert "No review ledger" in static.ledger_html(None, None, "en")


def test_empty_selection(session):
    session.set_filters(text="nothing like this at all")
    html = static.static_view(session).html
    assert "No record matches" in html and 'id="record-detail"' not in html


import pytest  # noqa: E402


@pytest.fixture
def filled_session(session, ledger):
    session.review("malware", "confirmed", record_key="aaaa:1")
    return session, ledger.path
