"""Merging Files list snapshots into one row per file, with first/last sighting and inferred deletion.

Used by :meth:`auditkit.loaders.openai_files.OpenAIFilesLoader.finalize`. The rules, for auditors:

* **Snapshot.** Pages with the same known time are one snapshot (a listing split over files, or the same
  listing loaded twice); a page that says ``has_more: true`` and the page after it in the same file are
  one snapshot too (a paginated listing), timed by its first page with a known time. A snapshot whose last
  page still says ``has_more: true`` is *partial*; a page with a ``purpose`` member covers that purpose
  only; bare file objects (not in a list page) are sightings, never a listing. A page without a known time
  is a snapshot of its own that cannot be ordered.
* **Merge.** All rows of one file id become one row: the sighting from the latest timed snapshot is kept
  (first in load order among equals), the others, logged deletions and the empty pages used as evidence
  are folded into it (``merged_sources``). ``first_seen_at``/``last_seen_at`` are the earliest and latest
  timed snapshots that listed the file.
* **Deletion.** A file listed in snapshot *k* and absent from the next timed, complete snapshot that
  covers its purpose was deleted between them: ``deleted_at`` is that snapshot's time (the end of its day
  for a date-only time), an **upper bound**; ``metadata_json["auditkit"]["deletion"]`` says so, gives the
  last sighting as the lower bound and names the evidence. A logged ``DELETE`` response with a time
  overrides the bound (an exact time). A file absent from one snapshot but listed again later is not
  deleted; the gap is noted. Empty pages that are evidence of nothing leave no row.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import orjson
import pandas as pd

from auditkit.loaders.base import FinalizeResult

log = logging.getLogger("auditkit")

__all__ = ["merge_snapshots"]


@dataclass
class _Snapshot:
    key: tuple[str, Any]
    at: int | None
    latest: int | None
    sources: list[str] = field(default_factory=list)
    chains: list[tuple[bool, str | None]] = field(default_factory=list)  # (complete, purpose filter)
    markers: list[Hashable] = field(default_factory=list)

    def covers(self, purpose: Any) -> bool:
        """Whether absence from this snapshot means absence of a file of ``purpose``."""
        return any(done and (flt is None or flt == purpose) for done, flt in self.chains)


@dataclass
class _Row:
    idx: Hashable
    key: str
    file_id: str | None
    locator: str
    meta: dict[str, Any]
    snap: _Snapshot | None = None


def _iso(ns: int | None) -> str | None:
    return None if ns is None else pd.Timestamp(ns, unit="ns", tz="UTC").isoformat().replace("+00:00", "Z")


def _rows(mine: pd.DataFrame) -> list[_Row]:
    cols = ("record_key", "record_id", "source_file", "source_line", "metadata_json")
    out = []
    for idx, key, rid, src, line, meta in zip(mine.index, *(mine[c] for c in cols), strict=True):
        parsed = orjson.loads(meta) if isinstance(meta, str) else {}
        locator = f"{src}:{'?' if pd.isna(line) else line}"
        out.append(_Row(idx, str(key), None if pd.isna(rid) else str(rid), locator, parsed))
    return out


def _snapshots(rows: list[_Row], frame: pd.DataFrame) -> list[_Snapshot]:
    """Group pages into snapshots (chains of has_more pages, equal times) and attach each row to its own."""
    pages: dict[str, dict[str, Any]] = {}
    for r in rows:
        snap = r.meta.get("auditkit", {}).get("snapshot")
        if snap is not None:
            page = pages.setdefault(snap["page"], {
                **snap, "rows": [], "file": frame.at[r.idx, "source_file"],
                "line": frame.at[r.idx, "source_line"], "locator": r.locator})
            page["rows"].append(r)
    snapshots: dict[tuple[str, Any], _Snapshot] = {}
    by_file: dict[str, list[dict[str, Any]]] = {}
    for page in pages.values():
        by_file.setdefault(str(page["file"]), []).append(page)
    for chain_pages in by_file.values():
        for chain in _chains(sorted(chain_pages, key=lambda p: (p["line"], p["page"]))):
            timed = next((p for p in chain if p["at"] is not None), None)
            key = ("t", timed["at"]) if timed else ("p", chain[0]["page"])
            snap = snapshots.setdefault(key, _Snapshot(key, timed and timed["at"], timed and timed["latest"]))
            if timed and timed["latest"] is not None and (snap.latest or 0) < timed["latest"]:
                snap.latest = timed["latest"]
            complete = chain[-1]["has_more"] is not True and chain[0]["listing"]
            snap.chains.append((complete, chain[0]["purpose"]))
            for p in chain:
                snap.sources.append(p["locator"])
                for r in p["rows"]:
                    r.snap = snap
                    if r.meta["auditkit"].get("marker"):
                        snap.markers.append(r.idx)
    return sorted(snapshots.values(), key=lambda s: (s.at is None, s.at or 0, str(s.key)))


def _chains(pages: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    chains: list[list[dict[str, Any]]] = []
    for page in pages:
        if chains and chains[-1][-1]["has_more"] is True:
            chains[-1].append(page)
        else:
            chains.append([page])
    return chains


def _deletion(listed: list[_Row], deletions: list[_Row], timed: list[_Snapshot], purpose: Any,
              expires: Any) -> tuple[int | None, dict[str, Any], _Snapshot | None]:
    """deleted_at, the note that explains it, and the snapshot used as evidence (if any)."""
    seen = sorted({r.snap.at for r in listed if r.snap is not None and r.snap.at is not None})
    note: dict[str, Any] = {}
    evidence = None
    if seen:
        later = [s for s in timed if s.at is not None and s.at > seen[-1] and s.covers(purpose)]
        evidence = later[0] if later else None
        gaps = [s.sources for s in timed if s.at is not None and seen[0] < s.at < seen[-1]
                and s.covers(purpose) and s.at not in seen]
        if gaps:
            note["absent_but_listed_again"] = [src for g in gaps for src in g]
    deleted_at = evidence.latest if evidence else None
    if evidence:
        note.update({"basis": "list snapshots",
                     "deleted_at_is": "an upper bound inferred from list snapshots",
                     "deleted_after": _iso(seen[-1]), "evidence": evidence.sources})
    confirmed = next((d for d in deletions if d.meta["auditkit"].get("deleted") is True), None)
    if confirmed is not None:
        when = confirmed.meta["auditkit"].get("at")
        fallback = note.get("deleted_at_is", "unknown: the log has no time")
        note.update({"basis": "logged DELETE response", "confirmed_by": confirmed.locator,
                     "deleted_at_is": "the logged time" if when is not None else fallback})
        deleted_at = when if when is not None else deleted_at
    elif not evidence:
        note["basis"] = None
        note["why_not"] = (
            "no later timed snapshot that is complete and covers its purpose lacks it" if seen
            else "never listed in a snapshot with a known time: no deletion can be inferred")
    if deleted_at is not None and not pd.isna(expires) and int(expires.value) <= deleted_at:
        note["expired_by_provider"] = True
    return deleted_at, note, evidence


def _keeper(listed: list[_Row], deletions: list[_Row]) -> _Row:
    """The row kept for a file: its sighting in the latest timed snapshot, first in load order."""
    timed = [r for r in listed if r.snap is not None and r.snap.at is not None]
    if timed:
        latest = max(r.snap.at for r in timed if r.snap is not None and r.snap.at is not None)
        return next(r for r in timed if r.snap is not None and r.snap.at == latest)
    return listed[0] if listed else deletions[0]


def _summary(kept: _Row, listed: list[_Row], note: dict[str, Any]) -> str:
    """The kept row's metadata: the file's own extra fields, and what the snapshots showed."""
    meta = {k: v for k, v in kept.meta.items() if k != "auditkit"}
    ordered = sorted(listed, key=lambda r: (r.snap is None or r.snap.at is None, r.snap.at if r.snap else 0))
    sightings = [{"at": _iso(r.snap.at) if r.snap else None, "source": r.locator,
                  "time_source": r.meta["auditkit"]["snapshot"]["time_source"]} for r in ordered]
    untimed = [s["source"] for s in sightings if s["at"] is None]
    info: dict[str, Any] = {"snapshots": sightings, "deletion": note}
    if untimed:
        info["untimed_snapshots"] = ("listed in snapshot(s) without a known time (no snapshot_at/fetched_at "
                                     "member and no date in the file name): they show the file existed but "
                                     "cannot date a deletion")
    meta["auditkit"] = info
    return orjson.dumps(meta).decode()


def merge_snapshots(frame: pd.DataFrame, fmt: str) -> FinalizeResult:
    """One row per file id of format ``fmt``; see the module docstring for the rules."""
    mine = frame[frame["source_format"] == fmt]
    rows = _rows(mine)
    timed = [s for s in _snapshots(rows, frame) if s.at is not None]
    by_id: dict[str, tuple[list[_Row], list[_Row]]] = {}
    markers: list[_Row] = []
    for r in rows:
        if r.meta.get("auditkit", {}).get("marker") or r.file_id is None:
            markers.append(r)
            continue
        listed, deletions = by_id.setdefault(r.file_id, ([], []))
        (deletions if r.meta["auditkit"].get("deletion_record") else listed).append(r)
    updates: dict[Hashable, dict[str, Any]] = {}
    merged: dict[str, list[str]] = {}
    drop: list[Hashable] = []
    used_markers: set[Hashable] = set()
    marker_keys = {m.idx: m.key for m in markers}
    for listed, deletions in by_id.values():
        kept = _keeper(listed, deletions)
        deleted_at, note, evidence = _deletion(listed, deletions, timed, frame.at[kept.idx, "object_purpose"],
                                               frame.at[kept.idx, "expires_at"])
        folded = [r for r in listed + deletions if r is not kept]
        if evidence is not None:
            folded_markers = [m for m in evidence.markers if m not in used_markers]
            used_markers.update(folded_markers)
            if folded_markers:
                merged.setdefault(kept.key, []).extend(marker_keys[m] for m in folded_markers)
        if folded:
            merged.setdefault(kept.key, []).extend(r.key for r in folded)
            drop.extend(r.idx for r in folded)
        seen = sorted(r.snap.at for r in listed if r.snap is not None and r.snap.at is not None)
        updates[kept.idx] = {"first_seen_at": seen[0] if seen else None,
                             "last_seen_at": seen[-1] if seen else None, "deleted_at": deleted_at,
                             "metadata_json": _summary(kept, listed, note)}
    unused = [m.idx for m in markers if m.idx not in used_markers]
    if unused:
        log.info("%d empty Files snapshot page(s) showed no deletion and leave no row", len(unused))
    return FinalizeResult(updates=updates, drop=drop + list(used_markers) + unused, merged=merged)
