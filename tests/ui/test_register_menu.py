"""The Register menu, driven by its actions as a user picks them: back up, verify, change
the key, people, and restore a backup into a new folder that then opens."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from tests.conftest import PASSPHRASE


@pytest.fixture
def window(qtbot, tmp_path, workspace):
    path = workspace.register.paths.folder
    workspace.register.add_slot("Bea Soto", "CSO", "bea's own long passphrase")
    workspace.close()
    win = build_window(prefs=Preferences(tmp_path / "config"))
    qtbot.addWidget(win)
    win.show()
    win.open_register(path)
    win.unlock_screen.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(win.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.ctx.ws is not None, timeout=10_000)
    yield win, path
    win.lock()
    win.ctx.tasks.wait()


@pytest.fixture
def dialogs(monkeypatch):
    said: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *a, _k=kind, **k: said.append((_k, text))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    return said


def _menu_action(win, name):  # noqa: ANN001, ANN202
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    register = next(m for m in menus if any(a.objectName() == name for a in m.actions()))
    action = next(a for a in register.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    return action


def test_backup_verify_and_key_change_from_the_menu(qtbot, window, dialogs, tmp_path,
                                                     monkeypatch):
    win, path = window
    target = tmp_path / "menu.pgbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    _menu_action(win, "register_backup").trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=20_000)
    assert dialogs[-1][0] == "information" and str(target) in dialogs[-1][1]
    assert target.stat().st_size > 0

    _menu_action(win, "register_verify").trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=20_000)
    assert dialogs[-1][0] == "information" and "chain intact" in dialogs[-1][1]

    generation = json.loads((path / "keys.json").read_text()).get("generation", 0)
    _menu_action(win, "register_rotate").trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 3, timeout=60_000)
    assert dialogs[-1][0] == "information" and "key was changed" in dialogs[-1][1]
    assert json.loads((path / "keys.json").read_text())["generation"] == generation + 1
    # Bea was not asked for her passphrase and still opens it.
    from privguard.services.workspace import open_workspace

    win.lock()
    win.ctx.tasks.wait()
    with open_workspace(path, "bea's own long passphrase", "Bea Soto") as ws:
        assert ws.register.integrity().ok


def test_people_opens_the_key_slots_and_restore_opens_the_copy(qtbot, window, dialogs,
                                                               tmp_path, monkeypatch):
    win, path = window
    _menu_action(win, "register_people").trigger()
    assert win.current_area().key == "settings"
    backup = tmp_path / "b.pgbackup"
    win.ctx.ws.register.export_backup(backup)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    _menu_action(win, "register_restore").trigger()
    restored = tmp_path / "b restored.privguard"
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.unlock_screen, timeout=20_000)
    assert (restored / "register.db").exists() and win.path == restored
