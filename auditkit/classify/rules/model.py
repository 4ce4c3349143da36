"""The frozen objects a rule set is made of: rules, their term groups, cues and settings.

They are built by :mod:`auditkit.classify.rules.loader` from YAML files (``docs/rules.md``) and never
changed afterwards, so a :class:`RuleSet` can be shared between threads and processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LANGS", "Scope", "TermGroup", "Rule", "Cue", "Settings", "RuleSet"]

#: Languages a rule or cue can be written for. ``any`` is for language-neutral patterns (code, URLs).
LANGS = ("en", "zh", "any")


@dataclass(frozen=True)
class Scope:
    """Where required terms (and ``unless`` terms) must occur relative to the rule's own match.

    ``kind`` is ``text`` (anywhere in the text), ``sentence`` (the sentence holding the match; sentences
    end at ``. ! ? ; 。！？；`` or a line break) or ``window`` (within ``chars`` characters of the match).
    """

    kind: str = "sentence"
    chars: int = 0

    def describe(self) -> str:
        return f"window:{self.chars}" if self.kind == "window" else self.kind


@dataclass(frozen=True)
class TermGroup:
    """A set of alternative terms of which at least one must co-occur with the rule's match.

    ``pattern`` is the alternation of all the group's terms, compiled as one expression.
    """

    name: str
    pattern: str


@dataclass(frozen=True)
class Rule:
    """One rule: a regular expression that, with its required terms present, suggests a category.

    Attributes:
        id: stable id ``<category>.<lang>.<name>``, e.g. ``astroturfing.en.fake_reviews``.
        category: policy category id.
        lang: ``en``, ``zh`` or ``any`` (a label: every rule runs on every text, so mixed texts work).
        patterns: the rule's expressions (each compiled on its own; any of them can match).
        score: base score in [0, 1] before cues; the hit is reported when the final score reaches
            ``min_score`` (the rule's own, else the rule set's).
        requires: term groups that must all occur within ``scope`` of the match.
        unless: an expression that, occurring within ``scope`` of the match, cancels the rule
            (rule-specific exclusions such as "kill the process").
        scope: see :class:`Scope`.
        min_score: per-rule reporting threshold, or None for the rule set's.
        notes: free text for reviewers.
        source: the file the rule came from (for error messages and the evidence).
    """

    id: str
    category: str
    lang: str
    patterns: tuple[str, ...]
    score: float
    requires: tuple[TermGroup, ...] = ()
    unless: str | None = None
    scope: Scope = field(default_factory=Scope)
    min_score: float | None = None
    notes: str = ""
    source: str = ""


@dataclass(frozen=True)
class Cue:
    """A context cue that raises (intent) or lowers (safe context) the score of nearby rule hits, or
    negates a rule match (a prohibition or a refusal governing it).

    Attributes:
        id: stable id, e.g. ``intent.en.how_do_i``, ``safe.zh.refusal`` or ``negation.en.prohibition``.
        kind: ``intent``, ``safe`` or ``negation``.
        lang: ``en``, ``zh`` or ``any``.
        pattern: the alternation of the cue's patterns.
        boost: added to the score (intent cues).
        factor: the score is multiplied by it (safe cues; 0 cancels the hit).
        categories: the categories it applies to (empty = all) ...
        exclude: ... minus these.
        window: the cue counts only within this many characters of the hit (0 = anywhere in the text).
        position: negation cues only: ``before`` (the cue precedes the match, "do not write malware", or
            spans it, "if a user asks for malware, refuse") or ``after`` (it follows the match,
            "writing malware is prohibited"); either way in the same clause and within ``window``.
    """

    id: str
    kind: str
    lang: str
    pattern: str
    boost: float = 0.0
    factor: float = 1.0
    categories: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    window: int = 0
    position: str = ""
    notes: str = ""
    source: str = ""

    def applies_to(self, category: str) -> bool:
        if category in self.exclude:
            return False
        return not self.categories or category in self.categories


@dataclass(frozen=True)
class Settings:
    """Score arithmetic settings (``settings:`` section of the shipped ``cues.yaml``).

    ``min_score``: a hit is reported when its final score reaches this. ``max_boost``: intent boosts
    add up to at most this much.
    """

    min_score: float = 0.5
    max_boost: float = 0.3


@dataclass(frozen=True)
class RuleSet:
    """Every rule and cue of the loaded files, with a content digest of those files."""

    rules: tuple[Rule, ...]
    cues: tuple[Cue, ...]
    settings: Settings
    files: tuple[str, ...]
    digest: str

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def counts(self) -> dict[tuple[str, str], int]:
        """Number of rules per ``(category, lang)``."""
        out: dict[tuple[str, str], int] = {}
        for r in self.rules:
            out[(r.category, r.lang)] = out.get((r.category, r.lang), 0) + 1
        return out
