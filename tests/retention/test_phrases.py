"""Phrase lists: valid in RE2 and Python re, the two engines agree, and bad patterns name their list."""

from __future__ import annotations

import copy

import pandas as pd
import pytest
import yaml

from auditkit.errors import ConfigError
from auditkit.retention.datafiles import data_dir
from auditkit.retention.phrases import load_phrases, parse_phrases

SAMPLES = [
    "Tell customers at the start that they are chatting with an AI assistant.",
    "Never say that you are an AI or a bot.",
    "对话开始时请告诉用户你是AI助手。",
    "不要说自己是AI或机器人。",
    "I'm an AI assistant, not a doctor.",
    "This is not medical advice.",
    "本回答不构成医疗建议。",
    "A parody of Chef Lin.",
    "我有糖尿病，在吃二甲双胍。",
    "How much water should I drink?",
    "",
]


def _lists():
    p = load_phrases()
    sets = [
        p.disclosure_instruction,
        p.anti_disclosure,
        p.disclosure_reply,
        p.simulated_label,
        p.health_terms,
        p.health_person,
        *p.disclaimer.values(),
    ]
    return sets


@pytest.mark.parametrize("phrase_set", _lists(), ids=lambda s: s.name)
def test_engines_agree(phrase_set):
    vectorised = phrase_set.matches(pd.Series(SAMPLES, dtype="string[pyarrow]")).tolist()
    one_by_one = [phrase_set.search(s) is not None for s in SAMPLES]
    assert vectorised == one_by_one


def test_expected_hits():
    p = load_phrases()
    assert p.disclosure_instruction.search(SAMPLES[0]) and p.disclosure_instruction.search(SAMPLES[2])
    assert p.anti_disclosure.search(SAMPLES[1]) and p.anti_disclosure.search(SAMPLES[3])
    assert not p.anti_disclosure.search(SAMPLES[0]) and not p.anti_disclosure.search(
        "Never ask for passwords."
    )
    assert p.disclaimer_for("medical").search(SAMPLES[5]) and p.disclaimer_for("medical").search(SAMPLES[6])
    assert not p.disclaimer_for("legal").search(SAMPLES[5])
    assert p.simulated_label.search(SAMPLES[7])
    assert p.health_terms.search(SAMPLES[8]) and not p.health_terms.search(SAMPLES[9])


def test_missing_values_do_not_match():
    s = pd.Series(["not medical advice", None], dtype="string[pyarrow]")
    assert load_phrases().disclaimer_for("medical").matches(s).tolist() == [True, False]


def test_bad_pattern_names_the_list():
    with open(data_dir() / "phrases.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    bad = copy.deepcopy(raw)
    bad["anti_disclosure"]["en"].append("(?<=never) say")  # look-behind: not RE2
    with pytest.raises(ConfigError) as info:
        parse_phrases(bad, "phrases.yaml")
    assert info.value.key == f"anti_disclosure.en[{len(raw['anti_disclosure']['en'])}]"
    bad = copy.deepcopy(raw)
    bad["disclaimer"]["sports"] = {"en": [], "zh": []}
    with pytest.raises(ConfigError, match="unknown key"):
        parse_phrases(bad, "phrases.yaml")
