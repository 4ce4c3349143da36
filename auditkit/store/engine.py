"""``ingest``: input files into a store, on this machine (``local``) or on a Dask cluster (``dask``).

The coordinator (this process) does what must happen in one place, in order:

1. takes the store's writer lock, checks or writes ``store.json``, deletes parts and temporary files that
   no manifest entry vouches for (leftovers of an interrupted run);
2. expands the paths and hashes every input (sha256), in the order given. A file whose (sha256, path) is in
   the manifest is already in the store and is skipped; a file whose content is in the store under
   another path (or earlier in this run) is listed as ``same_content`` and not read again, as
   ``load_logs`` does. Each new file gets the next ingestion number (``seq``), which fixes load order;
3. runs :func:`~auditkit.store.ingest.ingest_file` for every new file: in a loop (``local``) or as one
   Dask task per file (``dask``; workers write parts into the store folder, which they must see at the
   same path), and commits each file's manifest entry as soon as its parts are written;
4. runs :func:`~auditkit.store.finalize.finalize` (cross-record joins and the duplicate rule).

Both engines run the same function on the same files with the same ``seq``, and part names and contents
depend only on those, so the store they produce is the same (a test compares them on a real
``LocalCluster``).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from auditkit.errors import MissingDependencyError, ParameterError
from auditkit.io.sources import SourceFile, expand, hash_source
from auditkit.store.annotate import annotator, versions
from auditkit.store.errors import StoreError
from auditkit.store.finalize import finalize, require_duckdb
from auditkit.store.ingest import IngestSpec, ingest_file
from auditkit.store.layout import STORE_VERSION, Layout
from auditkit.store.manifest import (
    ManifestEntry,
    StoreMeta,
    read_manifest,
    read_meta,
    store_lock,
    write_entry,
    write_meta,
)

log = logging.getLogger("auditkit")

__all__ = ["ingest", "IngestReport", "ENGINES"]

ENGINES = ("local", "dask")


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    store: str
    ingested: list[ManifestEntry] = field(default_factory=list)
    listed: list[ManifestEntry] = field(default_factory=list)  # same_content / skipped members
    already: list[str] = field(default_factory=list)  # paths already in the store
    removed_leftovers: int = 0
    finalized: dict[str, Any] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(e.rows_read for e in self.ingested)

    @property
    def rejects(self) -> int:
        return sum(int(e.source.get("rejects", 0)) for e in self.ingested)


@dataclass
class _Task:
    src: SourceFile
    sha256: str
    seq: int


def ingest(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    store: str | os.PathLike[str],
    *,
    engine: str = "local",
    scheduler: str | None = None,
    client: Any = None,
    timezone: str = "UTC",
    quota_per_usd: float = 500_000.0,
    format: str | None = None,
    policy: str = "openai-usage-2023-03-17",
    classifiers: Iterable[str] | None = None,
    pii: bool = True,
    progress: Callable[[ManifestEntry], None] | None = None,
) -> IngestReport:
    """Add log files to a Parquet audit store (created when missing); ingesting a file again adds nothing.

    Args:
        paths: files, directories or globs, as for :func:`auditkit.load_logs`.
        store: the store folder.
        engine: ``local`` (this process) or ``dask`` (one task per input file on a dask.distributed
            cluster: ``scheduler`` is its address, e.g. ``tcp://10.0.0.5:8786``; without one, or without a
            ``client``, a local cluster is started).
        timezone, quota_per_usd, format: as for ``load_logs``; fixed by the first ingest into a store.
        policy, classifiers: the usage policy and classifier names the findings are computed with (default:
            the offline classifiers installed); fixed by the first ingest.
        pii: store personal-data/secret detections of the prompts (for the retention audit).
        progress: called with each file's manifest entry once it is committed.

    Returns:
        An :class:`IngestReport`. Raises :class:`StoreError` when the store was built with other options,
        or is being written by another run.
    """
    if engine not in ENGINES:
        raise ParameterError("engine", engine, "'local' or 'dask'")
    require_duckdb()  # finalize needs it: fail before reading anything, naming the extra to install
    layout = Layout(store)
    with store_lock(layout):
        spec = _spec(layout, timezone, quota_per_usd, format, policy, classifiers, pii)
        report = IngestReport(str(layout.root))
        entries = read_manifest(layout)
        report.removed_leftovers = _sweep(layout, entries)
        tasks, listed, already = _plan(expand(paths), entries)
        report.already = already
        run = _run_local if engine == "local" else _run_dask
        done: dict[str, ManifestEntry] = {e.sha256: e for e in entries if e.holds_rows}
        for entry in run(str(layout.root), tasks, spec, scheduler=scheduler, client=client):
            write_entry(layout, entry)  # the commit point of the file
            (report.ingested if entry.holds_rows else report.listed).append(entry)
            if entry.holds_rows:
                done[entry.sha256] = entry
            if progress is not None:
                progress(entry)
        for entry in listed:  # files identical to one read: listed once that one is in
            first = done.get(entry.sha256)
            if first is not None:
                entry = _same_content(entry.src, entry.sha256, entry.seq, first)
                write_entry(layout, entry)
                report.listed.append(entry)
        report.finalized = finalize(layout, spec)
    return report


def _spec(
    layout: Layout,
    timezone: str,
    quota: float,
    fmt: str | None,
    policy: str,
    classifiers: Iterable[str] | None,
    pii: bool,
) -> IngestSpec:
    annot = annotator(policy, list(classifiers) if classifiers is not None else None, pii)
    names = tuple(c.name for c in annot.classifiers)
    meta = StoreMeta(
        STORE_VERSION,
        {"timezone": timezone, "quota_per_usd": quota, "format": fmt},
        policy,
        versions(annot),
        0.0,
    )
    current = read_meta(layout)
    if current is None:
        write_meta(layout, meta)
    elif (current.options, current.policy, current.classifiers) != (
        meta.options,
        meta.policy,
        meta.classifiers,
    ):
        raise StoreError(
            str(layout.root),
            f"was built with {current.options}, policy {current.policy} and "
            f"classifiers {current.classifiers}; this run asks for {meta.options}, policy "
            f"{meta.policy} and classifiers {meta.classifiers}",
            "use the same options, or ingest into a new store",
        )
    # Rows per part: the default suits real logs; tests set a small value to get many parts from little data.
    part_rows = int(os.environ.get("AUDITKIT_STORE_PART_ROWS", "250000"))
    return IngestSpec(
        timezone=timezone,
        quota_per_usd=quota,
        format=fmt,
        policy=policy,
        classifiers=names,
        pii=pii,
        part_rows=part_rows,
    )


def _sweep(layout: Layout, entries: list[ManifestEntry]) -> int:
    """Delete temporary files, and parts of inputs without a manifest entry (an interrupted run)."""
    vouched = {e.sha16 for e in entries if e.holds_rows}
    removed = 0
    for tmp in list(layout.temporaries()):
        tmp.unlink(missing_ok=True)
        removed += 1
    for table in ("records", "findings", "pii"):
        for _, sha16, path in list(layout.parts(table)):
            if sha16 not in vouched:
                path.unlink(missing_ok=True)
                removed += 1
    rejects = layout.table_dir("rejects")
    if rejects.is_dir():
        for path in list(rejects.glob("part-*.parquet")):
            if path.name[5:21] not in vouched:
                path.unlink(missing_ok=True)
                removed += 1
    if removed:
        log.warning("%s: removed %d files left by an interrupted ingest", layout.root, removed)
    return removed


def _plan(
    sources: list[SourceFile], entries: list[ManifestEntry]
) -> tuple[list[_Task], list[_Task], list[str]]:
    """New files to read, files to list without reading (same content), and paths already in the store."""
    by_sha = {e.sha256: e for e in entries if e.holds_rows}
    known = {(e.sha256, e.path) for e in entries}
    seq = max((e.seq for e in entries), default=-1) + 1
    tasks: list[_Task] = []
    listed: list[_Task] = []
    already: list[str] = []
    for src in sources:
        sha = hash_source(src)
        if (sha, src.path) in known:
            already.append(src.path)
            continue
        known.add((sha, src.path))
        if sha in by_sha:
            listed.append(_Task(src, sha, seq))
        else:
            tasks.append(_Task(src, sha, seq))
            by_sha[sha] = ManifestEntry(seq, src.path, sha, {"status": "pending"})
        seq += 1
    return tasks, listed, already


def _same_content(src: SourceFile, sha: str, seq: int, first: ManifestEntry) -> ManifestEntry:
    s = first.source
    row = {
        "path": src.path,
        "sha256": sha,
        "bytes": s.get("bytes", 0),
        "compression": src.compression,
        "encoding": s.get("encoding", ""),
        "container": s.get("container", ""),
        "format": s.get("format", ""),
        "status": "same_content",
        "lines_read": 0,
        "blank_lines": 0,
        "records": 0,
        "rejects": 0,
        "note": f"identical to {first.path} (same sha256); read once",
    }
    return ManifestEntry(seq, src.path, sha, row, same_as=first.path)


def _run_local(root: str, tasks: list[_Task], spec: IngestSpec, **_: Any) -> Iterable[ManifestEntry]:
    for t in tasks:
        yield ingest_file(root, t.src, t.sha256, t.seq, spec)


def _run_dask(
    root: str, tasks: list[_Task], spec: IngestSpec, *, scheduler: str | None = None, client: Any = None
) -> Iterable[ManifestEntry]:
    """One task per file; entries are yielded (and committed) as tasks finish."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise MissingDependencyError("distributed", "ingest --engine dask", "store") from exc
    if not tasks:
        return
    own = None
    if client is None:
        if scheduler:
            own = client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            own = client = Client(cluster)
    try:
        run = uuid.uuid4().hex[:8]  # a fresh key per run: a long-lived client must not reuse a result
        futures = [
            client.submit(
                ingest_file,
                root,
                t.src,
                t.sha256,
                t.seq,
                spec,
                pure=False,
                key=f"auditkit-ingest-{t.sha256[:16]}-{t.seq}-{run}",
            )
            for t in tasks
        ]
        for future in as_completed(futures):
            yield future.result()
    finally:
        if own is not None:
            cluster = getattr(own, "cluster", None)
            own.close()
            if cluster is not None and not scheduler:
                cluster.close()
