"""Closed vocabularies of the register. Values are stored as these strings."""

from __future__ import annotations

from enum import StrEnum


class PersonRole(StrEnum):
    """A person's role; "cpo" or "legal" as typed are the same role."""

    @classmethod
    def _missing_(cls, value: object) -> PersonRole | None:
        if isinstance(value, str):
            for role in cls:
                if role.value.casefold() == value.strip().casefold():
                    return role
        return None

    CPO = "CPO"
    CSO = "CSO"
    DPO = "DPO"
    CISO = "CISO"
    IT = "IT"
    LEGAL = "Legal"
    BUSINESS = "Business"
    EXECUTIVE = "Executive"
    AUDITOR = "Auditor"
    OTHER = "Other"


class AssetKind(StrEnum):
    SYSTEM = "system"
    APPLICATION = "application"
    DATABASE = "database"
    DEVICE = "device"
    VENDOR_SERVICE = "vendor_service"
    SITE = "site"
    PAPER_FILE = "paper_file"


class ProcessingRole(StrEnum):
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"


class TransferSafeguard(StrEnum):
    ADEQUACY = "adequacy"
    SCCS = "sccs"
    BCRS = "bcrs"
    DEROGATION = "derogation"
    CODE_OF_CONDUCT = "code_of_conduct"
    CERTIFICATION = "certification"
    AD_HOC_CLAUSES = "ad_hoc_clauses"
    NONE = "none"


class DpiaStatus(StrEnum):
    NOT_REQUIRED = "not_required"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ThreatNature(StrEnum):
    DELIBERATE = "deliberate"
    ACCIDENTAL = "accidental"
    ENVIRONMENTAL = "environmental"


class ControlStatus(StrEnum):
    PLANNED = "planned"
    IMPLEMENTING = "implementing"
    IMPLEMENTED = "implemented"
    RETIRED = "retired"


class Treatment(StrEnum):
    MITIGATE = "mitigate"
    ACCEPT = "accept"
    TRANSFER = "transfer"
    AVOID = "avoid"


class RiskStatus(StrEnum):
    IDENTIFIED = "identified"
    ASSESSED = "assessed"
    TREATING = "treating"
    MONITORED = "monitored"
    CLOSED = "closed"


class ScoreStage(StrEnum):
    INHERENT = "inherent"
    CURRENT = "current"
    RESIDUAL = "residual"


class OptionOrientation(StrEnum):
    IT_CENTRIC = "it_centric"
    BUSINESS_CENTRIC = "business_centric"


class IncidentSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(StrEnum):
    DETECTED = "detected"
    TRIAGED = "triaged"
    CONTAINED = "contained"
    ERADICATED = "eradicated"
    RECOVERED = "recovered"
    CLOSED = "closed"


class RightsRisk(StrEnum):
    """Risk to the rights and freedoms of people (Art. 33/34)."""

    NONE = "none"
    RISK = "risk"
    HIGH = "high"


class BreachType(StrEnum):
    """What a personal-data breach did to the data; several may apply."""

    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"


class BreachState(StrEnum):
    """Whether the breach still goes on."""

    ONGOING = "ongoing"
    ENDED = "ended"


class SubjectsExemption(StrEnum):
    """Art. 34(3): why the people affected need not each be told."""

    UNINTELLIGIBLE = "unintelligible"  # (a) the data are unintelligible (encrypted, ...)
    RISK_NO_LONGER_LIKELY = "risk_no_longer_likely"  # (b) later measures removed the high risk
    PUBLIC_COMMUNICATION = "public_communication"  # (c) disproportionate effort: told publicly


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EVENT = "event"
