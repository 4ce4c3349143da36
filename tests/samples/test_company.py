"""The company is data: every application states the facts the retention audit's profile needs."""

from __future__ import annotations

import datetime as dt

import pytest

from auditkit.errors import ConfigError
from auditkit.samples.company import company_path, load_company
from auditkit.samples.content import load_content

FACTS = {
    "name",
    "owner",
    "project_id",
    "api_keys",
    "models",
    "consumer_facing",
    "domain",
    "chatbot",
    "zero_data_retention",
    "data_sharing_opt_in",
    "baa_signed",
    "user_regions",
    "log_formats",
}


def test_every_application_states_the_profile_facts():
    company = load_company()
    assert len(company.apps) >= 5
    for app in company.apps:
        assert set(app.facts) >= FACTS, app.id
    projects = {p["id"] for p in company.projects}
    assert {a.project_id for a in company.apps if a.project_id} <= projects
    assert any(p["retention"] == "zero_data_retention" for p in company.projects)
    assert company.app("coding_assistant").facts["data_sharing_opt_in"] == "2025-07-14"


def test_start_shifts_dated_facts_but_not_the_pilot():
    company = load_company(dt.date(2025, 7, 1))
    assert company.app("coding_assistant").facts["data_sharing_opt_in"] == "2025-08-13"
    assert company.snapshots[0] == dt.datetime(2025, 8, 30, 23, tzinfo=dt.UTC)
    assert str(company.pilot["last"]) == "2023-02-24"


def test_unknown_keys_are_rejected_with_file_and_key(tmp_path):
    bad = tmp_path / "company.yaml"
    bad.write_text(
        company_path().read_text(encoding="utf-8").replace("days: 122", "days: 122\nfoo: 1"), encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="foo"):
        load_company(path=bad)


def test_every_application_has_content_in_its_languages():
    for app in load_company().apps:
        content = load_content(app.id)
        assert content.exchanges, app.id
        langs = {e.lang for e in content.exchanges}
        assert langs, app.id
