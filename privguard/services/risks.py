"""Risks: scores on the register's matrix at three stages, with their history."""

from __future__ import annotations

from datetime import date
from typing import Any

from privguard.domain import entities as specs
from privguard.domain.enums import ScoreStage, Treatment
from privguard.domain.errors import ValidationError
from privguard.domain.rows import RowSet
from privguard.domain.workflow import check_acceptance, check_risk_transition
from privguard.services.entities import EntityService
from privguard.storage import models as m
from privguard.storage import queries
from privguard.words import N_, Phrase

STAGES = tuple(s.value for s in ScoreStage)
# A stage as a message names it ("the {stage} score").
STAGE_NAMES = {ScoreStage.INHERENT.value: Phrase(N_("inherent")),
               ScoreStage.CURRENT.value: Phrase(N_("current")),
               ScoreStage.RESIDUAL.value: Phrase(N_("residual"))}


class RiskService(EntityService):
    spec = specs.RISK
    list_query = queries.risk_rows

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        matrix = self.ws.settings.matrix()
        rows, cols = matrix.size
        for stage in STAGES:
            lik_field, imp_field = f"{stage}_likelihood", f"{stage}_impact"
            lik, imp = values.get(lik_field), values.get(imp_field)
            if (lik is None) != (imp is None):
                raise ValidationError.of(
                    "Give both likelihood and impact for the {stage} score, or neither.",
                    imp_field if imp is None else lik_field, stage=STAGE_NAMES[stage])
            if lik is not None and lik > rows:
                raise ValidationError.of("Likelihood must be between 1 and {rows} on this matrix.",
                                         lik_field, rows=rows)
            if imp is not None and imp > cols:
                raise ValidationError.of("Impact must be between 1 and {cols} on this matrix.",
                                         imp_field, cols=cols)
        if obj is not None and values.get("status") != obj.status:
            check_risk_transition(obj.status, values["status"])
        if values.get("treatment") == Treatment.ACCEPT.value:
            approver = values.get("acceptance_approver_id")
            try:
                check_acceptance(Treatment.ACCEPT, str(approver) if approver else None,
                                 values.get("acceptance_expires_on"), self.ws.today())
            except ValidationError as exc:
                field = {"approver": "acceptance_approver_id",
                         "expires_on": "acceptance_expires_on"}.get(exc.field or "", exc.field)
                raise exc.on(field) from None

    def _after_write(self, session: Any, obj: Any, changed: dict[str, Any], created: bool) -> None:
        for stage in STAGES:
            keys = (f"{stage}_likelihood", f"{stage}_impact")
            if any(k in changed for k in keys):
                lik, imp = getattr(obj, keys[0]), getattr(obj, keys[1])
                if lik is not None and imp is not None:
                    session.add(m.RiskScore(risk_id=obj.id, stage=stage, likelihood=lik,
                                            impact=imp, by=self.store.actor))

    def history(self, risk_id: int) -> RowSet:
        with self.store.read() as session:
            self._load(session, risk_id)
            return queries.score_history(session, risk_id)

    def heat_map(self, stage: str = "residual") -> dict[tuple[int, int], int]:
        if stage not in STAGES:
            raise ValidationError.of("Unknown stage '{stage}'.", "stage", stage=stage)
        with self.store.read() as session:
            return queries.heat_map(session, stage)

    def due(self, today: date | None = None) -> RowSet:
        with self.store.read() as session:
            return queries.risks_due(session, today or self.ws.today())
