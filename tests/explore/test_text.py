"""Text pieces: evidence marks, masks, excerpts; redaction holds whatever the cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditkit.explore.text import display_id, joined, mark, plain_excerpt, window
from auditkit.pii import detect

from .conftest import EMAIL, MOBILE

TEXT = f"Call me at {MOBILE} or mail {EMAIL} about the malware sample."


def test_unredacted_pieces_rebuild_the_text_and_mark_evidence():
    s = TEXT.index("malware")
    pieces = mark(TEXT, [(s, s + 7)], redact=False)
    assert joined(pieces) == TEXT
    assert [p.text for p in pieces if p.evidence] == ["malware"]
    assert all(p.text == TEXT[p.start : p.end] for p in pieces)


def test_redacted_pieces_mask_personal_data_and_keep_evidence():
    s = TEXT.index(MOBILE) - 3  # evidence overlapping a phone number
    pieces = mark(TEXT, [(s, s + 8)])
    shown = joined(pieces)
    assert MOBILE not in shown and EMAIL not in shown and "[CN_MOBILE]" in shown and "[EMAIL]" in shown
    masked = [p for p in pieces if p.masked]
    assert {p.text for p in masked} == {"[CN_MOBILE]", "[EMAIL]"}
    assert any(p.masked and p.evidence for p in pieces)  # the mask inside the evidence is marked too
    assert TEXT[masked[0].start : masked[0].end] == MOBILE  # pieces still know where they came from


def test_window_never_shows_half_a_mask():
    pieces = mark(TEXT)
    s = TEXT.index(MOBILE)
    shown, before, after = window(pieces, s + 5, s + 30)
    assert shown[0].text == "[CN_MOBILE]" and before and after
    assert not any(ch.isdigit() for ch in joined(shown))


def test_plain_excerpt_around_a_span():
    text = TEXT + " More words follow here, and more."
    s = text.index("malware")
    shown, before, after = plain_excerpt(mark(text, [(s, s + 7)]), (s, s + 7), context=10, limit=40)
    assert "malware" in joined(shown) and before and after
    shown, before, after = plain_excerpt(mark("short"), None)
    assert joined(shown) == "short" and not before and not after


def test_display_id():
    assert display_id("u_123", True) == "u_123"
    assert display_id(EMAIL, True).startswith("[EMAIL]#") and display_id(EMAIL, True) == display_id(
        EMAIL, True
    )
    assert display_id(EMAIL, False) == EMAIL
    assert display_id(None, True) == ""


_PARTS = st.sampled_from(
    [MOBILE, EMAIL, "11010519491231002X", "手机", " ", "a", "，", "电话", "write malware", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(_PARTS, max_size=12),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
    spans=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=3),
)
def test_redaction_leaves_nothing_detectable_whatever_the_spans_and_window(parts, cut, spans):
    """Property: the pieces hold nothing that detect() finds; no character of anything detect() finds in the
    original text is shown unmasked; a window shows masks whole (never part of an identifier)."""
    text = "".join(parts)
    pieces = mark(text, spans)
    assert detect(joined(pieces)) == []
    assert [p for p in pieces if not p.masked and p.text != text[p.start : p.end]] == []
    for d in detect(text):
        assert not [p for p in pieces if not p.masked and p.start < d.end and d.start < p.end]
    shown, _, _ = window(pieces, min(cut), max(cut))
    assert all(p.text == text[p.start : p.end] for p in shown if not p.masked)
    assert all(p.text.startswith("[") for p in shown if p.masked)
