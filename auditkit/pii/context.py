"""Context words: the words just before a candidate that support it (``手机``) or veto it (``订单号``).

Of all context words found in the window before a candidate, the *nearest* one decides: in
``订单号 6222...，手机 13812345678`` the mobile number is supported by ``手机`` even though ``订单号``
is inside its window too. English words match whole words only (``tel`` does not match ``hotel``, and
``ref`` does not match inside the key ``9ref2``); a digit may follow them (``card4111...``). Chinese words
match anywhere, since Chinese is written without spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ContextMatcher", "SUPPORTS", "VETOES", "NEUTRAL"]

SUPPORTS = 1
VETOES = -1
NEUTRAL = 0


def _word_pattern(word: str) -> str:
    escaped = re.escape(word).replace(r"\ ", r"[ _-]?")
    if word.isascii():
        return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z])"
    return escaped


def _alternation(words: Sequence[str]) -> str:
    # Longest first, so that "手机号" is preferred over "手机" at the same position.
    return "|".join(_word_pattern(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class ContextMatcher:
    """Finds the nearest supporting or vetoing word in the ``window`` characters before an offset."""

    def __init__(self, positive: Sequence[str], negative: Sequence[str], window: int) -> None:
        self.positive = tuple(positive)
        self.negative = tuple(negative)
        self.window = window
        parts = []
        if positive:
            parts.append(f"(?P<pos>{_alternation(positive)})")
        if negative:
            parts.append(f"(?P<neg>{_alternation(negative)})")
        self._regex = re.compile("|".join(parts), re.IGNORECASE)

    def judge(self, text: str, start: int) -> int:
        """:data:`SUPPORTS`, :data:`VETOES` or :data:`NEUTRAL` for a candidate starting at ``start``."""
        lo = max(0, start - self.window)
        last = None
        for last in self._regex.finditer(text, lo, start):  # noqa: B007 - the last match is the nearest
            pass
        if last is None:
            return NEUTRAL
        return SUPPORTS if last.lastgroup == "pos" else VETOES

    def __repr__(self) -> str:
        return f"<ContextMatcher +{len(self.positive)} -{len(self.negative)} window={self.window}>"
