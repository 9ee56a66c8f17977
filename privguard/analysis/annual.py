"""Annual mode: how much a risk costs a year, as is and under each treatment option.

One trial is one possible year. Its loss events are counted, not guessed as
"frequency × one magnitude": λ ~ PERT(frequency), N ~ Poisson(λ), and each of
the N events draws its own loss from every loss form. This is what makes a rare
event (λ = 0.1) come out right: most years have no loss at all, and
P(annual loss > 0) = 1 − e^(−λ).

Options are compared on common random numbers: every option sees the same
years, the same events and the same losses. An option that lowers the frequency
by a factor f keeps an event when that event's own uniform draw is below f, so
the events an option keeps are a subset of the events of any option with a
larger f (options are nested), and an option's loss factors scale the loss
forms of exactly the same events. The difference between two options is then
almost free of sampling noise, which is why the paired standard error of ΔALE
is much smaller than the standard errors of the two ALEs.

Trials are simulated in chunks (a bounded number of events each), every chunk
from its own seed derived from the analysis seed, so memory stays bounded and a
seed reproduces the result exactly.

A loss form's magnitude per event is a lognormal from a 90 % range (a stored
``[low, high]``), or any range ``range_or_constant`` reads: PERT (with its
gamma), uniform or lognormal. Lognormal forms are drawn from standard normals,
the others through their quantile function from uniform draws.

Frequent events (thousands a year) are not drawn one by one when the normal
approximation holds (see ``normal_forms``): per trial the event counts are drawn
exactly (Poisson, then binomial thinning for each option), and a form's yearly
total given its count N is drawn as Normal(N·μ, N·σ²), so the mean (λ·μ) and the
variance (λ·E[X²]) of the compound Poisson total are exact and only the shape of
the sum given N is approximated. Forms that fail the criterion (a rare secondary
loss, a very skewed magnitude) keep being drawn per occurrence.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from privguard.analysis._memory import keep_freed_memory
from privguard.analysis.distributions import (
    Constant,
    Dist,
    Lognormal90,
    Pert,
    Uniform,
    range_or_constant,
)

LOSS_FORMS = ("productivity", "response", "replacement", "fines", "reputation")
# The secondary loss (reputation, customers leaving, lawsuits) follows some events only.
SECONDARY = "secondary"
SECONDARY_FACTOR_KEY = "reputation"
# About this many loss events in memory at once, counted at the mean frequency
# (some 60 bytes each while a chunk is simulated).
EVENTS_PER_CHUNK = 100_000
# Below this many events a year on average, options add up their events one by one
# (cheap when most years have none); above it they share per-bin totals per trial.
SPARSE_EVENTS_PER_TRIAL = 1.0
_U32 = 2.0 ** 32
# Median loss per event is estimated from at most this many events.
MEDIAN_EVENT_SAMPLE = 20_000
# Frequent events: from this many events a year on average, a loss form whose yearly total
# is close enough to normal (below) is drawn as a total per year, not event by event.
FREQUENT_EVENTS = 2_000.0
# The criterion, per form, with n = its occurrences a year at the 1st percentile of the
# frequency (λ₀.₀₁ × the chance the form follows an event): n ≥ MIN_NORMAL_EVENTS and the
# skewness of a sum of n magnitudes, skew(X)/√n, at most MAX_SUM_SKEW. By Cornish–Fisher the
# normal P95 of a sum with skewness g is off by about (z² − 1)/6 · g = 0.28·g standard
# deviations; with g ≤ 0.05 that is ≤ 0.014 sd, below the Monte Carlo standard error of a
# P95 at 20,000 trials (about 2.1/√20,000 = 0.015 sd). The floor keeps symmetric magnitudes
# (uniform: skewness 0) from being summed normally over a handful of events.
MAX_SUM_SKEW = 0.05
MIN_NORMAL_EVENTS = 1_000.0
# Trials per chunk when yearly totals are drawn (arrays of trials × options × forms).
FREQUENT_CHUNK_TRIALS = 20_000


@dataclass(frozen=True)
class LossComponent:
    """One loss form: its magnitude per event, and the chance it follows an event.

    Without ``shape`` the magnitude is a lognormal whose 90 % range is [low, high];
    with one (PERT, uniform, a constant) it is that distribution, and low and high
    are its ends.
    """

    name: str
    low: float
    high: float
    probability: float = 1.0
    factor_key: str = ""
    shape: Dist | None = None

    @property
    def distribution(self) -> Dist:
        return Lognormal90(self.low, self.high) if self.shape is None else self.shape

    @property
    def lognormal(self) -> bool:
        """Drawn from a standard normal (else through its quantile from a uniform)."""
        return self.shape is None or isinstance(self.shape, Lognormal90)

    @property
    def key(self) -> str:
        return self.factor_key or self.name

    def fixed_at(self, value: float) -> LossComponent:
        """The same form with a magnitude known exactly (sensitivity: a range's ends)."""
        if self.shape is None:
            return replace(self, low=value, high=value)
        return replace(self, low=value, high=value, shape=Constant(float(value)))

    @classmethod
    def from_range(cls, name: str, bounds: object, probability: float = 1.0,
                   factor_key: str = "") -> LossComponent:
        """``[low, high]`` (a lognormal 90 % range) or a range dict (see ``range_or_constant``)."""
        if isinstance(bounds, dict):
            dist = range_or_constant(bounds)
            if isinstance(dist, Lognormal90):
                return cls(name, float(dist.low), float(dist.high), probability, factor_key)
            if isinstance(dist, Constant):
                return cls(name, dist.value, dist.value, probability, factor_key, dist)
            return cls(name, float(dist.low), float(dist.high), probability, factor_key, dist)
        if not isinstance(bounds, list | tuple) or len(bounds) != 2:
            raise ValueError(f"The '{name}' loss needs a [low, high] 90 % range or a range.")
        return cls(name, float(bounds[0]), float(bounds[1]), probability, factor_key)


def magnitude_moments(dist: Dist) -> tuple[float, float, float]:
    """Mean, variance and skewness of one magnitude (0 skewness when the variance is 0)."""
    if isinstance(dist, Lognormal90):
        s2 = dist.sigma ** 2
        growth = math.expm1(s2)
        mean = dist.mean
        return mean, growth * mean * mean, (growth + 3.0) * math.sqrt(growth)
    if isinstance(dist, Uniform):
        return dist.mean, (dist.high - dist.low) ** 2 / 12.0, 0.0
    if isinstance(dist, Pert) and not dist.degenerate:
        a, b, width = dist.alpha, dist.beta, dist.high - dist.low
        var = width * width * a * b / ((a + b) ** 2 * (a + b + 1.0))
        skew = 2.0 * (b - a) * math.sqrt(a + b + 1.0) / ((a + b + 2.0) * math.sqrt(a * b))
        return dist.mean, var, skew
    return dist.mean, 0.0, 0.0


@dataclass(frozen=True)
class AnnualScenario:
    """A risk's quantitative inputs."""

    frequency: Dist
    components: tuple[LossComponent, ...]
    name: str = ""

    @property
    def mean_loss_per_event(self) -> float:
        return sum(c.probability * c.distribution.mean for c in self.components)

    @property
    def analytic_ale(self) -> float:
        """E[λ] × E[loss per event]: Wald's identity for a compound Poisson sum."""
        return self.frequency.mean * self.mean_loss_per_event


@dataclass(frozen=True)
class AnnualOption:
    """A treatment: its effect on frequency and on each loss form, and its costs."""

    option_id: int | None
    name: str
    orientation: str = ""
    frequency_factor: float = 1.0
    loss_factors: dict[str, float] = field(default_factory=dict)
    cost_one_off: float = 0.0
    cost_yearly: float = 0.0
    time_to_effect_days: float = 0.0

    def factor(self, component: LossComponent) -> float:
        return float(self.loss_factors.get(component.key, 1.0))


BASELINE = AnnualOption(None, "As is (no new treatment)", "")


@dataclass
class AnnualSample:
    """Per-trial annual losses of the baseline (index 0) and each option (1..)."""

    losses: np.ndarray  # shape (options + 1, trials)
    any_event: np.ndarray  # shape (options + 1,): share of years with at least one kept event
    median_event_loss: np.ndarray  # shape (options + 1,)
    events: int
    # same_as[i] = j ≤ i: row i is row j (the same keep probabilities and loss factors on
    # this scenario's forms, so exactly the same losses); lets summaries be shared.
    same_as: np.ndarray | None = None


def _chunk_trials(scenario: AnnualScenario, trials: int) -> int:
    # Sized by the mean frequency (the events a chunk holds on average), and depends
    # on the scenario only, never on the options, so editing an option leaves the
    # baseline's draws (and every other option's) unchanged.
    per_trial = max(float(scenario.frequency.mean), 1e-9)
    # About EVENTS_PER_CHUNK events a chunk however frequent the events (at least one
    # trial): memory stays bounded at λ = 20,000 a year as at λ = 0.1.
    return int(max(1, min(trials, EVENTS_PER_CHUNK // math.ceil(per_trial + 1))))


def _chunk_seeds(seed: int | np.random.SeedSequence, n: int) -> list[np.random.SeedSequence]:
    root = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    return root.spawn(n)


def _chunks(trials: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, trials, size):
        yield start, min(trials, start + size)


def normal_forms(scenario: AnnualScenario) -> tuple[bool, ...] | None:
    """Which forms' yearly totals are drawn from the normal approximation; None: events are
    drawn one by one (fewer than FREQUENT_EVENTS a year on average).

    Depends on the scenario only, never on the options, so editing an option does not move
    a form from one method to the other. An option keeping a share q of the events sums
    fewer of them (skewness larger by 1/√q); its mean and variance stay exact.
    """
    if float(scenario.frequency.mean) < FREQUENT_EVENTS:
        return None
    low_rate = max(0.0, float(scenario.frequency.quantile(np.array([0.01]))[0]))
    chosen = []
    for c in scenario.components:
        _mean, var, skew = magnitude_moments(c.distribution)
        n = low_rate * min(1.0, max(0.0, c.probability))
        chosen.append(n >= MIN_NORMAL_EVENTS and (var == 0.0 or abs(skew) <= MAX_SUM_SKEW
                                                  * math.sqrt(n)))
    return tuple(chosen)


def _frequent_chunk_trials(scenario: AnnualScenario, normal: Sequence[bool], trials: int) -> int:
    """Trials per chunk in the frequent-event method: about EVENTS_PER_CHUNK occurrences
    of the forms still drawn one by one, and at most FREQUENT_CHUNK_TRIALS."""
    per_trial = sum(max(float(scenario.frequency.mean), 0.0) * min(1.0, c.probability)
                    for c, n in zip(scenario.components, normal, strict=True) if not n)
    size = EVENTS_PER_CHUNK // math.ceil(per_trial + 1)
    return int(max(1, min(trials, FREQUENT_CHUNK_TRIALS, size)))


def simulate_annual(scenario: AnnualScenario, options: Sequence[AnnualOption], trials: int,
                    seed: int | np.random.SeedSequence) -> AnnualSample:
    """Annual losses of the baseline and of every option on common random numbers."""
    keep_freed_memory()
    everyone = (BASELINE, *options)
    k = len(everyone)
    medians = np.zeros(k)
    comps = scenario.components
    factors = np.array([[o.factor(c) for c in comps] for o in everyone]).reshape(k, len(comps))
    ff = np.array([o.frequency_factor for o in everyone])
    # Options with the same frequency factor and the same factors on this scenario's loss
    # forms (an option may act on forms the scenario does not have) lose exactly the
    # same: simulate the first of them only and copy its losses.
    first: dict[tuple[float, ...], int] = {}
    same_as = np.array([first.setdefault((float(ff[o]), *factors[o].tolist()), o)
                        for o in range(k)])
    unique = np.flatnonzero(same_as == np.arange(k))
    losses = np.zeros((k, trials))
    with_event = np.zeros(k)
    normal = normal_forms(scenario) if comps else None
    if normal is not None:
        total_events = _simulate_frequent(scenario, normal, ff, factors, unique, losses,
                                          with_event, seed)
        medians = _sampled_median_event_losses(scenario, factors, seed)
    else:
        total_events = _simulate_events(scenario, ff, factors, unique, losses, with_event,
                                        seed, medians)
    for o in np.flatnonzero(same_as != np.arange(k)):
        losses[o] = losses[same_as[o]]
        with_event[o] = with_event[same_as[o]]
    return AnnualSample(losses, with_event / trials, medians, total_events, same_as)


def _simulate_events(scenario: AnnualScenario, ff: np.ndarray, factors: np.ndarray,
                     unique: np.ndarray, losses: np.ndarray, with_event: np.ndarray,
                     seed: int | np.random.SeedSequence, medians: np.ndarray) -> int:
    """Every event drawn one by one (adds into ``losses``, ``with_event``, ``medians``)."""
    comps = scenario.components
    trials = losses.shape[1]
    f_max = float(ff.max())
    size = _chunk_trials(scenario, trials)
    n_chunks = math.ceil(trials / size)
    # Few events a year: sum each option's kept events directly; many: share per-bin totals.
    add = _add_sparse if scenario.frequency.mean < SPARSE_EVENTS_PER_TRIAL else _add_dense
    total_events = 0
    for (start, stop), chunk_seed in zip(_chunks(trials, size), _chunk_seeds(seed, n_chunks),
                                         strict=True):
        base_seed, extra_seed = chunk_seed.spawn(2)
        m = stop - start
        rng = np.random.default_rng(base_seed)
        lam = scenario.frequency.quantile(rng.random(m))
        blocks = [(rng, lam, np.minimum(ff, 1.0))]
        if f_max > 1.0:
            # Options that raise the frequency see extra events, a superposed Poisson
            # stream of rate (f_max − 1)λ drawn from its own seed; each option keeps an
            # extra event with probability (f − 1)/(f_max − 1).
            keep_extra = np.maximum(ff - 1.0, 0.0) / (f_max - 1.0)
            blocks.append((np.random.default_rng(extra_seed), lam * (f_max - 1.0), keep_extra))
        hit = np.zeros((len(unique), m), dtype=bool)
        for b, (block_rng, rate, keep) in enumerate(blocks):
            counts, keep_bits, values = _draw_events(block_rng, rate, comps)
            total_events += len(keep_bits)
            add(losses[:, start:stop], hit, unique, counts, keep_bits, keep, factors, values)
            if b == 0 and start == 0 and comps:
                medians[:] = _median_event_losses(factors, values)
        with_event[unique] += np.count_nonzero(hit, axis=1)
    return total_events


def _simulate_frequent(scenario: AnnualScenario, normal: Sequence[bool], ff: np.ndarray,
                       factors: np.ndarray, unique: np.ndarray, losses: np.ndarray,
                       with_event: np.ndarray, seed: int | np.random.SeedSequence) -> int:
    """Frequent events: counts drawn exactly, yearly totals per form (see ``_add_frequent``)."""
    comps = scenario.components
    trials = losses.shape[1]
    f_max = float(ff.max())
    moments = [magnitude_moments(c.distribution) for c in comps]
    size = _frequent_chunk_trials(scenario, normal, trials)
    n_chunks = math.ceil(trials / size)
    total_events = 0
    for (start, stop), chunk_seed in zip(_chunks(trials, size), _chunk_seeds(seed, n_chunks),
                                         strict=True):
        base_seed, extra_seed, base_levels, extra_levels = chunk_seed.spawn(4)
        m = stop - start
        rng = np.random.default_rng(base_seed)
        lam = scenario.frequency.quantile(rng.random(m))
        blocks = [(rng, base_levels, lam, np.minimum(ff, 1.0))]
        if f_max > 1.0:
            keep_extra = np.maximum(ff - 1.0, 0.0) / (f_max - 1.0)
            blocks.append((np.random.default_rng(extra_seed), extra_levels,
                           lam * (f_max - 1.0), keep_extra))
        hit = np.zeros((len(unique), m), dtype=bool)
        for block_rng, level_seed, rate, keep in blocks:
            total_events += _add_frequent(block_rng, np.random.default_rng(level_seed), rate,
                                          losses[:, start:stop], hit, unique, keep, factors,
                                          comps, normal, moments)
        with_event[unique] += np.count_nonzero(hit, axis=1)
    return total_events


def _add_frequent(rng: np.random.Generator, level_rng: np.random.Generator, rate: np.ndarray,
                  losses: np.ndarray, hit: np.ndarray, rows: np.ndarray, keep: np.ndarray,
                  factors: np.ndarray, comps: Sequence[LossComponent], normal: Sequence[bool],
                  moments: Sequence[tuple[float, float, float]]) -> int:
    """Add the yearly totals of the options in ``rows`` without drawing every event.

    The options' keep probabilities, highest first, are nested levels T₀ > T₁ > …: the
    events kept at T_k are a subset of those kept at T_(k−1). Per trial:

    * events at the top level N₀ ~ Poisson(rate·T₀), then N_k ~ Binomial(N_(k−1),
      T_k/T_(k−1)) (exact thinning);
    * occurrences of a form that follows only some events M₀ ~ Binomial(N₀, p), then
      M_k ~ Hypergeometric(M_(k−1) of N_(k−1), N_k drawn) (exact: the kept events are a
      random subset); for other forms M_k = N_k;
    * a normal form's total S₀ ~ Normal(M₀μ, M₀σ²), then S_k given S_(k−1) by the
      Gaussian bridge: mean M_kμ + (M_k/M_(k−1))(S_(k−1) − M_(k−1)μ), variance
      σ²·M_k(M_(k−1) − M_k)/M_(k−1) (a sub-sum of the same sum: options stay nested);
    * any other form draws its M₀ magnitudes one by one, and S_k is the sum of the
      first M_k of them (the magnitudes are exchangeable, so that is a random subset).

    Everything at the top level comes from ``rng`` and the levels below from
    ``level_rng``, so the top option's (the baseline's) figures do not depend on the
    other options; an option's figures may move when another option's frequency factor
    changes the levels above it. Returns the number of events at the top level.
    """
    keep = keep[rows]
    factors = factors[rows]
    levels = sorted({float(q) for q in keep if q > 0.0}, reverse=True)
    if not levels:
        return 0
    m = len(rate)
    column = [levels.index(float(q)) if q > 0.0 else -1 for q in keep]
    counts = [rng.poisson(rate * levels[0])]
    # Top level: occurrences and totals of every form (exact forms: their magnitudes).
    top: list[tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]] = []
    for c, is_normal, (mu, var, _skew) in zip(comps, normal, moments, strict=True):
        p = min(1.0, max(0.0, c.probability))
        occ = counts[0] if p >= 1.0 else rng.binomial(counts[0], p)
        if is_normal:
            total = occ * mu + np.sqrt(occ * var) * rng.standard_normal(m)
            np.maximum(total, 0.0, out=total)
            top.append((occ, total, None, None))
        else:
            n_values = int(occ.sum())
            values = _event_values(rng.bit_generator, (c,), n_values, occurring=False)[0]
            prefix = np.zeros(n_values + 1)
            np.cumsum(values, dtype=np.float64, out=prefix[1:])
            start = np.zeros(m, dtype=np.int64)
            np.cumsum(occ[:-1], out=start[1:])
            top.append((occ, prefix[start + occ] - prefix[start], start, prefix))
    for k in range(1, len(levels)):
        counts.append(level_rng.binomial(counts[-1], levels[k] / levels[k - 1]))
    # Per form, the totals at every level.
    for ci, (c, is_normal, (mu, var, _skew)) in enumerate(zip(comps, normal, moments,
                                                               strict=True)):
        if not factors[:, ci].any():
            continue
        occ, total, start, prefix = top[ci]
        sums = [total]
        occs = [occ]
        p = min(1.0, max(0.0, c.probability))
        for k in range(1, len(levels)):
            if p >= 1.0:
                occ_k = counts[k]
            else:
                occ_k = _sub_occurrences(level_rng, occs[-1], counts[k - 1], counts[k])
            if is_normal:
                prev_occ, prev = occs[-1], sums[-1]
                share = np.divide(occ_k, prev_occ, out=np.zeros(m), where=prev_occ > 0)
                spread = np.sqrt(var * occ_k * (prev_occ - occ_k) * np.divide(
                    1.0, prev_occ, out=np.zeros(m), where=prev_occ > 0))
                s_k = occ_k * mu + share * (prev - prev_occ * mu)
                s_k += spread * level_rng.standard_normal(m)
                np.clip(s_k, 0.0, prev, out=s_k)
            else:
                assert start is not None and prefix is not None
                s_k = prefix[start + occ_k] - prefix[start]
            sums.append(s_k)
            occs.append(occ_k)
        _add_scaled(losses, rows, column, factors[:, ci], sums)
    for j, col in enumerate(column):
        if col >= 0:
            hit[j] |= counts[col] > 0
    return int(counts[0].sum())


def _sub_occurrences(rng: np.random.Generator, occ: np.ndarray, events: np.ndarray,
                     kept: np.ndarray) -> np.ndarray:
    """Occurrences among ``kept`` events drawn from ``events`` of which ``occ`` had one:
    hypergeometric (binomial beyond numpy's hypergeometric range, 10⁹ events a year)."""
    if events.size and int(events.max()) >= 10**9:
        share = np.divide(kept, events, out=np.zeros(len(kept)), where=events > 0)
        return rng.binomial(occ, share)
    return rng.hypergeometric(occ, events - occ, kept)


def _sampled_median_event_losses(scenario: AnnualScenario, factors: np.ndarray,
                                 seed: int | np.random.SeedSequence) -> np.ndarray:
    """Each option's median loss per event from MEDIAN_EVENT_SAMPLE events drawn for it
    (the frequent-event method draws no events one by one)."""
    root = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    sample_seed = np.random.SeedSequence(root.entropy, spawn_key=(*root.spawn_key, 2**31))
    bits = np.random.default_rng(sample_seed).bit_generator
    return _median_event_losses(factors, _event_values(bits, scenario.components,
                                                       MEDIAN_EVENT_SAMPLE))


def _median_event_losses(factors: np.ndarray, values: list[np.ndarray]) -> np.ndarray:
    """Each option's median loss per event, from the first events (options sharing loss
    factors share the figure)."""
    sample = min(len(values[0]), MEDIAN_EVENT_SAMPLE)
    medians = np.zeros(len(factors))
    if not sample:
        return medians
    head = [v[:sample].astype(np.float64) for v in values]
    seen: dict[tuple[float, ...], float] = {}
    for o, row in enumerate(factors):
        key = tuple(row.tolist())
        if key not in seen:
            per_event = np.zeros(sample)
            for f, v in zip(row, head, strict=True):
                if f != 0.0:
                    per_event += f * v
            seen[key] = _median_in_place(per_event)
        medians[o] = seen[key]
    return medians


def _median_in_place(values: np.ndarray) -> float:
    """np.median's value, partitioning ``values`` itself instead of a copy."""
    n = len(values)
    half = n // 2
    if n % 2:
        values.partition(half)
        return float(values[half])
    values.partition((half - 1, half))
    return float((values[half - 1] + values[half]) / 2.0)


def _uint32(bit_generator: np.random.BitGenerator, n: int) -> np.ndarray:
    """n uniform 32-bit integers straight from the bit generator (two per 64-bit draw)."""
    return bit_generator.random_raw((n + 1) // 2).view(np.uint32)[:n]


def _threshold(q: float) -> int:
    """The keep threshold for probability q: a 32-bit draw k is kept when k < threshold,
    which is u < q for the uniform u = k / 2³² (exact: q·2³² is a scaling by a power of two)."""
    return int(min(math.ceil(q * _U32), _U32))


def standard_normals(bit_generator: np.random.BitGenerator, n: int) -> np.ndarray:
    """n standard normal draws (float32) by the Box–Muller transform of 32-bit integers.

    Exact in distribution, and about three times faster than ``Generator.standard_normal``
    for float32 because it runs as a few vectorised passes instead of a per-draw loop.
    The radius uses u = (k + ½)/2³², so |z| reaches 6.77 (a tail beyond it has
    probability 1e-11); the angle is 2π·k/2³².
    """
    half = (n + 1) // 2
    raw = bit_generator.random_raw(half).view(np.uint32)
    radius = raw[:half].astype(np.float32)
    radius += np.float32(0.5)
    radius *= np.float32(2.0 ** -32)
    np.log(radius, out=radius)
    radius *= np.float32(-2.0)
    np.sqrt(radius, out=radius)
    angle = raw[half:].astype(np.float32)
    angle *= np.float32(2.0 * math.pi / _U32)
    z = np.empty(2 * half, dtype=np.float32)
    np.cos(angle, out=z[:half])
    np.sin(angle, out=z[half:])
    z[:half] *= radius
    z[half:] *= radius
    return z[:n]


def _draw_events(rng: np.random.Generator, rate: np.ndarray, comps: Sequence[LossComponent]
                 ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Event counts per trial, then per event a 32-bit keep draw and a loss for each form.

    The draws are made in a fixed order that does not depend on the options: counts,
    keep draws, then the losses (see ``_event_values``).
    """
    counts = rng.poisson(rate)
    e = int(counts.sum())
    bits = rng.bit_generator
    keep_bits = _uint32(bits, e)
    return counts, keep_bits, _event_values(bits, comps, e)


def _event_values(bits: np.random.BitGenerator, comps: Sequence[LossComponent], e: int,
                  occurring: bool = True) -> list[np.ndarray]:
    """e losses of each form: one standard normal per event and lognormal form, then one
    uniform per event and other form (PERT, uniform: through its quantile), then for forms
    that follow only some events (secondary loss) one 32-bit draw per event and form
    deciding it (skipped when ``occurring`` is False: every value is an occurrence)."""
    normal = [i for i, c in enumerate(comps) if c.lognormal]
    z = standard_normals(bits, len(normal) * e)
    others = [i for i, c in enumerate(comps) if not c.lognormal]
    u = _uniforms(bits, len(others) * e) if others else None
    partial = [c for c in comps if c.probability < 1.0] if occurring else []
    happens = _uint32(bits, len(partial) * e) if partial else None
    values = []
    j = 0
    for i, c in enumerate(comps):
        if c.lognormal:
            at = normal.index(i) * e
            dist = c.distribution
            assert isinstance(dist, Lognormal90)
            v = dist.from_normal(z[at:at + e], out=z[at:at + e])
        else:
            assert u is not None
            at = others.index(i) * e
            v = np.asarray(c.distribution.quantile(u[at:at + e]), dtype=np.float64)
        if occurring and c.probability < 1.0:
            assert happens is not None
            v *= happens[j * e:(j + 1) * e] < _threshold(max(0.0, c.probability))
            j += 1
        values.append(v)
    return values


def _uniforms(bits: np.random.BitGenerator, n: int) -> np.ndarray:
    """n uniforms in (0, 1), (k + ½)/2³² for 32-bit integers k (float64)."""
    u = _uint32(bits, n).astype(np.float64)
    u += 0.5
    u *= 2.0 ** -32
    return u


def _add_sparse(losses: np.ndarray, hit: np.ndarray, rows: np.ndarray, counts: np.ndarray,
                keep_bits: np.ndarray, keep: np.ndarray, factors: np.ndarray,
                values: list[np.ndarray]) -> None:
    """Add the kept events of the options in ``rows`` to their per-trial losses, one
    option at a time (``hit[j]`` marks the years with a kept event of option rows[j]).

    For rare events (most years have none): the work is per event, not per trial.
    Each option's loss per event is its factor-weighted sum of the forms, zeroed where
    the option drops the event, then summed per year in event order, so an option's
    figures depend on its own inputs and the draws only.
    """
    nz = np.flatnonzero(counts)
    if not len(nz):
        return
    starts = np.zeros(len(nz), dtype=np.intp)
    np.cumsum(counts[nz][:-1], out=starts[1:])
    wide = [v.astype(np.float64) for v in values]
    e = len(keep_bits)
    per_event = np.empty(e)
    scratch = np.empty(e)
    for j, o in enumerate(rows):
        q = keep[o]
        if q <= 0.0:
            continue
        per_event.fill(0.0)
        for f, v in zip(factors[o], wide, strict=True):
            if f == 1.0:
                per_event += v
            elif f != 0.0:
                per_event += np.multiply(v, f, out=scratch)
        if q >= 1.0:
            hit[j, nz] = True
        else:
            kept = keep_bits < _threshold(float(q))
            per_event *= kept
            hit[j, nz] |= np.logical_or.reduceat(kept, starts)
        losses[o, nz] += np.add.reduceat(per_event, starts)


def _add_dense(losses: np.ndarray, hit: np.ndarray, rows: np.ndarray, counts: np.ndarray,
               keep_bits: np.ndarray, keep: np.ndarray, factors: np.ndarray,
               values: list[np.ndarray]) -> None:
    """Add the kept events of the options in ``rows`` to their per-trial losses, all at once.

    Because thinning is nested (an event kept at q is kept at every q' > q), the
    events are binned by which keep thresholds they pass: one weighted bincount
    per loss form over (bin, trial), then a cumulative sum over the bins gives
    every option's per-form totals at once. An option's loss is then a weighted
    sum of per-trial form totals, never a pass over the events.
    """
    m = len(counts)
    trial = np.repeat(np.arange(m), counts)
    keep = keep[rows]
    factors = factors[rows]
    thresholds = sorted({_threshold(float(q)) for q in keep if 0.0 < q < 1.0})
    bins = len(thresholds) + 1
    if bins == 1:
        index = trial
    else:
        # The bin of an event: how many thresholds its draw reaches.
        bucket = np.zeros(len(keep_bits), dtype=np.uint8 if bins < 256 else np.intp)
        for t in thresholds:
            bucket += keep_bits >= t
        index = bucket.astype(np.intp)
        index *= m
        index += trial
    # column of the cumulative sums each option reads; -1: the option keeps no event
    column = [-1 if q <= 0.0 else bins - 1 if q >= 1.0 else thresholds.index(_threshold(float(q)))
              for q in keep]
    counted = _cumulative(np.bincount(index, minlength=bins * m).reshape(bins, m))
    for j, col in enumerate(column):
        if col >= 0:
            hit[j] |= counted[col] > 0
    for c, v in enumerate(values):
        if not factors[:, c].any():
            continue
        sums = _cumulative(np.bincount(index, weights=v, minlength=bins * m).reshape(bins, m))
        _add_scaled(losses, rows, column, factors[:, c], sums)


def _add_scaled(losses: np.ndarray, rows: np.ndarray, column: Sequence[int],
                factors: np.ndarray, sums: Sequence[Any]) -> None:
    """Add each option's share (its factor) of the summed losses to its rows."""
    for j, col in enumerate(column):
        factor = factors[j]
        if col < 0 or factor == 0.0:
            continue
        if factor == 1.0:
            losses[rows[j]] += sums[col]
        else:
            losses[rows[j]] += factor * sums[col]


def _cumulative(rows: np.ndarray) -> np.ndarray:
    # Row by row in place: several times faster than cumsum(axis=0) on a wide array.
    for b in range(1, len(rows)):
        rows[b] += rows[b - 1]
    return rows


def scenario_from_quant(quant: dict, name: str = "") -> AnnualScenario:
    """A risk's stored ``quant`` (see demo_content) as a scenario.

    ``{"frequency": {"low", "mode", "high"} or a number, "losses": {form: [low, high] or a
    range}, "secondary": {"probability": p, "range": [low, high] or a range}}``; a
    ``[low, high]`` list is a lognormal 90 % range, a range is a dict ``{"low", "mode",
    "high"}`` with optional ``"gamma"`` and ``"dist"`` (``"pert"``, ``"uniform"`` or
    ``"lognormal"``), read by ``range_or_constant``. The frequency is read the same way.
    """
    freq = quant.get("frequency")
    if isinstance(freq, dict) or (isinstance(freq, int | float) and not isinstance(freq, bool)):
        frequency = range_or_constant(freq)
    else:
        raise ValueError("The risk's frequency needs a low, most likely and high value per year.")
    comps = []
    for form, bounds in (quant.get("losses") or {}).items():
        if form not in LOSS_FORMS:
            raise ValueError(f"'{form}' is not a loss form ({', '.join(LOSS_FORMS)}).")
        comps.append(LossComponent.from_range(form, bounds))
    secondary = quant.get("secondary")
    if secondary:
        comps.append(LossComponent.from_range(SECONDARY, secondary["range"],
                                              float(secondary["probability"]),
                                              SECONDARY_FACTOR_KEY))
    return AnnualScenario(frequency, tuple(comps), name)
