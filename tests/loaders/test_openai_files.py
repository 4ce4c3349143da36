"""The Files loader: file objects, list snapshots merged per file, deletions inferred between snapshots."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.openai_files import name_time, snapshot_time
from tests.loaders.sniffing import check_discriminative


def T(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def _ns(text: str) -> int:
    return T(text).value


def _by_id(res) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in res.records.iterrows()}


def _auditkit(row: pd.Series) -> dict:
    return json.loads(row["metadata_json"])["auditkit"]


def _accounting_holds(res) -> None:
    s = res.sources
    assert (s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]).all()


def test_sniffing_is_discriminative():
    # bad 1, deletions 1, filtered 2, jsonl_pages 1, partial 2, snapshots 4, untimed 1
    assert check_discriminative(LOADERS.get("openai_files"), "openai_files") == 12


def test_file_object_fields(data_dir):
    rows = _by_id(load_logs(data_dir / "openai_files" / "snapshots"))
    a = rows["file-AAA"]
    assert (a["record_kind"], a["provider"]) == ("file_object", "openai")
    assert (a["object_purpose"], a["object_bytes"]) == ("fine-tune", 20480)
    assert a["object_name"] == "faq_export.jsonl"
    assert a["event_time"] == T("2025-02-01T00:00:00Z") and a["event_time_raw"] == "1738368000"
    assert not bool(a["has_content"]) and pd.isna(a["input_text"]) and pd.isna(a["expires_at"])
    assert json.loads(a["metadata_json"])["status"] == "processed"
    assert rows["file-BBB"]["expires_at"] == T("2025-03-05T00:00:00Z")


def test_snapshots_merge_per_file_and_date_deletions(data_dir):
    folder = data_dir / "openai_files" / "snapshots"
    res = load_logs(folder)
    assert res.rejects.empty and set(res.sources["format"]) == {"openai_files"}
    rows = _by_id(res)
    assert sorted(rows) == ["file-AAA", "file-BBB", "file-CCC", "file-DDD"]
    seen = {k: (r["first_seen_at"], r["last_seen_at"], r["deleted_at"]) for k, r in rows.items()}
    # listed 03-01, 03-08 and 03-15 02:00; the empty snapshot of 03-20 (a date only: by the end of that day)
    assert seen["file-AAA"] == (T("2025-03-01T00:00Z"), T("2025-03-15T02:00Z"), T("2025-03-21T00:00Z"))
    # listed 03-01 only, absent on 03-08 (a date only: deleted by 03-09 00:00)
    assert seen["file-BBB"] == (T("2025-03-01T00:00Z"), T("2025-03-01T00:00Z"), T("2025-03-09T00:00Z"))
    # listed 03-01 and 03-08, absent from the snapshot taken 2025-03-15 02:00 (a date-time in the name)
    assert seen["file-CCC"] == (T("2025-03-01T00:00Z"), T("2025-03-08T00:00Z"), T("2025-03-15T02:00Z"))
    assert seen["file-DDD"] == (T("2025-03-15T02:00Z"), T("2025-03-15T02:00Z"), T("2025-03-21T00:00Z"))
    c = _auditkit(rows["file-CCC"])["deletion"]
    assert c["deleted_at_is"] == "an upper bound inferred from list snapshots"
    assert c["deleted_after"] == "2025-03-08T00:00:00Z"
    assert c["evidence"] == [f"{folder}/files-20250315T0200Z.json:4"]
    assert _auditkit(rows["file-BBB"])["deletion"]["expired_by_provider"] is True  # expires_at 03-05 < 03-09
    assert "expired_by_provider" not in _auditkit(rows["file-CCC"])["deletion"]


def test_the_kept_row_is_the_latest_sighting_and_the_rest_are_folded(data_dir):
    folder = data_dir / "openai_files" / "snapshots"
    res = load_logs(folder)
    a = _by_id(res)["file-AAA"]
    assert a["source_file"] == f"{folder}/files-20250315T0200Z.json" and a["source_line"] == 4
    assert sorted(json.loads(a["merged_sources"])) == [
        f"{folder}/files_2025-03-01.json:4", f"{folder}/files_2025-03-08.json:4",
        f"{folder}/files_2025-03-20.json:1"]  # the empty snapshot is the evidence of its deletion
    assert [s["at"] for s in _auditkit(a)["snapshots"]] == [
        "2025-03-01T00:00:00Z", "2025-03-08T00:00:00Z", "2025-03-15T02:00:00Z"]
    empty = res.sources.set_index("path").loc[f"{folder}/files_2025-03-20.json"]
    assert (empty["lines_read"], empty["records"], empty["rows"], empty["merged"]) == (1, 1, 0, 1)
    _accounting_holds(res)


@pytest.mark.parametrize("name, expected", [
    ("files_2025-03-01.json", ("2025-03-01T00:00Z", "2025-03-02T00:00Z")),
    ("files-20250301T0200Z.json", ("2025-03-01T02:00Z", "2025-03-01T02:00Z")),
    ("files_2025-03-01_14-30.jsonl", ("2025-03-01T14:30Z", "2025-03-01T14:30Z")),
    ("/x/export.zip!snap/files_20250102.json.gz", ("2025-01-02T00:00Z", "2025-01-03T00:00Z")),
    ("backup_2025-02-30_files_2025-03-01.json", ("2025-03-01T00:00Z", "2025-03-02T00:00Z")),
])
def test_dates_in_file_names(name, expected):
    earliest, latest, source = name_time(name)
    assert (earliest, latest) == (_ns(expected[0]), _ns(expected[1])) and source.startswith("file name")


@pytest.mark.parametrize("name", ["file-abc12345678.json", "files_2025-13-45.json", "listing.json"])
def test_names_without_a_valid_date(name):
    assert name_time(name) == (None, None, "unknown")


def test_snapshot_time_precedence():
    path = "files_2025-01-01.json"
    assert snapshot_time({"fetched_at": "2025-04-01T10:00:00Z"}, path)[:2] == (_ns("2025-04-01T10:00Z"),) * 2
    assert snapshot_time({"exported_at": 1743588000000}, path)[0] == _ns("2025-04-02T10:00Z")  # milliseconds
    assert snapshot_time({"snapshot_at": "2025-04-05", "fetched_at": 1}, path)[:2] == (
        _ns("2025-04-05T00:00Z"), _ns("2025-04-06T00:00Z"))  # the first key wins; a date is a whole day
    assert snapshot_time({"object": "list"}, path)[2] == "file name (2025-01-01)"


def test_jsonl_pages_with_explicit_times_and_a_paginated_snapshot(data_dir):
    res = load_logs(data_dir / "openai_files" / "jsonl_pages" / "files_2025-01-01.jsonl")
    rows = _by_id(res)
    e, f, h = rows["file-EEE"], rows["file-FFF"], rows["file-HHH"]
    # fetched_at beats the date in the file name (2025-01-01)
    assert (e["first_seen_at"], e["last_seen_at"]) == (T("2025-04-01T10:00Z"), T("2025-04-03T10:00Z"))
    # lines 2 (has_more: true, fetched_at in ms) and 3 (5 s later) are one snapshot:
    # E, absent from line 3, is not deleted at 10:00:05
    assert pd.isna(e["deleted_at"])
    assert f["deleted_at"] == T("2025-04-02T10:00Z")
    path = str(data_dir / "openai_files" / "jsonl_pages" / "files_2025-01-01.jsonl")
    assert _auditkit(f)["deletion"]["evidence"] == [f"{path}:2", f"{path}:3"]
    assert (h["first_seen_at"], h["deleted_at"]) == (T("2025-04-02T10:00Z"), T("2025-04-03T10:00Z"))
    assert _auditkit(h)["snapshots"][0]["time_source"] == "page member fetched_at"
    assert e["source_line"] == 4 and json.loads(e["merged_sources"]) == [f"{path}:1", f"{path}:2"]


def test_untimed_snapshots_cannot_date_a_deletion(data_dir):
    res = load_logs([data_dir / "openai_files" / "untimed" / "listing.json"])
    u = _by_id(res)["file-UUU"]
    assert pd.isna(u["first_seen_at"]) and pd.isna(u["last_seen_at"]) and pd.isna(u["deleted_at"])
    info = _auditkit(u)
    assert "cannot date a deletion" in info["untimed_snapshots"]
    assert info["deletion"]["basis"] is None and "no deletion can be inferred" in info["deletion"]["why_not"]


def test_logged_deletions(data_dir):
    base = data_dir / "openai_files"
    res = load_logs([base / "snapshots", base / "deletions", base / "untimed"])
    rows = _by_id(res)
    c = rows["file-CCC"]
    assert c["deleted_at"] == T("2025-03-10T08:30Z")  # the logged time replaces the 03-15 02:00 bound
    note = _auditkit(c)["deletion"]
    assert note["basis"] == "logged DELETE response"
    assert note["confirmed_by"] == f"{base}/deletions/deletes.jsonl:1"
    z = rows["file-ZZZ"]  # deleted, never listed, no time logged
    assert pd.isna(z["deleted_at"])
    assert _auditkit(z)["deletion"]["deleted_at_is"] == "unknown: the log has no time"
    a = rows["file-AAA"]  # also listed in the untimed snapshot: a sighting that changes no time
    assert a["deleted_at"] == T("2025-03-21T00:00Z") and a["first_seen_at"] == T("2025-03-01T00:00Z")
    assert f"{base}/untimed/listing.json:13" in json.loads(a["merged_sources"])
    _accounting_holds(res)


def test_partial_and_purpose_filtered_snapshots(data_dir):
    partial = _by_id(load_logs(data_dir / "openai_files" / "partial"))
    y = partial["file-YYY"]  # absent from a page that says has_more: true: not evidence
    assert pd.isna(y["deleted_at"]) and y["last_seen_at"] == T("2025-06-01T00:00Z")
    assert partial["file-XXX"]["last_seen_at"] == T("2025-06-02T00:00Z")
    filtered = _by_id(load_logs(data_dir / "openai_files" / "filtered"))
    # the empty 07-02 listing was for purpose=batch: it shows the batch file gone, says nothing of fine-tune
    assert filtered["file-PB1"]["deleted_at"] == T("2025-07-03T00:00Z")
    assert pd.isna(filtered["file-PF2"]["deleted_at"])


def test_a_bare_file_object_is_a_sighting_not_a_listing(data_dir, tmp_path):
    listing = json.loads((data_dir / "openai_files" / "snapshots" / "files_2025-03-01.json").read_text())
    (tmp_path / "files_2025-03-01.json").write_text(json.dumps(listing))
    (tmp_path / "retrieved_2025-03-05.json").write_text(json.dumps(listing["data"][0]))  # GET /files/file-AAA
    rows = _by_id(load_logs(tmp_path))
    assert rows["file-AAA"]["last_seen_at"] == T("2025-03-05T00:00Z")
    assert pd.isna(rows["file-BBB"]["deleted_at"]) and pd.isna(rows["file-CCC"]["deleted_at"])


def test_empty_snapshots_alone_and_in_json_lines(tmp_path):
    alone = tmp_path / "files_2025-05-01.json"
    alone.write_text('{\n  "object": "list",\n  "data": [],\n  "has_more": false\n}\n')
    res = load_logs(alone)
    s = res.sources.iloc[0]
    assert (s["format"], s["lines_read"], s["records"], s["rows"]) == ("openai_files", 1, 1, 0)
    assert res.records.empty and res.rejects.empty
    lines = tmp_path / "snaps.jsonl"
    file_q = {"id": "file-Q", "object": "file", "bytes": 1, "created_at": 1746000000, "filename": "q.txt",
              "purpose": "assistants"}
    pages = [{"object": "list", "data": [file_q], "fetched_at": 1746100000},
             {"object": "list", "data": [], "fetched_at": 1746200000}]
    lines.write_text("".join(json.dumps(p) + "\n" for p in pages))
    q = load_logs(lines).records.iloc[0]
    assert q["deleted_at"] == pd.Timestamp(1746200000, unit="s", tz="UTC")
    assert json.loads(q["merged_sources"]) == [f"{lines}:2"]


def test_bad_records_are_rejected_with_reason_and_line(data_dir):
    res = load_logs(data_dir / "openai_files" / "bad" / "bad.jsonl")
    got = list(zip(res.rejects["source_line"], res.rejects["reason"], strict=True))
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (4, "bad_timestamp"), (5, "bad_value")]
    assert "fetched_at" in res.rejects.loc[2, "message"]  # a bad snapshot time rejects its page
    s = res.sources.iloc[0]
    assert (s["lines_read"], s["records"], s["rejects"], s["blank_lines"]) == (6, 1, 4, 1)
    assert list(res.records["record_id"]) == ["file-OK1"]


def test_project_written_beside_the_list_goes_to_project_id(tmp_path):
    import json

    from auditkit import load_logs

    page = {"object": "list", "project_id": "proj_a", "snapshot_at": "2025-07-31T00:00:00Z",
            "data": [{"id": "file-1", "object": "file", "bytes": 10, "created_at": 1741000000,
                      "filename": "a.jsonl", "purpose": "fine-tune"}]}
    path = tmp_path / "files.json"
    path.write_text(json.dumps(page, indent=2))
    assert load_logs(path).records.loc[0, "project_id"] == "proj_a"
