"""The unlock screen: pick your name, type your passphrase (or the recovery key).

The key derivation takes a noticeable moment by design (Argon2id), so it runs
off the GUI thread while a busy bar moves; a wrong passphrase is one calm
sentence, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import (
    PrivGuardError,
    RegisterInUse,
    WrongPassphraseOrDamaged,
)
from privguard.ui.context import AppContext
from privguard.ui.i18n import error_text
from privguard.ui.style import ERROR_CSS, HINT_CSS

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace

RECOVERY = "recovery"


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the open Workspace
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.where = QLabel()
        self.where.setStyleSheet(HINT_CSS)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.slot = QComboBox()
        self.slot.setObjectName("slot")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.returnPressed.connect(self.unlock)
        self.show_text = QCheckBox(self.tr("Show"))
        self.show_text.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(HINT_CSS)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_CSS)
        self.busy = QProgressBar(maximum=0, textVisible=False)
        self.busy.setVisible(False)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.back_button = QPushButton(self.tr("Other register…"))
        self.back_button.clicked.connect(self.back)
        self.slot.currentIndexChanged.connect(self._slot_changed)

        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.show_text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("I am:"), self.slot)
        self.passphrase_label = QLabel(self.tr("Passphrase:"))
        form.addRow(self.passphrase_label, passphrase_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        panel = QWidget()
        panel.setMinimumWidth(440)
        panel.setMaximumWidth(540)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.where)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.hint)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(self, path: Path, *, slot: str | None = None, hint: str = "") -> None:
        """Show the screen for the register at ``path``; reads only the key header."""
        self.path = Path(path)
        self.title.setText(self.tr("Unlock {name}").format(name=self.path.stem))
        self.where.setText(str(self.path))
        self.hint.setText(hint)
        self.error.clear()
        self.passphrase.clear()
        self.slot.clear()
        from privguard.services.workspace import read_slots

        try:
            slots = read_slots(self.path)
        except PrivGuardError as exc:
            self.error.setText(error_text(exc))
            slots = []
        for entry in slots:
            if entry["kind"] == RECOVERY:
                continue
            self.slot.addItem(f"{entry['name']} ({entry['role']})", entry["name"])
        if any(entry["kind"] == RECOVERY for entry in slots):
            self.slot.addItem(self.tr("I have the recovery key"), RECOVERY)
        if slot is not None:
            index = self.slot.findData(slot)
            if index >= 0:
                self.slot.setCurrentIndex(index)
        self._set_busy(False)
        self.passphrase.setFocus()

    def _slot_changed(self) -> None:
        recovery = self.slot.currentData() == RECOVERY
        self.passphrase_label.setText(self.tr("Recovery key:") if recovery else self.tr("Passphrase:"))
        self.passphrase.setPlaceholderText("XXXX-XXXX-…" if recovery else "")

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.slot, self.passphrase, self.unlock_button, self.back_button):
            widget.setEnabled(not busy)

    def unlock(self) -> None:
        if self.path is None or not self.unlock_button.isEnabled():
            return
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(self.tr("Type your passphrase first."))
            return
        slot = self.slot.currentData()
        path = self.path
        self.error.clear()
        self._set_busy(True)

        def work(_progress, _cancelled) -> Workspace:
            from privguard.services.workspace import open_workspace

            return open_workspace(path, secret, slot)

        self.ctx.tasks.start(work, self._opened, self._failed)

    def _opened(self, ws: Workspace) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.unlocked.emit(ws)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if type(exc) is WrongPassphraseOrDamaged:
            self.error.setText(self.tr("Wrong passphrase (or the register is damaged). "
                                       "Nothing was changed; try again."))
        elif isinstance(exc, RegisterInUse):
            self.error.setText(self.tr("This register is open in another PrivGuard window or "
                                       "program. Close it there first."))
        elif isinstance(exc, PrivGuardError):
            self.error.setText(error_text(exc))
        else:
            self.error.setText(self.tr("The register could not be opened: an unexpected error "
                                       "occurred. Nothing was changed."))
