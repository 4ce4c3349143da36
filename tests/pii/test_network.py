"""IPv4 and IPv6 addresses, and what only looks like one (versions, section numbers, times, MACs)."""

from __future__ import annotations

import pytest

from auditkit.pii import detect

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("client 203.0.113.45 connected", "203.0.113.45"),
        ("服务器IP：8.8.4.4，端口53", "8.8.4.4"),
        ("来自 114.114.114.114 的请求", "114.114.114.114"),
        ("http://10.20.30.40:8080/admin", "10.20.30.40"),
        ("range 192.168.1.0/24.", "192.168.1.0"),
        ("v6 2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334"),
        ("full 2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329"),
        ("url http://[2001:db8::1:2]:443/", "2001:db8::1:2"),
        ("服务器地址 1.2.3.4", "1.2.3.4"),  # single-digit parts, with an address word
    ],
)
def test_ip_found(text, address):
    assert found(text) == [("IP", address)]


def test_address_ranges_give_both_ends():
    assert found("allow 203.0.113.10-203.0.113.20") == [("IP", "203.0.113.10"), ("IP", "203.0.113.20")]


def test_private_addresses_score_lower_than_public_ones():
    public = detect("203.0.114.45")[0]  # not a documentation range
    private = detect("10.20.30.40")[0]
    assert private.confidence < public.confidence


@pytest.mark.parametrize(
    "text",
    [
        "release v1.2.3.4",  # a version after "v"
        "version 10.0.19041.1",  # 19041 is no octet
        "version 4.2.10.1",
        "1.2.3.4.5",  # five parts
        "$ uname -r 2.6.43.8-1.fc16.x86_64",  # a kernel release
        "rpm -qa: kernel-2.6.43.8-1.fc16",
        "section 3.2.1.4 of the contract",  # single digits without an address word
        "第3.2.1.4节",
        "256.1.1.1",  # octet out of range
        "192.168.01.1",  # leading zero
        "localhost 127.0.0.1 and 0.0.0.0",  # loopback and unspecified identify nobody
        "netmask 255.255.255.0",  # reserved range
        "multicast 224.0.0.251",
        "meeting at 12:30:45",  # a time
        "MAC 00:1A:2B:3C:4D:5E",
        "C++ std::vector and a::b",
        "fe80::1",  # too few groups to tell from other text
        "::1",
    ],
)
def test_ip_near_misses(text):
    assert "IP" not in [t for t, _ in found(text)]
