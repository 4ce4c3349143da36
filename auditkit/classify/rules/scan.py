"""One compiled pass of every rule's trigger literals over a batch of texts.

Each rule pattern is reduced to trigger literals (:mod:`.prefilter`): strings one of which every match
contains. The triggers of all rules (alternations of at most 200 literals; a pattern with no specific
literal goes in as itself) go into one :class:`~auditkit.matcher.Matcher`. With Hyperscan, texts are
joined (``\\n``-separated, a few MB at a time) and scanned in one call, and match end offsets are mapped
back to texts with ``numpy.searchsorted``: per-text scan calls cost more than the scan itself on short
texts. Without Hyperscan, the matcher's ``re`` fallback scans text by text.

Required co-occurring terms and ``unless`` exclusions are not in the database: they are often common
words ("people", "my landlord", "report"). They, and the full rule pattern, are checked by the engine
on the few texts where a trigger occurred, near where it occurred.

The result is, for each text in which a trigger occurred, the expressions seen and the character
offsets where they ended. It is a prefilter: the engine confirms every hit on the text itself (it needs
the exact spans anyway), which also discards a match that straddles the separator of two joined texts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from auditkit.classify.rules.model import Rule
from auditkit.classify.rules.prefilter import trigger_expression, trigger_literals
from auditkit.errors import ConfigError
from auditkit.matcher import Matcher

__all__ = ["CompiledRules"]

_CHUNK_BYTES = 8 << 20
_MAX_OFFSETS = 8  # trigger positions kept per (text, expression): enough windows to find a match
_LITERALS_PER_EXPRESSION = 200  # Hyperscan limits the length of one expression


class CompiledRules:
    """The expression table of a rule set and its compiled matcher."""

    def __init__(self, rules: Sequence[Rule], *, name: str = "rules") -> None:
        self.rules = tuple(rules)
        table: dict[str, int] = {}
        #: for each expression id, the (rule index, pattern index) pairs it triggers
        self.triggers: dict[int, list[tuple[int, int]]] = {}
        self.literal_count = self.regex_count = 0
        for i, r in enumerate(self.rules):
            for k, p in enumerate(r.patterns):
                lits = trigger_literals(p)
                if lits is None:
                    exprs = [p]
                    self.regex_count += 1
                else:
                    ordered = sorted(lits)
                    exprs = [trigger_expression(ordered[j:j + _LITERALS_PER_EXPRESSION])
                             for j in range(0, len(ordered), _LITERALS_PER_EXPRESSION)]
                    self.literal_count += 1
                for expr in exprs:
                    pairs = self.triggers.setdefault(table.setdefault(expr, len(table)), [])
                    if (i, k) not in pairs:
                        pairs.append((i, k))
        self.patterns = list(table)
        self.is_anchor = np.ones(max(len(self.patterns), 1), dtype=bool)
        try:
            self.matcher = Matcher(self.patterns, name=name)
        except ValueError as exc:  # Hyperscan refused the database: name the rule, not an index
            raise _unsupported(self.rules, exc) from exc

    def candidates(self, texts: Sequence[str | None]) -> Iterator[tuple[int, dict[int, list[int] | None]]]:
        """For every text where a trigger occurred: ``(text_index, {expression id: end offsets})``.

        Offsets are character offsets into the text where a trigger match ended (None when the engine
        cannot say, with the ``re`` fallback: then the whole text is searched).
        """
        if not self.patterns:
            return
        if self.matcher.engine != "hyperscan":
            for t, text in enumerate(texts):
                if text:
                    seen = self.matcher.which(text)
                    if seen:
                        yield t, dict.fromkeys(seen)
            return
        start = 0
        while start < len(texts):
            stop, size = start, 0
            while stop < len(texts) and (size < _CHUNK_BYTES or stop == start):
                size += len(texts[stop] or "") + 1
                stop += 1
            yield from self._scan_chunk(texts, start, stop)
            start = stop

    def _scan_chunk(self, texts: Sequence[str | None], lo: int, hi: int
                    ) -> Iterator[tuple[int, dict[int, list[int] | None]]]:
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
        local = ev[:, 1] - starts[owner]
        found: dict[int, dict[int, list[int] | None]] = {}
        for p, o, off in zip(ev[:, 0].tolist(), owner.tolist(), local.tolist(), strict=True):
            offs = found.setdefault(o, {}).setdefault(p, [])
            if len(offs) < _MAX_OFFSETS:  # type: ignore[arg-type]
                offs.append(off)  # type: ignore[union-attr]
        for o in sorted(found):
            text = texts[lo + o] or ""
            if not text.isascii():  # byte offsets -> character offsets (few per text)
                raw = encoded[o]
                for offs in found[o].values():
                    offs[:] = [len(raw[:b].decode("utf-8", "ignore")) for b in offs]  # type: ignore[index]
            yield lo + o, found[o]


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
    """A ConfigError naming the first rule pattern whose compiled form Hyperscan refuses."""
    for r in rules:
        for k, p in enumerate(r.patterns):
            lits = sorted(trigger_literals(p) or ())
            exprs = [trigger_expression(lits[j:j + _LITERALS_PER_EXPRESSION])
                     for j in range(0, len(lits), _LITERALS_PER_EXPRESSION)] or [p]
            problem = next((q for q in map(_hyperscan_problem, exprs) if q), None)
            if problem:
                return ConfigError(r.source, f"{r.id}.patterns[{k}]",
                                   f"Hyperscan cannot compile it ({problem})",
                                   "simplify it: split long alternations into several rules, replace "
                                   "'.{0,N}' gaps by required terms with a window")
    return exc
