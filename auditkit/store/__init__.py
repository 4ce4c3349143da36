"""A Parquet audit store: logs ingested once in bounded memory, then read by period (``docs/store.md``).

>>> from auditkit.store import ingest, open_store                       # doctest: +SKIP
>>> ingest(["logs/2025-09/"], "store/")                                 # doctest: +SKIP
>>> store = open_store("store/")                                        # doctest: +SKIP
>>> store.records(("2025-09-01", "2025-09-30"), columns=["record_key", "model"])   # doctest: +SKIP

One module per concern: :mod:`~auditkit.store.layout` (paths, atomic writes), :mod:`~auditkit.store.manifest`
(what the store holds), :mod:`~auditkit.store.ingest` (one file into parts), :mod:`~auditkit.store.annotate`
(findings and PII detections stored beside), :mod:`~auditkit.store.partwriter` (date partitions in bounded
memory), :mod:`~auditkit.store.finalize` (joins and the duplicate rule over the store),
:mod:`~auditkit.store.engine` (local loop or Dask), :mod:`~auditkit.store.read` and
:mod:`~auditkit.store.aggregates` (reading a period).
"""

from auditkit.store.engine import ENGINES, IngestReport, ingest
from auditkit.store.errors import StoreError
from auditkit.store.read import Period, Store, open_store

__all__ = ["ingest", "IngestReport", "ENGINES", "open_store", "Store", "Period", "StoreError"]
