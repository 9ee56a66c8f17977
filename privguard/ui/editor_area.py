"""A list of entities beside their editor: the shape of Inventory, Assets, Risks, Incidents.

Subclasses say which service, which columns and which fields; this class does
the rest: loading rows off the GUI thread, asking before unsaved edits are
lost, saving through the service with the service's own validation shown next
to the field, and updating one row of the table instead of reloading 100,000.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import NotFoundError, PrivGuardError, ValidationError
from privguard.domain.rows import ListQuery, RowSet
from privguard.domain.schema import EntitySpec
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.forms import EntityForm, FieldEditor, Layout, Rule, load_choices, message_of
from privguard.ui.tables import Format, TablePane


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failure: their error's message, never a traceback."""
    if isinstance(exc, PrivGuardError):
        return message_of(exc)
    return QCoreApplication.translate("ListEditorArea", "Something went wrong; the register is unchanged.")


class ListEditorArea(Area):
    """A TablePane and an EntityForm side by side, with New, Save, Revert and Delete.

    Subclass hooks (override as needed):

    * class attributes ``key``, ``entity`` (the name sent with ``ctx.changed``),
      ``spec``, ``service_name`` (workspace attribute), ``links`` (relations
      edited with link pickers), ``hidden_columns``, ``watches`` (other
      entities whose changes reload this area's lists).
    * ``headers()``, ``formats()``, ``colours()``: the table's columns.
    * ``form_layout()``, ``form_editors()``, ``form_rules()``: the form.
    * ``load_rows(ws, query)``: runs off the GUI thread; add derived columns here.
    * ``editor_tabs()``: extra (title, widget) tabs beside the form.
    * ``new_values()``, ``item_loaded(entity_id, data)``, ``prepare_save(values)``
      (inside the save transaction), ``item_heading(data)``, ``clear_extra()``.
    """

    entity = ""
    spec: EntitySpec
    service_name = ""
    links: tuple[str, ...] = ()
    hidden_columns: frozenset[str] = frozenset()
    watches: tuple[str, ...] = ("persons",)
    orientation = Qt.Orientation.Horizontal

    rowsLoaded = Signal()
    itemLoaded = Signal(object)
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._current_id: Any = None
        self._generation = 0
        self._stale = False
        self._own_change = False
        self._loaded_once = False
        self._sized = False

        self.table = TablePane(ctx, self)
        self.form = EntityForm(self.spec, self.form_layout(), links=self.links,
                               editors=self.form_editors(), rules=self.form_rules(), parent=self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Forms scroll down, never sideways: a field cut off at the right edge goes unseen.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        for title, widget in self.editor_tabs():
            self.tabs.addTab(widget, title)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(6, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(self.orientation, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        # The window owns Ctrl+N and Ctrl+S (they call new_item and save), so these
        # actions carry no shortcut of their own: two would be ambiguous.
        self.act_new = self._action(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                    self.tr("New"), self.tr("Start a new item (Ctrl+N)"),
                                    self.new_item)
        self.act_save = self._action(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                     self.tr("Save"), self.tr("Save the changes (Ctrl+S)"),
                                     self.save)
        self.act_revert = self._action(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("Revert"),
            self.tr("Drop the unsaved changes"), self.discard)
        self.toolbar.addSeparator()
        self.act_delete = self._action(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
                                       self.tr("Delete"), self.tr("Delete this item"),
                                       self.delete_current)
        self.status = QLabel(self)
        self.toolbar.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.table.currentChanged.connect(self._on_current)
        self.table.chipClosed.connect(self.clear_filter)
        self.form.dirtyChanged.connect(self._on_dirty)
        ctx.changed.connect(self._on_data_changed)
        self._start_new(self.new_values())

    def _action(self, icon: Any, text: str, tip: str, slot: Any) -> QAction:
        action = QAction(icon, text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.toolbar.addAction(action)
        return action

    # -- hooks ----------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def formats(self) -> dict[str, Format]:
        return {}

    def colours(self) -> dict[str, dict[Any, str]]:
        return {}

    def form_layout(self) -> Layout:
        return [f.name for f in self.spec.fields if f.kind != "json"]

    def form_editors(self) -> dict[str, FieldEditor]:
        return {}

    def form_rules(self) -> list[Rule]:
        return []

    def editor_tabs(self) -> list[tuple[str, QWidget]]:
        return []

    def service(self) -> Any:
        return getattr(self.ctx.workspace, self.service_name)

    def load_rows(self, ws: Any, query: ListQuery | None = None) -> RowSet:
        """The table's rows (off the GUI thread: touch no widget here)."""
        return getattr(ws, self.service_name).rows(query)

    def load_choices(self, ws: Any, name: str, entity: str) -> list[tuple[Any, str]]:
        """The (id, label) choices of a reference field or link (off the GUI thread)."""
        return load_choices(ws, entity)

    def new_values(self) -> dict[str, Any]:
        return {}

    def item_loaded(self, entity_id: Any, data: dict[str, Any]) -> None:
        """An item (or a new blank one, id None) is now in the form."""

    def prepare_save(self, values: dict[str, Any]) -> dict[str, Any]:
        """Last changes to the values before the service sees them (inside the transaction)."""
        return values

    def item_heading(self, data: dict[str, Any]) -> str:
        return str(data.get("title") or data.get("name") or "")

    def new_heading(self) -> str:
        return self.tr("New item")

    def clear_extra(self) -> None:
        """Forget what subclass widgets show (the register is locking)."""

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.ws is None:
            return
        self._stale = False
        ws = self.ctx.ws
        sources = self.form.sources()
        generation = self._generation

        def work(progress: Any, cancelled: Any) -> tuple[RowSet, dict[str, Any]]:
            rows = self.load_rows(ws)
            choices = {}
            for name, entity in sources.items():
                if cancelled():
                    break
                choices[name] = self.load_choices(ws, name, entity)
            return rows, choices

        if not self._loaded_once:
            self.status.setText(self.tr("Loading…"))
        self.ctx.tasks.start(work, lambda result: self._loaded(result, generation),
                             on_failed=self._load_failed, key=f"{self.key}.rows")

    def _loaded(self, result: tuple[RowSet, dict[str, Any]], generation: int) -> None:
        if generation != self._generation or self.ctx.ws is None:
            return  # locked (or cleared) since the task started
        rows, choices = result
        self.table.set_rows(rows, self.headers(), self.hidden_columns, self.formats(),
                            self.colours())
        for name, items in choices.items():
            self.form.set_items(name, items)
        self._loaded_once = True
        self.status.setText("")
        if self._current_id is not None:
            self.table.select_id(self._current_id)
            if not self.form.is_dirty():
                self._reload_current()
        self.rowsLoaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not load the list."))
        self.ctx.message.emit(error_text(exc))

    def _reload_current(self) -> None:
        try:
            self.load_item(self._current_id)
        except NotFoundError:
            self._start_new(self.new_values())

    def _on_data_changed(self, entity: str) -> None:
        if self.ctx.ws is None or (entity == self.entity and self._own_change):
            return
        if entity == self.entity or entity in self.watches:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            # The form gets the width it asks for (up to 60 %), so no field is cut off;
            # the list takes the rest and scrolls sideways when it must.
            self._sized = True
            total = sum(self.splitter.sizes()) or self.width()
            wanted = self.form.minimumSizeHint().width() + 60
            editor = min(max(total * 9 // 20, wanted), total * 3 // 5)
            self.splitter.setSizes([total - editor, editor])
        if self._stale:
            self.refresh()

    # -- the current item -----------------------------------------------------------------

    def current_id(self) -> Any:
        return self._current_id

    def _on_current(self, entity_id: Any) -> None:
        if entity_id == self._current_id or entity_id is None:
            return
        if not self.maybe_leave():
            self.table.select_id(self._current_id)
            return
        try:
            self.load_item(entity_id)
        except PrivGuardError as exc:
            self.ctx.message.emit(error_text(exc))

    def load_item(self, entity_id: Any) -> None:
        """Show one item in the form (no prompt: call ``maybe_leave`` first)."""
        data = self.service().get(entity_id)
        self._current_id = entity_id
        self.form.set_values(data)
        self.heading.setText(self.item_heading(data))
        self.item_loaded(entity_id, data)
        self._update_actions()
        self.itemLoaded.emit(entity_id)

    def _start_new(self, values: dict[str, Any]) -> None:
        self._current_id = None
        self.table.select_id(None)
        self.form.set_values(values)
        self.heading.setText(self.new_heading())
        self.item_loaded(None, values)
        self._update_actions()

    def new_item(self) -> None:
        if self.ctx.ws is None or not self.maybe_leave():
            return
        self._start_new(self.new_values())
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.focus()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def select(self, entity_id: Any) -> bool:
        """Show ``entity_id`` in the form and the table, asking about unsaved edits first."""
        if entity_id == self._current_id:
            return True
        if not self.maybe_leave():
            return False
        try:
            self.load_item(entity_id)
        except PrivGuardError as exc:
            self.ctx.message.emit(error_text(exc))
            return False
        self.table.select_id(entity_id)
        return True

    # -- unsaved edits ---------------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.form.is_dirty()

    def maybe_leave(self) -> bool:
        """True when the edits are saved, discarded or there are none; False to stay."""
        if not self.has_unsaved():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“{item}” has unsaved changes. Save them?").format(
                item=self.heading.text() or self.new_heading()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        if self._current_id is not None and self.ctx.ws is not None:
            try:
                self.load_item(self._current_id)
                return
            except PrivGuardError:
                pass
        self._start_new(self.new_values())

    def pending_edits(self) -> Any:
        if not self.form.is_dirty():
            return None
        return {"id": self._current_id, "snapshot": self.form.snapshot()}

    def restore_edits(self, edits: Any) -> None:
        if not edits or self.ctx.ws is None:
            return
        entity_id = edits.get("id")
        try:
            if entity_id is None:
                raise NotFoundError("new")
            self.load_item(entity_id)
        except NotFoundError:
            self._start_new(self.new_values())
        self.form.restore_snapshot(edits.get("snapshot") or {})
        self.table.select_id(self._current_id)

    def _on_dirty(self, dirty: bool) -> None:
        self._update_actions()
        self.dirtyChanged.emit(dirty)

    def _update_actions(self) -> None:
        dirty = self.form.is_dirty()
        writable = not self.ctx.read_only()
        self.act_save.setEnabled(writable and (dirty or self._current_id is None))
        self.act_revert.setEnabled(dirty)
        self.act_delete.setEnabled(writable and self._current_id is not None)
        self.act_new.setEnabled(writable)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.ctx.ws is None:
            return False
        if not self.form.is_dirty() and self._current_id is not None:
            return True
        self.form.clear_save_errors()
        if not self.form.validate():
            field, message = self.form.first_error() or ("", "")
            self.ctx.message.emit(message)
            return False
        ws = self.ctx.ws
        service = self.service()
        values = self.form.values()
        try:
            with ws.transaction():
                values = self.prepare_save(values)
                if self._current_id is None:
                    entity_id = service.create(links=self.form.links(), **values)
                else:
                    entity_id = self._current_id
                    service.update(entity_id, **values)
                    for relation, ids in self.form.changed_links().items():
                        service.set_links(entity_id, relation, ids)
        except ValidationError as exc:
            self.form.show_error(exc.field, message_of(exc))
            self.ctx.message.emit(message_of(exc))
            return False
        except PrivGuardError as exc:
            self.form.show_error(None, error_text(exc))
            self.ctx.message.emit(error_text(exc))
            return False
        self._after_write(entity_id)
        self.ctx.message.emit(self.tr("Saved."))
        self.saved.emit(entity_id)
        return True

    def _after_write(self, entity_id: Any) -> None:
        rows = self.load_rows(self.ctx.workspace, ListQuery(filters={"id": entity_id}))
        if rows.rows and self.table.model.source_columns:
            self.table.model.upsert_row(rows.rows[0])
        self.load_item(entity_id)
        self.table.select_id(entity_id)
        self._notify()

    def _notify(self) -> None:
        self._own_change = True
        try:
            self.ctx.notify_changed(self.entity)
        finally:
            self._own_change = False

    def delete_current(self) -> None:
        if self.ctx.ws is None or self._current_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete “{item}”? This cannot be undone (the audit trail keeps a record).")
            .format(item=self.heading.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        entity_id = self._current_id
        try:
            self.service().delete(entity_id)
        except PrivGuardError as exc:
            QMessageBox.warning(self, self.tr("Delete"), error_text(exc))
            return
        self.table.model.remove_id(entity_id)
        self._start_new(self.new_values())
        self.ctx.message.emit(self.tr("Deleted."))
        self._notify()

    # -- filters and locking ---------------------------------------------------------------

    def show_filter(self, **filters: Any) -> None:
        """Filter the table on columns (exact values); ``id=`` selects that item."""
        entity_id = filters.pop("id", None)
        self.table.model.clear_column_filters()
        for column, value in filters.items():
            self.table.model.set_column_filter(column, value)
        if filters:
            self.table.show_chip(self.filter_description(filters))
        if entity_id is not None:
            self.select(entity_id)

    def filter_description(self, filters: dict[str, Any]) -> str:
        parts = ", ".join(f"{column.replace('_', ' ')} = {value}" for column, value in filters.items())
        return self.tr("Filtered: {filters}").format(filters=parts)

    def clear_filter(self) -> None:
        self.table.model.clear_column_filters()
        self.table.show_chip(None)

    def clear(self) -> None:
        self._generation += 1
        self._current_id = None
        self._loaded_once = False
        self.table.clear()
        self.form.clear()
        self.heading.setText("")
        self.status.setText("")
        self.clear_extra()
        self._update_actions()
