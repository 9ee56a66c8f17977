"""Money over time: annualised cost, ROSI, NPV, payback and the Gordon–Loeb bound."""

from __future__ import annotations

import math

import numpy as np

DEFAULT_HORIZON_YEARS = 3
DEFAULT_DISCOUNT_RATE = 0.08


def annualised_cost(one_off: float, yearly: float, horizon_years: float = DEFAULT_HORIZON_YEARS) -> float:
    """One-off cost spread evenly over the horizon, plus the yearly cost.

    Straight-line, not discounted: it is the figure a budget owner compares with a
    yearly loss; NPV is where the time value of money is counted.
    """
    return one_off / horizon_years + yearly


def rosi(ale: float, mitigation: float, cost: float) -> float | None:
    """Return on security investment: (ALE × mitigation − cost) / cost; None when free."""
    if cost <= 0:
        return None
    return (ale * mitigation - cost) / cost


def annuity_factor(years: int, rate: float) -> float:
    if rate == 0:
        return float(years)
    return (1.0 - (1.0 + rate) ** -years) / rate


def npv(capex: float, net_per_year: float, years: int, rate: float,
        first_year_share: float = 1.0) -> float:
    """−capex + Σ net/(1 + rate)^t for t = 1..years.

    ``first_year_share`` < 1 when the option takes time to take effect: only that
    share of the first year's net benefit is earned.
    """
    total = -capex
    for t in range(1, years + 1):
        share = first_year_share if t == 1 else 1.0
        total += net_per_year * share / (1.0 + rate) ** t
    return total


def payback_years(capex: float, net_per_year: float, delay_years: float = 0.0) -> float | None:
    """Years until the one-off cost is earned back; None if the option never pays back."""
    if net_per_year <= 0:
        return None if capex > 0 else 0.0
    return delay_years + capex / net_per_year


def npv_per_trial(benefit: np.ndarray, capex: float, yearly: float, years: int, rate: float,
                  first_year_share: float = 1.0) -> np.ndarray:
    """NPV for each trial, every year of the horizon a different simulated year.

    ``benefit`` is the per-trial loss avoided (baseline − option) on common random
    numbers. Year t takes the trial ``t × n/years`` places further on, so the years
    of one NPV are independent draws rather than one lucky year repeated.
    """
    n = len(benefit)
    stride = max(1, n // max(1, years))
    # The costs are the same in every trial: one constant, then the benefits year by year.
    costs = float(capex) + sum(yearly / (1.0 + rate) ** t for t in range(1, years + 1))
    total = np.empty(n) if years >= 1 else np.zeros(n)
    scratch = np.empty(n)
    for t in range(1, years + 1):
        share = first_year_share if t == 1 else 1.0
        scale = share / (1.0 + rate) ** t
        shift = ((t - 1) * stride) % n
        # total[i] += scale × benefit[(i + shift) mod n], without building the rolled copy
        if t == 1:
            np.multiply(benefit[shift:], scale, out=total[: n - shift])
            np.multiply(benefit[:shift], scale, out=total[n - shift:])
            continue
        np.multiply(benefit[shift:], scale, out=scratch[: n - shift])
        np.multiply(benefit[:shift], scale, out=scratch[n - shift:])
        total += scratch
    total -= costs
    return total


def gordon_loeb_limit(ale: float) -> float:
    """Gordon and Loeb: it rarely pays to spend more than 1/e (≈ 37 %) of the expected loss."""
    return ale / math.e
