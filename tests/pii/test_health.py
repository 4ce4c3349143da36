"""Health data hints: medical record numbers after their label, ICD-10 codes near a diagnosis word."""

from __future__ import annotations

import pytest

from auditkit.pii import detect

from .conftest import found


@pytest.mark.parametrize(
    "text, value, type_",
    [
        ("Patient MRN: 00123456, admitted", "00123456", "MRN"),
        ("medical record number 7734-2291", "7734-2291", "MRN"),
        ("住院号：ZY20240115", "ZY20240115", "MRN"),
        ("病历号为A1234567。", "A1234567", "MRN"),
        ("diagnosis: E11.9 type 2 diabetes", "E11.9", "DIAGNOSIS_CODE"),
        ("诊断编码 J45.909", "J45.909", "DIAGNOSIS_CODE"),
        ("ICD-10 code U07.1", "U07.1", "DIAGNOSIS_CODE"),
    ],
)
def test_health_hints_found(text, value, type_):
    hits = detect(text)
    assert [(h.type, text[h.start : h.end]) for h in hits] == [(type_, value)]
    assert hits[0].category == "health"


@pytest.mark.parametrize(
    "text",
    [
        "MRN: pending",  # no digits
        "MRN 0000000",  # one repeated digit
        "record number 12345678",  # not a medical record label
        "E11.9",  # an ICD-10 shape without a diagnosis word
        "the A380 and B747 are aircraft",
        "room B12 on floor 3",
    ],
)
def test_health_near_misses(text):
    assert [t for t, _ in found(text) if t in ("MRN", "DIAGNOSIS_CODE")] == []
