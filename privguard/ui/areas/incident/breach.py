"""The breach assessment of an incident: the Art. 33 and 34 facts and the live notification clock.

The clock is computed from what is typed, not only from what was saved: moving
the awareness time or choosing "high risk" shows its effect at once. So is the
list of mandatory items still missing (Art. 33(3), 34(2)), next to the clock, and
the rules of Art. 33 a save obeys (no notification recorded as sent while an
item is missing unless a phase says it will follow, no late notification without
its reasons) show next to their field as the user types. An incident has no
assessment until the user says it touches personal data; the form then starts
from the detection time and the register's deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import breach_notice
from privguard.domain import entities as specs
from privguard.domain.breach_clock import BreachClock, SubjectsNotice
from privguard.domain.enums import RightsRisk
from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.domain.schema import Field
from privguard.ui.areas.incident.notice import (
    BreachTypesEditor,
    NotificationDraftDialog,
    PhasesEditor,
    missing_text,
    problem_of,
)
from privguard.ui.areas.inventory import CatalogueListEditor, catalogue_name
from privguard.ui.editor_area import error_text
from privguard.ui.forms import EntityForm, FieldEditor, LineEditor, message_of
from privguard.ui.i18n import moment, tr
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.widgets.clock import BreachClockRow

_TICK_MS = 30_000  # the clock shows minutes: twice a minute is enough


class RightsRiskEditor(FieldEditor):
    """None / risk / high as three explained choices; a new assessment starts with none picked."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {
            RightsRisk.NONE: tr("No risk to people: no notification"),
            RightsRisk.RISK: tr("A risk: notify the authority (Art. 33)"),
            RightsRisk.HIGH: tr("A high risk: notify the authority and tell the people (Art. 34)"),
        }
        for value, text in texts.items():
            button = QRadioButton(text, box)
            self.group.addButton(button)
            self.buttons[value.value] = button
            layout.addWidget(button)
        super().__init__(field, box)

    def raw(self) -> Any:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        # Exclusive groups cannot uncheck their last button: switch that off for a moment.
        self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.setChecked(v == value)
        self.group.setExclusive(True)

    def connect(self, callback: Callable[[], None]) -> None:
        self.group.buttonToggled.connect(lambda _b, on: callback() if on else None)

    def focus(self) -> None:
        checked = self.group.checkedButton() or self.buttons[RightsRisk.NONE.value]
        checked.setFocus()


class BreachTab(QWidget):
    """The assessment form, the Art. 33 clock and the Art. 34 requirement of one incident."""

    dirtyChanged = Signal(bool)

    def __init__(self, ctx: Any, on_changed: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self._incident: dict[str, Any] = {}
        self._on_changed = on_changed
        self._new = False          # an assessment started here, not saved yet
        self._catalogues = False   # catalogue choices loaded
        self._dirty = False

        spec = specs.BREACH_ASSESSMENT
        self.categories = CatalogueListEditor(spec.field("data_categories"))
        self.subjects = CatalogueListEditor(spec.field("data_subjects"))
        editors: dict[str, FieldEditor] = {
            "data_categories": self.categories, "data_subjects": self.subjects,
            "rights_risk": RightsRiskEditor(spec.field("rights_risk")),
            "contact_point": LineEditor(spec.field("contact_point")),
            "breach_types": BreachTypesEditor(spec.field("breach_types")),
            "phases": PhasesEditor(spec.field("phases")),
        }
        self.form = EntityForm(spec, [
            (self.tr("Awareness, risk and deadline"), ["aware_at", "rights_risk", "deadline_hours",
                                                       "no_risk_reasoning"]),
            (self.tr("The breach (Art. 33(3))"), [
                "breach_types", "breach_state", "breach_started_at", "breach_ended_at",
                "nature", "data_categories", "data_subjects", "approx_subjects",
                "approx_records", "consequences", "measures", "contact_point"]),
            (self.tr("Notifying the supervisory authority (Art. 33)"), [
                "authority_notified_at", "authority_reference", "delay_reasons", "phases",
                "cross_border", "lead_authority"]),
            (self.tr("Telling the people affected (Art. 34)"), [
                "subjects_notified_at", "subjects_reference", "subjects_notice_content",
                "subjects_channel", "subjects_told", "subjects_exemption",
                "subjects_exemption_reason"]),
        ], editors=editors, rules=[self._clock_rule, self._notice_rule], parent=self)
        # Long Art. 33 labels go above their fields when the editor is narrow, not off its edge.
        for form_layout in self.form.findChildren(QFormLayout):
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.fieldChanged.connect(lambda _n: self.update_clock())
        self.form.dirtyChanged.connect(lambda _d: self._emit_dirty())

        # The clock and the Art. 34 line stay above the form while it scrolls.
        self.clock_row = BreachClockRow(0, "", BreachClock(datetime.now(UTC), RightsRisk.RISK), self)
        self.clock_row.unsetCursor()  # it opens nothing here
        self.clock_row.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.subjects_icon = QLabel(self)
        self.subjects_text = QLabel(self)
        self.subjects_text.setWordWrap(True)
        # What Art. 33(3) and 34(2) still need, next to the clock.
        self.missing_title = QLabel(self)
        self.missing_title.setWordWrap(True)
        self.missing_text = QLabel(self)
        self.missing_text.setWordWrap(True)
        self.missing_text.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_button = QPushButton(self.tr("Notification draft…"), self)
        self.draft_button.setToolTip(self.tr("What Art. 33(3) asks, in the authority's language, "
                                             "to paste into its form"))
        self.draft_button.clicked.connect(lambda: self.show_draft())
        self.delete_button = QPushButton(self.tr("Delete assessment…"), self)
        self.delete_button.setToolTip(self.tr("The incident did not touch personal data after all"))
        self.delete_button.clicked.connect(self.delete_assessment)
        subjects = QHBoxLayout()
        subjects.addWidget(self.subjects_icon)
        subjects.addWidget(self.subjects_text, 1)
        subjects.addWidget(self.draft_button)
        subjects.addWidget(self.delete_button)
        missing = QVBoxLayout()
        missing.setSpacing(2)
        missing.addWidget(self.missing_title)
        missing.addWidget(self.missing_text)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        form_page = QWidget(self)
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 6, 0, 0)
        page.addWidget(self.clock_row)
        page.addLayout(subjects)
        page.addLayout(missing)
        page.addWidget(scroll, 1)

        none_page = QWidget(self)
        self.none_text = QLabel(none_page)
        self.none_text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Assess as a personal-data breach"), none_page)
        self.start_button.clicked.connect(self.start_assessment)
        none = QVBoxLayout(none_page)
        none.addWidget(self.none_text)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        none.addLayout(row)
        none.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(none_page)
        self.stack.addWidget(form_page)
        QVBoxLayout(self).addWidget(self.stack)
        self.timer = QTimer(self)
        self.timer.setInterval(_TICK_MS)
        self.timer.timeout.connect(self.update_clock)
        self.load(None)

    # -- loading ------------------------------------------------------------------------

    def _load_catalogues(self) -> None:
        """Data categories and subjects (built-in plus the register's own): small, GUI thread."""
        catalogues = self.ctx.ws.catalogues
        special = self.tr("special category (Art. 9)")
        self.categories.set_items([
            (e.code, catalogue_name(e) + (f" — {special}" if e.attributes.get("special") else ""))
            for e in catalogues.entries("data_category")])
        self.subjects.set_items([(e.code, catalogue_name(e))
                                 for e in catalogues.entries("data_subject")])
        self._catalogues = True

    def reload_catalogues(self) -> None:
        self._catalogues = False

    def load(self, incident_id: int | None, incident: dict[str, Any] | None = None) -> None:
        """Show the assessment of ``incident_id`` (None: a new, unsaved incident)."""
        self.incident_id = incident_id
        self._incident = dict(incident or {})
        self._new = False
        data = None
        if incident_id is not None and self.ctx.ws is not None:
            if not self._catalogues:
                self._load_catalogues()
            data = self.ctx.ws.breaches.for_incident(incident_id)
        if data is None:
            self.form.set_values({})
            self.stack.setCurrentIndex(0)
            self.start_button.setEnabled(incident_id is not None)
            self.none_text.setText(
                self.tr("Save the incident first; then assess whether it is a personal-data breach.")
                if incident_id is None else
                self.tr("No breach assessment. If the incident touches personal data, assess it: "
                        "the deadline to notify the supervisory authority (Art. 33) runs from "
                        "the moment the organisation became aware of the breach."))
        else:
            self.form.set_values(data)
            self.stack.setCurrentIndex(1)
        self.update_clock()
        self._emit_dirty()

    def start_assessment(self) -> None:
        if self.incident_id is None or self.ctx.ws is None:
            return
        aware = self._incident.get("detected_at") or datetime.now(UTC)
        self.form.set_values({
            "aware_at": aware, "deadline_hours": self.ctx.ws.settings.get("breach_deadline_hours"),
            "data_categories": [], "data_subjects": []})
        self._new = True
        self.stack.setCurrentIndex(1)
        self.update_clock()
        self._emit_dirty()
        self.form.editor("rights_risk").focus()

    # -- the clock ----------------------------------------------------------------------

    def _clock_of(self, values: dict[str, Any]) -> BreachClock:
        return BreachClock(aware_at=values["aware_at"], rights_risk=RightsRisk(values["rights_risk"]),
                           deadline_hours=values.get("deadline_hours") or 72.0,
                           authority_notified_at=values.get("authority_notified_at"),
                           subjects_notified_at=values.get("subjects_notified_at"))

    def _clock_rule(self, values: dict[str, Any]) -> tuple[str, str] | None:
        """The clock's own checks (notified before becoming aware, ...) as the user types."""
        if values.get("aware_at") is None or values.get("rights_risk") is None:
            return None
        try:
            self._clock_of(values)
        except ValidationError as exc:
            return exc.field or "aware_at", message_of(exc)
        return None

    def _notice_rule(self, values: dict[str, Any]) -> tuple[str, str] | None:
        """The rules of Art. 33 a save obeys, on the fields changed since loading (a new
        assessment: all of them), as the save would apply them."""
        form = getattr(self, "form", None)  # the form checks itself while it is being built
        if form is None or values.get("aware_at") is None or values.get("rights_risk") is None:
            return None
        changed = None if self._new else set(form.changed_values())
        values = dict(values)
        phases = breach_notice.phases_of(values.get("phases"))
        if phases and values.get("authority_notified_at") is None:
            values["authority_notified_at"] = phases[0].at  # as the service fills it in
        return problem_of(values, changed)

    def clock(self) -> BreachClock | None:
        """The clock of what the form holds now, or None while it is incomplete or invalid."""
        if self.stack.currentIndex() != 1:
            return None
        values = self.form.values()
        if self.form.errors() or values.get("aware_at") is None or values.get("rights_risk") is None:
            return None
        try:
            return self._clock_of(values)
        except (ValidationError, ValueError, TypeError):
            return None

    def update_missing(self, now: datetime | None = None) -> None:
        """The mandatory items still missing from what the form holds now."""
        shown = self.stack.currentIndex() == 1
        values = self.form.values() if shown else {}
        if shown and values.get("rights_risk") is not None:
            try:
                missing = breach_notice.missing(values, now)
            except (TypeError, ValueError, AttributeError):
                missing = []
        else:
            missing = None
        self.draft_button.setEnabled(shown and not self._new and self.incident_id is not None)
        if missing is None:
            self.missing_title.clear()
            self.missing_text.clear()
            self.missing_title.hide()
            self.missing_text.hide()
            return
        self.missing_title.show()
        self.missing_text.setVisible(bool(missing))
        if missing:
            self.missing_title.setStyleSheet(ERROR_CSS + " font-weight: bold;")
            self.missing_title.setText(self.tr("Missing mandatory items (Art. 33(3) and, where it "
                                               "applies, Art. 34(2)):"))
            self.missing_text.setText(missing_text(missing))
        else:
            self.missing_title.setStyleSheet(HINT_CSS)
            self.missing_title.setText(self.tr("No mandatory item is missing."))
            self.missing_text.clear()

    def show_draft(self) -> None:
        """The notification draft of the saved assessment, to copy or save."""
        if self.incident_id is None or self.ctx.ws is None or self._new:
            return
        dialog = NotificationDraftDialog(self.ctx, self.incident_id,
                                         unsaved=self.form.is_dirty(), parent=self)
        dialog.exec()

    def update_clock(self, now: datetime | None = None) -> None:
        self.update_missing(now)
        clock = self.clock()
        self.clock_row.setVisible(clock is not None)
        if clock is None:
            self.subjects_icon.clear()
            self.subjects_text.setStyleSheet(HINT_CSS)
            self.subjects_text.setText(
                self.tr("Choose the risk to people and the awareness time to see the deadlines.")
                if self.stack.currentIndex() == 1 else "")
            return
        self.clock_row.clock = clock
        self.clock_row.title.setText(self.tr("Notify the authority by {due}").format(
            due=moment(clock.due_at)))
        self.clock_row.update_time(now)
        notice = clock.subjects_notice
        icon = {SubjectsNotice.PENDING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                SubjectsNotice.SENT: QStyle.StandardPixmap.SP_DialogApplyButton}.get(
                    notice, QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.subjects_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.subjects_text.setStyleSheet("font-weight: bold;" if notice is SubjectsNotice.PENDING
                                         else "")
        self.subjects_text.setText({
            SubjectsNotice.PENDING: self.tr(
                "High risk: the people concerned must be told without undue delay (Art. 34)."),
            SubjectsNotice.SENT: self.tr("The people concerned were told on {when}.").format(
                when=moment(clock.subjects_notified_at)),
            SubjectsNotice.NOT_REQUIRED: self.tr(
                "The people concerned need not be told: no high risk to them (Art. 34)."),
        }[notice])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.update_clock()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.timer.stop()
        super().hideEvent(event)

    # -- saving -------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._new or self.form.is_dirty()

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty()
        self.delete_button.setEnabled(not self._new and self.stack.currentIndex() == 1)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def validate(self) -> bool:
        return self.form.validate()

    def save(self) -> bool:
        """Write the assessment (the area calls this from its Save); False with the reason shown."""
        if self.incident_id is None or self.ctx.ws is None:
            return False
        self.form.clear_save_errors()
        if not self.form.validate():
            return False
        values = self.form.values()
        values.pop("incident_id", None)
        try:
            self.ctx.ws.breaches.assess(self.incident_id, **values)
        except ValidationError as exc:
            self.form.show_error(exc.field, message_of(exc))
            return False
        except PrivGuardError as exc:
            self.form.show_error(None, error_text(exc))
            return False
        self.load(self.incident_id, self._incident)
        return True

    def snapshot(self) -> dict[str, Any]:
        return {"new": self._new, "values": self.form.snapshot()}

    def restore(self, snapshot: dict[str, Any]) -> None:
        if snapshot.get("new") and self.stack.currentIndex() == 0:
            self.start_assessment()
        self.form.restore_snapshot(snapshot.get("values") or {})
        self.update_clock()
        self._emit_dirty()

    def discard(self) -> None:
        self.load(self.incident_id, self._incident)

    def delete_assessment(self) -> None:
        if self.incident_id is None or self.ctx.ws is None:
            return
        data = self.ctx.ws.breaches.for_incident(self.incident_id)
        if data is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete assessment"),
            self.tr("Delete the breach assessment of this incident? Its notification clock goes "
                    "too (the audit trail keeps a record)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.ws.breaches.delete(data["id"])
        except PrivGuardError as exc:
            QMessageBox.warning(self, self.tr("Delete assessment"), error_text(exc))
            return
        self.load(self.incident_id, self._incident)
        self._on_changed()

    def clear(self) -> None:
        self.timer.stop()
        self.categories.clear_items()
        self.subjects.clear_items()
        self._catalogues = False
        self.incident_id = None
        self._incident = {}
        self._new = False
        self.form.clear()
        self.stack.setCurrentIndex(0)
        self.none_text.setText("")
        self.update_clock()
        self._emit_dirty()
