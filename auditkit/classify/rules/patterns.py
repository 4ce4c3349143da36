"""Checks that a rule pattern is in the regular-expression subset that both engines run identically.

Rules run in one Hyperscan pass and their spans are then found with Python ``re``
(:mod:`auditkit.matcher`), so a pattern must mean the same thing to both: no look-around, no
back-references, no named groups or inline flags, no possessive quantifiers or atomic groups. Patterns
are also scanned over many texts joined together, so anchors (``^``, ``$``, ``\\A``, ``\\Z``) are
refused: a rule matches anywhere in a text. A pattern that can match the empty string would fire on
every text and is refused too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["pattern_problem", "alternation", "RE_FLAGS"]

RE_FLAGS = re.IGNORECASE | re.ASCII
_DOUBLED_ESCAPE = re.compile(r"\\\\[A-Za-z]")
_QUANT_END = "*+?}"


def _syntax_problem(p: str) -> str | None:
    i, n = 0, len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == "\\":
            nxt = p[i + 1] if i + 1 < n else ""
            if not in_class:
                if nxt in "123456789":
                    return f"back-reference \\{nxt} is not supported"
                if nxt in "AZzG":
                    return f"anchor \\{nxt} is not supported (rules match anywhere in a text)"
                if nxt == "g":
                    return "\\g<...> is not supported"
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            i += 1
            continue
        if c == "[":
            in_class = True
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":  # a literal ] first in the class
                j += 1
            i = j
            continue
        if c == "(" and i + 1 < n and p[i + 1] == "?":
            if i + 2 < n and p[i + 2] == ":":
                i += 3
                continue
            if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                return "look-around is not supported"
            if p.startswith("(?P=", i):
                return "back-reference (?P=...) is not supported"
            return f"group syntax {p[i:i + 4]!r} is not supported (use plain or (?:...) groups)"
        if c in "^$":
            return f"anchor {c!r} is not supported (rules match anywhere in a text)"
        if c == "+" and i > 0 and p[i - 1] in _QUANT_END and (i < 2 or p[i - 2] != "\\"):
            return "possessive quantifier is not supported"
        i += 1
    return None


def pattern_problem(p: object) -> str | None:
    """Why ``p`` cannot be used as a rule or cue pattern, or None if it can."""
    if not isinstance(p, str) or not p.strip():
        return "expected a non-empty string"
    problem = _syntax_problem(p)
    if problem:
        return problem
    if _DOUBLED_ESCAPE.search(p):
        return ("contains a doubled backslash before a letter (\\\\b matches a literal backslash); in YAML "
                "write patterns in single quotes with one backslash: '\\bword\\b'")
    try:
        rx = re.compile(p, RE_FLAGS)
    except re.error as exc:
        return f"not a valid regular expression ({exc})"
    if rx.search("") is not None:
        return "matches the empty string (it would fire on every text)"
    return None


def alternation(patterns: Sequence[str]) -> str:
    """One expression matching wherever any of ``patterns`` matches."""
    if len(patterns) == 1:
        return patterns[0]
    return "|".join(f"(?:{p})" for p in patterns)
