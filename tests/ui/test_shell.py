"""The application shell as a user meets it: wizard, unlock, lock, clipboard."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from privguard.services.workspace import open_workspace
from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from tests.conftest import PASSPHRASE
from tests.ui.conftest import DEMO_PASSPHRASE


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win = build_window(prefs=Preferences(tmp_path / "config"))
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.ctx.ws is not None:
        win.close_register()
    win.ctx.tasks.wait()


def unlock(qtbot, win, secret: str) -> None:
    win.unlock_screen.passphrase.setText(secret)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: win.unlock_screen.unlock_button.isEnabled(), timeout=10_000)


def test_wizard_creates_a_register_and_shows_the_recovery_key_once(qtbot, window, tmp_path):
    window.prefs.set("last_folder", str(tmp_path))
    window.new_register()
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.organisation_page
    page.organisation.setText("Acme Ltd")
    assert page.target() == tmp_path / "Acme Ltd.privguard"
    wizard.next()
    wizard.person_page.name.setText("Ana Ruiz")
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.passphrase.setText("short")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert fields.problem.text()
    fields.passphrase.setText(PASSPHRASE)
    fields.confirm.setText(PASSPHRASE + "x")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    fields.confirm.setText(PASSPHRASE)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    key = wizard.recovery_page.key.text()
    assert len(key.replace("-", "").replace(" ", "")) >= 32
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the wizard must not finish before the key is stored"
    wizard.reject()  # Escape at this point must not lose the new register
    assert wizard.isVisible()
    wizard.recovery_page.stored.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    qtbot.waitUntil(lambda: window.ctx.ws is not None)
    assert window.pages.currentWidget() is window.work
    assert "Ana Ruiz" in window.who.text()
    assert window.prefs.recent() == [(tmp_path / "Acme Ltd.privguard").resolve()]
    window.close_register()
    # The recovery key shown once really opens the register.
    open_workspace(tmp_path / "Acme Ltd.privguard", key, "recovery").close()


def test_wrong_passphrase_then_right(qtbot, window, demo_path):
    window.open_register(demo_path)
    names = [window.unlock_screen.slot.itemData(i) for i in range(window.unlock_screen.slot.count())]
    assert "Marta Vidal" in names and "recovery" in names
    unlock(qtbot, window, "not the passphrase at all")
    assert window.ctx.ws is None
    assert "Wrong passphrase" in window.unlock_screen.error.text()
    assert "Traceback" not in window.unlock_screen.error.text()
    unlock(qtbot, window, DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: window.ctx.ws is not None, timeout=10_000)
    assert window.current_area().key == "dashboard"
    assert "Marta Vidal" in window.who.text()


def test_ctrl_l_locks_and_clears_everything(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.navigate("risks", {})
    assert window.areas["risks"].isVisible()
    window.act_lock.trigger()
    assert window.ctx.ws is None
    assert window.areas == {}, "every area (and its models) is destroyed on lock"
    assert window.pages.currentWidget() is window.unlock_screen
    assert not window.act_save.isEnabled()


def test_auto_lock_fires_while_a_modal_dialog_is_open(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.autolock.delay_s = 0.3
    window.autolock._timer.setInterval(50)
    seen = {}

    def modal() -> None:
        seen["answer"] = QMessageBox.question(window, "Question", "Still there?")

    QTimer.singleShot(0, modal)
    qtbot.waitUntil(lambda: "answer" in seen, timeout=5_000)
    assert window.ctx.ws is None
    assert window.pages.currentWidget() is window.unlock_screen
    assert QApplication.activeModalWidget() is None


def test_auto_lock_after_the_machine_slept(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.autolock.check()
    assert window.ctx.ws is not None, "no lock without idle time"
    # Suspend stops the monotonic clock on some systems; the wall clock keeps going.
    slept = time.time() + 3600
    window.autolock._wall = lambda: slept
    window.autolock.check()
    assert window.ctx.ws is None


def test_user_input_postpones_the_auto_lock(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.autolock.delay_s = 0.5
    window.autolock._timer.setInterval(50)
    for _ in range(6):
        qtbot.keyClick(window.who, Qt.Key.Key_Shift)
        qtbot.wait(120)
    assert window.ctx.ws is not None
    qtbot.waitUntil(lambda: window.ctx.ws is None, timeout=5_000)


def test_clipboard_is_cleared_only_if_it_still_holds_our_text(qtbot, ctx):
    from privguard.ui.clipboard import ClipboardGuard

    guard = ClipboardGuard(clear_after_ms=100)
    clipboard = QApplication.clipboard()
    guard.copy("Ransomware encrypts mail")
    assert clipboard.text() == "Ransomware encrypts mail"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
    guard.copy("secret risk")
    clipboard.setText("the user's own text")
    qtbot.wait(250)
    assert clipboard.text() == "the user's own text"


def test_the_dashboard_is_loaded_after_unlock(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    dashboard = window.areas["dashboard"]
    qtbot.waitUntil(lambda: dashboard.heat_maps["inherent"].total() > 0, timeout=10_000)
    assert dashboard.heat_maps["inherent"].total() == len(window.ctx.ws.risks.rows())


def test_keyboard_shortcuts_switch_area_and_lock(qtbot, window, demo_path):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area().key == "risks"
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.ws is None


def test_missing_x11_libraries_are_named_instead_of_a_qt_abort(monkeypatch, capsys):
    import ctypes.util
    import sys

    from privguard.ui import app

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert app.missing_system_libraries() == ["libxcb-cursor0"]
    assert app.run() == 1
    assert "sudo apt install libxcb-cursor0" in capsys.readouterr().err
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.missing_system_libraries() == []


def test_unsaved_edits_survive_a_lock_in_memory_and_come_back(qtbot, window, demo_path,
                                                              monkeypatch):
    window.open_register(demo_path)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.navigate("risks", {})
    risks = window.areas["risks"]
    qtbot.waitUntil(lambda: risks.table.model.rowCount() > 0, timeout=10_000)
    first = risks.table.model.row_id(0)
    risks.table.select_id(first, notify=True)
    qtbot.waitUntil(lambda: risks.form.editor("title").raw() != "", timeout=10_000)
    risks.form.editor("title").set_value("Edited but not saved")
    risks.form.touch("title")
    assert risks.has_unsaved()
    window.lock()
    assert window.ctx.ws is None and window.areas == {}
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    unlock(qtbot, window, DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: "risks" in window.areas and window.areas["risks"].has_unsaved(),
                    timeout=10_000)
    assert window.areas["risks"].form.editor("title").raw() == "Edited but not saved"
    # Nothing was written while locked: the register still has the old title.
    assert window.ctx.ws.risks.get(first)["title"] != "Edited but not saved"


def test_a_closed_window_no_longer_hears_the_application(qtbot, tmp_path):
    """Found by the click-everything walk: after a window was deleted, switching applications
    reached its auto-lock timer, already gone (RuntimeError in the event loop)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from privguard.ui.app import build_window
    from privguard.ui.preferences import Preferences

    window = build_window(prefs=Preferences(tmp_path / "config"))
    window.show()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
    with qtbot.capture_exceptions() as raised:
        QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        QApplication.processEvents()
    assert not raised
