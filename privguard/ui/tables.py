"""Fast model/view tables over the services' RowSets, and the pane that shows them.

A register may hold 100,000 risks, so the model never asks Qt to filter or sort
row by row: it keeps a list of visible source indices, a lower-cased
"haystack" string per row built once per ``set_rows``, and answers a keystroke
with one substring scan over that list (over the previous result when the new
text only extends the old one). Formatting goes through the i18n helpers and is
memoised per distinct value, because dates, choices and scores repeat a lot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.rows import RowSet
from privguard.ui.i18n import choice_label, day, moment, money, number, words

# A column's format: one of these names, or a callable value -> display text.
FORMATS = ("text", "choice", "int", "number", "money", "date", "datetime", "bool")
Format = str | Callable[[Any], str]
_NUMERIC = {"int", "number", "money"}
_SEARCHED = {"text", "choice"}
_CACHE_LIMIT = 16  # filter results kept per text, so deleting letters is instant

_INDEX = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ROLES_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _DECORATION, Qt.ItemDataRole.UserRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _infer_format(values: Iterable[Any]) -> str:
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, datetime):
            return "datetime"
        if isinstance(value, date):
            return "date"
        if isinstance(value, int):
            return "int"
        if isinstance(value, float):
            return "number"
        return "text"
    return "text"


def _sort_key(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


class RowTableModel(QAbstractTableModel):
    """A read-only table over a RowSet with fast text and column filters.

    ``headers`` maps the RowSet columns shown, in order, to their labels; other
    columns stay reachable through ``row_dict`` and ``set_column_filter``.
    ``hidden`` lists shown columns that start hidden in the view (the column
    chooser can bring them back). ``formats`` overrides the inferred format of
    a column; ``colours`` maps a column's raw values to a colour swatch (matrix
    levels), drawn as the cell's decoration.
    """

    filterChanged = Signal()

    def __init__(self, parent: Any = None, currency: Callable[[], str] | None = None):
        super().__init__(parent)
        self._currency = currency or (lambda: "EUR")
        self._source_columns: tuple[str, ...] = ()
        self._rows: list[tuple[Any, ...]] = []
        self._columns: list[str] = []
        self._labels: list[str] = []
        self._col_index: list[int] = []
        self._formats: list[Format] = []
        self._colours: dict[int, Mapping[Any, str]] = {}
        self.hidden: set[str] = set()
        self._haystack: list[str] = []
        self._order: list[int] = []      # every row, in sort order
        self._filtered: list[int] = []   # _order after the column filters
        self._visible: list[int] = []    # _filtered after the text filter
        self._text = ""
        self._text_cache: dict[str, list[int]] = {}
        self._column_filters: dict[str, Any] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._display_cache: list[dict[Any, str]] = []
        self._id_col = -1
        self._row_of_id: dict[Any, int] | None = None

    # -- loading -------------------------------------------------------------------

    def set_rows(self, rowset: RowSet, headers: Mapping[str, str] | None = None,
                 hidden: Iterable[str] = (), formats: Mapping[str, Format] | None = None,
                 colours: Mapping[str, Mapping[Any, str]] | None = None) -> None:
        """Show ``rowset``; keeps the text filter, column filters and sort order."""
        headers = headers if headers is not None else {
            c: c.replace("_", " ").capitalize() for c in rowset.columns if c != "id"}
        formats = formats or {}
        self.beginResetModel()
        self._source_columns = tuple(rowset.columns)
        self._rows = rowset.rows
        self._columns = list(headers)
        self._labels = list(headers.values())
        self._col_index = [rowset.columns.index(c) for c in self._columns]
        self._formats = [formats.get(c) or _infer_format(r[i] for r in self._rows[:200])
                         for c, i in zip(self._columns, self._col_index, strict=True)]
        self._colours = {self._columns.index(c): m for c, m in (colours or {}).items()
                         if c in self._columns}
        self.hidden = set(hidden) & set(self._columns)
        self._display_cache = [{} for _ in self._columns]
        self._id_col = rowset.columns.index("id") if "id" in rowset.columns else -1
        self._row_of_id = None
        self._column_filters = {c: v for c, v in self._column_filters.items()
                                if c in self._source_columns}
        self._text_cache.clear()
        self._build_haystack()
        self._sort_all()
        self._refilter()
        self.endResetModel()
        self.filterChanged.emit()

    def clear(self) -> None:
        """Forget every row, filter and cached text (the register is locking)."""
        self.beginResetModel()
        self._rows = []
        self._haystack = []
        self._order, self._filtered, self._visible = [], [], []
        self._text = ""
        self._text_cache.clear()
        self._column_filters.clear()
        self._display_cache = [{} for _ in self._columns]
        self._row_of_id = None
        self.endResetModel()
        self.filterChanged.emit()

    def set_hidden(self, hidden: Iterable[str]) -> None:
        """Columns hidden in the view; the text filter searches only what is shown."""
        hidden = set(hidden) & set(self._columns)
        if hidden == self.hidden:
            return
        self.hidden = hidden
        self._build_haystack()
        self._text_cache.clear()
        self._apply_text(self._text, reset=True)

    def _build_haystack(self) -> None:
        wanted = [k for k, c in enumerate(self._columns) if c not in self.hidden
                  and (callable(self._formats[k]) or self._formats[k] in _SEARCHED)]
        parts: list[list[str]] = []
        for k in wanted:
            i, fmt = self._col_index[k], self._formats[k]
            if fmt == "text":
                parts.append(["" if r[i] is None else str(r[i]) for r in self._rows])
            else:
                parts.append([self._display(k, r[i]) for r in self._rows])
        # "\n" cannot be typed in the filter box, so no match spans two cells.
        self._haystack = ["\n".join(cells).lower() for cells in zip(*parts, strict=True)] \
            if parts else [""] * len(self._rows)
        self._text_cache.clear()

    # -- the Qt model ---------------------------------------------------------------

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: keep it to a few dictionary looks.
        if role not in _ROLES_ANSWERED:
            return None
        row, k = index.row(), index.column()
        if not index.isValid() or row >= len(self._visible) or k >= len(self._columns):
            return None
        if role == _ALIGN:
            return _RIGHT if self._formats[k] in _NUMERIC else _LEFT
        value = self._rows[self._visible[row]][self._col_index[k]]
        if role == _DISPLAY or role == _TOOLTIP:
            return self._display(k, value)
        if role == _DECORATION:
            colours = self._colours.get(k)
            colour = colours.get(value) if colours else None
            return QColor(colour) if colour else None
        return value  # UserRole: the raw value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._labels):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._labels[section]
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self._sort_column and order == self._sort_order:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_sources = [(self._visible[i.row()], i.column()) for i in old]
        self._sort_column, self._sort_order = column, order
        self._sort_all()
        self._text_cache.clear()
        self._refilter()
        where = {src: row for row, src in enumerate(self._visible)}
        for index, (src, col) in zip(old, old_sources, strict=True):
            row = where.get(src)
            self.changePersistentIndex(index, self.index(row, col) if row is not None
                                       else QModelIndex())
        self.layoutChanged.emit()

    # -- filters ------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose visible text contains every word of ``text`` (any case)."""
        self._apply_text(text.lower(), reset=False)

    def set_column_filter(self, column: str, value: Any = None) -> None:
        """Keep rows whose ``column`` equals ``value`` (or is in it, for a set); None removes it."""
        if value is None:
            if self._column_filters.pop(column, None) is None:
                return
        else:
            # Before the first rows arrive any column is accepted; set_rows keeps it.
            if self._source_columns and column not in self._source_columns:
                raise KeyError(column)
            self._column_filters[column] = value
        self.beginResetModel()
        self._text_cache.clear()
        self._refilter()
        self.endResetModel()
        self.filterChanged.emit()

    def clear_column_filters(self) -> None:
        if self._column_filters:
            self.beginResetModel()
            self._column_filters.clear()
            self._text_cache.clear()
            self._refilter()
            self.endResetModel()
            self.filterChanged.emit()

    @property
    def column_filters(self) -> dict[str, Any]:
        return dict(self._column_filters)

    def _refilter(self) -> None:
        rows, order = self._rows, self._order
        for column, value in self._column_filters.items():
            if column not in self._source_columns:
                continue  # set before the rows arrived; applies once they do
            i = self._source_columns.index(column)
            if isinstance(value, set | frozenset | tuple | list):
                wanted = set(value)
                order = [r for r in order if rows[r][i] in wanted]
            else:
                order = [r for r in order if rows[r][i] == value]
        self._filtered = order
        self._visible = self._match(self._filtered, self._text)

    def _match(self, base: list[int], text: str) -> list[int]:
        hay = self._haystack
        for word in text.split():
            base = [r for r in base if word in hay[r]]
        return base

    def _apply_text(self, text: str, reset: bool) -> None:
        if text == self._text and not reset:
            return
        cached = self._text_cache.get(text)
        if cached is not None:
            visible = cached
        elif self._text and text.startswith(self._text) and not reset \
                and len(text.split()) >= len(self._text.split()):
            # Typing on: the new matches are a subset of the current ones.
            visible = self._match(self._visible, text)
        else:
            visible = self._match(self._filtered, text)
        if len(self._text_cache) >= _CACHE_LIMIT:
            self._text_cache.pop(next(iter(self._text_cache)))
        self._text_cache[self._text] = self._visible
        self.beginResetModel()
        self._text = text
        self._visible = visible
        self.endResetModel()
        self.filterChanged.emit()

    # -- sorting ---------------------------------------------------------------------------

    def _sort_all(self) -> None:
        n = len(self._rows)
        if not 0 <= self._sort_column < len(self._columns):
            self._order = list(range(n))
            return
        k = self._sort_column
        i, fmt = self._col_index[k], self._formats[k]
        rows = self._rows
        # Choices sort by the label the user reads; everything else by its raw value
        # (a score column shows "12 · High" but sorts by 12).
        if fmt == "choice":
            keys = [self._display(k, r[i]).casefold() if r[i] is not None else None for r in rows]
        else:
            keys = [_sort_key(r[i]) for r in rows]
        present = [r for r in range(n) if keys[r] is not None]
        missing = [r for r in range(n) if keys[r] is None]
        present.sort(key=keys.__getitem__,
                     reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        # Empty cells go last whichever way the column is sorted.
        self._order = present + missing

    # -- reading rows ----------------------------------------------------------------------

    @property
    def columns(self) -> list[str]:
        """The shown columns (model column order)."""
        return list(self._columns)

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def source_columns(self) -> tuple[str, ...]:
        return self._source_columns

    def total(self) -> int:
        return len(self._rows)

    def row_id(self, view_row: int) -> Any:
        return self._rows[self._visible[view_row]][self._id_col]

    def row_dict(self, view_row: int) -> dict[str, Any]:
        return dict(zip(self._source_columns, self._rows[self._visible[view_row]], strict=True))

    def display_text(self, view_row: int, column: int) -> str:
        return self._display(column, self._rows[self._visible[view_row]][self._col_index[column]])

    def view_row_of(self, entity_id: Any) -> int | None:
        """The view row showing ``entity_id``, or None if it is filtered out or unknown."""
        source = self._ids().get(entity_id)
        if source is None:
            return None
        try:
            return self._visible.index(source)
        except ValueError:
            return None

    def _ids(self) -> dict[Any, int]:
        if self._row_of_id is None:
            i = self._id_col
            self._row_of_id = {r[i]: n for n, r in enumerate(self._rows)} if i >= 0 else {}
        return self._row_of_id

    # -- single-row changes (after a save), without reloading the register ------------

    def upsert_row(self, row: tuple[Any, ...]) -> None:
        """Replace the row with the same id, or add it; filters and sort are applied again."""
        self.beginResetModel()
        self._rows = list(self._rows)
        source = self._ids().get(row[self._id_col])
        if source is None:
            self._rows.append(row)
            source = len(self._rows) - 1
            self._ids()[row[self._id_col]] = source
            self._haystack.append("")
        else:
            self._rows[source] = row
        self._haystack[source] = self._haystack_of(row)
        self._sort_all()
        self._text_cache.clear()
        self._refilter()
        self.endResetModel()
        self.filterChanged.emit()

    def remove_id(self, entity_id: Any) -> None:
        source = self._ids().get(entity_id)
        if source is None:
            return
        self.beginResetModel()
        self._rows = self._rows[:source] + self._rows[source + 1:]
        del self._haystack[source]
        self._row_of_id = None
        self._sort_all()
        self._text_cache.clear()
        self._refilter()
        self.endResetModel()
        self.filterChanged.emit()

    def _haystack_of(self, row: tuple[Any, ...]) -> str:
        cells = []
        for k, c in enumerate(self._columns):
            fmt = self._formats[k]
            if c not in self.hidden and (callable(fmt) or fmt in _SEARCHED):
                cells.append(self._display(k, row[self._col_index[k]]))
        return "\n".join(cells).lower()

    # -- formatting -------------------------------------------------------------------------

    def _display(self, k: int, value: Any) -> str:
        if value is None:
            return ""
        fmt = self._formats[k]
        if fmt == "text":
            return str(value)
        cache = self._display_cache[k]
        text = cache.get(value)
        if text is None:
            text = self._format(fmt, value)
            if len(cache) < 50_000:
                cache[value] = text
        return text

    def _format(self, fmt: Format, value: Any) -> str:
        if callable(fmt):
            return fmt(value)
        if fmt == "choice":
            return choice_label(str(value))
        if fmt == "date":
            return day(value)
        if fmt == "datetime":
            return moment(value)
        if fmt == "money":
            return money(value, self._currency())
        if fmt == "int":
            return number(value, 0)
        if fmt == "number":
            return number(value, 2 if value % 1 else 0)
        if fmt == "bool":
            return (QCoreApplication.translate("RowTableModel", "Yes") if value
                    else QCoreApplication.translate("RowTableModel", "No"))
        return str(value)


class TablePane(QWidget):
    """A filter box, the table, a "n of N" count, a column chooser and Ctrl+C.

    ``activated(id)`` is emitted on double-click or Enter; ``currentChanged(id)``
    when the user moves to another row (``None`` when nothing is current).
    Filtering keeps the current row selected when it is still shown, without
    emitting ``currentChanged`` again.
    """

    activated = Signal(object)
    currentChanged = Signal(object)
    chipClosed = Signal()

    def __init__(self, ctx: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(self, currency=lambda: ctx.currency if ctx else "EUR")
        self._current: Any = None
        self._restoring = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self.model.set_filter_text)
        self.count_label = QLabel(self)

        # The "Filtered: …" chip, for filters the user did not type (a heat-map cell).
        self.chip = QWidget(self)
        self.chip_label = QLabel(self.chip)
        chip_close = QToolButton(self.chip)
        chip_close.setText("✕")
        chip_close.setAutoRaise(True)
        chip_close.setToolTip(self.tr("Remove this filter"))
        chip_close.clicked.connect(self._close_chip)
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(0, 0, 0, 0)
        chip_layout.addWidget(self.chip_label)
        chip_layout.addWidget(chip_close)
        self.chip.hide()

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._update_count)
        self.model.filterChanged.connect(self._update_count)

        copy = QAction(self.tr("Copy rows"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.view.addAction(copy)
        self.copy_action = copy

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.chip)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._columns_shown: tuple[str, ...] = ()
        self._update_count()

    # -- rows -----------------------------------------------------------------------

    def set_rows(self, rowset: RowSet, headers: Mapping[str, str] | None = None,
                 hidden: Iterable[str] = (), formats: Mapping[str, Format] | None = None,
                 colours: Mapping[str, Mapping[Any, str]] | None = None) -> None:
        first = tuple(headers or ()) != self._columns_shown
        user_hidden = set(hidden) if first else self.model.hidden
        self.model.set_rows(rowset, headers, user_hidden, formats, colours)
        if first:
            self._columns_shown = tuple(self.model.columns)
            header = self.view.horizontalHeader()
            for k, column in enumerate(self.model.columns):
                header.setSectionHidden(k, column in self.model.hidden)
            self._size_columns()

    def _size_columns(self) -> None:
        # Measure the header labels and a sample of rows only: never all of them.
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        sample = range(min(self.model.rowCount(), 50))
        for k in range(self.model.columnCount()):
            texts = [self.model.labels[k]] + [self.model.display_text(r, k) for r in sample]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 32
            header.resizeSection(k, min(max(width, 60), 280))

    def clear(self) -> None:
        self._current = None
        self.filter_edit.clear()
        self.model.clear()
        self.show_chip(None)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- the chip ----------------------------------------------------------------------

    def show_chip(self, text: str | None) -> None:
        self.chip_label.setText(text or "")
        self.chip.setVisible(bool(text))

    def _close_chip(self) -> None:
        self.show_chip(None)
        self.chipClosed.emit()

    # -- current row -----------------------------------------------------------------

    def current_id(self) -> Any:
        return self._current

    def selected_ids(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_id(r) for r in rows]

    def select_id(self, entity_id: Any, notify: bool = False) -> bool:
        """Make ``entity_id`` current (if shown); ``notify`` emits currentChanged."""
        row = self.model.view_row_of(entity_id) if entity_id is not None else None
        self._restoring = not notify
        try:
            if row is None:
                self.view.selectionModel().clearSelection()
                self.view.selectionModel().setCurrentIndex(
                    QModelIndex(), self.view.selectionModel().SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                self.view.selectionModel().setCurrentIndex(
                    index, self.view.selectionModel().SelectionFlag.ClearAndSelect
                    | self.view.selectionModel().SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            self._restoring = False
        self._current = entity_id
        return row is not None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        entity_id = self.model.row_id(current.row())
        if entity_id != self._current:
            self._current = entity_id
            self.currentChanged.emit(entity_id)

    def _after_reset(self) -> None:
        # A reset forgets the selection: put the current row back where it still shows.
        if self._current is not None:
            self.select_id(self._current)
        self._update_count()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_id(index.row()))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            # A count's words need plural rules ("1 fila", "2 filas"): gettext's.
            self.count_label.setText(words().plural("{n} row", "{n} rows", total,
                                                    n=number(total)))
        else:
            self.count_label.setText(self.tr("{n} of {total}").format(
                n=number(shown), total=number(total)))

    # -- column chooser --------------------------------------------------------------

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        shown = [k for k in range(self.model.columnCount()) if not header.isSectionHidden(k)]
        for k, label in enumerate(self.model.labels):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(k))
            # Never let the last shown column go: the table would vanish.
            action.setEnabled(not (len(shown) == 1 and k in shown))
            action.toggled.connect(lambda on, k=k: self.set_column_visible(k, on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int | str, visible: bool) -> None:
        k = self.model.columns.index(column) if isinstance(column, str) else column
        self.view.horizontalHeader().setSectionHidden(k, not visible)
        hidden = {c for i, c in enumerate(self.model.columns)
                  if self.view.horizontalHeader().isSectionHidden(i)}
        self.model.set_hidden(hidden)

    # -- clipboard ----------------------------------------------------------------------

    def selection_text(self) -> str:
        header = self.view.horizontalHeader()
        columns = [k for k in range(self.model.columnCount()) if not header.isSectionHidden(k)]
        columns.sort(key=header.visualIndex)
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        lines = ["\t".join(self.model.display_text(r, k).replace("\t", " ").replace("\n", " ")
                           for k in columns) for r in rows]
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selection_text()
        if not text or self.ctx is None:
            return
        self.ctx.clipboard.copy(text)
        self.ctx.message.emit(self.tr("Copied; the clipboard is cleared in 30 seconds."))
