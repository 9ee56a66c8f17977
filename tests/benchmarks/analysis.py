"""Analysis engine benchmarks, on one core.

    python -m tests.benchmarks.analysis [--skip-pyfair] [--repeats 7]

Prints each figure with its target and ratio:

* a live comparison, 1 scenario × 5 options × 20,000 trials (target ≤ 30 ms);
* frequent events: λ = 20,000 events a year, 20,000 trials, 2 options (target
  ≤ 10 s and peak memory ≤ 300 MB);
* a portfolio, 50 scenarios × 6 options × 100,000 trials (target ≤ 2 s, peak
  memory ≤ 500 MB);
* the same 50 × 6 × 100,000 question with pyfair (the ``bench`` extra), one
  FairModel per scenario × option in its simple LEF × LM form, as a time ratio
  (target: PrivGuard ≥ 5× faster). pyfair draws one magnitude per year; PrivGuard
  draws every event's loss, so it does more work per trial, not less.
"""

from __future__ import annotations

import os

# One core: set before numpy is imported anywhere.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import math  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402

import numpy as np  # noqa: E402

from privguard.analysis.annual import (  # noqa: E402
    AnnualOption,
    normal_forms,
    scenario_from_quant,
)
from privguard.analysis.decision import analyse_annual, analyse_incident  # noqa: E402
from privguard.analysis.distributions import Pert  # noqa: E402
from privguard.analysis.incident import (  # noqa: E402
    AffectedService,
    Assumptions,
    Breach,
    ImpactCurve,
    IncidentOption,
    IncidentScenario,
)
from privguard.analysis.portfolio import PortfolioItem, analyse_portfolio  # noqa: E402
from privguard.domain.matrix import DEFAULT_MATRIX  # noqa: E402
from privguard.services import demo_content  # noqa: E402

SEED = 20261123
# Treatments as registers hold them: lower frequency, smaller losses, or both.
OPTION_SHAPES = [
    (1.0, {"productivity": 0.4, "replacement": 0.5}),
    (0.5, {}),
    (0.8, {"response": 0.5}),
    (1.0, {"fines": 0.3, "reputation": 0.5}),
    (0.7, {"productivity": 0.8}),
    (0.3, {"response": 1.2}),
]


def demo_quants() -> list[tuple[str, dict]]:
    return [(r[1], r[-1]) for r in demo_content.RISKS if r[-1]]


def scenarios(n: int, n_options: int) -> list[PortfolioItem]:
    """n scenarios cycling the demo's quantified risks, each with ``n_options`` treatments."""
    quants = demo_quants()
    items = []
    for i in range(n):
        name, quant = quants[i % len(quants)]
        options = tuple(
            AnnualOption(j + 1, f"Option {j + 1}", frequency_factor=f, loss_factors=lf,
                         cost_one_off=20_000 * (j + 1), cost_yearly=5_000 * (j + 1))
            for j, (f, lf) in enumerate(OPTION_SHAPES[:n_options]))
        items.append(PortfolioItem(i + 1, scenario_from_quant(quant, name), options))
    return items


def incident_case(n_options: int) -> tuple[IncidentScenario, list[IncidentOption]]:
    curve = ImpactCurve.from_points(demo_content.SERVICES[0][2])
    scenario = IncidentScenario(
        (AffectedService("E-mail and calendar", curve, 72.0, 1_500.0),),
        Assumptions(records_exposed_per_hour=200.0, cost_per_record=10.0,
                    evidence_lost_cost=50_000.0, late_notification_cost=100_000.0,
                    analysis_hours=Pert(4, 12, 48)), Breach(72.0, 9.0))
    options = [IncidentOption(j + 1, f"Response {j + 1}",
                              downtime_hours=Pert(6 + 6 * j, 12 + 12 * j, 30 + 20 * j),
                              data_loss_hours=9, containment_hours=Pert(2 + j, 4 + 4 * j, 12 + 8 * j),
                              reinfection_probability=max(0.05, 0.35 - 0.07 * j),
                              evidence_preserved=j % 2 == 1, cost_one_off=25_000 + 10_000 * j,
                              cost_per_incident=15_000)
               for j in range(n_options)]
    return scenario, options


def median_time(fn, repeats: int) -> float:
    fn()  # warm caches (PERT tables, first-touch pages)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def line(name: str, value: str, target: str, ratio: float, ok: bool) -> None:
    print(f"{name:<62} {value:>12}   target {target:<10} ratio {ratio:6.2f}  "
          f"{'ok' if ok else 'OVER TARGET'}")


def live(repeats: int) -> None:
    item = scenarios(1, 5)[0]
    scenario, options = incident_case(5)
    for label, fn in [
        ("annual: 1 scenario × 5 options × 20,000 trials", lambda: analyse_annual(
            item.scenario, item.options, trials=20_000, seed=SEED, matrix=DEFAULT_MATRIX,
            sensitivity=False)),
        ("incident: 1 incident × 5 options × 20,000 trials", lambda: analyse_incident(
            scenario, options, trials=20_000, seed=SEED, sensitivity=False)),
    ]:
        t = median_time(fn, repeats)
        line(label, f"{t * 1000:.1f} ms", "≤ 30 ms", t / 0.030, t <= 0.030)
    for label, fn in [
        ("  + sensitivity ranking (annual, for information)", lambda: analyse_annual(
            item.scenario, item.options, trials=20_000, seed=SEED, matrix=DEFAULT_MATRIX)),
        ("  + sensitivity ranking (incident, for information)", lambda: analyse_incident(
            scenario, options, trials=20_000, seed=SEED)),
    ]:
        t = median_time(fn, max(3, repeats // 2))
        print(f"{label:<62} {t * 1000:9.1f} ms")


FREQUENT = {"frequency": 20_000, "losses": {"response": [20, 400], "productivity": [10, 300]},
            "secondary": {"probability": 0.01, "range": [500, 20_000]}}


def frequent(trials: int = 20_000) -> None:
    """λ = 20,000 events a year (phishing e-mails reaching staff): 400 million events."""
    scenario = scenario_from_quant(FREQUENT, "Phishing e-mails")
    options = [AnnualOption(1, "Filter", frequency_factor=0.5, cost_yearly=100_000),
               AnnualOption(2, "Training", loss_factors={"response": 0.7}, cost_yearly=50_000)]

    def run():  # noqa: ANN202
        return analyse_annual(scenario, options, trials=trials, seed=SEED, sensitivity=False)

    t = time.perf_counter()
    run()
    elapsed = time.perf_counter() - t
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    line(f"frequent events: λ = 20,000 a year × {trials:,} trials × 2 options",
         f"{elapsed:.2f} s", "≤ 10 s", elapsed / 10.0, elapsed <= 10.0)
    line("  peak memory (tracemalloc, numpy arrays included)", f"{peak / 2**20:.0f} MB",
         "≤ 300 MB", peak / 2**20 / 300, peak / 2**20 <= 300)
    normal = normal_forms(scenario) or (False,) * len(scenario.components)
    summed = [c.name for c, n in zip(scenario.components, normal, strict=True) if n]
    drawn = [c.name for c, n in zip(scenario.components, normal, strict=True) if not n]
    print(f"{'  yearly totals drawn normally for':<62} {', '.join(summed) or '-'}; "
          f"per event: {', '.join(drawn) or '-'}")


def portfolio_run(items: list[PortfolioItem], trials: int):  # noqa: ANN201
    return analyse_portfolio(items, trials=trials, seed=SEED, matrix=DEFAULT_MATRIX)


def portfolio(n: int, n_options: int, trials: int) -> float:
    items = scenarios(n, n_options)
    portfolio_run(scenarios(2, n_options), 1_000)  # warm up
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    result = portfolio_run(items, trials)
    elapsed = time.perf_counter() - t
    rss_delta = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    tracemalloc.start()
    portfolio_run(items, trials)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    label = f"portfolio: {n} scenarios × {n_options} options × {trials:,} trials"
    line(label, f"{elapsed:.2f} s", "≤ 2 s", elapsed / 2.0, elapsed <= 2.0)
    line("  peak memory (tracemalloc, numpy arrays included)", f"{peak / 2**20:.0f} MB",
         "≤ 500 MB", peak / 2**20 / 500, peak / 2**20 <= 500)
    print(f"{'  max RSS growth during the timed run':<62} {rss_delta:9.0f} MB")
    ale = result.metrics["Expected annual loss (ALE)"]
    print(f"{'  portfolio ALE (as is) ± SE':<62} {ale:12,.0f} ± {result.metrics['ALE standard error']:,.0f}")
    return elapsed


def pyfair_run(n: int, n_options: int, trials: int, ours: float) -> None:
    try:
        import pyfair
    except ImportError:
        print("pyfair: not installed, comparison skipped "
              "(pip install -e '.[bench]' to install it)")
        return
    items = scenarios(n, n_options)

    def run() -> None:
        for item in items:
            f = item.scenario.frequency
            for option in (None, *item.options):
                ff = option.frequency_factor if option else 1.0
                low = sum(c.low * (option.factor(c) if option else 1.0) * c.probability
                          for c in item.scenario.components)
                high = sum(c.high * (option.factor(c) if option else 1.0) * c.probability
                           for c in item.scenario.components)
                mode = math.sqrt(low * high)
                model = pyfair.FairModel(name=item.scenario.name, n_simulations=trials,
                                         random_seed=SEED)
                freq = ({"low": f.low * ff, "mode": f.mode * ff, "high": f.high * ff}
                        if isinstance(f, Pert) else {"constant": f.value * ff})
                model.input_data("Loss Event Frequency", **freq)
                model.input_data("Loss Magnitude", low=low, mode=mode, high=high)
                model.calculate_all()
                np.asarray(model.export_results()["Risk"]).mean()

    t = time.perf_counter()
    run()
    theirs = time.perf_counter() - t
    from importlib.metadata import version

    label = f"pyfair {version('pyfair')} ({n} × {n_options + 1} models × {trials:,} trials)"
    print(f"{label:<62} {theirs:9.2f} s")
    ratio = theirs / ours
    line("  PrivGuard speed-up over pyfair", f"{ratio:.1f}×", "≥ 5×", ratio / 5, ratio >= 5)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=15)
    ap.add_argument("--scenarios", type=int, default=50)
    ap.add_argument("--options", type=int, default=6)
    ap.add_argument("--trials", type=int, default=100_000)
    ap.add_argument("--skip-pyfair", action="store_true")
    ap.add_argument("--skip-frequent", action="store_true")
    args = ap.parse_args()
    print(f"numpy {np.__version__}, one thread (OMP/OPENBLAS/MKL = 1)")
    live(args.repeats)
    if not args.skip_frequent:
        frequent()
    ours = portfolio(args.scenarios, args.options, args.trials)
    if not args.skip_pyfair:
        pyfair_run(args.scenarios, args.options, args.trials, ours)


if __name__ == "__main__":
    main()
