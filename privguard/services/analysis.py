"""Weighing a risk or a live incident against its response options.

``inputs_for_risk`` / ``inputs_for_incident`` read the register once into a
plain JSON-safe dict; the decision view edits that dict in memory and calls
``run`` (pure: no database, safe on a worker thread) as often as it likes;
``decide`` records the chosen option with the figures frozen into the Decision.
"""

from __future__ import annotations

import copy
import hashlib
import json
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from privguard.analysis import ENGINE_VERSION
from privguard.analysis import results as R
from privguard.analysis.annual import AnnualOption, scenario_from_quant
from privguard.analysis.decision import (
    AnnualConstraints,
    Finance,
    IncidentConstraints,
    analyse_annual,
    analyse_incident,
)
from privguard.analysis.distributions import range_or_constant
from privguard.analysis.incident import (
    AffectedService,
    Assumptions,
    Breach,
    ImpactCurve,
    IncidentOption,
    IncidentScenario,
)
from privguard.analysis.portfolio import PortfolioItem, analyse_portfolio
from privguard.analysis.results import AnalysisResult, PortfolioResult
from privguard.domain import ranges
from privguard.domain.errors import ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.words import N_, Phrase

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace

DEFAULT_TRIALS = 20_000
PORTFOLIO_TRIALS = 100_000
MAX_TRIALS = 2_000_000

# Figures the register does not hold. They are shown and editable in the decision
# view and frozen with a decision, so an officer can see and defend every number.
DEFAULT_ASSUMPTIONS: dict[str, Any] = {
    # Exposure while the attacker is inside: records reached an hour, and what each costs
    # (notification, credit monitoring, claims; IBM/Ponemon put it near 150 to 180 a record).
    "records_exposed_per_hour": 20.0,
    "cost_per_record": 150.0,
    "evidence_lost_cost": 50_000.0,
    "late_notification_cost": 100_000.0,
    "analysis_hours": {"low": 4.0, "mode": 12.0, "high": 48.0},
    "evidence_lost_delay_factor": 2.0,
    # Without the evidence, what was reached cannot be narrowed down: the breach is scoped wider.
    "evidence_lost_scope_factor": 1.5,
}
# Assumptions as decisions frozen before the exposure was priced per record wrote them.
_OLD_EXPOSURE = "exfiltration_cost_per_hour"
DEFAULT_INCIDENT_CONSTRAINTS: dict[str, Any] = {
    "tolerance": None, "max_p_over_mtd": 0.1, "max_p_deadline_missed": 0.1}
DEFAULT_ANNUAL_CONSTRAINTS: dict[str, Any] = {"tolerance": None, "within_appetite": False}
DEFAULT_FINANCE: dict[str, Any] = {"horizon_years": 3, "discount_rate": 0.08}

_ANNUAL_OPTION_FIELDS = ("name", "orientation", "cost_one_off", "cost_yearly",
                         "time_to_effect_days", "frequency_factor", "loss_factors")
_INCIDENT_OPTION_FIELDS = ("name", "orientation", "cost_one_off", "cost_per_incident",
                           "downtime_hours", "data_loss_hours", "containment_hours",
                           "reinfection_probability", "reinfection_downtime_hours",
                           "reinfection_delay_hours", "evidence_preserved")


def seed_for(register_id: str, inputs: dict[str, Any]) -> int:
    """52 bits of a SHA-256 of the register's id and the inputs (JSON, keys sorted)."""
    text = json.dumps([register_id, inputs], sort_keys=True, default=str,
                      separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") >> 12


def new_seed() -> int:
    """A fresh seed that JSON and SQLite carry exactly (below 2**53)."""
    return secrets.randbits(52)


def run(inputs: dict[str, Any], seed: int | None = None, trials: int = DEFAULT_TRIALS,
        sensitivity: bool = True) -> AnalysisResult:
    """Analyse ``inputs`` (from ``inputs_for_risk`` or ``inputs_for_incident``, maybe edited).

    Pure and thread-safe: it touches no database. The seed is kept in the result.
    """
    if not 1_000 <= int(trials) <= MAX_TRIALS:
        raise ValidationError.of("Use between {low:,} and {high:,} trials.", "trials",
                                 low=1_000, high=MAX_TRIALS)
    seed = new_seed() if seed is None else int(seed)
    trials = int(trials)
    if inputs.get("mode") == "incident":
        _check_incident_inputs(inputs)
    frozen = copy.deepcopy(inputs)
    try:
        if inputs.get("mode") == "annual":
            return _run_annual(inputs, seed, trials, sensitivity, frozen)
        if inputs.get("mode") == "incident":
            return _run_incident(inputs, seed, trials, sensitivity, frozen)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError.of("The analysis inputs are incomplete or invalid: {problem}",
                                 "inputs", problem=str(exc)) from exc
    raise ValidationError(N_("The analysis mode must be 'annual' or 'incident'."), "mode")


def _run_annual(inputs: dict[str, Any], seed: int, trials: int, sensitivity: bool,
                frozen: dict[str, Any]) -> AnalysisResult:
    scenario = scenario_from_quant(inputs["quant"], inputs.get("subject", {}).get("title", ""))
    options = [_annual_option(o) for o in inputs.get("options", [])]
    finance = Finance(**{**DEFAULT_FINANCE, **(inputs.get("finance") or {})})
    constraints = AnnualConstraints(**{**DEFAULT_ANNUAL_CONSTRAINTS,
                                       **(inputs.get("constraints") or {})})
    matrix = RiskMatrix.from_dict(inputs["matrix"]) if inputs.get("matrix") else None
    return analyse_annual(scenario, options, trials=trials, seed=seed, finance=finance,
                          constraints=constraints, matrix=matrix, inputs=frozen,
                          sensitivity=sensitivity)


def _annual_option(o: dict[str, Any]) -> AnnualOption:
    return AnnualOption(
        option_id=o.get("option_id"), name=o["name"], orientation=o.get("orientation") or "",
        frequency_factor=float(o.get("frequency_factor", 1.0)),
        loss_factors={k: float(v) for k, v in (o.get("loss_factors") or {}).items()},
        cost_one_off=float(o.get("cost_one_off") or 0.0),
        cost_yearly=float(o.get("cost_yearly") or 0.0),
        time_to_effect_days=float(o.get("time_to_effect_days") or 0.0))


def _run_incident(inputs: dict[str, Any], seed: int, trials: int, sensitivity: bool,
                  frozen: dict[str, Any]) -> AnalysisResult:
    a = _assumptions(inputs.get("assumptions") or {})
    services = tuple(
        AffectedService(s["name"], ImpactCurve.from_points(s.get("impact_curve") or []),
                        s.get("mtd_hours"), float(s.get("data_loss_cost_per_hour") or 0.0),
                        s.get("id"))
        for s in inputs.get("services", []))
    breach = inputs.get("breach")
    scenario = IncidentScenario(
        services,
        Assumptions(records_exposed_per_hour=float(a["records_exposed_per_hour"]),
                    cost_per_record=float(a["cost_per_record"]),
                    evidence_lost_cost=float(a["evidence_lost_cost"]),
                    late_notification_cost=float(a["late_notification_cost"]),
                    analysis_hours=range_or_constant(a["analysis_hours"]),
                    evidence_lost_delay_factor=float(a["evidence_lost_delay_factor"]),
                    evidence_lost_scope_factor=float(a["evidence_lost_scope_factor"])),
        Breach(float(breach["deadline_hours"]), float(breach["elapsed_hours"])) if breach else None)
    options = [IncidentOption(
        option_id=o.get("option_id"), name=o["name"], orientation=o.get("orientation") or "",
        downtime_hours=range_or_constant(o.get("downtime_hours")),
        data_loss_hours=range_or_constant(o.get("data_loss_hours")),
        containment_hours=range_or_constant(o.get("containment_hours")),
        reinfection_probability=float(o.get("reinfection_probability") or 0.0),
        reinfection_downtime_hours=(None if o.get("reinfection_downtime_hours") is None
                                    else range_or_constant(o["reinfection_downtime_hours"])),
        reinfection_delay_hours=range_or_constant(o.get("reinfection_delay_hours")),
        evidence_preserved=bool(o.get("evidence_preserved", True)),
        cost_one_off=float(o.get("cost_one_off") or 0.0),
        cost_per_incident=float(o.get("cost_per_incident") or 0.0))
        for o in inputs.get("options", [])]
    constraints = IncidentConstraints(**{**DEFAULT_INCIDENT_CONSTRAINTS,
                                         **(inputs.get("constraints") or {})})
    return analyse_incident(scenario, options, trials=trials, seed=seed, constraints=constraints,
                            inputs=frozen, sensitivity=sensitivity)


# What the officer may edit in the decision view, each with its label and its rule.
_OPTION_RANGES = {"downtime_hours": "Downtime (hours)", "data_loss_hours": "Data lost (hours)",
                  "containment_hours": "Time to contain (hours)",
                  "reinfection_downtime_hours": "Downtime after a re-infection (hours)",
                  "reinfection_delay_hours": "Hours until the attacker is back"}
_OPTION_NUMBERS = {"cost_one_off": "One-off cost", "cost_per_incident": "Cost per incident"}
_ASSUMPTION_NUMBERS = {
    "records_exposed_per_hour": N_("Records exposed per hour uncontained"),
    "cost_per_record": N_("Cost per record exposed"),
    "evidence_lost_cost": N_("Cost of lost evidence"),
    "late_notification_cost": N_("Cost of a late notification"),
    "evidence_lost_delay_factor": N_("Delay factor when evidence is lost"),
    "evidence_lost_scope_factor": N_("Breach scope factor when evidence is lost"),
}
MSG_OPTION_INPUT = N_("{option}: {label}: {problem}")
MSG_ASSUMPTION_INPUT = N_("{assumption}: {problem}")


def _check_incident_inputs(inputs: dict[str, Any]) -> None:
    """Refuse, naming the option and the field, what the officer typed that no analysis can
    run on: NaN, infinity, a negative hour or cost, a range out of order."""
    for option in inputs.get("options") or []:
        name = str(option.get("name") or "")
        problems = [(f, ranges.range_problem(option.get(f))) for f in _OPTION_RANGES]
        problems += [(f, ranges.number_problem(option[f])) for f in _OPTION_NUMBERS
                     if option.get(f) is not None]
        p = option.get("reinfection_probability")
        if p is not None and not (ranges.finite(p) and 0 <= p <= 1):
            problems.append(("reinfection_probability", ranges.MSG_PROBABILITY))
        for field, problem in problems:
            if problem:
                label = {**_OPTION_RANGES, **_OPTION_NUMBERS}.get(field,
                                                                  "Probability of re-infection")
                raise ValidationError.of(MSG_OPTION_INPUT, field, option=name, label=label,
                                         problem=Phrase(problem))
    given = inputs.get("assumptions") or {}
    for field, label in _ASSUMPTION_NUMBERS.items():
        problem = ranges.number_problem(given[field]) if field in given else None
        if problem:
            raise ValidationError.of(MSG_ASSUMPTION_INPUT, field, assumption=Phrase(label),
                                     problem=Phrase(problem))
    problem = ranges.range_problem(given.get("analysis_hours"))
    if problem:
        raise ValidationError.of(MSG_ASSUMPTION_INPUT, "analysis_hours",
                                 assumption=Phrase(N_("Hours of analysis")),
                                 problem=Phrase(problem))


def _assumptions(given: dict[str, Any]) -> dict[str, Any]:
    """The assumptions to run with: the defaults, overridden by what was given. A decision
    frozen before exposure was priced per record gave a cost an hour: one record an hour at
    that cost prices the same hours the same."""
    if _OLD_EXPOSURE in given and "cost_per_record" not in given:
        given = {k: v for k, v in given.items() if k != _OLD_EXPOSURE} | {
            "records_exposed_per_hour": 1.0, "cost_per_record": given[_OLD_EXPOSURE],
            "evidence_lost_scope_factor": given.get("evidence_lost_scope_factor", 1.0)}
    return {**DEFAULT_ASSUMPTIONS, **given}


_CONSTRAINT_LABELS = {
    "tolerance": N_("Tolerance on the P95 cost"),
    "max_p_over_mtd": N_("Largest accepted chance of exceeding the MTD"),
    "max_p_deadline_missed": N_("Largest accepted chance of missing the notification deadline"),
    "within_appetite": N_("Within the risk appetite"),
}


def assumptions_with_sources(inputs: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure the analysis assumed that the register does not hold, with where it comes
    from: PrivGuard's default, or the officer's edit in the decision view."""
    rows = []
    if inputs.get("mode") == "incident":
        given = _assumptions(inputs.get("assumptions") or {})
        for key, label in (*_ASSUMPTION_NUMBERS.items(), ("analysis_hours", "Hours of analysis")):
            value = given.get(key)
            rows.append({"key": f"assumptions.{key}", "label": label, "value": value,
                         "source": "default" if value == DEFAULT_ASSUMPTIONS.get(key)
                         else "edited"})
        defaults = DEFAULT_INCIDENT_CONSTRAINTS
    else:
        defaults = DEFAULT_ANNUAL_CONSTRAINTS
    given = {**defaults, **(inputs.get("constraints") or {})}
    for key, value in given.items():
        rows.append({"key": f"constraints.{key}", "label": _CONSTRAINT_LABELS.get(key, key),
                     "value": value, "source": "default" if value == defaults.get(key)
                     else "edited"})
    return rows


def chosen_against_recommended(result: AnalysisResult, chosen_option_id: int
                               ) -> dict[str, Any] | None:
    """When the officer chose another option than the engine's, by how much it differs."""
    recommended = result.recommended_option_id
    if recommended is None or recommended == chosen_option_id:
        return None
    chosen, best = result.option(chosen_option_id), result.option(recommended)
    key = R.EXPECTED_COST if result.mode == "incident" else R.TOTAL_ANNUAL
    over = R.P_OVER_MTD
    return {"recommended_option_id": recommended, "recommended_name": best.name,
            "metric": key, "chosen": chosen.metrics.get(key), "recommended": best.metrics.get(key),
            "p_over_mtd_chosen": chosen.metrics.get(over),
            "p_over_mtd_recommended": best.metrics.get(over)}


def figures_for(result: AnalysisResult, chosen_option_id: int) -> dict[str, Any]:
    """What a Decision freezes: enough to reproduce and to report the analysis."""
    data = result.to_dict()
    return {
        "assumptions": assumptions_with_sources(result.inputs),
        "chosen_against_recommended": chosen_against_recommended(result, chosen_option_id),
        "mode": result.mode, "seed": result.seed, "trials": result.trials,
        "numpy": np.__version__, "engine": ENGINE_VERSION, "inputs": data["inputs"],
        "options": [{"option_id": o["option_id"], "name": o["name"],
                     "orientation": o["orientation"], "metrics": o["metrics"], "lec": o["lec"]}
                    for o in data["options"]],
        "recommended_option_id": result.recommended_option_id,
        "chosen_option_id": chosen_option_id,
        # Beyond the agreed shape: the "as is" row (annual), reasons and sensitivity.
        "baseline": (None if data["baseline"] is None else
                     {k: data["baseline"][k] for k in ("name", "metrics", "lec")}),
        "recommendation": data["recommendation"], "reasons": data["reasons"],
        "sensitivity": data["sensitivity"], "sensitivity_metric": data["sensitivity_metric"],
        "suggested_cell": data["suggested_cell"],
        "break_evens": data["break_evens"], "margin": data["margin"],
        "analysed_with_numpy": result.numpy,
    }


class AnalysisService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    # -- reading the register ----------------------------------------------------------

    def _common(self) -> dict[str, Any]:
        settings = self.ws.settings.all()
        return {"currency": settings["currency"], "matrix": settings["matrix"]}

    def inputs_for_risk(self, risk_id: int) -> dict[str, Any]:
        risk = self.ws.risks.get(risk_id)
        if not risk.get("quant"):
            raise ValidationError(
                N_("This risk has no quantitative inputs (frequency and loss ranges) to analyse."),
                "quant")
        options = []
        for row in self.ws.options.for_risk(risk_id).dicts():
            full = self.ws.options.get(row["id"])
            options.append({"option_id": full["id"],
                            **{k: copy.deepcopy(full[k]) for k in _ANNUAL_OPTION_FIELDS}})
        current = {"likelihood": risk.get("residual_likelihood") or risk.get("current_likelihood")
                   or risk["inherent_likelihood"],
                   "impact": risk.get("residual_impact") or risk.get("current_impact")
                   or risk["inherent_impact"]}
        return {"mode": "annual",
                "subject": {"kind": "risk", "id": risk_id, "title": risk["title"]},
                "quant": copy.deepcopy(risk["quant"]), "options": options,
                "finance": dict(DEFAULT_FINANCE), "constraints": dict(DEFAULT_ANNUAL_CONSTRAINTS),
                "officer_score": current, **self._common()}

    def inputs_for_incident(self, incident_id: int, now: datetime | None = None) -> dict[str, Any]:
        incident = self.ws.incidents.get(incident_id)
        service_ids = list(incident["services"])
        if not service_ids:
            # Fall back to the services the incident's assets support.
            for asset_id in incident["assets"]:
                service_ids += [s for s in self.ws.assets.get(asset_id)["services"]
                                if s not in service_ids]
        services = []
        for sid in service_ids:
            s = self.ws.services.get(sid)
            services.append({"id": sid, "name": s["name"],
                             "impact_curve": [list(p) for p in s["impact_curve"] or []],
                             "mtd_hours": s["mtd_hours"], "rto_hours": s["rto_hours"],
                             "rpo_hours": s["rpo_hours"],
                             "data_loss_cost_per_hour": s["data_loss_cost_per_hour"]})
        breach = self.ws.breaches.for_incident(incident_id)
        clock = None
        if breach is not None and breach.get("authority_notified_at") is None \
                and breach.get("rights_risk") != "none":
            now = now or datetime.now(UTC)
            clock = {"deadline_hours": float(breach["deadline_hours"]),
                     "aware_at": breach["aware_at"].isoformat(),
                     # Whole hours: the figures (and the seed made from the inputs) stay the
                     # same within the hour, so two exports or visits minutes apart agree.
                     "elapsed_hours": float(max(0, int((now - breach["aware_at"])
                                                       .total_seconds() // 3600)))}
        options = []
        for row in self.ws.options.for_incident(incident_id).dicts():
            full = self.ws.options.get(row["id"])
            options.append({"option_id": full["id"],
                            **{k: copy.deepcopy(full[k]) for k in _INCIDENT_OPTION_FIELDS}})
        return {"mode": "incident",
                "subject": {"kind": "incident", "id": incident_id, "title": incident["title"]},
                "services": services, "breach": clock, "options": options,
                "assumptions": copy.deepcopy(DEFAULT_ASSUMPTIONS),
                "constraints": dict(DEFAULT_INCIDENT_CONSTRAINTS), **self._common()}

    # -- analysing ------------------------------------------------------------------------

    def seed_for(self, inputs: dict[str, Any]) -> int:
        """A seed that depends only on this register, the subject and its inputs: the same
        inputs give the same figures on every visit, and nothing is written to get them."""
        return seed_for(self.ws.register.header.register_id, inputs)

    def run(self, inputs: dict[str, Any], seed: int | None = None,
            trials: int = DEFAULT_TRIALS, sensitivity: bool = True) -> AnalysisResult:
        return run(inputs, seed, trials, sensitivity)

    def portfolio(self, risk_ids: list[int] | None = None, trials: int = PORTFOLIO_TRIALS,
                  seed: int | None = None) -> PortfolioResult:
        """Annual loss over the quantified risks (all of them by default), as they are."""
        ids = risk_ids if risk_ids is not None else self.ws.risks.rows().column("id")
        items = []
        for rid in ids:
            inputs = self.inputs_for_risk(rid) if risk_ids is not None else None
            if inputs is None:
                risk = self.ws.risks.get(rid)
                if not risk.get("quant"):
                    continue
                inputs = self.inputs_for_risk(rid)
            items.append(PortfolioItem(rid, scenario_from_quant(inputs["quant"],
                                                                inputs["subject"]["title"]),
                                       tuple(_annual_option(o) for o in inputs["options"])))
        matrix = RiskMatrix.from_dict(self.ws.settings.get("matrix"))
        return analyse_portfolio(items, trials=int(trials),
                                 seed=new_seed() if seed is None else int(seed), matrix=matrix)

    # -- deciding --------------------------------------------------------------------------

    def decide(self, option_id: int, rationale: str, result: AnalysisResult) -> int:
        """Record the choice of ``option_id`` with ``result``'s figures frozen into it."""
        if option_id not in [o.option_id for o in result.options]:
            raise ValidationError(N_("The chosen option is not one of the options analysed."),
                                  "option_id")
        return self.ws.decisions.decide(option_id, rationale,
                                        figures=figures_for(result, option_id))
