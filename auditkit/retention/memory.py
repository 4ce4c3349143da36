"""Handing back to the system the memory the allocators keep after large temporaries are freed."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache

__all__ = ["release_unused"]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` (None elsewhere: musl, macOS, Windows)."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols: libc's on glibc
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_unused() -> None:
    """Hand back to the system what Arrow's default pool and glibc's heaps keep of freed memory. The
    retention audit calls it between steps: each check frees its per-record intermediates, but the
    allocators kept the pages, so resident memory crept up from check to check (docs/store.md). Costs
    milliseconds; changes no result."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
