"""The risk heat map: likelihood rows × impact columns, counts per cell, the appetite line.

Painted rather than built from buttons so that a 10 × 10 matrix stays one
cheap widget. Level colours come from the register's matrix but are blended
with the window background, so the map reads calmly in light and dark
palettes; the text colour is then picked for contrast with each cell.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from privguard.domain.matrix import DEFAULT_MATRIX, Level, RiskMatrix
from privguard.ui.i18n import matrix_label

Cell = tuple[int, int]  # (likelihood, impact), 1-based


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _blend(colour: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``base``."""
    return QColor.fromRgbF(
        colour.redF() * amount + base.redF() * (1 - amount),
        colour.greenF() * amount + base.greenF() * (1 - amount),
        colour.blueF() * amount + base.blueF() * (1 - amount),
    )


def _readable_on(fill: QColor) -> QColor:
    return QColor("#1b1b1b") if _luminance(fill) > 0.22 else QColor("#f5f5f5")


class HeatMap(QWidget):
    """Counts of risks per cell of the matrix; click or Enter on a cell emits ``cellClicked``."""

    cellClicked = Signal(int, int)  # likelihood, impact

    PAD = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: RiskMatrix = DEFAULT_MATRIX
        self._counts: dict[Cell, int] = {}
        self._focus: Cell = (1, 1)
        self._hover: Cell | None = None
        self._pressed: Cell | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    # -- data ---------------------------------------------------------------------

    def set_data(self, matrix: RiskMatrix, counts: dict[Cell, int]) -> None:
        self._matrix = matrix
        rows, cols = matrix.size
        self._counts = {cell: n for cell, n in counts.items()
                        if 1 <= cell[0] <= rows and 1 <= cell[1] <= cols}
        self._focus = (min(self._focus[0], rows), min(self._focus[1], cols))
        self._describe_focus()
        self.update()

    def clear(self) -> None:
        self._counts = {}
        self._hover = None
        self._describe_focus()
        self.update()

    def count(self, likelihood: int, impact: int) -> int:
        return self._counts.get((likelihood, impact), 0)

    def total(self) -> int:
        return sum(self._counts.values())

    @property
    def matrix(self) -> RiskMatrix:
        return self._matrix

    def focused_cell(self) -> Cell:
        return self._focus

    # -- geometry -----------------------------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _grid_rect(self) -> QRect:
        fm = QFontMetrics(self._label_font())
        rows, cols = self._matrix.size
        widest = max(fm.horizontalAdvance(matrix_label(t)) for t in self._matrix.likelihood_labels)
        left = fm.height() + self.PAD * 2 + min(widest, max(60, self.width() // 4))
        bottom = fm.height() * 2 + fm.height() + fm.height() + self.PAD * 4  # labels, title, legend
        rect = QRect(left, self.PAD, self.width() - left - self.PAD,
                     self.height() - bottom - self.PAD)
        # Whole pixels per cell keep the grid lines crisp.
        cell_w, cell_h = max(rect.width() // cols, 8), max(rect.height() // rows, 8)
        return QRect(rect.left(), rect.top(), cell_w * cols, cell_h * rows)

    def cell_rect(self, likelihood: int, impact: int) -> QRect:
        """Where a cell is drawn (highest likelihood on top, impact growing to the right)."""
        grid = self._grid_rect()
        rows, cols = self._matrix.size
        w, h = grid.width() // cols, grid.height() // rows
        return QRect(grid.left() + (impact - 1) * w, grid.top() + (rows - likelihood) * h, w, h)

    def cell_at(self, pos: QPoint) -> Cell | None:
        grid = self._grid_rect()
        if not grid.contains(pos):
            return None
        rows, cols = self._matrix.size
        w, h = grid.width() // cols, grid.height() // rows
        impact = (pos.x() - grid.left()) // w + 1
        likelihood = rows - (pos.y() - grid.top()) // h
        if 1 <= likelihood <= rows and 1 <= impact <= cols:
            return likelihood, impact
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(460, 340)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 240)

    # -- text ---------------------------------------------------------------------

    def _level(self, likelihood: int, impact: int) -> Level:
        return self._matrix.level(likelihood, impact)

    def describe(self, likelihood: int, impact: int) -> str:
        """One sentence for a cell: the tooltip and what a screen reader says."""
        m = self._matrix
        n = self.count(likelihood, impact)
        score = likelihood * impact
        where = self.tr("Likelihood {likelihood}, impact {impact} (score {score}, {level})").format(
            likelihood=matrix_label(m.likelihood_labels[likelihood - 1]),
            impact=matrix_label(m.impact_labels[impact - 1]), score=score,
            level=matrix_label(self._level(likelihood, impact).label))
        risks = self.tr("1 risk") if n == 1 else self.tr("{count} risks").format(count=n)
        above = (self.tr("within the risk appetite") if m.within_appetite(likelihood, impact)
                 else self.tr("above the risk appetite"))
        return f"{where}: {risks}, {above}."

    def _describe_focus(self) -> None:
        self.setAccessibleDescription(self.describe(*self._focus))

    # -- painting -----------------------------------------------------------------

    def _fill(self, level: Level, empty: bool) -> QColor:
        base = self.palette().color(QPalette.ColorRole.Base)
        dark = _luminance(base) < 0.2
        # Muted, not loud: a share of the level colour over the background; empty cells paler.
        amount = (0.55 if dark else 0.6) if not empty else (0.25 if dark else 0.22)
        return _blend(QColor(level.colour), base, amount)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        m = self._matrix
        rows, cols = m.size
        grid = self._grid_rect()
        count_font = QFont(self.font())
        count_font.setBold(True)
        label_font = self._label_font()
        fm = QFontMetrics(label_font)

        for lik in range(1, rows + 1):
            for imp in range(1, cols + 1):
                rect = self.cell_rect(lik, imp)
                n = self.count(lik, imp)
                fill = self._fill(self._level(lik, imp), n == 0)
                painter.fillRect(rect, fill)
                if (lik, imp) == self._hover:
                    painter.fillRect(rect, QColor(255, 255, 255, 40) if _luminance(fill) < 0.22
                                     else QColor(0, 0, 0, 22))
                if n:
                    painter.setFont(count_font)
                    painter.setPen(_readable_on(fill))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        # Cell borders in the background colour read as gaps, like a tiled board.
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Window), 2))
        for imp in range(cols + 1):
            x = grid.left() + imp * (grid.width() // cols)
            painter.drawLine(x, grid.top(), x, grid.bottom() + 1)
        for lik in range(rows + 1):
            y = grid.top() + lik * (grid.height() // rows)
            painter.drawLine(grid.left(), y, grid.right() + 1, y)
        self._paint_appetite(painter, text)
        if self.hasFocus():
            rect = self.cell_rect(*self._focus).adjusted(3, 3, -3, -3)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect)

        # Axis labels: likelihood on the left (right-aligned), impact below (wrapped).
        painter.setFont(label_font)
        painter.setPen(text)
        left_space = grid.left() - fm.height() - self.PAD * 2
        for lik in range(1, rows + 1):
            rect = self.cell_rect(lik, 1)
            label = fm.elidedText(matrix_label(m.likelihood_labels[lik - 1]),
                                  Qt.TextElideMode.ElideRight, left_space)
            painter.drawText(QRect(fm.height() + self.PAD, rect.top(), left_space, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        label_top = grid.bottom() + self.PAD
        for imp in range(1, cols + 1):
            rect = self.cell_rect(1, imp)
            painter.drawText(QRect(rect.left() + 1, label_top, rect.width() - 2, fm.height() * 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, matrix_label(m.impact_labels[imp - 1]))
        title_font = QFont(label_font)
        title_font.setBold(True)
        painter.setFont(title_font)
        title_top = label_top + fm.height() * 2 + self.PAD
        painter.drawText(QRect(grid.left(), title_top, grid.width(), fm.height()),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Impact"))
        painter.save()
        painter.translate(self.PAD, grid.top() + grid.height() / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), fm.height()),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Likelihood"))
        painter.restore()
        self._paint_legend(painter, label_font, grid.left(), title_top + fm.height() + self.PAD)
        painter.end()

    def _inside(self, lik: int, imp: int) -> bool:
        return self._matrix.within_appetite(lik, imp)

    def _paint_appetite(self, painter: QPainter, colour: QColor) -> None:
        """The appetite line: an edge wherever a cell within appetite meets one above it."""
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        rows, cols = self._matrix.size
        for lik in range(1, rows + 1):
            for imp in range(1, cols + 1):
                if not self._inside(lik, imp):
                    continue
                rect = self.cell_rect(lik, imp)
                if lik < rows and not self._inside(lik + 1, imp):
                    painter.drawLine(rect.left(), rect.top(), rect.right() + 1, rect.top())
                if imp < cols and not self._inside(lik, imp + 1):
                    painter.drawLine(rect.right() + 1, rect.top(), rect.right() + 1,
                                     rect.bottom() + 1)

    def _paint_legend(self, painter: QPainter, font: QFont, x: int, y: int) -> None:
        fm = QFontMetrics(font)
        painter.setFont(font)
        box = fm.height() - 4
        for level in self._matrix.levels:
            painter.fillRect(QRect(x, y + 2, box, box), self._fill(level, False))
            x += box + 4
            label = matrix_label(level.label)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPoint(x, y + fm.ascent()), label)
            x += fm.horizontalAdvance(label) + 12
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        mid = y + fm.height() // 2
        painter.drawLine(x, mid, x + 18, mid)
        x += 22
        painter.drawText(QPoint(x, y + fm.ascent()),
                         self.tr("Appetite (score ≤ {appetite})").format(
                             appetite=self._matrix.appetite))

    # -- interaction --------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(*cell), self,
                                  self.cell_rect(*cell))
            return True
        if event.type() == QEvent.Type.HoverLeave and self._hover is not None:
            self._hover = None
            self.update()
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        cell = self.cell_at(event.position().toPoint())
        if cell != self._hover:
            self._hover = cell
            self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.cell_at(event.position().toPoint())
            if self._pressed is not None:
                self._focus = self._pressed
                self._describe_focus()
                self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.position().toPoint())
            if cell is not None and cell == self._pressed:
                self.cellClicked.emit(*cell)
            self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        rows, cols = self._matrix.size
        lik, imp = self._focus
        key = event.key()
        moves = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
        if key in moves:
            dl, di = moves[key]
            self._focus = (min(max(lik + dl, 1), rows), min(max(imp + di, 1), cols))
            self._describe_focus()
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellClicked.emit(lik, imp)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.update()
        super().focusOutEvent(event)
