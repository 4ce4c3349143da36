"""Rows of one input file into date partitions, in bounded memory.

Rows arrive in tables of a few thousand (``read_source(on_table=...)``) and go into one buffer per UTC day of
``event_time`` (``unknown`` without one), with their findings and PII detections. A day's buffer becomes one
part (records, findings and pii files with the same name) when it holds ``part_rows`` rows or
``part_bytes`` bytes; when all buffers together pass ``max_buffer`` bytes the largest is written early. Logs
are written in time order, so few days are open at once and parts are large. The flush points depend only
on the rows, never on timing, so the same file always gives the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.schema import arrow_schema
from auditkit.store.annotate import FINDINGS_SCHEMA, PII_SCHEMA
from auditkit.store.layout import UNKNOWN_DATE, Layout, atomic_write_table

__all__ = ["PartWriter", "RECORDS_SCHEMA", "row_dates", "with_store_columns"]

#: Canonical columns, then the row's place in load order (the file's ingestion number, its row number in the
#: file) and whether it has text to classify (``input_text`` or ``output_text``; what reports count as
#: classified, kept as a flag so that aggregates need not read the texts).
RECORDS_SCHEMA = (
    arrow_schema()
    .append(pa.field("_seq", pa.int64()))
    .append(pa.field("_ord", pa.int64()))
    .append(pa.field("_classified", pa.bool_()))
)


def with_store_columns(records: pa.Table, seq: pa.Array, ord: pa.Array) -> pa.Table:
    """A canonical table with the store's helper columns appended (:data:`RECORDS_SCHEMA`)."""
    if records.schema != arrow_schema():
        records = records.select(arrow_schema().names).cast(arrow_schema())
    classified = pc.or_(pc.is_valid(records["input_text"]), pc.is_valid(records["output_text"]))
    return (
        records.append_column("_seq", seq).append_column("_ord", ord).append_column("_classified", classified)
    )


def row_dates(times: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """The UTC day (``YYYY-MM-DD``, or ``unknown``) of each timestamp, as a numpy object array."""
    days = pc.cast(times, pa.date32()).to_numpy(zero_copy_only=False)  # datetime64[D], NaT for null
    uniq, inverse = np.unique(days, return_inverse=True)
    names = np.array([UNKNOWN_DATE if np.isnat(d) else str(d) for d in uniq], dtype=object)
    return names[inverse.reshape(-1)] if len(days) else np.array([], dtype=object)


def _runs(dates: np.ndarray) -> list[tuple[str, int, int]]:
    """``(day, start, length)`` of each run of equal days (logs in time order give a few runs)."""
    if len(dates) == 0:
        return []
    cuts = np.flatnonzero(dates[1:] != dates[:-1]) + 1
    starts = np.concatenate([[0], cuts])
    ends = np.concatenate([cuts, [len(dates)]])
    return [(str(dates[a]), int(a), int(b - a)) for a, b in zip(starts, ends, strict=True)]


@dataclass
class _Bucket:
    records: list[pa.Table] = field(default_factory=list)
    findings: list[pa.Table] = field(default_factory=list)
    pii: list[pa.Table] = field(default_factory=list)
    rows: int = 0
    nbytes: int = 0


class PartWriter:
    """Buffers the rows of one input file by day and writes them as parts ``part-<sha16>-<n>``."""

    def __init__(
        self,
        layout: Layout,
        sha16: str,
        seq: int,
        *,
        part_rows: int = 250_000,
        part_bytes: int = 128 << 20,
        max_buffer: int = 256 << 20,
    ) -> None:
        self.layout = layout
        self.sha16 = sha16
        self.seq = seq
        self.part_rows = part_rows
        self.part_bytes = part_bytes
        self.max_buffer = max_buffer
        self.buckets: dict[str, _Bucket] = {}
        self.buffered = 0
        self.next_part = 0
        self.next_ord = 0
        self.parts: list[dict[str, object]] = []
        self.rows = 0
        self.findings = 0
        self.pii = 0

    def add(self, records: pa.Table, findings: pa.Table, pii: pa.Table) -> None:
        """One table of canonical rows (in file order) with the findings and detections of those rows."""
        n = records.num_rows
        if n == 0:
            return
        records = with_store_columns(
            records,
            pa.array(np.full(n, self.seq, dtype=np.int64)),
            pa.array(np.arange(self.next_ord, self.next_ord + n, dtype=np.int64)),
        )
        self.next_ord += n
        dates = row_dates(records["event_time"])
        f_dates = _dates_of(findings["record_key"], records["record_key"], dates)
        p_dates = _dates_of(pii["record_key"], records["record_key"], dates)
        runs = _runs(dates)
        contiguous = len(runs) == len({r[0] for r in runs})  # each day in one run: zero-copy slices
        for day in sorted({r[0] for r in runs}):
            bucket = self.buckets.setdefault(day, _Bucket())
            if len(runs) == 1:
                part = records
            elif contiguous:
                start, length = next((a, n) for d, a, n in runs if d == day)
                part = records.slice(start, length)
            else:
                part = records.filter(pa.array(dates == day))
            bucket.records.append(part)
            bucket.findings.append(findings.filter(pa.array(f_dates == day)))
            bucket.pii.append(pii.filter(pa.array(p_dates == day)))
            bucket.rows += part.num_rows
            size = part.nbytes
            bucket.nbytes += size
            self.buffered += size
            if bucket.rows >= self.part_rows or bucket.nbytes >= self.part_bytes:
                self._flush(day)
        while self.buffered > self.max_buffer and self.buckets:
            self._flush(max(self.buckets, key=lambda d: (self.buckets[d].nbytes, d)))

    def close(self) -> None:
        """Write every buffer that is left (in day order)."""
        for day in sorted(self.buckets):
            self._flush(day)

    def _flush(self, day: str) -> None:
        bucket = self.buckets.pop(day)
        self.buffered -= bucket.nbytes
        n = self.next_part
        self.next_part += 1
        records = pa.concat_tables(bucket.records)
        findings = pa.concat_tables([FINDINGS_SCHEMA.empty_table(), *bucket.findings])
        pii = pa.concat_tables([PII_SCHEMA.empty_table(), *bucket.pii])
        atomic_write_table(self.layout.part("records", day, self.sha16, n), records)
        if findings.num_rows:
            atomic_write_table(self.layout.part("findings", day, self.sha16, n), findings)
        if pii.num_rows:
            atomic_write_table(self.layout.part("pii", day, self.sha16, n), pii)
        self.parts.append(
            {
                "date": day,
                "n": n,
                "rows": records.num_rows,
                "findings": findings.num_rows,
                "pii": pii.num_rows,
            }
        )
        self.rows += records.num_rows
        self.findings += findings.num_rows
        self.pii += pii.num_rows


def _dates_of(keys: pa.ChunkedArray, record_keys: pa.ChunkedArray, dates: np.ndarray) -> np.ndarray:
    """The day of the record each key (a finding's, a detection's) belongs to."""
    if len(keys) == 0:
        return np.array([], dtype=object)
    pos = pc.index_in(keys.cast(pa.large_string()), value_set=record_keys.combine_chunks()).to_numpy(
        zero_copy_only=False
    )
    return dates[pos.astype(np.int64)]
