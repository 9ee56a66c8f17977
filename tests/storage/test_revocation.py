"""Removing a person revokes them, and a key rotation survives a kill at any moment."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import time

import pytest

from privguard.domain.errors import DiskFull, PrivGuardError
from privguard.storage import register as reg
from privguard.storage import rotation
from tests.conftest import PASSPHRASE

EVE = "eve's own long passphrase"
BOB = "bob's own long passphrase"


@pytest.fixture
def with_eve(workspace):
    """A register where Ana, Bob and Eve hold slots, a backup taken while Eve could open
    it, and Eve's slot and keys.json as they were then."""
    path = workspace.register.paths.folder
    workspace.register.add_slot("Bob Stone", "CSO", BOB)
    eve = workspace.register.add_slot("Eve Old", "DPO", EVE)
    workspace.risks.create(title="Mail servers down", inherent_likelihood=3, inherent_impact=4)
    workspace.register.backup("with-eve")
    old_keys = (path / "keys.json").read_bytes()
    old_slot = next(s for s in json.loads(old_keys)["slots"] if s["id"] == eve.id)
    return workspace, path, old_keys, old_slot


def _opens(path, secret, slot=None) -> bool:  # noqa: ANN001
    try:
        reg.open_register(path, secret, slot).close()
        return True
    except PrivGuardError:
        return False


def test_a_removed_person_opens_nothing_live_and_everyone_else_still_does(with_eve, tmp_path):
    from privguard.services.keys import KeyService

    ws, path, old_keys, old_slot = with_eve
    result = KeyService(ws).remove_slot("Eve Old")
    assert result.recovery_key is None and result.dropped == []
    ws.close()
    live_keys = (path / "keys.json").read_bytes()
    assert not _opens(path, EVE, "Eve Old")
    # Any keys.json of the past next to the live database: hers opens an old key only.
    for candidate in [old_keys, *((b / "keys.json").read_bytes() for b in reg.list_backups(path))]:
        (path / "keys.json").write_bytes(candidate)
        assert not _opens(path, EVE, "Eve Old")
    # Her old slot pasted back into today's keys.json: bound to the previous generation.
    doc = json.loads(live_keys)
    doc["slots"].append(old_slot)
    (path / "keys.json").write_text(json.dumps(doc))
    assert not _opens(path, EVE, "Eve Old")
    (path / "keys.json").write_bytes(live_keys)
    # The backups forgot her as well.
    for backup in reg.list_backups(path):
        assert "Eve Old" not in (backup / "keys.json").read_text()
    assert _opens(path, PASSPHRASE) and _opens(path, BOB, "Bob Stone")


def test_the_recovery_key_keeps_working_after_a_removal(tmp_path):
    from privguard.services.keys import KeyService
    from privguard.services.workspace import create, open_workspace

    ws, recovery = create(tmp_path / "R.privguard", organisation="Acme", name="Ana", role="CPO",
                          passphrase=PASSPHRASE)
    ws.register.add_slot("Eve Old", "DPO", EVE)
    KeyService(ws).remove_slot("Eve Old")
    ws.close()
    with open_workspace(tmp_path / "R.privguard", recovery, "recovery") as again:
        assert again.register.integrity().ok


def test_reports_signed_before_a_removal_still_verify(with_eve, tmp_path):
    from privguard.reports import pades
    from privguard.services.keys import KeyService

    ws, _, _, _ = with_eve
    before = tmp_path / "before.pdf"
    ws.reporting.export("risks", before)
    old_fingerprint = ws.reporting.fingerprint()
    KeyService(ws).remove_slot("Eve Old")
    assert ws.reporting.fingerprint() != old_fingerprint  # a new signing key
    result = ws.reporting.verify(before)
    assert result.ok and old_fingerprint in result.message
    after = tmp_path / "after.pdf"
    ws.reporting.export("risks", after)
    assert ws.reporting.verify(after).ok
    assert not pades.check(after.read_bytes(), (ws.reporting.certificates()[1],)).ok


def test_a_disk_too_small_refuses_before_anything_changes(workspace, monkeypatch):
    path = workspace.register.paths.folder
    before = {p.name: p.read_bytes() for p in path.iterdir() if p.is_file()
              and p.name != "register.lock"}

    def tiny(folder):  # noqa: ANN001, ANN202 - the OS's answer on a nearly full disk
        return shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000)

    monkeypatch.setattr(rotation.shutil, "disk_usage", tiny)
    with pytest.raises(DiskFull, match="needs .* MB free"):
        workspace.register.rotate_key()
    assert {p.name: p.read_bytes() for p in path.iterdir() if p.is_file()
            and p.name != "register.lock"} == before
    assert not reg.list_backups(path)


def _big_register(tmp_path, megabytes: int = 20):  # noqa: ANN202
    from privguard.services.workspace import create

    ws, _ = create(tmp_path / "Big.privguard", organisation="Acme", name="Ana", role="CPO",
                   passphrase=PASSPHRASE)
    ws.register.add_slot("Bob Stone", "CSO", BOB)
    rng = random.Random(16)
    text = "".join(rng.choice("abcdefghij klmnopqrstuvwxyz") for _ in range(19_000))
    ws.risks.create_many({"title": f"Risk {i:05d}", "description": text[i % 50:] + str(i),
                          "inherent_likelihood": 1 + i % 5, "inherent_impact": 1 + i % 4}
                         for i in range(megabytes * 52))
    count = ws.risks.count()
    ws.close()
    path = tmp_path / "Big.privguard"
    assert (path / "register.db").stat().st_size >= megabytes * 1_000_000
    return path, count


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to kill a rotation")
def test_a_rotation_killed_at_any_moment_finishes_or_rolls_back_by_itself(tmp_path):
    """SIGKILL during rotate-key at 50 random moments of a 20 MB register: every next open
    needs no step of the user's, verify passes, no row is lost."""
    from privguard.services.workspace import open_workspace

    path, count = _big_register(tmp_path)
    rng = random.Random(1616)
    # How long one rotation takes here, so the kills spread over all of it and a bit after.
    started = time.monotonic()
    with reg.open_register(path, PASSPHRASE) as register:
        opened = time.monotonic()
        register.rotate_key()
        took = time.monotonic() - opened
    outcomes = {"old key": 0, "new key": 0}
    for _ in range(50):
        key_before = json.loads((path / "keys.json").read_text()).get("generation", 0)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                os.close(read_fd)
                register = reg.open_register(path, PASSPHRASE, check_pages=False)
                os.write(write_fd, b"open\n")
                register.rotate_key()
                os.write(write_fd, b"done\n")
                time.sleep(60)
            finally:
                os._exit(1)
        os.close(write_fd)
        said = b""
        while b"open" not in said:
            chunk = os.read(read_fd, 64)
            if not chunk:
                break
            said += chunk
        time.sleep(rng.uniform(0.0, 1.2 * took))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        with open_workspace(path, PASSPHRASE) as ws:  # every page's HMAC checked on open
            assert ws.risks.count() == count
        generation = json.loads((path / "keys.json").read_text()).get("generation", 0)
        outcomes["new key" if generation > key_before else "old key"] += 1
        assert not rotation.pending_path(path / "keys.json").exists()
        assert not rotation.rotating_path(path / "register.db").exists()
    with open_workspace(path, BOB, "Bob Stone") as ws:  # sealed to, never typed
        assert ws.register.integrity().ok and ws.risks.count() == count
    # The kills fell both before and after the swap.
    assert outcomes["old key"] and outcomes["new key"], (outcomes, took, opened - started)
