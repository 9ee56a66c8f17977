"""The incident model of issue 10: new distributions, a re-infection with its own outage,
the MTD per continuous outage, verdicts that move with what decides them, break-evens,
reasons that name the deciding constraint, NPV, noise. Real numbers, known answers."""

from __future__ import annotations

import json
import math
from statistics import NormalDist

import numpy as np
import pytest

from privguard.analysis import results as R
from privguard.analysis.annual import AnnualOption, AnnualScenario, LossComponent
from privguard.analysis.decision import (
    IncidentConstraints,
    analyse_annual,
    analyse_incident,
)
from privguard.analysis.distributions import (
    Constant,
    Lognormal90,
    Pert,
    Uniform,
    normal_quantile,
    range_or_constant,
)
from privguard.analysis.incident import (
    AffectedService,
    Assumptions,
    Breach,
    ImpactCurve,
    IncidentOption,
    IncidentScenario,
    incident_draws,
    simulate_incident,
)
from privguard.domain.wording import T

NO_CONSTRAINTS = IncidentConstraints(tolerance=None, max_p_over_mtd=None,
                                     max_p_deadline_missed=None)


def within_3se(x: np.ndarray, expected: float) -> bool:
    se = x.std(ddof=1) / math.sqrt(len(x))
    return abs(float(x.mean()) - expected) <= 3 * se + 1e-9 * abs(expected)


# --- Distributions ------------------------------------------------------------------


def test_normal_quantile_matches_the_standard_library():
    u = np.concatenate([np.linspace(1e-10, 1 - 1e-10, 20_001), [1e-300, 1e-20, 0.5, 0.975]])
    expected = np.array([NormalDist().inv_cdf(float(x)) for x in u])
    np.testing.assert_allclose(normal_quantile(u), expected, rtol=1e-13, atol=1e-13)
    assert normal_quantile(0.0) == -math.inf and normal_quantile(1.0) == math.inf


def test_uniform_known_mean_and_quantiles():
    d = Uniform(20, 40)
    assert d.mean == 30
    np.testing.assert_allclose(d.quantile(np.array([0.0, 0.25, 0.5])), [20, 25, 30])
    x = d.sample(np.random.default_rng(1), 200_000)
    assert within_3se(x, 30.0) and x.min() >= 20 and x.max() <= 40


def test_lognormal_quantile_sampler_has_the_known_mean_and_its_90_percent_range():
    d = Lognormal90(1, 10)
    x = d.quantile(np.random.default_rng(2).random(400_000))
    assert within_3se(x, 4.0400128)
    assert np.quantile(x, 0.05) == pytest.approx(1.0, rel=0.02)
    assert np.quantile(x, 0.95) == pytest.approx(10.0, rel=0.02)
    assert d.quantile(0.5) == pytest.approx(math.sqrt(10))


@pytest.mark.parametrize("gamma", [0.0, 1.5, 8.0])
def test_pert_with_another_shape_has_the_known_mean(gamma):
    d = Pert(2, 3, 12, gamma)
    expected = (2 + gamma * 3 + 12) / (gamma + 2)
    assert d.mean == pytest.approx(expected)
    assert within_3se(d.sample(np.random.default_rng(3), 200_000), expected)


def test_range_or_constant_reads_the_shape_and_the_kind():
    assert range_or_constant({"low": 1, "mode": 2, "high": 9, "gamma": 2}) == Pert(1, 2, 9, 2)
    assert range_or_constant({"low": 1, "mode": 2, "high": 9}) == Pert(1, 2, 9, 4)
    assert range_or_constant({"low": 1, "high": 9, "dist": "uniform"}) == Uniform(1, 9)
    assert range_or_constant({"low": 1, "mode": 5, "high": 9, "dist": "uniform"}) == Uniform(1, 9)
    assert range_or_constant({"low": 1, "high": 9, "dist": "lognormal"}) == Lognormal90(1, 9)
    assert range_or_constant(7) == Constant(7.0)
    assert range_or_constant(None, 3) == Constant(3.0)


@pytest.mark.parametrize("value", [
    math.nan, math.inf, -math.inf, -1, "x", True,
    {"low": 1000, "mode": 2000, "high": math.inf},
    {"low": math.nan, "mode": 1, "high": 2},
    {"low": 1, "mode": math.nan, "high": 2},
    {"low": -5, "mode": 1, "high": 2},
    {"low": 3, "mode": 1, "high": 2},
    {"low": 1, "mode": 3, "high": 2},
    {"low": 3, "high": 2, "dist": "uniform"},
    {"low": 0, "high": 2, "dist": "lognormal"},
    {"low": 1, "mode": 2, "high": 3, "gamma": -1},
    {"low": 1, "mode": 2, "high": 3, "gamma": math.inf},
    {"low": 1, "mode": 2, "high": 3, "dist": "triangle"},
    {"low": 1, "high": 3},
])
def test_bad_values_are_refused_with_a_plain_message(value):
    with pytest.raises(ValueError) as err:
        range_or_constant(value)
    assert str(err.value)


def test_negative_allowed_only_when_asked():
    assert range_or_constant(-2, minimum=None) == Constant(-2.0)


def test_bad_option_and_assumption_figures_are_refused():
    with pytest.raises(ValueError):
        IncidentOption(1, "x", reinfection_probability=1.5)
    with pytest.raises(ValueError):
        IncidentOption(1, "x", reinfection_probability=math.nan)
    with pytest.raises(ValueError):
        Assumptions(cost_per_record=math.inf)
    with pytest.raises(ValueError):
        Assumptions(records_exposed_per_hour=-1)
    # A plain number is still accepted for the data lost.
    assert IncidentOption(1, "x", data_loss_hours=9).data_loss_hours == Constant(9.0)


# --- The incident model -------------------------------------------------------------

LINEAR = ImpactCurve.from_points([(0, 0), (100, 100_000)])  # 1,000 an hour, on and on


def test_reinfection_with_its_own_outage_has_the_expected_cost_derived_by_hand():
    # E[cost] = 1,000 × 10 (first outage) + 0.3 × 1,000 × E[U(20, 40)] (second outage)
    #         + 100 × E[U(4, 8)] (data lost)
    #         + (2 + 0.3 × 2) h × 50 records/h × 5 a record (exposure, two uncontained periods)
    #         + 5,000 (own cost)
    expected = 10_000 + 0.3 * 30_000 + 100 * 6 + 2.6 * 250 + 5_000
    scenario = IncidentScenario((AffectedService("Mail", LINEAR, None, 100.0),),
                                Assumptions(records_exposed_per_hour=50, cost_per_record=5))
    option = IncidentOption(1, "Restore", downtime_hours=Constant(10),
                            reinfection_downtime_hours=Uniform(20, 40),
                            reinfection_delay_hours=Constant(6),
                            data_loss_hours=Uniform(4, 8), containment_hours=Constant(2),
                            reinfection_probability=0.3, cost_one_off=5_000)
    sample = simulate_incident(scenario, [option], 200_000, 10)
    assert within_3se(sample.total[0], expected)
    assert within_3se(sample.components["downtime"][0], 19_000)
    assert within_3se(sample.components["exposure"][0], 650)
    assert within_3se(sample.records_exposed[0], 130)
    assert within_3se(sample.downtime_hours[0], 10 + 0.3 * 30)


def test_each_continuous_outage_is_priced_on_the_curve_on_its_own():
    convex = ImpactCurve.from_points([(0, 0), (10, 1_000), (40, 31_000)])
    scenario = IncidentScenario((AffectedService("Mail", convex),))
    option = IncidentOption(1, "Restore", downtime_hours=Constant(10),
                            reinfection_downtime_hours=Constant(30), reinfection_probability=1.0)
    sample = simulate_incident(scenario, [option], 1_000, 1)
    parts = convex.cost(np.array([10.0, 30.0])).sum()
    assert np.all(sample.components["downtime"][0] == pytest.approx(parts))
    assert parts != pytest.approx(convex.cost(np.array([40.0]))[0])
    assert np.all(sample.downtime_hours[0] == 40.0)


def test_mtd_is_tested_against_each_continuous_outage_not_their_sum():
    mail = AffectedService("Mail", LINEAR, 72.0)
    under = IncidentOption(1, "Two short", downtime_hours=Constant(40),
                           reinfection_downtime_hours=Constant(40), reinfection_probability=1.0)
    over = IncidentOption(2, "Long second", downtime_hours=Constant(40),
                          reinfection_downtime_hours=Constant(80), reinfection_probability=1.0)
    result = analyse_incident(IncidentScenario((mail,)), [under, over], trials=2_000, seed=1,
                              sensitivity=False)
    rows = {r.option_id: r for r in result.options}
    assert rows[1].metrics[R.EXPECTED_DOWNTIME] == 80.0  # over the MTD in sum ...
    assert rows[1].metrics[R.P_OVER_MTD] == 0.0  # ... but not in any one outage
    assert rows[2].metrics[R.P_OVER_MTD] == 1.0


def test_old_registers_keep_their_figures_when_the_new_fields_are_absent():
    # No reinfection_downtime_hours: the second outage is drawn from the option's own range.
    scenario = IncidentScenario((AffectedService("Mail", LINEAR),))
    old = IncidentOption(1, "a", downtime_hours=Pert(6, 12, 30), reinfection_probability=0.4)
    same = IncidentOption(1, "a", downtime_hours=Pert(6, 12, 30), reinfection_probability=0.4,
                          reinfection_downtime_hours=Pert(6, 12, 30))
    a, b = simulate_incident(scenario, [old, same], 5_000, 3).total
    np.testing.assert_array_equal(a, b)


def test_draws_are_made_trial_by_trial_so_a_shorter_run_is_a_prefix():
    np.testing.assert_array_equal(incident_draws(10_000, 5)[:, :4_000], incident_draws(4_000, 5))


def test_lost_evidence_widens_the_exposed_scope_in_the_simulation():
    a = Assumptions(records_exposed_per_hour=10, cost_per_record=2, evidence_lost_scope_factor=3)
    scenario = IncidentScenario((AffectedService("Mail", LINEAR),), a)
    keep = IncidentOption(1, "keep", containment_hours=Constant(5))
    wipe = IncidentOption(2, "wipe", containment_hours=Constant(5), evidence_preserved=False)
    sample = simulate_incident(scenario, [keep, wipe], 1_000, 2)
    assert sample.records_exposed[0].mean() == 50 and sample.records_exposed[1].mean() == 150
    assert sample.components["exposure"][1].mean() == 300


def test_a_reinfection_before_the_facts_are_in_delays_the_notification():
    a = Assumptions(late_notification_cost=1_000, analysis_hours=Constant(10))
    scenario = IncidentScenario((AffectedService("Mail", LINEAR),), a, Breach(30.0, 14.0))
    # Facts 4 + 10 = 14 h from now, at 28 h < 30: on time without a re-infection. Back 2 h
    # after a 6 h outage (8 h < 14 h, before the facts are in): + 4 h of second containment,
    # at 32 h > 30. Back 48 h after the outage: a supplement, on time.
    early = IncidentOption(1, "early", downtime_hours=Constant(6), containment_hours=Constant(4),
                           reinfection_probability=1.0, reinfection_delay_hours=Constant(2))
    late = IncidentOption(2, "late", downtime_hours=Constant(6), containment_hours=Constant(4),
                          reinfection_probability=1.0, reinfection_delay_hours=Constant(48))
    clean = IncidentOption(3, "clean", downtime_hours=Constant(6), containment_hours=Constant(4))
    sample = simulate_incident(scenario, [early, late, clean], 1_000, 2)
    assert sample.deadline_missed[0].all()
    assert not sample.deadline_missed[1].any() and not sample.deadline_missed[2].any()


# --- The verdict moves with what decides it -----------------------------------------

CONVEX = ImpactCurve.from_points([(0, 0), (4, 12_000), (24, 95_000), (72, 410_000),
                                  (168, 1_100_000)])


def dilemma(p: float) -> tuple[IncidentScenario, list[IncidentOption]]:
    scenario = IncidentScenario(
        (AffectedService("E-mail", CONVEX, 72.0, 1_500.0),),
        Assumptions(records_exposed_per_hour=200, cost_per_record=10, evidence_lost_cost=50_000))
    restore = IncidentOption(1, "Restore", downtime_hours=Pert(6, 12, 30),
                             reinfection_downtime_hours=Pert(48, 72, 144),
                             reinfection_delay_hours=Pert(12, 24, 72),
                             data_loss_hours=Pert(6, 9, 14), containment_hours=Pert(2, 4, 12),
                             reinfection_probability=p, evidence_preserved=False,
                             cost_one_off=25_000, cost_per_incident=15_000)
    disconnected = IncidentOption(2, "Stay disconnected", downtime_hours=Pert(36, 60, 120),
                                  data_loss_hours=9, containment_hours=Pert(12, 24, 48),
                                  cost_one_off=60_000, cost_per_incident=20_000)
    return scenario, [restore, disconnected]


def test_sweeping_reinfection_flips_the_verdict_once_and_the_break_even_lies_at_the_flip():
    trials, seed = 8_000, 2024
    ps = [round(0.05 * k, 2) for k in range(1, 20)]
    winners = []
    for p in ps:
        scenario, options = dilemma(p)
        result = analyse_incident(scenario, options, trials=trials, seed=seed,
                                  constraints=NO_CONSTRAINTS, sensitivity=False)
        winners.append(result.recommended_option_id)
    assert winners[0] == 1 and winners[-1] == 2
    flips = [i for i in range(1, len(ps)) if winners[i] != winners[i - 1]]
    assert len(flips) == 1
    last_restore, first_disconnected = ps[flips[0] - 1], ps[flips[0]]
    scenario, options = dilemma(0.05)
    result = analyse_incident(scenario, options, trials=trials, seed=seed,
                              constraints=NO_CONSTRAINTS, sensitivity=False, break_evens=True,
                              break_even_trials=trials)
    even = next(b for b in result.break_evens if b.input == "options.1.reinfection_probability")
    assert last_restore <= even.value <= first_disconnected
    assert (even.from_option_id, even.to_option_id) == (1, 2)
    assert str(even.sentence).startswith("Restore stays best while")
    assert " < " in str(even.sentence)
    data = even.to_dict()
    assert set(data) >= {"input", "label", "current", "low", "high", "value", "from_option_id",
                         "to_option_id", "text"}
    assert data["current"] == 0.05 and data["low"] == 0.0 and data["high"] == 1.0
    # The tornado shows re-infection as able to change the recommendation.
    with_sens = analyse_incident(scenario, options, trials=trials, seed=seed,
                                 constraints=NO_CONSTRAINTS)
    item = next(s for s in with_sens.sensitivity if s.key == "options.1.reinfection_probability")
    assert item.to_dict()["at_high"] > item.to_dict()["at_low"]
    json.dumps(with_sens.to_dict(), allow_nan=False)
    assert with_sens.to_dict()["break_evens"]


def test_no_flip_in_range_is_said_and_has_no_value():
    scenario, options = dilemma(0.05)
    result = analyse_incident(scenario, options, trials=4_000, seed=3,
                              constraints=NO_CONSTRAINTS, sensitivity=False, break_evens=True)
    still = [b for b in result.break_evens if b.value is None]
    assert still and all("no flip in range" in str(b.sentence) for b in still)
    assert all(b.to_dict()["value"] is None and b.to_dict()["to_option_id"] is None
               for b in still)


def test_break_evens_are_optional():
    scenario, options = dilemma(0.3)
    result = analyse_incident(scenario, options, trials=2_000, seed=3, sensitivity=False)
    assert result.break_evens == [] and result.to_dict()["break_evens"] == []


# --- Reasons name what decided -------------------------------------------------------


def test_the_only_option_within_the_mtd_is_recommended_for_that_reason():
    mail = AffectedService("E-mail", CONVEX, 72.0)
    cheap_long = IncidentOption(1, "Cheap but long", downtime_hours=Pert(48, 80, 120))
    dear_short = IncidentOption(2, "Dear but short", downtime_hours=Pert(6, 12, 30),
                                cost_one_off=500_000)
    result = analyse_incident(IncidentScenario((mail,)), [cheap_long, dear_short], trials=4_000,
                              seed=5, sensitivity=False)
    assert result.recommended_option_id == 2
    assert result.recommendation.template == T.ONLY_WITHIN_MTD
    assert "the only option that keeps E-mail within its MTD in 100% of cases" in \
        result.recommendation
    assert "lowest" not in result.recommendation


def test_when_none_meets_the_constraints_the_least_violating_is_named_with_the_binding_one():
    mail = AffectedService("E-mail", CONVEX, 24.0)
    worse = IncidentOption(1, "Cheap, often over", downtime_hours=Pert(20, 40, 80))
    better = IncidentOption(2, "Dear, sometimes over", downtime_hours=Pert(10, 20, 40),
                            cost_one_off=400_000)
    result = analyse_incident(IncidentScenario((mail,)), [worse, better], trials=4_000, seed=5,
                              sensitivity=False)
    rows = {r.option_id: r for r in result.options}
    assert not rows[1].meets_constraints and not rows[2].meets_constraints
    assert rows[2].constraint_excess < rows[1].constraint_excess
    assert result.recommended_option_id == 2
    assert result.recommendation.template == T.NONE_WITHIN_MTD
    assert result.reasons[0].template == T.LEAST_VIOLATING_RULE


def test_several_options_meeting_the_constraints_are_decided_by_cost():
    scenario, options = dilemma(0.05)
    result = analyse_incident(scenario, options, trials=4_000, seed=5, sensitivity=False,
                              constraints=NO_CONSTRAINTS)
    assert result.recommendation.template == T.LOWEST_COST_MEETING


def test_identical_options_are_within_noise():
    same = dict(downtime_hours=Pert(1, 2, 30), reinfection_probability=0.3)
    result = analyse_incident(IncidentScenario((AffectedService("Mail", CONVEX),)),
                              [IncidentOption(1, "a", **same), IncidentOption(2, "b", **same)],
                              trials=2_000, seed=2, sensitivity=False)
    assert result.margin["within_noise"]
    assert any(r.template == T.WITHIN_NOISE for r in result.reasons)


# --- Annual mode: noise, break-evens, NPV --------------------------------------------

RANSOM = AnnualScenario(Pert(0.5, 1, 3), (LossComponent("response", 50_000, 500_000),))


def test_annual_within_noise_uses_the_paired_se_of_best_and_next_best():
    # Halving the events or halving every loss: the same ALE, different years.
    a = AnnualOption(1, "a", frequency_factor=0.5, cost_yearly=10_000)
    b = AnnualOption(2, "b", loss_factors={"response": 0.5}, cost_yearly=10_000)
    result = analyse_annual(RANSOM, [a, b], trials=10_000, seed=4, sensitivity=False)
    assert result.margin["within_noise"] and result.margin["se_multiple"] == 2.0
    assert any(r.template == T.WITHIN_NOISE for r in result.reasons)
    far = AnnualOption(2, "b", frequency_factor=0.9, cost_yearly=10_000)
    clear = analyse_annual(RANSOM, [a, far], trials=10_000, seed=4, sensitivity=False)
    assert not clear.margin["within_noise"]
    assert abs(clear.margin["difference"]) > 2 * clear.margin["se"] > 0


def test_annual_break_even_on_a_yearly_cost():
    option = AnnualOption(1, "Backups", frequency_factor=0.5, cost_yearly=20_000)
    result = analyse_annual(RANSOM, [option], trials=10_000, seed=4, sensitivity=False,
                            break_evens=True)
    assert result.recommended_option_id == 1
    even = next(b for b in result.break_evens if b.input == "options.1.cost_yearly")
    benefit = result.options[0].metrics[R.DELTA_ALE]
    # The option stays best while its yearly cost is below the ALE it removes.
    assert even.value == pytest.approx(benefit, rel=0.01) or (
        even.value is None and benefit > 40_000)


def test_npv_and_p_npv_positive_agree_for_a_yearly_cost_and_a_late_start():
    # A near-certain yearly benefit of about 2,000 × 1,000 × 0.5 = 1,000,000 (±3 %); a yearly
    # cost of 900,000 from day one, the effect only after half a year:
    # NPV = (0.5 − 0.9)/1.08 + 0.1/1.08² + 0.1/1.08³ ≈ −205,000. The old NPV charged only
    # half the first year's cost (+212,000) while P(NPV > 0) was about 0.
    scenario = AnnualScenario(Constant(2_000.0), (LossComponent("response", 990, 1_010),))
    option = AnnualOption(1, "Slow", frequency_factor=0.5, cost_yearly=900_000,
                          time_to_effect_days=182.5)
    result = analyse_annual(scenario, [option], trials=2_000, seed=6, sensitivity=False)
    row = result.options[0]
    npv, p_positive = row.metrics[R.NPV], row.metrics[R.P_NPV_POSITIVE]
    assert (npv > 0) == (p_positive > 0.5)
    assert npv < 0 and p_positive < 0.05
    benefit = row.metrics[R.DELTA_ALE]
    expected = (0.5 * benefit - 900_000) / 1.08 + (benefit - 900_000) * (1 / 1.08**2 + 1 / 1.08**3)
    assert npv == pytest.approx(expected, rel=1e-6)
