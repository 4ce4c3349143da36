"""Checks for network addresses: IPv4 and IPv6.

An address that identifies no host or person is not reported: loopback (``127.0.0.1``, ``::1``),
unspecified (``0.0.0.0``), multicast and reserved ranges (which include ``255.255.255.255`` and netmasks
such as ``255.255.255.0``). Private ranges are reported with a lower confidence.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["check_ipv4", "check_ipv6"]


def _identifies_nothing(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return addr.is_loopback or addr.is_unspecified or addr.is_multicast or addr.is_reserved


def _grade(addr: ipaddress.IPv4Address | ipaddress.IPv6Address, params: Mapping[str, Any]) -> Verdict | None:
    if _identifies_nothing(addr):
        return None
    if addr.is_private or addr.is_link_local:
        return Verdict(confidence=float(params.get("private_confidence", 0.7)))
    return ACCEPT


def check_ipv4(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A dotted quad without leading zeros, octets 0-255, that identifies a host.

    Four single-digit parts (``3.2.1.4``) are as often a section or version number as an address: such a
    candidate needs a context word (``IP``, ``服务器``) and starts from ``params.ambiguous_confidence``.
    """
    parts = value.split(".")
    if len(parts) != 4 or any(not p.isdigit() or (len(p) > 1 and p[0] == "0") for p in parts):
        return None
    try:
        addr = ipaddress.IPv4Address(value)
    except ValueError:
        return None
    verdict = _grade(addr, params)
    if verdict is not None and all(len(p) == 1 for p in parts):
        return Verdict(float(params.get("ambiguous_confidence", 0.6)), None, needs_context=True)
    return verdict


def check_ipv6(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A valid IPv6 address with at least ``params.min_groups`` (default 3) non-empty groups.

    The group minimum keeps ``fe80::1``-like fragments and ``a::b`` (C++ scopes written in hex) out.
    """
    try:
        addr = ipaddress.IPv6Address(value)
    except ValueError:
        return None
    groups = [g for g in value.split(":") if g]
    if len(groups) < int(params.get("min_groups", 3)):
        return None
    return _grade(addr, params)
