"""Ingesting one input file into the store: the unit of work of every engine (local loop or Dask task).

:func:`ingest_file` streams the file with :func:`auditkit.filereader.read_source` (``on_table=``), annotates
every table (findings, PII detections), buffers the rows by day and writes parts, then returns the manifest
entry. It never writes the manifest itself: the coordinator commits the entry once the parts are in place,
so an interrupted file leaves parts without an entry, which readers ignore and the next run deletes.

It is a plain module-level function taking plain values, so Dask ships it by reference and each worker
process keeps its compiled classifiers between tasks.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

from auditkit.errors import UnknownFormatError
from auditkit.filereader import REJECT_COLUMNS, read_source
from auditkit.io.sources import SourceFile
from auditkit.loaders import LOADERS, LoadOptions
from auditkit.store.annotate import annotator
from auditkit.store.layout import Layout, atomic_write_table, sync_all
from auditkit.store.manifest import ManifestEntry
from auditkit.store.partwriter import PartWriter

log = logging.getLogger("auditkit")

__all__ = ["IngestSpec", "ingest_file", "REJECTS_SCHEMA", "source_row"]


@dataclass(frozen=True)
class IngestSpec:
    """What every file of one ingest run is read and annotated with (the store's ``store.json``)."""

    timezone: str = "UTC"
    quota_per_usd: float = 500_000.0
    format: str | None = None
    policy: str = "openai-usage-2023-03-17"
    classifiers: tuple[str, ...] | None = None
    pii: bool = True
    part_rows: int = 250_000

    def load_options(self) -> LoadOptions:
        return LoadOptions(timezone=self.timezone, quota_per_usd=self.quota_per_usd)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _rejects_schema() -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c == "source_line" else pa.string()) for c in REJECT_COLUMNS])


REJECTS_SCHEMA = _rejects_schema()


def source_row(outcome: Any) -> dict[str, Any]:
    """The columns of ``LoadResult.sources`` that reading one file determines."""
    return {
        "path": outcome.source.path,
        "sha256": outcome.sha256,
        "bytes": outcome.bytes,
        "compression": outcome.source.compression,
        "encoding": outcome.encoding,
        "container": outcome.container,
        "format": outcome.format,
        "status": outcome.status,
        "lines_read": outcome.lines_read,
        "blank_lines": outcome.blank_lines,
        "records": outcome.records,
        "rejects": len(outcome.rejects),
        "note": outcome.note,
    }


def ingest_file(root: str, src: SourceFile, sha256: str, seq: int, spec: IngestSpec) -> ManifestEntry:
    """Read one input file into parts of the store at ``root``; return its (not yet committed) entry.

    Parts left by an interrupted ingest of the same content are deleted first; part names depend only on
    the content, so the result is the same whether or not an earlier attempt got half-way.
    """
    import pyarrow as pa

    started = time.perf_counter()
    layout = Layout(root)
    sha16 = sha256[:16]
    for leftover in list(layout.files_of(sha16)):
        leftover.unlink(missing_ok=True)
    annot = annotator(spec.policy, spec.classifiers, spec.pii)
    writer = PartWriter(layout, sha16, seq, part_rows=spec.part_rows)

    def on_table(table: pa.Table) -> None:
        findings, pii = annot.annotate(table)
        writer.add(table, findings, pii)

    forced = LOADERS.get(spec.format) if spec.format else None
    try:
        outcome = read_source(
            src,
            registry=LOADERS,
            loader=forced,
            options=spec.load_options(),
            on_table=on_table,
            sha256=sha256,
        )
    except UnknownFormatError as exc:
        if src.member is None:
            raise
        row = {
            "path": src.path,
            "sha256": "",
            "bytes": 0,
            "compression": src.compression,
            "encoding": "",
            "container": "",
            "format": "",
            "status": "skipped",
            "lines_read": 0,
            "blank_lines": 0,
            "records": 0,
            "rejects": 0,
            "note": f"not a log format ({exc.detail})",
        }
        return ManifestEntry(seq, src.path, sha256, row, seconds=time.perf_counter() - started)
    writer.close()
    if outcome.rejects:
        table = pa.Table.from_pylist(outcome.rejects, schema=REJECTS_SCHEMA)
        table = table.append_column("_seq", pa.array([seq] * table.num_rows, pa.int64()))
        atomic_write_table(layout.rejects_part(sha16), table)
    sync_all()
    log.info("ingested %s: %d rows in %d parts", src.path, writer.rows, len(writer.parts))
    return ManifestEntry(
        seq,
        src.path,
        sha256,
        source_row(outcome),
        parts=writer.parts,
        rows_read=writer.rows,
        findings=writer.findings,
        pii=writer.pii,
        seconds=time.perf_counter() - started,
    )
