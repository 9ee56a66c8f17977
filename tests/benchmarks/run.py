"""Storage benchmarks: SQLCipher against plain SQLite through the same services code.

    python -m tests.benchmarks.run [--rows 100000] [--inserts 10000] [--demo-scale 100000]
    python -m tests.benchmarks.run --only-anchor [--anchor-inserts 10000]

Prints each figure and its ratio against the reference (target: SQLCipher ≤ 1.5× plain).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from privguard.domain.rows import ListQuery
from privguard.services.workspace import Workspace, create
from privguard.storage import keyslots, migrations
from privguard.storage.audit import audit_key_from
from privguard.storage.engine import make_engine
from privguard.storage.store import Store

PASS = "benchmark passphrase"


def plain_workspace(folder: Path) -> Workspace:
    """The same services on an unencrypted SQLite file: the reference."""
    engine = make_engine(folder / "plain.db", None)
    migrations.upgrade(engine, backup=None)
    key = bytearray(32)
    register = SimpleNamespace(store=Store(engine, audit_key_from(key), "Bench (CPO)", folder),
                               actor="Bench (CPO)", header=SimpleNamespace(organisation="Bench"),
                               paths=SimpleNamespace(folder=folder), close=lambda: engine.dispose())
    ws = Workspace(register)  # type: ignore[arg-type]
    ws.people.create(name="Bench", role="CPO")
    return ws


def cipher_workspace(folder: Path) -> Workspace:
    ws, _ = create(folder / "Bench.privguard", organisation="Bench", name="Bench", role="CPO",
                   passphrase=PASS)
    return ws


def timed(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def risk(i: int) -> dict:
    return {"title": f"Risk {i:06d} outage of {'customer' if i % 3 else 'staff'} data",
            "inherent_likelihood": 1 + i % 5, "inherent_impact": 1 + (i // 5) % 5,
            "residual_likelihood": 1 + i % 3, "residual_impact": 1 + i % 2, "owner_id": 1}


def report(name: str, cipher: float, plain: float, target: float = 1.5) -> None:
    ratio = cipher / plain
    flag = "ok" if ratio <= target else "OVER TARGET"
    print(f"{name:<52} sqlcipher {cipher * 1000:9.1f} ms   plain {plain * 1000:9.1f} ms   "
          f"ratio {ratio:5.2f}x  (target ≤ {target}x: {flag})")


def anchor_cost(folder: Path, n: int) -> None:
    """What the rollback anchor (checked at unlock, written at lock) adds to a session of
    unlock, ``n`` single-transaction inserts and lock: the time spent in its two methods,
    measured inside the session, against the session without that time. Two whole sessions
    compared would measure the disk's fsync drift, which is larger than the anchor."""
    from privguard.services.workspace import open_workspace
    from privguard.storage.register import Register

    ws, _ = create(folder / "Anchor.privguard", organisation="Bench", name="Bench", role="CPO",
                   passphrase=PASS)
    ws.close()
    spent = [0.0]
    saved = Register.check_anchor, Register.write_anchor

    def clocked(method):  # noqa: ANN001, ANN202
        def run(self):  # noqa: ANN001, ANN202
            t = time.perf_counter()
            try:
                return method(self)
            finally:
                spent[0] += time.perf_counter() - t
        return run

    Register.check_anchor, Register.write_anchor = clocked(saved[0]), clocked(saved[1])
    try:
        t = time.perf_counter()
        with open_workspace(folder / "Anchor.privguard", PASS) as live:
            for i in range(n):
                live.risks.create(**risk(i))
        total = time.perf_counter() - t
    finally:
        Register.check_anchor, Register.write_anchor = saved
    ratio = total / (total - spent[0])
    flag = "ok" if ratio <= 1.05 else "OVER TARGET"
    print(f"{'anchor: unlock + ' + f'{n:,}' + ' inserts (one each) + lock':<52} session "
          f"{total * 1000:9.1f} ms   of it the anchor {spent[0] * 1000:6.1f} ms   ratio "
          f"{ratio:6.4f}x  (target ≤ 1.05x: {flag})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inserts", type=int, default=10_000)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--demo-scale", type=int, default=0, help="also time `privguard demo --scale N`")
    ap.add_argument("--anchor-inserts", type=int, default=0,
                    help="inserts for the anchor's cost (default: --inserts)")
    ap.add_argument("--only-anchor", action="store_true", help="time the anchor's cost only")
    args = ap.parse_args()
    keyslots.set_new_slot_kdf(keyslots.DEFAULT_KDF)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.only_anchor:
            anchor_cost(tmp, args.anchor_inserts or args.inserts)
            return
        (tmp / "c").mkdir()
        (tmp / "p").mkdir()
        t = time.perf_counter()
        cws = cipher_workspace(tmp / "c")
        print(f"{'create register (Argon2id 64 MiB × 3, two slots)':<52} {time.perf_counter() - t:.3f} s")
        pws = plain_workspace(tmp / "p")
        n = args.inserts
        for label, batch in (("one transaction each", False), ("one transaction", True)):
            def insert(ws, batch=batch):
                if batch:
                    ws.risks.create_many(risk(i) for i in range(n))
                else:
                    for i in range(n):
                        ws.risks.create(**risk(i))
            report(f"insert {n:,} risks via services + audit ({label})",
                   timed(lambda: insert(cws)), timed(lambda: insert(pws)))
        extra = args.rows - cws.risks.count()
        for ws in (cws, pws):
            for start in range(0, extra, 20_000):
                ws.risks.create_many(risk(i) for i in range(start, min(start + 20_000, extra)))
        rows = cws.risks.count()
        report(f"list {rows:,} risk rows (RowSet)", timed(lambda: cws.risks.rows(), 3),
               timed(lambda: pws.risks.rows(), 3))
        q = ListQuery(search="staff outage", filters={"residual_likelihood": 2},
                      order_by="title", limit=500)
        report("filtered query (search + filter + sort, 500 rows)", timed(lambda: cws.risks.rows(q), 5),
               timed(lambda: pws.risks.rows(q), 5))
        report("heat map (group by cell)", timed(lambda: cws.risks.heat_map("residual"), 5),
               timed(lambda: pws.risks.heat_map("residual"), 5))
        cws.close()
        pws.close()
        from privguard.storage.register import open_register

        path = tmp / "c" / "Bench.privguard"
        kdf = timed(lambda: open_register(path, PASS, migrate=False, check_pages=False).close(), 3)
        full = timed(lambda: open_register(path, PASS).close(), 3)
        print(f"{'unlock: Argon2id KDF + unwrap (median of 3)':<52} {kdf:.3f} s")
        print(f"{'unlock incl. page integrity check of ' + str(rows) + ' risks':<52} {full:.3f} s")
        (tmp / "a").mkdir()
        anchor_cost(tmp / "a", args.anchor_inserts or args.inserts)
        if args.demo_scale:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "privguard", "demo", "--path", str(tmp / "demo"),
                            "--scale", str(args.demo_scale), "--no-gui"], check=True,
                           stdout=subprocess.DEVNULL)
            print(f"{'demo --scale ' + str(args.demo_scale) + ' build':<52} {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
