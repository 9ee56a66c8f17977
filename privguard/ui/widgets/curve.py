"""The cost-of-downtime curve of a business service: its points beside a chart of them.

The curve is what the analysis prices downtime with, so a typo in it
(hours going backwards) is refused with the spec's own message rather than
silently sorted: the user sees the point they got wrong. The chart redraws
on every edit and marks the maximum tolerable downtime (and the RTO), so a
curve that only starts hurting after the MTD is easy to spot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from privguard.domain.schema import Field
from privguard.ui.i18n import money, number
from privguard.ui.widgets.charts import LineChart, Series
from privguard.ui.widgets.records import Column, RecordsFieldEditor

CURVE_COLOUR = "#0072B2"
MTD_COLOUR = "#D55E00"
RTO_COLOUR = "#009E73"


def interpolate(points: list[tuple[float, float]], hours: float) -> float | None:
    """The cost after ``hours`` of downtime on a valid curve (flat beyond its last point)."""
    if not points:
        return None
    if hours <= points[0][0]:
        return points[0][1]
    for (h0, c0), (h1, c1) in zip(points, points[1:], strict=False):
        if h0 <= hours <= h1:
            return c0 + (c1 - c0) * (hours - h0) / (h1 - h0) if h1 > h0 else c1
    return points[-1][1]


def _next_point(records: list[dict[str, Any]]) -> dict[str, Any]:
    """A new point after the last one (twice its hours), so Add rarely gives an invalid curve."""
    if not records:
        return {"hours": 0.0, "cost": 0.0}
    last = records[-1]
    hours = float(last.get("hours") or 0.0)
    return {"hours": hours * 2 if hours > 0 else 1.0, "cost": float(last.get("cost") or 0.0)}


class CurveEditor(RecordsFieldEditor):
    """The ``impact_curve`` field: [[hours, cost], ...] as a table and a live chart."""

    def __init__(self, field: Field, parent: QWidget | None = None,
                 currency: Callable[[], str] | None = None):
        columns = (
            Column("hours", QCoreApplication.translate("CurveEditor", "Hours down"), "number", default=0.0,
                   maximum=24 * 365 * 10, decimals=1),
            Column("cost", QCoreApplication.translate("CurveEditor", "Cost"), "money", default=0.0, maximum=1e12),
        )
        super().__init__(field, columns, title=QCoreApplication.translate("CurveEditor", "Cost-of-downtime curve"),
                         empty_text=QCoreApplication.translate("CurveEditor", "No points yet: add the cost after a few outage lengths."),
                         parent=parent, currency=currency, new_record=_next_point)
        self._currency = currency or (lambda: "EUR")
        self.mtd: float | None = None
        self.rto: float | None = None

        self.chart = LineChart(parent)
        self.chart.x_label = QCoreApplication.translate("CurveEditor", "Hours of downtime")
        self.chart.x_format = lambda v: number(v, 0 if v == int(v) else 1)
        self.chart.y_format = lambda v: money(v, self._currency())
        self.chart.empty_text = QCoreApplication.translate("CurveEditor", "The curve appears here as you add points.")
        self.chart.setMinimumSize(300, 220)
        self.chart.setAccessibleName(QCoreApplication.translate("CurveEditor", "Chart of the cost-of-downtime curve"))
        self.summary = QLabel(parent)
        self.summary.setWordWrap(True)

        box = QWidget(parent)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.chart, 1)
        right.addWidget(self.summary)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.widget = box
        self.table.changed.connect(self.redraw)
        self.redraw()

    def points(self) -> list[tuple[float, float]]:
        out = []
        for record in self.table.records():
            hours, cost = record.get("hours"), record.get("cost")
            if isinstance(hours, int | float) and isinstance(cost, int | float):
                out.append((float(hours), float(cost)))
        return out

    def to_value(self, records: list[dict[str, Any]]) -> Any:
        return [[r.get("hours"), r.get("cost")] for r in records]

    def set_value(self, value: Any) -> None:
        points = value if isinstance(value, list) else []
        self.table.set_records([{"hours": p[0], "cost": p[1]} for p in points
                                if isinstance(p, list | tuple) and len(p) == 2])
        self.redraw()

    def set_markers(self, mtd: float | None, rto: float | None) -> None:
        self.mtd, self.rto = mtd, rto
        self.redraw()

    def redraw(self) -> None:
        points = self.points()
        series = [Series(QCoreApplication.translate("CurveEditor", "Cost"), points, CURVE_COLOUR)] if points else []
        top = max((c for _h, c in points), default=0.0) or 1.0
        # A marker is a vertical segment drawn as a two-point series: LineChart has no markers.
        # Legends are narrow, so they say only "MTD" / "RTO"; the hours go in the summary below.
        markers = ((self.mtd, QCoreApplication.translate("CurveEditor", "MTD"), MTD_COLOUR),
                   (self.rto, QCoreApplication.translate("CurveEditor", "RTO"), RTO_COLOUR))
        for hours, name, colour in markers:
            if points and hours is not None:
                series.append(Series(name, [(hours, 0.0), (hours, top)], colour))
        self.chart.set_series(series)
        ordered = all(b[0] > a[0] for a, b in zip(points, points[1:], strict=False))
        lines = []
        if points and ordered:
            for hours, name, _colour in markers:
                if hours is not None:
                    lines.append(QCoreApplication.translate("CurveEditor", "{name} {hours} h: an outage that long costs about {cost}.")
                                 .format(name=name, hours=number(hours, 1 if hours % 1 else 0),
                                         cost=money(interpolate(points, hours), self._currency())))
        self.summary.setText("\n".join(lines))

    def focus(self) -> None:
        self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)
