"""Trigger literals: the rare strings a rule pattern cannot match without.

Scanning hundreds of structured patterns (``(make|build|...) (\\w+ ){0,2}(bomb|...)``) costs Hyperscan
about as much per pattern as a whole pass, because their common words (make, get, how) keep waking its
automata up, while literal strings scan at gigabytes per second. So every rule pattern is reduced to a set
of *trigger literals* - lower-cased strings such that any match of the pattern contains at least one of
them - and only those go into the compiled database. Texts that contain a trigger are then checked with
the full pattern near the trigger (few texts, few rules). The triggers never change what a rule matches;
they only decide where the engine looks.

The literals are read from Python's own parse of the pattern (``re._parser``): in each concatenation the
pieces that are fixed finite strings are multiplied out (up to 256 strings, 2048 when nothing rare is
found otherwise), word boundaries are kept, and the factor expected to occur least often in text is kept,
estimated from word frequencies of technical English and common words of English and Chinese
(``auditkit/data/rules/prefilter-*.txt``); a branch needs a set in every alternative. Strings are only
shortened to their prefixes, so a boundary before a set stays true. A pattern for which nothing better than
stop words can be found stays a regular expression in the database.
"""

from __future__ import annotations

from collections.abc import Iterable

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

import re
import threading
from importlib import resources
from pathlib import Path

__all__ = ["trigger_literals", "literal_expression", "trigger_expression", "MAX_COST", "MIN_WEIGHT"]

_LIMITS = (256, 2048)  # most strings a factor may expand to: first try, then for patterns with no rare set
_state = threading.local()


def _limit() -> int:
    return getattr(_state, "limit", _LIMITS[0])
_MAXLEN = 48  # longest string kept in a factor
#: a trigger set expected this often (per million words: a stop word) is not specific: keep the regex
MAX_COST = 10000.0
#: nor is a set with a literal of fewer significant characters than this (one Chinese character: 2.5)
MIN_WEIGHT = 2.5

def _data_lines(name: str) -> list[str]:
    path = Path(str(resources.files("auditkit") / "data" / "rules" / name))
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """``[stop]`` and ``[common]`` words (``auditkit/data/rules/prefilter-common-words.txt``)."""
    lists: dict[str, set[str]] = {"stop": set(), "common": set()}
    current = lists["common"]
    for line in _data_lines("prefilter-common-words.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        else:
            current.update(line.lower().split())
    return frozenset(lists["stop"]), frozenset(lists["common"] - lists["stop"])


def _frequencies() -> dict[str, float]:
    """Occurrences per million words (``auditkit/data/rules/prefilter-word-frequencies.txt``)."""
    out = {}
    for line in _data_lines("prefilter-word-frequencies.txt"):
        word, _, value = line.partition("\t")
        out[word] = float(value)
    return out


_STOP, _COMMON = _word_lists()
_CJK_COMMON = tuple(w for w in _STOP | _COMMON if len(w) >= 2 and ord(w[0]) > 0x2E80)
_FREQ = _frequencies()
_WORD = re.compile(r"[a-z0-9']+")
_B = "\x00"  # a word boundary (\b) inside a literal string
_F = "\x01"  # marks a string that may begin in the middle of a word (its left context is unknown)


def _weight(s: str) -> float:
    """How specific a literal is: significant characters, a Chinese character counting 2.5."""
    t = s.replace(_B, "").replace(_F, "").strip()
    bonus = 1.0 * min(2, s.count(_B))  # a whole word is much rarer than the same letters inside words
    return bonus + sum(2.5 if ord(ch) > 0x2E80 else (1.0 if ch.isalnum() else 0.3) for ch in t)


def _word_rate(w: str) -> float:
    """Estimated occurrences per million words of one word."""
    if w in _STOP:
        return 10000.0
    rate = _FREQ.get(w, 3.0 if len(w) >= 4 else 30.0)
    return max(rate, 300.0) if w in _COMMON else rate


def _rarest(s: str) -> tuple[str, float]:
    """The rarest piece of a literal (a word, or a run of Chinese characters) and its rate per million."""
    t = s.replace(_B, " ").replace(_F, "").strip().lower()
    best = ("", 10000.0)
    for chunk in re.split(r"([\u2e80-\U0002ffff]+)", t):
        if not chunk:
            continue
        if ord(chunk[0]) > 0x2E80:  # a run of Chinese characters
            pieces = [(chunk, _cjk_rate(chunk))]
        else:
            pieces = [(w, _word_rate(w)) for w in _WORD.findall(chunk)]
        for piece in pieces:
            if piece[1] < best[1]:
                best = piece
    return best


def _cjk_rate(chunk: str) -> float:
    """Estimated rate of a run of Chinese characters: one character, or a common word plus at most one
    character (我们要, 发给我), is frequent; two characters are fairly rare; more are rare."""
    if chunk in _STOP or len(chunk) == 1:
        return 10000.0 if chunk in _STOP else 3000.0
    for w in _CJK_COMMON:
        if len(chunk) - len(w) <= 1 and (chunk.startswith(w) or chunk.endswith(w)):
            return 300.0
    return 30.0 if len(chunk) == 2 else 3.0


def _cost(s: str) -> float:
    """Estimated occurrences per million words of a literal (lower is rarer, so a better trigger)."""
    rate = _rarest(s)[1]
    if s.startswith(_F):
        return rate * 20
    if s[:1].isascii() and s[:1].isalnum():  # no boundary before: it also fires inside longer words
        return rate * 3
    return rate


def _score(strings: set[str]) -> float:
    """Higher is better: minus the expected rate of the set (strings sharing their rarest word count once)."""
    by_word: dict[str, float] = {}
    for x in strings:
        word = _rarest(x)[0]
        by_word[word] = max(by_word.get(word, 0.0), _cost(x))
    return -sum(by_word.values())


def _minimal(strings: Iterable[str]) -> set[str]:
    """Drop strings that begin with another one (the shorter is required anyway).

    Only prefixes are removed, never inner substrings, so that every string still starts where the
    pattern piece starts (a word boundary put before the set stays true). Spaces are kept: "con " is
    far rarer than "con" (connect).
    """
    items = sorted(set(strings), key=len)
    out: list[str] = []
    for s in items:
        if s.replace(_B, "").replace(_F, "").strip() and not any(s.startswith(o) for o in out):
            out.append(s)
    return set(out)


def _product(a: set[str], b: set[str]) -> set[str] | None:
    out = {x + y for x in a for y in b}
    if len(out) > _limit() or any(len(s) > _MAXLEN for s in out):
        return None
    return out


def _exact(items: list) -> set[str] | None:
    """Every string the sequence ``items`` can match, or None when unbounded or too many."""
    out: set[str] | None = {""}
    for op, av in items:
        node = _exact_node(op, av)
        if node is None or out is None:
            return None
        out = _product(out, node)
    return out


def _exact_node(op: object, av: object) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av).lower()}  # type: ignore[arg-type]
    if op is _c.AT:
        return {_B} if av is _c.AT_BOUNDARY else {""}
    if op is _c.SUBPATTERN:
        return _exact(av[-1])  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            e = _exact(alt)
            if e is None:
                return None
            out |= e
        return out if len(out) <= _limit() else None
    if op is _c.IN:
        chars: set[str] = set()
        for iop, iav in av:  # type: ignore[union-attr]
            if iop is _c.LITERAL:
                chars.add(chr(iav).lower())
            elif iop is _c.RANGE and iav[1] - iav[0] < 10:
                chars |= {chr(c).lower() for c in range(iav[0], iav[1] + 1)}
            else:
                return None
        return chars if len(chars) <= 10 else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        if hi > 3:
            return None
        e = _exact(sub)
        if e is None:
            return None
        out, cur = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= cur
            nxt = _product(cur, e)
            if nxt is None:
                return None
            cur = nxt
        return out if len(out) <= _limit() else None
    return None


def _required(items: list) -> tuple[set[str], bool] | None:
    """A set of strings one of which every match of ``items`` contains, the most specific found.

    The flag says whether the set comes from the start of ``items`` (so that a word boundary just
    before ``items`` also sits just before each string).
    """
    candidates: list[tuple[set[str], bool]] = []
    run: set[str] = {""}
    run_at_start = True
    for op, av in items:
        e = _exact_node(op, av)
        if e is not None:
            nxt = _product(run, e)
            if nxt is not None:
                run = nxt
                continue
            candidates.append((run, run_at_start))
            # restarting mid-sequence: unless the cut falls after a space or a boundary, the new strings
            # may begin inside a word ("ks" of "checks")
            left_word = any(x and x[-1].isascii() and x[-1].isalnum() for x in run)
            run = {_F + y if left_word and y[:1].isascii() and y[:1].isalnum() else y for y in e}
            run_at_start = False
            continue
        candidates.append((run, run_at_start))
        r = _required_node(op, av)
        if r is not None:
            found, inner_at_start = r
            if inner_at_start and run and all(x.endswith(_B) for x in run):
                found = {_B + x for x in found}  # the boundary before the group starts each string
            candidates.append((found, inner_at_start and run_at_start and _blank(run)))
        run, run_at_start = {""}, False
    candidates.append((run, run_at_start))
    minimal = ((_minimal(c), at) for c, at in candidates if not any(_blank(x) for x in c))
    usable = [(m, at) for m, at in minimal if m]
    return max(usable, key=lambda u: _score(u[0])) if usable else None


def _blank(s: str | set[str]) -> bool:
    if isinstance(s, set):
        return all(_blank(x) for x in s)
    return not s.replace(_B, "").replace(_F, "").strip()


def _required_node(op: object, av: object) -> tuple[set[str], bool] | None:
    if op is _c.SUBPATTERN:
        return _required(av[-1])  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        at_start = True
        for alt in av[1]:  # type: ignore[index]
            r = _required(alt)
            if r is None:
                return None
            out |= r[0]
            at_start = at_start and r[1]
        return _minimal(out), at_start
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return _required(av[2])  # type: ignore[index]
    return None


def trigger_literals(pattern: str) -> set[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains, or None if none is specific.

    ``pattern`` is matched case-insensitively with ASCII semantics (as the rules engine does).
    """
    try:
        parsed = _sre.parse(pattern, re.IGNORECASE | re.ASCII)
    except (re.error, ValueError):  # pragma: no cover - patterns are validated before this
        return None
    best = None
    for limit in _LIMITS:  # a larger product only for patterns whose small one finds nothing rare
        _state.limit = limit
        try:
            req = _required(list(parsed))
        finally:
            _state.limit = _LIMITS[0]
        if req and (best is None or _score(req[0]) > _score(best)):
            best = req[0]
        if best is not None and -_score(best) < 1000.0:
            break
    if not best or -_score(best) >= MAX_COST or min(_weight(x) for x in best) < MIN_WEIGHT:
        return None
    return best


_SPECIAL = frozenset(".^$*+?{}[]\\|()/")


def literal_expression(literal: str) -> str:
    """A regular expression matching exactly ``literal`` (case-insensitivity comes from the matcher).

    Word boundaries that the rule pattern puts around the literal are kept (``\\b``), so that short
    words do not trigger inside longer ones.
    """
    literal = literal.replace(_F, "")
    body = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in literal.strip(_B))
    return ("\\b" if literal.startswith(_B) else "") + body.replace(_B, "\\b") + (
        "\\b" if literal.endswith(_B) else "")


def trigger_expression(literals: Iterable[str]) -> str:
    """One alternation of ``literals`` (Hyperscan turns it into its fast multi-literal matcher)."""
    return "|".join(f"(?:{literal_expression(x)})" for x in sorted(literals))
