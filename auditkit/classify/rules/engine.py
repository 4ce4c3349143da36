"""The ``rules`` classifier: bilingual lexicons and patterns per policy category, as data.

Per batch of texts:

1. one compiled pass of every rule's trigger literals (:mod:`.scan`, :mod:`.prefilter`);
2. for the few texts where a trigger occurred, each triggered rule pattern is confirmed near the trigger:
   first with a small compiled database of that rule's patterns (microseconds), then with ``re`` where it
   does match, for the exact span;
3. a match governed by a negation cue (a prohibition or a refusal: "never write malware", "拒绝编写恶意
   软件") is skipped; the required co-occurring terms and the ``unless`` exclusions are checked with ``re``
   within the rule's scope (sentence, window or text) around the match;
4. the intent and safe-context cues (:mod:`.cues`) move the score, and suppressions
   (:mod:`.suppressions`) remove hits.

One row per (text, category, rule) hit, with the span of the first qualifying match.
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
from auditkit.classify.rules.cues import CueMatcher, CueSeen, Negator, score_hit
from auditkit.classify.rules.fastscan import FastScan, TextEvents, char_offsets
from auditkit.classify.rules.feasible import Feasibility
from auditkit.classify.rules.loader import load_rule_set
from auditkit.classify.rules.model import Rule, RuleSet, Scope
from auditkit.classify.rules.patterns import RE_FLAGS
from auditkit.classify.rules.scan import CompiledRules
from auditkit.classify.rules.suppressions import Suppressions, load_suppressions
from auditkit.matcher import Matcher

__all__ = ["RulesClassifier"]

_SENTENCE_CHARS = ".!?;。！？；\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_CHARS)}]")
_MAX_ANCHOR_SPANS = 50
#: a rule pattern is searched this many characters either side of where its trigger literal ended
_TRIGGER_WINDOW = 250


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


def _windows(offsets: list[int] | None, n: int) -> list[tuple[int, int]]:
    """Merged search windows of +-_TRIGGER_WINDOW characters around trigger end offsets."""
    if offsets is None:
        return [(0, n)]
    out: list[list[int]] = []
    for off in sorted(set(offsets)):
        lo, hi = max(0, off - _TRIGGER_WINDOW), min(n, off + _TRIGGER_WINDOW)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def _is_word(c: str) -> bool:
    """Whether ``c`` is a word character for ``\\b`` (ASCII, as the rules' flags say)."""
    return c.isascii() and (c.isalnum() or c == "_")


class _Presence:
    """Which presence-database patterns (required terms, ``unless`` terms, negation cues) can occur in
    one text: one Hyperscan scan of the text per database, on first use."""

    __slots__ = ("fast", "text", "terms", "cues")

    def __init__(self, fast: FastScan, text: str) -> None:
        self.fast, self.text = fast, text
        self.terms: set[int] | None = None
        self.cues: set[int] | None = None

    def all(self, ids: Sequence[int]) -> bool:
        if self.terms is None:
            self.terms = self.fast.groups_in(self.text, 0)
        have = self.terms
        return all(g in have for g in ids)

    def __call__(self, pattern: str) -> bool:
        pid = self.fast.presence_ids.get(pattern)
        if pid is None:
            return True
        if pid < self.fast.n_terms:
            if self.terms is None:
                self.terms = self.fast.groups_in(self.text, 0)
            return pid in self.terms
        if self.cues is None:
            self.cues = self.fast.groups_in(self.text, 1)
        return pid in self.cues


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
        self._confirmers: dict[str, Matcher] = {}
        self.cue_matcher = CueMatcher([c for c in self.rule_set.cues if c.kind != "negation"],
                                      name="rule-cues")
        self.negator = Negator(self.rule_set.cues)
        self.fast: FastScan | None = None
        if self.compiled.matcher.engine == "hyperscan":
            try:
                self.fast = FastScan(self.compiled, self.rule_set.rules, self.rule_set.cues)
            except (RuntimeError, ValueError) as exc:  # a pattern the joint database refuses: reference path
                import logging

                logging.getLogger("auditkit").info("rules: fast path unavailable (%s)", exc)
        self.feasible = Feasibility(self.rule_set.rules, self.cue_matcher, self.rule_set.settings, self.min_score,
                                    self.fast.rule_groups if self.fast is not None else None)
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
    def _match_rule(self, rule: Rule, text: str, todo: dict[int, list[int] | None]) -> dict | None:
        """The first match of ``rule`` whose required terms co-occur in scope and no ``unless`` term does.

        ``todo`` maps the rule's pattern indices to the character offsets where their triggers ended; each
        pattern is searched only in a window around those offsets (the whole text when None).
        """
        best: dict | None = None
        confirm = self._confirmer(rule)
        for k, offsets in sorted(todo.items()):
            for lo, hi in _windows(offsets, len(text)):
                if confirm is not None and k not in confirm.which(text[lo:hi]):
                    continue  # Hyperscan says the full pattern does not match here: skip the slow re
                hit = self._first_qualifying(rule, _rx(rule.patterns[k]), text, lo, hi)
                if hit is not None and (best is None or hit["start"] < best["start"]):
                    best = hit
                    break
        return best

    def _match_rule_fast(self, rule: Rule, text: str, todo: dict[int, list[int]],
                         full: dict[tuple[int, int], list[int]], i: int, present: _Presence) -> dict | None:
        """:meth:`_match_rule` with the per-window confirmation read from the scan's (relaxed) full-pattern
        ends, and the required terms, ``unless`` terms and negation cues looked for only if they occur.

        A window with no end of the relaxed pattern cannot hold an ``re`` match (:mod:`.fastscan`). Where
        it has one, ``re`` runs as in the reference; the reference's Hyperscan confirmation on the slice
        agrees with ``re`` on it except where the slice starts right after a word character (a ``\\b``
        the slice sees and ``re`` does not): only there is it repeated.
        """
        best: dict | None = None
        n = len(text)
        need = self.fast.rule_groups[i]  # type: ignore[union-attr]
        groups_ok: bool | None = None
        for k, offsets in sorted(todo.items()):
            ends = full.get((i, k))
            if ends is None:
                continue
            confirm = None
            for lo, hi in _windows(offsets, n):
                if not any(lo < e <= hi for e in ends):
                    continue  # the pattern does not match inside this window
                if groups_ok is None:
                    groups_ok = not need or present.all(need)
                if not groups_ok:
                    return None  # a required term group occurs nowhere in the text
                if lo > 0 and _is_word(text[lo - 1]):
                    if confirm is None:
                        confirm = self._confirmer(rule)
                    if confirm is not None and k not in confirm.which(text[lo:hi]):
                        continue
                hit = self._first_qualifying(rule, _rx(rule.patterns[k]), text, lo, hi, present)
                if hit is not None and (best is None or hit["start"] < best["start"]):
                    best = hit
                    break
        return best

    def _confirmer(self, rule: Rule) -> Matcher | None:
        """A compiled database of one rule's full patterns (built on first use, cached on disk).

        Confirming a trigger with Hyperscan on the window costs microseconds; Python's ``re`` over the
        same window costs tens, so ``re`` only runs where the rule really matches (to get the spans).
        """
        if self.compiled.matcher.engine != "hyperscan":
            return None
        m = self._confirmers.get(rule.id)
        if m is None:
            m = self._confirmers[rule.id] = Matcher(rule.patterns, name="rule")
        return m

    def _first_qualifying(self, rule: Rule, rx: re.Pattern[str], text: str, lo: int = 0,
                          hi: int | None = None, present: _Presence | None = None) -> dict | None:
        """The first match in ``text[lo:hi]`` not governed by a negation cue, with its required terms in
        scope and no ``unless`` term.

        ``present(pattern)`` (fast path) says whether a term or cue pattern can occur in the text at all:
        one that cannot is not searched for (the search would find nothing).
        """
        for n, m in enumerate(rx.finditer(text, lo, len(text) if hi is None else hi)):
            if n >= _MAX_ANCHOR_SPANS:
                break
            if m.end() == m.start():
                continue
            r_lo, r_hi = _region(text, m.start(), m.end(), rule.scope)
            if (rule.unless and (present is None or present(rule.unless))
                    and _rx(rule.unless).search(text, r_lo, r_hi)):
                continue
            found = []
            for g in rule.requires:
                if present is not None and not present(g.pattern):
                    break
                t = _outside(_rx(g.pattern), text, r_lo, r_hi, m.start(), m.end())
                if t is None:
                    break
                found.append({"group": g.name, "start": t.start(), "end": t.end(), "text": t.group()})
            else:
                if self.negator and self.negator.governs(text, m.start(), m.end(), rule.category, present):
                    continue  # "never write malware", "拒绝编写恶意软件": a prohibition, not a request
                return {"start": m.start(), "end": m.end(), "matched": m.group(), "requires": found}
        return None

    def _text_hits(self, t: int, text: str, seen: dict[int, list[int] | None]) -> list[dict]:
        rules = self.rule_set.rules
        todo: dict[int, dict[int, list[int] | None]] = {}
        for e, offsets in seen.items():
            for i, k in self.compiled.triggers.get(e, ()):
                per_rule = todo.setdefault(i, {})
                if offsets is None or per_rule.get(k, []) is None:
                    per_rule[k] = None
                else:
                    per_rule.setdefault(k, []).extend(offsets)  # type: ignore[union-attr]
        matched: list[tuple[Rule, dict]] = []
        for idx in sorted(todo):
            hit = self._match_rule(rules[idx], text, todo[idx])
            if hit is not None:
                matched.append((rules[idx], hit))
        return self._score(t, text, matched)

    def _text_hits_fast(self, t: int, text: str, ev: TextEvents) -> list[dict]:
        """:meth:`_text_hits` over the events of the one-pass scan (:mod:`.fastscan`)."""
        full = ev.full
        if not full:
            return []
        rules = self.rule_set.rules
        triggers = self.compiled.triggers
        fast = self.fast
        present = _Presence(fast, text)  # type: ignore[arg-type]
        todo: dict[int, dict[int, list[int]]] = {}
        for e, offsets in ev.triggers.items():
            for i, k in triggers.get(e, ()):
                if (i, k) not in full:
                    continue  # the rule's full pattern matches nowhere in the text
                per_rule = todo.get(i)
                if per_rule is None:
                    per_rule = todo[i] = {}
                per_rule.setdefault(k, []).extend(offsets)
        if not todo:
            return []
        matched: list[tuple[Rule, dict]] = []
        for idx in sorted(todo):
            hit = self._match_rule_fast(rules[idx], text, todo[idx], full, idx, present)
            if hit is not None:
                matched.append((rules[idx], hit))
        return self._score(t, text, matched)

    def _keep(self, text: str, raw: Any, ev: TextEvents) -> bool:
        """Prune ``ev.full`` (byte offsets) to the rules that can still give a hit in ``text`` (the
        necessary conditions of :mod:`.feasible`); whether any is left."""
        feasible = self.feasible
        by_rule: dict[int, list[tuple[int, list[int]]]] = {}
        for (i, k), offs in ev.full.items():
            lst = by_rule.get(i)
            if lst is None:
                by_rule[i] = [(k, offs)]
            else:
                lst.append((k, offs))
        cues: list[int] | None = None
        present: set[int] = set()
        cue_ends: dict[int, list[int]] | None = None
        scale = 1
        regions: dict[tuple[int, int], set[int]] = {}
        fast = self.fast

        def groups_in(lo: int, hi: int) -> set[int]:
            have = regions.get((lo, hi))
            if have is None:
                have = regions[(lo, hi)] = fast.groups_in(text[lo:hi], 0)  # type: ignore[union-attr]
            return have

        drop: set[int] = set()
        for i, per_pattern in by_rule.items():
            if feasible.needs_cues(i):
                if cues is None:
                    cues = feasible.cues_in(text)
                    present = set(cues)
                if not feasible.score_reachable(i, cues):
                    drop.add(i)
                    continue
                if cue_ends is None and scale:
                    scale = 1 if isinstance(raw, str) or raw.isascii() else 4
                    if scale == 4 and char_offsets(text, raw, []) is None:
                        scale = 0  # lone surrogates: Hyperscan and re may disagree on such text
                    else:
                        cue_ends = feasible.intent_ends(raw.encode("ascii") if isinstance(raw, str) else raw)
                ok = cue_ends is None or feasible.score_reachable_near(
                    i, [(k, e) for k, offs in per_pattern for e in offs], present, cue_ends, scale)
                if not ok:
                    drop.add(i)
                    continue
            if feasible.needs_ends(i):
                ends: list[tuple[int, int]] = []
                for k, offs in per_pattern:
                    chars = char_offsets(text, raw, offs)
                    if chars is None:
                        break
                    ends.extend((k, e) for e in chars)
                else:
                    if not feasible.terms_reachable(i, text, ends, groups_in):
                        drop.add(i)
        if drop:
            if len(drop) == len(by_rule):
                return False
            ev.full = {ik: offs for ik, offs in ev.full.items() if ik[0] not in drop}
        return True

    def _score(self, t: int, text: str, matched: list[tuple[Rule, dict]]) -> list[dict]:
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
        if self.fast is None:
            return self.classify_texts_reference(texts)
        rows: list[dict] = []
        for t, ev in self.fast.scan(texts, self._keep):
            text = texts[t]
            if text:
                rows.extend(self._text_hits_fast(t, text, ev))
        if not rows:
            return empty_text_hits()
        return coerce_hits(pd.DataFrame(rows))

    def classify_texts_reference(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """:meth:`classify_texts` the straightforward way (trigger scan, then every triggered rule pattern
        confirmed on its windows): the reference the fast path is tested against."""
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
