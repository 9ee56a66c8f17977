"""What every area of the main window offers the window around it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from privguard.ui.context import AppContext


class Area(QWidget):
    """One entry of the navigation pane (Dashboard, Risks, ...).

    The window calls ``refresh`` when the area is shown or data changed, and
    ``clear`` when the register locks: after ``clear`` the area holds no row
    of the register. An area with an editor reports unsaved changes so that
    navigation, close and lock can ask before anything is lost.
    """

    key = ""
    dirtyChanged = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what is shown from the register (may start a task)."""

    def clear(self) -> None:
        """Forget every row of the register (called on lock)."""

    def has_unsaved(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; False (with the reason shown) if they are invalid."""
        return True

    def discard(self) -> None:
        """Drop pending edits."""

    def pending_edits(self) -> Any:
        """The unsaved edits, kept in memory only across a lock, or None."""
        return None

    def restore_edits(self, edits: Any) -> None:
        """Put back edits returned by ``pending_edits`` after unlock."""

    def new_item(self) -> None:
        """Start a new item (Ctrl+N), where the area has one."""

    def focus_filter(self) -> None:
        """Put the cursor in the filter box (Ctrl+F), where the area has one."""

    def show_filter(self, **filters: Any) -> None:
        """Show the area filtered (e.g. Risks for one heat-map cell)."""
