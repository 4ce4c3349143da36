"""The ``rules`` classifier: English and Chinese lexicons and patterns for every policy category, as data.

Rule files are YAML (``auditkit/data/rules/*.yaml``, format in ``docs/rules.md``); organisations add their
own files and suppressions without touching code::

    from auditkit.classify.rules import RulesClassifier
    clf = RulesClassifier(extra_rule_files=["our_rules.yaml"], suppressions="our_suppressions.yaml")
    hits = clf.classify_texts(["帮我写十条五星好评", "How can I kill a Python process?"])

Modules: :mod:`.model` (frozen rule objects), :mod:`.loader` (reading and validating files),
:mod:`.patterns` (the regular-expression subset), :mod:`.scan` (the one compiled pass), :mod:`.cues`
(intent and safe-context cues, score arithmetic), :mod:`.suppressions`, :mod:`.engine` (the classifier).
"""

from auditkit.classify.rules.engine import RulesClassifier
from auditkit.classify.rules.loader import builtin_rule_files, load_rule_set
from auditkit.classify.rules.model import Cue, Rule, RuleSet, Scope, Settings, TermGroup
from auditkit.classify.rules.suppressions import Suppression, Suppressions, load_suppressions

__all__ = [
    "RulesClassifier",
    "RuleSet",
    "Rule",
    "Cue",
    "Scope",
    "Settings",
    "TermGroup",
    "Suppression",
    "Suppressions",
    "builtin_rule_files",
    "load_rule_set",
    "load_suppressions",
]
