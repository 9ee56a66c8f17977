"""The state the whole window shares: the open workspace, tasks, clipboard.

Areas never keep a workspace of their own; they ask ``ctx.ws`` each time, so
that locking (which sets it to None) leaves nothing reachable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from privguard.ui.clipboard import ClipboardGuard
from privguard.ui.i18n import Language
from privguard.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace


class AppContext(QObject):
    # Emitted after a use case changed data of this entity ("risks", "incidents", ...).
    changed = Signal(str)
    # Ask the window to show an area, optionally filtered: navigate("risks", {"cell": ...}).
    navigateRequested = Signal(str, dict)
    locked = Signal()
    unlocked = Signal()
    # Shown in the status bar for a few seconds.
    message = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.tasks = TaskRunner(self)
        self.clipboard = ClipboardGuard(self)
        self.language = Language()

    @property
    def workspace(self) -> Workspace:
        if self.ws is None:
            raise RuntimeError("The register is locked.")
        return self.ws

    @property
    def currency(self) -> str:
        return self.ws.settings.get("currency") if self.ws else "EUR"

    def read_only(self) -> bool:
        """Whether the open register can only be read (read-only media or folder)."""
        return self.ws is not None and bool(getattr(self.ws.register, "read_only", False))

    def notify_changed(self, entity: str) -> None:
        self.changed.emit(entity)

    def navigate(self, area: str, **filters: Any) -> None:
        self.navigateRequested.emit(area, filters)
