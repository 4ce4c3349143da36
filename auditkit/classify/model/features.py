"""Hashed n-gram features of a batch of texts, computed with NumPy in a few dozen vectorised passes.

Why not sklearn's ``HashingVectorizer``: it tokenises in Python and runs ~1.5k texts/s per core
(``../shared/reference/performance-notes.md``). Here the whole batch is one array of code points and every
step is a NumPy operation on uint32 arrays, so the cost is a few nanoseconds per character.

Feature spec (:data:`SPEC_VERSION`, recorded in the model card):

* the batch is joined with ``\\x00`` separators (one before the first text and one after the last), read
  as UTF-32 code points and lower-cased with a lookup table (single-character case mappings of Latin,
  Greek, Cyrillic; full-width ASCII U+FF01..U+FF5E folded to ASCII; code points above U+FFFF clipped);
* every code point gets a class from a 64 K lookup table: *word* (ASCII letters and digits, Latin, Greek
  and Cyrillic letters), *CJK* (Han, kana, Hangul) or *other* (space, punctuation, emoji, ...);
* ``w1``: word unigrams (maximal runs of word characters);
* ``w2``: word bigrams (two consecutive words of one text, whatever lies between them);
* ``l4``: character 4-grams of words, with a boundary mark on each side of a word (so an obfuscated
  ``nigg3r`` or ``sosickening`` shares pieces with the clean spelling);
* ``c1``, ``c2``, ``c3``: CJK character 1-, 2- and 3-grams inside runs of CJK characters;
* every n-gram is hashed (32-bit polynomial hash, salted by kind, multiplicative finaliser) into one of
  ``2**bits`` buckets.

A text's feature vector counts bucket occurrences and divides by the square root of the text's number of
occurrences (a cheap stand-in for L2 normalisation that needs no de-duplication).

One function serves training (all buckets) and inference (a lookup table keeps the buckets the model
kept), so the features a model runs on are, by construction, the ones it was trained on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["SPEC_VERSION", "KINDS", "Occurrences", "occurrences", "char_class_table", "span_text"]

SPEC_VERSION = "hashgram-1"
#: feature kinds; the index is the kind id stored in :attr:`Occurrences.kind`
KINDS: tuple[str, ...] = ("w1", "w2", "l4", "c1", "c2", "c3")

_U32 = np.uint32
_K1 = _U32(0x01000193)  # FNV prime: polynomial step
_K2 = _U32(0x85EBCA6B)
_K3 = _U32(0xC2B2AE35)
_SALT = tuple(_U32((0x9E3779B9 * (k + 1)) & 0xFFFFFFFF) for k in range(len(KINDS)))
_MULT = tuple(_U32((0x2545F491 + 0x1000 * k) | 1) for k in range(len(KINDS)))
_MARK = _U32(1)

OTHER, WORD, CJK = 0, 1, 2


def char_class_table() -> np.ndarray:
    """The class (0 other, 1 word, 2 CJK) of every code point of the Basic Multilingual Plane."""
    t = np.zeros(0x10000, dtype=np.uint8)
    t[ord("0"):ord("9") + 1] = WORD
    t[ord("a"):ord("z") + 1] = WORD
    t[ord("A"):ord("Z") + 1] = WORD
    t[0x00C0:0x0250] = WORD  # Latin-1 letters and Latin Extended-A/B
    t[[0x00D7, 0x00F7]] = OTHER  # multiplication and division signs
    t[0x0370:0x0530] = WORD  # Greek, Cyrillic
    t[0x1E00:0x1F00] = WORD  # Latin Extended Additional (Vietnamese)
    t[0x3040:0x3100] = CJK  # Hiragana, Katakana
    t[0x3400:0x4DC0] = CJK  # CJK Extension A
    t[0x4E00:0xA000] = CJK  # CJK Unified Ideographs
    t[0xAC00:0xD7A4] = CJK  # Hangul syllables
    t[0xF900:0xFB00] = CJK  # CJK compatibility ideographs
    t[0xFFFF] = OTHER  # code points above the BMP are clipped to U+FFFF
    return t


_CLASS = char_class_table()


@dataclass(frozen=True)
class Occurrences:
    """Every n-gram occurrence of a batch, as parallel arrays grouped by kind (in :data:`KINDS` order).

    ``text``: index of the text in the batch (non-decreasing within one kind); ``bucket``: hashed feature
    in ``[0, 2**bits)``; ``kind``: index into :data:`KINDS`; ``pos``/``end``: span in the joined batch
    (``pos - offsets[text]`` is the offset in the text; ``l4`` spans may include the neighbouring non-word
    character, see :func:`span_text`); ``kind_bounds``: where each kind's rows start and end;
    ``n_occ``: occurrences per text; ``offsets``: where each text starts in the joined batch; ``lengths``:
    each text's length; ``cls``: the class (:data:`OTHER`, :data:`WORD`, :data:`CJK`) of every character of
    the joined batch (to trim spans without going back to the strings).
    """

    text: np.ndarray
    bucket: np.ndarray
    kind: np.ndarray
    pos: np.ndarray
    end: np.ndarray
    kind_bounds: np.ndarray
    n_occ: np.ndarray
    offsets: np.ndarray
    lengths: np.ndarray
    cls: np.ndarray


def lower_table() -> np.ndarray:
    """Lower-case code point of every BMP code point (single-character mappings; full-width ASCII folded)."""
    t = np.arange(0x10000, dtype=np.uint32)
    for lo, hi in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x2000), (0x2C00, 0x2D30)):
        for i in range(lo, hi):
            low = chr(i).lower()
            if len(low) == 1:
                t[i] = ord(low)
    t[0xFF01:0xFF5F] = t[0x21:0x7F]
    t[0xFFFF] = 0xFFFF  # code points above the BMP are clipped here (their class is OTHER)
    return t


def _codepoints(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lower-cased code points (BMP, astral clipped to U+FFFF) of the joined batch, text offsets, lengths."""
    joined = "\x00" + "\x00".join(texts) + "\x00"
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    offsets = np.ones(len(texts), dtype=np.int64)
    if len(texts) > 1:
        offsets[1:] += np.cumsum(lens[:-1] + 1)
    return _LOWER[np.minimum(cp, _U32(0xFFFF))], offsets, lens

_LOWER = lower_table()


def _bucket(h: np.ndarray, kind: int, bits: int) -> np.ndarray:
    h = h ^ _SALT[kind]
    h ^= h >> _U32(15)
    h *= _MULT[kind]
    h ^= h >> _U32(13)
    h *= _K3
    return (h >> _U32(32 - bits)).astype(np.int32)


def _words(cp: np.ndarray, is_w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Word hashes and spans, and the marked sequence (non-word characters replaced by a mark)."""
    marked = np.where(is_w, cp, _MARK)
    g = marked[:-1] * _K2 + marked[1:]  # every adjacent pair, marks included
    g ^= g >> _U32(16)
    g *= _K1
    csum = np.zeros(len(g) + 1, dtype=np.uint32)
    np.cumsum(g, dtype=np.uint32, out=csum[1:])
    edge = np.diff(is_w.view(np.int8))
    begin = np.flatnonzero(edge == 1) + 1
    end = np.flatnonzero(edge == -1) + 1
    # a word [a, b) hashes its pairs a-1 .. b-1, i.e. with the marks on both sides
    wh = csum[end] - csum[begin - 1]
    return wh, begin, end, marked


def occurrences(texts: Sequence[str], bits: int, kinds: Sequence[str] = KINDS) -> Occurrences:
    """All n-gram occurrences of ``texts`` (see the module docstring for the spec), of the given kinds."""
    n = len(texts)
    if n == 0:
        e = np.zeros(0, dtype=np.int64)
        return Occurrences(e.astype(np.int32), e.astype(np.int32), e.astype(np.int8), e, e,
                           np.zeros(len(KINDS) + 1, dtype=np.int64), e, e, e, np.zeros(0, np.uint8))
    cp, offsets, lens = _codepoints(texts)
    N = len(cp)
    cls = _CLASS[cp]
    sep = np.zeros(N, dtype=np.int32)
    sep[offsets[1:] - 1] = 1 if n > 1 else 0
    text_of = np.cumsum(sep, dtype=np.int32)  # index of the text each character belongs to
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # per kind: (bucket, pos, end)

    is_w = cls == WORD
    wh, wb, we, marked = _words(cp, is_w)
    none = (np.zeros(0, np.int32), np.zeros(0, np.int64), np.zeros(0, np.int64))
    parts.append((_bucket(wh, 0, bits), wb, we) if "w1" in kinds else none)
    if len(wh) > 1 and "w2" in kinds:
        same = np.flatnonzero(text_of[wb[1:]] == text_of[wb[:-1]])
        bh = wh[:-1][same] * _K2 + (wh[1:][same] ^ (wh[1:][same] >> _U32(11)))
        parts.append((_bucket(bh, 1, bits), wb[same], we[same + 1]))
    else:
        parts.append(none)
    if len(wh) and "l4" in kinds:
        g4 = ((marked[:-3] * _K1 + marked[1:-2]) * _K1 + marked[2:-1]) * _K1 + marked[3:]
        p4 = np.flatnonzero(is_w[1:-2] & is_w[2:-1])
        parts.append((_bucket(g4[p4], 2, bits), p4, p4 + 4))
    else:
        parts.append(none)

    is_c = cls == CJK
    p1 = np.flatnonzero(is_c)
    parts.append((_bucket(cp[p1], 3, bits), p1, p1 + 1) if "c1" in kinds else none)
    if len(p1) > 1:
        h2 = cp[:-1] * _K1 + cp[1:]
        ok2 = is_c[:-1] & is_c[1:]
        p2 = np.flatnonzero(ok2)
        parts.append((_bucket(h2[p2], 4, bits), p2, p2 + 2) if "c2" in kinds else none)
        p3 = np.flatnonzero(ok2[:-1] & is_c[2:])
        h3 = h2[p3] * _K1 + cp[p3 + 2]
        parts.append((_bucket(h3, 5, bits), p3, p3 + 3) if "c3" in kinds else none)
    else:
        parts.extend((none, none))

    sizes = np.array([len(p[0]) for p in parts], dtype=np.int64)
    kind_bounds = np.concatenate([[0], np.cumsum(sizes)])
    pos = np.concatenate([p[1] for p in parts])
    tid = text_of[pos]
    return Occurrences(
        text=tid,
        bucket=np.concatenate([p[0] for p in parts]),
        kind=np.repeat(np.arange(len(KINDS), dtype=np.int8), sizes),
        pos=pos,
        end=np.concatenate([p[2] for p in parts]),
        kind_bounds=kind_bounds,
        n_occ=np.bincount(tid, minlength=n),
        offsets=offsets,
        lengths=lens,
        cls=cls,
    )


def span_text(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a feature span to the word or CJK characters it covers (``l4`` spans include their marks)."""
    start, end = max(start, 0), min(end, len(text))
    while start < end and _CLASS[min(ord(text[start]), 0xFFFF)] == OTHER:
        start += 1
    while end > start and _CLASS[min(ord(text[end - 1]), 0xFFFF)] == OTHER:
        end -= 1
    return start, end
