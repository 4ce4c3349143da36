"""Finalize knows every loader finalize, and its overlay is what a reader applies."""

from __future__ import annotations

import pytest

from auditkit.store.finalize import CROSS_FORMAT_LINKS, OWN_ROWS_ONLY, finalize_formats
from auditkit.store.read import open_store

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")


def test_every_loader_finalize_is_declared():
    """A new loader with a finalize must say whether it touches rows of other formats (and how it links)."""
    assert set(finalize_formats()) <= OWN_ROWS_ONLY | set(CROSS_FORMAT_LINKS)
    assert {"openai_batch", "openai_files", "openai_moderation"} <= set(finalize_formats())


def test_overlay_of_the_slice(slice_store, slice_loaded):
    store = open_store(slice_store)
    ex = store.excluded().to_pandas()
    reasons = ex["reason"].value_counts().to_dict()
    assert reasons["duplicate"] == 50 and reasons["folded"] > 100 and reasons["reclassified"] > 0
    assert ex["record_key"].is_unique
    kept = set(slice_loaded.records["record_key"])
    assert not kept & set(ex.loc[ex["reason"].isin(["folded", "duplicate"]), "record_key"])
    assert set(ex.loc[ex["reason"].isin(["replaced", "reclassified"]), "record_key"]) <= kept
    assert store.state["folded_by_file"] == {
        p: int(m)
        for p, m in zip(slice_loaded.sources["path"], slice_loaded.sources["merged"], strict=True)
        if m
    }
