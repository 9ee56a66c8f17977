"""The dashboard: heat maps, running breach clocks, what is due, top risks, open incidents.

Everything is loaded in one task off the GUI thread from aggregate queries
(counts per heat-map cell, the few top cells' risks), so that it stays quick
on a register of tens of thousands of risks. Breach clocks tick on a timer
from the loaded clocks, without touching the register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.breach_clock import BreachClock
from privguard.domain.enums import IncidentStatus, RiskStatus
from privguard.domain.errors import PrivGuardError
from privguard.domain.matrix import RiskMatrix
from privguard.domain.rows import ListQuery
from privguard.services.workspace import Workspace
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.i18n import choice_label, day, error_text, matrix_label, moment
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.widgets.clock import LIVE_STATES, BreachClockRow
from privguard.ui.widgets.heatmap import HeatMap

LIST_LIMIT = 10
OPEN_RISK = [s.value for s in RiskStatus if s is not RiskStatus.CLOSED]
OPEN_INCIDENT = [s.value for s in IncidentStatus if s is not IncidentStatus.CLOSED]
# Entities whose change makes the dashboard stale.
WATCHED = {"risks", "incidents", "breaches", "breach_assessments", "settings", "persons"}


@dataclass
class DashboardData:
    matrix: RiskMatrix
    heat: dict[str, dict[tuple[int, int], int]]
    clocks: list[tuple[int, str, BreachClock]]
    due: list[dict[str, Any]]
    due_total: int
    top: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    today: date
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def top_risks(ws: Workspace, matrix: RiskMatrix, residual: dict[tuple[int, int], int],
              limit: int = LIST_LIMIT) -> list[dict[str, Any]]:
    """The open risks with the highest residual score, read cell by cell from the top.

    The heat map already says which cells hold risks, so only the few highest
    cells are queried, each with a limit: a 100,000-risk register costs the
    same as a small one.
    """
    cells = sorted((c for c, n in residual.items() if n),
                   key=lambda c: (matrix.score(*c), c[1], c[0]), reverse=True)
    out: list[dict[str, Any]] = []
    for lik, imp in cells:
        if len(out) >= limit:
            break
        query = ListQuery(filters={"residual_likelihood": lik, "residual_impact": imp,
                                   "status": OPEN_RISK}, order_by="title", limit=limit - len(out))
        out.extend(ws.risks.rows(query).dicts())
    return out


def load(ws: Workspace) -> DashboardData:
    """Everything the dashboard shows, read in the task thread."""
    now = datetime.now(UTC)
    matrix = ws.settings.matrix()
    heat = {stage: ws.risks.heat_map(stage) for stage in ("inherent", "residual")}
    clocks = [c for c in ws.breaches.clocks() if c[2].state(now) in LIVE_STATES]
    clocks.sort(key=lambda c: c[2].due_at)
    due = ws.risks.due().dicts()
    incidents = ws.incidents.rows(ListQuery(filters={"status": OPEN_INCIDENT},
                                            order_by="detected_at", descending=True)).dicts()
    return DashboardData(matrix=matrix, heat=heat, clocks=clocks, due=due[:LIST_LIMIT * 2],
                         due_total=len(due), top=top_risks(ws, matrix, heat["residual"]),
                         incidents=incidents, today=ws.today())


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class LinkList(QTreeWidget):
    """A compact list whose rows open something: click, Enter or Space emits ``opened(id)``."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMinimumHeight(160)
        self.header().setStretchLastSection(False)
        self.itemClicked.connect(self._open)

    def set_columns(self, labels: list[str]) -> None:
        self.setColumnCount(len(labels))
        self.setHeaderLabels(labels)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(labels)):
            self.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def add(self, entity_id: int, texts: list[str], tooltip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, Qt.ItemDataRole.UserRole, entity_id)
        item.setToolTip(0, tooltip or texts[0])
        self.addTopLevelItem(item)
        return item

    def ids(self) -> list[int]:
        return [self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.topLevelItemCount())]

    def _open(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entity_id is not None:
            self.opened.emit(int(entity_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and item:
            self._open(item)
        else:
            super().keyPressEvent(event)


class DashboardArea(Area):
    key = "dashboard"
    TICK_MS = 30_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._data: DashboardData | None = None
        self._generation = 0
        self.clock_rows: list[BreachClockRow] = []
        self._build()
        self._retranslate()
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.changed.connect(self._on_changed)

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.heat_maps: dict[str, HeatMap] = {}
        self.heat_titles: dict[str, QLabel] = {}
        self.heat_boxes: dict[str, QGroupBox] = {}
        for stage in ("inherent", "residual"):
            heat = HeatMap()
            heat.setObjectName(f"heat_{stage}")
            heat.cellClicked.connect(lambda lik, imp, s=stage: self._open_cell(s, lik, imp))
            box = QGroupBox()
            note = QLabel()
            note.setStyleSheet(HINT_CSS)
            lay = QVBoxLayout(box)
            lay.addWidget(note)
            lay.addWidget(heat, 1)
            self.heat_maps[stage], self.heat_titles[stage], self.heat_boxes[stage] = heat, note, box

        self.clocks_box = QGroupBox()
        self.clocks_layout = QVBoxLayout(self.clocks_box)
        self.clocks_layout.setSpacing(4)
        self.no_clocks = QLabel()
        self.no_clocks.setStyleSheet(HINT_CSS)
        self.clocks_layout.addWidget(self.no_clocks)

        self.due_list, self.top_list, self.incident_list = LinkList(), LinkList(), LinkList()
        self.due_list.setObjectName("due")
        self.top_list.setObjectName("topRisks")
        self.incident_list.setObjectName("openIncidents")
        self.due_list.opened.connect(lambda rid: self.ctx.navigate("risks", id=rid))
        self.top_list.opened.connect(lambda rid: self.ctx.navigate("risks", id=rid))
        self.incident_list.opened.connect(lambda iid: self.ctx.navigate("incidents", id=iid))
        self.due_more, self.due_box = QLabel(), QGroupBox()
        self.due_more.setStyleSheet(HINT_CSS)
        self.top_box, self.incident_box = QGroupBox(), QGroupBox()
        for box, widgets in ((self.due_box, (self.due_list, self.due_more)),
                             (self.top_box, (self.top_list,)),
                             (self.incident_box, (self.incident_list,))):
            lay = QVBoxLayout(box)
            for widget in widgets:
                lay.addWidget(widget)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)
        grid.addWidget(self.summary, 0, 0, 1, 6)
        grid.addWidget(self.heat_boxes["inherent"], 1, 0, 1, 3)
        grid.addWidget(self.heat_boxes["residual"], 1, 3, 1, 3)
        grid.addWidget(self.clocks_box, 2, 0, 1, 6)
        grid.addWidget(self.due_box, 3, 0, 1, 2)
        grid.addWidget(self.top_box, 3, 2, 1, 2)
        grid.addWidget(self.incident_box, 3, 4, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _retranslate(self) -> None:
        self.heat_boxes["inherent"].setTitle(self.tr("Inherent risk"))
        self.heat_boxes["residual"].setTitle(self.tr("Residual risk"))
        self.clocks_box.setTitle(self.tr("Breach notification clocks"))
        self.no_clocks.setText(self.tr("No breach notification clock is running."))
        self.due_box.setTitle(self.tr("Reviews and acceptances due"))
        self.top_box.setTitle(self.tr("Top risks (residual)"))
        self.incident_box.setTitle(self.tr("Open incidents"))
        self.due_list.set_columns([self.tr("Risk"), self.tr("Owner"), self.tr("Due")])
        self.top_list.set_columns([self.tr("Risk"), self.tr("Owner"), self.tr("Residual")])
        self.incident_list.set_columns([self.tr("Incident"), self.tr("Severity"),
                                        self.tr("Status"), self.tr("Detected")])
        for heat in self.heat_maps.values():
            heat.setAccessibleName(self.tr("Heat map: click a cell to see its risks"))
        if self._data is not None:
            self._show(self._data)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- Area ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            self.clear()
            return
        self._generation += 1
        generation = self._generation
        if self._data is None:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Loading…"))
        self.ctx.tasks.start(lambda _progress, _cancelled: load(ws),
                             lambda data: self._loaded(generation, data),
                             lambda exc: self._failed(generation, exc), key="dashboard")

    def clear(self) -> None:
        self._generation += 1  # a task still running delivers into nothing
        self._data = None
        self.timer.stop()
        for heat in self.heat_maps.values():
            heat.clear()
        for lst in (self.due_list, self.top_list, self.incident_list):
            lst.clear()
        self._set_clocks([])
        self.summary.clear()
        self.due_more.clear()
        for note in self.heat_titles.values():
            note.clear()

    # -- loading ------------------------------------------------------------------

    def _loaded(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation or self.ctx.ws is None:
            return
        self._data = data
        self._show(data)
        if self.isVisible():
            self.timer.start()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self.ctx.ws is None:
            return
        reason = error_text(exc) if isinstance(exc, PrivGuardError) else self.tr(
            "an unexpected error; please report it.")
        self.summary.setStyleSheet(ERROR_CSS)
        self.summary.setText(self.tr("The dashboard could not be loaded: {reason}").format(
            reason=reason))

    def _on_changed(self, entity: str) -> None:
        if entity in WATCHED and self.isVisible() and self.ctx.ws is not None:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if self._data is not None:
            self.tick()
            self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.timer.stop()
        super().hideEvent(event)

    def tick(self, now: datetime | None = None) -> None:
        """Move the breach clocks on (every 30 s while the dashboard is shown)."""
        now = now or datetime.now(UTC)
        for row in self.clock_rows:
            row.update_time(now)

    # -- showing ------------------------------------------------------------------

    def _show(self, data: DashboardData) -> None:
        matrix = data.matrix
        for stage, heat in self.heat_maps.items():
            heat.set_data(matrix, data.heat[stage])
            above = sum(n for (lik, imp), n in data.heat[stage].items()
                        if not matrix.within_appetite(lik, imp))
            total = heat.total()
            self.heat_titles[stage].setText(
                (self.tr("1 open risk scored") if total == 1 else
                 self.tr("{count} open risks scored").format(count=total))
                + " · " + self.tr("{count} above appetite").format(count=above))
        self._set_clocks(data.clocks)
        self._show_due(data)
        self.top_list.clear()
        for row in data.top:
            lik, imp = row["residual_likelihood"], row["residual_impact"]
            level = matrix.level(lik, imp)
            item = self.top_list.add(row["id"], [
                row["title"], row["owner"] or "",
                f"{matrix_label(level.label)} ({matrix.score(lik, imp)})"])
            item.setIcon(2, _swatch(QColor(level.colour)))
        self.incident_list.clear()
        for row in data.incidents[:LIST_LIMIT]:
            self.incident_list.add(row["id"], [
                row["title"], choice_label(row["severity"] or ""), choice_label(row["status"]),
                moment(row["detected_at"])])
        more = len(data.incidents) - LIST_LIMIT
        self.incident_box.setTitle(self.tr("Open incidents") + (
            " " + self.tr("({count}, newest first)").format(count=len(data.incidents))
            if more > 0 else ""))
        residual_above = sum(n for (lik, imp), n in data.heat["residual"].items()
                             if not matrix.within_appetite(lik, imp))
        self.summary.setStyleSheet("")
        clocks, incidents = len(data.clocks), len(data.incidents)
        self.summary.setText(" · ".join([
            self.tr("{count} risks above appetite after treatment").format(count=residual_above)
            if residual_above != 1 else self.tr("1 risk above appetite after treatment"),
            self.tr("{count} breach clocks running").format(count=clocks)
            if clocks != 1 else self.tr("1 breach clock running"),
            self.tr("{count} reviews or acceptances due").format(count=data.due_total)
            if data.due_total != 1 else self.tr("1 review or acceptance due"),
            self.tr("{count} open incidents").format(count=incidents)
            if incidents != 1 else self.tr("1 open incident"),
        ]))

    def _show_due(self, data: DashboardData) -> None:
        self.due_list.clear()
        for row in data.due:
            whats = []
            review, expires = row["review_on"], row["acceptance_expires_on"]
            if review is not None and review <= data.today:
                whats.append(self.tr("Review {date}").format(date=day(review)))
            if expires is not None and expires <= data.today:
                whats.append(self.tr("Acceptance expired {date}").format(date=day(expires)))
            self.due_list.add(row["id"], [row["title"], row["owner"] or "", "; ".join(whats)])
        more = data.due_total - len(data.due)
        self.due_more.setVisible(more > 0)
        self.due_more.setText(self.tr("and {count} more in the Risks area").format(count=more))

    def _set_clocks(self, clocks: list[tuple[int, str, BreachClock]]) -> None:
        for row in self.clock_rows:
            self.clocks_layout.removeWidget(row)
            row.deleteLater()
        self.clock_rows = []
        now = datetime.now(UTC)
        for incident_id, title, clock in clocks:
            row = BreachClockRow(incident_id, title, clock)
            row.update_time(now)
            row.activated.connect(lambda iid: self.ctx.navigate("incidents", id=iid))
            self.clocks_layout.addWidget(row)
            self.clock_rows.append(row)
        self.no_clocks.setVisible(not clocks)

    def _open_cell(self, stage: str, likelihood: int, impact: int) -> None:
        self.ctx.navigate("risks", stage=stage, likelihood=likelihood, impact=impact)
