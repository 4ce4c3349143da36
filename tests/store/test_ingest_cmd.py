"""The ``auditkit ingest`` command: summary, exit codes, a second run that adds nothing."""

from __future__ import annotations

import pytest

from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK, main

from .conftest import make_chat_logs

pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")


def test_ingest_command(tmp_path, capsys):
    logs = make_chat_logs(tmp_path / "logs", files=2, per_file=30)
    root = tmp_path / "store"
    assert main(["ingest", *map(str, logs), "--store", str(root), "--classifiers", "rules"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 file(s) ingested (60 rows, 0 rejects)" in out and "proxy-00.jsonl" in out
    assert (
        main(["ingest", *map(str, logs), "--store", str(root), "--classifiers", "rules", "--quiet"])
        == EXIT_OK
    )
    assert "0 file(s) ingested" in capsys.readouterr().out.splitlines()[-1]
    bad = tmp_path / "logs" / "bad.jsonl"
    bad.write_bytes(logs[0].read_bytes().splitlines()[0] + b"\n{not json\n")
    assert main(["ingest", str(bad), "--store", str(root), "--classifiers", "rules"]) == EXIT_DATA_WARNING


def test_ingest_command_rejects_other_options(tmp_path, capsys):
    logs = make_chat_logs(tmp_path / "logs", files=1, per_file=5)
    root = tmp_path / "store"
    assert main(["ingest", str(logs[0]), "--store", str(root), "--classifiers", "rules"]) == EXIT_OK
    assert main(["ingest", str(logs[0]), "--store", str(root), "--classifiers", "moderation"]) == 2
    assert "was built with" in capsys.readouterr().err
