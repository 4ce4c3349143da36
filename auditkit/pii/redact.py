"""Masking: replace each detection with its type's token, ``[EMAIL]``, ``[CN_ID]``, ``[PASSWORD]`` ...

Guarantees, checked by property tests: the result holds nothing that detection still finds, and
redacting it again changes nothing. Mask tokens are never detected themselves (a detection that overlaps a
mask token is dropped). Because masking shortens the text, a context word can come within reach of a
number that was out of it; redaction therefore detects again on its own output until nothing is found.
This ends: every round turns at least one character outside mask tokens into a mask token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditkit.errors import AuditkitError
from auditkit.pii.model import DETECTION_TYPES, Detection

__all__ = ["MASK_PATTERN", "apply_masks", "drop_masked", "redact_until_clean"]

#: Matches every mask token that redaction writes.
MASK_PATTERN = re.compile(r"\[(?:" + "|".join(DETECTION_TYPES) + r")\]")

_MAX_ROUNDS = 64


def drop_masked(text: str, detections: list[Detection]) -> list[Detection]:
    """``detections`` without those that overlap a mask token already in ``text``."""
    if "[" not in text or not detections:
        return detections
    spans = [m.span() for m in MASK_PATTERN.finditer(text)]
    if not spans:
        return detections
    return [d for d in detections if not any(s < d.end and d.start < e for s, e in spans)]


def apply_masks(text: str, detections: Sequence[Detection]) -> str:
    """``text`` with each (non-overlapping) detection replaced by its mask token."""
    parts: list[str] = []
    pos = 0
    for d in sorted(detections, key=lambda d: d.start):
        parts.append(text[pos : d.start])
        parts.append(d.mask)
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts)


def redact_until_clean(text: str, detect: Callable[[str], list[Detection]]) -> str:
    """Mask what ``detect`` finds, then look again, until it finds nothing."""
    for _ in range(_MAX_ROUNDS):
        detections = detect(text)
        if not detections:
            return text
        text = apply_masks(text, detections)
    raise AuditkitError("redaction did not converge: a detection rule matches inside its own mask")
