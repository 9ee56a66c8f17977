"""The Art. 33 and 34 pieces of a breach assessment: the breach type, the notification's
phases (Art. 33(4)) and the notification draft to paste into the authority's form.

The phases are one field of the assessment (saved with it, by the area's Save); each is
added or edited in a small dialog. The draft is made from what the register holds (the
saved assessment), in the language the authority reads, copied to the clipboard (cleared
again after 30 s), saved as plain text, or sent to the Reports area for the signed PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import breach_notice
from privguard.domain.enums import BreachType
from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.domain.schema import Field
from privguard.ui.forms import FieldEditor, message_of
from privguard.ui.i18n import LANGUAGES, choice_label, current_language, error_text, moment, words
from privguard.ui.save_path import ask_save_path, with_suffix
from privguard.ui.style import ERROR_CSS, HINT_CSS


def item_label(code: str) -> str:
    """An Art. 33(3) item ("the likely consequences of the breach") in the window's language."""
    item = breach_notice.ITEMS.get(code)
    return words().gettext(item.label) if item else code


class BreachTypesEditor(FieldEditor):
    """Confidentiality, integrity, availability: a check box each, several may apply."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for kind in BreachType:
            check = QCheckBox(choice_label(kind.value), box)
            self.boxes[kind.value] = check
            layout.addWidget(check)
        layout.addStretch(1)
        super().__init__(field, box)

    def raw(self) -> Any:
        return [code for code, check in self.boxes.items() if check.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for code, check in self.boxes.items():
            check.setChecked(code in chosen)

    def connect(self, callback: Callable[[], None]) -> None:
        for check in self.boxes.values():
            check.toggled.connect(lambda _on: callback())

    def focus(self) -> None:
        next(iter(self.boxes.values())).setFocus()


class PhaseDialog(QDialog):
    """One phase of the notification: when it was sent, its reference, what it added and
    which Art. 33(3) items it says will follow."""

    def __init__(self, phase: dict[str, Any] | None = None, *, first: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Initial notification") if first
                            else self.tr("Notification phase"))
        phase = phase or {}
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        at = breach_notice.parse_time(phase.get("at")) or datetime.now(UTC)
        local = at.astimezone()
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)))
        self.reference = QLineEdit(phase.get("reference") or "", self)
        self.reference.setMaxLength(breach_notice.REFERENCE_LIMIT)
        self.added = QPlainTextEdit(phase.get("added") or "", self)
        self.added.setTabChangesFocus(True)
        self.added.setFixedHeight(self.added.fontMetrics().lineSpacing() * 4 + 12)
        follows = QGroupBox(self.tr("Still to follow (Art. 33(4))"), self)
        column = QVBoxLayout(follows)
        self.follows: dict[str, QCheckBox] = {}
        chosen = set(phase.get("follows") or [])
        for code in breach_notice.FOLLOWABLE:
            check = QCheckBox(item_label(code), follows)
            check.setChecked(code in chosen)
            self.follows[code] = check
            column.addWidget(check)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_CSS)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sent at"), self.when)
        form.addRow(self.tr("Authority's reference"), self.reference)
        form.addRow(self.tr("What it added"), self.added)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(follows)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def value(self) -> dict[str, Any]:
        at = self.when.dateTime().toPython().astimezone()
        return {"at": at.isoformat(), "reference": self.reference.text().strip(),
                "added": self.added.toPlainText().strip(),
                "follows": [c for c, check in self.follows.items() if check.isChecked()]}

    def try_accept(self) -> bool:
        problem = breach_notice.phases_problem([self.value()])
        if problem:
            self.error.setText(message_of(ValidationError(problem, "phases")))
            self.error.show()
            return False
        self.accept()
        return True


class PhasesBox(QWidget):
    """The phases' table and its buttons (the widget of PhasesEditor)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(140)
        self.table.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Sent at"),
                                              self.tr("Reference"),
                                              self.tr("What it added / still to follow")])
        self.add_button = QPushButton(self.tr("Add phase…"), self)
        self.add_button.setToolTip(self.tr("The first phase is the initial notification; later "
                                           "ones give what could not be given at once "
                                           "(Art. 33(4))."))
        self.edit_button = QPushButton(self.tr("Edit phase…"), self)
        self.remove_button = QPushButton(self.tr("Remove phase"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def fill(self, phases: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(phases))
        for row, phase in enumerate(phases):
            name = (self.tr("Initial notification") if row == 0
                    else self.tr("Follow-up {n}").format(n=row))
            at = breach_notice.parse_time(phase.get("at"))
            details = phase.get("added") or ""
            if phase.get("follows"):
                details = "; ".join(filter(None, [details, self.tr("to follow: {items}").format(
                    items=", ".join(item_label(c) for c in phase["follows"]))]))
            for column, text in enumerate((name, moment(at) if at else "",
                                           phase.get("reference") or "", details)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


class PhasesEditor(FieldEditor):
    """The notification's phases, oldest first, in a small table with Add, Edit and Remove."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        box = PhasesBox(parent)
        super().__init__(field, box)
        self.box = box
        self._phases: list[dict[str, Any]] = []
        self._callbacks: list[Callable[[], None]] = []
        box.add_button.clicked.connect(lambda: self.add_phase())
        box.edit_button.clicked.connect(lambda: self.edit_phase())
        box.remove_button.clicked.connect(lambda: self.remove_phase())
        box.table.itemSelectionChanged.connect(self._update_buttons)
        box.table.doubleClicked.connect(lambda _index: self.edit_phase())
        self._fill()

    # -- the value ------------------------------------------------------------------------

    def raw(self) -> Any:
        return [dict(p) for p in self._phases]

    def set_value(self, value: Any) -> None:
        self._phases = [dict(p) for p in value or [] if isinstance(p, dict)]
        self._fill()

    def connect(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def _changed(self) -> None:
        self._phases = breach_notice.normalise_phases(self._phases)
        self._fill()
        for callback in self._callbacks:
            callback()

    def _fill(self) -> None:
        self.box.fill(self._phases)
        self._update_buttons()

    def _update_buttons(self) -> None:
        table = self.box.table
        selected = table.currentRow() >= 0 and bool(table.selectedItems())
        self.box.edit_button.setEnabled(selected)
        self.box.remove_button.setEnabled(selected)

    # -- editing --------------------------------------------------------------------------

    def add_phase(self) -> None:
        dialog = PhaseDialog(first=not self._phases, parent=self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._phases.append(dialog.value())
            self._changed()

    def edit_phase(self) -> None:
        row = self.box.table.currentRow()
        if not 0 <= row < len(self._phases):
            return
        dialog = PhaseDialog(self._phases[row], first=row == 0, parent=self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._phases[row] = dialog.value()
            self._changed()

    def remove_phase(self) -> None:
        row = self.box.table.currentRow()
        if 0 <= row < len(self._phases):
            del self._phases[row]
            self._changed()


class NotificationDraftDialog(QDialog):
    """The notification draft of an incident's breach, in the authority's language."""

    def __init__(self, ctx: Any, incident_id: int, *, unsaved: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id = incident_id
        self.setWindowTitle(self.tr("Notification draft"))
        self.resize(760, 640)
        intro = QLabel(self.tr("What Art. 33(3) asks, from the saved breach assessment, to copy "
                               "into the supervisory authority's form. Check it before you "
                               "send it."), self)
        intro.setWordWrap(True)
        self.unsaved = QLabel(self.tr("The assessment has unsaved changes: they are not in the "
                                      "draft until you save them."), self)
        self.unsaved.setWordWrap(True)
        self.unsaved.setStyleSheet(ERROR_CSS)
        self.unsaved.setVisible(unsaved)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        top = QHBoxLayout()
        language_label = QLabel(self.tr("The authority's language"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the draft; the clipboard is cleared after "
                                            "30 seconds if it still holds it"))
        self.save_button = QPushButton(self.tr("Save as text…"), self)
        self.pdf_button = QPushButton(self.tr("Signed PDF in Reports…"), self)
        self.copy_button.clicked.connect(lambda: self.copy())
        self.save_button.clicked.connect(lambda: self.save_text())
        self.pdf_button.clicked.connect(lambda: self.open_in_reports())
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unsaved)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.load()

    def lang(self) -> str:
        return self.language.currentData() or "en"

    def load(self) -> None:
        try:
            draft = self.ctx.ws.reporting.notification_text(self.incident_id, lang=self.lang())
        except PrivGuardError as exc:
            self.text.setPlainText("")
            self._say(error_text(exc), error=True)
            return
        self.text.setPlainText(draft)
        self._say("")

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_CSS if error else HINT_CSS)
        self.status.setText(text)

    def copy(self) -> None:
        self.ctx.clipboard.copy(self.text.toPlainText())
        self._say(self.tr("Copied. The clipboard is cleared after 30 seconds if it still holds "
                          "the draft."))

    def suggested_name(self) -> str:
        return f"breach-notification-{self.incident_id}-{self.lang()}.txt"

    def save_text(self, path: Path | None = None) -> None:
        if path is None:
            path = ask_save_path(self, self.tr("Save the notification draft"),
                                 Path.home() / self.suggested_name(),
                                 self.tr("Text files (*.txt)"), ".txt")
            if path is None:
                return
        path = with_suffix(path, ".txt")
        try:
            outcome = self.ctx.ws.reporting.export("notification", path, lang=self.lang(),
                                                   subject_id=self.incident_id)
        except (PrivGuardError, OSError) as exc:
            self._say(error_text(exc) if isinstance(exc, PrivGuardError) else str(exc),
                      error=True)
            return
        self._say(self.tr("Saved to {path}. It is outside the encrypted register: keep it and "
                          "share it as confidential.").format(path=str(outcome.path)))

    def open_in_reports(self) -> None:
        self.accept()
        self.ctx.navigate("reports", kind="notification", id=self.incident_id)


def missing_text(missing: list[breach_notice.Missing]) -> str:
    """The missing items as the incident area lists them, in the window's language."""
    return "\n".join(f"• {m.phrase().say(words())}" for m in missing)


def problem_of(values: dict[str, Any], changed: set[str] | None) -> tuple[str, str] | None:
    """The first rule of Art. 33 a save would break, as (field, message) for the form."""
    try:
        found = breach_notice.problems(values, changed)
    except (TypeError, ValueError, AttributeError):
        return None
    if not found:
        return None
    return found[0].field or "authority_notified_at", message_of(found[0])
