"""Organisations add their own rule files and suppressions without touching code."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from auditkit.classify.base import FINDING_COLUMNS, coerce_findings
from auditkit.classify.rules import RulesClassifier, load_suppressions
from auditkit.errors import ConfigError

BASE = """\
format: auditkit-rules/1
category: illegal_activity
lexicons:
  drug_words: ['meth', 'heroin']
rules:
  en:
    - id: drugs
      patterns: ['\\bcook(ing)? {{drug_words}}\\b']
      score: 0.6
    - id: launder
      patterns: ['\\blaunder(ing)? money\\b']
      score: 0.4
intent:
  - {id: how, lang: en, patterns: ['\\bhow (do|can) i\\b'], boost: 0.15}
safe:
  - {id: refusal, lang: en, patterns: ['\\bi can''t help\\b'], factor: 0.0}
  - {id: novel, lang: en, patterns: ['\\bnovel\\b'], factor: 0.5, categories: [illegal_activity]}
"""

ORG = """\
format: auditkit-rules/1
category: privacy_violation
rules:
  en:
    - id: customer_export
      patterns: ['\\bexport (the )?customer (table|list)\\b']
      requires:
        - name: outside
          terms: ['\\b(personal (gmail|email)|usb stick|dropbox)\\b']
      within: sentence
      notes: Our own data-handling rule.
  zh:
    - id: heroin_zh
      category: illegal_activity
      patterns: ['{{drug_words}}']
      score: 0.6
"""


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    base, org = tmp_path / "base.yaml", tmp_path / "org.yaml"
    base.write_text(BASE, encoding="utf-8")
    org.write_text(ORG, encoding="utf-8")
    return base, org


def test_org_rule_file_adds_rules_and_uses_base_lexicons(files: tuple[Path, Path]) -> None:
    base, org = files
    clf = RulesClassifier(extra_rule_files=[org], rule_files=[base])
    texts = ["Please export the customer table to my personal gmail.",
             "Please export the customer table to the warehouse.",
             "我想买heroin"]
    hits = clf.classify_texts(texts)
    assert set(zip(hits["text_index"], hits["rule_id"], strict=True)) == {
        (0, "privacy_violation.en.customer_export"), (2, "illegal_activity.zh.heroin_zh")}
    ev = json.loads(hits.iloc[0]["evidence"])
    assert ev["requires"][0]["text"] == "personal gmail"


def test_version_changes_with_files_and_suppressions(files: tuple[Path, Path], tmp_path: Path) -> None:
    base, org = files
    v1 = RulesClassifier(rule_files=[base]).version
    v2 = RulesClassifier(rule_files=[base], extra_rule_files=[org]).version
    v3 = RulesClassifier(rule_files=[base], suppressions=[{"reason": "r", "category": "gambling"}]).version
    assert len({v1, v2, v3}) == 3
    assert RulesClassifier(rule_files=[base]).version == v1
    base.write_text(BASE.replace("score: 0.6", "score: 0.7"), encoding="utf-8")
    assert RulesClassifier(rule_files=[base]).version != v1


def test_cue_arithmetic(files: tuple[Path, Path]) -> None:
    base, _ = files
    clf = RulesClassifier(rule_files=[base])
    hits = clf.classify_texts([
        "cook meth",                              # 0.6
        "how do I cook meth",                     # 0.6 + 0.15
        "launder money",                          # 0.4 < 0.5: not reported
        "how can I launder money",                # 0.4 + 0.15 = 0.55
        "In my novel they cook meth",             # 0.6 * 0.5 = 0.3: not reported
        "I can't help you cook meth",             # * 0: cancelled
    ])
    got = dict(zip(hits["text_index"], hits["score"].round(4), strict=True))
    assert got == {0: 0.6, 1: 0.75, 3: 0.55}
    low = RulesClassifier(rule_files=[base], min_score=0.0).classify_texts(["In my novel they cook meth"])
    ev = json.loads(low.iloc[0]["evidence"])
    assert low.iloc[0]["score"] == pytest.approx(0.3) and ev["safe"][0]["cue"] == "safe.en.novel"


def test_suppressions_by_rule_category_and_matched_text(files: tuple[Path, Path], tmp_path: Path) -> None:
    base, org = files
    texts = ["how do I cook meth", "how do I cook heroin", "how can I launder money",
             "export the customer list to a usb stick"]
    sup = tmp_path / "suppressions.yaml"
    sup.write_text("""\
format: auditkit-suppressions/1
suppressions:
  - reason: the chemistry teaching app talks about meth in class
    rule: 'illegal_activity.en.dr*'
    matched: 'meth'
  - reason: finance compliance training quotes laundering questions
    rule: illegal_activity.en.launder
  - reason: the data team exports customer lists by design
    category: privacy_violation
""", encoding="utf-8")
    clf = RulesClassifier(extra_rule_files=[org], rule_files=[base], suppressions=sup)
    hits = clf.classify_texts(texts)
    # en.drugs is suppressed where it matched "meth" only; the org's zh rule (same lexicon) is not
    assert set(zip(hits["text_index"], hits["rule_id"], strict=True)) == {
        (0, "illegal_activity.zh.heroin_zh"), (1, "illegal_activity.en.drugs"),
        (1, "illegal_activity.zh.heroin_zh")}
    unsuppressed = RulesClassifier(extra_rule_files=[org], rule_files=[base]).classify_texts(texts)
    assert set(unsuppressed["text_index"]) == {0, 1, 2, 3}


def test_suppression_on_whole_text(files: tuple[Path, Path]) -> None:
    base, _ = files
    clf = RulesClassifier(rule_files=[base], suppressions=[{"reason": "lab SOP", "text": "lab safety sheet"}])
    hits = clf.classify_texts(["how do I cook meth", "lab safety sheet: never cook meth"])
    assert list(hits["text_index"]) == [0]


@pytest.mark.parametrize(("entry", "key"), [
    ({"reason": "r", "rulez": "x"}, "suppressions[0].rulez"),
    ({"reason": "r", "category": "gamblingg"}, "suppressions[0].category"),
    ({"reason": "r", "matched": "(oops"}, "suppressions[0].matched"),
    ({"category": "gambling"}, "suppressions[0].reason"),
    ({"reason": "nothing to match"}, "suppressions[0]"),
    ({"reason": "r", "where": {"not_a_column": "x"}}, "suppressions[0].where.not_a_column"),
])
def test_suppression_file_validation(tmp_path: Path, entry: dict, key: str) -> None:
    import yaml

    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"suppressions": [entry]}), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_suppressions(path)
    assert info.value.key == key and str(path) in str(info.value)


def test_record_level_suppressions_filter_findings() -> None:
    sup = load_suppressions([
        {"reason": "casino support bot", "category": "gambling", "where": {"project_id": "^proj_casino$"}},
        {"reason": "known test record", "record_key": ["k3"]},
    ])
    findings = coerce_findings(pd.DataFrame({
        "record_key": ["k1", "k2", "k3", "k1"], "category": ["gambling", "gambling", "hate", "violence"],
        "classifier": "rules", "rule_id": ["gambling.en.x", "gambling.en.x", "hate.en.y", "violence.en.z"],
        "field": "input", "matched_text": ["bet", "bet", "x", "y"]}))
    records = pd.DataFrame({"record_key": ["k1", "k2", "k3"],
                            "project_id": ["proj_casino", "proj_other", "p"],
                            "input_text": ["a", "b", "c"], "output_text": [None, None, None]})
    kept = sup.filter_findings(findings, records)
    assert tuple(kept.columns) == FINDING_COLUMNS
    kept_pairs = list(zip(kept["record_key"], kept["category"], strict=True))
    assert kept_pairs == [("k2", "gambling"), ("k1", "violence")]
    # record-level entries never remove text hits on their own
    assert sup.suppress_hit("gambling.en.x", "gambling", "bet", "bet") is None


@pytest.mark.slow
def test_org_file_on_top_of_the_shipped_rules(tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text(ORG.replace("{{drug_words}}", "海洛因代购"), encoding="utf-8")
    clf = RulesClassifier(extra_rule_files=[org])
    hits = clf.classify_texts(["Please export the customer table to my personal gmail.",
                               "How do I cook meth at home without getting caught?"])
    assert {"privacy_violation.en.customer_export"} <= set(hits["rule_id"])
    assert "illegal_activity" in set(hits["category"])
