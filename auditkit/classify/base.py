"""The contract every classifier follows, and the fixed columns of what classifiers find.

Two kinds of classifier exist:

* a **text classifier** (rules, the trained model, the OpenAI moderation endpoint, a user callable) scores
  plain texts: :meth:`Classifier.classify_texts` gets a batch of strings and returns one row per hit
  (:data:`TEXT_HIT_COLUMNS`). The orchestration (:func:`auditkit.classify.classify`) cuts records into
  texts (input and output separately, long texts in overlapping chunks), and maps every hit back to its
  record, field, message index and role;
* a **record classifier** (the ``moderation`` classifier, which reads moderation results already in the
  logs) works on the canonical records directly and returns findings (:data:`FINDING_COLUMNS`).

A finding is evidence an auditor can check: which classifier (name and version), which category, which
score in [0, 1], and why: the rule id and the matched span (with offsets into ``input_text`` or
``output_text`` of the record), the moderation category and score, or the model's strongest features.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import pandas as pd

__all__ = ["Classifier", "TEXT_HIT_COLUMNS", "FINDING_COLUMNS", "empty_text_hits", "empty_findings"]

#: What ``classify_texts`` returns, one row per (text, category[, span]) hit:
#: ``text_index`` (position in the batch), ``category`` (policy id), ``score`` (0..1), ``start``/``end``
#: (character offsets of the evidence span in that text, <NA> for a whole-text score), ``rule_id``
#: (rule or feature id, <NA> if none) and ``evidence`` (a JSON object with whatever else supports the hit).
TEXT_HIT_COLUMNS: tuple[str, ...] = ("text_index", "category", "score", "start", "end", "rule_id", "evidence")

#: What ``auditkit.classify.classify`` returns, one row per (record, category, classifier) hit:
#: ``field`` is ``input`` or ``output``; ``message_index``/``role`` locate the message inside
#: ``messages_json``; ``span_start``/``span_end`` are offsets into the record's ``input_text`` or
#: ``output_text``; ``matched_text`` is the span's text (what an auditor reads first).
FINDING_COLUMNS: tuple[str, ...] = (
    "record_key", "category", "classifier", "classifier_version", "score", "severity", "field",
    "message_index", "role", "span_start", "span_end", "matched_text", "rule_id", "evidence",
)

_HIT_DTYPES = {"text_index": "Int64", "category": "string", "score": "Float64", "start": "Int64",
               "end": "Int64", "rule_id": "string", "evidence": "string"}
_FINDING_DTYPES = {"record_key": "string", "category": "string", "classifier": "string",
                   "classifier_version": "string", "score": "Float64", "severity": "string", "field": "string",
                   "message_index": "Int64", "role": "string", "span_start": "Int64", "span_end": "Int64",
                   "matched_text": "string", "rule_id": "string", "evidence": "string"}


def empty_text_hits() -> pd.DataFrame:
    """A hits frame with the right columns and dtypes and no rows."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _HIT_DTYPES.items()})


def empty_findings() -> pd.DataFrame:
    """A findings frame with the right columns and dtypes and no rows."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _FINDING_DTYPES.items()})


def coerce_hits(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly :data:`TEXT_HIT_COLUMNS` in their dtypes (missing columns become <NA>)."""
    out = pd.DataFrame(index=frame.index)
    for c, t in _HIT_DTYPES.items():
        out[c] = frame[c].astype(t) if c in frame else pd.Series(pd.NA, index=frame.index, dtype=t)
    return out.reset_index(drop=True)


def coerce_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly :data:`FINDING_COLUMNS` in their dtypes (missing columns become <NA>)."""
    out = pd.DataFrame(index=frame.index)
    for c, t in _FINDING_DTYPES.items():
        out[c] = frame[c].astype(t) if c in frame else pd.Series(pd.NA, index=frame.index, dtype=t)
    return out.reset_index(drop=True)


class Classifier:
    """Base class. Subclasses set ``name`` and ``kind`` and implement one of the two methods."""

    name: ClassVar[str] = ""
    kind: ClassVar[str] = "text"  # text | record
    #: a version string that changes whenever results could change (data files, model, code)
    version: str = "0"

    def classify_texts(self, texts: Sequence[str]) -> pd.DataFrame:
        """Hits in a batch of plain texts (:data:`TEXT_HIT_COLUMNS`)."""
        raise NotImplementedError

    def classify_records(self, records: pd.DataFrame) -> pd.DataFrame:
        """Findings for canonical records (:data:`FINDING_COLUMNS`); record classifiers only."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<classifier {self.name} {self.version}>"
