"""Progress reporting and cancellation while a report is built."""

from __future__ import annotations

from collections.abc import Callable

from privguard.domain.errors import PrivGuardError
from privguard.words import N_

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


class Cancelled(PrivGuardError):
    """The person cancelled the export; nothing was written."""

    def __init__(self, message: str = N_("The report was cancelled; no file was written.")):
        super().__init__(message)


class Steps:
    """Reports progress as a fraction in [start, end] and raises Cancelled when asked to stop."""

    def __init__(self, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                 start: float = 0.0, end: float = 1.0):
        self._progress = progress
        self._cancelled = cancelled
        self.start, self.end = start, end

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def report(self, fraction: float, message: str = "") -> None:
        """Report ``fraction`` (0–1) of this span of the work, then check for cancel."""
        if self._progress is not None:
            span = self.end - self.start
            self._progress(self.start + span * min(1.0, max(0.0, fraction)), message)
        self.check()

    def sub(self, start: float, end: float) -> Steps:
        """The part [start, end] of this span, for a step that reports its own progress."""
        span = self.end - self.start
        return Steps(self._progress, self._cancelled, self.start + span * start,
                     self.start + span * end)
