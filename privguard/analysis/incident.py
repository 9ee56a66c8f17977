"""Incident mode: what each response to a live incident is likely to cost from now on.

One trial is one way the incident could unfold. Every option sees the same
luck in the same trial (common random numbers): the same uniform picks the
downtime quantile, the re-infection, the containment time and the analysis
time for every option. "Restore is faster" then means faster in the same
world, and P(option is best) compares options trial by trial.

Per trial and option, the cost is the sum of:

* downtime: the outage (a PERT draw, plus a second draw when the attacker gets
  back in) priced on each affected business service's cost-of-downtime curve;
  the share of trials beyond a service's MTD is reported, not priced again;
* data lost: the hours of data lost (the age of the backup restored) times the
  services' cost per hour of lost data;
* exfiltration: a cost per hour while the attacker is not contained (a
  re-infection opens a second uncontained period);
* evidence: a fixed cost when the option destroys evidence (harder
  investigation, weaker position with the authority and insurers), and the
  investigation takes longer, which delays the facts for a notification;
* late notification: when a breach clock is running, a cost if the facts come
  after the deadline (time already elapsed + containment + analysis);
* the option's own cost: one-off plus per-incident cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from privguard.analysis.distributions import Constant, Pert

COMPONENTS = ("downtime", "data_loss", "exfiltration", "evidence", "late_notification", "response")


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

    exfiltration_cost_per_hour: float = 0.0
    evidence_lost_cost: float = 0.0
    late_notification_cost: float = 0.0
    analysis_hours: Pert | Constant = Constant(0.0)
    evidence_lost_delay_factor: float = 2.0


@dataclass(frozen=True)
class IncidentOption:
    option_id: int | None
    name: str
    orientation: str = ""
    downtime_hours: Pert | Constant = Constant(0.0)
    data_loss_hours: float = 0.0
    containment_hours: Pert | Constant = Constant(0.0)
    reinfection_probability: float = 0.0
    evidence_preserved: bool = True
    cost_one_off: float = 0.0
    cost_per_incident: float = 0.0

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
    downtime_hours: np.ndarray
    over_mtd: dict[str, np.ndarray]  # service name -> (options, trials) booleans
    deadline_missed: np.ndarray | None
    reinfected: np.ndarray
    components: dict[str, np.ndarray]


def simulate_incident(scenario: IncidentScenario, options: Sequence[IncidentOption], trials: int,
                      seed: int | np.random.SeedSequence) -> IncidentSample:
    rng = np.random.default_rng(seed)
    # The shared luck of each trial, drawn in a fixed order whatever the options.
    u_down, u_down2, u_reinf, u_cont, u_cont2, u_analysis = rng.random((6, trials))
    k = len(options)
    shape = (k, trials)
    total = np.zeros(shape)
    downtime = np.zeros(shape)
    reinfected = np.zeros(shape, dtype=bool)
    comps = {name: np.zeros(shape) for name in COMPONENTS}
    over = {s.name: np.zeros(shape, dtype=bool) for s in scenario.services if s.mtd_hours is not None}
    missed = np.zeros(shape, dtype=bool) if scenario.breach else None
    a = scenario.assumptions
    data_rate = sum(s.data_loss_cost_per_hour for s in scenario.services)
    analysis = a.analysis_hours.quantile(u_analysis)
    for i, o in enumerate(options):
        again = u_reinf < o.reinfection_probability
        d = o.downtime_hours.quantile(u_down) + again * o.downtime_hours.quantile(u_down2)
        uncontained = o.containment_hours.quantile(u_cont) + again * o.containment_hours.quantile(u_cont2)
        downtime[i] = d
        reinfected[i] = again
        comps["downtime"][i] = sum((s.curve.cost(d) for s in scenario.services), np.zeros(trials))
        comps["data_loss"][i] = o.data_loss_hours * data_rate
        comps["exfiltration"][i] = a.exfiltration_cost_per_hour * uncontained
        comps["evidence"][i] = 0.0 if o.evidence_preserved else a.evidence_lost_cost
        comps["response"][i] = o.own_cost
        for s in scenario.services:
            if s.mtd_hours is not None:
                over[s.name][i] = d > s.mtd_hours
        if scenario.breach is not None and missed is not None:
            delay = 1.0 if o.evidence_preserved else a.evidence_lost_delay_factor
            facts_at = scenario.breach.elapsed_hours + uncontained + analysis * delay
            missed[i] = facts_at > scenario.breach.deadline_hours
            comps["late_notification"][i] = missed[i] * a.late_notification_cost
        total[i] = sum(comps[name][i] for name in COMPONENTS)
    return IncidentSample(total, downtime, over, missed, reinfected, comps)
