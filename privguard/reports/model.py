"""The plain data each report is built from; the services fill these in.

Rows are plain dicts (the keys each report reads are listed on its builder),
so the report code never sees a session, an ORM object or the register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from privguard.domain.matrix import RiskMatrix

Row = dict[str, Any]


@dataclass(frozen=True)
class Entry:
    """A catalogue entry as the register holds it (a threat, control, data category, legal
    basis, ...): a built-in one has its ``code`` and prints in the report's language; one of
    the user's own (or a built-in the user renamed) has no code and prints as typed."""

    kind: str
    code: str | None
    name: str


@dataclass(frozen=True)
class ReportMeta:
    """Who made the report, for whom and when: printed on the cover and every page."""

    kind: str
    organisation: str
    author: str
    generated_at: datetime
    fingerprint: str
    lang: str = "en"
    currency: str = "EUR"
    period: tuple[date, date] | None = None
    subject: str = ""


@dataclass(frozen=True)
class RenderedReport:
    data: bytes
    pages: int


@dataclass
class BoardData:
    matrix: RiskMatrix
    heat_inherent: dict[tuple[int, int], int]
    heat_residual: dict[tuple[int, int], int]
    #: open risks: id, title, owner, treatment, status, inherent/current/residual
    #: (each a (likelihood, impact) tuple or None)
    risks: list[Row]
    #: (month end, risks above appetite, risks scored)
    trend: list[tuple[date, int, int]]
    #: since: datetime | None, new_risks, scores_up, scores_down, new_incidents,
    #: open_new_incidents, decisions, breaches
    changes: Row
    above_appetite: list[Row]
    awaiting_decision: list[Row]
    expired_acceptances: list[Row]
    #: name, subject, orientation, cost_one_off, cost_yearly, cost_per_incident,
    #: decided (bool), benefit (float | None)
    options: list[Row]
    #: option_name, subject, decided_by, decided_at, rationale, figures
    decisions: list[Row]
    #: title, severity, status, detected_at, actual_cost
    incidents: list[Row]
    #: title, aware_at, due_at, authority_notified_at, state, subjects_notice, rights_risk
    breaches: list[Row]
    #: title, owner, review_on, acceptance_expires_on
    overdue: list[Row]
    open_incidents: int = 0
    today: date = field(default_factory=date.today)


@dataclass
class RopaData:
    organisation: str
    #: each activity: the stored fields plus owner, purposes (description, art6_basis,
    #: art9_condition, and each as an Entry: art6, art9), assets (names), subject_entries,
    #: category_entries (Entry lists), dpia_criteria_met (int); each transfer also has
    #: safeguard_entry (Entry)
    activities: list[Row]


@dataclass
class RiskRegisterData:
    matrix: RiskMatrix
    #: id, title, threat (Entry or None), owner, inherent/current/residual ((l, i) or None),
    #: treatment, status, controls (Entry list), review_on, acceptance_expires_on
    risks: list[Row]
    filters: dict[str, Any] = field(default_factory=dict)
    search: str = ""


@dataclass
class IncidentData:
    #: the stored incident fields plus reporter (name)
    incident: Row
    timeline: list[Row]
    assets: list[str]
    services: list[str]
    activities: list[str]
    risks: list[str]
    #: the stored assessment plus due_at, state, subjects_notice, category_entries and
    #: subject_entries (Entry lists)
    breach: Row | None
    #: name, orientation, costs, downtime_hours, data_loss_hours, reinfection_probability,
    #: evidence_preserved, side_risks, description
    options: list[Row]
    decisions: list[Row]


@dataclass
class DecisionData:
    #: option_name, decided_by, decided_at, rationale, figures, subject_kind, subject_title
    decision: Row
    #: the options of the same subject as stored now (name, orientation, costs)
    options: list[Row]
