"""Re-encrypting the database under a new data key, so that a kill at any moment leaves
either the old register or the new one, and the next open finishes the job by itself.

The steps, and what the next open does if the process dies after each:

1. ``register.db.rotating``: a copy under the new key (``sqlcipher_export``), checked.
   Dies here: the copy is deleted; the register is as it was.
2. ``keys.json.pending``: the new key header (every slot sealed to the new key).
   Dies here: the database still opens with the old header; the pending one is deleted.
3. The copy replaces ``register.db`` (``os.replace``).
   Dies here: the database opens only with the pending header, which replaces keys.json.
4. The pending header replaces ``keys.json``. Done.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from privguard.domain.errors import DiskFull, RegisterDamaged
from privguard.fileio import fsync_folder
from privguard.words import N_

ROTATING_SUFFIX = ".rotating"
PENDING_SUFFIX = ".pending"
# The copy, and the backup taken before it, each need about the database's size.
SPACE_FACTOR = 2


def rotating_path(db: Path) -> Path:
    return db.with_name(db.name + ROTATING_SUFFIX)


def pending_path(keys: Path) -> Path:
    return keys.with_name(keys.name + PENDING_SUFFIX)


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + "-journal")


def check_space(db: Path) -> None:
    """Refuse before starting when the disk cannot hold the copies a rotation makes."""
    size = db.stat().st_size
    free = shutil.disk_usage(db.parent).free
    if free < SPACE_FACTOR * size:
        raise DiskFull.of(
            "Changing the register's key needs {needed} MB free beside it and the disk has "
            "{free} MB: free some space first. Nothing was changed.",
            needed=str(-(-SPACE_FACTOR * size // 1_000_000)), free=str(free // 1_000_000))


def _connect(path: Path, key: bytearray) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


def opens_with(db: Path, key: bytearray) -> bool:
    """Whether ``key`` decrypts ``db`` (its first page); reads only."""
    conn = _connect(db, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def _fingerprint(conn: sqlcipher.Connection, schema: str = "main") -> tuple:
    tables = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "  # noqa: S608 - our names
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    counts = tuple(conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]  # noqa: S608
                   for t in tables)
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    return tuple(tables), counts, version


def export_copy(db: Path, old_key: bytearray, new_key: bytearray) -> Path:
    """``db`` re-encrypted under ``new_key`` beside it, checked table by table."""
    target = rotating_path(db)
    target.unlink(missing_ok=True)
    conn = _connect(db, old_key)
    try:
        expected = _fingerprint(conn)
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{new_key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        # sqlcipher_export copies the schema and rows, not the header's user_version.
        conn.execute(f"PRAGMA rekeyed.user_version = {int(expected[2])}")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    check = _connect(target, new_key)
    try:
        problems = [row[0] for row in check.execute("PRAGMA cipher_integrity_check")]
        copied = _fingerprint(check)
    finally:
        check.close()
    if problems or copied != expected:
        target.unlink(missing_ok=True)
        raise RegisterDamaged(N_("The re-encrypted copy of the register did not match the "
                                 "register; nothing was changed."))
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o600)
    return target


def swap_in(db: Path, copy: Path) -> None:
    """Put the checked copy in place of ``db``: one rename, made durable."""
    if journal_path(db).exists():
        # A hot journal of the old file would be played back onto the new one at the
        # next open and ruin it: refuse, and the caller rolls back.
        raise RegisterDamaged(N_("The register has an unfinished transaction; its key was not "
                                 "changed. Close PrivGuard, open the register again, then retry."))
    os.replace(copy, db)
    fsync_folder(db.parent)


def discard(db: Path, keys: Path) -> None:
    """Forget an unfinished rotation that never reached the swap."""
    with contextlib.suppress(FileNotFoundError):
        rotating_path(db).unlink()
    with contextlib.suppress(FileNotFoundError):
        pending_path(keys).unlink()
