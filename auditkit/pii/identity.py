"""Checks for identity documents: PRC resident identity numbers and passport-like numbers.

A PRC resident identity number (GB 11643-1999) has 18 characters: a 6-digit administrative division code
whose first two digits are a province, the birth date ``YYYYMMDD``, a 3-digit sequence number and a check
character computed over the first 17 digits (ISO 7064 MOD 11-2; ``X`` stands for 10).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["gb11643_check_char", "is_cn_id", "check_cn_id", "check_passport"]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
#: Province-level codes (first two digits) of GB/T 2260, incl. Taiwan (71), Hong Kong (81), Macao (82).
DEFAULT_PROVINCES = frozenset(
    {
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    }
)


def gb11643_check_char(first17: str) -> str:
    """The check character (``0``-``9`` or ``X``) of the 17 leading digits of an identity number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _valid_birth_date(yyyymmdd: str, first_year: int, last_year: int) -> bool:
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    if not first_year <= year <= last_year:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_cn_id(value: str, params: Mapping[str, Any] | None = None) -> bool:
    """Whether ``value`` (spaces allowed, ``x`` or ``X``) is a well-formed PRC identity number.

    ``params`` may narrow ``provinces`` (two-digit codes) and the plausible ``birth_years`` (``[first,
    last]``, default 1900-2099).
    """
    params = params or {}
    compact = value.replace(" ", "").upper()
    if len(compact) != 18 or not compact[:17].isascii() or not compact[:17].isdigit():
        return False
    provinces = frozenset(str(p) for p in params.get("provinces", DEFAULT_PROVINCES))
    if compact[:2] not in provinces:
        return False
    first_year, last_year = (int(y) for y in params.get("birth_years", (1900, 2099)))
    if not _valid_birth_date(compact[6:14], first_year, last_year):
        return False
    return gb11643_check_char(compact[:17]) == compact[17]


def check_cn_id(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """Province, birth date and check character all valid."""
    return ACCEPT if is_cn_id(value, params) else None


def check_passport(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A passport-like number; the PRC formats (``E12345678``, ``EA1234567``, ``G12345678``) score higher.

    ``params.cn_confidence`` is the confidence of a PRC-format number. A number of one repeated digit is
    a placeholder.
    """
    digits = [ch for ch in value if ch.isdigit()]
    if len(set(digits)) <= 1:
        return None
    head = value[0]
    cn_format = (len(value) == 9 and head in "EGDSP" and value[1:].isdigit()) or (
        len(value) == 9 and head == "E" and value[1].isalpha() and value[2:].isdigit()
    )
    if cn_format and "cn_confidence" in params:
        return Verdict(confidence=float(params["cn_confidence"]))
    return ACCEPT
