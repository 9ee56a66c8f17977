"""Desktop application benchmarks (issue 3): start, unlock, Risks area, filter, memory.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.gui --r10k PATH --r100k PATH

Registers are built with ``privguard demo --path PATH --scale N --no-gui``
(passphrase "privguard demo register"); missing ones are built on first use
under the system temp folder (100,000 risks take about 3 minutes).
Each figure is printed with its target and the ratio to it (≤ 1.0 meets it).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP = """
import sys, time
from PySide6.QtCore import QTimer
from privguard.ui.app import make_app, build_window
from privguard.ui.preferences import Preferences
import tempfile, pathlib
app = make_app()
window = build_window(prefs=Preferences(pathlib.Path(tempfile.mkdtemp())))
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def report(name: str, seconds: float, target: float | None) -> None:
    ratio = f"{seconds / target:5.2f}× of target {target * 1000:.0f} ms" if target else ""
    print(f"{name:<52} {seconds * 1000:9.1f} ms   {ratio}")


def startup_time(repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                             check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert "shown" in out.stdout
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ensure_register(path: Path | None, scale: int) -> Path:
    path = path or Path(tempfile.gettempdir()) / f"privguard-bench-{scale}.privguard"
    if not (path / "register.db").exists():
        print(f"building a {scale}-risk register at {path} …", flush=True)
        subprocess.run([sys.executable, "-m", "privguard", "demo", "--path", str(path),
                        "--scale", str(scale), "--no-gui"], check=True, stdout=subprocess.DEVNULL)
    return path


def settle(app, ctx, timeout: float = 120.0) -> None:
    """Process events until no background task is running."""
    deadline = time.perf_counter() + timeout
    app.processEvents()
    while ctx.tasks.busy and time.perf_counter() < deadline:
        ctx.tasks.wait(5)
        app.processEvents()
    app.processEvents()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def unlock_figures(app, path: Path, label: str, dashboard_target: float | None,
                   filter_word: str = "ransomware") -> None:
    from privguard.services.demo import DEMO_PASSPHRASE, DEMO_PERSON
    from privguard.services.workspace import open_workspace, read_slots
    from privguard.storage import keyslots
    from privguard.ui.app import build_window
    from privguard.ui.preferences import Preferences

    header = keyslots.read_header(path / "keys.json")
    slot = header.find_slot(DEMO_PERSON)
    start = time.perf_counter()
    keyslots.zero(keyslots.unwrap_key(header, slot, DEMO_PASSPHRASE))
    kdf = time.perf_counter() - start
    read_slots(path)

    window = build_window(prefs=Preferences(Path(tempfile.mkdtemp())))
    window.show()
    start = time.perf_counter()
    ws = open_workspace(path, DEMO_PASSPHRASE, DEMO_PERSON)
    opened = time.perf_counter() - start - kdf
    start = time.perf_counter()
    window._unlocked(ws)
    settle(app, window.ctx)
    dashboard = time.perf_counter() - start
    report(f"[{label}] key derivation (Argon2id, reported apart)", kdf, None)
    report(f"[{label}] open register without KDF (integrity check)", opened, None)
    report(f"[{label}] unlock → dashboard shown (no KDF)", dashboard, dashboard_target)
    report(f"[{label}] unlock total without KDF", opened + dashboard, dashboard_target)

    start = time.perf_counter()
    window.navigate("risks", {})
    settle(app, window.ctx)
    report(f"[{label}] open the Risks area (rows loaded)", time.perf_counter() - start, None)
    area = window.areas["risks"]
    box = area.table.filter_edit
    keystrokes = []
    for end in list(range(1, len(filter_word) + 1)) + list(range(len(filter_word) - 1, -1, -1)):
        start = time.perf_counter()
        box.setText(filter_word[:end])
        app.processEvents()
        keystrokes.append(time.perf_counter() - start)
    report(f"[{label}] filter keystroke, median", statistics.median(keystrokes), 0.050)
    report(f"[{label}] filter keystroke, worst", max(keystrokes), None)
    print(f"{f'[{label}] peak memory (RSS)':<52} {rss_mb():9.1f} MB   "
          f"{rss_mb() / 400:5.2f}× of target 400 MB")
    window.close_register()
    window.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--r10k", type=Path, help="a 10,000-risk register")
    parser.add_argument("--r100k", type=Path, help="a 100,000-risk register")
    parser.add_argument("--skip-100k", action="store_true")
    args = parser.parse_args(argv)
    report("process start → start screen shown (median of 5)", startup_time(), 1.0)
    from privguard.ui.app import make_app

    app = make_app()
    unlock_figures(app, ensure_register(args.r10k, 10_000), "10k", 0.5)
    if not args.skip_100k:
        unlock_figures(app, ensure_register(args.r100k, 100_000), "100k", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
