"""Annual mode: real event counts, common random numbers, known answers."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from privguard.analysis import annual
from privguard.analysis import results as R
from privguard.analysis.annual import (
    AnnualOption,
    AnnualScenario,
    LossComponent,
    scenario_from_quant,
    simulate_annual,
)
from privguard.analysis.decision import AnnualConstraints, analyse_annual
from privguard.analysis.distributions import Constant, Pert
from privguard.analysis.metrics import paired_se, unpaired_se
from privguard.analysis.portfolio import PortfolioItem, analyse_portfolio
from privguard.domain.matrix import DEFAULT_MATRIX

RANSOMWARE = {"frequency": {"low": 0.05, "mode": 0.2, "high": 0.6},
              "losses": {"productivity": [40_000, 900_000], "response": [30_000, 250_000],
                         "replacement": [5_000, 80_000]},
              "secondary": {"probability": 0.3, "range": [20_000, 600_000]}}


def one_form(freq, low, high) -> AnnualScenario:
    return AnnualScenario(freq, (LossComponent("response", low, high),))


def test_known_analytic_ales():
    assert one_form(Constant(0.01), 1e6, 1e7).analytic_ale == pytest.approx(40_400.128, abs=1e-3)
    assert one_form(Constant(0.1), 1e7, 1e9).analytic_ale == pytest.approx(26_639_800.98, abs=0.01)


@pytest.mark.parametrize("scenario", [
    one_form(Pert(0.5, 2, 6), 1_000, 30_000),
    one_form(Pert(0.005, 0.01, 0.03), 1e6, 1e7),
    one_form(Constant(0.1), 1e7, 1e9),
    scenario_from_quant(RANSOMWARE),
    scenario_from_quant({"frequency": {"low": 1, "mode": 4, "high": 12},
                         "losses": {"response": [2_000, 30_000], "productivity": [500, 20_000]}}),
])
def test_simulated_ale_within_three_standard_errors_of_the_analytic_mean(scenario):
    losses = simulate_annual(scenario, [], 200_000, 11).losses[0]
    se = losses.std(ddof=1) / math.sqrt(len(losses))
    assert abs(losses.mean() - scenario.analytic_ale) <= 3 * se


def test_rare_event_probability_of_any_loss_is_one_minus_e_to_minus_lambda():
    # A "frequency × one magnitude" model would put a loss in every year.
    n = 200_000
    sample = simulate_annual(one_form(Constant(0.1), 1e7, 1e9), [], n, 3)
    p = 1 - math.exp(-0.1)
    share = float((sample.losses[0] > 0).mean())
    assert abs(share - p) <= 4 * math.sqrt(p * (1 - p) / n)
    assert sample.any_event[0] == pytest.approx(share)


@pytest.mark.parametrize("f", [0.2, 0.5, 0.8])
def test_thinning_reduces_ale_by_one_minus_f_with_a_small_paired_se(f):
    scenario = scenario_from_quant(RANSOMWARE)
    sample = simulate_annual(scenario, [AnnualOption(1, "thin", frequency_factor=f)], 100_000, 5)
    base, opt = sample.losses
    delta = base.mean() - opt.mean()
    se = paired_se(base, opt)
    assert abs(delta - (1 - f) * base.mean()) <= 3 * se
    # Nested thinning: the option never loses more than the baseline in the same year.
    assert np.all(opt <= base + 1e-6)
    if f >= 0.5:
        assert se < 0.6 * unpaired_se(base, opt)


def test_loss_factor_paired_se_is_much_smaller_than_unpaired():
    scenario = scenario_from_quant(RANSOMWARE)
    option = AnnualOption(1, "backups", loss_factors={"productivity": 0.4, "replacement": 0.5})
    base, opt = simulate_annual(scenario, [option], 50_000, 8).losses
    assert paired_se(base, opt) < 0.5 * unpaired_se(base, opt)
    expected = scenario.frequency.mean * sum(
        c.probability * c.distribution.mean * option.factor(c) for c in scenario.components)
    assert abs(opt.mean() - expected) <= 3 * opt.std() / math.sqrt(len(opt))


def test_options_that_raise_the_frequency_see_extra_events():
    scenario = one_form(Pert(0.5, 2, 6), 1_000, 30_000)
    sample = simulate_annual(scenario, [AnnualOption(1, "worse", frequency_factor=1.5)], 100_000, 2)
    base, opt = sample.losses
    assert abs((opt.mean() - base.mean()) - 0.5 * base.mean()) <= 3 * paired_se(opt, base)
    assert np.all(opt >= base - 1e-6)


def test_same_seed_same_result_and_editing_an_option_leaves_the_others_alone():
    scenario = scenario_from_quant(RANSOMWARE)
    a = AnnualOption(1, "a", frequency_factor=0.5)
    b = AnnualOption(2, "b", loss_factors={"response": 0.5})
    first = simulate_annual(scenario, [a, b], 30_000, 42).losses
    again = simulate_annual(scenario, [a, b], 30_000, 42).losses
    np.testing.assert_array_equal(first, again)
    edited = simulate_annual(scenario, [a, AnnualOption(2, "b", frequency_factor=0.7)], 30_000, 42)
    np.testing.assert_array_equal(first[:2], edited.losses[:2])
    other = simulate_annual(scenario, [a, b], 30_000, 43).losses
    assert not np.array_equal(first, other)


def test_chunks_bound_memory_without_changing_the_answer(monkeypatch):
    scenario = one_form(Pert(1, 4, 12), 2_000, 30_000)
    monkeypatch.setattr(annual, "EVENTS_PER_CHUNK", 20_000)
    losses = simulate_annual(scenario, [], 50_000, 9).losses[0]
    se = losses.std(ddof=1) / math.sqrt(len(losses))
    assert annual._chunk_trials(scenario, 50_000) < 50_000
    assert abs(losses.mean() - scenario.analytic_ale) <= 3 * se


def test_analysis_reports_finance_constraints_flags_and_a_cell():
    scenario = scenario_from_quant(RANSOMWARE)
    cheap = AnnualOption(1, "Backups", "it_centric", loss_factors={"productivity": 0.4},
                         cost_one_off=30_000, cost_yearly=5_000)
    lavish = AnnualOption(2, "Gold plating", "it_centric", frequency_factor=0.9,
                          cost_one_off=300_000, cost_yearly=100_000)
    result = analyse_annual(scenario, [cheap, lavish], trials=20_000, seed=1,
                            matrix=DEFAULT_MATRIX)
    base = result.baseline
    rows = {r.option_id: r for r in result.options}
    ale = base.metrics[R.ALE]
    assert rows[1].metrics[R.DELTA_ALE] == pytest.approx(ale - rows[1].metrics[R.ALE])
    assert rows[1].metrics[R.ANNUAL_COST] == pytest.approx(15_000)
    assert rows[1].metrics[R.ROSI] == pytest.approx((rows[1].metrics[R.DELTA_ALE] - 15_000) / 15_000)
    assert any("Gordon–Loeb" in f for f in rows[2].flags)
    assert not rows[1].flags
    assert result.recommended_option_id == 1
    totals = [r.metrics[R.TOTAL_ANNUAL] for r in [base, *result.options]]
    assert rows[1].metrics[R.TOTAL_ANNUAL] == min(totals)
    cell = DEFAULT_MATRIX.cell_for(base.metrics[R.P_ANY_EVENT], base.metrics[R.MEDIAN_EVENT])
    assert (result.suggested_cell["likelihood"], result.suggested_cell["impact"]) == cell
    assert len(base.lec) == 50 and all(0 <= p <= 1 for _x, p in base.lec)
    probs = [p for _x, p in base.lec]
    assert probs == sorted(probs, reverse=True)
    json.dumps(result.to_dict(), allow_nan=False)
    # Sensitivity: the frequency range moves ALE most for this risk.
    assert result.sensitivity and result.sensitivity[0].swing >= result.sensitivity[-1].swing
    assert {s.input for s in result.sensitivity} >= {"Frequency (events a year)"}


def test_tolerance_removes_options_before_the_rule():
    scenario = scenario_from_quant(RANSOMWARE)
    free = AnnualOption(1, "Free but weak", loss_factors={"response": 0.9})
    strong = AnnualOption(2, "Strong", frequency_factor=0.1, cost_yearly=1_000)
    loose = analyse_annual(scenario, [free, strong], trials=10_000, seed=4, sensitivity=False)
    p95_free = loose.options[0].metrics[R.P95_ANNUAL]
    p95_strong = loose.options[1].metrics[R.P95_ANNUAL]
    assert p95_strong < p95_free
    tight = analyse_annual(scenario, [free, strong], trials=10_000, seed=4, sensitivity=False,
                           constraints=AnnualConstraints(tolerance=(p95_strong + p95_free) / 2))
    assert tight.recommended_option_id == 2
    assert not tight.options[0].meets_constraints and tight.options[1].meets_constraints


def test_portfolio_adds_risks_and_stays_reproducible():
    items = [PortfolioItem(1, scenario_from_quant(RANSOMWARE)),
             PortfolioItem(2, one_form(Pert(0.5, 2, 6), 1_000, 30_000),
                           (AnnualOption(9, "x", frequency_factor=0.5),))]
    result = analyse_portfolio(items, trials=100_000, seed=12)
    analytic = sum(i.scenario.analytic_ale for i in items)
    assert abs(result.metrics[R.ALE] - analytic) <= 3 * result.metrics[R.ALE_SE]
    assert result.to_dict() == analyse_portfolio(items, trials=100_000, seed=12).to_dict()
    assert result.risks[1]["options"][0]["option_id"] == 9


def test_box_muller_normals_have_standard_moments():
    z = annual.standard_normals(np.random.PCG64(7), 1_000_001).astype(np.float64)
    assert len(z) == 1_000_001
    assert abs(z.mean()) < 5 / 1000  # 5 standard errors
    assert z.std() == pytest.approx(1.0, abs=0.005)
    assert (z ** 4).mean() == pytest.approx(3.0, abs=0.05)
    assert float((z > 1.6448536).mean()) == pytest.approx(0.05, abs=0.0015)


def test_sparse_and_dense_sums_agree_on_the_same_draws():
    scenario = scenario_from_quant(RANSOMWARE)
    options = (annual.BASELINE, AnnualOption(1, "a", frequency_factor=0.5),
               AnnualOption(2, "b", frequency_factor=0.8, loss_factors={"response": 0.5}),
               AnnualOption(3, "c", frequency_factor=0.0),
               AnnualOption(4, "d", loss_factors={"reputation": 0.0, "productivity": 2.0}))
    comps = scenario.components
    factors = np.array([[o.factor(c) for c in comps] for o in options])
    keep = np.array([o.frequency_factor for o in options])
    rng = np.random.default_rng(3)
    counts, keep_bits, values = annual._draw_events(rng, np.full(5_000, 1.3), comps)
    rows = np.arange(len(options))
    results = []
    for add in (annual._add_sparse, annual._add_dense):
        losses = np.zeros((len(options), 5_000))
        hit = np.zeros((len(options), 5_000), dtype=bool)
        add(losses, hit, rows, counts, keep_bits, keep, factors, values)
        results.append((losses, hit))
    np.testing.assert_allclose(results[0][0], results[1][0], rtol=1e-12)
    np.testing.assert_array_equal(results[0][1], results[1][1])
    assert not results[0][0][3].any() and not results[0][1][3].any()
    assert np.all(results[0][0][1] <= results[0][0][0])


def test_options_identical_on_this_scenario_share_the_baselines_losses():
    # "fines" is not a loss form of the ransomware scenario: the option changes nothing.
    scenario = scenario_from_quant(RANSOMWARE)
    sample = simulate_annual(scenario, [AnnualOption(1, "x", frequency_factor=0.5),
                                        AnnualOption(2, "no-op", loss_factors={"fines": 0.1})],
                             20_000, 6)
    assert list(sample.same_as) == [0, 1, 0]
    np.testing.assert_array_equal(sample.losses[2], sample.losses[0])
    assert sample.any_event[2] == sample.any_event[0]
