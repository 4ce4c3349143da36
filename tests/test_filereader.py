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


def test_a_known_sha256_skips_the_first_pass_and_is_still_checked(data_dir, monkeypatch):
    import pytest

    import auditkit.filereader as fr
    from auditkit.errors import InputFileError
    from auditkit.io.sources import hash_source

    src = expand(data_dir / "openai_chat_proxy" / "basic.jsonl")[0]
    digest = hash_source(src)
    whole = read_source(src)
    monkeypatch.setattr(fr, "hash_source", lambda s: pytest.fail("hashed again"))
    got: list[pa.Table] = []
    streamed = read_source(src, on_table=got.append, sha256=digest)
    assert pa.concat_tables(got).equals(whole.table) and streamed.sha256 == digest
    with pytest.raises(InputFileError, match="changed while it was being read"):
        read_source(src, on_table=lambda t: None, sha256="0" * 64)
