"""Status workflows of incidents and risks, and the rule for accepting a risk.

Incidents (``IncidentStatus``), in order
detected → triaged → contained → eradicated → recovered → closed:

* Moving forward may skip steps (detected → contained is fine when triage and
  containment happened together), except closing: an incident can be closed
  only from *recovered*, or straight from *triaged* when it turned out to be a
  false alarm or not an incident at all.
* Moving back is allowed between triaged, contained, eradicated and recovered
  (for example re-infection after recovery sends it back to triaged or
  contained). Nothing goes back to *detected*: detection is a fact, not a stage.
* A closed incident can only be reopened to *triaged*.

Risks (``RiskStatus``), in order identified → assessed → treating → monitored
→ closed:

* An identified risk must be assessed (scored) before it is treated or
  monitored; it may be closed directly (a duplicate, or not applicable).
* An assessed risk may go to treating, or straight to monitored (accepted
  risks need no treatment), or be closed.
* Treating and monitored may go to each other, back to assessed (to reassess),
  or to closed. A risk may be closed from any open status.
* A closed risk can only be reopened to *identified*, so it is assessed again.

Staying in the same status is not a transition and is always allowed.

Accepting a risk (``Treatment.ACCEPT``) needs the name of the approver and an
expiry date after today and no more than three years away.
"""

from __future__ import annotations

from datetime import date, datetime

from privguard.domain.enums import IncidentStatus, RiskStatus, Treatment
from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase

MAX_ACCEPTANCE_YEARS = 3

INCIDENT_STATUS_LABELS: dict[IncidentStatus, str] = {
    IncidentStatus.DETECTED: "Detected",
    IncidentStatus.TRIAGED: "Triaged",
    IncidentStatus.CONTAINED: "Contained",
    IncidentStatus.ERADICATED: "Eradicated",
    IncidentStatus.RECOVERED: "Recovered",
    IncidentStatus.CLOSED: "Closed",
}

RISK_STATUS_LABELS: dict[RiskStatus, str] = {
    RiskStatus.IDENTIFIED: "Identified",
    RiskStatus.ASSESSED: "Assessed",
    RiskStatus.TREATING: "Being treated",
    RiskStatus.MONITORED: "Monitored",
    RiskStatus.CLOSED: "Closed",
}

# --- Messages shown to the user: message ids, translated where they are shown. ---
# A status name in a blank goes in as a Phrase, so it is said in the reader's language.
MSG_UNKNOWN_INCIDENT_STATUS = N_("“{value}” is not an incident status.")
MSG_UNKNOWN_RISK_STATUS = N_("“{value}” is not a risk status.")
MSG_INCIDENT_TO_DETECTED = N_("An incident cannot go back to “Detected”; choose “Triaged” instead.")
MSG_INCIDENT_CLOSE = N_(
    "An incident can be closed only once it is “Recovered”, or straight after "
    "“Triaged” if it turned out to be a false alarm."
)
MSG_INCIDENT_REOPEN = N_("A closed incident can only be reopened to “Triaged”.")
MSG_RISK_NOT_ASSESSED = N_("A risk must be assessed before it can be “{new}”.")
MSG_RISK_TO_IDENTIFIED = N_(
    "A risk cannot go back to “Identified” unless it is being reopened after closing."
)
MSG_RISK_REOPEN = N_(
    "A closed risk can only be reopened to “Identified”, so that it is assessed again."
)

MSG_TREATMENT = N_("“{value}” is not a risk treatment.")
MSG_APPROVER = N_("Accepting a risk needs the name of the person who approved the acceptance.")
MSG_EXPIRY_MISSING = N_("Accepting a risk needs an expiry date, when the acceptance must be reviewed.")
MSG_EXPIRY_PAST = N_("The acceptance must expire after today.")
MSG_EXPIRY_TOO_FAR = N_(
    "The acceptance may last at most three years; choose an expiry date no later than {latest}."
)


def _incident_status(value: IncidentStatus | str) -> IncidentStatus:
    try:
        return IncidentStatus(value)
    except ValueError:
        raise ValidationError.of(MSG_UNKNOWN_INCIDENT_STATUS, field="status", value=value) from None


def _risk_status(value: RiskStatus | str) -> RiskStatus:
    try:
        return RiskStatus(value)
    except ValueError:
        raise ValidationError.of(MSG_UNKNOWN_RISK_STATUS, field="status", value=value) from None


# --- Incidents ---------------------------------------------------------------

_INCIDENT_ORDER: tuple[IncidentStatus, ...] = tuple(IncidentStatus)
_INCIDENT_ACTIVE: frozenset[IncidentStatus] = frozenset(
    {
        IncidentStatus.TRIAGED,
        IncidentStatus.CONTAINED,
        IncidentStatus.ERADICATED,
        IncidentStatus.RECOVERED,
    }
)
_INCIDENT_CLOSABLE_FROM: frozenset[IncidentStatus] = frozenset(
    {IncidentStatus.TRIAGED, IncidentStatus.RECOVERED}
)


def _incident_problem(old: IncidentStatus, new: IncidentStatus) -> str | None:
    """Why ``old → new`` is not allowed, or None when it is."""
    if old is new:
        return None
    if old is IncidentStatus.CLOSED:
        return None if new is IncidentStatus.TRIAGED else MSG_INCIDENT_REOPEN
    if new is IncidentStatus.DETECTED:
        return MSG_INCIDENT_TO_DETECTED
    if new is IncidentStatus.CLOSED:
        return None if old in _INCIDENT_CLOSABLE_FROM else MSG_INCIDENT_CLOSE
    # What is left: forward from detected (skipping allowed), or forward or
    # back among triaged, contained, eradicated and recovered.
    assert old is IncidentStatus.DETECTED or old in _INCIDENT_ACTIVE
    assert new in _INCIDENT_ACTIVE
    return None


def check_transition(old: IncidentStatus | str, new: IncidentStatus | str) -> None:
    """Raise ValidationError(field="status") unless an incident may move ``old → new``."""
    problem = _incident_problem(_incident_status(old), _incident_status(new))
    if problem is not None:
        raise ValidationError(problem, field="status")


def next_statuses(current: IncidentStatus | str) -> tuple[IncidentStatus, ...]:
    """Statuses an incident may move to from ``current`` (not itself), in workflow order."""
    old = _incident_status(current)
    return tuple(
        new for new in _INCIDENT_ORDER if new is not old and _incident_problem(old, new) is None
    )


# --- Risks -------------------------------------------------------------------

_RISK_ORDER: tuple[RiskStatus, ...] = tuple(RiskStatus)
_RISK_ALLOWED: dict[RiskStatus, frozenset[RiskStatus]] = {
    RiskStatus.IDENTIFIED: frozenset({RiskStatus.ASSESSED, RiskStatus.CLOSED}),
    RiskStatus.ASSESSED: frozenset({RiskStatus.TREATING, RiskStatus.MONITORED, RiskStatus.CLOSED}),
    RiskStatus.TREATING: frozenset({RiskStatus.ASSESSED, RiskStatus.MONITORED, RiskStatus.CLOSED}),
    RiskStatus.MONITORED: frozenset({RiskStatus.ASSESSED, RiskStatus.TREATING, RiskStatus.CLOSED}),
    RiskStatus.CLOSED: frozenset({RiskStatus.IDENTIFIED}),
}

# What the heat map and the due lists count; a closed risk is history.
OPEN_RISK_STATUSES: frozenset[str] = frozenset(s.value for s in RiskStatus if s is not RiskStatus.CLOSED)


def _risk_problem(old: RiskStatus, new: RiskStatus) -> ValidationError | None:
    if old is new or new in _RISK_ALLOWED[old]:
        return None
    if old is RiskStatus.CLOSED:
        return ValidationError(MSG_RISK_REOPEN, field="status")
    if old is RiskStatus.IDENTIFIED:
        return ValidationError.of(MSG_RISK_NOT_ASSESSED, field="status", new=Phrase(RISK_STATUS_LABELS[new]))
    # Assessed, treating and monitored may go anywhere open except back to identified.
    assert new is RiskStatus.IDENTIFIED
    return ValidationError(MSG_RISK_TO_IDENTIFIED, field="status")


def check_risk_transition(old: RiskStatus | str, new: RiskStatus | str) -> None:
    """Raise ValidationError(field="status") unless a risk may move ``old → new``."""
    problem = _risk_problem(_risk_status(old), _risk_status(new))
    if problem is not None:
        raise problem


def next_risk_statuses(current: RiskStatus | str) -> tuple[RiskStatus, ...]:
    """Statuses a risk may move to from ``current`` (not itself), in workflow order."""
    old = _risk_status(current)
    return tuple(new for new in _RISK_ORDER if new in _RISK_ALLOWED[old])


# --- Acceptance --------------------------------------------------------------


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def latest_acceptance_expiry(today: date) -> date:
    return add_years(today, MAX_ACCEPTANCE_YEARS)


def check_acceptance(
    treatment: Treatment | str,
    approver: str | None,
    expires_on: date | None,
    today: date,
) -> None:
    """Check the acceptance fields of a risk; only ``Treatment.ACCEPT`` has rules.

    Raises ValidationError with field "treatment", "approver" or "expires_on".
    The expiry must be after ``today`` and no later than the same day three
    years on.
    """
    try:
        chosen = Treatment(treatment)
    except ValueError:
        raise ValidationError.of(MSG_TREATMENT, field="treatment", value=treatment) from None
    if chosen is not Treatment.ACCEPT:
        return
    # A datetime is a date too, but the two cannot be compared: keep the day.
    if isinstance(today, datetime):
        today = today.date()
    if isinstance(expires_on, datetime):
        expires_on = expires_on.date()
    if approver is None or not isinstance(approver, str) or not approver.strip():
        raise ValidationError(MSG_APPROVER, field="approver")
    if expires_on is None:
        raise ValidationError(MSG_EXPIRY_MISSING, field="expires_on")
    if expires_on <= today:
        raise ValidationError(MSG_EXPIRY_PAST, field="expires_on")
    latest = latest_acceptance_expiry(today)
    if expires_on > latest:
        raise ValidationError.of(MSG_EXPIRY_TOO_FAR, field="expires_on", latest=latest.isoformat())
