"""ingest(): idempotent, resumable, options fixed by the first run; the Dask engine gives the same store."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit.load import load_logs
from auditkit.store import StoreError, ingest, open_store
from auditkit.store.layout import Layout

from .conftest import make_chat_logs

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")


def _files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.parquet"))


def _same_store(a, b):
    sa, sb = open_store(a), open_store(b)
    pd.testing.assert_frame_equal(sa.records(), sb.records())
    pd.testing.assert_frame_equal(sa.findings(), sb.findings())
    pd.testing.assert_frame_equal(sa.pii(), sb.pii())
    pd.testing.assert_frame_equal(sa.rejects(), sb.rejects())
    pd.testing.assert_frame_equal(sa.sources(), sb.sources())
    pd.testing.assert_frame_equal(sa.duplicates(), sb.duplicates())
    strip = [{k: v for k, v in e.to_json().items() if k != "seconds"} for e in sa.entries]
    assert strip == [{k: v for k, v in e.to_json().items() if k != "seconds"} for e in sb.entries]
    assert _files(a) == _files(b)


def test_ingesting_again_adds_nothing(slice_logs, slice_store, tmp_path):
    before = _files(slice_store)
    again = ingest(slice_logs, slice_store)
    assert again.ingested == [] and again.listed == [] and len(again.already) == 16
    assert again.finalized.get("up_to_date") is True
    assert _files(slice_store) == before


def test_files_added_later_equal_one_load(tmp_path):
    logs = tmp_path / "logs"
    first = make_chat_logs(logs / "a", files=2, per_file=150)
    later = make_chat_logs(logs / "b", files=1, per_file=150, seed=0)  # same ids as the first: duplicates
    root = tmp_path / "store"
    ingest(first, root)
    report = ingest([*first, *later], root)
    assert len(report.ingested) == 1 and len(report.already) == 2
    loaded = load_logs([*first, *later])
    assert len(loaded.duplicates) > 0
    store = open_store(root)
    pd.testing.assert_frame_equal(store.records(), loaded.records)
    pd.testing.assert_frame_equal(store.duplicates(), loaded.duplicates)
    pd.testing.assert_frame_equal(store.sources(), loaded.sources)


def test_options_are_fixed_by_the_first_ingest(tmp_path):
    logs = make_chat_logs(tmp_path / "logs", files=1, per_file=20)
    ingest(logs, tmp_path / "s", classifiers=["rules"])
    with pytest.raises(StoreError, match="was built with"):
        ingest(logs, tmp_path / "s", timezone="Asia/Shanghai", classifiers=["rules"])


def test_interrupted_finalize_is_refused_then_finished(tmp_path):
    logs = make_chat_logs(tmp_path / "logs", files=1, per_file=20)
    root = tmp_path / "s"
    ingest(logs, root, classifiers=["rules"])
    (Layout(root).final_current).unlink()
    with pytest.raises(StoreError, match="not finalized"):
        open_store(root)
    assert ingest([], root, classifiers=["rules"]).finalized["generation"] == 0
    assert len(open_store(root).records()) == 20


def test_parts_and_manifest_layout(slice_store):
    layout = Layout(slice_store)
    entries = [json.loads(p.read_text()) for p in layout.manifest_dir.glob("*.json")]
    assert len(entries) == 16
    dates = layout.dates("records")
    assert "2025-09-01" in dates and all(d == "unknown" or len(d) == 10 for d in dates)
    names = [p.name for _, _, p in layout.parts("records")]
    assert all(n.startswith("part-") and n.endswith(".parquet") for n in names)


@pytest.mark.slow
def test_dask_engine_gives_the_same_store_as_the_local_engine(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    logs = make_chat_logs(tmp_path / "logs", files=4, per_file=300)
    copy = tmp_path / "logs" / "copy.jsonl"
    copy.write_bytes(logs[0].read_bytes())  # same content: listed, not read
    ingest(tmp_path / "logs", tmp_path / "local")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        report = ingest(tmp_path / "logs", tmp_path / "dask", engine="dask", client=client)
        workers = {w["id"] for w in client.scheduler_info()["workers"].values()}
    assert len(report.ingested) == 4 and len(workers) == 2
    _same_store(tmp_path / "local", tmp_path / "dask")
