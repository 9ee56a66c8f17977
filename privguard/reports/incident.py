"""The incident report: summary, timeline, what was affected, the Art. 33(3) breach facts,
the response options considered and the decision."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from privguard.reports import blocks
from privguard.reports.board import clock_state
from privguard.reports.i18n import DASH, Translator
from privguard.reports.model import IncidentData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps


def build(data: IncidentData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    i = data.incident
    title = t("Incident report")
    story: list[Flowable] = cover(meta, t, title, "")
    story += [blocks.heading(t("Summary")), blocks.fields([
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
    story += [CondPageBreak(160),
              blocks.heading(t("Personal-data breach assessment (Art. 33(3))"))]
    story += _breach(data.breach, t, width)
    story += [CondPageBreak(100), blocks.heading(t("Response options considered"))]
    story += options_table(data.options, data.decisions, t, width)
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


def _breach(b: dict[str, Any] | None, t: Translator, width: float) -> list[Flowable]:
    if b is None:
        return [blocks.body(t("No personal-data breach has been assessed for this incident."))]
    authority = t.datetime(b.get("authority_notified_at"))
    if b.get("authority_reference"):
        authority += " " + t("(reference {ref})", ref=b["authority_reference"])
    subjects = t.subjects_notice(b.get("subjects_notice"))
    if b.get("subjects_notified_at"):
        subjects += f" · {t.datetime(b['subjects_notified_at'])}"
    if b.get("subjects_reference"):
        subjects += " " + t("(reference {ref})", ref=b["subjects_reference"])
    return [blocks.fields([
        (t("Nature of the breach"), b.get("nature") or DASH),
        (t("Categories and approximate number of data subjects"),
         f"{t.entries(b.get('subject_entries'))} · ≈ {t.number(b.get('approx_subjects'))}"),
        (t("Categories and approximate number of records"),
         f"{t.entries(b.get('category_entries'))} · ≈ {t.number(b.get('approx_records'))}"),
        (t("Contact point"), b.get("contact_point") or DASH),
        (t("Likely consequences"), b.get("consequences") or DASH),
        (t("Measures taken or proposed"), b.get("measures") or DASH),
        (t("Risk to people's rights and freedoms"), t.rights_risk(b.get("rights_risk"))),
        (t("Aware of the breach"), t.datetime(b.get("aware_at"))),
        (t("Notification deadline (Art. 33)"), t.datetime(b.get("due_at"))),
        (t("Deadline"), clock_state(b.get("state"), t)),
        (t("Supervisory authority notified"), authority),
        (t("People concerned (Art. 34)"), subjects),
    ], width)]


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
