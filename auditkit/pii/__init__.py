"""Personal data and secrets in English and Chinese text: detection with exact spans, and redaction.

>>> from auditkit.pii import detect, redact
>>> redact("我的身份证号是11010519491231002X，手机13812345678")
'我的身份证号是[CN_ID]，手机[CN_MOBILE]'

Every detection carries its type, its character span in the text, a confidence and a category
(``personal_data``, ``secret``, ``health``). Identifiers with a checksum (PRC identity numbers, card
numbers, IBANs) are reported only when the checksum holds; weak shapes (passport-like numbers, national
phone numbers, ICD-10 codes) only next to a context word. The rules are data
(``auditkit/data/pii/patterns.yaml``); ``docs/pii.md`` lists every type, its checks and known limits.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditkit.pii.batch import DETECTION_COLUMNS, detect_many, redact_many
from auditkit.pii.engine import Detector, default_detector
from auditkit.pii.model import CATEGORIES, DETECTION_TYPES, PII_TYPES, Detection, PiiType, mask_token
from auditkit.pii.rules import RuleSet, load_rules

__all__ = [
    "detect",
    "redact",
    "detect_many",
    "redact_many",
    "Detection",
    "DETECTION_TYPES",
    "DETECTION_COLUMNS",
    "PII_TYPES",
    "PiiType",
    "CATEGORIES",
    "mask_token",
    "Detector",
    "default_detector",
    "RuleSet",
    "load_rules",
]


def detect(text: str, *, types: str | Iterable[str] | None = None) -> list[Detection]:
    """Personal data and secrets in ``text``: sorted by position, never overlapping.

    ``text[d.start:d.end]`` is exactly what was found. ``types`` restricts the result to some of
    :data:`DETECTION_TYPES` (an unknown name raises :class:`~auditkit.errors.UnknownNameError`).
    """
    return default_detector().detect(text, types=types)


def redact(text: str, *, types: str | Iterable[str] | None = None) -> str:
    """``text`` with every detection replaced by the mask of its type: ``[EMAIL]``, ``[CN_ID]`` ...

    Password and secret assignments keep their key: ``password = "hunter2"`` becomes
    ``password = "[PASSWORD]"``. The result holds nothing that :func:`detect` finds, and redacting it
    again returns it unchanged.
    """
    return default_detector().redact(text, types=types)
