"""Reading one file: the streaming hand-off gives the same rows as the in-memory read."""

from __future__ import annotations

import pyarrow as pa

from auditkit.filereader import read_source
from auditkit.io.sources import expand


def test_streamed_tables_equal_the_whole_table(data_dir):
    for path in (data_dir / "openai_chat_proxy" / "basic.jsonl", data_dir / "bad" / "truncated.jsonl.gz",
                 data_dir / "encodings" / "gb18030.jsonl"):
        src = expand(path)[0]
        whole = read_source(src)
        got: list[pa.Table] = []
        streamed = read_source(src, on_table=got.append)
        assert streamed.table is None
        assert pa.concat_tables(got).equals(whole.table)
        assert (streamed.lines_read, streamed.records, len(streamed.rejects), streamed.sha256) == (
            whole.lines_read, whole.records, len(whole.rejects), whole.sha256)
