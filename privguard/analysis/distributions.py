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
        for name in ("low", "mode", "high", "gamma"):
            _finite(name, getattr(self, name))
        if not (self.low <= self.mode <= self.high):
            raise ValueError(f"A range needs low ≤ most likely ≤ high, got {self.low:g}, "
                             f"{self.mode:g}, {self.high:g}.")
        if self.gamma < 0:
            raise ValueError(f"The PERT shape (gamma) cannot be negative, got {self.gamma:g}.")

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
class Uniform:
    """Every value between ``low`` and ``high`` equally likely."""

    low: float
    high: float

    def __post_init__(self) -> None:
        _finite("low", self.low)
        _finite("high", self.high)
        if self.low > self.high:
            raise ValueError(f"A range needs low ≤ high, got {self.low:g}, {self.high:g}.")

    @property
    def mean(self) -> float:
        return (float(self.low) + float(self.high)) / 2.0

    def quantile(self, u: np.ndarray) -> np.ndarray:
        u = np.asarray(u, dtype=float)
        return (float(self.low) + (float(self.high) - float(self.low)) * u)[()]

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
        _finite("low", self.low)
        _finite("high", self.high)
        if not (0 < self.low <= self.high):
            raise ValueError(f"A lognormal 90 % range needs 0 < low ≤ high, got {self.low:g}, "
                             f"{self.high:g}.")

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

    def quantile(self, u: np.ndarray) -> np.ndarray:
        """Values at probabilities ``u`` (common random numbers: the same u, the same rank)."""
        z = normal_quantile(np.asarray(u, dtype=float))
        return np.exp(self.mu + self.sigma * z)[()]

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


Dist = Constant | Pert | Uniform | Lognormal90
DISTS = ("pert", "uniform", "lognormal")


def _finite(name: str, value: float) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"The {name} value must be a finite number, got {value!r}.")


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"The {name} value must be a number, got {value!r}.")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"The {name} value must be a number, got {value!r}.") from None
    if not math.isfinite(number):
        raise ValueError(f"The {name} value must be a finite number, got {value!r}.")
    return number


def range_or_constant(value: dict | float | int | None, default: float = 0.0, *,
                      minimum: float | None = 0.0) -> Dist:
    """A stored figure as a distribution.

    None → ``default``; a number → a constant; a dict ``{"low", "mode", "high"}``
    with optional ``"gamma"`` (PERT shape, 4 when absent) and optional ``"dist"``:
    ``"pert"`` (the default), ``"uniform"`` (low, high; a mode is ignored) or
    ``"lognormal"`` (a 90 % range: low is the 5th percentile, high the 95th, low > 0).

    Raises ``ValueError`` (plain English) on NaN, ±inf, values below ``minimum``
    (None: no minimum; by default negatives are refused, as hours, money and
    counts cannot be negative), low > mode > high and unknown shapes.
    """
    if value is None:
        return Constant(_number(default, "default"))
    if not isinstance(value, dict):
        number = _number(value, "given")
        _at_least(number, minimum, "given")
        return Constant(number)
    kind = str(value.get("dist") or "pert").lower()
    if kind not in DISTS:
        raise ValueError(f"Unknown distribution {kind!r}: use one of {', '.join(DISTS)}.")
    if "low" not in value or "high" not in value:
        raise ValueError("A range needs a low and a high value.")
    low = _number(value["low"], "low")
    high = _number(value["high"], "high")
    _at_least(low, minimum, "low")
    if low > high:
        raise ValueError(f"A range needs low ≤ high, got {low:g} and {high:g}.")
    if kind == "uniform":
        return Uniform(low, high)
    if kind == "lognormal":
        if low <= 0:
            raise ValueError(f"A lognormal 90 % range needs a low value above 0, got {low:g}.")
        return Lognormal90(low, high)
    if value.get("mode") is None:
        raise ValueError("A PERT range needs a most likely value (mode).")
    mode = _number(value["mode"], "most likely")
    if not low <= mode <= high:
        raise ValueError(f"A range needs low ≤ most likely ≤ high, got {low:g}, {mode:g}, "
                         f"{high:g}.")
    gamma = DEFAULT_GAMMA if value.get("gamma") is None else _number(value["gamma"], "gamma")
    if gamma < 0:
        raise ValueError(f"The PERT shape (gamma) cannot be negative, got {gamma:g}.")
    return Pert(low, mode, high, gamma)


def _at_least(value: float, minimum: float | None, name: str) -> None:
    if minimum is not None and value < minimum:
        raise ValueError(f"The {name} value cannot be below {minimum:g}, got {value:g}.")


def as_dist(value: Dist | float | int) -> Dist:
    """A distribution as is, a plain number as a constant."""
    if isinstance(value, Constant | Pert | Uniform | Lognormal90):
        return value
    return Constant(_number(value, "given"))


# Wichura's algorithm AS 241 (PPND16): the standard normal quantile to about 1e-16.
_A = (3.387132872796366608, 133.14166789178437745, 1971.5909503065514427,
      13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
      33430.575583588128105, 2509.0809287301226727)
_B = (1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
      21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
      5226.4952788528545610)
_C = (1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
      3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
      0.0227238449892691845833, 7.7454501427834140764e-4)
_D = (1.0, 2.05319162663775882187, 1.6763848301838038494, 0.689767334985100004550,
      0.14810397642748007459, 0.0151986665636164571966, 5.47593808499534494600e-4,
      1.05075007164441684324e-9)
_E = (6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
      0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
      2.71155556874348757815e-5, 2.01033439929228813265e-7)
_F = (1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
      7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
      2.04426310338993978564e-15)


def _poly(coefficients: tuple[float, ...], x: np.ndarray) -> np.ndarray:
    out = np.full_like(x, coefficients[-1])
    for c in reversed(coefficients[:-1]):
        out *= x
        out += c
    return out


def normal_quantile(u: np.ndarray | float) -> np.ndarray:
    """The standard normal quantile Φ⁻¹(u), vectorised, numpy only (Wichura, AS 241).

    Relative error about 1e-16 in the centre and below 1e-15 in the tails;
    u = 0 gives −inf and u = 1 +inf.
    """
    p = np.asarray(u, dtype=float)
    q = p - 0.5
    out = np.empty_like(p)
    central = np.abs(q) <= 0.425
    if central.any():
        qc = q[central]
        r = 0.180625 - qc * qc
        out[central] = qc * _poly(_A, r) / _poly(_B, r)
    tail = ~central
    if tail.any():
        qt = q[tail]
        pt = p[tail]
        with np.errstate(divide="ignore"):
            r = np.sqrt(-np.log(np.clip(np.where(qt < 0, pt, 1.0 - pt), 1e-300, 1.0)))
        value = np.empty_like(r)
        near = r <= 5.0
        rn = r[near] - 1.6
        value[near] = _poly(_C, rn) / _poly(_D, rn)
        rf = r[~near] - 5.0
        value[~near] = _poly(_E, rf) / _poly(_F, rf)
        out[tail] = np.where(qt < 0, -value, value)
    out[p <= 0.0] = -np.inf
    out[p >= 1.0] = np.inf
    return out[()]
