"""The main window: start screen, unlock screen and the unlocked workspace.

Locking is the one path that must never fail: it collects unsaved edits (kept
in memory only, to ask about after unlock), closes modal dialogs, stops
background work, destroys every area (and with them every model holding
register rows), closes the engine and shows the unlock screen.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError
from privguard.ui.area import Area
from privguard.ui.autolock import InactivityLock
from privguard.ui.context import AppContext
from privguard.ui.i18n import error_text, say, system_language
from privguard.ui.preferences import Preferences
from privguard.ui.register_menu import RegisterMenu
from privguard.ui.registry import AREAS, BY_KEY
from privguard.ui.start import StartScreen
from privguard.ui.style import BANNER_CSS
from privguard.ui.unlock import UnlockScreen
from privguard.ui.wizard import NewRegisterWizard

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, prefs: Preferences):
        super().__init__()
        self.ctx = ctx
        self.prefs = prefs
        self.path: Path | None = None
        self.slot: str | None = None
        self.areas: dict[str, Area] = {}
        self._pending: dict[str, Any] = {}
        self._locking = False
        self.wizard: NewRegisterWizard | None = None
        ctx.language.apply(prefs.get("language") or system_language())

        self.autolock = InactivityLock(self)
        self.autolock.timedOut.connect(lambda: self.lock())
        QApplication.instance().installEventFilter(self.autolock)
        # A bound slot, not a lambda: Qt drops the connection when this window is destroyed,
        # so an application-wide signal never reaches a window (and its timer) that is gone.
        QApplication.instance().applicationStateChanged.connect(self._application_state_changed)

        self.pages = QStackedWidget()
        self.start = StartScreen(prefs)
        self.start.newRequested.connect(self.new_register)
        self.start.openRequested.connect(self.open_register)
        self.start.demoRequested.connect(self.open_demo)
        self.unlock_screen = UnlockScreen(ctx)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.back.connect(self.show_start)
        self.work = QWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.area_stack = QStackedWidget()
        # Shown while the register is open read-only: why nothing can be edited.
        self.read_only_banner = QLabel(wordWrap=True)
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setStyleSheet(BANNER_CSS)
        self.read_only_banner.setVisible(False)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.area_stack, 1)
        layout = QHBoxLayout(self.work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        for page in (self.start, self.unlock_screen, self.work):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.who = QLabel()
        self.who.setObjectName("who")
        self.lock_button = QToolButton()
        self.lock_button.setAutoRaise(True)
        self.lock_button.clicked.connect(lambda: self.lock())
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.lock_button)
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.navigateRequested.connect(self.navigate)
        ctx.changed.connect(self._data_changed)
        self.register_menu = RegisterMenu(ctx, self, lambda path: self.open_register(path))
        self._build_chrome()
        self.resize(QSize(*prefs.get("window_size", [1280, 820])))
        self.show_start()

    # -- chrome: menus, actions, navigation labels (rebuilt on language change) ----------

    def _build_chrome(self) -> None:
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new_register = self._action(file_menu, self.tr("New register…"),
                                             self.new_register)
        self.act_open = self._action(file_menu, self.tr("Open register…"), self.show_start,
                                     QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self.act_lock = self._action(file_menu, self.tr("Lock"), lambda: self.lock(), "Ctrl+L")
        self.act_lock.setObjectName("lock")
        self.act_close = self._action(file_menu, self.tr("Close register"), self.close_register)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.act_new_item = self._action(edit_menu, self.tr("New item"),
                                         lambda: self._current_area_call("new_item"),
                                         QKeySequence.StandardKey.New)
        self.act_save = self._action(edit_menu, self.tr("Save"),
                                     lambda: self._current_area_call("save"),
                                     QKeySequence.StandardKey.Save)
        self.act_filter = self._action(edit_menu, self.tr("Filter"),
                                       lambda: self._current_area_call("focus_filter"),
                                       QKeySequence.StandardKey.Find)
        view_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.nav.blockSignals(True)
        current = self.nav.currentRow()
        self.nav.clear()
        for number, entry in enumerate(AREAS, start=1):
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.label())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(180, 34))
            self.nav.addItem(item)
            self._action(view_menu, entry.label(), lambda _=False, k=entry.key: self.navigate(k, {}),
                         f"Ctrl+{number}")
        self.nav.setCurrentRow(max(current, 0))
        self.nav.blockSignals(False)
        self.register_menu.build(self.menuBar().addMenu(self.tr("&Register")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About PrivGuard"), self._about)
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the register now (Ctrl+L)"))
        self._update_actions()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        unlocked = self.ctx.ws is not None
        for action in (self.act_lock, self.act_close, self.act_new_item, self.act_save,
                       self.act_filter):
            action.setEnabled(unlocked)
        self.lock_button.setVisible(unlocked)
        self.nav.setEnabled(unlocked)
        self.register_menu.update()
        read_only = unlocked and self.ctx.read_only()
        self.read_only_banner.setVisible(read_only)
        self.read_only_banner.setText(self.tr(
            "Open read-only: the register's folder or disk cannot be written, so nothing can "
            "be changed. Browsing, verifying and exporting reports work (exports are not "
            "recorded). To edit, lock, copy the register's folder somewhere writable and open "
            "the copy.") if read_only else "")
        if read_only:
            self.act_new_item.setEnabled(False)
            self.act_save.setEnabled(False)
        if unlocked:
            ws = self.ctx.ws
            self.who.setText(self.tr("Unlocked as {who} · {org} · {register}").format(
                who=ws.actor, org=ws.organisation or "—", register=ws.folder.stem))
            self.setWindowTitle(f"{ws.folder.stem} — PrivGuard")
        else:
            self.who.setText(self.tr("Locked") if self.path else "")
            self.setWindowTitle("PrivGuard")

    def _about(self) -> None:
        from privguard import __version__

        QMessageBox.about(self, self.tr("About PrivGuard"), self.tr(
            "PrivGuard {version}\n\nAn encrypted register of personal data, risks and "
            "incidents for privacy and security officers.").format(version=__version__))

    # -- start, open, unlock ---------------------------------------------------------------

    def show_start(self) -> None:
        if self.ctx.ws is not None and not self.close_register():
            return
        self.start.reload()
        self.pages.setCurrentWidget(self.start)
        self._update_actions()

    def open_register(self, path: Path, *, slot: str | None = None, hint: str = "") -> None:
        if self.ctx.ws is not None and not self.close_register():
            return
        self.path = Path(path)
        self.slot = slot
        self.unlock_screen.prepare(self.path, slot=slot, hint=hint)
        self.pages.setCurrentWidget(self.unlock_screen)
        self._update_actions()
        self.unlock_screen.passphrase.setFocus()

    def open_demo(self, path: Path | None = None) -> None:
        from privguard.services import demo

        path = Path(path) if path is not None else demo.default_path()
        hint = self.tr("The demo passphrase is: {passphrase}").format(
            passphrase=demo.DEMO_PASSPHRASE)
        if (path / "register.db").exists():
            self.open_register(path, slot=demo.DEMO_PERSON, hint=hint)
            return
        self.start.set_busy(self.tr("Building the demo register (a few seconds, once)…"))

        def work(progress, _cancelled) -> Path:
            demo.ensure(path, progress=lambda text: progress(text, -1))
            return path

        def failed(exc: BaseException) -> None:
            self.start.set_busy(None)
            self.start.show_error(error_text(exc) if isinstance(exc, PrivGuardError | OSError)
                                  else self.tr("The demo could not be built."))

        def done(built: Path) -> None:
            self.start.set_busy(None)
            self.open_register(built, slot=demo.DEMO_PERSON, hint=hint)

        self.ctx.tasks.start(work, done, failed,
                             on_progress=lambda text, _p: self.start.status.setText(say(text)))

    def new_register(self) -> None:
        if self.ctx.ws is not None and not self.close_register():
            return
        folder = Path(self.prefs.get("last_folder") or Path.home() / "Documents")
        self.wizard = NewRegisterWizard(self.ctx, folder, self)
        self.wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.open()

    def _wizard_finished(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if wizard.workspace is not None:
            self.path = wizard.target
            self.prefs.set("last_folder", str(wizard.target.parent))
            self._unlocked(wizard.workspace)

    def _unlocked(self, ws: Workspace) -> None:
        self.ctx.ws = ws
        self.path = ws.folder
        self.slot = ws.actor
        self.prefs.add_recent(ws.folder)
        try:
            self.autolock.set_delay_minutes(ws.settings.get("auto_lock_minutes"))
        except PrivGuardError:
            self.autolock.set_delay_minutes(5)
        self.autolock.start()
        self.pages.setCurrentWidget(self.work)
        self._update_actions()
        self.ctx.unlocked.emit()
        self.navigate("dashboard", {})
        if self._pending:
            QTimer.singleShot(0, self._offer_pending)

    def _offer_pending(self) -> None:
        pending, self._pending = self._pending, {}
        names = ", ".join(BY_KEY[key].label() for key in pending)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The register locked while you had unsaved changes in: {areas}.\n"
                    "Put them back in the editor?").format(areas=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard)
        if answer != QMessageBox.StandardButton.Yes or self.ctx.ws is None:
            return
        for key, edits in pending.items():
            self.area(key).restore_edits(edits)
        self.navigate(next(iter(pending)), {})

    # -- areas -----------------------------------------------------------------------------

    def area(self, key: str) -> Area:
        area = self.areas.get(key)
        if area is None:
            area = BY_KEY[key].build(self.ctx)
            area.setObjectName(f"area_{key}")
            self.areas[key] = area
            self.area_stack.addWidget(area)
        return area

    def current_area(self) -> Area | None:
        widget = self.area_stack.currentWidget()
        return widget if isinstance(widget, Area) else None

    def _current_area_call(self, name: str) -> None:
        area = self.current_area()
        if area is not None and self.ctx.ws is not None:
            getattr(area, name)()

    def navigate(self, key: str, filters: dict) -> None:
        if self.ctx.ws is None or key not in BY_KEY:
            return
        fresh = key not in self.areas
        area = self.area(key)
        # The first area added to the stack is current already, so "became current"
        # alone would skip loading it.
        if fresh or self.area_stack.currentWidget() is not area:
            self.area_stack.setCurrentWidget(area)
            area.refresh()
        if filters:
            area.show_filter(**filters)
        row = list(BY_KEY).index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self.navigate(AREAS[row].key, {})

    def _data_changed(self, entity: str) -> None:
        if entity == "language" and self.ctx.ws is not None:
            code = self.ctx.ws.settings.get("language")
            self.prefs.set("language", code)
            self.ctx.language.apply(code)
            self._rebuild_areas()
        elif entity == "settings" and self.ctx.ws is not None:
            self.autolock.set_delay_minutes(self.ctx.ws.settings.get("auto_lock_minutes"))
            self._update_actions()

    def _rebuild_areas(self) -> None:
        """Rebuild every widget with text in it, so a new language shows everywhere."""
        current = self.current_area()
        key = current.key if current is not None else "dashboard"
        pending = {k: a.pending_edits() for k, a in self.areas.items() if a.has_unsaved()}
        self._drop_areas()
        self._build_chrome()
        self.navigate(key, {})
        for area_key, edits in pending.items():
            self.area(area_key).restore_edits(edits)

    def _drop_areas(self) -> None:
        for area in self.areas.values():
            with contextlib.suppress(RuntimeError):
                area.clear()
            self.area_stack.removeWidget(area)
            area.deleteLater()
        self.areas.clear()

    # -- lock, close -------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now: nothing of the register stays reachable, unsaved edits stay in memory."""
        if self.ctx.ws is None or self._locking:
            return
        self._locking = True
        try:
            self.autolock.stop()
            for key, area in self.areas.items():
                if area.has_unsaved():
                    self._pending[key] = area.pending_edits()
            self._close_dialogs()
            self.ctx.tasks.cancel_all()
            self.ctx.tasks.wait(15_000)
            self._drop_areas()
            ws, self.ctx.ws = self.ctx.ws, None
            with contextlib.suppress(PrivGuardError, OSError):
                ws.close()
            self.ctx.clipboard.clear_if_ours()
            self.ctx.locked.emit()
            self.unlock_screen.prepare(self.path, slot=self.slot)
            self.pages.setCurrentWidget(self.unlock_screen)
            self._update_actions()
        finally:
            self._locking = False

    def _close_dialogs(self) -> None:
        for _ in range(20):  # nested modal dialogs close innermost first
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            modal.hide()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _confirm_unsaved(self) -> bool:
        """Ask about unsaved edits before closing; True if it is fine to go on."""
        dirty = [area for area in self.areas.values() if area.has_unsaved()]
        if not dirty:
            return True
        names = ", ".join(area.title() for area in dirty)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You have unsaved changes in: {areas}. Save them?").format(areas=names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return all(area.save() for area in dirty)
        for area in dirty:
            area.discard()
        return True

    def close_register(self) -> bool:
        if self.ctx.ws is None:
            return True
        if not self._confirm_unsaved():
            return False
        self._pending.clear()
        self.lock()
        self._pending.clear()
        self.path = None
        self.start.reload()
        self.pages.setCurrentWidget(self.start)
        self._update_actions()
        return True

    def _application_state_changed(self, _state: object) -> None:
        """Back from another application: lock now if the idle time ran out meanwhile."""
        self.autolock.check()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.ctx.ws is not None and not self.close_register():
            event.ignore()
            return
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(15_000)
        self.prefs.set("window_size", [self.width(), self.height()])
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ActivationChange:
            self.autolock.check()
        super().changeEvent(event)
