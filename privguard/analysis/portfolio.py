"""The register's annual loss over many risks, one risk (and its options) at a time.

Risks are simulated independently, each from its own seed spawned from the
portfolio seed, and only the running total of the baseline losses is kept
across risks, so memory is bounded by one risk's chunk of events plus one
array of trials, whatever the number of risks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from privguard.analysis import ENGINE_VERSION
from privguard.analysis import results as R
from privguard.analysis.annual import AnnualOption, AnnualScenario
from privguard.analysis.decision import (
    DEFAULT_ANNUAL_CONSTRAINTS,
    DEFAULT_FINANCE,
    AnnualConstraints,
    Finance,
    annual_rows,
)
from privguard.analysis.metrics import lec, lec_grid, summarise
from privguard.analysis.results import OptionResult, PortfolioResult
from privguard.domain.matrix import RiskMatrix


@dataclass(frozen=True)
class PortfolioItem:
    risk_id: int | None
    scenario: AnnualScenario
    options: tuple[AnnualOption, ...] = ()


def analyse_portfolio(items: Sequence[PortfolioItem], *, trials: int, seed: int,
                      finance: Finance = DEFAULT_FINANCE,
                      constraints: AnnualConstraints = DEFAULT_ANNUAL_CONSTRAINTS,
                      matrix: RiskMatrix | None = None) -> PortfolioResult:
    total = np.zeros(trials)
    risks = []
    for item, child in zip(items, np.random.SeedSequence(seed).spawn(len(items)), strict=True):
        # Each risk gets a child seed so adding a risk does not change the others' draws.
        child_seed = int(child.generate_state(1, np.uint64)[0] >> np.uint64(1))
        got = annual_rows(item.scenario, item.options, trials, child_seed, finance, constraints,
                          matrix, keep_losses=total)
        risks.append(_risk_row(item, got.baseline, got.rows, got.recommended, got.text))
    s = summarise(total)
    metrics: dict[str, float | None] = {
        R.ALE: s.mean, R.ALE_SE: s.se, R.MEDIAN_ANNUAL: s.median, R.P90_ANNUAL: s.p90,
        R.P95_ANNUAL: s.p95, R.P99_ANNUAL: s.p99, R.CVAR95_ANNUAL: s.cvar95,
        R.P_ANY_LOSS: s.p_positive,
    }
    return PortfolioResult(seed, trials, ENGINE_VERSION, np.__version__, metrics,
                           lec(s, lec_grid([s])), risks)


def _risk_row(item: PortfolioItem, baseline: OptionResult, rows: list[OptionResult],
              recommended: int | None, text: str) -> dict:
    return {"risk_id": item.risk_id, "name": item.scenario.name,
            "baseline": baseline.to_dict(), "options": [r.to_dict() for r in rows],
            "recommended_option_id": recommended, "recommendation": text}
