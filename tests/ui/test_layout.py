"""Every area fits a 1280×800 laptop screen in both languages: the window never grows past it.

Found by new users: Decisions in Spanish pushed the window to 1,430 px, the Audit trail's
one-line introduction to 1,160 px, and the Risks area's links to 812 px high.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from privguard.ui.registry import AREAS
from tests.ui.test_click_everything import open_window

SCREEN = (1280, 800)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_area_makes_the_window_larger_than_a_laptop_screen(qtbot, qtlog, tmp_path, demo_path,
                                                             lang):
    walk = open_window(qtbot, qtlog, tmp_path, demo_path, lang)
    win = walk.window
    try:
        win.resize(*SCREEN)
        grown = {}
        for entry in AREAS:
            win.navigate(entry.key, {})
            walk.settle()
            area = win.areas[entry.key]
            area.setFocus()
            for _ in range(5):
                QApplication.processEvents()
            if win.width() > SCREEN[0] or win.height() > SCREEN[1]:
                grown[entry.key] = (win.width(), win.height(),
                                    area.minimumSizeHint().width(),
                                    area.minimumSizeHint().height())
        assert not grown, grown
    finally:
        win.lock()
        win.ctx.tasks.wait()
        win.close()
        win.deleteLater()
        win.ctx.language.apply("en")
