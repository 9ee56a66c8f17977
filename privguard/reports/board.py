"""The board report: cover, one-page executive summary, heat maps, top risks, trend,
options and decisions, incidents and breaches, overdue reviews."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from privguard.reports import blocks, charts, scores
from privguard.reports.i18n import Translator
from privguard.reports.markup import esc
from privguard.reports.model import BoardData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import ALERT, NAVY, OK, PANEL, styles

TOP_RISKS = 10
MAX_ROWS = 30  # longer lists are cut in a board pack; the risk register has them all
ASK_EXAMPLES = 3


def build(data: BoardData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    story: list[Flowable] = []
    sections = (_summary, _heat_maps, _top_risks, _trend, _options, _incidents, _breaches,
                _overdue)
    story += cover(meta, t, t("title_board"), t("subtitle_board"))
    for i, section in enumerate(sections):
        steps.report(i / len(sections) * 0.2)
        story += section(data, t, width)
    return render(story, meta, t, t("title_board"), steps=steps.sub(0.2, 1.0))


def _more(t: Translator, total: int, shown: int) -> list[Flowable]:
    return [blocks.note(t("ask_more", n=total - shown))] if total > shown else []


# -- executive summary -------------------------------------------------------------


def _summary(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    s = styles()
    matrix = data.matrix
    risks = data.risks
    now = [scores.effective(r, "current", "inherent") for r in risks]
    after = [scores.effective(r, "residual", "current", "inherent") for r in risks]
    above_now = sum(scores.above_appetite(matrix, c) for c in now)
    above_after = sum(scores.above_appetite(matrix, c) for c in after)
    if risks:
        standing = [Paragraph(esc(t("standing_text", open=len(risks), above_now=above_now,
                                    above_after=above_after, appetite=matrix.appetite,
                                    max=matrix.max_score)), s.callout)]
        worst = max(zip(risks, now, strict=True), key=lambda rc: scores.value(rc[1]))
        if worst[1]:
            standing.append(Paragraph(esc(t(
                "standing_worst", title=worst[0]["title"], level=t.matrix(matrix.level(*worst[1]).label),
                score=scores.value(worst[1]))), s.body))
    else:
        standing = [Paragraph(esc(t("standing_none")), s.callout)]
    edge = ALERT if above_after else OK
    running = sum(1 for b in data.breaches if b.get("state") in ("running", "amber", "red",
                                                                 "overdue"))
    tiles = [(t("kpi_open"), len(risks), False), (t("kpi_above"), above_now, above_now > 0),
             (t("kpi_incidents"), data.open_incidents, False),
             (t("kpi_clocks"), running, running > 0)]
    out: list[Flowable] = [blocks.heading(t("sec_summary")), _tiles(tiles, t, width),
                           Spacer(1, 4), blocks.heading(t("sum_standing"), 2),
                           blocks.panel(standing, width, PANEL, edge), Spacer(1, 6)]

    c = data.changes
    since = c.get("since")
    out.append(blocks.heading(t("sum_changes", since=t.date(since)) if since
                              else t("sum_changes_first"), 2))
    lines = []
    if c.get("new_risks"):
        lines.append(t("change_new_risks", n=c["new_risks"]))
    if c.get("scores_up") or c.get("scores_down"):
        lines.append(t("change_rescored", up=c.get("scores_up", 0), down=c.get("scores_down", 0)))
    if c.get("new_incidents"):
        lines.append(t("change_new_incidents", n=c["new_incidents"],
                       open=c.get("open_new_incidents", 0)))
    if c.get("breaches"):
        lines.append(t("change_breaches", n=c["breaches"]))
    if c.get("decisions"):
        lines.append(t("change_decisions", n=c["decisions"]))
    for line in lines or [t("change_nothing")]:
        out.append(Paragraph(esc(line), s.ask, bulletText="•"))

    out.append(blocks.heading(t("sum_asks"), 2))
    asks = [
        ("ask_above", data.above_appetite, "title"),
        ("ask_incident", data.awaiting_decision, "title"),
        ("ask_expired", data.expired_acceptances, "title"),
    ]
    for number, (key, items, name_key) in enumerate(asks, start=1):
        headline = t(key, n=len(items))
        if not items:
            markup = f"<b>{esc(headline)}</b>: {esc(t('ask_nothing'))}."
        else:
            names = "; ".join(f"“{esc(item[name_key])}”" for item in items[:ASK_EXAMPLES])
            more = len(items) - ASK_EXAMPLES
            tail = f" {esc(t('ask_more', n=more))}" if more > 0 else ""
            markup = f"<b>{esc(headline)}</b>: {names}{tail}."
        out.append(Paragraph(markup, s.ask, bulletText=f"{number}."))
    out.append(PageBreak())
    return out


def _tiles(tiles: list[tuple[str, int, bool]], t: Translator, width: float) -> Table:
    """Four headline numbers across the top of the summary."""
    s = styles()
    cells = []
    for label, number, alarm in tiles:
        colour = (ALERT if alarm else NAVY).hexval().replace("0x", "#")
        cells.append([Paragraph(f'<font size="20" color="{colour}"><b>{esc(t.number(number))}'
                                f"</b></font>", s.body), Paragraph(esc(label), s.small)])
    table = Table([cells], colWidths=[width / len(tiles)] * len(tiles), hAlign="LEFT")
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEBEFORE", (1, 0), (-1, -1), 3, colors.white),
                    ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


# -- risk picture ------------------------------------------------------------------


def _heat_maps(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    left = charts.heat_map(data.matrix, data.heat_inherent, t("heat_inherent"), t, half)
    right = charts.heat_map(data.matrix, data.heat_residual, t("heat_residual"), t, half)
    table = Table([[left, right]], colWidths=[half + 12, half], hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    key = " · ".join(f"{i} {t.matrix(label)}" for i, label in enumerate(data.matrix.impact_labels, 1))
    return [blocks.heading(t("sec_heat")), table,
            blocks.note(t("heat_key")), blocks.note(f"{t('heat_impact_key')}: {key}")]


def _top_risks(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("sec_top"))]
    if not data.risks:
        return out + [blocks.body(t("no_risks"))]
    ranked = sorted(data.risks, key=lambda r: (
        -scores.value(scores.effective(r, "residual", "current", "inherent")),
        -scores.value(scores.effective(r, "current", "inherent")), r["id"]))[:TOP_RISKS]
    rows = [[str(i), r["title"], r.get("owner") or t("dash"), t.value(r.get("treatment")),
             None, None] for i, r in enumerate(ranked, 1)]
    cells = [[scores.effective(r, "current", "inherent"),
              scores.effective(r, "residual", "current", "inherent")] for r in ranked]
    extra = scores.chip_columns(data.matrix, rows, cells, [4, 5], t)
    out.append(blocks.data_table(
        [t("col_no"), t("col_risk"), t("col_owner"), t("col_treatment"), t("col_current"),
         t("col_residual")], rows, [0.5, 4.2, 1.7, 1.3, 1.3, 1.3], width, extra=extra))
    return out


def _trend(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(200), blocks.heading(t("sec_trend"))]
    if len(data.trend) < 2:
        return out + [blocks.body(t("trend_short"))]
    return out + [charts.trend_chart(data.trend, t, width), blocks.note(t("trend_note"))]


# -- options, decisions, incidents ---------------------------------------------------


def _options(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(260), blocks.heading(t("sec_options"))]
    if not data.options and not data.decisions:
        return out + [blocks.body(t("no_options"))]
    if data.options:
        shown = data.options[:MAX_ROWS]
        costs = [(o["name"], o.get("cost_one_off") or 0.0, o.get("cost_yearly") or 0.0)
                 for o in shown[:8]]
        if any(c[1] or c[2] for c in costs):
            out += [blocks.heading(t("cost_title"), 2), charts.cost_bars(costs, t, width)]
        rows = [[o["name"], o.get("subject") or t("dash"), t.value(o.get("orientation")),
                 t.money(o.get("cost_one_off")), t.money(o.get("cost_yearly")),
                 t.money(o["benefit"]) if o.get("benefit") is not None else t("dash"),
                 t("decided") if o.get("decided") else ""] for o in shown]
        out.append(blocks.data_table(
            [t("col_option"), t("col_subject"), t("col_orientation"), t("col_one_off"),
             t("col_yearly"), t("col_benefit"), t("col_decision")],
            rows, [2.2, 2.2, 1.8, 1.15, 1.15, 1.2, 1.2], width, right=(3, 4, 5)))
        out += _more(t, len(data.options), len(shown))
    if data.decisions:
        out.append(blocks.heading(t("col_decision"), 2))
        rows = [[t.date(d["decided_at"]), d["option_name"], d.get("subject") or t("dash"),
                 d["decided_by"], d.get("rationale") or ""] for d in data.decisions[:MAX_ROWS]]
        out.append(blocks.data_table(
            [t("col_when"), t("col_option"), t("col_subject"), t("col_actor"),
             t("dec_rationale")], rows, [1.1, 2.2, 2.2, 1.5, 3.6], width))
        quantified = next((d for d in data.decisions if _lec_series(d.get("figures"))), None)
        if quantified is not None:
            out += [CondPageBreak(240), blocks.heading(
                t("lec_title", subject=quantified.get("subject") or quantified["option_name"]), 2),
                charts.lec_chart(_lec_series(quantified["figures"]), t, width)]
    return out


def _lec_series(figures: Any) -> list[tuple[str, list[tuple[float, float]]]]:
    if not isinstance(figures, dict):
        return []
    series = []
    for option in figures.get("options") or []:
        points = option.get("lec") if isinstance(option, dict) else None
        if points:
            series.append((str(option.get("name", "")), [(float(x), float(y)) for x, y in points]))
    return series


def _incidents(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("sec_incidents"))]
    if not data.incidents:
        return out + [blocks.body(t("no_incidents"))]
    shown = data.incidents[:MAX_ROWS]
    rows = [[t.date(i["detected_at"]), i["title"], t.value(i.get("severity")),
             t.value(i.get("status")), t.money(i.get("actual_cost"))] for i in shown]
    out.append(blocks.data_table(
        [t("col_detected"), t("col_incident"), t("col_severity"), t("col_status"),
         t("col_cost")], rows, [1.2, 4.6, 1.1, 1.3, 1.3], width, right=(4,)))
    return out + _more(t, len(data.incidents), len(shown))


def _breaches(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("sec_breaches"))]
    if not data.breaches:
        return out + [blocks.body(t("no_breaches"))]
    rows = [[b["title"], t.value(f"rights_{b.get('rights_risk')}"),
             t.datetime(b.get("aware_at")), t.datetime(b.get("due_at")),
             t.datetime(b.get("authority_notified_at")), clock_state(b.get("state"), t),
             t.value(b.get("subjects_notice"))] for b in data.breaches]
    return out + [blocks.data_table(
        [t("col_incident"), t("col_rights"), t("col_aware"), t("col_due"),
         t("col_notified"), t("col_deadline"), t("col_subjects_notice")],
        rows, [2.8, 1.1, 1.4, 1.4, 1.4, 1.2, 1.2], width)]


def clock_state(state: str | None, t: Translator) -> Paragraph:
    """A breach clock's state, in red when a deadline is missed or about to be."""
    words = esc(t.value(state))
    if state in ("overdue", "late", "red"):
        return Paragraph(f'<font color="{ALERT.hexval().replace("0x", "#")}"><b>{words}</b></font>',
                         styles().cell)
    return Paragraph(words, styles().cell)


def _overdue(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("sec_overdue"))]
    if not data.overdue:
        return out + [blocks.body(t("no_overdue"))]
    shown = data.overdue[:MAX_ROWS]
    rows = [[r["title"], r.get("owner") or t("dash"), t.date(r.get("review_on")),
             t.date(r.get("acceptance_expires_on"))] for r in shown]
    out.append(blocks.data_table(
        [t("col_risk"), t("col_owner"), t("col_review"), t("col_acceptance_expires")],
        rows, [5, 2, 1.4, 1.6], width))
    return out + _more(t, len(data.overdue), len(shown))
