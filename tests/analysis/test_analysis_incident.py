"""Incident mode: curves, MTD, re-infection, deadline, P(best) and regret."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privguard.analysis import results as R
from privguard.analysis.decision import IncidentConstraints, analyse_incident
from privguard.analysis.distributions import Constant, Pert
from privguard.analysis.incident import (
    AffectedService,
    Assumptions,
    Breach,
    ImpactCurve,
    IncidentOption,
    IncidentScenario,
    simulate_incident,
)

MAIL = AffectedService("E-mail", ImpactCurve.from_points(
    [(0, 0), (4, 12_000), (24, 95_000), (72, 410_000), (168, 1_100_000)]), 72.0, 1_500.0)


def test_impact_curve_interpolates_and_extrapolates_with_the_last_slope():
    curve = MAIL.curve
    assert curve.cost(np.array([2.0]))[0] == pytest.approx(6_000)
    assert curve.cost(np.array([72.0]))[0] == pytest.approx(410_000)
    slope = (1_100_000 - 410_000) / 96
    assert curve.cost(np.array([200.0]))[0] == pytest.approx(1_100_000 + 32 * slope)
    # A curve not starting at 0 h starts from nothing.
    assert ImpactCurve.from_points([[10, 1_000]]).cost(np.array([5.0]))[0] == pytest.approx(500)


def test_certain_long_downtime_is_always_over_mtd_and_cheaper_everywhere_is_always_best():
    scenario = IncidentScenario((MAIL,))
    slow = IncidentOption(1, "Slow", downtime_hours=Constant(100.0), cost_one_off=10_000)
    fast = IncidentOption(2, "Fast", downtime_hours=Pert(5, 10, 40), cost_one_off=5_000)
    result = analyse_incident(scenario, [slow, fast], trials=5_000, seed=3, sensitivity=False)
    rows = {r.option_id: r for r in result.options}
    assert rows[1].metrics[R.P_OVER_MTD] == 1.0
    assert rows[1].metrics[R.p_over_mtd_of("E-mail")] == 1.0
    assert rows[2].metrics[R.P_BEST] == 1.0 and rows[1].metrics[R.P_BEST] == 0.0
    assert rows[2].metrics[R.REGRET] == 0.0 and rows[1].metrics[R.REGRET] > 0
    assert result.recommended_option_id == 2
    assert rows[1].failed_constraints and not rows[2].failed_constraints


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100), st.floats(0, 1)),
                min_size=2, max_size=4))
def test_p_best_sums_to_one_and_regret_is_never_negative(shapes):
    options = [IncidentOption(i, f"o{i}", downtime_hours=Pert(a, a + b / 2, a + b),
                              reinfection_probability=p)
               for i, (a, b, p) in enumerate(shapes)]
    result = analyse_incident(IncidentScenario((MAIL,)), options, trials=2_000, seed=1,
                              sensitivity=False)
    assert sum(r.metrics[R.P_BEST] for r in result.options) == pytest.approx(1.0)
    assert all(r.metrics[R.REGRET] >= 0 for r in result.options)
    best = min(result.options, key=lambda r: r.metrics[R.EXPECTED_COST])
    assert best.metrics[R.REGRET] == min(r.metrics[R.REGRET] for r in result.options)


def test_identical_options_tie_and_split_the_win():
    same = dict(downtime_hours=Pert(1, 2, 3), cost_one_off=1.0)
    result = analyse_incident(IncidentScenario((MAIL,)), [IncidentOption(1, "a", **same),
                                                           IncidentOption(2, "b", **same)],
                              trials=1_000, seed=2, sensitivity=False)
    assert [r.metrics[R.P_BEST] for r in result.options] == [0.5, 0.5]


def test_reinfection_adds_a_second_outage_on_common_random_numbers():
    scenario = IncidentScenario((MAIL,))
    clean = IncidentOption(1, "clean", downtime_hours=Pert(6, 12, 30))
    risky = IncidentOption(2, "risky", downtime_hours=Pert(6, 12, 30), reinfection_probability=0.4)
    sample = simulate_incident(scenario, [clean, risky], 50_000, 6)
    assert sample.reinfected[1].mean() == pytest.approx(0.4, abs=0.01)
    assert not sample.reinfected[0].any()
    # Same luck: where there is no re-infection, the outages are identical.
    same = ~sample.reinfected[1]
    np.testing.assert_array_equal(sample.downtime_hours[0][same], sample.downtime_hours[1][same])
    assert np.all(sample.downtime_hours[1] >= sample.downtime_hours[0])


def test_evidence_and_deadline():
    a = Assumptions(records_exposed_per_hour=10.0, cost_per_record=10.0, evidence_lost_cost=50_000.0,
                    late_notification_cost=80_000.0, analysis_hours=Pert(4, 12, 48))
    scenario = IncidentScenario((MAIL,), a, Breach(deadline_hours=72.0, elapsed_hours=40.0))
    keep = IncidentOption(1, "keep", containment_hours=Pert(2, 4, 12), evidence_preserved=True)
    wipe = IncidentOption(2, "wipe", containment_hours=Pert(2, 4, 12), evidence_preserved=False)
    sample = simulate_incident(scenario, [keep, wipe], 20_000, 4)
    assert sample.components["evidence"][1].mean() == 50_000
    assert sample.components["evidence"][0].mean() == 0
    assert sample.deadline_missed[1].mean() > sample.deadline_missed[0].mean()
    assert np.all(sample.deadline_missed[0] <= sample.deadline_missed[1])
    none = simulate_incident(IncidentScenario((MAIL,), a), [keep], 1_000, 4)
    assert none.deadline_missed is None
    strict = analyse_incident(scenario, [keep, wipe], trials=5_000, seed=4, sensitivity=False,
                              constraints=IncidentConstraints(max_p_deadline_missed=0.0))
    assert all(not r.meets_constraints for r in strict.options
               if r.metrics[R.P_DEADLINE_MISSED] > 0)


def test_same_seed_identical_and_json_safe():
    options = [IncidentOption(1, "a", downtime_hours=Pert(6, 12, 30), reinfection_probability=0.3),
               IncidentOption(2, "b", downtime_hours=Pert(36, 60, 120), evidence_preserved=False)]
    scenario = IncidentScenario((MAIL,), Assumptions(records_exposed_per_hour=100.0,
                                                        cost_per_record=10.0,
                                                        evidence_lost_cost=10_000.0))
    one = analyse_incident(scenario, options, trials=5_000, seed=77).to_dict()
    two = analyse_incident(scenario, options, trials=5_000, seed=77).to_dict()
    assert one == two
    assert one != analyse_incident(scenario, options, trials=5_000, seed=78).to_dict()
    json.dumps(one, allow_nan=False)
    assert one["sensitivity"], "a sensitivity ranking is part of the result"
