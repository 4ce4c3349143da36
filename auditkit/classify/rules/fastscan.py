"""The one-pass scan of the fast path: trigger literals, full rule patterns and required terms together.

The reference path (:meth:`RulesClassifier.classify_texts_reference`) scans the trigger literals, then
confirms every triggered rule pattern with a per-rule Hyperscan call on a window of the text and checks
its required terms with ``re``. On realistic traffic nearly every text holds some trigger word (about 3.7
triggered rules per text), so that per-candidate follow-up dominated the run time.

Here one compiled database holds, besides the trigger expressions (unchanged, so the search windows are
the same), every rule's full patterns and its required term groups. One scan of a batch of texts (joined
by newlines, one scratch) gives, per text, the end offsets of every full pattern and which term groups
occur at all. The rule logic then runs in Python only for the candidates whose full pattern really
matches inside one of its windows and whose required groups all occur in the text; for them it is the
reference logic itself (``re`` for the exact spans, required terms in scope, ``unless``, negation).

Both filters are necessary conditions of a match under the shared semantics of the two engines
(:mod:`auditkit.matcher`): a match of ``re`` inside the window ``[lo, hi)`` is a match of the pattern in
the whole text, so Hyperscan reports its end in ``(lo, hi]``; a required term found within a region of the
text occurs in the text. They differ from the reference only where the reference looks at a slice whose
edge cuts a word (``\\b`` at the slice end is then true): such "matches" are not matches of the text.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from auditkit.classify.rules.model import Cue, Rule
from auditkit.classify.rules.scan import CompiledRules

__all__ = ["FastScan", "TextEvents", "relaxed", "char_offsets"]

#: ``keep(text, raw, events)``: prunes ``events.full`` (byte offsets) to the rules that can still fire in
#: the text and says whether any is left (:mod:`.feasible`)
Keep = Callable[[str, Any, "TextEvents"], bool]


def relaxed(pattern: str) -> str:
    """``pattern`` without its word-boundary assertions (``\\b``, ``\\B``).

    It matches wherever the pattern matches, in the whole text or in any slice of it: a boundary is the
    only part of the rules' pattern subset that depends on characters outside the match, and the one
    that a slice's end can turn true where the whole text says false. So "the relaxed pattern occurs in
    the text" is a necessary condition of every ``re`` search the reference makes, on any slice.
    """
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            if not in_class and pattern[i + 1] in "bB":
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)

_CHUNK_BYTES = 8 << 20
_MAX_OFFSETS = 8  # as CompiledRules: trigger positions kept per (text, expression)


class TextEvents:
    """What the scan saw in one text."""

    __slots__ = ("triggers", "full")

    def __init__(self) -> None:
        #: trigger expression id -> first end offsets (characters)
        self.triggers: dict[int, list[int]] = {}
        #: (rule index, pattern index) -> end offsets (characters) of the full pattern's matches
        self.full: dict[tuple[int, int], list[int]] = {}


class FastScan:
    """One Hyperscan database: trigger expressions, full rule patterns, required term groups."""

    def __init__(self, compiled: CompiledRules, rules: Sequence[Rule], cues: Sequence[Cue] = (), *,
                 name: str = "rules-fast") -> None:
        import hyperscan  # the fast path exists only with Hyperscan

        from auditkit.matcher import Matcher

        self._args = (compiled, tuple(rules), tuple(cues), name)
        self.compiled = compiled
        #: full pattern id -> (rule index, pattern index)
        self.full_ids: list[tuple[int, int]] = []
        patterns: list[str] = []
        group_ids: dict[str, int] = {}
        #: per rule index, the group ids its required term groups need
        self.rule_groups: list[tuple[int, ...]] = []
        for i, r in enumerate(rules):
            for k, p in enumerate(r.patterns):
                patterns.append(relaxed(p))
                self.full_ids.append((i, k))
            gids = []
            for g in r.requires:
                gids.append(group_ids.setdefault(g.pattern, len(group_ids)))
            self.rule_groups.append(tuple(gids))
            if r.unless:
                group_ids.setdefault(r.unless, len(group_ids))
        #: ids below this are required terms and unless terms, from it on negation cues
        self.n_terms = len(group_ids)
        for c in cues:
            if c.kind == "negation":
                group_ids.setdefault(c.pattern, len(group_ids))
        #: pattern -> id in the presence databases (required term groups, unless terms, negation cues)
        self.presence_ids = group_ids
        self.matcher = Matcher(patterns, name=name)
        if self.matcher.engine != "hyperscan" or compiled.matcher.engine != "hyperscan":
            raise RuntimeError("the fast path needs hyperscan")
        self._hs = hyperscan
        # the term groups and cues occur often (common words): they are scanned apart, per text that needs
        # them, each reported once (HS_FLAG_SINGLEMATCH), since only their presence is used here; the
        # negation cues in a database of their own, scanned only for a text with an otherwise
        # qualifying match
        ordered = list(group_ids)
        self.presence_dbs = tuple(
            _compile_single([relaxed(p) for p in part], f"{name}-presence{n}") if part else None
            for n, part in enumerate((ordered[:self.n_terms], ordered[self.n_terms:])))
        self._local = threading.local()

    # -- pickling: rebuild (from the caches) on the other side ----------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {"args": self._args}

    def __setstate__(self, state: dict[str, Any]) -> None:
        compiled, rules, cues, name = state["args"]
        self.__init__(compiled, rules, cues, name=name)  # type: ignore[misc]

    def groups_in(self, text: str, part: int = 0) -> set[int]:
        """Ids of the presence patterns of ``part`` (0: required and unless terms, 1: negation cues)
        occurring in ``text`` (one scan)."""
        found: set[int] = set()
        db = self.presence_dbs[part]
        if db is None or not text:
            return found
        scratches = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = [None, None]
        scratch = scratches[part]
        if scratch is None:
            scratch = scratches[part] = self._hs.Scratch(db)
        add = found.add
        base = self.n_terms if part else 0

        def on_match(pid: int, _from: int, _to: int, _flags: int, _ctx: Any) -> int:
            add(pid + base)
            return 0

        db.scan(text.encode("utf-8", "surrogatepass"), match_event_handler=on_match, scratch=scratch)
        return found

    def scan(self, texts: Sequence[str | None], keep: Keep | None = None) -> Iterator[tuple[int, TextEvents]]:
        """``(text_index, events)`` for every text where a full pattern and a trigger expression occurred.

        ``keep``, when given, is called on each text's events (``full`` still in byte offsets of ``raw``,
        the text's UTF-8 bytes, or the text itself when it is ASCII) before the trigger pass; a text it
        rejects is not yielded and the triggers are looked for only in the texts it keeps.
        """
        start = 0
        while start < len(texts):
            stop, size = start, 0
            while stop < len(texts) and (size < _CHUNK_BYTES or stop == start):
                size += len(texts[stop] or "") + 1
                stop += 1
            yield from self._scan_chunk(texts, start, stop, keep)
            start = stop

    def _joined_scan(self, matcher: Any, data: bytes) -> tuple[list[int], list[int]]:
        pids: list[int] = []
        tos: list[int] = []
        pa, ta = pids.append, tos.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: Any) -> int:
            pa(pid)
            ta(to)
            return 0

        matcher._db.scan(data, match_event_handler=on_match, scratch=matcher._scratch())  # noqa: SLF001
        return pids, tos

    @staticmethod
    def _owners(lengths: list[int], tos: list[int]) -> tuple[list[int], list[int]]:
        """For end offsets in a buffer of texts of ``lengths`` (each + a newline): (text, local offset)."""
        ends = np.cumsum(np.asarray(lengths, dtype=np.int64) + 1)
        to_arr = np.asarray(tos, dtype=np.int64)
        owner = np.searchsorted(ends, to_arr - 1, side="right")
        local = to_arr - (ends - np.asarray(lengths, dtype=np.int64) - 1)[owner]
        return owner.tolist(), local.tolist()

    def _scan_chunk(self, texts: Sequence[str | None], lo: int, hi: int,
                    keep: Keep | None = None) -> Iterator[tuple[int, TextEvents]]:
        chunk = [t or "" for t in texts[lo:hi]]
        if all(t.isascii() for t in chunk):
            encoded: list[Any] = chunk
            data = "\n".join(chunk).encode("ascii")
        else:
            encoded = [t.encode("utf-8", "surrogatepass") for t in chunk]
            data = b"\n".join(encoded)
        lengths = [len(b) for b in encoded]
        # 1. the full rule patterns over every text
        pids, tos = self._joined_scan(self.matcher, data)
        if not pids:
            return
        owner, local = self._owners(lengths, tos)
        full_ids = self.full_ids
        found: dict[int, TextEvents] = {}
        for p, o, off in zip(pids, owner, local, strict=True):
            if off > lengths[o]:
                continue  # a match running into the joining newline
            ev = found.get(o)
            if ev is None:
                ev = found[o] = TextEvents()
            payload = full_ids[p]
            offs = ev.full.get(payload)
            if offs is None:
                ev.full[payload] = [off]
            else:
                offs.append(off)
        if keep is not None:
            found = {o: ev for o, ev in found.items() if keep(chunk[o], encoded[o], ev)}
        if not found:
            return
        # 2. the trigger expressions (which decide the search windows) over the texts with a full match
        subset = sorted(found)
        sub = [encoded[o] for o in subset]
        sub_data = "\n".join(sub).encode("ascii") if isinstance(sub[0], str) else b"\n".join(sub)
        pids, tos = self._joined_scan(self.compiled.matcher, sub_data)
        if pids:
            sub_owner, sub_local = self._owners([lengths[o] for o in subset], tos)
            for p, so, off in zip(pids, sub_owner, sub_local, strict=True):
                trig = found[subset[so]].triggers
                offs = trig.get(p)
                if offs is None:
                    trig[p] = [off]
                elif len(offs) < _MAX_OFFSETS:
                    offs.append(off)
        for o in subset:
            ev = found[o]
            if not ev.triggers:
                continue
            if not chunk[o].isascii():  # byte offsets -> character offsets
                _to_chars(chunk[o], encoded[o], [*ev.triggers.values(), *ev.full.values()])
            yield lo + o, ev


def char_offsets(text: str, raw: Any, offsets: list[int]) -> list[int] | None:
    """Character offsets of the byte ``offsets`` into ``raw`` (``text`` in UTF-8; ``raw`` is ``text``
    itself when it is ASCII), as :func:`_to_chars` computes them, or None when ``text`` holds lone
    surrogates (whose offsets the reference computes differently)."""
    if raw is text:
        return offsets
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return [len(raw[:b].decode("utf-8", "ignore")) for b in offsets]


def _to_chars(text: str, raw: bytes, lists: list[list[int]]) -> None:
    """Byte offsets into ``raw`` (``text`` in UTF-8) -> character offsets, in place: what the reference
    computes, ``len(raw[:b].decode("utf-8", "ignore"))``, read from one table of character starts when
    ``text`` is valid UTF-8 (no lone surrogates) and every offset falls on a character boundary."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        starts = (np.frombuffer(raw, dtype=np.uint8) & 0xC0) != 0x80
        chars = np.concatenate(([0], np.cumsum(starts))).tolist()
        bounds = [*starts.tolist(), True]
        if all(bounds[b] for offs in lists for b in offs):
            for offs in lists:
                offs[:] = [chars[b] for b in offs]
            return
    for offs in lists:
        offs[:] = [len(raw[:b].decode("utf-8", "ignore")) for b in offs]


def _compile_single(patterns: list[str], name: str) -> Any:
    """A Hyperscan database of ``patterns`` (the matcher's flags plus HS_FLAG_SINGLEMATCH), cached on disk."""
    import hyperscan

    from auditkit.matcher import cache_dir

    h = hashlib.sha256(b"auditkit-single-v1\0")
    for p in patterns:
        h.update(p.encode("utf-8") + b"\0")
    path = cache_dir() / f"hs-{name}-{h.hexdigest()[:24]}-{hyperscan.__version__}.db"
    if path.exists():
        try:
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        except Exception:  # noqa: BLE001 - a corrupt cache file: rebuild it
            pass
    flags = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_ALLOWEMPTY
             | hyperscan.HS_FLAG_SINGLEMATCH)
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[p.encode("utf-8") for p in patterns], ids=list(range(len(patterns))),
               elements=len(patterns), flags=[flags] * len(patterns))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(hyperscan.dumpb(db))
        os.replace(tmp, path)
    except OSError as exc:
        logging.getLogger("auditkit").info("could not cache compiled patterns at %s: %s", path, exc)
    return db
