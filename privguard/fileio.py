"""Atomic file writes shared by every layer that puts a file on disk.

A reader sees either the old file or the new one, never half of either: the
bytes go to a temporary file in the same folder, are flushed to the disk, and
the temporary file replaces the target in one rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from privguard.domain.errors import DiskFull, ReadOnlyRegister, ValidationError


def fsync_folder(folder: Path) -> None:
    # Windows cannot open a directory for fsync; the rename is durable enough there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path | str, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves a partial file."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError.of("{path} is a folder; choose a file name inside it.", "path",
                                 path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # a read-only or missing folder: nothing was written yet
        raise os_error_to_user(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise os_error_to_user(exc, path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def os_error_to_user(exc: OSError, path: Path) -> Exception:
    """Sort an OSError into the errors a user can act on; leave the rest alone."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull.of("The disk holding {folder} is full. Free some space and try again.",
                           folder=str(path.parent))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyRegister.of(
            "PrivGuard cannot write in {folder}: the folder is read-only or not yours.",
            folder=str(path.parent))
    if exc.errno == errno.ENOENT:
        return ValidationError.of("The folder {folder} does not exist.", "path",
                                  folder=str(path.parent))
    if exc.errno == errno.ENAMETOOLONG:
        return ValidationError.of("The name {name} is too long for this disk; choose a "
                                  "shorter one.", "path", name=max(path.parts, key=len)[:60] + "…")
    if exc.errno == errno.EISDIR:
        return ValidationError.of("{path} is a folder; choose a file name inside it.", "path",
                                  path=str(path))
    return exc
