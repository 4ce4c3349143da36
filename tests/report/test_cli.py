"""`auditkit report`: arguments, exit codes, the on-failure hook."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from auditkit.cli.main import build_parser, main
from auditkit.cli.report_cmd import parameters_from_args

from .conftest import SAMPLE

SMALL = str(SAMPLE / "proxy" / "support-bot")


def _args(*extra: str):
    return build_parser().parse_args(["report", "--logs", SMALL, "--out", "x", *extra])


def test_period_relative_to_as_of_and_extra_parameters():
    p = parameters_from_args(
        _args(
            "--period",
            "last-month",
            "--as-of",
            "2025-10-15",
            "-p",
            "exceptions_seed",
            "3",
            "--no-redact",
            "--lang",
            "zh",
        ),
        dt.date(2030, 1, 1),
    )
    assert (p["period_start"], p["period_end"], p["as_of"]) == ("2025-09-01", "2025-09-30", "2025-10-15")
    assert p["exceptions_seed"] == "3" and p["redact"] is False and p["lang"] == "zh"


def test_as_of_defaults_to_today():
    p = parameters_from_args(_args("--period", "last-week"), dt.date(2025, 10, 15))
    assert (p["period_start"], p["period_end"], p["as_of"]) == ("2025-10-06", "2025-10-12", "2025-10-15")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--period", "2025-13"], "period"),
        (["--period", "2025-09", "-p", "perod_end", "2025-09-30"], "did you mean 'period_end'"),
        (["--period", "2025-09", "--lang", "fr"], "'en' or 'zh'"),
        (["--period", "2025-09", "-p", "exceptions_sample", "lots"], "a whole number"),
    ],
)
def test_bad_arguments_exit_2_before_running(tmp_path, capsys, extra, message):
    out = tmp_path / "out"
    code = main(["report", "--logs", SMALL, "--out", str(out), *extra])
    assert code == 2 and message in capsys.readouterr().err
    assert not out.exists()


def test_secret_in_an_unknown_parameter_is_not_echoed(tmp_path, capsys):
    code = main(
        [
            "report",
            "--logs",
            SMALL,
            "--period",
            "2025-09",
            "--out",
            str(tmp_path / "o"),
            "-p",
            "api_key",
            "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd",
        ]
    )
    assert code == 2 and "AbCdEfGh" not in capsys.readouterr().err


def test_on_failure_hook_gets_the_facts_in_its_environment(tmp_path):
    record = tmp_path / "hook.txt"
    code = main(
        [
            "report",
            "--logs",
            str(tmp_path / "missing"),
            "--period",
            "2025-09",
            "--out",
            str(tmp_path / "o"),
            "--on-failure",
            f'echo "$AUDITKIT_STATUS $AUDITKIT_EXIT_CODE" > {record}',
        ]
    )
    assert code == 2 and record.read_text().split() == ["not_run", "2"]


def test_failed_run_exits_3_with_a_failure_page(tmp_path, kernel_name, capsys):
    profile = tmp_path / "bad-profile.yaml"
    profile.write_text("unknown_key: 1\n", encoding="utf-8")
    out = tmp_path / "reports" / "2025-09"
    code = main(
        [
            "report",
            "--logs",
            SMALL,
            "--period",
            "2025-09",
            "--as-of",
            "2025-10-15",
            "--profile",
            str(profile),
            "--out",
            str(out),
            "--kernel",
            kernel_name,
            "--on-failure",
            f"touch {tmp_path / 'alerted'}",
        ]
    )
    assert code == 3 and "failure" in (out / "audit_report.html").read_text(encoding="utf-8")
    assert (tmp_path / "alerted").exists()
    assert json.loads((out / "manifest.json").read_text())["status"] == "failed"


@pytest.mark.slow
def test_run_prints_the_html_path_and_exits_1_on_rejected_records(tmp_path, kernel_name, capsys):
    out = tmp_path / "reports" / "2025-08"
    code = main(
        [
            "report",
            "--logs",
            SMALL,
            "--period",
            "2025-08",
            "--as-of",
            "2025-10-15",
            "--out",
            str(out),
            "--kernel",
            kernel_name,
            "--lang",
            "zh",
        ]
    )
    assert code == 1  # the sample's support-bot export has a truncated line
    printed = capsys.readouterr()
    assert printed.out.strip() == str(out / "audit_report.html")
    assert "Records in the period:" in printed.err  # the summary goes to people, on stderr
    assert "2025-08-01 – 2025-08-31" in (out.parent / "index.html").read_text(encoding="utf-8")
