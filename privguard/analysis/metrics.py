"""Summaries of simulated losses: mean with its standard error, percentiles, tail, LEC.

Percentiles use numpy's default (linear) definition. Zero-loss trials are very
common for rare risks, so only the positive losses are sorted; the zeros are
accounted for by position.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LEC_POINTS = 50


@dataclass
class LossSummary:
    mean: float
    se: float
    median: float
    p90: float
    p95: float
    p99: float
    cvar95: float
    p_positive: float
    sorted_positive: np.ndarray
    n: int

    def quantile(self, q: float) -> float:
        return _quantile(self.sorted_positive, self.n, q)

    def exceedance(self, losses: np.ndarray) -> np.ndarray:
        """P(loss > x) for each x in ``losses``."""
        above = len(self.sorted_positive) - np.searchsorted(self.sorted_positive, losses, "right")
        return above / self.n


def _quantile(sorted_positive: np.ndarray, n: int, q: float) -> float:
    zeros = n - len(sorted_positive)
    h = (n - 1) * q
    lo, hi = math.floor(h), math.ceil(h)

    def at(i: int) -> float:
        return 0.0 if i < zeros else float(sorted_positive[i - zeros])

    return at(lo) + (h - lo) * (at(hi) - at(lo))


def standard_error(losses: np.ndarray, mean: float | None = None) -> float:
    """Standard error of the mean: the sample standard deviation (ddof 1) over √n."""
    n = len(losses)
    if n < 2:
        return 0.0
    centred = losses - (float(losses.mean()) if mean is None else mean)
    # einsum, not a BLAS dot: the same sum on every machine and thread count.
    return math.sqrt(float(np.einsum("i,i->", centred, centred)) / (n - 1) / n)


def summarise(losses: np.ndarray) -> LossSummary:
    n = len(losses)
    positive = losses[losses > 0]
    positive.sort()
    mean = float(losses.sum()) / n
    se = standard_error(losses, mean)
    tail_count = max(1, n - math.floor(0.95 * n))
    # CVaR95: the average of the worst 5 % of trials (zeros included if the tail reaches them).
    tail = positive[-tail_count:]
    cvar = float(tail.sum() / tail_count)
    return LossSummary(
        mean=mean, se=se, median=_quantile(positive, n, 0.5), p90=_quantile(positive, n, 0.9),
        p95=_quantile(positive, n, 0.95), p99=_quantile(positive, n, 0.99), cvar95=cvar,
        p_positive=len(positive) / n, sorted_positive=positive, n=n)


def paired_se(a: np.ndarray, b: np.ndarray) -> float:
    """Standard error of mean(a − b) when a and b come from the same trials."""
    return standard_error(a - b)


def unpaired_se(a: np.ndarray, b: np.ndarray) -> float:
    """What the standard error of mean(a) − mean(b) would be with independent draws."""
    return float(math.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b)))


def lec_grid(summaries: Sequence[LossSummary], points: int = LEC_POINTS) -> np.ndarray:
    """One log-spaced grid of losses for several curves, so they can share a chart.

    From the 1st percentile of the smallest positive losses to the largest loss seen.
    """
    positives = [s.sorted_positive for s in summaries if len(s.sorted_positive)]
    if not positives:
        return np.zeros(0)
    low = min(float(p[int(0.01 * (len(p) - 1))]) for p in positives)
    high = max(float(p[-1]) for p in positives)
    low = max(low, high * 1e-9, 1e-9)
    if high <= low:
        return np.array([low])
    return np.geomspace(low, high, points)


def lec(summary: LossSummary, grid: np.ndarray) -> list[list[float]]:
    """[[loss, P(loss > loss)], ...] on ``grid``."""
    probs = summary.exceedance(grid)
    return [[float(x), float(p)] for x, p in zip(grid, probs, strict=True)]


def best_and_regret(costs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """P(option is the cheapest) and expected regret, from costs of shape (options, trials).

    Ties split the win evenly. Regret is how much more an option costs than the
    cheapest option in the same trial, so it is never negative.
    """
    best = costs.min(axis=0)
    is_best = costs == best
    share = is_best / is_best.sum(axis=0)
    return share.mean(axis=1), (costs - best).mean(axis=1)


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Rank correlation (ties get arbitrary but consistent ranks; fine at simulation sizes)."""
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return 0.0
    rx = np.empty(len(x))
    ry = np.empty(len(y))
    rx[np.argsort(x, kind="stable")] = np.arange(len(x))
    ry[np.argsort(y, kind="stable")] = np.arange(len(y))
    return float(np.corrcoef(rx, ry)[0, 1])
