"""Register-wide settings: organisation, risk matrix, breach deadline, auto-lock, language, keys.

The form is checked as the user types, with the reason next to the field, and
saved only as a whole (Save) or dropped (Revert). The language applies at
once, and key slots change at once, because neither is a draft worth keeping.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.forms import message_of
from privguard.ui.i18n import LANGUAGES, matrix_label
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.widgets.keyslots import KeySlotsPanel, user_message

#: The controller block of the record of processing (Art. 30(1)(a)) and the longest text
#: each field takes (as the register's settings check them).
CONTROLLER_FIELDS = {"controller_address": 2000, "controller_email": 300,
                     "controller_phone": 100, "dpo_name": 300, "dpo_contact": 2000,
                     "eu_representative": 2000}
#: The board meeting date shown as "Not set".
NO_DATE = QDate(2000, 1, 1)
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "MXN", "ARS",
              "CLP", "COP")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_CSS)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class SettingsArea(Area):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._matrix: RiskMatrix | None = None  # the saved matrix (codes, colours, bands)
        self._saved: dict[str, Any] | None = None
        self._restore: dict[str, Any] | None = None
        self._loading = False
        self._dirty = False
        self.errors: dict[str, QLabel] = {}
        self.likelihood_edits: list[QLineEdit] = []
        self.impact_edits: list[QLineEdit] = []
        self.threshold_spins: list[QSpinBox] = []
        self.threshold_labels: list[QLabel] = []
        self._build()
        self._retranslate()
        ctx.changed.connect(self._on_changed)

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.lineEdit().setMaxLength(3)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_note = QLabel()
        self.language_note.setStyleSheet(HINT_CSS)
        self.language_note.setWordWrap(True)
        self.breach_hours = QSpinBox()
        self.breach_hours.setObjectName("breachHours")
        self.breach_hours.setRange(1, 720)
        for widget in (self.currency, self.language):
            widget.setMaximumWidth(220)
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLock")
        self.auto_lock.setRange(1, 240)
        self.appetite = QSpinBox()
        self.appetite.setObjectName("appetite")
        self.appetite.setRange(1, 25)
        self.appetite.setMaximumWidth(120)
        # The controller block of the record of processing, and the last board meeting.
        self.controller_edits: dict[str, QLineEdit] = {}
        for key, limit in CONTROLLER_FIELDS.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaxLength(limit)
            self.controller_edits[key] = edit
        self.board_meeting = QDateEdit(calendarPopup=True)
        self.board_meeting.setObjectName("lastBoardMeeting")
        self.board_meeting.setDisplayFormat("yyyy-MM-dd")
        self.board_meeting.setMinimumDate(NO_DATE)
        self.board_meeting.setMaximumWidth(220)
        # The step and level editors get theirs when the matrix is known (_build_matrix_fields).
        for key in ("organisation", "currency", "breach_deadline_hours", "auto_lock_minutes",
                    "appetite", "matrix", *CONTROLLER_FIELDS, "last_board_meeting"):
            self.errors[key] = _error_label()
            self.errors[key].setObjectName(f"error_{key}")

        self.general_box = QGroupBox()
        self.general_form = QFormLayout(self.general_box)
        self._row(self.general_form, "organisation", self.organisation)
        self._row(self.general_form, "currency", self.currency)
        self.general_form.addRow(QLabel(), self.language)
        self.general_form.addRow("", self.language_note)

        self.safety_box = QGroupBox()
        self.safety_form = QFormLayout(self.safety_box)
        self._row(self.safety_form, "breach_deadline_hours", self.breach_hours)
        self._row(self.safety_form, "auto_lock_minutes", self.auto_lock)
        self._row(self.safety_form, "last_board_meeting", self.board_meeting)

        self.controller_box = QGroupBox()
        self.controller_intro = QLabel()
        self.controller_intro.setWordWrap(True)
        self.controller_intro.setStyleSheet(HINT_CSS)
        self.controller_form = QFormLayout(self.controller_box)
        self.controller_form.addRow(self.controller_intro)
        for key, edit in self.controller_edits.items():
            self._row(self.controller_form, key, edit)

        self.matrix_box = QGroupBox()
        self.matrix_intro = QLabel()
        self.matrix_intro.setWordWrap(True)
        self.matrix_intro.setStyleSheet(HINT_CSS)
        self.likelihood_box, self.impact_box, self.levels_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.likelihood_form = QFormLayout(self.likelihood_box)
        self.impact_form = QFormLayout(self.impact_box)
        self.levels_form = QFormLayout(self.levels_box)
        self.appetite_hint = QLabel()
        self.appetite_hint.setStyleSheet(HINT_CSS)
        self.appetite_hint.setWordWrap(True)
        axes = QGridLayout()
        axes.addWidget(self.likelihood_box, 0, 0)
        axes.addWidget(self.impact_box, 0, 1)
        axes.addWidget(self.levels_box, 0, 2)
        matrix_lay = QVBoxLayout(self.matrix_box)
        matrix_lay.addWidget(self.matrix_intro)
        matrix_lay.addLayout(axes)
        self.appetite_form = QFormLayout()
        self.appetite_form.addRow(QLabel(), self.appetite)
        self.appetite_form.addRow("", self.appetite_hint)
        self.appetite_form.addRow("", self.errors["appetite"])
        matrix_lay.addLayout(self.appetite_form)
        matrix_lay.addWidget(self.errors["matrix"])

        self.slots_box = QGroupBox()
        self.slots = KeySlotsPanel(self.ctx)
        QVBoxLayout(self.slots_box).addWidget(self.slots)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revert")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.discard)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)
        grid.addWidget(self.general_box, 0, 0)
        grid.addWidget(self.safety_box, 0, 1)
        grid.addWidget(self.controller_box, 1, 0, 1, 2)
        grid.addWidget(self.matrix_box, 2, 0, 1, 2)
        grid.addWidget(self.slots_box, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 8)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(bar)

        for edit in (self.organisation, self.currency.lineEdit(), *self.controller_edits.values()):
            edit.textChanged.connect(self._edited)
        self.board_meeting.dateChanged.connect(self._edited)
        for spin in (self.breach_hours, self.auto_lock, self.appetite):
            spin.valueChanged.connect(self._edited)
        self.language.activated.connect(self._language_chosen)
        self._update_buttons()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.errors[key])
        form.addRow(QLabel(), box)

    def _label_of(self, form: QFormLayout, row: int) -> QLabel:
        return form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()

    def _retranslate(self) -> None:
        self.general_box.setTitle(self.tr("Organisation"))
        self._label_of(self.general_form, 0).setText(self.tr("Name:"))
        self._label_of(self.general_form, 1).setText(self.tr("Currency:"))
        self._label_of(self.general_form, 2).setText(self.tr("Register's language:"))
        self.language_note.setText(self.tr(
            "The language reports are made in unless you choose another when exporting. "
            "Choosing it here also switches this window at once; each person's window "
            "otherwise follows their own computer."))
        self.safety_box.setTitle(self.tr("Deadlines and safety"))
        self._label_of(self.safety_form, 0).setText(self.tr("Breach notification deadline:"))
        self._label_of(self.safety_form, 1).setText(self.tr("Lock after inactivity:"))
        self._label_of(self.safety_form, 2).setText(self.tr("Last board meeting:"))
        self.board_meeting.setSpecialValueText(self.tr("Not set"))
        self.board_meeting.setToolTip(self.tr("The board report says what changed since this "
                                              "date (90 days when it is not set)."))
        self.controller_box.setTitle(self.tr("Controller (record of processing, Art. 30)"))
        self.controller_intro.setText(self.tr(
            "Printed first in the record of processing activities: how the supervisory "
            "authority reaches the organisation, its data protection officer and its "
            "representative in the EU. Leave a field empty while it is not known: the record "
            "says \"Not recorded\"."))
        labels = {"controller_address": self.tr("Address:"),
                  "controller_email": self.tr("E-mail:"),
                  "controller_phone": self.tr("Telephone:"),
                  "dpo_name": self.tr("Data protection officer:"),
                  "dpo_contact": self.tr("DPO's contact details:"),
                  "eu_representative": self.tr("Representative in the EU (Art. 27):")}
        for row, key in enumerate(self.controller_edits, start=1):
            self._label_of(self.controller_form, row).setText(labels[key])
        self.controller_edits["eu_representative"].setPlaceholderText(
            self.tr("None, or not applicable when the organisation is established in the EU"))
        self.breach_hours.setSuffix(self.tr(" h"))
        self.breach_hours.setToolTip(self.tr("GDPR Art. 33: 72 hours after becoming aware; "
                                             "some laws use other deadlines."))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.matrix_box.setTitle(self.tr("Risk matrix"))
        self.matrix_intro.setText(self.tr(
            "A cell's score is likelihood × impact. Levels start at the score shown; the "
            "appetite is the highest score accepted without treatment."))
        self.likelihood_box.setTitle(self.tr("Likelihood steps"))
        self.impact_box.setTitle(self.tr("Impact steps"))
        self.levels_box.setTitle(self.tr("Levels start at score"))
        self._label_of(self.appetite_form, 0).setText(self.tr("Risk appetite:"))
        self.slots_box.setTitle(self.tr("Key slots"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.slots.retranslate()
        self._update_appetite_hint()
        if self._saved is not None:
            self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _build_matrix_fields(self, matrix: RiskMatrix) -> None:
        """One editor per likelihood and impact step and per level, for this matrix's size."""
        for form in (self.likelihood_form, self.impact_form, self.levels_form):
            while form.rowCount():
                form.removeRow(0)
        self.likelihood_edits, self.impact_edits = [], []
        self.threshold_spins, self.threshold_labels = [], []
        for form, labels, edits, key in (
                (self.likelihood_form, matrix.likelihood_labels, self.likelihood_edits,
                 "likelihood_labels"),
                (self.impact_form, matrix.impact_labels, self.impact_edits, "impact_labels")):
            for n, _label in enumerate(labels, start=1):
                edit = QLineEdit()
                edit.setObjectName(f"{key}_{n}")
                edit.textChanged.connect(self._edited)
                form.addRow(f"{n}", edit)
                edits.append(edit)
            self.errors[key] = _error_label()
            form.addRow(self.errors[key])
        for n, level in enumerate(matrix.levels):
            spin = QSpinBox()
            spin.setObjectName(f"level_{level.code}")
            spin.setRange(1, matrix.max_score)
            spin.setEnabled(n > 0)  # the first level starts at 1, so every cell has a level
            spin.valueChanged.connect(self._edited)
            label = QLabel(matrix_label(level.label))
            self.levels_form.addRow(label, spin)
            self.threshold_spins.append(spin)
            self.threshold_labels.append(label)
        self.errors["levels"] = _error_label()
        self.levels_form.addRow(self.errors["levels"])
        self.appetite.setRange(1, matrix.max_score)

    # -- values -------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation.text().strip(),
            "currency": self.currency.currentText().strip().upper(),
            "breach_deadline_hours": float(self.breach_hours.value()),
            "auto_lock_minutes": self.auto_lock.value(),
            **{key: edit.text().strip() for key, edit in self.controller_edits.items()},
            "last_board_meeting": "" if self.board_meeting.date() == NO_DATE
            else self.board_meeting.date().toPython().isoformat(),
            "likelihood_labels": [e.text().strip() for e in self.likelihood_edits],
            "impact_labels": [e.text().strip() for e in self.impact_edits],
            "thresholds": [s.value() for s in self.threshold_spins],
            "appetite": self.appetite.value(),
        }

    def _put(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.organisation.setText(values["organisation"])
            self.currency.setCurrentText(values["currency"])
            self.breach_hours.setValue(round(values["breach_deadline_hours"]))
            self.auto_lock.setValue(values["auto_lock_minutes"])
            for key, edit in self.controller_edits.items():
                edit.setText(values.get(key) or "")
            meeting = values.get("last_board_meeting") or ""
            self.board_meeting.setDate(QDate.fromString(meeting, "yyyy-MM-dd") if meeting
                                       else NO_DATE)
            for edits, key in ((self.likelihood_edits, "likelihood_labels"),
                               (self.impact_edits, "impact_labels")):
                for edit, text in zip(edits, values[key], strict=False):
                    edit.setText(text)
            for spin, score in zip(self.threshold_spins, values["thresholds"], strict=False):
                spin.setValue(score)
            self.appetite.setValue(values["appetite"])
        finally:
            self._loading = False
        self._edited()

    def _matrix_from(self, values: dict[str, Any]) -> RiskMatrix:
        saved = self._matrix.to_dict()
        levels = [{**level, "min_score": score}
                  for level, score in zip(saved["levels"], values["thresholds"], strict=True)]
        return RiskMatrix.from_dict({**saved, "likelihood_labels": values["likelihood_labels"],
                                     "impact_labels": values["impact_labels"],
                                     "levels": levels, "appetite": values["appetite"]})

    def _validate(self) -> dict[str, str]:
        """Problems by field (empty when the form can be saved), shown next to each field."""
        problems: dict[str, str] = {}
        if self._saved is None:
            return problems
        values = self._values()
        if not values["organisation"]:
            problems["organisation"] = self.tr("Give the organisation's name; it heads every "
                                               "report.")
        if not _CURRENCY_RE.match(values["currency"]):
            problems["currency"] = self.tr("A three-letter currency code, such as EUR.")
        email = values["controller_email"]
        if email and ("@" not in email or " " in email):
            problems["controller_email"] = self.tr("An e-mail address such as "
                                                   "privacy@example.org.")
        for key, edits in (("likelihood_labels", self.likelihood_edits),
                           ("impact_labels", self.impact_edits)):
            if any(not e.text().strip() for e in edits):
                problems[key] = self.tr("Every step needs a name.")
        if not problems.keys() & {"likelihood_labels", "impact_labels"}:
            try:
                self._matrix_from(values)
            except ValidationError as exc:
                key = exc.field if exc.field in self.errors else "matrix"
                problems[key] = message_of(exc)
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        return problems

    def _update_appetite_hint(self) -> None:
        if self._matrix is None:
            self.appetite_hint.clear()
            return
        rows, cols = self._matrix.size
        self.appetite_hint.setText(self.tr(
            "Risks scoring more than {appetite} (of {max_score}) need treatment or an explicit "
            "acceptance.").format(appetite=self.appetite.value(), max_score=rows * cols))

    def _edited(self, *_args: Any) -> None:
        if self._loading or self._saved is None:
            return
        self._validate()
        self._update_appetite_hint()
        dirty = self._values() != self._saved
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        self._update_buttons()
        if dirty:
            self.status.clear()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    # -- Area ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            self.clear()
            return
        self.slots.reload()
        if self._dirty:
            return  # never overwrite what the user is typing
        self._load(ws.settings.all())
        if self._restore is not None:
            edits, self._restore = self._restore, None
            self._put(edits)

    def _load(self, settings: dict[str, Any]) -> None:
        matrix = RiskMatrix.from_dict(settings["matrix"])
        if self._matrix is None or self._matrix.size != matrix.size or \
                [lv.code for lv in self._matrix.levels] != [lv.code for lv in matrix.levels]:
            self._build_matrix_fields(matrix)
        self._matrix = matrix
        saved = {
            "organisation": settings["organisation"],
            "currency": settings["currency"],
            "breach_deadline_hours": float(settings["breach_deadline_hours"]),
            "auto_lock_minutes": int(settings["auto_lock_minutes"]),
            **{key: settings.get(key) or "" for key in CONTROLLER_FIELDS},
            "last_board_meeting": settings.get("last_board_meeting") or "",
            "likelihood_labels": list(matrix.likelihood_labels),
            "impact_labels": list(matrix.impact_labels),
            "thresholds": [lv.min_score for lv in matrix.levels],
            "appetite": matrix.appetite,
        }
        self._saved = saved
        self._loading = True
        index = self.language.findData(settings["language"])
        self.language.setCurrentIndex(max(index, 0))
        self._loading = False
        self._put(saved)

    def clear(self) -> None:
        self._loading = True
        try:
            self.organisation.clear()
            for edit in self.controller_edits.values():
                edit.clear()
            self.board_meeting.setDate(NO_DATE)
            self.currency.setCurrentText("")
            for edit in (*self.likelihood_edits, *self.impact_edits):
                edit.clear()
        finally:
            self._loading = False
        self._saved = None
        self._matrix = None
        if self._dirty:
            self._dirty = False
            self.dirtyChanged.emit(False)
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.slots.clear()
        self.status.clear()
        self._update_buttons()

    def has_unsaved(self) -> bool:
        return self._dirty

    def pending_edits(self) -> dict[str, Any] | None:
        return self._values() if self._dirty else None

    def restore_edits(self, edits: Any) -> None:
        if not edits:
            return
        if self._saved is None:
            self._restore = dict(edits)  # put back once the next refresh has loaded the register
        else:
            self._put(dict(edits))

    def discard(self) -> None:
        if self._saved is not None:
            self._put(self._saved)
        self.status.clear()

    def save(self) -> bool:
        ws = self.ctx.ws
        if ws is None or self._saved is None:
            return False
        problems = self._validate()
        if problems:
            self.status.setStyleSheet(ERROR_CSS)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        if not self._dirty:
            return True
        values = self._values()
        changes: dict[str, Any] = {}
        for key in ("organisation", "currency", "breach_deadline_hours", "auto_lock_minutes",
                    *CONTROLLER_FIELDS, "last_board_meeting"):
            if values[key] != self._saved[key]:
                changes[key] = values[key]
        matrix_keys = ("likelihood_labels", "impact_labels", "thresholds", "appetite")
        if any(values[k] != self._saved[k] for k in matrix_keys):
            changes["matrix"] = self._matrix_from(values).to_dict()
        try:
            with ws.transaction():
                for key, value in changes.items():
                    ws.settings.set(key, value)
        except ValidationError as exc:
            key = exc.field if exc.field in self.errors else "matrix"
            self.errors[key].setText(message_of(exc))
            self.errors[key].setVisible(True)
            self.status.setStyleSheet(ERROR_CSS)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        except PrivGuardError as exc:
            self.status.setStyleSheet(ERROR_CSS)
            self.status.setText(user_message(exc))
            return False
        self._dirty = False
        self._load(ws.settings.all())
        self.dirtyChanged.emit(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Settings saved."))
        self.ctx.notify_changed("settings")
        self.ctx.message.emit(self.tr("Settings saved."))
        return True

    # -- language -----------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        ws = self.ctx.ws
        code = self.language.currentData()
        if ws is None or self._loading or code == ws.settings.get("language"):
            return
        try:
            ws.settings.set("language", code)
        except PrivGuardError as exc:
            self.language_note.setText(user_message(exc))
            return
        if not self.ctx.language.apply(code):
            self.ctx.message.emit(self.tr("The translation for {language} is not installed.")
                                  .format(language=LANGUAGES[code]))
        self.ctx.changed.emit("language")

    def _on_changed(self, entity: str) -> None:
        # Another part of the window changed settings (or the register): reload unless editing.
        if entity == "settings" and not self._dirty and self.ctx.ws is not None \
                and self._saved is not None:
            self._load(self.ctx.ws.settings.all())
