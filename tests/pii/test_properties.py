"""Properties that hold for every text: found identifiers are found exactly, redaction leaves nothing
detectable and is idempotent, detection never fails and its spans are sane."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditkit.pii import detect, redact

from .strategies import MASKS, SEPARATORS, identifiers, long_neutral, neutral

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans_are_sane(text: str) -> None:
    found = detect(text)
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert 0.0 <= d.confidence <= 1.0
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start  # sorted, never overlapping


@SETTINGS
@given(
    st.lists(st.tuples(long_neutral, identifiers), min_size=1, max_size=5),
    long_neutral,
    st.sampled_from(SEPARATORS),
)
def test_every_planted_identifier_is_found_at_its_exact_span(pieces, tail, sep):
    text, expected = "", []
    for filler, (planted, value, type_) in pieces:
        text += filler + sep
        start = len(text) + planted.index(value)
        expected.append((type_, start, start + len(value)))
        text += planted + sep
    text += tail
    got = [(d.type, d.start, d.end) for d in detect(text)]
    assert got == expected, (text, got, expected)


mixed_piece = st.one_of(
    identifiers.map(lambda t: t[0]),
    neutral,
    st.sampled_from(SEPARATORS),
    st.sampled_from(MASKS),
    st.text(max_size=12),  # any unicode, control characters included
    st.text(alphabet="0123456789 -.:+@", max_size=12),  # digit soup that merges with neighbours
)


@SETTINGS
@given(st.lists(mixed_piece, max_size=12).map("".join))
def test_redaction_leaves_nothing_detectable_and_is_idempotent(text):
    once = redact(text)
    assert detect(once) == []
    assert redact(once) == once


@SETTINGS
@given(st.lists(mixed_piece, max_size=12).map("".join))
def test_detection_spans_are_sane_on_adjacent_and_overlapping_identifiers(text):
    _spans_are_sane(text)


@SETTINGS
@given(st.text(max_size=300))
def test_detection_never_fails_on_arbitrary_text(text):
    _spans_are_sane(text)
    assert detect(redact(text)) == []


@SETTINGS
@given(st.lists(st.sampled_from(MASKS + SEPARATORS), max_size=20).map("".join))
def test_masks_are_never_detected(text):
    assert detect(text) == []
    assert redact(text) == text


def test_lone_surrogates_and_control_characters_do_not_break_detection():
    text = "手机\ud83513812345678\x00邮箱a@b.com\udfff\x1b[0m"
    found = [(d.type, text[d.start : d.end]) for d in detect(text)]
    assert found == [("CN_MOBILE", "13812345678")] or ("CN_MOBILE", "13812345678") in found
    assert detect(redact(text)) == []


def test_same_input_same_output():
    text = "邮箱a.b@example.com，手机13812345678，卡号4111111111111111，IP 203.0.113.9"
    assert detect(text) == detect(text) and redact(text) == redact(text)
