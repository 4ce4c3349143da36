"""Which rules can still fire in a text, decided before the exact rule logic runs (fast path only).

The one-pass scan (:mod:`.fastscan`) tells, per text, which rules' full patterns match and where their
matches end. On realistic traffic more than half the texts have such a match, but very few of them give a
hit: most rules also need required terms in the same sentence (or window), or an intent cue to reach the
reporting threshold. Running the exact logic (:class:`~auditkit.classify.rules.engine.RulesClassifier`:
trigger windows, ``re`` spans, required terms, ``unless``, negation, cues) on all of them dominated the run
time. :class:`Feasibility` drops a (text, rule) pair only when one of these *necessary* conditions of a hit
fails, so the rows are exactly the reference's:

* score: the rule's base score plus the boosts of every intent cue that occurs in the text and applies
  to its category (capped as the scoring caps them), times a safe factor of at most 1, must reach the
  rule's threshold. The cues are the ones the scoring itself finds (same compiled pass); a hit's cues are
  a subset of them and the arithmetic is monotonic, so this bound is never below the real score.
* required terms: every required term group must occur in a region that contains the scope region of
  some match of the rule. A match ends where the scan reported an end of the rule's (relaxed) pattern; the
  region is computed from that end exactly as the scoring computes it, except that the part that depends
  on the (unknown) start of the match is widened to what the pattern allows: for a sentence scope, the
  sentence of the end when no match of the pattern can contain a sentence break (checked on the parsed
  pattern), else the start of the text; for a window scope, the pattern's widest match before the end
  when it is bounded, else the start of the text. The term groups are searched without their word
  boundaries (:func:`~auditkit.classify.rules.fastscan.relaxed`), a necessary condition of any ``re``
  search of the group on a part of the region.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

from auditkit.classify.rules.cues import CueMatcher
from auditkit.classify.rules.fastscan import relaxed
from auditkit.classify.rules.model import Rule, Settings
from auditkit.classify.rules.patterns import RE_FLAGS

__all__ = ["Feasibility", "can_match_break", "max_width", "SENTENCE_CHARS"]

#: the characters that end a sentence for a rule's ``sentence`` scope (as the engine's ``_region``)
SENTENCE_CHARS = ".!?;。！？；\n"
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_CHARS)}]")
_UNBOUNDED = 1 << 16  # a width this large is "no bound" (sre's MAXREPEAT and sums of it)
_CATEGORY_RX = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}


def _in_class_matches(items: list, ch: str) -> bool:
    """Whether the parsed character class ``items`` (``IN`` node) matches ``ch`` (no letters here)."""
    negate, hit = False, False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit |= av == ord(ch)
        elif op is _c.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is _c.CATEGORY:
            rx = _CATEGORY_RX.get(av)
            hit |= True if rx is None else re.fullmatch(rx, ch, RE_FLAGS) is not None
        else:
            return True  # an item not understood here: assume it matches
    return hit != negate


def _atom_matches_break(op: object, av: object) -> bool | None:
    """For a one-character node, whether it can match a sentence break; None for other nodes."""
    if op is _c.LITERAL:
        return chr(av) in SENTENCE_CHARS  # type: ignore[arg-type]
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return True  # anything but one character (or but a newline): '.' at least
    if op is _c.IN:
        return any(_in_class_matches(av, ch) for ch in SENTENCE_CHARS)  # type: ignore[arg-type]
    if op is _c.CATEGORY:
        rx = _CATEGORY_RX.get(av)  # type: ignore[arg-type]
        return rx is None or any(re.fullmatch(rx, ch, RE_FLAGS) for ch in SENTENCE_CHARS)
    return None


def _items_match_break(items: list) -> bool:
    for op, av in items:
        atom = _atom_matches_break(op, av)
        if atom is not None:
            if atom:
                return True
        elif op is _c.AT:
            continue  # zero-width
        elif op is _c.SUBPATTERN:
            if _items_match_break(list(av[-1])):
                return True
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if av[1] > 0 and _items_match_break(list(av[2])):
                return True
        elif op is _c.BRANCH:
            if any(_items_match_break(list(b)) for b in av[1]):
                return True
        else:
            return True  # a construct not understood here: assume it can
    return False


def can_match_break(pattern: str) -> bool:
    """Whether some match of ``pattern`` can contain a sentence-ending character (True when unsure)."""
    try:
        parsed = _sre.parse(pattern, RE_FLAGS)
    except re.error:
        return True
    return _items_match_break(list(parsed))


def max_width(pattern: str) -> int | None:
    """The most characters a match of ``pattern`` can span, or None when that is not bounded."""
    try:
        width = _sre.parse(pattern, RE_FLAGS).getwidth()[1]
    except re.error:
        return None
    return None if width >= _UNBOUNDED else int(width)


@dataclass(frozen=True)
class _RulePlan:
    """What decides, for one rule, whether a text can give it a hit."""

    needs_boost: bool
    threshold: float
    base: float
    #: indices (in the cue matcher) of the intent cues that apply to the rule's category
    intent: frozenset[int]
    #: ids of the required term groups in the fast scan's presence database
    groups: tuple[int, ...]
    scope: str
    chars: int
    #: per pattern: whether a match can contain a sentence break
    can_break: tuple[bool, ...]
    #: per pattern: the widest match (None: not bounded)
    width: tuple[int | None, ...]


class Feasibility:
    """Necessary conditions of a rule hit, evaluated on the scan's per-text pattern ends."""

    def __init__(self, rules: Sequence[Rule], cue_matcher: CueMatcher, settings: Settings,
                 min_score: float, rule_groups: Sequence[tuple[int, ...]] | None = None) -> None:
        self.cue_matcher = cue_matcher
        self.max_boost = settings.max_boost
        cues = cue_matcher.cues
        #: the score bound assumes no safe cue raises a score
        self.score_bound = all(c.factor <= 1.0 for c in cues if c.kind != "intent")
        plans: list[_RulePlan] = []
        for r in rules:
            threshold = min_score if r.min_score is None else max(r.min_score, min_score)
            plans.append(_RulePlan(
                needs_boost=self.score_bound and round(min(1.0, r.score), 4) < threshold,
                threshold=threshold, base=r.score,
                intent=frozenset(i for i, c in enumerate(cues) if c.kind == "intent" and c.applies_to(r.category)),
                groups=tuple(rule_groups[len(plans)]) if rule_groups is not None else (),
                scope=r.scope.kind, chars=r.scope.chars,
                can_break=tuple(can_match_break(p) for p in r.patterns),
                width=tuple(max_width(p) for p in r.patterns)))
        self.plans = tuple(plans)
        #: the intent cues, in the order the scoring adds their boosts (compiled pattern id, then cue)
        pid_of = {i: pid for pid, idx in cue_matcher.by_pid.items() for i in idx}
        self.intent_order = sorted((i for i, c in enumerate(cues) if c.kind == "intent"),
                                   key=lambda i: (pid_of[i], i))
        self._intent_matcher: Any = None
        if self.intent_order and any(p.needs_boost for p in plans) and cue_matcher.matcher.engine == "hyperscan":
            from auditkit.matcher import Matcher

            self._intent_matcher = Matcher([relaxed(cues[i].pattern) for i in self.intent_order],
                                           name="rule-intent-relaxed")

    def needs_cues(self, rule: int) -> bool:
        """Whether deciding ``rule`` needs the cues found in the text."""
        return self.plans[rule].needs_boost

    def needs_ends(self, rule: int) -> bool:
        """Whether deciding ``rule`` needs the (character) end offsets of its matches."""
        return bool(self.plans[rule].groups)

    def cues_in(self, text: str) -> list[int]:
        """Indices of the cues occurring in ``text``, in the order the scoring sees them."""
        by_pid = self.cue_matcher.by_pid
        return [i for pid in self.cue_matcher.matcher.which(text) for i in by_pid[pid]]

    def score_reachable(self, rule: int, cues: list[int]) -> bool:
        """Whether the best score ``rule`` can get from the intent ``cues`` of the text reaches its
        threshold (the scoring's arithmetic, all applying intent cues counted, no safe factor)."""
        plan = self.plans[rule]
        cue_list = self.cue_matcher.cues
        boost = 0.0
        for i in cues:
            if i in plan.intent:
                boost += cue_list[i].boost
        boost = min(boost, self.max_boost)
        return round(min(1.0, plan.base + boost), 4) >= plan.threshold

    def intent_ends(self, data: bytes) -> dict[int, list[int]] | None:
        """Cue index -> end offsets (in ``data``) of the relaxed intent cue patterns, or None without
        Hyperscan."""
        m = self._intent_matcher
        if m is None:
            return None
        out: dict[int, list[int]] = {}
        order = self.intent_order

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: Any) -> None:
            lst = out.get(order[pid])
            if lst is None:
                out[order[pid]] = [to]
            else:
                lst.append(to)

        m._db.scan(data, match_event_handler=on_match, scratch=m._scratch())  # noqa: SLF001
        return out

    def score_reachable_near(self, rule: int, ends: list[tuple[int, int]], present: set[int],
                             cue_ends: dict[int, list[int]], scale: int) -> bool:
        """:meth:`score_reachable` counting only the intent cues that occur in the text (``present``, as
        the scoring finds them) and whose relaxed pattern ends (``cue_ends``) within their window of a
        match ending at one of ``ends`` (``(pattern index, offset)``); offsets are bytes of the UTF-8
        text (``scale`` 4: a character is at most 4 bytes) or characters (``scale`` 1)."""
        plan = self.plans[rule]
        cue_list = self.cue_matcher.cues
        applying = [i for i in self.intent_order if i in plan.intent and i in present and i in cue_ends]
        if not applying:
            return round(min(1.0, plan.base), 4) >= plan.threshold
        for k, end in set(ends):
            width = plan.width[k]
            boost = 0.0
            for i in applying:
                w = cue_list[i].window
                if w:
                    hi = end + scale * w
                    lo = -1 if width is None else end - scale * (width + w)
                    if not any(lo < e <= hi for e in cue_ends[i]):
                        continue
                boost += cue_list[i].boost
            boost = min(boost, self.max_boost)
            if round(min(1.0, plan.base + boost), 4) >= plan.threshold:
                return True
        return False

    def terms_reachable(self, rule: int, text: str, ends: list[tuple[int, int]],
                        groups_in: Callable[[int, int], set[int]]) -> bool:
        """Whether every required term group of ``rule`` occurs in the widened scope region of one of
        the match ends ``ends`` (``(pattern index, character offset into text)``).

        ``groups_in(lo, hi)`` gives the ids of the (relaxed) term groups occurring in ``text[lo:hi]``.
        """
        plan = self.plans[rule]
        n = len(text)
        seen: set[tuple[int, int]] = set()
        for k, end in sorted(set(ends)):
            width = plan.width[k]
            if plan.scope == "text":
                lo, hi = 0, n
            elif plan.scope == "window":
                hi = min(n, end + plan.chars)
                lo = 0 if width is None else max(0, end - width - plan.chars)
            else:
                m = _SENTENCE_END.search(text, end)
                hi = m.end() if m else n
                if not plan.can_break[k]:
                    lo = max(text.rfind(c, 0, end) for c in SENTENCE_CHARS) + 1
                elif width is not None:
                    lo = max(text.rfind(c, 0, max(0, end - width)) for c in SENTENCE_CHARS) + 1
                else:
                    lo = 0
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            have = groups_in(lo, hi)
            if all(g in have for g in plan.groups):
                return True
        return False
