"""The sample generator: deterministic, to size, every file readable as its format, the committed
sample_logs/ is exactly what its documented command writes, and the deliberate cases are where
MANIFEST.yaml says."""

from __future__ import annotations

import gzip
import re
import shlex
import zipfile
from pathlib import Path

import pytest
import yaml

from auditkit.samples import FORMATS, generate
from auditkit.samples.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_logs"
#: format name -> loader module that reads it (skipped while a loader is still being written)
LOADER_MODULE = {
    "openai_chat_proxy": "openai_chat",
    "openai_batch": "openai_batch",
    "openai_responses": "openai_responses",
    "openai_files": "openai_files",
    "openai_moderation": "openai_moderation",
    "openai_usage": "openai_usage",
    "chatgpt_export": "chatgpt_export",
    "litellm_payload": "litellm",
    "helicone": "helicone",
    "langfuse": "langfuse",
    "oneapi_log": "oneapi",
    "azure_diag": "azure_diag",
}
#: formats whose rows are calls (the ones --records counts)
CALL_KINDS = ("llm_call", "batch_call", "gateway_billing", "diagnostic")


def _manifest(path: Path) -> dict:
    return yaml.safe_load((path / "MANIFEST.yaml").read_text(encoding="utf-8"))


def _content(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` by relative name; gzip and zip members decompressed (zlib builds differ)."""
    out = {}
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = f.relative_to(path).as_posix()
        if f.suffix == ".gz":
            out[rel] = gzip.decompress(f.read_bytes())
        elif f.suffix == ".zip":
            with zipfile.ZipFile(f) as zf:
                for name in zf.namelist():
                    out[f"{rel}!{name}"] = zf.read(name)
        else:
            out[rel] = f.read_bytes()
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "sample_logs"
    generate(out, records=800, seed=3)
    return out


def test_same_seed_gives_byte_identical_files(small, tmp_path):
    again = tmp_path / "sample_logs"
    generate(again, records=800, seed=3)
    first = {p.relative_to(small).as_posix(): p.read_bytes() for p in small.rglob("*") if p.is_file()}
    second = {p.relative_to(again).as_posix(): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_another_seed_gives_other_traffic(small, tmp_path):
    other = tmp_path / "sample_logs"
    generate(other, records=800, seed=4)
    a, b = _content(small), _content(other)
    assert a["proxy/support-bot/2025-09.jsonl"] != b["proxy/support-bot/2025-09.jsonl"]


@pytest.mark.parametrize("records", [300, 5000])
def test_records_requested_are_the_calls_written(tmp_path, records):
    res = generate(tmp_path / "out", records=records, seed=1)
    manifest = _manifest(tmp_path / "out")
    assert res.calls == manifest["calls"] == records
    per_file = sum(
        f["calls"]
        for f in manifest["files"]
        if f["format"] not in ("openai_moderation", "openai_files", "openai_usage")
    )
    pilot = 24  # the pre-policy archive comes on top
    assert per_file == records + pilot


def test_formats_restrict_the_output(tmp_path):
    generate(tmp_path / "o", records=2000, seed=1, formats=["openai_chat_proxy"], one_file=True)
    files = sorted(
        p.relative_to(tmp_path / "o").as_posix() for p in (tmp_path / "o").rglob("*") if p.is_file()
    )
    assert files == ["MANIFEST.yaml", "README.md", "proxy/openai_chat_proxy.jsonl"]
    lines = (tmp_path / "o" / "proxy" / "openai_chat_proxy.jsonl").read_bytes().count(b"\n")
    assert lines == 2000


def test_cli_writes_and_reports(tmp_path, capsys):
    assert (
        main(
            [
                "--records",
                "200",
                "--seed",
                "2",
                "--formats",
                "openai_chat_proxy,litellm_payload",
                "--out",
                str(tmp_path / "x"),
            ]
        )
        == 0
    )
    assert "wrote 200 calls" in capsys.readouterr().out
    assert main(["--records", "10", "--formats", "nope", "--out", str(tmp_path / "y")]) == 2


def test_start_moves_the_window_and_the_company_facts(tmp_path):
    generate(tmp_path / "o", records=400, seed=1, start=__import__("datetime").date(2024, 1, 1))
    m = _manifest(tmp_path / "o")
    assert m["window"]["start"] == "2024-01-01" and m["window"]["end"] == "2024-05-01"
    assert "--start 2024-01-01" in m["generator"]["command"]
    assert any(f["path"].startswith("proxy/support-bot/2024-01") for f in m["files"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_file_is_read_as_its_format(small, fmt):
    pytest.importorskip(f"auditkit.loaders.{LOADER_MODULE[fmt]}")
    from auditkit import load_logs

    files = [f for f in _manifest(small)["files"] if f["format"] == fmt]
    assert files, f"no {fmt} file written"
    res = load_logs([small / f["path"] for f in files], timezone="Asia/Shanghai")
    readable = res.sources[res.sources["status"] != "skipped"]
    assert set(readable["format"]) == {fmt}
    assert int(readable["records"].sum()) + int(readable["rejects"].sum()) == int(
        readable["lines_read"].sum()
    )


def test_committed_sample_is_what_its_command_writes(tmp_path):
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^python -m auditkit\.samples .*$", readme, re.M).group(0)
    args = shlex.split(command)[3:]
    out = args.index("--out")
    args[out + 1] = str(tmp_path / args[out + 1])
    assert main(args) == 0
    committed, fresh = _content(SAMPLE), _content(tmp_path / "sample_logs")
    committed.pop("profile.yaml")  # hand-written from company.yaml, kept when the folder is regenerated
    assert sorted(committed) == sorted(fresh), "files differ: regenerate sample_logs with the README command"
    assert [k for k in committed if committed[k] != fresh[k]] == [], "regenerate sample_logs, never edit it"


def test_committed_sample_fits_in_5_mb():
    assert sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file()) <= 5_000_000


def test_leaked_key_is_in_exactly_the_documented_place():
    manifest = _manifest(SAMPLE)
    (case,) = [c for c in manifest["cases"] if c["case"] == "leaked_key"]
    hits = []
    for rel, data in _content(SAMPLE).items():
        for no, line in enumerate(data.splitlines(), 1):
            if re.search(rb"sk-proj-[A-Za-z0-9]{150,}", line):
                hits.append((rel, no))
    assert hits == [(case["path"].removesuffix(".gz") if False else case["path"], case["line"])]
    assert case["path"].startswith("litellm/pinecode/")


def test_the_deliberate_cases_are_present():
    t = _manifest(SAMPLE)["tallies"]
    for tag in (
        "pre_policy_record",
        "stored_completion",
        "zdr_breach_stored_completion",
        "stored_response",
        "zdr_breach_uploaded_file",
        "file_retained_over_30_days",
        "file_past_expires_at",
        "disclaimer_missing_first_reply",
        "pii:cn_id",
        "pii:bank_card",
        "pii:iban",
        "pii:email",
        "pii:cn_mobile",
        "near_miss:order_16",
        "moderation_flagged",
        "moderation_text_11",
        "moderation_omni_13",
        "hard_negative:violence",
    ):
        assert t.get(tag, {}).get("count", 0) > 0, tag
    cats = _manifest(SAMPLE)["policy_categories"]
    assert len(cats) >= 20
    calls = _manifest(SAMPLE)["calls"]
    assert sum(sum(v.values()) for v in cats.values()) < 0.1 * calls  # realistic low rates


def test_files_snapshots_show_a_deletion_and_a_file_past_expiry():
    first = (SAMPLE / "files/customer-support/files-2025-07-31.json").read_text(encoding="utf-8")
    second = (SAMPLE / "files/customer-support/files-2025-09-30.json").read_text(encoding="utf-8")
    assert "kb_shipping_2024.pdf" in first and "kb_shipping_2024.pdf" not in second
    assert '"snapshot_at": "2025-09-30T23:00:00Z"' in second
    assert (
        "campaign_copy_overnight_legacy.jsonl"
        in (SAMPLE / "files/marketing/files-2025-09-30.json").read_text()
    )


def test_pre_policy_records_and_rejects_load_as_documented():
    pytest.importorskip("auditkit.loaders.openai_chat")
    from auditkit import load_logs

    res = load_logs(SAMPLE / "proxy" / "archive")
    assert (res.records["event_time"] < "2023-03-01T00:00:00Z").all() and len(res.records) == 24
    expected = {
        (c["path"], c["line"], c["detail"].rsplit(": ", 1)[-1])
        for c in _manifest(SAMPLE)["cases"]
        if c["case"] == "malformed_line"
    }
    assert len(expected) >= 5
    for module in {"openai_chat", "litellm", "langfuse", "helicone", "oneapi"}:
        pytest.importorskip(f"auditkit.loaders.{module}")
    paths = sorted({SAMPLE / p for p, _, _ in expected})
    res = load_logs(paths, timezone="Asia/Shanghai")
    got = {
        (Path(f).relative_to(SAMPLE).as_posix(), int(line), reason)
        for f, line, reason in zip(
            res.rejects["source_file"], res.rejects["source_line"], res.rejects["reason"], strict=True
        )
    }
    assert got == expected


def test_the_whole_sample_loads_with_every_loader_present():
    for module in set(LOADER_MODULE.values()):
        pytest.importorskip(f"auditkit.loaders.{module}")
    from auditkit import load_logs

    res = load_logs(SAMPLE, timezone="Asia/Shanghai")
    assert len(res.rejects) == len([c for c in _manifest(SAMPLE)["cases"] if c["case"] == "malformed_line"])
    calls = res.records[res.records["record_kind"].isin(CALL_KINDS)]
    assert abs(len(calls) - _manifest(SAMPLE)["calls"]) <= 0.02 * _manifest(SAMPLE)["calls"] + 30
    assert res.duplicates.empty


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Set iteration order changes with PYTHONHASHSEED; nothing the generator draws may depend on it."""
    import os
    import subprocess
    import sys

    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "auditkit.samples",
                "--records",
                "300",
                "--seed",
                "5",
                "--out",
                str(tmp_path / seed / "s"),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
    assert _content(tmp_path / "1" / "s") == _content(tmp_path / "2" / "s")


def test_regenerating_keeps_the_profile(tmp_path):
    from auditkit.samples.generate import generate

    generate(tmp_path, records=5, seed=1)
    (tmp_path / "profile.yaml").write_text("organisation: {}\n")
    generate(tmp_path, records=5, seed=2)
    assert (tmp_path / "profile.yaml").read_text() == "organisation: {}\n"


def test_out_folder_with_other_files_is_never_emptied(tmp_path):
    """Regression: --out pointed at a folder of one's own files must not delete them."""
    from auditkit.errors import ParameterError
    from auditkit.samples.generate import generate

    mine = tmp_path / "notes.txt"
    mine.write_text("keep me")
    with pytest.raises(ParameterError, match="MANIFEST.yaml"):
        generate(tmp_path, records=5, seed=1)
    assert mine.read_text() == "keep me"
