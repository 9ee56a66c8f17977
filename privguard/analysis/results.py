"""What an analysis returns: plain dataclasses with a JSON-safe ``to_dict()``.

Metric names are human-readable on purpose: the decision view shows them as
row labels and the PDF report prints them; the constants below are the keys.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from privguard.domain.wording import T
from privguard.words import N_, Phrase

# Annual mode
ALE = N_("Expected annual loss (ALE)")
ALE_SE = N_("ALE standard error")
MEDIAN_ANNUAL = N_("Median annual loss")
P90_ANNUAL = N_("P90 annual loss")
P95_ANNUAL = N_("P95 annual loss")
P99_ANNUAL = N_("P99 annual loss")
CVAR95_ANNUAL = N_("CVaR95 annual loss (mean of worst 5%)")
P_ANY_EVENT = N_("P(at least one event a year)")
P_ANY_LOSS = N_("P(annual loss > 0)")
MEDIAN_EVENT = N_("Median loss per event")
DELTA_ALE = N_("ALE reduction (ΔALE)")
DELTA_ALE_SE = N_("ΔALE paired standard error")
ANNUAL_COST = N_("Annualised cost")
TOTAL_ANNUAL = N_("Expected total cost a year (ALE + cost)")
ROSI = N_("ROSI")
NPV = N_("NPV")
PAYBACK = N_("Payback (years)")
P_NPV_POSITIVE = N_("P(NPV > 0)")
# Incident mode
EXPECTED_COST = N_("Expected cost")
COST_SE = N_("Expected cost standard error")
MEDIAN_COST = N_("Median cost")
P95_COST = N_("P95 cost")
CVAR95_COST = N_("CVaR95 cost (mean of worst 5%)")
P_BEST = N_("P(best option)")
REGRET = N_("Expected regret")
EXPECTED_DOWNTIME = N_("Expected downtime (h)")
P95_DOWNTIME = N_("P95 downtime (h)")
P_OVER_MTD = N_("P(downtime > MTD)")
P_DEADLINE_MISSED = N_("P(notification deadline missed)")
P_REINFECTION = N_("P(re-infection)")
EXPECTED_SECOND_OUTAGE = N_("Expected outage after a re-infection (h)")
EXPECTED_RECORDS = N_("Expected records exposed")


# Metrics named per business service or per cost component fill in these.
P_OVER_MTD_OF = T.P_OVER_MTD_OF
EXPECTED_PART = T.EXPECTED_PART


def p_over_mtd_of(service: str) -> str:
    return P_OVER_MTD_OF.format(service=service)


def expected_part(component: str) -> str:
    return EXPECTED_PART.format(component=component.replace("_", " "))


def words(text: Any) -> Any:
    """A sentence for JSON: a phrase keeps its template and values, so it can be translated later."""
    return text.to_dict() if isinstance(text, Phrase) else text


def json_number(value: Any) -> Any:
    """Floats that JSON can carry (no NaN or infinity), numpy scalars as Python numbers."""
    if type(value) is float:  # the common case, first
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    value = float(value)
    return value if math.isfinite(value) else None


@dataclass
class OptionResult:
    option_id: int | None
    name: str
    orientation: str
    metrics: dict[str, float | None]
    lec: list[list[float]]
    meets_constraints: bool = True
    failed_constraints: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    suggested_cell: dict[str, Any] | None = None
    # How far the option is over its constraints' limits (0 when it meets them all); the
    # least violating option has the smallest (see analysis.decision).
    constraint_excess: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "option_id": self.option_id, "name": self.name, "orientation": self.orientation,
            "constraint_excess": json_number(self.constraint_excess),
            "metrics": {k: json_number(v) for k, v in self.metrics.items()},
            "lec": [[json_number(x), json_number(p)] for x, p in self.lec],
            "meets_constraints": self.meets_constraints,
            "failed_constraints": [words(f) for f in self.failed_constraints],
            "flags": [words(f) for f in self.flags],
            "suggested_cell": self.suggested_cell,
        }


@dataclass
class SensitivityItem:
    """How far one input, pushed to its low and high end, moves the watched figure."""

    input: str
    low_setting: str
    high_setting: str
    at_low: float
    at_high: float
    changes_recommendation: bool = False
    key: str = ""  # "options.<option_id>.<field>", "assumptions.<field>", ... ("" if none)

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)

    def to_dict(self) -> dict[str, Any]:
        # at_low / at_high: the watched figure (an expected cost, or ALE as is) with the
        # input at its low and high setting: the two ends of a tornado bar.
        return {"input": words(self.input), "key": self.key,
                "low_setting": words(self.low_setting),
                "high_setting": words(self.high_setting), "at_low": json_number(self.at_low),
                "at_high": json_number(self.at_high), "swing": json_number(self.swing),
                "changes_recommendation": self.changes_recommendation}


@dataclass
class BreakEven:
    """Where one input flips the recommendation, bisected on the same seed.

    ``value`` is None when the recommendation does not change anywhere in
    [low, high]; otherwise ``from_option_id`` (best at the current value) stays
    best while the input is on the current side of ``value``, and
    ``to_option_id`` is best beyond it.
    """

    input: str  # "options.<option_id>.<field>" or "assumptions.<field>" (or "frequency")
    label: str  # a Phrase: the input as a metric-like name
    current: float
    low: float
    high: float
    value: float | None
    from_option_id: int | None
    to_option_id: int | None
    sentence: str  # a Phrase: "restore stays best while re-infection < 0.62"

    @property
    def flips(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "label": str(self.label),
                "current": json_number(self.current), "low": json_number(self.low),
                "high": json_number(self.high), "value": json_number(self.value),
                "from_option_id": self.from_option_id, "to_option_id": self.to_option_id,
                "text": str(self.sentence), "label_words": words(self.label),
                "sentence": words(self.sentence)}


@dataclass
class AnalysisResult:
    mode: str
    seed: int
    trials: int
    engine: str
    numpy: str
    inputs: dict[str, Any]
    options: list[OptionResult]
    baseline: OptionResult | None = None
    recommended_option_id: int | None = None
    recommendation: str = ""
    reasons: list[str] = field(default_factory=list)
    suggested_cell: dict[str, Any] | None = None
    sensitivity_metric: str = ""
    sensitivity: list[SensitivityItem] = field(default_factory=list)
    break_evens: list[BreakEven] = field(default_factory=list)
    # The recommended option against the next best: {"option_id", "next_option_id",
    # "next_name", "difference", "se" (paired), "se_multiple", "within_noise"}; None if alone.
    margin: dict[str, Any] | None = None

    def option(self, option_id: int | None) -> OptionResult:
        for row in ([self.baseline] if self.baseline else []) + self.options:
            if row.option_id == option_id:
                return row
        raise KeyError(option_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode, "seed": self.seed, "trials": self.trials, "engine": self.engine,
            "numpy": self.numpy, "inputs": self.inputs,
            "baseline": self.baseline.to_dict() if self.baseline else None,
            "options": [o.to_dict() for o in self.options],
            "recommended_option_id": self.recommended_option_id,
            "recommendation": words(self.recommendation),
            "reasons": [words(r) for r in self.reasons],
            "suggested_cell": self.suggested_cell,
            "sensitivity_metric": words(self.sensitivity_metric),
            "sensitivity": [s.to_dict() for s in self.sensitivity],
            "break_evens": [b.to_dict() for b in self.break_evens],
            "margin": None if self.margin is None else {
                k: json_number(v) for k, v in self.margin.items()},
        }


@dataclass
class PortfolioResult:
    seed: int
    trials: int
    engine: str
    numpy: str
    metrics: dict[str, float | None]
    lec: list[list[float]]
    risks: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"seed": self.seed, "trials": self.trials, "engine": self.engine,
                "numpy": self.numpy,
                "metrics": {k: json_number(v) for k, v in self.metrics.items()},
                "lec": [[json_number(x), json_number(p)] for x, p in self.lec],
                "risks": self.risks}
