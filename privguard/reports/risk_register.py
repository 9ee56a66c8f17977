"""The risk register: every risk (or those the Risks table's filters select) on landscape pages."""

from __future__ import annotations

from reportlab.platypus import Flowable

from privguard.reports import blocks, scores
from privguard.reports.i18n import Translator
from privguard.reports.model import RenderedReport, ReportMeta, RiskRegisterData
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import styles


def _filter_text(data: RiskRegisterData, t: Translator) -> str:
    parts = []
    for name, value in sorted(data.filters.items()):
        shown = ", ".join(str(t.value(v)) for v in value) if isinstance(value, list | tuple | set) \
            else t.value(value)
        parts.append(f"{t.field(name)} = {shown}")
    if data.search.strip():
        parts.append(t("risks_search", text=data.search.strip()))
    return "; ".join(parts) or t("risks_all")


def build(data: RiskRegisterData, meta: ReportMeta,
          steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width(wide=True)
    rows_, cols_ = data.matrix.size
    filter_text = _filter_text(data, t)
    story: list[Flowable] = cover(meta, t, t("title_risks"), t("subtitle_risks"),
                                  extra=[(t("risks_filter"), filter_text)])
    story += [blocks.heading(t("title_risks")),
              blocks.body(f"{t('risks_count', n=len(data.risks))} · {t('risks_filter')}: "
                          f"{filter_text}"),
              blocks.note(t("risks_scores_note", rows=rows_, cols=cols_,
                            appetite=data.matrix.appetite))]
    if not data.risks:
        story.append(blocks.body(t("no_risks")))
        return render(story, meta, t, t("title_risks"), wide=True, steps=steps)
    rows, cells = [], []
    for i, r in enumerate(data.risks):
        risk = blocks.text(r["title"], None)
        threat = r.get("threat") or ""
        rows.append([str(r["id"]), [risk, blocks.text(threat, styles().small)] if threat else risk,
                     r.get("owner") or t("dash"), None, None, None,
                     f"{t.value(r.get('treatment'))}\n{t.value(r.get('status'))}",
                     "; ".join(r.get("controls") or []) or t("dash"),
                     t.date(r.get("review_on"))])
        cells.append([r.get("inherent"), r.get("current"), r.get("residual")])
        if i % 200 == 0:
            steps.report(0.2 * i / len(data.risks))
    extra = scores.chip_columns(data.matrix, rows, cells, [3, 4, 5], t)
    story.append(blocks.data_table(
        [t("col_id"), f"{t('col_risk')} / {t('col_threat')}", t("col_owner"),
         t("col_inherent"), t("col_current"), t("col_residual"),
         f"{t('col_treatment')} / {t('col_status')}", t("col_controls"), t("col_review")],
        rows, [0.5, 4.2, 1.5, 1.15, 1.15, 1.15, 1.4, 3.0, 1.1], width, extra=extra))
    return render(story, meta, t, t("title_risks"), wide=True, steps=steps.sub(0.2, 1.0))
