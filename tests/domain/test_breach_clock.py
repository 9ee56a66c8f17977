"""GDPR breach clocks with fixed times (never the wall clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privguard.domain.breach_clock import (
    BreachClock,
    ClockState,
    SubjectsNotice,
    format_duration,
)
from privguard.domain.enums import RightsRisk
from privguard.domain.errors import ValidationError

CEST = timezone(timedelta(hours=2))
AWARE = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
DUE = datetime(2025, 6, 5, 9, 0, tzinfo=UTC)


def clock(**changes) -> BreachClock:
    values = {"aware_at": AWARE, "rights_risk": RightsRisk.RISK}
    values.update(changes)
    return BreachClock(**values)


def left(td: timedelta) -> datetime:
    """The moment when ``td`` is left before the default deadline."""
    return DUE - td


# --- Deadline -------------------------------------------------------------------------


def test_due_at_72_hours():
    assert clock().due_at == DUE
    assert clock().due_at.tzinfo is UTC


def test_due_at_configurable():
    assert clock(deadline_hours=24).due_at == datetime(2025, 6, 3, 9, 0, tzinfo=UTC)
    assert clock(deadline_hours=1.5).due_at == datetime(2025, 6, 2, 10, 30, tzinfo=UTC)


def test_aware_in_other_time_zone():
    # 11:00 at UTC+2 is 09:00 UTC: same deadline, same state seen from UTC.
    c = clock(aware_at=datetime(2025, 6, 2, 11, 0, tzinfo=CEST))
    assert c.due_at == DUE
    now = datetime(2025, 6, 4, 21, 0, tzinfo=UTC)  # 12 h left
    assert c.time_left(now) == timedelta(hours=12)
    assert c.state(now) is ClockState.AMBER
    assert c.state(now.astimezone(CEST)) is ClockState.AMBER


def test_daylight_saving_does_not_shift_the_deadline():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time-zone database on this machine")
    # Clocks go forward on 30 March 2025 at 02:00 in Madrid (UTC+1 → UTC+2).
    aware = datetime(2025, 3, 29, 10, 0, tzinfo=madrid)  # 09:00 UTC
    c = clock(aware_at=aware)
    assert c.due_at == datetime(2025, 4, 1, 9, 0, tzinfo=UTC)  # 72 real hours
    assert c.due_at.astimezone(madrid).hour == 11  # 11:00 local summer time
    # A "now" in the same zone (same tzinfo object) still measures real hours.
    now = datetime(2025, 3, 31, 11, 0, tzinfo=madrid)  # 09:00 UTC, 24 real hours left
    assert c.time_left(now) == timedelta(hours=24)
    assert c.state(now) is ClockState.RUNNING
    # Wall-clock arithmetic would have said 23 h left here, and AMBER.
    assert (aware + timedelta(hours=72)) - now == timedelta(hours=23)


# --- States at each boundary ------------------------------------------------------------


@pytest.mark.parametrize(
    ("remaining", "state"),
    [
        (timedelta(hours=72), ClockState.RUNNING),
        (timedelta(hours=24, seconds=1), ClockState.RUNNING),
        (timedelta(hours=24), ClockState.RUNNING),  # "under 24 h" means < 24 h
        (timedelta(hours=24) - timedelta(microseconds=1), ClockState.AMBER),
        (timedelta(hours=12, seconds=1), ClockState.AMBER),
        (timedelta(hours=12), ClockState.AMBER),
        (timedelta(hours=12) - timedelta(microseconds=1), ClockState.RED),
        (timedelta(minutes=1), ClockState.RED),
        (timedelta(0), ClockState.RED),  # at the deadline: not yet overdue
        (-timedelta(microseconds=1), ClockState.OVERDUE),
        (-timedelta(days=10), ClockState.OVERDUE),
    ],
)
def test_states_at_boundaries(remaining, state):
    c = clock()
    now = left(remaining)
    assert c.state(now) is state
    assert c.time_left(now) == remaining


def test_before_awareness_is_running():
    c = clock()
    now = AWARE - timedelta(hours=1)
    assert c.state(now) is ClockState.RUNNING
    assert c.time_left(now) == timedelta(hours=73)


def test_short_deadline_starts_amber_after_first_instant():
    c = clock(deadline_hours=24)
    assert c.state(AWARE) is ClockState.RUNNING
    assert c.state(AWARE + timedelta(seconds=1)) is ClockState.AMBER


def test_not_required_when_no_risk():
    c = clock(rights_risk=RightsRisk.NONE)
    assert not c.authority_notification_required
    assert not c.subjects_notification_required
    assert c.state(left(-timedelta(days=3))) is ClockState.NOT_REQUIRED
    assert c.state(AWARE) is ClockState.NOT_REQUIRED
    # A voluntary notification does not start a clock.
    c = clock(rights_risk=RightsRisk.NONE, authority_notified_at=DUE + timedelta(hours=5))
    assert c.state(DUE) is ClockState.NOT_REQUIRED
    assert "No notification" in c.describe(DUE)


def test_met_and_late():
    on_time = clock(authority_notified_at=DUE - timedelta(hours=4))
    assert on_time.state(DUE + timedelta(days=30)) is ClockState.MET
    assert on_time.time_left(DUE + timedelta(days=30)) == timedelta(hours=4)
    at_deadline = clock(authority_notified_at=DUE)
    assert at_deadline.state(DUE) is ClockState.MET
    assert at_deadline.time_left(AWARE) == timedelta(0)
    late = clock(authority_notified_at=DUE + timedelta(microseconds=1))
    assert late.state(DUE) is ClockState.LATE
    assert late.time_left(DUE) == -timedelta(microseconds=1)


def test_notification_in_other_time_zone():
    # 10:30 at UTC+2 on the 5th is 08:30 UTC: 30 min before the deadline.
    c = clock(authority_notified_at=datetime(2025, 6, 5, 10, 30, tzinfo=CEST))
    assert c.state(DUE) is ClockState.MET
    assert c.describe(DUE) == "Notified 30 min before the deadline"


def test_rights_risk_from_string():
    assert clock(rights_risk="high").rights_risk is RightsRisk.HIGH


# --- Art. 34 --------------------------------------------------------------------------------


def test_subjects_notification():
    assert not clock(rights_risk=RightsRisk.RISK).subjects_notification_required
    assert clock(rights_risk=RightsRisk.RISK).subjects_notice is SubjectsNotice.NOT_REQUIRED
    high = clock(rights_risk=RightsRisk.HIGH)
    assert high.subjects_notification_required
    assert high.authority_notification_required
    assert high.subjects_notice is SubjectsNotice.PENDING
    assert "without undue delay" in high.describe_subjects()
    sent = clock(rights_risk=RightsRisk.HIGH, subjects_notified_at=AWARE + timedelta(days=9))
    assert sent.subjects_notice is SubjectsNotice.SENT
    assert sent.describe_subjects() == "The people concerned have been told."
    voluntary = clock(rights_risk=RightsRisk.NONE, subjects_notified_at=AWARE)
    assert voluntary.subjects_notice is SubjectsNotice.SENT
    assert "need not be told" in clock(rights_risk=RightsRisk.NONE).describe_subjects()


# --- describe() ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (timedelta(hours=72), "3 days left to notify the supervisory authority"),
        (timedelta(hours=52, minutes=59), "2 days 4 h left to notify the supervisory authority"),
        (timedelta(hours=48, minutes=1), "2 days left to notify the supervisory authority"),
        (timedelta(hours=48), "48 h left to notify the supervisory authority"),
        (
            timedelta(hours=31, minutes=12, seconds=59),
            "31 h 12 min left to notify the supervisory authority",
        ),
        (timedelta(hours=5), "5 h left to notify the supervisory authority"),
        (timedelta(minutes=45), "45 min left to notify the supervisory authority"),
        (timedelta(minutes=1), "1 min left to notify the supervisory authority"),
        (timedelta(seconds=59), "The deadline to notify the supervisory authority is now"),
        (timedelta(0), "The deadline to notify the supervisory authority is now"),
        (
            -timedelta(hours=3, minutes=5, seconds=30),
            "Overdue by 3 h 5 min: notify the supervisory authority and give the reasons for the delay",
        ),
        (
            -timedelta(seconds=10),
            "Overdue by less than 1 min: notify the supervisory authority and give the reasons "
            "for the delay",
        ),
        (
            -timedelta(days=3, hours=1),
            "Overdue by 3 days 1 h: notify the supervisory authority and give the reasons for the delay",
        ),
    ],
)
def test_describe_running(remaining, text):
    assert clock().describe(left(remaining)) == text


def test_describe_notified():
    now = DUE + timedelta(days=100)
    assert clock(authority_notified_at=DUE - timedelta(hours=4)).describe(now) == (
        "Notified 4 h before the deadline"
    )
    assert clock(authority_notified_at=AWARE).describe(now) == "Notified 3 days before the deadline"
    assert clock(authority_notified_at=DUE).describe(now) == "Notified at the deadline"
    assert clock(authority_notified_at=DUE + timedelta(hours=2, minutes=30)).describe(now) == (
        "Notified 2 h 30 min after the deadline"
    )


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(0), "less than 1 min"),
        (timedelta(seconds=59), "less than 1 min"),
        (timedelta(minutes=1), "1 min"),
        (timedelta(minutes=60), "1 h"),
        (timedelta(minutes=61), "1 h 1 min"),
        (timedelta(hours=48), "48 h"),
        (timedelta(hours=48, seconds=30), "2 days"),
        (timedelta(hours=49, minutes=59), "2 days 1 h"),
        (timedelta(days=30), "30 days"),
        (-timedelta(hours=2), "2 h"),
    ],
)
def test_format_duration(span, text):
    assert format_duration(span) == text


# --- Validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"aware_at": datetime(2025, 6, 2, 9, 0)}, "aware_at"),
        ({"aware_at": "2025-06-02T09:00Z"}, "aware_at"),
        ({"rights_risk": "maybe"}, "rights_risk"),
        ({"deadline_hours": 0}, "deadline_hours"),
        ({"deadline_hours": -1}, "deadline_hours"),
        ({"deadline_hours": 24 * 30 + 0.5}, "deadline_hours"),
        ({"deadline_hours": float("nan")}, "deadline_hours"),
        ({"deadline_hours": True}, "deadline_hours"),
        ({"deadline_hours": "72"}, "deadline_hours"),
        ({"authority_notified_at": AWARE - timedelta(seconds=1)}, "authority_notified_at"),
        ({"authority_notified_at": datetime(2025, 6, 3)}, "authority_notified_at"),
        ({"subjects_notified_at": AWARE - timedelta(days=1)}, "subjects_notified_at"),
        # 10:59 at UTC+2 is 08:59 UTC, a minute before awareness.
        (
            {"subjects_notified_at": datetime(2025, 6, 2, 10, 59, tzinfo=CEST)},
            "subjects_notified_at",
        ),
    ],
)
def test_validation(changes, field):
    with pytest.raises(ValidationError) as exc:
        clock(**changes)
    assert exc.value.field == field
    assert str(exc.value)


def test_limits_accepted():
    assert clock(deadline_hours=24 * 30).due_at == AWARE + timedelta(days=30)
    assert clock(authority_notified_at=AWARE).state(AWARE) is ClockState.MET
    # Same instant written in another zone is not "before".
    assert clock(subjects_notified_at=datetime(2025, 6, 2, 11, 0, tzinfo=CEST))


def test_naive_now_rejected():
    with pytest.raises(ValidationError) as exc:
        clock().state(datetime(2025, 6, 3, 9, 0))
    assert exc.value.field == "now"
    with pytest.raises(ValidationError):
        clock().time_left(datetime(2025, 6, 3, 9, 0))
    with pytest.raises(ValidationError):
        clock().describe(datetime(2025, 6, 3, 9, 0))


def test_clock_is_frozen():
    c = clock()
    with pytest.raises(AttributeError):
        c.deadline_hours = 1  # type: ignore[misc]
    assert c == clock()


# --- Properties ----------------------------------------------------------------------------------


@given(st.integers(-10 * 24 * 3600, 20 * 24 * 3600), st.integers(-14, 14))
def test_state_independent_of_now_zone(seconds_left, offset_hours):
    c = clock()
    now = DUE - timedelta(seconds=seconds_left)
    shifted = now.astimezone(timezone(timedelta(hours=offset_hours)))
    assert c.state(shifted) is c.state(now)
    assert c.time_left(shifted) == c.time_left(now) == timedelta(seconds=seconds_left)


@given(st.integers(0, 20 * 24 * 3600), st.integers(0, 20 * 24 * 3600))
def test_state_never_improves_with_time(a, b):
    c = clock()
    order = [ClockState.RUNNING, ClockState.AMBER, ClockState.RED, ClockState.OVERDUE]
    early, late = sorted((a, b))
    s1 = c.state(AWARE + timedelta(seconds=early))
    s2 = c.state(AWARE + timedelta(seconds=late))
    assert order.index(s1) <= order.index(s2)
