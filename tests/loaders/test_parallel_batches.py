"""Reading JSONL in blocks, on worker threads, gives exactly what one sequential batch gives.

The chat-proxy fast path runs over blocks of lines on ``filereader._WORKERS`` threads and the results are
taken in line order; nothing about the outcome may depend on the block size, the batch size or the number
of threads: rows (every column, in order), record keys, rejects (with their lines) and the accounting.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit import filereader
from auditkit.samples.generate import generate


@pytest.fixture(scope="module")
def corrupted(tmp_path_factory) -> tuple[str, int]:
    """A generated chat-proxy file with blank, whitespace, truncated, mistyped, out-of-range and CRLF lines
    (and tool calls, errors and streamed responses from the generator, which take the generic path)."""
    out = tmp_path_factory.mktemp("gen")
    generate(out, records=3000, seed=11, formats=["openai_chat_proxy"], one_file=True, malformed=True)
    src = out / "proxy" / "openai_chat_proxy.jsonl"
    lines = src.read_bytes().rstrip(b"\n").split(b"\n")
    rnd = random.Random(5)
    edited: list[bytes] = []
    for line in lines:
        r = rnd.random()
        if r < 0.01:
            line = line[: line.find(b'"request"') + 12]  # cut off (at an ASCII byte): invalid JSON
        elif r < 0.02:
            edited.append(b"")
        elif r < 0.025:
            edited.append(b" \t ")
        elif r < 0.03:
            line = line.replace(b'"logged_at":"2', b'"logged_at":"1', 1)  # outside 2000-2099
        elif r < 0.035:
            line = line.replace(b'"prompt_tokens":', b'"prompt_tokens":-', 1)
        elif r < 0.04:
            line = b"[1, 2]"
        elif r < 0.045:
            line = line.replace(b'"messages":[', b'"messages":"hello","x":[', 1)  # a text where a list belongs
        elif r < 0.06:
            line += b"\r"
        edited.append(line)
    path = out / "corrupted.jsonl"
    path.write_bytes(b"\n".join(edited))  # no line break after the last line
    return str(path), len(edited)


def _load(monkeypatch, path: str, *, workers: int, block: int, batch: int):
    monkeypatch.setattr(filereader, "_WORKERS", workers)
    monkeypatch.setattr(filereader, "_BLOCK_BYTES", block)
    monkeypatch.setattr(filereader, "_BATCH_LINES", batch)
    return load_logs(path)


@pytest.mark.parametrize(("workers", "block", "batch"), [(2, 1 << 16, 8192), (2, 1 << 20, 97), (3, 5000, 7),
                                                         (1, 1 << 16, 300)])
def test_blocks_and_threads_give_the_sequential_result(monkeypatch, corrupted, workers, block, batch):
    path, n_lines = corrupted
    one = _load(monkeypatch, path, workers=1, block=1 << 40, batch=1 << 40)  # the whole file in one batch
    many = _load(monkeypatch, path, workers=workers, block=block, batch=batch)
    for a, b in ((one.records, many.records), (one.rejects, many.rejects), (one.sources, many.sources),
                 (one.duplicates, many.duplicates)):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    s = many.sources.iloc[0]
    assert s["lines_read"] == n_lines == s["records"] + s["rejects"] + s["blank_lines"]
    assert s["rejects"] > 50 and s["blank_lines"] > 20
    assert set(many.rejects["reason"]) >= {"invalid_json", "not_an_object", "bad_timestamp", "bad_value",
                                          "wrong_type"}
    assert many.records["source_line"].is_monotonic_increasing
    # the fast path did the bulk of the work: its raw_record is the line exactly as written (CR removed)
    lines = open(path, "rb").read().split(b"\n")
    sample = many.records.sample(200, random_state=1)
    for line_no, raw in zip(sample["source_line"], sample["raw_record"], strict=True):
        line = lines[line_no - 1]
        assert raw.encode() == (line[:-1] if line.endswith(b"\r") else line)
