"""Role-tagged prompts cut into messages (vectorised)."""

from __future__ import annotations

import pandas as pd

from auditkit.retention.texts import segments


def test_segments_roles_and_texts():
    texts = pd.Series(
        [
            "[system] be nice\n[user] hi\n[note] ref\n[assistant:tool_call f] {}\n[user] x",
            "[developer] dev\n[user] q",
            "plain prompt",
            "[user] a\n[1] footnote",
        ],
        index=[5, 7, 9, 11],
        dtype="string[pyarrow]",
    )
    seg = segments(texts)
    assert seg.rows.tolist() == [5, 5, 5, 5, 5, 7, 7, 9, 11, 11]
    assert seg.roles.tolist() == [
        "system",
        "user",
        "user",
        "assistant",
        "user",
        "developer",
        "user",
        "user",
        "user",
        "user",
    ]
    assert seg.texts.tolist() == [
        "be nice",
        "hi",
        "note] ref",
        "{}",
        "x",
        "dev",
        "q",
        "plain prompt",
        "a",
        "1] footnote",
    ]
    users = seg.of_roles("user")
    assert users.rows.tolist() == [5, 5, 5, 7, 9, 11, 11]


def test_segments_of_nothing():
    seg = segments(pd.Series([], dtype="string[pyarrow]"))
    assert seg.rows.size == 0 and seg.texts.empty
