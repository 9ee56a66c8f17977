"""What a breach notification must say (GDPR Art. 33 and 34), and what it still lacks.

Art. 33(3): the notification to the supervisory authority describes at least (a) the nature
of the breach with, where possible, the categories and approximate number of the people and
of the personal-data records concerned; (b) the name and contact details of the data
protection officer or another contact point; (c) the likely consequences; (d) the measures
taken or proposed. Art. 33(1): a notification made after the deadline gives the reasons for
the delay. Art. 33(4): what cannot be given at once may follow in phases. Art. 34(2): the
notice to the people affected describes the breach in clear and plain language and gives
(b), (c) and (d), unless an Art. 34(3) exemption is relied on. Art. 33(5): a breach judged
unlikely to result in a risk is documented with the reasoning.

``missing`` lists what an assessment still lacks (the incident area shows it next to the
clock, the reports print it); ``check`` is the rule a save obeys: the notification cannot be
recorded as sent while an Art. 33(3) item is missing, unless a phase says it will follow, nor
after the deadline without the reasons for the delay. Rules added after a register's breaches
were recorded apply only to the fields a save changes, so those breaches still open and save.

Phases are stored as a list of ``{"at": ISO 8601 time with its zone, "reference": text,
"added": text, "follows": [item codes]}``, oldest first; the first is the initial
notification.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from privguard.domain.breach_clock import BreachClock
from privguard.domain.enums import BreachState, BreachType, RightsRisk
from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase

TEXT_LIMIT = 20_000
REFERENCE_LIMIT = 300
MAX_PHASES = 50


@dataclass(frozen=True)
class Item:
    """One thing the law asks a notification to say, and the assessment's field holding it."""

    code: str
    article: str
    label: str  # a message id, a noun phrase that fits in a sentence
    field: str


ITEMS_33 = (
    Item("nature", "33(3)(a)", N_("the nature of the breach"), "nature"),
    Item("subject_categories", "33(3)(a)", N_("the categories of people concerned"),
         "data_subjects"),
    Item("subjects_number", "33(3)(a)", N_("the approximate number of people concerned"),
         "approx_subjects"),
    Item("record_categories", "33(3)(a)",
         N_("the categories of personal data records concerned"), "data_categories"),
    Item("records_number", "33(3)(a)",
         N_("the approximate number of personal data records concerned"), "approx_records"),
    Item("contact", "33(3)(b)",
         N_("the name and contact details of the data protection officer or other contact point"),
         "contact_point"),
    Item("consequences", "33(3)(c)", N_("the likely consequences of the breach"), "consequences"),
    Item("measures", "33(3)(d)",
         N_("the measures taken or proposed to address the breach and mitigate its effects"),
         "measures"),
)
DELAY_REASONS = Item("delay_reasons", "33(1)", N_("the reasons for the delay"), "delay_reasons")
NO_RISK_REASONING = Item(
    "no_risk_reasoning", "33(5)",
    N_("the reasoning for concluding that the breach is unlikely to result in a risk to people"),
    "no_risk_reasoning")
NOTICE_CONTENT = Item(
    "notice_content", "34(2)",
    N_("the notice to the people affected, describing the breach in clear and plain language"),
    "subjects_notice_content")
#: The Art. 33(3) items that Art. 34(2) asks the notice to the people affected to give too.
SHARED_WITH_34 = ("contact", "consequences", "measures")
ITEMS = {item.code: item for item in (*ITEMS_33, DELAY_REASONS, NO_RISK_REASONING, NOTICE_CONTENT)}
#: What a phase may say will follow (Art. 33(4)): the Art. 33(3) items.
FOLLOWABLE = tuple(item.code for item in ITEMS_33)

# --- Messages shown to the user: message ids, translated where they are shown. ---
MISSING_LINE = N_("Art. {articles}: {item}")
MISSING_TO_FOLLOW = N_("Art. {articles}: {item} (to follow, Art. 33(4))")
MSG_SENT_WHILE_MISSING = N_(
    "The notification to the supervisory authority cannot be recorded as sent while {item} "
    "(Art. {article}) is missing: add it, or record a notification phase that says it will "
    "follow (Art. 33(4)).")
MSG_LATE_WITHOUT_REASONS = N_(
    "The supervisory authority was notified after the deadline: give the reasons for the "
    "delay (Art. 33(1)).")
MSG_PHASE_BEFORE_AWARE = N_(
    "A notification phase cannot be earlier than the time the organisation became aware of "
    "the breach.")
MSG_PHASE_BEFORE_NOTIFIED = N_(
    "The first notification phase is the initial notification: it cannot be earlier than the "
    "time the supervisory authority was notified.")
MSG_ONGOING_ENDED = N_("A breach that is still going on has no end time yet.")
MSG_ENDED_BEFORE_STARTED = N_("The breach cannot end before it started.")
MSG_BREACH_TYPES = N_("The breach type is one or more of confidentiality, integrity and "
                      "availability.")
MSG_PHASES_SHAPE = N_("Notification phases must be a list of phases, each with the time it "
                      "was sent, a reference, what it added and what will follow.")
MSG_TOO_MANY_PHASES = N_("At most 50 notification phases can be recorded.")
MSG_PHASE_TIME = N_("Each notification phase needs the date and time it was sent, with a time "
                    "zone.")
MSG_PHASE_REFERENCE = N_("A notification phase's reference can have at most 300 characters.")
MSG_PHASE_ADDED = N_("What a notification phase added can have at most 20,000 characters.")
MSG_PHASE_UNSTORABLE = N_("A notification phase contains a character that cannot be stored.")
MSG_PHASE_FOLLOWS = N_("What a notification phase says will follow must be items of Art. 33(3).")

_PHASE_KEYS = {"at", "reference", "added", "follows"}


@dataclass(frozen=True)
class Phase:
    """One notification to the authority: the initial one, or a follow-up (Art. 33(4))."""

    at: datetime
    reference: str = ""
    added: str = ""
    follows: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "reference": self.reference, "added": self.added,
                "follows": list(self.follows)}


@dataclass(frozen=True)
class Missing:
    """An item an assessment still lacks, where the law asks for it, and whether a phase of
    the notification says it will follow."""

    item: Item
    articles: tuple[str, ...]
    follows: bool = False

    def phrase(self) -> Phrase:
        """"Art. 33(3)(c), 34(2): the likely consequences of the breach", in any language."""
        template = MISSING_TO_FOLLOW if self.follows else MISSING_LINE
        return Phrase(template, articles=", ".join(self.articles), item=Phrase(self.item.label))


# --- Checking a stored value -------------------------------------------------------------


def parse_time(value: Any) -> datetime | None:
    """An aware datetime from a datetime or an ISO 8601 text; None if it is neither."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() is not None:
        return value
    return None


def breach_types_problem(value: Any) -> str | None:
    """The ``breach_types`` field: a list of distinct BreachType values."""
    allowed = {t.value for t in BreachType}
    if not isinstance(value, list) or len(set(map(str, value))) != len(value) \
            or not all(isinstance(v, str) and v in allowed for v in value):
        return MSG_BREACH_TYPES
    return None


def phases_problem(value: Any) -> str | None:
    """The ``phases`` field (see the module's docstring); a message id, or None when fine."""
    if value is None:
        return None
    if not isinstance(value, list):
        return MSG_PHASES_SHAPE
    if len(value) > MAX_PHASES:
        return MSG_TOO_MANY_PHASES
    for phase in value:
        if not isinstance(phase, dict) or not set(phase) <= _PHASE_KEYS or "at" not in phase:
            return MSG_PHASES_SHAPE
        if parse_time(phase["at"]) is None or not isinstance(phase["at"], str):
            return MSG_PHASE_TIME
        reference, added = phase.get("reference", ""), phase.get("added", "")
        follows = phase.get("follows", [])
        if not isinstance(reference, str) or not isinstance(added, str) \
                or not isinstance(follows, list):
            return MSG_PHASES_SHAPE
        if len(reference) > REFERENCE_LIMIT:
            return MSG_PHASE_REFERENCE
        if len(added) > TEXT_LIMIT:
            return MSG_PHASE_ADDED
        if "\x00" in reference or "\x00" in added:
            return MSG_PHASE_UNSTORABLE
        if not all(isinstance(code, str) and code in FOLLOWABLE for code in follows):
            return MSG_PHASE_FOLLOWS
    return None


def normalise_phases(value: Any) -> Any:
    """Phases as typed or built in code, as they are stored: times as ISO 8601 text, texts
    trimmed, keys filled in, oldest first. Anything else is returned as it is, for the
    field's check to refuse."""
    if not isinstance(value, list | tuple):
        return value
    out = []
    for phase in value:
        if isinstance(phase, Phase):
            phase = phase.to_dict()
        if not isinstance(phase, Mapping):
            return list(value)
        phase = dict(phase)
        if isinstance(phase.get("at"), datetime):
            phase["at"] = phase["at"].isoformat()
        for key in ("reference", "added"):
            if isinstance(phase.get(key), str):
                phase[key] = phase[key].strip()
            phase.setdefault(key, "")
        phase.setdefault("follows", [])
        if isinstance(phase["follows"], tuple):
            phase["follows"] = list(phase["follows"])
        out.append(phase)
    if all(parse_time(p.get("at")) is not None for p in out):
        out.sort(key=lambda p: parse_time(p["at"]).astimezone(UTC))
    return out


def phases_of(value: Any) -> list[Phase]:
    """The stored phases, oldest first; malformed ones (never saved by us) are skipped."""
    phases = []
    for phase in value or []:
        if not isinstance(phase, Mapping):
            continue
        at = parse_time(phase.get("at"))
        if at is None:
            continue
        follows = tuple(c for c in phase.get("follows") or [] if c in FOLLOWABLE)
        phases.append(Phase(at, str(phase.get("reference") or ""), str(phase.get("added") or ""),
                            follows))
    return sorted(phases, key=lambda p: p.at.astimezone(UTC))


# --- What is still missing -----------------------------------------------------------------


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict | set):
        return bool(value)
    return True


def _clock(values: Mapping[str, Any]) -> BreachClock | None:
    try:
        return BreachClock(aware_at=values["aware_at"],
                           rights_risk=RightsRisk(values["rights_risk"]),
                           deadline_hours=values.get("deadline_hours") or 72.0,
                           authority_notified_at=values.get("authority_notified_at"),
                           subjects_notified_at=values.get("subjects_notified_at"))
    except (KeyError, TypeError, ValueError, ValidationError):
        return None


def notified_late(values: Mapping[str, Any]) -> bool:
    """Whether the authority was notified after the Art. 33 deadline."""
    clock = _clock(values)
    notified = values.get("authority_notified_at")
    return bool(clock is not None and notified is not None
                and clock.authority_notification_required
                and notified.astimezone(UTC) > clock.due_at)


def past_deadline(values: Mapping[str, Any], now: datetime | None = None) -> bool:
    """Notified late, or not notified and the deadline has passed: the reasons for the
    delay are due (Art. 33(1))."""
    clock = _clock(values)
    if clock is None or not clock.authority_notification_required:
        return False
    if values.get("authority_notified_at") is not None:
        return notified_late(values)
    return (now or datetime.now(UTC)).astimezone(UTC) > clock.due_at


def authority_notified(values: Mapping[str, Any]) -> bool:
    return values.get("authority_notified_at") is not None or bool(phases_of(values.get("phases")))


def subjects_must_be_told(values: Mapping[str, Any]) -> bool:
    """Art. 34(1) applies (high risk) and no Art. 34(3) exemption is relied on."""
    return values.get("rights_risk") == RightsRisk.HIGH.value and not values.get(
        "subjects_exemption")


def missing(values: Mapping[str, Any], now: datetime | None = None) -> list[Missing]:
    """What the assessment ``values`` still lacks, in the order of the articles.

    Art. 33(3) applies when the breach is likely to result in a risk, or the authority was
    notified anyway; the reasons for the delay once the deadline has passed; Art. 33(5)'s
    reasoning when no risk was concluded; Art. 34(2) when the people affected must be told.
    An assessment whose risk to people is not chosen yet lacks nothing yet.
    """
    risk = values.get("rights_risk")
    if risk not in {r.value for r in RightsRisk}:
        return []
    follows = {code for phase in phases_of(values.get("phases")) for code in phase.follows}
    tell = subjects_must_be_told(values)
    out: list[Missing] = []
    if risk != RightsRisk.NONE.value or authority_notified(values):
        if past_deadline(values, now) and not _filled(values.get(DELAY_REASONS.field)):
            out.append(Missing(DELAY_REASONS, (DELAY_REASONS.article,)))
        for item in ITEMS_33:
            if not _filled(values.get(item.field)):
                articles = (item.article, "34(2)") if tell and item.code in SHARED_WITH_34 \
                    else (item.article,)
                out.append(Missing(item, articles, item.code in follows))
    if risk == RightsRisk.NONE.value and not _filled(values.get(NO_RISK_REASONING.field)):
        out.append(Missing(NO_RISK_REASONING, (NO_RISK_REASONING.article,)))
    if tell and not _filled(values.get(NOTICE_CONTENT.field)):
        out.append(Missing(NOTICE_CONTENT, (NOTICE_CONTENT.article,)))
    return out


# --- The rules a save obeys ----------------------------------------------------------------


def problems(values: Mapping[str, Any], changed: Iterable[str] | None = None
             ) -> list[ValidationError]:
    """Why ``values`` cannot be saved, considering only the rules that touch ``changed``
    (every field when None: a new assessment)."""
    changed = set(values) if changed is None else set(changed)
    out: list[ValidationError] = []
    phases = phases_of(values.get("phases"))
    aware, notified_at = values.get("aware_at"), values.get("authority_notified_at")
    if phases and changed & {"phases", "aware_at", "authority_notified_at"}:
        first = phases[0].at.astimezone(UTC)
        if isinstance(aware, datetime) and aware.tzinfo and first < aware.astimezone(UTC):
            out.append(ValidationError(MSG_PHASE_BEFORE_AWARE, "phases"))
        elif isinstance(notified_at, datetime) and notified_at.tzinfo \
                and first < notified_at.astimezone(UTC):
            out.append(ValidationError(MSG_PHASE_BEFORE_NOTIFIED, "phases"))
    if notified_late(values) and not _filled(values.get(DELAY_REASONS.field)) \
            and changed & {"authority_notified_at", "delay_reasons", "aware_at",
                           "deadline_hours", "rights_risk", "phases"}:
        out.append(ValidationError(MSG_LATE_WITHOUT_REASONS, DELAY_REASONS.field))
    if authority_notified(values):
        follows = {code for phase in phases for code in phase.follows}
        for item in ITEMS_33:
            if _filled(values.get(item.field)) or item.code in follows:
                continue
            if not changed & {"authority_notified_at", "phases", item.field}:
                continue
            field = next((f for f in ("authority_notified_at", "phases") if f in changed),
                         item.field)
            out.append(ValidationError.of(MSG_SENT_WHILE_MISSING, field,
                                          item=Phrase(item.label), article=item.article))
    if changed & {"breach_state", "breach_started_at", "breach_ended_at"}:
        started, ended = values.get("breach_started_at"), values.get("breach_ended_at")
        if values.get("breach_state") == BreachState.ONGOING.value and ended is not None:
            out.append(ValidationError(MSG_ONGOING_ENDED, "breach_ended_at"))
        elif isinstance(started, datetime) and isinstance(ended, datetime) and ended < started:
            out.append(ValidationError(MSG_ENDED_BEFORE_STARTED, "breach_ended_at"))
    return out


def check(values: Mapping[str, Any], changed: Iterable[str] | None = None) -> None:
    """Raise the first of ``problems``."""
    found = problems(values, changed)
    if found:
        raise found[0]
