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
from privguard.words import N_, Phrase

_DB_ERRORS = (sqlcipher.Error, sqlite3.Error)


def backups_hint(folder: Path | None) -> Phrase | None:
    """Where the backups are, as a sentence to add to a message (None without a folder)."""
    if folder is None:
        return None
    backups = folder / "backups"
    try:
        found = backups.is_dir() and any(p.is_dir() and not p.name.startswith(".")
                                         for p in backups.iterdir())
    except OSError:
        found = False
    if not found:
        return Phrase(N_("This register has no backups folder to recover from; restore a "
                         "backup file with `privguard restore FILE --to NEW_FOLDER` if you "
                         "have one."))
    return Phrase(N_("Backups are kept in {folder}; `privguard restore` or opening a backup "
                     "folder recovers from one."), folder=str(backups))


def with_hint(problem: str, hint: Phrase | None) -> Phrase:
    """``problem`` (a message id or a phrase) followed by ``hint`` when there is one."""
    said = problem if isinstance(problem, Phrase) else Phrase(problem)
    if hint is None:
        return said
    return Phrase(N_("{problem} {hint}"), problem=said, hint=hint)


def translate(exc: BaseException, folder: Path | None = None) -> PrivGuardError | None:
    """The user-facing error for a database failure, or None when it is a bug."""
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if not isinstance(exc, _DB_ERRORS):
        return None
    text = str(exc).lower()
    if "file is not a database" in text:
        return WrongPassphraseOrDamaged(with_hint(
            N_("Wrong passphrase or damaged register: the database could not be decrypted."),
            backups_hint(folder)))
    if "malformed" in text or "corrupt" in text or "hmac" in text:
        return RegisterDamaged(with_hint(
            N_("The register is damaged: a page failed its integrity check. Nothing was changed."),
            backups_hint(folder)))
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFull(N_("The disk is full or failing: the change was not saved. "
                           "Free some space and try again."))
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return ReadOnlyRegister(
            N_("The register cannot be written: its folder is read-only or not yours."))
    if "database is locked" in text or "database is busy" in text:
        return RegisterInUse(
            N_("The register is busy in another process. Close it there and try again."))
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
