"""``auditkit ledger verify|show|record``: exit codes and what is printed."""

from __future__ import annotations

import sqlite3

from auditkit.cli.main import EXIT_DATA_WARNING, EXIT_OK, EXIT_USAGE, main


def test_verify_intact_prints_the_anchor(filled, path, capsys):
    assert main(["ledger", "verify", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "intact, 4 entries" in out and "anchor: 4:" in out


def test_verify_detects_a_row_changed_by_hand_in_the_sqlite_file(filled, path, capsys):
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER entries_no_update")
    con.execute("UPDATE entries SET reviewer = 'Someone Else' WHERE entry_id = 2")
    con.commit()
    con.close()
    assert main(["ledger", "verify", str(path)]) == EXIT_DATA_WARNING
    out = capsys.readouterr().out
    assert "BROKEN at entry 2: hash_mismatch" in out
    assert "triggers_altered" in out


def test_verify_with_anchor_detects_truncation(filled, path, capsys):
    main(["ledger", "verify", str(path)])
    anchor = capsys.readouterr().out.split("anchor: ")[1].strip()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER entries_no_delete")
    con.execute("DELETE FROM entries WHERE entry_id = 4")
    con.commit()
    con.close()
    assert main(["ledger", "verify", str(path), "--anchor", anchor]) == EXIT_DATA_WARNING
    assert "anchor_mismatch" in capsys.readouterr().out


def test_verify_missing_or_not_a_ledger_is_a_usage_error(tmp_path, capsys):
    assert main(["ledger", "verify", str(tmp_path / "none.sqlite")]) == EXIT_USAGE
    assert "no review ledger at this path" in capsys.readouterr().err
    bad = tmp_path / "bad.sqlite"
    bad.write_text("record_key,category,status\n", encoding="utf-8")
    assert main(["ledger", "verify", str(bad)]) == EXIT_USAGE
    assert "not a SQLite database" in capsys.readouterr().err


def test_show_latest_decisions_and_all_entries(filled, path, tmp_path, capsys):
    assert main(["ledger", "show", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "false_positive" in out and "quoted_or_reported" in out and "revealed" not in out
    csv = tmp_path / "d.csv"
    assert main(["ledger", "show", str(path), "--all", "--record-key", "a:2", "--csv", str(csv)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "revealed" in out and "a:1" not in out.split("Wrote")[0]
    assert csv.read_text(encoding="utf-8").count("\n") == 3  # header + 2 entries


def test_show_warns_on_a_broken_ledger(filled, path, capsys):
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER entries_no_delete")
    con.execute("DELETE FROM entries WHERE entry_id = 1")
    con.commit()
    con.close()
    assert main(["ledger", "show", str(path)]) == EXIT_DATA_WARNING
    assert "cannot be trusted" in capsys.readouterr().err


def test_record_appends_at_the_current_time(tmp_path, capsys):
    p = tmp_path / "new.sqlite"
    assert (
        main(
            [
                "ledger",
                "record",
                str(p),
                "--reviewer",
                "Mei",
                "--record-key",
                "k:1",
                "--category",
                "malware",
                "--decision",
                "false_positive",
                "--reason-code",
                "benign_context",
            ]
        )
        == EXIT_OK
    )
    assert "entry 1 recorded" in capsys.readouterr().out
    assert (
        main(
            [
                "ledger",
                "record",
                str(p),
                "--reviewer",
                "Mei",
                "--record-key",
                "k:1",
                "--category",
                "malware",
                "--decision",
                "false_positive",
            ]
        )
        == EXIT_USAGE
    )
    assert "reason_code" in capsys.readouterr().err
    assert main(["ledger", "verify", str(p)]) == EXIT_OK
