"""Shared fixtures: real SQLCipher registers in temporary folders, a fast KDF profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from privguard.storage import keyslots  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_kdf():
    """Argon2id at test strength; test_keyslots pins the real defaults separately."""
    old = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
    yield
    keyslots.set_new_slot_kdf(old)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "Acme.privguard"


@pytest.fixture
def workspace(register_path: Path):
    from privguard.services.workspace import create

    ws, _recovery = create(register_path, organisation="Acme Ltd", name="Ana Ruiz", role="CPO",
                           passphrase=PASSPHRASE)
    yield ws
    if ws.register.is_open:
        ws.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
