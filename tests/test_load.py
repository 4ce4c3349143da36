"""load_logs on bad and awkward input: nothing is lost, every problem is named with file and line."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from auditkit import LogFormatError, UnknownFormatError, load_logs
from auditkit.errors import InputFileError, ParameterError
from auditkit.schema import validate_records


def _accounting_holds(result) -> None:
    s = result.sources
    assert (s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]).all(), s
    assert int(s["rejects"].sum()) == len(result.rejects)


def _reasons(result) -> list[tuple[int, str]]:
    return [(int(r.source_line), r.reason) for r in result.rejects.itertuples()]


def test_truncated_json_line_is_rejected_with_its_line(data_dir):
    res = load_logs(data_dir / "bad" / "truncated_line.jsonl")
    assert _reasons(res) == [(2, "invalid_json")]
    assert len(res.records) == 2
    assert res.rejects.loc[0, "raw_excerpt"].startswith('{"logged_at"')
    _accounting_holds(res)


def test_wrong_types_are_rejected_with_the_field_named(data_dir):
    res = load_logs(data_dir / "bad" / "wrong_types.jsonl")
    assert _reasons(res) == [(1, "wrong_type"), (2, "wrong_type"), (3, "wrong_type")]
    messages = list(res.rejects["message"])
    assert "http_status" in messages[0] and "'OK'" in messages[0]
    assert "request.messages" in messages[1]
    assert "prompt_tokens" in messages[2]
    assert len(res.records) == 1
    _accounting_holds(res)


def test_missing_fields_are_rejected(data_dir):
    res = load_logs(data_dir / "bad" / "missing_fields.jsonl")
    assert _reasons(res) == [(2, "missing_field"), (3, "missing_field")]
    assert len(res.records) == 3
    assert "request" in res.rejects.loc[0, "message"]
    _accounting_holds(res)


def test_unparseable_timestamps_are_rejected(data_dir):
    res = load_logs(data_dir / "bad" / "bad_timestamps.jsonl")
    assert _reasons(res) == [(1, "bad_timestamp"), (2, "bad_timestamp"), (3, "bad_timestamp")]
    assert "'yesterday'" in res.rejects.loc[0, "message"]
    assert "2000 and 2099" in res.rejects.loc[1, "message"]
    assert len(res.records) == 1
    _accounting_holds(res)


def test_binary_junk_line_inside_jsonl(data_dir):
    res = load_logs(data_dir / "bad" / "junk_line.jsonl")
    assert len(res.records) == 2
    assert {r for _, r in _reasons(res)} <= {"invalid_json", "bad_encoding"}
    # the junk holds two newlines of its own, so it spans lines 2 to 4
    assert [line for line, _ in _reasons(res)] == [2, 3, 4]
    _accounting_holds(res)


def test_binary_junk_file_is_an_unknown_format_showing_first_bytes(data_dir):
    with pytest.raises(UnknownFormatError) as exc:
        load_logs(data_dir / "bad" / "binary_junk.bin")
    msg = str(exc.value)
    assert "binary_junk.bin" in msg and "First bytes seen" in msg
    assert "openai_chat_proxy" in msg  # the known formats are listed


def test_unknown_json_format_lists_known_formats(data_dir):
    with pytest.raises(UnknownFormatError) as exc:
        load_logs(data_dir / "bad" / "unknown_format.jsonl")
    assert "Known formats:" in str(exc.value) and '{"hello"' in str(exc.value)
    with pytest.raises(UnknownFormatError):
        load_logs(data_dir / "bad" / "prose.txt")


@pytest.mark.parametrize("name", ["empty.jsonl", "whitespace_only.jsonl"])
def test_empty_files_are_reported_not_crashed_on(data_dir, name):
    res = load_logs(data_dir / "bad" / name)
    assert res.records.empty and res.rejects.empty
    assert res.sources.loc[0, "status"] == "empty"
    assert not res.ok
    _accounting_holds(res)


def test_truncated_gzip_keeps_what_was_read_and_says_the_rest_is_lost(data_dir):
    res = load_logs(data_dir / "bad" / "truncated.jsonl.gz")
    assert res.sources.loc[0, "status"] == "truncated"
    assert res.sources.loc[0, "compression"] == "gzip"
    assert 0 < len(res.records) < 30
    assert "truncated_file" in set(res.rejects["reason"])
    last = res.rejects[res.rejects["reason"] == "truncated_file"].iloc[0]
    assert "cut off" in last["message"]
    _accounting_holds(res)


def test_truncated_json_document_keeps_elements_before_the_break(data_dir):
    res = load_logs(data_dir / "bad" / "array_truncated.json")
    assert len(res.records) == 1
    assert list(res.rejects["reason"]) == ["truncated_file"]
    assert res.rejects.loc[0, "source_pointer"] == "/1"
    _accounting_holds(res)


def test_strict_raises_at_the_first_bad_record_naming_file_and_line(data_dir):
    path = data_dir / "bad" / "truncated_line.jsonl"
    with pytest.raises(LogFormatError) as exc:
        load_logs(path, strict=True)
    assert exc.value.line == 2 and str(path) in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_missing_path_and_empty_glob(tmp_path):
    with pytest.raises(InputFileError, match="does not exist"):
        load_logs(tmp_path / "nope.jsonl")
    with pytest.raises(InputFileError, match="matches no file"):
        load_logs(str(tmp_path / "*.jsonl"))


def test_bad_parameters_fail_clearly(data_dir):
    with pytest.raises(ParameterError, match="timezone"):
        load_logs(data_dir / "openai_chat_proxy", timezone="Mars/Olympus")
    with pytest.raises(ParameterError, match="duplicates"):
        load_logs(data_dir / "openai_chat_proxy", duplicates="drop")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["utf8_bom.jsonl", "utf16_bom.jsonl", "utf16le_nobom.jsonl", "gb18030.jsonl",
                                  "crlf.jsonl", "array_pretty.json"])
def test_encodings_and_containers_give_the_same_records(data_dir, name):
    res = load_logs(data_dir / "encodings" / name)
    assert res.rejects.empty, res.rejects
    zh = res.records.set_index("record_id").loc["chatcmpl-ZH1"]
    assert zh["input_text"].endswith("[user] 请问秘鲁的首都是哪里？")
    assert zh["output_text"] == "[assistant] 利马。"
    assert len(res.records) == 2
    _accounting_holds(res)


def test_json_array_elements_have_their_start_line_and_pointer(data_dir):
    res = load_logs(data_dir / "encodings" / "array_pretty.json")
    assert list(res.records["source_pointer"]) == ["/0", "/1"]
    assert res.records.loc[0, "source_line"] == 2  # "[" is on line 1
    assert res.records.loc[1, "source_line"] > res.records.loc[0, "source_line"]


def test_zip_members_are_read_and_non_logs_skipped(data_dir):
    res = load_logs(data_dir / "archives" / "export.zip")
    paths = list(res.sources["path"])
    assert paths[0].endswith("export.zip!export/proxy.jsonl")
    status = dict(zip(res.sources["path"], res.sources["status"], strict=True))
    assert status[paths[1]] == "skipped"
    assert len(res.records) == 2
    assert res.records["source_file"].str.contains("!export/proxy.jsonl").all()


def test_directories_globs_and_duplicate_paths(data_dir, tmp_path):
    shutil.copy(data_dir / "openai_chat_proxy" / "basic.jsonl", tmp_path / "a.jsonl")
    shutil.copy(data_dir / "archives" / "two_days.jsonl.gz", tmp_path / "b.jsonl.gz")
    (tmp_path / "notes.md").write_text("# not a log")
    res = load_logs([tmp_path, str(tmp_path / "*.jsonl")])
    assert [p.rsplit("/", 1)[-1] for p in res.sources["path"]] == ["a.jsonl", "b.jsonl.gz"]
    assert set(res.sources["compression"]) == {"none", "gzip"}


def test_record_keys_are_unique_and_stable_across_loads_and_paths(data_dir, tmp_path):
    first = load_logs(data_dir / "openai_chat_proxy")
    copy = tmp_path / "renamed.jsonl"
    shutil.copy(data_dir / "openai_chat_proxy" / "basic.jsonl", copy)
    again = load_logs(copy)
    assert first.records["record_key"].is_unique
    basic = first.records[first.records["source_file"].str.endswith("basic.jsonl")]
    assert list(basic["record_key"]) == list(again.records["record_key"])
    validate_records(first.records)


def test_sources_report_sha256_and_sizes(data_dir):
    import hashlib

    path = data_dir / "openai_chat_proxy" / "basic.jsonl"
    res = load_logs(path)
    raw = path.read_bytes()
    assert res.sources.loc[0, "sha256"] == hashlib.sha256(raw).hexdigest()
    assert res.sources.loc[0, "bytes"] == len(raw)
    gz = data_dir / "archives" / "two_days.jsonl.gz"
    res = load_logs(gz)
    assert res.sources.loc[0, "sha256"] == hashlib.sha256(gz.read_bytes()).hexdigest()


def test_duplicates_are_merged_by_default_and_reported(data_dir, tmp_path):
    # An overlapping export: the same calls (same provider ids) in a different file.
    lines = (data_dir / "openai_chat_proxy" / "basic.jsonl").read_text().splitlines()
    overlap = tmp_path / "overlap.jsonl"
    overlap.write_text("\n".join([lines[1], lines[2], '{"padding": 1}'.replace('{"padding": 1}', lines[3])]) + "\n\n")
    first = data_dir / "openai_chat_proxy" / "basic.jsonl"
    res = load_logs([first, overlap])
    assert len(res.records) == 4
    assert len(res.duplicates) == 3
    assert res.duplicates["duplicate_source"].str.startswith(str(overlap)).all()
    assert res.duplicates["kept_source"].str.startswith(str(first)).all()
    assert res.records["merged_sources"].notna().sum() == 3
    s = res.sources.set_index("path")
    assert (s.loc[str(overlap), "records"], s.loc[str(overlap), "rows"], s.loc[str(overlap), "merged"]) == (3, 0, 3)
    _accounting_holds(res)
    kept = load_logs([first, overlap], duplicates="keep")
    assert len(kept.records) == 7
    assert kept.records["duplicate_of"].notna().sum() == 3
    validate_records(kept.records)


def test_a_file_given_twice_under_two_names_is_read_once(data_dir, tmp_path):
    copy = tmp_path / "again.jsonl"
    shutil.copy(data_dir / "openai_chat_proxy" / "basic.jsonl", copy)
    res = load_logs([data_dir / "openai_chat_proxy" / "basic.jsonl", copy])
    assert len(res.records) == 4
    s = res.sources.set_index("path")
    assert s.loc[str(copy), "status"] == "same_content" and "basic.jsonl" in s.loc[str(copy), "note"]
    _accounting_holds(res)


def test_records_follow_the_canonical_schema(data_dir):
    res = load_logs(data_dir / "openai_chat_proxy")
    validate_records(res.records)
    assert str(res.records["event_time"].dtype) == "datetime64[ns, UTC]"
    assert res.records["input_text"].dtype == pd.StringDtype("pyarrow")
    assert str(res.records["prompt_tokens"].dtype) == "Int64"
