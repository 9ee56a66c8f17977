"""Incident and risk status workflows, and the risk acceptance rule."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from privguard.domain.enums import IncidentStatus as I  # noqa: N817
from privguard.domain.enums import RiskStatus as R
from privguard.domain.enums import Treatment
from privguard.domain.errors import ValidationError
from privguard.domain.workflow import (
    INCIDENT_STATUS_LABELS,
    RISK_STATUS_LABELS,
    add_years,
    check_acceptance,
    check_risk_transition,
    check_transition,
    latest_acceptance_expiry,
    next_risk_statuses,
    next_statuses,
)

# --- Incidents ------------------------------------------------------------------------

INCIDENT_ALLOWED = {
    I.DETECTED: (I.TRIAGED, I.CONTAINED, I.ERADICATED, I.RECOVERED),
    I.TRIAGED: (I.CONTAINED, I.ERADICATED, I.RECOVERED, I.CLOSED),
    I.CONTAINED: (I.TRIAGED, I.ERADICATED, I.RECOVERED),
    I.ERADICATED: (I.TRIAGED, I.CONTAINED, I.RECOVERED),
    I.RECOVERED: (I.TRIAGED, I.CONTAINED, I.ERADICATED, I.CLOSED),
    I.CLOSED: (I.TRIAGED,),
}


def test_incident_next_statuses_pinned():
    for status, expected in INCIDENT_ALLOWED.items():
        assert next_statuses(status) == expected, status


def test_incident_check_matches_next_statuses():
    for old, new in itertools.product(I, repeat=2):
        if old is new or new in next_statuses(old):
            check_transition(old, new)
        else:
            with pytest.raises(ValidationError) as exc:
                check_transition(old, new)
            assert exc.value.field == "status"


def test_incident_happy_path():
    path = [I.DETECTED, I.TRIAGED, I.CONTAINED, I.ERADICATED, I.RECOVERED, I.CLOSED]
    for old, new in itertools.pairwise(path):
        check_transition(old, new)


def test_incident_messages():
    with pytest.raises(ValidationError, match="closed only once it is “Recovered”"):
        check_transition(I.CONTAINED, I.CLOSED)
    with pytest.raises(ValidationError, match="closed only once"):
        check_transition(I.DETECTED, I.CLOSED)
    with pytest.raises(ValidationError, match="cannot go back to “Detected”"):
        check_transition(I.RECOVERED, I.DETECTED)
    with pytest.raises(ValidationError, match="reopened to “Triaged”"):
        check_transition(I.CLOSED, I.CONTAINED)
    with pytest.raises(ValidationError, match="reopened to “Triaged”"):
        check_transition(I.CLOSED, I.DETECTED)


def test_incident_same_status_and_strings():
    for status in I:
        check_transition(status, status)
        assert status not in next_statuses(status)
    check_transition("closed", "triaged")
    assert next_statuses("closed") == (I.TRIAGED,)
    with pytest.raises(ValidationError) as exc:
        check_transition("open", "closed")
    assert exc.value.field == "status"
    with pytest.raises(ValidationError):
        next_statuses("identified")  # a risk status, not an incident one


# --- Risks --------------------------------------------------------------------------------

RISK_ALLOWED = {
    R.IDENTIFIED: (R.ASSESSED, R.CLOSED),
    R.ASSESSED: (R.TREATING, R.MONITORED, R.CLOSED),
    R.TREATING: (R.ASSESSED, R.MONITORED, R.CLOSED),
    R.MONITORED: (R.ASSESSED, R.TREATING, R.CLOSED),
    R.CLOSED: (R.IDENTIFIED,),
}


def test_risk_next_statuses_pinned():
    for status, expected in RISK_ALLOWED.items():
        assert next_risk_statuses(status) == expected, status


def test_risk_check_matches_next_statuses():
    for old, new in itertools.product(R, repeat=2):
        if old is new or new in next_risk_statuses(old):
            check_risk_transition(old, new)
        else:
            with pytest.raises(ValidationError) as exc:
                check_risk_transition(old, new)
            assert exc.value.field == "status"


def test_risk_messages():
    with pytest.raises(ValidationError, match="must be assessed before it can be “Being treated”"):
        check_risk_transition(R.IDENTIFIED, R.TREATING)
    with pytest.raises(ValidationError, match="assessed before it can be “Monitored”"):
        check_risk_transition("identified", "monitored")
    with pytest.raises(ValidationError, match="cannot go back to “Identified”"):
        check_risk_transition(R.MONITORED, R.IDENTIFIED)
    with pytest.raises(ValidationError, match="reopened to “Identified”"):
        check_risk_transition(R.CLOSED, R.ASSESSED)
    with pytest.raises(ValidationError) as exc:
        check_risk_transition(R.CLOSED, "archived")
    assert exc.value.field == "status"


def test_every_open_risk_can_be_closed():
    for status in R:
        if status is not R.CLOSED:
            check_risk_transition(status, R.CLOSED)


def test_labels_cover_every_status():
    assert set(INCIDENT_STATUS_LABELS) == set(I)
    assert set(RISK_STATUS_LABELS) == set(R)


# --- Acceptance -------------------------------------------------------------------------------

TODAY = date(2025, 6, 2)


@pytest.mark.parametrize(
    "treatment", [Treatment.MITIGATE, Treatment.TRANSFER, Treatment.AVOID, "mitigate"]
)
def test_other_treatments_have_no_acceptance_rules(treatment):
    assert check_acceptance(treatment, None, None, TODAY) is None


def test_valid_acceptance():
    assert check_acceptance(Treatment.ACCEPT, "Ana García", date(2026, 6, 2), TODAY) is None
    assert check_acceptance("accept", "CFO", date(2025, 6, 3), TODAY) is None  # tomorrow
    assert check_acceptance("accept", "CFO", date(2028, 6, 2), TODAY) is None  # 3 years exactly


@pytest.mark.parametrize(
    ("approver", "expires_on", "field"),
    [
        (None, date(2026, 1, 1), "approver"),
        ("", date(2026, 1, 1), "approver"),
        ("   ", date(2026, 1, 1), "approver"),
        ("CFO", None, "expires_on"),
        ("CFO", TODAY, "expires_on"),  # today is not in the future
        ("CFO", date(2025, 6, 1), "expires_on"),
        ("CFO", date(2028, 6, 3), "expires_on"),  # a day over three years
    ],
)
def test_invalid_acceptance(approver, expires_on, field):
    with pytest.raises(ValidationError) as exc:
        check_acceptance(Treatment.ACCEPT, approver, expires_on, TODAY)
    assert exc.value.field == field


def test_approver_checked_before_expiry():
    with pytest.raises(ValidationError) as exc:
        check_acceptance(Treatment.ACCEPT, None, None, TODAY)
    assert exc.value.field == "approver"


def test_too_far_message_names_latest_date():
    with pytest.raises(ValidationError, match="2028-06-02"):
        check_acceptance(Treatment.ACCEPT, "CFO", date(2030, 1, 1), TODAY)


def test_leap_day():
    leap = date(2024, 2, 29)
    assert add_years(leap, 3) == date(2027, 2, 28)
    assert add_years(leap, 4) == date(2028, 2, 29)
    assert latest_acceptance_expiry(leap) == date(2027, 2, 28)
    check_acceptance(Treatment.ACCEPT, "CFO", date(2027, 2, 28), leap)
    with pytest.raises(ValidationError):
        check_acceptance(Treatment.ACCEPT, "CFO", date(2027, 3, 1), leap)


def test_datetimes_are_compared_by_day():
    check_acceptance(Treatment.ACCEPT, "CFO", datetime(2025, 6, 3, 0, 1), datetime(2025, 6, 2, 23))
    with pytest.raises(ValidationError):
        check_acceptance(Treatment.ACCEPT, "CFO", datetime(2025, 6, 2, 23, 59), TODAY)


def test_unknown_treatment():
    with pytest.raises(ValidationError) as exc:
        check_acceptance("ignore", "CFO", date(2026, 1, 1), TODAY)
    assert exc.value.field == "treatment"
