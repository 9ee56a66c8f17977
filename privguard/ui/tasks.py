"""Long work off the GUI thread: unlock, big queries, analyses, reports.

A task is a plain callable ``fn(progress, cancelled)``; it runs on a Python
thread pool and reports back through one long-lived bridge object whose
signals Qt delivers on the GUI thread. Results of a task superseded by a newer
one with the same key are dropped, so a slow answer never overwrites a fresh
one; after ``cancel_all`` (the lock) no earlier task reports at all. A task
the user cancelled reports through ``on_failed`` with ``Cancelled`` (or the
service's own cancel error).

Why not QRunnable: a Python-subclassed runnable (and a QObject per task) can
be freed by the GUI thread while its worker is still returning from ``run``,
which corrupts memory at random. Here no Qt object is created or destroyed
per task: workers only emit signals of the bridge, which lives as long as
the runner. For the same reason a worker never holds the last reference to
anything the task's callable reaches (often a widget): the GUI thread keeps
the callable until the result is delivered, and the worker lets go of it,
and of the locals in a failure's traceback, before it reports.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

WORKERS = 4


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class _Bridge(QObject):
    # The text travels as an object: a Phrase keeps its message id, to be said in the window's
    # language where it is shown (a str signal would hand over the English sentence only).
    progress = Signal(int, object, int)
    done = Signal(int, object)
    failed = Signal(int, object)


@dataclass(eq=False)
class Task:
    """A handle on started work: ``cancel()`` asks it to stop at its next progress report."""

    id: int
    key: str | None
    generation: int
    on_done: Callable[[Any], None]
    on_failed: Callable[[BaseException], None] | None
    on_progress: Callable[[str, int], None] | None
    fn: Callable[..., Any] | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


def _work(bridge: _Bridge, task_id: int, box: list, cancel: threading.Event) -> None:
    """Run one task on a worker thread; ``box`` hands over the callable without keeping it."""
    fn = box.pop()

    def report(text: str = "", percent: int = -1) -> None:
        if cancel.is_set():
            raise Cancelled
        bridge.progress.emit(task_id, text, int(percent))

    try:
        result = fn(report, cancel.is_set)
    except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, shown there
        del fn
        _clear_frames(exc)
        bridge.failed.emit(task_id, exc)
    else:
        del fn
        bridge.done.emit(task_id, result)


def _clear_frames(exc: BaseException) -> None:
    # The traceback stays printable; the locals of its frames (widgets among them) go now.
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__


class TaskRunner(QObject):
    """Starts tasks and delivers their results on the GUI thread."""

    def __init__(self, parent: QObject | None = None, workers: int = WORKERS):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="privguard")
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._deliver_done)
        self._bridge.failed.connect(self._deliver_failed)
        self._bridge.progress.connect(self._deliver_progress)
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._futures: dict[int, Future] = {}
        self._latest: dict[str, Task] = {}
        self._generation = 0

    def start(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
              on_failed: Callable[[BaseException], None] | None = None,
              on_progress: Callable[[str, int], None] | None = None,
              key: str | None = None) -> Task:
        task = Task(next(self._ids), key, self._generation, on_done, on_failed, on_progress, fn)
        if key is not None:
            previous = self._latest.get(key)
            if previous is not None:
                previous.cancel()
            self._latest[key] = task
        self._tasks[task.id] = task
        self._futures[task.id] = self._executor.submit(
            _work, self._bridge, task.id, [fn], task._cancel)
        return task

    def _wanted(self, task: Task) -> bool:
        # A lock (cancel_all) ends a generation: nothing started before it reports back.
        return task.generation == self._generation and (
            task.key is None or self._latest.get(task.key) is task)

    def _finish(self, task_id: int) -> Task | None:
        task = self._tasks.pop(task_id, None)
        self._futures.pop(task_id, None)
        if task is None:
            return None
        wanted = self._wanted(task)
        if task.key is not None and self._latest.get(task.key) is task:
            del self._latest[task.key]
        return task if wanted else None

    def _deliver_done(self, task_id: int, result: Any) -> None:
        task = self._finish(task_id)
        if task is not None:
            task.on_done(result)

    def _deliver_failed(self, task_id: int, exc: BaseException) -> None:
        task = self._finish(task_id)
        if task is not None and task.on_failed is not None:
            task.on_failed(exc)

    def _deliver_progress(self, task_id: int, text: str, percent: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and self._wanted(task):
            task.on_progress(text, percent)

    def cancel_all(self) -> None:
        self._generation += 1
        for task in self._tasks.values():
            task.cancel()
        self._latest.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has finished running (results may still be queued)."""
        pending = list(self._futures.values())
        _done, not_done = wait_futures(pending, timeout=msecs / 1000)
        return not not_done

    @property
    def busy(self) -> bool:
        return bool(self._tasks)
