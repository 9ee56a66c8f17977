"""Who can unlock the register: the key-slot list with add, remove and change passphrase.

Slot changes take effect at once (they rewrite the key header, not the
database), so they are not part of the Settings area's Save/Revert. Adding a
slot or changing a passphrase runs the deliberately slow key derivation, so
it goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.enums import PersonRole
from privguard.domain.errors import PrivGuardError
from privguard.services.keys import KeyService, SlotInfo
from privguard.ui.context import AppContext
from privguard.ui.i18n import choice_label, day, error_text, tr
from privguard.ui.passphrase import PassphraseFields
from privguard.ui.style import ERROR_CSS, HINT_CSS


def role_label(role: str) -> str:
    # Short roles are acronyms (CPO, DPO, IT): shown as they are, like the wizard does.
    return choice_label(role) if len(role) > 4 else role


def user_message(exc: BaseException) -> str:
    if isinstance(exc, PrivGuardError):
        return error_text(exc)
    return tr("Something went wrong that PrivGuard did not expect; please report it.")


def _added(created_at: str) -> str:
    try:
        return day(date.fromisoformat(created_at[:10]))
    except ValueError:
        return created_at


class AddSlotDialog(QDialog):
    """Name, role and a new passphrase (with confirmation and strength meter)."""

    def __init__(self, taken: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person's key slot"))
        self._taken = {t.casefold() for t in taken}
        self.name = QLineEdit()
        self.name.setObjectName("slotName")
        self.role = QComboBox()
        self.role.setObjectName("slotRole")
        for role in PersonRole:
            self.role.addItem(role_label(role.value), role.value)
        self.name_problem = QLabel()
        self.name_problem.setStyleSheet(ERROR_CSS)
        self.fields = PassphraseFields()
        hint = QLabel(self.tr("Give the passphrase to the person in private; they can change "
                              "it after they unlock the register."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_CSS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add slot"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("Role:"), self.role)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.fields)
        lay.addWidget(hint)
        lay.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.fields.validityChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if name.casefold() in self._taken:
            problem = self.tr("There is already a key slot called '{name}'.").format(name=name)
        self.name_problem.setText(problem)
        self.name_problem.setVisible(bool(problem))
        ok = bool(name) and not problem and self.fields.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.role.currentData(), self.fields.text()


class ChangePassphraseDialog(QDialog):
    def __init__(self, who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change my passphrase"))
        intro = QLabel(self.tr("The new passphrase unlocks the register as {who}. Other "
                               "people's passphrases and the recovery key do not change.")
                       .format(who=who))
        intro.setWordWrap(True)
        self.old = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.old.setObjectName("oldPassphrase")
        self.fields = PassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.old)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.fields)
        lay.addWidget(self.buttons)
        self.old.textChanged.connect(self._update)
        self.fields.validityChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(self.old.text()) and self.fields.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.fields.text()


class KeySlotsPanel(QWidget):
    """The list of key slots and what can be done with them; ``slotsChanged`` after a change."""

    slotsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._slots: list[SlotInfo] = []
        # Replaced in tests; a real run asks with a message box.
        self.confirm: Callable[[str], bool] = self._ask
        self.list = QTreeWidget()
        self.list.setObjectName("slots")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(100)
        self.list.setMaximumHeight(200)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.passphrase_button = QPushButton()
        self.add_button.clicked.connect(self._add_dialog)
        self.remove_button.clicked.connect(self._remove_selected)
        self.passphrase_button.clicked.connect(self._passphrase_dialog)
        self.message = QLabel()
        self.message.setObjectName("slotMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_CSS)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.passphrase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Kind"),
                                   self.tr("Added")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button.setText(self.tr("Add a person…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.passphrase_button.setText(self.tr("Change my passphrase…"))
        self.note.setText(self.tr("Each person unlocks the register with their own passphrase. "
                                  "Changes to key slots take effect at once."))
        self._fill()

    # -- list ---------------------------------------------------------------------

    def reload(self) -> None:
        ws = self.ctx.ws
        self._slots = KeyService(ws).slots() if ws is not None else []
        self._fill()

    def clear(self) -> None:
        self._slots = []
        self.list.clear()
        self.message.clear()

    def names(self) -> list[str]:
        return [s.name for s in self._slots]

    def _fill(self) -> None:
        selected = self._selected()
        self.list.clear()
        for slot in self._slots:
            name = slot.name if slot.is_person else self.tr("Recovery key")
            if slot.current:
                name = self.tr("{name} (you)").format(name=name)
            item = QTreeWidgetItem([name, role_label(slot.role) if slot.is_person else "",
                                    self.tr("Person") if slot.is_person else self.tr("Recovery"),
                                    _added(slot.created_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, slot.name)
            if slot.current:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.list.addTopLevelItem(item)
            if selected is not None and slot.name == selected.name:
                item.setSelected(True)
        self._update_buttons()

    def _selected(self) -> SlotInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        name = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((s for s in self._slots if s.name == name), None)

    def select(self, name: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == name)

    def _update_buttons(self, busy: bool = False) -> None:
        locked = self.ctx.ws is None
        self.add_button.setEnabled(not (busy or locked))
        self.passphrase_button.setEnabled(not (busy or locked))
        self.remove_button.setEnabled(not (busy or locked) and self._selected() is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_CSS if error else "")
        self.message.setText(text)

    # -- acts ---------------------------------------------------------------------

    def add_slot(self, name: str, role: str, passphrase: str) -> None:
        """Add a person's slot off the GUI thread; the list shows it when done."""
        ws = self.ctx.ws
        if ws is None:
            return
        self._busy(self.tr("Adding the key slot…"))

        def done(slot: SlotInfo) -> None:
            self._finished()
            self._say(self.tr("{name} can now unlock the register with their passphrase.")
                      .format(name=slot.name))
            self.select(slot.name)
            self.slotsChanged.emit()

        self.ctx.tasks.start(lambda _p, _c: KeyService(ws).add_slot(name, role, passphrase),
                             done, self._failed, key="keyslots")

    def remove_slot(self, name: str) -> None:
        """Revoke ``name`` off the GUI thread: the register's key changes, which re-encrypts
        it (a minute on a large register); the list shows the result when done."""
        ws = self.ctx.ws
        if ws is None:
            return
        self._busy(self.tr("Removing the key slot and changing the register's key…"))

        def done(_result: object) -> None:
            self._finished()
            self._say(self.tr("The key slot of {name} was removed and the register's key "
                              "changed: a copy of that slot opens nothing here.")
                      .format(name=name))
            self.slotsChanged.emit()

        self.ctx.tasks.start(lambda _p, _c: KeyService(ws).remove_slot(name), done,
                             self._failed, key="keyslots")

    def change_passphrase(self, old: str, new: str) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        self._busy(self.tr("Changing your passphrase…"))

        def done(_result: object) -> None:
            self._finished()
            self._say(self.tr("Your passphrase was changed. Use the new one from now on."))
            self.slotsChanged.emit()

        self.ctx.tasks.start(lambda _p, _c: KeyService(ws).change_passphrase(old, new),
                             done, self._failed, key="keyslots")

    def _busy(self, text: str) -> None:
        self._say(text)
        self._update_buttons(busy=True)

    def _finished(self) -> None:
        if self.ctx.ws is not None:
            self.reload()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self._say(user_message(exc), error=True)

    # -- dialogs ------------------------------------------------------------------

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove key slot"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _add_dialog(self) -> None:
        dialog = AddSlotDialog(self.names(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_slot(*dialog.values())
        dialog.fields.clear()
        dialog.deleteLater()

    def _remove_selected(self) -> None:
        slot = self._selected()
        if slot is None:
            return
        if not slot.is_person:
            self._say(self.tr("The recovery key's slot stays: without it a register whose "
                              "passphrases are all forgotten is lost."), error=True)
            return
        others = [s for s in self._slots if s.is_person and s.name != slot.name]
        if not others:
            self._say(self.tr("This is the last person's key slot; add another before "
                              "removing it."), error=True)
            return
        if slot.current:
            self._say(self.tr("You cannot remove the key slot you unlocked with; ask another "
                              "person who holds a slot to remove it."), error=True)
            return
        text = self.tr(
            "Remove the key slot of {name}?\n\nPrivGuard then changes the register's key: it "
            "takes a backup and re-encrypts the register (about a minute on a large one). "
            "After that, {name}'s passphrase — and any copy of their slot — opens nothing here "
            "or in the backups. Everyone else's passphrase and the recovery key keep working. "
            "The report-signing key is replaced; reports signed before still verify.\n\n"
            "Copies of the register {name} made themselves are not affected: they open with "
            "the key of the day they were made.").format(name=slot.name)
        if self.confirm(text):
            self.remove_slot(slot.name)

    def _passphrase_dialog(self) -> None:
        me = next((s for s in self._slots if s.current), None)
        dialog = ChangePassphraseDialog(me.name if me else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_passphrase(*dialog.values())
        dialog.old.clear()
        dialog.fields.clear()
        dialog.deleteLater()
