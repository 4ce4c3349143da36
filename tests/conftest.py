"""Shared fixtures. Test files mirror the package layout; fixtures live in tests/data/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent

# Compiled pattern databases go to a per-session cache, never the user's home.
os.environ.setdefault("AUDITKIT_CACHE_DIR", str(ROOT / ".pytest_cache" / "auditkit"))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def loaders_registry():
    """An isolated copy of the loader registry: a test may register or remove loaders freely."""
    from auditkit.loaders import LOADERS

    return LOADERS.copy()
