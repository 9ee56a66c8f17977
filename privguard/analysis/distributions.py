"""The distributions the analysis draws from, each with its analytic mean.

Every sampler takes a ``numpy.random.Generator`` so a stored seed reproduces a
result exactly. PERT is sampled through its quantile function (inverse CDF)
rather than ``Generator.beta``: the same uniform then gives the same quantile
for every option, which is what makes options comparable trial by trial
(common random numbers), and a table lookup is also several times faster than
numpy's beta sampler.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

DEFAULT_GAMMA = 4.0
# z of the 95th percentile: a 90 % range (P5, P95) spans ±Z95 standard deviations.
Z95 = 1.6448536269514722
# Resolution of the PERT quantile table; the bias it adds to a mean is below 1e-6 of the range.
_TABLE_SIZE = 8192


@lru_cache(maxsize=1)
def _unit_grid() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The integration grid on [0, 1] with log(x) and log(1 − x), shared by every table."""
    x = np.linspace(0.0, 1.0, 16 * _TABLE_SIZE + 1)
    with np.errstate(divide="ignore"):
        return x, np.log(x), np.log1p(-x)


@lru_cache(maxsize=256)
def _beta_quantile_table(alpha: float, beta: float) -> np.ndarray:
    """Quantiles of Beta(α, β) at u = 0, 1/M, ..., 1, for linear interpolation.

    PERT always has α, β ≥ 1, so the density is bounded and a fine trapezoid
    integration of it gives the CDF accurately without scipy.
    """
    x, log_x, log_1mx = _unit_grid()
    with np.errstate(invalid="ignore"):
        log_pdf = (alpha - 1.0) * log_x
        log_pdf += (beta - 1.0) * log_1mx
    pdf = np.exp(np.nan_to_num(log_pdf, nan=-np.inf, neginf=-np.inf))
    if alpha == 1.0:
        pdf[0] = 1.0 if beta >= 1.0 else pdf[0]
    if beta == 1.0:
        pdf[-1] = 1.0 if alpha >= 1.0 else pdf[-1]
    cdf = np.concatenate(([0.0], np.cumsum((pdf[1:] + pdf[:-1]) * 0.5)))
    cdf /= cdf[-1]
    table = np.interp(np.linspace(0.0, 1.0, _TABLE_SIZE + 1), cdf, x)
    table.setflags(write=False)
    return table


def table_quantile(table: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Linear interpolation in a quantile table on an even grid of u (u in [0, 1))."""
    return _interpolate(table, np.diff(table), u)


@lru_cache(maxsize=256)
def _pert_table(low: float, high: float, alpha: float, beta: float
                ) -> tuple[np.ndarray, np.ndarray]:
    """A PERT's quantile table in its own units, with the slope of each step."""
    table = low + (high - low) * _beta_quantile_table(alpha, beta)
    slopes = np.diff(table)
    table.setflags(write=False)
    slopes.setflags(write=False)
    return table, slopes


def _interpolate(table: np.ndarray, slopes: np.ndarray, u: np.ndarray) -> np.ndarray:
    scaled = np.multiply(u, len(table) - 1, out=np.empty(np.shape(u)))
    i = scaled.astype(np.intp)
    frac = np.subtract(scaled, i, out=scaled)
    frac *= slopes[i]
    frac += table[i]
    return frac[()]  # a scalar for a scalar u


@dataclass(frozen=True)
class Constant:
    value: float

    @property
    def mean(self) -> float:
        return float(self.value)

    def quantile(self, u: np.ndarray) -> np.ndarray:
        return np.full(np.shape(u), float(self.value))

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return np.full(n, float(self.value))


@dataclass(frozen=True)
class Pert:
    """PERT (Vose form) on [low, high] with most likely value ``mode``.

    α = 1 + γ(mode − low)/(high − low), β = 1 + γ(high − mode)/(high − low);
    the mean is (low + γ·mode + high)/(γ + 2). When low == high it is a constant.
    """

    low: float
    mode: float
    high: float
    gamma: float = DEFAULT_GAMMA

    def __post_init__(self) -> None:
        if not (self.low <= self.mode <= self.high):
            raise ValueError(f"PERT needs low ≤ mode ≤ high, got {self.low}, {self.mode}, {self.high}")
        if self.gamma < 0:
            raise ValueError("PERT needs γ ≥ 0")

    @property
    def degenerate(self) -> bool:
        return self.high == self.low

    @property
    def alpha(self) -> float:
        return 1.0 + self.gamma * (self.mode - self.low) / (self.high - self.low)

    @property
    def beta(self) -> float:
        return 1.0 + self.gamma * (self.high - self.mode) / (self.high - self.low)

    @property
    def mean(self) -> float:
        return pert_mean(self.low, self.mode, self.high, self.gamma)

    def quantile(self, u: np.ndarray) -> np.ndarray:
        if self.degenerate:
            return np.full(np.shape(u), float(self.low))
        table, slopes = _pert_table(float(self.low), float(self.high), round(self.alpha, 12),
                                    round(self.beta, 12))
        return _interpolate(table, slopes, np.asarray(u))

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return self.quantile(rng.random(n))


@dataclass(frozen=True)
class Lognormal90:
    """A lognormal whose 5th and 95th percentiles are ``low`` and ``high``.

    Estimators give a 90 % range ("between 40 k and 900 k"); the lognormal
    keeps losses positive and right-skewed, as losses are.
    """

    low: float
    high: float

    def __post_init__(self) -> None:
        if not (0 < self.low <= self.high):
            raise ValueError(f"A 90 % loss range needs 0 < low ≤ high, got {self.low}, {self.high}")

    @property
    def mu(self) -> float:
        return (math.log(self.low) + math.log(self.high)) / 2.0

    @property
    def sigma(self) -> float:
        return (math.log(self.high) - math.log(self.low)) / (2.0 * Z95)

    @property
    def mean(self) -> float:
        return lognormal90_mean(self.low, self.high)

    @property
    def median(self) -> float:
        return math.exp(self.mu)

    def from_normal(self, z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Values for standard normal draws ``z`` (shared draws give common random numbers).

        Computed in the dtype of ``z``: the annual engine passes float32 draws,
        whose exp is about four times faster; a relative rounding of 1e-7 per
        event is far below the sampling error, and sums are taken in float64.
        ``out`` may be ``z`` itself (the draws are then overwritten).
        """
        out = np.multiply(z, z.dtype.type(self.sigma), out=out)
        out += z.dtype.type(self.mu)
        return np.exp(out, out=out)

    def quantile_z(self, z: float) -> float:
        return math.exp(self.mu + self.sigma * z)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return self.from_normal(rng.standard_normal(n))


def pert_mean(low: float, mode: float, high: float, gamma: float = DEFAULT_GAMMA) -> float:
    return (low + gamma * mode + high) / (gamma + 2.0)


def lognormal90_mean(low: float, high: float) -> float:
    mu = (math.log(low) + math.log(high)) / 2.0
    sigma = (math.log(high) - math.log(low)) / (2.0 * Z95)
    return math.exp(mu + sigma * sigma / 2.0)


def bernoulli(rng: np.random.Generator, p: float, n: int) -> np.ndarray:
    return rng.random(n) < p


def range_or_constant(value: dict | float | int | None, default: float = 0.0) -> Pert | Constant:
    """A {"low", "mode", "high"} dict as PERT, a number as a constant, None as ``default``."""
    if value is None:
        return Constant(float(default))
    if isinstance(value, int | float):
        return Constant(float(value))
    return Pert(float(value["low"]), float(value["mode"]), float(value["high"]))
