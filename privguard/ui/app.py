"""Start the desktop application."""

from __future__ import annotations

import ctypes.util
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from privguard.ui import collector
from privguard.ui.context import AppContext
from privguard.ui.main_window import MainWindow
from privguard.ui.preferences import Preferences


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("PrivGuard")
    app.setOrganizationName("PrivGuard")
    app.setApplicationDisplayName("PrivGuard")
    # Light or dark follows the system; the native style draws everything else.
    app.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    collector.install(app)
    return app


def build_window(path: Path | None = None, *, demo: bool = False,
                 prefs: Preferences | None = None) -> MainWindow:
    ctx = AppContext()
    window = MainWindow(ctx, prefs or Preferences())
    ctx.setParent(window)
    if demo:
        window.open_demo(path)
    elif path is not None:
        window.open_register(Path(path))
    return window


def prewarm() -> None:
    """Import the storage stack while the user reads the start screen.

    SQLAlchemy, Alembic and the ORM take most of a second to import; doing it
    in the background keeps the first window fast and the unlock quick.
    """
    def load() -> None:
        import privguard.services.workspace  # noqa: F401

    threading.Thread(target=load, name="prewarm", daemon=True).start()


# Libraries Qt's X11 plugin loads at start; without one, Qt aborts the process.
_XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                  "xcb-keysyms": "libxcb-keysyms1", "xkbcommon-x11": "libxkbcommon-x11-0"}


def missing_system_libraries() -> list[str]:
    """Debian/Ubuntu package names the X11 display needs but this machine lacks."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb") or \
            (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return []
    return [package for library, package in _XCB_LIBRARIES.items()
            if ctypes.util.find_library(library) is None]


def run(path: Path | None = None, *, demo: bool = False) -> int:
    missing = missing_system_libraries()
    if missing:
        print("The desktop application needs these system libraries to open a window: "
              f"{', '.join(missing)}. On Debian or Ubuntu: sudo apt install {' '.join(missing)}",
              file=sys.stderr)
        return 1
    app = make_app()
    window = build_window(path, demo=demo)
    window.show()
    QTimer.singleShot(0, prewarm)
    return app.exec()
