"""Background work: results arrive on the GUI thread; stale and pre-lock results never do."""

from __future__ import annotations

import threading
import weakref

import pytest
from PySide6.QtWidgets import QWidget

from privguard.ui.tasks import Cancelled, TaskRunner


def test_a_newer_task_with_the_same_key_wins(qtbot, qapp):
    runner = TaskRunner()
    release = threading.Event()
    seen = []
    runner.start(lambda _p, _c: (release.wait(5), "old")[1], seen.append, key="k")
    runner.start(lambda _p, _c: "new", seen.append, key="k")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert seen == ["new"]


def test_nothing_started_before_a_lock_reports_back(qtbot, qapp):
    runner = TaskRunner()
    release = threading.Event()
    seen = []
    runner.start(lambda _p, _c: (release.wait(5), "rows")[1], seen.append)
    runner.cancel_all()
    release.set()
    runner.wait()
    qtbot.wait(50)
    assert seen == []


def test_cancel_stops_at_the_next_progress_report(qtbot, qapp):
    runner = TaskRunner()
    started = threading.Event()
    failures = []

    def work(progress, cancelled):
        started.set()
        for step in range(1000):
            threading.Event().wait(0.005)
            progress(f"step {step}", step // 10)
        return "finished"

    task = runner.start(work, failures.append, failures.append)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)


def test_errors_are_delivered_not_raised(qtbot, qapp):
    runner = TaskRunner()
    errors = []
    runner.start(lambda _p, _c: 1 / 0, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ZeroDivisionError)


@pytest.mark.parametrize("outcome", ["done", "failed"])
def test_a_widget_only_a_task_reaches_is_freed_on_the_gui_thread(qtbot, qapp, outcome):
    # A Qt object freed on a worker thread crashes the process at random.
    runner = TaskRunner()
    died_on: list[int] = []
    widget = QWidget()
    tracker = weakref.ref(widget, lambda _ref: died_on.append(threading.get_ident()))

    release = threading.Event()

    def work(_progress, _cancelled, widget=widget):
        release.wait(5)  # until the test has let go of the widget
        name = widget.objectName()
        if outcome == "failed":
            raise ValueError(name)
        return name

    delivered = []
    runner.start(work, delivered.append, delivered.append)
    del widget, work
    release.set()
    qtbot.waitUntil(lambda: bool(delivered), timeout=5_000)
    runner.wait()
    delivered.clear()
    qtbot.waitUntil(lambda: tracker() is None, timeout=5_000)
    assert died_on == [threading.get_ident()]
