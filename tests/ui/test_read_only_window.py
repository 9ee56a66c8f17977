"""A register on read-only media, unlocked in the window: a banner says why nothing can be
edited, and the editing actions are off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from tests.cli.test_read_only import read_only_view
from tests.conftest import PASSPHRASE


@pytest.fixture
def read_only_path(tmp_path):
    from privguard.services.workspace import create

    source = tmp_path / "source"
    source.mkdir()
    ws, _ = create(source / "Acme.privguard", organisation="Acme", name="Ana Ruiz", role="CPO",
                   passphrase=PASSPHRASE)
    ws.close()
    with read_only_view(source, tmp_path / "media") as mounted:
        yield mounted / "Acme.privguard"


def test_the_window_opens_it_read_only_and_says_why(qtbot, tmp_path, read_only_path):
    win = build_window(prefs=Preferences(tmp_path / "config"))
    qtbot.addWidget(win)
    win.show()
    win.open_register(read_only_path)
    win.unlock_screen.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(win.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.ctx.ws is not None, timeout=10_000)
    assert win.read_only_banner.isVisible()
    assert "read-only" in win.read_only_banner.text()
    assert not win.act_save.isEnabled() and not win.act_new_item.isEnabled()
    win.navigate("risks", {})
    area = win.current_area()
    qtbot.waitUntil(lambda: not area.act_new.isEnabled(), timeout=5_000)
    assert not area.act_save.isEnabled()
    win.lock()
    win.ctx.tasks.wait()
    assert not win.read_only_banner.isVisible()
