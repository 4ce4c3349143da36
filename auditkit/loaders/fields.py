"""Reading typed values out of log records, with a reject (never a crash) when a value is wrong.

Every helper takes the field's name so that the reject message says which field was wrong, and what was
expected and found. ``None`` and missing values pass through as ``None`` (unknown), never as 0 or False.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from auditkit.loaders.base import RecordError, RejectReason

__all__ = [
    "to_ns",
    "as_int",
    "as_float",
    "as_bool",
    "as_str",
    "as_dict",
    "as_list",
    "dig",
    "dumps",
    "parse_json_text",
    "require",
    "show",
]

_MIN_NS = int(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()) * 10**9
_MAX_NS = int(datetime(2100, 1, 1, tzinfo=timezone.utc).timestamp()) * 10**9
_UNIT_NS = {"s": 10**9, "ms": 10**6, "us": 10**3, "ns": 1}


def show(value: Any, limit: int = 60) -> str:
    """A short, safe rendering of a value for a reject message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | timezone:
    if name.upper() in ("UTC", "Z"):
        return timezone.utc
    return ZoneInfo(name)


@lru_cache(maxsize=4096)
def _parse_text_ns(text: str, tz: str) -> int | None:
    s = text.strip()
    if s.endswith(" UTC"):
        s = s[:-4] + "+00:00"
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        for fmt in ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d/%m/%Y %H:%M:%S"):
            try:
                dt = datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        else:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_zone(tz))
    seconds = dt.timestamp()
    return int(round(seconds * 1e6)) * 1000


def _float_ns(number: float, unit: str) -> int:
    """A fractional epoch as nanoseconds, rounded to whole microseconds (as text timestamps are).

    A float64 epoch holds no more than about 0.2 us of precision, so the digits below are binary noise:
    ``1709280000.123`` seconds must give ``.123000000``, not ``.122999808``.
    """
    if unit == "ns":
        return int(round(number))
    return int(round(number * (_UNIT_NS[unit] / 1000))) * 1000


def to_ns(value: Any, name: str, *, unit: str = "s", tz: str = "UTC") -> int | None:
    """A timestamp as integer nanoseconds since the epoch (UTC), or None when absent.

    Numbers (and numeric strings) are epoch values in ``unit``; text is ISO 8601 (``Z``, offsets, a space
    instead of ``T``, any fraction digits) or ``YYYY/MM/DD hh:mm:ss``; text without a zone is read in
    ``tz``. Anything else, or a time outside 2000-2099, rejects the record with BAD_TIMESTAMP.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(RejectReason.BAD_TIMESTAMP, f"a timestamp in {name}", show(value))
    ns: int | None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise RecordError(RejectReason.BAD_TIMESTAMP, f"a timestamp in {name}", show(value))
        ns = _float_ns(value, unit) if isinstance(value, float) else value * _UNIT_NS[unit]
    elif isinstance(value, str):
        stripped = value.strip()
        try:
            number = float(stripped)
        except ValueError:
            ns = _parse_text_ns(stripped, tz)
        else:
            ns = _float_ns(number, unit) if math.isfinite(number) else None
    else:
        raise RecordError(RejectReason.BAD_TIMESTAMP, f"a timestamp in {name}", show(value))
    if ns is None:
        raise RecordError(RejectReason.BAD_TIMESTAMP, f"an ISO 8601 or epoch timestamp in {name}", show(value))
    if not _MIN_NS <= ns < _MAX_NS:
        raise RecordError(
            RejectReason.BAD_TIMESTAMP, f"a time between 2000 and 2099 in {name} (unit {unit})", show(value)
        )
    return ns


def as_int(value: Any, name: str, *, minimum: int | None = 0) -> int | None:
    """An integer (ints, integral floats and digit strings accepted); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(RejectReason.WRONG_TYPE, f"an integer in {name}", show(value))
    if isinstance(value, int):
        out = value
    elif isinstance(value, float) and value.is_integer():
        out = int(value)
    elif isinstance(value, str):
        try:
            out = int(value.strip())
        except ValueError:
            try:
                f = float(value)
            except ValueError:
                raise RecordError(RejectReason.WRONG_TYPE, f"an integer in {name}", show(value)) from None
            if not f.is_integer():
                raise RecordError(RejectReason.WRONG_TYPE, f"an integer in {name}", show(value)) from None
            out = int(f)
    else:
        raise RecordError(RejectReason.WRONG_TYPE, f"an integer in {name}", show(value))
    if minimum is not None and out < minimum:
        raise RecordError(RejectReason.BAD_VALUE, f"{name} >= {minimum}", show(value))
    if abs(out) >= 2**63:
        raise RecordError(RejectReason.BAD_VALUE, f"{name} within 64-bit range", show(value))
    return out


def as_float(value: Any, name: str, *, minimum: float | None = None) -> float | None:
    """A finite number (numeric strings accepted); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(RejectReason.WRONG_TYPE, f"a number in {name}", show(value))
    if isinstance(value, (int, float)):
        out = float(value)
    elif isinstance(value, str):
        try:
            out = float(value.strip())
        except ValueError:
            raise RecordError(RejectReason.WRONG_TYPE, f"a number in {name}", show(value)) from None
    else:
        raise RecordError(RejectReason.WRONG_TYPE, f"a number in {name}", show(value))
    if not math.isfinite(out):
        raise RecordError(RejectReason.BAD_VALUE, f"a finite number in {name}", show(value))
    if minimum is not None and out < minimum:
        raise RecordError(RejectReason.BAD_VALUE, f"{name} >= {minimum}", show(value))
    return out


_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


def as_bool(value: Any, name: str) -> bool | None:
    """A flag (JSON booleans, 0/1, and the strings true/false/yes/no/1/0); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    raise RecordError(RejectReason.WRONG_TYPE, f"true or false in {name}", show(value))


def as_str(value: Any, name: str) -> str | None:
    """Text; numbers become their decimal text (ids are often numeric); None when absent or empty."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value != "" else None
    if isinstance(value, bool):
        raise RecordError(RejectReason.WRONG_TYPE, f"text in {name}", show(value))
    if isinstance(value, (int, float)):
        return str(value)
    raise RecordError(RejectReason.WRONG_TYPE, f"text in {name}", show(value))


def as_dict(value: Any, name: str) -> dict[str, Any] | None:
    """A JSON object (a string holding a JSON object is decoded too); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = parse_json_text(value, name)
    if not isinstance(value, dict):
        raise RecordError(RejectReason.WRONG_TYPE, f"an object in {name}", show(value))
    return value


def as_list(value: Any, name: str) -> list[Any] | None:
    """A JSON array (a string holding a JSON array is decoded too); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = parse_json_text(value, name)
    if not isinstance(value, list):
        raise RecordError(RejectReason.WRONG_TYPE, f"an array in {name}", show(value))
    return value


def parse_json_text(text: str, name: str) -> Any:
    """Decode JSON held in a string field (CSV cells, new-api ``other``); reject if it is not JSON."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        raise RecordError(RejectReason.WRONG_TYPE, f"JSON text in {name}", show(text)) from None


def dig(obj: Any, *path: str | int) -> Any:
    """``obj[p0][p1]...`` or None when any step is missing or of the wrong type."""
    for key in path:
        if isinstance(key, int):
            if not isinstance(obj, list) or not -len(obj) <= key < len(obj):
                return None
            obj = obj[key]
        else:
            if not isinstance(obj, dict):
                return None
            obj = obj.get(key)
    return obj


def require(obj: dict[str, Any], key: str, expected: str = "") -> Any:
    """``obj[key]``, rejecting the record with MISSING_FIELD when it is absent or null."""
    value = obj.get(key)
    if value is None:
        raise RecordError(RejectReason.MISSING_FIELD, f"field {key!r}" + (f" ({expected})" if expected else ""))
    return value


def dumps(value: Any) -> str | None:
    """Compact JSON text (non-ASCII kept as is, keys in source order), or None for None/empty."""
    if value is None or value == {} or value == []:
        return None
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
