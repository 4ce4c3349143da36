"""Helpers shared by the PII tests."""

from __future__ import annotations

import pytest

from auditkit.pii import detect


def found(text: str, types=None) -> list[tuple[str, str]]:
    """``(type, matched text)`` of every detection, checking that spans point into ``text``."""
    out = []
    for d in detect(text, types=types):
        assert 0 <= d.start < d.end <= len(text)
        out.append((d.type, text[d.start : d.end]))
    return out


@pytest.fixture
def find():
    return found
