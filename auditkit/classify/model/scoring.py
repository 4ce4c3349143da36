"""Linear scores from hashed n-gram occurrences: the inference core (no sklearn).

Two paths compute the same scores: :meth:`LinearModel.raw_fast` runs the compiled kernel of
:mod:`~auditkit.classify.model.kernel` (scores only, ~3-4x faster); :meth:`LinearModel.score` is the NumPy
reference described here, which also keeps every occurrence (the evidence of hits needs their spans) and
which training uses (:meth:`LinearModel.raw_texts`), so the shipped artefact does not depend on numba.

Kept features are looked up with a dense table over all ``2**bits`` buckets (int32, -1 = not kept), so
the cost per occurrence is one array read; the (sparse) weights of the kept occurrences are summed per
(block, category) with one ``bincount`` per weight slot (a feature's first, second, ... category).

**Windows.** The model is trained on short texts (95% of the training rows are under 260 characters) and a
text's feature vector is divided by the square root of its number of n-gram occurrences, so a long text
(a 1.5 KB system prompt plus turns) piles up many small positive weights that no training row ever had.
A text longer than ``window`` characters is therefore scored in windows of ``window`` characters that
overlap by half: the text is cut into blocks of ``window // 2`` characters (an occurrence belongs to the
block where it starts), window ``k`` is blocks ``k`` and ``k + 1``, and the text's raw score per category is
the maximum over its windows. Any phrase of up to ``window // 2`` characters lies whole in one window; a
text of at most ``window`` characters is one window, scored exactly as in training. Block sums are
computed once and each window adds two of them, so windows cost no more than whole texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from auditkit.classify.model import kernel
from auditkit.classify.model.features import KINDS, Occurrences, occurrences

__all__ = ["LinearModel", "Scored", "sigmoid", "from_arrays"]

#: texts are featurised in sub-batches of about this many characters (keeps the arrays in cache)
CHUNK_CHARS = 48_000
#: the compiled kernel reads batches of about this many characters (bounds the joined UTF-32 copy)
KERNEL_CHARS = 1_000_000


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))


@dataclass
class Scored:
    """Scores of one featurised sub-batch.

    ``raw`` (n x C): each text's raw score (max over its windows); ``window`` (n x C): the index of the
    window that gave it (into ``win_block``); ``win_block``/``win_two``: each window's first block and
    whether it also covers the next one; ``win_count``: occurrences per window; ``block``: the block of
    every kept occurrence (``rows``: its row in ``occ``; ``fid``: its feature); ``n_blocks``; ``entries``: the
    weight slots of the kept occurrences (:meth:`LinearModel.entries`).
    """

    occ: Occurrences
    raw: np.ndarray
    window: np.ndarray
    win_block: np.ndarray
    win_two: np.ndarray
    win_count: np.ndarray
    rows: np.ndarray
    fid: np.ndarray
    block: np.ndarray
    n_blocks: int
    entries: list[tuple[np.ndarray, np.ndarray, np.ndarray]]


@dataclass
class LinearModel:
    """Kept buckets and their sparse weights (feature-major CSR), bias and the feature spec.

    ``indptr`` (K+1), ``cats`` and ``values`` hold, for kept feature ``k``, the categories
    ``cats[indptr[k]:indptr[k+1]]`` it has a weight for and those weights. Most features matter for one
    to three categories, so scoring touches a few numbers per occurrence instead of ``C``. ``window``:
    the scoring window in characters (0: whole texts).
    """

    bits: int
    kinds: tuple[str, ...]
    buckets: np.ndarray
    indptr: np.ndarray
    cats: np.ndarray
    values: np.ndarray
    bias: np.ndarray
    window: int = 0

    def __post_init__(self) -> None:
        self.n_categories = len(self.bias)
        self.indptr = self.indptr.astype(np.int64)
        self.cats = self.cats.astype(np.int64)
        self.values = self.values.astype(np.float64)
        # internal feature ids are ordered by how many categories a feature weighs on (most first), so the
        # features with an (s+1)-th weight are the ids below ``_slot_end[s]``: slot s holds every feature's
        # (s+1)-th (category, weight), and scoring reads only the slots an occurrence has
        nnz = np.diff(self.indptr)
        order = np.argsort(-nnz, kind="stable")
        table = np.full(1 << self.bits, -1, dtype=np.int32)
        table[self.buckets[order]] = np.arange(len(order), dtype=np.int32)
        self.table = table
        snnz = nnz[order]
        start = self.indptr[:-1][order]
        width = max(int(nnz.max()) if len(nnz) else 1, 1)
        self._slot_end = [int((snnz > s).sum()) for s in range(width)]
        self._slot_cat = [self.cats[start[:e] + s].astype(np.int32) for s, e in enumerate(self._slot_end)]
        self._slot_val = [self.values[start[:e] + s] for s, e in enumerate(self._slot_end)]
        self.half = max(int(self.window) // 2, 0)
        # the compiled kernel's view: weights feature-major in internal id order, one char table
        self._k_table, self._k_cat, self._k_val = kernel.tables(self.indptr, self.cats, self.values,
                                                                self.buckets, self.bits, self.n_categories)
        self._k_kinds = np.array([k in self.kinds for k in KINDS], dtype=np.bool_)
        self._k_chars = kernel.char_table()
        self._k_bias = np.ascontiguousarray(self.bias, dtype=np.float64)

    def dense(self) -> np.ndarray:
        """The weights as a dense ``K x C`` matrix (for tests)."""
        W = np.zeros((len(self.buckets), self.n_categories), dtype=np.float64)
        rows = np.repeat(np.arange(len(self.buckets)), np.diff(self.indptr))
        W[rows, self.cats] = self.values
        return W

    def entries(self, fid: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Per weight slot: (positions into ``fid`` that have that slot, their category, their weight)."""
        out = []
        for s, (c, v, end) in enumerate(zip(self._slot_cat, self._slot_val, self._slot_end, strict=True)):
            ix = np.arange(len(fid)) if s == 0 else np.flatnonzero(fid < end)
            if not len(ix):
                break
            f = fid if s == 0 else fid[ix]
            out.append((ix, c[f], v[f]))
        return out

    def score(self, occ: Occurrences) -> Scored:
        """Raw scores (max over windows) of the texts of one featurised sub-batch."""
        n, C = len(occ.n_occ), self.n_categories
        lens = occ.lengths
        fid_all = self.table[occ.bucket]
        rows = np.flatnonzero(fid_all >= 0)
        fid = fid_all[rows]
        S = self.half
        if S and len(lens) and int(lens.max()) > 2 * S:
            nb = np.maximum((lens + S - 1) // S, 1)
            base = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(nb, out=base[1:])
            nblk = int(base[-1])
            # block of every character of the joined batch: block k of text t starts at offset + k * S (its
            # first block also holds the separator before it, where a 4-gram's boundary mark may start)
            tob = np.repeat(np.arange(n), nb)
            k = np.arange(nblk) - base[tob]
            starts = occ.offsets[tob] + k * S - (k == 0)
            mark = np.zeros(len(occ.cls) + 1, dtype=np.int32)
            mark[starts[1:]] = 1
            char_block = np.cumsum(mark, dtype=np.int32)
            block_all = char_block[occ.pos]
            block = block_all[rows]
            blk_count = np.bincount(block_all, minlength=nblk)
            nw = np.maximum(nb - 1, 1)
            wbase = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(nw, out=wbase[1:])
            wtext = np.repeat(np.arange(n), nw)
            win_block = base[wtext] + (np.arange(int(wbase[-1])) - wbase[wtext])
            win_two = nb[wtext] > 1
        else:
            block = occ.text[rows]
            nblk = n
            blk_count = occ.n_occ
            wbase = np.arange(n + 1, dtype=np.int64)
            win_block = np.arange(n, dtype=np.int64)
            win_two = np.zeros(n, dtype=bool)
        sums = np.zeros(nblk * C + C, dtype=np.float64)
        ent = self.entries(fid)
        for ix, c, v in ent:
            sums += np.bincount(block[ix] * C + c, weights=v, minlength=nblk * C + C)
        sums = sums.reshape(nblk + 1, C)  # a zero row after the last block
        cnt = np.append(blk_count, 0)
        two = np.where(win_two, win_block + 1, nblk)  # the second block, or the zero row
        wsum = sums[win_block] + sums[two]
        wcount = cnt[win_block] + cnt[two]
        wraw = wsum / np.sqrt(np.maximum(wcount, 1))[:, None] + self.bias
        if len(win_block) == n:
            raw, window = wraw, np.broadcast_to(np.arange(n)[:, None], (n, C))
        else:
            raw = np.maximum.reduceat(wraw, wbase[:-1], axis=0)
            # the first window reaching each text's maximum
            wt = np.repeat(np.arange(n), np.diff(wbase))
            is_max = wraw == raw[wt]
            cand = np.where(is_max, np.arange(len(wraw))[:, None], len(wraw))
            window = np.minimum.reduceat(cand, wbase[:-1], axis=0)
        return Scored(occ, raw, window, win_block, win_two, wcount, rows, fid, block, nblk, ent)

    def raw(self, occ: Occurrences, n: int | None = None) -> np.ndarray:
        """``x . w + bias`` (max over windows) for the texts of ``occ`` (n x C, float64)."""
        return self.score(occ).raw

    def batches(self, texts: Sequence[str]) -> list[tuple[int, Occurrences]]:
        """Occurrences per sub-batch of about :data:`CHUNK_CHARS` characters: (first text index, occ)."""
        return list(self.iter_batches(texts))

    def iter_batches(self, texts: Sequence[str]):  # noqa: ANN201 - a generator of (int, Occurrences)
        i, n = 0, len(texts)
        while i < n:
            j, size = i, 0
            while j < n and (j == i or size + len(texts[j]) <= CHUNK_CHARS):
                size += len(texts[j])
                j += 1
            yield i, occurrences(texts[i:j], self.bits, self.kinds)
            i = j

    def raw_fast(self, texts: Sequence[str]) -> np.ndarray:
        """Raw scores of ``texts`` (n x C) with the compiled kernel (the NumPy path where numba is missing).

        The same scores as :meth:`raw_texts` (see :mod:`~auditkit.classify.model.kernel`).
        """
        if not kernel.available():
            return self.raw_texts(texts)
        out = np.zeros((len(texts), self.n_categories), dtype=np.float64)
        i, n = 0, len(texts)
        while i < n:
            j, size = i, 0
            while j < n and (j == i or size + len(texts[j]) <= KERNEL_CHARS):
                size += len(texts[j])
                j += 1
            out[i:j] = kernel.raw_scores(list(texts[i:j]), self._k_chars, self._k_table, self._k_cat,
                                         self._k_val, self._k_bias, self.half, self._k_kinds, self.bits)
            i = j
        return out

    def raw_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Raw scores of ``texts`` (n x C) with the NumPy path (the reference; training uses it)."""
        out = np.zeros((len(texts), self.n_categories), dtype=np.float64)
        for start, occ in self.iter_batches(texts):
            out[start:start + len(occ.n_occ)] = self.score(occ).raw
        return out


def from_arrays(arrays: dict[str, np.ndarray], bits: int, kinds: Sequence[str], window: int = 0) -> LinearModel:
    """The scoring model of artefact arrays (int8 weights times per-category float32 scales)."""
    cats = arrays["cats"].astype(np.int64)
    values = (arrays["weights"].astype(np.float32) * arrays["scales"].astype(np.float32)[cats]).astype(np.float64)
    return LinearModel(int(bits), tuple(kinds), arrays["buckets"].astype(np.int64), arrays["indptr"], cats, values,
                       arrays["bias"].astype(np.float64), int(window))
