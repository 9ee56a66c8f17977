"""The draft of a personal-data breach notification to the supervisory authority (Art. 33).

What Art. 33(3) asks, in the order the authorities' forms ask it, in the authority's
language, to copy into its form: who notifies and the contact point (b), the notification
itself (initial or in phases, Art. 33(4); the lead authority of a cross-border case), when
the breach happened and was found (with the reasons for a delay, Art. 33(1)), its nature
with the categories and numbers of people and records (a), the likely consequences (c), the
measures (d), what the people affected were told (Art. 34) and what is still missing.

One list of sections feeds both forms: ``text`` (plain text, no reportlab) and ``build``
(the signed PDF, through ReportingService.export).
"""

from __future__ import annotations

from dataclasses import dataclass

from privguard.reports import breach_words as bw
from privguard.reports.i18n import DASH, Translator
from privguard.reports.model import NotificationData, RenderedReport, ReportMeta
from privguard.reports.progress import Steps


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]]
    #: lines said before the rows (a note, or the list of missing items)
    lines: tuple[str, ...] = ()


def title(t: Translator) -> str:
    return t("Notification of a personal data breach to the supervisory authority")


def sections(data: NotificationData, t: Translator) -> list[Section]:
    """The draft, section by section, in the report's language."""
    b, i = data.breach, data.incident
    out = [Section(t("1. The controller"), [
        (t("Organisation"), data.organisation or DASH),
        (t("Contact point (Art. 33(3)(b))"), bw.text(b.get("contact_point"))),
        (t("Processing activities concerned"), "; ".join(data.activities) or DASH),
        (t("Our incident reference"), t("{id} — {title}", id=str(i["id"]), title=i["title"])),
    ])]
    phases = b.get("phase_list") or []
    kind = (t("Initial notification") if len(phases) <= 1
            else t("Notification in phases: the initial notification and {n} follow-ups",
                   n=len(phases) - 1))
    out.append(Section(t("2. The notification"), [
        (t("Kind of notification"), kind),
        (t("Supervisory authority notified"), bw.authority(t, b)),
        (t.field("Cross-border case"), bw.yes_no(t, b.get("cross_border"))),
        (t.field("Lead supervisory authority"), bw.text(b.get("lead_authority"))),
    ]))
    timing = [
        (t.field("Ongoing or ended"), bw.course(t, b)),
        (t("Aware of the breach"), t.datetime(b.get("aware_at"))),
        (t("Detected"), t.datetime(i.get("detected_at"))),
        (t("Notification deadline (Art. 33)"), t.datetime(b.get("due_at"))),
        (t("Deadline"), bw.deadline(t, b)),
    ]
    if b.get("past_deadline") or b.get("delay_reasons"):
        timing.append((t.field("Reasons for the delay (Art. 33(1))"),
                       bw.text(b.get("delay_reasons"))))
    out.append(Section(t("3. When it happened"), timing))
    out.append(Section(t("4. The nature of the breach (Art. 33(3)(a))"), [
        (t.field("Breach type"), bw.breach_types(t, b)),
        (t("Nature of the breach"), bw.text(b.get("nature"))),
        (t("Categories of people concerned"), t.entries(b.get("subject_entries"))),
        (t("Approximate number of people concerned"), t.number(b.get("approx_subjects"))),
        (t("Categories of personal data records concerned"),
         t.entries(b.get("category_entries"))),
        (t("Approximate number of personal data records concerned"),
         t.number(b.get("approx_records"))),
    ]))
    out.append(Section(t("5. Likely consequences (Art. 33(3)(c))"), [
        (t("Likely consequences"), bw.text(b.get("consequences"))),
        (t("Risk to people's rights and freedoms"), t.rights_risk(b.get("rights_risk"))),
    ]))
    out.append(Section(t("6. Measures taken or proposed (Art. 33(3)(d))"), [
        (t("Measures taken or proposed"), bw.text(b.get("measures"))),
    ]))
    people = [(t("People concerned (Art. 34)"), bw.subjects_status(t, b))]
    if b.get("subjects_exemption"):
        people += [(t.field("Exemption relied on (Art. 34(3))"), bw.exemption(t, b)),
                   (t.field("Why the exemption applies"),
                    bw.text(b.get("subjects_exemption_reason")))]
    else:
        people += [
            (t.field("Notice to the people affected (Art. 34(2))"),
             bw.text(b.get("subjects_notice_content"))),
            (t.field("How the people affected were told"), bw.text(b.get("subjects_channel"))),
            (t.field("Number of people told"), t.number(b.get("subjects_told"))),
        ]
    out.append(Section(t("7. The people affected (Art. 34)"), people))
    out.append(Section(t("8. Notification in phases (Art. 33(4))"), bw.phases(t, b),
                       () if phases else (t("Not notified in phases."),)))
    missing = bw.missing(t, b)
    out.append(Section(t("9. Missing mandatory items"), [],
                       tuple(f"- {line}" for line in missing) if missing else
                       (t("None: the draft gives every item Art. 33(3) asks for."),)))
    return out


def _intro(data: NotificationData, meta: ReportMeta, t: Translator) -> str:
    return t("Draft made by PrivGuard on {when} from the breach assessment of incident {id}. "
             "Check it before you copy it into the supervisory authority's form.",
             when=t.datetime(meta.generated_at), id=str(data.incident["id"]))


def text(data: NotificationData, meta: ReportMeta) -> str:
    """The draft as plain text in the report's language."""
    t = Translator(meta.lang, meta.currency)
    heading = title(t)
    lines = [heading, "=" * len(heading), _intro(data, meta, t), ""]
    for section in sections(data, t):
        lines += [section.title, "-" * len(section.title)]
        lines += list(section.lines)
        for label, value in section.rows:
            value = value or DASH
            if "\n" in value or len(label) + len(value) > 100:
                lines += [f"{label}:", *(f"    {v}" for v in value.splitlines())]
            else:
                lines.append(f"{label}: {value}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def build(data: NotificationData, meta: ReportMeta, steps: Steps | None = None
          ) -> RenderedReport:
    """The draft as a PDF (signed by ReportingService.export)."""
    from reportlab.platypus import CondPageBreak, Flowable

    from privguard.reports import blocks
    from privguard.reports.pages import cover, frame_width, render

    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    heading = title(t)
    i = data.incident
    story: list[Flowable] = cover(meta, t, heading, t("Breach notification draft"), extra=[
        (t("Incident"), i["title"]), (t("Incident ID"), str(i["id"]))])
    story.append(blocks.note(_intro(data, meta, t)))
    for section in sections(data, t):
        story += [CondPageBreak(90), blocks.heading(section.title)]
        story += [blocks.body(line) for line in section.lines]
        if section.rows:
            story.append(blocks.fields(section.rows, width))
    steps.report(0.1)
    return render(story, meta, t, heading, steps=steps.sub(0.1, 1.0))
