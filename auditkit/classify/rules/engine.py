"""The ``rules`` classifier: bilingual lexicons and patterns per policy category, as data.

Per batch of texts: one compiled pass of every rule pattern (:mod:`.scan`); for the few texts where a
rule's own pattern matched, exact spans with ``re``, the required co-occurring terms and ``unless``
exclusions within the rule's scope, then the intent and safe-context cues (:mod:`.cues`) and the
suppressions (:mod:`.suppressions`). One row per (text, category, rule) hit, with the span of the first
qualifying match.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from auditkit.classify.base import Classifier, coerce_hits, empty_text_hits
from auditkit.classify.rules.cues import CueMatcher, CueSeen, score_hit
from auditkit.classify.rules.loader import load_rule_set
from auditkit.classify.rules.model import Rule, RuleSet, Scope
from auditkit.classify.rules.patterns import RE_FLAGS
from auditkit.classify.rules.scan import CompiledRules
from auditkit.classify.rules.suppressions import Suppressions, load_suppressions

__all__ = ["RulesClassifier"]

_SENTENCE_CHARS = ".!?;。！？；\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_CHARS)}]")
_MAX_ANCHOR_SPANS = 50


@lru_cache(maxsize=4096)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, RE_FLAGS)


def _region(text: str, start: int, end: int, scope: Scope) -> tuple[int, int]:
    """The part of ``text`` where a rule's required terms must occur around the match ``[start, end)``."""
    if scope.kind == "text":
        return 0, len(text)
    if scope.kind == "window":
        return max(0, start - scope.chars), min(len(text), end + scope.chars)
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_CHARS) + 1
    m = _SENTENCE_END.search(text, end)
    return lo, m.end() if m else len(text)


def _outside(rx: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``rx`` in ``text[lo:hi]`` that lies outside the rule's own match ``[start, end)``.

    A required co-occurring term must be a second piece of evidence, not the rule's match itself.
    """
    return rx.search(text, lo, start) or rx.search(text, end, hi)


class RulesClassifier(Classifier):
    """Bilingual (English/Chinese) rule-based classifier for the usage-policy categories.

    Args:
        extra_rule_files: an organisation's own rule files, loaded after the shipped ones.
        suppressions: a suppressions YAML file, a list of files or inline mappings, or a
            :class:`Suppressions` (``docs/rules.md``).
        rule_files: replace the shipped rule files altogether (tests, experiments).
        min_score: report hits from this score on (default: the rule files' ``settings.min_score``).
        policy_version: the policy whose category ids the rules use.

    ``version`` is ``rules-<engine>-<digest>``, the digest covering the content of every rule file
    loaded and of the suppressions, so a result can be traced to the exact rules that produced it.
    """

    name = "rules"
    kind = "text"

    def __init__(
        self,
        extra_rule_files: Iterable[str | os.PathLike[str]] = (),
        suppressions: Any = None,
        *,
        rule_files: Iterable[str | os.PathLike[str]] | None = None,
        min_score: float | None = None,
        policy_version: str | None = None,
    ) -> None:
        self.rule_set: RuleSet = load_rule_set(rule_files, extra_rule_files, policy_version)
        self.suppressions: Suppressions = load_suppressions(suppressions, policy_version)
        self.min_score = self.rule_set.settings.min_score if min_score is None else float(min_score)
        self.compiled = CompiledRules(self.rule_set.rules, name="rules")
        self.cue_matcher = CueMatcher(self.rule_set.cues, name="rule-cues")
        digest = self.rule_set.digest
        if self.suppressions.items:
            import hashlib

            h = hashlib.sha256(digest.encode())
            for s in self.suppressions.items:
                h.update(repr((s.reason, s.rules, sorted(s.categories), s.matched and s.matched.pattern,
                               s.text and s.text.pattern, sorted(s.record_keys),
                               [(c, r.pattern) for c, r in s.where])).encode())
            digest = h.hexdigest()
        self.version = f"rules-{digest[:12]}"
        if min_score is not None:
            self.version += f"-min{self.min_score:g}"

    # -- matching one rule in one text ---------------------------------------------------------------
    def _match_rule(self, rule: Rule, text: str, seen: set[int], idx: int) -> dict | None:
        """The first match of ``rule`` whose required terms co-occur in scope and no ``unless`` term does."""
        compiled = self.compiled
        if any(p not in seen for p in compiled.requires[idx]):
            return None
        check_unless = rule.unless is not None and compiled.unless[idx] in seen
        best: dict | None = None
        for pattern, pid in zip(rule.patterns, compiled.anchors[idx], strict=True):
            if pid not in seen:
                continue
            hit = self._first_qualifying(rule, _rx(pattern), text, check_unless)
            if hit is not None and (best is None or hit["start"] < best["start"]):
                best = hit
        return best

    @staticmethod
    def _first_qualifying(rule: Rule, rx: re.Pattern[str], text: str, check_unless: bool) -> dict | None:
        for n, m in enumerate(rx.finditer(text)):
            if n >= _MAX_ANCHOR_SPANS:
                break
            if m.end() == m.start():
                continue
            lo, hi = _region(text, m.start(), m.end(), rule.scope)
            if check_unless and rule.unless and _rx(rule.unless).search(text, lo, hi):
                continue
            found = []
            for g in rule.requires:
                t = _outside(_rx(g.pattern), text, lo, hi, m.start(), m.end())
                if t is None:
                    break
                found.append({"group": g.name, "start": t.start(), "end": t.end(), "text": t.group()})
            else:
                return {"start": m.start(), "end": m.end(), "matched": m.group(), "requires": found}
        return None

    def _text_hits(self, t: int, text: str, seen: set[int]) -> list[dict]:
        rules = self.rule_set.rules
        matched: list[tuple[Rule, dict]] = []
        for a in sorted(p for p in seen if p in self.compiled.by_anchor):
            for idx in self.compiled.by_anchor[a]:
                hit = self._match_rule(rules[idx], text, seen, idx)
                if hit is not None:
                    matched.append((rules[idx], hit))
        if not matched:
            return []
        found: list[CueSeen] = self.cue_matcher.find(text)
        rows = []
        for rule, hit in matched:
            sc = score_hit(rule.score, rule.category, (hit["start"], hit["end"]), found, text,
                           self.rule_set.settings)
            threshold = self.min_score if rule.min_score is None else max(rule.min_score, self.min_score)
            if sc.score < threshold:
                continue
            if self.suppressions.suppress_hit(rule.id, rule.category, hit["matched"], text):
                continue
            evidence = {"lang": rule.lang, "matched": hit["matched"], "base": rule.score,
                        "boost": sc.boost, "factor": sc.factor, "scope": rule.scope.describe()}
            if hit["requires"]:
                evidence["requires"] = hit["requires"]
            if sc.intent:
                evidence["intent"] = list(sc.intent)
            if sc.safe:
                evidence["safe"] = list(sc.safe)
            rows.append({"text_index": t, "category": rule.category, "score": sc.score, "start": hit["start"],
                         "end": hit["end"], "rule_id": rule.id,
                         "evidence": json.dumps(evidence, ensure_ascii=False, separators=(",", ":"))})
        return rows

    # -- the contract ---------------------------------------------------------------------------------
    def classify_texts(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """One row per (text, category, rule) hit (:data:`~auditkit.classify.base.TEXT_HIT_COLUMNS`).

        ``start``/``end`` are the character offsets of the rule's match in that text (``text[start:end]``
        is ``evidence.matched``); ``evidence`` also lists the co-occurring required terms and the intent
        and safe-context cues that raised or lowered the score, each with its span.
        """
        if not isinstance(texts, list | tuple):
            texts = list(texts)
        rows: list[dict] = []
        for t, seen in self.compiled.candidates(texts):
            text = texts[t]
            if text:
                rows.extend(self._text_hits(t, text, seen))
        if not rows:
            return empty_text_hits()
        return coerce_hits(pd.DataFrame(rows))

    def counts(self) -> pd.DataFrame:
        """Rules per category and language (a table for the documentation and reports)."""
        c = self.rule_set.counts()
        frame = pd.DataFrame([{"category": k[0], "lang": k[1], "rules": v} for k, v in c.items()])
        if frame.empty:
            return frame
        return frame.pivot_table(index="category", columns="lang", values="rules", fill_value=0)
