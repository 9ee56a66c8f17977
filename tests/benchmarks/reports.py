"""Report benchmarks: the board report and the Art. 30 record on large registers.

    python -m tests.benchmarks.reports

Prints each report's time and peak Python memory (tracemalloc) with the ratio
to its target: board report on 1,000 risks and 200 incidents ≤ 5 s; record of
processing for 500 activities ≤ 3 s. Building the registers is not timed.
"""

from __future__ import annotations

import random
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from privguard.services.demo import build_scaled
from privguard.services.workspace import Workspace, create
from privguard.storage import keyslots

PASS = "benchmark passphrase"
TARGETS = {"board": 5.0, "ropa": 3.0}


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


def measure(ws: Workspace, kind: str, out: Path) -> tuple[float, float, int]:
    """Time one export, then export again under tracemalloc for the peak (it slows Python
    several-fold, so the two are never measured in the same run)."""
    ws.reporting.render("ropa" if kind == "ropa" else "risks")  # load fonts: a one-off cost
    start = time.perf_counter()
    outcome = ws.reporting.export(kind, out)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    ws.reporting.export(kind, out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, outcome.pages


def main() -> None:
    keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)  # unlocking speed is not measured here
    with tempfile.TemporaryDirectory(prefix="privguard-bench-") as tmp:
        folder = Path(tmp)
        cases = [("board", board_register, "board report, 1,000 risks / 200 incidents"),
                 ("ropa", ropa_register, "Art. 30 record, 500 processing activities")]
        for kind, make, label in cases:
            ws = make(folder)
            try:
                elapsed, peak, pages = measure(ws, kind, folder / f"{kind}.pdf")
            finally:
                ws.close()
            target = TARGETS[kind]
            print(f"{label:45s} {elapsed:6.2f} s  (target ≤ {target:.0f} s, ratio "
                  f"{elapsed / target:4.2f})  peak {peak:6.1f} MiB  {pages} pages")


if __name__ == "__main__":
    main()
