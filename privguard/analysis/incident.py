"""Incident mode: what each response to a live incident is likely to cost from now on.

One trial is one way the incident could unfold. Every option sees the same
luck in the same trial (common random numbers): the same uniform picks the
downtime quantile, the re-infection, the containment time, the delay before
the attacker is back, the data lost and the analysis time for every option,
drawn in a fixed order whatever the options. "Restore is faster" then means
faster in the same world, and P(option is best) compares options trial by trial.

Per trial and option, the cost is the sum of:

* downtime: the first outage (the option's downtime range). With the option's
  re-infection probability the attacker is back ``reinfection_delay_hours``
  after the first outage ends and a *second, separate* outage follows, drawn
  from its own range (``reinfection_downtime_hours``: a rebuild from clean
  media and a forensic sweep usually take longer than a restore; when not
  given, the option's own downtime range). Each continuous outage is priced
  on each affected service's cost-of-downtime curve on its own —
  curve(d1) + curve(d2), never curve(d1 + d2), because the curve prices how
  long the business is without the service at a stretch — and the MTD is
  tested against each continuous outage: a trial is over the MTD when either
  outage exceeds it. The downtime reported is the total, d1 + d2;
* data lost: the hours of data lost (the age of the backup restored, a range)
  times the services' cost per hour of lost data; counted once (a rebuild
  after a re-infection restores the same clean point);
* exposure: while the attacker is uncontained records are exposed:
  uncontained hours × records exposed per hour × cost per record. A
  re-infection opens a second uncontained period (its own containment draw).
  When the option destroys evidence, the scope that must be assumed exposed
  is multiplied by ``evidence_lost_scope_factor`` (simulated figures only; the
  breach assessment itself is never changed by the engine);
* evidence: a fixed cost when the option destroys evidence (harder
  investigation, weaker position with the authority and insurers), and the
  investigation takes longer, which delays the facts for a notification;
* late notification: when a breach clock is running, a cost if the facts come
  after the deadline. The facts are in at elapsed + containment + analysis
  (× the delay factor when evidence is lost). A re-infection that comes back
  *before* the facts are in widens the breach under assessment: its
  containment time is added to when the facts are in. One that comes back
  after the facts are in is a supplement to a notification already made on
  time (phased notification, GDPR Art. 33(4)) and does not make it late;
* the option's own cost: one-off plus per-incident cost.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from privguard.analysis.distributions import Constant, Dist, Pert, Uniform, as_dist

COMPONENTS = ("downtime", "data_loss", "exposure", "evidence", "late_notification", "response")
# The shared uniforms of a trial, one row each, always drawn in this order.
DRAWS = ("downtime", "reinfection_downtime", "reinfection", "containment",
         "reinfection_containment", "analysis", "reinfection_delay", "data_loss")


def _non_negative(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or value < 0:
        raise ValueError(f"{name.replace('_', ' ').capitalize()} must be a finite number "
                         f"not below 0, got {value!r}.")


@dataclass(frozen=True)
class ImpactCurve:
    """Cost of an outage of a given length, from [[hours, money], ...] points.

    Linear between points and, beyond the last point, on along the last segment's
    slope (an outage longer than anyone planned for keeps costing). An outage of
    0 hours costs nothing, so a curve not starting at 0 h starts from (0, 0).
    """

    hours: tuple[float, ...]
    costs: tuple[float, ...]

    @classmethod
    def from_points(cls, points: Sequence[Sequence[float]]) -> ImpactCurve:
        pts = sorted((float(h), float(c)) for h, c in points)
        if pts and pts[0][0] > 0:
            pts.insert(0, (0.0, 0.0))
        return cls(tuple(p[0] for p in pts), tuple(p[1] for p in pts))

    def cost(self, hours: np.ndarray) -> np.ndarray:
        hours = np.asarray(hours, dtype=float)
        if not self.hours:
            return np.zeros_like(hours)
        if len(self.hours) == 1:
            return np.full_like(hours, self.costs[0])
        out = np.interp(hours, self.hours, self.costs)
        h0, h1 = self.hours[-2], self.hours[-1]
        slope = (self.costs[-1] - self.costs[-2]) / (h1 - h0)
        beyond = hours > h1
        out[beyond] = self.costs[-1] + slope * (hours[beyond] - h1)
        return out


@dataclass(frozen=True)
class AffectedService:
    name: str
    curve: ImpactCurve
    mtd_hours: float | None = None
    data_loss_cost_per_hour: float = 0.0
    service_id: int | None = None


@dataclass(frozen=True)
class Breach:
    """A running notification clock: its deadline and the hours already gone."""

    deadline_hours: float
    elapsed_hours: float


@dataclass(frozen=True)
class Assumptions:
    """Money and time figures the register does not hold; the officer can edit them."""

    records_exposed_per_hour: float = 0.0
    cost_per_record: float = 0.0
    evidence_lost_cost: float = 0.0
    late_notification_cost: float = 0.0
    analysis_hours: Dist = Constant(0.0)
    evidence_lost_delay_factor: float = 2.0
    evidence_lost_scope_factor: float = 1.0

    def __post_init__(self) -> None:
        for name in ("records_exposed_per_hour", "cost_per_record", "evidence_lost_cost",
                     "late_notification_cost", "evidence_lost_delay_factor",
                     "evidence_lost_scope_factor"):
            _non_negative(name, getattr(self, name))
        object.__setattr__(self, "analysis_hours", as_dist(self.analysis_hours))

    @property
    def exposure_cost_per_hour(self) -> float:
        return self.records_exposed_per_hour * self.cost_per_record


@dataclass(frozen=True)
class IncidentOption:
    option_id: int | None
    name: str
    orientation: str = ""
    downtime_hours: Dist = Constant(0.0)
    data_loss_hours: Pert | Uniform | Constant = Constant(0.0)
    containment_hours: Dist = Constant(0.0)
    reinfection_probability: float = 0.0
    evidence_preserved: bool = True
    cost_one_off: float = 0.0
    cost_per_incident: float = 0.0
    # The outage after a re-infection (None: the option's own downtime range) and the
    # hours from the end of the first outage until the attacker is back.
    reinfection_downtime_hours: Dist | None = None
    reinfection_delay_hours: Dist = Constant(0.0)

    def __post_init__(self) -> None:
        for name in ("downtime_hours", "data_loss_hours", "containment_hours",
                     "reinfection_delay_hours"):
            object.__setattr__(self, name, as_dist(getattr(self, name)))
        if self.reinfection_downtime_hours is not None:
            object.__setattr__(self, "reinfection_downtime_hours",
                               as_dist(self.reinfection_downtime_hours))
        p = self.reinfection_probability
        if isinstance(p, bool) or not isinstance(p, int | float) or not math.isfinite(p) \
                or not 0.0 <= p <= 1.0:
            raise ValueError(f"The re-infection probability must be between 0 and 1, got {p!r}.")
        _non_negative("cost_one_off", self.cost_one_off)
        _non_negative("cost_per_incident", self.cost_per_incident)

    @property
    def second_outage(self) -> Dist:
        """The outage after a re-infection."""
        return self.reinfection_downtime_hours or self.downtime_hours

    @property
    def own_cost(self) -> float:
        return self.cost_one_off + self.cost_per_incident


@dataclass(frozen=True)
class IncidentScenario:
    services: tuple[AffectedService, ...]
    assumptions: Assumptions = field(default_factory=Assumptions)
    breach: Breach | None = None


@dataclass
class IncidentSample:
    """Per-trial figures, each of shape (options, trials)."""

    total: np.ndarray
    downtime_hours: np.ndarray  # total: first outage + second outage (0 without re-infection)
    over_mtd: dict[str, np.ndarray]  # service name -> (options, trials) booleans
    deadline_missed: np.ndarray | None
    reinfected: np.ndarray
    components: dict[str, np.ndarray]
    records_exposed: np.ndarray
    second_outage_hours: np.ndarray


def incident_draws(trials: int, seed: int | np.random.SeedSequence) -> np.ndarray:
    """The shared uniforms, shape (len(DRAWS), trials), in a fixed order whatever the options.

    Drawn trial by trial (all of a trial's uniforms together), so the first n trials
    of a longer run are the n trials of a shorter one with the same seed.
    """
    rng = np.random.default_rng(seed)
    return np.ascontiguousarray(rng.random((trials, len(DRAWS))).T)


@dataclass
class OptionOutcome:
    """One option's per-trial figures (each of shape (trials,))."""

    total: np.ndarray
    downtime: np.ndarray
    second: np.ndarray
    reinfected: np.ndarray
    over_mtd: dict[str, np.ndarray]
    missed: np.ndarray | None
    components: dict[str, np.ndarray]
    records: np.ndarray


def simulate_option(scenario: IncidentScenario, o: IncidentOption, draws: np.ndarray,
                    analysis: np.ndarray | None = None) -> OptionOutcome:
    """One option on the shared draws (``incident_draws``); options never share state."""
    u = dict(zip(DRAWS, draws, strict=True))
    trials = draws.shape[1]
    a = scenario.assumptions
    if analysis is None:
        analysis = a.analysis_hours.quantile(u["analysis"])
    again = u["reinfection"] < o.reinfection_probability
    d1 = np.asarray(o.downtime_hours.quantile(u["downtime"]), dtype=float)
    d2 = np.where(again, o.second_outage.quantile(u["reinfection_downtime"]), 0.0)
    c1 = np.asarray(o.containment_hours.quantile(u["containment"]), dtype=float)
    c2 = np.where(again, o.containment_hours.quantile(u["reinfection_containment"]), 0.0)
    comps: dict[str, np.ndarray] = {}
    downtime_cost = np.zeros(trials)
    over: dict[str, np.ndarray] = {}
    any_again = bool(again.any())
    for s in scenario.services:
        downtime_cost += s.curve.cost(d1)
        if any_again:
            downtime_cost += np.where(again, s.curve.cost(d2), 0.0)
        if s.mtd_hours is not None:
            # Each continuous outage against the MTD, never their sum.
            over[s.name] = (d1 > s.mtd_hours) | (again & (d2 > s.mtd_hours))
    comps["downtime"] = downtime_cost
    data_rate = sum(s.data_loss_cost_per_hour for s in scenario.services)
    comps["data_loss"] = np.asarray(o.data_loss_hours.quantile(u["data_loss"]),
                                    dtype=float) * data_rate
    scope = 1.0 if o.evidence_preserved else a.evidence_lost_scope_factor
    records = (c1 + c2) * (a.records_exposed_per_hour * scope)
    comps["exposure"] = records * a.cost_per_record
    comps["evidence"] = np.full(trials, 0.0 if o.evidence_preserved else a.evidence_lost_cost)
    comps["response"] = np.full(trials, o.own_cost)
    missed = None
    if scenario.breach is not None:
        delay = 1.0 if o.evidence_preserved else a.evidence_lost_delay_factor
        facts = c1 + analysis * delay
        if any_again:
            back = d1 + o.reinfection_delay_hours.quantile(u["reinfection_delay"])
            # Back before the facts are in: the second intrusion must be contained and
            # scoped before the notification can say what happened.
            facts = facts + np.where(again & (back < facts), c2, 0.0)
        missed = scenario.breach.elapsed_hours + facts > scenario.breach.deadline_hours
        comps["late_notification"] = missed * a.late_notification_cost
    else:
        comps["late_notification"] = np.zeros(trials)
    total = np.zeros(trials)
    for name in COMPONENTS:
        total += comps[name]
    return OptionOutcome(total, d1 + d2, d2, again, over, missed, comps, records)


def simulate_incident(scenario: IncidentScenario, options: Sequence[IncidentOption], trials: int,
                      seed: int | np.random.SeedSequence) -> IncidentSample:
    draws = incident_draws(trials, seed)
    analysis = scenario.assumptions.analysis_hours.quantile(draws[DRAWS.index("analysis")])
    outcomes = [simulate_option(scenario, o, draws, analysis) for o in options]
    return stack_outcomes(scenario, outcomes, trials)


def stack_outcomes(scenario: IncidentScenario, outcomes: Sequence[OptionOutcome],
                   trials: int) -> IncidentSample:
    k = len(outcomes)

    def stacked(get, dtype=float) -> np.ndarray:  # noqa: ANN001
        return np.array([get(x) for x in outcomes], dtype=dtype).reshape(k, trials)

    over = {s.name: stacked(lambda x, n=s.name: x.over_mtd[n], bool)
            for s in scenario.services if s.mtd_hours is not None}
    missed = stacked(lambda x: x.missed, bool) if scenario.breach is not None else None
    return IncidentSample(
        stacked(lambda x: x.total), stacked(lambda x: x.downtime), over, missed,
        stacked(lambda x: x.reinfected, bool),
        {name: stacked(lambda x, n=name: x.components[n]) for name in COMPONENTS},
        stacked(lambda x: x.records), stacked(lambda x: x.second))
