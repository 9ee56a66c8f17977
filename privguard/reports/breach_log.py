"""The breach log (GDPR Art. 33(5)): every personal-data breach on the register, notified
or not, with the facts, its effects, the remedial action taken, the notification decision
and its reasoning, the dates, and whether each deadline was met.

It is the first thing a supervisory authority asks for: an overview table (one line a
breach) and then each breach on its own, oldest first.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from privguard.reports import blocks
from privguard.reports.i18n import DASH, Translator
from privguard.reports.markup import esc
from privguard.reports.model import BreachLogData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import ALERT, styles

#: Clock states: a deadline met, missed, or still running.
MISSED = ("late", "overdue")
RUNNING = ("running", "amber", "red")


def build(data: BreachLogData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    title = t("Breach log")
    story: list[Flowable] = cover(meta, t, title, t("Personal-data breaches documented under "
                                                    "Article 33(5) of the GDPR"))
    story += _overview(data, t, width)
    if data.breaches:
        story += [PageBreak(), blocks.heading(t("Each breach, oldest first"))]
    total = max(1, len(data.breaches))
    for n, breach in enumerate(data.breaches, start=1):
        incident = breach.get("incident") or {}
        heading = blocks.heading(t("#{id} {title}", id=incident.get("id"),
                                   title=incident.get("title") or DASH), 2)
        heading.anchor = f"b{incident.get('id')}"
        story += [CondPageBreak(120), heading, blocks.fields(_fields(breach, t), width),
                  Spacer(1, 10)]
        if n % 20 == 0:
            steps.report(0.2 * n / total)
    return render(story, meta, t, title, steps=steps.sub(0.2, 1.0), outline=True)


def _overview(data: BreachLogData, t: Translator, width: float) -> list[Flowable]:
    breaches = data.breaches
    notified = sum(1 for b in breaches if b.get("authority_notified_at"))
    not_required = sum(1 for b in breaches if b.get("state") == "not_required")
    missed = sum(1 for b in breaches if b.get("state") in MISSED)
    running = sum(1 for b in breaches if b.get("state") in RUNNING)
    out: list[Flowable] = [
        blocks.heading(t("Breaches recorded")),
        blocks.body(t("Article 33(5) of the GDPR asks the controller to document every "
                      "personal-data breach, whether or not it was notified: the facts, its "
                      "effects and the remedial action taken, so that the supervisory "
                      "authority can verify compliance. This log lists every breach "
                      "assessed on the register, oldest first.")),
    ]
    if not breaches:
        return out + [blocks.body(t("No personal-data breaches are on the register."))]
    out.append(blocks.body(" ".join((
        t.plural("{n} breach is recorded.", "{n} breaches are recorded.", len(breaches)),
        t.plural("{n} was notified to the supervisory authority.",
                 "{n} were notified to the supervisory authority.", notified),
        t.plural("{n} needed no notification (no risk to people).",
                 "{n} needed no notification (no risk to people).", not_required),
        t.plural("{n} deadline was missed.", "{n} deadlines were missed.", missed),
        t.plural("{n} is not notified yet, its deadline running.",
                 "{n} are not notified yet, their deadlines running.", running)
        if running else "")).strip()))
    rows = [[f"#{(b.get('incident') or {}).get('id')}", (b.get("incident") or {}).get("title")
             or DASH, t.datetime(b.get("aware_at")), t.rights_risk(b.get("rights_risk")),
             t.datetime(b.get("authority_notified_at")), _deadline(b, t),
             t.subjects_notice(b.get("subjects_notice"))] for b in breaches]
    out.append(blocks.data_table(
        [t("ID"), t("Incident"), t("Aware"), t("Risk to people"), t("Authority notified"),
         t("Deadline"), t("People told (Art. 34)")], rows,
        [0.6, 2.6, 1.4, 1.0, 1.4, 1.5, 1.2], width))
    return out


def _hours(hours: float, t: Translator) -> str:
    n = max(0, math.floor(abs(hours)))
    return t.plural("{n} hour", "{n} hours", n)


def _deadline(b: dict[str, Any], t: Translator) -> Any:
    """Met or missed (and by how much), running (and how long is left), or not required."""
    state = b.get("state")
    margin = b.get("margin_hours")
    if state == "met" and margin is not None:
        text = t("Met ({hours} before the deadline)", hours=_hours(margin, t))
    elif state == "late" and margin is not None:
        text = t("Missed ({hours} late)", hours=_hours(margin, t))
    elif state == "overdue":
        text = t("Missed: overdue by {hours}", hours=_hours(b.get("hours_left") or 0, t))
    elif state in RUNNING:
        text = t("Running: {hours} left", hours=_hours(b.get("hours_left") or 0, t))
    else:
        text = t.clock_state(state)
    if state in MISSED:
        colour = ALERT.hexval().replace("0x", "#")
        return Paragraph(f'<font color="{colour}"><b>{esc(text)}</b></font>', styles().cell)
    return text


def _missing(t: Translator) -> str:
    return t("Not recorded")


def _text(value: Any, t: Translator) -> str:
    text = str(value).strip() if value is not None else ""
    return text or _missing(t)


def _when(value: Any, t: Translator) -> str:
    return t.datetime(value) if value else _missing(t)


def _decision(b: dict[str, Any], t: Translator) -> str:
    """What was decided about notifying the supervisory authority (Art. 33(1))."""
    if b.get("rights_risk") == "none":
        return t("Not notified: the breach is unlikely to result in a risk to the rights and "
                 "freedoms of people (Art. 33(1)).")
    notified = b.get("authority_notified_at")
    if notified:
        reference = str(b.get("authority_reference") or "").strip()
        if reference:
            return t("Notified to the supervisory authority on {when} (reference {reference}).",
                     when=t.datetime(notified), reference=reference)
        return t("Notified to the supervisory authority on {when}.", when=t.datetime(notified))
    return t("To be notified to the supervisory authority by {when}: not notified yet.",
             when=t.datetime(b.get("due_at")))


def _reasoning(b: dict[str, Any], t: Translator) -> str:
    """Why: the reasons for concluding no risk, for a notification after the deadline, or
    the risk that made notification necessary."""
    risk = b.get("rights_risk")
    if risk == "none":
        return _text(b.get("no_risk_reasoning"), t)
    lines = [t("A high risk to people is likely: the authority and the people affected "
               "must be told.") if risk == "high" else
             t("A risk to people is likely: the authority must be notified.")]
    if b.get("state") in MISSED:
        lines.append(t("Reasons for the delay (Art. 33(1)): {reasons}",
                       reasons=_text(b.get("delay_reasons"), t)))
    return "\n".join(lines)


def _people(b: dict[str, Any], t: Translator) -> str:
    """Art. 34: whether the people affected were told, when and how, or the exemption."""
    lines = [t.subjects_notice(b.get("subjects_notice"))]
    if b.get("subjects_notified_at"):
        lines.append(t("Told on {when}", when=t.datetime(b["subjects_notified_at"])))
    if str(b.get("subjects_reference") or "").strip():
        lines.append(t("Reference: {value}", value=str(b["subjects_reference"]).strip()))
    if str(b.get("subjects_channel") or "").strip():
        lines.append(t("How: {value}", value=str(b["subjects_channel"]).strip()))
    if b.get("subjects_told") is not None:
        lines.append(t.plural("{n} person told", "{n} people told", int(b["subjects_told"])))
    if b.get("subjects_exemption"):
        lines.append(t("Exemption relied on (Art. 34(3)): {exemption}",
                       exemption=t.choice(b["subjects_exemption"])))
        if str(b.get("subjects_exemption_reason") or "").strip():
            lines.append(str(b["subjects_exemption_reason"]).strip())
    return "\n".join(lines)


def _remedial(b: dict[str, Any], t: Translator) -> str:
    lines = [_text(b.get("measures"), t)]
    for d in b.get("decisions") or []:
        lines.append(t("Response decided (decision #{id}): “{option}”, by {who} on {when}.",
                       id=d.get("id"), option=d.get("option_name") or DASH,
                       who=d.get("decided_by") or DASH, when=t.date(d.get("decided_at"))))
    return "\n".join(lines)


def _volume(b: dict[str, Any], t: Translator) -> str:
    def n(value: Any) -> str:
        return _missing(t) if value is None else t.number(value)
    return t("{subjects} people / {records} records", subjects=n(b.get("approx_subjects")),
             records=n(b.get("approx_records")))


def _phase(phase: dict[str, Any], t: Translator) -> str:
    """One notification of a breach notified in phases: when, its reference, what it added."""
    at = phase.get("at")
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            pass
    when = t.datetime(at) if isinstance(at, datetime) else str(at or DASH)
    parts = [when] + [str(phase.get(k) or "").strip() for k in ("reference", "added")]
    return "• " + " — ".join(x for x in parts if x)


def _fields(b: dict[str, Any], t: Translator) -> list[tuple[str, Any]]:
    incident = b.get("incident") or {}
    about = " · ".join(x for x in (str(incident.get("category") or "").strip(),
                                   t.choice(incident.get("severity")),
                                   t.choice(incident.get("status"))) if x and x != DASH)
    pairs: list[tuple[str, Any]] = [(t("Incident"), about or DASH)]
    if "breach_types" in b:
        kinds = [t.choice(k) for k in b.get("breach_types") or []]
        pairs.append((t("Breach type"), "; ".join(kinds) or _missing(t)))
    pairs += [
        (t("Facts: what happened"), _text(b.get("nature"), t)),
        (t("Categories of personal data"), t.entries(b.get("category_entries"))
         if b.get("category_entries") else _missing(t)),
        (t("Categories of data subjects"), t.entries(b.get("subject_entries"))
         if b.get("subject_entries") else _missing(t)),
        (t("Approximate number of people / records"), _volume(b, t)),
        (t("Effects: likely consequences for people"), _text(b.get("consequences"), t)),
        (t("Remedial action taken or proposed"), _remedial(b, t)),
        (t("Risk to people's rights and freedoms"), t.rights_risk(b.get("rights_risk"))),
        (t("Notification decision (Art. 33)"), _decision(b, t)),
        (t("Reasoning"), _reasoning(b, t)),
        (t("Dates"), "\n".join((
            t("Occurred: {when}", when=_when(incident.get("occurred_at"), t)),
            t("Detected: {when}", when=_when(incident.get("detected_at"), t)),
            t("Became aware: {when}", when=_when(b.get("aware_at"), t)),
            t("Contained: {when}", when=_when(incident.get("contained_at"), t)),
            t("Resolved: {when}", when=_when(incident.get("resolved_at"), t))))),
        (t("Authority deadline"), t.datetime(b.get("due_at")) if b.get("due_at")
         else t("Not required")),
        (t("Deadline met or missed"), _deadline(b, t)),
    ]
    if b.get("cross_border"):
        pairs.append((t("Cross-border case: lead supervisory authority"),
                      _text(b.get("lead_authority"), t)))
    phases = [p for p in b.get("phases") or [] if isinstance(p, dict)]
    if phases:
        pairs.append((t("Notification in phases (Art. 33(4))"),
                      "\n".join(_phase(p, t) for p in phases)))
    pairs += [
        (t("People affected told (Art. 34)"), _people(b, t)),
        (t("Contact point"), _text(b.get("contact_point"), t)),
    ]
    return pairs


__all__ = ["build"]
