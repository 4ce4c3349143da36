"""One compiled pass of every rule pattern over a batch of texts.

Every distinct expression of the rule set (each rule pattern, each required term group, each ``unless``
group) gets one id in one :class:`~auditkit.matcher.Matcher`. With Hyperscan, texts are
joined (``\\n``-separated, a few MB at a time) and scanned in one call, and match end offsets are mapped
back to texts with ``numpy.searchsorted`` — per-text scan calls cost more than the scan itself on short
texts. Without Hyperscan, the matcher's ``re`` fallback scans text by text.

The result is, for each text in which at least one rule's own pattern matched, the set of expression ids
seen in it. That set is only a prefilter: a match that straddles the separator of two joined texts can
be attributed to the wrong one, so the engine confirms every hit with ``re`` on the text itself (it needs
the exact spans anyway).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from auditkit.classify.rules.model import Rule
from auditkit.errors import ConfigError
from auditkit.matcher import Matcher

__all__ = ["CompiledRules"]

_CHUNK_BYTES = 8 << 20


class CompiledRules:
    """The expression table of a rule set and its compiled matcher."""

    def __init__(self, rules: Sequence[Rule], *, name: str = "rules") -> None:
        self.rules = tuple(rules)
        table: dict[str, int] = {}

        def pid(expr: str) -> int:
            return table.setdefault(expr, len(table))

        self.anchors = [tuple(pid(p) for p in r.patterns) for r in self.rules]
        self.requires = [tuple(pid(g.pattern) for g in r.requires) for r in self.rules]
        self.unless = [pid(r.unless) if r.unless else -1 for r in self.rules]
        self.patterns = list(table)
        self.by_anchor: dict[int, list[int]] = {}
        for i, pids in enumerate(self.anchors):
            for a in pids:
                rules_of = self.by_anchor.setdefault(a, [])
                if i not in rules_of:
                    rules_of.append(i)
        self.is_anchor = np.zeros(max(len(self.patterns), 1), dtype=bool)
        self.is_anchor[list(self.by_anchor)] = True
        try:
            self.matcher = Matcher(self.patterns, name=name)
        except ValueError as exc:  # Hyperscan refused the database: name the rule, not an index
            raise _unsupported(self.rules, exc) from exc

    def candidates(self, texts: Sequence[str | None]) -> Iterator[tuple[int, set[int]]]:
        """``(text_index, expression ids seen)`` for every text where some rule's own pattern matched."""
        if not self.patterns:
            return
        if self.matcher.engine != "hyperscan":
            for t, text in enumerate(texts):
                if text:
                    seen = set(self.matcher.which(text))
                    if any(self.is_anchor[p] for p in seen):
                        yield t, seen
            return
        start = 0
        while start < len(texts):
            stop, size = start, 0
            while stop < len(texts) and (size < _CHUNK_BYTES or stop == start):
                size += len(texts[stop] or "") + 1
                stop += 1
            yield from self._scan_chunk(texts, start, stop)
            start = stop

    def _scan_chunk(self, texts: Sequence[str | None], lo: int, hi: int) -> Iterator[tuple[int, set[int]]]:
        encoded = [(t or "").encode("utf-8", "surrogatepass") for t in texts[lo:hi]]
        lengths = np.fromiter((len(b) + 1 for b in encoded), dtype=np.int64, count=len(encoded))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        events: list[tuple[int, int]] = []
        append = events.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: Any) -> int:
            append((pid, to))
            return 0

        db = self.matcher._db  # noqa: SLF001 - the joined scan needs the raw database (see module doc)
        db.scan(b"\n".join(encoded), match_event_handler=on_match, scratch=self.matcher._scratch())
        if not events:
            return
        ev = np.asarray(events, dtype=np.int64)
        owner = np.searchsorted(starts, ev[:, 1] - 1, side="right") - 1
        hot = np.unique(owner[self.is_anchor[ev[:, 0]]])
        if not len(hot):
            return
        keep = np.isin(owner, hot)
        seen: dict[int, set[int]] = {}
        for p, o in zip(ev[keep, 0].tolist(), owner[keep].tolist(), strict=True):
            seen.setdefault(o, set()).add(p)
        for o in sorted(seen):
            yield lo + o, seen[o]


def _hyperscan_problem(expr: str) -> str | None:
    import hyperscan

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_ALLOWEMPTY
    try:
        db.compile(expressions=[expr.encode("utf-8")], ids=[0], elements=1, flags=[flags])
    except hyperscan.error as exc:
        return str(exc)
    return None


def _unsupported(rules: Sequence[Rule], exc: Exception) -> Exception:
    """A ConfigError naming the first rule whose expression Hyperscan cannot compile."""
    for r in rules:
        parts = [*((f"patterns[{i}]", p) for i, p in enumerate(r.patterns)),
                 *((f"requires.{g.name}", g.pattern) for g in r.requires)]
        if r.unless:
            parts.append(("unless", r.unless))
        for key, expr in parts:
            problem = _hyperscan_problem(expr)
            if problem:
                return ConfigError(r.source, f"{r.id}.{key}", f"Hyperscan cannot compile it ({problem})",
                                   "simplify it: split long alternations into several rules, replace "
                                   "'.{0,N}' gaps by required terms with a window")
    return exc
