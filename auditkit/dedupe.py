"""Records that appear more than once, and the rule for them.

The same interaction can reach an auditor twice: two overlapping exports of one log, a proxy log and a
LiteLLM log of the same call, a Usage API page fetched twice. Counting it twice would inflate every
figure, and dropping one silently would lose a record. The rule:

* Two rows are the same record when they have the same ``record_kind`` and the same ``record_id`` (the
  provider's id: ``chatcmpl-...``, ``batch_req_...``, a ChatGPT message id, a usage bucket's start, end
  and group keys ...). Rows without a ``record_id`` are never duplicates. File objects are not handled
  here: the Files loader merges list snapshots itself.
* Of a group, the row **kept** is the first that carries content (``has_content``), in load order (files
  in the order given, then by line); if none carries content, the first in load order.
* With ``duplicates="merge"`` (the default) the other rows are folded into the kept one: they leave the
  records table, their ``file:line`` is listed in its ``merged_sources``, and each is reported in
  ``LoadResult.duplicates``. With ``duplicates="keep"`` every row stays and the extra ones get
  ``duplicate_of`` set to the kept row's ``record_key``.

Either way, each duplicate is a record that was read (it counts in ``records`` of its file), so the
accounting ``lines_read = records + rejects + blank_lines`` still holds.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["find_duplicates", "DUPLICATE_COLUMNS", "DUPLICATE_INPUT_COLUMNS", "EXEMPT_KINDS"]

#: The columns of the records that the rule reads (callers may pass only these).
DUPLICATE_INPUT_COLUMNS = ("record_kind", "record_id", "record_key", "has_content", "source_file", "source_line")

DUPLICATE_COLUMNS = ("record_kind", "record_id", "kept_record_key", "kept_source", "duplicate_record_key",
                     "duplicate_source")
EXEMPT_KINDS = frozenset({"file_object"})


def _locator(frame: pd.DataFrame) -> pd.Series:
    return frame["source_file"].astype(str) + ":" + frame["source_line"].astype("string").fillna("?")


def find_duplicates(frame: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Group rows by (record_kind, record_id).

    Returns ``(kept_key, report)``: a Series aligned with ``frame`` holding, for each duplicate row, the
    ``record_key`` of the row kept in its place (``<NA>`` for rows that are kept), and the report table
    with :data:`DUPLICATE_COLUMNS`.
    """
    empty = pd.DataFrame({c: pd.Series(dtype="string") for c in DUPLICATE_COLUMNS})
    kept_key = pd.Series(pd.NA, index=frame.index, dtype="string")
    if frame.empty:
        return kept_key, empty
    candidates = frame["record_id"].notna() & ~frame["record_kind"].isin(EXEMPT_KINDS)
    # A repeated (kind, id) pair is a repeated id: find those first (one column to hash, not two), then
    # the pairs among the few rows whose id repeats.
    record_id = frame["record_id"] if bool(candidates.all()) else frame.loc[candidates, "record_id"]
    same_id = record_id.duplicated(keep=False)
    if not same_id.any():
        return kept_key, empty
    ids = frame.loc[record_id.index[same_id.to_numpy()], ["record_kind", "record_id"]]
    dup_mask = ids.duplicated(keep=False)
    if not dup_mask.any():
        return kept_key, empty
    sub = frame.loc[ids.index[dup_mask.to_numpy()], ["record_kind", "record_id", "record_key", "has_content",
                                                       "source_file", "source_line"]].copy()
    sub["_order"] = range(len(sub))  # frame order is load order
    sub["_content_rank"] = (~sub["has_content"].fillna(False).astype(bool)).astype(int)
    sub = sub.sort_values(["record_kind", "record_id", "_content_rank", "_order"], kind="stable")
    first = sub.groupby(["record_kind", "record_id"], sort=False)["record_key"].transform("first")
    is_dup = sub["record_key"] != first
    dups = sub[is_dup]
    kept_key.loc[dups.index] = first[is_dup].astype("string")
    kept_rows = sub.drop_duplicates("record_key").set_index("record_key").loc[first[is_dup].to_numpy()]
    report = pd.DataFrame({
        "record_kind": dups["record_kind"].to_numpy(),
        "record_id": dups["record_id"].to_numpy(),
        "kept_record_key": first[is_dup].to_numpy(),
        "kept_source": (kept_rows["source_file"].astype(str) + ":"
                        + kept_rows["source_line"].astype("string").fillna("?")).to_numpy(),
        "duplicate_record_key": dups["record_key"].to_numpy(),
        "duplicate_source": _locator(dups).to_numpy(),
    }).astype("string")
    return kept_key, report.sort_values(["kept_record_key", "duplicate_source"], kind="stable",
                                        ignore_index=True)
