"""Distributions: known answers and the properties the engine relies on."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privguard.analysis.distributions import (
    Constant,
    Lognormal90,
    Pert,
    bernoulli,
    lognormal90_mean,
    pert_mean,
    range_or_constant,
)


def test_lognormal_from_a_90_percent_range_has_the_known_mean():
    assert lognormal90_mean(1, 10) == pytest.approx(4.0400128, abs=1e-6)
    d = Lognormal90(1, 10)
    assert d.mean == pytest.approx(4.0400128, abs=1e-6)


def test_lognormal_range_is_its_5th_and_95th_percentile():
    sample = Lognormal90(40_000, 900_000).sample(np.random.default_rng(1), 400_000)
    assert np.quantile(sample, 0.05) == pytest.approx(40_000, rel=0.02)
    assert np.quantile(sample, 0.95) == pytest.approx(900_000, rel=0.02)


@given(low=st.floats(0, 100), span=st.floats(0.01, 1_000), at=st.floats(0, 1),
       gamma=st.floats(0, 10))
def test_pert_mean_matches_the_beta_mean(low, span, at, gamma):
    high = low + span
    mode = low + at * span
    p = Pert(low, mode, high, gamma)
    beta_mean = low + span * p.alpha / (p.alpha + p.beta)
    assert p.mean == pytest.approx(beta_mean, rel=1e-9, abs=1e-9)
    assert pert_mean(low, mode, high, gamma) == pytest.approx((low + gamma * mode + high) / (gamma + 2))


@settings(max_examples=25, deadline=None)
@given(low=st.floats(0, 10), span=st.floats(0.1, 100), at=st.floats(0, 1))
def test_pert_samples_stay_in_range_and_average_to_the_mean(low, span, at):
    p = Pert(low, low + at * span, low + span)
    x = p.sample(np.random.default_rng(7), 50_000)
    assert x.min() >= low and x.max() <= low + span
    se = x.std() / math.sqrt(len(x))
    assert abs(x.mean() - p.mean) <= 4 * se + 1e-9 * span


def test_pert_quantile_matches_numerical_beta_cdf():
    p = Pert(0.05, 0.2, 0.6)
    x = p.quantile(np.array([0.1, 0.5, 0.9]))
    # CDF by brute-force integration of the PERT density on a fine grid.
    grid = np.linspace(0, 1, 2_000_001)
    pdf = grid ** (p.alpha - 1) * (1 - grid) ** (p.beta - 1)
    cdf = np.cumsum(pdf)
    cdf /= cdf[-1]
    for q, value in zip([0.1, 0.5, 0.9], x, strict=True):
        t = (value - p.low) / (p.high - p.low)
        assert cdf[int(t * 2_000_000)] == pytest.approx(q, abs=2e-4)


def test_degenerate_pert_is_a_constant_and_constant_is_constant():
    assert np.all(Pert(3, 3, 3).sample(np.random.default_rng(1), 10) == 3)
    assert Pert(3, 3, 3).mean == 3
    assert np.all(Constant(2.5).sample(np.random.default_rng(1), 4) == 2.5)
    assert isinstance(range_or_constant(None, 1.0), Constant)
    assert isinstance(range_or_constant({"low": 1, "mode": 2, "high": 3}), Pert)


def test_bad_ranges_are_refused():
    with pytest.raises(ValueError):
        Pert(3, 1, 2)
    with pytest.raises(ValueError):
        Lognormal90(0, 10)


def test_bernoulli_rate():
    draws = bernoulli(np.random.default_rng(3), 0.3, 200_000)
    assert draws.mean() == pytest.approx(0.3, abs=0.005)
