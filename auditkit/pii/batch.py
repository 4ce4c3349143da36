"""Detection and redaction over many texts (a column of prompts), as a DataFrame and a Series.

The retention audit runs this over every prompt and completion of a log; see ``docs/pii.md`` for the
measured speed. Texts that are ``None``/``NA`` or empty are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from auditkit.pii.engine import Detector, default_detector, type_filter

__all__ = ["DETECTION_COLUMNS", "detect_many", "redact_many"]

#: Columns of :func:`detect_many`, in order: ``text_index`` (the input Series' index label, or the
#: 0-based position for other sequences), ``type``, ``start``, ``end``, ``confidence``, ``category``,
#: ``detector``. The matched text is deliberately not a column.
DETECTION_COLUMNS: tuple[str, ...] = (
    "text_index",
    "type",
    "start",
    "end",
    "confidence",
    "category",
    "detector",
)


def _labelled(texts: Iterable[Any]) -> Iterable[tuple[Any, Any]]:
    if isinstance(texts, pd.Series):
        return zip(texts.index, texts.array, strict=True)
    return enumerate(texts)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def detect_many(
    texts: Iterable[str | None],
    *,
    types: str | Iterable[str] | None = None,
    detector: Detector | None = None,
) -> pd.DataFrame:
    """One row per detection in any of ``texts``, with the columns :data:`DETECTION_COLUMNS`.

    Args:
        texts: a pandas Series (``text_index`` then holds its index labels) or any iterable of strings.
        types: only these types (see :data:`~auditkit.pii.DETECTION_TYPES`).
        detector: a detector built from another rules file; default the shipped rules.
    """
    det = detector or default_detector()
    wanted = type_filter(types)
    rows: list[tuple[Any, ...]] = []
    for label, text in _labelled(texts):
        if not _is_text(text):
            continue
        for d in det.detect(text, types=wanted):
            rows.append((label, d.type, d.start, d.end, d.confidence, d.category, d.detector))
    frame = pd.DataFrame(rows, columns=list(DETECTION_COLUMNS))
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "confidence": "float64",
            "type": "string",
            "category": "string",
            "detector": "string",
        }
    )


def redact_many(
    texts: Iterable[str | None],
    *,
    types: str | Iterable[str] | None = None,
    detector: Detector | None = None,
) -> pd.Series:
    """``texts`` redacted, as a Series (a Series input keeps its index; missing values stay missing)."""
    det = detector or default_detector()
    wanted = type_filter(types)
    index = texts.index if isinstance(texts, pd.Series) else None
    values = [det.redact(t, types=wanted) if _is_text(t) else t for _, t in _labelled(texts)]
    return pd.Series(values, index=index, dtype=texts.dtype if isinstance(texts, pd.Series) else object)
