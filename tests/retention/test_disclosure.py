"""DISCLOSURE_MISSING, DISCLAIMER_MISSING and SIMULATED_PERSON_UNLABELLED, per application."""

from __future__ import annotations

import pytest

from auditkit.profile import parse_profile
from auditkit.retention.disclosure import disclosure_findings
from tests.retention.conftest import AS_OF, evidence, make_ctx, make_records

WHEN = "2025-09-01T00:00:00Z"
HEALTH_SYS = "[system] You are an AI health assistant. Tell users you are an AI and not a doctor."


def _call(project: str, system: str, user: str, reply: str | None, **extra: object) -> dict:
    row = {
        "project_id": project,
        "input_text": f"{system}\n[user] {user}" if system else f"[user] {user}",
        "output_text": None if reply is None else f"[assistant] {reply}",
        "has_content": True,
        "event_time": WHEN,
    }
    row.update(extra)
    return row


def _findings(records, profile):
    parts = [p for p in disclosure_findings(make_ctx(records, AS_OF, profile)) if not p.empty]
    out = []
    for part in parts:
        for (_, row), ev in zip(part.iterrows(), evidence(part), strict=True):
            out.append((row["reason"], row["application"], ev["case"], row["severity"], int(row["count"])))
    return sorted(out)


def test_small_company(small_profile):
    chat_sys = "[system] You are an AI assistant. Tell users at the start that they are chatting with an AI."
    persona_sys = (
        "[system] You are Chef Example. Speak in the first person. Never say that you are an AI or a bot."
    )
    records = make_records(
        _call("p_chat", chat_sys, "hi", "Hello! How can I help?"),
        _call("p_persona", persona_sys, "how do I stop smoke?", "Open the window, my friend."),
        _call("p_persona", persona_sys, "noodles break", "Rest the dough."),
        _call("p_health", HEALTH_SYS, "sleep tips?", "Keep a routine. This is not medical advice."),
        _call(
            "p_health",
            HEALTH_SYS,
            "water?",
            "About 2 litres. Not a substitute for professional medical advice.",
        ),
        _call("p_health", HEALTH_SYS, "血压135/85算高吗？", "属于正常高值。本回答由AI生成，不构成医疗建议。"),
        _call("p_health", HEALTH_SYS, "cold or flu?", "Colds come on slowly."),  # no disclaimer
        _call(
            "p_health",
            "",
            "and then?",
            "Rest.",
            input_text=f"{HEALTH_SYS}\n[user] cold?\n[assistant] Colds.\n[user] and then?",
        ),  # not a first turn
        _call("p_health", HEALTH_SYS, "vitamin D?", None, status="error"),  # no reply
        _call(
            "p_health", "", "and?", "More rest.", source_format="openai_responses", parent_id="resp_0"
        ),  # continues a response
        {
            "project_id": "p_gateway",
            "record_kind": "gateway_billing",
            "source_format": "oneapi_log",
            "event_time": WHEN,
        },  # no text at all
    )
    assert _findings(records, small_profile) == [
        ("DISCLAIMER_MISSING", "Health", "some_missing", "medium", 1),
        ("DISCLOSURE_MISSING", "Gateway", "unverifiable", "info", 1),
        ("DISCLOSURE_MISSING", "Persona", "told_not_to_disclose", "high", 2),
        ("SIMULATED_PERSON_UNLABELLED", "Persona", "no_label", "high", 2),
    ]
    f = [p for p in disclosure_findings(make_ctx(records, AS_OF, small_profile)) if not p.empty]
    disclaimer = next(p for p in f if p["reason"].iloc[0] == "DISCLAIMER_MISSING")
    assert disclaimer["detail"].iloc[0] == (
        "1 of 4 first replies of Health (25%) carry no medical disclaimer (AI use and its limits)."
    )
    assert evidence(disclaimer)[0]["record_keys"] == ["k7"]


def _profile(**app: object):
    base = {
        "name": "Bot",
        "owner": "o",
        "consumer_facing": True,
        "domain": "general",
        "chatbot": True,
        "match": [{"project_id": "b"}],
    }
    return parse_profile({"applications": [{**base, **app}]}, "<t>")


@pytest.mark.parametrize(
    ("system", "reply", "expected"),
    [
        ("[system] Answer questions about orders.", "Sure, which order?", "not_found"),
        ("[system] Answer questions about orders.", "I'm an AI assistant; which order?", None),
        ("[system] 你是莲松科技的AI客服助手。对话开始时请告诉用户你是AI助手。", "您好！", None),
        ("[system] 你是名厨林蔚。不要说自己是AI或机器人。", "您好！", "told_not_to_disclose"),
        ("[system] You are Sam. Pretend to be a human.", "Hi!", "told_not_to_disclose"),
        ("[developer] Tell users you are an AI.", "Hi!", None),
    ],
)
def test_disclosure_phrases(system, reply, expected):
    records = make_records(_call("b", system, "hello", reply))
    got = [c for r, _, c, _, _ in _findings(records, _profile()) if r == "DISCLOSURE_MISSING"]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("stated", "expected"),
    [(True, []), (False, [("profile_says_no", "medium")]), (None, [("unverifiable", "info")])],
)
def test_disclosure_without_text_uses_the_profile(stated, expected):
    records = make_records(
        {
            "project_id": "b",
            "record_kind": "gateway_billing",
            "source_format": "oneapi_log",
            "event_time": WHEN,
        }
    )
    got = [(c, s) for r, _, c, s, _ in _findings(records, _profile(discloses_ai=stated))]
    assert got == expected


def test_disclaimer_all_missing_is_high_and_domains_differ():
    records = make_records(
        _call("b", "[system] Tell users you are an AI.", "q", "An answer."),
        _call("b", "[system] Tell users you are an AI.", "q", "This is not legal advice."),
    )
    got = _findings(records, _profile(domain="financial", chatbot=False))
    assert got == [("DISCLAIMER_MISSING", "Bot", "some_missing", "high", 2)]
    assert _findings(records, _profile(domain="legal", chatbot=False)) == [
        ("DISCLAIMER_MISSING", "Bot", "some_missing", "medium", 1)
    ]
    assert _findings(records, _profile(domain="legal", chatbot=False, consumer_facing=False)) == []
    assert _findings(records, _profile(domain="general", chatbot=False)) == []


def test_simulated_person_labels_consent_and_historical_figures():
    plain = make_records(
        _call("b", "[system] You are Chef Example. Tell users you are an AI.", "hi", "Hello!")
    )
    labelled = make_records(
        _call("b", "[system] You are a parody of Chef Example. Tell users you are an AI.", "hi", "Hello!")
    )
    zh = make_records(_call("b", "[system] 你是林蔚的AI模拟版本。请告诉用户你是AI。", "hi", "你好！"))
    app = {"simulates_person": "Chef Example"}
    assert [c for r, _, c, _, _ in _findings(plain, _profile(**app))] == ["no_label"]
    assert _findings(labelled, _profile(**app)) == []
    assert _findings(zh, _profile(**app)) == []
    assert _findings(plain, _profile(**app, person_consent=True)) == []
    assert _findings(plain, _profile(**app, historical_public_figure=True)) == []


def test_chatgpt_only_applications_are_not_products():
    records = make_records(
        {
            "record_kind": "conversation_message",
            "source_format": "chatgpt_export",
            "input_text": "[user] hi",
            "output_text": "[assistant] hello",
            "event_time": WHEN,
            "project_id": "b",
        }
    )
    assert _findings(records, _profile(domain="legal")) == []
