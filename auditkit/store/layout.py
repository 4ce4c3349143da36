"""Where everything of a Parquet audit store lives, and how files get there without ever being half-written.

::

    STORE/
      store.json                                       # format version, load options, policy, classifiers
      manifest/<sha16>-<path8>.json                    # one entry per input file, written last (see below)
      records/date=YYYY-MM-DD/part-<sha16>-<n>.parquet # canonical rows as read (+ _seq, _ord), by UTC day
      records/date=unknown/part-<sha16>-<n>.parquet    # rows without event_time
      findings/date=.../part-<sha16>-<n>.parquet       # classification findings of exactly those rows
      pii/date=.../part-<sha16>-<n>.parquet            # personal-data / secret detections in their prompts
      rejects/part-<sha16>.parquet                     # the file's rejects
      final/CURRENT                                    # which finalize generation is in force
      final/gen-<n>/...                                # the finalize overlay (auditkit.store.finalize)

Every file is written to a temporary name in its folder and moved into place with ``os.replace``, so a
reader (or a crash) sees either the old file or the new one. Part names depend only on the input file's
content (``sha16`` = first 16 hex digits of its sha256) and on the order rows were read, so writing a part
twice gives the same file: ingestion is idempotent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = [
    "Layout",
    "atomic_write_bytes",
    "atomic_write_json",
    "atomic_write_table",
    "UNKNOWN_DATE",
    "STORE_VERSION",
    "PART_RE",
    "TABLES",
    "sync_all",
]

STORE_VERSION = 1
UNKNOWN_DATE = "unknown"
#: Tables partitioned by date, written part by part beside each other.
TABLES = ("records", "findings", "pii")
PART_RE = re.compile(r"^part-(?P<sha16>[0-9a-f]{16})-(?P<n>\d+)\.parquet$")
_ZSTD_LEVEL = 3


def _tmp_name(path: Path) -> tuple[int, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file in the same folder, fsync it, then rename it into place."""
    fd, tmp = _tmp_name(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_json(path: Path, obj: Any) -> None:
    atomic_write_bytes(
        path, json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False, default=str).encode()
    )


def atomic_write_table(
    path: Path, table: pa.Table, *, row_group_size: int = 65_536, sync: bool = False
) -> None:
    """Write an Arrow table as one zstd Parquet file, atomically.

    Parts are not fsynced one by one (8-12 ms each on these VMs): the ingest syncs the file system once
    per input file, before its manifest entry is written (:func:`sync_all`).
    """
    fd, tmp = _tmp_name(path)
    os.close(fd)
    try:
        pq.write_table(
            table,
            tmp,
            compression="zstd",
            compression_level=_ZSTD_LEVEL,
            row_group_size=row_group_size,
            write_statistics=True,
        )
        if sync:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def sync_all() -> None:
    """Flush written data to disk (once per input file, so a power cut cannot leave an entry whose parts
    were lost); a process crash alone never needs it, as the page cache survives the process."""
    os.sync()


def path_tag(path: str) -> str:
    """Eight hex digits naming an input path (two paths with the same content get two manifest entries)."""
    return hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:8]


class Layout:
    """The paths of one store (nothing here reads or writes data)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    @property
    def meta(self) -> Path:
        return self.root / "store.json"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def manifest_dir(self) -> Path:
        return self.root / "manifest"

    def manifest_entry(self, sha256: str, path: str) -> Path:
        return self.manifest_dir / f"{sha256[:16]}-{path_tag(path)}.json"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def part(self, table: str, date: str, sha16: str, n: int) -> Path:
        return self.root / table / f"date={date}" / f"part-{sha16}-{n:05d}.parquet"

    def rejects_part(self, sha16: str) -> Path:
        return self.root / "rejects" / f"part-{sha16}-00000.parquet"

    @property
    def final_dir(self) -> Path:
        return self.root / "final"

    @property
    def final_current(self) -> Path:
        return self.final_dir / "CURRENT"

    def generation(self, n: int) -> Path:
        return self.final_dir / f"gen-{n:05d}"

    # -- listing ---------------------------------------------------------------------------------------
    def parts(self, table: str, dates: set[str] | None = None) -> Iterator[tuple[str, str, Path]]:
        """``(date, sha16, path)`` of every part of a date-partitioned table (or of some dates), sorted."""
        base = self.table_dir(table)
        if not base.is_dir():
            return
        for day_dir in sorted(base.iterdir()):
            if not day_dir.name.startswith("date="):
                continue
            date = day_dir.name[5:]
            if dates is not None and date not in dates:
                continue
            for f in sorted(day_dir.iterdir()):
                m = PART_RE.match(f.name)
                if m:
                    yield date, m["sha16"], f

    def dates(self, table: str = "records") -> list[str]:
        base = self.table_dir(table)
        if not base.is_dir():
            return []
        return sorted(d.name[5:] for d in base.iterdir() if d.name.startswith("date=") and d.is_dir())

    def files_of(self, sha16: str) -> Iterator[Path]:
        """Every part (records, findings, pii, rejects) of the input whose sha256 starts with ``sha16``."""
        for table in (*TABLES, "rejects"):
            base = self.table_dir(table)
            if base.is_dir():
                yield from base.glob(f"**/part-{sha16}-*.parquet")

    def temporaries(self) -> Iterator[Path]:
        """Temporary files left by an interrupted write (``.name.XXXX.tmp``)."""
        for table in (*TABLES, "rejects", "manifest"):
            base = self.root / table
            if base.is_dir():
                yield from base.glob("**/.*.tmp")
        if self.root.is_dir():
            yield from self.root.glob(".*.tmp")
