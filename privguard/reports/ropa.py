"""The record of processing activities (GDPR Art. 30), grouped by our role and indexed.

Art. 30(1) fields for activities where we are controller or joint controller,
Art. 30(2) fields where we act as processor.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from privguard.reports import blocks
from privguard.reports.i18n import DASH, Translator
from privguard.reports.model import Entry, RenderedReport, ReportMeta, RopaData
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import styles

ROLES = ("controller", "joint_controller", "processor")


def _group_title(role: str, t: Translator) -> str:
    if role == "processor":
        return t("Activities where we are processor — Art. 30(2)")
    if role == "joint_controller":
        return t("Activities where we are joint controller — Art. 30(1)")
    return t("Activities where we are controller — Art. 30(1)")


def build(data: RopaData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    title = t("Record of processing activities")
    story: list[Flowable] = cover(meta, t, title, t("GDPR Article 30"))
    grouped = [(role, [a for a in data.activities if a.get("role") == role]) for role in ROLES]
    others = [a for a in data.activities if a.get("role") not in ROLES]
    if others:  # a role this version does not know still belongs in the record
        grouped.append(("other", others))
    story += [blocks.heading(t("Index")),
              blocks.body(t("This record lists every processing activity of {org} with the "
                            "information Article 30 of the GDPR requires. It can be made "
                            "available to the supervisory authority on request.",
                            org=data.organisation)),
              blocks.body(t.plural("{n} processing activity.", "{n} processing activities.",
                                   len(data.activities)))]
    if not data.activities:
        story.append(blocks.body(t("No processing activities are on the register.")))
    index_rows = []
    for g, (_role, items) in enumerate(grouped, start=1):
        for n, a in enumerate(items, start=1):
            index_rows.append([f"{g}.{n}", a["name"], t.choice(a.get("role")),
                               a.get("owner") or DASH])
    if index_rows:
        story.append(blocks.data_table([t("No."), t("Name"), t("Role"), t("Owner")],
                                       index_rows, [0.7, 6, 1.6, 2], width))
    steps.report(0.05)
    total = max(1, len(data.activities))
    record = ParagraphStyle("record", parent=styles().h2, keepWithNext=0)
    done = 0
    for g, (role, items) in enumerate(grouped, start=1):
        if not items:
            continue
        story += [PageBreak(), blocks.heading(f"{g}. {_group_title(role, t)}")]
        for n, activity in enumerate(items, start=1):
            # No keep-with-next here: it would lay each whole record out twice; the
            # conditional break keeps a heading from ending a page on its own.
            story += [CondPageBreak(90), blocks.heading(f"{g}.{n}  {activity['name']}", 2, record),
                      blocks.fields(_fields(activity, data.organisation, t), width),
                      Spacer(1, 8)]
            done += 1
            if done % 50 == 0:
                steps.report(0.05 + 0.15 * done / total)
    return render(story, meta, t, title, steps=steps.sub(0.2, 1.0))


def _join(values: Any) -> str:
    items = [str(v) for v in values or [] if str(v).strip()]
    return "; ".join(items) if items else DASH


def _contacts(a: dict[str, Any], organisation: str, t: Translator) -> str:
    lines = [organisation]
    if a.get("dpo_contact"):
        lines.append(t("Data protection officer: {contact}", contact=a["dpo_contact"]))
    if a.get("representative"):
        lines.append(t("Representative: {contact}", contact=a["representative"]))
    return "\n".join(lines)


def _basis(entry: Entry | None, t: Translator) -> str:
    """"Art. 6(1)(f) Legitimate interests": the article and the basis in words."""
    if entry is None:
        return ""
    name = t.entry(entry)
    if not entry.code or name == entry.code:
        return name
    return t("Art. {article} {basis}", article=entry.code, basis=name)


def _purposes(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for p in a.get("purposes") or []:
        bases = [b for b in (_basis(p.get("art6"), t), _basis(p.get("art9"), t)) if b]
        basis = "; ".join(bases)
        lines.append(f"• {p['description']} — {basis}" if basis else f"• {p['description']}")
    return "\n".join(lines) or DASH


def _recipients(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for r in a.get("recipients") or []:
        kind = t.recipient_kind(r.get("kind"))
        where = f"{kind}, {r['country']}" if r.get("country") else kind
        lines.append(f"• {r.get('name', '')} ({where})")
    return "\n".join(lines) or DASH


def _transfers(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for x in a.get("transfers") or []:
        words = t.entry(x.get("safeguard_entry")) if x.get("safeguard_entry") \
            else (x.get("safeguard") or DASH)
        who = f"{x.get('recipient')} — " if x.get("recipient") else ""
        note = f" ({x['note']})" if x.get("note") else ""
        lines.append(f"• {x.get('country', '')}: {who}{words}{note}")
    return "\n".join(lines) or t("None.")


def _volume(a: dict[str, Any], t: Translator) -> str:
    return f"{t.number(a.get('approx_subjects'))} / {t.number(a.get('approx_records'))}"


def _dpia(a: dict[str, Any], t: Translator) -> str:
    met = t.plural("{n} EDPB criterion met", "{n} EDPB criteria met",
                   a.get("dpia_criteria_met", 0))
    text = f"{met} · {t.choice(a.get('dpia_status'))}"
    return f"{text} · {a['dpia_reference']}" if a.get("dpia_reference") else text


def _fields(a: dict[str, Any], organisation: str, t: Translator) -> list[tuple[str, Any]]:
    processor = a.get("role") == "processor"
    pairs: list[tuple[str, Any]] = []
    if a.get("description"):
        pairs.append((t("Description"), a["description"]))
    if processor:
        controller = a.get("controller_name") or ""
        if a.get("controller_contact"):
            controller += f"\n{a['controller_contact']}"
        pairs += [
            (t("Processor and contact details (30(2)(a))"), _contacts(a, organisation, t)),
            (t("Controller on whose behalf we act (30(2)(a))"), controller or DASH),
            (t("Categories of processing for each controller (30(2)(b))"), _purposes(a, t)),
            (t("Transfers to third countries and safeguards (30(2)(c))"), _transfers(a, t)),
            (t("Technical and organisational security measures (30(2)(d))"),
             a.get("security_measures") or DASH),
        ]
    else:
        pairs.append((t("Controller and contact details (30(1)(a))"),
                      _contacts(a, organisation, t)))
        if a.get("joint_controllers"):
            pairs.append((t("Joint controllers"), a["joint_controllers"]))
        pairs += [
            (t("Purposes and legal bases (30(1)(b))"), _purposes(a, t)),
            (t("Categories of data subjects (30(1)(c))"), t.entries(a.get("subject_entries"))),
            (t("Categories of personal data (30(1)(c))"), t.entries(a.get("category_entries"))),
            (t("Special categories (Art. 9)"),
             t("Yes: special categories are processed") if a.get("special_categories")
             else t("No")),
            (t("Categories of recipients (30(1)(d))"), _recipients(a, t)),
            (t("Transfers to third countries and safeguards (30(1)(e))"), _transfers(a, t)),
            (t("Time limits for erasure (30(1)(f))"), a.get("retention") or DASH),
            (t("Technical and organisational security measures (30(1)(g))"),
             a.get("security_measures") or DASH),
        ]
    pairs += [
        (t("Approximate number of subjects / records"), _volume(a, t)),
        (t("Systems and assets used"), _join(a.get("assets"))),
        (t("DPIA screening and status"), _dpia(a, t)),
        # "Responsable" alone would read as the controller in Spanish.
        (t("Internal owner"), a.get("owner") or DASH),
        (t("Last updated"), t.date(a.get("updated_at"))),
    ]
    return pairs


__all__ = ["build"]
