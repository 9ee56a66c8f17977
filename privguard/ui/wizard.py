"""The new-register wizard: organisation, who you are, passphrase, recovery key.

The register is created when the passphrase page is left (off the GUI thread:
the key derivation is slow by design); the recovery key is then shown once,
and the wizard cannot finish until the user says they have stored it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from privguard.domain.enums import PersonRole
from privguard.domain.errors import PrivGuardError
from privguard.fileio import os_error_to_user, write_atomic
from privguard.ui.context import AppContext
from privguard.ui.i18n import choice_label, error_text
from privguard.ui.passphrase import PassphraseFields
from privguard.ui.style import ERROR_CSS, HINT_CSS

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace


class _OrganisationPage(QWizardPage):
    def __init__(self, default_folder: Path):
        super().__init__()
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("The register is one encrypted folder on this computer."))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.folder = QLineEdit(str(default_folder))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.where = QLabel()
        self.where.setStyleSheet(HINT_CSS)
        self.where.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Save in folder:"), row)
        form.addRow("", self.where)
        self.registerField("organisation*", self.organisation)
        self.organisation.textChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the register"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path:
        name = "".join(c for c in self.organisation.text().strip() if c not in '<>:"/\\|?*')
        return Path(self.folder.text()) / f"{name or 'Register'}.privguard"

    def _update(self) -> None:
        self.where.setText(self.tr("The register will be created at {path}").format(
            path=self.target()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.organisation.text().strip()) and not self.target().exists()


class _PersonPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(self.tr("Your name is recorded with every change you make."))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in PersonRole:
            self.role.addItem(choice_label(role.value) if len(role.value) > 4 else role.value,
                              role.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Your role:"), self.role)
        self.registerField("name*", self.name)


class _PassphrasePage(QWizardPage):
    def __init__(self, wizard: NewRegisterWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(self.tr("It unlocks the register. Nobody, not even PrivGuard, can "
                                 "recover it for you; only the recovery key shown next can."))
        self.fields = PassphraseFields()
        self.busy = QProgressBar(maximum=0, textVisible=False, visible=False)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(ERROR_CSS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self.fields.validityChanged.connect(lambda _ok: self.completeChanged.emit())
        self._creating = False

    def isComplete(self) -> bool:
        return self.fields.is_valid() and not self._creating

    def validatePage(self) -> bool:
        if self.owner.workspace is not None:
            return True
        self._creating = True
        self.busy.setVisible(True)
        self.error.clear()
        self.completeChanged.emit()
        self.owner.create_register(self.fields.text(), self._created, self._failed)
        return False  # the task moves the wizard on when the register exists

    def _created(self) -> None:
        self._creating = False
        self.busy.setVisible(False)
        self.fields.clear()
        self.owner.next()

    def _failed(self, message: str) -> None:
        self._creating = False
        self.busy.setVisible(False)
        self.error.setText(message)
        self.completeChanged.emit()


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: NewRegisterWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("If you forget your passphrase, this key is the only way in. "
                                 "It is shown once: save or print it and keep it somewhere safe, "
                                 "away from this computer."))
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.key.setFont(mono)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        save = QPushButton(self.tr("Save to a file…"))
        save.clicked.connect(self._save)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: self.owner.ctx.clipboard.copy(self.owner.recovery_key))
        self.stored = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.stored.setObjectName("stored")
        self.stored.toggled.connect(lambda _on: self.completeChanged.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (save, print_button, copy):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.stored)

    def initializePage(self) -> None:
        self.key.setText(self.owner.recovery_key)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _sheet(self) -> str:
        return self.tr("PrivGuard recovery key\n\nRegister: {register}\nOrganisation: {org}\n\n"
                       "{key}\n\nKeep this sheet away from the computer that holds the register."
                       ).format(register=self.owner.target, org=self.owner.organisation,
                                key=self.owner.recovery_key)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                              str(Path.home() / "PrivGuard recovery key.txt"),
                                              self.tr("Text files (*.txt)"))
        if not name:
            return
        try:
            write_atomic(Path(name), self._sheet().encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(os_error_to_user(exc, Path(name))))

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setPlainText(self._sheet())
            document.print_(printer)


class NewRegisterWizard(QWizard):
    """Creates a register; on success ``workspace`` holds it, open and unlocked."""

    def __init__(self, ctx: AppContext, default_folder: Path, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New register"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        self.target: Path | None = None
        self.organisation = ""
        self.organisation_page = _OrganisationPage(default_folder)
        self.person_page = _PersonPage()
        self.passphrase_page = _PassphrasePage(self)
        self.recovery_page = _RecoveryPage(self)
        for page in (self.organisation_page, self.person_page, self.passphrase_page,
                     self.recovery_page):
            self.addPage(page)
        self.resize(620, 460)

    def create_register(self, passphrase: str, on_created, on_failed) -> None:
        self.target = self.organisation_page.target()
        self.organisation = self.organisation_page.organisation.text().strip()
        name = self.person_page.name.text().strip()
        role = self.person_page.role.currentData()
        target, organisation = self.target, self.organisation

        def work(_progress, _cancelled):
            from privguard.services.workspace import create

            target.parent.mkdir(parents=True, exist_ok=True)
            return create(target, organisation=organisation, name=name, role=role,
                          passphrase=passphrase)

        def done(result) -> None:
            self.workspace, self.recovery_key = result
            on_created()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PrivGuardError):
                on_failed(error_text(exc))
            elif isinstance(exc, OSError):
                on_failed(error_text(os_error_to_user(exc, target)))
            else:
                on_failed(self.tr("The register could not be created: an unexpected error "
                                  "occurred."))

        self.ctx.tasks.start(work, done, failed)

    def reject(self) -> None:
        # Past the passphrase page the register exists; leaving must still hand it over.
        if self.workspace is not None:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.workspace is not None and result != QWizard.DialogCode.Accepted:
            return
        super().done(result)
