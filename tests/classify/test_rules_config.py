"""Rule files are validated: every problem is a ConfigError naming the file and the key."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from auditkit.classify.rules import RulesClassifier, builtin_rule_files, load_rule_set
from auditkit.errors import AuditkitError, ConfigError

GOOD_RULE = """\
format: auditkit-rules/1
category: astroturfing
rules:
  en:
    - id: fake_reviews
      patterns: ['\\bfake reviews?\\b']
      score: 0.6
"""


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def load_error(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_rule_set([path])
    err = info.value
    assert str(path) in str(err)
    return err


def test_a_good_file_loads_with_a_stable_rule_id(tmp_path: Path) -> None:
    rs = load_rule_set([write(tmp_path, GOOD_RULE)])
    assert [r.id for r in rs.rules] == ["astroturfing.en.fake_reviews"]
    assert rs.rules[0].lang == "en" and rs.rules[0].score == 0.6


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD_RULE.replace("      score: 0.6", "      scroe: 0.6"))
    assert err.key == "rules.en[0].scroe"
    assert "unknown key" in str(err) and "score" in str(err)  # the allowed keys are listed


def test_unknown_top_level_key(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD_RULE + "extra: 1\n")
    assert err.key == "extra"


def test_unknown_category_lists_the_known_ids(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD_RULE.replace("category: astroturfing", "category: astroturf"))
    assert err.key == "category"
    assert "'astroturf'" in str(err)
    assert "astroturfing" in str(err) and "high_risk_government" in str(err)


def test_unknown_category_on_a_rule(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("      score: 0.6", "      score: 0.6\n      category: fake_news")
    err = load_error(tmp_path, text)
    assert err.key == "rules.en[0].category"


@pytest.mark.parametrize(("pattern", "problem"), [
    ("'(unclosed'", "not a valid regular expression"),
    ("'foo(?=bar)'", "look-around"),
    ("'(?<!not )bad'", "look-around"),
    ("'(a)\\1'", "back-reference"),
    ("'^starts'", "anchor"),
    ("'(?P<name>x)'", "group syntax"),
    ("'a*'", "empty string"),
    ("'\\\\bword'", "doubled backslash"),
])
def test_bad_patterns_name_the_pattern_key(tmp_path: Path, pattern: str, problem: str) -> None:
    err = load_error(tmp_path, GOOD_RULE.replace("['\\bfake reviews?\\b']", f"[ok, {pattern}]"))
    assert err.key == "rules.en[0].patterns[1]"
    assert problem in str(err)


def test_bad_pattern_in_required_terms(tmp_path: Path) -> None:
    requires = "      score: 0.6\n      requires:\n        - terms: ['[z-a]']"
    text = GOOD_RULE.replace("      score: 0.6", requires)
    err = load_error(tmp_path, text)
    assert err.key == "rules.en[0].requires[0].terms[0]"


def test_unknown_lexicon(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("      score: 0.6", "      score: 0.6\n      requires: [{lexicon: nope}]")
    err = load_error(tmp_path, text)
    assert "nope" in str(err) and err.key == "rules.en[0].requires[0].lexicon"


def test_unknown_lexicon_placeholder(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD_RULE.replace("\\bfake reviews?\\b", "{{nope}} reviews"))
    assert "nope" in str(err) and err.key == "rules.en[0].patterns[0]"


def test_lexicon_placeholder_expands(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("format: auditkit-rules/1\n",
                             "format: auditkit-rules/1\nlexicons:\n  adj: ['fake', 'bogus']\n")
    text = text.replace("\\bfake reviews?\\b", "\\b{{adj}} reviews?\\b")
    rs = load_rule_set([write(tmp_path, text)])
    clf = RulesClassifier(rule_files=[tmp_path / "rules.yaml"])
    assert "(?:(?:fake)|(?:bogus))" in rs.rules[0].patterns[0]
    assert list(clf.classify_texts(["bogus reviews", "genuine reviews"])["text_index"]) == [0]


def test_duplicate_rule_id_across_files(tmp_path: Path) -> None:
    a = write(tmp_path, GOOD_RULE, "a.yaml")
    b = write(tmp_path, GOOD_RULE, "b.yaml")
    with pytest.raises(ConfigError) as info:
        load_rule_set([a, b])
    assert str(b) in str(info.value) and "duplicate id" in str(info.value)


@pytest.mark.parametrize(("old", "new", "key"), [
    ("      score: 0.6", "      score: 1.5", "rules.en[0].score"),
    ("      score: 0.6", "      score: 0.6\n      within: paragraph", "rules.en[0].within"),
    ("rules:\n  en:", "rules:\n  fr:", "rules.fr"),
    ("    - id: fake_reviews", "    - id: fake reviews", "rules.en[0].id"),
])
def test_other_invalid_values(tmp_path: Path, old: str, new: str, key: str) -> None:
    assert load_error(tmp_path, GOOD_RULE.replace(old, new)).key == key


def test_cue_validation(tmp_path: Path) -> None:
    cue = GOOD_RULE + "safe:\n  - {id: x, lang: en, patterns: ['y'], factor: 0.5, boost: 0.1}\n"
    assert load_error(tmp_path, cue).key == "safe[0].boost"
    cue = GOOD_RULE + "intent:\n  - {id: x, lang: en, patterns: ['y'], boost: 0.1, categories: [nope]}\n"
    assert load_error(tmp_path, cue).key == "intent[0].categories[0]"


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    err = load_error(tmp_path, "rules: [unclosed\n")
    assert err.key == "(file)"
    with pytest.raises(ConfigError):
        load_rule_set([tmp_path / "missing.yaml"])


def test_config_error_is_an_auditkit_error_and_pickles(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD_RULE.replace("score: 0.6", "scroe: 0.6"))
    assert isinstance(err, AuditkitError) and isinstance(err, ValueError)
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.key == err.key


def test_shipped_files_are_valid_and_versioned() -> None:
    files = builtin_rule_files()
    assert len(files) >= 10
    a, b = load_rule_set(), load_rule_set()
    assert a.digest == b.digest
    assert len({r.id for r in a.rules}) == len(a.rules)
