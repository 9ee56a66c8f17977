"""Archives at test strength: Argon2id's real defaults are pinned in test_archive_file."""

from __future__ import annotations

import pytest

from privguard.interchange import archive


@pytest.fixture(autouse=True)
def fast_archive_kdf():
    old = archive.set_kdf(archive.FAST_TEST_KDF)
    yield
    archive.set_kdf(old)
