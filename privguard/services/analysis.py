"""Weighing a risk or a live incident against its response options.

``inputs_for_risk`` / ``inputs_for_incident`` read the register once into a
plain JSON-safe dict; the decision view edits that dict in memory and calls
``run`` (pure: no database, safe on a worker thread) as often as it likes;
``decide`` records the chosen option with the figures frozen into the Decision.
"""

from __future__ import annotations

import copy
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from privguard.analysis import ENGINE_VERSION
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
from privguard.domain.errors import ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.words import N_

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace

DEFAULT_TRIALS = 20_000
PORTFOLIO_TRIALS = 100_000
MAX_TRIALS = 2_000_000

# Figures the register does not hold. They are shown and editable in the decision
# view and frozen with a decision, so an officer can see and defend every number.
DEFAULT_ASSUMPTIONS: dict[str, Any] = {
    "exfiltration_cost_per_hour": 2_000.0,
    "evidence_lost_cost": 50_000.0,
    "late_notification_cost": 100_000.0,
    "analysis_hours": {"low": 4.0, "mode": 12.0, "high": 48.0},
    "evidence_lost_delay_factor": 2.0,
}
DEFAULT_INCIDENT_CONSTRAINTS: dict[str, Any] = {
    "tolerance": None, "max_p_over_mtd": 0.1, "max_p_deadline_missed": 0.1}
DEFAULT_ANNUAL_CONSTRAINTS: dict[str, Any] = {"tolerance": None, "within_appetite": False}
DEFAULT_FINANCE: dict[str, Any] = {"horizon_years": 3, "discount_rate": 0.08}

_ANNUAL_OPTION_FIELDS = ("name", "orientation", "cost_one_off", "cost_yearly",
                         "time_to_effect_days", "frequency_factor", "loss_factors")
_INCIDENT_OPTION_FIELDS = ("name", "orientation", "cost_one_off", "cost_per_incident",
                           "downtime_hours", "data_loss_hours", "containment_hours",
                           "reinfection_probability", "evidence_preserved")


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
    a = {**DEFAULT_ASSUMPTIONS, **(inputs.get("assumptions") or {})}
    services = tuple(
        AffectedService(s["name"], ImpactCurve.from_points(s.get("impact_curve") or []),
                        s.get("mtd_hours"), float(s.get("data_loss_cost_per_hour") or 0.0),
                        s.get("id"))
        for s in inputs.get("services", []))
    breach = inputs.get("breach")
    scenario = IncidentScenario(
        services,
        Assumptions(float(a["exfiltration_cost_per_hour"]), float(a["evidence_lost_cost"]),
                    float(a["late_notification_cost"]), range_or_constant(a["analysis_hours"]),
                    float(a["evidence_lost_delay_factor"])),
        Breach(float(breach["deadline_hours"]), float(breach["elapsed_hours"])) if breach else None)
    options = [IncidentOption(
        option_id=o.get("option_id"), name=o["name"], orientation=o.get("orientation") or "",
        downtime_hours=range_or_constant(o.get("downtime_hours")),
        data_loss_hours=float(o.get("data_loss_hours") or 0.0),
        containment_hours=range_or_constant(o.get("containment_hours")),
        reinfection_probability=float(o.get("reinfection_probability") or 0.0),
        evidence_preserved=bool(o.get("evidence_preserved", True)),
        cost_one_off=float(o.get("cost_one_off") or 0.0),
        cost_per_incident=float(o.get("cost_per_incident") or 0.0))
        for o in inputs.get("options", [])]
    constraints = IncidentConstraints(**{**DEFAULT_INCIDENT_CONSTRAINTS,
                                         **(inputs.get("constraints") or {})})
    return analyse_incident(scenario, options, trials=trials, seed=seed, constraints=constraints,
                            inputs=frozen, sensitivity=sensitivity)


def figures_for(result: AnalysisResult, chosen_option_id: int) -> dict[str, Any]:
    """What a Decision freezes: enough to reproduce and to report the analysis."""
    data = result.to_dict()
    return {
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
        "sensitivity": data["sensitivity"], "suggested_cell": data["suggested_cell"],
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
                     "elapsed_hours": max(0.0, (now - breach["aware_at"]).total_seconds() / 3600)}
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
