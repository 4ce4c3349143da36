"""Inputs for the store tests: a slice of sample_logs (every cross-record case) and generated chat logs."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_logs"

#: September files of the sample that exercise every finalize case, rejects, gzip, a zip with members
#: that are not logs, and one file from another month.
SLICE = (
    "proxy/support-bot/2025-09.jsonl",
    "moderation/support-bot/2025-09.jsonl",
    "batch/copy-studio/2025-09-07_batch_d74fc0939d1e08e266347ccec17a6eb7",
    "batch/copy-studio/2025-09-14_batch_a739ada606380b8bbd858b880eaea6da",
    "files/marketing",
    "helicone/ask-chef-lin/helicone-export-2025-08.jsonl",
    "litellm/pinecode/2025-07.jsonl.gz",
    "chatgpt/legal-team-chatgpt-export.zip",
)


def build_slice(out: Path) -> Path:
    """Copy the slice into ``out``, plus an overlapping copy of the proxy log (duplicates) and an identical
    copy under another name (same content)."""
    for rel in SLICE:
        src = SAMPLE / rel
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst)
        else:
            shutil.copy2(src, dst)
    proxy = (SAMPLE / "proxy/support-bot/2025-09.jsonl").read_bytes().splitlines(keepends=True)
    (out / "proxy/overlap").mkdir(parents=True)
    (out / "proxy/overlap/2025-09-part.jsonl").write_bytes(b"".join(proxy[40:90]))
    (out / "proxy/zz-copy").mkdir(parents=True)
    shutil.copy2(SAMPLE / "proxy/support-bot/2025-09.jsonl", out / "proxy/zz-copy/same.jsonl")
    return out


@pytest.fixture(scope="session")
def slice_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_slice(tmp_path_factory.mktemp("slice") / "logs")


def make_chat_logs(out: Path, files: int, per_file: int, days: int = 3, seed: int = 0) -> list[Path]:
    """Chat-proxy JSONL files of ``per_file`` calls each over ``days`` days, built from the sample's calls
    (real EN/ZH content, policy hits and personal data) with fresh ids and times."""
    templates = [
        orjson.loads(line)
        for line in (SAMPLE / "proxy/support-bot/2025-09.jsonl").read_bytes().splitlines()
        if line.strip()
    ]
    base = 1_759_276_800  # 2025-10-01T00:00:00Z
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    n = 0
    for f in range(files):
        lines = []
        for _ in range(per_file):
            rec = orjson.loads(orjson.dumps(templates[(n * 7 + seed) % len(templates)]))
            t = base + (n * 86_400 * days) // (files * per_file)
            rec["logged_at"] = _iso(t)
            rec["x_request_id"] = f"req_{seed:02d}{n:012d}"
            rec["proxy_request_id"] = f"px-{seed:02d}{n:010d}"
            if isinstance(rec.get("response"), dict):
                rec["response"]["id"] = f"chatcmpl-gen{seed:02d}{n:010d}"
                rec["response"]["created"] = t
            lines.append(orjson.dumps(rec))
            n += 1
        path = out / f"proxy-{f:02d}.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        paths.append(path)
    return paths


def _iso(t: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture(scope="session")
def slice_store(slice_logs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The slice ingested once (local engine) for the read-only tests."""
    from auditkit.store import ingest

    root = tmp_path_factory.mktemp("slice-store") / "store"
    ingest(slice_logs, root)
    return root


@pytest.fixture(scope="session")
def slice_loaded(slice_logs: Path):
    from auditkit.load import load_logs

    return load_logs(slice_logs)
