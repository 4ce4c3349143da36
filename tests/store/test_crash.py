"""A store survives a crash mid-ingest: kill -9 after the first parts appear, run again, compare with a clean
ingest: nothing duplicated, nothing lost, the manifest complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from auditkit.load import load_logs
from auditkit.store import ingest, open_store
from auditkit.store.layout import Layout
from auditkit.store.manifest import read_manifest

from .conftest import make_chat_logs

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")


def _cmd(logs, root):
    return [
        sys.executable,
        "-m",
        "auditkit",
        "ingest",
        str(logs),
        "--store",
        str(root),
        "--classifiers",
        "rules",
        "--quiet",
    ]


def _kill_mid_ingest(logs, root, env) -> bool:
    """Start an ingest, SIGKILL it once some part files exist; True when it was killed before it finished."""
    proc = subprocess.Popen(_cmd(logs, root), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 900  # a loaded CI machine can take minutes to start and classify
    records = Layout(root).table_dir("records")
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if records.is_dir() and sum(1 for _ in records.rglob("part-*.parquet")) >= 3:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.005)
    finally:
        proc.wait()
    return proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_ingest_is_completed_by_a_rerun(tmp_path):
    logs = tmp_path / "logs"
    make_chat_logs(logs, files=8, per_file=200, days=4)
    env = {**os.environ, "AUDITKIT_STORE_PART_ROWS": "60"}
    root = tmp_path / "crashed"
    assert _kill_mid_ingest(logs, root, env), "the ingest finished before it could be killed"
    layout = Layout(root)
    assert len(read_manifest(layout)) < 8  # it really stopped half-way
    rerun = subprocess.run(_cmd(logs, root), env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "leftover" in rerun.stdout or len(read_manifest(layout)) == 8

    clean = tmp_path / "clean"
    os.environ["AUDITKIT_STORE_PART_ROWS"] = "60"
    try:
        ingest(logs, clean, classifiers=["rules"])
    finally:
        del os.environ["AUDITKIT_STORE_PART_ROWS"]
    got, want = open_store(root), open_store(clean)
    assert len(got.entries) == 8 and all(e.holds_rows for e in got.entries)
    records = got.records()
    assert records["record_key"].is_unique and len(records) == len(load_logs(logs).records)
    pd.testing.assert_frame_equal(records, want.records())
    pd.testing.assert_frame_equal(got.findings(), want.findings())
    pd.testing.assert_frame_equal(got.pii(), want.pii())
    assert not list(layout.temporaries())
    on_disk = sorted(p.relative_to(root) for p in root.rglob("*.parquet") if "final" not in p.parts)
    assert on_disk == sorted(p.relative_to(clean) for p in clean.rglob("*.parquet") if "final" not in p.parts)
