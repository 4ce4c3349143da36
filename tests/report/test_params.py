"""Parameters: the typed contract, periods, secrets."""

from __future__ import annotations

import datetime as dt

import pytest

from auditkit.errors import ParameterError
from auditkit.report.params import (
    NAMES,
    REDACTED,
    SPECS,
    is_secret_name,
    parse_period,
    previous_period,
    scrub,
    secret_values,
    validate,
)

AS_OF = dt.date(2025, 10, 15)


def test_defaults_validate_and_round_trip():
    p = validate()
    assert p.to_dict() == {s.name: s.default for s in SPECS}
    assert validate(p.to_dict()) == p


def test_strings_from_the_command_line_are_coerced():
    p = validate({"redact": "false", "exceptions_sample": "10", "logs": "a/b", "previous_logs": '["x", "y"]'})
    assert (p.redact, p.exceptions_sample, p.logs, p.previous_logs) == (False, 10, ("a/b",), ("x", "y"))


def test_unknown_name_suggests_the_known_one():
    with pytest.raises(ParameterError, match="did you mean 'as_of'") as err:
        validate({"as_off": "2025-10-15"})
    assert err.value.name == "as_off" and "period_start" in str(err.value)


@pytest.mark.parametrize(
    "bad",
    [
        {"lang": "de"},
        {"period_start": "2025-9-1"},
        {"exceptions_sample": -1},
        {"exceptions_sample": True},
        {"logs": []},
        {"logs": [1]},
        {"timezone": "Mars/Base"},
        {"generated_at": "yesterday"},
        {"organisation": 3},
    ],
)
def test_bad_values_fail(bad):
    with pytest.raises(ParameterError):
        validate(bad)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-09", "2025-09-01", "2025-09-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-W38", "2025-09-15", "2025-09-21"),
        ("last-month", "2025-09-01", "2025-09-30"),
        ("last-week", "2025-10-06", "2025-10-12"),
        ("2025-09-03", "2025-09-03", "2025-09-03"),
        ("2025-09-03..2025-09-10", "2025-09-03", "2025-09-10"),
    ],
)
def test_periods(text, start, end):
    assert parse_period(text, AS_OF) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_last_month_in_january_is_december():
    assert parse_period("last-month", dt.date(2026, 1, 1)) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize("text", ["2025-13", "2025-W60", "soon", "2025-09-10..2025-09-01", ""])
def test_bad_periods(text):
    with pytest.raises(ParameterError, match="period"):
        parse_period(text, AS_OF)


def test_previous_period():
    assert previous_period(dt.date(2025, 3, 1), dt.date(2025, 3, 31)) == (
        dt.date(2025, 2, 1),
        dt.date(2025, 2, 28),
    )
    assert previous_period(dt.date(2025, 9, 15), dt.date(2025, 9, 21)) == (
        dt.date(2025, 9, 8),
        dt.date(2025, 9, 14),
    )


@pytest.mark.parametrize("name", ["api_key", "openai_token", "SECRET", "db_password", "auth_header"])
def test_secret_names(name):
    assert is_secret_name(name)


def test_no_report_parameter_is_named_like_a_secret():
    assert not [n for n in NAMES if is_secret_name(n)]


def test_secret_values_cover_named_secrets_and_detected_credentials():
    key = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"
    found = secret_values({"api_token": "hunter2!", "logs": [f"s3://bucket/{key}/x.jsonl"], "lang": "en"})
    assert "hunter2!" in found and key in found and "en" not in found


def test_scrub_replaces_raw_html_and_json_forms():
    secret = 'a<b>&"c'
    escaped = "a&lt;b&gt;&amp;&quot;c"
    text = f'{secret} {escaped} "a<b>&\\"c"'
    assert secret not in scrub(text, [secret]) and scrub(text, [secret]).count(REDACTED) == 3


def test_public_hides_credentials_inside_values():
    key = "ghp_Zx8Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk8Lz0Xc2V"
    p = validate({"logs": [f"exports/{key}/"], "organisation": "Acme"})
    assert p.public()["logs"] == [f"exports/{REDACTED}/"] and p.public()["organisation"] == "Acme"
