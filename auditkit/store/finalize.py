"""Finalize: the cross-record work of ``load_logs`` (loader joins, the duplicate rule) over a whole store.

Ingested parts are never rewritten: they hold the rows exactly as read. Finalize computes, from them, a
small *overlay generation* (``final/gen-<n>/``) that a reader applies on the fly:

* ``excluded.parquet``: keys of raw rows that are not in the records any more (folded by a loader's
  finalize, a duplicate, or replaced by an overlay row), with their day, file and reason;
* ``records/``, ``findings/``, ``pii/``: the rows that changed (a batch output joined to its input, a call
  with a moderation result attached, a file merged over list snapshots, a row whose ``merged_sources``
  grew) and, for rows whose classification inputs changed, their new findings and detections;
* ``duplicates.parquet``: the duplicate report (``LoadResult.duplicates``);
* ``state.json``: the manifest entries it covers, and per file how many records were folded.

How it scales: loader finalizes run over the rows of the formats that have one (Batch, Files, Moderation:
small formats), plus the rows of other formats a moderation result links to, found by scanning three
columns of the store; the duplicate rule runs in DuckDB over eight key columns of all parts, and only the
rows of groups with more than one row reach :func:`auditkit.dedupe.find_duplicates`. Both steps call the
same functions as ``load_logs`` (``auditkit.load._finalize``, ``_merge_sources``, ``find_duplicates``) on
rows in the same load order (``_seq``, ``_ord``), so the store's records equal ``load_logs``' records of the
same files given in the same order. ``CURRENT`` is switched atomically once a generation is complete; a
crash during finalize leaves the previous generation in force and the next ingest finalizes again.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from auditkit.dedupe import DUPLICATE_COLUMNS, EXEMPT_KINDS, find_duplicates
from auditkit.loaders import LOADERS, Loader
from auditkit.schema import COLUMN_NAMES, arrow_schema
from auditkit.store.annotate import FINDINGS_SCHEMA, PII_SCHEMA, annotator, frame_of
from auditkit.store.layout import Layout, atomic_write_bytes, atomic_write_json, atomic_write_table, sync_all
from auditkit.store.manifest import ManifestEntry, read_manifest
from auditkit.store.partwriter import RECORDS_SCHEMA, row_dates, with_store_columns

log = logging.getLogger("auditkit")

__all__ = [
    "finalize",
    "require_duckdb",
    "arrow_result",
    "sql_list",
    "DUCKDB_MEMORY",
    "finalize_formats",
    "OWN_ROWS_ONLY",
    "CROSS_FORMAT_LINKS",
    "entry_ids",
    "EXCLUDED_SCHEMA",
    "current_generation",
]

EXCLUDED_SCHEMA = pa.schema(
    [
        ("record_key", pa.string()),
        ("date", pa.string()),
        ("source_file", pa.string()),
        ("reason", pa.string()),
    ]
)
#: Reasons a raw row is excluded; the first three also drop the row's raw findings and detections.
DROPS_ANNOTATIONS = ("folded", "duplicate", "reclassified")
#: DuckDB's memory limit in finalize and aggregates (it spills to STORE/.duckdb beyond it).
DUCKDB_MEMORY = "512MB"
_KEY_COLUMNS = (
    "record_key",
    "record_kind",
    "record_id",
    "has_content",
    "source_file",
    "source_line",
    "_seq",
    "_ord",
)


def _moderation_links(rows: pd.DataFrame) -> set[str]:
    out: set[str] = set()
    for meta in rows["metadata_json"].dropna():
        link = orjson.loads(meta).get("link")
        if link and link.get("value") is not None:
            out.add(str(link["value"]))
    return out


#: Formats whose finalize changes only rows of its own format.
OWN_ROWS_ONLY = frozenset({"openai_batch", "openai_files"})
#: Formats whose finalize also changes rows of other formats: the ids (request_id or record_id of the
#: other rows) its rows link to. A new cross-format finalize must be declared here (a test checks).
CROSS_FORMAT_LINKS: dict[str, Callable[[pd.DataFrame], set[str]]] = {"openai_moderation": _moderation_links}


def finalize_formats() -> list[str]:
    """Registered formats whose loader has a finalize (in registry order, the order load_logs runs them)."""
    return [name for name, loader in LOADERS.items() if type(loader).finalize is not Loader.finalize]


def entry_ids(entries: list[ManifestEntry]) -> list[str]:
    return sorted(f"{e.seq}:{e.sha256[:16]}:{e.path}" for e in entries)


def current_generation(layout: Layout) -> dict[str, Any] | None:
    if not layout.final_current.exists():
        return None
    return json.loads(layout.final_current.read_text())


def _record_parts(layout: Layout, entries: list[ManifestEntry]) -> list[Path]:
    return [layout.part("records", p["date"], e.sha16, int(p["n"])) for e in entries for p in e.parts]


def _read(paths: list[Path], filter: Any = None, columns: list[str] | None = None) -> pa.Table:
    if not paths:
        return RECORDS_SCHEMA.empty_table()
    dataset = ds.dataset([str(p) for p in paths], schema=RECORDS_SCHEMA, format="parquet")
    return dataset.to_table(columns=columns, filter=filter)


def finalize(layout: Layout, spec: Any, *, force: bool = False) -> dict[str, Any]:
    """Compute and switch to a new overlay generation, unless the current one covers the manifest."""
    entries = [e for e in read_manifest(layout) if e.holds_rows]
    ids = entry_ids(read_manifest(layout))
    current = current_generation(layout)
    if current is not None and current.get("manifest") == ids and not force:
        return {"generation": current["generation"], "up_to_date": True}
    gen = (current["generation"] + 1) if current else 0
    out = layout.generation(gen)
    shutil.rmtree(out, ignore_errors=True)
    sub, before, after, merged = _loader_finalize(layout, entries, spec)
    cand = _dup_candidates(layout, entries, sub, after)
    kept_key, dup_report = find_duplicates(cand)
    state = _overlay(layout, entries, spec, out, before, after, merged, cand, kept_key, dup_report)
    atomic_write_table(
        out / "duplicates.parquet",
        pa.Table.from_pandas(
            dup_report.astype("string"),
            schema=pa.schema([(c, pa.string()) for c in DUPLICATE_COLUMNS]),
            preserve_index=False,
        ),
    )
    state.update({"generation": gen, "manifest": ids})
    atomic_write_json(out / "state.json", state)
    sync_all()
    atomic_write_bytes(layout.final_current, json.dumps({"generation": gen, "manifest": ids}).encode())
    for old in layout.final_dir.glob("gen-*"):
        if old.name != out.name:
            shutil.rmtree(old, ignore_errors=True)
    log.info(
        "finalize: generation %d, %d rows folded, %d duplicates, %d rows replaced",
        gen,
        state["folded"],
        state["duplicates"],
        state["replaced"],
    )
    return {k: state[k] for k in ("generation", "folded", "duplicates", "replaced", "reclassified")}


# -- 1. loader finalizes ------------------------------------------------------------------------------------


def _loader_finalize(
    layout: Layout, entries: list[ManifestEntry], spec: Any
) -> tuple[pa.Table, pd.DataFrame, pd.DataFrame, dict[str, list[str]]]:
    """Rows of finalize formats (+ linked rows of other formats) before and after the loaders' finalize."""
    from auditkit.load import finalize_records

    formats = set(finalize_formats())
    unknown = formats - OWN_ROWS_ONLY - set(CROSS_FORMAT_LINKS)
    if unknown:
        raise RuntimeError(f"finalize of {sorted(unknown)} is not declared in auditkit.store.finalize")
    own = [e for e in entries if e.source.get("format") in formats]
    table = _read(_record_parts(layout, own))
    links: set[str] = set()
    for fmt, linker in CROSS_FORMAT_LINKS.items():
        rows = table.filter(pc.equal(table["source_format"], fmt)).select(["metadata_json"])
        if rows.num_rows:
            links |= linker(frame_of(rows))
    if links:  # three columns of every other part, then whole rows only from the parts that match
        others = _record_parts(layout, [e for e in entries if e.source.get("format") not in formats])
        value_set = pa.array(sorted(links), pa.large_string())
        linked = (pc.field("request_id").isin(value_set)) | (pc.field("record_id").isin(value_set))
        hits = _read(others, filter=linked, columns=["record_key", "__filename"]) if others else None
        if hits is not None and hits.num_rows:
            files = sorted(set(hits["__filename"].to_pylist()))
            keys = hits["record_key"].combine_chunks()
            table = pa.concat_tables(
                [table, _read([Path(f) for f in files], filter=pc.field("record_key").isin(keys))]
            )
    table = table.sort_by([("_seq", "ascending"), ("_ord", "ascending")])
    before = frame_of(table, [*COLUMN_NAMES, "_seq", "_ord"])
    before["_date"] = row_dates(table["event_time"]) if table.num_rows else np.array([], dtype=object)
    if before.empty:
        return table, before, before, {}
    frame = before[list(COLUMN_NAMES)].copy()
    after, merged = finalize_records(frame, LOADERS, spec.load_options())
    after = after.join(before[["_seq", "_ord", "_date"]])
    return table, before, after, merged


def _changed(before: pd.DataFrame, after: pd.DataFrame) -> np.ndarray:
    """Rows of ``after`` whose values differ from the same row (same index) of ``before``."""
    if after.empty:
        return np.zeros(0, dtype=bool)
    b = before.loc[after.index]
    out = np.zeros(len(after), dtype=bool)
    for c in COLUMN_NAMES:
        x, y = b[c], after[c]
        nx, ny = x.isna().to_numpy(), y.isna().to_numpy()
        ne = (x != y).fillna(False).to_numpy(dtype=bool)
        out |= (ne & ~nx & ~ny) | (nx ^ ny)
    return out


# -- 2. the duplicate rule ----------------------------------------------------------------------------


def require_duckdb() -> Any:
    try:
        import duckdb
    except ImportError as exc:
        from auditkit.errors import MissingDependencyError

        raise MissingDependencyError("duckdb", "the Parquet store", "store") from exc
    return duckdb


def sql_list(values: list[str]) -> str:
    """A SQL list literal of strings (single quotes doubled)."""
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def arrow_result(cursor: Any) -> pa.Table:
    """A DuckDB result as an Arrow table (``to_arrow_table`` in DuckDB 1.4+, ``fetch_arrow_table`` before)."""
    fetch = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
    return fetch()


def _dup_candidates(
    layout: Layout, entries: list[ManifestEntry], sub: pa.Table, after: pd.DataFrame
) -> pd.DataFrame:
    """Rows of every (record_kind, record_id) group with more than one row, in load order, after finalize."""
    duckdb = require_duckdb()
    paths = [str(p) for p in _record_parts(layout, entries)]
    cols = list(_KEY_COLUMNS)
    if not paths:
        frame = frame_of(RECORDS_SCHEMA.empty_table().select(cols))
        frame["_date"] = pd.Series(dtype=object)
        return frame
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
        con.execute(f"SET temp_directory = '{layout.root / '.duckdb'}'")
        touched = pa.table({"record_key": sub["record_key"].cast(pa.string())})
        con.register("touched", touched)
        exempt = ", ".join(f"'{k}'" for k in sorted(EXEMPT_KINDS))
        select = ", ".join(cols)
        rows = (
            f"SELECT {select}, regexp_extract(filename, 'date=([^/]+)/', 1) AS _date "
            f"FROM read_parquet({sql_list(paths)}, filename = true) WHERE record_id IS NOT NULL AND "
            f"record_kind NOT IN ({exempt}) AND record_key NOT IN (SELECT record_key FROM touched)"
        )
        if len(after):
            con.register("fin", pa.Table.from_pandas(after[[*cols, "_date"]], preserve_index=False))
            rows += (
                f" UNION ALL SELECT {select}, _date FROM fin WHERE record_id IS NOT NULL AND "
                f"record_kind NOT IN ({exempt})"
            )
        # Two passes: group 64-bit hashes of (record_kind, record_id), not the strings (8 bytes per
        # distinct id), then fetch the rows whose hash repeats; a collision only adds a candidate, which
        # find_duplicates (exact values) leaves alone.
        con.execute(f"CREATE TEMP VIEW r AS {rows}")
        con.execute(
            "CREATE TEMP TABLE g AS SELECT hash(record_kind, record_id) AS h FROM r "
            "GROUP BY h HAVING count(*) > 1"
        )
        query = "SELECT * FROM r WHERE hash(record_kind, record_id) IN (SELECT h FROM g) ORDER BY _seq, _ord"
        table = arrow_result(con.sql(query))
    finally:
        con.close()
    schema = pa.schema([RECORDS_SCHEMA.field(c) for c in cols])
    frame = frame_of(table.select(cols).cast(schema))
    frame["_date"] = table["_date"].to_numpy(zero_copy_only=False)
    return frame


# -- 3. the overlay -----------------------------------------------------------------------------------


def _overlay(
    layout: Layout,
    entries: list[ManifestEntry],
    spec: Any,
    out: Path,
    before: pd.DataFrame,
    after: pd.DataFrame,
    merged: dict[str, list[str]],
    cand: pd.DataFrame,
    kept_key: pd.Series,
    dup_report: pd.DataFrame,
) -> dict[str, Any]:
    from auditkit.load import _merge_sources

    raw_date = dict(zip(before["record_key"], before["_date"], strict=True)) if len(before) else {}
    folded_keys = set(before["record_key"]) - set(after["record_key"])
    dup_keys = set(cand.loc[kept_key.notna(), "record_key"])
    changed = after[_changed(before, after)] if len(after) else after
    extra: dict[str, list[str]] = {}
    for kept, src in zip(dup_report["kept_record_key"], dup_report["duplicate_source"], strict=True):
        extra.setdefault(str(kept), []).append(str(src))
    wanted = (set(changed["record_key"]) | set(merged) | set(extra)) - dup_keys - folded_keys
    in_sub = after[after["record_key"].isin(wanted)]
    missing = wanted - set(in_sub["record_key"])
    fetched = _fetch(layout, entries, cand, missing)
    overlay = (
        pd.concat([in_sub, fetched], ignore_index=True) if len(fetched) else in_sub.reset_index(drop=True)
    )
    overlay = overlay.sort_values(["_seq", "_ord"], kind="stable", ignore_index=True)
    for key, d in zip(fetched.get("record_key", []), fetched.get("_date", []), strict=True):
        raw_date[key] = d
    if len(overlay):
        _merge_sources(overlay, extra)
        _merge_sources(overlay, merged)
    reclassify = set(changed["record_key"]) & set(overlay["record_key"])
    cand_date = dict(zip(cand["record_key"], cand["_date"], strict=True))
    excluded = _excluded(before, raw_date, cand_date, cand, folded_keys, dup_keys, overlay, reclassify)
    atomic_write_table(out / "excluded.parquet", excluded)
    _write_overlay(out, overlay, spec, reclassify)
    folded: dict[str, int] = {}
    for locs in merged.values():
        for loc in locs:
            folded[loc.rsplit(":", 1)[0]] = folded.get(loc.rsplit(":", 1)[0], 0) + 1
    for loc in dup_report["duplicate_source"]:
        folded[str(loc).rsplit(":", 1)[0]] = folded.get(str(loc).rsplit(":", 1)[0], 0) + 1
    return {
        "folded": len(folded_keys),
        "duplicates": len(dup_keys),
        "replaced": len(overlay),
        "reclassified": len(reclassify),
        "folded_by_file": folded,
    }


def _fetch(layout: Layout, entries: list[ManifestEntry], cand: pd.DataFrame, keys: set[str]) -> pd.DataFrame:
    """Full raw rows for some keys of duplicate groups (kept rows that get merged_sources)."""
    if not keys:
        return pd.DataFrame()
    seqs = set(cand.loc[cand["record_key"].isin(keys), "_seq"].astype(int))
    paths = _record_parts(layout, [e for e in entries if e.seq in seqs])
    dataset = ds.dataset([str(p) for p in paths], schema=RECORDS_SCHEMA, format="parquet")
    value_set = pa.array(sorted(keys), pa.large_string())
    parts = []
    for fragment in dataset.get_fragments():
        t = fragment.to_table(schema=RECORDS_SCHEMA, filter=pc.field("record_key").isin(value_set))
        if t.num_rows:
            date = Path(fragment.path).parent.name[5:]
            parts.append(t.append_column("_date", pa.array([date] * t.num_rows, pa.string())))
    table = pa.concat_tables(parts)
    frame = frame_of(table, [*COLUMN_NAMES, "_seq", "_ord"])
    frame["_date"] = table["_date"].to_numpy(zero_copy_only=False)
    return frame


def _excluded(
    before: pd.DataFrame,
    raw_date: dict[str, str],
    cand_date: dict[str, str],
    cand: pd.DataFrame,
    folded: set[str],
    dups: set[str],
    overlay: pd.DataFrame,
    reclassify: set[str],
) -> pa.Table:
    src = dict(zip(before["record_key"], before["source_file"], strict=True))
    src.update(zip(cand["record_key"], cand["source_file"], strict=True))
    src.update(zip(overlay["record_key"], overlay["source_file"], strict=True))
    rows: list[tuple[str, str, str, str]] = []
    for reason, keys in (
        ("folded", folded),
        ("duplicate", dups),
        ("reclassified", reclassify),
        ("replaced", set(overlay["record_key"]) - reclassify),
    ):
        for k in sorted(keys):
            rows.append((k, raw_date.get(k) or cand_date.get(k) or "", str(src.get(k, "")), reason))
    table = pa.table(
        {name: pa.array([r[i] for r in rows], pa.string()) for i, name in enumerate(EXCLUDED_SCHEMA.names)},
        schema=EXCLUDED_SCHEMA,
    )
    return table.sort_by([("date", "ascending"), ("record_key", "ascending")])


def _write_overlay(out: Path, overlay: pd.DataFrame, spec: Any, reclassify: set[str]) -> None:
    if overlay.empty:
        return
    canonical = pa.Table.from_pandas(overlay[list(COLUMN_NAMES)], schema=arrow_schema(), preserve_index=False)
    table = with_store_columns(
        canonical,
        pa.array(overlay["_seq"].to_numpy(dtype=np.int64)),
        pa.array(overlay["_ord"].to_numpy(dtype=np.int64)),
    )
    dates = row_dates(table["event_time"])
    annot = annotator(spec.policy, spec.classifiers, spec.pii)
    again = table.filter(pc.is_in(table["record_key"], pa.array(sorted(reclassify), pa.large_string())))
    findings, pii = (
        annot.annotate(again) if again.num_rows else (FINDINGS_SCHEMA.empty_table(), PII_SCHEMA.empty_table())
    )
    key_date = dict(zip(table["record_key"].to_pylist(), dates.tolist(), strict=True))
    for name, t in (("records", table), ("findings", findings), ("pii", pii)):
        if t.num_rows == 0:
            continue
        d = (
            dates
            if name == "records"
            else np.array([key_date[k] for k in t["record_key"].to_pylist()], dtype=object)
        )
        for day in sorted(set(d.tolist())):
            part = t.filter(pa.array(d == day))
            for i, start in enumerate(range(0, part.num_rows, 250_000)):
                atomic_write_table(
                    out / name / f"date={day}" / f"part-{'f' * 16}-{i:05d}.parquet",
                    part.slice(start, 250_000),
                )
