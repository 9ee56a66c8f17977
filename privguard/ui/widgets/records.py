"""A small editable table of records (lists of dicts): purposes, recipients, transfers, points.

The register keeps several Art. 30 facts as short lists of records (a
recipient is a name, a kind and a country). Typing them as JSON is not an
option, so they are edited in place in a table with Add and Remove, each
column with the editor its kind needs (a combo for choices, a spin box for
numbers, two capital letters for a country).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import ValidationError
from privguard.domain.schema import Field
from privguard.ui.forms import FieldEditor
from privguard.ui.i18n import money, number

_INDEX = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Choices = Sequence[tuple[Any, str]]


@dataclass(frozen=True)
class Column:
    """One column: ``kind`` is text, choice, country, number or money."""

    key: str
    title: str
    kind: str = "text"
    default: Any = ""
    max_len: int = 300
    minimum: float = 0.0
    maximum: float = 1e12
    decimals: int = 0
    tip: str = ""
    stretch: bool = False  # takes the room left (names, descriptions)


class RecordsModel(QAbstractTableModel):
    """Records (dicts) as rows; keys that are not columns (a purpose's id) ride along untouched."""

    changed = Signal()

    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 currency: Callable[[], str] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[dict[str, Any]] = []
        self._choices: dict[str, dict[Any, str]] = {}
        self._currency = currency or (lambda: "EUR")

    # -- content ------------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        """A deep copy: callers (the form's snapshot) must not see later edits."""
        return copy.deepcopy(self._records)

    def set_records(self, records: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._records = [dict(r) for r in copy.deepcopy(list(records)) if isinstance(r, dict)]
        self.endResetModel()

    def choices(self, key: str) -> list[tuple[Any, str]]:
        return list(self._choices.get(key, {}).items())

    def set_choices(self, key: str, choices: Choices) -> None:
        self._choices[key] = dict(choices)
        col = next((i for i, c in enumerate(self.columns) if c.key == key), -1)
        if col >= 0 and self._records:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._records) - 1, col))

    def add_record(self, values: dict[str, Any] | None = None) -> int:
        row = len(self._records)
        record = {c.key: c.default for c in self.columns} | dict(values or {})
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_records(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._records):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
        self.changed.emit()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def display(self, column: Column, value: Any) -> str:
        if value is None or value == "":
            return ""
        if column.kind == "choice":
            return self._choices.get(column.key, {}).get(value, str(value))
        if column.kind == "number" and isinstance(value, int | float):
            # Whole numbers read without a trailing ",0"; fractions keep their decimals.
            return number(value, column.decimals if float(value) % 1 else 0)
        if column.kind == "money" and isinstance(value, int | float):
            return money(value, self._currency())
        return str(value)

    def data(self, index: _INDEX, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        column = self.columns[index.column()]
        value = self._records[index.row()].get(column.key)
        if role == _DISPLAY:
            return self.display(column, value)
        if role == _EDIT:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "money"):
            return _RIGHT
        return None

    def setData(self, index: _INDEX, value: Any, role: int = _EDIT) -> bool:  # noqa: N802
        if role != _EDIT or not index.isValid() or index.row() >= len(self._records):
            return False
        column = self.columns[index.column()]
        if column.kind in ("text", "country"):
            value = "" if value is None else str(value).strip()[:column.max_len]
            if column.kind == "country":
                value = value.upper()[:2]
        elif column.kind in ("number", "money"):
            try:
                value = float(value)
            except (TypeError, ValueError):
                return False
        record = self._records[index.row()]
        if record.get(column.key) == value:
            return True
        record[column.key] = value
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT])
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)


class RecordsDelegate(QStyledItemDelegate):
    """The editor each column kind needs."""

    def __init__(self, model: RecordsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _INDEX) -> QWidget:
        column = self.model.columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            for value, label in self.model.choices(column.key):
                combo.addItem(label, value)
            # A choice is taken as soon as it is picked, not when the cell loses focus.
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        if column.kind in ("number", "money"):
            spin = QDoubleSpinBox(parent)
            spin.setRange(column.minimum, column.maximum)
            spin.setDecimals(column.decimals)
            spin.setGroupSeparatorShown(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return spin
        edit = QLineEdit(parent)
        edit.setMaxLength(2 if column.kind == "country" else column.max_len)
        if column.kind == "country":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), edit))
            edit.setPlaceholderText("ES")
        return edit

    def setEditorData(self, editor: QWidget, index: _INDEX) -> None:  # noqa: N802
        value = index.data(_EDIT)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0) if editor.count() else -1)
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value) if isinstance(value, int | float) else 0.0)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: _INDEX) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        elif isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), _EDIT)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)


class RecordsEditor(QWidget):
    """A RecordsModel in a table, with Add and Remove (also Insert and Delete on the table)."""

    changed = Signal()

    def __init__(self, columns: Sequence[Column], title: str = "", empty_text: str = "",
                 parent: QWidget | None = None, currency: Callable[[], str] | None = None,
                 new_record: Callable[[list[dict[str, Any]]], dict[str, Any]] | None = None):
        super().__init__(parent)
        self.model = RecordsModel(columns, self, currency)
        self._new_record = new_record
        self.empty_text = empty_text
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordsDelegate(self.model, self.view))
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        stretch = [i for i, c in enumerate(columns) if c.stretch]
        for i in stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(not stretch)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        style = self.style()
        self.add_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
                                      self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.remove_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
                                         self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete)"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.view, self.add,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.changed.connect(self._changed)
        self.model.modelReset.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def add(self) -> None:
        values = self._new_record(self.model.records()) if self._new_record else None
        row = self.model.add_record(values)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        if rows:
            self.model.remove_records(rows)

    def records(self) -> list[dict[str, Any]]:
        return self.model.records()

    def set_records(self, records: Iterable[dict[str, Any]]) -> None:
        self.model.set_records(records)
        self.view.resizeColumnsToContents()
        # Long choice labels ("9(2)(b) · Employment and …") elide rather than push the rest away.
        limit = max(self.view.fontMetrics().averageCharWidth() * 28, 120)
        for i in range(self.model.columnCount()):
            self.view.setColumnWidth(i, min(max(self.view.columnWidth(i), 70), limit))

    def set_enabled(self, enabled: bool) -> None:
        self.setEnabled(enabled)

    def _changed(self) -> None:
        self._update()
        self.changed.emit()

    def _fit_height(self) -> None:
        """As tall as the rows (two to six of them): a short list should not leave a blank box."""
        rows = min(max(self.model.rowCount() + 1, 2), 6)
        height = (self.view.horizontalHeader().sizeHint().height()
                  + self.view.verticalHeader().defaultSectionSize() * rows
                  + self.view.horizontalScrollBar().sizeHint().height() + 2 * self.view.frameWidth())
        self.view.setFixedHeight(height)

    def _update(self) -> None:
        self._fit_height()
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection()
                                      or self.view.currentIndex().isValid())
        if not self.model.rowCount() and self.empty_text:
            self.note.setText(self.empty_text)
        elif self.note.text() == self.empty_text:
            self.note.setText("")


class RecordsFieldEditor(FieldEditor):
    """A json list-of-records field of an entity edited as a table.

    ``check`` looks at the records and returns a message for the user (or
    None); the message is shown under the table and the form refuses to save.
    """

    def __init__(self, field: Field, columns: Sequence[Column], *, title: str = "",
                 empty_text: str = "",
                 check: Callable[[list[dict[str, Any]]], str | None] | None = None,
                 parent: QWidget | None = None, currency: Callable[[], str] | None = None,
                 new_record: Callable[[list[dict[str, Any]]], dict[str, Any]] | None = None):
        self.table = RecordsEditor(columns, title, empty_text, parent, currency, new_record)
        super().__init__(field, self.table)
        self.check = check

    def raw(self) -> Any:
        return self.table.records()

    def set_value(self, value: Any) -> None:
        self.table.set_records(value if isinstance(value, list) else [])

    def to_value(self, records: list[dict[str, Any]]) -> Any:
        """What is stored for these records (the records themselves, by default)."""
        return records

    def clean(self) -> Any:
        records = self.raw()
        if self.check is not None:
            problem = self.check(records)
            if problem:
                raise ValidationError(problem, self.field.name)
        return self.field.clean(self.to_value(records))

    def connect(self, callback: Callable[[], None]) -> None:
        self.table.changed.connect(callback)

    def focus(self) -> None:
        self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_items(self) -> None:
        self.table.set_records([])
