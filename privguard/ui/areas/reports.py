"""Reports: choose one, set its options, export it with progress; every export listed.

An exported PDF leaves the encrypted register, so the user is told so before
the file is written; the export itself runs off the GUI thread and can be
cancelled, in which case no file is left behind (the services write atomically).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.i18n import error_text, say
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.tables import TablePane

# kind: (title, what it is for); translated in the "reports" context.
KINDS = {
    "board": (QT_TRANSLATE_NOOP("reports", "Board report"),
              QT_TRANSLATE_NOOP("reports", "For the executive committee: where risk stands "
                                "against appetite, what changed, the decisions asked for, "
                                "incidents and breaches with their deadlines.")),
    "ropa": (QT_TRANSLATE_NOOP("reports", "Record of processing (Art. 30)"),
             QT_TRANSLATE_NOOP("reports", "Every Art. 30 field of every processing activity, "
                               "as controller and as processor: the version to give an "
                               "auditor or the supervisory authority.")),
    "risks": (QT_TRANSLATE_NOOP("reports", "Risk register"),
              QT_TRANSLATE_NOOP("reports", "All risks (or those matching a filter) with their "
                                "scores at the three stages, treatments, controls, owners and "
                                "review dates.")),
    "incident": (QT_TRANSLATE_NOOP("reports", "Incident report"),
                 QT_TRANSLATE_NOOP("reports", "One incident: timeline, what it affected, the "
                                   "breach assessment with the Art. 33(3) facts, the options "
                                   "considered and the decision.")),
    "decision": (QT_TRANSLATE_NOOP("reports", "Decision record"),
                 QT_TRANSLATE_NOOP("reports", "One decision: the options compared, the "
                                   "figures frozen when it was taken, the rationale, who "
                                   "decided and when.")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportsArea(Area):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._task = None
        self._warned = False
        self.kinds = QListWidget()
        self.kinds.setObjectName("kinds")
        for kind, (title, _about) in KINDS.items():
            item = QListWidgetItem(_t(title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.about = QLabel(wordWrap=True)
        self.about.setStyleSheet(HINT_CSS)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The register's language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.subject = QComboBox()
        self.subject.setObjectName("subject")
        self.subject_label = QLabel(self.tr("Which one:"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("All risks, or only those containing these words"))
        self.search_label = QLabel(self.tr("Filter:"))
        self.columns_note = QLabel(wordWrap=True)
        self.columns_note.setStyleSheet(HINT_CSS)
        self._risk_filters: dict[str, Any] = {}
        self.sign = QCheckBox(self.tr("Sign the report so its origin can be verified"))
        self.sign.setChecked(True)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(lambda: self.export())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(visible=False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.about)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.search_label, self.search)
        form.addRow("", self.columns_note)
        form.addRow("", self.sign)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.status)

        self.history = TablePane(ctx)
        self.history.setObjectName("exports")
        self.verify_button = QPushButton(self.tr("Verify a report file…"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(lambda: self.verify())
        history_box = QGroupBox(self.tr("Reports exported from this register"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.verify_button)
        history_layout.addLayout(row)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.kinds)
        top.addWidget(options)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(history_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.kinds.setCurrentRow(0)
        self.ctx.changed.connect(lambda entity: self.refresh()
                                 if entity == "reports" and self.isVisible() else None)

    def title(self) -> str:
        return self.tr("Reports")

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "board"

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.ws is None:
            return
        ws = self.ctx.ws

        def load(_progress, _cancelled):
            return ws.report_rows(), ws.incidents.rows(), ws.decisions.rows()

        self.ctx.tasks.start(load, self._loaded, key="reports-load")

    def _loaded(self, loaded) -> None:  # noqa: ANN001
        if self.ctx.ws is None:
            return
        reports, incidents, decisions = loaded
        self._incidents = [(r["id"], r["title"]) for r in incidents.dicts()]
        self._decisions = [(r["id"], f"{r['option_name']} — {r['decided_by']}")
                           for r in decisions.dicts()]
        self.history.set_rows(reports, {
            "at": self.tr("When"), "kind": self.tr("Report"), "author": self.tr("By"),
            "filename": self.tr("File"), "sha256": self.tr("SHA-256")},
            formats={"at": "datetime", "kind": lambda k: _t(KINDS[k][0]) if k in KINDS else k})
        self._kind_changed()

    def _kind_changed(self, *_: Any) -> None:
        kind = self.kind()
        self.about.setText(_t(KINDS[kind][1]))
        needs_subject = kind in ("incident", "decision")
        self.subject_label.setVisible(needs_subject)
        self.subject.setVisible(needs_subject)
        self.search_label.setVisible(kind == "risks")
        self.search.setVisible(kind == "risks")
        self.columns_note.setVisible(kind == "risks")
        if needs_subject:
            wanted = self.subject.currentData()
            self.subject.clear()
            for subject_id, text in getattr(self, "_incidents" if kind == "incident"
                                            else "_decisions", []):
                self.subject.addItem(text, subject_id)
            index = self.subject.findData(wanted)
            if index >= 0:
                self.subject.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        needs_subject = self.kind() in ("incident", "decision")
        self.export_button.setEnabled(not busy and (not needs_subject or self.subject.count() > 0))
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        self.kinds.setEnabled(not busy)

    def show_filter(self, **filters: Any) -> None:
        """Open on one report: ``kind=``, and ``id=`` or ``search=`` for it."""
        kind = filters.get("kind")
        if kind in KINDS:
            self.kinds.setCurrentRow(list(KINDS).index(kind))
        if filters.get("search") is not None:
            self.search.setText(str(filters["search"]))
        if kind == "risks":
            self._risk_filters = dict(filters.get("filters") or {})
            self.columns_note.setText(self.tr("Also filtered as in the Risks table: {what}").format(
                what=", ".join(f"{k} = {v}" for k, v in self._risk_filters.items()))
                if self._risk_filters else "")
        if filters.get("id") is not None:
            index = self.subject.findData(int(filters["id"]))
            if index >= 0:
                self.subject.setCurrentIndex(index)

    # -- exporting -----------------------------------------------------------------------

    def _confirm_leaving(self) -> bool:
        if self._warned:
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The report leaves the register"),
                          self.tr("The PDF is written unencrypted, outside the register. Anyone "
                                  "who gets the file can read it: keep it where the register's "
                                  "contents may be, and delete it when it is no longer needed."),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        remember = QCheckBox(self.tr("Don't remind me again until I lock the register"))
        box.setCheckBox(remember)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return False
        self._warned = remember.isChecked()
        return True

    def suggested_name(self) -> str:
        title = _t(KINDS[self.kind()][0])
        safe = "".join(c for c in title if c.isalnum() or c in " -_()").strip()
        return f"{safe} {self.ctx.ws.today().isoformat()}.pdf"

    def export(self, path: Path | None = None) -> None:
        if self.ctx.ws is None or self._task is not None:
            return
        if path is None:
            if not self._confirm_leaving():
                return
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), str(Path.home() / self.suggested_name()),
                self.tr("PDF documents (*.pdf)"))
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        ws, kind = self.ctx.ws, self.kind()
        options: dict[str, Any] = {"lang": self.language.currentData(),
                                   "sign": self.sign.isChecked()}
        if kind in ("incident", "decision"):
            options["subject_id"] = self.subject.currentData()
        if kind == "risks" and (self.search.text().strip() or self._risk_filters):
            options["filters"] = {"search": self.search.text().strip(),
                                  "filters": dict(self._risk_filters)}
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the report…"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)

        def work(progress, cancelled):
            def report(fraction: float, message: str = "") -> None:
                progress(message, int(100 * fraction))
            return ws.reporting.export(kind, path, progress=report, cancelled=cancelled,
                                       **options)

        self._task = self.ctx.tasks.start(work, self._exported, self._failed,
                                          on_progress=self._progress, key="reports-export")
        self._update_buttons()

    def _progress(self, text: str, percent: int) -> None:
        if text:
            self.status.setText(say(text))
        if percent < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _exported(self, outcome: Any) -> None:
        self._task = None
        self._update_buttons()
        signed = self.tr(" It is signed by this register.") if getattr(outcome, "signed", False) \
            else ""
        self.status.setText(self.tr("Saved {path} ({pages} pages). SHA-256 {sha}.{signed}").format(
            path=outcome.path, pages=outcome.pages, sha=outcome.sha256[:16] + "…", signed=signed))
        self.ctx.message.emit(self.tr("Report exported"))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_buttons()
        if type(exc).__name__ == "Cancelled":
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Cancelled: no file was written."))
            return
        self.status.setStyleSheet(ERROR_CSS)
        self.status.setText(error_text(exc) if isinstance(exc, PrivGuardError | OSError)
                            else self.tr("The report could not be made: an unexpected error "
                                         "occurred. No file was written."))

    def verify(self, path: Path | None = None) -> None:
        if self.ctx.ws is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a report"),
                                                  str(Path.home()),
                                                  self.tr("PDF documents (*.pdf)"))
            if not name:
                return
            path = Path(name)
        try:
            outcome = self.ctx.ws.reporting.verify(path)
        except (PrivGuardError, OSError) as exc:
            outcome = None
            message = error_text(exc)
        else:
            message = say(outcome.message)
        ok = outcome is not None and outcome.ok
        self.status.setStyleSheet("" if ok else ERROR_CSS)
        self.status.setText(message)
        (QMessageBox.information if ok else QMessageBox.warning)(
            self, self.tr("Report verified") if ok else self.tr("Report NOT verified"), message)

    def clear(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._warned = False
        self.history.clear()
        self.subject.clear()
        self._incidents = []
        self._decisions = []
        self.status.clear()
