"""Annual mode: PERT and uniform loss magnitudes, and frequent events (normal approximation)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from privguard.analysis import annual
from privguard.analysis import results as R
from privguard.analysis.annual import (
    AnnualOption,
    AnnualScenario,
    LossComponent,
    magnitude_moments,
    normal_forms,
    scenario_from_quant,
    simulate_annual,
)
from privguard.analysis.decision import analyse_annual
from privguard.analysis.distributions import Constant, Lognormal90, Pert, Uniform
from privguard.domain.matrix import DEFAULT_MATRIX
from privguard.domain.ranges import quant_problem
from privguard.services.analysis import (
    DEFAULT_ANNUAL_CONSTRAINTS,
    DEFAULT_FINANCE,
    run,
)

PERT_LOSS = {"low": 10_000, "mode": 40_000, "high": 300_000}
UNIFORM_LOSS = {"low": 5_000, "high": 60_000, "dist": "uniform"}
SHAPED = {"frequency": {"low": 0.5, "mode": 2, "high": 6},
          "losses": {"productivity": PERT_LOSS, "response": UNIFORM_LOSS,
                     "replacement": [2_000, 50_000]},
          "secondary": {"probability": 0.25,
                        "range": {"low": 0, "mode": 20_000, "high": 500_000, "gamma": 2}}}


def mean_and_se(losses: np.ndarray) -> tuple[float, float]:
    return float(losses.mean()), float(losses.std(ddof=1) / math.sqrt(len(losses)))


# -- loss magnitudes: PERT, uniform ---------------------------------------------------------

def test_stored_ranges_become_the_right_distributions():
    assert quant_problem(SHAPED) is None
    comps = {c.name: c for c in scenario_from_quant(SHAPED).components}
    assert comps["productivity"].distribution == Pert(10_000, 40_000, 300_000)
    assert comps["response"].distribution == Uniform(5_000, 60_000)
    assert comps["replacement"].distribution == Lognormal90(2_000, 50_000)
    assert comps["replacement"].shape is None  # [low, high] stays a lognormal 90 % range
    assert comps["secondary"].distribution == Pert(0, 20_000, 500_000, 2.0)
    assert comps["secondary"].probability == 0.25
    logn = scenario_from_quant({"frequency": 1, "losses": {
        "fines": {"low": 1_000, "high": 9_000, "dist": "lognormal"}}}).components[0]
    assert logn == LossComponent("fines", 1_000, 9_000)
    # The frequency keeps its PERT shape and may be uniform.
    freq = scenario_from_quant({"frequency": {"low": 1, "mode": 2, "high": 9, "gamma": 8},
                                "losses": {}}).frequency
    assert freq == Pert(1, 2, 9, 8.0)
    assert scenario_from_quant({"frequency": {"low": 1, "high": 3, "dist": "uniform"},
                                "losses": {}}).frequency == Uniform(1, 3)


def test_analytic_ale_uses_each_shapes_mean():
    scenario = scenario_from_quant(SHAPED)
    per_event = (pert_mean := (10_000 + 4 * 40_000 + 300_000) / 6) + 32_500 + \
        Lognormal90(2_000, 50_000).mean + 0.25 * (20_000 * 2 + 500_000) / 4
    assert pert_mean == pytest.approx(78_333.333)
    assert scenario.mean_loss_per_event == pytest.approx(per_event)
    assert scenario.analytic_ale == pytest.approx(Pert(0.5, 2, 6).mean * per_event)


@pytest.mark.parametrize("frequency", [Constant(1.5), Pert(0.5, 2, 6)])
@pytest.mark.parametrize("shape", [Pert(10_000, 40_000, 300_000), Uniform(5_000, 60_000),
                                   Pert(0, 0, 100_000, 2.0)])
def test_pert_and_uniform_losses_match_the_analytic_ale(frequency, shape):
    comp = LossComponent("response", shape.low, shape.high, shape=shape)
    scenario = AnnualScenario(frequency, (comp,))
    assert scenario.analytic_ale == pytest.approx(frequency.mean * shape.mean)
    mean, se = mean_and_se(simulate_annual(scenario, [], 200_000, 21).losses[0])
    assert abs(mean - scenario.analytic_ale) <= 3 * se


def test_mixed_shapes_with_secondary_and_options_match_their_analytic_means():
    scenario = scenario_from_quant(SHAPED)
    option = AnnualOption(1, "o", frequency_factor=0.6, loss_factors={"productivity": 0.5})
    sample = simulate_annual(scenario, [option], 200_000, 4)
    mean, se = mean_and_se(sample.losses[0])
    assert abs(mean - scenario.analytic_ale) <= 3 * se
    expected = 0.6 * scenario.frequency.mean * sum(
        c.probability * c.distribution.mean * option.factor(c) for c in scenario.components)
    mean, se = mean_and_se(sample.losses[1])
    assert abs(mean - expected) <= 3 * se
    assert np.all(sample.losses[1] <= sample.losses[0] + 1e-6)


def test_pert_and_uniform_draws_follow_their_quantiles():
    comp = LossComponent("response", 0, 1, shape=Uniform(0, 1))
    values = annual._event_values(np.random.PCG64(5), (comp,), 400_000)[0]
    assert values.min() >= 0 and values.max() <= 1
    assert np.quantile(values, [0.1, 0.5, 0.9]) == pytest.approx([0.1, 0.5, 0.9], abs=0.005)
    pert = Pert(10, 40, 300)
    comp = LossComponent("response", 10, 300, shape=pert)
    values = annual._event_values(np.random.PCG64(6), (comp,), 400_000)[0]
    assert np.quantile(values, [0.05, 0.5, 0.95]) == pytest.approx(
        pert.quantile(np.array([0.05, 0.5, 0.95])), rel=0.01)


def test_sensitivity_pins_a_pert_loss_at_its_ends():
    result = analyse_annual(scenario_from_quant(SHAPED), [], trials=5_000, seed=3,
                            matrix=DEFAULT_MATRIX)
    labels = [s.input for s in result.sensitivity]
    assert any("productivity" in str(label) for label in labels)
    pinned = scenario_from_quant(SHAPED).components[0].fixed_at(300_000)
    assert pinned.distribution == Constant(300_000)


def test_a_pert_loss_through_the_analysis_service():
    # The inputs AnalysisService.inputs_for_risk builds for a risk with these stored figures.
    quant = {"frequency": {"low": 1, "mode": 3, "high": 8},
             "losses": {"productivity": {"low": 20_000, "mode": 60_000, "high": 400_000},
                        "response": {"low": 5_000, "high": 30_000, "dist": "uniform"}},
             "secondary": {"probability": 0.1, "range": [10_000, 900_000]}}
    assert quant_problem(quant) is None
    inputs = {"mode": "annual", "subject": {"kind": "risk", "id": 1, "title": "Laptop theft"},
              "quant": quant,
              "options": [{"option_id": 7, "name": "Disk encryption", "orientation": "it_centric",
                           "cost_one_off": 10_000, "cost_yearly": 2_000,
                           "time_to_effect_days": 0, "frequency_factor": 1.0,
                           "loss_factors": {"productivity": 0.2}}],
              "finance": dict(DEFAULT_FINANCE), "constraints": dict(DEFAULT_ANNUAL_CONSTRAINTS),
              "officer_score": {"likelihood": 3, "impact": 3}, "currency": "EUR",
              "matrix": DEFAULT_MATRIX.to_dict()}
    result = run(inputs, seed=17, trials=50_000, sensitivity=False)
    analytic = scenario_from_quant(quant).analytic_ale
    base = result.baseline.metrics
    assert abs(base[R.ALE] - analytic) <= 3 * base[R.ALE_SE]
    option = result.options[0].metrics
    saved = (1 + 4 * 3 + 8) / 6 * 0.8 * (20_000 + 4 * 60_000 + 400_000) / 6
    assert abs(option[R.DELTA_ALE] - saved) <= 3 * option[R.DELTA_ALE_SE]
    assert result.recommended_option_id == 7
    again = run(inputs, seed=17, trials=50_000, sensitivity=False)
    assert again.to_dict() == result.to_dict()


# -- frequent events ------------------------------------------------------------------------

def test_magnitude_moments_match_samples():
    rng = np.random.default_rng(1)
    for dist in (Lognormal90(20, 400), Pert(10, 40, 300), Pert(0, 0, 1, 2.0), Uniform(3, 9)):
        x = dist.quantile(rng.random(2_000_000))
        mean, var, skew = magnitude_moments(dist)
        assert x.mean() == pytest.approx(mean, rel=0.01)
        assert x.var() == pytest.approx(var, rel=0.02)
        sample_skew = ((x - x.mean()) ** 3).mean() / x.std() ** 3
        assert sample_skew == pytest.approx(skew, rel=0.1, abs=0.01)
    assert magnitude_moments(Constant(5)) == (5.0, 0.0, 0.0)


def test_normal_forms_criterion():
    phishing = scenario_from_quant({"frequency": 20_000,
                                    "losses": {"response": [20, 400], "productivity": [10, 300]},
                                    "secondary": {"probability": 0.01, "range": [500, 20_000]}})
    # response: skew 4.9 over √20,000 = 0.034; productivity: 6.8/141 = 0.048; the secondary
    # loss follows 200 events a year (skew 8.7/√200): drawn one by one.
    assert normal_forms(phishing) == (True, True, False)
    assert normal_forms(scenario_from_quant({"frequency": 1_000, "losses": {
        "response": [20, 400]}})) is None
    # Below the floor a symmetric magnitude is not summed normally either.
    few = AnnualScenario(Pert(100, 2_500, 5_000), (LossComponent(
        "response", 0, 1, shape=Uniform(0, 1)),))
    assert few.frequency.quantile(np.array([0.01]))[0] < annual.MIN_NORMAL_EVENTS
    assert normal_forms(few) == (False,)


def compound_poisson_quantile(lam: float, comps: list[LossComponent], q: float,
                              step: float, size: int = 2 ** 20) -> float:
    """The exact q-quantile of a compound Poisson sum (loss per event: the sum of the forms,
    each following the event with its probability), by FFT of the discretised magnitudes."""
    grid = np.arange(size) * step
    phi = np.ones(size // 2 + 1, dtype=complex)
    for c in comps:
        cdf = _cdf(c.distribution, grid + step / 2)
        pmf = np.diff(np.concatenate(([0.0], cdf)))
        pmf[-1] += 1.0 - pmf.sum()
        form = np.fft.rfft(pmf)
        phi *= (1 - c.probability) + c.probability * form
    total = np.fft.irfft(np.exp(lam * (phi - 1.0)), n=size)
    cum = np.cumsum(np.clip(total, 0.0, None))
    cum /= cum[-1]
    return float(np.interp(q, cum, grid + step / 2))


def _cdf(dist, x: np.ndarray) -> np.ndarray:
    if isinstance(dist, Lognormal90):
        z = (np.log(np.maximum(x, 1e-300)) - dist.mu) / dist.sigma
        return 0.5 * (1 + np.vectorize(math.erf)(z / math.sqrt(2)))
    assert isinstance(dist, Uniform)
    return np.clip((x - dist.low) / (dist.high - dist.low), 0.0, 1.0)


FREQUENT = {"frequency": 20_000, "losses": {"response": [20, 400], "replacement": {
    "low": 0, "high": 100, "dist": "uniform"}},
    "secondary": {"probability": 0.01, "range": [500, 20_000]}}


def test_frequent_events_ale_and_p95_match_the_exact_compound_poisson():
    """Mean exact (3 SE); P95 within 4 Monte Carlo SE plus the approximation's bound.

    At n trials the P95 of a nearly normal total with standard deviation σ has a standard
    error of √(0.95·0.05/n)/φ(1.645)·σ = 2.11σ/√n; the normal approximation moves it by at
    most 0.28·g·σ with g ≤ MAX_SUM_SKEW (Cornish–Fisher). Wrong variance (λσ² instead of
    λE[X²], or the secondary loss summed normally) misses by far more.
    """
    scenario = scenario_from_quant(FREQUENT)
    assert normal_forms(scenario) == (True, True, False)
    option = AnnualOption(1, "filter", frequency_factor=0.5, loss_factors={"response": 0.7})
    trials = 100_000
    sample = simulate_annual(scenario, [option], trials, 8)
    comps = list(scenario.components)
    for row, lam, factors in ((sample.losses[0], 20_000.0, {}),
                              (sample.losses[1], 10_000.0, {"response": 0.7})):
        scaled = [c if c.name not in factors else LossComponent(
            c.name, c.low * factors[c.name], c.high * factors[c.name]) for c in comps]
        mean, se = mean_and_se(row)
        exact_mean = lam * sum(c.probability * c.distribution.mean for c in scaled)
        assert abs(mean - exact_mean) <= 3 * se
        sd = row.std()
        exact_p95 = compound_poisson_quantile(lam, scaled, 0.95, step=20.0)
        tolerance = 4 * 2.11 * sd / math.sqrt(trials) + 0.28 * annual.MAX_SUM_SKEW * sd
        assert abs(float(np.quantile(row, 0.95)) - exact_p95) <= tolerance
        # The spread itself: √(λ·E[X²]), summed over the forms.
        exact_sd = math.sqrt(lam * sum(
            c.probability * (magnitude_moments(c.distribution)[1]
                             + c.distribution.mean ** 2) for c in scaled))
        assert sd == pytest.approx(exact_sd, rel=0.02)
    assert sample.any_event[0] == 1.0
    assert np.all(sample.losses[1] <= sample.losses[0])


def test_frequent_events_agree_with_drawing_every_event(monkeypatch):
    # A smaller case where drawing every event is cheap: the same ALE and P95 both ways.
    scenario = scenario_from_quant({"frequency": {"low": 1_500, "mode": 3_000, "high": 5_000},
                                    "losses": {"response": {"low": 50, "mode": 100,
                                                            "high": 400},
                                               "productivity": [50, 150]}})
    options = [AnnualOption(1, "a", frequency_factor=0.3),
               AnnualOption(2, "b", frequency_factor=1.4, loss_factors={"response": 0.5})]
    assert normal_forms(scenario) == (True, True)
    trials = 10_000
    approx = simulate_annual(scenario, options, trials, 5)
    monkeypatch.setattr(annual, "FREQUENT_EVENTS", math.inf)
    exact = simulate_annual(scenario, options, trials, 6)
    for a, e in zip(approx.losses, exact.losses, strict=True):
        assert abs(a.mean() - e.mean()) <= 3 * math.hypot(a.std(), e.std()) / math.sqrt(trials)
        p95 = np.quantile([a, e], 0.95, axis=1)
        assert abs(p95[0] - p95[1]) <= 4 * 2.11 * math.sqrt(2) * e.std() / math.sqrt(trials)
    assert approx.median_event_loss == pytest.approx(exact.median_event_loss, rel=0.03)


def test_frequent_events_keep_common_random_numbers():
    scenario = scenario_from_quant(FREQUENT)
    a = AnnualOption(1, "a", frequency_factor=0.5)
    b = AnnualOption(2, "b", loss_factors={"response": 0.5})
    first = simulate_annual(scenario, [a, b], 5_000, 42)
    np.testing.assert_array_equal(first.losses, simulate_annual(scenario, [a, b], 5_000, 42).losses)
    # Editing an option never moves the baseline's figures, nor a loss-factor option's.
    edited = simulate_annual(scenario, [AnnualOption(1, "a", frequency_factor=0.2), b], 5_000, 42)
    np.testing.assert_array_equal(first.losses[[0, 2]], edited.losses[[0, 2]])
    # Paired: the difference is far less noisy than either figure.
    base, opt = first.losses[0], first.losses[1]
    assert np.std(base - opt) < 0.8 * np.std(base)
    assert np.all(opt <= base)


def test_frequent_events_analysis_is_fast_and_bounded():
    scenario = scenario_from_quant(FREQUENT)
    options = [AnnualOption(1, "Filter", frequency_factor=0.5, cost_yearly=100_000),
               AnnualOption(2, "Training", loss_factors={"response": 0.7}, cost_yearly=50_000)]
    result = analyse_annual(scenario, options, trials=20_000, seed=1, sensitivity=False)
    base = result.baseline.metrics
    assert abs(base[R.ALE] - scenario.analytic_ale) <= 3 * base[R.ALE_SE]
    assert base[R.P_ANY_EVENT] == 1.0
