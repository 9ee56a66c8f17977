from __future__ import annotations

import json

import pytest

from privguard.domain.errors import KeyHeaderError, WrongPassphraseOrDamaged
from privguard.storage import keyslots


def test_argon2id_defaults_are_pinned():
    # Changing these changes every new register's resistance to guessing: do it on purpose.
    assert keyslots.DEFAULT_KDF == keyslots.KdfParams(memory_kib=65536, iterations=3, lanes=4)


def test_new_slots_use_the_default_profile_outside_tests(fast_kdf):
    old = keyslots.set_new_slot_kdf(keyslots.DEFAULT_KDF)
    try:
        header = keyslots.new_header("Acme")
        slot = keyslots.wrap_key(header, bytearray(32), kind="person", name="A", role="CPO",
                                 secret="a long passphrase")
        assert slot.kdf == keyslots.DEFAULT_KDF
    finally:
        keyslots.set_new_slot_kdf(old)


def _header_with_slot(secret: str = "a long passphrase"):
    header = keyslots.new_header("Acme")
    key = bytearray(range(32))
    header.slots = [keyslots.wrap_key(header, key, kind="person", name="Ana", role="CPO", secret=secret)]
    return header, key


def test_wrap_and_unwrap_round_trip_through_json():
    header, key = _header_with_slot()
    again = keyslots.header_from_json(keyslots.header_to_json(header))
    assert keyslots.unwrap_key(again, again.slots[0], "a long passphrase") == key


def test_wrong_passphrase_is_refused():
    header, _ = _header_with_slot()
    with pytest.raises(WrongPassphraseOrDamaged, match="Wrong passphrase"):
        keyslots.unwrap_key(header, header.slots[0], "not the passphrase")


def test_accents_compose_the_same_whichever_way_they_were_typed():
    header, key = _header_with_slot("contraseña segura")
    decomposed = "contrasen\u0303a segura"
    assert keyslots.unwrap_key(header, header.slots[0], decomposed) == key


def test_renaming_a_slot_in_the_file_breaks_it():
    header, _ = _header_with_slot()
    doc = json.loads(keyslots.header_to_json(header))
    doc["slots"][0]["name"] = "Mallory"
    tampered = keyslots.header_from_json(json.dumps(doc).encode())
    with pytest.raises(WrongPassphraseOrDamaged):
        keyslots.unwrap_key(tampered, tampered.slots[0], "a long passphrase")


def test_weakened_kdf_parameters_break_the_slot():
    header, _ = _header_with_slot()
    doc = json.loads(keyslots.header_to_json(header))
    doc["slots"][0]["kdf"]["iterations"] = 2
    tampered = keyslots.header_from_json(json.dumps(doc).encode())
    with pytest.raises(WrongPassphraseOrDamaged):
        keyslots.unwrap_key(tampered, tampered.slots[0], "a long passphrase")


def test_absurd_memory_cost_is_refused_before_deriving():
    header, _ = _header_with_slot()
    doc = json.loads(keyslots.header_to_json(header))
    doc["slots"][0]["kdf"]["memory_kib"] = 2**40
    tampered = keyslots.header_from_json(json.dumps(doc).encode())
    with pytest.raises(KeyHeaderError, match="memory"):
        keyslots.unwrap_key(tampered, tampered.slots[0], "a long passphrase")


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b'{"format_version": 1}', b"\xff\xfe"])
def test_truncated_or_garbage_header_is_a_clear_error(raw):
    with pytest.raises(KeyHeaderError, match="damaged|incomplete|no key slots"):
        keyslots.header_from_json(raw)


def test_newer_header_format_is_refused():
    header, _ = _header_with_slot()
    doc = json.loads(keyslots.header_to_json(header))
    doc["format_version"] = keyslots.FORMAT_VERSION + 1
    with pytest.raises(KeyHeaderError, match="newer PrivGuard"):
        keyslots.header_from_json(json.dumps(doc).encode())


def test_recovery_key_is_160_bits_in_groups_and_forgiving_to_type():
    key = keyslots.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert keyslots.normalise_recovery_key(key.lower().replace("-", " ")) == key
    assert keyslots.new_recovery_key() != key


def test_zero_overwrites_key_bytes():
    key = bytearray(b"\x01" * 32)
    keyslots.zero(key)
    assert key == bytearray(32)
