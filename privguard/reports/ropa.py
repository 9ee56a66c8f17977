"""The record of processing activities (GDPR Art. 30), grouped by our role and indexed.

Art. 30(1) fields for activities where we are controller or joint controller,
Art. 30(2) fields where we act as processor.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from privguard.reports import blocks
from privguard.reports.i18n import Translator
from privguard.reports.markup import esc
from privguard.reports.model import RenderedReport, ReportMeta, RopaData
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import styles

GROUPS = (("controller", "ropa_controller"), ("joint_controller", "ropa_joint"),
          ("processor", "ropa_processor"))


def build(data: RopaData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    story: list[Flowable] = cover(meta, t, t("title_ropa"), t("subtitle_ropa"))
    grouped = [(role, key, [a for a in data.activities if a.get("role") == role])
               for role, key in GROUPS]
    others = [a for a in data.activities if a.get("role") not in dict(GROUPS)]
    if others:  # a role this version does not know still belongs in the record
        grouped.append(("other", "ropa_controller", others))
    story += [blocks.heading(t("ropa_index")),
              blocks.body(t("ropa_intro", org=data.organisation)),
              blocks.body(t("ropa_count", n=len(data.activities)))]
    if not data.activities:
        story.append(blocks.body(t("ropa_none")))
    index_rows = []
    for g, (_role, _key, items) in enumerate(grouped, start=1):
        for n, a in enumerate(items, start=1):
            index_rows.append([f"{g}.{n}", a["name"], t.value(a.get("role")),
                               a.get("owner") or t("dash")])
    if index_rows:
        story.append(blocks.data_table([t("col_no"), t("col_name"), t("col_role"),
                                        t("col_owner")], index_rows, [0.7, 6, 1.6, 2], width))
    steps.report(0.05)
    total = max(1, len(data.activities))
    record = ParagraphStyle("record", parent=styles().h2, keepWithNext=0)
    done = 0
    for g, (_role, key, items) in enumerate(grouped, start=1):
        if not items:
            continue
        story += [PageBreak(), blocks.heading(f"{g}. {t(key)}")]
        for n, activity in enumerate(items, start=1):
            # No keep-with-next here: it would lay each whole record out twice; the
            # conditional break keeps a heading from ending a page on its own.
            story += [CondPageBreak(90), Paragraph(esc(f"{g}.{n}  {activity['name']}"), record),
                      blocks.fields(_fields(activity, data.organisation, t), width),
                      Spacer(1, 8)]
            done += 1
            if done % 50 == 0:
                steps.report(0.05 + 0.15 * done / total)
    return render(story, meta, t, t("title_ropa"), steps=steps.sub(0.2, 1.0))


def _join(values: Any, t: Translator) -> str:
    items = [str(v) for v in values or [] if str(v).strip()]
    return "; ".join(items) if items else t("dash")


def _contacts(a: dict[str, Any], organisation: str, t: Translator) -> str:
    lines = [organisation]
    if a.get("dpo_contact"):
        lines.append(f"{t('f_dpo')}: {a['dpo_contact']}")
    if a.get("representative"):
        lines.append(f"{t('f_representative')}: {a['representative']}")
    return "\n".join(lines)


def _purposes(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for p in a.get("purposes") or []:
        basis = f"Art. {p['art6_basis']} {t.value(p['art6_basis'])}"
        if p.get("art9_condition"):
            basis += f"; Art. {p['art9_condition']}"
        lines.append(f"• {p['description']} — {basis}")
    return "\n".join(lines) or t("dash")


def _recipients(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for r in a.get("recipients") or []:
        country = f", {r['country']}" if r.get("country") else ""
        lines.append(f"• {r.get('name', '')} ({t.value(r.get('kind'))}{country})")
    return "\n".join(lines) or t("dash")


def _transfers(a: dict[str, Any], t: Translator) -> str:
    lines = []
    for x in a.get("transfers") or []:
        safeguard = x.get("safeguard")
        words = t.value("safeguard_none" if safeguard == "none" else safeguard)
        who = f"{x.get('recipient')} — " if x.get("recipient") else ""
        note = f" ({x['note']})" if x.get("note") else ""
        lines.append(f"• {x.get('country', '')}: {who}{words}{note}")
    return "\n".join(lines) or t("no_transfers")


def _volume(a: dict[str, Any], t: Translator) -> str:
    return f"{t.number(a.get('approx_subjects'))} / {t.number(a.get('approx_records'))}"


def _dpia(a: dict[str, Any], t: Translator) -> str:
    text = f"{t('dpia_criteria_met', n=a.get('dpia_criteria_met', 0))} · " \
           f"{t.value(a.get('dpia_status'))}"
    return f"{text} · {a['dpia_reference']}" if a.get("dpia_reference") else text


def _fields(a: dict[str, Any], organisation: str, t: Translator) -> list[tuple[str, Any]]:
    processor = a.get("role") == "processor"
    pairs: list[tuple[str, Any]] = []
    if a.get("description"):
        pairs.append((t("f_description"), a["description"]))
    if processor:
        controller = a.get("controller_name") or ""
        if a.get("controller_contact"):
            controller += f"\n{a['controller_contact']}"
        pairs += [
            (t("f_processor"), _contacts(a, organisation, t)),
            (t("f_on_behalf"), controller or t("dash")),
            (t("f_categories_processing"), _purposes(a, t)),
            (t("f_transfers_p"), _transfers(a, t)),
            (t("f_security_p"), a.get("security_measures") or t("dash")),
        ]
    else:
        pairs.append((t("f_controller"), _contacts(a, organisation, t)))
        if a.get("joint_controllers"):
            pairs.append((t("f_joint"), a["joint_controllers"]))
        pairs += [
            (t("f_purposes"), _purposes(a, t)),
            (t("f_subjects"), _join(a.get("data_subject_names"), t)),
            (t("f_data"), _join(a.get("data_category_names"), t)),
            (t("f_special"), t("special_yes") if a.get("special_categories") else t("no")),
            (t("f_recipients"), _recipients(a, t)),
            (t("f_transfers"), _transfers(a, t)),
            (t("f_retention"), a.get("retention") or t("dash")),
            (t("f_security"), a.get("security_measures") or t("dash")),
        ]
    pairs += [
        (t("f_volume"), _volume(a, t)),
        (t("f_assets"), _join(a.get("assets"), t)),
        (t("f_dpia"), _dpia(a, t)),
        (t("f_owner"), a.get("owner") or t("dash")),
        (t("f_updated"), t.date(a.get("updated_at"))),
    ]
    return pairs


__all__ = ["build"]
