"""The Incidents area: the list of incidents with their breach clocks, and the editor.

The status only offers the workflow's next steps; moving it on fills the
containment or resolution time if nobody did, and leaves a line in the
timeline. The breach assessment is part of the same Save (Ctrl+S) as the
incident, so an unsaved assessment is never lost silently; timeline entries
and response options are records saved as soon as their dialog is accepted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import entities as specs
from privguard.domain.breach_clock import BreachClock, ClockState
from privguard.domain.enums import IncidentStatus
from privguard.domain.rows import ListQuery, RowSet
from privguard.domain.workflow import next_statuses
from privguard.ui.areas.incident.breach import BreachTab
from privguard.ui.areas.incident.options import OptionsTab
from privguard.ui.areas.incident.timeline import TimelineTab
from privguard.ui.editor_area import ListEditorArea
from privguard.ui.forms import ChoiceEditor, load_choices
from privguard.ui.i18n import choice_label, field_label
from privguard.ui.widgets.clock import _BADGE

# Most urgent first, so sorting the clock column ascending puts overdue breaches on top.
CLOCK_RANK = {ClockState.OVERDUE: 0, ClockState.RED: 1, ClockState.AMBER: 2,
              ClockState.RUNNING: 3, ClockState.LATE: 4, ClockState.MET: 5,
              ClockState.NOT_REQUIRED: 6}
CLOCK_TEXT = {
    ClockState.OVERDUE: QT_TRANSLATE_NOOP("IncidentsArea", "Overdue"),
    ClockState.RED: QT_TRANSLATE_NOOP("IncidentsArea", "Under 12 h"),
    ClockState.AMBER: QT_TRANSLATE_NOOP("IncidentsArea", "Under 24 h"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("IncidentsArea", "Running"),
    ClockState.LATE: QT_TRANSLATE_NOOP("IncidentsArea", "Notified late"),
    ClockState.MET: QT_TRANSLATE_NOOP("IncidentsArea", "Notified on time"),
    ClockState.NOT_REQUIRED: QT_TRANSLATE_NOOP("IncidentsArea", "Not required"),
}
_STATE_OF_RANK = {rank: state for state, rank in CLOCK_RANK.items()}
LIVE = (ClockState.OVERDUE, ClockState.RED, ClockState.AMBER, ClockState.RUNNING)
# Statuses that mean the incident is contained, and those that mean it is over.
CONTAINED = {IncidentStatus.CONTAINED, IncidentStatus.ERADICATED, IncidentStatus.RECOVERED,
             IncidentStatus.CLOSED}
RESOLVED = {IncidentStatus.RECOVERED, IncidentStatus.CLOSED}
_TICK_MS = 60_000


def hours_text(hours: float) -> str:
    """Signed hours left as "41 h 12 min left" / "overdue by 3 h", worded as the clocks elsewhere."""
    minutes = int(abs(hours) * 60)
    if minutes < 1:
        return QCoreApplication.translate("IncidentsArea", "due now")
    if minutes > 48 * 60:
        days, rest = divmod(minutes // 60, 24)
        span = (QCoreApplication.translate("IncidentsArea", "{days} days {hours} h").format(days=days, hours=rest) if rest
                else QCoreApplication.translate("IncidentsArea", "{days} days").format(days=days))
    elif minutes >= 60:
        span = (QCoreApplication.translate("IncidentsArea", "{hours} h {minutes} min").format(hours=minutes // 60,
                                                                      minutes=minutes % 60)
                if minutes % 60 else QCoreApplication.translate("IncidentsArea", "{hours} h").format(hours=minutes // 60))
    else:
        span = QCoreApplication.translate("IncidentsArea", "{minutes} min").format(minutes=minutes)
    if hours < 0:
        return QCoreApplication.translate("IncidentsArea", "overdue by {span}").format(span=span)
    return QCoreApplication.translate("IncidentsArea", "{span} left").format(span=span)


def add_clocks(rows: RowSet, clocks: dict[int, BreachClock], now: datetime) -> RowSet:
    """The incident rows with ``clock`` (state rank), ``hours_left`` (live clocks) and ``open``."""
    cols = rows.columns
    i_id, i_status = cols.index("id"), cols.index("status")
    out = []
    for row in rows.rows:
        clock = clocks.get(row[i_id])
        state = clock.state(now) if clock is not None else None
        left = (clock.time_left(now).total_seconds() / 3600
                if state in LIVE and clock is not None else None)
        out.append(row + (CLOCK_RANK[state] if state is not None else None, left,
                          row[i_status] != IncidentStatus.CLOSED.value))
    return RowSet(cols + ("clock", "hours_left", "open"), out)


class IncidentsArea(ListEditorArea):
    key = "incidents"
    entity = "incidents"
    spec = specs.INCIDENT
    service_name = "incidents"
    links = ("assets", "services", "activities", "risks")
    hidden_columns = frozenset({"category", "resolved_at", "updated_at"})
    watches = ("persons", "assets", "business_services", "processing_activities", "risks",
               "settings", "response_options", "breach_assessments")

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        self._loaded_status: str | None = None
        self._loaded_data: dict[str, Any] = {}
        # A big register has 100,000 risks: read their names once, again only when risks change.
        self._risk_choices: list[tuple[Any, str]] | None = None
        self._categories: list[str] = []
        super().__init__(ctx, parent)
        self.form.fieldChanged.connect(self._field_changed)
        self.breach_tab.dirtyChanged.connect(lambda _d: self._on_dirty(self.form.is_dirty()))
        self.options_tab.weighRequested.connect(
            lambda incident_id: self.ctx.navigate("decisions", incident=incident_id))
        self.rowsLoaded.connect(self._rows_arrived)
        ctx.changed.connect(self._forget_risks)
        self.timer = QTimer(self)
        self.timer.setInterval(_TICK_MS)
        self.timer.timeout.connect(self.tick)

    def title(self) -> str:
        return self.tr("Incidents")

    def new_heading(self) -> str:
        return self.tr("New incident")

    # -- the table -------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        # The clock comes before the dates: while it runs, it is what the officer looks for.
        return {"title": field_label("Title"), "severity": field_label("Severity"),
                "status": field_label("Status"), "clock": self.tr("Breach clock"),
                "hours_left": self.tr("Time left"), "detected_at": field_label("Detected at"),
                "open": self.tr("Open"), "category": field_label("Category"),
                "resolved_at": field_label("Resolved at"), "updated_at": self.tr("Updated")}

    def formats(self) -> dict[str, Any]:
        open_, closed = self.tr("Open"), self.tr("Closed")
        return {"severity": "choice", "status": "choice", "detected_at": "datetime",
                "resolved_at": "datetime", "updated_at": "datetime", "category": "text",
                "clock": lambda rank: self.tr(CLOCK_TEXT[_STATE_OF_RANK[rank]]),
                "hours_left": hours_text, "open": lambda v: open_ if v else closed}

    def colours(self) -> dict[str, dict[Any, str]]:
        return {"clock": {CLOCK_RANK[state]: colours[0] for state, colours in _BADGE.items()}}

    def refresh(self) -> None:
        if self.ctx.ws is not None:
            self.form.editor("actual_cost").widget.setPlaceholderText(self.ctx.currency)
            self.breach_tab.reload_catalogues()
        super().refresh()

    def load_rows(self, ws: Any, query: ListQuery | None = None) -> RowSet:
        rows = ws.incidents.rows(query)
        clocks = {incident_id: clock
                  for incident_id, _title, clock in ws.breaches.clocks(open_only=False)}
        return add_clocks(rows, clocks, datetime.now(UTC))

    def load_choices(self, ws: Any, name: str, entity: str) -> list[tuple[Any, str]]:
        if entity != "risks":
            return load_choices(ws, entity)
        cached = self._risk_choices
        if cached is None:
            cached = load_choices(ws, entity)
            self._risk_choices = cached
        return cached

    def _forget_risks(self, entity: str) -> None:
        if entity == "risks":
            self._risk_choices = None

    def _rows_arrived(self) -> None:
        # Offer the categories already used, so that "phishing" is not also "Phishing attack".
        model = self.table.model
        if "category" not in model.source_columns:
            return
        found = {model.row_dict(r)["category"] for r in range(model.rowCount())}
        categories = sorted({c for c in found if c}, key=str.casefold)
        if categories != self._categories:
            self._categories = categories
            completer = QCompleter(categories, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.form.editor("category").widget.setCompleter(completer)

    # -- the live clocks in the list --------------------------------------------------------

    def tick(self) -> None:
        """Re-read the list so the time left moves on; the form and its tabs are left alone."""
        if self.ctx.ws is None or not self.table.model.source_columns:
            return
        ws, generation = self.ctx.ws, self._generation

        def shown(rows: RowSet) -> None:
            if generation == self._generation and self.ctx.ws is not None:
                self.table.set_rows(rows, self.headers(), self.hidden_columns, self.formats(),
                                    self.colours())

        self.ctx.tasks.start(lambda _p, _c: self.load_rows(ws), shown, key=f"{self.key}.tick")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.timer.stop()
        super().hideEvent(event)

    # -- the form --------------------------------------------------------------------------

    def form_layout(self) -> list[Any]:
        return [
            (self.tr("Incident"), ["title", "description", "category", "severity", "status",
                                   "reporter_id"]),
            (self.tr("Times"), ["occurred_at", "detected_at", "contained_at", "resolved_at"]),
            (self.tr("Outcome"), ["actual_cost", "lessons_learned"]),
        ]

    def editor_tabs(self) -> list[tuple[str, QWidget]]:
        links = QWidget(self)
        layout = QVBoxLayout(links)
        layout.setContentsMargins(0, 0, 0, 0)
        titles = {"assets": self.tr("Affected assets"), "services": self.tr("Affected services"),
                  "activities": self.tr("Affected processing activities"),
                  "risks": self.tr("Linked risks")}
        for relation in self.links:
            box = QGroupBox(titles[relation], links)
            QVBoxLayout(box).addWidget(self.form.picker(relation))
            layout.addWidget(box, 1)
        # Four pickers are taller than a laptop screen: they scroll rather than stretch the window.
        links_scroll = QScrollArea(self)
        links_scroll.setWidgetResizable(True)
        links_scroll.setFrameShape(QFrame.Shape.NoFrame)
        links_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        links_scroll.setWidget(links)
        self.timeline_tab = TimelineTab(self.ctx, self._timeline_added, self)
        self.breach_tab = BreachTab(self.ctx, self._breach_changed, self)
        self.options_tab = OptionsTab(self.ctx, lambda: self._notify_own("response_options"), self)
        return [(self.tr("Affected and linked"), links_scroll), (self.tr("Timeline"), self.timeline_tab),
                (self.tr("Breach assessment"), self.breach_tab),
                (self.tr("Response options"), self.options_tab)]

    def new_values(self) -> dict[str, Any]:
        return {"status": IncidentStatus.DETECTED.value, "detected_at": datetime.now(UTC)}

    def item_loaded(self, entity_id: Any, data: dict[str, Any]) -> None:
        status = data.get("status") or IncidentStatus.DETECTED.value
        self._loaded_status = status if entity_id is not None else None
        self._loaded_data = dict(data)
        editor = self.form.editor("status")
        assert isinstance(editor, ChoiceEditor)
        editor.set_allowed({status, *(s.value for s in next_statuses(status))})
        editor.set_value(status)
        self.timeline_tab.load(entity_id)
        self.breach_tab.load(entity_id, data)
        self.options_tab.load(entity_id)

    def _field_changed(self, name: str) -> None:
        if name != "status":
            return
        status = IncidentStatus(self.form.editor("status").raw())
        now = datetime.now(UTC)
        # Moving the status on is when the time is known: fill it unless someone already did.
        for field, statuses in (("contained_at", CONTAINED), ("resolved_at", RESOLVED)):
            editor = self.form.editor(field)
            if status in statuses and editor.raw() is None:
                editor.set_value(now)
                self.form.touch(field)

    def prepare_save(self, values: dict[str, Any]) -> dict[str, Any]:
        old, new = self._loaded_status, values.get("status")
        if self._current_id is not None and old and new and new != old:
            # Inside the save's transaction: the line exists only if the change is saved.
            self.ctx.workspace.incidents.add_timeline(
                self._current_id, at=datetime.now(UTC), kind="status",
                note=self.tr("Status: {old} → {new}").format(old=choice_label(old),
                                                           new=choice_label(new)))
        return values

    # -- the breach assessment shares the area's Save ---------------------------------------

    def has_unsaved(self) -> bool:
        return self.form.is_dirty() or self.breach_tab.is_dirty()

    def _on_dirty(self, dirty: bool) -> None:
        super()._on_dirty(self.has_unsaved())

    def _update_actions(self) -> None:
        super()._update_actions()
        if getattr(self, "breach_tab", None) is not None and self.breach_tab.is_dirty():
            self.act_save.setEnabled(True)
            self.act_revert.setEnabled(True)

    def save(self) -> bool:
        if self.ctx.ws is None:
            return False
        breach_dirty = self.breach_tab.is_dirty()
        if breach_dirty and not self.breach_tab.validate():
            self.tabs.setCurrentWidget(self.breach_tab)
            first = self.breach_tab.form.first_error()
            self.ctx.message.emit(first[1] if first else "")
            return False
        kept = self.breach_tab.snapshot() if breach_dirty else None
        if self.form.is_dirty() or self._current_id is None:
            if not super().save():
                return False
            if kept is not None:
                self.breach_tab.restore(kept)  # saving the incident reloaded the tab
        if breach_dirty:
            if not self.breach_tab.save():
                self.tabs.setCurrentWidget(self.breach_tab)
                return False
            self._breach_changed()
            self.ctx.message.emit(self.tr("Saved."))
        self._update_actions()
        return True

    def pending_edits(self) -> Any:
        if not self.has_unsaved():
            return None
        edits = {"id": self._current_id, "snapshot": self.form.snapshot()}
        if self.breach_tab.is_dirty():
            edits["breach"] = self.breach_tab.snapshot()
        return edits

    def restore_edits(self, edits: Any) -> None:
        super().restore_edits(edits)
        if edits and edits.get("breach") and self._current_id == edits.get("id"):
            self.breach_tab.restore(edits["breach"])

    # -- after the tabs wrote --------------------------------------------------------------

    def _upsert(self) -> None:
        if self._current_id is None or self.ctx.ws is None:
            return
        rows = self.load_rows(self.ctx.ws, ListQuery(filters={"id": self._current_id}))
        if rows.rows and self.table.model.source_columns:
            self.table.model.upsert_row(rows.rows[0])
            self.table.select_id(self._current_id)

    def _notify_own(self, entity: str) -> None:
        """Tell the other areas, without reloading this one (it already shows the change)."""
        self._own_change = True
        try:
            self.ctx.notify_changed(entity)
        finally:
            self._own_change = False

    def _breach_changed(self) -> None:
        self._upsert()
        self._notify_own("breach_assessments")

    def _timeline_added(self) -> None:
        self._notify_own("timeline_entries")

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("breach_assessments", "response_options") and self._own_change:
            return
        super()._on_data_changed(entity)

    def clear_extra(self) -> None:
        self.timer.stop()
        self._risk_choices = None
        self._categories = []
        self._loaded_status = None
        self._loaded_data = {}
        self.timeline_tab.clear()
        self.breach_tab.clear()
        self.options_tab.clear()

