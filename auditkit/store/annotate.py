"""The as-of-independent results stored beside the records: classification findings and PII detections.

"Governance results stored beside" means exactly two tables, computed chunk by chunk while a file is
ingested (and again by finalize for the rows it changes):

* ``findings``: :func:`auditkit.classify.classify` over every row that has ``input_text`` or
  ``output_text`` (the rows a report classifies), with the store's policy and classifiers, columns
  :data:`~auditkit.classify.FINDING_COLUMNS`. Classification is per record, so chunk by chunk gives the same
  findings as one call over everything (a test checks it);
* ``pii``: :func:`auditkit.pii.detect_many` over every non-empty ``input_text`` (the prompts the retention
  audit scans), all confidences kept, columns ``record_key`` + :data:`~auditkit.pii.DETECTION_COLUMNS`
  without ``text_index``.

What depends on ``as_of`` (ages, windows, the retention and governance findings) is never stored: it is
computed when a report asks, over the store (:meth:`auditkit.store.Store.audit_retention`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.schema import COLUMNS, pandas_dtype

__all__ = [
    "Annotator",
    "annotator",
    "versions",
    "FINDINGS_SCHEMA",
    "PII_SCHEMA",
    "frame_of",
    "CLASSIFY_INPUTS",
]

FINDINGS_SCHEMA = pa.schema(
    [
        ("record_key", pa.string()),
        ("category", pa.string()),
        ("classifier", pa.string()),
        ("classifier_version", pa.string()),
        ("score", pa.float64()),
        ("severity", pa.string()),
        ("field", pa.string()),
        ("message_index", pa.int64()),
        ("role", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("matched_text", pa.string()),
        ("rule_id", pa.string()),
        ("evidence", pa.string()),
    ]
)
PII_SCHEMA = pa.schema(
    [
        ("record_key", pa.string()),
        ("type", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("confidence", pa.float64()),
        ("category", pa.string()),
        ("detector", pa.string()),
    ]
)
#: The canonical columns classification reads (text, messages, logged moderation results).
CLASSIFY_INPUTS = (
    "record_key",
    "input_text",
    "output_text",
    "messages_json",
    "moderation_model",
    "moderation_flagged",
    "moderation_categories",
    "moderation_scores_json",
)
_TYPES = {c.name: c.type for c in COLUMNS}


def _mapper(arrow_t: pa.DataType) -> object | None:
    if pa.types.is_large_string(arrow_t) or pa.types.is_string(arrow_t):
        return pandas_dtype("string")
    if pa.types.is_integer(arrow_t):
        return pandas_dtype("int")
    if pa.types.is_floating(arrow_t):
        return pandas_dtype("float")
    if pa.types.is_boolean(arrow_t):
        return pandas_dtype("bool")
    return None


def frame_of(table: pa.Table, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Columns of an Arrow table as a pandas frame with the canonical dtypes (strings stay Arrow-backed)."""
    sub = table.select(list(columns)) if columns is not None else table
    frame = sub.to_pandas(types_mapper=_mapper, split_blocks=True)
    for name in frame.columns:
        if _TYPES.get(name) == "time":
            frame[name] = frame[name].astype(pandas_dtype("time"))
    return frame


@dataclass
class Annotator:
    """Classifiers and PII detector built once per process (compiled pattern databases are reused)."""

    policy: Any
    classifiers: list[Any]
    pii: bool = True

    def annotate(self, table: pa.Table) -> tuple[pa.Table, pa.Table]:
        """Findings and PII detections for the rows of a canonical Arrow table."""
        return self.findings(table), self.detections(table)

    def findings(self, table: pa.Table) -> pa.Table:
        from auditkit.classify import classify

        if not self.classifiers or table.num_rows == 0:
            return FINDINGS_SCHEMA.empty_table()
        has_text = pc.or_(pc.is_valid(table["input_text"]), pc.is_valid(table["output_text"]))
        texts = table.select(list(CLASSIFY_INPUTS)).filter(has_text)  # select first: filter copies
        if texts.num_rows == 0:
            return FINDINGS_SCHEMA.empty_table()
        found = classify(frame_of(texts, CLASSIFY_INPUTS), policy=self.policy, classifiers=self.classifiers)
        return findings_table(found)

    def detections(self, table: pa.Table) -> pa.Table:
        from auditkit.pii import detect_many

        if not self.pii or table.num_rows == 0:
            return PII_SCHEMA.empty_table()
        texts = table["input_text"]
        present = pc.and_(pc.is_valid(texts), pc.greater(pc.utf8_length(texts), 0))
        rows = np.flatnonzero(present.to_numpy(zero_copy_only=False))
        if rows.size == 0:
            return PII_SCHEMA.empty_table()
        values = table["input_text"].take(pa.array(rows)).to_pylist()
        det = detect_many(values)
        if det.empty:
            return PII_SCHEMA.empty_table()
        keys = table["record_key"].take(pa.array(rows[det["text_index"].to_numpy(dtype=np.int64)]))
        return pa.table(
            {
                "record_key": keys.cast(pa.string()),
                "type": pa.array(det["type"].astype(object).to_numpy(), pa.string()),
                "start": pa.array(det["start"].to_numpy(dtype=np.int64)),
                "end": pa.array(det["end"].to_numpy(dtype=np.int64)),
                "confidence": pa.array(det["confidence"].to_numpy(dtype=np.float64)),
                "category": pa.array(det["category"].astype(object).to_numpy(), pa.string()),
                "detector": pa.array(det["detector"].astype(object).to_numpy(), pa.string()),
            },
            schema=PII_SCHEMA,
        )


def findings_table(found: pd.DataFrame) -> pa.Table:
    """Findings (pandas, FINDING_COLUMNS) as an Arrow table of :data:`FINDINGS_SCHEMA`."""
    if found.empty:
        return FINDINGS_SCHEMA.empty_table()
    return pa.Table.from_pandas(
        found[list(FINDINGS_SCHEMA.names)], schema=FINDINGS_SCHEMA, preserve_index=False
    )


_CACHE: dict[tuple[str, tuple[str, ...] | None, bool], Annotator] = {}


def annotator(policy: str, classifiers: Sequence[str] | None, pii: bool = True) -> Annotator:
    """The process's annotator for a policy version and classifier names (None: the default classifiers
    installed), built on first use.

    Worker processes of a Dask cluster import this module, so each builds its classifiers once, not once
    per task (a function defined in ``__main__`` would be pickled by value and rebuild them every time).
    """
    key = (policy, tuple(classifiers) if classifiers is not None else None, pii)
    if key not in _CACHE:
        from auditkit.classify.run import resolve_classifiers
        from auditkit.policy import load as load_policy

        pol = load_policy(policy)
        clfs = resolve_classifiers(list(classifiers) if classifiers is not None else None)
        _CACHE[key] = Annotator(pol, clfs, pii)
    return _CACHE[key]


def versions(annot: Annotator) -> list[list[str]]:
    """``[name, version]`` of an annotator's classifiers (recorded in store.json)."""
    return [[c.name, str(c.version)] for c in annot.classifiers]
