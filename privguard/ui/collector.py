"""Python's cycle collector, run only on the GUI thread.

Python collects reference cycles in whichever thread happens to allocate when
a threshold is crossed. A window or dialog that has become cyclic garbage is
then destroyed on a worker thread (an unlock, a query, a report), and Qt
objects must die on the thread that owns them: the process crashes at random.
So the automatic collector is switched off and a timer on the GUI thread does
the same work with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self._thresholds[0]:
            # Older generations only when they are due, as the automatic collector would.
            generation = 2 if third > self._thresholds[2] else 1 if second > self._thresholds[1] else 0
            gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Start collecting on ``app``'s thread; call once, from that thread."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
