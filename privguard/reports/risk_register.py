"""The risk register: every risk (or those the Risks table's filters select) on landscape pages."""

from __future__ import annotations

from reportlab.platypus import Flowable

from privguard.domain.entities import RISK
from privguard.reports import blocks, scores
from privguard.reports.i18n import DASH, Translator
from privguard.reports.model import RenderedReport, ReportMeta, RiskRegisterData
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import styles

_RISK_FIELDS = {f.name: f.label for f in RISK.fields}


def _filter_label(name: str, t: Translator) -> str:
    """A column the Risks table filters on, by the label the window gives it."""
    label = _RISK_FIELDS.get(name) or _RISK_FIELDS.get(f"{name}_id")
    return t.field(label) if label else name.replace("_", " ")


def _filter_text(data: RiskRegisterData, t: Translator) -> str:
    parts = []
    for name, value in sorted(data.filters.items()):
        values = value if isinstance(value, list | tuple | set) else [value]
        shown = ", ".join(t.choice(v) if isinstance(v, str) else str(v) for v in values)
        parts.append(f"{_filter_label(name, t)} = {shown}")
    if data.search.strip():
        parts.append(t("search “{text}”", text=data.search.strip()))
    return "; ".join(parts) or t("All risks")


def build(data: RiskRegisterData, meta: ReportMeta,
          steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width(wide=True)
    rows_, cols_ = data.matrix.size
    filter_text = _filter_text(data, t)
    title = t("Risk register")
    story: list[Flowable] = cover(meta, t, title, t("All risks with their scores, treatments, "
                                                    "controls and owners"),
                                  extra=[(t("Filter"), filter_text)])
    count = t.plural("{n} risk", "{n} risks", len(data.risks))
    story += [blocks.heading(title),
              blocks.body(t("{count} · Filter: {filter}", count=count, filter=filter_text)),
              blocks.note(t("Scores are likelihood × impact on the register's {rows} × {cols} "
                            "matrix; the appetite is {appetite}.", rows=rows_, cols=cols_,
                            appetite=data.matrix.appetite))]
    if not data.risks:
        story.append(blocks.body(t("No open risks.")))
        return render(story, meta, t, title, wide=True, steps=steps)
    rows, cells = [], []
    for i, r in enumerate(data.risks):
        risk = blocks.text(r["title"], None)
        threat = t.entry(r["threat"]) if r.get("threat") else ""
        rows.append([str(r["id"]), [risk, blocks.text(threat, styles().small)] if threat else risk,
                     r.get("owner") or DASH, None, None, None,
                     f"{t.choice(r.get('treatment'))}\n{t.choice(r.get('status'))}",
                     t.entries(r.get("controls")), t.date(r.get("review_on"))])
        cells.append([r.get("inherent"), r.get("current"), r.get("residual")])
        if i % 200 == 0:
            steps.report(0.2 * i / len(data.risks))
    extra = scores.chip_columns(data.matrix, rows, cells, [3, 4, 5], t)
    story.append(blocks.data_table(
        [t("ID"), t("Risk / Threat"), t("Owner"), t("Inherent"), t("Current"), t("Residual"),
         t("Treatment / Status"), t("Controls"), t("Review")],
        rows, [0.5, 4.2, 1.5, 1.15, 1.15, 1.15, 1.4, 3.0, 1.1], width, extra=extra))
    return render(story, meta, t, title, wide=True, steps=steps.sub(0.2, 1.0))
