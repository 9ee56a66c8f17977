"""Finance: known answers for ROSI, NPV, payback, annualised cost, Gordon–Loeb."""

from __future__ import annotations

import math

import numpy as np
import pytest

from privguard.analysis import finance as fin


def test_rosi_known_answer():
    assert fin.rosi(75_000, 0.8, 25_000) == pytest.approx(1.40)
    assert fin.rosi(75_000, 0.8, 0) is None


def test_npv_known_answer():
    assert fin.npv(100_000, 40_000, 3, 0.08) == pytest.approx(3_083.88, abs=0.01)


def test_npv_with_late_effect_earns_less_in_year_one():
    assert fin.npv(100_000, 40_000, 3, 0.08, first_year_share=0.5) == pytest.approx(
        3_083.88 - 20_000 / 1.08, abs=0.01)


def test_annualised_cost_and_payback():
    assert fin.annualised_cost(90_000, 10_000, 3) == pytest.approx(40_000)
    assert fin.payback_years(100_000, 40_000) == pytest.approx(2.5)
    assert fin.payback_years(100_000, -1) is None


def test_npv_per_trial_averages_to_npv_and_uses_different_years():
    rng = np.random.default_rng(5)
    benefit = rng.exponential(40_000, 90_000)
    per_trial = fin.npv_per_trial(benefit, 100_000, 0, 3, 0.08)
    assert per_trial.mean() == pytest.approx(fin.npv(100_000, benefit.mean(), 3, 0.08), rel=1e-9)
    # The same year repeated would make NPV a linear function of one draw.
    same_year = -100_000 + benefit * fin.annuity_factor(3, 0.08)
    assert per_trial.std() < 0.8 * same_year.std()


def test_gordon_loeb_limit():
    assert fin.gordon_loeb_limit(math.e * 1_000) == pytest.approx(1_000)
