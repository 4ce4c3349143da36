"""Linear scores from hashed n-gram occurrences: the inference core (NumPy only, no sklearn).

Kept features are looked up with a dense table over all ``2**bits`` buckets (int32, -1 = not kept), so
the cost per occurrence is one array read; the (sparse) weights of the kept occurrences are summed per
(text, category) with one ``bincount``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from auditkit.classify.model.features import Occurrences, occurrences

__all__ = ["LinearModel", "sigmoid"]

#: texts are featurised in sub-batches of about this many characters (keeps the arrays in cache)
CHUNK_CHARS = 48_000


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))


@dataclass
class LinearModel:
    """Kept buckets and their sparse weights (feature-major CSR), bias and the feature spec.

    ``indptr`` (K+1), ``cats`` and ``values`` hold, for kept feature ``k``, the categories
    ``cats[indptr[k]:indptr[k+1]]`` it has a weight for and those weights. Most features matter for one
    to three categories, so scoring touches a few numbers per occurrence instead of ``C``.
    """

    bits: int
    kinds: tuple[str, ...]
    buckets: np.ndarray
    indptr: np.ndarray
    cats: np.ndarray
    values: np.ndarray
    bias: np.ndarray

    def __post_init__(self) -> None:
        table = np.full(1 << self.bits, -1, dtype=np.int32)
        table[self.buckets] = np.arange(len(self.buckets), dtype=np.int32)
        self.table = table
        self.n_categories = len(self.bias)
        self.indptr = self.indptr.astype(np.int64)
        self.cats = self.cats.astype(np.int64)
        self.values = self.values.astype(np.float64)
        # padded layout for scoring: row k holds feature k's (category, weight) pairs, zero weights after
        nnz = np.diff(self.indptr)
        width = max(int(nnz.max()) if len(nnz) else 1, 1)
        slot = np.arange(len(self.cats)) - np.repeat(self.indptr[:-1], nnz)
        rows = np.repeat(np.arange(len(nnz)), nnz)
        self._pcat = np.zeros((len(nnz), width), dtype=np.int32)
        self._pval = np.zeros((len(nnz), width), dtype=np.float64)
        self._pcat[rows, slot] = self.cats
        self._pval[rows, slot] = self.values

    def dense(self) -> np.ndarray:
        """The weights as a dense ``K x C`` matrix (for evidence and tests)."""
        W = np.zeros((len(self.buckets), self.n_categories), dtype=np.float64)
        rows = np.repeat(np.arange(len(self.buckets)), np.diff(self.indptr))
        W[rows, self.cats] = self.values
        return W

    def selected(self, occ: Occurrences) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows of ``occ`` whose bucket is kept: (row index, text index, feature index)."""
        fid = self.table[occ.bucket]
        rows = np.flatnonzero(fid >= 0)
        return rows, occ.text[rows], fid[rows]

    def raw(self, occ: Occurrences, n: int) -> np.ndarray:
        """``x . w + bias`` for the ``n`` texts of ``occ`` (n x C, float64)."""
        _, tid, fid = self.selected(occ)
        C = self.n_categories
        key = self._pcat[fid] + (tid * C)[:, None]
        out = np.bincount(key.ravel(), weights=self._pval[fid].ravel(), minlength=n * C).reshape(n, C)
        out /= np.sqrt(np.maximum(occ.n_occ, 1))[:, None]
        out += self.bias
        return out

    def batches(self, texts: Sequence[str]) -> list[tuple[int, Occurrences]]:
        """Occurrences per sub-batch of about :data:`CHUNK_CHARS` characters: (first text index, occ)."""
        out = []
        i, n = 0, len(texts)
        while i < n:
            j, size = i, 0
            while j < n and (j == i or size + len(texts[j]) <= CHUNK_CHARS):
                size += len(texts[j])
                j += 1
            out.append((i, occurrences(texts[i:j], self.bits, self.kinds)))
            i = j
        return out

    def raw_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores of ``texts`` (n x C)."""
        out = np.zeros((len(texts), self.n_categories), dtype=np.float64)
        for start, occ in self.batches(texts):
            out[start:start + len(occ.n_occ)] = self.raw(occ, len(occ.n_occ))
        return out
