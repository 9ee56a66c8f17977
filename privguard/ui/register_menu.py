"""The Register menu: back up, restore, verify, change the key, and who can unlock.

Each long action runs off the GUI thread with the status line saying what it does;
none of them is cancellable half-way (a backup or a key change stopped in the
middle is undone by the register itself), so the menu is greyed out while one runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from privguard.domain.errors import PrivGuardError
from privguard.ui.i18n import error_text, say

if TYPE_CHECKING:
    from privguard.ui.context import AppContext


class RegisterMenu(QObject):
    def __init__(self, ctx: AppContext, window: QWidget, open_register: Any):
        super().__init__(window)
        self.ctx, self.window, self._open_register = ctx, window, open_register
        self._busy = False
        self.menu: QMenu | None = None

    def build(self, menu: QMenu) -> None:
        self.menu = menu
        self.act_backup = self._add(self.tr("Back up to a file…"), self.backup)
        self.act_backup.setObjectName("register_backup")
        self.act_restore = self._add(self.tr("Restore a backup file…"), self.restore)
        self.act_restore.setObjectName("register_restore")
        menu.addSeparator()
        self.act_verify = self._add(self.tr("Verify the register"), self.verify)
        self.act_verify.setObjectName("register_verify")
        self.act_rotate = self._add(self.tr("Change the register's key…"), self.rotate)
        self.act_rotate.setObjectName("register_rotate")
        menu.addSeparator()
        self.act_people = self._add(self.tr("People who can unlock it…"), self.people)
        self.act_people.setObjectName("register_people")
        self.update()

    def _add(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def update(self) -> None:
        if self.menu is None:
            return
        unlocked = self.ctx.ws is not None
        writable = unlocked and not self.ctx.read_only()
        for action, enabled in ((self.act_backup, unlocked), (self.act_verify, unlocked),
                                (self.act_rotate, writable), (self.act_people, unlocked),
                                (self.act_restore, True)):
            action.setEnabled(enabled and not self._busy)

    # -- running one action at a time -------------------------------------------------

    def _run(self, doing: str, work: Any, done: Any) -> None:
        self._busy = True
        self.update()
        self.ctx.message.emit(doing)

        def finished(result: Any) -> None:
            self._busy = False
            self.update()
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.update()
            text = error_text(exc) if isinstance(exc, PrivGuardError | OSError) else self.tr(
                "An unexpected error occurred; nothing was changed.")
            QMessageBox.warning(self.window, self.tr("Register"), text)

        self.ctx.tasks.start(lambda _p, _c: work(), finished, failed, key="register-menu")

    # -- the actions ----------------------------------------------------------------------

    def backup(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        suggested = Path.home() / f"{ws.folder.stem} {ws.today().isoformat()}.pgbackup"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the register"),
                                              str(suggested),
                                              self.tr("PrivGuard backups (*.pgbackup)"))
        if not name:
            return
        target = Path(name)
        self._run(self.tr("Writing the backup…"), lambda: ws.register.export_backup(target),
                  lambda path: QMessageBox.information(
                      self.window, self.tr("Backup written"),
                      self.tr("The encrypted backup is in {path}. It opens with today's "
                              "passphrases and recovery key.").format(path=path)))

    def restore(self) -> None:
        from privguard.services.workspace import restore_backup

        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore a backup"),
                                              str(Path.home()),
                                              self.tr("PrivGuard backups (*.pgbackup *.zip);;"
                                                      "All files (*)"))
        if not name:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Where to put the restored register"), str(Path(name).parent))
        if not folder:
            return
        target = Path(folder) / f"{Path(name).stem} restored.privguard"
        self._run(self.tr("Restoring the backup…"),
                  lambda: restore_backup(Path(name), target),
                  lambda path: self._open_register(Path(path)))

    def verify(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return

        def shown(report: Any) -> None:
            if report.ok:
                QMessageBox.information(self.window, self.tr("Register verified"), self.tr(
                    "Every page's integrity check passed and the audit trail's {n} entries "
                    "chain intact.").format(n=report.audit_entries))
                return
            problems = [say(p) for p in [*report.cipher_problems, *report.audit_problems][:8]]
            QMessageBox.warning(self.window, self.tr("Register NOT verified"),
                                self.tr("The check found problems:") + "\n• "
                                + "\n• ".join(problems))

        self._run(self.tr("Verifying the register…"), ws.register.integrity, shown)

    def rotate(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Change the register's key"),
            self.tr("PrivGuard takes a backup, then re-encrypts the whole register under a new "
                    "key (about a minute on a large register; do not switch the computer off). "
                    "Everyone's passphrase and the recovery key keep working. If something "
                    "stops it half-way, the register finishes or undoes the change the next "
                    "time it is opened.\n\nChange the key now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(result: Any) -> None:
            text = self.tr("The register's key was changed; a backup was taken first.")
            if result.dropped:
                text += "\n" + self.tr("These key slots were dropped: {names}.").format(
                    names=", ".join(result.dropped))
            if result.recovery_key:
                text += "\n\n" + self.tr("The old recovery key no longer opens the register. "
                                         "Write down the new one now: {key}").format(
                                             key=result.recovery_key)
            QMessageBox.information(self.window, self.tr("Key changed"), text)

        self._run(self.tr("Changing the register's key…"), ws.register.rotate_key, done)

    def people(self) -> None:
        self.ctx.navigate("settings")
