"""The incident report: summary, timeline, what was affected (with the services' MTD and RTO),
the breach assessment against Art. 33 and 34 with what is still missing, the response options
considered with their figures, and the decision."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from privguard.reports import blocks
from privguard.reports import breach_words as bw
from privguard.reports.i18n import DASH, Translator
from privguard.reports.markup import esc
from privguard.reports.model import IncidentData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import ALERT, styles


def build(data: IncidentData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    i = data.incident
    title = t("Incident report")
    story: list[Flowable] = cover(meta, t, title, "", extra=[
        (t("Incident"), i["title"]), (t("Incident ID"), str(i["id"]))])
    story += [blocks.heading(t("Summary")), blocks.fields([
        (t("Incident ID"), str(i["id"])),
        (t("Title"), i["title"]),
        (t("Description"), i.get("description") or DASH),
        (t("Category"), i.get("category") or DASH),
        (t("Severity"), t.choice(i.get("severity"))),
        (t("Status"), t.choice(i.get("status"))),
        (t("Occurred"), t.datetime(i.get("occurred_at"))),
        (t("Detected"), t.datetime(i.get("detected_at"))),
        (t("Contained"), t.datetime(i.get("contained_at"))),
        (t("Resolved"), t.datetime(i.get("resolved_at"))),
        (t("Reported by"), i.get("reporter") or DASH),
        (t("Actual cost"), t.money(i.get("actual_cost"))),
        (t("Linked risks"), "; ".join(data.risks) or DASH),
    ], width)]
    steps.report(0.05)
    story.append(blocks.heading(t("Timeline")))
    if data.timeline:
        story.append(blocks.data_table(
            [t("When"), t("Who"), t("Kind"), t("Note"), t("Evidence (SHA-256)")],
            [[t.datetime(e.get("at")), e.get("actor") or DASH, t.timeline_kind(e.get("kind")),
              e.get("note") or "", _short_hash(e.get("evidence_sha256"))]
             for e in data.timeline],
            [1.45, 1.3, 1.2, 3.9, 1.3], width))
    else:
        story.append(blocks.body(t("No timeline entries.")))
    story += [CondPageBreak(100),
              blocks.heading(t("Affected assets, services and processing activities")),
              blocks.fields([
                  (t("Assets"), "; ".join(data.assets) or DASH),
                  (t("Business services"), "; ".join(data.services) or DASH),
                  (t("Processing activities"), "; ".join(data.activities) or DASH),
              ], width)]
    if data.service_rows:
        story += [blocks.heading(t("Business services affected: how long they can be down"), 2),
                  blocks.data_table(
                      [t("Business service"), t("Maximum tolerable downtime (MTD)"),
                       t("Recovery time objective (RTO)"), t("Recovery point objective (RPO)")],
                      [[s["name"], _hours(t, s.get("mtd_hours")), _hours(t, s.get("rto_hours")),
                        _hours(t, s.get("rpo_hours"))] for s in data.service_rows],
                      [3.4, 1.6, 1.6, 1.6], width, right=(1, 2, 3))]
    story += [CondPageBreak(160),
              blocks.heading(t("Personal-data breach assessment (Art. 33 and 34)"))]
    story += breach_section(data.breach, t, width)
    steps.report(0.08)
    story += [CondPageBreak(100), blocks.heading(t("Response options considered"))]
    story += incident_options(data, t, width)
    story.append(blocks.heading(t("Decision")))
    if data.decisions:
        for d in data.decisions:
            story.append(blocks.fields([
                (t("Option chosen"), d["option_name"]),
                (t("Decided by"), d["decided_by"]),
                (t("Decided at"), t.datetime(d["decided_at"])),
                (t("Rationale"), d.get("rationale") or DASH),
            ], width))
    else:
        story.append(blocks.body(t("No decision has been recorded.")))
    if i.get("lessons_learned"):
        story += [blocks.heading(t("Lessons learned")), blocks.body(i["lessons_learned"])]
    return render(story, meta, t, title, steps=steps.sub(0.1, 1.0))


def _short_hash(value: Any) -> str:
    return f"{value[:16]}…" if value else ""


def _number(t: Translator, value: Any) -> str:
    return t.number(value, 0 if float(value).is_integer() else 1)


def _hours(t: Translator, value: Any) -> str:
    return DASH if value is None else t("{hours} h", hours=_number(t, value))


def breach_section(b: dict[str, Any] | None, t: Translator, width: float) -> list[Flowable]:
    """The assessment: the Art. 33(3) facts, the clock, the Art. 34 notice, the phases and
    what is still missing."""
    if b is None:
        return [blocks.body(t("No personal-data breach has been assessed for this incident."))]
    out: list[Flowable] = [blocks.fields([
        (t.field("Breach type"), bw.breach_types(t, b)),
        (t.field("Ongoing or ended"), bw.course(t, b)),
        (t("Nature of the breach"), b.get("nature") or DASH),
        (t("Categories and approximate number of data subjects"),
         bw.count(t, t.entries(b.get("subject_entries")), b.get("approx_subjects"))),
        (t("Categories and approximate number of records"),
         bw.count(t, t.entries(b.get("category_entries")), b.get("approx_records"))),
        (t("Contact point"), b.get("contact_point") or DASH),
        (t("Likely consequences"), b.get("consequences") or DASH),
        (t("Measures taken or proposed"), b.get("measures") or DASH),
        (t("Risk to people's rights and freedoms"), t.rights_risk(b.get("rights_risk"))),
        (t.field("Reasoning for concluding no risk (Art. 33(5))"),
         bw.text(b.get("no_risk_reasoning"))),
        (t("Aware of the breach"), t.datetime(b.get("aware_at"))),
        (t("Notification deadline (Art. 33)"), t.datetime(b.get("due_at"))),
        (t("Deadline"), clock_state_left(b, t)),
        (t("Supervisory authority notified"), bw.authority(t, b)),
        (t.field("Reasons for the delay (Art. 33(1))"), bw.text(b.get("delay_reasons"))),
        (t.field("Cross-border case"), bw.yes_no(t, b.get("cross_border"))),
        (t.field("Lead supervisory authority"), bw.text(b.get("lead_authority"))),
        (t("People concerned (Art. 34)"), bw.subjects_status(t, b)),
        (t.field("Notice to the people affected (Art. 34(2))"),
         bw.text(b.get("subjects_notice_content"))),
        (t.field("How the people affected were told"), bw.text(b.get("subjects_channel"))),
        (t.field("Number of people told"), t.number(b.get("subjects_told"))),
        (t.field("Exemption relied on (Art. 34(3))"), bw.exemption(t, b)),
        (t.field("Why the exemption applies"), bw.text(b.get("subjects_exemption_reason"))),
    ], width)]
    out.append(blocks.heading(t.field("Notification in phases (Art. 33(4))"), 2))
    phases = bw.phases(t, b)
    if phases:
        out.append(blocks.fields(phases, width))
    else:
        out.append(blocks.body(t("Not notified in phases.")))
    out.append(blocks.heading(t("Missing mandatory items"), 2))
    missing = bw.missing(t, b)
    if missing:
        out.append(blocks.body(t("What Art. 33(3) and, where it applies, Art. 34(2) still "
                                 "need:")))
        out += [blocks.body(f"• {line}") for line in missing]
    else:
        out.append(blocks.body(t("None: the assessment gives every item Art. 33 and 34 ask "
                                 "for.")))
    return out


def clock_state_left(b: dict[str, Any], t: Translator) -> Flowable:
    """The clock's state in words, with the time left on a running clock; in red when a
    deadline is missed or about to be."""
    words = esc(bw.deadline(t, b))
    if b.get("state") in ("overdue", "late", "red"):
        words = f'<font color="{ALERT.hexval().replace("0x", "#")}"><b>{words}</b></font>'
    return Paragraph(words, styles().cell)


def _range(t: Translator, value: Any) -> str:
    """A stored range of hours: "12 h (6–30)"; a known value: "12 h"."""
    if value is None:
        return DASH
    if isinstance(value, int | float):
        return _hours(t, value)
    if not isinstance(value, dict) or value.get("low") is None or value.get("high") is None:
        return DASH
    low, high = value["low"], value["high"]
    mode = value.get("mode", (low + high) / 2)
    if low == high:
        return _hours(t, low)
    return t("{hours} h ({low}–{high})", hours=_number(t, mode), low=_number(t, low),
             high=_number(t, high))


def incident_options(data: IncidentData, t: Translator, width: float) -> list[Flowable]:
    """Each response option with its figures in columns: downtime, data lost, re-infection,
    cost and expected cost."""
    if not data.options:
        return [blocks.body(t("No response options have been recorded."))]
    chosen = {d.get("option_id") for d in data.decisions}
    rows = []
    for o in data.options:
        name = o["name"]
        if o["id"] in chosen:
            name = t("{option} (chosen)", option=name)
        details = [t.choice(o.get("orientation"))]
        if o.get("evidence_preserved") is False:
            details.append(t("Evidence lost"))
        rows.append([
            "\n".join([name, *details]),
            _range(t, o.get("downtime_hours")), _range(t, o.get("data_loss_hours")),
            t.percent(o.get("reinfection_probability") or 0.0),
            t.money((o.get("cost_one_off") or 0.0) + (o.get("cost_per_incident") or 0.0)),
            t.money(data.expected_costs.get(o["id"]))])
    out: list[Flowable] = [blocks.data_table(
        [t("Option"), t("Downtime"), t("Data lost"), t("Re-infection"), t("Cost"),
         t("Expected cost")], rows, [2.7, 1.4, 1.4, 1.35, 1.1, 1.25], width,
        right=(1, 2, 3, 4, 5))]
    notes = [t("Downtime and data lost: most likely (low–high). Cost: one-off plus per "
               "incident.")]
    if data.expected_basis == "decision":
        notes.append(t("Expected cost: the figures frozen with the decision of {when}.",
                       when=t.datetime(data.expected_at)))
    elif data.expected_basis == "analysis":
        notes.append(t("Expected cost: computed by the analysis engine when this report was "
                       "made ({trials} trials).", trials=data.expected_trials))
    else:
        notes.append(t("Expected cost: not computed (the options cannot be analysed yet)."))
    out.append(blocks.note(" ".join(notes)))
    described = [[o["name"], "\n".join(x for x in (o.get("description"), o.get("side_risks"))
                                       if x)] for o in data.options
                 if o.get("description") or o.get("side_risks")]
    if described:
        out += [blocks.heading(t("What each option means"), 2),
                blocks.data_table([t("Option"), t("Description")], described, [2.7, 6.3],
                                  width)]
    return out


def options_table(options: list[dict[str, Any]], decisions: list[dict[str, Any]],
                  t: Translator, width: float) -> list[Flowable]:
    """The options of a risk or incident with their costs and incident-response traits."""
    if not options:
        return [blocks.body(t("No response options have been recorded."))]
    chosen = {d.get("option_id") for d in decisions}
    rows = []
    for o in options:
        name = o["name"]
        if o["id"] in chosen:
            name = t("{option} (chosen)", option=name)
        details = [o.get("description") or ""]
        downtime = o.get("downtime_hours")
        if downtime:
            details.append(t("Downtime {low}–{high} h", low=t.number(downtime.get("low")),
                             high=t.number(downtime.get("high"))))
        if o.get("reinfection_probability"):
            details.append(t("Re-infection {p}", p=t.percent(o["reinfection_probability"])))
        if o.get("evidence_preserved") is False:
            details.append(t("Evidence lost"))
        if o.get("side_risks"):
            details.append(o["side_risks"])
        rows.append([name, t.choice(o.get("orientation")), t.money(o.get("cost_one_off")),
                     t.money(o.get("cost_yearly")), t.money(o.get("cost_per_incident")),
                     "\n".join(x for x in details if x)])
    return [blocks.data_table(
        [t("Option"), t("Orientation"), t("One-off cost"), t("Yearly cost"), t("Per incident"),
         t("Description")], rows, [2.0, 1.55, 1.1, 1.0, 1.05, 3.5],
        width, right=(2, 3, 4))]
