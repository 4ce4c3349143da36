"""``load_logs``: every export an auditor has, into one canonical table, with nothing lost.

The result says, for every input file, how many input records it held and what became of each: a row of
``records``, a row of ``rejects`` (with file, line, pointer, reason and an excerpt), or a blank line.
Records that appear twice are reported in ``duplicates`` under an explicit rule (:mod:`auditkit.dedupe`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa

from auditkit.dedupe import DUPLICATE_COLUMNS, DUPLICATE_INPUT_COLUMNS, find_duplicates
from auditkit.errors import ParameterError, UnknownFormatError
from auditkit.filereader import REJECT_COLUMNS, FileOutcome, read_source
from auditkit.io.sources import SourceFile, expand
from auditkit.loaders import LOADERS, LoadOptions, Loader
from auditkit.registry import Registry
from auditkit.schema import arrow_schema, empty_records, table_to_frame, validate_records

log = logging.getLogger("auditkit")

__all__ = ["load_logs", "LoadResult", "SOURCE_COLUMNS", "REJECT_COLUMNS", "finalize_records", "keep_rows"]

SOURCE_COLUMNS = ("path", "sha256", "bytes", "compression", "encoding", "container", "format", "status",
                  "lines_read", "blank_lines", "records", "rejects", "rows", "merged", "first_event",
                  "last_event", "note")


@dataclass
class LoadResult:
    """What ``load_logs`` read.

    Attributes:
        records: the canonical table (:mod:`auditkit.schema`), one row per interaction, object or
            aggregate, in load order.
        rejects: one row per input record that could not be used: ``source_file``, ``source_line``,
            ``source_pointer``, ``source_format``, ``reason`` (a ``RejectReason`` value), ``message``
            and ``raw_excerpt``.
        sources: one row per input file: path, sha256, size, compression, encoding, container, detected
            format, status, and the accounting ``lines_read = records + rejects + blank_lines``; ``rows``
            is how many rows of ``records`` come from the file, ``merged`` how many of its records were
            folded into rows of other records (joins, snapshots, duplicates).
        duplicates: records seen more than once, the row kept and the duplicate (:mod:`auditkit.dedupe`).
    """

    records: pd.DataFrame
    rejects: pd.DataFrame
    sources: pd.DataFrame
    duplicates: pd.DataFrame

    @property
    def ok(self) -> bool:
        """True when every file was read whole and no record was rejected.

        Archive members that are not logs (``skipped``) and files identical to one already read
        (``same_content``) do not count against it.
        """
        return self.rejects.empty and bool(self.sources["status"].isin(["ok", "skipped", "same_content"]).all())

    def totals(self) -> dict[str, int]:
        """Input records, records, rejects, blank lines, rows and duplicates over all files."""
        s = self.sources
        return {
            "files": len(s),
            "lines_read": int(s["lines_read"].sum()),
            "records": int(s["records"].sum()),
            "rejects": int(s["rejects"].sum()),
            "blank_lines": int(s["blank_lines"].sum()),
            "rows": len(self.records),
            "duplicates": len(self.duplicates),
        }

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the records (canonical schema, zstd) to one Parquet file."""
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(self.records, schema=arrow_schema(), preserve_index=False)
        pq.write_table(table, os.fspath(path), compression="zstd")


def load_logs(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    format: str | None = None,
    timezone: str = "UTC",
    quota_per_usd: float = 500_000.0,
    duplicates: Literal["merge", "keep"] = "merge",
    registry: Registry[Loader] | None = None,
    progress: bool | Callable[[int], None] = False,
) -> LoadResult:
    """Load log exports of any supported format into the canonical schema.

    Args:
        paths: files, directories (read recursively, data-file suffixes only) or glob patterns; gzip and
            zip are read transparently; several formats may be mixed.
        strict: raise :class:`~auditkit.errors.LogFormatError` at the first bad record instead of
            collecting it in ``rejects``.
        format: skip sniffing and read every file as this format (a name from ``auditkit.LOADERS``).
        timezone: IANA zone of timestamps that gateways write without a zone (one-api/new-api exports).
        quota_per_usd: one-api/new-api quota units per US dollar.
        duplicates: ``"merge"`` folds repeated records into one row, ``"keep"`` keeps them and marks
            ``duplicate_of`` (:mod:`auditkit.dedupe`).
        registry: loaders to use (default: every registered loader).
        progress: show a progress bar (True), or a callback receiving byte counts.

    Returns:
        A :class:`LoadResult`. Raises :class:`~auditkit.errors.UnknownFormatError` for a file no loader
        recognises, and :class:`~auditkit.errors.InputFileError` for a path that cannot be read.
    """
    if duplicates not in ("merge", "keep"):
        raise ParameterError("duplicates", duplicates, "'merge' or 'keep'")
    _check_timezone(timezone)
    registry = registry if registry is not None else LOADERS
    forced = registry.get(format) if format else None
    options = LoadOptions(timezone=timezone, quota_per_usd=quota_per_usd)
    sources = expand(paths)
    callback, bar = _progress(progress, sources)
    outcomes: list[FileOutcome] = []
    with _load_pool():
        return _load(sources, registry, forced, options, strict, callback, bar, outcomes, duplicates)


@contextlib.contextmanager
def _load_pool() -> Iterator[None]:
    """Arrow's default memory pool set to the system allocator while loading, then restored (as the store's
    audit does, :mod:`auditkit.store.read`). A load allocates the canonical columns batch after batch and
    frees each batch's parse; with mimalloc (pyarrow's default) those pages were faulted in again and again
    and a load of 200,000 chat-proxy records spent 1.7 to 2.6 s in the kernel, with glibc's allocator
    0.7 to 0.9 s, for 1.5 to 2 s less in all and a lower peak. Buffers keep their own pool, so the result
    stays valid after the restore. Process-wide while the load runs."""
    pool = pa.system_memory_pool()
    previous = pa.default_memory_pool()
    if pool.backend_name == previous.backend_name:
        yield
        return
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _load(sources: Sequence[SourceFile], registry: Registry[Loader], forced: Loader | None, options: LoadOptions,
          strict: bool, callback: Callable[[int], None] | None, bar: object | None, outcomes: list[FileOutcome],
          duplicates: str) -> LoadResult:
    try:
        for src in sources:
            log.info("reading %s", src.path)
            try:
                outcome = read_source(src, registry=registry, loader=forced, options=options, strict=strict,
                                      progress=callback)
            except UnknownFormatError as exc:
                # Archives hold more than logs (a ChatGPT export has chat.html, user.json ...): an
                # unrecognised member is listed as skipped. A file the user named is an error.
                if src.member is None or strict:
                    raise
                outcomes.append(FileOutcome(src, status="skipped", note=f"not a log format ({exc.detail})"))
                continue
            outcomes.append(_same_content(outcome, outcomes))
    finally:
        if bar is not None:
            bar.close()
    return _assemble(outcomes, registry, options, duplicates)


def _same_content(outcome: FileOutcome, earlier: list[FileOutcome]) -> FileOutcome:
    """A file whose bytes equal an earlier file's is that file again: it is listed, not read twice.

    Its records are exactly the earlier file's records (same content, same record keys), so counting them
    again would double every figure; the sources table says which file it repeats.
    """
    for prev in earlier:
        if prev.sha256 and prev.sha256 == outcome.sha256 and prev.status not in ("skipped", "same_content"):
            return FileOutcome(outcome.source, sha256=outcome.sha256, bytes=outcome.bytes, encoding=outcome.encoding,
                               container=outcome.container, format=outcome.format, status="same_content",
                               note=f"identical to {prev.source.path} (same sha256); read once")
    return outcome


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name.upper() in ("UTC", "Z"):
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ParameterError("timezone", name, "an IANA time zone such as 'UTC' or 'Asia/Shanghai'") from None


def _progress(progress: bool | Callable[[int], None], sources: Sequence[SourceFile]
              ) -> tuple[Callable[[int], None] | None, object | None]:
    if callable(progress):
        return progress, None
    if not progress:
        return None, None
    from tqdm.auto import tqdm

    total = sum(os.path.getsize(s.disk_path) for s in sources if s.member is None and s.compression == "none")
    bar = tqdm(total=total or None, unit="B", unit_scale=True, desc="loading", file=sys.stderr)
    return bar.update, bar


def _assemble(outcomes: list[FileOutcome], registry: Registry[Loader], options: LoadOptions,
              duplicates: str) -> LoadResult:
    tables = [o.table for o in outcomes if o.table is not None and o.table.num_rows]
    frame = table_to_frame(pa.concat_tables(tables)) if tables else empty_records()
    merged, drop = _finalize(frame, registry, options)
    alive = np.ones(len(frame), dtype=bool)
    if drop:
        alive[frame.index.get_indexer(list(drop))] = False
    kept_key, dup_report = find_duplicates(frame[list(DUPLICATE_INPUT_COLUMNS)] if alive.all()
                                           else frame.loc[alive, list(DUPLICATE_INPUT_COLUMNS)])
    extra: dict[str, list[str]] = {}
    if len(dup_report):
        if duplicates == "merge":
            for kept, src in zip(dup_report["kept_record_key"], dup_report["duplicate_source"], strict=True):
                extra.setdefault(kept, []).append(src)
            alive[frame.index.get_indexer(kept_key.index[kept_key.notna()])] = False
        else:
            frame.loc[kept_key.index, "duplicate_of"] = kept_key
    # merged_sources lists the duplicates first, then the records joined in (the Parquet store does the same)
    if extra:
        _merge_sources(frame, extra)
    if merged:
        _merge_sources(frame, merged)
    for kept, locs in extra.items():
        merged.setdefault(kept, []).extend(locs)
    if not alive.all():  # one pass for every row folded away, whoever folded it
        frame = keep_rows(frame, alive)
    frame = frame.reset_index(drop=True)
    validate_records(frame)
    rejects = _rejects_frame(outcomes)
    sources = _sources_frame(outcomes, frame, merged)
    return LoadResult(frame, rejects, sources, dup_report)


def finalize_records(frame: pd.DataFrame, registry: Registry[Loader] | None = None,
                     options: LoadOptions | None = None) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """The loaders' cross-record joins over ``frame`` (changed in place), then the folded rows removed.

    Returns the joined frame and, per kept ``record_key``, the ``file:line`` of the records folded into it.
    For callers that hold the rows of several files outside ``load_logs`` (the Parquet store).
    """
    merged, drop = _finalize(frame, registry if registry is not None else LOADERS, options or LoadOptions())
    if not drop:
        return frame, merged
    keep = np.ones(len(frame), dtype=bool)
    keep[frame.index.get_indexer(list(drop))] = False
    return keep_rows(frame, keep), merged


def _finalize(frame: pd.DataFrame, registry: Registry[Loader], options: LoadOptions
              ) -> tuple[dict[str, list[str]], list[Hashable]]:
    """Let each loader present in the load join or merge records (cells updated in place).

    Returns the 'file:line' locators folded into each kept row, and the labels of the rows folded away.
    """
    merged: dict[str, list[str]] = {}
    drop: list[Hashable] = []
    if frame.empty:
        return merged, drop
    present = set(frame["source_format"].unique())
    for name, loader in registry.items():
        if name not in present or type(loader).finalize is Loader.finalize:
            continue
        result = loader.finalize(frame, options)
        if result.merged:
            folded = [k for keys in result.merged.values() for k in keys]
            where = frame.loc[frame["record_key"].isin(folded), ["record_key", "source_file", "source_line"]]
            locs = dict(zip(where["record_key"], where["source_file"].astype(str) + ":"
                            + where["source_line"].astype("string").fillna("?"), strict=True))
            for kept, keys in result.merged.items():
                merged.setdefault(kept, []).extend(locs[k] for k in keys)
        _apply_updates(frame, result.updates)
        drop.extend(result.drop)
    return merged, drop


def _apply_updates(frame: pd.DataFrame, updates: Mapping[Hashable, Mapping[str, object]]) -> None:
    """Set the changed cells, one vectorised assignment per column (timestamps given in ns, UTC)."""
    by_column: dict[str, tuple[list[Hashable], list[object]]] = {}
    for label, change in updates.items():
        for column, value in change.items():
            labels, values = by_column.setdefault(column, ([], []))
            labels.append(label)
            values.append(None if value is None or (not isinstance(value, str) and pd.isna(value)) else value)
    for column, (labels, values) in by_column.items():
        dtype = frame[column].dtype
        if isinstance(dtype, pd.DatetimeTZDtype):
            array = pd.array([pd.NaT if v is None else pd.Timestamp(v, tz="UTC") if isinstance(v, (int, np.integer))
                              else pd.Timestamp(v) for v in values], dtype=dtype)
        else:
            array = pd.array(values, dtype=dtype)
        # The column may be a read-only view of Arrow memory: replace it whole (one column, not the frame).
        values_col = frame[column].copy()
        values_col.loc[labels] = pd.Series(array, index=labels)
        frame[column] = values_col


def keep_rows(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """``frame[keep]``, without copying text: Arrow-backed columns keep zero-copy slices of the runs of kept
    rows (folded rows come in long runs: whole batch-input or moderation files), other columns are filtered
    normally. The index is kept."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], keep.astype(np.int8), [0]])))
    runs = list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))
    columns = {}
    for name in frame.columns:
        values = frame[name].array
        if isinstance(values, pd.arrays.ArrowStringArray) and len(runs) < 10_000:
            chunked = values._pa_array  # noqa: SLF001 - the documented way to reach the Arrow data
            pieces = [c for a, b in runs for c in chunked.slice(a, b - a).chunks]
            columns[name] = pd.arrays.ArrowStringArray(pa.chunked_array(pieces, type=chunked.type))
        else:
            columns[name] = values[keep]
    return pd.DataFrame(columns, index=frame.index[keep], copy=False)


def _merge_sources(frame: pd.DataFrame, extra: Mapping[str, list[str]]) -> None:
    """Add 'file:line' locators to merged_sources of the kept rows (in place)."""
    idx = frame.index[frame["record_key"].isin(list(extra))]
    values = []
    for key, current in zip(frame.loc[idx, "record_key"], frame.loc[idx, "merged_sources"], strict=True):
        existing = orjson.loads(current) if isinstance(current, str) else []
        values.append(orjson.dumps(existing + extra[key]).decode())
    frame.loc[idx, "merged_sources"] = pd.array(values, dtype=frame["merged_sources"].dtype)


def _rejects_frame(outcomes: list[FileOutcome]) -> pd.DataFrame:
    rows = [r for o in outcomes for r in o.rejects]
    frame = pd.DataFrame(rows, columns=list(REJECT_COLUMNS))
    types = {c: "string" for c in REJECT_COLUMNS}
    types["source_line"] = "Int64"
    return frame.astype(types)


def _sources_frame(outcomes: list[FileOutcome], records: pd.DataFrame, merged: Mapping[str, list[str]]
                   ) -> pd.DataFrame:
    """One row per file; ``merged`` holds every folded record's locator (joins, snapshots, duplicates)."""
    rows_by_file = records.groupby("source_file", observed=True).size() if len(records) else pd.Series(dtype=int)
    times = (records.groupby("source_file", observed=True)["event_time"].agg(["min", "max"])
             if len(records) else pd.DataFrame(columns=["min", "max"]))
    folded: dict[str, int] = {}
    for locs in merged.values():
        for loc in locs:
            folded[loc.rsplit(":", 1)[0]] = folded.get(loc.rsplit(":", 1)[0], 0) + 1
    out = []
    for o in outcomes:
        path = o.source.path
        out.append({
            "path": path, "sha256": o.sha256, "bytes": o.bytes, "compression": o.source.compression,
            "encoding": o.encoding, "container": o.container, "format": o.format, "status": o.status,
            "lines_read": o.lines_read, "blank_lines": o.blank_lines, "records": o.records,
            "rejects": len(o.rejects), "rows": int(rows_by_file.get(path, 0)), "merged": folded.get(path, 0),
            "first_event": times["min"].get(path) if path in times.index else pd.NaT,
            "last_event": times["max"].get(path) if path in times.index else pd.NaT,
            "note": o.note,
        })
    frame = pd.DataFrame(out, columns=list(SOURCE_COLUMNS))
    ints = {c: "Int64" for c in ("bytes", "lines_read", "blank_lines", "records", "rejects", "rows", "merged")}
    strs = {c: "string" for c in ("path", "sha256", "compression", "encoding", "container", "format", "status",
                                  "note")}
    frame = frame.astype({**ints, **strs})
    for c in ("first_event", "last_event"):
        frame[c] = pd.to_datetime(frame[c], utc=True).astype("datetime64[ns, UTC]")
    return frame
