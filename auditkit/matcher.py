"""Many patterns over many texts in one compiled pass (Hyperscan), with exact spans for the hits.

Rule lexicons hold thousands of English and Chinese patterns. Looping over them in Python, or joining them
into one ``re`` alternation, runs about a thousand times slower than a multi-pattern engine
(``../shared/reference/performance-notes.md``). :class:`Matcher` compiles every pattern into one
Hyperscan database (serialised to a cache, since compiling 3,000 patterns takes seconds) and scans each
text once. Hyperscan reports *which* patterns matched; the exact character spans of those few hits are
then found with Python's ``re`` on that one text, so evidence offsets are exact.

Semantics, identical in both engines: case-insensitive, ``.`` does not cross newlines, and ``\\b``/``\\w``
are ASCII-based (so ``\\bkill\\b`` matches inside mixed text such as ``我kill了``, where a Unicode-aware
``\\b`` would not). Patterns use the common subset of Python ``re`` and Hyperscan syntax: no
back-references, no look-around.

If the ``hyperscan`` package is not installed (platforms without wheels), a slow pure-``re`` fallback
gives the same results and logs a warning once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("auditkit")

__all__ = ["Matcher", "cache_dir"]

_RE_FLAGS = re.IGNORECASE | re.ASCII


def cache_dir() -> Path:
    """Where compiled pattern databases are kept (``$AUDITKIT_CACHE_DIR`` or ``~/.cache/auditkit``)."""
    base = os.environ.get("AUDITKIT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "auditkit")
    return Path(base)


class Matcher:
    """A compiled set of regular expressions.

    Args:
        patterns: the regular expressions; a pattern's index in this sequence is its id in results.
        name: a label for log messages and cache files.
    """

    def __init__(self, patterns: Sequence[str], *, name: str = "patterns") -> None:
        self.patterns = tuple(patterns)
        self.name = name
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._local = threading.local()
        self._db: Any = None
        self._hs: Any = None
        for i, p in enumerate(self.patterns):
            try:
                re.compile(p, _RE_FLAGS)
            except re.error as exc:
                raise ValueError(f"pattern {i} ({p!r}) of {name} is not a valid regular expression: {exc}") from exc
        if self.patterns:
            self._build()

    # -- pickling: rebuild (from the cache) on the other side ----------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {"patterns": self.patterns, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["patterns"], name=state["name"])  # type: ignore[misc]

    @property
    def engine(self) -> str:
        """``hyperscan`` or ``re`` (the fallback)."""
        return "hyperscan" if self._db is not None else "re"

    def _digest(self) -> str:
        h = hashlib.sha256()
        h.update(b"auditkit-matcher-v1\0")
        for p in self.patterns:
            h.update(p.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:24]

    def _build(self) -> None:
        try:
            import hyperscan
        except ImportError:
            log.warning("hyperscan is not installed: matching %s with Python re (much slower)", self.name)
            return
        self._hs = hyperscan
        path = cache_dir() / f"hs-{self.name}-{self._digest()}-{hyperscan.__version__}.db"
        if path.exists():
            try:
                self._db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
                return
            except Exception:  # a corrupt or foreign cache file: rebuild it
                log.info("ignoring unreadable pattern cache %s", path)
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_ALLOWEMPTY
        exprs = [p.encode("utf-8") for p in self.patterns]
        try:
            db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs),
                       flags=[flags] * len(exprs))
        except hyperscan.error as exc:
            raise ValueError(f"{self.name}: a pattern is not supported by hyperscan: {exc}") from exc
        self._db = db
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(hyperscan.dumpb(db))
            os.replace(tmp, path)
        except OSError as exc:  # a read-only home is not an error, only slower next time
            log.info("could not cache compiled patterns at %s: %s", path, exc)

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._hs.Scratch(self._db)
            self._local.scratch = scratch
        return scratch

    def _regex(self, i: int) -> re.Pattern[str]:
        rx = self._compiled.get(i)
        if rx is None:
            rx = self._compiled[i] = re.compile(self.patterns[i], _RE_FLAGS)
        return rx

    # -- matching ----------------------------------------------------------------------------------------
    def which(self, text: str, *, verify: bool = False) -> list[int]:
        """Indices of the patterns that match somewhere in ``text`` (sorted, each once).

        ``verify`` re-checks every Hyperscan hit with ``re`` (the engines share the pattern semantics
        described above, so this is only a belt-and-braces option for tests).
        """
        if not self.patterns or not text:
            return []
        if self._db is None:
            return [i for i in range(len(self.patterns)) if self._regex(i).search(text)]
        hits: set[int] = set()

        def on_match(pid: int, _from: int, _to: int, _flags: int, _ctx: Any) -> int:
            hits.add(pid)
            return 0

        data = text.encode("utf-8", "surrogatepass")
        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        if verify:
            return sorted(i for i in hits if self._regex(i).search(text))
        return sorted(hits)

    def which_many(self, texts: Iterable[str | None]) -> list[tuple[int, int]]:
        """``(text_index, pattern_index)`` for every pattern matching each text (None texts skipped)."""
        out: list[tuple[int, int]] = []
        for t, text in enumerate(texts):
            if text:
                out.extend((t, p) for p in self.which(text))
        return out

    def match_offsets(self, data: bytes) -> np.ndarray:
        """End offsets (in bytes) of every match of any pattern in ``data`` (for scanning raw buffers)."""
        if not self.patterns or not data:
            return np.zeros(0, dtype=np.int64)
        if self._db is None:
            text = data.decode("utf-8", "surrogateescape")
            return np.asarray(sorted({len(text[: m.end()].encode("utf-8", "surrogateescape"))
                                      for i in range(len(self.patterns))
                                      for m in self._regex(i).finditer(text)}), dtype=np.int64)
        ends: list[int] = []

        def on_match(_pid: int, _from: int, to: int, _flags: int, _ctx: Any) -> int:
            ends.append(to)
            return 0

        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        return np.asarray(ends, dtype=np.int64)

    def spans(self, text: str, pattern: int) -> list[tuple[int, int]]:
        """Character spans ``(start, end)`` of every non-overlapping match of one pattern in ``text``."""
        return [m.span() for m in self._regex(pattern).finditer(text)]

    def __len__(self) -> int:
        return len(self.patterns)

    def __repr__(self) -> str:
        return f"<Matcher {self.name}: {len(self.patterns)} patterns, engine={self.engine}>"
