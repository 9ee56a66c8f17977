"""Lock the register after a period without user input, also across sleep.

Qt timers do not run while the machine sleeps, and the monotonic clock may
not advance either; so each check compares both the monotonic and the wall
clock against the time of the last input, and locks if either says the
delay has passed. Input is seen by an application-wide event filter, so a
modal dialog neither hides activity nor stops the lock.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class InactivityLock(QObject):
    timedOut = Signal()

    def __init__(self, parent: QObject | None = None, check_every_ms: int = 5_000,
                 clock=time.monotonic, wall=time.time):
        super().__init__(parent)
        self.delay_s = 300.0
        self._clock, self._wall = clock, wall
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)
        self.touch()

    def set_delay_minutes(self, minutes: float) -> None:
        self.delay_s = max(0.05, float(minutes)) * 60.0

    def start(self) -> None:
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last = self._clock()
        self._last_wall = self._wall()

    def idle_seconds(self) -> float:
        return max(self._clock() - self._last, self._wall() - self._last_wall)

    def check(self) -> None:
        if self._timer.isActive() and self.idle_seconds() >= self.delay_s:
            self.stop()
            self.timedOut.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.touch()
        return False
