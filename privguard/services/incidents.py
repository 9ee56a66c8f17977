"""Incidents, their timelines and breach assessments with the Art. 33/34 clocks."""

from __future__ import annotations

from typing import Any

from privguard.domain import breach_notice
from privguard.domain import entities as specs
from privguard.domain.breach_clock import BreachClock
from privguard.domain.enums import IncidentStatus, RightsRisk
from privguard.domain.errors import NotFoundError, ValidationError
from privguard.domain.workflow import check_transition
from privguard.services.entities import NOT_FOUND, EntityService, plain
from privguard.storage import models as m
from privguard.storage import queries


class IncidentService(EntityService):
    spec = specs.INCIDENT
    list_query = queries.incident_rows

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        if obj is not None and values.get("status") != obj.status:
            check_transition(IncidentStatus(obj.status), IncidentStatus(values["status"]))
        order = [("occurred_at", "detected_at"), ("detected_at", "contained_at"),
                 ("contained_at", "resolved_at"), ("detected_at", "resolved_at")]
        for earlier, later in order:
            a, b = values.get(earlier), values.get(later)
            if a is not None and b is not None and b < a:
                raise ValidationError.of("{label} cannot be before “{earlier_label}”.", later,
                                         label=self.spec.field(later).label,
                                         earlier_label=self.spec.field(earlier).label)

    def add_timeline(self, incident_id: int, **data: Any) -> int:
        if "actor" not in data:
            # "name (role)" of the unlocked person: a 200-character name with its role is
            # longer than the field, and must not make the entry (or a decision) fail.
            limit = specs.TIMELINE_ENTRY.field("actor").max_len or len(self.store.actor)
            actor = self.store.actor
            data["actor"] = actor if len(actor) <= limit else actor[:limit - 1] + "…"
        return self.ws.timeline.create(incident_id=incident_id, **data)

    def timeline(self, incident_id: int) -> list[dict[str, Any]]:
        with self.store.read() as session:
            incident = self._load(session, incident_id)
            return [plain(e, specs.TIMELINE_ENTRY) for e in incident.timeline]


class BreachService(EntityService):
    spec = specs.BREACH_ASSESSMENT

    def _coerce(self, data: dict[str, Any]) -> dict[str, Any]:
        if "phases" in data:
            data = {**data, "phases": breach_notice.normalise_phases(data["phases"])}
        return data

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        phases = breach_notice.phases_of(values.get("phases"))
        if phases and values.get("authority_notified_at") is None:
            # The first phase is the initial notification: the authority was notified then.
            values["authority_notified_at"] = phases[0].at
        self.clock_from(values)  # the clock's own checks (notified after awareness, ...)
        # Rules added after a register's breaches were recorded (Art. 33(1), 33(3), 33(4))
        # apply to what this save changes, so older assessments still open and save.
        changed = None if obj is None else {k for k, v in values.items() if getattr(obj, k) != v}
        breach_notice.check(values, changed)

    def missing(self, incident_id: int) -> list[breach_notice.Missing]:
        """What the incident's breach assessment still lacks (Art. 33(3), 34(2), ...)."""
        breach = self.for_incident(incident_id)
        return [] if breach is None else breach_notice.missing(breach)

    def for_incident(self, incident_id: int) -> dict[str, Any] | None:
        with self.store.read() as session:
            incident = session.get(m.Incident, incident_id)
            if incident is None:
                raise NotFoundError.of(NOT_FOUND, what=specs.INCIDENT.label, id=str(incident_id))
            return plain(incident.breach, self.spec) if incident.breach else None

    def assess(self, incident_id: int, **data: Any) -> int:
        """Create or update the breach assessment of an incident."""
        existing = self.for_incident(incident_id)
        if existing is None:
            data.setdefault("deadline_hours", self.ws.settings.get("breach_deadline_hours"))
            return self.create(incident_id=incident_id, **data)
        self.update(existing["id"], **data)
        return existing["id"]

    @staticmethod
    def clock_from(values: dict[str, Any]) -> BreachClock:
        return BreachClock(
            aware_at=values["aware_at"],
            rights_risk=RightsRisk(values["rights_risk"]),
            deadline_hours=values.get("deadline_hours") or 72.0,
            authority_notified_at=values.get("authority_notified_at"),
            subjects_notified_at=values.get("subjects_notified_at"),
        )

    def clocks(self, *, open_only: bool = True) -> list[tuple[int, str, BreachClock]]:
        """(incident id, incident title, clock) for every breach assessment."""
        with self.store.read() as session:
            rows = queries.breach_rows(session)
        out = []
        for row in rows.dicts():
            if open_only and row["status"] == IncidentStatus.CLOSED.value:
                continue
            out.append((row["incident_id"], row["title"], self.clock_from(row)))
        return out
