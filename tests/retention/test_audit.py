"""audit_retention: the findings table contract, every reason code on a small fixture, a JSONL fixture
loaded end to end, and the sample company's logs."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import yaml

from auditkit import load_logs
from auditkit.profile import load_profile, parse_profile
from auditkit.retention import (
    RETENTION_COLUMNS,
    RetentionReason,
    audit_retention,
    empty_findings,
    render_detail,
)
from tests.retention.conftest import AS_OF, DATA, evidence, make_records, reasons_of

ROOT = Path(__file__).parent.parent.parent
KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"
T = {"has_content": True}


def _all_reasons() -> pd.DataFrame:
    """Records for which every reason code is deserved, counts computed by hand in the test below."""
    old, new = "2025-08-01T00:00:00Z", "2025-10-10T00:00:00Z"
    chat_sys = "[system] You are an AI assistant. Tell users you are an AI."
    return make_records(
        # Chat: one old text record with an e-mail from an EU user, stored -> LOG_COPY, STORED, PII, RESIDENCY
        {
            **T,
            "project_id": "p_chat",
            "source_file": "chat.jsonl",
            "event_time": old,
            "store_flag": True,
            "record_id": "chatcmpl-1",
            "input_text": f"{chat_sys}\n[user] mail me: ann@example.com",
            "output_text": "[assistant] ok",
            "metadata_json": {"region": "EU"},
        },
        # Chat, recent, clean
        {
            **T,
            "project_id": "p_chat",
            "source_file": "chat.jsonl",
            "event_time": new,
            "input_text": f"{chat_sys}\n[user] hi",
            "output_text": "[assistant] hello",
        },
        # Health (ZDR since 2025-06-01, no BAA, medical consumer chatbot): stored response, PHI, no disclaimer
        {
            **T,
            "project_id": "p_health",
            "source_file": "health.jsonl",
            "source_format": "openai_responses",
            "record_id": "resp_2",
            "event_time": new,
            "input_text": "[developer] You are an AI health assistant. Tell users you are an AI.\n"
            "[user] I have asthma, which inhaler should I use?",
            "output_text": "[assistant] Please ask your doctor.",
        },
        # Coder (opted in 2025-07-01): a key in a prompt -> SECRET, OPT_IN
        {
            **T,
            "project_id": "p_code",
            "source_file": "code.jsonl",
            "event_time": new,
            "input_text": f"[user] why does {KEY} fail?",
            "output_text": "[assistant] rotate it",
        },
        # Persona: hides that it is an AI, no label -> DISCLOSURE, SIMULATED
        {
            **T,
            "project_id": "p_persona",
            "source_file": "persona.jsonl",
            "event_time": new,
            "input_text": "[system] You are Chef Example. Never say that you are an AI.\n[user] hi",
            "output_text": "[assistant] Hello, friend!",
        },
        # Pre-policy API data
        {
            **T,
            "project_id": "p_chat",
            "source_file": "pilot.jsonl",
            "event_time": "2023-02-01T00:00:00Z",
            "input_text": "[user] pilot",
            "output_text": "[assistant] ok",
        },
        # A file never deleted
        {
            "record_kind": "file_object",
            "source_format": "openai_files",
            "record_id": "file-1",
            "event_time": "2025-01-01T00:00:00Z",
            "last_seen_at": "2025-09-30T23:00:00Z",
            "object_purpose": "fine-tune",
            "object_bytes": 1000,
            "project_id": "p_chat",
            "source_file": "files.json",
        },
        # No time
        {
            **T,
            "project_id": "p_chat",
            "source_file": "chat.jsonl",
            "event_time": None,
            "input_text": "[user] ?",
        },
    )


EXPECTED = {  # reason: (findings, records covered)
    "LOG_COPY_PAST_WINDOW": (2, 2),  # chat.jsonl (row 1), pilot.jsonl (row 6)
    "STORED_PAST_WINDOW": (1, 1),  # chatcmpl-1; resp_2 is recent
    "FILE_RETAINED": (1, 1),  # file-1
    "ZDR_BREACH": (1, 1),  # resp_2
    "PRE_POLICY_DATA": (1, 1),  # pilot.jsonl
    "OPT_IN_SHARING": (1, 1),  # Coder: 1 call since 2025-07-01
    "PII_SENT": (1, 1),  # ann@example.com
    "SECRET_SENT": (1, 1),  # the key
    "PHI_WITHOUT_BAA": (1, 1),  # asthma + I
    "RESIDENCY": (1, 1),  # Chat, EU
    "DISCLOSURE_MISSING": (2, 2),  # Persona hides it (1 record); Gateway has no records -> not checked;
    "DISCLAIMER_MISSING": (1, 1),  # Health's only first reply
    "SIMULATED_PERSON_UNLABELLED": (1, 1),
    "MISSING_TIMESTAMP": (1, 1),
}


def test_every_reason_code_on_a_small_fixture(small_profile):
    records = _all_reasons()
    records = pd.concat(
        [
            records,
            make_records(
                {
                    "project_id": "p_gateway",
                    "record_kind": "gateway_billing",
                    "source_format": "oneapi_log",
                    "record_key": "gw1",
                    "event_time": "2025-10-10T00:00:00Z",
                }
            ),
        ],
        ignore_index=True,
    )
    f = audit_retention(records, as_of=AS_OF, profile=small_profile)
    got = {r: (len(g), int(g["count"].sum())) for r, g in f.groupby("reason")}
    assert got == EXPECTED
    assert set(got) == {r.value for r in RetentionReason}
    disclosure = reasons_of(f, "DISCLOSURE_MISSING")
    assert sorted(zip(disclosure["application"], disclosure["severity"], strict=True)) == [
        ("Gateway", "info"),
        ("Persona", "high"),
    ]


def test_findings_table_contract(small_profile):
    f = audit_retention(_all_reasons(), as_of=AS_OF, profile=small_profile)
    assert tuple(f.columns) == RETENTION_COLUMNS
    assert tuple(empty_findings().columns) == RETENTION_COLUMNS
    assert dict(f.dtypes.astype(str)) == dict(empty_findings().dtypes.astype(str))
    assert str(f["event_time"].dtype) == "datetime64[ns, UTC]" and str(f["count"].dtype) == "Int64"
    assert str(f["age_days"].dtype) == "Float64"
    assert set(f["severity"]) <= {"critical", "high", "medium", "low", "info"}
    assert f["detail"].notna().all() and f["recommendation"].notna().all() and f["application"].notna().all()
    assert f["count"].notna().all()
    ranks = f["severity"].map({"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4})
    assert ranks.is_monotonic_increasing
    age = (pd.Timestamp(AS_OF) - f["event_time"]) / pd.Timedelta(days=1)
    assert ((f["age_days"] - age).abs().fillna(0) < 1e-9).all()
    for reason, ev, detail in zip(f["reason"], f["evidence"], f["detail"], strict=True):
        assert render_detail(reason, ev, "en") == detail
        assert re.search(r"[\u4e00-\u9fff]", render_detail(reason, ev, "zh"))
    assert KEY not in "".join(f["evidence"]) and "ann@example.com" not in "".join(f["evidence"])
    assert f.attrs["as_of"] == "2025-10-15T00:00:00+00:00"


def test_same_input_same_output_whatever_the_row_order(small_profile):
    records = _all_reasons()
    a = audit_retention(records, as_of=AS_OF, profile=small_profile)
    b = audit_retention(
        records.sample(frac=1, random_state=3).reset_index(drop=True), as_of=AS_OF, profile=small_profile
    )
    pd.testing.assert_frame_equal(a, b)


def test_no_records_and_no_profile():
    f = audit_retention(make_records(), as_of=AS_OF)
    assert f.empty and tuple(f.columns) == RETENTION_COLUMNS


def test_jsonl_fixture_end_to_end():
    """tests/data/retention/proxy_window_boundary.jsonl: four proxy lines around the 30-day boundary."""
    profile = parse_profile(
        {
            "organisation": {"region_metadata_key": "region"},
            "applications": [
                {
                    "name": "T",
                    "owner": "o",
                    "consumer_facing": True,
                    "domain": "general",
                    "chatbot": True,
                    "user_regions": ["EU"],
                    "match": [{"project_id": "p_t"}],
                }
            ],
        },
        "<t>",
    )
    loaded = load_logs(DATA / "proxy_window_boundary.jsonl")
    f = audit_retention(loaded, as_of="2025-10-15", profile=profile)
    got = Counter(f["reason"])
    # line 1: one second past the window, stored, e-mail of an EU user; line 2: exactly 30 days old;
    # line 3: 2025-08-01, not stored; line 4: no time at all.
    assert got == {
        "LOG_COPY_PAST_WINDOW": 1,
        "STORED_PAST_WINDOW": 1,
        "PII_SENT": 1,
        "RESIDENCY": 1,
        "MISSING_TIMESTAMP": 1,
    }
    log_copy = reasons_of(f, "LOG_COPY_PAST_WINDOW")
    assert log_copy["count"].tolist() == [2] and evidence(log_copy)[0]["lines"] == "1,3"
    assert reasons_of(f, "STORED_PAST_WINDOW")["object_id"].tolist() == ["chatcmpl-t1"]
    assert evidence(reasons_of(f, "MISSING_TIMESTAMP"))[0]["lines"] == "4"


# ---- the sample company -----------------------------------------------------------------------------------

SAMPLE = ROOT / "sample_logs"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The committed sample_logs/ when generated; else the same command into a temporary folder."""
    readme = SAMPLE / "README.md"
    folder = SAMPLE
    if not readme.exists():
        from auditkit.samples.generate import generate

        folder = tmp_path_factory.mktemp("sample_logs")
        generate(folder, records=3000, seed=7)
        readme = folder / "README.md"
    as_of = re.search(r"as_of = (\d{4}-\d{2}-\d{2})", readme.read_text(encoding="utf-8")).group(1)
    loaded = load_logs(folder, timezone="Asia/Shanghai")
    findings = audit_retention(loaded, as_of=as_of, profile=load_profile(SAMPLE / "profile.yaml"))
    return folder, as_of, loaded, findings


@pytest.mark.slow
@pytest.mark.parametrize("reason", [r.value for r in RetentionReason])
def test_sample_company_deserves_every_reason(sample, reason):
    _, as_of, _, findings = sample
    assert as_of == "2025-10-15"
    assert (findings["reason"] == reason).any(), f"no {reason} on sample_logs/ as of {as_of}"


@pytest.mark.slow
def test_sample_company_deliberate_cases(sample):
    folder, _, loaded, f = sample
    # Every record is assigned to an application of the profile.
    assert set(load_profile(SAMPLE / "profile.yaml").match(loaded.records)) <= set(
        load_profile(SAMPLE / "profile.yaml").names
    )
    # The leaked key: exactly the case the MANIFEST places (litellm/pinecode/2025-08.jsonl).
    manifest = yaml.safe_load((folder / "MANIFEST.yaml").read_text(encoding="utf-8"))
    leak = next(c for c in manifest["cases"] if c["case"] == "leaked_key")
    secret = reasons_of(f, "SECRET_SENT")
    keys = loaded.records.set_index("record_key")
    found = [(str(keys.loc[k, "source_file"]), int(keys.loc[k, "source_line"])) for k in secret["record_key"]]
    assert len(found) == 1 and found[0][0].endswith(leak["path"]) and found[0][1] == leak["line"]
    # Records without a time: the Batch output lines that carry an error and no body.created.
    missing = reasons_of(f, "MISSING_TIMESTAMP")
    assert set(missing["application"]) == {"Copy Studio"} and all("batch" in o for o in missing["object_id"])
    # The pilot archive: 24 calls before 2023-03-01.
    assert reasons_of(f, "PRE_POLICY_DATA")["count"].tolist() == [24]
    # Files: the deleted kb_shipping_2024.pdf, the legacy batch file listed past expiry, the ZDR upload.
    files = {e["file_name"]: e["case"] for e in evidence(reasons_of(f, "FILE_RETAINED"))}
    assert files["kb_shipping_2024.pdf"] == "deleted_late"
    assert files["campaign_copy_overnight_legacy.jsonl"] == "past_expiry"
    zdr_files = [
        e["file_name"] for e in evidence(reasons_of(f, "ZDR_BREACH")) if e["case"] == "uploaded_file"
    ]
    assert zdr_files == ["symptom_triage_kb_zh.pdf"]
    # Opt-in sharing of PineCode since 2025-07-14, with the leaked key among what it sent.
    opt = reasons_of(f, "OPT_IN_SHARING")
    assert opt["application"].tolist() == ["PineCode"] and opt["severity"].tolist() == ["high"]
    # Ask Chef Lin: told to hide it is an AI, and no "simulated" label.
    assert "Ask Chef Lin" in set(reasons_of(f, "DISCLOSURE_MISSING")["application"])
    assert reasons_of(f, "SIMULATED_PERSON_UNLABELLED")["application"].tolist() == ["Ask Chef Lin"]
    assert reasons_of(f, "DISCLAIMER_MISSING")["application"].tolist() == ["WellPine"]
    assert set(reasons_of(f, "PHI_WITHOUT_BAA")["application"]) >= {"WellPine"}
