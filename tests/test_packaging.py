"""An installed wheel, not the source tree, must create and migrate registers."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r'''
import os, sys, pathlib
import privguard
assert "site-packages" in privguard.__file__, privguard.__file__
from privguard.storage import keyslots
keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
from privguard.domain import catalogue
assert len(catalogue.builtin("threat")) >= 30
from privguard.words import words_for
assert words_for("es").gettext("Board report") == "Informe para el consejo", words_for("es").gettext("Board report")
from privguard.services.workspace import create, open_workspace
path = pathlib.Path(sys.argv[1]) / "Wheel.privguard"
ws, recovery = create(path, organisation="Wheel", name="Ana", role="CPO", passphrase="a wheel passphrase")
ws.assets.create(name="Mail server", kind="system")
ws.close()
ws = open_workspace(path, "a wheel passphrase")
assert ws.assets.rows().column("name") == ["Mail server"]
assert ws.register.integrity().ok
ws.close()
print("OK")
'''


@pytest.mark.slow
def test_wheel_installs_and_creates_and_migrates_a_register(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    # Package discovery matches the layout: setuptools has nothing to warn about.
    assert "Warning" not in build.stderr, build.stderr[-2000:]
    wheel = next(dist.glob("privguard-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "privguard/migrations/versions/0001_baseline.py" in names
    assert "privguard/migrations/env.py" in names
    assert "privguard/resources/catalogues/threats.json" in names
    assert "privguard/resources/schemas/archive-1.json" in names
    # The Spanish words ship compiled: the window, the reports and the CLI read the .mo.
    assert "privguard/resources/locale/es/LC_MESSAGES/privguard.mo" in names

    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    # Dependencies come from the test environment; privguard itself only from the wheel.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    run = subprocess.run([str(py), "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True,
                         cwd=tmp_path, env=env)
    assert run.returncode == 0 and run.stdout.strip().endswith("OK"), run.stdout + run.stderr[-3000:]
