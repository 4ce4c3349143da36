"""auditkit.profile: loading, validation errors that name the file and the key, and matching."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd
import pytest
import yaml

from auditkit.errors import ConfigError, UnknownNameError
from auditkit.profile import UNASSIGNED, Profile, default_profile, load_profile, parse_profile
from tests.retention.conftest import DATA, make_records

ROOT = Path(__file__).parent.parent

APP = {
    "name": "A",
    "owner": "a@x.test",
    "consumer_facing": False,
    "domain": "general",
    "chatbot": False,
    "match": [{"project_id": "p1"}],
}


def _write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def _error(tmp_path: Path, doc: dict) -> ConfigError:
    path = _write(tmp_path, doc)
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    return info.value


# ---- loading ------------------------------------------------------------------------------------------


def test_small_profile_loads_with_defaults():
    p = load_profile(DATA / "profile_small.yaml")
    assert p.names == ("Chat", "Health", "Coder", "Persona", "Gateway")
    org = p.organisation
    assert (org.log_retention_days, org.stored_retention_days, org.file_retention_days) == (30.0, 30.0, 30.0)
    assert org.provider_region is None and org.region_metadata_key == "region"
    health = p.application("Health")
    assert health.zero_data_retention and health.zero_data_retention_since == pd.Timestamp(
        "2025-06-01", tz="UTC"
    )
    coder = p.application("Coder")
    assert coder.data_sharing_opt_in and coder.data_sharing_since == pd.Timestamp("2025-07-01", tz="UTC")
    assert p.application("Chat").data_sharing_opt_in is False
    assert p.application("Gateway").discloses_ai is None
    assert p.application(UNASSIGNED) is None


def test_profile_is_frozen_and_pickles():
    p = load_profile(DATA / "profile_small.yaml")
    with pytest.raises(AttributeError):
        p.applications = ()  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(p)) == p


def test_unknown_application_name_lists_known():
    with pytest.raises(UnknownNameError, match="Chat"):
        load_profile(DATA / "profile_small.yaml").application("Nope")


def test_retention_periods_default_to_the_log_period(tmp_path):
    p = load_profile(_write(tmp_path, {"organisation": {"log_retention_days": 14}, "applications": [APP]}))
    assert (p.organisation.stored_retention_days, p.organisation.file_retention_days) == (14.0, 14.0)
    assert load_profile(_write(tmp_path, {"applications": []})).organisation.log_retention_days == 30.0


def test_sharing_true_without_date(tmp_path):
    p = load_profile(_write(tmp_path, {"applications": [{**APP, "data_sharing_opt_in": True}]}))
    assert p.applications[0].data_sharing_opt_in and p.applications[0].data_sharing_since is None


def test_sample_profile_is_valid():
    p = load_profile(ROOT / "sample_logs" / "profile.yaml")
    assert len(p.applications) == 9
    assert p.application("WellPine").zero_data_retention
    assert p.application("PineCode").data_sharing_since == pd.Timestamp("2025-07-14", tz="UTC")
    assert p.application("Ask Chef Lin").simulates_person


def test_default_profile():
    p = default_profile()
    assert p.applications == () and p.organisation.log_retention_days == 30.0


# ---- validation errors name the file and the key ------------------------------------------------------


def test_unknown_top_level_key(tmp_path):
    err = _error(tmp_path, {"applications": [], "retention": 5})
    assert err.key == "retention" and "unknown key" in str(err)


def test_unknown_application_key(tmp_path):
    err = _error(tmp_path, {"applications": [APP, {**APP, "name": "B", "colour": "red"}]})
    assert err.key == "applications[1].colour"


def test_unknown_organisation_key(tmp_path):
    err = _error(tmp_path, {"organisation": {"retention": 30}, "applications": []})
    assert err.key == "organisation.retention"


def test_unknown_match_key(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "match": [{"project": "p1"}]}]})
    assert err.key == "applications[0].match[0].project"


def test_bad_type_flag(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "chatbot": "sometimes"}]})
    assert err.key == "applications[0].chatbot" and "true or false" in str(err)


def test_bad_type_days(tmp_path):
    err = _error(tmp_path, {"organisation": {"log_retention_days": "thirty"}, "applications": []})
    assert err.key == "organisation.log_retention_days"
    err = _error(tmp_path, {"organisation": {"log_retention_days": 0}, "applications": []})
    assert err.key == "organisation.log_retention_days"


def test_bad_type_regions(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "user_regions": "US"}]})
    assert err.key == "applications[0].user_regions"
    err = _error(tmp_path, {"applications": [{**APP, "user_regions": ["US", "europe"]}]})
    assert err.key == "applications[0].user_regions[1]"


def test_unknown_domain(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "domain": "medicine"}]})
    assert err.key == "applications[0].domain"
    assert "medical, financial, legal, news, general" in str(err)


def test_missing_required_key(tmp_path):
    app = {k: v for k, v in APP.items() if k != "owner"}
    assert _error(tmp_path, {"applications": [app]}).key == "applications[0].owner"


def test_bad_sharing_date(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "data_sharing_opt_in": "soon"}]})
    assert err.key == "applications[0].data_sharing_opt_in"


def test_duplicate_and_reserved_names(tmp_path):
    assert _error(tmp_path, {"applications": [APP, APP]}).key == "applications[1].name"
    assert _error(tmp_path, {"applications": [{**APP, "name": UNASSIGNED}]}).key == "applications[0].name"


def test_empty_match(tmp_path):
    assert _error(tmp_path, {"applications": [{**APP, "match": []}]}).key == "applications[0].match"
    assert _error(tmp_path, {"applications": [{**APP, "match": [{}]}]}).key == "applications[0].match[0]"


def test_unreadable_and_invalid_yaml(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_profile(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("applications: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_profile(bad)


def test_config_error_pickles(tmp_path):
    err = _error(tmp_path, {"applications": [{**APP, "domain": "medicine"}]})
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.key == err.key


# ---- matching ------------------------------------------------------------------------------------------


def _profile(*apps: dict) -> Profile:
    return parse_profile({"applications": list(apps)}, "<test>")


def test_match_by_each_condition():
    p = _profile(
        {**APP, "name": "ByProject", "match": [{"project_id": "p1"}]},
        {**APP, "name": "ByKey", "match": [{"api_key_id": ["key_a", "key_b"]}]},
        {**APP, "name": "ByModel", "match": [{"model": "gpt-4o-mini*"}]},
        {**APP, "name": "ByMeta", "match": [{"metadata": {"app": "wellpine", "tier": 2}}]},
        {**APP, "name": "ByFile", "match": [{"source_file": "*/files/marketing/*"}]},
        {**APP, "name": "ByFormat", "match": [{"source_format": "chatgpt_export"}]},
    )
    r = make_records(
        {"project_id": "p1", "api_key_id": "key_a"},  # project wins (first in file)
        {"api_key_id": "key_b"},
        {"model": "gpt-4o-mini-2024-07-18"},
        {"model_requested": "gpt-4o-mini"},  # the alias matches too
        {"metadata_json": {"app": "wellpine", "tier": 2}},
        {"metadata_json": {"app": "wellpine", "tier": 3}},  # tier differs
        {"metadata_json": {"nested": {"app": "wellpine", "tier": 2}}},  # not top level
        {"source_file": "/data/files/marketing/files-2025-07-31.json"},
        {"source_format": "chatgpt_export", "record_kind": "conversation_message"},
        {"model": "gpt-4o"},  # nothing matches
    )
    got = p.match(r).tolist()
    assert got == [
        "ByProject",
        "ByKey",
        "ByModel",
        "ByModel",
        "ByMeta",
        UNASSIGNED,
        UNASSIGNED,
        "ByFile",
        "ByFormat",
        UNASSIGNED,
    ]


def test_match_all_conditions_of_an_entry_must_hold():
    p = _profile({**APP, "match": [{"project_id": "p1", "model": "gpt-4o"}]})
    r = make_records(
        {"project_id": "p1", "model": "gpt-4o"}, {"project_id": "p1", "model": "gpt-4.1"}, {"model": "gpt-4o"}
    )
    assert p.match(r).tolist() == ["A", UNASSIGNED, UNASSIGNED]


def test_match_first_application_in_file_order_wins():
    p = _profile(
        {**APP, "name": "Specific", "match": [{"api_key_id": "key_9"}]},
        {**APP, "name": "Project", "match": [{"project_id": "p1"}]},
    )
    r = make_records({"project_id": "p1", "api_key_id": "key_9"}, {"project_id": "p1", "api_key_id": "key_1"})
    assert p.match(r).tolist() == ["Specific", "Project"]
    q = _profile(
        {**APP, "name": "Project", "match": [{"project_id": "p1"}]},
        {**APP, "name": "Specific", "match": [{"api_key_id": "key_9"}]},
    )
    assert q.match(r).tolist() == ["Project", "Project"]


def test_match_metadata_glob_and_bad_json():
    p = _profile({**APP, "match": [{"metadata": {"app": "pine-*"}}]})
    r = make_records(
        {"metadata_json": {"app": "pine-assist"}},
        {"metadata_json": "{not json"},
        {"metadata_json": {"application": "pine-assist"}},
        {},
    )
    assert p.match(r).tolist() == ["A", UNASSIGNED, UNASSIGNED, UNASSIGNED]


def test_match_keeps_index_and_dtype():
    r = make_records({"project_id": "p1"}, {"project_id": "p2"})
    r.index = [10, 20]
    got = _profile(APP).match(r)
    assert list(got.index) == [10, 20] and got.dtype == "string[pyarrow]" and got.name == "application"


def test_match_empty_frame():
    assert _profile(APP).match(make_records()).empty
