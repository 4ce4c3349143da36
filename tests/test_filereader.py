"""Reading one file: the streaming hand-off gives the same rows as the in-memory read."""

from __future__ import annotations

import pyarrow as pa
import pytest

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


@pytest.mark.parametrize("lengths", [(1, 5, 30), (1, 5, 300, 3000)])
@pytest.mark.parametrize("size", [1, 7, 64, 1000, 1 << 20])
def test_line_blocks_cut_lines_as_jsonl_lines_does(size, lengths):
    """The block reader (numpy for short lines, memchr for long ones) gives the lines, numbers and CR
    handling of the line-by-line reader, whatever the block size."""
    import random

    from auditkit.filereader import _line_blocks
    from auditkit.io.readers import jsonl_lines

    rnd = random.Random(size)
    parts = []
    for _ in range(400):
        kind = rnd.random()
        line = b"" if kind < 0.1 else b" \t" if kind < 0.15 else b"x" * rnd.choice(lengths)
        parts.append(line + rnd.choice([b"\n", b"\r\n", b"\r\r\n", b"\n"]))
    for tail in (b"", b"last", b"last\r", b"\r"):
        data = b"".join(parts) + tail
        chunks = [data[i:i + 333] for i in range(0, len(data), 333)]
        want = list(jsonl_lines(iter(chunks)))
        got = [(b.first_line + i, bytes(b.data[s:e]))
               for b in _line_blocks(iter(chunks), size)
               for i, (s, e) in enumerate(zip(b.starts.tolist(), b.ends.tolist(), strict=True))]
        assert got == want
