"""An incident's timeline: what happened when, who did it, and the hash of the evidence.

Entries are records, added one at a time through a small dialog (the time
defaults to now, the actor to whoever unlocked the register). The evidence
itself never enters the register: only its SHA-256, computed here from a file
the user picks, so that a copy handed over later can be shown to be the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import entities as specs
from privguard.domain import wording
from privguard.domain.rows import RowSet
from privguard.domain.schema import Field
from privguard.ui.areas.incident.common import FormDialog, fit_columns, table_view
from privguard.ui.forms import EntityForm, FieldEditor, LineEditor
from privguard.ui.i18n import words
from privguard.ui.style import HINT_CSS
from privguard.ui.tables import RowTableModel
from privguard.words import Words


def kind_label(kind: str | None, language: Words | None = None) -> str:
    """A stored kind as the user reads it (in the window's language unless ``language`` is
    given); a kind of the user's own reads as typed."""
    if not kind:
        return ""
    return wording.coded(language or words(), kind)


def sha256_of(path: str, cancelled: Callable[[], bool] = lambda: False) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if cancelled():
                raise InterruptedError
            digest.update(chunk)
    return digest.hexdigest()


class KindEditor(FieldEditor):
    """One of the usual kinds picked by name, or a word of the user's own."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in wording.TIMELINE_KINDS:
            combo.addItem(kind_label(value), value)
        super().__init__(field, combo)

    def raw(self) -> Any:
        combo: QComboBox = self.widget
        text = combo.currentText().strip()
        found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(found) if found >= 0 else text

    def set_value(self, value: Any) -> None:
        combo: QComboBox = self.widget
        index = combo.findData(value or "note")
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(str(value))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.editTextChanged.connect(lambda _t: callback())


class EvidenceEditor(LineEditor):
    """The SHA-256 typed or pasted, or computed from a file ("Hash a file…")."""

    def __init__(self, field: Field, ctx: Any, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = self.widget
        self.edit.setPlaceholderText(QCoreApplication.translate(
            "TimelineDialog", "64 hexadecimal characters, or hash a file"))
        self.ctx = ctx
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        self.button = QPushButton(QCoreApplication.translate("TimelineDialog", "Hash a file…"), box)
        self.button.setToolTip(QCoreApplication.translate(
            "TimelineDialog", "Compute the file's SHA-256; the file itself is not stored"))
        self.button.clicked.connect(self._pick)
        row.addWidget(self.button)
        self.widget = box

    def raw(self) -> Any:
        return self.edit.text().strip().lower()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def connect(self, callback: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _t: callback())

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget, QCoreApplication.translate("TimelineDialog", "Evidence file to hash"))
        if not path:
            return
        self.button.setEnabled(False)
        self.edit.setPlaceholderText(QCoreApplication.translate("TimelineDialog", "Hashing…"))

        def done(digest: str) -> None:
            self.button.setEnabled(True)
            self.edit.setText(digest)

        def failed(_exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.edit.setPlaceholderText(QCoreApplication.translate(
                "TimelineDialog", "The file could not be read."))

        # A disk image can be gigabytes: hash it off the GUI thread.
        self.ctx.tasks.start(lambda _p, cancelled: sha256_of(path, cancelled), done, failed,
                             key="incidents.evidence-hash")


class TimelineDialog(FormDialog):
    def __init__(self, ctx: Any, incident_id: int, parent: QWidget | None = None):
        spec = specs.TIMELINE_ENTRY
        form = EntityForm(spec, ["at", "actor", "kind", "note", "evidence_sha256"],
                          editors={"kind": KindEditor(spec.field("kind")),
                                   "evidence_sha256": EvidenceEditor(
                                       spec.field("evidence_sha256"), ctx)})
        super().__init__(self.tr("Add a timeline entry"), form,
                         lambda values: ctx.workspace.incidents.add_timeline(incident_id, **values),
                         parent)
        form.set_values({"at": datetime.now(UTC), "actor": ctx.workspace.actor, "kind": "note"})
        self.resize(560, 420)


class TimelineTab(QWidget):
    """The entries of the current incident, oldest first, and "Add entry…"."""

    def __init__(self, ctx: Any, on_added: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self._on_added = on_added
        self.model = RowTableModel(self)
        self.view = table_view(self.model, self)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_CSS)
        self.add_button = QPushButton(self.tr("Add entry…"), self)
        self.add_button.setToolTip(self.tr("Record what happened, when and who did it"))
        self.add_button.clicked.connect(self.add_entry)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.load(None)

    def headers(self) -> dict[str, str]:
        # The note last: it is the long one, and wraps in the room left.
        return {"at": self.tr("Time"), "actor": self.tr("Who"), "kind": self.tr("Kind"),
                "evidence_sha256": self.tr("Evidence SHA-256"), "note": self.tr("Note")}

    def load(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        self.add_button.setEnabled(incident_id is not None and self.ctx.ws is not None)
        if incident_id is None or self.ctx.ws is None:
            self.model.clear()
            self.note.setText(self.tr("The timeline starts once the incident is saved."))
            return
        entries = sorted(self.ctx.ws.incidents.timeline(incident_id), key=lambda e: e["at"])
        columns = ("id", *self.headers())
        rows = RowSet(columns, [tuple(e.get(c) for c in columns) for e in entries])
        self.model.set_rows(rows, self.headers(), formats={
            "at": "datetime", "kind": kind_label, "actor": "text", "note": "text",
            "evidence_sha256": lambda v: f"{v[:12]}…" if v else ""})
        fit_columns(self.view, 180)
        self.view.resizeRowsToContents()
        self.note.setText(self.tr("{n} entries, oldest first.").format(n=len(entries))
                          if entries else self.tr("No entries yet."))

    def add_entry(self) -> bool:
        if self.incident_id is None or self.ctx.ws is None:
            return False
        dialog = TimelineDialog(self.ctx, self.incident_id, self)
        added = bool(dialog.exec())
        if added:
            self.load(self.incident_id)
            self._on_added()
        return added

    def clear(self) -> None:
        self.incident_id = None
        self.model.clear()
        self.note.setText("")
