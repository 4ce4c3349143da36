"""Personal data and secrets of the samples pass (or, for near misses, fail) the checks detectors use."""

from __future__ import annotations

import random

import pytest

from auditkit.samples import identifiers as ident


@pytest.mark.parametrize("seed", range(20))
def test_generated_values_pass_their_checksums(seed):
    rng = random.Random(seed)
    assert ident.cn_id_ok(ident.cn_resident_id(rng))
    assert ident.luhn_ok(ident.luhn_card(rng))
    assert ident.iban_ok(ident.iban(rng))
    key = ident.openai_key(rng)
    assert key.startswith("sk-proj-") and len(key) == 164 and key.isascii()


@pytest.mark.parametrize("seed", range(20))
def test_near_misses_fail_their_checksums(seed):
    rng = random.Random(seed)
    assert not ident.luhn_ok(ident.non_luhn_digits(rng))
    waybill = ident.non_id_digits(rng)
    assert len(waybill) == 18 and not ident.cn_id_ok(waybill)


def test_known_values():
    assert ident.cn_id_ok("11010519491231002X")
    assert not ident.cn_id_ok("110105194912310021")
    assert ident.luhn_ok("4111 1111 1111 1111") and not ident.luhn_ok("4111 1111 1111 1112")
    assert ident.iban_ok("DE89 3704 0044 0532 0130 00") and not ident.iban_ok("DE89 3704 0044 0532 0130 01")


def test_ids_are_seeded():
    a, b = ident.Ids(random.Random(1)), ident.Ids(random.Random(1))
    assert [a.alnum(29), a.hex(32), a.uuid4()] == [b.alnum(29), b.hex(32), b.uuid4()]
