"""Reading a store: the records, findings and detections of a period, and the tables of a load.

:func:`open_store` returns a :class:`Store`. Every read applies the finalize overlay on the fly (raw parts
minus ``excluded`` keys, plus the overlay's rows), reads only the day partitions of the period asked for
and only the columns asked for, and streams part by part (:meth:`Store.scan`) so that callers can
aggregate without holding the period in memory. :meth:`Store.records` materialises a pandas frame, in load
order, with the canonical dtypes; use it for what must be looked at row by row (samples, exceptions).
Aggregates over a period are in :mod:`auditkit.store.aggregates`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from auditkit.classify.base import coerce_findings, empty_findings
from auditkit.filereader import REJECT_COLUMNS
from auditkit.load import SOURCE_COLUMNS, LoadResult
from auditkit.schema import COLUMN_NAMES
from auditkit.store.annotate import FINDINGS_SCHEMA, PII_SCHEMA, frame_of
from auditkit.store.errors import StoreError
from auditkit.store.finalize import DROPS_ANNOTATIONS, current_generation, entry_ids
from auditkit.store.ingest import REJECTS_SCHEMA
from auditkit.store.layout import UNKNOWN_DATE, Layout
from auditkit.store.manifest import ManifestEntry, StoreMeta, read_manifest, read_meta
from auditkit.store.partwriter import RECORDS_SCHEMA

__all__ = ["open_store", "Store", "Period", "parse_period"]

#: A period: UTC days ``(start, end)`` inclusive, as dates or ``YYYY-MM-DD`` strings; None = everything
#: (including rows without ``event_time``).
Period = tuple[dt.date | str, dt.date | str] | None
_SCHEMAS = {"records": RECORDS_SCHEMA, "findings": FINDINGS_SCHEMA, "pii": PII_SCHEMA}
_COUNT_KEY = {"records": "rows", "findings": "findings", "pii": "pii"}


def parse_period(period: Period) -> tuple[dt.date, dt.date] | None:
    if period is None:
        return None
    start, end = (p if isinstance(p, dt.date) else dt.date.fromisoformat(str(p)) for p in period)
    if end < start:
        from auditkit.errors import ParameterError

        raise ParameterError("period", period, "a start day on or before the end day")
    return start, end


def open_store(path: str | os.PathLike[str]) -> Store:
    """Open a store written by ``auditkit ingest`` for reading.

    Raises :class:`StoreError` when the folder is not a store, or when an ingest was interrupted after
    files were committed but before finalize ran (run ``auditkit ingest --store DIR`` again to finish).
    """
    return Store(path)


@dataclass(frozen=True)
class _Part:
    date: str
    path: Path
    overlay: bool


class Store:
    """A Parquet audit store, read-only. See :mod:`auditkit.store` for the layout."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.layout = Layout(path)
        meta = read_meta(self.layout)
        if meta is None:
            raise StoreError(
                str(path),
                "is not an auditkit store (no store.json)",
                "create one with: auditkit ingest LOGS --store DIR",
            )
        self.meta: StoreMeta = meta
        self.entries: list[ManifestEntry] = read_manifest(self.layout)
        gen = current_generation(self.layout)
        if self.entries and (gen is None or gen.get("manifest") != entry_ids(self.entries)):
            raise StoreError(
                str(path),
                "has files that were ingested but not finalized (an interrupted ingest)",
                f"run: auditkit ingest --store {path}",
            )
        self.generation = gen["generation"] if gen else None
        self.gen_dir = self.layout.generation(self.generation) if gen else None
        self.state: dict[str, Any] = (
            json.loads((self.gen_dir / "state.json").read_text()) if self.gen_dir is not None else {}
        )
        self._excluded: pa.Table | None = None

    def __repr__(self) -> str:
        return f"<auditkit store {self.layout.root}: {len(self.entries)} files>"

    # -- layout ------------------------------------------------------------------------------------------
    @property
    def holding(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.holds_rows]

    def dates(self) -> list[str]:
        """The days that hold records (``unknown`` last, when some rows have no event_time)."""
        days = {p.date for p in self._parts("records", None)}
        return sorted(days - {UNKNOWN_DATE}) + ([UNKNOWN_DATE] if UNKNOWN_DATE in days else [])

    def _dates(self, period: Period) -> set[str] | None:
        bounds = parse_period(period)
        if bounds is None:
            return None
        start, end = bounds
        return {
            d for d in self._all_dates() if d != UNKNOWN_DATE and start.isoformat() <= d <= end.isoformat()
        }

    def _all_dates(self) -> set[str]:
        days = {str(p["date"]) for e in self.holding for p in e.parts}
        if self.gen_dir is not None and (self.gen_dir / "records").is_dir():
            days |= {d.name[5:] for d in (self.gen_dir / "records").iterdir() if d.name.startswith("date=")}
        return days

    def _parts(self, table: str, dates: set[str] | None) -> list[_Part]:
        out = []
        for e in self.holding:
            for p in e.parts:
                if (dates is None or p["date"] in dates) and int(p.get(_COUNT_KEY[table], 0)):
                    out.append(
                        _Part(p["date"], self.layout.part(table, p["date"], e.sha16, int(p["n"])), False)
                    )
        if self.gen_dir is not None and (self.gen_dir / table).is_dir():
            for day_dir in sorted((self.gen_dir / table).iterdir()):
                day = day_dir.name[5:]
                if dates is None or day in dates:
                    out.extend(_Part(day, f, True) for f in sorted(day_dir.glob("part-*.parquet")))
        return out

    def excluded(self) -> pa.Table:
        """Raw rows the finalize overlay takes out: ``record_key``, ``date``, ``source_file``, ``reason``."""
        if self._excluded is None:
            path = self.gen_dir / "excluded.parquet" if self.gen_dir is not None else None
            if path is not None and path.exists():
                import pyarrow.parquet as pq

                self._excluded = pq.read_table(path)
            else:
                from auditkit.store.finalize import EXCLUDED_SCHEMA

                self._excluded = EXCLUDED_SCHEMA.empty_table()
        return self._excluded

    def _excluded_keys(self, table: str, date: str) -> pa.Array | None:
        ex = self.excluded()
        if ex.num_rows == 0:
            return None
        mask = pc.equal(ex["date"], date)
        if table != "records":
            mask = pc.and_(mask, pc.is_in(ex["reason"], pa.array(DROPS_ANNOTATIONS)))
        keys = ex["record_key"].filter(mask)
        return keys.combine_chunks().cast(_SCHEMAS[table].field("record_key").type) if len(keys) else None

    # -- scanning ----------------------------------------------------------------------------------------
    def scan(
        self,
        table: str = "records",
        period: Period = None,
        columns: Sequence[str] | None = None,
        filter: Any = None,
        batch_rows: int = 131_072,
    ) -> Iterator[pa.Table]:
        """The rows of ``table`` (records, findings or pii) in ``period``, as Arrow tables, part by part.

        Only the day partitions of the period and the ``columns`` asked for are read; ``filter`` is a
        ``pyarrow.compute`` expression pushed into the scan. Memory holds one batch at a time.
        """
        schema = _SCHEMAS[table]
        dates = self._dates(period)
        cols = list(columns) if columns is not None else schema.names
        by_date: dict[tuple[str, bool], list[Path]] = {}
        for part in self._parts(table, dates):
            by_date.setdefault((part.date, part.overlay), []).append(part.path)
        for (date, overlay), paths in sorted(by_date.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            expr = filter
            keys = None if overlay else self._excluded_keys(table, date)
            if keys is not None:
                drop = ~pc.field("record_key").isin(keys)
                expr = drop if expr is None else (expr & drop)
            dataset = ds.dataset([str(p) for p in paths], schema=schema, format="parquet")
            for batch in dataset.to_batches(columns=cols, filter=expr, batch_size=batch_rows):
                if batch.num_rows:
                    yield pa.Table.from_batches([batch])

    def _table(
        self, table: str, period: Period, columns: Sequence[str] | None, filter: Any = None
    ) -> pa.Table:
        schema = _SCHEMAS[table]
        cols = list(columns) if columns is not None else schema.names
        parts = list(self.scan(table, period, cols, filter))
        empty = pa.schema([schema.field(c) for c in cols]).empty_table()
        return pa.concat_tables([empty, *parts]) if parts else empty

    # -- tables ------------------------------------------------------------------------------------------
    def records(
        self,
        period: Period = None,
        columns: Sequence[str] | None = None,
        kinds: Iterable[str] | None = None,
        record_keys: Iterable[str] | None = None,
    ) -> pd.DataFrame:
        """Canonical records of ``period`` (all columns, or ``columns``), in load order, canonical dtypes.

        ``kinds`` keeps some ``record_kind`` values; ``record_keys`` fetches given rows (e.g. the texts of
        the findings drawn into an exceptions register, after aggregating on narrow columns). With
        ``period=None`` and all columns this is ``load_logs(...).records`` of the same files.
        """
        cols = list(columns) if columns is not None else list(COLUMN_NAMES)
        flt = None
        if kinds is not None:
            flt = pc.field("record_kind").isin(pa.array(list(kinds), pa.large_string()))
        if record_keys is not None:
            by_key = pc.field("record_key").isin(pa.array([str(k) for k in record_keys], pa.large_string()))
            flt = by_key if flt is None else (flt & by_key)
        table = self._table("records", period, [*cols, "_seq", "_ord"], flt)
        table = table.sort_by([("_seq", "ascending"), ("_ord", "ascending")])
        return frame_of(table, cols)

    def findings(self, period: Period = None, record_keys: Iterable[str] | None = None) -> pd.DataFrame:
        """Classification findings (``FINDING_COLUMNS``) of the records of ``period``, sorted as
        ``classify`` sorts them; ``record_keys`` restricts them to some records (e.g. a population)."""
        flt = None
        if record_keys is not None:
            flt = pc.field("record_key").isin(pa.array(list(record_keys), pa.string()))
        table = self._table("findings", period, None, flt)
        if table.num_rows == 0:
            return empty_findings()
        frame = coerce_findings(table.to_pandas(types_mapper=_findings_types))
        return frame.sort_values(
            ["record_key", "category", "classifier", "field"], kind="stable", ignore_index=True
        )

    def pii(self, period: Period = None, min_confidence: float = 0.0) -> pd.DataFrame:
        """Personal-data and secret detections in the prompts of ``period``: ``record_key`` and
        :data:`auditkit.pii.DETECTION_COLUMNS` (without ``text_index``), sorted by record and position."""
        flt = pc.field("confidence") >= min_confidence if min_confidence > 0 else None
        table = self._table("pii", period, None, flt)
        frame = table.to_pandas(types_mapper=_findings_types)
        return frame.sort_values(["record_key", "start", "end", "type"], kind="stable", ignore_index=True)

    def rejects(self) -> pd.DataFrame:
        """Every rejected input record (``LoadResult.rejects``), in load order."""
        import pyarrow.parquet as pq

        parts = [
            pq.read_table(self.layout.rejects_part(e.sha16))
            for e in self.holding
            if int(e.source.get("rejects", 0))
        ]
        table = pa.concat_tables([REJECTS_SCHEMA.append(pa.field("_seq", pa.int64())).empty_table(), *parts])
        frame = pd.DataFrame({c: table[c].to_pylist() for c in REJECT_COLUMNS}, columns=list(REJECT_COLUMNS))
        types = {c: "string" for c in REJECT_COLUMNS}
        types["source_line"] = "Int64"
        return frame.astype(types)

    def duplicates(self) -> pd.DataFrame:
        """Records seen more than once (``LoadResult.duplicates``; the rule is in ``auditkit.dedupe``)."""
        from auditkit.dedupe import DUPLICATE_COLUMNS

        path = self.gen_dir / "duplicates.parquet" if self.gen_dir is not None else None
        if path is None or not path.exists():
            return pd.DataFrame({c: pd.Series(dtype="string") for c in DUPLICATE_COLUMNS})
        import pyarrow.parquet as pq

        t = pq.read_table(path)
        return pd.DataFrame({c: pd.array(t[c].to_pylist(), dtype="string") for c in DUPLICATE_COLUMNS})

    def sources(self) -> pd.DataFrame:
        """One row per input file (``LoadResult.sources``); rows, merged and time range after finalize."""
        stats = self._per_file()
        folded = self.state.get("folded_by_file", {})
        out = []
        for e in self.entries:
            row = {c: e.source.get(c) for c in SOURCE_COLUMNS}
            n, first, last = stats.get(e.path, (0, None, None))
            row.update(rows=n, merged=folded.get(e.path, 0), first_event=first, last_event=last)
            out.append(row)
        frame = pd.DataFrame(out, columns=list(SOURCE_COLUMNS))
        ints = {
            c: "Int64" for c in ("bytes", "lines_read", "blank_lines", "records", "rejects", "rows", "merged")
        }
        strs = {
            c: "string"
            for c in ("path", "sha256", "compression", "encoding", "container", "format", "status", "note")
        }
        frame = frame.astype({**ints, **strs})
        for c in ("first_event", "last_event"):
            frame[c] = pd.to_datetime(frame[c], utc=True).astype("datetime64[ns, UTC]")
        return frame

    def _per_file(self) -> dict[str, tuple[int, Any, Any]]:
        acc: dict[str, list[Any]] = {}
        for t in self.scan("records", None, ["source_file", "event_time"]):
            g = t.group_by("source_file").aggregate(
                [("event_time", "min"), ("event_time", "max"), ([], "count_all")]
            )
            for f, lo, hi, n in zip(
                g["source_file"].to_pylist(),
                g["event_time_min"].to_pylist(),
                g["event_time_max"].to_pylist(),
                g["count_all"].to_pylist(),
                strict=True,
            ):
                cur = acc.setdefault(f, [0, None, None])
                cur[0] += n
                cur[1] = lo if cur[1] is None or (lo is not None and lo < cur[1]) else cur[1]
                cur[2] = hi if cur[2] is None or (hi is not None and hi > cur[2]) else cur[2]
        return {f: (v[0], v[1], v[2]) for f, v in acc.items()}

    def load_result(self, period: Period = None, columns: Sequence[str] | None = None) -> LoadResult:
        """The store as a :class:`~auditkit.load.LoadResult` (records of ``period`` held in memory)."""
        return LoadResult(self.records(period, columns), self.rejects(), self.sources(), self.duplicates())

    # -- at read time --------------------------------------------------------------------------------------
    def audit_retention(
        self,
        *,
        as_of: Any,
        profile: Any = None,
        rules: Any = None,
        period: Period = None,
        chunk_rows: int = 65_536,
    ) -> pd.DataFrame:
        """The retention and governance audit (``auditkit.retention.audit_retention``) as of ``as_of``.

        It depends on ``as_of`` so it is never stored. It covers ``period`` (default: everything held, as
        retained data is whatever is still held) and gives exactly the findings of ``audit_retention``
        over ``records(period)``, in bounded memory: the texts and the profile's match columns are read
        ``chunk_rows`` rows at a time, one part after the other, and reduced at once to what the checks
        need (:class:`~auditkit.retention.textfacts.TextFacts`, each record's application); only the
        narrow columns of every record (times, ids, kinds, flags) stay in memory. The personal-data scan
        is the one stored at ingest (``pii``), as ``detect_many`` over the same prompts gives it.
        """
        from auditkit.profile import as_profile
        from auditkit.retention import audit_retention, load_rules

        prof, rules_obj = as_profile(profile), load_rules(rules)
        with _audit_pool():
            narrow, facts, applications, ids = _retention_inputs(self, period, prof, rules_obj, chunk_rows)
            return audit_retention(
                narrow,
                as_of=as_of,
                profile=prof,
                rules=rules_obj,
                facts=facts,
                applications=applications,
                ids=ids,
            )

    def _batches_in_order(
        self, table: str, period: Period, columns: Sequence[str], batch_rows: int, filter: Any = None
    ) -> Iterator[pa.Table]:
        """:meth:`scan`, one part and one batch at a time (no read-ahead): memory holds one batch."""
        schema = _SCHEMAS[table]
        by_date: dict[tuple[str, bool], list[Path]] = {}
        for part in self._parts(table, self._dates(period)):
            by_date.setdefault((part.date, part.overlay), []).append(part.path)
        for (date, overlay), paths in sorted(by_date.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            expr = filter
            keys = None if overlay else self._excluded_keys(table, date)
            if keys is not None:
                drop = ~pc.field("record_key").isin(keys)
                expr = drop if expr is None else (expr & drop)
            for path in paths:
                dataset = ds.dataset(str(path), schema=schema, format="parquet")
                batches = dataset.to_batches(
                    columns=list(columns),
                    filter=expr,
                    batch_size=batch_rows,
                    batch_readahead=0,
                    fragment_readahead=0,
                    use_threads=False,
                )
                for batch in batches:
                    if batch.num_rows:
                        table_ = pa.Table.from_batches([batch])
                        del batch
                        yield table_
                        del table_


#: What the retention audit keeps of every record: times, ids, kinds and flags (a few dozen bytes).
_AUDIT_NARROW = (
    "record_key",
    "record_kind",
    "source_format",
    "source_file",
    "source_line",
    "event_time",
    "record_id",
    "project_id",
    "store_flag",
    "deleted_at",
    "expires_at",
    "last_seen_at",
    "object_purpose",
    "object_bytes",
    "object_name",
)
#: ... of which these stay in read order, looked up through the load order only for the rows of findings.
_AUDIT_IDS = ("record_key", "record_id")
#: ... of which these have few distinct values and are kept dictionary-encoded (pandas categoricals).
_AUDIT_DICTIONARY = ("record_kind", "source_format", "source_file", "project_id", "object_purpose")
#: What it reads chunk by chunk and drops: the profile's match columns (reduced to the application).
_AUDIT_MATCH = (
    "project_id",
    "api_key_id",
    "model",
    "model_requested",
    "metadata_json",
    "source_format",
    "source_file",
)


def _retention_inputs(
    store: Store, period: Period, profile: Any, rules: Any, chunk_rows: int
) -> tuple[pd.DataFrame, Any, pd.Series, Any]:
    """The retention audit's inputs over a store, in load order: the narrow columns of every record, the
    :class:`~auditkit.retention.textfacts.TextFacts` and the applications, reading texts a chunk at a time;
    and ``record_key``/``record_id`` (:class:`~auditkit.retention.context.RecordIds`), kept in read order.

    Memory (docs/store.md): each chunk's narrow columns are copied out of the batch at once, into the
    system allocator (``_seq``/``_ord`` and the application as numpy arrays), so that no buffer of a read
    batch outlives it: slices kept in Arrow's default pool pinned its pages and left the freed texts'
    memory unreturned (the read phase held ~4x the narrow columns). At the end, column after column, the
    kept pieces are put in load order and converted; the next column's pieces are freed as each is done.
    ``record_key`` and ``record_id`` (most of the narrow bytes) are never put in load order: the checks
    look them up through the order for the rows of findings only, and the stored detections are matched
    to records on the read-order keys.
    """
    from auditkit.retention.context import RecordIds
    from auditkit.retention.memory import release_unused
    from auditkit.retention.phrases import load_phrases
    from auditkit.retention.textfacts import TEXT_COLUMNS, TextFactsBuilder

    region_key = profile.organisation.region_metadata_key
    builder = TextFactsBuilder(load_phrases(rules), detect=False, region_key=region_key)
    wide = [*TEXT_COLUMNS, "metadata_json"] if region_key else list(TEXT_COLUMNS)
    columns = list(dict.fromkeys([*_AUDIT_NARROW, *_AUDIT_MATCH, *wide, "_seq", "_ord"]))
    system = _kept_pool()
    kept: dict[str, list[pa.Array]] = {c: [] for c in _AUDIT_NARROW}
    seq: list[np.ndarray] = []
    ord_: list[np.ndarray] = []
    app_codes: list[np.ndarray] = []
    app_names: dict[str, int] = {}
    for chunk in store._batches_in_order("records", period, columns, chunk_rows):
        app_codes.append(_codes_of(profile.match(frame_of(chunk, _AUDIT_MATCH)), app_names))
        builder.add(frame_of(chunk, wide))
        for name in _AUDIT_NARROW:
            values = chunk[name]
            if name in _AUDIT_DICTIONARY:
                values = pc.dictionary_encode(values, memory_pool=system)
            kept[name].append(pa.concat_arrays(values.chunks, memory_pool=system))
        seq.append(chunk["_seq"].to_numpy())
        ord_.append(chunk["_ord"].to_numpy())
        del chunk, values
        release_unused()  # the batch's texts and the facts' temporaries, before the next batch is read
    release_unused()
    facts = builder.finish()
    if not seq:
        empty = pa.schema([RECORDS_SCHEMA.field(c) for c in _AUDIT_NARROW]).empty_table()
        return frame_of(empty, _AUDIT_NARROW), facts, pd.Series([], dtype="string[pyarrow]"), None
    order = np.lexsort((np.concatenate(ord_), np.concatenate(seq)))  # stable: (_seq, _ord) ascending
    del seq, ord_
    take = pa.array(order)
    ids = {name: pa.chunked_array(kept.pop(name), type=_kept_type(name)) for name in _AUDIT_IDS}
    series: dict[str, pd.Series] = {}
    for name in _AUDIT_NARROW:
        if name in _AUDIT_IDS:
            continue
        if name in _AUDIT_DICTIONARY:
            pieces = pa.table({name: pa.chunked_array(kept.pop(name), type=_kept_type(name))})
            pieces = pieces.unify_dictionaries()
        else:  # one array (the pieces freed at once), then one take: never pieces + concatenation + result
            whole = pa.concat_arrays(kept.pop(name), memory_pool=system)
            pieces = pa.table({name: whole})
            del whole
        series[name] = frame_of(pieces.take(take))[name]
        del pieces
        release_unused()
    narrow = pd.DataFrame(series, copy=False)
    del series, take
    names = pa.array(list(app_names), pa.large_string())
    codes = np.concatenate(app_codes)[order]
    del app_codes
    application = pd.Series(
        pd.arrays.ArrowStringArray(pa.chunked_array([pc.take(names, pa.array(codes))])), copy=False
    )
    del codes
    where = np.empty(len(order), dtype=np.int64)  # read position -> load position
    where[order] = np.arange(len(order), dtype=np.int64)
    detections = _detections_at(store, period, ids["record_key"], where, rules)
    del where
    facts = facts.reorder(order).with_detections(detections)
    del detections
    release_unused()
    return narrow, facts, application, RecordIds(ids, order, frame_of)


def _kept_type(name: str) -> pa.DataType:
    t = RECORDS_SCHEMA.field(name).type
    return pa.dictionary(pa.int32(), t) if name in _AUDIT_DICTIONARY else t


def _codes_of(values: pd.Series, names: dict[str, int]) -> np.ndarray:
    """``values`` (<NA> a value of its own) as codes into ``names`` (value -> code, extended with new
    values)."""
    codes, uniques = pd.factorize(values, sort=False, use_na_sentinel=False)
    found = [None if pd.isna(u) else str(u) for u in uniques]
    where = np.array([names.setdefault(u, len(names)) for u in found], dtype=np.int32)  # type: ignore[arg-type]
    return where[codes] if len(codes) else np.zeros(0, dtype=np.int32)


def _detections_at(
    store: Store, period: Period, keys: pa.ChunkedArray, where: np.ndarray, rules: Any
) -> pd.DataFrame:
    """The stored detections of ``period`` at or above the audit's minimum confidence, ``text_index``
    being the record's load position: ``keys`` are the records' keys in read order, ``where`` maps a read
    position to the load position. The keys are matched where they are, without a copy."""
    found = store.pii(period, min_confidence=rules.pii_min_confidence)
    if found.empty:
        return found.assign(text_index=pd.Series([], dtype="int64"))
    codes, distinct = pd.factorize(found["record_key"], sort=False)  # <NA> keys: code -1, never matched
    wanted = pa.array(np.asarray(distinct, dtype=object), keys.type)
    hit = pc.index_in(keys, value_set=wanted)
    del wanted
    position = np.full(len(distinct), -1, dtype=np.int64)  # distinct key -> load position (-1: no record)
    offset = 0
    for chunk in hit.chunks:
        valid = np.flatnonzero(chunk.is_valid().to_numpy(zero_copy_only=False))
        if valid.size:
            code = chunk.take(pa.array(valid)).to_numpy()
            position[code] = where[valid + offset]
        offset += len(chunk)
    del hit
    rows = np.where(codes >= 0, position[np.maximum(codes, 0)], -1)
    keep = rows >= 0
    return found[keep].assign(text_index=rows[keep])


def _findings_types(t: pa.DataType) -> Any:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pd.StringDtype()
    if pa.types.is_integer(t):
        return pd.Int64Dtype()
    if pa.types.is_floating(t):
        return pd.Float64Dtype()
    return None


def _kept_pool() -> pa.MemoryPool:
    """Where the audit keeps each chunk's narrow columns: an allocator apart from the default pool, in
    which the read batches come and go (jemalloc when pyarrow has it, else the system allocator)."""
    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:
        return pa.system_memory_pool()


@contextlib.contextmanager
def _audit_pool() -> Iterator[None]:
    """Arrow's default memory pool set to :func:`_kept_pool` for the audit, then restored. With the
    default mimalloc pool, the read batches' and checks' freed pages stayed resident (a 1 GiB arena held
    ~300 MB for 60 MB live at 1M records; mimalloc's ``release_unused`` gave none back), so peak RSS at 5M
    records was ~2.2 GB; with jemalloc it is ~1.8 GB (docs/store.md). Buffers keep their own pool, so
    what the audit returns stays valid after the restore. Process-wide while the audit runs."""
    pool = _kept_pool()
    previous = pa.default_memory_pool()
    if pool.backend_name == previous.backend_name:
        yield
        return
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)
