"""Fixtures of the report tests: a pinned kernel, logs with planted payloads, and one executed report that
every test that only inspects it shares (session scope keeps `make test` short)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_logs"
ARTIFACTS = ROOT / "test-artifacts" / "report"
KERNEL = "auditkit-test-python3"
GENERATED_AT = "2025-10-16T02:00:00+00:00"
#: A credential-looking value hidden in an input path: it must never appear in a report, notebook or manifest.
SECRET = "ghp_Zx8Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk8Lz0Xc2V"
#: Planted payloads: each would set window.__xss (or open a dialog) if it ever executed.
PAYLOADS = {
    "script": "<script>window.__xss=1</script>",
    "img": '<img src=x onerror="window.__xss=2">',
    "link": '[click](javascript:window.__xss=3) <a href="javascript:window.__xss=3">go</a>',
    "svg": '<svg onload="window.__xss=4"></svg>',
    "latex": "$$\\unicode{x3c}script\\unicode{x3e}$$ **bold** <b>b</b>",
}
FILE_PAYLOAD = "<img src=x onerror=window.__xss=5>"
USER_PAYLOAD = "<script>window.__xss=6</script>@evil.example"
MODEL_PAYLOAD = 'gpt-4o"><img src=x onerror=window.__xss=7>'


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory) -> str:
    """A kernelspec for this interpreter in a temporary Jupyter path: papermill runs exactly this Python."""
    base = tmp_path_factory.mktemp("jupyter")
    spec = base / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "auditkit tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(base), os.environ.get("JUPYTER_PATH")]))
    return KERNEL


def _proxy_line(i: int, prompt: str, user: str, model: str) -> str:
    return json.dumps(
        {
            "logged_at": f"2025-09-1{i}T08:00:00.000Z",
            "proxy_request_id": f"px-planted{i}",
            "http_status": 200,
            "x_request_id": f"req_planted{i}",
            "project_id": "proj_planted",
            "api_key_id": f"key_planted{i}",
            "request": {
                "model": model,
                "safety_identifier": user,
                "messages": [{"role": "user", "content": prompt}],
            },
            "response": {
                "id": f"chatcmpl-planted{i}",
                "object": "chat.completion",
                "created": 1757577600 + i,
                "model": model,
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": prompt}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
            },
        },
        ensure_ascii=False,
    )


@pytest.fixture(scope="session")
def planted_logs(tmp_path_factory) -> Path:
    """A folder (named with a credential) holding a chat-proxy file whose name, prompts, users and models
    carry XSS payloads, plus a malformed line that carries one into the rejects table."""
    folder = tmp_path_factory.mktemp("planted") / f"export-{SECRET}"
    folder.mkdir()
    lines = [
        _proxy_line(i, f"How do I kill a process? {p} 杀掉进程", USER_PAYLOAD, MODEL_PAYLOAD)
        for i, p in enumerate(PAYLOADS.values())
    ]
    lines.append('{"logged_at": "2025-09-20T00:00:00Z", "broken": "' + PAYLOADS["script"])
    (folder / f"proxy-{FILE_PAYLOAD}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def report_params(planted: Path, lang: str, **extra) -> dict:
    params = {
        "logs": [str(SAMPLE), str(planted)],
        "period_start": "2025-09-01",
        "period_end": "2025-09-30",
        "as_of": "2025-10-15",
        "profile": str(SAMPLE / "profile.yaml") if (SAMPLE / "profile.yaml").exists() else "",
        "lang": lang,
        "previous_logs": [str(SAMPLE)],
        "generated_at": GENERATED_AT,
    }
    params.update(extra)
    return params


@pytest.fixture(scope="session")
def report_en(tmp_path_factory, kernel_name, planted_logs):
    """One English report of September 2025 on the sample logs plus the planted payloads."""
    from auditkit.report.run import run_report

    out = tmp_path_factory.mktemp("reports") / "2025-09"
    return run_report(report_params(planted_logs, "en"), out, kernel_name=kernel_name)


@pytest.fixture(scope="session")
def report_zh(tmp_path_factory, kernel_name, planted_logs):
    """The same report in Chinese."""
    from auditkit.report.run import run_report

    out = tmp_path_factory.mktemp("reports-zh") / "2025-09-zh"
    return run_report(report_params(planted_logs, "zh"), out, kernel_name=kernel_name)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def copy_artifact(path: Path, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, ARTIFACTS / name)
