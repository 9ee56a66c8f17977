"""Passphrase entry with a strength meter and a confirmation field."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from privguard.domain.errors import ValidationError
from privguard.domain.passphrase import check_passphrase
from privguard.ui.style import ERROR_CSS


def strength_bits(text: str) -> float:
    """A rough guessing-entropy estimate, for the meter only (the rules are in services).

    Several words separated by spaces are scored per word, because a few
    unrelated words are both strong and easy to remember.
    """
    if not text:
        return 0.0
    words = text.split()
    if len(words) >= 3:
        return sum(min(len(w), 8) * 2.2 for w in words)
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    distinct = len(set(text))
    return len(text) * math.log2(max(pool, 2)) * min(1.0, distinct / max(len(text) * 0.6, 1))


class PassphraseFields(QWidget):
    """New passphrase, its confirmation, a meter and a message saying what is wrong."""

    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")
        self.meter = QProgressBar(textVisible=True, maximum=100)
        self.meter.setObjectName("strength")
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_CSS)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("Repeat it:"), self.confirm)
        form.addRow("", self.problem)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._valid = False
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def is_valid(self) -> bool:
        return self._valid

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def _update(self) -> None:
        text = self.passphrase.text()
        bits = strength_bits(text)
        self.meter.setValue(min(100, int(bits)))
        if bits < 40:
            self.meter.setFormat(self.tr("Weak"))
        elif bits < 70:
            self.meter.setFormat(self.tr("Fair"))
        else:
            self.meter.setFormat(self.tr("Strong"))
        problem = ""
        try:
            check_passphrase(text)
        except ValidationError:
            problem = self.tr("At least 10 characters, not repetitive; a few unrelated words work well.")
        if not problem and self.confirm.text() != text:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem if text or self.confirm.text() else "")
        valid = not problem
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
