"""The trained ``model`` classifier (issue item 3): hashed n-gram features, one linear model per category.

* :mod:`~auditkit.classify.model.features` turns a batch of texts into hashed n-gram occurrences (NumPy);
* :mod:`~auditkit.classify.model.scoring` sums the kept features' weights per text (the NumPy reference);
* :mod:`~auditkit.classify.model.kernel` computes the same scores in one compiled pass per text (numba);
* :mod:`~auditkit.classify.model.artefact` reads and writes the shipped weights and card;
* :mod:`~auditkit.classify.model.classifier` is the :class:`ModelClassifier` the orchestration runs;
* :mod:`~auditkit.classify.model.dataset` is what training reads (used by :mod:`auditkit.classify.train`).

Inference needs NumPy, pandas and numba (without numba it falls back to the NumPy path, ~3x slower).
"""

from __future__ import annotations

from auditkit.classify.model.classifier import ModelClassifier, load

__all__ = ["ModelClassifier", "load"]
