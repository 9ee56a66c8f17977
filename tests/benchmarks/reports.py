"""Report benchmarks: the board report and the Art. 30 record on large registers, and the
imports of ``privguard report``.

    python -m tests.benchmarks.reports

Prints each figure with the ratio to its target:

- board report on 1,000 risks and 200 incidents ≤ 5 s, and the record of processing for
  500 activities ≤ 3 s: one ``ws.reporting.export`` each, as the command and the Reports
  area make it: built, signed (PAdES, pyHanko), written and recorded. Fonts are loaded
  before the clock starts (a one-off a long-running application pays once); pyHanko's
  import is not: the timed export is the first signing in the process, so it is in the
  figure, which also says how much of it the signing step took. Peak Python memory
  (tracemalloc) comes from a second export. Building the registers is not timed.
- the imports of ``privguard report board PATH --out FILE.pdf --no-sign`` on a one-person
  register ≤ 1 s: ``python -X importtime`` in a fresh process, the cumulative times of its
  top-level imports summed: every module the command imports, from the interpreter's own
  (``site``) to the report builder, whether at start-up or when first needed. ``-X
  importtime`` slows imports down a little, so this overstates them, and they are wall-clock
  times, so a busy machine swells them too; the median of a few runs is printed. Signing is
  left out of that figure on purpose: pyHanko is imported by the signing step, once there is
  a report to sign (work, not start-up); signed runs are measured too, and the signed
  figure and what signing adds in imports are printed beside it.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import privguard
from privguard.services.demo import build_scaled
from privguard.services.workspace import Workspace, create
from privguard.storage import keyslots

PASS = "benchmark passphrase"
TARGETS = {"board": 5.0, "ropa": 3.0, "imports": 1.0}
IMPORT_RUNS = 5


def _register(folder: Path, name: str) -> Workspace:
    ws, _ = create(folder / f"{name}.privguard", organisation="Bench Retail S.L.", name="Bench",
                   role="CPO", passphrase=PASS)
    return ws


def board_register(folder: Path) -> Workspace:
    ws = _register(folder, "board")
    build_scaled(ws, 1_000, lambda _m: None)
    rng = random.Random(7)  # noqa: S311 - benchmark content
    now = datetime.now(UTC)
    missing = 200 - ws.incidents.count()
    ws.incidents.create_many(
        {"title": f"Extra incident {i:04d}", "severity": rng.choice(["low", "medium", "high"]),
         "status": rng.choice(["detected", "triaged", "contained"]),
         "detected_at": now - timedelta(hours=rng.randint(1, 4_000))}
        for i in range(missing))
    return ws


def ropa_register(folder: Path) -> Workspace:
    ws = _register(folder, "ropa")
    rng = random.Random(11)  # noqa: S311 - benchmark content
    owner = ws.people.rows().column("id")[0]
    with ws.transaction():
        ids = ws.activities.create_many(
            {"name": f"Processing activity {i:04d} — customer and staff data",
             "role": "processor" if i % 10 == 0 else "controller",
             "controller_name": "Client S.A." if i % 10 == 0 else "",
             "owner_id": owner, "data_subjects": ["DS-CUSTOMERS", "DS-EMPLOYEES"],
             "data_categories": ["DC-IDENTIFICATION", "DC-CONTACT"],
             "approx_subjects": rng.randint(10, 100_000), "approx_records": 100_000,
             "retention": "Six years after the end of the contract (commercial code).",
             "security_measures": "Access control by role, encryption in transit and at rest, "
                                  "logging, backups, staff training.",
             "dpo_contact": "dpo@bench.example",
             "recipients": [{"name": "Carrier", "kind": "third_party", "country": "ES"}],
             "transfers": [{"country": "US", "recipient": "Cloud", "safeguard": "sccs"}]}
            for i in range(500))
        ws.purposes.create_many({"activity_id": a, "description": "Serve the customer",
                                 "art6_basis": "6(1)(b)"} for a in ids)
    return ws


def measure(ws: Workspace, kind: str, out: Path) -> tuple[float, float, float, int]:
    """Time one signed export (and its signing step, between the "Signing…" and "Writing the
    file…" progress reports), then export again under tracemalloc for the peak (it slows
    Python several-fold, so the two are never measured in the same run)."""
    ws.reporting.render("ropa" if kind == "ropa" else "risks")  # load fonts: a one-off cost
    marks: dict[str, float] = {}

    def progress(_fraction: float, message: str) -> None:
        marks.setdefault(message, time.perf_counter())

    start = time.perf_counter()
    outcome = ws.reporting.export(kind, out, sign=True, progress=progress)
    elapsed = time.perf_counter() - start
    if not outcome.signed:
        raise RuntimeError(f"the {kind} export was not signed")
    signing = marks["Writing the file…"] - marks["Signing…"]
    tracemalloc.start()
    ws.reporting.export(kind, out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, signing, peak / 2**20, outcome.pages


def import_seconds(register: Path, out: Path, *, sign: bool) -> float:
    """The summed top-level cumulative times ``-X importtime`` prints for one run of
    ``privguard report board``, in a fresh process (see the module's docstring)."""
    # The checkout this benchmark runs from, first, whether or not it is installed.
    source = str(Path(privguard.__file__).resolve().parents[1])
    env = {**os.environ, "PRIVGUARD_PASSPHRASE": PASS,
           "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-X", "importtime", "-m", "privguard", "report", "board",
               str(register), "--out", str(out), *([] if sign else ["--no-sign"])]
    run = subprocess.run(command, env=env, cwd=out.parent, capture_output=True, text=True,  # noqa: S603
                         check=False)
    if run.returncode != 0:
        raise RuntimeError(f"privguard report failed ({run.returncode}): {run.stderr[-500:]}")
    total = 0
    for line in run.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        _, cumulative, name = line.split("|")
        # Top level: imported by running code, not by another import; it includes those.
        if cumulative.strip().isdigit() and not name.startswith("  "):
            total += int(cumulative)
    return total / 1e6


def import_figures(folder: Path) -> tuple[float, float]:
    """Median imports of ``privguard report board`` unsigned and signed, the two runs taken
    in turn so that a busy machine weighs on both alike."""
    ws = _register(folder, "small")
    ws.close()
    register, out = folder / "small.privguard", folder / "small.pdf"
    import_seconds(register, out, sign=True)  # makes the signing key and writes .pyc files
    runs = [(import_seconds(register, out, sign=False), import_seconds(register, out, sign=True))
            for _ in range(IMPORT_RUNS)]
    return (statistics.median(u for u, _ in runs), statistics.median(s for _, s in runs))


def main() -> None:
    keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)  # unlocking speed is not measured here
    with tempfile.TemporaryDirectory(prefix="privguard-bench-") as tmp:
        folder = Path(tmp)
        cases = [("board", board_register, "board report, 1,000 risks / 200 incidents"),
                 ("ropa", ropa_register, "Art. 30 record, 500 processing activities")]
        for kind, make, label in cases:
            ws = make(folder)
            try:
                elapsed, signing, peak, pages = measure(ws, kind, folder / f"{kind}.pdf")
            finally:
                ws.close()
            target = TARGETS[kind]
            print(f"{label:45s} {elapsed:6.2f} s  (target ≤ {target:.0f} s, ratio "
                  f"{elapsed / target:4.2f})  peak {peak:6.1f} MiB  {pages} pages, "
                  f"signing {signing:.2f} s")
        unsigned, signed = import_figures(folder)
        target = TARGETS["imports"]
        print(f"{'imports of `privguard report board`, small':45s} {unsigned:6.2f} s  (target ≤ "
              f"{target:.0f} s, ratio {unsigned / target:4.2f})  signed {signed:.2f} s: "
              f"signing adds {signed - unsigned:.2f} s (pyHanko)")


if __name__ == "__main__":
    main()
