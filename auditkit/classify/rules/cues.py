"""Intent and safe-context cues, and the score arithmetic of a rule hit.

Cues run only on texts that already have a rule hit (hits are rare), in one compiled pass of all cue
patterns. For one hit of a rule with base score ``b``::

    boost  = min(max_boost, sum of the boosts of the distinct intent cues that apply)
    factor = product of the factors of the distinct safe cues that apply
    score  = min(1, b + boost) * factor

A cue applies when it lists the hit's category (or all categories, minus its ``except`` list) and, if it
has a ``window``, occurs within that many characters of the hit. The hit is reported when ``score``
reaches the rule's ``min_score`` (or the rule set's). So a rule whose base score is below the threshold
fires only with an intent cue ("how do I", "帮我写"), and a safe cue with factor 0 (a refusal) cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditkit.classify.rules.model import Cue, Settings
from auditkit.matcher import Matcher

__all__ = ["CueMatcher", "CueSeen", "Scored", "score_hit"]

_MAX_SPANS = 20


@dataclass(frozen=True)
class CueSeen:
    """A cue found in a text, with the spans where it occurs."""

    cue: Cue
    spans: tuple[tuple[int, int], ...]

    def nearest(self, start: int, end: int) -> tuple[int, int] | None:
        """The cue span closest to ``[start, end)``, or None when it has a window and none is within it."""
        best, best_d = None, None
        for s, e in self.spans:
            d = max(0, s - end, start - e)
            if best_d is None or d < best_d:
                best, best_d = (s, e), d
        if best is None or (self.cue.window and best_d is not None and best_d > self.cue.window):
            return None
        return best


@dataclass(frozen=True)
class Scored:
    """The final score of a hit and the cues that moved it (for the evidence)."""

    score: float
    boost: float
    factor: float
    intent: tuple[dict, ...]
    safe: tuple[dict, ...]


class CueMatcher:
    """All cue patterns in one compiled database."""

    def __init__(self, cues: Sequence[Cue], *, name: str = "cues") -> None:
        self.cues = tuple(cues)
        table: dict[str, int] = {}
        self.by_pid: dict[int, list[int]] = {}
        for i, c in enumerate(self.cues):
            self.by_pid.setdefault(table.setdefault(c.pattern, len(table)), []).append(i)
        self.matcher = Matcher(list(table), name=name)

    def find(self, text: str) -> list[CueSeen]:
        """The cues occurring in ``text``, each with its spans."""
        out: list[CueSeen] = []
        for pid in self.matcher.which(text):
            spans = tuple(self.matcher.spans(text, pid)[:_MAX_SPANS])
            if spans:  # Hyperscan and re agree; an empty list would only come from a malformed text
                out.extend(CueSeen(self.cues[i], spans) for i in self.by_pid[pid])
        return out


def _entry(seen: CueSeen, span: tuple[int, int], text: str, key: str, value: float) -> dict:
    return {"cue": seen.cue.id, "start": span[0], "end": span[1], "text": text[span[0]:span[1]], key: value}


def score_hit(base: float, category: str, span: tuple[int, int], found: Sequence[CueSeen], text: str,
              settings: Settings) -> Scored:
    """Apply the cues found in ``text`` to one hit of ``category`` at ``span`` with base score ``base``."""
    boost, factor = 0.0, 1.0
    intent: list[dict] = []
    safe: list[dict] = []
    for seen in found:
        cue = seen.cue
        if not cue.applies_to(category):
            continue
        where = seen.nearest(*span)
        if where is None:
            continue
        if cue.kind == "intent":
            boost += cue.boost
            intent.append(_entry(seen, where, text, "boost", cue.boost))
        else:
            factor *= cue.factor
            safe.append(_entry(seen, where, text, "factor", cue.factor))
    boost = min(boost, settings.max_boost)
    score = min(1.0, base + boost) * factor
    return Scored(round(score, 4), round(boost, 4), round(factor, 4), tuple(intent), tuple(safe))
