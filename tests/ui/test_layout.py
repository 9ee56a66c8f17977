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


@pytest.fixture
def laptop(qtbot, qtlog, tmp_path, demo_path, request):
    """The demo register unlocked in a 1280×800 window, in the language of the test's param."""
    walk = open_window(qtbot, qtlog, tmp_path, demo_path, request.param)
    walk.window.resize(*SCREEN)
    yield walk
    win = walk.window
    win.lock()
    win.ctx.tasks.wait()
    win.close()
    win.deleteLater()
    win.ctx.language.apply("en")


@pytest.mark.parametrize("laptop", ["en", "es"], indirect=True)
def test_no_area_makes_the_window_larger_than_a_laptop_screen(laptop):
    win = laptop.window
    grown = {}
    for entry in AREAS:
        win.navigate(entry.key, {})
        laptop.settle()
        area = win.areas[entry.key]
        area.setFocus()
        for _ in range(5):
            QApplication.processEvents()
        if win.width() > SCREEN[0] or win.height() > SCREEN[1]:
            grown[entry.key] = (win.width(), win.height(), area.minimumSizeHint().width(),
                                area.minimumSizeHint().height())
    assert not grown, grown


@pytest.mark.parametrize("laptop", ["en", "es"], indirect=True)
def test_the_comparison_cuts_no_header_title_or_legend_at_1280x800(qtbot, laptop):
    """Found by new users: "estore from backup at a…" over a column, "Coste…" twice in a
    legend, "€500,000€1,000,000" under an axis."""
    from PySide6.QtCore import Qt

    win = laptop.window
    win.navigate("decisions", {})
    area = win.areas["decisions"]
    qtbot.waitUntil(lambda: area.result is not None and not win.ctx.tasks.busy,
                    timeout=15_000)
    view = area.view
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(view.table.columnCount()):
        text = view.table.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        assert widest + 8 <= header.sectionSize(column), (text, header.sectionSize(column))
    bar = view.charts.tabBar()
    cut = {}
    for index in range(view.charts.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        chart = [view.lec, view.bars, view.tornado][index]
        assert chart.isVisible()
        chart.grab()  # paints it, as the screen would
        if chart.elided:
            cut[view.charts.tabText(index)] = chart.elided
    assert not cut, cut
