"""Sniffing checks shared by the loader tests: every fixture's Sample, exactly as the framework builds it.

``fixture_samples()`` reads every file under ``tests/data`` once (zip members included) with the real file
reader, capturing the :class:`~auditkit.loaders.base.Sample` handed to ``choose_loader``.
``check_discriminative`` then asserts that a loader scores >= 0.5 on its own fixtures and < 0.5 on every
other fixture, so that a new format added by anyone cannot silently steal (or lose) files.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from unittest import mock

from auditkit import filereader
from auditkit.errors import AuditkitError
from auditkit.io.sources import expand
from auditkit.loaders import SNIFF_THRESHOLD, Loader, Sample

DATA = Path(__file__).parent.parent / "data"


@lru_cache(maxsize=1)
def fixture_samples() -> dict[str, Sample]:
    """The Sample of every fixture file (key: the source path, ``archive.zip!member`` for members)."""
    captured: dict[str, Sample] = {}
    real = filereader.choose_loader

    def spy(sample: Sample, registry=None):  # type: ignore[no-untyped-def]
        captured[sample.path] = sample
        return real(sample, registry)

    with mock.patch.object(filereader, "choose_loader", spy):
        for src in expand(str(DATA)):
            try:
                filereader.read_source(src)
            except AuditkitError:
                pass  # unrecognised or broken on purpose: the sample was still captured
    return captured


def score(loader: Loader, sample: Sample) -> float:
    """The loader's confidence, 0 when it does not read the sample's container."""
    return float(loader.sniff(sample)) if sample.container in loader.containers else 0.0


def check_discriminative(loader: Loader, own_dir: str, not_claimed: Iterable[str] = ()) -> int:
    """Assert the loader claims exactly the fixtures under ``tests/data/<own_dir>/`` (minus
    ``not_claimed``, names relative to that folder) and nothing else; returns how many it claims."""
    own_prefix = str(DATA / own_dir) + "/"
    excluded = {own_prefix + name for name in not_claimed}
    claimed = 0
    wrong = []
    for path, sample in fixture_samples().items():
        mine = path.startswith(own_prefix) and path not in excluded
        s = score(loader, sample)
        if (s >= SNIFF_THRESHOLD) != mine:
            wrong.append(f"{path}: {s:.2f}")
        claimed += s >= SNIFF_THRESHOLD
    assert not wrong, f"{loader.name} sniffs wrongly: {wrong}"
    return claimed
