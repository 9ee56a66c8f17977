"""GDPR personal-data breach clocks (Art. 33 and Art. 34).

Art. 33: the controller notifies the supervisory authority without undue delay
and, where feasible, within 72 hours after becoming aware of the breach, unless
the breach is unlikely to result in a risk to people's rights and freedoms
(``RightsRisk.NONE``). The number of hours is configurable because some laws
use other deadlines.

Art. 34: when the breach is likely to result in a *high* risk
(``RightsRisk.HIGH``) the people concerned are told without undue delay. There
is no fixed number of hours, so it is reported as required or not, sent or not.

All arithmetic is done on UTC instants: time zones and daylight-saving changes
of the inputs never shift the deadline. ``due_at`` is returned in UTC.

Boundaries (pinned by the tests):

* RUNNING while 24 hours or more are left; AMBER when *fewer* than 24 hours are
  left; RED when fewer than 12 hours are left (exactly 24 h left is RUNNING,
  exactly 12 h left is AMBER);
* exactly at the deadline the clock is RED with no time left; OVERDUE only
  after it;
* a notification exactly at the deadline is MET (on time); later is LATE.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import ClassVar

from privguard.domain.enums import RightsRisk
from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase

DEFAULT_DEADLINE_HOURS = 72.0
MAX_DEADLINE_HOURS = 24 * 30


class ClockState(StrEnum):
    NOT_REQUIRED = "not_required"
    RUNNING = "running"
    AMBER = "amber"
    RED = "red"
    OVERDUE = "overdue"
    MET = "met"
    LATE = "late"


class SubjectsNotice(StrEnum):
    """Art. 34 status: no deadline in hours, so no clock."""

    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    SENT = "sent"


# --- Messages shown to the user: message ids, translated where they are shown. ---
# {what} is one of the WHAT_ phrases below, said in the reader's language.
MSG_NAIVE_TIME = N_("The {what} must include a time zone.")
MSG_NOT_A_TIME = N_("The {what} must be a date and time.")
MSG_RIGHTS_RISK = N_("Choose whether the breach poses no risk, a risk or a high risk to people.")
MSG_DEADLINE = N_("The notification deadline must be more than 0 hours and at most {max_hours} hours.")
MSG_BEFORE_AWARE = N_(
    "The {what} cannot be earlier than the time the organisation became aware of the breach."
)

WHAT_AWARE = Phrase(N_("time of becoming aware of the breach"))
WHAT_AUTHORITY = Phrase(N_("time the supervisory authority was notified"))
WHAT_SUBJECTS = Phrase(N_("time the people concerned were notified"))
WHAT_NOW = Phrase(N_("current time"))

DESCRIBE_NOT_REQUIRED = (
    "No notification to the supervisory authority is required: the breach is "
    "unlikely to result in a risk to people."
)
DESCRIBE_LEFT = "{duration} left to notify the supervisory authority"
DESCRIBE_AT_DEADLINE = "The deadline to notify the supervisory authority is now"
DESCRIBE_OVERDUE = (
    "Overdue by {duration}: notify the supervisory authority and give the reasons for the delay"
)
DESCRIBE_MET = "Notified {duration} before the deadline"
DESCRIBE_MET_AT_DEADLINE = "Notified at the deadline"
DESCRIBE_LATE = "Notified {duration} after the deadline"

DESCRIBE_SUBJECTS_NOT_REQUIRED = "The people concerned need not be told: the breach is not likely to result in a high risk to them."
DESCRIBE_SUBJECTS_PENDING = (
    "The breach is likely to result in a high risk: tell the people concerned without undue delay."
)
DESCRIBE_SUBJECTS_SENT = "The people concerned have been told."

DURATION_DAYS = "{days} days"
DURATION_DAYS_HOURS = "{days} days {hours} h"
DURATION_HOURS = "{hours} h"
DURATION_HOURS_MINUTES = "{hours} h {minutes} min"
DURATION_MINUTES = "{minutes} min"
DURATION_UNDER_A_MINUTE = "less than 1 min"

_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)


def format_duration(span: timedelta) -> str:
    """Humane length of a span (its sign is ignored), truncated to the minute.

    More than 48 hours: days and hours ("3 days 4 h"); otherwise hours and
    minutes ("31 h 12 min", "5 h", "45 min"); under a minute: "less than 1 min".
    """
    span = abs(span)
    if span < _MINUTE:
        return DURATION_UNDER_A_MINUTE
    total_minutes = int(span // _MINUTE)
    if span > 48 * _HOUR:
        total_hours = total_minutes // 60
        days, hours = divmod(total_hours, 24)
        if hours == 0:
            return DURATION_DAYS.format(days=days)
        return DURATION_DAYS_HOURS.format(days=days, hours=hours)
    hours, minutes = divmod(total_minutes, 60)
    if hours == 0:
        return DURATION_MINUTES.format(minutes=minutes)
    if minutes == 0:
        return DURATION_HOURS.format(hours=hours)
    return DURATION_HOURS_MINUTES.format(hours=hours, minutes=minutes)


def _utc(value: object, what: str, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError.of(MSG_NOT_A_TIME, field=field, what=what)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError.of(MSG_NAIVE_TIME, field=field, what=what)
    return value.astimezone(UTC)


@dataclass(frozen=True)
class BreachClock:
    """The Art. 33 clock and the Art. 34 status of one breach."""

    AMBER_HOURS: ClassVar[float] = 24
    RED_HOURS: ClassVar[float] = 12

    aware_at: datetime
    rights_risk: RightsRisk
    deadline_hours: float = DEFAULT_DEADLINE_HOURS
    authority_notified_at: datetime | None = None
    subjects_notified_at: datetime | None = None

    def __post_init__(self) -> None:
        aware = _utc(self.aware_at, WHAT_AWARE, "aware_at")
        try:
            object.__setattr__(self, "rights_risk", RightsRisk(self.rights_risk))
        except ValueError:
            raise ValidationError(MSG_RIGHTS_RISK, field="rights_risk") from None
        hours = self.deadline_hours
        if (
            not isinstance(hours, int | float)
            or isinstance(hours, bool)
            or not math.isfinite(hours)
            or not (0 < hours <= MAX_DEADLINE_HOURS)
        ):
            raise ValidationError.of(MSG_DEADLINE, field="deadline_hours", max_hours=MAX_DEADLINE_HOURS)
        for name, what in (
            ("authority_notified_at", WHAT_AUTHORITY),
            ("subjects_notified_at", WHAT_SUBJECTS),
        ):
            value = getattr(self, name)
            if value is not None and _utc(value, what, name) < aware:
                raise ValidationError.of(MSG_BEFORE_AWARE, field=name, what=what)

    # --- Derived facts -----------------------------------------------------

    @property
    def due_at(self) -> datetime:
        """The Art. 33 deadline, in UTC."""
        return self.aware_at.astimezone(UTC) + timedelta(hours=self.deadline_hours)

    @property
    def authority_notification_required(self) -> bool:
        return self.rights_risk is not RightsRisk.NONE

    @property
    def subjects_notification_required(self) -> bool:
        return self.rights_risk is RightsRisk.HIGH

    @property
    def subjects_notice(self) -> SubjectsNotice:
        """SENT once sent (even if not required), else PENDING when required."""
        if self.subjects_notified_at is not None:
            return SubjectsNotice.SENT
        if self.subjects_notification_required:
            return SubjectsNotice.PENDING
        return SubjectsNotice.NOT_REQUIRED

    # --- The clock ---------------------------------------------------------

    def state(self, now: datetime) -> ClockState:
        """Where the Art. 33 clock stands at ``now``.

        NOT_REQUIRED wins over everything (a voluntary notification does not
        start a clock); once notified, MET or LATE no matter what ``now`` is.
        """
        now_utc = _utc(now, WHAT_NOW, "now")
        if not self.authority_notification_required:
            return ClockState.NOT_REQUIRED
        due = self.due_at
        if self.authority_notified_at is not None:
            notified = self.authority_notified_at.astimezone(UTC)
            return ClockState.MET if notified <= due else ClockState.LATE
        left = due - now_utc
        if left < timedelta(0):
            return ClockState.OVERDUE
        if left < timedelta(hours=self.RED_HOURS):
            return ClockState.RED
        if left < timedelta(hours=self.AMBER_HOURS):
            return ClockState.AMBER
        return ClockState.RUNNING

    def time_left(self, now: datetime) -> timedelta:
        """``due_at − now`` (negative when overdue).

        Once the authority is notified: the margin at notification time,
        ``due_at − authority_notified_at`` (negative when late). When no
        notification is required it is still ``due_at − now``, for reference.
        """
        now_utc = _utc(now, WHAT_NOW, "now")
        if self.authority_notified_at is not None:
            return self.due_at - self.authority_notified_at.astimezone(UTC)
        return self.due_at - now_utc

    def describe(self, now: datetime) -> str:
        """One line for the Art. 33 clock, e.g. "31 h 12 min left to notify the supervisory authority"."""
        state = self.state(now)
        if state is ClockState.NOT_REQUIRED:
            return DESCRIBE_NOT_REQUIRED
        left = self.time_left(now)
        if state is ClockState.OVERDUE:
            return DESCRIBE_OVERDUE.format(duration=format_duration(left))
        if state is ClockState.MET:
            if left < _MINUTE:
                return DESCRIBE_MET_AT_DEADLINE
            return DESCRIBE_MET.format(duration=format_duration(left))
        if state is ClockState.LATE:
            return DESCRIBE_LATE.format(duration=format_duration(left))
        if left < _MINUTE:
            return DESCRIBE_AT_DEADLINE
        return DESCRIBE_LEFT.format(duration=format_duration(left))

    def describe_subjects(self) -> str:
        """One line for Art. 34 (telling the people concerned)."""
        notice = self.subjects_notice
        if notice is SubjectsNotice.SENT:
            return DESCRIBE_SUBJECTS_SENT
        if notice is SubjectsNotice.PENDING:
            return DESCRIBE_SUBJECTS_PENDING
        return DESCRIBE_SUBJECTS_NOT_REQUIRED
