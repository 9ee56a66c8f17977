"""The command-line contract: commands, passphrase sources, exit codes, one-line errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from privguard.cli import main
from tests.conftest import snapshot

PASS = "cli passphrase one"


def run(*argv: str, stdin: str = "", env: dict | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if monkeypatch is not None:
        monkeypatch.delenv("PRIVGUARD_PASSPHRASE", raising=False)
        for k, v in (env or {}).items():
            monkeypatch.setenv(k, v)
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def reg_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "Cli.privguard"
    code, out, err = run("new", str(path), "--name", "Ana Ruiz", "--role", "CPO",
                         "--organisation", "Acme", "--passphrase-stdin", stdin=PASS + "\n",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert "RECOVERY KEY" in out
    return path


def test_new_prints_the_recovery_key_once_and_it_unlocks(reg_path, monkeypatch, tmp_path):
    code, out, _ = run("new", str(tmp_path / "Second"), "--name", "B", "--role", "CSO",
                       "--passphrase-stdin", stdin=PASS + "\n", monkeypatch=monkeypatch)
    assert code == 0
    recovery_line = [line.strip() for line in out.splitlines() if line.startswith("    ")][0]
    code, out, err = run("verify", str(tmp_path / "Second"), "--slot", "recovery",
                         "--passphrase-stdin", stdin=recovery_line + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert recovery_line not in (tmp_path / "Second" / "keys.json").read_text()


def test_verify_passes_on_a_fresh_register(reg_path, monkeypatch):
    code, out, _ = run("verify", str(reg_path), env={"PRIVGUARD_PASSPHRASE": PASS},
                       monkeypatch=monkeypatch)
    assert code == 0
    assert "Page integrity: OK" in out and "Audit trail: OK" in out


def test_wrong_passphrase_exit_3_files_unchanged(reg_path, monkeypatch):
    before = snapshot(reg_path)
    code, out, err = run("verify", str(reg_path), env={"PRIVGUARD_PASSPHRASE": "nope nope nope"},
                         monkeypatch=monkeypatch)
    assert code == 3
    assert err.count("\n") == 1 and "Wrong passphrase" in err
    assert snapshot(reg_path) == before


def test_tampered_audit_trail_fails_verify(reg_path, monkeypatch):
    from privguard.services.workspace import open_workspace
    from privguard.storage import register as reg

    with open_workspace(reg_path, PASS) as ws:
        ws.assets.create(name="Mail server", kind="system")
        ws.assets.create(name="Web shop", kind="application")
        raw = reg._connect_raw(reg_path / "register.db", ws.register._key)
        raw.execute("UPDATE audit_entries SET actor = 'Someone else' WHERE id = 2")
        raw.close()
    code, out, _ = run("verify", str(reg_path), env={"PRIVGUARD_PASSPHRASE": PASS},
                       monkeypatch=monkeypatch)
    assert code == 3
    assert "Audit trail: FAILED" in out and "entry 2" in out


def test_deleted_audit_entry_is_detected(reg_path, monkeypatch):
    from privguard.services.workspace import open_workspace
    from privguard.storage import register as reg

    with open_workspace(reg_path, PASS) as ws:
        for name in ("A", "B", "C"):
            ws.assets.create(name=name, kind="system")
        raw = reg._connect_raw(reg_path / "register.db", ws.register._key)
        raw.execute("DELETE FROM audit_entries WHERE id = 3")
        raw.close()
    code, out, _ = run("verify", str(reg_path), env={"PRIVGUARD_PASSPHRASE": PASS},
                       monkeypatch=monkeypatch)
    assert code == 3 and "missing" in out


def test_slots_add_list_remove_and_passwd(reg_path, monkeypatch):
    code, _, err = run("slots", str(reg_path), "add", "--name", "Bob Stone", "--role", "CSO",
                       "--passphrase-stdin", stdin=f"{PASS}\nbobs passphrase\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, _ = run("slots", str(reg_path), "list", monkeypatch=monkeypatch)
    assert "Bob Stone\tCSO\tperson" in out
    code, _, err = run("passwd", str(reg_path), "--slot", "Bob Stone", "--passphrase-stdin",
                       stdin="bobs passphrase\nbobs better passphrase\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, _ = run("verify", str(reg_path), "--slot", "Bob Stone",
                     env={"PRIVGUARD_PASSPHRASE": "bobs better passphrase"}, monkeypatch=monkeypatch)
    assert code == 0
    code, out, _ = run("slots", str(reg_path), "remove", "--name", "Bob Stone",
                       env={"PRIVGUARD_PASSPHRASE": PASS}, monkeypatch=monkeypatch)
    assert code == 0 and "Removed" in out and "key was changed" in out
    code, _, err = run("verify", str(reg_path), "--slot", "Bob Stone",
                       env={"PRIVGUARD_PASSPHRASE": "bobs better passphrase"},
                       monkeypatch=monkeypatch)
    assert code == 2 and "No key slot" in err
    assert run("verify", str(reg_path), env={"PRIVGUARD_PASSPHRASE": PASS},
               monkeypatch=monkeypatch)[0] == 0


def test_short_new_passphrase_is_refused_as_usage(reg_path, monkeypatch):
    code, _, err = run("passwd", str(reg_path), "--passphrase-stdin", stdin=f"{PASS}\nshort\n",
                       monkeypatch=monkeypatch)
    assert code == 2 and "at least 10 characters" in err


def test_rotate_key_backup_restore(reg_path, monkeypatch, tmp_path):
    code, out, err = run("rotate-key", str(reg_path), "--drop-other-slots",
                         env={"PRIVGUARD_PASSPHRASE": PASS}, monkeypatch=monkeypatch)
    assert code == 0, err
    # Every slot, the recovery key's too, receives the new key: nothing to write down again.
    assert "RECOVERY KEY" not in out and "recovery key still open it" in out
    out_file = tmp_path / "cli.pgbak"
    code, _, err = run("backup", str(reg_path), "--out", str(out_file),
                       env={"PRIVGUARD_PASSPHRASE": PASS}, monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = run("restore", str(out_file), "--to", str(tmp_path / "Restored"),
                         env={"PRIVGUARD_PASSPHRASE": PASS}, monkeypatch=monkeypatch)
    assert code == 0, err
    assert "verified" in out


def test_usage_errors_exit_2_in_one_line(monkeypatch, tmp_path):
    code, _, err = run("frobnicate", monkeypatch=monkeypatch)
    assert code == 2 and err.count("\n") == 1
    code, _, err = run("new", str(tmp_path / "x"), monkeypatch=monkeypatch)
    assert code == 2 and "--name" in err
    code, _, err = run("verify", str(tmp_path / "nowhere"), env={"PRIVGUARD_PASSPHRASE": PASS},
                       monkeypatch=monkeypatch)
    assert code == 2 and "no register" in err.lower()


def _subprocess(*argv, env_extra=None, stdin=""):
    env = {k: v for k, v in os.environ.items() if k != "PRIVGUARD_PASSPHRASE"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "privguard", *argv], capture_output=True,
                          text=True, input=stdin, env=env)


def test_in_use_exit_4_and_no_passphrase_without_terminal(reg_path):
    from privguard.storage import register as reg

    with reg.open_register(reg_path, PASS):
        done = _subprocess("verify", str(reg_path), env_extra={"PRIVGUARD_PASSPHRASE": PASS})
    assert done.returncode == 4, done.stderr
    assert "open in another PrivGuard" in done.stderr and "Traceback" not in done.stderr
    done = _subprocess("verify", str(reg_path))
    assert done.returncode == 2 and "PRIVGUARD_PASSPHRASE" in done.stderr


def test_damaged_register_exit_3_names_the_backups(reg_path, tmp_path):
    db = reg_path / "register.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 3000] ^= 0xFF
    db.write_bytes(bytes(data))
    done = _subprocess("verify", str(reg_path), env_extra={"PRIVGUARD_PASSPHRASE": PASS})
    assert done.returncode == 3
    assert "damaged" in done.stderr and "backups" in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_demo_builds_the_promised_register(tmp_path, monkeypatch):
    from privguard.services import demo
    from privguard.services.workspace import open_workspace

    path = tmp_path / "demo.privguard"
    code, out, err = run("demo", "--path", str(path), "--no-gui", monkeypatch=monkeypatch)
    assert code == 0, err
    assert demo.DEMO_PASSPHRASE in out
    with open_workspace(path, demo.DEMO_PASSPHRASE) as ws:
        assert ws.activities.count() >= 20 and ws.assets.count() >= 25
        assert ws.services.count() >= 8 and ws.risks.count() >= 30 and ws.incidents.count() >= 8
        risks = ws.risks.rows().dicts()
        assert len({(r["inherent_likelihood"], r["inherent_impact"]) for r in risks}) >= 12
        assert sum(1 for r in risks if ws.risks.get(r["id"])["quant"]) >= 10
        mail = [i for i in ws.incidents.rows().dicts() if "mail servers" in i["title"]][0]
        names = ws.options.for_incident(mail["id"]).column("orientation")
        assert sorted(names) == ["business_centric", "it_centric"]
        from datetime import UTC, datetime

        states = [c.state(datetime.now(UTC)).value for _, _, c in ws.breaches.clocks()]
        assert "running" in states
        assert ws.register.integrity().ok
    code, out, _ = run("demo", "--path", str(path), "--no-gui", monkeypatch=monkeypatch)
    assert code == 0 and "Reopened" in out


def test_demo_scale_builds_n_risks(tmp_path, monkeypatch):
    from privguard.services import demo
    from privguard.services.workspace import open_workspace

    path = tmp_path / "scaled.privguard"
    code, _, err = run("demo", "--path", str(path), "--scale", "600", "--no-gui", monkeypatch=monkeypatch)
    assert code == 0, err
    with open_workspace(path, demo.DEMO_PASSPHRASE) as ws:
        assert ws.risks.count() == 600
        assert ws.assets.count() >= 25 and ws.incidents.count() >= 8
        assert ws.register.integrity().ok


def test_slots_are_named_as_messages_show_them_and_roles_in_any_case(tmp_path, monkeypatch):
    """Found by a new user: `--slot "Bob Smith (CSO)"` (the label every message prints) and
    `--role cpo` were refused."""
    path = tmp_path / "Case.privguard"
    code, _, err = run("new", str(path), "--name", "Ana Ruiz", "--role", "cpo",
                       "--passphrase-stdin", stdin=PASS + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = run("verify", str(path), "--slot", "Ana Ruiz (CPO)",
                         env={"PRIVGUARD_PASSPHRASE": PASS}, monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, _ = run("list", str(path), "risks", env={"PRIVGUARD_PASSPHRASE": PASS},
                       monkeypatch=monkeypatch)
    assert code == 0
