"""Every register fault a user or an attacker can cause: one line, an exit code, files unchanged.

Run through the real command line on real register folders.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from privguard.storage import keyslots
from privguard.storage.register import _connect_raw, list_backups
from tests.cli.test_cli import PASS, run


def _env():
    return {"PRIVGUARD_PASSPHRASE": PASS}


@pytest.fixture(autouse=True)
def passphrase_in_env(monkeypatch):
    monkeypatch.setenv("PRIVGUARD_PASSPHRASE", PASS)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A register with some history and one backup taken part-way through it."""
    from privguard.services.workspace import open_workspace

    old = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
    try:
        folder = tmp_path_factory.mktemp("faults") / "Acme.privguard"
        code, _, err = run("new", str(folder), "--name", "Ana", "--role", "CPO",
                           "--organisation", "Acme Secret Projects", "--passphrase-stdin",
                           stdin=PASS + "\n")
        assert code == 0, err
        with open_workspace(folder, PASS) as ws:
            ws.register.backup("part-way")
            for i in range(12):
                ws.settings.set("currency", "USD" if i % 2 else "EUR")
    finally:
        keyslots.set_new_slot_kdf(old)
    return folder


@pytest.fixture
def reg(pristine, tmp_path):
    folder = tmp_path / "Acme.privguard"
    shutil.copytree(pristine, folder)
    return folder


def _data_key(folder: Path) -> bytearray:
    header = keyslots.read_header(folder / "keys.json")
    return keyslots.unwrap_key(header, header.person_slots()[0], PASS)


def _delete_audit(folder: Path, newest: int | None) -> None:
    conn = _connect_raw(folder / "register.db", _data_key(folder))
    if newest is None:
        conn.execute("DELETE FROM audit_entries")
    else:
        conn.execute("DELETE FROM audit_entries WHERE id > "
                     f"(SELECT max(id) FROM audit_entries) - {int(newest)}")
    conn.close()


def _edit_keys(folder: Path, change) -> None:  # noqa: ANN001
    path = folder / "keys.json"
    doc = json.loads(path.read_text())
    result = change(doc)
    path.write_text(result if isinstance(result, str) else json.dumps(doc))


def _truncate(size_of):  # noqa: ANN001, ANN202
    def apply(folder: Path) -> None:
        db = folder / "register.db"
        data = db.read_bytes()
        db.write_bytes(data[:size_of(len(data))])
    return apply


def _older_db(folder: Path) -> None:
    backup = list_backups(folder)[-1]
    shutil.copy2(backup / "register.db", folder / "register.db")


def _keys_folder(folder: Path) -> None:
    (folder / "keys.json").unlink()
    (folder / "keys.json").mkdir()


FAULTS = {
    "db truncated to 0 bytes": (_truncate(lambda n: 0), "is empty"),
    "db truncated to 1 byte": (_truncate(lambda n: 1), "is truncated"),
    "db truncated mid-page": (_truncate(lambda n: n // 2 + 100), "is truncated"),
    "db cut to half its pages": (_truncate(lambda n: n // 2 // 4096 * 4096), "damaged"),
    "older db from backups/ put in place": (_older_db, "older than the register was"),
    "newest audit entry deleted": (lambda f: _delete_audit(f, 1), "its newest history"),
    "newest 10 audit entries deleted": (lambda f: _delete_audit(f, 10), "its newest history"),
    "every audit entry deleted": (lambda f: _delete_audit(f, None), "its newest history"),
    "keys.json with Infinity": (lambda f: _edit_keys(f, lambda d: json.dumps(d).replace(
        '"iterations": 1', '"iterations": Infinity')), "keys.json) is damaged"),
    "keys.json with an empty nonce": (lambda f: _edit_keys(f, lambda d: d["slots"][0]["wrap"]
                                                           .update(nonce="")), "is damaged"),
    "keys.json nested 200,000 deep": (lambda f: _edit_keys(f, lambda d: "[" * 200_000
                                                           + "]" * 200_000), "is damaged"),
    "keys.json is a folder": (_keys_folder, "is a folder"),
    "keys.json asks for 4 GiB and 100 passes": (
        lambda f: _edit_keys(f, lambda d: d["slots"][0]["kdf"].update(
            memory_kib=4 * 1024 * 1024, iterations=100)), "impossible amount of memory"),
    "keys.json asks for 1 GiB and 10 passes": (
        lambda f: _edit_keys(f, lambda d: d["slots"][0]["kdf"].update(
            memory_kib=1024 * 1024, iterations=10)), "out of range"),
    "keys.json anchor moved back": (lambda f: _edit_keys(f, lambda d: d["anchor"].update(
        seq=d["anchor"]["seq"] - 1)), "was altered"),
    "keys.json anchor not a record": (lambda f: _edit_keys(f, lambda d: d.update(anchor=[1])),
                                      "is damaged"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_verify_refuses_each_fault_in_one_line_and_changes_nothing(reg, fault):
    damage, words = FAULTS[fault]
    damage(reg)
    before = _fingerprint(reg) if (reg / "keys.json").is_file() else None
    started = time.monotonic()
    code, out, err = run("verify", str(reg))
    assert time.monotonic() - started < 10, "a hostile header must not hang the unlock"
    assert code == 3, (fault, code, err)
    assert out == "" and err.startswith("privguard: ") and err.count("\n") == 1, err
    assert words in err, err
    assert "internal error" not in err and "Traceback" not in err
    if before is not None:
        assert _fingerprint(reg) == before
    assert not (reg / "register.lock").exists()


def test_a_refused_open_never_creates_a_database_in_the_folder(reg):
    (reg / "register.db").write_bytes(b"")
    for _ in range(2):
        assert run("verify", str(reg))[0] == 3
    assert (reg / "register.db").stat().st_size == 0


def test_an_intact_register_still_opens_and_its_anchor_follows_the_trail(reg):
    code, out, err = run("verify", str(reg))
    assert code == 0, err
    anchor = json.loads((reg / "keys.json").read_text())["anchor"]
    assert anchor["seq"] >= 13 and len(anchor["head"]) == 64


def test_the_organisation_is_not_in_clear_in_the_folder_or_the_backup(reg, tmp_path):
    assert run("verify", str(reg))[0] == 0
    out = tmp_path / "b.zip"
    assert run("backup", str(reg), "--out", str(out))[0] == 0
    for path in [*reg.rglob("keys.json"), out]:
        assert b"Secret Projects" not in path.read_bytes(), path
    import zipfile

    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert "organisation" not in manifest


def test_an_old_header_naming_the_organisation_forgets_it_at_the_next_unlock(reg):
    _edit_keys(reg, lambda d: d.update(organisation="Acme Secret Projects"))
    from privguard.services.workspace import open_workspace

    with open_workspace(reg, PASS) as ws:
        assert ws.organisation == "Acme Secret Projects"  # from the database
    assert b"Secret Projects" not in (reg / "keys.json").read_bytes()


def test_backup_faults_are_sentences(reg, tmp_path):
    good = tmp_path / "good.zip"
    assert run("backup", str(reg), "--out", str(good))[0] == 0
    flipped = bytearray(good.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(flipped))
    cases = [
        (("restore", str(bad), "--to", str(tmp_path / "r1")), 3, "is damaged"),
        (("restore", str(good), "--to", str(tmp_path / "no" / "parent" / "r2")), 2,
         "does not exist; create it first"),
    ]
    for argv, expected, words in cases:
        code, out, err = run(*argv)
        assert code == expected, (argv, err)
        assert words in err and err.count("\n") == 1 and "internal error" not in err, err
    assert not (tmp_path / "r1").exists() and not (tmp_path / "no").exists()


def test_a_backup_with_an_empty_database_does_not_restore(reg, tmp_path):
    import zipfile

    good = tmp_path / "good.zip"
    assert run("backup", str(reg), "--out", str(good))[0] == 0
    emptied = tmp_path / "emptied.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(emptied, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, b"" if name == "register.db" else src.read(name))
    code, _, err = run("restore", str(emptied), "--to", str(tmp_path / "r"))
    assert code == 3 and "is empty" in err
    assert not (tmp_path / "r").exists()


def test_incomplete_backup_folders_are_neither_listed_nor_counted(reg):
    from privguard.services.workspace import open_workspace

    backups = reg / "backups"
    (backups / "20990101T000000000000Z-empty").mkdir()
    (backups / ".partial-20990101T000000000001Z-killed").mkdir()
    listed = list_backups(reg)
    assert all(p.name[0].isdigit() and (p / "register.db").stat().st_size for p in listed)
    with open_workspace(reg, PASS) as ws:
        for _ in range(11):
            ws.register.backup("roll")
    kept = list_backups(reg)
    assert len(kept) == 10
    assert not (backups / ".partial-20990101T000000000001Z-killed").exists()


def test_slot_names_with_control_characters_are_refused(reg):
    for name in ("Eve\tX", "Eve\nX", "Eve\u202eX"):
        code, _, err = run("slots", str(reg), "add", "--name", name, "--role", "CSO",
                           "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
        assert code == 2 and "control characters" in err, err
    assert "Eve" not in (reg / "keys.json").read_text()


def test_a_failed_new_leaves_nothing_and_can_be_run_again(tmp_path, monkeypatch):
    import sqlcipher3.dbapi2 as sqlcipher

    from privguard.services import entities

    target = tmp_path / "New.privguard"

    def broken(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        with self.ws.register.store.write() as session:
            session.connection().exec_driver_sql("SELECT 1")
            raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(entities.PeopleService, "create", broken)
    code, _, err = run("new", str(target), "--name", "Ana", "--role", "CPO",
                       "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 1 and "disk is full" in err and err.count("\n") == 1, err
    assert not target.exists()
    monkeypatch.undo()
    monkeypatch.setenv("PRIVGUARD_PASSPHRASE", PASS)
    code, _, err = run("new", str(target), "--name", "Ana", "--role", "CPO",
                       "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0, err


# -- processes killed before they could lock ---------------------------------------------


def _child_writes(folder: Path, ack_fd: int, start: int) -> None:
    """In a forked child: open, write settings one transaction at a time, acknowledge each."""
    from privguard.services.workspace import open_workspace

    ws = open_workspace(folder, PASS)
    os.write(ack_fd, b"open\n")
    i = start
    while True:
        ws.settings.set("organisation", f"Acme {i}")
        os.write(ack_fd, f"{i}\n".encode())
        i += 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to kill a writer mid-write")
def test_sigkill_before_lock_loses_nothing_and_the_anchor_moves_on(reg):
    """A crash soak of ordinary writes: each writer is killed at a random moment, never
    locks, and the next open must accept a database ahead of its anchor and hold every
    acknowledged write."""
    import random

    from privguard.services.workspace import open_workspace

    rng = random.Random(15)
    acknowledged = -1
    kills = 0
    for _ in range(100):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_fd)
            try:
                _child_writes(reg, write_fd, acknowledged + 1)
            finally:
                os._exit(1)
        os.close(write_fd)
        # Kill it while it writes, not while it opens: on a busy machine opening alone can
        # take longer than the whole random delay.
        said = b""
        while b"\n" not in said:
            chunk = os.read(read_fd, 4096)
            if not chunk:
                break
            said += chunk
        time.sleep(rng.uniform(0.005, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
        with os.fdopen(read_fd, "rb") as acks:
            said += acks.read()
        lines = [line for line in said.decode().split() if line != "open"]
        if lines:
            acknowledged = int(lines[-1])
        if acknowledged >= 0:
            with open_workspace(reg, PASS) as ws:
                value = ws.settings.get("organisation")
            # The last acknowledged write is there, or the one after it (committed, killed
            # before it was acknowledged); nothing older came back.
            assert value in (f"Acme {acknowledged}", f"Acme {acknowledged + 1}"), value
            if value == f"Acme {acknowledged + 1}":
                acknowledged += 1
    assert kills == 100 and acknowledged > 0
    code, out, err = run("verify", str(reg))
    assert code == 0, err


def test_new_follows_the_documented_variables(tmp_path, monkeypatch):
    target = tmp_path / "Env.privguard"
    code, out, err = run("new", str(target), "--name", "Ana", "--role", "CPO")
    assert code == 0, err  # PRIVGUARD_PASSPHRASE, set by the autouse fixture
    assert run("verify", str(target))[0] == 0
    monkeypatch.delenv("PRIVGUARD_PASSPHRASE")
    code, _, err = run("new", str(tmp_path / "None.privguard"), "--name", "Ana", "--role", "CPO")
    assert code == 2 and "set PRIVGUARD_PASSPHRASE" in err
    monkeypatch.setenv("PRIVGUARD_PASSPHRASE", PASS)
    code, _, err = run("slots", str(target), "add", "--name", "Eve", "--role", "CSO")
    assert code == 2 and "set PRIVGUARD_NEW_PASSPHRASE" in err, err
    monkeypatch.setenv("PRIVGUARD_NEW_PASSPHRASE", "eve's own passphrase here")
    code, _, err = run("slots", str(target), "add", "--name", "Eve", "--role", "CSO")
    assert code == 0, err
    assert run("verify", str(target), "--slot", "Eve")[0] == 3  # Eve's own passphrase, not Ana's
