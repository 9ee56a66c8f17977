"""The board report: cover, one-page executive summary, heat maps, top risks, trend,
options and decisions, incidents and breaches, overdue reviews."""

from __future__ import annotations

import math
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
MAX_FLAGS = 5  # serious incidents without a breach assessment named on the summary page


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
    out += _clocks(data, t, width)

    c = data.changes
    since = c.get("since") or data.since
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
    # Only what there is to decide: an ask with nothing in it is left out.
    asks = [(headline, items) for headline, items in asks if items]
    if not asks:
        out.append(Paragraph(esc(t("Nothing is asked of the board this time.")), s.ask))
    for number, (headline, items) in enumerate(asks, start=1):
        names = "; ".join(esc(_named(item, t)) for item in items[:ASK_EXAMPLES])
        more = len(items) - ASK_EXAMPLES
        tail = " " + esc(t("and {n} more", n=more)) if more > 0 else ""
        out.append(Paragraph(f"<b>{esc(headline)}</b>: {names}{tail}.", s.ask,
                             bulletText=f"{number}."))
    out.append(PageBreak())
    return out


def _named(item: dict[str, Any], t: Translator) -> str:
    """An ask's example: an incident with its id, a risk by its title."""
    if "options" in item:
        return t("#{id} “{title}”", id=item["id"], title=item["title"])
    return t("“{title}”", title=item["title"])


def _left(hours: float | None, t: Translator) -> str:
    """Time left on a breach clock, in whole hours; "overdue by" once past."""
    if hours is None:
        return DASH
    if hours < 0:
        n = math.ceil(-hours)
        return t.plural("Overdue by {n} hour", "Overdue by {n} hours", n)
    n = math.floor(hours)
    return t.plural("{n} hour left", "{n} hours left", n)


def _clocks(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    """Every running Art. 33 clock, and the serious incidents with no breach assessment
    (a clock may be running unseen): on the summary page, where the board looks first."""
    if not data.running_clocks and not data.unassessed:
        return []
    s = styles()
    out: list[Flowable] = [blocks.heading(t("Breach notification clocks"), 2)]
    if data.running_clocks:
        rows = [[f"#{b['incident_id']}", b["title"], t.datetime(b.get("due_at")),
                 _alarm(_left(b.get("hours_left"), t), b.get("state") in ("red", "overdue"))]
                for b in data.running_clocks]
        out.append(blocks.data_table([t("ID"), t("Incident"), t("Authority deadline"),
                                      t("Time left")], rows, [0.6, 5.4, 2.2, 1.8], width))
    else:
        out.append(blocks.body(t("No breach notification clock is running.")))
    for i in data.unassessed[:MAX_FLAGS]:
        out.append(Paragraph(_red(t(
            "#{id} “{title}” ({severity}) has no breach assessment: decide whether personal "
            "data is affected; if it is, the notification clock started when we became "
            "aware of it.", id=i["id"], title=i["title"],
            severity=t.choice(i.get("severity")).lower())), s.ask, bulletText="!"))
    if len(data.unassessed) > MAX_FLAGS:
        out.append(Paragraph(_red(t.plural(
            "{n} more high-severity open incident has no breach assessment.",
            "{n} more high-severity open incidents have no breach assessment.",
            len(data.unassessed) - MAX_FLAGS)), s.ask, bulletText="!"))
    out.append(Spacer(1, 4))
    return out


def _red(text: str) -> str:
    return f'<font color="{ALERT.hexval().replace("0x", "#")}">{esc(text)}</font>'


def _alarm(text: str, alarm: bool) -> Any:
    return Paragraph(f"<b>{_red(text)}</b>", styles().cell) if alarm else text


def _changes(c: dict[str, Any], t: Translator) -> list[str]:
    """What changed since the start of the period, one line per kind of change."""
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
    out += [blocks.note(t("Ranked by residual score (likelihood × impact once the agreed "
                          "treatments are in place), then by current score.")),
            blocks.data_table(
        [t("No."), t("Risk"), t("Owner"), t("Treatment"), t("Current"), t("Residual")], rows,
        [0.5, 4.2, 1.7, 1.3, 1.3, 1.3], width, extra=extra)]
    if len(data.risks) > TOP_RISKS:
        out.append(blocks.note(t("The risk register lists all {n} open risks.",
                                 n=len(data.risks))))
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
    if not data.options and not data.decisions and not data.incident_responses:
        return out + [blocks.body(t("No response options have been recorded."))]
    out += _incident_responses(data, t, width)
    if data.options:
        shown = data.options[:MAX_ROWS]
        out.append(blocks.heading(t("Treatment options for risks"), 2))
        costs = [(o["name"], o.get("cost_one_off") or 0.0, o.get("cost_yearly") or 0.0)
                 for o in shown[:8]]
        if any(c[1] or c[2] for c in costs):
            out.append(charts.cost_bars(costs, t, width))
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
        rows = [[f"#{d['id']}", t.date(d["decided_at"]), d["option_name"],
                 _subject(d, t), d["decided_by"], d.get("rationale") or ""]
                for d in data.decisions[:MAX_ROWS]]
        out.append(blocks.data_table(
            [t("ID"), t("When"), t("Option"), t("For"), t("Who"), t("Rationale")], rows,
            [0.6, 1.1, 2.1, 2.1, 1.4, 3.3], width))
        out += _more(t, len(data.decisions), min(len(data.decisions), MAX_ROWS))
        as_is = t("As is (no new treatment)")
        quantified = next((d for d in data.decisions
                           if charts.lec_series(d.get("figures"), as_is)), None)
        if quantified is not None:
            out += [CondPageBreak(260), blocks.heading(
                t("Loss exceedance: {subject} (decision #{id})",
                  subject=quantified.get("subject") or quantified["option_name"],
                  id=quantified["id"]), 2),
                charts.lec_chart(charts.lec_series(quantified["figures"], as_is), t, width),
                blocks.note(t("How to read it: each curve gives the chance (up the side) that "
                              "the yearly loss exceeds the amount along the bottom. The lower "
                              "and further left a curve lies, the less is at stake; the "
                              "colours are those of the decision record."))]
    return out


def _subject(d: dict[str, Any], t: Translator) -> str:
    """What a decision was about: a risk by its title, an incident with its id."""
    if d.get("incident_id"):
        return t("Incident #{id}: {title}", id=d["incident_id"], title=d.get("subject") or DASH)
    return d.get("subject") or DASH


def _incident_responses(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    """Each open incident's options side by side: the expected cost and the bad case
    (P95), downtime against the services' maximum tolerable downtime, data lost, the
    chance of a re-infection, and the decision taken or still pending."""
    out: list[Flowable] = []
    for incident in data.incident_responses:
        out.append(blocks.heading(t("Incident #{id}: {title}", id=incident["id"],
                                    title=incident["title"]), 2))
        decision = incident.get("decision")
        if decision:
            out.append(blocks.body(t(
                "Decided: “{option}” (decision #{id}), by {who} on {when}. The figures are "
                "those frozen with the decision.", option=decision["option_name"],
                id=decision["id"], who=decision["decided_by"],
                when=t.date(decision["decided_at"]))))
        else:
            out.append(Paragraph(_red(t("Decision pending: no response has been chosen yet.")),
                                 styles().body))
        mtd = incident.get("mtd_hours")
        downtime_head = t("Downtime (MTD {mtd} h)", mtd=t.number(mtd)) if mtd else \
            t("Downtime")
        rows = []
        for o in incident["options"]:
            name = f"{o['name']} ✓" if o.get("chosen") else o["name"]
            downtime = DASH
            if o.get("downtime_hours") is not None:
                downtime = t("{hours} h; P(>MTD) {p}", hours=t.number(o["downtime_hours"]),
                             p=t.percent(o.get("p_over_mtd"), 1)) \
                    if o.get("p_over_mtd") is not None else \
                    t("{hours} h", hours=t.number(o["downtime_hours"]))
            rows.append([name, t.choice(o.get("orientation")), t.money(o.get("expected_cost")),
                         t.money(o.get("p95_cost")), downtime,
                         t("{hours} h", hours=t.number(o["data_loss_hours"]))
                         if o.get("data_loss_hours") is not None else DASH,
                         t.percent(o.get("reinfection"), 1)
                         if o.get("reinfection") is not None else DASH])
        out.append(blocks.data_table(
            [t("Option"), t("Orientation"), t("Expected cost"), t("Bad case (P95)"),
             downtime_head, t("Data lost"), t("Re-infection")],
            rows, [1.95, 1.75, 1.05, 1.05, 1.6, 1.0, 1.3], width, right=(2, 3)))
    if data.incident_responses:
        out.append(blocks.note(t("Expected cost and P95 (the cost exceeded in one case in "
                                 "twenty) from the analysis engine, as in the decision view; "
                                 "downtime is the expected outage and the chance it passes "
                                 "the maximum tolerable downtime (MTD) of the affected "
                                 "services; ✓ marks the option chosen.")))
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
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(
        t("Open incidents and incidents of the period"))]
    if not data.incidents:
        return out + [blocks.body(t("No incidents are open and none was detected in the "
                                    "period."))]
    shown = data.incidents[:MAX_ROWS]
    yes, no = t("yes"), t("no")
    rows = [[f"#{i['id']}", t.date(i["detected_at"]), i["title"], t.choice(i.get("severity")),
             t.choice(i.get("status")), yes if i.get("breach") else no,
             t.money(i.get("actual_cost"))] for i in shown]
    out.append(blocks.data_table(
        [t("ID"), t("Detected"), t("Incident"), t("Severity"), t("Status"),
         t("Breach assessed"), t("Cost")], rows,
        [0.6, 1.2, 3.8, 1.2, 1.2, 1.0, 1.2], width, right=(6,)))
    out.append(blocks.note(t("Every incident still open, whatever its age, and those detected "
                             "since {since}.", since=t.date(data.since or data.today))))
    return out + _more(t, len(data.incidents), len(shown))


def _breaches(data: BoardData, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(120), blocks.heading(
        t("Personal-data breaches and notification deadlines"))]
    if not data.breaches:
        return out + [blocks.body(t("No personal-data breaches are on the register."))]
    rows = [[f"#{b['incident_id']}", b["title"], t.rights_risk(b.get("rights_risk")),
             t.datetime(b.get("aware_at")), t.datetime(b.get("due_at")),
             t.datetime(b.get("authority_notified_at")), _deadline(b, t),
             t.subjects_notice(b.get("subjects_notice"))] for b in data.breaches]
    return out + [blocks.data_table(
        [t("ID"), t("Incident"), t("Risk to people"), t("Aware"), t("Authority deadline"),
         t("Authority notified"), t("Deadline"), t("People told (Art. 34)")],
        rows, [0.6, 1.75, 1.2, 1.45, 1.4, 1.4, 1.3, 1.45], width), blocks.note(t(
            "The breach log (Art. 33(5)) lists every breach with its facts, effects and the "
            "reasons for each notification decision."))]


def _deadline(b: dict[str, Any], t: Translator) -> Any:
    """The clock's state; a running one with the hours left."""
    state = b.get("state")
    if b.get("hours_left") is not None:
        words = f"{t.clock_state(state)}: {_left(b['hours_left'], t)}"
        return _alarm(words, state in ("red", "overdue"))
    return clock_state(state, t)


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
