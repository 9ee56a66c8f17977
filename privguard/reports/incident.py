"""The incident report: summary, timeline, what was affected, the Art. 33(3) breach facts,
the response options considered and the decision."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from privguard.reports import blocks
from privguard.reports.board import clock_state
from privguard.reports.i18n import Translator
from privguard.reports.model import IncidentData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps


def build(data: IncidentData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    i = data.incident
    story: list[Flowable] = cover(meta, t, t("title_incident"), "")
    story += [blocks.heading(t("inc_summary")), blocks.fields([
        (t("f_title"), i["title"]),
        (t("f_description"), i.get("description") or t("dash")),
        (t("f_category"), i.get("category") or t("dash")),
        (t("f_severity"), t.value(i.get("severity"))),
        (t("f_status"), t.value(i.get("status"))),
        (t("f_occurred"), t.datetime(i.get("occurred_at"))),
        (t("f_detected"), t.datetime(i.get("detected_at"))),
        (t("f_contained"), t.datetime(i.get("contained_at"))),
        (t("f_resolved"), t.datetime(i.get("resolved_at"))),
        (t("f_reporter"), i.get("reporter") or t("dash")),
        (t("f_actual_cost"), t.money(i.get("actual_cost"))),
        (t("f_linked_risks"), "; ".join(data.risks) or t("dash")),
    ], width)]
    steps.report(0.05)
    story.append(blocks.heading(t("inc_timeline")))
    if data.timeline:
        story.append(blocks.data_table(
            [t("col_when"), t("col_actor"), t("col_kind"), t("col_note"), t("col_evidence")],
            [[t.datetime(e.get("at")), e.get("actor") or t("dash"), e.get("kind") or "",
              e.get("note") or "", _short_hash(e.get("evidence_sha256"))]
             for e in data.timeline],
            [1.45, 1.3, 1.2, 3.9, 1.3], width))
    else:
        story.append(blocks.body(t("inc_no_timeline")))
    story += [CondPageBreak(100), blocks.heading(t("inc_affected")), blocks.fields([
        (t("f_assets_aff"), "; ".join(data.assets) or t("dash")),
        (t("f_services_aff"), "; ".join(data.services) or t("dash")),
        (t("f_activities_aff"), "; ".join(data.activities) or t("dash")),
    ], width)]
    story += [CondPageBreak(160), blocks.heading(t("inc_breach"))] + _breach(data.breach, t,
                                                                             width)
    story += [CondPageBreak(100), blocks.heading(t("inc_options"))] + options_table(
        data.options, data.decisions, t, width)
    story.append(blocks.heading(t("inc_decision")))
    if data.decisions:
        for d in data.decisions:
            story.append(blocks.fields([
                (t("dec_chosen"), d["option_name"]),
                (t("dec_by"), d["decided_by"]),
                (t("dec_at"), t.datetime(d["decided_at"])),
                (t("dec_rationale"), d.get("rationale") or t("dash")),
            ], width))
    else:
        story.append(blocks.body(t("inc_no_decision")))
    if i.get("lessons_learned"):
        story += [blocks.heading(t("inc_lessons")), blocks.body(i["lessons_learned"])]
    return render(story, meta, t, t("title_incident"), steps=steps.sub(0.1, 1.0))


def _short_hash(value: Any) -> str:
    return f"{value[:16]}…" if value else ""


def _breach(b: dict[str, Any] | None, t: Translator, width: float) -> list[Flowable]:
    if b is None:
        return [blocks.body(t("inc_no_breach"))]
    authority = t.datetime(b.get("authority_notified_at"))
    if b.get("authority_reference"):
        authority += f" ({t('f_reference', ref=b['authority_reference'])})"
    subjects = t.value(b.get("subjects_notice"))
    if b.get("subjects_notified_at"):
        subjects += f" · {t.datetime(b['subjects_notified_at'])}"
    if b.get("subjects_reference"):
        subjects += f" ({t('f_reference', ref=b['subjects_reference'])})"
    return [blocks.fields([
        (t("f_nature"), b.get("nature") or t("dash")),
        (t("f_breach_subjects"), f"{'; '.join(b.get('data_subject_names') or []) or t('dash')}"
                                 f" · ≈ {t.number(b.get('approx_subjects'))}"),
        (t("f_breach_records"), f"{'; '.join(b.get('data_category_names') or []) or t('dash')}"
                                f" · ≈ {t.number(b.get('approx_records'))}"),
        (t("f_contact"), b.get("contact_point") or t("dash")),
        (t("f_consequences"), b.get("consequences") or t("dash")),
        (t("f_measures"), b.get("measures") or t("dash")),
        (t("f_rights_risk"), t.value(f"rights_{b.get('rights_risk')}")),
        (t("f_aware"), t.datetime(b.get("aware_at"))),
        (t("f_deadline"), t.datetime(b.get("due_at"))),
        (t("f_clock"), clock_state(b.get("state"), t)),
        (t("f_authority"), authority),
        (t("f_subjects_notice"), subjects),
    ], width)]


def options_table(options: list[dict[str, Any]], decisions: list[dict[str, Any]],
                  t: Translator, width: float) -> list[Flowable]:
    """The options of a risk or incident with their costs and incident-response traits."""
    if not options:
        return [blocks.body(t("no_options"))]
    chosen = {d.get("option_id") for d in decisions}
    rows = []
    for o in options:
        name = o["name"] + (f" ({t('dec_chosen_mark')})" if o["id"] in chosen else "")
        details = [o.get("description") or ""]
        downtime = o.get("downtime_hours")
        if downtime:
            details.append(t("downtime", low=t.number(downtime.get("low")),
                             high=t.number(downtime.get("high"))))
        if o.get("reinfection_probability"):
            details.append(t("reinfection", p=t.percent(o["reinfection_probability"])))
        if o.get("evidence_preserved") is False:
            details.append(t("evidence_lost"))
        if o.get("side_risks"):
            details.append(o["side_risks"])
        rows.append([name, t.value(o.get("orientation")), t.money(o.get("cost_one_off")),
                     t.money(o.get("cost_yearly")), t.money(o.get("cost_per_incident")),
                     "\n".join(x for x in details if x)])
    return [blocks.data_table(
        [t("col_option"), t("col_orientation"), t("col_one_off"), t("col_yearly"),
         t("col_per_incident"), t("f_description")], rows, [2.0, 1.55, 1.1, 1.0, 1.05, 3.5],
        width, right=(2, 3, 4))]
