"""Checks for health data hints (PHI): medical record numbers and ICD-10 diagnosis codes.

Deliberately conservative, because they feed the PHI_WITHOUT_BAA finding: a medical record number is
reported only right after its label (``MRN``, ``病历号``, ``住院号``), and an ICD-10 code only near a
diagnosis word (``diagnosis``, ``ICD-10``, ``诊断``). Diagnosis *terms* (``diabetes``) are not detected here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["check_mrn", "check_icd10"]


def check_mrn(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """At least ``params.min_digits`` digits (default 4), and not one repeated digit."""
    digits = [ch for ch in value if ch.isdigit()]
    if len(digits) < int(params.get("min_digits", 4)) or len(set(digits)) == 1:
        return None
    return ACCEPT


def check_icd10(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """An ICD-10 code: a letter, two digits, then optionally a dot and one to four more characters
    (``E11.9``, ``U07.1``)."""
    head, _, tail = value.partition(".")
    if len(head) != 3 or not head[0].isalpha() or not head[1:].isdigit():
        return None
    if "." in value and not 1 <= len(tail) <= 4:
        return None
    return ACCEPT
