"""The Qt binding itself must not lose references: the window emits signals all day long."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(str)


def _references_to_true_after(action, times: int = 200) -> int:
    action()
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(times):
        action()
    gc.collect()
    return sys.getrefcount(True) - before


def test_emitting_and_connecting_keep_the_reference_count_of_true(qapp):
    # PySide6 6.12.0 returns True from emit() and connect() without a reference of its own.
    # Before Python 3.12 (where True is immortal) each call then costs True one reference,
    # and after some hours of use the process aborts with "deallocating True or False".
    sender = _Sender()
    received: list[str] = []
    sender.changed.connect(received.append)
    assert _references_to_true_after(lambda: sender.changed.emit("risks")) >= 0
    assert received, "the signal was delivered"

    def reconnect() -> None:
        sender.changed.connect(print)
        sender.changed.disconnect(print)

    assert _references_to_true_after(reconnect) >= 0
