"""The decision record: what was chosen, by whom and when, the options compared, the
figures frozen at decision time (whatever the analysis engine stored) and the rationale.

The figures print as stored: they are a frozen record. Only their words (metric
names, the engine's recommendation and reasons) are put in the report's
language, from the same wording the window uses (domain/wording.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from privguard.domain import wording
from privguard.reports import blocks, charts
from privguard.reports.board import _lec_series
from privguard.reports.i18n import DASH, Translator
from privguard.reports.incident import options_table
from privguard.reports.model import DecisionData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.words import Phrase

MAX_METRICS = 30
OPTIONS_PER_TABLE = 8


def build(data: DecisionData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    d = data.decision
    subject_label = t("Risk") if d.get("subject_kind") == "risk" else t("Incident")
    title = t("Decision record")
    option = d["option_name"]
    if d.get("option_id") is None:
        option = t("{option} (option since deleted)", option=option)
    story: list[Flowable] = cover(meta, t, title, "")
    story += [blocks.heading(t("What was decided")), blocks.fields([
        (subject_label, d.get("subject_title") or t("(subject since deleted)")),
        (t("Option chosen"), option),
        (t("Decided by"), d["decided_by"]),
        (t("Decided at"), t.datetime(d["decided_at"])),
    ], width)]
    story += [blocks.heading(t("Rationale")), blocks.body(d.get("rationale") or DASH)]
    figures = d.get("figures") or {}
    frozen = (figures.get("inputs") or {}).get("options") if isinstance(figures, dict) else None
    options = data.options
    if frozen:
        # The inputs the figures were computed from (what-if edits included), over what the
        # register holds now: the record shows what produced its figures.
        by_id = {o["id"]: o for o in data.options}
        options = [{**by_id.get(o.get("option_id"), {}), **o, "id": o.get("option_id")}
                   for o in frozen]
        story += [blocks.heading(t("Options compared")),
                  blocks.body(t("As they were when the figures below were computed, what-if "
                                "edits included."))]
    else:
        story += [blocks.heading(t("Options compared"))]
    story += options_table(options, [d], t, width)
    steps.report(0.1)
    story += [CondPageBreak(160), blocks.heading(t("Figures frozen at decision time"))]
    story += _figures(d.get("figures") or {}, t, width)
    return render(story, meta, t, title, steps=steps.sub(0.1, 1.0))


def _figures(figures: dict[str, Any], t: Translator, width: float) -> list[Flowable]:
    if not figures or not isinstance(figures, dict):
        return [blocks.body(t("No quantitative figures were frozen with this decision: it was "
                              "taken on the qualitative assessment and the rationale below."))]
    out: list[Flowable] = []
    mode = figures.get("mode")
    modes = {"annual": t("annual (risk and treatments)"),
             "incident": t("incident (live response)")}
    about = [(t("Analysis mode"), modes.get(mode) or str(mode or DASH))]
    if figures.get("seed") is not None:
        about.append((t("Random seed"), str(figures["seed"])))
    if figures.get("trials") is not None:
        about.append((t("Trials"), t.number(figures["trials"])))
    if figures.get("engine") or figures.get("numpy"):
        about.append((t("Engine / numpy"), f"{figures.get('engine') or DASH} / "
                                           f"{figures.get('numpy') or DASH}"))
    recommendation = Phrase.from_data(figures.get("recommendation"))
    if recommendation:
        about.append((t("Engine's recommendation"), t.say(recommendation)))
    out.append(blocks.fields(about, width))
    against = figures.get("chosen_against_recommended")
    if isinstance(against, dict) and against.get("chosen") is not None \
            and against.get("recommended") is not None:
        line = t("Chosen instead of the recommended {option}: {difference} more in {metric}.",
                 option=against.get("recommended_name") or DASH,
                 difference=t.money(against["chosen"] - against["recommended"]),
                 metric=wording.metric(against["metric"], t.lang).lower())
        if against.get("p_over_mtd_chosen") is not None \
                and against.get("p_over_mtd_recommended") is not None:
            line += " " + t("P(downtime > MTD): {chosen} against {recommended}.",
                            chosen=t.percent(against["p_over_mtd_chosen"], 1),
                            recommended=t.percent(against["p_over_mtd_recommended"], 1))
        out.append(blocks.body(line))
    assumed = [a for a in figures.get("assumptions") or [] if isinstance(a, dict)]
    if assumed:
        sources = {"default": t("PrivGuard's default"), "edited": t("edited for this decision")}
        rows = [[t.say(Phrase(a["label"])) if a.get("label") else str(a.get("key")),
                 _assumed(a.get("key") or "", a.get("value"), t),
                 sources.get(a.get("source"), DASH)] for a in assumed]
        out += [blocks.heading(t("Assumptions and limits"), 2), blocks.data_table(
            [t("Figure"), t("Value"), t("Where it comes from")], rows, [3.2, 1.6, 2.0], width,
            right=(1,))]
    reasons = [t.say(Phrase.from_data(r)) for r in figures.get("reasons") or []]
    if reasons:
        out += [blocks.heading(t("What the engine weighed"), 2)] + [
            blocks.body(f"• {r}") for r in reasons if r]
    # Decisions frozen before break-evens were computed have none: the section is left out.
    flips = [t.say(Phrase.from_data(b.get("sentence"))) for b in figures.get("break_evens") or []
             if isinstance(b, dict) and b.get("value") is not None and b.get("sentence")]
    if flips:
        out += [blocks.heading(t("Where the recommendation changes"), 2)] + [
            blocks.body(f"• {f}") for f in flips[:8] if f]
    swings = [i for i in figures.get("sensitivity") or []
              if isinstance(i, dict) and i.get("at_low") is not None
              and i.get("at_high") is not None and i.get("swing")]
    if swings:
        # The tornado as a table: each input at its low and high end, widest swing first.
        watched = t.say(Phrase.from_data(figures.get("sensitivity_metric"))) \
            if figures.get("sensitivity_metric") else ""
        rows = [[t.say(Phrase.from_data(i.get("input"))), t.money(i["at_low"]),
                 t.money(i["at_high"]), t.money(abs(i["at_high"] - i["at_low"]))]
                for i in sorted(swings, key=lambda i: -abs(i["at_high"] - i["at_low"]))[:8]]
        out += [blocks.heading(t("What moves the figures most"), 2)]
        if watched:
            out.append(blocks.body(t("{metric}, with each input at the low and the high end of "
                                     "its range.", metric=watched)))
        out.append(blocks.data_table([t("Input"), t("At its low end"), t("At its high end"),
                                      t("Swing")], rows, [3.4, 1.3, 1.3, 1.1], width,
                                     right=(1, 2, 3)))
    options = [o for o in figures.get("options") or [] if isinstance(o, dict)]
    baseline = figures.get("baseline")
    if isinstance(baseline, dict) and baseline.get("metrics"):
        # The engine's own row (named in English when it was frozen): the register as is.
        options = [{**baseline, "option_id": None, "name": t("As is (no new treatment)")},
                   *options]
    metric_names: list[str] = []
    for o in options:
        for name in (o.get("metrics") or {}):
            if name not in metric_names and len(metric_names) < MAX_METRICS:
                metric_names.append(name)
    if options and metric_names:
        recommended = figures.get("recommended_option_id")
        chosen = figures.get("chosen_option_id")
        headers = [t("Metric")]
        for o in options:
            marks = [t("recommended")] if o.get("option_id") == recommended \
                and recommended is not None else []
            if o.get("option_id") == chosen and chosen is not None:
                marks.append(t("chosen"))
            headers.append(str(o.get("name", "")) + (f" ({', '.join(marks)})" if marks else ""))
        out.append(blocks.heading(t("Results by option"), 2))
        # However many options were compared, a table holds a readable few: the others
        # follow in tables of their own, each with the metrics' names and columns as wide.
        full = 2.0 + 1.6 * OPTIONS_PER_TABLE
        for first in range(0, len(options), OPTIONS_PER_TABLE):
            shown = options[first:first + OPTIONS_PER_TABLE]
            fractions = [2.0] + [1.6] * len(shown)
            rows = [[wording.metric(name, t.lang)]
                    + [_metric(name, (o.get("metrics") or {}).get(name), t) for o in shown]
                    for name in metric_names]
            out += [blocks.data_table(
                [headers[0], *headers[1 + first:1 + first + len(shown)]], rows, fractions,
                width if len(options) <= OPTIONS_PER_TABLE else width * sum(fractions) / full,
                right=tuple(range(1, len(shown) + 1))), Spacer(1, 6)]
    curves = _curves(options, {figures.get("recommended_option_id"),
                               figures.get("chosen_option_id")})
    series = _lec_series({"options": curves})
    if series:
        out += [CondPageBreak(240), blocks.heading(t("Loss exceedance curve"), 2),
                charts.lec_chart(series, t, width)]
        drawn = len(_lec_series({"options": options}))
        if drawn > len(series):
            out.append(blocks.note(t("The chart shows {shown} of the {total} curves: the "
                                     "register as is, the chosen and the recommended option "
                                     "first. The tables above give every option's figures.",
                                     shown=len(series), total=drawn)))
    return out


def _curves(options: list[dict[str, Any]], keep: set[Any]) -> list[dict[str, Any]]:
    """The options whose loss exceedance curves are drawn: all of them, or, when there are
    more than the chart's colours tell apart, the register as is (no option id), the
    chosen and the recommended option, then the first of the others, in their order."""
    drawn = [o for o in options if o.get("lec")]
    if len(drawn) <= charts.MAX_CURVES:
        return options
    first = [o for o in drawn if o.get("option_id") is None or o.get("option_id") in keep]
    rest = [o for o in drawn if not (o.get("option_id") is None or o.get("option_id") in keep)]
    picked = {id(o) for o in (first + rest)[:charts.MAX_CURVES]}
    return [o for o in drawn if id(o) in picked]


def _assumed(key: str, value: Any, t: Translator) -> str:
    """An assumption or a limit as the reader reads it."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, dict):
        parts = [value.get(k) for k in ("low", "mode", "high") if value.get(k) is not None]
        return " – ".join(t.number(v, 1) for v in parts) + " h"
    if key.startswith("constraints.max_p"):
        return t.percent(value, 1)
    if key.endswith(("_factor", "per_hour")):
        return t.number(value, 1)
    return t.money(value)


def _metric(name: str, value: Any, t: Translator) -> str:
    """Probabilities as percentages, counts as numbers, everything else as money."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return DASH if value is None else str(value)
    lowered = name.lower()
    if lowered.startswith(("p(", "p_", "prob")) or "probability" in lowered \
            or lowered == "rosi":
        return t.percent(value, 1)
    if any(w in lowered for w in ("(h)", "hours", "days", "years", "count", "trials")):
        return t.number(value, 1)
    return t.money(value)
