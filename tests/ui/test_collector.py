"""Cycles that hold Qt objects are freed on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from privguard.ui import collector


def test_a_widget_in_a_cycle_dies_on_the_gui_thread_while_workers_allocate(qtbot, qapp):
    collector.install(qapp)
    assert not gc.isenabled(), "the automatic collector would run on whatever thread allocates"
    gc.collect()
    died_on: list[int] = []

    widget = QWidget()
    widget.myself = widget  # the kind of cycle a window's signal connections make
    tracker = weakref.ref(widget, lambda _ref: died_on.append(threading.get_ident()))
    del widget

    kept: list = []

    def allocate() -> None:  # far past the first generation's threshold, as a big query is
        kept.extend([index] for index in range(20_000))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert tracker() is not None and not died_on, "the widget was freed off the GUI thread"

    qtbot.waitUntil(lambda: tracker() is None, timeout=5_000)
    assert died_on and set(died_on) == {threading.get_ident()}
