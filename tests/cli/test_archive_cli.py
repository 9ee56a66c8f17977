"""`privguard export --format archive` and `privguard import`: the contract, exit codes,
one-line refusals, and nothing written on failure."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from privguard.cli import main
from privguard.interchange import archive
from privguard.services import demo
from tests.conftest import snapshot
from tests.reports.helpers import build_demo

PASS = "cli passphrase one"
ARCHIVE_PASS = "the archive passphrase"


@pytest.fixture(autouse=True)
def fast_archive_kdf():
    old = archive.set_kdf(archive.FAST_TEST_KDF)
    yield
    archive.set_kdf(old)


def run(monkeypatch, *argv: str, stdin: str = "", **env: str):
    for name in ("PRIVGUARD_PASSPHRASE", "PRIVGUARD_ARCHIVE_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    return build_demo(tmp_path)


@pytest.fixture
def target(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "Target.privguard"
    code, _, err = run(monkeypatch, "new", str(path), "--name", "Eva Gil", "--role", "CSO",
                       "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0, err
    return path


def _export(monkeypatch, demo_path: Path, out: Path, *extra: str):
    return run(monkeypatch, "export", str(demo_path), "--format", "archive", "--out", str(out),
               "--slot", demo.DEMO_PERSON, *extra, PRIVGUARD_PASSPHRASE=demo.DEMO_PASSPHRASE,
               PRIVGUARD_ARCHIVE_PASSPHRASE=ARCHIVE_PASS)


def test_export_then_import_then_import_again(demo_path, target, tmp_path, monkeypatch):
    out = tmp_path / "demo.pga"
    code, said, err = _export(monkeypatch, demo_path, out)
    assert code == 0, err
    assert "encrypted archive" in said and out.read_bytes().startswith(archive.MAGIC)
    code, said, err = run(monkeypatch, "import", str(target), str(out),
                          PRIVGUARD_PASSPHRASE=PASS, PRIVGUARD_ARCHIVE_PASSPHRASE=ARCHIVE_PASS)
    assert code == 0, err
    assert "risks: " in said and "stays in the archive" in said
    code, said, err = run(monkeypatch, "import", str(target), str(out),
                          PRIVGUARD_PASSPHRASE=PASS, PRIVGUARD_ARCHIVE_PASSPHRASE=ARCHIVE_PASS)
    assert code == 0, err
    assert "Nothing to import" in said
    code, _, err = run(monkeypatch, "verify", str(target), PRIVGUARD_PASSPHRASE=PASS)
    assert code == 0, err


def test_passphrases_from_stdin_register_first(demo_path, target, tmp_path, monkeypatch):
    out = tmp_path / "demo.pga"
    code, _, err = run(monkeypatch, "export", str(demo_path), "--out", str(out), "--slot",
                       demo.DEMO_PERSON, "--passphrase-stdin",
                       stdin=f"{demo.DEMO_PASSPHRASE}\n{ARCHIVE_PASS}\n")
    assert code == 0, err
    code, _, err = run(monkeypatch, "import", str(target), str(out), "--passphrase-stdin",
                       stdin=f"{PASS}\n{ARCHIVE_PASS}\n")
    assert code == 0, err


def test_plain_writes_clear_json_that_imports_without_a_passphrase(demo_path, target, tmp_path,
                                                                    monkeypatch):
    out = tmp_path / "demo.json"
    code, said, err = _export(monkeypatch, demo_path, out, "--plain")
    assert code == 0, err
    assert "plain (unencrypted)" in said
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "privguard-archive"
    code, _, err = run(monkeypatch, "import", str(target), str(out), PRIVGUARD_PASSPHRASE=PASS)
    assert code == 0, err


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_spreadsheets_are_said_to_come_later(demo_path, tmp_path, monkeypatch, fmt):
    code, _, err = run(monkeypatch, "export", str(demo_path), "--format", fmt, "--out",
                       str(tmp_path / f"x.{fmt}"))
    assert code == 2
    assert "later version" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / f"x.{fmt}").exists()


def _refused(monkeypatch, target: Path, file: Path, archive_pass: str = ARCHIVE_PASS):
    before = snapshot(target)
    code, _, err = run(monkeypatch, "import", str(target), str(file), PRIVGUARD_PASSPHRASE=PASS,
                       PRIVGUARD_ARCHIVE_PASSPHRASE=archive_pass)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert snapshot(target) == before
    return code, err


def test_wrong_passphrase_flipped_byte_and_header_edit_are_refused(demo_path, target, tmp_path,
                                                                  monkeypatch):
    out = tmp_path / "demo.pga"
    assert _export(monkeypatch, demo_path, out)[0] == 0
    code, err = _refused(monkeypatch, target, out, "a wrong passphrase")
    assert code == 3 and "Wrong archive passphrase" in err

    data = bytearray(out.read_bytes())
    data[-100] ^= 0x01
    flipped = tmp_path / "flipped.pga"
    flipped.write_bytes(bytes(data))
    assert _refused(monkeypatch, target, flipped)[0] == 3

    text = out.read_bytes()
    edited = tmp_path / "edited.pga"
    edited.write_bytes(text.replace(b'"iterations":1', b'"iterations":2', 1))
    assert edited.read_bytes() != text
    assert _refused(monkeypatch, target, edited)[0] == 3

    cut = tmp_path / "cut.pga"
    cut.write_bytes(text[:len(archive.MAGIC) + 10])
    code, err = _refused(monkeypatch, target, cut)
    assert code == 1 and "not a PrivGuard archive" in err


def test_a_newer_or_damaged_plain_archive_is_refused(demo_path, target, tmp_path, monkeypatch):
    out = tmp_path / "demo.json"
    assert _export(monkeypatch, demo_path, out, "--plain")[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    document["version"] = 99
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document), encoding="utf-8")
    code, err = _refused(monkeypatch, target, newer)
    assert code == 1 and "newer version of PrivGuard" in err
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(out.read_bytes()[:-50])
    assert _refused(monkeypatch, target, damaged)[0] == 1
    code, err = _refused(monkeypatch, target, tmp_path / "missing.pga")
    assert code == 1
