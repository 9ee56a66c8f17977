"""Reports: choose one, set its options, preview it, export it with progress; every export
listed, any report file verified, the register's signing certificate shown and exported.

An exported PDF leaves the encrypted register, so the user is told so before
the file is written; the export itself runs off the GUI thread and can be
cancelled, in which case no file is left behind (the services write atomically).
The preview renders the same report off the GUI thread too, writes nothing and
records nothing; its pages are dropped when the options change or the register locks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from privguard.domain.errors import PrivGuardError, ReadOnlyRegister
from privguard.reports.progress import Cancelled, Steps
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.i18n import error_text, say
from privguard.ui.save_path import ask_save_path, with_suffix
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.tables import TablePane
from privguard.ui.widgets.pdf_preview import PdfPreview, render_pages

# How many of a report's first pages the preview shows.
PREVIEW_PAGES = 3

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
    "breach-log": (QT_TRANSLATE_NOOP("reports", "Breach log (Art. 33(5))"),
                   QT_TRANSLATE_NOOP("reports", "Every personal-data breach, notified or not: "
                                     "the facts, effects and remedial action, the "
                                     "notification decision and its reasons, the dates and "
                                     "whether each deadline was met.")),
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
    "notification": (QT_TRANSLATE_NOOP("reports", "Breach notification draft"),
                     QT_TRANSLATE_NOOP("reports", "One personal-data breach: what Art. 33(3) "
                                       "asks the notification to the supervisory authority to "
                                       "say, in the authority's language, with what is still "
                                       "missing.")),
}
#: The kinds made about one incident or decision, picked from a list.
SUBJECT_KINDS = ("incident", "decision", "notification")


class _DateEdit(QDateEdit):
    """A date field Tab leaves (a plain QDateEdit moves between day, month and year)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)


def _t(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportsArea(Area):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._task = None
        self._running = ""  # "export" or "preview" while self._task runs
        self._warned = False
        self._incidents: list[tuple[int, str]] = []
        self._breaches: list[tuple[int, str]] = []
        self._decisions: list[tuple[int, str]] = []
        # the options the shown preview was made with; None when no preview is shown
        self._previewed: tuple | None = None
        # the signing certificate's fingerprint; None while the register has none
        self._fingerprint: str | None = None
        self.kinds = QListWidget()
        self.kinds.setObjectName("kinds")
        for kind, (title, _about) in KINDS.items():
            item = QListWidgetItem(_t(title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        # Spanish titles are long: they wrap rather than hide behind a scroll bar.
        self.kinds.setWordWrap(True)
        self.kinds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.about = QLabel(wordWrap=True)
        self.about.setStyleSheet(HINT_CSS)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The register's language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language_label = QLabel(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        # The board report's period: what changed since this date (the last board meeting).
        self.since = _DateEdit(calendarPopup=True)
        self.since.setObjectName("since")
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setToolTip(self.tr("The board report says what changed since this date; "
                                      "it starts at the last board meeting set in Settings."))
        self.since_label = QLabel(self.tr("&What changed since:"))
        self.since_label.setBuddy(self.since)
        self._since_chosen = False  # True once the user picked a date: a reload keeps it
        self.subject = QComboBox()
        self.subject.setObjectName("subject")
        self.subject_label = QLabel(self.tr("Which one:"))
        self.subject_label.setBuddy(self.subject)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("All risks, or only those containing these words"))
        self.search_label = QLabel(self.tr("Filter:"))
        self.search_label.setBuddy(self.search)
        self.columns_note = QLabel(wordWrap=True)
        self.columns_note.setStyleSheet(HINT_CSS)
        self._risk_filters: dict[str, Any] = {}
        self.sign = QCheckBox(self.tr("&Sign the report so its origin can be verified"))
        self.sign.setChecked(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("preview_report")
        self.preview_button.setToolTip(self.tr("See the first pages of the report before saving "
                                               "it: nothing is written or recorded."))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(lambda: self.export())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(self.tr("Stop the report being made (Esc)"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.cancel_button.setVisible(False)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: self.cancel(),
                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.setEnabled(False)
        self.progress = QProgressBar(visible=False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.about)
        form.addRow(self.language_label, self.language)
        form.addRow(self.since_label, self.since)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.search_label, self.search)
        form.addRow("", self.columns_note)
        form.addRow("", self.sign)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.status)

        # The preview: the first pages, and the way on to saving them.
        self.preview_pane = PdfPreview()
        self.preview_pane.set_hint(self.tr("Press Preview to see the first pages of the chosen "
                                           "report here before you save it."))
        self.preview_title = QLabel(wordWrap=True)
        self.preview_title.setObjectName("preview_title")
        self.preview_title.setStyleSheet(HINT_CSS)
        self.preview_export = QPushButton(self.tr("Export PDF…"))
        self.preview_export.setObjectName("export_previewed")
        self.preview_export.setToolTip(self.tr("Save the report shown here as a PDF file"))
        self.preview_export.clicked.connect(lambda: self.export())
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview_pane, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview_export)
        preview_layout.addLayout(row)

        self.history = TablePane(ctx)
        self.history.setObjectName("exports")
        # A list to read, not cells to edit: Tab goes on to the certificate and Verify.
        self.history.view.setTabKeyNavigation(False)
        self.verify_button = QPushButton(self.tr("&Verify a report file…"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(self.tr("Check that a report file is intact and was signed "
                                              "by this register"))
        self.verify_button.clicked.connect(lambda: self.verify())
        # The certificate that signs the reports: its fingerprint to compare, the file to publish.
        self.fingerprint_label = QLabel(self.tr("Signing certificate (SHA-256):"))
        self.fingerprint = QLabel(wordWrap=True)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab to it, select, copy
        self.fingerprint.setToolTip(self.tr("The cover of every signed report prints this "
                                            "fingerprint; publish it so readers can compare."))
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.certificate_button = QPushButton(self.tr("Export &certificate…"))
        self.certificate_button.setObjectName("export_certificate")
        self.certificate_button.setToolTip(self.tr("Save the certificate that signs this "
                                                   "register's reports, to publish it or give it "
                                                   "to whoever checks them"))
        self.certificate_button.clicked.connect(lambda: self.export_certificate())
        history_box = QGroupBox(self.tr("Reports exported from this register"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history, 1)
        certificate = QHBoxLayout()
        certificate.addWidget(self.fingerprint_label, 0, Qt.AlignmentFlag.AlignTop)
        certificate.addWidget(self.fingerprint, 1)
        history_layout.addLayout(certificate)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.certificate_button)
        row.addWidget(self.verify_button)
        history_layout.addLayout(row)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.kinds)
        top.addWidget(options)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 2)
        top.setSizes([210, 450])
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(history_box)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(preview_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([660, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        # Tab goes the way the work goes: choose, set, preview, look, save; then the records.
        chain = [self.kinds, self.language, self.since, self.subject, self.search, self.sign,
                 self.preview_button, self.export_button, self.cancel_button, self.preview_pane,
                 self.preview_export, self.history.filter_edit, self.history.view,
                 self.fingerprint, self.certificate_button, self.verify_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.kinds.setCurrentRow(0)
        self.language.currentIndexChanged.connect(lambda _index: self._options_changed())
        self.since.dateChanged.connect(lambda _date: self._since_changed())
        self.subject.currentIndexChanged.connect(lambda _index: self._options_changed())
        self.search.textChanged.connect(lambda _text: self._options_changed())
        self.sign.toggled.connect(lambda _checked: self._options_changed())
        self._show_preview(None)
        self.ctx.changed.connect(lambda entity: self.refresh()
                                 if entity == "reports" and self.isVisible() else None)

    def title(self) -> str:
        return self.tr("Reports")

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "board"

    def options(self) -> dict[str, Any]:
        """What the report is made with: language (None: the register's), signature, subject
        and risk filters, as ``export`` and ``render`` take them."""
        kind = self.kind()
        options: dict[str, Any] = {"lang": self.language.currentData(),
                                   "sign": self.sign.isChecked()}
        if kind in SUBJECT_KINDS:
            options["subject_id"] = self.subject.currentData()
        if kind == "board":
            options["since"] = self.since.date().toPython()
        if kind == "risks" and (self.search.text().strip() or self._risk_filters):
            options["filters"] = {"search": self.search.text().strip(),
                                  "filters": dict(self._risk_filters)}
        return options

    def _signature(self) -> tuple:
        return self.kind(), repr(sorted(self.options().items()))

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.ws is None:
            return
        ws = self.ctx.ws
        self._show_fingerprint()

        def load(_progress, _cancelled):
            return ws.report_rows(), ws.incidents.rows(), ws.decisions.rows()

        self.ctx.tasks.start(load, self._loaded, key="reports-load")

    def _show_fingerprint(self) -> None:
        # On the GUI thread, before any export can start: the first call makes the register's
        # signing identity, and two workers making it at once would each make their own.
        self._fingerprint = None
        self.certificate_button.setEnabled(False)
        try:
            fingerprint = self.ctx.ws.reporting.fingerprint()
        except ReadOnlyRegister:
            # Opened read-only before any report was signed: there is no key to show, and
            # none can be stored; reports made here are not signed.
            self.fingerprint.setStyleSheet(HINT_CSS)
            self.fingerprint.setText(self.tr("None yet: this register has not signed a report, "
                                             "and opened read-only it cannot make its key."))
            return
        except (PrivGuardError, OSError) as exc:
            self.fingerprint.setStyleSheet(ERROR_CSS)
            self.fingerprint.setText(error_text(exc))
            return
        self._fingerprint = fingerprint
        self.fingerprint.setStyleSheet("")
        self.fingerprint.setText(fingerprint)
        self.certificate_button.setEnabled(True)

    def _loaded(self, loaded) -> None:  # noqa: ANN001
        if self.ctx.ws is None:
            return
        reports, incidents, decisions = loaded
        self._show_since()
        self._incidents = [(r["id"], r["title"]) for r in incidents.dicts()]
        # A notification is drafted from a breach assessment: the incidents that have one.
        self._breaches = [(r["id"], r["title"]) for r in incidents.dicts()
                          if r.get("personal_data_breach")]
        self._decisions = [(r["id"], f"{r['option_name']} — {r['decided_by']}")
                           for r in decisions.dicts()]
        self.history.set_rows(reports, {
            "at": self.tr("When"), "kind": self.tr("Report"), "author": self.tr("By"),
            "filename": self.tr("File"), "sha256": self.tr("SHA-256")},
            formats={"at": "datetime", "kind": lambda k: _t(KINDS[k][0]) if k in KINDS else k})
        self._kind_changed()

    def _show_since(self) -> None:
        """The board report's period starts at the last board meeting (Settings), unless
        the user chose another date."""
        if self._since_chosen or self.ctx.ws is None:
            return
        start = self.ctx.ws.reporting.board_since()
        self.since.blockSignals(True)
        self.since.setMaximumDate(QDate(self.ctx.ws.today()))
        self.since.setDate(QDate(start))
        self.since.blockSignals(False)

    def _since_changed(self) -> None:
        self._since_chosen = True
        self._options_changed()

    def _kind_changed(self, *_: Any) -> None:
        kind = self.kind()
        self.about.setText(_t(KINDS[kind][1]))
        needs_subject = kind in SUBJECT_KINDS
        self.since_label.setVisible(kind == "board")
        self.since.setVisible(kind == "board")
        self.subject_label.setVisible(needs_subject)
        self.subject.setVisible(needs_subject)
        self.search_label.setVisible(kind == "risks")
        self.search.setVisible(kind == "risks")
        self.columns_note.setVisible(kind == "risks")
        if needs_subject:
            wanted = self.subject.currentData()
            self.subject.blockSignals(True)
            self.subject.clear()
            subjects = {"incident": self._incidents, "notification": self._breaches}
            for subject_id, text in subjects.get(kind, self._decisions):
                self.subject.addItem(text, subject_id)
            index = self.subject.findData(wanted)
            if index >= 0:
                self.subject.setCurrentIndex(index)
            self.subject.blockSignals(False)
        self._options_changed()

    def _options_changed(self) -> None:
        """A preview of other options than the chosen ones would mislead: it goes."""
        if self._previewed is not None and self._previewed != self._signature():
            self._show_preview(None, stale=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        needs_subject = self.kind() in SUBJECT_KINDS
        ready = not busy and (not needs_subject or self.subject.count() > 0)
        self.export_button.setEnabled(ready)
        self.preview_button.setEnabled(ready)
        self.preview_export.setEnabled(ready and self._previewed is not None)
        self.cancel_button.setVisible(busy)
        self._escape.setEnabled(busy)
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
        self._options_changed()

    # -- preview -------------------------------------------------------------------------

    def preview(self) -> None:
        """Render the chosen report off the GUI thread and show its first pages; the file
        is neither written nor recorded."""
        if self.ctx.ws is None or self._task is not None:
            return
        ws, kind, options = self.ctx.ws, self.kind(), self.options()
        if kind in SUBJECT_KINDS and options.get("subject_id") is None:
            return
        # As the export does: a read-only register without a key exports unsigned.
        signed = options["sign"] and (self._fingerprint is not None or not self.ctx.read_only())
        signature = self._signature()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the preview…"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)

        def work(progress, cancelled):
            def report(fraction: float, message: str = "") -> None:
                progress(message, int(100 * fraction))
            steps = Steps(report, cancelled)
            lang = options["lang"] or ws.settings.get("language")
            rendered = ws.reporting.render(kind, lang=lang, subject_id=options.get("subject_id"),
                                           filters=options.get("filters"),
                                           since=options.get("since"),
                                           signed=signed, steps=steps.sub(0.0, 0.9))
            images, pages = render_pages(rendered.data, PREVIEW_PAGES, cancelled=cancelled)
            steps.report(1.0)
            return signature, images, pages

        self._running = "preview"
        self._task = self.ctx.tasks.start(work, self._previewed_ready, self._failed,
                                          on_progress=self._progress, key="reports-preview")
        self._update_buttons()

    def _previewed_ready(self, result: Any) -> None:
        self._task = None
        self._running = ""
        self._update_buttons()
        if self.ctx.ws is None:
            return
        signature, images, pages = result
        self._show_preview(signature, images, pages)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preview ready. Nothing has been written: Export PDF… saves "
                                    "this report."))
        # The options may have changed while it was being made.
        self._options_changed()

    def _show_preview(self, signature: tuple | None, images: list | None = None,
                      pages: int = 0, stale: bool = False) -> None:
        self._previewed = signature if images else None
        if not images:
            self.preview_pane.clear_pages()
            self.preview_title.setText(
                self.tr("The options have changed: preview again to see the report as it will "
                        "be saved.") if stale else "")
            self.preview_title.setVisible(stale)
            self._update_buttons()
            return
        self.preview_pane.set_pages(images)
        self.preview_title.setText(self.tr("{report}. Pages shown: {shown} of {pages}.").format(
            report=_t(KINDS[signature[0]][0]), shown=len(images), pages=pages))
        self.preview_title.setVisible(True)
        self._update_buttons()

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
            path = ask_save_path(self, self.tr("Export the report"),
                                 Path.home() / self.suggested_name(),
                                 self.tr("PDF documents (*.pdf)"), ".pdf")
            if path is None:
                return
        path = with_suffix(path, ".pdf")
        ws, kind, options = self.ctx.ws, self.kind(), self.options()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the report…"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)

        def work(progress, cancelled):
            def report(fraction: float, message: str = "") -> None:
                progress(message, int(100 * fraction))
            return ws.reporting.export(kind, path, progress=report, cancelled=cancelled,
                                       **options)

        self._running = "export"
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
        self._running = ""
        self._update_buttons()
        signed = self.tr(" It is signed by this register.") if getattr(outcome, "signed", False) \
            else ""
        unrecorded = self.tr(" The register is open read-only, so this export is not "
                             "recorded in it.") if outcome.record_id is None else ""
        self.status.setText(self.tr("Saved {path} ({pages} pages). SHA-256 {sha}.{signed}").format(
            path=outcome.path, pages=outcome.pages, sha=outcome.sha256[:16] + "…", signed=signed)
            + unrecorded)
        self.ctx.message.emit(self.tr("Report exported"))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        previewing = self._running == "preview"
        self._task = None
        self._running = ""
        self._update_buttons()
        if isinstance(exc, Cancelled) or type(exc).__name__ == "Cancelled":
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Preview cancelled.") if previewing
                                else self.tr("Cancelled: no file was written."))
            return
        self.status.setStyleSheet(ERROR_CSS)
        if isinstance(exc, PrivGuardError | OSError):
            self.status.setText(error_text(exc))
        elif previewing:
            self.status.setText(self.tr("The preview could not be made: an unexpected error "
                                        "occurred. Nothing was written."))
        else:
            self.status.setText(self.tr("The report could not be made: an unexpected error "
                                        "occurred. No file was written."))

    # -- verifying, and the certificate to verify with -------------------------------------

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

    def certificate_name(self) -> str:
        organisation = self.ctx.ws.settings.get("organisation") or self.ctx.ws.organisation
        name = self.tr("{organisation} report certificate").format(organisation=organisation)
        safe = " ".join("".join(c for c in name if c.isalnum() or c in " -_()").split())
        return f"{safe or 'certificate'}.pem"

    def export_certificate(self, path: Path | None = None) -> None:
        """Write the register's report-signing certificate (PEM) to publish; the private key
        never leaves the register."""
        if self.ctx.ws is None:
            return
        if path is None:
            path = ask_save_path(self, self.tr("Export the signing certificate"),
                                 Path.home() / self.certificate_name(),
                                 self.tr("Certificates (*.pem)"), ".pem")
            if path is None:
                return
        path = with_suffix(path, ".pem")
        try:
            written = self.ctx.ws.reporting.export_certificate(path)
            fingerprint = self.ctx.ws.reporting.fingerprint()
        except (PrivGuardError, OSError) as exc:
            self.status.setStyleSheet(ERROR_CSS)
            self.status.setText(error_text(exc))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Certificate saved to {path}. Publish it with its fingerprint "
                                    "{fingerprint}: whoever has it can check that a report was "
                                    "signed by this register.").format(
            path=written, fingerprint=fingerprint))
        self.ctx.message.emit(self.tr("Certificate exported"))

    def clear(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._running = ""
        self._warned = False
        self.history.clear()
        self.subject.clear()
        self._incidents = []
        self._since_chosen = False
        self._breaches = []
        self._decisions = []
        self._show_preview(None)
        self._fingerprint = None
        self.fingerprint.clear()
        self.status.clear()
