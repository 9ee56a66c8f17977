"""The board report: cover, one-page executive summary, heat maps, top risks, trend,
options and decisions, incidents and breaches, overdue reviews."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from privguard.reports import blocks, charts, scores
from privguard.reports.i18n import DASH, Translator
from privguard.reports.markup import esc
from privguard.reports.model import BoardData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import ALERT, NAVY, OK, PANEL, new_table, styles

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
    title = t("Board report")
    story += cover(meta, t, title, t("Privacy and security risk: where we stand and what we "
                                     "ask of the board"))
    for i, section in enumerate(sections):
        steps.report(i / len(sections) * 0.2)
        story += section(data, t, width)
    return render(story, meta, t, title, steps=steps.sub(0.2, 1.0))


def _more(t: Translator, total: int, shown: int) -> list[Flowable]:
    return [blocks.note(t("and {n} more", n=total - shown))] if total > shown else []


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
        standing_text = " ".join((
            t.plural("{n} open risk is on the register.", "{n} open risks are on the register.",
                     len(risks)),
            t.plural("Today {n} of them scores above the risk appetite (score {appetite} of "
                     "{max}).", "Today {n} of them score above the risk appetite (score "
                     "{appetite} of {max}).", above_now, appetite=matrix.appetite,
                     max=matrix.max_score),
            t.plural("Once the agreed treatments are in place, {n} will remain above it.",
                     "Once the agreed treatments are in place, {n} will remain above it.",
                     above_after)))
        standing = [Paragraph(esc(standing_text), s.callout)]
        worst = max(zip(risks, now, strict=True), key=lambda rc: scores.value(rc[1]))
        if worst[1]:
            standing.append(Paragraph(esc(t(
                "The highest-scored risk is “{title}” ({level}, score {score}).",
                title=worst[0]["title"], level=t.matrix(matrix.level(*worst[1]).label),
                score=scores.value(worst[1]))), s.body))
    else:
        standing = [Paragraph(esc(t("There are no open risks on the register.")), s.callout)]
    edge = ALERT if above_after else OK
    running = sum(1 for b in data.breaches if b.get("state") in ("running", "amber", "red",
                                                                 "overdue"))
    tiles = [(t("Open risks"), len(risks), False),
             (t("Above appetite today"), above_now, above_now > 0),
             (t("Open incidents"), data.open_incidents, False),
             (t("Breach clocks running"), running, running > 0)]
    out: list[Flowable] = [blocks.heading(t("Executive summary")), _tiles(tiles, t, width),
                           Spacer(1, 4), blocks.heading(t("Where risk stands"), 2),
                           blocks.panel(standing, width, PANEL, edge), Spacer(1, 6)]

    c = data.changes
    since = c.get("since")
    out.append(blocks.heading(t("What changed since {since}", since=t.date(since)) if since
                              else t("What changed in the period"), 2))
    out += [Paragraph(esc(line), s.ask, bulletText="•") for line in _changes(c, t)]

    out.append(blocks.heading(t("Decisions the board is asked for"), 2))
    above, awaiting, expired = (data.above_appetite, data.awaiting_decision,
                                data.expired_acceptances)
    asks = [
        (t.plural("Accept formally, or fund further treatment for, {n} risk that stays above "
                  "appetite after treatment", "Accept formally, or fund further treatment for, "
                  "{n} risks that stay above appetite after treatment", len(above)), above),
        (t.plural("Choose a response for {n} open incident that has options but no decision",
                  "Choose a response for {n} open incidents that have options but no decision",
                  len(awaiting)), awaiting),
        (t.plural("Renew or withdraw {n} risk acceptance that has expired",
                  "Renew or withdraw {n} risk acceptances that have expired", len(expired)),
         expired),
    ]
    # Our words are put into the markup from variables: a call inside an f-string is not
    # extracted into the catalogue.
    nothing = esc(t("nothing to decide"))
    for number, (headline, items) in enumerate(asks, start=1):
        if not items:
            markup = f"<b>{esc(headline)}</b>: {nothing}."
        else:
            names = "; ".join(esc(t("“{title}”", title=item["title"]))
                              for item in items[:ASK_EXAMPLES])
            more = len(items) - ASK_EXAMPLES
            tail = " " + esc(t("and {n} more", n=more)) if more > 0 else ""
            markup = f"<b>{esc(headline)}</b>: {names}{tail}."
        out.append(Paragraph(markup, s.ask, bulletText=f"{number}."))
    out.append(PageBreak())
    return out


def _changes(c: dict[str, Any], t: Translator) -> list[str]:
    """What changed since the last board report, one line per kind of change."""
    lines = []
    if c.get("new_risks"):
        lines.append(t.plural("{n} new risk was registered.", "{n} new risks were registered.",
                              c["new_risks"]))
    moved = []
    if c.get("scores_up"):
        moved.append(t.plural("{n} risk score went up.", "{n} risk scores went up.",
                              c["scores_up"]))
    if c.get("scores_down"):
        moved.append(t.plural("{n} risk score went down.", "{n} risk scores went down.",
                              c["scores_down"]))
    if moved:
        lines.append(" ".join(moved))
    if c.get("new_incidents"):
        lines.append(" ".join((
            t.plural("{n} incident was detected.", "{n} incidents were detected.",
                     c["new_incidents"]),
            t.plural("{n} of them is still open.", "{n} of them are still open.",
                     c.get("open_new_incidents", 0)))))
    if c.get("breaches"):
        lines.append(t.plural("{n} personal-data breach was assessed.",
                              "{n} personal-data breaches were assessed.", c["breaches"]))
    if c.get("decisions"):
        lines.append(t.plural("{n} response decision was recorded.",
                              "{n} response decisions were recorded.", c["decisions"]))
    return lines or [t("Nothing material changed.")]


def _tiles(tiles: list[tuple[str, int, bool]], t: Translator, width: float) -> Table:
    """Four headline numbers across the top of the summary."""
    s = styles()
    cells = []
    for label, number, alarm in tiles:
        colour = (ALERT if alarm else NAVY).hexval().replace("0x", "#")
        cells.append([Paragraph(f'<font size="20" color="{colour}"><b>{esc(t.number(number))}'
                                f"</b></font>", s.body), Paragraph(esc(label), s.small)])
    table = new_table([cells], colWidths=[width / len(tiles)] * len(tiles), hAlign="LEFT")
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEBEFORE", (1, 0), (-1, -1), 3, colors.white),
                    ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


# -- risk picture ------------------------------------------------------------------


def _heat_maps(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    left = charts.heat_map(data.matrix, data.heat_inherent, t("Inherent (before controls)"), t,
                           half)
    right = charts.heat_map(data.matrix, data.heat_residual, t("Residual (after treatment)"), t,
                            half)
    table = new_table([[left, right]], colWidths=[half + 12, half], hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    key = " · ".join(f"{i} {t.matrix(label)}"
                     for i, label in enumerate(data.matrix.impact_labels, 1))
    return [blocks.heading(t("Heat map: inherent and residual risk")), table,
            blocks.note(t("Cells show the number of open risks. The dark line is the risk "
                          "appetite: cells above and to the right of it exceed the appetite.")),
            blocks.note(t("Impact columns: {key}", key=key))]


def _top_risks(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("Top risks"))]
    if not data.risks:
        return out + [blocks.body(t("No open risks."))]
    ranked = sorted(data.risks, key=lambda r: (
        -scores.value(scores.effective(r, "residual", "current", "inherent")),
        -scores.value(scores.effective(r, "current", "inherent")), r["id"]))[:TOP_RISKS]
    rows = [[str(i), r["title"], r.get("owner") or DASH, t.choice(r.get("treatment")),
             None, None] for i, r in enumerate(ranked, 1)]
    cells = [[scores.effective(r, "current", "inherent"),
              scores.effective(r, "residual", "current", "inherent")] for r in ranked]
    extra = scores.chip_columns(data.matrix, rows, cells, [4, 5], t)
    out.append(blocks.data_table(
        [t("No."), t("Risk"), t("Owner"), t("Treatment"), t("Current"), t("Residual")], rows,
        [0.5, 4.2, 1.7, 1.3, 1.3, 1.3], width, extra=extra))
    return out


def _trend(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(200), blocks.heading(t("Risk trend"))]
    if len(data.trend) < 2:
        return out + [blocks.body(t("The trend appears once scores have been recorded in more "
                                    "than one month."))]
    return out + [charts.trend_chart(data.trend, t, width), blocks.note(t(
        "Month-end counts from the score history of each risk (current score, or inherent "
        "where no current score was given)."))]


# -- options, decisions, incidents ---------------------------------------------------


def _options(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(260), blocks.heading(t("Response options and decisions"))]
    if not data.options and not data.decisions:
        return out + [blocks.body(t("No response options have been recorded."))]
    if data.options:
        shown = data.options[:MAX_ROWS]
        costs = [(o["name"], o.get("cost_one_off") or 0.0, o.get("cost_yearly") or 0.0)
                 for o in shown[:8]]
        if any(c[1] or c[2] for c in costs):
            out += [blocks.heading(t("Cost of the options"), 2), charts.cost_bars(costs, t, width)]
        rows = [[o["name"], o.get("subject") or DASH, t.choice(o.get("orientation")),
                 t.money(o.get("cost_one_off")), t.money(o.get("cost_yearly")),
                 t.money(o.get("benefit")), t("decided") if o.get("decided") else ""]
                for o in shown]
        out.append(blocks.data_table(
            [t("Option"), t("For"), t("Orientation"), t("One-off cost"), t("Yearly cost"),
             t("Benefit (ΔALE)"), t("Decision")],
            rows, [2.2, 2.2, 1.8, 1.15, 1.15, 1.2, 1.2], width, right=(3, 4, 5)))
        out += _more(t, len(data.options), len(shown))
    if data.decisions:
        out.append(blocks.heading(t("Decisions"), 2))
        rows = [[t.date(d["decided_at"]), d["option_name"], d.get("subject") or DASH,
                 d["decided_by"], d.get("rationale") or ""] for d in data.decisions[:MAX_ROWS]]
        out.append(blocks.data_table(
            [t("When"), t("Option"), t("For"), t("Who"), t("Rationale")], rows,
            [1.1, 2.2, 2.2, 1.5, 3.6], width))
        quantified = next((d for d in data.decisions if _lec_series(d.get("figures"))), None)
        if quantified is not None:
            out += [CondPageBreak(240), blocks.heading(
                t("Loss exceedance: {subject}",
                  subject=quantified.get("subject") or quantified["option_name"]), 2),
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
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("Incidents of the period"))]
    if not data.incidents:
        return out + [blocks.body(t("No incidents were detected in the period."))]
    shown = data.incidents[:MAX_ROWS]
    rows = [[t.date(i["detected_at"]), i["title"], t.choice(i.get("severity")),
             t.choice(i.get("status")), t.money(i.get("actual_cost"))] for i in shown]
    out.append(blocks.data_table(
        [t("Detected"), t("Incident"), t("Severity"), t("Status"), t("Cost")], rows,
        [1.2, 4.6, 1.1, 1.3, 1.3], width, right=(4,)))
    return out + _more(t, len(data.incidents), len(shown))


def _breaches(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(
        t("Personal-data breaches and notification deadlines"))]
    if not data.breaches:
        return out + [blocks.body(t("No personal-data breaches are on the register."))]
    rows = [[b["title"], t.rights_risk(b.get("rights_risk")),
             t.datetime(b.get("aware_at")), t.datetime(b.get("due_at")),
             t.datetime(b.get("authority_notified_at")), clock_state(b.get("state"), t),
             t.subjects_notice(b.get("subjects_notice"))] for b in data.breaches]
    return out + [blocks.data_table(
        [t("Incident"), t("Risk to people"), t("Aware"), t("Authority deadline"),
         t("Authority notified"), t("Deadline"), t("People told (Art. 34)")],
        rows, [2.3, 1.1, 1.55, 1.4, 1.4, 1.2, 1.55], width)]


def clock_state(state: str | None, t: Translator) -> Paragraph:
    """A breach clock's state, in red when a deadline is missed or about to be."""
    words = esc(t.clock_state(state))
    if state in ("overdue", "late", "red"):
        return Paragraph(f'<font color="{ALERT.hexval().replace("0x", "#")}"><b>{words}</b></font>',
                         styles().cell)
    return Paragraph(words, styles().cell)


def _overdue(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(t("Reviews and acceptances overdue"))]
    if not data.overdue:
        return out + [blocks.body(t("No reviews or acceptances are overdue."))]
    shown = data.overdue[:MAX_ROWS]
    rows = [[r["title"], r.get("owner") or DASH, t.date(r.get("review_on")),
             t.date(r.get("acceptance_expires_on"))] for r in shown]
    out.append(blocks.data_table(
        [t("Risk"), t("Owner"), t("Review"), t("Acceptance expires")],
        rows, [5, 2, 1.4, 1.6], width))
    return out + _more(t, len(data.overdue), len(shown))
