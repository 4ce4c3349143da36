"""The conservative PHI-topic check: a health term and a person in one user message."""

from __future__ import annotations

import numpy as np
import pandas as pd

from auditkit.retention.health import phi_hits
from tests.retention.conftest import make_ctx, make_records

NO_DETECTIONS = pd.DataFrame({"text_index": pd.Series([], dtype="int64"), "type": [], "category": []})


def _hits(*prompts: str) -> list[int]:
    records = make_records(*({"input_text": p, "event_time": "2025-09-01T00:00:00Z"} for p in prompts))
    ctx = make_ctx(records)
    return phi_hits(ctx, np.ones(len(records), dtype=bool), NO_DETECTIONS).rows.tolist()


def test_term_and_person_in_the_same_user_message():
    assert _hits(
        "[user] My daughter has a fever of 39.",
        "[user] What causes a fever?",
        "[user] 我女儿发烧39度",
        "[user] 发烧是什么原因？",
    ) == [0, 2]


def test_system_prompts_and_replies_are_ignored():
    assert (
        _hits(
            "[system] I diagnose diabetes.\n[user] hello",
            "[user] hello\n[assistant] I think you have diabetes.\n[user] thanks",
        )
        == []
    )


def test_generic_wellness_is_not_phi():
    assert (
        _hits(
            "[user] How much water should I drink?",
            "[user] Any tips for falling asleep faster? I'm awake.",
            "[user] My lower back gets stiff after sitting all day.",
        )
        == []
    )


def test_scope_limits_the_records():
    records = make_records({"input_text": "[user] I take insulin", "event_time": "2025-09-01T00:00:00Z"})
    assert phi_hits(make_ctx(records), np.zeros(1, dtype=bool), NO_DETECTIONS).rows.tolist() == []
