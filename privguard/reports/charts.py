"""Vector charts (reportlab.graphics): heat maps, the risk trend, loss exceedance, costs.

Charts draw plain strings, never paragraph markup, so user text needs no
escaping here, only clipping to the room it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from privguard.domain.matrix import RiskMatrix
from privguard.reports import fonts
from privguard.reports.i18n import Translator
from privguard.reports.markup import clip
from privguard.reports.pages import fit
from privguard.reports.styles import ALERT, INK, MUTED, NAVY, RULE, SERIES

_TINT = 0.78  # how far an empty cell's colour is washed towards white


def _tint(colour: colors.Color, amount: float = _TINT) -> colors.Color:
    return colors.Color(colour.red + (1 - colour.red) * amount,
                        colour.green + (1 - colour.green) * amount,
                        colour.blue + (1 - colour.blue) * amount)


def _on(colour: colors.Color) -> colors.Color:
    """Readable text colour on a filled cell."""
    luminance = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return colors.white if luminance < 0.62 else INK


def heat_map(matrix: RiskMatrix, counts: dict[tuple[int, int], int], title: str,
             t: Translator, width: float) -> Drawing:
    """One stage's heat map: risks per cell, coloured by level, with the appetite line."""
    rows, cols = matrix.size
    label_w = min(78.0, width * 0.34)
    cell = min(28.0, (width - label_w - 6) / cols)
    grid_w, grid_h = cell * cols, cell * rows
    top_pad, bottom_pad = 30.0, 30.0
    height = grid_h + top_pad + bottom_pad
    d = Drawing(width, height)
    x0, y0 = label_w + 4, bottom_pad
    d.add(String(x0, height - 12, fit(title, fonts.BOLD, 8.5, width - x0), fontName=fonts.BOLD,
                 fontSize=8.5, fillColor=NAVY))
    d.add(String(0, y0 + grid_h + 6, t("Likelihood") + " ↑", fontName=fonts.REGULAR,
                 fontSize=6.5, fillColor=MUTED))
    for lik in range(1, rows + 1):
        y = y0 + (lik - 1) * cell
        label = fit(t.matrix(matrix.likelihood_labels[lik - 1]), fonts.REGULAR, 6.5, label_w - 4)
        d.add(String(label_w, y + cell / 2 - 2.2, label, fontName=fonts.REGULAR, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))
        for imp in range(1, cols + 1):
            x = x0 + (imp - 1) * cell
            level = matrix.level(lik, imp)
            base = colors.HexColor(level.colour)
            n = counts.get((lik, imp), 0)
            fill = base if n else _tint(base)
            d.add(Rect(x, y, cell, cell, fillColor=fill, strokeColor=colors.white,
                       strokeWidth=1))
            if n:
                d.add(String(x + cell / 2, y + cell / 2 - 3, str(n), fontName=fonts.BOLD,
                             fontSize=8 if n < 1000 else 6.5, fillColor=_on(base),
                             textAnchor="middle"))
    for imp in range(1, cols + 1):
        d.add(String(x0 + (imp - 0.5) * cell, y0 - 10, str(imp), fontName=fonts.REGULAR,
                     fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    d.add(String(x0 + grid_w / 2, y0 - 21, t("Impact") + " →", fontName=fonts.REGULAR,
                 fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    # The appetite line runs along every edge between a cell within appetite and one above.
    for lik in range(1, rows + 1):
        for imp in range(1, cols + 1):
            if not matrix.within_appetite(lik, imp):
                continue
            x, y = x0 + (imp - 1) * cell, y0 + (lik - 1) * cell
            if imp < cols and not matrix.within_appetite(lik, imp + 1):
                d.add(Line(x + cell, y, x + cell, y + cell, strokeColor=INK, strokeWidth=1.8))
            if lik < rows and not matrix.within_appetite(lik + 1, imp):
                d.add(Line(x, y + cell, x + cell, y + cell, strokeColor=INK, strokeWidth=1.8))
    return d


def _legend_layout(names: Sequence[str], width: float) -> list[tuple[float, int, str, float]]:
    """Where each legend entry goes: (x offset, row, clipped name, entry width); a row
    is full when the next entry would pass ``width``."""
    placed, cx, row = [], 0.0, 0
    for name in names:
        label = clip(name, 46)
        w = min(width - 14, 16 + 4.2 * len(label))
        if cx + w > width and cx > 0:
            cx, row = 0.0, row + 1
        placed.append((cx, row, label, w))
        cx += w + 8
    return placed


def _legend_rows(names: Sequence[str], width: float) -> int:
    return 1 + max((row for _, row, _, _ in _legend_layout(names, width)), default=0)


def _legend(d: Drawing, items: Sequence[tuple[str, colors.Color]], x: float, y: float,
            width: float) -> None:
    """A legend of coloured marks and clipped names, row under row from ``y`` down."""
    for (cx, row, label, w), (_, colour) in zip(_legend_layout([n for n, _ in items], width),
                                                items, strict=True):
        cy = y - 11 * row
        d.add(Rect(x + cx, cy + 1, 9, 3.5, fillColor=colour, strokeColor=None))
        d.add(String(x + cx + 12, cy, fit(label, fonts.REGULAR, 7, w - 14),
                     fontName=fonts.REGULAR, fontSize=7, fillColor=INK))


def _style_axes(plot: LinePlot | HorizontalBarChart) -> None:
    for axis in (getattr(plot, "xValueAxis", None), getattr(plot, "yValueAxis", None),
                 getattr(plot, "valueAxis", None), getattr(plot, "categoryAxis", None)):
        if axis is None:
            continue
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
        axis.strokeWidth = 0.5


def trend_chart(points: Sequence[tuple[date, int, int]], t: Translator, width: float,
                height: float = 150) -> Drawing:
    """Month-end counts of open risks scored and of those above appetite."""
    d = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 34, 34, width - 50, height - 50
    above = [(i, p[1]) for i, p in enumerate(points)]
    total = [(i, p[2]) for i, p in enumerate(points)]
    plot.data = [total, above]
    for i, colour in enumerate((NAVY, ALERT)):
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.6
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(1, len(points) - 1)
    plot.xValueAxis.valueSteps = list(range(len(points)))
    labels = [t.month(p[0]) for p in points]
    plot.xValueAxis.labelTextFormat = lambda v: labels[int(v)] if 0 <= int(v) < len(labels) else ""
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(4, max((p[2] for p in points), default=0) * 1.1)
    plot.yValueAxis.labelTextFormat = lambda v: t.number(v)
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.gridStrokeWidth = 0.3
    plot.yValueAxis.visibleGrid = 1
    _style_axes(plot)
    d.add(plot)
    _legend(d, [(t("Open risks scored"), NAVY), (t("Above appetite"), ALERT)], 34, 6, width - 40)
    return d


#: The most curves one chart draws: as many as it has colours to tell them apart.
MAX_CURVES = len(SERIES)


#: The top of the probability axis: the first of these at or above the highest curve.
_PROBABILITY_TOPS = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)


def lec_series(figures: object, as_is: str) -> list[tuple[str, list[tuple[float, float]]]]:
    """The loss exceedance curves of a decision's frozen figures, as the decision record and
    the board report both draw them (so each curve has the same colour in both): the
    register as is (named ``as_is``) first, then the options in their order; when there
    are more than MAX_CURVES, the register as is, the chosen and the recommended option
    first, then the first of the others."""
    if not isinstance(figures, dict):
        return []
    options = [o for o in figures.get("options") or [] if isinstance(o, dict)]
    baseline = figures.get("baseline")
    if isinstance(baseline, dict) and baseline.get("metrics"):
        options = [{**baseline, "option_id": None, "name": as_is}, *options]
    drawn = [o for o in options if o.get("lec")]
    if len(drawn) > MAX_CURVES:
        keep = {figures.get("recommended_option_id"), figures.get("chosen_option_id")}

        def first(o: dict) -> bool:
            return o.get("option_id") is None or o.get("option_id") in keep
        picked = {id(o) for o in ([o for o in drawn if first(o)]
                                  + [o for o in drawn if not first(o)])[:MAX_CURVES]}
        drawn = [o for o in drawn if id(o) in picked]
    return [(str(o.get("name", "")), [(float(x), float(y)) for x, y in o["lec"]])
            for o in drawn]


def lec_chart(series: Sequence[tuple[str, Sequence[tuple[float, float]]]], t: Translator,
              width: float, height: float = 190) -> Drawing:
    """Loss exceedance curves of several options on one chart (the first MAX_CURVES: the
    caller puts first the ones that matter), both axes scaled to the curves."""
    series = list(series)[:MAX_CURVES]
    rows = _legend_rows([name for name, _ in series], width - 58)
    d = Drawing(width, height + 11 * rows)
    plot = LinePlot()
    legend_h = 11 * rows + 22
    plot.x, plot.y, plot.width, plot.height = 44, legend_h, width - 58, height - 34
    xmax = _lec_extent(series)
    plot.data = [[(float(x), float(y)) for x, y in pts if x <= xmax] or [(0.0, 0.0)]
                 for _, pts in series]
    for i in range(len(series)):
        plot.lines[i].strokeColor = SERIES[i % len(SERIES)]
        plot.lines[i].strokeWidth = 1.5
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, xmax
    plot.xValueAxis.labelTextFormat = t.money_short
    highest = max((y for line in plot.data for _, y in line), default=1.0)
    top = next((v for v in _PROBABILITY_TOPS if v >= highest - 1e-9), 1.0)
    decimals = 1 if top < 0.05 else 0
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, top
    plot.yValueAxis.valueSteps = [top * i / 5 for i in range(6)]
    plot.yValueAxis.labelTextFormat = lambda v: t.percent(v, decimals)
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.gridStrokeWidth = 0.3
    _style_axes(plot)
    d.add(plot)
    d.add(String(plot.x + plot.width / 2, legend_h - 20, t("Loss"), fontName=fonts.REGULAR,
                 fontSize=7, fillColor=MUTED, textAnchor="middle"))
    d.add(String(plot.x, plot.y + plot.height + 6, t("Probability of exceeding"),
                 fontName=fonts.REGULAR,
                 fontSize=7, fillColor=MUTED))
    _legend(d, [(name, SERIES[i % len(SERIES)]) for i, (name, _) in enumerate(series)],
            plot.x, 4 + 11 * (rows - 1), plot.width)
    return d


def _lec_extent(series: Sequence[tuple[str, Sequence[tuple[float, float]]]]) -> float:
    """Where the curves have all fallen to 1 % (or to a twentieth of their highest, for
    curves that start low): the far tail would squash the rest."""
    far = max((x for _, pts in series for x, _ in pts), default=1.0) or 1.0
    highest = max((y for _, pts in series for _, y in pts), default=1.0)
    floor = min(0.01, highest / 20)
    ends = []
    for _, pts in series:
        ends.append(next((x for x, y in sorted(pts) if y <= floor), far))
    return max(ends, default=far) or far


def cost_bars(options: Sequence[tuple[str, float, float]], t: Translator,
              width: float) -> Drawing:
    """One-off and yearly cost of each option, side by side."""
    n = max(1, len(options))
    bar_h = 9
    height = n * (2 * bar_h + 8) + 44
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    label_w = min(150.0, width * 0.36)
    chart.x, chart.y = label_w, 30
    chart.width, chart.height = width - label_w - 14, height - 40
    chart.data = [[o[1] for o in options], [o[2] for o in options]]
    chart.categoryAxis.categoryNames = [fit(clip(o[0], 60), fonts.REGULAR, 7, label_w - 16)
                                        for o in options]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = t.money_short
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = NAVY
    chart.bars[1].fillColor = SERIES[1]
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    _style_axes(chart)
    d.add(chart)
    _legend(d, [(t("One-off"), NAVY), (t("Yearly"), SERIES[1])], label_w, 4,
            width - label_w)
    return d
