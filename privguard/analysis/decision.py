"""From simulated losses to a recommendation: metrics, constraints, the rule, sensitivity.

The order matters and is the one a risk committee uses: first drop the options
that break a constraint (a tolerance on the bad year, the risk appetite, the
MTD, the notification deadline), then pick the cheapest of the rest by expected
total cost. If nothing meets the constraints the cheapest option is still
named, with the reason, because "no answer" does not help an officer in a live
incident. Spending above ALE/e is flagged (Gordon–Loeb), never forbidden.
"""

from __future__ import annotations

import dataclasses
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
    IncidentOption,
    IncidentScenario,
    simulate_incident,
)
from privguard.analysis.metrics import (
    best_and_regret,
    lec,
    lec_grid,
    standard_error,
    summarise,
)
from privguard.analysis.results import AnalysisResult, OptionResult, SensitivityItem
from privguard.domain.errors import ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.domain.wording import T
from privguard.words import Phrase

SENSITIVITY_TRIALS = 4_000


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


def _numpy_version() -> str:
    return np.__version__


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


def annual_rows(scenario: AnnualScenario, options: Sequence[AnnualOption], trials: int,
                 seed: int, finance: Finance, constraints: AnnualConstraints,
                 matrix: RiskMatrix | None, keep_losses: np.ndarray | None = None
                 ) -> tuple[OptionResult, list[OptionResult], int | None, str, list[str]]:
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
        failed = []
        if constraints.tolerance is not None and s.p95 > constraints.tolerance:
            failed.append(Phrase(T.P95_ANNUAL_OVER, p95=float(s.p95),
                                 tolerance=float(constraints.tolerance)))
        if constraints.within_appetite and cell is not None and not cell["within_appetite"]:
            failed.append(Phrase(T.CELL_OVER_APPETITE, score=cell["score"]))
        rows.append(OptionResult(option.option_id, option.name, option.orientation, metrics,
                                 lec(s, grid), not failed, failed, flags, cell))
    index, text, reasons = _choose(rows, R.TOTAL_ANNUAL, baseline_allowed=True)
    for c in scenario.components:
        if c.distribution.mean > c.high:
            # Only when high/low exceeds about 50,000: usually a "could be nothing" low end.
            reasons.append(Phrase(T.WIDE_RANGE, component=c.name, low=float(c.low),
                                  high=float(c.high), mean=float(c.distribution.mean)))
    return rows[0], rows[1:], rows[index].option_id, text, reasons


def _option_finance(option: AnnualOption, base_ale: float, ale: float, base: np.ndarray,
                    losses: np.ndarray, finance: Finance) -> dict[str, float | None]:
    delta = base_ale - ale
    cost = fin.annualised_cost(option.cost_one_off, option.cost_yearly, finance.horizon_years)
    share = max(0.0, 1.0 - option.time_to_effect_days / 365.0)
    net = delta - option.cost_yearly
    mitigation = delta / base_ale if base_ale > 0 else 0.0
    benefit = base - losses
    npv_trials = fin.npv_per_trial(benefit, option.cost_one_off, option.cost_yearly,
                                   finance.horizon_years, finance.discount_rate, share)
    return {
        R.DELTA_ALE: delta, R.DELTA_ALE_SE: standard_error(benefit), R.ANNUAL_COST: cost,
        R.TOTAL_ANNUAL: ale + cost, R.ROSI: fin.rosi(base_ale, mitigation, cost),
        R.NPV: fin.npv(option.cost_one_off, net, finance.horizon_years, finance.discount_rate,
                       share),
        R.PAYBACK: fin.payback_years(option.cost_one_off, net,
                                     option.time_to_effect_days / 365.0),
        R.P_NPV_POSITIVE: np.count_nonzero(npv_trials > 0) / len(npv_trials),
    }


def _choose(rows: Sequence[OptionResult], cost_key: str,
            baseline_allowed: bool) -> tuple[int, str, list[str]]:
    """Constraints first, then the lowest expected cost. Returns (row index, sentence, reasons)."""
    reasons: list[str] = []
    for row in rows:
        for problem in (*row.failed_constraints, *row.flags):
            reasons.append(Phrase(T.OPTION_SAYS, option=row.name, problem=problem))
    candidates = [i for i, r in enumerate(rows) if r.meets_constraints]
    if not candidates:
        candidates = list(range(len(rows)))
        reasons.insert(0, Phrase(T.NONE_MEETS))
    index = min(candidates, key=lambda i: rows[i].metrics[cost_key] or 0.0)
    best = rows[index]
    cost = float(best.metrics[cost_key] or 0.0)
    if best.option_id is None and baseline_allowed:
        text = Phrase(T.KEEP_AS_IS, cost=cost)
    else:
        annual = cost_key == R.TOTAL_ANNUAL
        template = (T.LOWEST_ANNUAL_MEETING if annual else T.LOWEST_COST_MEETING) \
            if best.meets_constraints else (T.LOWEST_ANNUAL_NONE if annual else T.LOWEST_COST_NONE)
        text = Phrase(template, option=best.name, cost=cost)
    return index, text, reasons


def analyse_annual(scenario: AnnualScenario, options: Sequence[AnnualOption], *, trials: int,
                   seed: int, finance: Finance = Finance(),
                   constraints: AnnualConstraints = AnnualConstraints(),
                   matrix: RiskMatrix | None = None, inputs: dict[str, Any] | None = None,
                   sensitivity: bool = True) -> AnalysisResult:
    baseline, rows, recommended, text, reasons = annual_rows(
        scenario, options, trials, seed, finance, constraints, matrix)
    items: list[SensitivityItem] = []
    if sensitivity:
        def watch(sc: AnnualScenario) -> tuple[float, int | None]:
            base, _rows, rec, _t, _r = annual_rows(sc, options, min(trials, SENSITIVITY_TRIALS),
                                                    seed, finance, constraints, matrix)
            return base.metrics[R.ALE] or 0.0, rec
        items = _rank(_annual_swings(scenario), watch, recommended)
    return AnalysisResult(
        mode="annual", seed=seed, trials=trials, engine=ENGINE_VERSION, numpy=_numpy_version(),
        inputs=inputs or {}, options=rows, baseline=baseline,
        recommended_option_id=recommended, recommendation=text, reasons=reasons,
        suggested_cell=baseline.suggested_cell, sensitivity_metric=Phrase(T.AS_IS, metric=Phrase(R.ALE)),
        sensitivity=items)


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
            comps[i] = replace(c, low=value, high=value)
            return replace(scenario, components=tuple(comps))

        swings.append((Phrase(T.LOSS_PER_EVENT, component=c.name.replace("_", " ")),
                       Phrase(T.AMOUNT, value=float(c.low)), Phrase(T.AMOUNT, value=float(c.high)),
                       fixed(c.low), fixed(c.high)))
    return swings


def _rank(swings: Sequence[tuple[str, str, str, Any, Any]],
          watch: Callable[[Any], tuple[float, Any]],
          recommended: Any) -> list[SensitivityItem]:
    items = []
    for label, low_text, high_text, low, high in swings:
        at_low, rec_low = watch(low)
        at_high, rec_high = watch(high)
        items.append(SensitivityItem(label, low_text, high_text, at_low, at_high,
                                     rec_low != recommended or rec_high != recommended))
    # Inputs that could change the recommendation first, then by how far they move the figure.
    return sorted(items, key=lambda item: (not item.changes_recommendation, -item.swing))


# --- Incident mode -------------------------------------------------------------------


def _incident_rows(scenario: IncidentScenario, options: Sequence[IncidentOption], trials: int,
                   seed: int, constraints: IncidentConstraints
                   ) -> tuple[list[OptionResult], int, str, list[str]]:
    if not options:
        raise ValidationError("The incident has no response options to compare.", "options")
    sample = simulate_incident(scenario, options, trials, seed)
    summaries = [summarise(row) for row in sample.total]
    grid = lec_grid(summaries)
    p_best, regret = best_and_regret(sample.total)
    rows = []
    for i, (option, s) in enumerate(zip(options, summaries, strict=True)):
        d = sample.downtime_hours[i]
        metrics: dict[str, float | None] = {
            R.EXPECTED_COST: s.mean, R.COST_SE: s.se, R.MEDIAN_COST: s.median,
            R.P95_COST: s.p95, R.CVAR95_COST: s.cvar95, R.P_BEST: float(p_best[i]),
            R.REGRET: float(regret[i]), R.EXPECTED_DOWNTIME: float(d.mean()),
            R.P95_DOWNTIME: float(np.quantile(d, 0.95)),
            R.P_REINFECTION: float(sample.reinfected[i].mean()),
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
        failed = []
        if constraints.tolerance is not None and s.p95 > constraints.tolerance:
            failed.append(Phrase(T.P95_COST_OVER, p95=float(s.p95),
                                 tolerance=float(constraints.tolerance)))
        if constraints.max_p_over_mtd is not None and p_over is not None \
                and p_over > constraints.max_p_over_mtd:
            failed.append(Phrase(T.OVER_MTD, share=p_over, limit=float(constraints.max_p_over_mtd)))
        if constraints.max_p_deadline_missed is not None and p_missed is not None \
                and p_missed > constraints.max_p_deadline_missed:
            failed.append(Phrase(T.DEADLINE_MISSED, share=p_missed,
                                 limit=float(constraints.max_p_deadline_missed)))
        flags = []
        if not option.evidence_preserved:
            flags.append(Phrase(T.DESTROYS_EVIDENCE))
        rows.append(OptionResult(option.option_id, option.name, option.orientation, metrics,
                                 lec(s, grid), not failed, failed, flags))
    index, text, reasons = _choose(rows, R.EXPECTED_COST, baseline_allowed=False)
    return rows, index, text, reasons


def analyse_incident(scenario: IncidentScenario, options: Sequence[IncidentOption], *,
                     trials: int, seed: int,
                     constraints: IncidentConstraints = IncidentConstraints(),
                     inputs: dict[str, Any] | None = None,
                     sensitivity: bool = True) -> AnalysisResult:
    rows, index, text, reasons = _incident_rows(scenario, options, trials, seed, constraints)
    items: list[SensitivityItem] = []
    if sensitivity:
        def watch(swung: tuple[IncidentScenario, list[IncidentOption]]) -> tuple[float, int]:
            sc, opts = swung
            got, rec, _t, _r = _incident_rows(sc, opts, min(trials, SENSITIVITY_TRIALS), seed,
                                              constraints)
            return got[index].metrics[R.EXPECTED_COST] or 0.0, rec
        items = _rank(_incident_swings(scenario, list(options)), watch, index)
    chosen = rows[index]
    return AnalysisResult(
        mode="incident", seed=seed, trials=trials, engine=ENGINE_VERSION,
        numpy=_numpy_version(), inputs=inputs or {}, options=rows,
        recommended_option_id=chosen.option_id, recommendation=text, reasons=reasons,
        sensitivity_metric=Phrase(T.OF_OPTION, metric=Phrase(R.EXPECTED_COST), option=chosen.name),
        sensitivity=items)


def _incident_swings(scenario: IncidentScenario, options: list[IncidentOption]
                     ) -> list[tuple[str, str, str, Any, Any]]:
    swings: list[tuple[str, str, str, Any, Any]] = []

    def with_option(i: int, **change: Any) -> tuple[IncidentScenario, list[IncidentOption]]:
        opts = list(options)
        opts[i] = replace(opts[i], **change)
        return scenario, opts

    for i, o in enumerate(options):
        for attr, template in (("downtime_hours", T.OPTION_DOWNTIME),
                               ("containment_hours", T.OPTION_CONTAINMENT)):
            dist = getattr(o, attr)
            if isinstance(dist, Pert) and not dist.degenerate:
                swings.append((Phrase(template, option=o.name), _number(dist.low),
                               _number(dist.high),
                               with_option(i, **{attr: Constant(dist.low)}),
                               with_option(i, **{attr: Constant(dist.high)})))
        p = o.reinfection_probability
        if p > 0:
            high = min(1.0, 2 * p)
            swings.append((Phrase(T.OPTION_REINFECTION, option=o.name), _number(0),
                           _number(high),
                           with_option(i, reinfection_probability=0.0),
                           with_option(i, reinfection_probability=high)))
    a = scenario.assumptions
    for attr, label in (("exfiltration_cost_per_hour", T.EXFILTRATION_PER_HOUR),
                        ("evidence_lost_cost", T.EVIDENCE_LOST),
                        ("late_notification_cost", T.LATE_NOTIFICATION)):
        value = getattr(a, attr)
        if attr == "late_notification_cost" and scenario.breach is None:
            continue
        if value > 0:
            swings.append((Phrase(label), Phrase(T.HALF), Phrase(T.DOUBLE),
                           (replace(scenario, assumptions=replace(a, **{attr: value / 2})), options),
                           (replace(scenario, assumptions=replace(a, **{attr: value * 2})), options)))
    if any(s.curve.costs and max(s.curve.costs) > 0 for s in scenario.services):
        def scaled(factor: float) -> tuple[IncidentScenario, list[IncidentOption]]:
            services = tuple(replace(s, curve=dataclasses.replace(
                s.curve, costs=tuple(c * factor for c in s.curve.costs)))
                for s in scenario.services)
            return replace(scenario, services=services), options
        swings.append((Phrase(T.DOWNTIME_CURVES), Phrase(T.HALF), Phrase(T.DOUBLE),
                       scaled(0.5), scaled(2.0)))
    return swings

