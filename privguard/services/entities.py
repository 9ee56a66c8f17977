"""Create, edit, delete and link the entities of the register, with validation.

Every write goes through ``Store.write``, so it is one transaction and the
audit trail records it. Lists come back as RowSets (plain tuples).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from privguard.domain import entities as specs
from privguard.domain.errors import NotFoundError, ValidationError
from privguard.domain.rows import ListQuery, RowSet
from privguard.domain.schema import ONE_OF, EntitySpec
from privguard.storage import models as m
from privguard.storage import queries
from privguard.words import N_

# {what} is an entity's label ("Risk"), said as the reader's language names it.
NOT_FOUND = N_("{what} {id} does not exist (it may have been deleted).")

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace

_MODEL_FOR = {
    "persons": m.Person, "business_services": m.BusinessService, "assets": m.Asset,
    "processing_activities": m.ProcessingActivity, "purposes": m.Purpose, "threats": m.Threat,
    "controls": m.Control, "risks": m.Risk, "incidents": m.Incident,
    "timeline_entries": m.TimelineEntry, "breach_assessments": m.BreachAssessment,
    "response_options": m.ResponseOption, "decisions": m.Decision,
}
# Fields holding the id of another entity, checked to exist before saving.
_REFERENCES = {
    "owner_id": "persons", "reporter_id": "persons", "acceptance_approver_id": "persons",
    "threat_id": "threats", "activity_id": "processing_activities", "incident_id": "incidents",
    "risk_id": "risks", "option_id": "response_options",
}


def plain(obj: Any, spec: EntitySpec) -> dict[str, Any]:
    """An entity as a dict of its fields plus id, timestamps and linked ids."""
    out = {col.key: getattr(obj, col.key) for col in obj.__table__.columns}
    for relation in spec.links:
        out[relation] = sorted(o.id for o in getattr(obj, relation))
    return out


class EntityService:
    spec: EntitySpec
    list_query: Callable[..., RowSet] | None = None

    def __init__(self, workspace: Workspace):
        self.ws = workspace
        self.model = _MODEL_FOR[self.spec.entity]

    @property
    def store(self):  # noqa: ANN201 - storage type stays out of the signature
        return self.ws.register.store

    # -- reading -----------------------------------------------------------------

    def _load(self, session: Any, entity_id: int) -> Any:
        obj = session.get(self.model, entity_id)
        if obj is None:
            raise NotFoundError.of(NOT_FOUND, what=self.spec.label, id=str(entity_id))
        return obj

    def get(self, entity_id: int) -> dict[str, Any]:
        with self.store.read() as session:
            return plain(self._load(session, entity_id), self.spec)

    def rows(self, query: ListQuery | None = None, **filters: Any) -> RowSet:
        if type(self).list_query is None:
            raise NotImplementedError(f"{self.spec.label} has no list")
        query = query or ListQuery(filters=filters)
        self._check_filter_choices(query.filters)
        with self.store.read() as session:
            return type(self).list_query(session, query)

    def _check_filter_choices(self, filters: Mapping[str, Any]) -> None:
        """A filter on a field of fixed choices names one of them: "status=bogus" is a
        mistake to say, not an empty list to show."""
        known = {f.name: f for f in self.spec.fields}
        for name, wanted in filters.items():
            field = known.get(name)
            if field is None or field.choices is None:
                continue
            allowed = {c.value for c in field.choices}
            for value in wanted if isinstance(wanted, list | tuple | set) else [wanted]:
                if value is not None and str(value) not in allowed:
                    raise ValidationError.of(ONE_OF, name, label=field.label,
                                             allowed=", ".join(sorted(allowed)))

    def count(self) -> int:
        with self.store.read() as session:
            return queries.count(session, self.model)

    # -- writing -----------------------------------------------------------------

    def _check_references(self, session: Any, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            target = _REFERENCES.get(name)
            if target and value is not None and session.get(_MODEL_FOR[target], value) is None:
                raise ValidationError.of("{label}: {what} {id} does not exist.", name,
                                         label=self.spec.field(name).label,
                                         what=specs.SPECS[target].label, id=str(value))

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        """Cross-field rules of the entity; ``obj`` is None on create."""

    def _after_write(self, session: Any, obj: Any, changed: dict[str, Any], created: bool) -> None:
        """Side effects of a write in the same transaction (score history, ...)."""

    def _coerce(self, data: dict[str, Any]) -> dict[str, Any]:
        """Values as typed into the entity's own form, before its fields check them."""
        return data

    def create(self, links: Mapping[str, Iterable[int]] | None = None, **data: Any) -> int:
        values = self.spec.clean(self._coerce(data), partial=False)
        with self.store.write() as session:
            self._check_references(session, values)
            self._rules(session, values, None)
            obj = self.model(**values)
            obj.changed_by = self.store.actor
            session.add(obj)
            for relation, ids in (links or {}).items():
                self._set_link(session, obj, relation, ids)
            session.flush()
            self._after_write(session, obj, values, True)
            return obj.id

    def create_many(self, items: Iterable[Mapping[str, Any]]) -> list[int]:
        """Create many in one transaction and one flush (imports, generated registers).

        Each item is the keyword arguments of ``create``, with an optional "links" key.
        """
        with self.store.write() as session, session.no_autoflush:
            created = []
            for data in items:
                data = dict(data)
                links = data.pop("links", None) or {}
                values = self.spec.clean(self._coerce(data), partial=False)
                self._check_references(session, values)
                self._rules(session, values, None)
                obj = self.model(**values)
                obj.changed_by = self.store.actor
                session.add(obj)
                for relation, ids in links.items():
                    self._set_link(session, obj, relation, ids)
                created.append((obj, values))
            session.flush()
            for obj, values in created:
                self._after_write(session, obj, values, True)
            return [obj.id for obj, _ in created]

    def update(self, entity_id: int, **data: Any) -> None:
        values = self.spec.clean(self._coerce(data), partial=True)
        with self.store.write() as session:
            obj = self._load(session, entity_id)
            self._check_references(session, values)
            merged = {f.name: getattr(obj, f.name) for f in self.spec.fields} | values
            self._rules(session, merged, obj)
            changed = {k: v for k, v in merged.items() if getattr(obj, k) != v}
            for name, value in changed.items():
                setattr(obj, name, value)
            if changed:
                obj.changed_by = self.store.actor
                session.flush()
                self._after_write(session, obj, changed, False)

    def delete(self, entity_id: int) -> None:
        with self.store.write() as session:
            session.delete(self._load(session, entity_id))

    def _set_link(self, session: Any, obj: Any, relation: str, ids: Iterable[int]) -> None:
        if relation not in self.spec.links:
            raise ValidationError.of("{what} cannot be linked to '{relation}'.", relation,
                                     what=self.spec.label, relation=relation)
        target = _MODEL_FOR[self.spec.links[relation]]
        wanted = sorted(set(int(i) for i in ids))
        found = [session.get(target, i) for i in wanted]
        missing = [i for i, o in zip(wanted, found, strict=True) if o is None]
        if missing:
            raise ValidationError.of("Cannot link to missing items: {ids}.", relation,
                                     ids=", ".join(str(i) for i in missing))
        setattr(obj, relation, found)

    def set_links(self, entity_id: int, relation: str, ids: Iterable[int]) -> None:
        """Replace the entity's links of one kind (e.g. a risk's assets)."""
        with self.store.write() as session:
            obj = self._load(session, entity_id)
            self._set_link(session, obj, relation, ids)
            obj.changed_by = self.store.actor

    def link(self, entity_id: int, relation: str, other_id: int) -> None:
        current = self.get(entity_id)[relation]
        self.set_links(entity_id, relation, [*current, other_id])

    def unlink(self, entity_id: int, relation: str, other_id: int) -> None:
        current = self.get(entity_id)[relation]
        self.set_links(entity_id, relation, [i for i in current if i != other_id])


class PeopleService(EntityService):
    spec = specs.PERSON
    list_query = queries.person_rows


class BusinessServiceService(EntityService):
    spec = specs.BUSINESS_SERVICE
    list_query = queries.service_rows

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        rto, mtd = values.get("rto_hours"), values.get("mtd_hours")
        if rto is not None and mtd is not None and rto > mtd:
            raise ValidationError(
                N_("The recovery time objective cannot be longer than the maximum tolerable "
                   "downtime."), "rto_hours")


class AssetService(EntityService):
    spec = specs.ASSET
    list_query = queries.asset_rows


class ThreatService(EntityService):
    spec = specs.THREAT
    list_query = queries.threat_rows


class ControlService(EntityService):
    spec = specs.CONTROL
    list_query = queries.control_rows


class PurposeService(EntityService):
    spec = specs.PURPOSE

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        from privguard.domain import catalogue

        if catalogue.find("legal_basis_art6", values["art6_basis"]) is None:
            raise ValidationError.of(
                "'{code}' is not an Art. 6 legal basis (use 6(1)(a) to 6(1)(f)).", "art6_basis",
                code=values["art6_basis"])
        condition = values.get("art9_condition")
        if condition and catalogue.find("legal_basis_art9", condition) is None:
            raise ValidationError.of(
                "'{code}' is not an Art. 9 condition (use 9(2)(a) to 9(2)(j)).", "art9_condition",
                code=condition)


class TimelineService(EntityService):
    spec = specs.TIMELINE_ENTRY

