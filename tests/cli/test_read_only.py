"""A register on read-only media opens read-only: verify, report and backup-to-elsewhere work."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess

import pytest

from tests.cli.test_cli import PASS, run


def _mount_read_only(source, target) -> bool:  # noqa: ANN001
    """A read-only bind mount of ``source`` at ``target``; False where this machine forbids
    mounts (not root, or a container without the right)."""
    if shutil.which("mount") is None:
        return False
    target.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if bound.returncode != 0:
        return False
    ro = subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True)
    if ro.returncode != 0:
        subprocess.run(["umount", str(target)], capture_output=True)
        return False
    return True


@contextlib.contextmanager
def read_only_view(source, target):  # noqa: ANN001, ANN201
    """``source`` seen read-only at ``target`` for the ``with`` block; the test is skipped
    where this machine allows no mounts."""
    if not _mount_read_only(source, target):
        pytest.skip("this machine does not allow a read-only bind mount (needs root and "
                    "CAP_SYS_ADMIN)")
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)


@pytest.fixture
def read_only_register(tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVGUARD_PASSPHRASE", PASS)
    source = tmp_path / "source"
    source.mkdir()
    code, _, err = run("new", str(source / "Acme.privguard"), "--name", "Ana", "--role", "CPO",
                       "--organisation", "Acme", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0, err
    # A report signed while writable: the signing key exists before the media turns read-only.
    assert run("report", "risks", str(source / "Acme.privguard"), "--out",
               str(tmp_path / "first.pdf"))[0] == 0
    with read_only_view(source, tmp_path / "media") as mounted:
        yield mounted / "Acme.privguard"


def _digests(folder):  # noqa: ANN001, ANN202
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


def test_verify_report_and_backup_work_and_nothing_is_written(read_only_register, tmp_path):
    reg = read_only_register
    before = _digests(reg)
    code, out, err = run("verify", str(reg))
    assert code == 0, err
    assert "Audit trail: OK" in out
    pdf = tmp_path / "ropa.pdf"
    code, out, err = run("report", "ropa", str(reg), "--out", str(pdf))
    assert code == 0, err
    assert "signed" in out and "not recorded" in out
    code, out, err = run("verify-report", str(reg), str(pdf))
    assert code == 0, err
    assert "its export is not recorded here" in out
    code, out, err = run("backup", str(reg), "--out", str(tmp_path / "b.zip"))
    assert code == 0, err
    assert (tmp_path / "b.zip").stat().st_size > 0
    assert _digests(reg) == before


def test_changes_are_refused_in_one_sentence(read_only_register):
    code, _, err = run("slots", str(read_only_register), "add", "--name", "Eve", "--role", "CSO",
                       "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
    assert code == 1 and err.count("\n") == 1 and "read-only" in err
    assert "internal error" not in err
    from privguard.domain.errors import ReadOnlyRegister
    from privguard.services.workspace import open_workspace

    with open_workspace(read_only_register, PASS) as ws:
        assert ws.register.read_only
        assert ws.risks.rows() is not None
        with pytest.raises(ReadOnlyRegister, match="open read-only"):
            ws.settings.set("currency", "USD")
