"""The retention audit over a store equals the audit over the same logs in memory, in bounded memory.

``Store.audit_retention`` reads the texts (and the profile's match columns) a chunk at a time and keeps only
the narrow columns of every record and the text facts (``auditkit.retention.textfacts``); the personal-data
scan is the one stored at ingest. The whole of ``sample_logs`` (every reason code at 2025-10-15 with its
profile) is ingested once and both audits are compared row for row, every column.
"""

from __future__ import annotations

import gc
import weakref

import pandas as pd
import pytest

from auditkit.retention import RetentionReason, audit_retention

from .conftest import ROOT, SAMPLE

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")

pytestmark = pytest.mark.slow

PROFILE = str(ROOT / "sample_logs" / "profile.yaml")
AS_OF = "2025-10-15"
TZ = "Asia/Shanghai"
TEXTS = {"input_text", "output_text", "messages_json", "raw_record"}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    from auditkit.store import ingest, open_store

    root = tmp_path_factory.mktemp("retention-store") / "store"
    ingest(SAMPLE, root, timezone=TZ, classifiers=["moderation"])
    return open_store(root)


@pytest.fixture(scope="module")
def in_memory() -> pd.DataFrame:
    from auditkit.load import load_logs

    return audit_retention(load_logs(SAMPLE, timezone=TZ).records, as_of=AS_OF, profile=PROFILE)


def test_every_reason_code_is_in_the_sample(in_memory):
    assert set(in_memory["reason"]) == {r.value for r in RetentionReason}


def test_store_audit_equals_the_in_memory_audit(sample_store, in_memory):
    stored = sample_store.audit_retention(as_of=AS_OF, profile=PROFILE)
    pd.testing.assert_frame_equal(stored, in_memory)
    assert stored.attrs == in_memory.attrs


def test_small_chunks_give_the_same_findings(sample_store, in_memory):
    # chunks of 97 rows split files, conversations and system prompts across chunks
    stored = sample_store.audit_retention(as_of=AS_OF, profile=PROFILE, chunk_rows=311)
    pd.testing.assert_frame_equal(stored, in_memory)


def test_a_period_equals_the_audit_of_its_records(sample_store):
    period = ("2025-09-01", "2025-09-30")
    records = sample_store.records(period)
    expected = audit_retention(records, as_of=AS_OF, profile=PROFILE)
    got = sample_store.audit_retention(as_of=AS_OF, profile=PROFILE, period=period, chunk_rows=500)
    pd.testing.assert_frame_equal(got, expected)


def test_stored_detections_are_what_the_audit_would_compute(sample_store):
    from auditkit.pii import detect_many

    records = sample_store.records(None, ["record_key", "input_text"])
    prompts = records[records["input_text"].notna() & (records["input_text"].str.len() > 0)]
    fresh = detect_many(prompts["input_text"])
    fresh["record_key"] = prompts["record_key"].to_numpy()[
        prompts.index.get_indexer(fresh["text_index"].to_numpy())
    ]
    cols = ["record_key", "type", "start", "end", "confidence", "category", "detector"]
    fresh = fresh[cols].astype(str).sort_values(cols, ignore_index=True)
    stored = sample_store.pii(None)[cols].astype(str).sort_values(cols, ignore_index=True)
    pd.testing.assert_frame_equal(stored, fresh)


def test_texts_are_held_one_chunk_at_a_time(sample_store, in_memory, monkeypatch):
    from auditkit.retention.textfacts import TextFactsBuilder
    from auditkit.store.read import Store

    chunk = 400  # about a dozen chunks of the sample: enough to see one held at a time, quick to run
    reads: list[int] = []
    alive: list[weakref.ref] = []
    scan_in_order = Store._batches_in_order

    def spy_scan(self, table, period, columns, batch_rows, filter=None):
        for t in scan_in_order(self, table, period, columns, batch_rows, filter):
            if TEXTS & set(t.column_names):
                if any(r() is not None for r in alive):
                    gc.collect()  # only when reference counting has not freed them (a full collection is slow)
                assert [r for r in alive if r() is not None] == [], "an earlier chunk of texts is still held"
                assert t.num_rows <= chunk
                reads.append(t.num_rows)
                alive.append(weakref.ref(t))
            yield t

    add = TextFactsBuilder.add

    def spy_add(self, frame):
        alive.append(weakref.ref(frame))
        return add(self, frame)

    def no_wide_reads(name, at):
        def refuse(self, *args, **kwargs):
            if name == "records" or (args[0] if args else kwargs.get("table", "records")) == "records":
                columns = kwargs.get("columns", args[at] if len(args) > at else None)
                assert columns is not None and not (TEXTS & set(columns)), f"{name} read texts whole"
            return original[name](self, *args, **kwargs)

        return refuse

    original = {"records": Store.records, "scan": Store.scan}
    monkeypatch.setattr(Store, "_batches_in_order", spy_scan)
    monkeypatch.setattr(TextFactsBuilder, "add", spy_add)
    monkeypatch.setattr(Store, "records", no_wide_reads("records", 1))
    monkeypatch.setattr(Store, "scan", no_wide_reads("scan", 2))
    stored = sample_store.audit_retention(as_of=AS_OF, profile=PROFILE, chunk_rows=chunk)
    assert len(reads) > 10 and sum(reads) == len(original["records"](sample_store, None, ["record_key"]))
    pd.testing.assert_frame_equal(stored, in_memory)
