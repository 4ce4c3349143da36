"""A store read back equals load_logs of the same files: records, rejects, sources, duplicates, findings,
detections and the retention audit (the data a report consumes)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from auditkit.store import StoreError, open_store

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")

PERIOD = (dt.date(2025, 9, 1), dt.date(2025, 9, 30))


@pytest.fixture(scope="module")
def pair(slice_store, slice_loaded):
    return open_store(slice_store), slice_loaded


def test_tables_equal_load_logs(pair):
    store, loaded = pair
    pd.testing.assert_frame_equal(store.records(), loaded.records)
    pd.testing.assert_frame_equal(store.rejects(), loaded.rejects)
    pd.testing.assert_frame_equal(store.sources(), loaded.sources)
    pd.testing.assert_frame_equal(store.duplicates(), loaded.duplicates)
    assert len(loaded.duplicates) == 50 and loaded.sources["merged"].sum() > 50  # every case was exercised
    assert (loaded.sources["status"] == "same_content").sum() == 1
    assert (loaded.sources["status"] == "skipped").sum() == 3


def test_period_and_columns_are_read_alone(pair):
    store, loaded = pair
    got = store.records(PERIOD, columns=["record_key", "model", "event_time"])
    t = loaded.records["event_time"]
    want = loaded.records.loc[
        (t >= pd.Timestamp("2025-09-01", tz="UTC")) & (t < pd.Timestamp("2025-10-01", tz="UTC")),
        ["record_key", "model", "event_time"],
    ].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
    assert set(store._dates(PERIOD)) <= {f"2025-09-{d:02d}" for d in range(1, 31)}


def test_records_by_kind_and_key(pair):
    store, loaded = pair
    rec = loaded.records
    keys = rec["record_key"].iloc[[5, 100, 300]].tolist()
    got = store.records(columns=["record_key", "input_text"], record_keys=reversed(keys))
    pd.testing.assert_frame_equal(
        got, rec.loc[rec["record_key"].isin(keys), ["record_key", "input_text"]].reset_index(drop=True)
    )
    calls = store.records(columns=["record_key"], kinds=["batch_call"])
    assert calls["record_key"].tolist() == rec.loc[rec["record_kind"] == "batch_call", "record_key"].tolist()


def test_findings_equal_classify_of_the_population(pair):
    from auditkit.report import inputs, metrics

    store, loaded = pair
    rec = loaded.records
    pop = rec[metrics.in_period(rec, *PERIOD) & metrics.interactions(rec)].reset_index(drop=True)
    from auditkit.policy import load as load_policy

    want, _, _ = inputs.classify_population(pop, load_policy(store.meta.policy), inputs.classifiers())
    got = store.findings(PERIOD, record_keys=pop["record_key"])
    assert len(want) > 10
    pd.testing.assert_frame_equal(got, want.reset_index(drop=True))


def test_pii_detections_equal_detect_many_over_the_prompts(pair):
    from auditkit.pii import detect_many

    store, loaded = pair
    det = detect_many(loaded.records["input_text"])
    det.insert(0, "record_key", loaded.records["record_key"].iloc[det["text_index"]].to_numpy())
    want = det.drop(columns=["text_index"]).sort_values(
        ["record_key", "start", "end", "type"], ignore_index=True
    )
    got = store.pii()
    assert len(want) > 0
    pd.testing.assert_frame_equal(got.astype(object), want.astype(object), check_dtype=False)


def test_retention_audit_over_the_store_equals_in_memory(pair):
    from auditkit.retention import audit_retention

    store, loaded = pair
    kw = {"as_of": "2025-10-15", "profile": "sample_logs/profile.yaml"}
    pd.testing.assert_frame_equal(store.audit_retention(**kw), audit_retention(loaded.records, **kw))


def test_load_result_round_trip(pair):
    store, loaded = pair
    got = store.load_result()
    assert got.totals() == loaded.totals() and got.ok == loaded.ok


def test_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="not an auditkit store"):
        open_store(tmp_path)
