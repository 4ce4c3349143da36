"""Compiled inference kernel: text code points in, raw scores out, one compiled loop nest per text (numba).

The NumPy path (:func:`~auditkit.classify.model.features.occurrences` then
:meth:`~auditkit.classify.model.scoring.LinearModel.score`) materialises every occurrence of a sub-batch in a
few dozen whole-array passes (hashes, spans, kinds, blocks, lookups, one ``bincount`` per weight slot), ~80
us per 1.5 KB text. Here, per text and in cache-sized scratch arrays, :func:`_kernel` computes the same
hashes (:data:`features.SPEC_VERSION`, bit for bit: the same uint32 arithmetic, done in uint64 and masked),
looks each bucket up in a dense table and adds its weights into per-(block, category) sums: ~20 us per
1.5 KB English text, ~12 us per 500-character Chinese one. It computes scores only: the evidence of the
(rare) hits is built by the NumPy path, which keeps every occurrence's span.

**Same sums.** Weights are added per weight slot (a feature's first, second, ... category) into separate
accumulators, kind by kind and position by position, and the slots are added in order at the end: the order
in which the NumPy path's ``bincount`` per slot adds them. (The sums are exact anyway: every weight is a
float32 ``int8 * scale``, i.e. a multiple of the scale's float32 ulp below ``2**31`` of them, so a float64 sum
of fewer than ``2**22`` of them rounds nothing, in any order.) A text of at most ``window`` characters is one
block (the whole text, as in training); a longer one is cut into blocks of ``window // 2`` characters and
scored as the maximum over windows of two blocks, as in :mod:`~auditkit.classify.model.scoring`. The scores
are the NumPy path's, to the last bit on every text the tests try (``tests/classify/test_model_kernel.py``
asserts 1e-9).

The kernel is compiled on first use and cached on disk (``cache=True``: ``__pycache__`` beside this file,
or numba's user cache when that is read-only), so later processes load it in a fraction of a second.
:func:`available` is false when numba cannot be imported; the classifier then runs the NumPy path.
"""

from __future__ import annotations

import math

import numpy as np

from auditkit.classify.model import features as F

__all__ = ["available", "tables", "raw_scores"]

try:  # numba is a dependency, but inference must not break where it cannot be imported
    import importlib.util

    _HAVE_NUMBA = importlib.util.find_spec("numba") is not None
except (ImportError, ValueError):  # pragma: no cover
    _HAVE_NUMBA = False

_M32 = 0xFFFFFFFF
_K1 = int(F._K1)
_K2 = int(F._K2)
_K3 = int(F._K3)
_MARK = int(F._MARK)
_WORD = F.WORD
_CJK = F.CJK
#: scratch columns (and rows) for padding; see :func:`tables`
_PADS = 8


def available() -> bool:
    """Whether the compiled kernel can run here (numba importable)."""
    return _HAVE_NUMBA


def char_table() -> np.ndarray:
    """Per BMP code point: its lower-cased code point (low 16 bits) and that code point's class (bits 16+).

    One 256 KB table instead of the two lookups of :func:`features._codepoints` and ``features._CLASS``.
    """
    low = F._LOWER.astype(np.uint32)
    return low | (F._CLASS[low].astype(np.uint32) << np.uint32(16))


def tables(indptr: np.ndarray, cats: np.ndarray, values: np.ndarray, buckets: np.ndarray, bits: int,
           n_categories: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The kernel's view of the weights: ``(table, cat, val)``.

    ``table`` (``2**bits``, uint16 or int32): bucket -> feature row, where rows ``K`` .. ``K + 7`` (past the
    kept features) stand for the buckets the model did not keep; ``cat``/``val`` (rows x ``width``): each
    feature's weights in artefact order (as accumulator columns, see below), padded to ``width`` (the most
    weights of one feature) with a scratch column and weight 0, so every occurrence does the same ``width``
    additions: no branch on whether a bucket was kept or on how many weights it has. ``val`` is float32 when
    every weight is a float32 value (the artefact stores int8 times a float32 scale), which halves the memory
    the lookups touch; converting back to float64 is exact.
    """
    K = len(buckets)
    nnz = np.diff(indptr).astype(np.int64)
    width = max(int(nnz.max()) if K else 1, 1)
    rows = np.repeat(np.arange(K), nnz)
    slot = np.arange(len(cats)) - np.repeat(indptr[:-1].astype(np.int64), nnz)
    # padding goes to one of _PADS scratch columns (chosen by row), so that the padding additions of
    # consecutive occurrences do not all wait for each other on one memory cell; slot s of a block's
    # accumulator row is columns s * (C + _PADS) .. (s + 1) * (C + _PADS) - 1, and ``cat`` holds the column
    stride = n_categories + _PADS
    cat = np.empty((K + _PADS, width), dtype=np.uint16 if width * stride <= 0xFFFF else np.int32)
    cat[:] = (n_categories + np.arange(K + _PADS) % _PADS)[:, None] + stride * np.arange(width)[None, :]
    val = np.zeros((K + _PADS, width), dtype=np.float64)
    cat[rows, slot] = cats + stride * slot
    val[rows, slot] = values
    if np.array_equal(val.astype(np.float32).astype(np.float64), val):
        val = val.astype(np.float32)
    # buckets the model did not keep map to the _PADS rows past the last feature (all padding)
    table = (K + np.arange(1 << bits) % _PADS).astype(np.uint16 if K + _PADS <= 0xFFFF else np.int32)
    table[buckets] = np.arange(K)
    return table, cat, val


def _bucket(h: int, salt: int, mult: int, shift: int) -> int:
    """The bucket of an n-gram hash: salted by kind, mixed (:func:`features._bucket`), top bits kept."""
    M = np.uint64(_M32)
    h ^= salt
    h ^= h >> np.uint64(15)
    h = (h * mult) & M
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(_K3)) & M
    return h >> shift


def _kernel(cp: np.ndarray, offsets: np.ndarray, lengths: np.ndarray, ctab: np.ndarray, table: np.ndarray,
            cat: np.ndarray, val: np.ndarray, bias: np.ndarray, half: int, kind_on: np.ndarray, shift: int,
            salt: np.ndarray, mult: np.ndarray, out: np.ndarray) -> None:
    """Raw scores of the texts of one joined batch into ``out`` (n x C); see the module docstring.

    ``cp``: the UTF-32 code points of ``"\\x00" + "\\x00".join(texts) + "\\x00"`` (not lower-cased);
    ``ctab``: :func:`char_table`; ``table``, ``cat``, ``val``: :func:`tables`; ``half``: block size (0: whole
    texts); ``kind_on``: which of :data:`features.KINDS` the model uses; ``shift``: ``32 - bits``;
    ``salt``/``mult``: per-kind hash constants.

    Per text: (1) decode: lower-cased code point, class and "code point or mark" of every position, and its
    block; (2) words from a prefix sum of mixed pairs (as :func:`features._words`); (3) every occurrence's
    bucket and block into two buffers, kind by kind in position order; (4) one loop over the buffers adds
    each occurrence's weights. Steps 2 and 3 are written without data-dependent branches (an occurrence is
    always written and the buffer's end only advances when it is real): word and run boundaries are
    unpredictable, and a mispredicted branch costs more than hashing a position for nothing.
    """
    n = len(offsets)
    C = len(bias)
    width = cat.shape[1]
    maxlen = 0
    for t in range(n):
        maxlen = max(maxlen, lengths[t])
    maxblocks = max((maxlen + half - 1) // half, 1) if half > 0 else 1
    # per text scratch over local positions 0 .. len + 1 (0 and len + 1: the separators around the text)
    low = np.zeros(maxlen + 3, dtype=np.uint32)
    cls = np.zeros(maxlen + 3, dtype=np.uint8)
    mk = np.zeros(maxlen + 3, dtype=np.uint32)
    blk = np.zeros(maxlen + 3, dtype=np.int32)
    csum = np.zeros(maxlen + 3, dtype=np.uint64)
    whash = np.zeros(maxlen + 3, dtype=np.uint64)
    wbeg = np.zeros(maxlen + 3, dtype=np.int64)
    pos = np.zeros((4, maxlen + 3), dtype=np.int32)  # candidate positions of l4, c1, c2, c3
    obucket = np.zeros(6 * (maxlen + 3), dtype=np.uint32)
    oblock = np.zeros(6 * (maxlen + 3), dtype=np.int32)
    stride = C + _PADS
    row = width * stride  # a block's accumulator: slot s, category j at s * stride + j
    acc = np.zeros(maxblocks * row, dtype=np.float64)
    cnt = np.zeros(maxblocks, dtype=np.int64)
    M = np.uint64(_M32)
    K1 = np.uint64(_K1)
    K2 = np.uint64(_K2)
    SH = np.uint64(shift)
    for t in range(n):
        L = lengths[t]
        base = offsets[t] - 1  # joined index of local position 0
        nb = 1 if half <= 0 or L <= 2 * half else (L + half - 1) // half
        # (1) decode
        low[0] = 0
        cls[0] = 0
        mk[0] = _MARK
        ncjk = 0
        for q in range(1, L + 1):
            e = ctab[min(cp[base + q], np.uint32(0xFFFF))]
            lc = e & np.uint32(0xFFFF)
            k = e >> np.uint32(16)
            low[q] = lc
            cls[q] = k
            mk[q] = lc if k == _WORD else np.uint32(_MARK)
            ncjk += 1 if k == _CJK else 0
        for q in range(L + 1, L + 3):
            low[q] = 0
            cls[q] = 0
            mk[q] = _MARK
        if nb == 1:
            for q in range(L + 2):
                blk[q] = 0
        else:
            blk[0] = 0
            for i in range(nb):
                for q in range(1 + i * half, min(1 + (i + 1) * half, L + 2)):
                    blk[q] = i
        # (2) words [a, b) hash the mixed pairs a - 1 .. b - 1: csum[b] - csum[a - 1]
        h = np.uint64(0)
        csum[0] = 0
        for q in range(L + 1):
            g = ((np.uint64(mk[q]) * K2) + np.uint64(mk[q + 1])) & M
            g ^= g >> np.uint64(16)
            h = (h + g * K1) & M
            csum[q + 1] = h
        nw = 0
        cur = 1
        for q in range(1, L + 2):
            a = cls[q - 1] == _WORD
            b = cls[q] == _WORD
            cur = q if b and not a else cur
            wbeg[nw] = cur
            whash[nw] = (csum[q] - csum[cur - 1]) & M
            nw += 1 if a and not b else 0
        # (3) buckets and blocks of every occurrence, kind by kind
        no = 0
        if kind_on[0]:
            s0, m0 = np.uint64(salt[0]), np.uint64(mult[0])
            for i in range(nw):
                obucket[no] = _bucket(whash[i], s0, m0, SH)
                oblock[no] = blk[wbeg[i]]
                no += 1
        if kind_on[1]:
            s1, m1 = np.uint64(salt[1]), np.uint64(mult[1])
            for i in range(nw - 1):
                h2 = whash[i + 1]
                h = (whash[i] * K2 + (h2 ^ (h2 >> np.uint64(11)))) & M
                obucket[no] = _bucket(h, s1, m1, SH)
                oblock[no] = blk[wbeg[i]]
                no += 1
        # candidate positions, branch-free: a position is always written, the count only grows when it is one
        n4 = 0
        if kind_on[2] and nw:
            for q in range(0, L + 1):  # the 4-gram q .. q + 3 with q + 1 and q + 2 word characters
                pos[0, n4] = q
                n4 += 1 if (cls[q + 1] == _WORD) & (cls[q + 2] == _WORD) else 0
        n1 = n2 = n3 = 0
        if ncjk:
            for q in range(1, L + 1):
                c0 = cls[q] == _CJK
                c1 = c0 & (cls[q + 1] == _CJK)
                c2 = c1 & (cls[q + 2] == _CJK)
                pos[1, n1] = q
                n1 += 1 if c0 else 0
                pos[2, n2] = q
                n2 += 1 if c1 else 0
                pos[3, n3] = q
                n3 += 1 if c2 else 0
        if kind_on[2]:
            s2, m2 = np.uint64(salt[2]), np.uint64(mult[2])
            for i in range(n4):
                q = pos[0, i]
                h = (np.uint64(mk[q]) * K1 + np.uint64(mk[q + 1])) & M
                h = (h * K1 + np.uint64(mk[q + 2])) & M
                h = (h * K1 + np.uint64(mk[q + 3])) & M
                obucket[no] = _bucket(h, s2, m2, SH)
                oblock[no] = blk[q]
                no += 1
        if kind_on[3]:
            s3, m3 = np.uint64(salt[3]), np.uint64(mult[3])
            for i in range(n1):
                q = pos[1, i]
                obucket[no] = _bucket(np.uint64(low[q]), s3, m3, SH)
                oblock[no] = blk[q]
                no += 1
        if kind_on[4]:
            s4, m4 = np.uint64(salt[4]), np.uint64(mult[4])
            for i in range(n2):
                q = pos[2, i]
                h = (np.uint64(low[q]) * K1 + np.uint64(low[q + 1])) & M
                obucket[no] = _bucket(h, s4, m4, SH)
                oblock[no] = blk[q]
                no += 1
        if kind_on[5]:
            s5, m5 = np.uint64(salt[5]), np.uint64(mult[5])
            for i in range(n3):
                q = pos[3, i]
                h = (np.uint64(low[q]) * K1 + np.uint64(low[q + 1])) & M
                h = (h * K1 + np.uint64(low[q + 2])) & M
                obucket[no] = _bucket(h, s5, m5, SH)
                oblock[no] = blk[q]
                no += 1
        # (4) weights: per block, per slot, per category (columns C and up of a slot: padding)
        for i in range(nb * row):
            acc[i] = 0.0
        for i in range(nb):
            cnt[i] = 0
        for i in range(no):  # the table lookups first: independent loads, many in flight at once
            obucket[i] = table[obucket[i]]
        for i in range(no):
            f = obucket[i]
            b = oblock[i]
            cnt[b] += 1
            at = b * row
            for s in range(width):
                acc[at + cat[f, s]] += val[f, s]

        # block sums: the slots added in order (the NumPy path's ``sums += bincount`` per slot)
        for i in range(nb):
            at = i * row
            for j in range(C):
                v = acc[at + j]
                for s in range(1, width):
                    v += acc[at + s * stride + j]
                acc[at + j] = v
        if nb == 1:
            d = math.sqrt(float(max(cnt[0], 1)))
            for j in range(C):
                out[t, j] = (acc[j] + 0.0) / d + bias[j]
        else:
            for i in range(nb - 1):
                d = math.sqrt(float(max(cnt[i] + cnt[i + 1], 1)))
                for j in range(C):
                    v = (acc[i * row + j] + acc[(i + 1) * row + j]) / d + bias[j]
                    if i == 0 or v > out[t, j]:
                        out[t, j] = v


_COMPILED: list = []


def _compiled():  # noqa: ANN202 - the numba dispatcher
    """The kernel compiled by numba, on first use (importing numba takes ~0.3 s, so not at import time).

    ``cache=True``: the machine code is kept on disk and reloaded by later processes.
    """
    if not _COMPILED:
        from numba import njit

        global _bucket
        _bucket = njit(inline="always", cache=True)(_bucket)
        _COMPILED.append(njit(cache=True, nogil=True, boundscheck=False)(_kernel))
    return _COMPILED[0]


def raw_scores(texts: list[str], ctab: np.ndarray, table: np.ndarray, cat: np.ndarray, val: np.ndarray,
               bias: np.ndarray, half: int, kind_on: np.ndarray, bits: int) -> np.ndarray:
    """Raw scores (n x C, float64, max over windows) of ``texts`` with the compiled kernel."""
    n, C = len(texts), len(bias)
    out = np.zeros((n, C), dtype=np.float64)
    if not n:
        return out
    joined = "\x00" + "\x00".join(texts) + "\x00"
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    offsets = np.ones(n, dtype=np.int64)
    if n > 1:
        offsets[1:] += np.cumsum(lens[:-1] + 1)
    kern = _compiled()
    kern(cp, offsets, lens, ctab, table, cat, val, bias, int(half), kind_on, 32 - int(bits), _SALTS, _MULTS,
         out)
    return out


_SALTS = np.array([int(s) for s in F._SALT], dtype=np.uint64)
_MULTS = np.array([int(m) for m in F._MULT], dtype=np.uint64)
