"""PII_SENT, SECRET_SENT, PHI_WITHOUT_BAA and RESIDENCY, with hand-computed counts."""

from __future__ import annotations

import pandas as pd

from auditkit.profile import parse_profile
from auditkit.retention.personal import personal_findings, residency, scan_personal
from tests.retention.conftest import AS_OF, evidence, make_ctx, make_records

KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"
WHEN = "2025-09-01T00:00:00Z"


def _rec(project: str | None, user: str, **extra: object) -> dict:
    row = {
        "project_id": project,
        "input_text": f"[system] Be kind.\n[user] {user}",
        "has_content": True,
        "event_time": WHEN,
    }
    row.update(extra)
    return row


def _records() -> pd.DataFrame:
    return make_records(
        _rec(
            "p_chat", "my email is bob@example.com and phone 13812345678", metadata_json={"region": "EU"}
        ),  # k1
        _rec("p_chat", "my id is 11010519491231002X", metadata_json={"region": "us"}),  # k2
        _rec("p_chat", "nothing personal here"),  # k3
        _rec("p_code", f"why does {KEY} fail with password = hunter22"),  # k4
        {
            "record_kind": "conversation_message",
            "source_format": "chatgpt_export",
            "event_time": WHEN,
            "input_text": "[user] write to alice@example.org",
            "has_content": True,
        },  # k5
        _rec("p_chat", "thanks", output_text="[assistant] mail carol@example.com"),  # k6
        _rec("p_chat", "send it to dan@example.com"),  # k7
        _rec("p_code", "ping eve@example.com"),  # k8
        _rec("p_health", "reach me at fay@example.com", metadata_json={"region": "US"}),  # k9
    )


def test_pii_and_secrets(small_profile):
    ctx = make_ctx(_records(), AS_OF, small_profile)
    pii, secret, _ = personal_findings(ctx, scan_personal(ctx))
    got = sorted(zip(pii["record_key"], pii["severity"], [e["types"] for e in evidence(pii)], strict=True))
    assert got == [
        ("k1", "medium", "CN_MOBILE, EMAIL"),
        ("k2", "high", "CN_ID"),
        ("k5", "medium", "EMAIL"),
        ("k7", "medium", "EMAIL"),
        ("k8", "medium", "EMAIL"),
        ("k9", "medium", "EMAIL"),
    ]
    assert secret["record_key"].tolist() == ["k4"] and secret["severity"].tolist() == ["critical"]
    ev = evidence(secret)[0]
    assert ev["type_counts"] == {"API_KEY": 1, "PASSWORD": 1} and ev["items"] == 2
    assert [s["type"] for s in ev["spans"]] == ["API_KEY", "PASSWORD"]
    text = _records()["input_text"].iloc[3]
    span = ev["spans"][0]
    assert text[span["start"] : span["end"]] == KEY  # the span points at the key ...
    assert (
        KEY not in secret["evidence"].iloc[0] and "hunter22" not in secret["evidence"].iloc[0]
    )  # ... not copied
    assert all("@example" not in e for e in pii["evidence"])


def test_residency(small_profile):
    ctx = make_ctx(_records(), AS_OF, small_profile)
    f = residency(ctx, scan_personal(ctx))
    # Chat (users US, EU): k1 is EU (foreign), k2 US, k7 unknown but Chat has EU users -> 2.
    # Coder (users SG): k8 unknown -> 1 (k4 holds only secrets). Health: k9 is US -> none. k5 is not API data.
    got = sorted(zip(f["application"], f["count"], [e["regions"] for e in evidence(f)], strict=True))
    assert got == [("Chat", 2, "EU"), ("Coder", 1, "SG")]
    assert set(f["severity"]) == {"info"} and f["record_key"].isna().all()
    assert evidence(f[f["application"] == "Chat"])[0]["by_region"] == {"EU": 1, "US": 1, "unknown": 1}


def test_residency_respects_processing_region():
    p = parse_profile(
        {
            "applications": [
                {
                    "name": "EUApp",
                    "owner": "o",
                    "consumer_facing": False,
                    "domain": "general",
                    "chatbot": False,
                    "user_regions": ["EU"],
                    "processing_region": "EU",
                    "match": [{"project_id": "p_eu"}],
                }
            ]
        },
        "<t>",
    )
    ctx = make_ctx(make_records(_rec("p_eu", "mail ann@example.com")), AS_OF, p)
    assert residency(ctx, scan_personal(ctx)).empty


PHI_PROMPTS = [
    (
        "[system] You never diagnose. You may discuss diabetes care.\n[user] How much water should I drink?",
        False,
    ),
    ("[system] Health assistant.\n[user] I have type 2 diabetes and take metformin. Is that ok?", True),
    ("[user] What is the difference between a cold and the flu?", False),
    ("[user] What are common symptoms of diabetes?", False),
    ("[user] 我有乙肝小三阳，体检报告能帮我看看吗？", True),
    (
        "[user] Patient Jane, email jane@example.com, diagnosed with asthma",
        True,
    ),  # identifier, no first person
    ("[user] MRN: 12345678 follow-up visit", True),  # pii health detection
    ("[user] My Lotus Cam is offline again", False),
]


def test_phi_without_baa(small_profile):
    rows = [_rec("p_health", "x", input_text=text) for text, _ in PHI_PROMPTS]
    rows.append(
        {
            "record_kind": "conversation_message",
            "source_format": "chatgpt_export",
            "event_time": WHEN,
            "input_text": "[user] I have diabetes",
            "has_content": True,
        }
    )  # not API data
    ctx = make_ctx(make_records(*rows), AS_OF, small_profile)
    _, _, phi = personal_findings(ctx, scan_personal(ctx))
    expected = [f"k{i + 1}" for i, (_, is_phi) in enumerate(PHI_PROMPTS) if is_phi]
    assert sorted(phi["record_key"]) == expected == ["k2", "k5", "k6", "k7"]
    signals = {k: e["signal_list"] for k, e in zip(phi["record_key"], evidence(phi), strict=True)}
    assert signals["k2"] == ["term: diabetes", "person: first person or relative"]
    assert signals["k6"] == ["term: diagnosed", "person: personal identifier"]
    assert signals["k7"] == ["MRN"]
    assert set(phi["severity"]) == {"high"}


def test_phi_not_reported_with_a_baa():
    p = parse_profile(
        {
            "applications": [
                {
                    "name": "H",
                    "owner": "o",
                    "consumer_facing": True,
                    "domain": "medical",
                    "chatbot": True,
                    "baa_signed": True,
                    "match": [{"project_id": "h"}],
                }
            ]
        },
        "<t>",
    )
    ctx = make_ctx(make_records(_rec("h", "I have type 2 diabetes")), AS_OF, p)
    assert personal_findings(ctx, scan_personal(ctx))[2].empty


def test_detections_below_min_confidence_are_ignored(small_profile):
    ctx = make_ctx(_records(), AS_OF, small_profile)
    scan = scan_personal(ctx)
    assert (scan.detections["confidence"] >= ctx.rules.pii_min_confidence).all()
