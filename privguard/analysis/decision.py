"""From simulated losses to a recommendation: metrics, constraints, the rule, sensitivity.

The order matters and is the one a risk committee uses: first drop the options
that break a constraint (a tolerance on the bad year, the risk appetite, the
MTD, the notification deadline), then pick the cheapest of the rest by expected
total cost. The reason says what decided: when only one option meets the
constraints it names the constraint, never "lowest cost". If nothing meets the
constraints the *least violating* option is still named, with the constraint
that binds, because "no answer" does not help an officer in a live incident.

Least violating: the smallest total excess over the limits, each constraint's
excess in comparable units — a probability limit (MTD, deadline) by how many
points the probability is above it (0.25 against 0.10 is 0.15), an amount or
a score (tolerance, appetite) by how far above the limit it is relative to the
limit ((value − limit) / limit) — then the lowest expected cost on a tie.

Spending above ALE/e is flagged (Gordon–Loeb), never forbidden.

Within noise: the paired standard error of the difference between the
recommended option's expected cost and the next best one's, on the same
trials; when the difference is at most ``NOISE_SE`` (2) standard errors the
reasons say the simulation cannot tell them apart (identical options, with no
difference and no error, are within noise too).

Break-evens: each input that could move the verdict is bisected, on the same
seed and draws, over a plausible range for the value where the recommendation
flips (see ``BreakEven``).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from privguard.analysis import ENGINE_VERSION
from privguard.analysis import finance as fin
from privguard.analysis import results as R
from privguard.analysis.annual import (
    BASELINE,
    AnnualOption,
    AnnualScenario,
    LossComponent,
    simulate_annual,
)
from privguard.analysis.distributions import Constant, Pert
from privguard.analysis.incident import (
    COMPONENTS,
    DRAWS,
    IncidentOption,
    IncidentScenario,
    OptionOutcome,
    incident_draws,
    simulate_option,
    stack_outcomes,
)
from privguard.analysis.metrics import (
    best_and_regret,
    lec,
    lec_grid,
    paired_se,
    standard_error,
    summarise,
)
from privguard.analysis.results import AnalysisResult, BreakEven, OptionResult, SensitivityItem
from privguard.domain.errors import ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.domain.wording import LOSS_FORM_WORDS, T
from privguard.words import Phrase

SENSITIVITY_TRIALS = 4_000
BREAK_EVEN_TRIALS = 4_000
# Bisection steps: the break-even is found to 1/2**12 of its range.
BISECT_STEPS = 12
# "Within noise" when |difference| < NOISE_SE paired standard errors.
NOISE_SE = 2.0


@dataclass(frozen=True)
class Finance:
    horizon_years: int = fin.DEFAULT_HORIZON_YEARS
    discount_rate: float = fin.DEFAULT_DISCOUNT_RATE


@dataclass(frozen=True)
class AnnualConstraints:
    tolerance: float | None = None  # the P95 annual loss must not exceed this
    within_appetite: bool = False  # the suggested cell's score must be within the appetite


@dataclass(frozen=True)
class IncidentConstraints:
    tolerance: float | None = None  # the P95 cost must not exceed this
    max_p_over_mtd: float | None = 0.1
    max_p_deadline_missed: float | None = 0.1


DEFAULT_FINANCE = Finance()
DEFAULT_ANNUAL_CONSTRAINTS = AnnualConstraints()

# The kinds of constraint, in the order a binding one is named.
MTD, DEADLINE, TOLERANCE, APPETITE = "mtd", "deadline", "tolerance", "appetite"
_KINDS = (MTD, DEADLINE, TOLERANCE, APPETITE)


@dataclass(frozen=True)
class Check:
    """One constraint on one option: the option's figure and its limit (met when ≤ limit)."""

    kind: str
    value: float
    limit: float
    subject: str = ""  # the services an MTD check covers

    @property
    def broken(self) -> bool:
        return self.value > self.limit

    @property
    def excess(self) -> float:
        """How far over the limit, in comparable units (see the module's docstring)."""
        if not self.broken:
            return 0.0
        if self.kind in (MTD, DEADLINE):
            return self.value - self.limit
        return (self.value - self.limit) / max(abs(self.limit), 1.0)


def _numpy_version() -> str:
    return np.__version__


def _pick(costs: Sequence[float], checks: Sequence[Sequence[Check]]) -> int:
    """The rule: among options meeting every constraint the lowest cost; if none meets
    them, the least violating (smallest total excess, then lowest cost)."""
    meeting = [i for i, c in enumerate(checks) if not any(x.broken for x in c)]
    if meeting:
        return min(meeting, key=lambda i: costs[i])
    return min(range(len(costs)), key=lambda i: (sum(x.excess for x in checks[i]), costs[i]))


def _check_phrase(check: Check, annual: bool) -> Phrase:
    """How a broken check reads as a failed constraint."""
    if check.kind == MTD:
        return Phrase(T.OVER_MTD, share=check.value, limit=check.limit)
    if check.kind == DEADLINE:
        return Phrase(T.DEADLINE_MISSED, share=check.value, limit=check.limit)
    if check.kind == TOLERANCE:
        return Phrase(T.P95_ANNUAL_OVER if annual else T.P95_COST_OVER, p95=check.value,
                      tolerance=check.limit)
    return Phrase(T.CELL_OVER_APPETITE, score=int(check.value))


def _only_phrase(name: str, check: Check, annual: bool) -> Phrase:
    """Why the one option meeting the constraints is recommended: the constraint it alone meets."""
    if check.kind == MTD:
        return Phrase(T.ONLY_WITHIN_MTD, option=name, service=check.subject,
                      share=1.0 - check.value, required=1.0 - check.limit)
    if check.kind == DEADLINE:
        return Phrase(T.ONLY_MEETS_DEADLINE, option=name, share=1.0 - check.value,
                      required=1.0 - check.limit)
    if check.kind == TOLERANCE:
        return Phrase(T.ONLY_WITHIN_TOLERANCE, option=name, p95=check.value, tolerance=check.limit,
                      metric=Phrase(R.P95_ANNUAL if annual else R.P95_COST))
    return Phrase(T.ONLY_WITHIN_APPETITE, option=name)


def _none_phrase(name: str, check: Check | None, annual: bool) -> Phrase:
    """The constraint no option meets, and the least violating option."""
    if check is None:
        return Phrase(T.NONE_MEETS_ANY, option=name)
    if check.kind == MTD:
        return Phrase(T.NONE_WITHIN_MTD, option=name, service=check.subject,
                      share=1.0 - check.value, required=1.0 - check.limit)
    if check.kind == DEADLINE:
        return Phrase(T.NONE_MEETS_DEADLINE, option=name, share=1.0 - check.value,
                      required=1.0 - check.limit)
    if check.kind == TOLERANCE:
        return Phrase(T.NONE_WITHIN_TOLERANCE, option=name, p95=check.value,
                      tolerance=check.limit,
                      metric=Phrase(R.P95_ANNUAL if annual else R.P95_COST))
    return Phrase(T.NONE_WITHIN_APPETITE, option=name, score=int(check.value))


def _choose(rows: Sequence[OptionResult], checks: Sequence[Sequence[Check]], cost_key: str,
            baseline_allowed: bool) -> tuple[int, str, list[str]]:
    """Constraints first, then the lowest expected cost. Returns (row index, sentence, reasons)."""
    annual = cost_key == R.TOTAL_ANNUAL
    reasons: list[str] = []
    for row in rows:
        for problem in (*row.failed_constraints, *row.flags):
            reasons.append(Phrase(T.OPTION_SAYS, option=row.name, problem=problem))
    costs = [float(r.metrics[cost_key] or 0.0) for r in rows]
    index = _pick(costs, checks)
    best = rows[index]
    cost = costs[index]
    meeting = [i for i, c in enumerate(checks) if not any(x.broken for x in c)]
    if not meeting:
        # The constraint that binds: one every option breaks (in the order of _KINDS),
        # else the one broken by most options.
        broken = {k: sum(any(x.kind == k and x.broken for x in c) for c in checks)
                  for k in _KINDS}
        kind = max(_KINDS, key=lambda k: (broken[k], -_KINDS.index(k)))
        binding = next((x for x in checks[index] if x.kind == kind), None) \
            if broken[kind] == len(rows) else None
        reasons.insert(0, Phrase(T.LEAST_VIOLATING_RULE))
        return index, _none_phrase(best.name, binding, annual), reasons
    if len(meeting) == 1 and len(rows) > 1:
        # Say which constraint the others break (the one most of them break).
        others = [c for i, c in enumerate(checks) if i != index]
        kind = max(_KINDS, key=lambda k: (sum(any(x.kind == k and x.broken for x in c)
                                                for c in others), -_KINDS.index(k)))
        own = next((x for x in checks[index] if x.kind == kind), None)
        if own is not None:
            return index, _only_phrase(best.name, own, annual), reasons
    if best.option_id is None and baseline_allowed:
        text = Phrase(T.KEEP_AS_IS, cost=cost)
    else:
        text = Phrase(T.LOWEST_ANNUAL_MEETING if annual else T.LOWEST_COST_MEETING,
                      option=best.name, cost=cost)
    return index, text, reasons


def _margin(rows: Sequence[OptionResult], checks: Sequence[Sequence[Check]], index: int,
            cost_key: str, per_trial: Callable[[int], np.ndarray]) -> dict[str, Any] | None:
    """The recommended option against the next best candidate: difference, paired SE."""
    meeting = [i for i, c in enumerate(checks) if not any(x.broken for x in c)]
    pool = meeting if len(meeting) > 1 else list(range(len(rows)))
    others = [i for i in pool if i != index]
    if not others:
        return None
    costs = [float(r.metrics[cost_key] or 0.0) for r in rows]
    nxt = min(others, key=lambda i: costs[i])
    se = paired_se(per_trial(nxt), per_trial(index))
    difference = costs[nxt] - costs[index]
    return {"option_id": rows[index].option_id, "next_option_id": rows[nxt].option_id,
            "next_name": rows[nxt].name, "difference": difference, "se": se,
            "se_multiple": NOISE_SE, "within_noise": abs(difference) <= NOISE_SE * se}


def _noise_reason(rows: Sequence[OptionResult], index: int, margin: dict[str, Any] | None
                  ) -> Phrase | None:
    if not margin or not margin["within_noise"]:
        return None
    return Phrase(T.WITHIN_NOISE, option=rows[index].name, other=margin["next_name"],
                  difference=abs(float(margin["difference"])), se=float(margin["se"]),
                  multiple=NOISE_SE)


# --- Annual mode ---------------------------------------------------------------------


def _cell(matrix: RiskMatrix | None, p_event: float, median_loss: float) -> dict[str, Any] | None:
    if matrix is None or matrix.likelihood_bands is None or matrix.impact_bands is None:
        return None
    try:
        lik, imp = matrix.cell_for(min(1.0, max(0.0, p_event)), max(0.0, median_loss))
    except ValidationError:
        return None
    score = matrix.score(lik, imp)
    return {"likelihood": lik, "impact": imp, "score": score,
            "level": matrix.level_for_score(score).label,
            "within_appetite": score <= matrix.appetite}


@dataclass
class AnnualRows:
    baseline: OptionResult
    rows: list[OptionResult]
    recommended: int | None
    text: str
    reasons: list[str]
    margin: dict[str, Any] | None = None
    index: int = 0  # of the recommended row, 0 being the baseline


def annual_rows(scenario: AnnualScenario, options: Sequence[AnnualOption], trials: int,
                seed: int, finance: Finance, constraints: AnnualConstraints,
                matrix: RiskMatrix | None, keep_losses: np.ndarray | None = None
                ) -> AnnualRows:
    """Rows for the baseline and each option; adds the baseline's losses to ``keep_losses``."""
    sample = simulate_annual(scenario, options, trials, seed)
    if keep_losses is not None:
        keep_losses += sample.losses[0]
    # Rows that are copies of an earlier row (same_as) share its summary.
    same_as = sample.same_as if sample.same_as is not None else range(len(sample.losses))
    summaries: list = []
    for i, row in enumerate(sample.losses):
        summaries.append(summaries[same_as[i]] if same_as[i] != i else summarise(row))
    grid = lec_grid(summaries)
    base = summaries[0]
    rows = []
    all_checks = []
    for i, (option, s) in enumerate(zip((BASELINE, *options), summaries, strict=True)):
        metrics: dict[str, float | None] = {
            R.ALE: s.mean, R.ALE_SE: s.se, R.MEDIAN_ANNUAL: s.median, R.P90_ANNUAL: s.p90,
            R.P95_ANNUAL: s.p95, R.P99_ANNUAL: s.p99, R.CVAR95_ANNUAL: s.cvar95,
            R.P_ANY_EVENT: float(sample.any_event[i]), R.P_ANY_LOSS: s.p_positive,
            R.MEDIAN_EVENT: float(sample.median_event_loss[i]),
        }
        flags: list[str] = []
        if i == 0:
            metrics[R.TOTAL_ANNUAL] = s.mean
        else:
            metrics.update(_option_finance(option, base.mean, s.mean, sample.losses[0],
                                           sample.losses[i], finance))
            limit = fin.gordon_loeb_limit(base.mean)
            if (metrics[R.ANNUAL_COST] or 0.0) > limit:
                flags.append(Phrase(T.GORDON_LOEB, limit=float(limit)))
        cell = _cell(matrix, float(sample.any_event[i]), float(sample.median_event_loss[i]))
        checks = []
        if constraints.tolerance is not None:
            checks.append(Check(TOLERANCE, float(s.p95), float(constraints.tolerance)))
        if constraints.within_appetite and cell is not None and matrix is not None:
            checks.append(Check(APPETITE, float(cell["score"]), float(matrix.appetite)))
        failed = [_check_phrase(c, annual=True) for c in checks if c.broken]
        all_checks.append(checks)
        rows.append(OptionResult(option.option_id, option.name, option.orientation, metrics,
                                 lec(s, grid), not failed, failed, flags, cell,
                                 constraint_excess=sum(c.excess for c in checks)))
    index, text, reasons = _choose(rows, all_checks, R.TOTAL_ANNUAL, baseline_allowed=True)
    margin = _margin(rows, all_checks, index, R.TOTAL_ANNUAL, lambda i: sample.losses[i])
    noise = _noise_reason(rows, index, margin)
    if noise is not None:
        reasons.append(noise)
    for c in scenario.components:
        if c.distribution.mean > c.high:
            # Only when high/low exceeds about 50,000: usually a "could be nothing" low end.
            reasons.append(Phrase(T.WIDE_RANGE, component=c.name, low=float(c.low),
                                  high=float(c.high), mean=float(c.distribution.mean)))
    return AnnualRows(rows[0], rows[1:], rows[index].option_id, text, reasons, margin, index)


def _option_finance(option: AnnualOption, base_ale: float, ale: float, base: np.ndarray,
                    losses: np.ndarray, finance: Finance) -> dict[str, float | None]:
    delta = base_ale - ale
    cost = fin.annualised_cost(option.cost_one_off, option.cost_yearly, finance.horizon_years)
    share = max(0.0, 1.0 - option.time_to_effect_days / 365.0)
    net = delta - option.cost_yearly
    mitigation = delta / base_ale if base_ale > 0 else 0.0
    benefit = base - losses
    # One formula for NPV and P(NPV > 0): NPV is the mean of the per-trial NPVs (the
    # yearly cost paid from the start, the benefit earned once the option takes effect).
    npv_trials = fin.npv_per_trial(benefit, option.cost_one_off, option.cost_yearly,
                                   finance.horizon_years, finance.discount_rate, share)
    return {
        R.DELTA_ALE: delta, R.DELTA_ALE_SE: standard_error(benefit), R.ANNUAL_COST: cost,
        R.TOTAL_ANNUAL: ale + cost, R.ROSI: fin.rosi(base_ale, mitigation, cost),
        R.NPV: float(npv_trials.mean()),
        R.PAYBACK: fin.payback_years(option.cost_one_off, net,
                                     option.time_to_effect_days / 365.0),
        R.P_NPV_POSITIVE: np.count_nonzero(npv_trials > 0) / len(npv_trials),
    }


def analyse_annual(scenario: AnnualScenario, options: Sequence[AnnualOption], *, trials: int,
                   seed: int, finance: Finance = Finance(),
                   constraints: AnnualConstraints = AnnualConstraints(),
                   matrix: RiskMatrix | None = None, inputs: dict[str, Any] | None = None,
                   sensitivity: bool = True, break_evens: bool | None = None,
                   break_even_trials: int | None = None) -> AnalysisResult:
    """``break_evens`` defaults to ``sensitivity``; they run on ``break_even_trials``
    (default min(trials, BREAK_EVEN_TRIALS)) trials of the same seed."""
    got = annual_rows(scenario, options, trials, seed, finance, constraints, matrix)
    items: list[SensitivityItem] = []
    if sensitivity:
        def watch(sc: AnnualScenario) -> tuple[float, int | None]:
            r = annual_rows(sc, options, min(trials, SENSITIVITY_TRIALS), seed, finance,
                            constraints, matrix)
            return r.baseline.metrics[R.ALE] or 0.0, r.recommended
        items = _rank(_annual_swings(scenario), watch, got.recommended)
    evens: list[BreakEven] = []
    if break_evens if break_evens is not None else sensitivity:
        n = min(trials, BREAK_EVEN_TRIALS) if break_even_trials is None else break_even_trials
        evens = annual_break_evens(scenario, list(options), n, seed, finance, constraints, matrix)
    return AnalysisResult(
        mode="annual", seed=seed, trials=trials, engine=ENGINE_VERSION, numpy=_numpy_version(),
        inputs=inputs or {}, options=got.rows, baseline=got.baseline,
        recommended_option_id=got.recommended, recommendation=got.text, reasons=got.reasons,
        suggested_cell=got.baseline.suggested_cell,
        sensitivity_metric=Phrase(T.AS_IS, metric=Phrase(R.ALE)),
        sensitivity=items, break_evens=evens, margin=got.margin)


def _number(value: float) -> Phrase:
    return Phrase(T.NUMBER, value=float(value))


def _annual_swings(scenario: AnnualScenario) -> list[tuple[str, str, str, AnnualScenario,
                                                           AnnualScenario]]:
    """Each uncertain input pushed to the ends of its range, everything else as estimated."""
    swings = []
    f = scenario.frequency
    if isinstance(f, Pert) and not f.degenerate:
        swings.append((Phrase(T.FREQUENCY), _number(f.low), _number(f.high),
                       replace(scenario, frequency=Constant(f.low)),
                       replace(scenario, frequency=Constant(f.high))))
    for i, c in enumerate(scenario.components):
        if c.low == c.high:
            continue

        def fixed(value: float, i: int = i, c: LossComponent = c) -> AnnualScenario:
            comps = list(scenario.components)
            comps[i] = c.fixed_at(value)
            return replace(scenario, components=tuple(comps))

        form = LOSS_FORM_WORDS.get(c.name)
        swings.append((Phrase(T.LOSS_PER_EVENT, component=Phrase(form) if form
                              else c.name.replace("_", " ")),
                       Phrase(T.AMOUNT, value=float(c.low)), Phrase(T.AMOUNT, value=float(c.high)),
                       fixed(c.low), fixed(c.high)))
    return swings


def _rank(swings: Sequence[tuple], watch: Callable[[Any], tuple[float, Any]],
          recommended: Any) -> list[SensitivityItem]:
    items = []
    for label, low_text, high_text, low, high, *key in swings:
        at_low, rec_low = watch(low)
        at_high, rec_high = watch(high)
        items.append(SensitivityItem(label, low_text, high_text, at_low, at_high,
                                     rec_low != recommended or rec_high != recommended,
                                     key[0] if key else ""))
    # Inputs that could change the recommendation first, then by how far they move the figure.
    return sorted(items, key=lambda item: (not item.changes_recommendation, -item.swing))


# --- Break-evens -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Input:
    """An input to bisect: where it lives, how it reads, its range and how to set it."""

    key: str
    label: Phrase
    current: float
    low: float
    high: float
    money: bool
    apply: Callable[[float], Any]  # value -> whatever the verdict function takes


def _round(value: float) -> float:
    """Three significant figures: a break-even is an estimate, not a measurement."""
    if value == 0 or not math.isfinite(value):
        return value
    return float(f"{value:.3g}")


def _bisect(item: _Input, verdict: Callable[[Any], int], names: Sequence[str],
            ids: Sequence[Any]) -> BreakEven:
    """Bisect ``item`` for the value where the verdict flips, nearest the current value."""
    current = verdict(item.apply(item.current))
    flips = []
    for end in (item.high, item.low):
        if end == item.current:
            continue
        at_end = verdict(item.apply(end))
        if at_end == current:
            continue
        a, b = item.current, end  # verdict(a) == current, verdict(b) != current
        to = at_end
        for _ in range(BISECT_STEPS):
            mid = (a + b) / 2.0
            got = verdict(item.apply(mid))
            if got == current:
                a = mid
            else:
                b, to = mid, got
        flips.append(((a + b) / 2.0, to, end > item.current))
    fmt = (lambda v: Phrase(T.AMOUNT, value=float(v))) if item.money else \
        (lambda v: _number(_round(v)))
    if not flips:
        text = Phrase(T.NO_FLIP, option=names[current], input=item.label, low=fmt(item.low),
                      high=fmt(item.high))
        return BreakEven(item.key, item.label, item.current, item.low, item.high, None,
                         ids[current], None, text)
    value, to, above = min(flips, key=lambda f: abs(f[0] - item.current))
    text = Phrase(T.STAYS_BEST_BELOW if above else T.STAYS_BEST_ABOVE, option=names[current],
                  input=item.label, value=fmt(value), other=names[to])
    return BreakEven(item.key, item.label, item.current, item.low, item.high, value,
                     ids[current], ids[to], text)


def _option_key(option: Any, i: int) -> str:
    return f"options.{option.option_id if option.option_id is not None else f'#{i}'}"


def _span(value: float) -> tuple[float, float]:
    """A plausible range for a plain figure: from nothing to twice the estimate."""
    return 0.0, 2.0 * value


def _mode_inputs(dist: Any, key: str, label: Phrase, setter: Callable[[Any], Any]
                 ) -> list[_Input]:
    """The most likely value of a PERT range over [low, high]; a constant over [0, 2×]."""
    if isinstance(dist, Pert) and not dist.degenerate:
        return [_Input(key, Phrase(T.MOST_LIKELY, input=label), dist.mode, dist.low, dist.high,
                       False, lambda v: setter(replace(dist, mode=min(max(v, dist.low),
                                                                      dist.high))))]
    if isinstance(dist, Constant) and dist.value > 0:
        low, high = _span(dist.value)
        return [_Input(key, label, dist.value, low, high, False,
                       lambda v: setter(Constant(v)))]
    return []


def incident_inputs(scenario: IncidentScenario, options: Sequence[IncidentOption]
                    ) -> list[_Input]:
    """The inputs that can move an incident verdict, each with its plausible range.

    ``apply`` returns (scenario, options, changed option index or None).
    """
    items: list[_Input] = []
    for i, o in enumerate(options):
        base = _option_key(o, i)

        def setter(field: str, i: int = i, o: IncidentOption = o) -> Callable[[Any], Any]:
            return lambda v: (scenario, [*options[:i], replace(o, **{field: v}),
                                       *options[i + 1:]], i)

        items.append(_Input(f"{base}.reinfection_probability",
                            Phrase(T.OPTION_REINFECTION, option=o.name),
                            o.reinfection_probability, 0.0, 1.0, False,
                            setter("reinfection_probability")))
        for field, template in (("downtime_hours", T.OPTION_DOWNTIME),
                                ("reinfection_downtime_hours", T.OPTION_REINFECTION_DOWNTIME),
                                ("reinfection_delay_hours", T.OPTION_REINFECTION_DELAY),
                                ("containment_hours", T.OPTION_CONTAINMENT),
                                ("data_loss_hours", T.OPTION_DATA_LOSS)):
            dist = getattr(o, field)
            if dist is None:
                continue
            if field in ("reinfection_downtime_hours", "reinfection_delay_hours") \
                    and o.reinfection_probability <= 0:
                continue
            items += _mode_inputs(dist, f"{base}.{field}", Phrase(template, option=o.name),
                                  setter(field))
        for field, template in (("cost_one_off", T.OPTION_COST_ONE_OFF),
                                ("cost_per_incident", T.OPTION_COST_PER_INCIDENT)):
            value = float(getattr(o, field))
            if value > 0:
                low, high = _span(value)
                items.append(_Input(f"{base}.{field}", Phrase(template, option=o.name), value,
                                    low, high, True, setter(field)))
    a = scenario.assumptions

    def with_assumption(field: str) -> Callable[[Any], Any]:
        return lambda value: (replace(scenario, assumptions=replace(a, **{field: value})),
                              list(options), None)

    wipes = any(not o.evidence_preserved for o in options)
    breach = scenario.breach is not None
    for field, template, money, relevant in (
            ("records_exposed_per_hour", T.RECORDS_PER_HOUR, False, a.cost_per_record > 0),
            ("cost_per_record", T.COST_PER_RECORD, True, a.records_exposed_per_hour > 0),
            ("evidence_lost_cost", T.EVIDENCE_LOST, True, wipes),
            ("late_notification_cost", T.LATE_NOTIFICATION, True, breach)):
        value = float(getattr(a, field))
        if relevant and value > 0:
            low, high = _span(value)
            items.append(_Input(f"assumptions.{field}", Phrase(template), value, low, high,
                                money, with_assumption(field)))
    for field, template, relevant in (
            ("evidence_lost_scope_factor", T.SCOPE_FACTOR, wipes and a.exposure_cost_per_hour > 0),
            ("evidence_lost_delay_factor", T.DELAY_FACTOR, wipes and breach)):
        value = float(getattr(a, field))
        if relevant:
            items.append(_Input(f"assumptions.{field}", Phrase(template), value, 1.0,
                                max(2.0 * value, 2.0), False, with_assumption(field)))
    if breach:
        items += _mode_inputs(a.analysis_hours, "assumptions.analysis_hours",
                              Phrase(T.ANALYSIS_HOURS), with_assumption("analysis_hours"))
    return items


class _IncidentWatch:
    """The verdict (and the costs) of a changed input on fixed draws, recomputing only
    the options that changed."""

    def __init__(self, scenario: IncidentScenario, options: Sequence[IncidentOption],
                 trials: int, seed: int, constraints: IncidentConstraints):
        self.scenario = scenario
        self.constraints = constraints
        self.draws = incident_draws(trials, seed)
        self.base = [self._stats(scenario, o) for o in options]

    def _stats(self, scenario: IncidentScenario, option: IncidentOption
               ) -> tuple[float, list[Check]]:
        out = simulate_option(scenario, option, self.draws)
        return float(out.total.mean()), _incident_checks(scenario, out, self.constraints)

    def stats(self, changed: tuple[IncidentScenario, list[IncidentOption], int | None]
              ) -> list[tuple[float, list[Check]]]:
        scenario, options, i = changed
        if i is None:
            return [self._stats(scenario, o) for o in options]
        stats = list(self.base)
        stats[i] = self._stats(scenario, options[i])
        return stats

    def verdict(self, changed: tuple[IncidentScenario, list[IncidentOption], int | None]) -> int:
        stats = self.stats(changed)
        return _pick([c for c, _ in stats], [k for _, k in stats])


def incident_break_evens(scenario: IncidentScenario, options: Sequence[IncidentOption],
                         trials: int, seed: int, constraints: IncidentConstraints
                         ) -> list[BreakEven]:
    watch = _IncidentWatch(scenario, options, trials, seed, constraints)
    names = [o.name for o in options]
    ids = [o.option_id for o in options]
    evens = [_bisect(item, watch.verdict, names, ids)
             for item in incident_inputs(scenario, options)]
    return _order(evens)


def _order(evens: list[BreakEven]) -> list[BreakEven]:
    """Flips first, the nearest to the current value (relative to the range) first."""
    def distance(b: BreakEven) -> float:
        if b.value is None:
            return math.inf
        return abs(b.value - b.current) / ((b.high - b.low) or 1.0)
    return sorted(evens, key=distance)


def annual_break_evens(scenario: AnnualScenario, options: list[AnnualOption], trials: int,
                       seed: int, finance: Finance, constraints: AnnualConstraints,
                       matrix: RiskMatrix | None) -> list[BreakEven]:
    """Break-evens of the annual verdict: the frequency's most likely value, and each
    option's frequency factor and costs."""
    if not options:
        return []
    ids = [None, *(o.option_id for o in options)]
    names = [BASELINE.name, *(o.name for o in options)]
    base = annual_rows(scenario, options, trials, seed, finance, constraints, matrix)
    rows = [base.baseline, *base.rows]
    checks = [_annual_checks(r, constraints, matrix) for r in rows]
    totals = [float(r.metrics[R.TOTAL_ANNUAL] or 0.0) for r in rows]

    def simulated(changed: tuple[AnnualScenario, list[AnnualOption]]) -> int:
        got = annual_rows(changed[0], changed[1], trials, seed, finance, constraints, matrix)
        return got.index

    def costed(i: int, field: str) -> Callable[[float], int]:
        # A cost moves the option's total a year and nothing else: no new simulation.
        o = options[i - 1]
        before = fin.annualised_cost(o.cost_one_off, o.cost_yearly, finance.horizon_years)

        def verdict(value: float) -> int:
            changed = replace(o, **{field: value})
            after = fin.annualised_cost(changed.cost_one_off, changed.cost_yearly,
                                        finance.horizon_years)
            got = list(totals)
            got[i] += after - before
            return _pick(got, checks)
        return verdict

    items: list[tuple[_Input, Callable[[Any], int]]] = []
    f = scenario.frequency
    if isinstance(f, Pert) and not f.degenerate:
        items.append((_Input("frequency", Phrase(T.MOST_LIKELY, input=Phrase(T.FREQUENCY)),
                             f.mode, f.low, f.high, False,
                             lambda v: (replace(scenario, frequency=replace(f, mode=v)),
                                        options)), simulated))
    for i, o in enumerate(options, start=1):
        key = _option_key(o, i - 1)

        def with_factor(v: float, i: int = i, o: AnnualOption = o
                        ) -> tuple[AnnualScenario, list[AnnualOption]]:
            return scenario, [*options[:i - 1], replace(o, frequency_factor=v), *options[i:]]

        items.append((_Input(f"{key}.frequency_factor",
                             Phrase(T.OPTION_FREQUENCY_FACTOR, option=o.name),
                             o.frequency_factor, 0.0, max(1.0, o.frequency_factor), False,
                             with_factor), simulated))
        for field, template in (("cost_one_off", T.OPTION_COST_ONE_OFF),
                                ("cost_yearly", T.OPTION_COST_YEARLY)):
            value = float(getattr(o, field))
            if value > 0:
                low, high = _span(value)
                items.append((_Input(f"{key}.{field}", Phrase(template, option=o.name), value,
                                     low, high, True, lambda v: v), costed(i, field)))
    return _order([_bisect(item, verdict, names, ids) for item, verdict in items])


def _annual_checks(row: OptionResult, constraints: AnnualConstraints,
                   matrix: RiskMatrix | None) -> list[Check]:
    checks = []
    if constraints.tolerance is not None:
        checks.append(Check(TOLERANCE, float(row.metrics[R.P95_ANNUAL] or 0.0),
                            float(constraints.tolerance)))
    cell = row.suggested_cell
    if constraints.within_appetite and cell is not None and matrix is not None:
        checks.append(Check(APPETITE, float(cell["score"]), float(matrix.appetite)))
    return checks


# --- Incident mode -------------------------------------------------------------------


def _incident_checks(scenario: IncidentScenario, out: OptionOutcome,
                     constraints: IncidentConstraints, p95: float | None = None) -> list[Check]:
    checks = []
    if constraints.max_p_over_mtd is not None and out.over_mtd:
        over = np.logical_or.reduce(list(out.over_mtd.values()))
        checks.append(Check(MTD, float(over.mean()), float(constraints.max_p_over_mtd),
                            ", ".join(out.over_mtd)))
    if constraints.max_p_deadline_missed is not None and out.missed is not None:
        checks.append(Check(DEADLINE, float(out.missed.mean()),
                            float(constraints.max_p_deadline_missed)))
    if constraints.tolerance is not None:
        value = float(np.quantile(out.total, 0.95)) if p95 is None else p95
        checks.append(Check(TOLERANCE, value, float(constraints.tolerance)))
    return checks


@dataclass
class IncidentRows:
    rows: list[OptionResult]
    index: int
    text: str
    reasons: list[str]
    margin: dict[str, Any] | None = None


def _incident_rows(scenario: IncidentScenario, options: Sequence[IncidentOption], trials: int,
                   seed: int, constraints: IncidentConstraints) -> IncidentRows:
    if not options:
        raise ValidationError("The incident has no response options to compare.", "options")
    draws = incident_draws(trials, seed)
    analysis = scenario.assumptions.analysis_hours.quantile(draws[DRAWS.index("analysis")])
    outcomes = [simulate_option(scenario, o, draws, analysis) for o in options]
    sample = stack_outcomes(scenario, outcomes, trials)
    summaries = [summarise(row) for row in sample.total]
    grid = lec_grid(summaries)
    p_best, regret = best_and_regret(sample.total)
    rows = []
    all_checks = []
    for i, (option, s) in enumerate(zip(options, summaries, strict=True)):
        d = sample.downtime_hours[i]
        again = sample.reinfected[i]
        metrics: dict[str, float | None] = {
            R.EXPECTED_COST: s.mean, R.COST_SE: s.se, R.MEDIAN_COST: s.median,
            R.P95_COST: s.p95, R.CVAR95_COST: s.cvar95, R.P_BEST: float(p_best[i]),
            R.REGRET: float(regret[i]), R.EXPECTED_DOWNTIME: float(d.mean()),
            R.P95_DOWNTIME: float(np.quantile(d, 0.95)),
            R.P_REINFECTION: float(again.mean()),
            R.EXPECTED_SECOND_OUTAGE: (float(sample.second_outage_hours[i][again].mean())
                                       if again.any() else None),
            R.EXPECTED_RECORDS: float(sample.records_exposed[i].mean()),
        }
        p_over = None
        if sample.over_mtd:
            p_over = float(np.logical_or.reduce([v[i] for v in sample.over_mtd.values()]).mean())
        metrics[R.P_OVER_MTD] = p_over
        for name, over in sample.over_mtd.items():
            metrics[R.p_over_mtd_of(name)] = float(over[i].mean())
        p_missed = None if sample.deadline_missed is None else float(
            sample.deadline_missed[i].mean())
        metrics[R.P_DEADLINE_MISSED] = p_missed
        for name in COMPONENTS:
            metrics[R.expected_part(name)] = float(sample.components[name][i].mean())
        checks = _incident_checks(scenario, outcomes[i], constraints, p95=float(s.p95))
        failed = [_check_phrase(c, annual=False) for c in checks if c.broken]
        flags = []
        if not option.evidence_preserved:
            flags.append(Phrase(T.DESTROYS_EVIDENCE))
        all_checks.append(checks)
        rows.append(OptionResult(option.option_id, option.name, option.orientation, metrics,
                                 lec(s, grid), not failed, failed, flags,
                                 constraint_excess=sum(c.excess for c in checks)))
    index, text, reasons = _choose(rows, all_checks, R.EXPECTED_COST, baseline_allowed=False)
    margin = _margin(rows, all_checks, index, R.EXPECTED_COST, lambda i: sample.total[i])
    noise = _noise_reason(rows, index, margin)
    if noise is not None:
        reasons.append(noise)
    return IncidentRows(rows, index, text, reasons, margin)


def analyse_incident(scenario: IncidentScenario, options: Sequence[IncidentOption], *,
                     trials: int, seed: int,
                     constraints: IncidentConstraints = IncidentConstraints(),
                     inputs: dict[str, Any] | None = None,
                     sensitivity: bool = True, break_evens: bool | None = None,
                     break_even_trials: int | None = None) -> AnalysisResult:
    """``break_evens`` defaults to ``sensitivity``; they run on ``break_even_trials``
    (default min(trials, BREAK_EVEN_TRIALS)) trials of the same seed (the first trials
    of the full run: the draws are made trial by trial)."""
    got = _incident_rows(scenario, options, trials, seed, constraints)
    index = got.index
    items: list[SensitivityItem] = []
    if sensitivity:
        watch = _IncidentWatch(scenario, options, min(trials, SENSITIVITY_TRIALS), seed,
                               constraints)

        def figure(changed: tuple[IncidentScenario, list[IncidentOption], int | None]
                   ) -> tuple[float, int]:
            stats = watch.stats(changed)
            return stats[index][0], _pick([c for c, _ in stats], [k for _, k in stats])
        items = _rank(_incident_swings(scenario, list(options)), figure, index)
    evens: list[BreakEven] = []
    if break_evens if break_evens is not None else sensitivity:
        n = min(trials, BREAK_EVEN_TRIALS) if break_even_trials is None else break_even_trials
        evens = incident_break_evens(scenario, options, n, seed, constraints)
    chosen = got.rows[index]
    return AnalysisResult(
        mode="incident", seed=seed, trials=trials, engine=ENGINE_VERSION,
        numpy=_numpy_version(), inputs=inputs or {}, options=got.rows,
        recommended_option_id=chosen.option_id, recommendation=got.text, reasons=got.reasons,
        sensitivity_metric=Phrase(T.OF_OPTION, metric=Phrase(R.EXPECTED_COST), option=chosen.name),
        sensitivity=items, break_evens=evens, margin=got.margin)


def _incident_swings(scenario: IncidentScenario, options: list[IncidentOption]
                     ) -> list[tuple[Any, ...]]:
    """Each input at the ends of its range (tornado): ranges at their low and high end,
    probabilities from 0 to double, money figures from half to double."""
    swings: list[tuple[Any, ...]] = []

    def with_option(i: int, **change: Any) -> tuple[IncidentScenario, list[IncidentOption], int]:
        opts = list(options)
        opts[i] = replace(opts[i], **change)
        return scenario, opts, i

    for i, o in enumerate(options):
        key = _option_key(o, i)
        for attr, template in (("downtime_hours", T.OPTION_DOWNTIME),
                               ("reinfection_downtime_hours", T.OPTION_REINFECTION_DOWNTIME),
                               ("containment_hours", T.OPTION_CONTAINMENT),
                               ("data_loss_hours", T.OPTION_DATA_LOSS)):
            dist = getattr(o, attr)
            if attr == "reinfection_downtime_hours" and o.reinfection_probability <= 0:
                continue
            low = getattr(dist, "low", None)
            high = getattr(dist, "high", None)
            if low is not None and high is not None and high > low:
                swings.append((Phrase(template, option=o.name), _number(low), _number(high),
                               with_option(i, **{attr: Constant(low)}),
                               with_option(i, **{attr: Constant(high)}), f"{key}.{attr}"))
        p = o.reinfection_probability
        if p > 0:
            high = min(1.0, 2 * p)
            swings.append((Phrase(T.OPTION_REINFECTION, option=o.name), _number(0),
                           _number(high),
                           with_option(i, reinfection_probability=0.0),
                           with_option(i, reinfection_probability=high),
                           f"{key}.reinfection_probability"))
    a = scenario.assumptions
    for attr, label in (("records_exposed_per_hour", T.RECORDS_PER_HOUR),
                        ("cost_per_record", T.COST_PER_RECORD),
                        ("evidence_lost_cost", T.EVIDENCE_LOST),
                        ("late_notification_cost", T.LATE_NOTIFICATION)):
        value = getattr(a, attr)
        if attr == "late_notification_cost" and scenario.breach is None:
            continue
        if value > 0:
            swings.append((Phrase(label), Phrase(T.HALF), Phrase(T.DOUBLE),
                           (replace(scenario, assumptions=replace(a, **{attr: value / 2})),
                            options, None),
                           (replace(scenario, assumptions=replace(a, **{attr: value * 2})),
                            options, None), f"assumptions.{attr}"))
    if any(s.curve.costs and max(s.curve.costs) > 0 for s in scenario.services):
        def scaled(factor: float) -> tuple[IncidentScenario, list[IncidentOption], None]:
            services = tuple(replace(s, curve=dataclasses.replace(
                s.curve, costs=tuple(c * factor for c in s.curve.costs)))
                for s in scenario.services)
            return replace(scenario, services=services), options, None
        swings.append((Phrase(T.DOWNTIME_CURVES), Phrase(T.HALF), Phrase(T.DOUBLE),
                       scaled(0.5), scaled(2.0), "services.curves"))
    return swings
