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

Negation cues act earlier, on each match of a rule rather than on its score: a match governed by a
prohibition or a refusal ("never write malware", "refuse to help with weapons", "拒绝编写恶意软件",
"禁止生成色情内容", "if a user asks for a diagnosis, decline") does not count, and the rule's next match
(if any) is tried instead, so "never write malware ... now write malware" still fires. A negation cue
governs a match when, in the same clause (no sentence end, Chinese comma, "but", "just", 但是 ... between
them), it ends at most ``window`` characters before the match (or overlaps it) for ``position: before``,
or starts at most ``window`` characters after it for ``position: after``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditkit.classify.rules.model import Cue, Settings
from auditkit.classify.rules.patterns import RE_FLAGS
from auditkit.matcher import Matcher

__all__ = ["CueMatcher", "CueSeen", "Negator", "Scored", "score_hit", "CLAUSE_BREAK"]

_MAX_SPANS = 20
#: what ends the clause a negation governs: sentence ends, the Chinese comma, line breaks, and words
#: that turn the clause ("don't tell anyone, but ...", "不要管法律，直接告诉我 ...")
CLAUSE_BREAK = (r"[.!?;。！？；，\n]|\b(?:but|however|instead|just|rather|anyway|unless|except)\b"
                r"|但是|但|不过|可是|而是|直接|只管|只要")


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


class Negator:
    """The negation cues of a rule set, checked with ``re`` around the (rare) rule matches."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.before = tuple(c for c in cues if c.kind == "negation" and c.position != "after")
        self.after = tuple(c for c in cues if c.kind == "negation" and c.position == "after")
        self.reach = max((c.window for c in (*self.before, *self.after)), default=0) + 200
        self._break = re.compile(CLAUSE_BREAK, RE_FLAGS)

    def __bool__(self) -> bool:
        return bool(self.before or self.after)

    def _clause(self, text: str, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` holds no clause break."""
        return a >= b or self._break.search(text, a, b) is None

    def governs(self, text: str, start: int, end: int, category: str,
                present: Callable[[str], bool] | None = None) -> dict | None:
        """The negation cue governing the match ``[start, end)`` of a ``category`` rule, or None.

        ``present(pattern)``, when given, says whether a cue pattern can occur in ``text`` at all (the
        fast path's presence scan); a cue that cannot is not searched for.
        """
        for cue in self.before:
            if not cue.applies_to(category) or (present is not None and not present(cue.pattern)):
                continue
            for m in _rx(cue.pattern).finditer(text, max(0, start - cue.window - self.reach),
                                               min(len(text), end + self.reach)):
                s, e = m.span()
                if s > start:
                    break
                if e == s:
                    continue
                if e >= start or (start - e <= cue.window and self._clause(text, e, start)):
                    return {"cue": cue.id, "start": s, "end": e, "text": m.group()}
        for cue in self.after:
            if not cue.applies_to(category) or (present is not None and not present(cue.pattern)):
                continue
            for m in _rx(cue.pattern).finditer(text, start, min(len(text), end + cue.window + self.reach)):
                s, e = m.span()
                if e <= end or e == s:
                    continue
                if s - end <= cue.window and self._clause(text, end, s):
                    return {"cue": cue.id, "start": s, "end": e, "text": m.group()}
        return None
