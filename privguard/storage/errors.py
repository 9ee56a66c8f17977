"""Sorting storage failures into what the user can act on and what is a bug."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from privguard.domain.errors import (
    DiskFull,
    PrivGuardError,
    ReadOnlyRegister,
    RegisterDamaged,
    RegisterInUse,
    WrongPassphraseOrDamaged,
)

_DB_ERRORS = (sqlcipher.Error, sqlite3.Error)


def backups_hint(folder: Path | None) -> str:
    if folder is None:
        return ""
    return f" Backups are kept in {folder / 'backups'}; `privguard restore` or opening a backup folder recovers from one."


def translate(exc: BaseException, folder: Path | None = None) -> PrivGuardError | None:
    """The user-facing error for a database failure, or None when it is a bug."""
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if not isinstance(exc, _DB_ERRORS):
        return None
    text = str(exc).lower()
    if "file is not a database" in text:
        return WrongPassphraseOrDamaged(
            "Wrong passphrase or damaged register: the database could not be decrypted."
            + backups_hint(folder)
        )
    if "malformed" in text or "corrupt" in text or "hmac" in text:
        return RegisterDamaged(
            "The register is damaged: a page failed its integrity check. Nothing was changed."
            + backups_hint(folder)
        )
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFull("The disk is full or failing: the change was not saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return ReadOnlyRegister(
            "The register cannot be written: its folder is read-only or not yours."
        )
    if "database is locked" in text or "database is busy" in text:
        return RegisterInUse("The register is busy in another process. Close it there and try again.")
    return None


@contextlib.contextmanager
def user_errors(folder: Path | None = None) -> Iterator[None]:
    """Re-raise database failures the user can act on as PrivGuardError; bugs pass through."""
    try:
        yield
    except PrivGuardError:
        raise
    except (sqlalchemy.exc.DBAPIError, *_DB_ERRORS) as exc:
        mapped = translate(exc, folder)
        if mapped is None:
            raise
        raise mapped from None
