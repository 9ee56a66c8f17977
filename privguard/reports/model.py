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
    #: since (date: the period's first day), new_risks, scores_up, scores_down, new_incidents,
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
    #: where the period starts ("What changed" counts from its first moment)
    since: date | None = None
    #: the breaches whose Art. 33 clock runs: as in ``breaches``, with hours_left
    running_clocks: list[Row] = field(default_factory=list)
    #: open high- or critical-severity incidents with no breach assessment: id, title,
    #: severity, detected_at
    unassessed: list[Row] = field(default_factory=list)
    #: each open incident with options: id, title, mtd_hours, decision (id, option_name,
    #: decided_by, decided_at, or None), options (id, name, orientation, chosen,
    #: expected_cost, p95_cost, downtime_hours, p95_downtime_hours, p_over_mtd,
    #: data_loss_hours, reinfection)
    incident_responses: list[Row] = field(default_factory=list)


@dataclass
class RopaData:
    organisation: str
    #: each activity: the stored fields plus owner, purposes (description, art6_basis,
    #: art9_condition, and each as an Entry: art6, art9), assets (names), subject_entries,
    #: category_entries, special_entries, criminal_entries (Entry lists), dpia_criteria_met
    #: (int); each transfer also has safeguard_entry (Entry) and safeguard_article
    activities: list[Row]
    #: the controller block (Settings): controller_address, controller_email,
    #: controller_phone, dpo_name, dpo_contact, eu_representative
    controller: Row = field(default_factory=dict)


@dataclass
class BreachLogData:
    """The record of personal-data breaches that Art. 33(5) asks the controller to keep."""

    #: every breach assessment, oldest first: the stored assessment fields plus incident
    #: (id, title, category, severity, status, occurred_at, detected_at, contained_at,
    #: resolved_at), due_at, state, subjects_notice, margin_hours (notified before (+) or
    #: after (-) the deadline), category_entries and subject_entries (Entry lists),
    #: decisions (option_name, decided_by, decided_at, rationale)
    breaches: list[Row]
    today: date = field(default_factory=date.today)


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
    #: the stored assessment plus due_at, state, time_left (a running clock's), subjects_notice,
    #: past_deadline, must_tell, missing (breach_notice.Missing list), phase_list
    #: (breach_notice.Phase list), category_entries and subject_entries (Entry lists)
    breach: Row | None
    #: name, orientation, costs, downtime_hours, data_loss_hours, reinfection_probability,
    #: evidence_preserved, side_risks, description
    options: list[Row]
    decisions: list[Row]
    #: the affected business services: name, mtd_hours, rto_hours, rpo_hours
    service_rows: list[Row] = field(default_factory=list)
    #: each option's expected cost by its id, and where it comes from: "decision" (the
    #: figures frozen with the decision made at ``expected_at``), "analysis" (computed for
    #: the report with ``expected_trials`` trials) or "" (none)
    expected_costs: dict[int, float] = field(default_factory=dict)
    expected_basis: str = ""
    expected_at: datetime | None = None
    expected_trials: int = 0


@dataclass
class NotificationData:
    """The draft of a breach notification to the supervisory authority (Art. 33)."""

    organisation: str
    #: id, title, detected_at, category
    incident: Row
    #: the assessment as IncidentData.breach has it
    breach: Row
    activities: list[str] = field(default_factory=list)


@dataclass
class DecisionData:
    #: option_name, decided_by, decided_at, rationale, figures, subject_kind, subject_title
    decision: Row
    #: the options of the same subject as stored now (name, orientation, costs)
    options: list[Row]
