"""Click everything: every area, both languages, the demo register, as a user would.

For each area of the main window the walk selects the first row of every list, opens every
tab, clicks every visible, enabled button (``qtbot.mouseClick``), opens every context menu and
triggers every enabled action (``QAction.trigger``), then the window's Edit menu. Dialogs and
message boxes that open are answered by ``Answerer``: on the *accept* pass it clicks the
buttons inside a dialog and then its OK/Yes/Save (falling back to Cancel when the dialog
refuses), on the *reject* pass it cancels them. File dialogs are patched: on the accept pass
they return paths in a temporary folder (the newest exported PDF for an open dialog, so
*Verify a report file…* checks a real report); on the reject pass they return nothing, as
Cancel does.

Every click runs inside ``qtbot.capture_exceptions()`` and looks at the Qt log, so a slot that
raises or a Qt warning is reported with the button that caused it (the project also fails
any test on a Qt warning: ``qt_log_level_fail``).

Session-ending actions are walked once per language by ``test_window_menus``, each followed
by unlocking again: Lock (menu and status-bar button), Close register, Open register… and
New register… (both close the register first), and Quit (with quit-on-last-window-closed off
for that one click: otherwise closing the last window makes Qt leave every running event
loop, pytest-qt's own waits included). Nothing else is skipped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QRadioButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

from privguard.services.demo import DEMO_PASSPHRASE, DEMO_PERSON
from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from privguard.ui.registry import AREAS
from privguard.words import words_for

LANGUAGES = ("en", "es")
MODES = ("accept", "reject")
SETTLE_MS = 60_000  # the longest a click may keep the window busy (a report export)

# A context menu grabs the keyboard; the offscreen platform says it cannot (its noise, not ours).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def alive(obj: Any) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def name_of(obj: Any) -> str:
    text = obj.text() if hasattr(obj, "text") else ""
    text = (text or obj.toolTip() or obj.objectName() or type(obj).__name__).replace("&", "")
    return f"{type(obj).__name__} “{text}”"


def screen_order(widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, left to right: the order a reader meets them."""
    def where(w: QWidget) -> tuple[int, int]:
        p = w.mapToGlobal(QPoint(0, 0))
        return p.y(), p.x()
    return sorted(widgets, key=where)


# -- answering dialogs -----------------------------------------------------------------------


class Answerer:
    """Answers every modal dialog, message box and popup menu that opens while it runs.

    It polls with single-shot timers, each scheduling the next one first, so that a dialog
    it opens from inside a dialog (a nested event loop) is answered too.
    """

    ACCEPT = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole,
              QMessageBox.ButtonRole.ApplyRole)
    REJECT = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)

    def __init__(self, walk: Walk):
        self.walk = walk
        self.running = False
        self.menus: list[QMenu] = []
        self._handling: list[QWidget] = []
        self._tries: dict[int, tuple[QWidget, int]] = {}

    def start(self) -> None:
        self.running = True
        QTimer.singleShot(5, self._tick)

    def stop(self) -> None:
        self.running = False

    def _tick(self) -> None:
        if not self.running:
            return
        QTimer.singleShot(5, self._tick)
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or any(widget is w for w in self._handling) or not widget.isVisible():
            return
        _obj, tries = self._tries.get(id(widget), (widget, 0))
        self._tries[id(widget)] = (widget, tries + 1)
        self._handling.append(widget)
        try:
            if tries >= 4:  # it would not close: say so, and close it so the walk goes on
                self.walk.problem(f"{name_of(widget)} stayed open after {tries} answers")
                widget.close()
            elif isinstance(widget, QMenu):
                self._menu(widget)
            elif isinstance(widget, QMessageBox):
                self._message_box(widget)
            elif isinstance(widget, QFileDialog):
                self.walk.problem("a file dialog opened that the test did not patch")
                widget.reject()
            elif isinstance(widget, QDialog):
                self._dialog(widget, tries)
            else:
                widget.close()
        finally:
            self._handling.remove(widget)

    def _menu(self, menu: QMenu) -> None:
        self.menus.append(menu)
        enabled = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
        if self.walk.mode == "accept" and enabled:
            self.walk.note(f"menu › {enabled[0].text()}")
            menu.setActiveAction(enabled[0])
            QTest.keyClick(menu, Qt.Key.Key_Return)
        else:
            QTest.keyClick(menu, Qt.Key.Key_Escape)

    def _message_box(self, box: QMessageBox) -> None:
        roles = self.ACCEPT if self.walk.mode == "accept" else self.REJECT
        buttons = box.buttons()
        choice = next((b for role in roles for b in buttons if box.buttonRole(b) == role), None)
        choice = choice or box.escapeButton() or box.defaultButton() or (buttons or [None])[0]
        self.walk.note(f"“{box.windowTitle()}” › {choice.text() if choice else 'close'}")
        if choice is None:
            box.close()
        else:
            QTest.mouseClick(choice, Qt.MouseButton.LeftButton)

    def _dialog(self, dialog: QDialog, tries: int) -> None:
        own = dialog.findChildren(QDialogButtonBox)
        if isinstance(dialog, QWizard):
            nav = {id(dialog.button(b)) for b in (
                QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton)}
        else:
            nav = set()
        if tries == 0:  # walk what the dialog offers before answering it
            for button in screen_order([
                    b for b in dialog.findChildren(QAbstractButton)
                    if id(b) not in nav and not any(box.isAncestorOf(b) for box in own)]):
                if alive(button) and button.isVisible() and button.isEnabled() \
                        and dialog.isVisible():
                    self.walk.note(f"“{dialog.windowTitle()}” › {name_of(button)}")
                    self.walk.click_widget(button)
        if not alive(dialog) or not dialog.isVisible():
            return
        accept = self.walk.mode == "accept" and tries == 0
        if isinstance(dialog, QWizard):
            finish = dialog.button(QWizard.WizardButton.FinishButton)
            if accept and finish.isVisible() and finish.isEnabled():
                QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
            else:
                self.walk.note(f"“{dialog.windowTitle()}” › Cancel")
                dialog.reject()
            return
        for box in own:
            wanted = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole) \
                if accept else (QDialogButtonBox.ButtonRole.RejectRole,
                                QDialogButtonBox.ButtonRole.NoRole)
            for button in box.buttons():
                if box.buttonRole(button) in wanted and button.isVisible() and button.isEnabled():
                    self.walk.note(f"“{dialog.windowTitle()}” › {button.text()}")
                    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                    return
        self.walk.note(f"“{dialog.windowTitle()}” › Escape")
        dialog.reject()


# -- the walk ------------------------------------------------------------------------------


@dataclass
class Walk:
    """Clicks what a window offers and keeps what went wrong, each with what was clicked."""

    qtbot: Any
    qtlog: Any
    window: Any
    mode: str = "accept"
    clicked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    where: str = ""
    _pressed: dict[int, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.answerer = Answerer(self)

    # bookkeeping

    def problem(self, text: str) -> None:
        self.problems.append(f"[{self.where}] {text}")

    def note(self, text: str) -> None:
        self.dialogs.append(f"[{self.where}] {text}")

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def settle(self) -> None:
        QApplication.processEvents()
        try:
            self.qtbot.waitUntil(lambda: not self.ctx.tasks.busy
                                 and QApplication.activeModalWidget() is None, timeout=SETTLE_MS)
        except Exception as exc:  # noqa: BLE001 - pytest-qt raises its own TimeoutError
            self.problem(f"still busy after {SETTLE_MS} ms: {exc}")

    def press(self, what: Any, label: str, act: Any) -> None:
        """Do ``act`` (a click, a trigger); report any exception or Qt warning it caused."""
        seen = len(self.qtlog.records)
        self.clicked.append(f"[{self.where}] {label}")
        with self.qtbot.capture_exceptions() as raised:
            act()
            self.settle()
        for _type, exc, _tb in raised:
            self.problem(f"{label}: {type(exc).__name__}: {exc}")
        for record in self.qtlog.records[seen:]:
            if record.log_type_name in ("WARNING", "CRITICAL", "FATAL") and not record.ignored:
                self.problem(f"{label}: Qt {record.log_type_name}: {record.message}")

    def click_widget(self, button: QAbstractButton) -> None:
        """One left click where a user clicks: the middle, or a check box's box."""
        pos = button.rect().center()
        if isinstance(button, QCheckBox | QRadioButton):
            pos = QPoint(min(8, button.width() // 2), button.height() // 2)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)

    def click(self, button: QAbstractButton) -> None:
        self._pressed[id(button)] = button
        self.press(button, name_of(button), lambda: self.click_widget(button))

    def trigger(self, action: QAction) -> None:
        self._pressed[id(action)] = action
        self.press(action, f"action “{action.text().replace('&', '') or action.objectName()}”"
                   f" of {type(action.parent()).__name__}", action.trigger)

    def pressed(self, obj: Any) -> bool:
        return id(obj) in self._pressed

    # areas

    def walk_area(self, key: str) -> None:
        self.where = f"{key} · {self.mode}"
        self._pressed = {}
        self.answerer.start()
        try:
            self.window.navigate(key, {})
            self.settle()
            area = self.window.areas[key]
            self._walk_widget(area, area, key)
            self._context_menus(area, key)
            self._actions(area, key)
            self._toolbars(area, key)
            for action in (self.window.act_new_item, self.window.act_save,
                           self.window.act_filter):
                self._back_to(area, key)
                if action.isEnabled():
                    self.trigger(action)
        finally:
            self.answerer.stop()

    def _back_to(self, area: QWidget, key: str) -> bool:
        """A click may have gone to another area (Export what you see…): come back as a user."""
        if not alive(area) or self.ctx.ws is None:
            return False
        if self.window.current_area() is not area:
            self.window.navigate(key, {})
            self.settle()
        return True

    def _select_first_rows(self, root: QWidget, area: QWidget, key: str) -> None:
        for view in root.findChildren(QAbstractItemView):
            if not (alive(view) and view.isVisible() and view.isEnabled()) or view.model() is None:
                continue
            model = view.model()
            if model.rowCount() == 0 or view.selectionModel().currentIndex().isValid():
                continue
            column = 0
            if isinstance(view, QTableView):
                column = next((c for c in range(model.columnCount())
                               if not view.isColumnHidden(c)), 0)
            rect = view.visualRect(model.index(0, column))
            if rect.isEmpty():
                continue
            self.press(view, f"first row of {type(view).__name__} {view.objectName()}",
                       lambda v=view, r=rect: self.qtbot.mouseClick(
                           v.viewport(), Qt.MouseButton.LeftButton, pos=r.center()))
            self._back_to(area, key)

    def _buttons(self, root: QWidget) -> list[QAbstractButton]:
        return screen_order([
            b for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and not self.pressed(b)
            and not isinstance(b.parentWidget(), QToolBar)])  # toolbars come last

    def _walk_widget(self, root: QWidget, area: QWidget, key: str) -> None:
        self._select_first_rows(root, area, key)
        for _round in range(3):  # a click may show more buttons
            buttons = self._buttons(root)
            if not buttons:
                break
            for button in buttons:
                if not self._back_to(area, key):
                    return
                if alive(button) and button.isVisible() and button.isEnabled():
                    self.click(button)
        tabs = [t for t in root.findChildren(QTabWidget)
                if not any(o is not t and o.isAncestorOf(t) for o in root.findChildren(QTabWidget))]
        for tab_widget in tabs:
            for index in range(tab_widget.count() if alive(tab_widget) else 0):
                if not (self._back_to(area, key) and alive(tab_widget) and tab_widget.isVisible()
                        and tab_widget.isTabEnabled(index)):
                    continue
                bar = tab_widget.tabBar()
                self.press(bar, f"tab “{tab_widget.tabText(index)}”",
                           lambda b=bar, i=index: self.qtbot.mouseClick(
                               b, Qt.MouseButton.LeftButton, pos=b.tabRect(i).center()))
                if alive(tab_widget) and tab_widget.currentIndex() != index:
                    self.problem(f"clicking tab “{tab_widget.tabText(index)}” did not open it")
                    continue
                self._walk_widget(tab_widget.widget(index), area, key)

    def _context_menus(self, area: QWidget, key: str) -> None:
        if not self._back_to(area, key):
            return
        widgets = [w for w in area.findChildren(QWidget)
                   if w.isVisible() and w.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu]
        for widget in widgets:
            if not (self._back_to(area, key) and alive(widget) and widget.isVisible()):
                continue
            before = len(self.answerer.menus)
            self.press(widget, f"context menu of {type(widget).__name__}",
                       lambda w=widget: w.customContextMenuRequested.emit(QPoint(5, 5)))
            if len(self.answerer.menus) == before:
                self.problem(f"the context menu of {type(widget).__name__} did not open")
                continue
            menu = self.answerer.menus[-1]
            for action in list(menu.actions()) if alive(menu) else []:
                # each twice when it toggles (a column hidden, then shown again)
                for _ in range(2 if action.isCheckable() else 1):
                    if alive(action) and action.isEnabled() and self._back_to(area, key):
                        self.trigger(action)

    def _actions(self, area: QWidget, key: str) -> None:
        """Actions a user reaches without a toolbar or a menu: shortcuts, a line edit's ✕.

        Only actions added to a widget count: a toolbar's own toggleViewAction, for one,
        is in no menu here (the toolbar sits in an area, not in a QMainWindow).
        """
        on_toolbars = [a for bar in area.findChildren(QToolBar) for a in bar.actions()]
        for action in area.findChildren(QAction):
            if (any(action is a for a in on_toolbars) or isinstance(action.parent(), QMenu)
                    or not action.associatedObjects() or not self._back_to(area, key)):
                continue
            if alive(action) and action.isEnabled():
                self.trigger(action)

    def _toolbars(self, area: QWidget, key: str) -> None:
        for bar in area.findChildren(QToolBar):
            for action in bar.actions() if alive(bar) else []:
                if not (self._back_to(area, key) and alive(bar)):
                    return
                self._select_first_rows(area, area, key)  # a user picks an item first
                button = bar.widgetForAction(action)
                if alive(button) and isinstance(button, QAbstractButton) and button.isVisible() \
                        and button.isEnabled():
                    self.click(button)
                elif alive(action) and action.isEnabled() and action.isVisible() and button is None:
                    self.trigger(action)

    # the window

    def unlock_again(self, path: Path) -> None:
        win = self.window
        if not win.isVisible():
            win.show()
        if win.pages.currentWidget() is not win.unlock_screen:
            win.open_register(path, slot=DEMO_PERSON)
        win.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
        self.qtbot.mouseClick(win.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: win.ctx.ws is not None, timeout=10_000)
        self.settle()

    def walk_menus(self, path: Path) -> None:
        """Every action of the menu bar and the status bar's Lock button, unlocking after each
        action that ends the session (and checking that it did)."""
        win = self.window
        self.where = f"window · {self.mode}"
        menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
        file_menu, go_menu = menus[0], menus[2]
        quit_action = [a for a in file_menu.actions() if not a.isSeparator()][-1]
        ending = [win.act_new_register, win.act_open, win.act_lock, win.act_close, quit_action]
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # Quit closes the last window: see the docstring
        self.answerer.start()
        try:
            for menu in menus:
                for action in menu.actions():
                    if win.ctx.ws is None:
                        self.unlock_again(path)
                    if action.isSeparator() or not action.isEnabled():
                        continue
                    self.trigger(action)
                    label = action.text().replace("&", "")
                    if any(action is a for a in ending) and win.ctx.ws is not None:
                        self.problem(f"“{label}” left the register open")
                    if action is quit_action and win.isVisible():
                        self.problem("Quit left the window open")
                    if menu is go_menu:
                        entry = AREAS[go_menu.actions().index(action)]
                        if win.current_area() is None or win.current_area().key != entry.key:
                            self.problem(f"“{label}” did not show {entry.key}")
            if win.ctx.ws is None:
                self.unlock_again(path)
            self.click(win.lock_button)
            if win.ctx.ws is not None:
                self.problem("the status bar's Lock button left the register open")
            self.unlock_again(path)
        finally:
            self.answerer.stop()
            app.setQuitOnLastWindowClosed(quits)


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def file_dialogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """File dialogs answer with paths in ``tmp_path/out`` (accept) or nothing (reject)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "evidence.txt").write_text("a file to hash\n", encoding="utf-8")
    state = {"mode": "accept"}

    def save(_parent=None, _caption="", folder="", _filter="", *_a, **_k):
        if state["mode"] != "accept":
            return "", ""
        return str(out / (Path(folder).name or "saved")), _filter

    def open_(_parent=None, _caption="", _folder="", _filter="", *_a, **_k):
        if state["mode"] != "accept":
            return "", ""
        pdfs = sorted(out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
        return str(pdfs[-1] if pdfs else out / "evidence.txt"), _filter

    def folder(*_a, **_k):
        return str(out) if state["mode"] == "accept" else ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    state["out"] = out
    return state


def open_window(qtbot, qtlog, tmp_path: Path, path: Path, lang: str) -> Walk:
    prefs = Preferences(tmp_path / "config")
    prefs.set("language", lang)
    win = build_window(prefs=prefs)
    # Not qtbot.addWidget: pytest-qt closes its widgets before fixtures end, and closing a
    # window with unsaved edits asks a question no one would answer. window_walk closes it.
    win.resize(1400, 900)
    win.show()
    walk = Walk(qtbot, qtlog, win)
    walk.unlock_again(path)
    assert win.current_area().key == "dashboard"
    return walk


@pytest.fixture
def window_walk(qtbot, qtlog, tmp_path, demo_path, file_dialogs, request):
    walk = open_window(qtbot, qtlog, tmp_path, demo_path, request.param)
    walk.file_dialogs = file_dialogs
    yield walk
    walk.answerer.stop()
    win = walk.window
    win.lock()  # never asks: unsaved edits stay in memory, nothing is written
    win.ctx.tasks.wait()
    win.close()
    win.deleteLater()
    win.ctx.language.apply("en")


def run_both_passes(walk: Walk, each) -> None:  # noqa: ANN001
    for mode in MODES:
        walk.mode = walk.file_dialogs["mode"] = mode
        each()


def report(walk: Walk) -> str:
    return "\n".join(walk.problems) + f"\n({len(walk.clicked)} clicks)"


# -- the tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("window_walk", LANGUAGES, indirect=True)
@pytest.mark.parametrize("key", [entry.key for entry in AREAS])
def test_click_everything_in_an_area(window_walk: Walk, key: str):
    started = time.perf_counter()
    run_both_passes(window_walk, lambda: window_walk.walk_area(key))
    assert not window_walk.problems, report(window_walk)
    assert window_walk.clicked, "the walk found nothing to click"
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("window_walk", LANGUAGES, indirect=True)
def test_window_menus(window_walk: Walk, demo_path: Path):
    run_both_passes(window_walk, lambda: window_walk.walk_menus(demo_path))
    assert not window_walk.problems, report(window_walk)
    win = window_walk.window
    assert win.ctx.ws is not None and win.isVisible()
    labels = " ".join(window_walk.clicked)
    for action in (win.act_lock, win.act_close, win.act_open, win.act_new_register):
        assert action.text().replace("&", "") in labels


@pytest.mark.parametrize("window_walk", ["en"], indirect=True)
def test_the_walk_reports_a_button_whose_slot_raises(window_walk: Walk):
    window_walk.window.navigate("audit", {})
    button = window_walk.window.areas["audit"].verify_button

    def broken(*_args: Any) -> None:
        raise RuntimeError("this slot is broken")

    button.clicked.connect(broken)
    window_walk.walk_area("audit")
    assert any(name_of(button) in p and "RuntimeError: this slot is broken" in p
               for p in window_walk.problems), report(window_walk)


@pytest.mark.parametrize("window_walk", ["en", "es"], indirect=True)
def test_export_pdf_button_writes_a_board_report_and_verify_checks_it(window_walk: Walk):
    walk = window_walk
    win = walk.window
    walk.answerer.start()
    try:
        win.navigate("reports", {})
        walk.settle()
        area = win.areas["reports"]
        assert area.kind() == "board"
        walk.click(area.export_button)
        pdfs = list(walk.file_dialogs["out"].glob("*.pdf"))
        assert len(pdfs) == 1, area.status.text()
        text = "".join(page.extract_text() for page in PdfReader(pdfs[0]).pages)
        assert pdfs[0].name == area.suggested_name()
        # "The register's language" is the language chosen: the demo register's is English.
        words = words_for(win.ctx.ws.settings.get("language"))
        assert words.gettext("Board report") in text.splitlines()[:5]
        assert "Alder & Finch" in text and words.gettext("Executive summary") in text
        walk.click(area.verify_button)
    finally:
        walk.answerer.stop()
    assert not walk.problems, report(walk)
    shown = [d for d in walk.dialogs if area.tr("Report verified") in d]
    assert shown, walk.dialogs
    assert area.status.styleSheet() == "" and area.status.text()
    assert any(area.tr("Export PDF…") in c for c in walk.clicked)


@pytest.mark.parametrize(("window_walk", "typed"), [("en", ""), ("es", "1.500")],
                         indirect=["window_walk"])
def test_numbers_as_typed_come_back_after_a_lock(window_walk: Walk, demo_path: Path, typed: str):
    """Found by the walk: a number field's unsaved text (empty, or "1.500" in Spanish) made
    putting the edits back raise (int("") in NumberEditor.set_value), after a lock as after
    saving an incident with a half-filled breach assessment."""
    walk = window_walk
    win = walk.window
    walk.answerer.start()
    try:
        win.navigate("inventory", {})
        walk.settle()
        area = win.areas["inventory"]
        walk._select_first_rows(area, area, "inventory")
        name = area.form.editor("name").widget
        number = area.form.editor("approx_subjects").widget
        walk.qtbot.keyClicks(name, " (draft)")
        number.clear()
        walk.qtbot.keyClicks(number, typed)
        assert area.has_unsaved()
        walk.press(win.act_lock, "Lock", win.act_lock.trigger)
        assert win.ctx.ws is None
        walk.press(win.unlock_screen.unlock_button, "Unlock", lambda: walk.unlock_again(demo_path))
        walk.qtbot.waitUntil(lambda: "inventory" in win.areas
                             and win.areas["inventory"].has_unsaved(), timeout=10_000)
    finally:
        walk.answerer.stop()
    assert not walk.problems, report(walk)
    area = win.areas["inventory"]
    assert area.form.editor("name").widget.text().endswith(" (draft)")
    assert area.form.editor("approx_subjects").widget.text() == typed
