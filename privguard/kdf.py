"""Argon2id: the settings, the fixed caps on what a file may ask for, and the derivation.

Shared by the register's key slots and the archive, whose headers both carry the settings
in clear: a tampered header could ask for terabytes of memory or minutes of work, so every
value read from a file is checked against the same fixed caps (not this machine's: a
register made on a desktop must still open on a laptop) before any work is done.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

#: At most 1 GiB, and 2 GiB-passes of work (about 3 s on a 2-core machine).
MAX_MEMORY_KIB = 1024 * 1024
MAX_WORK_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def memory_in_range(self) -> bool:
        return 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB

    def within_caps(self) -> bool:
        return (self.memory_in_range() and 1 <= self.iterations <= MAX_ITERATIONS
                and 1 <= self.lanes <= MAX_LANES
                and self.memory_kib * self.iterations <= MAX_WORK_KIB)


#: The one place the Argon2id defaults live; tests/storage/test_keyslots.py pins them.
DEFAULT = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
#: Only for tests and benchmarks that make many registers or archives: far too weak.
FAST_TEST = KdfParams(memory_kib=64, iterations=1, lanes=1)


def normalise_secret(secret: str) -> bytes:
    """The bytes a passphrase stands for, the same whichever way the OS composed accents."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """A 32-byte key; the caller has checked ``params.within_caps()``."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                    memory_cost=params.memory_kib).derive(normalise_secret(secret))
