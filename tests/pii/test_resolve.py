"""Overlapping candidates: longest wins, then most confident, then type order; the result is stable."""

from __future__ import annotations

import itertools

from auditkit.pii.model import Detection
from auditkit.pii.resolve import resolve

from .conftest import found


def _d(type_: str, start: int, end: int, confidence: float = 0.9, detector: str = "r") -> Detection:
    return Detection(type_, start, end, confidence, "personal_data", detector)


def test_longest_wins():
    email, mobile = _d("EMAIL", 0, 18), _d("CN_MOBILE", 0, 11, 0.95)
    assert resolve([mobile, email]) == [email]


def test_equal_spans_most_confident_wins_then_type_order():
    weak, strong = _d("SECRET", 5, 20, 0.8), _d("JWT", 5, 20, 0.97)
    assert resolve([weak, strong]) == [strong]
    card, ident = _d("BANK_CARD", 0, 18, 0.97), _d("CN_ID", 0, 18, 0.97)
    assert resolve([card, ident]) == [ident]  # CN_ID is listed before BANK_CARD


def test_result_does_not_depend_on_input_order():
    cands = [_d("IP", 0, 8), _d("PHONE", 6, 20, 0.75), _d("EMAIL", 18, 30), _d("CN_MOBILE", 25, 36)]
    results = {tuple(resolve(list(p))) for p in itertools.permutations(cands)}
    assert len(results) == 1
    kept = results.pop()
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:], strict=False))


def test_mobile_inside_qq_style_email_is_reported_as_email_only():
    assert found("联系13812345678@qq.com") == [("EMAIL", "13812345678@qq.com")]


def test_key_in_secret_assignment_reported_by_its_vendor_format():
    key = "sk-" + "proj-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"
    assert found(f'"api_key": "{key}"') == [("API_KEY", key)]
