"""Fold full-width characters to ASCII without moving any offset.

Chinese text sometimes writes digits and letters in their full-width forms (``１３８１２３４５６７８``,
``ｓｋ－...``). Detection runs on a folded copy in which each full-width ASCII form (and each wide space)
is replaced by its ASCII twin, one character for one, so that every offset found in the copy is the same
offset in the original text.

The punctuation of ordinary Chinese sentences (``，：；！？（）＂``) does not by itself trigger folding,
because folding is the slow path and nearly every Chinese text has it; the patterns accept ``：`` where it
matters. Any other full-width form (a digit, a letter, ``＠＋－．＝``) folds the whole text.
"""

from __future__ import annotations

import re

__all__ = ["fold"]

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # ！ .. ～  ->  ! .. ~
_FOLD[0x3000] = 0x20  # ideographic space
_FOLD[0x00A0] = 0x20  # no-break space
# Any full-width form except ！＂（），：；？ triggers folding.
_NEEDS_FOLD = re.compile("[\uff03-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]")
_FOLDABLE_RUN = re.compile("[\uff01-\uff5e\u3000\u00a0]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def fold(text: str) -> str:
    """``text`` with full-width ASCII forms and wide spaces folded; same length, same offsets."""
    if _NEEDS_FOLD.search(text) is None:
        return text
    return _FOLDABLE_RUN.sub(_fold_run, text)
