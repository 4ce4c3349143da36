"""The model artefact: a small ``.npz`` of weights plus a JSON card, shipped as package data.

``auditkit/data/models/policy-model-<version>.npz`` holds (``K`` kept features, ``C`` categories):

* ``buckets`` (K, int32): the hashed feature ids the model kept, sorted;
* ``indptr`` (K+1, int32), ``cats`` (nnz, uint8), ``weights`` (nnz, int8): the sparse weights, feature by
  feature (feature ``k`` weighs on categories ``cats[indptr[k]:indptr[k+1]]``); ``scales`` (C, float32):
  weight = ``weights * scales[cats]``;
* ``bias``, ``platt_a``, ``platt_b``, ``thresholds`` (C, float32): score = sigmoid(a * (x.w + bias) + b),
  a hit when score >= threshold;
* no n-gram strings are stored: features are hashes, and the evidence shown to an auditor is the text
  span that produced the feature.

``policy-model-<version>.json`` (the card) holds the version, the feature spec, the category order,
the seed and training configuration, hashes of the training data, the per-category thresholds and the
cross-validated dev figures. The ``.npz`` is written with fixed zip timestamps, so the same arrays always
give the same bytes (``numpy.savez`` stamps the current time).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from auditkit.errors import ConfigError

__all__ = ["Artefact", "write_npz", "read", "default_path", "ARRAYS"]

ARRAYS = ("buckets", "indptr", "cats", "weights", "scales", "bias", "platt_a", "platt_b", "thresholds")
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Artefact:
    """A loaded model: its arrays, its card, and where it was read from."""

    arrays: dict[str, np.ndarray]
    card: dict[str, Any]
    path: str

    @property
    def version(self) -> str:
        return str(self.card["version"])


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> str:
    """Write ``arrays`` as an ``.npz`` byte-for-byte reproducibly; return its sha256."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            arr = io.BytesIO()
            np.lib.format.write_array(arr, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            zf.writestr(info, arr.getvalue(), compresslevel=9)
    data = buf.getvalue()
    Path(path).write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def models_dir() -> Path:
    """The package-data folder holding the shipped model (``auditkit/data/models``)."""
    return Path(str(resources.files("auditkit") / "data" / "models"))


def default_path() -> Path:
    """The card of the shipped model (the newest ``policy-model-*.json`` in package data)."""
    cards = sorted(models_dir().glob("policy-model-*.json"))
    if not cards:
        raise ConfigError(str(models_dir()), "policy-model-*.json", "no trained model is shipped",
                          "run python -m auditkit.classify.train")
    return cards[-1]


def read(card_path: str | Path | None = None) -> Artefact:
    """Read a model card and its ``.npz`` (default: the shipped model); checks the npz hash and shapes."""
    card_path = Path(card_path) if card_path is not None else default_path()
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        npz_path = card_path.with_name(card["weights_file"])
        raw = npz_path.read_bytes()
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(str(card_path), "weights_file", f"cannot read the model: {exc}") from exc
    if hashlib.sha256(raw).hexdigest() != card.get("weights_sha256"):
        raise ConfigError(str(npz_path), "weights_sha256", "the weights do not match the card's hash",
                          "retrain, or restore both files from the same training run")
    with np.load(io.BytesIO(raw), allow_pickle=False) as z:
        arrays = {k: z[k] for k in ARRAYS}
    k, c = len(arrays["buckets"]), len(card["categories"])
    if len(arrays["indptr"]) != k + 1 or len(arrays["scales"]) != c or len(arrays["weights"]) != len(arrays["cats"]):
        raise ConfigError(str(npz_path), "weights", "array shapes do not match the card")
    return Artefact(arrays, card, str(card_path))
