"""Trigger literals: whatever a rule pattern matches must contain one of its triggers (soundness)."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditkit.classify.rules import load_rule_set
from auditkit.classify.rules.prefilter import trigger_expression, trigger_literals

FLAGS = re.IGNORECASE | re.ASCII
WORDS = ["make", "build", "pipe", "bomb", "bombs", "a", "the", "how", "kill", "process", "我", "我们", "要",
         "杀", "杀了", "他", "炸弹", "制作", "fake", "reviews", "x"]


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    lits = trigger_literals(pattern)
    return re.compile(pattern, FLAGS), None if lits is None else re.compile(trigger_expression(lits), FLAGS)


def triggers_cover(pattern: str, text: str) -> bool:
    full, trigger = compiled(pattern)
    if trigger is None or full.search(text) is None:  # stays a regex, or no match: nothing to check
        return True
    return trigger.search(text) is not None


def test_examples_pick_the_specific_part() -> None:
    lits = trigger_literals(r"\b(make|build) (a )?(\w+ ){0,2}(bombs?|ied)\b")
    assert lits is not None and all("bomb" in x or "ied" in x for x in lits)
    assert trigger_literals(r"\bhow (do|can) i\b") is None  # only stop words: stays a regex
    chinese = trigger_literals("(我|我们)(要|想)(去)?(杀了|砍死)(他|她)")
    assert chinese is not None and not {"我", "要"} & chinese


def test_word_boundaries_are_kept() -> None:
    expr = trigger_expression(trigger_literals(r"\b(scam|con) (people|someone)\b") or set())
    assert re.search(expr, "please con people", FLAGS)
    assert not re.search(expr, "configure the connection", FLAGS)  # "con" inside words does not trigger


def test_shipped_patterns_are_covered_on_the_test_texts() -> None:
    from tests.classify.test_rules import NEGATIVES, POSITIVES

    texts = [t for _, t in POSITIVES] + NEGATIVES
    for rule in load_rule_set().rules:
        for p in rule.patterns:
            for text in texts:
                assert triggers_cover(p, text), (rule.id, p, text)


atoms = st.sampled_from(WORDS).map(re.escape)
groups = st.lists(atoms, min_size=1, max_size=4).map(lambda ws: "(" + "|".join(ws) + ")")
pieces = st.one_of(
    atoms, groups,
    groups.map(lambda g: g + "?"),
    st.just(r"\b"), st.just(" "), st.just(r"(\w+ ){0,2}"), st.just(" ?"), st.just(r"\s*"),
)
patterns = st.lists(pieces, min_size=1, max_size=7).map("".join).filter(
    lambda p: re.compile(p, FLAGS).search("") is None)
texts = st.lists(st.sampled_from(WORDS + [" ", "  ", "-", "。", "\n"]), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(patterns, st.lists(texts, min_size=1, max_size=8))
def test_triggers_are_sound_on_random_patterns(pattern: str, samples: list[str]) -> None:
    for text in samples:
        assert triggers_cover(pattern, text), (pattern, text, trigger_literals(pattern))
