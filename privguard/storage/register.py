"""The register on disk: a folder with the encrypted database, its key header and backups.

::

    Acme.privguard/
      register.db     SQLCipher 4, keyed with a random 256-bit data key
      keys.json       key slots: the data key wrapped per person (and recovery)
      backups/        rolling encrypted copies, each a register folder of its own
      register.lock   present while a PrivGuard has the register open
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from privguard.domain.errors import (
    KeyHeaderError,
    PrivGuardError,
    ReadOnlyRegister,
    RegisterDamaged,
    ValidationError,
    WrongPassphraseOrDamaged,
)
from privguard.fileio import fsync_folder, os_error_to_user, write_atomic
from privguard.storage import anchor, audit, keyslots, migrations, rotation
from privguard.storage import models as m
from privguard.storage.engine import make_engine
from privguard.storage.errors import backups_hint, user_errors, with_hint
from privguard.storage.keyslots import KIND_PERSON, KIND_RECOVERY, KeyHeader, Slot
from privguard.storage.lockfile import RegisterLock
from privguard.storage.store import Store
from privguard.words import N_, Phrase

DB_NAME = "register.db"
KEYS_NAME = "keys.json"
BACKUPS_NAME = "backups"
LOCK_NAME = "register.lock"
MAX_BACKUPS = 10
BACKUP_FORMAT = "privguard-backup/1"
PARTIAL_PREFIX = ".partial-"
#: SQLCipher 4 writes whole pages of this size: any other length is a truncated file.
PAGE_BYTES = 4096


@dataclass(frozen=True)
class RegisterPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def backups(self) -> Path:
        return self.folder / BACKUPS_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME


@dataclass
class IntegrityReport:
    cipher_problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.audit_problems


@dataclass(frozen=True)
class RotationResult:
    #: a new recovery key to show once, when the old recovery slot could not be resealed
    recovery_key: str | None
    #: the slots that no longer open the register
    dropped: list[str]


#: An internal setting (see services.settings): the audit chain's key, kept in the database.
AUDIT_KEY_SETTING = "internal.audit_key"


def _audit_key(engine: Any, data_key: bytearray) -> bytearray:
    """The audit chain's key: the one the database keeps, or, for a register that keeps
    none yet, the one derived from its data key."""
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                       (AUDIT_KEY_SETTING,)).first()
    except Exception:  # noqa: BLE001 - no settings table yet (a register being made)
        row = None
    if row is not None:
        with contextlib.suppress(ValueError, TypeError):
            key = bytearray.fromhex(json.loads(row[0]))
            if len(key) == 32:
                return key
    return audit.audit_key_from(data_key)


def _connect_raw(path: Path, key: bytearray) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


def cipher_integrity_problems(path: Path, key: bytearray) -> list[str]:
    """Pages whose HMAC fails; empty when every page is intact."""
    conn = _connect_raw(path, key)
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


class Register:
    """An unlocked register. ``close()`` (or leaving the ``with``) locks it again."""

    def __init__(self, paths: RegisterPaths, header: KeyHeader, slot: Slot,
                 data_key: bytearray, lock: RegisterLock, *, read_only: bool = False):
        self.paths = paths
        #: opened from read-only media or a folder we cannot write: nothing is written
        self.read_only = read_only
        self.header = header
        self.slot = slot
        self._key = data_key
        self._lock = lock
        engine = make_engine(paths.db, data_key, read_only=read_only)
        self._audit_key = _audit_key(engine, data_key)
        self.store = Store(engine, self._audit_key, slot.label, paths.folder, read_only=read_only)

    # -- life cycle ---------------------------------------------------------------

    @property
    def actor(self) -> str:
        return self.slot.label

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def close(self) -> None:
        """Lock: record the anchor, close every connection, forget the keys, release."""
        if self._lock.held and not self.read_only:
            self.write_anchor()
        self.store.close()
        keyslots.zero(self._key)
        keyslots.zero(self._audit_key)
        self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- anchor against rollback ---------------------------------------------------

    def _head(self) -> tuple[int, str]:
        with self.store.read() as session:
            return audit.head(session)

    def check_anchor(self) -> None:
        """Refuse a database older than, or off, the history the key header recorded."""
        if self.header.anchor is None:
            return  # a register from before anchors, or one never locked yet
        with user_errors(self.paths.folder), self.store.read() as session:
            seq, _ = audit.head(session)
            at_anchor = audit.mac_at(session, self.header.anchor.seq)
        anchor.check(self.header.anchor, self._key, self.header.register_id, seq, at_anchor,
                     backups_hint(self.paths.folder))

    def write_anchor(self) -> None:
        """Record the chain's head in the key header; a read-only or full disk skips it
        (the next lock records it), since locking must never fail."""
        try:
            with user_errors(self.paths.folder):
                seq, head = self._head()
            current = self.header.anchor
            if current is not None and (current.seq, current.head) == (seq, head):
                return
            sealed = anchor.seal(self._key, self.header.register_id, seq, head)
            self._save_header(KeyHeader(**{**self.header.__dict__, "anchor": sealed}))
        except (PrivGuardError, OSError):
            return

    # -- key slots ----------------------------------------------------------------

    def _save_header(self, header: KeyHeader) -> None:
        keyslots.write_header(self.paths.keys, header)
        self.header = header

    def add_slot(self, name: str, role: str, passphrase: str) -> Slot:
        name = keyslots.check_label(name, "name")
        role = keyslots.check_label(role, "role")
        if not name:
            raise ValidationError(N_("A key slot needs the name of the person it belongs to."), "name")
        if any(s.name.casefold() == name.casefold() for s in self.header.slots):
            raise ValidationError.of("There is already a key slot called '{name}'.", "name", name=name)
        slot = keyslots.wrap_key(self.header, self._key, kind=KIND_PERSON, name=name,
                                 role=role, secret=passphrase)
        self._save_header(KeyHeader(**{**self.header.__dict__, "slots": [*self.header.slots, slot]}))
        self.store.event("key_slot", None, {"added": slot.label})
        return slot

    def remove_slot(self, name: str, other_passphrases: dict[str, str | None] | None = None,
                    *, drop_unsealed: bool = False) -> RotationResult:
        """Revoke a person: their slot goes, from keys.json and from every backup's, and the
        data key is changed (``rotate_key``), so a copy of their old slot opens nothing live."""
        slot = self.header.find_slot(name)
        if slot.kind != KIND_PERSON:
            raise ValidationError(N_("The recovery key's slot cannot be removed; replace the "
                                     "recovery key instead."), "slot")
        remaining = [s for s in self.header.slots if s.id != slot.id]
        if not any(s.kind == KIND_PERSON for s in remaining):
            raise ValidationError(
                N_("This is the last person's key slot; add another before removing it."), "slot")
        if slot.id == self.slot.id:
            raise ValidationError(N_("You cannot remove the key slot you unlocked with; ask "
                                     "another person who holds a slot to remove it."), "slot")
        result = self.rotate_key(other_passphrases, remove=slot, drop_unsealed=drop_unsealed)
        self._forget_in_backups(slot.id)
        return result

    def upgrade_own_slot(self, passphrase: str) -> None:
        new = keyslots.upgrade_slot(self.header, self.slot, passphrase, self._key)
        slots = [new if s.id == new.id else s for s in self.header.slots]
        self._save_header(KeyHeader(**{**self.header.__dict__, "slots": slots}))
        self.slot = new

    def _forget_in_backups(self, slot_id: str) -> None:
        """The removed slot leaves the key headers of the backups too."""
        for folder in list_backups(self.paths.folder):
            path = folder / KEYS_NAME
            try:
                header = keyslots.read_header(path)
            except PrivGuardError:
                continue  # a damaged backup header opens nothing anyway
            kept = [s for s in header.slots if s.id != slot_id]
            if len(kept) != len(header.slots):
                with contextlib.suppress(OSError):
                    keyslots.write_header(path, KeyHeader(**{**header.__dict__, "slots": kept}))

    def change_passphrase(self, name: str | None, new_passphrase: str) -> Slot:
        old = self.header.find_slot(name) if name else self.slot
        new = keyslots.wrap_key(self.header, self._key, kind=old.kind, name=old.name,
                                role=old.role, secret=new_passphrase)
        slots = [new if s.id == old.id else s for s in self.header.slots]
        self._save_header(KeyHeader(**{**self.header.__dict__, "slots": slots}))
        if old.id == self.slot.id:
            self.slot = new
        self.store.event("key_slot", None, {"passphrase_changed": old.label})
        return new

    def new_recovery_key(self) -> str:
        """Replace the recovery slot with a fresh recovery key, shown once to the caller."""
        recovery = keyslots.new_recovery_key()
        slot = keyslots.wrap_key(self.header, self._key, kind=KIND_RECOVERY,
                                 name=keyslots.RECOVERY_SLOT_NAME, role="recovery", secret=recovery)
        slots = [s for s in self.header.slots if s.kind != KIND_RECOVERY] + [slot]
        self._save_header(KeyHeader(**{**self.header.__dict__, "slots": slots}))
        self.store.event("key_slot", None, {"recovery_key_replaced": True})
        return recovery

    def rotate_key(self, other_passphrases: dict[str, str | None] | None = None, *,
                   remove: Slot | None = None, drop_unsealed: bool = False) -> RotationResult:
        """Re-encrypt the database under a new data key, atomically, after a backup.

        Every slot of format 2 receives the new key sealed to its public key: nobody types
        anyone else's passphrase. A person's slot of format 1 (not unlocked since the
        upgrade) is kept when its passphrase is given (slot id -> passphrase: None drops
        it), dropped with ``drop_unsealed``, and otherwise the rotation is refused; a
        recovery slot of format 1 is replaced by a new recovery key, returned.
        """
        other_passphrases = other_passphrases or {}
        unsealed = [s for s in self.header.person_slots()
                    if not s.upgraded and s.id != self.slot.id
                    and (remove is None or s.id != remove.id) and s.id not in other_passphrases]
        if unsealed and not drop_unsealed:
            raise ValidationError.of(
                "The key cannot reach these people's key slots, which were not unlocked since "
                "PrivGuard began sealing keys to each slot: {names}. Ask them to unlock the "
                "register once, then try again.", "slot",
                names=", ".join(s.label for s in unsealed))
        if self.read_only:
            raise ReadOnlyRegister.of("PrivGuard cannot write in {folder}: the register is open "
                                      "read-only.", folder=str(self.paths.folder))
        keep = [s for s in self.header.slots if remove is None or s.id != remove.id]
        for slot in keep:  # every passphrase checked before anything changes on disk
            secret = other_passphrases.get(slot.id)
            if not slot.upgraded and slot.kind == KIND_PERSON and secret:
                keyslots.zero(keyslots.unwrap_key(self.header, slot, secret))
        with user_errors(self.paths.folder):
            rotation.check_space(self.paths.db)
        self.backup("before-key-rotation")
        self._persist_audit_key()
        new_key = bytearray(os.urandom(keyslots.DATA_KEY_BYTES))
        generation = self.header.generation + 1
        header = KeyHeader(**{**self.header.__dict__, "slots": [], "generation": generation,
                              "anchor": None})
        dropped: list[str] = []
        recovery: str | None = None
        for slot in keep:
            secret = other_passphrases.get(slot.id)
            if slot.upgraded:
                header.slots.append(keyslots.reseal(header, slot, new_key, generation))
            elif slot.kind == KIND_PERSON and secret:
                header.slots.append(keyslots.upgrade_slot(header, slot, secret, new_key))
            elif slot.kind == KIND_RECOVERY:
                recovery = keyslots.new_recovery_key()
                header.slots.append(keyslots.wrap_key(
                    header, new_key, kind=KIND_RECOVERY, name=keyslots.RECOVERY_SLOT_NAME,
                    role="recovery", secret=recovery))
            else:
                dropped.append(slot.label)
        current = next(s for s in header.slots if s.id == self.slot.id)
        event = {"data_key_rotated": True, "slots_dropped": dropped}
        if remove is not None:
            event["removed"] = remove.label
        self.store.event("register", None, event)
        seq, head = self._head()
        header.anchor = anchor.seal(new_key, header.register_id, seq, head)
        self.store.close()
        pending = rotation.pending_path(self.paths.keys)
        try:
            with user_errors(self.paths.folder):
                copy = rotation.export_copy(self.paths.db, self._key, new_key)
            keyslots.write_header(pending, header)
            rotation.swap_in(self.paths.db, copy)
        except BaseException:
            if rotation.opens_with(self.paths.db, self._key):
                rotation.discard(self.paths.db, self.paths.keys)  # never swapped: as it was
                keyslots.zero(new_key)
                self.store = Store(make_engine(self.paths.db, self._key), self._audit_key,
                                   self.actor, self.paths.folder)
            raise
        # From here the new database is in place: finishing is only renaming the header,
        # which the next open also does (finish_rotation) if this process dies now.
        os.replace(pending, self.paths.keys)
        fsync_folder(self.paths.folder)
        keyslots.zero(self._key)
        self._key, self.slot, self.header = new_key, current, header
        self.store = Store(make_engine(self.paths.db, new_key), self._audit_key, self.actor,
                           self.paths.folder)
        return RotationResult(recovery, dropped)

    def _persist_audit_key(self) -> None:
        """Keep the audit chain's key in the database, so a new data key leaves history
        sealed as it was (registers made before derived it from the data key)."""
        with self.store.write() as session:
            row = session.query(m.Setting).filter_by(key=AUDIT_KEY_SETTING).one_or_none()
            if row is None:
                session.add(m.Setting(key=AUDIT_KEY_SETTING, value=self._audit_key.hex(),
                                      changed_by=self.actor))

    # -- backups and integrity ----------------------------------------------------

    def backup(self, reason: str) -> Path:
        """An encrypted copy in backups/, openable as a register with the slots of today."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:60]
        target = self.paths.backups / f"{stamp}-{safe}"
        # Written under a name list_backups() skips, renamed once complete: a kill or a
        # full disk leaves no folder that passes for a backup.
        partial = self.paths.backups / f"{PARTIAL_PREFIX}{stamp}-{safe}"
        if self.read_only:
            raise ReadOnlyRegister.of("PrivGuard cannot write in {folder}: the register is open "
                                      "read-only.", folder=str(self.paths.backups))
        self.write_anchor()
        try:
            self.paths.backups.mkdir(mode=0o700, exist_ok=True)
            partial.mkdir(mode=0o700)
            self._copy_database(partial / DB_NAME)
            shutil.copy2(self.paths.keys, partial / KEYS_NAME)
            os.replace(partial, target)
        except OSError as exc:
            shutil.rmtree(partial, ignore_errors=True)
            raise os_error_to_user(exc, target / DB_NAME) from exc
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        self._prune_backups()
        return target

    def _copy_database(self, target: Path) -> None:
        with user_errors(self.paths.folder):
            source = _connect_raw(self.paths.db, self._key)
            dest = _connect_raw(target, self._key)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
        os.chmod(target, 0o600)

    def _prune_backups(self) -> None:
        for leftover in self.paths.backups.glob(f"{PARTIAL_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)  # an interrupted backup's remains
        backups = list_backups(self.paths.folder)
        for old in backups[MAX_BACKUPS:]:
            shutil.rmtree(old, ignore_errors=True)

    def export_backup(self, out_file: Path) -> Path:
        """One file holding the encrypted database and its key header, written atomically."""
        out_file = Path(out_file)
        with tempfile.TemporaryDirectory(prefix="privguard-backup-") as tmp:
            db_copy = Path(tmp) / DB_NAME
            self._copy_database(db_copy)
            archive = Path(tmp) / "backup.zip"
            # No organisation, nothing of the content: the manifest is in clear.
            manifest = {"format": BACKUP_FORMAT, "register_id": self.header.register_id,
                        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "by": self.actor}
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=2))
                zf.write(self.paths.keys, KEYS_NAME)
                zf.write(db_copy, DB_NAME)
            write_atomic(out_file, archive.read_bytes())
        if not self.read_only:
            self.store.event("register", None, {"backup_exported": out_file.name})
        return out_file

    def integrity(self) -> IntegrityReport:
        report = IntegrityReport(cipher_problems=cipher_integrity_problems(self.paths.db, self._key))
        try:
            chain = self.store.verify_audit()
        except PrivGuardError as exc:
            report.audit_problems.append(exc.phrase())
        else:
            report.audit_entries = chain.entries
            report.audit_problems = chain.problems
        return report


# -- creating, opening, restoring ------------------------------------------------


def _check_new_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValidationError.of("{path} already exists and is not empty; choose a new folder.",
                                 "path", path=str(folder))


def create_register(folder: Path, *, name: str, role: str, passphrase: str,
                    initialise: Callable[[Register], None] | None = None) -> tuple[Register, str]:
    """A new register with one person slot and a recovery slot; returns the recovery key.

    ``initialise`` writes the first content; if it or anything before it fails, what was
    made is removed, so the same command can simply be run again.
    """
    folder = Path(folder)
    _check_new_folder(folder)
    name, role = keyslots.check_label(name, "name"), keyslots.check_label(role, "role")
    if not name.strip():
        raise ValidationError(N_("Give the name of the first person who will unlock the register."),
                              "name")
    made = not folder.exists()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_to_user(exc, folder / DB_NAME) from exc
    paths = RegisterPaths(folder)
    data_key = bytearray(os.urandom(keyslots.DATA_KEY_BYTES))
    # The organisation's name is not needed to unlock: it stays inside the database.
    header = keyslots.new_header("")
    person = keyslots.wrap_key(header, data_key, kind=KIND_PERSON, name=name.strip(),
                               role=role, secret=passphrase)
    recovery_key = keyslots.new_recovery_key()
    recovery = keyslots.wrap_key(header, data_key, kind=KIND_RECOVERY,
                                 name=keyslots.RECOVERY_SLOT_NAME, role="recovery",
                                 secret=recovery_key)
    header.slots = [person, recovery]
    lock = RegisterLock(paths.lock)
    register = None
    try:
        lock.acquire()
        # The header first: a database whose key is written nowhere would be lost.
        keyslots.write_header(paths.keys, header)
        register = Register(paths, header, person, data_key, lock)
        with user_errors(folder):
            migrations.upgrade(register.store.engine, backup=None)
        os.chmod(paths.db, 0o600)
        if initialise is not None:
            initialise(register)
    except BaseException:
        if register is not None:
            with contextlib.suppress(Exception):
                register.store.close()
        with contextlib.suppress(Exception):
            lock.release()
        keyslots.zero(data_key)
        _remove_made(folder, made)
        raise
    return register, recovery_key


def _remove_made(folder: Path, made: bool) -> None:
    """Undo a failed creation: the folder if we made it, else what we put in it."""
    if made:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for name in (DB_NAME, KEYS_NAME, LOCK_NAME, BACKUPS_NAME, f"{DB_NAME}-journal"):
        target = folder / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)


def _finish_rotation(paths: RegisterPaths, header: KeyHeader, slot: Slot, key: bytearray,
                     passphrase: str) -> tuple[KeyHeader, Slot, bytearray]:
    """Complete or roll back a key rotation a killed process left half done (see
    storage.rotation): the database tells which, by the key that opens it."""
    pending = rotation.pending_path(paths.keys)
    if not pending.exists() or rotation.opens_with(paths.db, key):
        rotation.discard(paths.db, paths.keys)  # nothing pending, or never swapped
        return header, slot, key
    new_header = keyslots.read_header(pending)
    new_slot = new_header.find_slot(slot.id)
    new_key = keyslots.unwrap_key(new_header, new_slot, passphrase)
    if not rotation.opens_with(paths.db, new_key):
        keyslots.zero(new_key)
        raise RegisterDamaged(with_hint(N_(
            "register.db opens with neither keys.json nor keys.json.pending: it is damaged. "
            "Nothing was changed."), backups_hint(paths.folder)))
    os.replace(pending, paths.keys)
    fsync_folder(paths.folder)
    rotation.discard(paths.db, paths.keys)
    keyslots.zero(key)
    return new_header, new_slot, new_key


def _damaged_file(paths: RegisterPaths, what: str) -> RegisterDamaged:
    return RegisterDamaged(with_hint(Phrase(
        "{path} is {what}: it is not the register's database. Nothing was changed.",
        path=str(paths.db), what=Phrase(what)), backups_hint(paths.folder)))


def _check_database_file(paths: RegisterPaths) -> None:
    """Refuse a database file SQLite would otherwise take for a new, empty one."""
    try:
        size = paths.db.stat().st_size
    except OSError as exc:
        raise os_error_to_user(exc, paths.db) from exc
    if not paths.db.is_file():
        raise _damaged_file(paths, N_("not a file"))
    if size == 0:
        raise _damaged_file(paths, N_("empty"))
    if size % PAGE_BYTES:
        raise _damaged_file(paths, N_("truncated"))


def _check_schema(paths: RegisterPaths, key: bytearray) -> None:
    """A database that decrypts but holds no register (its tables are gone) is refused,
    never filled with an empty register by the migrations."""
    with user_errors(paths.folder):
        conn = _connect_raw(paths.db, key)
        try:
            found = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                 "AND name IN ('alembic_version', 'audit_entries')").fetchone()[0]
        finally:
            conn.close()
    if found < 2:
        raise _damaged_file(paths, N_("empty of register data"))


def open_register(folder: Path, passphrase: str, slot_name: str | None = None, *,
                  migrate: bool = True, check_pages: bool = True,
                  extra_version_locations: tuple[Path, ...] = ()) -> Register:
    folder = Path(folder)
    paths = RegisterPaths(folder)
    if not paths.db.exists():
        if not folder.exists():
            raise ValidationError.of("There is no register at {path}.", "path", path=str(folder))
        raise KeyHeaderError.of("{path} holds no register.db: it is not a register, or it is damaged.",
                                path=str(folder))
    _check_database_file(paths)
    header = keyslots.read_header(paths.keys)
    slot = header.find_slot(slot_name)
    # The KDF and unwrap touch no file, so a wrong passphrase leaves the folder untouched.
    data_key = keyslots.unwrap_key(header, slot, passphrase)
    lock = RegisterLock(paths.lock)
    read_only = False
    try:
        try:
            lock.acquire()
        except OSError as exc:
            # Read-only media, or a folder we may read but not write: open read-only.
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise os_error_to_user(exc, paths.lock) from exc
            read_only = True
        read_only = read_only or not os.access(paths.db, os.W_OK)
        if not read_only:
            header, slot, data_key = _finish_rotation(paths, header, slot, data_key, passphrase)
        if check_pages:
            problems = cipher_integrity_problems(paths.db, data_key)
            if problems:
                first = problems[0]
                if "not a database" in first:
                    raise WrongPassphraseOrDamaged(with_hint(
                        N_("The key header opened but the database did not: register.db is "
                           "damaged or does not belong to this key header."), backups_hint(folder)))
                raise RegisterDamaged(with_hint(Phrase.plural(
                    "The register is damaged (1 problem: {first}). Nothing was changed.",
                    "The register is damaged ({n} problems, first: {first}). Nothing was changed.",
                    len(problems), first=first), backups_hint(folder)))
        _check_schema(paths, data_key)
        register = Register(paths, header, slot, data_key, lock, read_only=read_only)
        register.check_anchor()
        if not slot.upgraded and not read_only:
            # Slots made before format 2 receive their key pair at their next unlock.
            register.upgrade_own_slot(passphrase)
        if header.organisation and not read_only:
            # Registers made before 0.2 named the organisation in keys.json, in clear;
            # the database has it (Settings), so the header forgets it.
            with contextlib.suppress(OSError):
                register._save_header(KeyHeader(**{**header.__dict__, "organisation": ""}))
        if migrate:
            with user_errors(folder):
                migrations.upgrade(register.store.engine, backup=register.backup,
                                   extra_version_locations=extra_version_locations)
    except BaseException:
        with contextlib.suppress(Exception):
            lock.release()
        keyslots.zero(data_key)
        raise
    return register


#: What a damaged zip raises: its directory or a member's CRC or compression is off.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, EOFError,
               zlib.error, NotImplementedError, RecursionError)


def _damaged_backup(archive: Path) -> RegisterDamaged:
    return RegisterDamaged.of("{path} is damaged: a part of it no longer matches its "
                              "checksum. Nothing was restored; use another backup.",
                              path=str(archive))


def read_backup_manifest(archive: Path) -> dict:
    try:
        with zipfile.ZipFile(archive) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            names = set(zf.namelist())
            damaged = zf.testzip() is not None
    except (OSError, *_ZIP_ERRORS):
        raise ValidationError.of("{path} is not a PrivGuard backup file.", "file",
                                 path=str(archive)) from None
    if damaged:
        raise _damaged_backup(archive)
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT \
            or not {DB_NAME, KEYS_NAME} <= names:
        raise ValidationError.of("{path} is not a PrivGuard backup file this version can read.",
                                 "file", path=str(archive))
    return manifest


def restore_backup(archive: Path, folder: Path) -> Path:
    """Unpack a backup file into a new register folder (never over an existing one)."""
    archive, folder = Path(archive), Path(folder)
    read_backup_manifest(archive)
    _check_new_folder(folder)
    if not folder.parent.is_dir():
        raise ValidationError.of("The folder {folder} does not exist; create it first, or "
                                 "restore somewhere else.", "path", folder=str(folder.parent))
    try:
        staging = Path(tempfile.mkdtemp(prefix=".restore-",
                                        dir=folder.parent if folder.parent.exists() else None))
    except OSError as exc:  # a read-only folder: nothing was written yet
        raise os_error_to_user(exc, folder / DB_NAME) from exc
    try:
        try:
            with zipfile.ZipFile(archive) as zf:
                for name in (DB_NAME, KEYS_NAME):
                    (staging / name).write_bytes(zf.read(name))
                    os.chmod(staging / name, 0o600)
        except _ZIP_ERRORS:
            raise _damaged_backup(archive) from None
        keyslots.read_header(staging / KEYS_NAME)
        _check_database_file(RegisterPaths(staging))
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error_to_user(exc, folder / DB_NAME) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


def list_backups(folder: Path) -> list[Path]:
    """Complete backup folders, newest first."""
    backups = RegisterPaths(Path(folder)).backups
    if not backups.is_dir():
        return []
    return sorted((p for p in backups.iterdir() if not p.name.startswith(PARTIAL_PREFIX)
                   and (p / DB_NAME).is_file() and (p / DB_NAME).stat().st_size > 0
                   and (p / KEYS_NAME).is_file()), reverse=True)
