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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditkit.classify.rules.model import Cue, Settings
from auditkit.classify.rules.patterns import RE_FLAGS
from auditkit.matcher import Matcher

__all__ = ["CueMatcher", "CueSeen", "Scored", "score_hit"]

_MAX_SPANS = 20


@dataclass(frozen=True)
class CueSeen:
    """A cue that occurs in a text (its spans are looked up lazily, near the hit that needs them)."""

    cue: Cue
    rx: re.Pattern[str]
    text: str

    def nearest(self, start: int, end: int) -> tuple[int, int] | None:
        """The cue span closest to ``[start, end)`` (the first one for a cue without window), or None."""
        w = self.cue.window
        if not w:
            m = self.rx.search(self.text)
            return m.span() if m else None
        best, best_d = None, None
        for n, m in enumerate(self.rx.finditer(self.text, max(0, start - w), min(len(self.text), end + w))):
            if n >= _MAX_SPANS or m.end() == m.start():
                break
            s, e = m.span()
            d = max(0, s - end, start - e)
            if best_d is None or d < best_d:
                best, best_d = (s, e), d
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
        """The cues occurring somewhere in ``text`` (one compiled pass)."""
        out: list[CueSeen] = []
        for pid in self.matcher.which(text):
            for i in self.by_pid[pid]:
                out.append(CueSeen(self.cues[i], _rx(self.cues[i].pattern), text))
        return out


@lru_cache(maxsize=1024)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, RE_FLAGS)


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
