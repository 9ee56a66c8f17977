"""A breach assessment in a report's words: shared by the incident report and the
notification draft (PDF and plain text), so both say the same thing the same way.

No reportlab here: the plain-text draft is made without it. Every function takes the
report's ``Translator`` (``t``) and the assessment as ``ReportingService`` hands it over: the
stored fields plus due_at, state, time_left, past_deadline, must_tell, missing (the domain's
``Missing``), phase_list (``Phase``), category_entries and subject_entries.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from privguard.domain.breach_notice import ITEMS
from privguard.reports.i18n import DASH, Translator

_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)
LIVE_STATES = ("running", "amber", "red", "overdue")


def duration(t: Translator, span: timedelta) -> str:
    """"3 days 4 h", "41 h 12 min", "45 min" (its sign ignored), as the clocks say it."""
    span = abs(span)
    if span < _MINUTE:
        return t("less than 1 min")
    minutes = int(span // _MINUTE)
    if span > 48 * _HOUR:
        days, hours = divmod(minutes // 60, 24)
        if hours == 0:
            return t("{days} days", days=days)
        return t("{days} days {hours} h", days=days, hours=hours)
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return t("{minutes} min", minutes=minutes)
    if minutes == 0:
        return t("{hours} h", hours=hours)
    return t("{hours} h {minutes} min", hours=hours, minutes=minutes)


def text(value: Any) -> str:
    """What the user typed, or a dash."""
    return value.strip() if isinstance(value, str) and value.strip() else DASH


def yes_no(t: Translator, value: Any) -> str:
    return t("Yes") if value else t("No")


def breach_types(t: Translator, b: dict[str, Any]) -> str:
    """"Confidentiality, availability" in the report's language."""
    words = [t.choice(code) for code in b.get("breach_types") or []]
    return ", ".join(words) or DASH


def course(t: Translator, b: dict[str, Any]) -> str:
    """Ongoing or ended, with the start and the end where known."""
    state = b.get("breach_state")
    started, ended = b.get("breach_started_at"), b.get("breach_ended_at")
    if state == "ongoing":
        if started is not None:
            return t("Ongoing, since {start}", start=t.datetime(started))
        return t("Ongoing")
    if state == "ended" or ended is not None:
        return t("Ended: started {start}, ended {end}", start=t.datetime(started),
                 end=t.datetime(ended))
    if started is not None:
        return t("Started {start}; not said whether it has ended", start=t.datetime(started))
    return DASH


def deadline(t: Translator, b: dict[str, Any]) -> str:
    """Where the Art. 33 clock stands, with the time left on a running clock."""
    state, left = b.get("state"), b.get("time_left")
    words = t.clock_state(state)
    if state in LIVE_STATES and isinstance(left, timedelta):
        if state == "overdue":
            return t("{state}: overdue by {duration} when this report was made", state=words,
                     duration=duration(t, left))
        return t("{state}: {duration} left when this report was made", state=words,
                 duration=duration(t, left))
    if state in ("met", "late") and isinstance(left, timedelta):
        if state == "met":
            return t("{state}: notified {duration} before the deadline", state=words,
                     duration=duration(t, left))
        return t("{state}: notified {duration} after the deadline", state=words,
                 duration=duration(t, left))
    return words


def count(t: Translator, entries: str, number: Any) -> str:
    """"Employees · ≈ 140"."""
    return f"{entries} · ≈ {t.number(number)}"


def authority(t: Translator, b: dict[str, Any]) -> str:
    notified = b.get("authority_notified_at")
    if notified is None:
        return t("Not yet notified")
    out = t.datetime(notified)
    if b.get("authority_reference"):
        out += " " + t("(reference {ref})", ref=b["authority_reference"])
    return out


def exemption(t: Translator, b: dict[str, Any]) -> str:
    code = b.get("subjects_exemption")
    return t.choice(code) if code else t("None relied on")


def subjects_status(t: Translator, b: dict[str, Any]) -> str:
    """Whether the people affected were told (Art. 34), and when."""
    out = t.subjects_notice(b.get("subjects_notice"))
    if b.get("subjects_notified_at"):
        out += f" · {t.datetime(b['subjects_notified_at'])}"
    if b.get("subjects_reference"):
        out += " " + t("(reference {ref})", ref=b["subjects_reference"])
    if b.get("subjects_exemption") and not b.get("subjects_notified_at"):
        out = t("Not told: exemption relied on (Art. 34(3))")
    return out


def phase_name(t: Translator, number: int) -> str:
    return t("Initial notification") if number == 1 else t("Follow-up {n}", n=number - 1)


def item_names(t: Translator, codes: Any) -> str:
    """Items of Art. 33(3) by their code, as the report names them."""
    names = [t(ITEMS[c].label) for c in codes or [] if c in ITEMS]
    return "; ".join(names) or DASH


def phases(t: Translator, b: dict[str, Any]) -> list[tuple[str, str]]:
    """One (name, details) pair per phase of the notification, oldest first."""
    out = []
    for number, phase in enumerate(b.get("phase_list") or [], start=1):
        lines = [t("Sent {when}", when=t.datetime(phase.at))]
        if phase.reference:
            lines.append(t("Reference: {ref}", ref=phase.reference))
        lines.append(t("What it added: {text}", text=phase.added or DASH))
        if phase.follows:
            lines.append(t("To follow: {items}", items=item_names(t, phase.follows)))
        out.append((phase_name(t, number), "\n".join(lines)))
    return out


def missing(t: Translator, b: dict[str, Any]) -> list[str]:
    """The mandatory items still missing, one line each."""
    return [t.say(m.phrase()) for m in b.get("missing") or []]
