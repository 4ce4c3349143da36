"""Text encoding detection for log files: UTF-8 (with or without BOM), UTF-16, GB18030/GBK and others.

The order of the checks matters and is deliberate:

1. a byte-order mark decides (UTF-8-SIG, UTF-16 LE/BE, UTF-32);
2. UTF-16 without a BOM is recognised by its NUL bytes at every other position;
3. strict UTF-8 on the sample (the common case, and the only one that cannot be a false positive in
   practice);
4. strict GB18030 when the sample decodes and holds CJK text: this is what Excel writes for "CSV" in a
   Chinese locale (GBK is a subset of GB18030);
5. charset-normalizer's best guess for anything else (Big5, Shift-JIS, cp1252 ...);
6. latin-1 as the last resort, which never fails (and is reported as such).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["Detected", "detect_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Detected:
    """Result of detection: the codec name, the length of the BOM to skip, and how it was decided."""

    encoding: str
    bom_length: int
    method: str

    @property
    def is_utf8(self) -> bool:
        return self.encoding == "utf-8"


def _valid_utf8(sample: bytes, complete: bool) -> bool:
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the sample is not an error.
        return (not complete) and exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return cjk / non_ascii if non_ascii else 0.0


def detect_encoding(sample: bytes, *, complete: bool = False) -> Detected:
    """Detect the encoding of a file from its first bytes (``complete`` when the sample is the whole file)."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return Detected(name, len(bom), "byte-order mark")
    head = sample[:4096]
    if len(head) >= 4:
        even_nuls = head[0::2].count(0) / max(1, len(head[0::2]))
        odd_nuls = head[1::2].count(0) / max(1, len(head[1::2]))
        if odd_nuls > 0.4 and even_nuls < 0.05:
            return Detected("utf-16-le", 0, "NUL pattern")
        if even_nuls > 0.4 and odd_nuls < 0.05:
            return Detected("utf-16-be", 0, "NUL pattern")
    if _valid_utf8(sample, complete):
        return Detected("utf-8", 0, "valid UTF-8")
    trimmed = sample if complete else sample[: max(0, len(sample) - 4)]
    try:
        text = trimmed.decode("gb18030")
        if _cjk_share(text) > 0.5:
            return Detected("gb18030", 0, "valid GB18030 with CJK text")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(trimmed).best()
        if best is not None and best.encoding:
            return Detected(codecs.lookup(best.encoding).name, 0, "charset-normalizer")
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    return Detected("latin-1", 0, "fallback (undetermined)")
