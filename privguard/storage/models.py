"""SQLAlchemy ORM models of every entity in the register.

Portable on purpose (a team mode on PostgreSQL reuses them): generic types,
JSON columns through SQLAlchemy's JSON type, timestamps stored as UTC.
"""

from __future__ import annotations

import uuid as _uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, whatever the backend stores."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the register; use an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(_uuid.uuid4())


def _uuid_column() -> Any:
    """A record's stable identity across registers (schema 0004), matched on import."""
    return mapped_column(String(36), unique=True, index=True, default=new_uuid)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every audited entity carries."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    uuid: Mapped[str | None] = _uuid_column()


_COLUMN_PREFIX = {
    "assets": "asset",
    "business_services": "service",
    "processing_activities": "activity",
    "risks": "risk",
    "controls": "control",
    "incidents": "incident",
}


def _link(name: str, left: str, right: str) -> Table:
    lcol, rcol = f"{_COLUMN_PREFIX[left]}_id", f"{_COLUMN_PREFIX[right]}_id"
    return Table(
        name,
        Base.metadata,
        Column(lcol, ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(rcol, ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{rcol}", rcol),
    )


asset_services = _link("asset_services", "assets", "business_services")
activity_assets = _link("activity_assets", "processing_activities", "assets")
risk_assets = _link("risk_assets", "risks", "assets")
risk_activities = _link("risk_activities", "risks", "processing_activities")
risk_controls = _link("risk_controls", "risks", "controls")
incident_assets = _link("incident_assets", "incidents", "assets")
incident_services = _link("incident_services", "incidents", "business_services")
incident_activities = _link("incident_activities", "incidents", "processing_activities")
incident_risks = _link("incident_risks", "incidents", "risks")


class Setting(Tracked, Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


class CatalogueItem(Tracked, Base):
    """A user's own catalogue entry (threat, control, data category, ...)."""

    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("kind", "code"),)
    kind: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)


class Person(Tracked, Base):
    __tablename__ = "persons"
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(320), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BusinessService(Tracked, Base):
    __tablename__ = "business_services"
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    # [[hours, money], ...] ascending in hours: the cost of being down that long.
    impact_curve: Mapped[list] = mapped_column(JSON, default=list)
    mtd_hours: Mapped[float | None] = mapped_column(Float)
    rto_hours: Mapped[float | None] = mapped_column(Float)
    rpo_hours: Mapped[float | None] = mapped_column(Float)
    data_loss_cost_per_hour: Mapped[float] = mapped_column(Float, default=0.0)
    owner: Mapped[Person | None] = relationship()
    assets: Mapped[list[Asset]] = relationship(secondary=asset_services, back_populates="services")


class Asset(Tracked, Base):
    __tablename__ = "assets"
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    hosting_country: Mapped[str] = mapped_column(String(2), default="")
    vendor: Mapped[str] = mapped_column(String(300), default="")
    confidentiality: Mapped[int] = mapped_column(Integer, default=2)
    integrity: Mapped[int] = mapped_column(Integer, default=2)
    availability: Mapped[int] = mapped_column(Integer, default=2)
    owner: Mapped[Person | None] = relationship()
    services: Mapped[list[BusinessService]] = relationship(
        secondary=asset_services, back_populates="assets"
    )


class ProcessingActivity(Tracked, Base):
    """A record of processing (GDPR Art. 30)."""

    __tablename__ = "processing_activities"
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(30))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    # Art. 30(2): for a processor, the controller(s) on whose behalf we act.
    controller_name: Mapped[str] = mapped_column(String(300), default="")
    controller_contact: Mapped[str] = mapped_column(Text, default="")
    joint_controllers: Mapped[str] = mapped_column(Text, default="")
    representative: Mapped[str] = mapped_column(Text, default="")
    dpo_contact: Mapped[str] = mapped_column(Text, default="")
    data_subjects: Mapped[list] = mapped_column(JSON, default=list)
    data_categories: Mapped[list] = mapped_column(JSON, default=list)
    special_categories: Mapped[bool] = mapped_column(Boolean, default=False)
    approx_subjects: Mapped[int | None] = mapped_column(Integer)
    approx_records: Mapped[int | None] = mapped_column(Integer)
    # [{"name", "kind": internal|processor|third_party|authority, "country"}]
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    # [{"country", "recipient", "safeguard", "note"}]
    transfers: Mapped[list] = mapped_column(JSON, default=list)
    retention: Mapped[str] = mapped_column(Text, default="")
    retention_days: Mapped[int | None] = mapped_column(Integer)
    security_measures: Mapped[str] = mapped_column(Text, default="")
    dpia_criteria: Mapped[list] = mapped_column(JSON, default=list)
    dpia_status: Mapped[str] = mapped_column(String(30), default="not_required")
    dpia_reference: Mapped[str] = mapped_column(String(300), default="")
    owner: Mapped[Person | None] = relationship()
    purposes: Mapped[list[Purpose]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="Purpose.id"
    )
    assets: Mapped[list[Asset]] = relationship(secondary=activity_assets)


class Purpose(Tracked, Base):
    __tablename__ = "purposes"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("processing_activities.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    art6_basis: Mapped[str] = mapped_column(String(20))
    art9_condition: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    activity: Mapped[ProcessingActivity] = relationship(back_populates="purposes")


class Threat(Tracked, Base):
    __tablename__ = "threats"
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    nature: Mapped[str] = mapped_column(String(20))
    family: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    custom: Mapped[bool] = mapped_column(Boolean, default=False)


class Control(Tracked, Base):
    __tablename__ = "controls"
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    cost_one_off: Mapped[float] = mapped_column(Float, default=0.0)
    cost_yearly: Mapped[float] = mapped_column(Float, default=0.0)
    owner: Mapped[Person | None] = relationship()


class Risk(Tracked, Base):
    __tablename__ = "risks"
    __table_args__ = (
        Index("ix_risks_residual", "residual_likelihood", "residual_impact"),
        Index("ix_risks_status_review", "status", "review_on"),
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    threat_id: Mapped[int | None] = mapped_column(
        ForeignKey("threats.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    inherent_likelihood: Mapped[int] = mapped_column(Integer)
    inherent_impact: Mapped[int] = mapped_column(Integer)
    current_likelihood: Mapped[int | None] = mapped_column(Integer)
    current_impact: Mapped[int | None] = mapped_column(Integer)
    residual_likelihood: Mapped[int | None] = mapped_column(Integer)
    residual_impact: Mapped[int | None] = mapped_column(Integer)
    treatment: Mapped[str | None] = mapped_column(String(20))
    treatment_justification: Mapped[str] = mapped_column(Text, default="")
    acceptance_approver_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    acceptance_expires_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    # Quantitative inputs for the analysis engine (frequency and loss forms).
    quant: Mapped[dict | None] = mapped_column(JSON)
    threat: Mapped[Threat | None] = relationship()
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    acceptance_approver: Mapped[Person | None] = relationship(
        foreign_keys=[acceptance_approver_id]
    )
    assets: Mapped[list[Asset]] = relationship(secondary=risk_assets)
    activities: Mapped[list[ProcessingActivity]] = relationship(secondary=risk_activities)
    controls: Mapped[list[Control]] = relationship(secondary=risk_controls)


class RiskScore(Base):
    """History of a risk's scores; rows are only appended."""

    __tablename__ = "risk_scores"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200), default="")
    uuid: Mapped[str | None] = _uuid_column()


class Incident(Tracked, Base):
    __tablename__ = "incidents"
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(60), default="")
    severity: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    contained_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    actual_cost: Mapped[float | None] = mapped_column(Float)
    lessons_learned: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[Person | None] = relationship()
    assets: Mapped[list[Asset]] = relationship(secondary=incident_assets)
    services: Mapped[list[BusinessService]] = relationship(secondary=incident_services)
    activities: Mapped[list[ProcessingActivity]] = relationship(secondary=incident_activities)
    risks: Mapped[list[Risk]] = relationship(secondary=incident_risks)
    timeline: Mapped[list[TimelineEntry]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="TimelineEntry.at"
    )
    breach: Mapped[BreachAssessment | None] = relationship(
        back_populates="incident", cascade="all, delete-orphan", uselist=False
    )


class TimelineEntry(Tracked, Base):
    __tablename__ = "timeline_entries"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(40), default="note")
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="")
    incident: Mapped[Incident] = relationship(back_populates="timeline")


class BreachAssessment(Tracked, Base):
    __tablename__ = "breach_assessments"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), unique=True
    )
    aware_at: Mapped[datetime] = mapped_column(UTCDateTime)
    nature: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[list] = mapped_column(JSON, default=list)
    data_subjects: Mapped[list] = mapped_column(JSON, default=list)
    approx_subjects: Mapped[int | None] = mapped_column(Integer)
    approx_records: Mapped[int | None] = mapped_column(Integer)
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    contact_point: Mapped[str] = mapped_column(Text, default="")
    rights_risk: Mapped[str] = mapped_column(String(10))
    deadline_hours: Mapped[float] = mapped_column(Float, default=72.0)
    authority_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    authority_reference: Mapped[str] = mapped_column(String(300), default="")
    subjects_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    subjects_reference: Mapped[str] = mapped_column(String(300), default="")
    # Schema 0003: the rest of what Art. 33 and 34 ask (privguard.domain.breach_notice).
    breach_types: Mapped[list] = mapped_column(JSON, default=list)
    breach_state: Mapped[str | None] = mapped_column(String(20))
    breach_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    breach_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delay_reasons: Mapped[str] = mapped_column(Text, default="")
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_authority: Mapped[str] = mapped_column(String(300), default="")
    phases: Mapped[list] = mapped_column(JSON, default=list)
    subjects_notice_content: Mapped[str] = mapped_column(Text, default="")
    subjects_channel: Mapped[str] = mapped_column(String(300), default="")
    subjects_told: Mapped[int | None] = mapped_column(Integer)
    subjects_exemption: Mapped[str | None] = mapped_column(String(30))
    subjects_exemption_reason: Mapped[str] = mapped_column(Text, default="")
    no_risk_reasoning: Mapped[str] = mapped_column(Text, default="")
    incident: Mapped[Incident] = relationship(back_populates="breach")


class ResponseOption(Tracked, Base):
    """An alternative answer to a risk (a treatment) or to a live incident (a response)."""

    __tablename__ = "response_options"
    __table_args__ = (
        CheckConstraint(
            "(risk_id IS NULL) <> (incident_id IS NULL)", name="one_subject"
        ),
    )
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risks.id", ondelete="CASCADE"), index=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    orientation: Mapped[str] = mapped_column(String(20))
    cost_one_off: Mapped[float] = mapped_column(Float, default=0.0)
    cost_yearly: Mapped[float] = mapped_column(Float, default=0.0)
    cost_per_incident: Mapped[float] = mapped_column(Float, default=0.0)
    time_to_effect_days: Mapped[float] = mapped_column(Float, default=0.0)
    frequency_factor: Mapped[float] = mapped_column(Float, default=1.0)
    # {"productivity": 0.5, ...}: multiplier applied to each loss form.
    loss_factors: Mapped[dict] = mapped_column(JSON, default=dict)
    # Ranges in hours: {"low", "mode", "high"} (PERT, maybe with "gamma"), or with "dist"
    # "uniform" / "lognormal" (domain/ranges.py). Always a dict, never a bare JSON number:
    # SQLite gives a column declared JSON numeric affinity, and would turn "9" back into 9.
    downtime_hours: Mapped[dict | None] = mapped_column(JSON)
    data_loss_hours: Mapped[dict | None] = mapped_column(JSON)
    containment_hours: Mapped[dict | None] = mapped_column(JSON)
    reinfection_probability: Mapped[float] = mapped_column(Float, default=0.0)
    reinfection_downtime_hours: Mapped[dict | None] = mapped_column(JSON)
    reinfection_delay_hours: Mapped[dict | None] = mapped_column(JSON)
    evidence_preserved: Mapped[bool] = mapped_column(Boolean, default=True)
    side_risks: Mapped[str] = mapped_column(Text, default="")


class Decision(Tracked, Base):
    __tablename__ = "decisions"
    risk_id: Mapped[int | None] = mapped_column(ForeignKey("risks.id", ondelete="SET NULL"))
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL")
    )
    option_id: Mapped[int | None] = mapped_column(
        ForeignKey("response_options.id", ondelete="SET NULL")
    )
    option_name: Mapped[str] = mapped_column(String(300))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rationale: Mapped[str] = mapped_column(Text)
    # The figures the decision was taken on, frozen (inputs, outputs, seed, numpy version).
    figures: Mapped[dict] = mapped_column(JSON, default=dict)
    option: Mapped[ResponseOption | None] = relationship()


class ReportRecord(Base):
    __tablename__ = "report_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(500), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str | None] = _uuid_column()


class AuditEntry(Base):
    """One link of the tamper-evident chain. ``changes`` is canonical JSON text."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


#: Audited entity classes by the name the audit trail uses for them.
AUDITED: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (
        Setting,
        CatalogueItem,
        Person,
        BusinessService,
        Asset,
        ProcessingActivity,
        Purpose,
        Threat,
        Control,
        Risk,
        Incident,
        TimelineEntry,
        BreachAssessment,
        ResponseOption,
        Decision,
        ReportRecord,
    )
}
