"""Small pieces the incident tabs share: a read-only table and a form in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.ui.editor_area import error_text
from privguard.ui.forms import EntityForm, message_of
from privguard.ui.tables import RowTableModel


def table_view(model: RowTableModel, parent: QWidget) -> QTableView:
    """A calm read-only table: whole rows selected, no row numbers, last column stretched."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widest: int = 240) -> None:
    """Size columns to their contents, but none wider than ``widest`` (long names elide)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for k in range(header.count() - 1):
        header.resizeSection(k, min(header.sectionSize(k), widest))


class FormDialog(QDialog):
    """An EntityForm with OK and Cancel; OK writes through ``write(values)`` or shows why not.

    The dialog stays open on invalid input, with the message next to the field,
    so nothing typed is lost to a refused save.
    """

    def __init__(self, title: str, form: EntityForm, write: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self._write = write
        self.result_value: Any = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def try_accept(self) -> bool:
        """Validate, write, and close; False (messages shown, dialog open) when refused."""
        self.form.clear_save_errors()
        if not self.form.validate():
            return False
        try:
            self.result_value = self._write(self.form.values())
        except ValidationError as exc:
            self.form.show_error(exc.field, message_of(exc))
            return False
        except PrivGuardError as exc:
            self.form.show_error(None, error_text(exc))
            return False
        self.accept()
        return True
