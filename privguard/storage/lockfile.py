"""One process at a time per register.

The lock is an OS advisory lock held on ``register.lock`` for as long as the
register is open. The operating system drops it when the process dies, so a
lock file left behind by a crash is recognised as stale and taken over safely:
only a live process can hold the OS lock.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from privguard.domain.errors import RegisterInUse
from privguard.words import N_, Phrase

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class RegisterLock:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                holder = self._describe_holder(fd)
                os.close(fd)
                raise RegisterInUse.of(
                    "This register is open in another PrivGuard ({holder}). "
                    "Close it there first, then try again.", holder=holder)
            # The previous holder unlinks the file on release; a lock on that
            # unlinked file would protect nothing, so make sure ours is the live one.
            if os.name == "nt" or _same_file(fd, self.path):
                break
            _unlock(fd)
            os.close(fd)
        else:
            raise RegisterInUse(N_("The register's lock file keeps changing; try again in a moment."))
        # Reaching here with an old file means its owner died: we own it now.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        # Windows locks byte 0, so the description starts after it.
        os.write(fd, b" " + json.dumps(info).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    @staticmethod
    def _describe_holder(fd: int) -> Phrase:
        try:
            raw = os.pread(fd, 4096, 0) if hasattr(os, "pread") else b""
            info = json.loads(raw.decode("utf-8").strip() or "{}")
            return Phrase(N_("process {pid} on {host} since {since}"), pid=str(info.get("pid", "?")),
                          host=str(info.get("host", "?")), since=str(info.get("since", "?")))
        except (OSError, ValueError):
            return Phrase(N_("another process"))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove while still holding the lock so no one sees an empty, unlocked file as ours.
            try:
                os.unlink(self.path)
            except OSError:
                pass
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> RegisterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
