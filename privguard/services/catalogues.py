"""Built-in catalogues plus the register's own entries; threats and controls from them."""

from __future__ import annotations

from typing import Any

from privguard.domain import catalogue
from privguard.domain.catalogue import CatalogueEntry
from privguard.domain.enums import ControlStatus
from privguard.domain.errors import ValidationError
from privguard.storage import models as m


class CatalogueService:
    def __init__(self, workspace: Any):
        self.ws = workspace

    @property
    def store(self):  # noqa: ANN201
        return self.ws.register.store

    def user_entries(self, kind: str) -> list[CatalogueEntry]:
        with self.store.read() as session:
            items = session.query(m.CatalogueItem).filter_by(kind=kind).order_by(m.CatalogueItem.code)
            return [CatalogueEntry(kind=i.kind, code=i.code, name=i.name,
                                   description=i.description, attributes=dict(i.attributes or {}))
                    for i in items]

    def entries(self, kind: str) -> tuple[CatalogueEntry, ...]:
        return catalogue.merged(kind, self.user_entries(kind))

    def find(self, kind: str, code: str) -> CatalogueEntry | None:
        return next((e for e in self.entries(kind) if e.code == code), None)

    def add(self, kind: str, code: str, name: str, description: str = "",
            **attributes: Any) -> None:
        code = code.strip().upper()
        catalogue.validate_user_entry(kind, code, name)
        if any(e.code == code for e in self.user_entries(kind)):
            raise ValidationError.of("Your catalogue already has an entry {code}.", "code", code=code)
        with self.store.write() as session:
            session.add(m.CatalogueItem(kind=kind, code=code, name=name.strip(),
                                        description=description.strip(), attributes=attributes,
                                        changed_by=self.store.actor))

    def threat_id(self, code: str) -> int:
        """The register's threat for a catalogue code, added from the catalogue on first use."""
        with self.store.read() as session:
            found = session.query(m.Threat).filter_by(code=code).one_or_none()
            if found is not None:
                return found.id
        entry = self.find("threat", code)
        if entry is None:
            raise ValidationError.of("No threat {code} in the catalogue.", "threat", code=code)
        return self.ws.threats.create(code=entry.code, name=entry.name,
                                      nature=entry.attributes.get("nature", "deliberate"),
                                      family=entry.attributes.get("family", ""),
                                      description=entry.description, custom=False)

    def control_id(self, code: str, status: str = ControlStatus.IMPLEMENTED.value) -> int:
        """The register's control for a catalogue code, added on first use."""
        with self.store.read() as session:
            found = session.query(m.Control).filter_by(code=code).first()
            if found is not None:
                return found.id
        entry = self.find("control", code)
        if entry is None:
            raise ValidationError.of("No control {code} in the catalogue.", "control", code=code)
        cost = entry.attributes.get("typical_cost") or {}
        return self.ws.controls.create(code=entry.code, name=entry.name, status=status,
                                       description=entry.description,
                                       cost_one_off=cost.get("one_off", 0.0),
                                       cost_yearly=cost.get("yearly", 0.0))
