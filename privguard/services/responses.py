"""Response options for risks and incidents, and the decisions taken on them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from privguard.domain import entities as specs
from privguard.domain.errors import ValidationError
from privguard.domain.ranges import LOSS_FORMS
from privguard.services.entities import EntityService
from privguard.storage import models as m
from privguard.storage import queries
from privguard.words import N_, Phrase

# Ranges of hours an option is estimated with; a number typed for one is a range of one value.
RANGE_FIELDS = ("downtime_hours", "data_loss_hours", "containment_hours",
                "reinfection_downtime_hours", "reinfection_delay_hours")
# A loss form as a message names it ("the effect on {form}").
LOSS_FORM_NAMES = {"productivity": Phrase(N_("productivity")), "response": Phrase(N_("response")),
                   "replacement": Phrase(N_("replacement")), "fines": Phrase(N_("fines")),
                   "reputation": Phrase(N_("reputation"))}


class OptionService(EntityService):
    spec = specs.RESPONSE_OPTION
    list_query = queries.option_rows

    def _coerce(self, data: dict[str, Any]) -> dict[str, Any]:
        """A number given for a range is a range of that one value (kept as a dict: a bare JSON
        number in a column declared JSON would come back as one of SQLite's numbers)."""
        data = dict(data)
        for name in RANGE_FIELDS:
            value = data.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                data[name] = {"low": value, "mode": value, "high": value}
        return data

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        if (values.get("risk_id") is None) == (values.get("incident_id") is None):
            raise ValidationError(N_("A response option answers either one risk or one incident."),
                                  "risk_id")
        for form, factor in (values.get("loss_factors") or {}).items():
            if form not in LOSS_FORMS:
                raise ValidationError.of("'{form}' is not a loss form ({forms}).", "loss_factors",
                                         form=form, forms=", ".join(LOSS_FORMS))
            if not isinstance(factor, int | float) or not 0 <= factor <= 10:
                raise ValidationError.of("The effect on {form} must be a multiplier between 0 and 10.",
                                         "loss_factors", form=LOSS_FORM_NAMES[form])

    def for_risk(self, risk_id: int):  # noqa: ANN201
        return self.rows(risk_id=risk_id)

    def for_incident(self, incident_id: int):  # noqa: ANN201
        return self.rows(incident_id=incident_id)


class DecisionService(EntityService):
    spec = specs.DECISION
    list_query = queries.decision_rows

    def decide(self, option_id: int, rationale: str, figures: dict[str, Any] | None = None) -> int:
        """Record that ``option_id`` was chosen, by the unlocked person, now; a decision on an
        incident is also an entry of its timeline (kind "decision": the option and why)."""
        option = self.ws.options.get(option_id)
        with self.ws.transaction():  # both or neither: a decision never misses its timeline entry
            decision_id = self.create(option_id=option_id, rationale=rationale,
                                      figures=figures or {}, risk_id=option["risk_id"],
                                      incident_id=option["incident_id"])
            if option["incident_id"] is not None:
                note = f"{option['name']}: {rationale}"
                limit = specs.TIMELINE_ENTRY.field("note").max_len
                self.ws.incidents.add_timeline(
                    option["incident_id"], at=self.get(decision_id)["decided_at"],
                    kind="decision", note=note if len(note) <= limit else note[:limit - 1] + "…")
        return decision_id

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        if obj is not None:
            raise ValidationError(
                N_("A decision is a record: take a new decision instead of editing it."), "rationale")
        option = session.get(m.ResponseOption, values["option_id"])
        values["option_name"] = option.name
        values["decided_by"] = self.store.actor
        values["decided_at"] = datetime.now(UTC)
        values.setdefault("risk_id", option.risk_id)
        values.setdefault("incident_id", option.incident_id)
