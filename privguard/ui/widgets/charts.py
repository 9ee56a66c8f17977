"""Small painted charts: line charts (linear or log x) and grouped bars.

Qt Charts is not part of PySide6-Essentials, and these few charts need only
axes, lines, bars and a legend, so they are painted with QPainter in the
palette's own colours (light and dark themes both work).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Distinguishable for common colour-vision deficiencies (Okabe–Ito).
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

Formatter = Callable[[float], str]


@dataclass
class Series:
    name: str
    points: Sequence[tuple[float, float]]
    colour: str = ""


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        return [low]
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _log_ticks(low: float, high: float) -> list[float]:
    start, stop = math.floor(math.log10(low)), math.ceil(math.log10(high))
    # Over a narrow range the powers of ten alone leave the axis nearly bare.
    steps = (1,) if stop - start > 3 else (1, 2, 5)
    return [m * 10.0 ** e for e in range(start, stop + 1) for m in steps
            if low <= m * 10.0 ** e <= high * 1.0001]


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.x_label = ""
        self.y_label = ""
        self.x_format: Formatter = lambda v: f"{v:g}"
        self.y_format: Formatter = lambda v: f"{v:g}"
        self.empty_text = ""
        self.elided: list[str] = []  # texts the last paint had to cut: none, when all fits
        self._title_lines = 1
        self.setMinimumSize(150, 150)  # three side by side fit a 1280 px window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 280)

    def _frame(self, painter: QPainter, legend_rows: int = 1) -> QRectF:
        metrics = painter.fontMetrics()
        top = metrics.height() * (1.0 + 1.2 * self._title_lines if self.title else 0.8)
        bottom = metrics.height() * (1.9 + 1.3 * legend_rows)
        return QRectF(metrics.horizontalAdvance("000,000 €") + 14, top,
                      self.width() - metrics.horizontalAdvance("000,000 €") - 28,
                      self.height() - top - bottom)

    def _elide(self, metrics: QFontMetrics, text: str, width: float) -> str:
        """``text`` cut to ``width`` if it must be; what had to be cut is kept in ``elided``."""
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(int(width), 1))
        if shown != text:
            self.elided.append(text)
        return shown

    def _legend_rows(self, metrics: QFontMetrics, series: Sequence[Series],
                     width: float) -> list[list[tuple[Series, str]]]:
        """The legend's entries, as many to a line as fit whole (a name is cut only when it is
        wider than the chart on its own)."""
        rows: list[list[tuple[Series, str]]] = []
        row: list[tuple[Series, str]] = []
        used = 0.0
        for item in series:
            need = 36 + metrics.horizontalAdvance(item.name)
            if row and used + need > width:
                rows.append(row)
                row, used = [], 0.0
            text = item.name if need <= width else self._elide(metrics, item.name, width - 36)
            row.append((item, text))
            used += min(need, width)
        if row:
            rows.append(row)
        return rows

    def _draw_legend(self, painter: QPainter, rows: list[list[tuple[Series, str]]],
                     left: float) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height() * 1.3
        for index, row in enumerate(rows):
            top = self.height() - line * (len(rows) - index)
            x = left
            for item, text in row:
                painter.fillRect(QRectF(x, top + line / 2 - 5, 14, 10), QColor(item.colour))
                x += 18
                painter.setPen(self._text_pen())
                painter.drawText(QRectF(x, top, metrics.horizontalAdvance(text) + 4, line),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                x += metrics.horizontalAdvance(text) + 18

    def _text_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.WindowText))

    def _grid_pen(self) -> QPen:
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlpha(40)
        return QPen(colour, 1)

    def _draw_title(self, painter: QPainter) -> None:
        """The title, on up to two lines; cut (and recorded) only beyond that."""
        self.elided = []
        self._title_lines = 1
        if not self.title:
            return
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._text_pen())
        metrics = painter.fontMetrics()
        width = self.width() - 8
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), int(
            Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), self.title)
        lines = max(1, round(wrapped.height() / metrics.lineSpacing()))
        title = self.title
        if lines > 2:
            title, lines = self._elide(metrics, title, width * 2 - 20), 2
        self._title_lines = lines
        painter.drawText(QRectF(4, 2, width, metrics.lineSpacing() * lines + 4),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), title)
        font.setBold(False)
        painter.setFont(font)

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self._text_pen())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class LineChart(_Chart):
    """Several series of (x, y) points; x may be on a log scale (losses)."""

    def __init__(self, parent: QWidget | None = None, *, log_x: bool = False,
                 step: bool = False):
        super().__init__(parent)
        self.log_x = log_x
        self.step = step
        self.series: list[Series] = []
        self.y_range: tuple[float, float] | None = None

    def set_series(self, series: Sequence[Series]) -> None:
        self.series = [Series(s.name, list(s.points), s.colour or SERIES_COLOURS[i % 7])
                       for i, s in enumerate(series)]
        self.update()

    def _points(self) -> list[tuple[float, float]]:
        points = [p for s in self.series for p in s.points]
        return [p for p in points if not self.log_x or p[0] > 0]

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_title(painter)
        points = self._points()
        if not points:
            self._draw_empty(painter)
            return
        metrics = painter.fontMetrics()
        legend = self._legend_rows(metrics, self.series, self.width() - 20)
        frame = self._frame(painter, len(legend))
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x_low, x_high = min(xs), max(xs)
        y_low, y_high = self.y_range or (min(0.0, min(ys)), max(ys) or 1.0)
        if x_high <= x_low:
            x_high = x_low * 10 if self.log_x else x_low + 1
        if y_high <= y_low:
            y_high = y_low + 1

        def sx(x: float) -> float:
            if self.log_x:
                span = math.log10(x_high) - math.log10(x_low)
                return frame.left() + (math.log10(max(x, x_low)) - math.log10(x_low)) / span * frame.width()
            return frame.left() + (x - x_low) / (x_high - x_low) * frame.width()

        def sy(y: float) -> float:
            return frame.bottom() - (y - y_low) / (y_high - y_low) * frame.height()

        metrics = painter.fontMetrics()
        painter.setPen(self._grid_pen())
        for tick in _nice_ticks(y_low, y_high):
            y = sy(tick)
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        x_ticks = _log_ticks(x_low, x_high) if self.log_x else _nice_ticks(x_low, x_high)
        for tick in x_ticks:
            x = sx(tick)
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        painter.setPen(self._text_pen())
        painter.drawRect(frame)
        for tick in _nice_ticks(y_low, y_high):
            text = self.y_format(tick)
            painter.drawText(QRectF(0, sy(tick) - metrics.height() / 2, frame.left() - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        last_right = -math.inf
        for tick in x_ticks:
            # A label that would run into the one before it is left out, not overprinted.
            text = self.x_format(tick)
            width = metrics.horizontalAdvance(text) + 8
            left = max(sx(tick) - width / 2, 0.0)
            if left < last_right or left + width > self.width():
                continue
            painter.drawText(QRectF(left, frame.bottom() + 3, width, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, text)
            last_right = left + width
        if self.x_label:
            painter.drawText(QRectF(frame.left(), frame.bottom() + metrics.height() + 4,
                                    frame.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, self.x_label)
        for series in self.series:
            path = QPainterPath()
            first = True
            previous_y = None
            for x, y in series.points:
                if self.log_x and x <= 0:
                    continue
                point = QPointF(sx(x), sy(y))
                if first:
                    path.moveTo(point)
                    first = False
                else:
                    if self.step and previous_y is not None:
                        path.lineTo(QPointF(point.x(), previous_y))
                    path.lineTo(point)
                previous_y = point.y()
            painter.setPen(QPen(QColor(series.colour), 2))
            painter.drawPath(path)
            if len(series.points) <= 12:
                painter.setBrush(QColor(series.colour))
                for x, y in series.points:
                    if not self.log_x or x > 0:
                        painter.drawEllipse(QPointF(sx(x), sy(y)), 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        self._draw_legend(painter, legend, 10)


class BarChart(_Chart):
    """Grouped bars: one group per category (option), one bar per series (metric)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []  # points: (category index, value)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = [Series(s.name, list(s.points), s.colour or SERIES_COLOURS[i % 7])
                       for i, s in enumerate(series)]
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_title(painter)
        values = [v for s in self.series for _, v in s.points]
        if not self.categories or not values:
            self._draw_empty(painter)
            return
        metrics = painter.fontMetrics()
        legend = self._legend_rows(metrics, self.series, self.width() - 20)
        frame = self._frame(painter, len(legend) + 1)  # + a second line for option names
        high = max(max(values), 1e-9) * 1.1
        painter.setPen(self._grid_pen())
        for tick in _nice_ticks(0, high):
            y = frame.bottom() - tick / high * frame.height()
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        painter.setPen(self._text_pen())
        for tick in _nice_ticks(0, high):
            y = frame.bottom() - tick / high * frame.height()
            painter.drawText(QRectF(0, y - metrics.height() / 2, frame.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.y_format(tick))
        painter.drawLine(frame.bottomLeft(), frame.bottomRight())
        group = frame.width() / len(self.categories)
        bar = group * 0.7 / max(len(self.series), 1)
        for ci, name in enumerate(self.categories):
            left = frame.left() + ci * group + group * 0.15
            for si, series in enumerate(self.series):
                value = dict(series.points).get(ci)
                if value is None:
                    continue
                height = value / high * frame.height()
                rect = QRectF(left + si * bar, frame.bottom() - height, bar * 0.92, height)
                painter.fillRect(rect, QColor(series.colour))
            # An option's name on up to two lines under its bars; cut only beyond that.
            room = QRect(0, 0, max(int(group - 6), 1), 10_000)
            wrap = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
            label = name
            if metrics.boundingRect(room, wrap, name).height() > metrics.lineSpacing() * 2:
                label = self._elide(metrics, name, group * 2 - 16)
            painter.drawText(QRectF(frame.left() + ci * group + 3, frame.bottom() + 3, group - 6,
                                    metrics.lineSpacing() * 2 + 2), wrap, label)
        self._draw_legend(painter, legend, 10)


class TornadoChart(_Chart):
    """One horizontal bar per input, from the figure with the input at its low setting to
    the figure at its high setting, around the figure as estimated: the widest bar is what
    the decision depends on most."""

    LOW_COLOUR, HIGH_COLOUR = SERIES_COLOURS[0], SERIES_COLOURS[1]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.base: float | None = None
        self.bars: list[tuple[str, float, float]] = []  # (input, at its low, at its high)
        self.low_name, self.high_name = "", ""

    def set_data(self, base: float | None, bars: Sequence[tuple[str, float, float]]) -> None:
        self.base = base
        self.bars = sorted(bars, key=lambda b: -abs(b[2] - b[1]))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_title(painter)
        if not self.bars or self.base is None:
            self._draw_empty(painter)
            return
        metrics = painter.fontMetrics()
        legend = self._legend_rows(metrics, [Series(self.low_name, [], self.LOW_COLOUR),
                                             Series(self.high_name, [], self.HIGH_COLOUR)],
                                   self.width() - 20)
        top = metrics.height() * (1.0 + 1.2 * self._title_lines if self.title else 0.8)
        label_width = min(self.width() * 0.5,
                          max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 12)
        frame = QRectF(label_width, top, self.width() - label_width - 12,
                       self.height() - top - metrics.height() * (1.9 + 1.3 * len(legend)))
        values = [v for _, low, high in self.bars for v in (low, high)] + [self.base]
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1.0
        lo, hi = lo - span * 0.05, hi + span * 0.05

        def x_of(value: float) -> float:
            return frame.left() + (value - lo) / (hi - lo) * frame.width()

        row = frame.height() / len(self.bars)
        painter.setPen(self._text_pen())
        for i, (name, at_low, at_high) in enumerate(self.bars):
            y = frame.top() + i * row
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 10))
            painter.drawText(QRectF(0, y, label_width - 8, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for value, colour in ((at_low, self.LOW_COLOUR), (at_high, self.HIGH_COLOUR)):
                left, right = sorted((x_of(self.base), x_of(value)))
                painter.fillRect(QRectF(left, y + row * 0.2, max(right - left, 1.0), row * 0.6),
                                 QColor(colour))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1))
        painter.drawLine(QPointF(x_of(self.base), frame.top()), QPointF(x_of(self.base), frame.bottom()))
        painter.setPen(self._text_pen())
        # The two ends at the frame's edges, the estimate under its line when there is room.
        height = metrics.height()
        painter.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), height),
                         Qt.AlignmentFlag.AlignLeft, self.x_format(lo + span * 0.05))
        painter.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), height),
                         Qt.AlignmentFlag.AlignRight, self.x_format(hi - span * 0.05))
        text = self.x_format(self.base)
        half = metrics.horizontalAdvance(text) / 2 + 6
        ends = max(metrics.horizontalAdvance(self.x_format(v)) for v in (lo, hi))
        if frame.left() + ends + half < x_of(self.base) < frame.right() - ends - half:
            painter.drawText(QRectF(x_of(self.base) - half, frame.bottom() + 2, 2 * half, height),
                             Qt.AlignmentFlag.AlignHCenter, text)
        self._draw_legend(painter, legend, 10)
