"""Weigh the response options of a risk or a live incident, decide, and see past decisions.

Every edit of an option's inputs re-runs the analysis off the GUI thread with
the same seed, so a change in the figures comes from the edit, not from noise;
a result that arrives after a newer edit is dropped.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.i18n import choice_label, error_text
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.tables import TablePane
from privguard.ui.widgets.analysis_view import AnalysisView
from privguard.ui.widgets.option_inputs import OptionInputs

WHAT_IF_CSS = "color: #9a6700; font-weight: bold;"  # amber, readable on light and dark


class DecideDialog(QDialog):
    def __init__(self, options: list[tuple[int, str]], recommended: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide"))
        self.option = QComboBox()
        self.option.setObjectName("option")
        for option_id, name in options:
            self.option.addItem(name, option_id)
        if recommended is not None:
            self.option.setCurrentIndex(max(0, self.option.findData(recommended)))
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setPlaceholderText(self.tr("Why this option: the business reasons, the "
                                                  "risks accepted, what happens next."))
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(ERROR_CSS)
        note = QLabel(self.tr("The decision is recorded in your name with the figures shown, "
                              "the seed and the inputs, and cannot be edited afterwards."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_CSS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Chosen option:"), self.option)
        form.addRow(self.tr("Rationale:"), self.rationale)
        form.addRow("", self.problem)
        form.addRow(note)
        form.addRow(self.buttons)
        self.resize(520, 360)

    def _accept(self) -> None:
        if not self.rationale.toPlainText().strip():
            self.problem.setText(self.tr("Write the rationale: it is what the auditor will read."))
            self.rationale.setFocus()
            return
        self.accept()


class DecisionsArea(Area):
    key = "decisions"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.inputs: dict[str, Any] | None = None
        self.saved_inputs: dict[str, Any] | None = None
        self.result: Any = None
        self.seed: int | None = None
        self._wanted: tuple[str, int] | None = None
        self._pending_restore: dict[str, Any] | None = None

        self.subject = QComboBox()
        self.subject.setObjectName("subject")
        self.subject.setMinimumWidth(380)
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self.busy = QLabel()
        self.busy.setStyleSheet(HINT_CSS)
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.decide_button.setObjectName("decide")
        self.decide_button.setEnabled(False)
        self.decide_button.clicked.connect(self.decide)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Weigh the options of:")))
        top.addWidget(self.subject, 1)
        top.addWidget(self.busy)
        top.addWidget(self.decide_button)

        self.options = QListWidget()
        self.options.setObjectName("options")
        self.options.currentRowChanged.connect(self._option_selected)
        self.option_inputs = OptionInputs()
        self.option_inputs.changed.connect(self._schedule)
        self.reset_button = QPushButton(self.tr("Back to the saved inputs"))
        self.reset_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save inputs to the option"))
        self.save_button.setObjectName("save_inputs")
        self.save_button.clicked.connect(self.save)
        # Said as long as the figures rest on edits that are not in the register.
        self.what_if = QLabel()
        self.what_if.setObjectName("what_if")
        self.what_if.setWordWrap(True)
        self.what_if.setTextFormat(Qt.TextFormat.PlainText)  # option names as typed
        self.what_if.setStyleSheet(WHAT_IF_CSS)
        self.what_if.setVisible(False)
        inputs_box = QGroupBox(self.tr("What if? Edit an option's inputs"))
        inputs_layout = QVBoxLayout(inputs_box)
        inputs_layout.addWidget(self.what_if)
        inputs_layout.addWidget(self.options)
        inputs_layout.addWidget(self.option_inputs)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        inputs_layout.addLayout(buttons)
        inputs_layout.addStretch(1)
        self.view = AnalysisView()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(inputs_box)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        weigh = QWidget()
        weigh_layout = QVBoxLayout(weigh)
        weigh_layout.addLayout(top)
        weigh_layout.addWidget(split, 1)

        self.taken = TablePane(ctx)
        self.taken.setObjectName("decisions_taken")
        self.taken.activated.connect(lambda decision_id: self.open_record(decision_id))
        self.open_button = QPushButton(self.tr("Open the record…"))
        self.open_button.setObjectName("open_record")
        self.open_button.clicked.connect(lambda: self.open_record(self.taken.current_id()))
        taken_box = QWidget()
        taken_layout = QVBoxLayout(taken_box)
        taken_layout.setContentsMargins(0, 0, 0, 0)
        taken_layout.addWidget(self.taken, 1)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        taken_layout.addLayout(open_row)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(weigh, self.tr("Weigh the options"))
        self.tabs.addTab(taken_box, self.tr("Decisions taken"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_analysis)
        self.ctx.changed.connect(self._data_changed)
        self.dirtyChanged.connect(lambda _dirty: self._show_edits())

    def title(self) -> str:
        return self.tr("Decisions")

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.ws is None:
            return
        ws = self.ctx.ws

        def load(_progress, _cancelled):
            subjects: dict[tuple[str, int], str] = {}
            for row in ws.options.rows().dicts():
                if row["incident_id"] is not None:
                    key = ("incident", row["incident_id"])
                else:
                    key = ("risk", row["risk_id"])
                if key not in subjects:
                    service = ws.incidents if key[0] == "incident" else ws.risks
                    subjects[key] = service.get(key[1])["title"]
            return subjects, ws.decisions.rows()

        self.ctx.tasks.start(load, self._loaded, self._failed, key="decisions-load")

    def _loaded(self, loaded) -> None:  # noqa: ANN001
        if self.ctx.ws is None:
            return
        subjects, decisions = loaded
        current = self._wanted or self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        for (kind, subject_id), title in sorted(subjects.items(),
                                                key=lambda kv: (kv[0][0] != "incident", kv[0][1])):
            label = (self.tr("Incident: {title}") if kind == "incident"
                     else self.tr("Risk: {title}")).format(title=title)
            self.subject.addItem(label, (kind, subject_id))
        index = self.subject.findData(current) if current else -1
        self.subject.setCurrentIndex(index if index >= 0 else (0 if self.subject.count() else -1))
        self.subject.blockSignals(False)
        self._wanted = None
        incident, risk = self.tr("Incident"), self.tr("Risk")
        self.taken.set_rows(decisions, {
            "decided_at": self.tr("When"), "subject_kind": self.tr("On"),
            "subject": self.tr("About"), "option_name": self.tr("Option chosen"),
            "decided_by": self.tr("Decided by"), "rationale": self.tr("Rationale")},
            formats={"decided_at": "datetime",
                     "subject_kind": lambda kind: incident if kind == "incident" else risk})
        if self.inputs is None or self.subject.currentData() != self._subject_key():
            self._subject_changed()

    def open_record(self, decision_id: int | None) -> None:
        """A decision as it was recorded, its figures computed again from what was frozen."""
        if decision_id is None or self.ctx.ws is None:
            return
        from privguard.ui.widgets.decision_record import DecisionRecordDialog

        dialog = DecisionRecordDialog(self.ctx, int(decision_id), self)
        dialog.exec()
        dialog.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self.view.show_problem(error_text(exc) if isinstance(exc, PrivGuardError)
                               else self.tr("The analysis could not run."))
        self.busy.clear()

    def _subject_key(self) -> tuple[str, int] | None:
        if not self.inputs:
            return None
        subject = self.inputs["subject"]
        return (subject["kind"], subject["id"])

    def _subject_changed(self) -> None:
        key = self.subject.currentData()
        if self.ctx.ws is None or key is None:
            return
        ws = self.ctx.ws
        kind, subject_id = key

        def load(_progress, _cancelled):
            if kind == "incident":
                return ws.analysis.inputs_for_incident(subject_id)
            return ws.analysis.inputs_for_risk(subject_id)

        self.ctx.tasks.start(load, self._inputs_loaded, self._failed, key="decisions-inputs")

    def _inputs_loaded(self, inputs: dict[str, Any]) -> None:
        if self.ctx.ws is None:
            return
        self.saved_inputs = inputs
        self.inputs = copy.deepcopy(inputs)
        # From the saved inputs: the same figures on every visit, and a what-if edit keeps
        # the seed, so what changes in the figures comes from the edit, not from chance.
        self.seed = self.ctx.ws.analysis.seed_for(inputs)
        self.result = None
        self.options.blockSignals(True)
        self.options.clear()
        for option in self.inputs["options"]:
            item = QListWidgetItem(f"{option['name']}\n{choice_label(option['orientation'])}")
            item.setData(Qt.ItemDataRole.UserRole, option["option_id"])
            self.options.addItem(item)
        self.options.blockSignals(False)
        pending, self._pending_restore = self._pending_restore, None
        if pending is not None and pending["subject"] == inputs["subject"]:
            self.inputs["options"] = pending["options"]
        self.options.setCurrentRow(0 if self.options.count() else -1)
        self._option_selected(self.options.currentRow())
        self.run_analysis()
        self.dirtyChanged.emit(self.has_unsaved())

    def _option_selected(self, row: int) -> None:
        option = self.inputs["options"][row] if self.inputs and 0 <= row < len(
            self.inputs["options"]) else None
        self.option_inputs.set_option(self.inputs["mode"] if self.inputs else "incident", option)

    # -- analysing -----------------------------------------------------------------------

    def _schedule(self) -> None:
        self.dirtyChanged.emit(self.has_unsaved())
        self._timer.start()

    def run_analysis(self) -> None:
        if self.ctx.ws is None or not self.inputs:
            return
        problems = self.option_inputs.problems()
        if problems:
            self.view.show_problem(" ".join(problems))
            return
        if not self.inputs["options"]:
            self.view.clear()
            return
        ws, inputs, seed = self.ctx.ws, copy.deepcopy(self.inputs), self.seed
        self.busy.setText(self.tr("Calculating…"))

        def work(_progress, _cancelled):
            return ws.analysis.run(inputs, seed=seed)

        self.ctx.tasks.start(work, self._analysed, self._failed, key="decisions-run")

    def _analysed(self, result: Any) -> None:
        if self.ctx.ws is None:
            return
        self.busy.clear()
        self.result = result
        self.seed = result.seed
        self.view.show_result(result, self.inputs.get("currency", "EUR"))
        self.decide_button.setEnabled(bool(result.options))

    # -- deciding and saving -------------------------------------------------------------

    def decide(self) -> None:
        if self.result is None or self.ctx.ws is None:
            return
        if self._timer.isActive() or self.ctx.tasks.busy:
            QMessageBox.information(self, self.tr("Still calculating"),
                                    self.tr("Wait for the figures of your last edit."))
            return
        options = [(o.option_id, o.name) for o in self.result.options]
        dialog = DecideDialog(options, self.result.recommended_option_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.ctx.ws is None:
            return
        try:
            self.ctx.ws.analysis.decide(dialog.option.currentData(),
                                        dialog.rationale.toPlainText().strip(), self.result)
        except PrivGuardError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), error_text(exc))
            return
        self.ctx.message.emit(self.tr("Decision recorded: {option}").format(
            option=dialog.option.currentText()))
        self.ctx.notify_changed("decisions")

    def edited_options(self) -> list[str]:
        """The names of the options whose inputs differ from the register's."""
        if not self.inputs or not self.saved_inputs:
            return []
        saved = {o["option_id"]: o for o in self.saved_inputs["options"]}
        return [o["name"] for o in self.inputs["options"] if saved.get(o["option_id"]) != o]

    def _show_edits(self) -> None:
        """Mark each edited option, and say that the figures are a what-if, not saved."""
        edited = set(self.edited_options())
        marker = self.tr("what-if")
        for row in range(self.options.count()):
            item = self.options.item(row)
            option = self.inputs["options"][row] if self.inputs else None
            if option is None:
                continue
            mark = edited and option["name"] in edited
            text = f"{option['name']}\n{choice_label(option['orientation'])}"
            item.setText(f"{text} · {marker}" if mark else text)
            font = item.font()
            font.setItalic(bool(mark))
            item.setFont(font)
        self.what_if.setVisible(bool(edited))
        self.what_if.setText(self.tr(
            "What-if, not saved: the figures use your edits of {options}. Save them to the "
            "option, or go back to the saved inputs.").format(options=", ".join(sorted(edited))))
        self.reset_button.setEnabled(bool(edited))
        self.save_button.setEnabled(bool(edited))

    def has_unsaved(self) -> bool:
        return self.inputs is not None and self.saved_inputs is not None and \
            self.inputs["options"] != self.saved_inputs["options"]

    def save(self) -> bool:
        """Write the edited inputs back to the options in the register."""
        if self.ctx.ws is None or not self.has_unsaved():
            return True
        problems = self.option_inputs.problems()
        if problems:
            self.view.show_problem(" ".join(problems))
            return False
        saved = {o["option_id"]: o for o in self.saved_inputs["options"]}
        try:
            with self.ctx.ws.transaction():
                for option in self.inputs["options"]:
                    changed = {k: v for k, v in option.items()
                               if k not in ("option_id", "name", "orientation")
                               and saved[option["option_id"]].get(k) != v}
                    if changed:
                        self.ctx.ws.options.update(option["option_id"], **changed)
        except PrivGuardError as exc:
            self.view.show_problem(error_text(exc))
            return False
        self.saved_inputs = copy.deepcopy(self.inputs)
        self.dirtyChanged.emit(False)
        self.ctx.notify_changed("response_options")
        return True

    def discard(self) -> None:
        if self.saved_inputs is None:
            return
        row = self.options.currentRow()
        self.inputs = copy.deepcopy(self.saved_inputs)
        self._option_selected(row)
        self.dirtyChanged.emit(False)
        self.run_analysis()

    def pending_edits(self) -> Any:
        return copy.deepcopy(self.inputs) if self.has_unsaved() else None

    def restore_edits(self, edits: Any) -> None:
        """Applied when that subject's inputs next arrive from the register."""
        if edits:
            self._pending_restore = edits
            self._wanted = (edits["subject"]["kind"], edits["subject"]["id"])
            self.refresh()

    def show_filter(self, **filters: Any) -> None:
        for kind in ("incident", "risk"):
            if filters.get(kind) is not None:
                self._wanted = (kind, int(filters[kind]))
                self.tabs.setCurrentIndex(0)
                index = self.subject.findData(self._wanted)
                if index >= 0:
                    self.subject.setCurrentIndex(index)
                    self._wanted = None
                else:
                    self.refresh()

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.taken.focus_filter()

    def _data_changed(self, entity: str) -> None:
        if entity in ("decisions", "response_options", "incidents", "risks") and self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self._timer.stop()
        self.inputs = self.saved_inputs = self.result = None
        self.options.clear()
        self.option_inputs.set_option("incident", None)
        self.subject.clear()
        self.view.clear()
        self.taken.clear()
