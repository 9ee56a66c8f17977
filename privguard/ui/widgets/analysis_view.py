"""The options side by side: recommendation, metrics table, loss curves and bars."""

from __future__ import annotations

import html
import textwrap
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privguard.analysis import results as R
from privguard.domain.wording import T
from privguard.ui.i18n import engine_text, metric_name, money, number, percent
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.widgets.charts import BarChart, LineChart, Series, TornadoChart

# The rows of the table, in the order a CSO reads them; the rest follow.
INCIDENT_ROWS = (R.EXPECTED_COST, R.P95_COST, R.CVAR95_COST, R.P_BEST, R.REGRET,
                 R.EXPECTED_DOWNTIME, R.P95_DOWNTIME, R.P_OVER_MTD, R.P_DEADLINE_MISSED,
                 R.P_REINFECTION)
ANNUAL_ROWS = (R.TOTAL_ANNUAL, R.ALE, R.ALE_SE, R.DELTA_ALE, R.DELTA_ALE_SE, R.ANNUAL_COST,
               R.ROSI, R.NPV, R.PAYBACK, R.P_NPV_POSITIVE, R.MEDIAN_ANNUAL, R.P95_ANNUAL,
               R.P99_ANNUAL, R.CVAR95_ANNUAL, R.P_ANY_EVENT)


# The rows a decision turns on, shown first; the rest wait behind "More figures".
KEY_ROWS = {"incident": (R.EXPECTED_COST, R.P95_COST, R.P_OVER_MTD, R.P_DEADLINE_MISSED,
                         R.P_BEST),
            "annual": (R.TOTAL_ANNUAL, R.ALE, R.P95_ANNUAL, R.DELTA_ALE, R.NPV,
                       R.P_NPV_POSITIVE)}
# The figure each kind of reason rests on (by its sentence), for the link from the banner.
REASON_FIGURES = {
    T.LOWEST_COST_MEETING: R.EXPECTED_COST, T.LOWEST_COST_NONE: R.EXPECTED_COST,
    T.WITHIN_NOISE: R.EXPECTED_COST, T.P95_COST_OVER: R.P95_COST, T.OVER_MTD: R.P_OVER_MTD,
    T.ONLY_WITHIN_MTD: R.P_OVER_MTD, T.NONE_WITHIN_MTD: R.P_OVER_MTD,
    T.DEADLINE_MISSED: R.P_DEADLINE_MISSED, T.ONLY_MEETS_DEADLINE: R.P_DEADLINE_MISSED,
    T.NONE_MEETS_DEADLINE: R.P_DEADLINE_MISSED, T.ONLY_WITHIN_TOLERANCE: R.P95_COST,
    T.NONE_WITHIN_TOLERANCE: R.P95_COST, T.DESTROYS_EVIDENCE: R.expected_part("evidence"),
}


def _figure_of(reason: Any) -> str | None:
    """The figure a reason rests on: by its sentence, or the sentence it wraps
    ("{option}: {problem}")."""
    figure = REASON_FIGURES.get(getattr(reason, "template", None))
    if figure is None:
        for value in (getattr(reason, "params", None) or {}).values():
            figure = REASON_FIGURES.get(getattr(value, "template", None))
            if figure is not None:
                break
    return figure


def format_metric(name: str, value: Any, currency: str) -> str:
    if value is None:
        return "—"
    if name.startswith("P(") or name == R.ROSI:
        return percent(value, 1) if name.startswith("P(") else number(value, 2)
    if "(h)" in name:
        return f"{number(value, 1)} h"
    if "years" in name:
        return number(value, 1)
    return money(value, currency)


def _short_label(text: str) -> str:
    """"Restore from backup at all costs: probability of re-infection" as a bar's label: the
    figure, after the option's first word ("Restore: probability of re-infection")."""
    option, sep, figure = text.rpartition(": ")
    if not sep:
        return text
    return f"{option.split()[0]}: {figure}" if option.split() else figure


class AnalysisView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currency = "EUR"
        self.recommendation = QLabel(wordWrap=True)
        self.recommendation.setObjectName("recommendation")
        font = self.recommendation.font()
        font.setBold(True)
        self.recommendation.setFont(font)
        self.recommendation.setTextFormat(Qt.TextFormat.PlainText)  # option names as typed
        self.reasons = QLabel(wordWrap=True)
        self.reasons.setObjectName("reasons")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.linkActivated.connect(lambda link: self.show_row(int(link.split(":")[1])))
        self.more = QToolButton()
        self.more.setObjectName("more")
        self.more.setCheckable(True)
        self.more.setText(self.tr("More figures"))
        self.more.toggled.connect(lambda on: self._show_more(on))
        self._key_count = 0
        self._metric_rows: list[str] = []
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("metrics")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lec = LineChart(log_x=True)
        self.lec.y_range = (0.0, 1.0)
        self.lec.y_format = percent
        self.bars = BarChart()
        self.tornado = TornadoChart()
        self.tornado.setObjectName("tornado")
        self.sensitivity = QLabel(wordWrap=True)
        self.sensitivity.setObjectName("sensitivity")
        self.sensitivity.setTextFormat(Qt.TextFormat.PlainText)
        self.stale = QLabel()
        self.stale.setStyleSheet(ERROR_CSS)
        # Which run the figures come from: an auditor re-runs it with `privguard analyse`.
        self.about = QLabel()
        self.about.setObjectName("about")
        self.about.setStyleSheet(HINT_CSS)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One chart at a time, each the view's full width: side by side, three charts cut
        # their option names and legends on a laptop's screen.
        self.lec_hint = QLabel(self.tr(
            "How to read the loss exceedance curves: at each amount, the height of an option's "
            "curve is the chance that its cost goes above that amount. A curve lower and further "
            "to the left is the safer option."))
        self.lec_hint.setObjectName("lec_hint")
        self.lec_hint.setWordWrap(True)
        self.lec_hint.setStyleSheet(HINT_CSS)
        lec_page = QWidget()
        lec_layout = QVBoxLayout(lec_page)
        lec_layout.setContentsMargins(0, 0, 0, 0)
        lec_layout.addWidget(self.lec, 1)
        lec_layout.addWidget(self.lec_hint)
        self.charts = QTabWidget()
        self.charts.setObjectName("charts")
        self.charts.setDocumentMode(True)
        self.charts.addTab(lec_page, self.tr("Loss exceedance"))
        self.charts.addTab(self.bars, self.tr("Expected and P95 cost"))
        self.charts.addTab(self.tornado, self.tr("What moves it"))
        charts_box = self.charts
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table_box)
        split.addWidget(charts_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.reasons)
        layout.addWidget(self.stale)
        layout.addWidget(split, 1)
        layout.addWidget(self.sensitivity)
        layout.addWidget(self.about)
        self.clear()

    def clear(self) -> None:
        self.recommendation.setText(self.tr("Choose a risk or an incident with response options."))
        self.reasons.clear()
        self.stale.clear()
        self.sensitivity.clear()
        self.about.clear()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.lec.set_series([])
        self.bars.set_data([], [])
        self.tornado.set_data(None, [])

    def _show_more(self, on: bool) -> None:
        """The key rows always; the others only when "More figures" is on."""
        for row in range(1, self.table.rowCount()):
            self.table.setRowHidden(row, not on and row > self._key_count)
        self.more.setText(self.tr("Fewer figures") if on else self.tr("More figures"))
        self.more.setVisible(len(self._metric_rows) > self._key_count)

    def show_row(self, row: int) -> None:
        """Show and select one row of the table (a reason's figure)."""
        if not 0 <= row < self.table.rowCount():
            return
        if self.table.isRowHidden(row):
            self.more.setChecked(True)
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, 0))

    def show_problem(self, text: str) -> None:
        self.stale.setText(text)

    def show_result(self, result: Any, currency: str) -> None:
        """Fill the view from an AnalysisResult."""
        self.currency = currency
        self.stale.clear()
        columns = ([result.baseline] if result.baseline else []) + list(result.options)
        names = [self.tr("As is (no new option)") if c is result.baseline else c.name
                 for c in columns]
        rows = INCIDENT_ROWS if result.mode == "incident" else ANNUAL_ROWS
        present = [r for r in rows if any(r in c.metrics for c in columns)]
        extra = sorted({k for c in columns for k in c.metrics} - set(rows)
                       - {R.COST_SE, R.MEDIAN_COST, R.MEDIAN_EVENT, R.P_ANY_LOSS})
        keys = [r for r in KEY_ROWS[result.mode] if r in present]
        metric_rows = keys + [r for r in present + extra if r not in keys]
        self._key_count = len(keys)
        self._metric_rows = metric_rows
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(metric_rows) + 1)
        self.table.setHorizontalHeaderLabels([textwrap.fill(n, 26) for n in names])
        self.table.setVerticalHeaderLabels(
            [self.tr("Meets the constraints")] + [metric_name(m) for m in metric_rows])
        for c, column in enumerate(columns):
            ok = column.meets_constraints
            item = QTableWidgetItem(self.tr("Yes") if ok else self.tr("No: {why}").format(
                why="; ".join(engine_text(f, currency) for f in column.failed_constraints)))
            item.setToolTip(item.text())
            if column.option_id == result.recommended_option_id and column is not result.baseline:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(0, c, item)
            for r, metric in enumerate(metric_rows, start=1):
                cell = QTableWidgetItem(format_metric(metric, column.metrics.get(metric), currency))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.recommendation.setText(self.tr("Recommended: {text}").format(
            text=engine_text(result.recommendation, currency)) if result.recommendation else "")
        # Each reason links to the figure it rests on: a click shows that row of the table.
        lines = []
        for reason in result.reasons:
            text = html.escape(engine_text(reason, currency))
            figure = _figure_of(reason)
            if figure is not None and figure in metric_rows:
                text = f'<a href="row:{metric_rows.index(figure) + 1}">{text}</a>'
            lines.append(f"• {text}")
        self.reasons.setText("<br>".join(lines))
        self._show_more(self.more.isChecked())
        self.lec.title = self.tr("Loss exceedance: chance the loss is above an amount")
        self.lec.x_format = lambda v: money(v, currency)
        self.lec.set_series([Series(name, [(x, p) for x, p in column.lec if x and x > 0])
                             for name, column in zip(names, columns, strict=True)])
        headline = R.EXPECTED_COST if result.mode == "incident" else R.TOTAL_ANNUAL
        tail = R.P95_COST if result.mode == "incident" else R.P95_ANNUAL
        self.bars.title = self.tr("Expected and P95 cost")
        self.bars.y_format = lambda v: money(v, currency)
        self.bars.set_data(names, [
            Series(metric_name(metric), [(i, c.metrics.get(metric) or 0.0)
                                          for i, c in enumerate(columns)])
            for metric in (headline, tail)])
        self._show_sensitivity(result, currency)
        self.about.setText(self.tr("{trials} trials · seed {seed}").format(
            trials=number(result.trials), seed=result.seed))

    def _show_sensitivity(self, result: Any, currency: str) -> None:
        """The tornado (each input's swing of the watched figure) and where each input flips
        the recommendation, in words."""
        moving = [i for i in result.sensitivity if i.swing > 0][:8]
        recommended = next((o for o in result.options
                            if o.option_id == result.recommended_option_id), None)
        watched = engine_text(result.sensitivity_metric) if result.sensitivity_metric else ""
        self.tornado.title = self.tr("What moves {metric} most").format(metric=watched)
        self.tornado.x_format = lambda v: money(v, currency)
        self.tornado.low_name = self.tr("input at its low end")
        self.tornado.high_name = self.tr("input at its high end")
        # The figure as estimated, which every bar spans around: the recommended option's
        # expected cost (incident), or the expected annual loss as is (annual).
        if result.mode == "incident":
            base = recommended.metrics.get(R.EXPECTED_COST) if recommended else None
        else:
            base = result.baseline.metrics.get(R.ALE) if result.baseline else None
        if base is None and moving:
            base = sum((i.at_low + i.at_high) / 2 for i in moving) / len(moving)
        self.tornado.set_data(base, [(_short_label(engine_text(i.input)), i.at_low, i.at_high)
                                     for i in moving])
        self.tornado.setToolTip("\n".join(engine_text(i.input) for i in moving))
        # The flips nearest to today's estimate first: those are what the verdict hangs on.
        flips = sorted((b for b in result.break_evens if b.value is not None),
                       key=lambda b: abs(b.value - b.current) / ((b.high - b.low) or 1.0))
        lines = []
        self.sensitivity.setToolTip("\n".join(engine_text(b.sentence, currency) for b in flips))
        if flips:
            lines.append(self.tr("Where the recommendation changes:"))
            lines += [f"• {engine_text(b.sentence, currency)}" for b in flips[:3]]
        elif result.break_evens:
            lines.append(self.tr("No single input changes the recommendation within its range."))
        self.sensitivity.setText("\n".join(lines))
