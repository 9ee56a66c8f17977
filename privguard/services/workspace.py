"""Opening, creating and locking a register, and the use cases on an open one."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privguard.domain.entities import PERSON
from privguard.domain.errors import ValidationError
from privguard.domain.passphrase import MIN_PASSPHRASE, check_passphrase  # noqa: F401 - public here too
from privguard.domain.rows import ListQuery, RowSet
from privguard.domain.schema import ONE_OF
from privguard.services.catalogues import CatalogueService
from privguard.services.entities import (
    AssetService,
    BusinessServiceService,
    ControlService,
    PeopleService,
    PurposeService,
    ThreatService,
    TimelineService,
)
from privguard.services.incidents import BreachService, IncidentService
from privguard.services.inventory import ActivityService
from privguard.services.responses import DecisionService, OptionService
from privguard.services.risks import RiskService
from privguard.services.settings import SettingsService
from privguard.storage import queries
from privguard.storage import register as reg

if TYPE_CHECKING:
    from privguard.services.analysis import AnalysisService
    from privguard.services.reporting import ReportingService


class Workspace:
    """An unlocked register with its use cases. ``close()`` locks it.

    ``reporting`` and ``analysis`` are made on first use: their modules import the report
    builders (reportlab) and the analysis engine (numpy), which most commands never need.
    """

    def __init__(self, register: reg.Register):
        self.register = register
        self.settings = SettingsService(self)
        self.catalogues = CatalogueService(self)
        self.people = PeopleService(self)
        self.services = BusinessServiceService(self)
        self.assets = AssetService(self)
        self.activities = ActivityService(self)
        self.purposes = PurposeService(self)
        self.threats = ThreatService(self)
        self.controls = ControlService(self)
        self.risks = RiskService(self)
        self.incidents = IncidentService(self)
        self.timeline = TimelineService(self)
        self.breaches = BreachService(self)
        self.options = OptionService(self)
        self.decisions = DecisionService(self)

    @functools.cached_property
    def reporting(self) -> ReportingService:
        from privguard.services.reporting import ReportingService

        return ReportingService(self)

    @functools.cached_property
    def analysis(self) -> AnalysisService:
        from privguard.services.analysis import AnalysisService

        return AnalysisService(self)

    @property
    def actor(self) -> str:
        return self.register.actor

    @property
    def organisation(self) -> str:
        return self.settings.get("organisation") or self.register.header.organisation

    @property
    def folder(self) -> Path:
        return self.register.paths.folder

    def today(self) -> date:
        return datetime.now(UTC).date()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Several use cases in one transaction: all saved, or none."""
        with self.register.store.write():
            yield

    def audit_rows(self, query: ListQuery | None = None) -> RowSet:
        with self.register.store.read() as session:
            return queries.audit_rows(session, query or ListQuery())

    def report_rows(self, query: ListQuery | None = None) -> RowSet:
        with self.register.store.read() as session:
            return queries.report_rows(session, query or ListQuery())

    def close(self) -> None:
        self.register.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def create(path: Path, *, organisation: str, name: str, role: str,
           passphrase: str) -> tuple[Workspace, str]:
    """A new register; returns the open workspace and the recovery key (show it once)."""
    check_passphrase(passphrase)
    from privguard.domain.enums import PersonRole

    try:
        role = PersonRole(role).value
    except ValueError:
        roles = ", ".join(r.value for r in PersonRole)
        raise ValidationError.of(ONE_OF, "role", label=PERSON.field("role").label,
                                 allowed=roles) from None
    made: list[Workspace] = []

    def initialise(register: reg.Register) -> None:
        ws = Workspace(register)
        with ws.transaction():
            ws.settings.set("organisation", organisation.strip())
            ws.people.create(name=name.strip(), role=role)
        made.append(ws)

    _, recovery = reg.create_register(Path(path), name=name, role=role, passphrase=passphrase,
                                      initialise=initialise)
    return made[0], recovery


def open_workspace(path: Path, passphrase: str, slot: str | None = None, **kwargs: Any) -> Workspace:
    return Workspace(reg.open_register(Path(path), passphrase, slot, **kwargs))


def read_slots(path: Path) -> list[dict[str, str]]:
    """Who can unlock the register at ``path`` (names and roles are not secret)."""
    from privguard.storage.keyslots import read_header

    header = read_header(Path(path) / reg.KEYS_NAME)
    return [{"id": s.id, "name": s.name, "role": s.role, "kind": s.kind,
             "created_at": s.created_at} for s in header.slots]


def restore_backup(archive: Path, to: Path) -> Path:
    return reg.restore_backup(Path(archive), Path(to))


def list_backups(path: Path) -> list[Path]:
    return reg.list_backups(Path(path))
