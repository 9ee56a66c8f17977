"""One running GDPR breach clock: the incident, the time left, its state in words and colour.

The state is always spelled out ("Under 12 h", "Overdue") and marked with an
icon, so that it does not depend on telling amber from red.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget

from privguard.domain.breach_clock import BreachClock, ClockState
from privguard.ui.i18n import moment

# Running states: the ones the dashboard lists (notified or not required are settled).
LIVE_STATES = (ClockState.RUNNING, ClockState.AMBER, ClockState.RED, ClockState.OVERDUE)

# (background, text) of the state badge; solid colours readable in light and dark palettes.
_BADGE = {
    ClockState.AMBER: ("#e8a317", "#1b1b1b"),
    ClockState.RED: ("#c62828", "#ffffff"),
    ClockState.OVERDUE: ("#6d1111", "#ffffff"),
}
_ICON = {
    ClockState.RUNNING: QStyle.StandardPixmap.SP_MessageBoxInformation,
    ClockState.AMBER: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ClockState.RED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ClockState.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
_MINUTE = timedelta(minutes=1)


class BreachClockRow(QFrame):
    """``activated(incident_id)`` on click or Enter, to open the incident."""

    activated = Signal(int)

    def __init__(self, incident_id: int, title: str, clock: BreachClock,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.incident_id = incident_id
        self.clock = clock
        self.state = ClockState.RUNNING
        self.setObjectName("breachClock")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # Wraps rather than cuts the due date off in a narrow pane (Spanish is longer).
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left = QLabel()
        self.left.setObjectName("timeLeft")
        self.left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.icon)
        row.addWidget(self.title, 1)
        row.addWidget(self.badge)
        row.addWidget(self.left)
        self.update_time()

    # -- text ---------------------------------------------------------------------

    def duration(self, span: timedelta) -> str:
        """Like the domain's ``format_duration`` ("41 h 12 min", "3 days 4 h"), translated."""
        span = abs(span)
        if span < _MINUTE:
            return self.tr("less than 1 min")
        minutes = int(span // _MINUTE)
        if span > timedelta(hours=48):
            days, hours = divmod(minutes // 60, 24)
            if hours == 0:
                return self.tr("{days} days").format(days=days)
            return self.tr("{days} days {hours} h").format(days=days, hours=hours)
        hours, minutes = divmod(minutes, 60)
        if hours == 0:
            return self.tr("{minutes} min").format(minutes=minutes)
        if minutes == 0:
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)

    def state_text(self, state: ClockState) -> str:
        return {
            ClockState.RUNNING: self.tr("Running"),
            ClockState.AMBER: self.tr("Under {hours} h").format(hours=int(BreachClock.AMBER_HOURS)),
            ClockState.RED: self.tr("Under {hours} h").format(hours=int(BreachClock.RED_HOURS)),
            ClockState.OVERDUE: self.tr("Overdue"),
            ClockState.MET: self.tr("Notified on time"),
            ClockState.LATE: self.tr("Notified late"),
            ClockState.NOT_REQUIRED: self.tr("No notification needed"),
        }[state]

    def time_text(self, now: datetime) -> str:
        state = self.clock.state(now)
        left = self.clock.time_left(now)
        if state is ClockState.OVERDUE:
            return self.tr("overdue by {duration}").format(duration=self.duration(left))
        if state in (ClockState.RED, ClockState.AMBER, ClockState.RUNNING) and left < _MINUTE:
            return self.tr("due now")
        return self.tr("{duration} left").format(duration=self.duration(left))

    # -- state --------------------------------------------------------------------

    def update_time(self, now: datetime | None = None) -> None:
        """Recompute from the clock (no database): the dashboard's timer calls this."""
        now = now or datetime.now(UTC)
        self.state = self.clock.state(now)
        self.left.setText(self.time_text(now))
        self.badge.setText(" " + self.state_text(self.state) + " ")
        colours = _BADGE.get(self.state)
        self.badge.setStyleSheet(
            f"background: {colours[0]}; color: {colours[1]}; border-radius: 3px; padding: 1px 4px;"
            if colours else "border: 1px solid palette(mid); border-radius: 3px; padding: 1px 4px;")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(_ICON.get(self.state, QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.icon.setPixmap(icon.pixmap(size, size))
        tip = self.tr("Notify the supervisory authority by {due}").format(
            due=moment(self.clock.due_at))
        self.setToolTip(f"{self.title.text()}\n{tip}")
        self.setAccessibleName(
            f"{self.title.text()}: {self.state_text(self.state)}, {self.left.text()}")

    # -- interaction --------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit(self.incident_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.incident_id)
        else:
            super().keyPressEvent(event)
