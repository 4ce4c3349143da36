"""The store's record of what it holds: ``store.json`` (how it was built) and one manifest entry per input.

A manifest entry is the proof that an input file is *completely* in the store: it is written (atomically)
only after every part of the file is in place. Parts without an entry are leftovers of an interrupted run;
readers ignore them and the next ingest deletes them. Entries are one small JSON file each
(``manifest/<sha16>-<path8>.json``) rather than one growing ``manifest.json``, so that committing a file costs
the same whether the store holds ten inputs or a hundred thousand, and a crash can never truncate the list.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from auditkit.store.errors import StoreError
from auditkit.store.layout import STORE_VERSION, Layout, atomic_write_json

__all__ = [
    "ManifestEntry",
    "StoreMeta",
    "read_manifest",
    "write_entry",
    "read_meta",
    "write_meta",
    "store_lock",
]


@dataclass
class ManifestEntry:
    """One input file the store holds (or lists: a file identical to one ingested, a skipped zip member).

    ``source`` has the columns of ``LoadResult.sources`` that reading alone determines (path, sha256, size,
    compression, encoding, container, format, status, lines_read, blank_lines, records, rejects, note);
    ``rows`` and ``merged`` are computed at read time, after finalize. ``parts`` lists the record parts
    written (date, part number, rows).
    """

    seq: int
    path: str
    sha256: str
    source: dict[str, Any]
    parts: list[dict[str, Any]] = field(default_factory=list)
    rows_read: int = 0
    findings: int = 0
    pii: int = 0
    same_as: str | None = None
    seconds: float = 0.0

    @property
    def sha16(self) -> str:
        return self.sha256[:16]

    @property
    def holds_rows(self) -> bool:
        return self.same_as is None and self.source.get("status") not in ("skipped", "same_content")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ManifestEntry:
        return cls(**obj)


@dataclass(frozen=True)
class StoreMeta:
    """How the store was built; every later ingest must use the same, or findings would not be comparable."""

    version: int
    options: dict[str, Any]
    policy: str
    classifiers: list[list[str]]
    pii_min_confidence: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def read_meta(layout: Layout) -> StoreMeta | None:
    if not layout.meta.exists():
        return None
    obj = json.loads(layout.meta.read_text())
    if obj.get("version") != STORE_VERSION:
        raise StoreError(
            str(layout.root),
            f"was written by store format {obj.get('version')}, this auditkit reads format {STORE_VERSION}",
            "ingest the logs into a new store",
        )
    return StoreMeta(**obj)


def write_meta(layout: Layout, meta: StoreMeta) -> None:
    atomic_write_json(layout.meta, meta.to_json())


def read_manifest(layout: Layout) -> list[ManifestEntry]:
    """Every committed entry, in ingestion order (``seq``)."""
    if not layout.manifest_dir.is_dir():
        return []
    out = []
    for f in layout.manifest_dir.glob("*.json"):
        out.append(ManifestEntry.from_json(json.loads(f.read_text())))
    return sorted(out, key=lambda e: e.seq)


def write_entry(layout: Layout, entry: ManifestEntry) -> None:
    atomic_write_json(layout.manifest_entry(entry.sha256, entry.path), entry.to_json())


@contextlib.contextmanager
def store_lock(layout: Layout) -> Iterator[None]:
    """Hold the store's writer lock (one ingest at a time); fails at once if another run holds it."""
    layout.root.mkdir(parents=True, exist_ok=True)
    fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                str(layout.root), "is being written by another ingest run", "wait for it to finish"
            ) from None
        yield
    finally:
        os.close(fd)
