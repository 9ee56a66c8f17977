"""The register folder: create, unlock by any slot, slots, rotation, backups, locking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from privguard.domain.errors import (
    KeyHeaderError,
    RegisterDamaged,
    RegisterInUse,
    RegisterLocked,
    ValidationError,
    WrongPassphraseOrDamaged,
)
from privguard.storage import register as reg
from privguard.storage.models import Person
from tests.conftest import PASSPHRASE, snapshot


@pytest.fixture
def created(register_path: Path):
    register, recovery = reg.create_register(register_path, name="Ana",
                                             role="CPO", passphrase=PASSPHRASE)
    with register.store.write() as s:
        s.add(Person(name="Bob Stone", role="CSO"))
    register.close()
    return register_path, recovery


def _names(register: reg.Register) -> list[str]:
    with register.store.read() as s:
        return [p.name for p in s.query(Person)]


def test_folder_layout_and_permissions(created):
    path, _ = created
    assert sorted(p.name for p in path.iterdir()) == ["keys.json", "register.db"]
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == "0o700"
        assert oct((path / "register.db").stat().st_mode & 0o777) == "0o600"
        assert oct((path / "keys.json").stat().st_mode & 0o777) == "0o600"


def test_sqlite_cannot_read_it_but_sqlcipher_with_the_data_key_can(created):
    import sqlite3

    path, _ = created
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path / "register.db").execute("select * from sqlite_master").fetchall()
    with reg.open_register(path, PASSPHRASE) as register:
        raw = reg._connect_raw(path / "register.db", register._key)
        assert raw.execute("select name from persons").fetchall() == [("Bob Stone",)]
        raw.close()


def test_unlock_with_person_slot_and_recovery_key(created):
    path, recovery = created
    with reg.open_register(path, PASSPHRASE) as register:
        assert register.actor == "Ana (CPO)"
        assert _names(register) == ["Bob Stone"]
    with reg.open_register(path, recovery.lower(), "recovery") as register:
        assert register.slot.kind == "recovery"
        assert _names(register) == ["Bob Stone"]


def test_wrong_passphrase_changes_nothing(created):
    path, _ = created
    before = snapshot(path)
    with pytest.raises(WrongPassphraseOrDamaged, match="Wrong passphrase"):
        reg.open_register(path, "not the passphrase")
    assert snapshot(path) == before


def test_add_remove_and_change_slots(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE) as register:
        register.add_slot("Bob Stone", "CSO", "bobs own passphrase")
        with pytest.raises(ValidationError, match="already"):
            register.add_slot("bob stone", "CSO", "another passphrase")
    with reg.open_register(path, "bobs own passphrase", "Bob Stone") as register:
        assert register.actor == "Bob Stone (CSO)"
        register.change_passphrase(None, "bobs new passphrase")
    with pytest.raises(WrongPassphraseOrDamaged):
        reg.open_register(path, "bobs own passphrase", "Bob Stone")
    with reg.open_register(path, "bobs new passphrase", "Bob Stone") as register:
        register.remove_slot("Ana")
        with pytest.raises(ValidationError, match="last person"):
            register.remove_slot("Bob Stone")
    with pytest.raises(ValidationError, match="No key slot"):
        reg.open_register(path, PASSPHRASE, "Ana")


def test_rotate_key_reencrypts_and_every_slot_keeps_working_without_a_passphrase(created):
    path, recovery = created
    with reg.open_register(path, PASSPHRASE) as register:
        register.add_slot("Bob Stone", "CSO", "bobs own passphrase")
        old_key = bytes(register._key)
        result = register.rotate_key()
        assert result.dropped == [] and result.recovery_key is None
        assert bytes(register._key) != old_key
        assert register.integrity().ok
    for secret, slot in ((recovery, "recovery"), ("bobs own passphrase", "Bob Stone"),
                         (PASSPHRASE, None)):
        with reg.open_register(path, secret, slot) as register:
            assert _names(register) == ["Bob Stone"]
            assert register.integrity().ok
    backups = reg.list_backups(path)
    assert backups and backups[0].name.endswith("before-key-rotation")
    # The backup still opens with the old key header it was taken with.
    with reg.open_register(backups[0], PASSPHRASE, migrate=False) as old:
        assert _names(old) == ["Bob Stone"]


def _format_1_slot(header, key, name, role, secret):  # noqa: ANN001, ANN202
    """A slot as PrivGuard wrote them before format 2: the data key under the passphrase."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from privguard.storage import keyslots

    kdf, salt, nonce, slot_id = keyslots.new_slot_kdf(), os.urandom(16), os.urandom(12), "v1" + name[:4]
    kek = keyslots._derive(secret, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(key),
                                  keyslots._aad(header.register_id, slot_id, "person", name, role, kdf))
    return keyslots.Slot(id=slot_id, kind="person", name=name, role=role,
                         created_at="2026-01-01T00:00:00+00:00", kdf=kdf, salt=salt, nonce=nonce,
                         wrapped_key=wrapped)


def test_a_slot_from_before_sealing_is_upgraded_at_its_next_unlock(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE) as register:
        old = _format_1_slot(register.header, register._key, "Bob Stone", "CSO",
                             "bobs own passphrase")
        register._save_header(reg.KeyHeader(**{**register.header.__dict__,
                                               "slots": [*register.header.slots, old]}))
        # Not yet upgraded: a rotation needs Bob's passphrase or drops him.
        with pytest.raises(WrongPassphraseOrDamaged):
            register.rotate_key({old.id: "wrong guess at bob"})
    with reg.open_register(path, "bobs own passphrase", "Bob Stone") as register:
        assert register.slot.upgraded and register.slot.public_key
    with reg.open_register(path, PASSPHRASE) as register:
        assert register.rotate_key().dropped == []
    with reg.open_register(path, "bobs own passphrase", "Bob Stone") as register:
        assert _names(register) == ["Bob Stone"]


def test_lock_closes_and_forgets_the_key(created):
    path, _ = created
    register = reg.open_register(path, PASSPHRASE)
    register.close()
    assert register._key == bytearray(32)
    assert not (path / "register.lock").exists()
    with pytest.raises(RegisterLocked):
        _names(register)


def test_second_open_in_another_process_is_refused(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE):
        code = (
            "import sys\n"
            "from privguard.domain.errors import RegisterInUse\n"
            "from privguard.storage.lockfile import RegisterLock\n"
            f"try:\n    RegisterLock(__import__('pathlib').Path({str(path / 'register.lock')!r})).acquire()\n"
            "except RegisterInUse as e:\n    print(e); sys.exit(4)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 4, done.stderr
        assert f"process {os.getpid()}" in done.stdout


def test_second_open_in_same_process_is_refused(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE):
        with pytest.raises(RegisterInUse):
            reg.open_register(path, PASSPHRASE)


def test_stale_lock_from_a_crashed_process_is_taken_over(created):
    path, _ = created
    code = (
        "import os\nfrom pathlib import Path\nfrom privguard.storage.lockfile import RegisterLock\n"
        f"RegisterLock(Path({str(path / 'register.lock')!r})).acquire()\nos._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    assert (path / "register.lock").exists()
    with reg.open_register(path, PASSPHRASE) as register:
        assert _names(register) == ["Bob Stone"]
        info = json.loads((path / "register.lock").read_text().strip())
        assert info["pid"] == os.getpid()


def test_backup_file_restores_to_a_new_folder(created, tmp_path):
    path, _ = created
    out = tmp_path / "acme-backup.pgbak"
    with reg.open_register(path, PASSPHRASE) as register:
        register.export_backup(out)
    assert b"Bob Stone" not in out.read_bytes()
    restored = reg.restore_backup(out, tmp_path / "restored.privguard")
    with reg.open_register(restored, PASSPHRASE) as register:
        assert _names(register) == ["Bob Stone"]
        assert register.integrity().ok
    with pytest.raises(ValidationError, match="not empty"):
        reg.restore_backup(out, restored)


def test_not_a_backup_file_is_refused(tmp_path):
    bogus = tmp_path / "x.zip"
    bogus.write_bytes(b"PK\x03\x04 nonsense")
    with pytest.raises(ValidationError, match="not a PrivGuard backup"):
        reg.restore_backup(bogus, tmp_path / "r")


def test_backups_roll(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE) as register:
        for i in range(reg.MAX_BACKUPS + 3):
            register.backup(f"manual-{i}")
    names = [p.name for p in reg.list_backups(path)]
    assert len(names) == reg.MAX_BACKUPS
    assert names[0].endswith(f"manual-{reg.MAX_BACKUPS + 2}")


# -- damage ------------------------------------------------------------------------


def _flip_byte(db: Path, page: int, offset: int = 100) -> None:
    data = bytearray(db.read_bytes())
    data[page * 4096 + offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_flipped_byte_after_page_one_is_detected_and_nothing_written(created):
    path, _ = created
    with reg.open_register(path, PASSPHRASE) as register:
        register.backup("manual")
    pages = (path / "register.db").stat().st_size // 4096
    assert pages > 3
    _flip_byte(path / "register.db", pages - 2)
    before = snapshot(path)
    with pytest.raises(RegisterDamaged) as err:
        reg.open_register(path, PASSPHRASE)
    assert "backups" in str(err.value)
    assert snapshot(path) == before


def test_missing_keys_json_is_a_clear_error(created):
    path, _ = created
    (path / "keys.json").unlink()
    with pytest.raises(KeyHeaderError, match="missing"):
        reg.open_register(path, PASSPHRASE)


def test_truncated_keys_json_is_a_clear_error(created):
    path, _ = created
    raw = (path / "keys.json").read_bytes()
    (path / "keys.json").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(KeyHeaderError, match="damaged or incomplete"):
        reg.open_register(path, PASSPHRASE)


def test_tampered_wrapped_key_fails_its_gcm_tag(created):
    import base64

    path, _ = created
    doc = json.loads((path / "keys.json").read_text())
    wrapped = bytearray(base64.b64decode(doc["slots"][0]["wrap"]["key"]))
    wrapped[5] ^= 1
    doc["slots"][0]["wrap"]["key"] = base64.b64encode(bytes(wrapped)).decode()
    (path / "keys.json").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphraseOrDamaged, match="altered"):
        reg.open_register(path, PASSPHRASE)


def test_keys_json_write_failing_half_way_leaves_the_old_header(created, monkeypatch):
    path, _ = created
    before = (path / "keys.json").read_bytes()

    def failing_replace(src, dst):
        raise OSError(5, "simulated I/O error while replacing")

    with reg.open_register(path, PASSPHRASE) as register:
        monkeypatch.setattr(os, "replace", failing_replace)
        with pytest.raises(OSError):
            register.add_slot("Bob Stone", "CSO", "bobs own passphrase")
        monkeypatch.undo()
    assert (path / "keys.json").read_bytes() == before
    assert not [p for p in path.iterdir() if p.name.endswith(".tmp")]
    with reg.open_register(path, PASSPHRASE) as register:
        assert [s.name for s in register.header.slots] == ["Ana", "Recovery key"]


def test_disk_full_while_writing_header_is_reported_as_such(created, monkeypatch):
    import errno

    from privguard.domain.errors import DiskFull

    path, _ = created

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    with reg.open_register(path, PASSPHRASE) as register:
        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(DiskFull, match="full"):
            register.add_slot("Bob Stone", "CSO", "bobs own passphrase")


def test_audit_entry_of_a_create_names_the_new_row(workspace):
    asset_id = workspace.assets.create(name="Mail relay", kind="system")
    rows = [r for r in workspace.audit_rows().dicts() if r["entity"] == "assets"]
    assert [(r["action"], r["entity_id"]) for r in rows] == [("create", asset_id)]
