"""The response options of a live incident: the alternatives the business weighs.

Each option is edited in a dialog that validates as the user types (the same
field checks as the service, plus low ≤ most likely ≤ high for the ranges);
"Weigh the options…" hands over to the Decisions area, which prices them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import entities as specs
from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.domain.rows import RowSet
from privguard.domain.schema import Field
from privguard.ui.areas.incident.common import FormDialog, fit_columns, table_view
from privguard.ui.editor_area import error_text
from privguard.ui.forms import EntityForm, FieldEditor
from privguard.ui.i18n import field_label, number, percent
from privguard.ui.style import HINT_CSS
from privguard.ui.tables import RowTableModel

RANGE_KEYS = ("low", "mode", "high")
# The option fields of incident mode (yearly cost and effects on frequency belong to risks).
OPTION_LAYOUT = ["name", "orientation", "description", "cost_one_off", "cost_per_incident",
                 "downtime_hours", "containment_hours", "data_loss_hours",
                 "reinfection_probability", "reinfection_downtime_hours",
                 "reinfection_delay_hours", "evidence_preserved", "side_risks"]
RANGE_FIELDS = ("downtime_hours", "containment_hours", "data_loss_hours",
                "reinfection_downtime_hours", "reinfection_delay_hours")


class RangeEditor(FieldEditor):
    """Low, most likely and high hours (a PERT range); all three empty means not known."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        titles = (QCoreApplication.translate("RangeEditor", "low"),
                  QCoreApplication.translate("RangeEditor", "most likely"),
                  QCoreApplication.translate("RangeEditor", "high"))
        for title in titles:
            edit = QLineEdit(box)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setPlaceholderText(title)
            edit.setAccessibleName(f"{field_label(field.label)}: {title}")
            edit.setToolTip(title)
            row.addWidget(edit, 1)
            self.edits.append(edit)
        row.addWidget(QLabel(QCoreApplication.translate("RangeEditor", "h"), box))
        # What the three boxes do not show (a uniform or lognormal range, a PERT's shape) is
        # kept as it was, so editing the numbers never turns one kind of range into another.
        self._extra: dict[str, Any] = {}
        super().__init__(field, box)

    def raw(self) -> Any:
        texts = tuple(e.text().strip() for e in self.edits)
        return None if not any(texts) else texts

    def clean(self) -> Any:
        texts = self.raw()
        if texts is None:
            return self.field.clean(None)
        values = {}
        for key, text in zip(RANGE_KEYS, texts, strict=True):
            if key == "mode" and not text and self._extra.get("dist") in ("uniform", "lognormal"):
                continue
            value, ok = QLocale().toDouble(text)
            if not ok:
                raise ValidationError(
                    QCoreApplication.translate(
                        "RangeEditor", "{label}: give the low, most likely and high hours as numbers.")
                    .format(label=field_label(self.field.label)), self.field.name)
            values[key] = value
        return self.field.clean({**self._extra, **values})

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in value.items() if k not in RANGE_KEYS}
        for edit, key in zip(self.edits, RANGE_KEYS, strict=True):
            number_ = value.get(key)
            edit.setText("" if number_ is None
                         else f"{float(number_):.6g}".replace(".", QLocale().decimalPoint()))

    def connect(self, callback: Callable[[], None]) -> None:
        for edit in self.edits:
            edit.textChanged.connect(lambda _t: callback())

    def focus(self) -> None:
        self.edits[0].setFocus(Qt.FocusReason.OtherFocusReason)


def range_key(value: Any) -> tuple[float, ...] | None:
    """A range as a (low, most likely, high) tuple: hashable, so the table can cache its text."""
    if not isinstance(value, dict):
        return None
    return tuple(float(value[k]) for k in RANGE_KEYS if value.get(k) is not None)


def range_text(value: tuple[float, ...] | None) -> str:
    if not value:
        return ""
    return " – ".join(number(v, 1 if v % 1 else 0) for v in value)


class OptionDialog(FormDialog):
    def __init__(self, ctx: Any, incident_id: int, option_id: int | None,
                 parent: QWidget | None = None):
        spec = specs.RESPONSE_OPTION
        form = EntityForm(spec, OPTION_LAYOUT, editors={
            name: RangeEditor(spec.field(name)) for name in RANGE_FIELDS})
        hint = QLabel(QCoreApplication.translate(
            "OptionDialog", "Re-infection probability is a number from 0 to 1 (0.35 = 35 %). "
                            "Ranges are hours: low ≤ most likely ≤ high."), form)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_CSS)
        form.layout().insertWidget(1, hint)
        options = ctx.workspace.options

        def write(values: dict[str, Any]) -> int:
            if option_id is None:
                return options.create(incident_id=incident_id, **values)
            options.update(option_id, **values)
            return option_id

        title = (QCoreApplication.translate("OptionDialog", "New response option") if option_id is None
                 else QCoreApplication.translate("OptionDialog", "Edit response option"))
        super().__init__(title, form, write, parent)
        if option_id is not None:
            form.set_values(options.get(option_id))
        self.resize(620, 640)


class OptionsTab(QWidget):
    """This incident's options, with add, edit, delete and "Weigh the options…"."""

    weighRequested = Signal(int)

    def __init__(self, ctx: Any, on_changed: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self._on_changed = on_changed
        self.model = RowTableModel(self, currency=lambda: ctx.currency)
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(self.tr("Response options"))
        self.view.doubleClicked.connect(lambda _i: self.edit_option())
        self.view.activated.connect(lambda _i: self.edit_option())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_CSS)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.weigh_button = QPushButton(self.tr("Weigh the options…"), self)
        self.weigh_button.setToolTip(self.tr("Compare the options in business terms and decide"))
        self.add_button.clicked.connect(self.add_option)
        self.edit_button.clicked.connect(self.edit_option)
        self.delete_button.clicked.connect(self.delete_option)
        self.weigh_button.clicked.connect(self._weigh)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.weigh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.load(None)

    def headers(self) -> dict[str, str]:
        return {"name": field_label("Name"), "orientation": field_label("Orientation"),
                "cost_one_off": self.tr("One-off cost"), "cost_per_incident": self.tr("Per incident"),
                "downtime_hours": self.tr("Downtime (h)"), "data_loss_hours": self.tr("Data lost (h)"),
                "reinfection_probability": self.tr("Re-infection"),
                "evidence_preserved": self.tr("Evidence kept")}

    def load(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        if incident_id is None or self.ctx.ws is None:
            self.model.clear()
            self.note.setText(self.tr("Response options can be added once the incident is saved."))
            self._update_buttons()
            return
        options = self.ctx.ws.options
        ids = options.for_incident(incident_id).column("id")
        # An incident has a handful of options: read each whole for its ranges and chances.
        full = [options.get(i) for i in ids]
        columns = ("id", *self.headers())
        rows = RowSet(columns, [tuple(range_key(o.get(c)) if c in RANGE_FIELDS else o.get(c)
                                      for c in columns) for o in full])
        yes, no = self.tr("Yes"), self.tr("No")
        self.model.set_rows(rows, self.headers(), formats={
            "orientation": "choice", "cost_one_off": "money", "cost_per_incident": "money",
            "downtime_hours": range_text, "data_loss_hours": range_text,
            "reinfection_probability": percent,
            "evidence_preserved": lambda v: yes if v else no})
        fit_columns(self.view)
        self.note.setText(
            self.tr("{n} options. Weigh them to see which one the business should take.").format(
                n=len(full)) if len(full) > 1 else
            self.tr("Add the alternatives (IT-centric and business-centric) to weigh them."))
        self._update_buttons()

    def current_option(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        ready = self.incident_id is not None and self.ctx.ws is not None
        chosen = ready and self.current_option() is not None
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.weigh_button.setEnabled(ready and self.model.rowCount() > 0)

    def _open(self, option_id: int | None) -> bool:
        if self.incident_id is None or self.ctx.ws is None:
            return False
        dialog = OptionDialog(self.ctx, self.incident_id, option_id, self)
        if not dialog.exec():
            return False
        self.load(self.incident_id)
        row = self.model.view_row_of(dialog.result_value)
        if row is not None:
            self.view.selectRow(row)
        self._on_changed()
        return True

    def add_option(self) -> bool:
        return self._open(None)

    def edit_option(self) -> bool:
        option_id = self.current_option()
        return option_id is not None and self._open(option_id)

    def delete_option(self) -> None:
        option_id = self.current_option()
        if option_id is None or self.ctx.ws is None:
            return
        name = self.model.row_dict(self.view.currentIndex().row())["name"]
        answer = QMessageBox.question(
            self, self.tr("Delete option"),
            self.tr("Delete the option “{name}”? This cannot be undone (the audit trail keeps a "
                    "record).").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.ws.options.delete(option_id)
        except PrivGuardError as exc:
            QMessageBox.warning(self, self.tr("Delete option"), error_text(exc))
            return
        self.load(self.incident_id)
        self._on_changed()

    def _weigh(self) -> None:
        if self.incident_id is not None:
            self.weighRequested.emit(self.incident_id)

    def clear(self) -> None:
        self.incident_id = None
        self.model.clear()
        self.note.setText("")
        self._update_buttons()
