"""Risks table benchmark: load, show, filter-as-you-type and sort on a big register.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.ui_tables [--path REGISTER]

The register defaults to /tmp/pg-bench/r100k.privguard (build one with
``privguard demo --scale 100000``). Prints each figure with its ratio to the
target: a filter keystroke ≤ 50 ms median at 100,000 rows, memory ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

DEFAULT = Path("/tmp/pg-bench/r100k.privguard")
PASSPHRASE = "privguard demo register"
SLOT = "Marta Vidal"
KEYSTROKE_MS = 50.0
MEMORY_MB = 400.0


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT)
    parser.add_argument("--passphrase", default=PASSPHRASE)
    parser.add_argument("--slot", default=SLOT)
    parser.add_argument("--word", default="ransomware", help="typed letter by letter")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from privguard.services.workspace import open_workspace
    from privguard.ui.areas.risks import RisksArea
    from privguard.ui.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    base = rss_mb()
    ws = open_workspace(args.path, args.passphrase, args.slot)
    ctx = AppContext()
    ctx.ws = ws
    try:
        area = RisksArea(ctx)
        area.resize(1400, 900)
        area.show()
        app.processEvents()

        t = time.perf_counter()
        rows = area.load_rows(ws)
        load_s = time.perf_counter() - t

        t = time.perf_counter()
        area.table.set_rows(rows, area.headers(), area.hidden_columns, area.formats(),
                            area.colours())
        app.processEvents()
        set_s = time.perf_counter() - t
    finally:
        # One process at a time may open a register: give it back at once.
        ctx.ws = None
        ws.close()

    edit = area.table.filter_edit
    keystrokes = []
    steps = [args.word[:n] for n in range(1, len(args.word) + 1)]
    steps += [args.word[:n] for n in range(len(args.word) - 1, -1, -1)]
    for text in steps:
        t = time.perf_counter()
        edit.setText(text)  # the same path as a key press: textChanged -> filter -> repaint
        app.processEvents()
        keystrokes.append((time.perf_counter() - t) * 1000)
    shown = area.table.model.rowCount()

    t = time.perf_counter()
    area.table.view.sortByColumn(0, area.table.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    sort_title_s = time.perf_counter() - t
    t = time.perf_counter()
    area.table.view.sortByColumn(5, area.table.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    sort_score_s = time.perf_counter() - t
    now, peak = rss_mb(), peak_mb()

    median = statistics.median(keystrokes)
    p95 = sorted(keystrokes)[max(0, round(0.95 * len(keystrokes)) - 1)]
    print(f"register: {args.path} ({len(rows):,} risks)")
    print(f"load rows (query + scores): {load_s * 1000:8.0f} ms")
    print(f"set_rows + first paint:     {set_s * 1000:8.0f} ms")
    print(f"filter keystroke median:    {median:8.1f} ms   ratio {median / KEYSTROKE_MS:.2f} "
          f"of the {KEYSTROKE_MS:.0f} ms target  ({len(keystrokes)} keystrokes typing and "
          f"deleting '{args.word}', {shown:,} rows at the end)")
    print(f"filter keystroke p95:       {p95:8.1f} ms   ratio {p95 / KEYSTROKE_MS:.2f}")
    print(f"filter keystrokes (ms):     {' '.join(f'{k:.0f}' for k in keystrokes)}")
    print(f"sort by title:              {sort_title_s * 1000:8.0f} ms")
    print(f"sort by inherent score:     {sort_score_s * 1000:8.0f} ms")
    print(f"memory (RSS) now / peak:    {now:8.0f} / {peak:.0f} MB   ratio {peak / MEMORY_MB:.2f} "
          f"of the {MEMORY_MB:.0f} MB target (process before opening: {base:.0f} MB)")
    area.clear()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
