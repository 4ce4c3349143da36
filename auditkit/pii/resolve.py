"""Overlapping detections resolved deterministically: the longest wins, then the most confident.

Two rules may find overlapping text: ``13812345678@qq.com`` is an e-mail address that contains a mobile
number; ``"token": "eyJ..."`` is both a secret assignment and a JWT. The kept detections never overlap,
so redaction is unambiguous. Order of preference: longer span, higher confidence, the type listed first
in :data:`~auditkit.pii.model.DETECTION_TYPES`, earlier start, rule name.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from auditkit.pii.model import DETECTION_TYPES, Detection

__all__ = ["resolve"]

_PRIORITY = {name: i for i, name in enumerate(DETECTION_TYPES)}


def _preference(d: Detection) -> tuple[int, float, int, int, str]:
    return (-(d.end - d.start), -d.confidence, _PRIORITY[d.type], d.start, d.detector)


def resolve(candidates: Iterable[Detection]) -> list[Detection]:
    """Non-overlapping detections chosen from ``candidates``, sorted by position."""
    starts: list[int] = []
    kept: list[Detection] = []  # sorted by start, parallel to ``starts``
    for d in sorted(candidates, key=_preference):
        i = bisect.bisect_left(starts, d.start)
        if i > 0 and kept[i - 1].end > d.start:
            continue
        if i < len(kept) and kept[i].start < d.end:
            continue
        starts.insert(i, d.start)
        kept.insert(i, d)
    return kept
