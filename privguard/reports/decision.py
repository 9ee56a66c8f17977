"""The decision record: what was chosen, by whom and when, the options compared, the
figures frozen at decision time (whatever the analysis engine stored) and the rationale.

The figures print as stored: they are a frozen record. Only their words (metric
names, the engine's recommendation and reasons) are put in the report's
language, from the same wording the window uses (domain/wording.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from privguard.domain import wording
from privguard.words import Phrase
from privguard.reports import blocks, charts
from privguard.reports.board import _lec_series
from privguard.reports.i18n import Translator
from privguard.reports.incident import options_table
from privguard.reports.model import DecisionData, RenderedReport, ReportMeta
from privguard.reports.pages import cover, frame_width, render
from privguard.reports.progress import Steps

MAX_METRICS = 30


def build(data: DecisionData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    width = frame_width()
    d = data.decision
    subject_label = t("dec_subject_risk") if d.get("subject_kind") == "risk" \
        else t("dec_subject_incident")
    story: list[Flowable] = cover(meta, t, t("title_decision"), "")
    story += [blocks.heading(t("dec_what")), blocks.fields([
        (subject_label, d.get("subject_title") or t("dec_subject_none")),
        (t("dec_chosen"), d["option_name"] + ("" if d.get("option_id") is not None
                                             else f" {t('dec_option_deleted')}")),
        (t("dec_by"), d["decided_by"]),
        (t("dec_at"), t.datetime(d["decided_at"])),
    ], width)]
    story += [blocks.heading(t("dec_rationale")), blocks.body(d.get("rationale") or t("dash"))]
    story += [blocks.heading(t("dec_compared"))] + options_table(data.options, [d], t, width)
    steps.report(0.1)
    story += [CondPageBreak(160), blocks.heading(t("dec_figures"))]
    story += _figures(d.get("figures") or {}, t, width)
    return render(story, meta, t, t("title_decision"), steps=steps.sub(0.1, 1.0))


def _figures(figures: dict[str, Any], t: Translator, width: float) -> list[Flowable]:
    if not figures or not isinstance(figures, dict):
        return [blocks.body(t("dec_no_figures"))]
    out: list[Flowable] = []
    mode = figures.get("mode")
    about = [(t("dec_mode"), t(f"dec_mode_{mode}") if mode in ("annual", "incident")
              else str(mode or t("dash")))]
    if figures.get("seed") is not None:
        about.append((t("dec_seed"), str(figures["seed"])))
    if figures.get("trials") is not None:
        about.append((t("dec_trials"), t.number(figures["trials"])))
    if figures.get("engine") or figures.get("numpy"):
        about.append((t("dec_engine"), f"{figures.get('engine') or t('dash')} / "
                                       f"{figures.get('numpy') or t('dash')}"))
    recommendation = Phrase.from_data(figures.get("recommendation"))
    if recommendation:
        about.append((t("dec_recommendation"), wording.say(recommendation, t.lang, t.money)))
    out.append(blocks.fields(about, width))
    reasons = [wording.say(Phrase.from_data(r), t.lang, t.money) for r in figures.get("reasons") or []]
    if reasons:
        out += [blocks.heading(t("dec_reasons"), 2)] + [blocks.body(f"• {r}") for r in reasons if r]
    options = [o for o in figures.get("options") or [] if isinstance(o, dict)]
    baseline = figures.get("baseline")
    if isinstance(baseline, dict) and baseline.get("metrics"):
        options = [{**baseline, "option_id": None,
                    "name": baseline.get("name") or t("dec_baseline")}, *options]
    metric_names: list[str] = []
    for o in options:
        for name in (o.get("metrics") or {}):
            if name not in metric_names and len(metric_names) < MAX_METRICS:
                metric_names.append(name)
    if options and metric_names:
        recommended = figures.get("recommended_option_id")
        chosen = figures.get("chosen_option_id")
        headers = [t("col_metric")]
        for o in options:
            marks = [t("dec_recommended")] if o.get("option_id") == recommended \
                and recommended is not None else []
            if o.get("option_id") == chosen and chosen is not None:
                marks.append(t("dec_chosen_mark"))
            headers.append(str(o.get("name", "")) + (f" ({', '.join(marks)})" if marks else ""))
        rows = [[wording.metric(name, t.lang)] + [_metric(name, (o.get("metrics") or {}).get(name), t)
                                            for o in options] for name in metric_names]
        out += [blocks.heading(t("dec_metrics"), 2), blocks.data_table(
            headers, rows, [2.0] + [1.6] * len(options), width,
            right=tuple(range(1, len(options) + 1)))]
    series = _lec_series({"options": options})
    if series:
        out += [CondPageBreak(240), blocks.heading(t("dec_lec"), 2),
                charts.lec_chart(series, t, width)]
    return out


def _metric(name: str, value: Any, t: Translator) -> str:
    """Probabilities as percentages, counts as numbers, everything else as money."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return t("dash") if value is None else str(value)
    lowered = name.lower()
    if lowered.startswith(("p(", "p_", "prob")) or "probability" in lowered \
            or lowered == "rosi":
        return t.percent(value, 1)
    if any(w in lowered for w in ("(h)", "hours", "days", "years", "count", "trials")):
        return t.number(value, 1)
    return t.money(value)
